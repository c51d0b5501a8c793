import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query anew, and compiling the SQL costs more than running
 * most of ours: `prepare` was 15–20% of the server's CPU in ingest and pull profiles
 * (docs/performance.md). Kysely produces the same SQL text for the same query shape, so the prepared
 * statements are kept, least recently used dropped beyond `max` (texts vary with list lengths).
 * Reuse is safe: the driver runs one query at a time on its single connection and binds the
 * parameters on every run.
 */
export function withStatementCache(
  db: BetterSqlite3.Database,
  max = 500,
): SqliteDatabase & { readonly inTransaction: boolean } {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => db.close(),
    /** Whether a transaction is open on the connection (code that runs statements on it directly checks). */
    get inTransaction() {
      return db.inTransaction;
    },
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = db.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}
