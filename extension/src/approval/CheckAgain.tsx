import { formatDate, t } from '../i18n';
import { useState } from 'react';
import { sendMessage } from '../messaging/client';

/**
 * The blocked page's "Check again": pulls the organisation's answers now instead of waiting for the
 * next scheduled pull, and opens the tool when it is allowed now.
 */
export function CheckAgain({ toolId }: { toolId: string }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const check = async () => {
    setBusy(true);
    setResult(null);
    try {
      const answer = await sendMessage({ type: 'checkAgain', toolId });
      if (answer.open && answer.url) return window.location.replace(answer.url);
      if (!answer.reached) setResult(t('approval.checkFailed'));
      else setResult(answer.pending ? t('approval.stillPending') : t('approval.stillNotApproved'));
    } catch {
      setResult(t('approval.checkFailed'));
    }
    setBusy(false);
  };
  return (
    <p>
      <button type="button" onClick={() => void check()} disabled={busy}>
        {busy ? t('approval.checking') : t('approval.checkAgain')}
      </button>{' '}
      {result && <span role="status">{result}</span>}
    </p>
  );
}

/** "IT approved this tool for you (until …)." */
export function approvedForYouText(until: number | null): string {
  return until === null ? t('approval.hint') : t('approval.hintUntil', { date: formatDate(until) });
}
