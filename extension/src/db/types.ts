import type { DeviceConfig, Hostname, SyncEvent, SyncEventKind, ToolId, UsageSignal } from '@lantern/shared';

/** Day totals for one tool × signal (× initiator × endpoint for embedded AI). Never per page. */
export interface DayAggregate {
  key: string;
  day: string;
  toolId: ToolId;
  signal: UsageSignal;
  visits: number;
  activeSeconds: number;
  /** Embedded AI only: the non-AI site whose page called `endpointHost`. */
  initiatorHost: Hostname | null;
  endpointHost: Hostname | null;
  /** Embedded AI only: requests that day. */
  requests: number;
  firstSeen: number;
  lastSeen: number;
  /** When the totals last changed; an outbox event with these totals is queued at that moment. */
  changedAt: number;
}

export interface OutboxEntry {
  /** The event id (UUIDv7): time-ordered, and the server's idempotency key. */
  id: string;
  kind: SyncEventKind;
  /** Set for usage/embedded totals: a newer total replaces an unsent older one for the same key. */
  aggregateKey: string | null;
  event: SyncEvent;
  queuedAt: number;
}

/** The organisation's config as last pulled, plus the version it came with. */
export interface ConfigRow extends DeviceConfig {
  key: 'current';
  configVersion: number;
  pulledAt: number;
}

export interface EnrolmentRow {
  key: 'current';
  serverUrl: string;
  deviceId: string;
  /** The device's bearer token. Only ever stored here, in the extension's own IndexedDB. */
  deviceToken: string;
  userEmail: string | null;
  source: 'managed' | 'manual';
  enrolledAt: number;
  /** `revoked` after the server answered 401: pushing stops until the device enrols again. */
  status: 'enrolled' | 'revoked';
  /** SHA-256 of the enrolment token used, so a new managed token triggers a new enrolment. */
  enrolmentTokenSha256: string;
}

/** A row of the `state` table: read and write it through its item in state-items.ts. */
export interface StateRow {
  key: string;
  value: unknown;
  /** The item's format version; absent on rows written before versions existed (= 1). */
  version?: number;
}

export interface SyncLogEntry {
  seq?: number;
  at: number;
  eventId: string;
  outcome: 'sent' | 'dropped' | 'refused';
  /** Why the server refused it (outcome 'refused'). */
  note?: string;
  /** The event exactly as it went over the wire (the schemas keep URLs and content out of it). */
  event: SyncEvent;
}

export interface RegistrationRow {
  toolId: ToolId;
  at: number;
  eventId: string;
  purposeCategory: string;
  purposeText: string;
  dataClasses: string[];
  affectsPeople: boolean;
  withdrawnAt: number | null;
}

export interface AcknowledgementRow {
  id: string;
  at: number;
  policyVersion: number;
  policySha256: string;
  toolId: ToolId | null;
  conditionsSha256: string | null;
}

export interface JustificationRow {
  id: string;
  toolId: ToolId;
  day: string;
  at: number;
  reason: string;
}
