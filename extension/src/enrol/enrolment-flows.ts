import { getDb } from '../db/app-db';
import { getEnrolment, updateSyncState } from '../db/state';
import { getEngine } from '../sync/background-engine';
import { enrolDevice, needsEnrolment, type EnrolRequest } from './enrol';
import { EMPTY_MANAGED, isManaged, readManagedSettings, type ManagedSettings } from './managed';
import { linkCode, redeemLink, resultOf, type LinkResult } from './personal-link';
import { setPending } from './verified';
import { ensureVerifiedEnrolment, signInCode } from './verified-sign-in';
import { normaliseServerUrl } from '../sync/device-api';
import { oneAtATime } from '../serial';

let managed: ManagedSettings = EMPTY_MANAGED;

// Start, a managed-storage change and the tick can all ask at once (Chrome fires storage.onChanged
// for policy loaded right after start); one at a time, each re-checking, so a browser enrols once.
const serially = oneAtATime();

/** The managed values as last read (storage.managed changes are re-read by `ensureManagedEnrolment`). */
export function currentManaged(): ManagedSettings {
  return managed;
}

/** A new enrolment pulls the organisation's config, then sends what was queued meanwhile. */
async function syncAfterEnrolment(): Promise<void> {
  await getEngine().pull();
  await getEngine().push();
}

/** Enrols with the given values, then pulls the config and sends what was queued meanwhile. */
export function enrolAndSync(request: EnrolRequest): Promise<string> {
  return serially(() => enrolNow(request));
}

async function enrolNow(request: EnrolRequest): Promise<string> {
  const row = await enrolDevice(
    { db: getDb(), userAgent: navigator.userAgent, extensionVersion: browser.runtime.getManifest().version },
    request,
  );
  await syncAfterEnrolment();
  return row.deviceId;
}

/**
 * Zero-touch enrolment: with serverUrl + enrollmentToken in managed storage, enrol without asking
 * anyone. Called at start, on every change to managed storage, and on the minute tick while it has
 * not succeeded (the server may be down at first start).
 */
export function ensureManagedEnrolment(): Promise<ManagedOutcome> {
  return serially(ensureNow);
}

type ManagedOutcome = 'enrolled' | 'unchanged' | 'not-managed' | 'failed' | 'waiting';

/** Only a server URL is managed: the person signs in at the identity provider (verified-sign-in.ts). */
async function ensureVerified(serverUrl: string, code?: string): Promise<ManagedOutcome> {
  try {
    const outcome = await ensureVerifiedEnrolment(serverUrl, code);
    if (outcome === 'not-offered') return (await linkInOpenTab(serverUrl)) ? 'enrolled' : 'not-managed';
    if (outcome === 'enrolled') await syncAfterEnrolment();
    return outcome;
  } catch (error) {
    await updateSyncState(getDb(), {
      lastError: `Enrolment failed: ${error instanceof Error ? error.message : String(error)}`,
      lastAttemptAt: Date.now(),
    });
    return 'failed';
  }
}

/**
 * Redeems as soon as the server's sign-in page, or a personal enrolment link on that server, finished
 * loading in any tab.
 */
export function registerVerifiedEnrolmentListener(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const serverUrl = managed.serverUrl;
    if (change.status !== 'complete' || !serverUrl || managed.enrollmentToken) return;
    const code = signInCode(tab.url, serverUrl);
    if (code) void serially(() => ensureVerified(serverUrl, code));
    const link = linkCode(tab.url, serverUrl);
    if (link) void serially(() => redeemLinkInTab(serverUrl, tabId, link));
  });
}

/** A link tab that loaded before the managed settings were read (at start, or restored). */
async function linkInOpenTab(serverUrl: string): Promise<boolean> {
  for (const tab of await browser.tabs.query({})) {
    const code = linkCode(tab.url, serverUrl);
    if (code && tab.id !== undefined) {
      await redeemLinkInTab(serverUrl, tab.id, code);
      return true;
    }
  }
  return false;
}

/** Link codes this worker has taken up (a code is spent by its first redemption either way). */
const linksTaken = new Set<string>();

/** A personal link in a tab: redeem it unless this browser is enrolled already, and tell the page. */
async function redeemLinkInTab(serverUrl: string, tabId: number, code: string): Promise<void> {
  // The tab listener and the start-up scan (`linkInOpenTab`) can both queue the same link tab; the
  // first to run spends the code and moves the tab to its result. The second must then leave the tab
  // alone, or it would replace "this browser is set up" with "already set up; the link was not used".
  // The tab's address can lag the update that moved it on, so a code is also remembered once taken.
  if (linksTaken.has(code)) return;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab || linkCode(tab.url, serverUrl) !== code) return;
  linksTaken.add(code);
  const current = await getEnrolment(getDb());
  let result: LinkResult | 'enrolled_already' = 'enrolled_already';
  if (!current || current.status !== 'enrolled' || current.serverUrl !== normaliseServerUrl(serverUrl)) {
    try {
      await redeemLink(
        {
          db: getDb(),
          userAgent: navigator.userAgent,
          extensionVersion: browser.runtime.getManifest().version,
        },
        serverUrl,
        code,
      );
      await setPending(null);
      result = 'enrolled';
    } catch (error) {
      result = resultOf(error);
      await updateSyncState(getDb(), {
        lastError: `Enrolment link refused (${result})`,
        lastAttemptAt: Date.now(),
      });
    }
  }
  // The page shows the outcome; the secret leaves the address bar (the link is spent either way).
  await browser.tabs.update(tabId, { url: `${normaliseServerUrl(serverUrl)}/auth/link#result=${result}` });
  if (result === 'enrolled') await syncAfterEnrolment();
}

async function ensureNow(): Promise<ManagedOutcome> {
  const read = await readManagedSettings();
  managed = read.settings;
  if (read.problems.length > 0) console.warn('lantern:', read.problems.join('; '));
  if (managed.serverUrl !== null && managed.enrollmentToken === null)
    return ensureVerified(managed.serverUrl);
  if (!isManaged(managed)) return 'not-managed';
  const current = await getEnrolment(getDb());
  if (!(await needsEnrolment(current, managed.serverUrl, managed.enrollmentToken))) return 'unchanged';
  try {
    await enrolNow({
      serverUrl: managed.serverUrl,
      enrollmentToken: managed.enrollmentToken,
      userEmail: managed.userEmail,
      source: 'managed',
    });
    return 'enrolled';
  } catch (error) {
    await updateSyncState(getDb(), {
      lastError: `Enrolment failed: ${error instanceof Error ? error.message : String(error)}`,
      lastAttemptAt: Date.now(),
    });
    return 'failed';
  }
}
