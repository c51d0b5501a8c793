import { ErrorMessage } from '../../components/ErrorMessage';
import { SyncState } from '../../components/SyncState';
import { useEnrolment } from '../../hooks/useEnrolment';
import { t } from '../../i18n';
import { EnrolForm } from '../options/EnrolForm';

/**
 * Opens once after install when no administrator policy connects the browser (enrol/welcome.ts):
 * what Lantern is, what it never sends, and the connect form. Once connected it says so quietly.
 */
export function App() {
  const { status, error, enrol } = useEnrolment();
  const enrolment = status?.enrolment ?? null;
  const connected = enrolment?.status === 'enrolled';
  return (
    <main className="welcome">
      <header className="welcome-head">
        <img src="/icon/128.png" alt="" width={64} height={64} />
        <h1>{t('welcome.title')}</h1>
      </header>
      <section className="card">
        <p>{t('welcome.intro')}</p>
        <p className="muted">{t('welcome.privacy')}</p>
      </section>
      {status &&
        (connected ? (
          <section className="card" role="status">
            <p>{t('welcome.connected', { server: enrolment.serverUrl })}</p>
            <SyncState status={status} />
          </section>
        ) : status.managed ? (
          <section className="card" role="status">
            <p>{t('options.managedConnecting')}</p>
          </section>
        ) : (
          <EnrolForm onSubmit={enrol} connected={false} />
        ))}
      {error && <ErrorMessage error={error} />}
    </main>
  );
}
