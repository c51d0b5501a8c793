import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * FROZEN. Event ids are unique per device, not globally: seen_events was already keyed by (device, id)
 * but the record tables used the event id alone, so a second device reusing an id (by accident or on
 * purpose) broke its push, or could keep the first device's record off the server. Each table is
 * rebuilt with a (device_id, id) key: create, copy, drop, rename — the portable way on SQLite too.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

async function rebuild(
  db: AnyDb,
  table: string,
  create: (name: string) => Promise<void>,
  indexes: Array<[string, string[]]>,
) {
  const next = `${table}_v2`;
  await create(next);
  await sql`insert into ${sql.table(next)} select * from ${sql.table(table)}`.execute(db);
  await db.schema.dropTable(table).execute();
  await db.schema.alterTable(next).renameTo(table).execute();
  for (const [name, columns] of indexes)
    await db.schema.createIndex(name).on(table).columns(columns).execute();
}

// eslint-disable-next-line max-lines-per-function -- a frozen schema declaration: one table after another, read top to bottom
export async function up(db: AnyDb): Promise<void> {
  await rebuild(
    db,
    'registrations',
    (name) =>
      db.schema
        .createTable(name)
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('tool_id', 'text', (c) => c.notNull())
        .addColumn('purpose_category', 'text')
        .addColumn('purpose_text', 'text')
        .addColumn('data_classes', 'text', (c) => c.notNull())
        .addColumn('affects_people', 'integer', (c) => c.notNull())
        .addColumn('withdrawn', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${name}_pk`, ['device_id', 'id'])
        .execute(),
    [['registrations_user_tool', ['user_id', 'tool_id']]],
  );
  await rebuild(
    db,
    'acknowledgements',
    (name) =>
      db.schema
        .createTable(name)
        .addColumn('seq', 'bigint', (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('policy_version', 'bigint', (c) => c.notNull())
        .addColumn('policy_sha256', 'text', (c) => c.notNull())
        .addColumn('tool_id', 'text')
        .addColumn('conditions_sha256', 'text')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addUniqueConstraint(`${name}_device_event`, ['device_id', 'id'])
        .execute(),
    [['acknowledgements_user', ['user_id', 'policy_version']]],
  );
  await rebuild(
    db,
    'justifications',
    (name) =>
      db.schema
        .createTable(name)
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('tool_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${name}_pk`, ['device_id', 'id'])
        .execute(),
    [],
  );
  await rebuild(
    db,
    'requests',
    (name) =>
      db.schema
        .createTable(name)
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('tool_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'bigint')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${name}_pk`, ['device_id', 'id'])
        .execute(),
    [
      ['requests_user', ['user_id']],
      ['requests_status', ['status', 'tool_id']],
      ['requests_id', ['id']],
    ],
  );
}
