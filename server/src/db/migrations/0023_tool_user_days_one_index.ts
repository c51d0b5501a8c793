import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Issue 21, cheaper ingest: `tool_user_days` keeps its key (user, day, tool)
 * and one index, (tool, day), which the tool page reads. `tool_user_days_day_user` was read only by
 * hourly retention's `day < cutoff` delete, which now goes through (tool, day) one tool at a time
 * (server/src/retention.ts); every ingested day row wrote to it, so it goes: 1.02 → 0.93 WAL frames
 * per event in the ingest replay (tests/bench/ingest-replay.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('tool_user_days_day_user').ifExists().execute();
}
