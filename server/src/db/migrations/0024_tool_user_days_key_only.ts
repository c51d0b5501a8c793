import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Issue 21, cheaper ingest: `tool_user_days` keeps only its key (user, day,
 * tool). Its last index, (tool, day), served the tool page's people per day, which now reads the
 * maintained `tool_day_people` (migration 0020), and hourly retention, which now walks the people
 * in the key instead (server/src/retention.ts). Every ingested day row wrote to that index: 0.22 of
 * the 0.92 WAL frames per event in the ingest replay (tests/bench/ingest-replay.ts, session 8).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('tool_user_days_tool_day').ifExists().execute();
}
