import { useEffect, useState } from 'react';
import { formatAgo, t } from '../i18n';
import { humanError } from '../i18n/errors';
import type { StatusAnswer } from '../messaging/protocol';

/** The last time the server answered, a push or a pull; null when it never did. */
export function lastSync(sync: StatusAnswer['sync']): number | null {
  const times = [sync.lastSuccessAt, sync.lastPullAt].filter((x): x is number => x !== null);
  return times.length > 0 ? Math.max(...times) : null;
}

/** Re-renders every half minute so "2 minutes ago" stays true while the page is open. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Whether Lantern reaches the organisation's server, in a line or two. */
export function SyncState({ status }: { status: StatusAnswer | null }) {
  const now = useNow();
  if (!status) return <p className="muted">{t('sync.checking')}</p>;
  if (!status.enrolment) return <p>{t('sync.notConnected')}</p>;
  if (status.enrolment.status === 'revoked') return <p className="error">{t('sync.revoked')}</p>;
  const { sync } = status;
  const last = lastSync(sync);
  return (
    <div className="sync-state">
      <p className="muted">
        {last !== null ? t('sync.last', { when: formatAgo(last, now) }) : t('sync.never')}
        {' · '}
        {sync.queued > 0 ? t('sync.queued', { count: sync.queued }) : t('sync.nothingQueued')}
      </p>
      {sync.lastError && (
        <p className="error" role="status" title={sync.lastError}>
          {t('sync.failing', { reason: t(humanError(sync.lastError).key) })}
        </p>
      )}
    </div>
  );
}
