import { sql, type Kysely } from 'kysely';

/**
 * FROZEN with migration 0020. Fills `tool_day_people` from the rows it summarises: the migration
 * runs it once (so an upgraded install starts right), and bulk loaders that write tool_user_days
 * directly (the benchmarks) run it after loading. Replaces whatever is there.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function rebuildToolDayPeople(db: AnyDb): Promise<void> {
  await sql`delete from tool_day_people`.execute(db);
  await sql`
    insert into tool_day_people (tool_id, day, people)
    select tool_id, day, count(*) from tool_user_days group by tool_id, day`.execute(db);
}
