import type { z } from 'zod/mini';
import type { LanternDb } from './app-db';

/**
 * One value in the `state` table, declared once with its zod schema and a format version — the
 * shape of WXT's `storage.defineItem` (version + migrations), kept on Dexie because several items
 * are written in the same transaction as the outbox (guard counts), the e2e harness reads the
 * table, and WXT's storage would add code to the background bundle for no gain.
 *
 * A row is `{ key, value, version }`; rows written before versions existed have none and count as
 * version 1. Reading runs the migrations from the row's version up to the item's, then validates:
 * a value that fails the schema (a damaged or foreign row) is reported and read as the fallback,
 * never trusted. Writing stores the current version.
 */
export interface StateItemSpec<T> {
  key: string;
  schema: z.ZodMiniType<T>;
  /** What a missing (or invalid) row reads as. */
  fallback: T;
  /** The current format; starts at 1. */
  version: number;
  /** `migrations[n]` turns a version n-1 value into version n. */
  migrations?: Record<number, (previous: unknown) => unknown>;
}

export interface StateItem<T> {
  readonly key: string;
  readonly version: number;
  get(db: LanternDb): Promise<T>;
  set(db: LanternDb, value: T): Promise<void>;
  /** Read, change and write in one transaction, so two callers cannot lose each other's write. */
  update(db: LanternDb, change: (current: T) => T): Promise<T>;
  /** The migrated, validated value of a raw stored row (exported for tests of the migrations). */
  decode(row: { value: unknown; version?: number } | undefined): T;
}

export function defineStateItem<T>(spec: StateItemSpec<T>): StateItem<T> {
  const { key, schema, fallback, version } = spec;
  // A fresh copy each time: callers may change what they read before writing it back.
  const empty = () => structuredClone(fallback);
  const decode: StateItem<T>['decode'] = (row) => {
    if (row === undefined) return empty();
    let value = row.value;
    const from = row.version ?? 1;
    try {
      // A newer format than this code knows (a downgrade) is not guessed at.
      if (from > version) throw new Error(`version ${from} is newer than ${version}`);
      for (let next = from + 1; next <= version; next++) {
        const migrate = spec.migrations?.[next];
        if (migrate) value = migrate(value);
      }
      return schema.parse(value);
    } catch (error) {
      console.warn(`lantern: stored '${key}' is not usable; ignored`, error);
      return empty();
    }
  };
  const get = async (db: LanternDb) => decode(await db.state.get(key));
  const set = async (db: LanternDb, value: T) => {
    await db.state.put({ key, value, version });
  };
  return {
    key,
    version,
    decode,
    get,
    set,
    update: (db, change) =>
      db.transaction('rw', db.state, async () => {
        const next = change(await get(db));
        await set(db, next);
        return next;
      }),
  };
}
