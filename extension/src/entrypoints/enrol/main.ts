import { challengeOf, getPending } from '../../enrol/verified';
import { language, t } from '../../i18n';
import { loadOrgLocale } from '../../i18n/org-locale';

/**
 * Sends the person to the server's sign-in with the hash of the secret the background keeps. Only the
 * hash leaves; the secret stays in storage.local until the background redeems it together with the
 * code the server shows in this tab after the sign-in.
 */
async function start(): Promise<void> {
  await loadOrgLocale();
  const status = document.getElementById('status')!;
  document.documentElement.lang = language();
  document.title = t('enrolPage.title');
  document.querySelector('h1')!.textContent = t('enrolPage.title');
  status.textContent = t('enrolPage.redirecting');
  const pending = await getPending();
  if (!pending) {
    status.textContent = t('enrolPage.nothingToDo');
    return;
  }
  const challenge = await challengeOf(pending.secret);
  location.replace(`${pending.serverUrl}/auth/oidc/enrol?challenge=${challenge}`);
}

void start();
