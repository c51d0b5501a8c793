import { sql } from 'kysely';
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
  for (const table of ['usage_days', 'embedded_days', 'guard_days', 'tool_days'] as const) {
    const res = await db.deleteFrom(table).where('day', '<', cutoffDay).executeTakeFirst();
    deleted += Number(res.numDeletedRows);
  }
  deleted += await deleteToolUserDays(db, cutoffDay);
  // The inventory's weekly active people (migration 0017) follow the day rows.
  await pruneMaintainedWeeks(db, cutoffDay);
  return { cutoffDay, deleted };
}

/**
 * `tool_user_days` has no index but its key (user, day, tool) (migrations 0023 and 0024: each index
 * fewer is one b-tree fewer for every ingested row to write), so its old days go through the key:
 * the people are walked in it, one seek each (`min(user_id) > previous`), and each person's days
 * before the cutoff are one range of it.
 */
async function deleteToolUserDays(db: Db, cutoffDay: string): Promise<number> {
  const res = await toolUserDaysBefore(cutoffDay).execute(db);
  return Number(res.numAffectedRows ?? 0);
}

/** The statement (exported for its query-plan test). */
export function toolUserDaysBefore(cutoffDay: string) {
  return sql`with recursive people (id) as (
      select min(user_id) from tool_user_days
      union all
      select (select min(t.user_id) from tool_user_days as t where t.user_id > people.id)
      from people where people.id is not null)
    delete from tool_user_days
    where user_id in (select id from people where id is not null) and day < ${cutoffDay}`;
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
