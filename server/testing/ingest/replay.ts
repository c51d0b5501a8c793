import type BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from '../../src/db/database';
import { WriteLockingSqliteDialect } from '../../src/db/sqlite-dialect';
import { withStatementCache } from '../../src/db/statement-cache';

// What tests/bench/ingest-replay.ts drives: the writer thread's commit of a group of pushes and the
// validation before it, on a connection it opened itself (so it can time every statement).
export { commitPushes, type Push } from '../../src/sync/push/push';
export { validateAgainstDatabase } from '../../src/sync/push/validate';

/** A Kysely over `sqlite` as the server opens its own (db/connect.ts): statements kept, `begin immediate`. */
export function serverKysely(sqlite: BetterSqlite3.Database): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new WriteLockingSqliteDialect({ database: withStatementCache(sqlite) }),
  });
}
