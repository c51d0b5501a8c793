import type BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from '../../src/db/database';
import { WriteLockingSqliteDialect } from '../../src/db/sqlite-dialect';
import { withStatementCache } from '../../src/db/statement-cache';
import { rememberSqlite } from '../../src/db/direct-sqlite';

// What tests/bench/ingest-replay.ts drives: the writer thread's commit of a group of pushes and the
// validation before it, on a connection it opened itself (so it can time every statement).
export { commitPushes, type Push } from '../../src/sync/push/push';
export { validateAgainstDatabase } from '../../src/sync/push/validate';

/**
 * A Kysely over `sqlite` as the server opens its own (db/connect.ts): statements kept, `begin
 * immediate`, the push writer's statements one per row. `perRow: false`: as before those, one
 * statement per table with the rows as a JSON parameter (what PostgreSQL runs), for comparisons.
 */
export function serverKysely(sqlite: BetterSqlite3.Database, { perRow = true } = {}): Kysely<Database> {
  const cached = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new WriteLockingSqliteDialect({ database: cached }) });
  return perRow ? rememberSqlite(db, cached) : db;
}
