import { challengeOf, getPending } from '../../enroll/verified';

/**
 * The extension's own page starts the sign-in: its form post carries this extension's origin, which
 * the server requires (a web page cannot start an enrolment). Only the secret's hash leaves; the
 * secret stays in storage.local until the background redeems it.
 */
async function start(): Promise<void> {
  const status = document.getElementById('status')!;
  const form = document.getElementById('start') as HTMLFormElement;
  const pending = await getPending();
  if (!pending) {
    status.textContent = 'Lantern is already set up in this browser, or your organisation has not configured it yet.';
    return;
  }
  form.action = `${pending.serverUrl}/auth/oidc/enrol`;
  (form.elements.namedItem('challenge') as HTMLInputElement).value = await challengeOf(pending.secret);
  form.hidden = false;
  form.submit();
}

void start();
