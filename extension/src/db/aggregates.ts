import { LIMITS, uuidv7, type SyncEvent, type ToolId, type UsageSignal } from '@lantern/shared';
import type { LanternDb } from './app-db';
import { BOUNDS } from './bounds';
import { daysBefore } from './day';
import { enqueue } from './outbox';
import type { DayAggregate } from './types';

/** What the in-memory aggregator hands over at a flush: increments since the last flush. */
export interface AggregateDelta {
  day: string;
  toolId: ToolId;
  signal: UsageSignal;
  visits: number;
  activeSeconds: number;
  requests: number;
  initiatorHost: string | null;
  endpointHost: string | null;
  /** When the last counted activity happened. */
  at: number;
}

export function aggregateKey(
  d: Pick<AggregateDelta, 'day' | 'toolId' | 'signal' | 'initiatorHost' | 'endpointHost'>,
): string {
  return [d.day, d.signal, d.toolId, d.initiatorHost ?? '', d.endpointHost ?? ''].join('|');
}

/** The wire event carrying an aggregate's day TOTALS (never deltas, so a resend cannot double count). */
export function eventForAggregate(agg: DayAggregate, now: number): SyncEvent {
  const base = { id: uuidv7(now), at: Math.min(agg.lastSeen, now) };
  if (agg.signal === 'embedded' && agg.initiatorHost && agg.endpointHost) {
    return {
      ...base,
      kind: 'embedded_discovery',
      toolId: agg.toolId,
      initiatorHost: agg.initiatorHost,
      endpointHost: agg.endpointHost,
      day: agg.day,
      requests: Math.max(1, Math.min(agg.requests, LIMITS.visitsPerDay)),
    };
  }
  return {
    ...base,
    kind: 'usage',
    toolId: agg.toolId,
    signal: agg.signal,
    day: agg.day,
    visits: Math.min(agg.visits, LIMITS.visitsPerDay),
    activeSeconds: Math.min(agg.activeSeconds, LIMITS.secondsPerDay),
  };
}

/**
 * Adds a flush's deltas to the stored day totals and queues one event per changed total, in one
 * transaction (a crash leaves either both or neither). Returns the keys seen for the first time:
 * new discoveries, which the sync engine pushes within seconds.
 */
export async function applyDeltas(
  db: LanternDb,
  deltas: readonly AggregateDelta[],
  now: number,
): Promise<string[]> {
  if (deltas.length === 0) return [];
  const fresh: string[] = [];
  await db.transaction('rw', db.dayAggregates, db.outbox, db.syncLog, async () => {
    for (const delta of deltas) {
      const key = aggregateKey(delta);
      const old = await db.dayAggregates.get(key);
      if (!old) fresh.push(key);
      const agg: DayAggregate = {
        key,
        day: delta.day,
        toolId: delta.toolId,
        signal: delta.signal,
        initiatorHost: delta.initiatorHost,
        endpointHost: delta.endpointHost,
        visits: (old?.visits ?? 0) + delta.visits,
        activeSeconds: Math.min((old?.activeSeconds ?? 0) + delta.activeSeconds, LIMITS.secondsPerDay),
        requests: (old?.requests ?? 0) + delta.requests,
        firstSeen: old?.firstSeen ?? delta.at,
        lastSeen: Math.max(old?.lastSeen ?? 0, delta.at),
        changedAt: now,
      };
      await db.dayAggregates.put(agg);
      await enqueue(db, eventForAggregate(agg, now), key, now);
    }
  });
  return fresh;
}

/**
 * Deletes day totals older than BOUNDS.aggregateDays whose last total already left the outbox: the
 * server holds them, and the device only ever needs the recent days for the "My AI use" page.
 */
export async function compactAggregates(db: LanternDb, now: number): Promise<number> {
  const cutoff = daysBefore(now, BOUNDS.aggregateDays);
  return db.transaction('rw', db.dayAggregates, db.outbox, async () => {
    const old = await db.dayAggregates.where('changedAt').below(cutoff).toArray();
    const unsent = await db.outbox
      .where('aggregateKey')
      .anyOf(old.map((a) => a.key))
      .toArray();
    const pendingKeys = new Set(unsent.map((entry) => entry.aggregateKey));
    const removable = old.filter((a) => !pendingKeys.has(a.key)).map((a) => a.key);
    await db.dayAggregates.bulkDelete(removable);
    return removable.length;
  });
}
