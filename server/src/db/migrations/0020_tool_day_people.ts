import type { Kysely } from 'kysely';
import { rebuildToolDayPeople } from './0020/backfill';

/**
 * FROZEN once shipped. Issue 21, a tool's page fresh right after a write: `tool_day_people`, per
 * tool and UTC day, how many people used the tool that day — the number of its tool_user_days
 * rows, kept by ingest in the transaction that adds them (server/src/sync/push/maintained-counts.ts)
 * and cut by retention with them (server/src/inventory/maintained-retention.ts). The page of the
 * most used tool read 90 days of those rows per call instead (149,313 index entries at 50,000
 * people; 68–114 ms p95 on PostgreSQL); now it reads 90 rows.
 *
 * Additive; filled from the existing rows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('tool_day_people')
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('people', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('tool_day_people_pk', ['tool_id', 'day'])
    .execute();
  await rebuildToolDayPeople(db);
}
