import { LIMITS, localDay, uuidv7, type DataClass, type SyncEvent } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { guardCountsItem, type GuardCount } from '../db/state-items';
import { enqueue } from '../db/outbox';

export type { GuardCount };

/** Days kept on the device for the "My AI use" page; the server has the rest. */
const KEEP_DAYS = 31;

/** Day totals per tool × data class, kept in the `state` table as one item. */
export function readGuardCounts(db: LanternDb): Promise<GuardCount[]> {
  return guardCountsItem.get(db);
}

/**
 * Counts one warning (and whether the employee pasted anyway) for each class, and queues the day's
 * new totals: totals, not deltas, so a newer total replaces an unsent older one in the outbox and a
 * resend can never double count on the server. Counts stop at the protocol's daily bound.
 */
export async function countGuardOutcome(
  db: LanternDb,
  toolId: string,
  classes: readonly DataClass[],
  pastedAnyway: boolean,
  now: number,
): Promise<void> {
  const day = localDay(now);
  await db.transaction('rw', db.state, db.outbox, db.syncLog, async () => {
    const oldest = localDay(now - KEEP_DAYS * 86_400_000);
    const counts = (await readGuardCounts(db)).filter((c) => c.day >= oldest);
    for (const dataClass of new Set(classes)) {
      let c = counts.find((x) => x.day === day && x.toolId === toolId && x.dataClass === dataClass);
      if (c === undefined) {
        c = { day, toolId, dataClass, warnings: 0, pastedAnyway: 0 };
        counts.push(c);
      }
      if (c.warnings >= LIMITS.guardWarningsPerDay) continue;
      c.warnings += 1;
      if (pastedAnyway) c.pastedAnyway += 1;
      const event: SyncEvent = { id: uuidv7(now), at: now, kind: 'data_guard', ...c };
      await enqueue(db, event, `guard|${toolId}|${day}|${dataClass}`, now);
    }
    await guardCountsItem.set(db, counts);
  });
}
