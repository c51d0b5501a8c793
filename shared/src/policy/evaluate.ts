import { DEFAULT_ENFORCEMENT, type Decision, type Enforcement, type ToolStatus } from '../schemas/decision';
import type { PolicyVersion } from '../schemas/policy';
import type { LocalState } from './local-state';

/** What the browser does at the tool: nothing, a notice, the "continue with a reason" page, or the block page. */
export type ExperienceAction = 'none' | 'notice' | 'justify' | 'block';

export interface ExperienceInput {
  toolId: string;
  /** The organisation's decision; null when there is none (the tool is then "not reviewed yet"). */
  decision: Decision | null;
  policy: Pick<PolicyVersion, 'version' | 'sha256'> | null;
  /** SHA-256 of `decision.conditions` (computed by the caller, since hashing is async); null without conditions. */
  conditionsSha256: string | null;
  state: LocalState;
  /** The device's local day, `YYYY-MM-DD`: justifications hold for the day they were given. */
  today: string;
  /** Epoch ms, to tell an exception in force from an expired one; without it none has expired. */
  now?: number;
}

export interface Owed {
  register: boolean;
  acceptPolicy: boolean;
  acceptConditions: boolean;
}

export interface Experience {
  toolId: string;
  status: ToolStatus;
  enforcement: Enforcement;
  /** False when the organisation has not decided on this tool yet. */
  decided: boolean;
  owes: Owed;
  /** The employee accepted an earlier policy version: show "what changed". */
  policyChanged: boolean;
  /** The employee accepted earlier conditions for this tool that have since changed. */
  conditionsChanged: boolean;
  /** An admin made an exception for this person ("approved for you") that is in force now. */
  approvedForYou: boolean;
  /** Until when that exception holds; null without an end (or without an exception). */
  approvedUntil: number | null;
  /** The same as `approvedForYou` (its name before exceptions existed). */
  approvedByRequest: boolean;
  pendingRequest: boolean;
  justifiedToday: boolean;
  action: ExperienceAction;
}

/** The experience for one tool. Pure: same config and local state, same answer. */
export function evaluateExperience(input: ExperienceInput): Experience {
  const { toolId, decision, policy, conditionsSha256, state, today } = input;
  const status: ToolStatus = decision?.status ?? 'review';
  const enforcement: Enforcement = decision?.enforcement ?? DEFAULT_ENFORCEMENT[status];

  const registered = state.registrations.some((r) => r.toolId === toolId && r.withdrawnAt === null);
  const acceptedPolicy =
    policy !== null && state.acknowledgements.some((a) => a.policySha256 === policy.sha256);
  const toolAcks = state.acknowledgements.filter((a) => a.toolId === toolId);
  // Conditions are accepted through an acknowledgement, which needs a published policy to bind to.
  const conditionsOwed = conditionsSha256 !== null && policy !== null;
  const acceptedConditions = toolAcks.some((a) => a.conditionsSha256 === conditionsSha256);

  const owes: Owed = {
    register: !registered,
    acceptPolicy: policy !== null && !acceptedPolicy,
    acceptConditions: conditionsOwed && !acceptedConditions,
  };
  const owesAnything = owes.register || owes.acceptPolicy || owes.acceptConditions;

  const mine = state.requests.filter((r) => r.toolId === toolId);
  // Only an exception opens a tool for one person: an approved request alone no longer does, so a
  // withdrawn or expired exception closes it again (docs/protocol.md, "Exception").
  const exception = activeException(state, toolId, input.now);
  const approvedByRequest = exception !== undefined;
  const pendingRequest = mine.some((r) => r.status === 'pending');
  const justifiedToday = state.justifications.some((j) => j.toolId === toolId && j.day === today);

  const dismissed = state.dismissals.some(
    (d) => d.toolId === toolId && d.policyVersion === (policy?.version ?? null),
  );
  const acknowledgeAction: ExperienceAction = owesAnything ? 'notice' : 'none';

  let action: ExperienceAction;
  switch (enforcement) {
    case 'monitor':
      action = 'none';
      break;
    case 'inform':
      action = owesAnything && !dismissed ? 'notice' : 'none';
      break;
    case 'acknowledge':
      action = acknowledgeAction;
      break;
    case 'justify':
      // Through for the day after a reason; an approved request makes it an ordinary tool to register.
      action = approvedByRequest ? acknowledgeAction : justifiedToday ? 'none' : 'justify';
      break;
    case 'block':
      action = approvedByRequest ? acknowledgeAction : 'block';
      break;
  }

  return {
    toolId,
    status,
    enforcement,
    decided: decision !== null,
    owes,
    policyChanged: owes.acceptPolicy && state.acknowledgements.length > 0,
    conditionsChanged: owes.acceptConditions && toolAcks.some((a) => a.conditionsSha256 !== null),
    approvedForYou: approvedByRequest,
    approvedUntil: exception?.until ?? null,
    approvedByRequest,
    pendingRequest,
    justifiedToday,
    action,
  };
}

/** The person's exception for the tool in force at `now`; the one lasting longest when several are. */
function activeException(state: LocalState, toolId: string, now: number | undefined) {
  const live = (state.exceptions ?? []).filter(
    (e) => e.toolId === toolId && (e.until === null || now === undefined || e.until > now),
  );
  return live.find((e) => e.until === null) ?? live.sort((a, b) => (b.until ?? 0) - (a.until ?? 0))[0];
}

/** Whether the browser should keep the tool's pages from loading right now (block page or reason page). */
export function stopsAtTool(experience: Experience): boolean {
  return experience.action === 'block' || experience.action === 'justify';
}
