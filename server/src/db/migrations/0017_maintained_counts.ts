import type { Kysely } from 'kysely';
import { rebuildMaintainedCounts } from './0017/backfill';

/**
 * FROZEN once shipped. Counts ingest keeps up to date in the transaction that stores the rows they
 * summarise (server/src/sync/push/maintained-counts.ts), so the inventory list, a tool's page and the
 * overview read a few thousand rows however many people and days there are (issue 21):
 *
 * - `tool_counts`: per tool, its people and devices (rows of tool_users / tool_devices, which are
 *   never deleted) and its first and last time seen.
 * - `tool_last_days`: per tool and UTC day, how many of its people were last seen using it that
 *   day. People seen in the last N days are the sum over the window's days: it moves with the date
 *   without any write.
 * - `person_seen` / `people_last_days`: the same across all tools, per person.
 * - `person_weeks` / `week_people`: who was active in each week (Monday to Sunday, UTC), with the
 *   last day they were, so retention can drop people whose days in a week it deleted.
 *
 * Additive; filled from the existing rows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('tool_counts')
    .addColumn('tool_id', 'text', (c) => c.primaryKey())
    .addColumn('users', 'bigint', (c) => c.notNull())
    .addColumn('devices', 'bigint', (c) => c.notNull())
    .addColumn('first_seen_at', 'bigint')
    .addColumn('last_seen_at', 'bigint')
    .execute();
  await db.schema
    .createTable('tool_last_days')
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('users', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('tool_last_days_pk', ['tool_id', 'day'])
    .execute();
  // The list's 7- and 30-day people of every tool, from the index alone.
  await db.schema
    .createIndex('tool_last_days_day')
    .on('tool_last_days')
    .columns(['day', 'tool_id', 'users'])
    .execute();
  await db.schema
    .createTable('person_seen')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('people_last_days')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('people', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('person_weeks')
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_weeks_pk', ['week', 'user_id'])
    .execute();
  await db.schema
    .createTable('week_people')
    .addColumn('week', 'text', (c) => c.primaryKey())
    .addColumn('people', 'bigint', (c) => c.notNull())
    .execute();
  await rebuildMaintainedCounts(db);
}
