import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Issue 17 item 8: a registration whose data classes go beyond what the tool's
 * decision allows is routed to review. The flag is kept on every registration (history) and on the
 * current one per person and tool, 0 or 1; older registrations read 0.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  for (const table of ['registrations', 'current_registrations']) {
    await db.schema
      .alterTable(table)
      .addColumn('data_beyond_allowed', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
  }
}
