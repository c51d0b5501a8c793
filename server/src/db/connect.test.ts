import pg from 'pg';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects, openTestDatabase } from '../../testing/databases';

describe.runIf(dialects.includes('postgres'))('a PostgreSQL handle', () => {
  it('survives PostgreSQL ending its idle connections, and the next query works', async () => {
    const t = await openTestDatabase('postgres');
    try {
      const pid = async () =>
        Number((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(t.db)).rows[0]!.pid);
      const before = await pid();
      // What a restart or an administrator does to the now idle connection.
      const admin = new pg.Client({ connectionString: t.url });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [before]);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const after = await pid();
      expect(after).not.toBe(before);
    } finally {
      await t.close();
    }
  });
});
