import { getDb } from '../db/app-db';
import { getEnrolment } from '../db/state';
import { normaliseServerUrl } from '../sync/device-api';
import { getPending, newSecret, redeemPending, serverVerifiesIdentity, setPending } from './verified';

export type VerifiedOutcome = 'enrolled' | 'unchanged' | 'waiting' | 'not-offered';

const deps = () => ({
  db: getDb(),
  userAgent: navigator.userAgent,
  extensionVersion: browser.runtime.getManifest().version,
});

/** Opens the extension's enrol page, which takes the person to their organisation's sign-in. */
export async function openSignInTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/enrol.html') });
}

/**
 * Managed `serverUrl` without a token: enrol through sign-in at the identity provider. Opens the
 * sign-in tab once per pending enrolment (one notice, no nagging: the popup offers it again), and
 * otherwise just tries to redeem, so a browser restarted mid-way finishes on its next tick.
 */
export async function ensureVerifiedEnrolment(serverUrl: string): Promise<VerifiedOutcome> {
  const server = normaliseServerUrl(serverUrl);
  const current = await getEnrolment(getDb());
  if (current && current.serverUrl === server && current.status === 'enrolled') return 'unchanged';
  let pending = await getPending();
  if (!pending || pending.serverUrl !== server) {
    if (!(await serverVerifiesIdentity(server))) return 'not-offered';
    pending = { serverUrl: server, secret: newSecret(), startedAt: Date.now(), tabOpened: false };
    await setPending(pending);
  }
  if (await redeemPending(deps(), pending)) {
    await setPending(null);
    return 'enrolled';
  }
  if (!pending.tabOpened) {
    await setPending({ ...pending, tabOpened: true });
    await openSignInTab();
  }
  return 'waiting';
}

/**
 * The server's "signed in" page is the moment to redeem; waiting for the minute tick would leave the
 * person looking at a browser that is not set up yet. Host access gives the tab's URL, nothing more.
 */
export function isSignInFinished(tabUrl: string | undefined, serverUrl: string): boolean {
  if (!tabUrl) return false;
  return tabUrl.startsWith(`${normaliseServerUrl(serverUrl)}/auth/oidc/callback`);
}
