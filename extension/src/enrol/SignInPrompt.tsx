import { useEffect, useState } from 'react';
import { getPending } from './verified';
import { openSignInTab } from './verified-sign-in';

/**
 * While a verified enrolment waits for the person, the popup offers the sign-in again (the extension
 * opened it once by itself and does not nag). Shows nothing otherwise.
 */
export function SignInPrompt() {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    void getPending().then((p) => setWaiting(p !== null));
  }, []);
  if (!waiting) return null;
  return (
    <section aria-labelledby="setup">
      <h2 id="setup">Finish setting up</h2>
      <p>Your organisation asks you to sign in once so Lantern knows this browser is yours.</p>
      <button type="button" className="primary" onClick={() => void openSignInTab()}>
        Sign in
      </button>
    </section>
  );
}
