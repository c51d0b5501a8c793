import { getDb } from '../db/app-db';
import { getEnrolment } from '../db/state';
import { normaliseServerUrl } from '../sync/device-api';
import { getPending, newSecret, redeemPending, serverVerifiesIdentity, setPending } from './verified';

export type VerifiedOutcome = 'enrolled' | 'unchanged' | 'waiting' | 'not-offered';

/** Opens the extension's enrol page, which takes the person to their organisation's sign-in. */
export async function openSignInTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/enrol.html') });
}

/** The code in the fragment of the server's "signed in" page, or null for any other URL. */
export function signInCode(tabUrl: string | undefined, serverUrl: string): string | null {
  const prefix = `${normaliseServerUrl(serverUrl)}/auth/oidc/enrolled#code=`;
  if (!tabUrl?.startsWith(prefix)) return null;
  const code = tabUrl.slice(prefix.length);
  return /^[A-Za-z0-9_-]{43}$/.test(code) ? code : null;
}

/** A tab showing the server's "signed in" page (open now, or restored after a restart). */
async function findSignInCode(serverUrl: string): Promise<string | null> {
  for (const tab of await browser.tabs.query({})) {
    const code = signInCode(tab.url, serverUrl);
    if (code) return code;
  }
  return null;
}

/**
 * Managed `serverUrl` without a token: enrol through sign-in at the identity provider. Opens the
 * sign-in tab once per pending enrolment (one notice, no nagging: the popup offers it again); the
 * secret survives a browser restart in storage.local, so a restored or reopened sign-in finishes it.
 */
export async function ensureVerifiedEnrolment(
  serverUrl: string,
  seenCode?: string,
): Promise<VerifiedOutcome> {
  const server = normaliseServerUrl(serverUrl);
  const current = await getEnrolment(getDb());
  if (current && current.serverUrl === server && current.status === 'enrolled') return 'unchanged';
  let pending = await getPending();
  if (!pending || pending.serverUrl !== server) {
    if (!(await serverVerifiesIdentity(server))) return 'not-offered';
    pending = { serverUrl: server, secret: newSecret(), startedAt: Date.now(), tabOpened: false };
    await setPending(pending);
  }
  const code = seenCode ?? (await findSignInCode(server));
  if (code) {
    await redeemPending(
      {
        db: getDb(),
        userAgent: navigator.userAgent,
        extensionVersion: browser.runtime.getManifest().version,
      },
      pending,
      code,
    );
    await setPending(null);
    return 'enrolled';
  }
  if (!pending.tabOpened) {
    await setPending({ ...pending, tabOpened: true });
    await openSignInTab();
  }
  return 'waiting';
}
