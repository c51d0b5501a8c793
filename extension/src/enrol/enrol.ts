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

/** What proves the right to enrol, as `device.enroll` takes it. */
export type EnrolProof =
  { enrollmentToken: string } | { personalLink: string } | { enrolmentGrant: string; enrolmentCode: string };

/** What this browser keeps about the enrolment besides the server's answer. */
export interface EnrolLocal {
  userEmail: string | null;
  source: EnrolmentRow['source'];
  /** SHA-256 of the token used, or a marker for the ways without one. */
  tokenSha256: string;
}

/**
 * Every way of enrolling ends here: trades the proof for a device token and stores it — only in this
 * extension's IndexedDB; it never goes to a page, a content script or the sync log. Storing it
 * resets sync state (db/state.ts `saveEnrolment`).
 */
export async function enrolWith(
  deps: EnrolDeps,
  serverUrl: string,
  proof: EnrolProof,
  local: EnrolLocal,
): Promise<EnrolmentRow> {
  const server = normaliseServerUrl(serverUrl);
  const answer = await createDeviceApi(server, deps.fetch).enrol({
    protocolVersion: PROTOCOL_VERSION,
    ...proof,
    userEmail: local.userEmail,
    ...describeBrowser(deps.userAgent),
    extensionVersion: deps.extensionVersion,
  });
  const row: EnrolmentRow = {
    key: 'current',
    serverUrl: server,
    deviceId: answer.deviceId,
    deviceToken: answer.deviceToken,
    userEmail: local.userEmail,
    source: local.source,
    enrolledAt: (deps.now ?? Date.now)(),
    status: 'enrolled',
    enrolmentTokenSha256: local.tokenSha256,
  };
  await saveEnrolment(deps.db, row);
  return row;
}

/** Enrols with an enrolment token (managed storage or the options page). */
export async function enrolDevice(deps: EnrolDeps, request: EnrolRequest): Promise<EnrolmentRow> {
  const { enrollmentToken, userEmail, source } = request;
  const tokenSha256 = await sha256Hex(enrollmentToken);
  return enrolWith(deps, request.serverUrl, { enrollmentToken }, { userEmail, source, tokenSha256 });
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
