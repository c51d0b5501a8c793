import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../db/database';

/**
 * A value that changes whenever data anyone can read in the database may have changed, read in one
 * cheap query — so a result computed after reading it stays valid for as long as it reads the same,
 * in this process or any other sharing the database.
 *
 * - SQLite: `data_version` changes when another connection (any process) commits; `total_changes()`
 *   counts every row this connection has written. Together they see every write.
 * - PostgreSQL: the transaction snapshot (`xmin:xmax:in-progress ids`) says exactly which writes are
 *   visible; it reads the same again only if no transaction has committed or started writing since,
 *   in any database of the cluster, so it errs towards recomputing.
 *
 * Null inside a transaction (its own uncommitted writes would not show) or when it cannot be read.
 */
export async function dataVersion(db: Db): Promise<string | null> {
  if (db.isTransaction) return null;
  try {
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      const { rows } = await sql<{ v: string }>`select txid_current_snapshot()::text as v`.execute(db);
      return rows[0] ? `pg:${rows[0].v}` : null;
    }
    const { rows } = await sql<{ v: number; c: number }>`
      select (select data_version from pragma_data_version()) as v, total_changes() as c`.execute(db);
    return rows[0] ? `sqlite:${rows[0].v}:${rows[0].c}` : null;
  } catch {
    return null;
  }
}

interface Entry {
  key: string;
  value: Promise<unknown>;
}

const caches = new WeakMap<object, Map<string, Entry>>();

/**
 * `compute()`'s result, reused while `key` stays the same: one entry per database handle and `name`.
 * Callers that share a key share one computation; a failed computation is forgotten.
 */
export function cachedByKey<T>(db: Db, name: string, key: string, compute: () => Promise<T>): Promise<T> {
  let entries = caches.get(db);
  if (!entries) caches.set(db, (entries = new Map<string, Entry>()));
  const hit = entries.get(name);
  if (hit?.key === key) return hit.value as Promise<T>;
  const value = compute();
  const entry: Entry = { key, value };
  entries.set(name, entry);
  value.catch(() => {
    if (entries.get(name) === entry) entries.delete(name);
  });
  return value;
}

/**
 * `compute()`'s result, reused while the data version (and `key`, for inputs such as today's date)
 * stays the same. The version is read before computing, so writes that land while computing only
 * make the next call compute again. Without a version (a transaction, or an error) it just computes.
 */
export async function cachedByDataVersion<T>(
  db: Db,
  name: string,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const version = await dataVersion(db);
  if (version === null) return compute();
  return cachedByKey(db, name, `${version}|${key}`, compute);
}
