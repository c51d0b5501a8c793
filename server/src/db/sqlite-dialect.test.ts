import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from './connect';

/** Two connections to one SQLite file, as the server and the push writer thread hold them. */
describe('transactions on a SQLite file with two writers', () => {
  let dir: string;
  let writer: DatabaseHandle;
  let other: DatabaseHandle;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-begin-'));
    const url = `sqlite:${join(dir, 'two.db')}`;
    writer = createDatabase(url);
    other = createDatabase(url);
    await sql`create table t (x integer)`.execute(writer.db);
    await sql`insert into t values (1)`.execute(writer.db);
    // Fail at once instead of waiting: both connections live on this one thread.
    await sql`pragma busy_timeout = 0`.execute(other.db);
  });
  afterAll(async () => {
    await writer.close();
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets a read-only transaction read while another connection is writing, and that write commit', async () => {
    const holding = await writer.db.startTransaction().execute();
    try {
      await sql`insert into t values (2)`.execute(holding);
      const rows = await other.db
        .transaction()
        .setAccessMode('read only')
        .execute(async (trx) => (await sql<{ n: number }>`select count(*) as n from t`.execute(trx)).rows);
      await holding.commit().execute();
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      if (!holding.isCommitted) await holding.rollback().execute();
    }
  });

  it('makes a read-write transaction take the write lock when it begins, not at its first write', async () => {
    const holding = await writer.db.startTransaction().execute();
    try {
      await expect(
        other.db.transaction().execute(async (trx) => sql`select count(*) from t`.execute(trx)),
      ).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    } finally {
      await holding.rollback().execute();
    }
  });
});
