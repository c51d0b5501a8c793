import { useEffect, useState, type FormEvent } from 'react';
import { sendMessage } from '../../messaging/client';
import type { StatusAnswer } from '../../messaging/protocol';
import { EnrolForm } from './EnrolForm';

/**
 * Where an employee connects Lantern to the organisation's server when no administrator policy did
 * it. With managed values the settings are shown, not editable: the organisation's policy wins.
 * The email is typed, not read with chrome.identity.getProfileUserInfo: that needs the `identity`
 * and `identity.email` permissions (a "know your email address" warning for every install) and
 * gives the browser profile's account, often a private one; managed deployments set `userEmail`.
 */
export function OptionsPage() {
  const [status, setStatus] = useState<StatusAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = () =>
    sendMessage({ type: 'getStatus' })
      .then(setStatus)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  useEffect(() => void refresh(), []);

  const enrol = async (
    event: FormEvent<HTMLFormElement>,
    values: { serverUrl: string; enrollmentToken: string; userEmail: string },
  ) => {
    event.preventDefault();
    setError(null);
    try {
      await sendMessage({ type: 'enrol', ...values, userEmail: values.userEmail.trim() || null });
      await refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (!status) return <main>{error ? <p role="alert">{error}</p> : <p>Loading…</p>}</main>;
  const { enrolment, managed, sync } = status;
  return (
    <main style={{ maxWidth: 560, margin: '2rem auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Lantern settings</h1>
      {enrolment ? (
        <section aria-labelledby="connection">
          <h2 id="connection">Connection</h2>
          <p>
            {enrolment.status === 'enrolled' ? 'Connected to' : 'No longer accepted by'}{' '}
            <strong>{enrolment.serverUrl}</strong>
            {enrolment.userEmail ? ` as ${enrolment.userEmail}` : ''}
            {enrolment.source === 'managed' ? ' (set by your organisation)' : ''}.
          </p>
          <p>
            Last sync: {sync.lastSuccessAt ? new Date(sync.lastSuccessAt).toLocaleString() : 'not yet'} ·
            waiting to send: {sync.queued}
          </p>
          {sync.lastError ? <p role="status">Last problem: {sync.lastError}</p> : null}
        </section>
      ) : null}
      {managed ? (
        !enrolment && (
          <p role="status">
            Your organisation set this browser up; Lantern is connecting
            {sync.lastError ? ` (${sync.lastError})` : ''}.
          </p>
        )
      ) : (
        <EnrolForm onSubmit={enrol} connected={enrolment?.status === 'enrolled'} />
      )}
      {error ? <p role="alert">{error}</p> : null}
    </main>
  );
}
