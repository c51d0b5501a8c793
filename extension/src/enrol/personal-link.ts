import type { EnrolmentRow } from '../db/types';
import { ApiError, normaliseServerUrl } from '../sync/device-api';
import type { RedeemDeps } from './verified';
import { enrolWith } from './enrol';

/**
 * Personal enrolment links (docs/protocol.md): an admin makes a single-use link for one person; it
 * opens the server's `/auth/link` page with the secret in the URL fragment. Only a link on the server
 * this extension is managed for is redeemed (a page elsewhere cannot enrol it into another server).
 */
export function linkCode(tabUrl: string | undefined, serverUrl: string): string | null {
  const prefix = `${normaliseServerUrl(serverUrl)}/auth/link#code=`;
  if (!tabUrl?.startsWith(prefix)) return null;
  const code = tabUrl.slice(prefix.length);
  return /^[A-Za-z0-9_-]{43}$/.test(code) ? code : null;
}

/** What the link page says, by the server's refusal (the page's own words are in link-page.ts). */
export type LinkResult = 'enrolled' | 'used' | 'expired' | 'revoked' | 'unknown' | 'failed';

export function resultOf(error: unknown): LinkResult {
  if (!(error instanceof ApiError) || error.status !== 401) return 'failed';
  if (error.message.includes('already used')) return 'used';
  if (error.message.includes('expired')) return 'expired';
  if (error.message.includes('replaced')) return 'revoked';
  return 'unknown';
}

/** Trades the link's secret for a device token; the server decides whose browser this is. */
export async function redeemLink(deps: RedeemDeps, serverUrl: string, code: string): Promise<EnrolmentRow> {
  // No token: the marker keeps a later managed token from looking unchanged.
  const local = { userEmail: null, source: 'managed', tokenSha256: 'personal-link' } as const;
  return enrolWith(deps, serverUrl, { personalLink: code }, local);
}
