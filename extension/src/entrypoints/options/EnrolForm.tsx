import { useState, type FormEvent } from 'react';

interface Values {
  serverUrl: string;
  enrollmentToken: string;
  userEmail: string;
}

/** Server URL, enrolment token and work email: what IT gives an employee when there is no policy. */
export function EnrolForm({
  onSubmit,
  connected,
}: {
  onSubmit: (event: FormEvent<HTMLFormElement>, values: Values) => void;
  connected: boolean;
}) {
  const [values, setValues] = useState<Values>({ serverUrl: '', enrollmentToken: '', userEmail: '' });
  const [busy, setBusy] = useState(false);
  const field = (name: keyof Values) => ({
    id: name,
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value }),
  });
  return (
    <form
      aria-labelledby="enrol-title"
      onSubmit={(event) => {
        setBusy(true);
        void Promise.resolve(onSubmit(event, values)).finally(() => setBusy(false));
      }}
    >
      <h2 id="enrol-title">{connected ? 'Connect to another server' : 'Connect to your organisation'}</h2>
      <p>Your IT team gives you the server address and an enrolment token.</p>
      <p>
        <label htmlFor="serverUrl">Server address</label>
        <br />
        <input {...field('serverUrl')} type="url" required placeholder="https://lantern.example.com" />
      </p>
      <p>
        <label htmlFor="enrollmentToken">Enrolment token</label>
        <br />
        <input {...field('enrollmentToken')} required autoComplete="off" />
      </p>
      <p>
        <label htmlFor="userEmail">Work email (optional)</label>
        <br />
        <input {...field('userEmail')} type="email" autoComplete="email" />
      </p>
      <button type="submit" disabled={busy}>
        {busy ? 'Connecting…' : 'Connect'}
      </button>
    </form>
  );
}
