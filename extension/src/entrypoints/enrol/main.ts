import { challengeOf, getPending } from '../../enrol/verified';

/**
 * Sends the person to the server's sign-in with the hash of the secret the background keeps. Only the
 * hash leaves; the secret stays in storage.local until the background redeems it together with the
 * code the server shows in this tab after the sign-in.
 */
async function start(): Promise<void> {
  const status = document.getElementById('status')!;
  const pending = await getPending();
  if (!pending) {
    status.textContent =
      'Lantern is already set up in this browser, or your organisation has not configured it yet.';
    return;
  }
  const challenge = await challengeOf(pending.secret);
  location.replace(`${pending.serverUrl}/auth/oidc/enrol?challenge=${challenge}`);
}

void start();
