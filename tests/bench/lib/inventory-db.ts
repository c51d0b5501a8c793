import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createDatabase, createEnrolmentToken, migrateToLatest } from '@lantern/server';
import { rebuildMaintainedCounts, rebuildToolDayPeople } from '@lantern/server/testing';
import { COLUMNS, generateInventory, type InventorySpec } from './inventory-data';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const POLICY_BODY = '# AI use policy\n\nUse approved tools only.\n';
export const POLICY = { version: 1, sha256: createHash('sha256').update(POLICY_BODY, 'utf8').digest('hex') };

/**
 * The generator writes the tables of migration 0001; the cache is named after those files, and
 * later migrations are applied to a cached database when it is opened (as an upgrade would).
 */
function schemaStamp(): string {
  const dir = join(repo, 'server', 'src', 'db', 'migrations');
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (name.isDirectory()) walk(join(d, name.name));
      else hash.update(name.name).update(readFileSync(join(d, name.name)));
    }
  };
  hash.update(readFileSync(join(dir, '0001_initial.ts')));
  walk(join(dir, '0001'));
  return hash.digest('hex').slice(0, 12);
}

/** Brings a (cached) database to the server's current schema. */
async function migrate(file: string): Promise<void> {
  const handle = createDatabase(`sqlite:${file}`);
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a new bench database the way every inventory generator starts: brings it to the server's
 * schema, creates the enrolment token its browsers enrolled with, and publishes the policy (version 1,
 * `POLICY_BODY`) at `policyPublishedAt`. Closes its connection before returning, so that the bulk
 * loader can open the database its own way (better-sqlite3, a pg client). `url`: `sqlite:FILE` or a
 * PostgreSQL URL.
 */
export async function openBenchDatabase(
  url: string,
  policyPublishedAt: number,
): Promise<{ tokenId: string }> {
  const handle = createDatabase(url);
  try {
    await migrateToLatest(handle.db);
    const tokenId = (await createEnrolmentToken(handle.db, { name: 'bench' })).id;
    await handle.db
      .insertInto('policy_versions')
      .values({
        version: POLICY.version,
        title: 'AI use policy',
        body: POLICY_BODY,
        sha256: POLICY.sha256,
        change_summary: null,
        published_by: 'bench',
        published_at: policyPublishedAt,
      })
      .execute();
    return { tokenId };
  } finally {
    await handle.close();
  }
}

/** The counts ingest would have maintained (migrations 0017 and 0020), rebuilt from the rows just loaded. */
export async function rebuildBenchCounts(url: string): Promise<void> {
  const loaded = createDatabase(url);
  try {
    await rebuildMaintainedCounts(loaded.db);
    await rebuildToolDayPeople(loaded.db);
  } finally {
    await loaded.close();
  }
}

export interface InventoryDb {
  file: string;
  cached: boolean;
  buildSeconds: number;
  /** Time spent bringing a cached file to the current schema. */
  migrateSeconds?: number;
  rows: Record<string, number>;
}

/** Migrates a new SQLite file, then bulk-loads the generated organisation in one transaction. */
async function build(file: string, spec: Omit<InventorySpec, 'policy'>): Promise<Record<string, number>> {
  const { tokenId } = await openBenchDatabase(`sqlite:${file}`, Date.now());
  const db = new Database(file);
  const counts: Record<string, number> = {};
  try {
    // A bulk load with nothing to protect yet: no journal, no fsync, a large page cache.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -1000000');
    const inserts = new Map(
      Object.entries(COLUMNS).map(([t, cols]) => [
        t,
        db.prepare(`insert into ${t} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`),
      ]),
    );
    const setHead = db.prepare("update chain_heads set seq = ?, hash = ? where name = 'acknowledgements'");
    db.transaction(() => {
      for (const chunk of generateInventory({ ...spec, policy: POLICY }, tokenId)) {
        for (const [table, rows] of chunk) {
          if (table === 'chain_heads:acknowledgements') {
            for (const r of rows) setHead.run(...r);
            continue;
          }
          const stmt = inserts.get(table)!;
          for (const r of rows) stmt.run(...r);
          counts[table] = (counts[table] ?? 0) + rows.length;
        }
      }
    })();
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  await rebuildBenchCounts(`sqlite:${file}`);
  return counts;
}

/**
 * The inventory database for `spec`. With `cacheDir` it is built once and kept there (named by the
 * spec and the schema), so later runs only time the queries.
 */
export async function inventoryDatabase(
  spec: Omit<InventorySpec, 'policy'>,
  dir: string,
  cache: boolean,
): Promise<InventoryDb> {
  const name = `inventory-${spec.users}u-${spec.tools}t-${spec.days}d-${spec.seed}-${schemaStamp()}`;
  const file = join(dir, `${name}.db`);
  const meta = join(dir, `${name}.json`);
  if (cache && existsSync(file) && existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as {
      rows: Record<string, number>;
      buildSeconds: number;
    };
    // Migrations added since the file was built (their indexes take a minute or two, once).
    const started = performance.now();
    await migrate(file);
    return { file, cached: true, ...m, migrateSeconds: (performance.now() - started) / 1000 };
  }
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.building`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const started = performance.now();
  const rows = await build(tmp, spec);
  const buildSeconds = (performance.now() - started) / 1000;
  renameSync(tmp, file);
  await migrate(file);
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  if (cache) writeFileSync(meta, JSON.stringify({ spec, rows, buildSeconds }, null, 2));
  return { file, cached: false, buildSeconds, rows };
}
