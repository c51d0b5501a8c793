import type { SyncEvent } from '@lantern/shared';
import type { LanternDb } from './app-db';
import { BOUNDS } from './bounds';
import type { OutboxEntry } from './types';

/**
 * Queues one event. With an `aggregateKey`, an unsent event for the same key is replaced: day
 * totals supersede each other, so only the newest needs to travel. Must run inside a transaction
 * over `outbox` and `syncLog` when combined with other writes.
 */
export async function enqueue(
  db: LanternDb,
  event: SyncEvent,
  aggregateKey: string | null,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.outbox, db.syncLog, async () => {
    if (aggregateKey) await db.outbox.where('aggregateKey').equals(aggregateKey).delete();
    const entry: OutboxEntry = { id: event.id, kind: event.kind, aggregateKey, event, queuedAt: now };
    await db.outbox.put(entry);
    await enforceOutboxBound(db, now);
  });
}

/** The oldest `limit` events (UUIDv7 ids sort by creation time). */
export async function oldestBatch(db: LanternDb, limit: number): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('id').limit(limit).toArray();
}

/** Deletes exactly the ids the server reported stored, and logs them as sent. */
export async function markStored(
  db: LanternDb,
  sent: readonly OutboxEntry[],
  storedIds: readonly string[],
  now: number,
): Promise<void> {
  const stored = new Set(storedIds);
  const done = sent.filter((entry) => stored.has(entry.id));
  if (done.length === 0) return;
  await db.transaction('rw', db.outbox, db.syncLog, async () => {
    await db.outbox.bulkDelete(done.map((entry) => entry.id));
    await db.syncLog.bulkAdd(
      done.map((entry) => ({ at: now, eventId: entry.id, outcome: 'sent' as const, event: entry.event })),
    );
  });
}

/**
 * Takes events the server refused out of the outbox and records them, with the server's reason, in
 * the transparency log, so the employee and IT can see what did not arrive and why.
 */
export async function setAside(
  db: LanternDb,
  refused: readonly OutboxEntry[],
  reason: string,
  now: number,
): Promise<void> {
  const note = reason.slice(0, 500);
  await db.transaction('rw', db.outbox, db.syncLog, async () => {
    await db.outbox.bulkDelete(refused.map((entry) => entry.id));
    await db.syncLog.bulkAdd(
      refused.map((entry) => ({
        at: now,
        eventId: entry.id,
        outcome: 'refused' as const,
        event: entry.event,
        note,
      })),
    );
  });
}

/** Counts that a later total or snapshot supersedes; an employee's own acts are never among them. */
const DROPPABLE_KINDS = ['usage', 'embedded_discovery', 'extension_inventory', 'data_guard'] as const;

/**
 * Keeps the outbox under BOUNDS.outboxMax while offline for long by dropping the oldest usage
 * totals, discoveries and extension snapshots (later totals for the same day replace them anyway).
 * Registrations, acknowledgements, justifications and requests are never dropped: they are the
 * employee's acts and the audit evidence. Every drop is written to the transparency log.
 */
export async function enforceOutboxBound(
  db: LanternDb,
  now: number,
  max: number = BOUNDS.outboxMax,
): Promise<void> {
  const excess = (await db.outbox.count()) - max;
  if (excess <= 0) return;
  const droppable = await db.outbox.where('kind').anyOf(DROPPABLE_KINDS).sortBy('id');
  const victims = droppable.slice(0, excess);
  if (victims.length === 0) return;
  await db.outbox.bulkDelete(victims.map((entry) => entry.id));
  await db.syncLog.bulkAdd(
    victims.map((entry) => ({ at: now, eventId: entry.id, outcome: 'dropped' as const, event: entry.event })),
  );
}
