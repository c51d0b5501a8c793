import { createDatabase, createEnrollmentToken, migrateToLatest } from '@lantern/server';
import pg from 'pg';
import { COLUMNS, generateInventory, type InventorySpec } from './inventory-data';
import { POLICY } from './inventory-db';

/**
 * Migrates the database and bulk-loads a generated organisation into it: multi-row INSERTs of 1,000 rows
 * in one transaction (the same rows the SQLite inventory benchmark loads).
 */
export async function loadPgInventory(
  url: string,
  spec: Omit<InventorySpec, 'policy'>,
): Promise<Record<string, number>> {
  const handle = createDatabase(url);
  let tokenId: string;
  try {
    await migrateToLatest(handle.db);
    tokenId = (await createEnrollmentToken(handle.db, { name: 'bench' })).id;
    await handle.db
      .insertInto('policy_versions')
      .values({
        version: 1,
        title: 'AI use policy',
        body: '# AI use policy\n\nUse approved tools only.\n',
        sha256: POLICY.sha256,
        change_summary: null,
        published_by: 'bench',
        published_at: Date.now(),
      })
      .execute();
  } finally {
    await handle.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query('begin');
    const insert = async (table: string, rows: unknown[][]) => {
      const cols = COLUMNS[table]!;
      for (let i = 0; i < rows.length; i += 1000) {
        const part = rows.slice(i, i + 1000);
        const values = part
          .map((_, r) => `(${cols.map((_c, c) => `$${r * cols.length + c + 1}`).join(',')})`)
          .join(',');
        await client.query(`insert into ${table} (${cols.join(',')}) values ${values}`, part.flat());
      }
      counts[table] = (counts[table] ?? 0) + rows.length;
    };
    for (const chunk of generateInventory({ ...spec, policy: POLICY }, tokenId)) {
      for (const [table, rows] of chunk) {
        if (table === 'chain_heads:acknowledgements') {
          for (const [seq, hash] of rows)
            await client.query("update chain_heads set seq = $1, hash = $2 where name = 'acknowledgements'", [
              seq,
              hash,
            ]);
        } else if (rows.length > 0) await insert(table, rows);
      }
    }
    await client.query('commit');
    // Autovacuum would get to it eventually; a fresh bulk load has no statistics yet.
    await client.query('analyze');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return counts;
}
