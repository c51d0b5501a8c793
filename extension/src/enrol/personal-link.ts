import { PROTOCOL_VERSION } from '@lantern/shared';
import type { EnrolmentRow } from '../db/types';
import { saveEnrolment } from '../db/state';
import { ApiError, createDeviceApi, normaliseServerUrl } from '../sync/device-api';
import { describeBrowser } from './device-info';
import type { RedeemDeps } from './verified';

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
  const server = normaliseServerUrl(serverUrl);
  const answer = await createDeviceApi(server, deps.fetch).enrol({
    protocolVersion: PROTOCOL_VERSION,
    personalLink: code,
    userEmail: null,
    ...describeBrowser(deps.userAgent),
    extensionVersion: deps.extensionVersion,
  });
  const row: EnrolmentRow = {
    key: 'current',
    serverUrl: server,
    deviceId: answer.deviceId,
    deviceToken: answer.deviceToken,
    userEmail: null,
    source: 'managed',
    enrolledAt: Date.now(),
    status: 'enrolled',
    // No token: the marker keeps a later managed token from looking unchanged.
    enrolmentTokenSha256: 'personal-link',
  };
  await saveEnrolment(deps.db, row);
  return row;
}
