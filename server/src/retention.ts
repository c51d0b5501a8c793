import type { Db } from './db/database';
import { getSettings } from './db/repositories/config.repository';
import { dayString } from './inventory/days';
import { pruneMaintainedWeeks } from './inventory/maintained-retention';
import { applyEvidenceRetention } from './retention-evidence';

/**
 * Deletes usage older than the retention setting: raw day totals (the data guard's counts too) and
 * the day-level aggregates.
 * Acknowledgements, registrations, requests and the audit log are evidence and are kept; the
 * per-tool first/last-seen summary stays too. Idempotent, so several processes may run it.
 */
export async function applyRetention(
  db: Db,
  now = Date.now(),
): Promise<{ cutoffDay: string | null; deleted: number }> {
  const { retentionDays } = await getSettings(db);
  if (retentionDays === null) return { cutoffDay: null, deleted: 0 };
  const cutoffDay = dayString(now, retentionDays);
  let deleted = 0;
  for (const table of ['usage_days', 'embedded_days', 'guard_days', 'tool_days', 'tool_user_days'] as const) {
    const res = await db.deleteFrom(table).where('day', '<', cutoffDay).executeTakeFirst();
    deleted += Number(res.numDeletedRows);
  }
  // The inventory's weekly active people (migration 0017) follow the day rows.
  await pruneMaintainedWeeks(db, cutoffDay);
  return { cutoffDay, deleted };
}

/** Runs retention now and then hourly; the timer never keeps the process alive. */
export function scheduleRetention(db: Db, onError: (error: unknown) => void): () => void {
  const tick = () => {
    void applyRetention(db).catch(onError);
    void applyEvidenceRetention(db).catch(onError);
  };
  tick();
  const timer = setInterval(tick, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
