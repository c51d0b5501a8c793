import { sql, type Kysely } from 'kysely';

/**
 * FROZEN once shipped. Issue 21, cheaper ingest: `usage_days_day` (day) goes. Its only reader was
 * hourly retention's `delete from usage_days where day < cutoff`; every ingested day row wrote an
 * entry to it (0.057 of 0.71 WAL frames per event in tests/bench/ingest-replay.ts at three pushes per
 * commit, session 10). The key (device, tool, signal, day) cannot range over days, and walking every
 * (device, tool, signal) group of it costs seconds per pass at full size, so retention now reads the
 * groups from `usage_day_groups`: one row per group with the oldest day it stores (a lower bound:
 * never later than any of its rows). Ingest writes a row only when a group first appears or gets an
 * older day, so most pushes do not write to it; retention deletes the old days of the groups whose
 * oldest day is before the cutoff, through the key, then moves their oldest day up (or deletes the
 * group). The index (oldest day, device) makes a pass with nothing to delete one seek.
 * server/src/sync/push/usage.ts and server/src/retention.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('usage_day_groups')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('signal', 'text', (c) => c.notNull())
    .addColumn('oldest_day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_day_groups_pk', ['device_id', 'tool_id', 'signal'])
    .execute();
  // The groups of the rows stored so far, each with its oldest day (one pass over the key).
  await sql`insert into usage_day_groups (device_id, tool_id, signal, oldest_day)
    select device_id, tool_id, signal, min(day) from usage_days group by device_id, tool_id, signal`.execute(
    db,
  );
  await db.schema
    .createIndex('usage_day_groups_oldest')
    .on('usage_day_groups')
    .columns(['oldest_day', 'device_id'])
    .execute();
  await db.schema.dropIndex('usage_days_day').ifExists().execute();
}
