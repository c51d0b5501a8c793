import type { Generated } from 'kysely';

/** What employees declared: registrations, acknowledgements, justifications and requests. */
export interface RegistrationsTable {
  /** The event id. Every registration and withdrawal is kept as history. */
  id: string;
  user_id: string;
  device_id: string;
  tool_id: string;
  /** Null for a withdrawal. */
  purpose_category: string | null;
  purpose_text: string | null;
  data_classes: string;
  affects_people: number;
  /** 1: data beyond the decision's allowed classes, routed to review (migration 0019). */
  data_beyond_allowed: Generated<number>;
  withdrawn: number;
  at: number;
  received_at: number;
}

/** The latest registration per user × tool (by event time), the one the inventory counts. */
export interface CurrentRegistrationsTable {
  user_id: string;
  tool_id: string;
  registration_id: string;
  purpose_category: string | null;
  purpose_text: string | null;
  data_classes: string;
  affects_people: number;
  data_beyond_allowed: Generated<number>;
  withdrawn: number;
  at: number;
}

/** Append-only and hash-chained: each row's hash covers its content and the previous row's hash. */
export interface AcknowledgementsTable {
  seq: number;
  id: string;
  user_id: string;
  device_id: string;
  policy_version: number;
  policy_sha256: string;
  tool_id: string | null;
  conditions_sha256: string | null;
  at: number;
  received_at: number;
  prev_hash: string;
  hash: string;
  /** The keyed hash of the person (audit/identity.ts); null only on links older than migration 0005. */
  person: string | null;
}

export interface JustificationsTable {
  id: string;
  user_id: string;
  device_id: string;
  tool_id: string;
  reason: string;
  at: number;
  received_at: number;
}

/** Approval requests and self-reports. The id is the event id, which the device knows. */
export interface RequestsTable {
  id: string;
  kind: 'approval' | 'self_report';
  user_id: string;
  device_id: string;
  tool_id: string;
  reason: string;
  status: 'pending' | 'approved' | 'denied';
  note: string | null;
  decided_by: string | null;
  decided_at: number | null;
  at: number;
  received_at: number;
}
