import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
  const open: SqliteDatabase.Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });
  const sqlite = () => {
    const db = new SqliteDatabase(':memory:');
    open.push(db);
    return db;
  };

  it('prepares a SQL text once and hands out the same statement again', () => {
    const cached = withStatementCache(sqlite());
    const a = cached.prepare('select 1 as x');
    expect(cached.prepare('select 1 as x')).toBe(a);
    expect(cached.prepare('select 2 as x')).not.toBe(a);
  });

  it('drops the least recently used statement beyond its size and still answers correctly', () => {
    const cached = withStatementCache(sqlite(), 2);
    const one = cached.prepare('select 1 as x');
    cached.prepare('select 2 as x');
    cached.prepare('select 1 as x'); // now most recent
    cached.prepare('select 3 as x'); // evicts "select 2"
    expect(cached.prepare('select 1 as x')).toBe(one);
    expect(cached.prepare('select 2 as x').all([])).toEqual([{ x: 2 }]);
  });

  it('gives Kysely the same results with repeated, parameterised queries and writes', async () => {
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite()) }),
    });
    await sql`create table t (id integer primary key, name text not null)`.execute(db);
    for (let i = 1; i <= 5; i++)
      await db
        .insertInto('t')
        .values({ id: i, name: `n${i}` })
        .execute();
    const names = [];
    for (let i = 1; i <= 5; i++)
      names.push(
        (await db.selectFrom('t').select('name').where('id', '=', i).executeTakeFirstOrThrow()).name,
      );
    expect(names).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    const res = await db.updateTable('t').set({ name: 'x' }).where('id', '>', 3).executeTakeFirst();
    expect(Number(res.numUpdatedRows)).toBe(2);
    await db.destroy();
  });
});
