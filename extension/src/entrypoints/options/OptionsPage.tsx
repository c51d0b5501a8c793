import { ErrorMessage } from '../../components/ErrorMessage';
import { SyncState } from '../../components/SyncState';
import { useEnrolment } from '../../hooks/useEnrolment';
import { t } from '../../i18n';
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
  const { status, error, justConnected, enrol } = useEnrolment();
  if (!status) return <main>{error ? <ErrorMessage error={error} /> : <p>{t('options.loading')}</p>}</main>;
  const { enrolment, managed, sync } = status;
  return (
    <main>
      <h1>{t('options.title')}</h1>
      {enrolment && <Connection status={status} />}
      {justConnected && enrolment?.status === 'enrolled' && <p role="status">{t('options.connected')}</p>}
      {managed ? (
        !enrolment && (
          <section className="card" role="status">
            <p>{t('options.managedConnecting')}</p>
            {sync.lastError && <ErrorMessage error={sync.lastError} role="status" />}
          </section>
        )
      ) : (
        <EnrolForm onSubmit={enrol} connected={enrolment?.status === 'enrolled'} />
      )}
      {error && <ErrorMessage error={error} />}
    </main>
  );
}

function Connection({ status }: { status: StatusAnswer }) {
  const enrolment = status.enrolment!;
  const server = enrolment.serverUrl;
  return (
    <section className="card" aria-labelledby="connection">
      <h2 id="connection">{t('options.connection')}</h2>
      <p>
        {enrolment.status === 'revoked'
          ? t('options.revokedBy', { server })
          : enrolment.userEmail
            ? t('options.connectedAs', { server, email: enrolment.userEmail })
            : t('options.connectedTo', { server })}
        {enrolment.source === 'managed' ? ` ${t('options.setByOrg')}` : ''}
      </p>
      <SyncState status={status} />
    </section>
  );
}
