import { sql } from 'kysely';
import type { Db } from '../db/database';
import { weekOf } from '../sync/push/maintained-counts';

/**
 * Retention deleted the day rows before `cutoffDay`: a tool's people per day (migration 0020) go
 * with them, whole days at a time. A person stays active in a week only if they
 * were active on a day of it that was kept (their last day of it is kept), and each week's count
 * is then what is left of it. Only the week holding the cutoff is counted again; earlier weeks are
 * empty. The other maintained counts summarise rows retention keeps (tool_users, tool_devices).
 */
export async function pruneMaintainedWeeks(db: Db, cutoffDay: string): Promise<number> {
  const week = weekOf(cutoffDay);
  await db.deleteFrom('tool_day_people').where('day', '<', cutoffDay).execute();
  return db.transaction().execute(async (trx) => {
    const res = await trx.deleteFrom('person_weeks').where('last_day', '<', cutoffDay).executeTakeFirst();
    const deleted = Number(res.numDeletedRows);
    if (deleted === 0) return 0;
    await trx.deleteFrom('week_people').where('week', '<', week).execute();
    await trx
      .updateTable('week_people')
      .set({
        people: sql<number>`(select count(*) from person_weeks where person_weeks.week = week_people.week)`,
      })
      .where('week', '=', week)
      .execute();
    return deleted;
  });
}
