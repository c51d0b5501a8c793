import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. The on-device data guard's day totals: per device × tool × day × data class,
 * how often the guard warned and how often the employee pasted anyway. Counts only; nothing else
 * about a paste reaches the server. The organisation's switch and the guarded tools live in
 * `settings` (keys `dataGuard` and `dataGuardTools`), so no table is needed for them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('guard_days')
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('data_class', 'text', (c) => c.notNull())
    .addColumn('warnings', 'bigint', (c) => c.notNull())
    .addColumn('pasted_anyway', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('guard_days_pk', ['device_id', 'tool_id', 'day', 'data_class'])
    .execute();
  // The dashboard's per tool × day × class series and retention's `day < ?`.
  await db.schema.createIndex('guard_days_tool_day').on('guard_days').columns(['tool_id', 'day']).execute();
  await db.schema.createIndex('guard_days_day').on('guard_days').columns(['day']).execute();
  // Per person.
  await db.schema.createIndex('guard_days_user').on('guard_days').columns(['user_id', 'day']).execute();
}
