import type { DataClass } from '../schemas/primitives';
import type { PurposeCategory } from '../schemas/purpose';
import type { RequestState, ToolException } from '../schemas/sync';

/**
 * What the employee has done on this device, as the extension keeps it. Evaluation reads only this
 * and the organisation's config, so the same inputs always give the same experience.
 */
export interface LocalRegistration {
  toolId: string;
  purposeCategory: PurposeCategory;
  purposeText: string;
  dataClasses: DataClass[];
  affectsPeople: boolean;
  at: number;
  /** Set when the employee withdrew it; a withdrawn registration no longer counts. */
  withdrawnAt: number | null;
}

export interface LocalAcknowledgement {
  /** null when the policy was accepted on its own, not at a tool. */
  toolId: string | null;
  policyVersion: number;
  policySha256: string;
  /** SHA-256 of the tool conditions shown when accepting; null when the tool had none. */
  conditionsSha256: string | null;
  at: number;
}

export interface LocalJustification {
  toolId: string;
  /** The device's local day (`YYYY-MM-DD`) the reason was given: it lets the employee through that day. */
  day: string;
  reason: string;
  at: number;
}

export interface LocalState {
  registrations: LocalRegistration[];
  acknowledgements: LocalAcknowledgement[];
  justifications: LocalJustification[];
  /** The employee's approval requests with the admin's answers, as pulled from the server. */
  requests: RequestState[];
  /** The admin's exceptions for this person ("approved for you"), as pulled from the server. */
  exceptions?: ToolException[];
  /** Tools whose `inform` notice the employee closed, with the policy version it showed. */
  dismissals: { toolId: string; policyVersion: number | null }[];
}

export const EMPTY_LOCAL_STATE: LocalState = {
  registrations: [],
  acknowledgements: [],
  justifications: [],
  requests: [],
  dismissals: [],
};
