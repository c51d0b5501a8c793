import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, migrateToLatest } from '@lantern/server';
import { buildInventory, inventoryStamp, type BuiltInventory, type InventorySqlSpec } from './inventory-sql';

/**
 * Where generated inventory databases live between runs: `LANTERN_BENCH_CACHE`, else
 * `$TMPDIR/lantern-bench-cache`. The full size is built once (minutes) and re-used while the
 * generator's version and the spec stay the same and it is younger than MAX_AGE_DAYS (its 7- and
 * 30-day windows move with the date); migrations added since are applied when it is opened.
 */
export const cacheDir = () => process.env.LANTERN_BENCH_CACHE ?? join(tmpdir(), 'lantern-bench-cache');
const MAX_AGE_DAYS = 3;

export interface InventoryStore extends BuiltInventory {
  url: string;
  cached: boolean;
  buildSeconds: number;
  /** Seconds spent applying migrations added since a kept database was built. */
  migrateSeconds?: number;
  /** Removes the database unless it is kept for later runs. */
  release(): Promise<void>;
}

const label = (s: InventorySqlSpec) => `${s.users}u-${s.tools}t-${s.days}d-${s.seed}`;
const fresh = (now: number) => Date.now() - now < MAX_AGE_DAYS * 86_400_000;

/** Applies migrations added since the kept database at `url` was built, as an upgrade would. */
async function upgrade(url: string): Promise<number> {
  const started = performance.now();
  const handle = createDatabase(url);
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  return (performance.now() - started) / 1000;
}

async function timed(url: string, spec: InventorySqlSpec) {
  const started = performance.now();
  const built = await buildInventory(url, spec);
  return { ...built, buildSeconds: (performance.now() - started) / 1000 };
}

/** The SQLite inventory of `spec`: a kept file with `keep`, else a temporary one removed by release(). */
export async function sqliteInventory(spec: InventorySqlSpec, keep: boolean): Promise<InventoryStore> {
  const dir = keep
    ? cacheDir()
    : join(tmpdir(), `lantern-bench-inv-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(dir, { recursive: true });
  const name = `inventory-${label(spec)}-${inventoryStamp()}`;
  const file = join(dir, `${name}.db`);
  const meta = join(dir, `${name}.json`);
  const release = async () => {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  if (keep && existsSync(file) && existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as BuiltInventory & { buildSeconds: number };
    if (fresh(m.now))
      return {
        ...m,
        url: `sqlite:${file}`,
        cached: true,
        migrateSeconds: await upgrade(`sqlite:${file}`),
        release,
      };
  }
  // Older builds of the same spec (another schema, or stale): a full one is a few GB.
  if (keep)
    for (const f of readdirSync(dir))
      if (f.startsWith(`inventory-${label(spec)}-`)) rmSync(join(dir, f), { force: true });
  const tmp = `${file}.building`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const built = await timed(`sqlite:${tmp}`, spec);
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  renameSync(tmp, file);
  if (keep) writeFileSync(meta, JSON.stringify(built, null, 2));
  return { ...built, url: `sqlite:${file}`, cached: false, release };
}

async function adminQuery<T extends pg.QueryResultRow>(
  baseUrl: string,
  text: string,
  params: unknown[] = [],
) {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

const withDb = (baseUrl: string, name: string) => {
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * The PostgreSQL inventory of `spec`, in a database next to the one `baseUrl` names: with `keep`
 * named by spec and schema and left for later runs (a marker table says it was completed), else a
 * temporary one dropped by release().
 */
export async function pgInventory(
  baseUrl: string,
  spec: InventorySqlSpec,
  keep: boolean,
): Promise<InventoryStore> {
  const prefix = `lantern_bench_inv_${label(spec).replace(/-/g, '_')}_`;
  const name = keep
    ? `${prefix}${inventoryStamp()}`
    : `lantern_bench_invtmp_${process.pid}_${Date.now().toString(36)}`;
  const url = withDb(baseUrl, name);
  const drop = (n: string) => adminQuery(baseUrl, `drop database if exists ${n} with (force)`);
  const release = async () => {
    if (!keep) await drop(name);
  };
  if (keep) {
    const exists = await adminQuery(baseUrl, 'select 1 from pg_database where datname = $1', [name]);
    if (exists.length > 0) {
      const m = await adminQuery<{ meta: string }>(url, 'select meta from bench_inventory_built').catch(
        () => [],
      );
      const built = m[0] ? (JSON.parse(m[0].meta) as BuiltInventory & { buildSeconds: number }) : undefined;
      if (built && fresh(built.now))
        return { ...built, url, cached: true, migrateSeconds: await upgrade(url), release };
    }
    // Older or unfinished builds of the same spec: only this benchmark makes databases so named.
    for (const r of await adminQuery<{ datname: string }>(
      baseUrl,
      'select datname from pg_database where datname like $1',
      [`${prefix}%`],
    ))
      await drop(r.datname);
  }
  await adminQuery(baseUrl, `create database ${name}`);
  try {
    const built = await timed(url, spec);
    if (keep) {
      await adminQuery(url, 'create table bench_inventory_built (meta text not null)');
      await adminQuery(url, 'insert into bench_inventory_built (meta) values ($1)', [JSON.stringify(built)]);
    }
    return { ...built, url, cached: false, release };
  } catch (error) {
    await drop(name).catch(() => undefined);
    throw error;
  }
}
