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

/** What changed since a cached result was computed: everything, or the ids `inventory_changes` logged. */
export type Changes = { all: true } | { all: false; ids: ReadonlySet<string> };

/** Beyond this many changed ids a full computation is cheaper than a partial one. */
const MAX_CHANGED = 200;
/** Change rows are kept an hour (see pruneInventoryChanges); older results are computed afresh. */
const MAX_AGE_MS = 30 * 60_000;

interface Mark {
  version: string;
  /** SQLite: the last `seq` of inventory_changes; PostgreSQL: the snapshot. */
  mark: string;
}

const pg = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The data version and the position in inventory_changes, read together in one statement; on
 * PostgreSQL, given the snapshot of a previous result (`from`), with the ids logged by the writes
 * that snapshot did not see — as this statement's snapshot (the one returned) sees them, so one
 * round trip. (`pg_current_snapshot()` is the statement's snapshot.)
 */
async function readMark(db: Db, from?: string): Promise<(Mark & { ids?: string[] }) | null> {
  if (db.isTransaction) return null;
  try {
    if (pg(db)) {
      const { rows } = await sql<{ v: string; ids: string[] | null }>`
        select pg_current_snapshot()::text as v,
          case when cast(${from ?? null} as text) is null then null else array(
            select distinct tool_id from inventory_changes
            where txid >= pg_snapshot_xmin(cast(${from ?? null} as pg_snapshot))
              and not pg_visible_in_snapshot(txid, cast(${from ?? null} as pg_snapshot))
            limit ${MAX_CHANGED + 1}) end as ids`.execute(db);
      const r = rows[0];
      return r ? { version: `pg:${r.v}`, mark: r.v, ...(r.ids ? { ids: r.ids } : {}) } : null;
    }
    const { rows } = await sql<{ v: number; c: number; m: number | null }>`
      select (select data_version from pragma_data_version()) as v, total_changes() as c,
        (select max(seq) from inventory_changes) as m`.execute(db);
    const r = rows[0];
    return r ? { version: `sqlite:${r.v}:${r.c}`, mark: String(r.m ?? 0) } : null;
  } catch {
    return null;
  }
}

const changesOf = (ids: readonly string[]): Changes => {
  const set = new Set(ids);
  return set.size > MAX_CHANGED || set.has('*') ? { all: true } : { all: false, ids: set };
};

/**
 * The ids logged in inventory_changes by writes the result computed at `from` did not see (at
 * least; a few it did see may come too). Everything when more than MAX_CHANGED, or `*`.
 * SQLite only: PostgreSQL reads them with the mark (readMark).
 */
async function changesSince(db: Db, from: string, to: string): Promise<Changes> {
  const { rows } = await sql<{ tool_id: string }>`
    select distinct tool_id from inventory_changes where seq > ${Number(from)} and seq <= ${Number(to)}
    limit ${MAX_CHANGED + 1}`.execute(db);
  return changesOf(rows.map((r) => r.tool_id));
}

interface IncrementalEntry {
  key: string;
  version: string;
  mark: string;
  at: number;
  value: Promise<unknown>;
}

const incremental = new WeakMap<object, Map<string, IncrementalEntry>>();

/**
 * Like `cachedByDataVersion`, but after a write `compute` gets the previous result and what changed
 * since it was computed (from inventory_changes), so it can recompute only that. The first call,
 * another `key` (such as another day: windows move with the date), a result older than half an
 * hour or a failed previous computation get `{ all: true }` and no previous result. The mark is read
 * before computing, so writes that land while computing are seen again by the next call.
 */
export async function cachedIncrementally<T>(
  db: Db,
  name: string,
  key: string,
  compute: (prev: T | undefined, changes: Changes) => Promise<T>,
): Promise<T> {
  const at = Date.now();
  let entries = incremental.get(db);
  if (!entries) incremental.set(db, (entries = new Map<string, IncrementalEntry>()));
  const hit = entries.get(name);
  const now = await readMark(db, hit?.key === key && pg(db) ? hit.mark : undefined);
  if (now === null) return compute(undefined, { all: true });
  if (hit?.key === key && hit.version === now.version) return hit.value as Promise<T>;
  const usable = hit !== undefined && hit.key === key && at - hit.at < MAX_AGE_MS;
  const value = (async () => {
    if (!usable) return compute(undefined, { all: true });
    const prev = await (hit.value as Promise<T>).catch(() => undefined);
    if (prev === undefined) return compute(undefined, { all: true });
    return compute(prev, now.ids ? changesOf(now.ids) : await changesSince(db, hit.mark, now.mark));
  })();
  const entry: IncrementalEntry = { key, version: now.version, mark: now.mark, at, value };
  entries.set(name, entry);
  value.catch(() => {
    if (entries.get(name) === entry) entries.delete(name);
  });
  return value;
}
