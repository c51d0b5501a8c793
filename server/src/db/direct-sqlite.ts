import type { Kysely, SqliteDatabase } from 'kysely';
import type { Database } from './database';

/**
 * The SQLite connection under a Kysely instance opened on one (createDatabase), for code that holds
 * that connection through a transaction and runs many small statements on it at once: the push
 * writer's per-row statements (sync/push/sql.ts). Kysely's SQLite driver has a single connection and
 * runs one query at a time on it; inside `db.transaction().execute(fn)`, `fn` holds it, so
 * synchronous calls on the connection from `fn` are part of that transaction and nothing interleaves.
 */
const connections = new WeakMap<Kysely<Database>, SqliteDatabase>();

export function rememberSqlite(db: Kysely<Database>, sqlite: SqliteDatabase): Kysely<Database> {
  connections.set(db, sqlite);
  return db;
}

/** The connection `db` was opened on, if it is a SQLite one opened through rememberSqlite. */
export function sqliteOf(db: Kysely<Database>): SqliteDatabase | undefined {
  return connections.get(db);
}
