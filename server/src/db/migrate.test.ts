import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../env';
import { createDatabase } from './connect';
import type { DatabaseHandle } from './connect';
import { migrateToLatest } from './migrate';

const url = testPostgresUrl();

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url! });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

describe.skipIf(!url)('migrateToLatest on PostgreSQL', () => {
  const schemas: string[] = [];
  const handles: DatabaseHandle[] = [];
  afterEach(async () => {
    for (const h of handles.splice(0)) await h.close();
    const drop = schemas.splice(0);
    if (drop.length) await admin((c) => c.query(`drop schema if exists ${drop.join(', ')} cascade`));
  });

  async function freshSchema(): Promise<string> {
    const name = `mig_${randomBytes(5).toString('hex')}`;
    schemas.push(name);
    await admin((c) => c.query(`create schema ${name}`));
    return name;
  }
  function open(schema: string): DatabaseHandle {
    const h = createDatabase(url!, { schema, poolSize: 2 });
    handles.push(h);
    return h;
  }
  const tablesIn = (schema: string) =>
    admin(async (c) => {
      const r = await c.query<{ table_name: string }>(
        'select table_name from information_schema.tables where table_schema = $1 order by 1',
        [schema],
      );
      return r.rows.map((x) => x.table_name);
    });

  it('migrates a schema named by search_path next to an already migrated schema', async () => {
    const first = await freshSchema();
    const second = await freshSchema();
    await migrateToLatest(open(first).db);
    // Before the fix, Kysely found the first schema's bookkeeping tables, did not create its own
    // and failed with: relation "kysely_migration_lock" does not exist.
    await migrateToLatest(open(second).db, 1);
    const [a, b] = [await tablesIn(first), await tablesIn(second)];
    expect(b).toEqual(a);
    expect(b).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock', 'devices']));
    const applied = (schema: string) =>
      admin(async (c) => (await c.query(`select name from ${schema}.kysely_migration order by name`)).rows);
    expect(await applied(second)).toEqual(await applied(first));
    expect((await applied(second)).length).toBeGreaterThan(0);
    // Again on both: nothing left to do, no error.
    await migrateToLatest(open(second).db, 1);
    await migrateToLatest(open(first).db, 1);
  });

  it('honours a search_path set by the connection URL as well', async () => {
    const first = await freshSchema();
    const second = await freshSchema();
    await migrateToLatest(open(first).db);
    const withPath = new URL(url!);
    withPath.searchParams.set('options', `-c search_path=${second}`);
    const h = createDatabase(withPath.toString(), { poolSize: 2 });
    handles.push(h);
    await migrateToLatest(h.db, 1);
    expect(await tablesIn(second)).toEqual(await tablesIn(first));
  });
});
