import type { StatusAnswer } from '../messaging/protocol';

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** Whether Lantern reaches the organisation's server, in a line or two. */
export function SyncState({ status }: { status: StatusAnswer | null }) {
  if (!status) return <p className="muted">Checking sync…</p>;
  if (!status.enrolment) return <p>Not connected to your organisation yet.</p>;
  if (status.enrolment.status === 'revoked')
    return <p className="error">This browser needs to be connected again.</p>;
  const { sync } = status;
  return (
    <p className="muted">
      {sync.lastSuccessAt ? `Last synced ${time.format(new Date(sync.lastSuccessAt))}` : 'Not synced yet'}
      {sync.queued > 0 ? ` · ${sync.queued} waiting to send` : ' · nothing waiting'}
      {sync.lastError ? ` · last problem: ${sync.lastError}` : ''}
    </p>
  );
}
