import { useId, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../components/Feedback';

/** The access token field; the token is sent once, then cleared. */
export function TokenSignIn({ onSignIn }: { onSignIn: (token: string) => Promise<void> }) {
  const id = useId();
  const [token, setToken] = useState('');
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSignIn(token.trim());
      setToken('');
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error && <ErrorNotice error={error} title="Sign-in failed" />}
      <form onSubmit={submit} className="field" style={{ marginTop: '1rem' }}>
        <label htmlFor={id}>Access token</label>
        <input
          id={id}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          required
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || token.trim() === ''}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
    </>
  );
}
