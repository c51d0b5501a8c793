import { PROTOCOL_VERSION, sha256Hex } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { saveEnrolment } from '../db/state';
import type { EnrolmentRow } from '../db/types';
import { createDeviceApi, normaliseServerUrl, type FetchFn } from '../sync/device-api';
import { describeBrowser } from './device-info';

export interface EnrolRequest {
  serverUrl: string;
  enrollmentToken: string;
  userEmail: string | null;
  source: EnrolmentRow['source'];
}

export interface EnrolDeps {
  db: LanternDb;
  fetch?: FetchFn;
  userAgent: string;
  extensionVersion: string;
  now?: () => number;
}

/**
 * Trades an enrolment token for a device token and stores it — only in this extension's IndexedDB;
 * it never goes to a page, a content script or the sync log. A fresh enrolment resets sync state,
 * so the backoff of a previous (revoked) device does not delay the new one.
 */
export async function enrolDevice(deps: EnrolDeps, request: EnrolRequest): Promise<EnrolmentRow> {
  const serverUrl = normaliseServerUrl(request.serverUrl);
  const api = createDeviceApi(serverUrl, deps.fetch);
  const answer = await api.enrol({
    protocolVersion: PROTOCOL_VERSION,
    enrollmentToken: request.enrollmentToken,
    userEmail: request.userEmail,
    ...describeBrowser(deps.userAgent),
    extensionVersion: deps.extensionVersion,
  });
  const row: EnrolmentRow = {
    key: 'current',
    serverUrl,
    deviceId: answer.deviceId,
    deviceToken: answer.deviceToken,
    userEmail: request.userEmail,
    source: request.source,
    enrolledAt: (deps.now ?? Date.now)(),
    status: 'enrolled',
    enrolmentTokenSha256: await sha256Hex(request.enrollmentToken),
  };
  await saveEnrolment(deps.db, row);
  return row;
}

/**
 * Whether managed values call for a (new) enrolment: none yet, another server or another token. A
 * device the server revoked does not re-enrol with the same token on its own (that would undo the
 * admin's revocation); deploying a new token enrols it again.
 */
export async function needsEnrolment(
  current: EnrolmentRow | undefined,
  serverUrl: string,
  enrollmentToken: string,
): Promise<boolean> {
  if (!current) return true;
  if (current.serverUrl !== normaliseServerUrl(serverUrl)) return true;
  if (current.enrolmentTokenSha256 !== (await sha256Hex(enrollmentToken))) return true;
  return false;
}
