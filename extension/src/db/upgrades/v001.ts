// Frozen: version 1 of the local database. Never edit a released upgrade file; add v00N+1 instead.
// Imports no app code, so later changes to the app's types cannot change what this version did.

/** Dexie store definitions: primary key first, then indexes (`&` unique, `[a+b]` compound). */
export const stores = {
  /** Day totals per tool × signal (× initiating site for embedded AI). Key: see db/aggregates.ts. */
  dayAggregates: 'key, day, changedAt',
  /** Outgoing events; `aggregateKey` lets a newer day total replace an unsent older one. */
  outbox: 'id, aggregateKey, kind',
  /** Single-row tables keyed by name: 'current' config, 'current' enrolment, sync state. */
  config: 'key',
  enrolment: 'key',
  state: 'key',
  /** What was sent (or dropped), newest last: the transparency log on the "My AI use" page. */
  syncLog: '++seq, at, eventId',
  /** The employee's own registrations and policy acceptances, kept locally for the pages. */
  registrations: 'toolId, at',
  acknowledgements: 'id, policyVersion, toolId, at',
  justifications: 'id, toolId, day',
} as const;
