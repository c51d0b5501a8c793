import { LIMITS } from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging/client';

/** A reason typed by the employee, sent once it is not empty. */
function useReasonSubmit(send: (reason: string) => Promise<void>) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t('blocked.reasonMissing'));
    setBusy(true);
    setError(null);
    try {
      await send(reason.trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { reason, setReason, error, busy, submit };
}

/** "Continue with a reason": opens the tool for the rest of the day. */
export function ReasonForm({ toolId }: { toolId: string }) {
  const id = useId();
  const form = useReasonSubmit(async (reason) => {
    const { continueTo } = await sendMessage({ type: 'justify', toolId, reason });
    window.location.replace(continueTo);
  });
  return (
    <form className="card form" onSubmit={(e) => void form.submit(e)} aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('blocked.justifyTitle')}</h2>
      <p className="muted">{t('blocked.justifyHint')}</p>
      <label htmlFor={`${id}-r`}>{t('blocked.justifyLabel')}</label>
      <textarea
        id={`${id}-r`}
        rows={2}
        maxLength={LIMITS.reasonText}
        value={form.reason}
        onChange={(e) => form.setReason(e.target.value)}
      />
      {form.error && (
        <p className="error" role="alert">
          {form.error}
        </p>
      )}
      <button type="submit" className="primary" disabled={form.busy}>
        {t('blocked.continue')}
      </button>
    </form>
  );
}

/** Asks IT to approve the tool, with the reason. */
export function RequestForm({ toolId, onSent }: { toolId: string; onSent: () => void }) {
  const id = useId();
  const form = useReasonSubmit(async (reason) => {
    await sendMessage({ type: 'requestApproval', toolId, reason });
    onSent();
  });
  return (
    <form className="card form" onSubmit={(e) => void form.submit(e)} aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('blocked.requestTitle')}</h2>
      <label htmlFor={`${id}-r`}>{t('blocked.requestLabel')}</label>
      <textarea
        id={`${id}-r`}
        rows={2}
        maxLength={LIMITS.reasonText}
        value={form.reason}
        onChange={(e) => form.setReason(e.target.value)}
      />
      {form.error && (
        <p className="error" role="alert">
          {form.error}
        </p>
      )}
      <button type="submit" className="primary" disabled={form.busy}>
        {t('blocked.requestButton')}
      </button>
    </form>
  );
}
