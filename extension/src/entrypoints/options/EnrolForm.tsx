import { useState, type FormEvent } from 'react';
import type { EnrolValues } from '../../hooks/useEnrolment';
import { t } from '../../i18n';

/** Server URL, enrolment token and work email: what IT gives an employee when there is no policy. */
export function EnrolForm({
  onSubmit,
  connected,
}: {
  onSubmit: (values: EnrolValues) => Promise<void>;
  connected: boolean;
}) {
  const [values, setValues] = useState<EnrolValues>({ serverUrl: '', enrollmentToken: '', userEmail: '' });
  const [busy, setBusy] = useState(false);
  const field = (name: keyof EnrolValues) => ({
    id: name,
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    void onSubmit(values).finally(() => setBusy(false));
  };
  return (
    <form className="card form" aria-labelledby="enrol-title" onSubmit={submit}>
      <h2 id="enrol-title">{connected ? t('enrol.titleAnother') : t('enrol.title')}</h2>
      <p className="muted">{t('enrol.intro')}</p>
      <label htmlFor="serverUrl">{t('enrol.server')}</label>
      <input {...field('serverUrl')} type="url" required placeholder="https://lantern.example.com" />
      <label htmlFor="enrollmentToken">{t('enrol.token')}</label>
      <input {...field('enrollmentToken')} required autoComplete="off" />
      <label htmlFor="userEmail">{t('enrol.email')}</label>
      <input {...field('userEmail')} type="email" autoComplete="email" />
      <div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('enrol.connecting') : t('enrol.connect')}
        </button>
      </div>
    </form>
  );
}
