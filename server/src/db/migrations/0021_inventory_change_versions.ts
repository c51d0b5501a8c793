import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * FROZEN once shipped. Issue 21, inventory fresh after writes, measured at 50,000 people × 2,000
 * tools × a year (docs/performance.md):
 *
 * - `change_versions`: a number per kind of data that moves in the same transaction as any change
 *   to it, kept by triggers, so a per-process cache can tell in one key lookup whether what it
 *   computed still holds. `registrations` moves with every insert, update or delete of
 *   `registrations` or `current_registrations`. Before, the list checked its cached registration
 *   figures by counting both tables on every recompute (two scans of ~90k rows at full size, half
 *   of the list's PostgreSQL time after a write). Registrations are rare next to usage, so the
 *   trigger costs ingest next to nothing. SQLite only (see below): PostgreSQL keeps the counts.
 * - The tool page lists a tool's 500 most recently seen people: `tool_users_tool_seen` gains the
 *   person, so that is read from the index alone (500 table lookups before). Same leading columns,
 *   so it replaces the old index rather than adding one to every write.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

const BUMP = `insert into change_versions (name, version) values ('registrations', 1)
  on conflict (name) do update set version = change_versions.version + 1`;

export async function up(db: AnyDb): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('change_versions')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  // SQLite only: it has one writer at a time anyway. On PostgreSQL the one row would be locked from
  // a transaction's first registration write to its commit, so every other push carrying a
  // registration would wait behind it (server/src/siem/events.test.ts holds such a transaction open
  // and saw exactly that); there the table stays empty and the reader keeps its count-based key.
  if (!pg) {
    await sql.raw(`insert into change_versions (name, version) values ('registrations', 1)`).execute(db);
    for (const table of ['registrations', 'current_registrations'])
      for (const op of ['insert', 'update', 'delete'])
        await sql
          .raw(`create trigger ${table}_change_version_${op} after ${op} on ${table} begin ${BUMP}; end`)
          .execute(db);
  }
  await db.schema
    .createIndex('tool_users_tool_seen_user')
    .on('tool_users')
    .columns(['tool_id', 'last_seen_at', 'first_seen_at', 'user_id'])
    .execute();
  await db.schema.dropIndex('tool_users_tool_seen').ifExists().execute();
}
