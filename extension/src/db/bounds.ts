/**
 * How big the local store may grow. With these caps the database stays well under a few MB:
 * an outbox event is < 1 kB, a log row about the same, an aggregate ~200 bytes.
 */
export const BOUNDS = {
  /** Unsent events kept while the server is unreachable; beyond this the oldest usage totals go first. */
  outboxMax: 10_000,
  /** Transparency log rows kept (newest win); older rows are also dropped after `syncLogDays`. */
  syncLogMax: 5_000,
  syncLogDays: 90,
  /** Day aggregates older than this are deleted once their totals were sent. */
  aggregateDays: 35,
} as const;
