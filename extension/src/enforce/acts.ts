import {
  dataClassesBeyondAllowed,
  localDay,
  nextLocalMidnight,
  sha256Hex,
  uuidv7,
  type DataClass,
  type PurposeCategory,
  type RequestState,
  type SyncEvent,
  type Tool,
} from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { getConfig } from '../db/state';
import { sentRequestsItem } from '../db/state-items';
import type { AcknowledgementRow } from '../db/types';
import { conditionsSha256, decisionFor } from './experience';
import { toolHome } from './tool-home';
import type { Acceptance } from './messages';
import { employeeError } from '../i18n/errors';

export interface ActsDeps {
  db: LanternDb;
  /** Validates the event, puts it in the outbox and has it pushed soon (the sync engine's side). */
  record: (event: SyncEvent) => Promise<string>;
  lookup: (toolId: string) => Tool | undefined;
  /** Keeps the browser's block rules in step after an act that changes them. */
  afterChange: () => Promise<unknown>;
  now?: () => number;
}

/**
 * Checks that what the employee accepted is what the organisation published: the hash of the
 * current policy body and of the tool's current conditions. A page left open over a policy change
 * gets a clear error instead of recording acceptance of a text that no longer applies.
 */
async function verifyAcceptance(
  deps: ActsDeps,
  toolId: string | null,
  acceptance: Acceptance,
): Promise<void> {
  const config = await getConfig(deps.db);
  const policy = config?.policy;
  if (!policy) throw employeeError('error.noPolicy');
  if (
    policy.version !== acceptance.policyVersion ||
    (await sha256Hex(policy.body)) !== acceptance.policySha256
  ) {
    throw employeeError('error.policyChanged');
  }
  const expected = toolId ? await conditionsSha256(decisionFor(config, toolId)) : null;
  if (expected !== acceptance.conditionsSha256) {
    throw employeeError('error.conditionsChanged');
  }
}

async function recordAcceptance(
  deps: ActsDeps,
  toolId: string | null,
  acceptance: Acceptance,
  at: number,
): Promise<string> {
  await verifyAcceptance(deps, toolId, acceptance);
  const id = uuidv7(at);
  await deps.record({ id, at, kind: 'acknowledgement', toolId, ...acceptance });
  const row: AcknowledgementRow = { id, at, toolId, ...acceptance };
  await deps.db.acknowledgements.put(row);
  return id;
}

function knownTool(deps: ActsDeps, toolId: string): Tool {
  const tool = deps.lookup(toolId);
  if (!tool) throw employeeError('error.unknownTool');
  return tool;
}

export interface RegisterInput {
  toolId: string;
  purposeCategory: PurposeCategory;
  purposeText: string;
  dataClasses: DataClass[];
  affectsPeople: boolean;
  acceptance: Acceptance | null;
}

/** Registers a use (A.9.3/A.9.4) and, in the same step, accepts the policy shown. */
export async function register(deps: ActsDeps, input: RegisterInput) {
  knownTool(deps, input.toolId);
  const at = (deps.now ?? Date.now)();
  if (input.acceptance) await verifyAcceptance(deps, input.toolId, input.acceptance);
  const { toolId, purposeCategory, purposeText, dataClasses, affectsPeople } = input;
  const registrationId = uuidv7(at);
  // Data beyond what the decision allows: said on the page, and the registration goes to review.
  const decision = decisionFor(await getConfig(deps.db), toolId);
  const beyond = dataClassesBeyondAllowed(decision, dataClasses).length > 0;
  await deps.record({
    id: registrationId,
    at,
    kind: 'registration',
    toolId,
    purposeCategory,
    purposeText,
    dataClasses,
    affectsPeople,
    ...(beyond ? { dataBeyondAllowed: true } : {}),
  });
  await deps.db.registrations.put({
    toolId,
    at,
    eventId: registrationId,
    purposeCategory,
    purposeText,
    dataClasses,
    affectsPeople,
    withdrawnAt: null,
  });
  const acknowledgementId = input.acceptance
    ? await recordAcceptance(deps, toolId, input.acceptance, at + 1)
    : null;
  await deps.afterChange();
  const config = await getConfig(deps.db);
  return {
    registrationId,
    acknowledgementId,
    reviewRequested: (decisionFor(config, toolId)?.status ?? 'review') === 'review',
    dataBeyondAllowed: beyond,
  };
}

export async function acceptPolicy(deps: ActsDeps, toolId: string | null, acceptance: Acceptance) {
  if (toolId) knownTool(deps, toolId);
  const acknowledgementId = await recordAcceptance(deps, toolId, acceptance, (deps.now ?? Date.now)());
  await deps.afterChange();
  return { acknowledgementId };
}

/** "Continue with a reason": recorded, and the tool opens until local midnight. */
export async function justify(deps: ActsDeps, toolId: string, reason: string) {
  const tool = knownTool(deps, toolId);
  const config = await getConfig(deps.db);
  if (decisionFor(config, toolId)?.enforcement !== 'justify') throw employeeError('error.noReason');
  const at = (deps.now ?? Date.now)();
  const id = uuidv7(at);
  await deps.record({ id, at, kind: 'justification', toolId, reason });
  await deps.db.justifications.put({ id, toolId, day: localDay(at), at, reason });
  await deps.afterChange();
  return { until: nextLocalMidnight(at), continueTo: toolHome(tool) };
}

export async function requestApproval(deps: ActsDeps, toolId: string, reason: string) {
  knownTool(deps, toolId);
  // Only a tool the organisation stops has a request form (the blocked page); a crafted page address
  // naming any other tool must not file requests in the employee's name.
  const enforcement = decisionFor(await getConfig(deps.db), toolId)?.enforcement;
  if (enforcement !== 'block' && enforcement !== 'justify') throw employeeError('error.notStopped');
  const at = (deps.now ?? Date.now)();
  const requestId = uuidv7(at);
  await deps.record({ id: requestId, at, kind: 'approval_request', toolId, reason });
  const sent: RequestState = { id: requestId, toolId, status: 'pending', note: null, decidedAt: null };
  await sentRequestsItem.update(deps.db, (list) => [...list.slice(-99), sent]);
  return { requestId };
}

export async function withdrawRegistration(deps: ActsDeps, toolId: string) {
  const row = await deps.db.registrations.get(toolId);
  if (!row || row.withdrawnAt !== null) return { withdrawn: false };
  const at = (deps.now ?? Date.now)();
  await deps.record({ id: uuidv7(at), at, kind: 'registration_withdrawal', toolId });
  await deps.db.registrations.put({ ...row, withdrawnAt: at });
  await deps.afterChange();
  return { withdrawn: true };
}
