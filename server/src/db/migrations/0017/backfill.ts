import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * FROZEN with migration 0017. Fills the maintained counts from the rows they summarise: the
 * migration runs it once (so an upgraded install starts right), and bulk loaders that write the
 * summarised tables directly (the benchmarks) run it after loading. Replaces whatever is there.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function rebuildMaintainedCounts(db: AnyDb): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  // The UTC day (`YYYY-MM-DD`) of a time in epoch ms, and the Monday starting a day's week.
  const dayOf = (ms: string) =>
    pg
      ? `to_char(to_timestamp(${ms} / 1000) at time zone 'UTC', 'YYYY-MM-DD')`
      : `strftime('%Y-%m-%d', ${ms} / 1000, 'unixepoch')`;
  const weekOf = (day: string) =>
    pg
      ? `to_char(date_trunc('week', cast(${day} as date)), 'YYYY-MM-DD')`
      : `date(${day}, 'weekday 0', '-6 days')`;
  for (const table of [
    'tool_counts',
    'tool_last_days',
    'person_seen',
    'people_last_days',
    'person_weeks',
    'week_people',
  ])
    await sql.raw(`delete from ${table}`).execute(db);
  const statements = [
    `insert into tool_counts (tool_id, users, devices, first_seen_at, last_seen_at)
     select tool_id, count(*), 0, min(first_seen_at), max(last_seen_at) from tool_users group by tool_id`,
    `insert into tool_counts (tool_id, users, devices, first_seen_at, last_seen_at)
     select tool_id, 0, count(*), null, null from tool_devices group by tool_id
     on conflict (tool_id) do update set devices = excluded.devices`,
    `insert into tool_last_days (tool_id, day, users)
     select tool_id, ${dayOf('last_seen_at')}, count(*) from tool_users group by 1, 2`,
    `insert into person_seen (user_id, last_seen_at)
     select user_id, max(last_seen_at) from tool_users group by user_id`,
    `insert into people_last_days (day, people)
     select ${dayOf('last_seen_at')}, count(*) from person_seen group by 1`,
    `insert into person_weeks (week, user_id, last_day)
     select ${weekOf('day')}, user_id, max(day) from tool_user_days group by 1, 2`,
    `insert into week_people (week, people) select week, count(*) from person_weeks group by week`,
  ];
  for (const text of statements) await sql.raw(text).execute(db);
}
