import { z } from 'zod/mini';
import type { LanternDb } from '../db/app-db';
import type { EnrolmentRow } from '../db/types';
import { normaliseServerUrl, type FetchFn } from '../sync/device-api';
import { enrolWith } from './enrol';

/**
 * Verified enrolment (docs/protocol.md "Verified enrolment"): with only `serverUrl` in managed storage
 * and an identity provider on the server, the browser becomes a device once the person signs in there.
 * The extension keeps a random secret; its page posts the secret's SHA-256 to the server, which binds
 * the person's verified email to it; the extension then redeems the secret over `device.enroll`. The
 * device token only ever travels in that answer, never in a URL.
 */
export const PendingEnrolmentSchema = z.object({
  serverUrl: z.string(),
  /** 256 random bits, base64url; never leaves the extension. */
  secret: z.string(),
  startedAt: z.number(),
  /** The sign-in tab is opened once (one notice); afterwards the popup offers it again. */
  tabOpened: z.boolean(),
});
export type PendingEnrolment = z.infer<typeof PendingEnrolmentSchema>;

/**
 * storage.local, not IndexedDB: the enrol page reads it too, and it must survive a browser restart.
 * Plain `browser.storage.local` with a schema check rather than WXT's `storage.defineItem`, which
 * would add its code to the background bundle for this one value; the `.v1` in the key is its
 * format version.
 */
const PENDING_KEY = 'pendingEnrolment.v1';

/** The sign-in in progress, or null; a stored value that fails the schema counts as none. */
export async function getPending(): Promise<PendingEnrolment | null> {
  const stored: unknown = (await browser.storage.local.get(PENDING_KEY))[PENDING_KEY];
  if (stored === undefined) return null;
  const parsed = PendingEnrolmentSchema.safeParse(stored);
  if (!parsed.success) console.warn('lantern: the pending sign-in in storage is damaged; ignored');
  return parsed.success ? parsed.data : null;
}

export async function setPending(pending: PendingEnrolment | null): Promise<void> {
  if (pending === null) await browser.storage.local.remove(PENDING_KEY);
  else await browser.storage.local.set({ [PENDING_KEY]: pending });
}

export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** base64url(SHA-256(secret)): what the enrol page sends, and what the server stores. */
export async function challengeOf(secret: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Whether the server signs people in through an identity provider (GET /auth/oidc/config). */
export async function serverVerifiesIdentity(serverUrl: string, fetchFn: FetchFn = (i, n) => fetch(i, n)) {
  const res = await fetchFn(`${normaliseServerUrl(serverUrl)}/auth/oidc/config`);
  if (!res.ok) return false;
  return ((await res.json()) as { enabled?: unknown }).enabled === true;
}

export interface RedeemDeps {
  db: LanternDb;
  fetch?: FetchFn;
  userAgent: string;
  extensionVersion: string;
}

/** Trades the secret and the code the sign-in showed in this browser for a device token. */
export async function redeemPending(
  deps: RedeemDeps,
  pending: PendingEnrolment,
  code: string,
): Promise<EnrolmentRow> {
  // No token: the marker keeps a later managed token from looking unchanged.
  const local = { userEmail: null, source: 'managed', tokenSha256: 'verified-sign-in' } as const;
  return enrolWith(deps, pending.serverUrl, { enrolmentGrant: pending.secret, enrolmentCode: code }, local);
}
