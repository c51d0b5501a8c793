import { createDatabase } from '@lantern/server';
import pg from 'pg';
import type { BenchRow } from '../harness';
import { COLUMNS, generateInventory, type InventorySpec } from './inventory-data';
import { openBenchDatabase, POLICY, rebuildBenchCounts } from './inventory-db';
import { inventoryRows, timeInventory } from './inventory-timing';
import type { InventoryTimings } from './inventory-timing';
import { round } from './load';
import { freshPgDatabase } from './pg-database';

/**
 * Migrates the database and bulk-loads a generated organisation into it: multi-row INSERTs of 1,000 rows
 * in one transaction (the same rows the SQLite inventory benchmark loads).
 */
export async function loadPgInventory(
  url: string,
  spec: Omit<InventorySpec, 'policy'>,
): Promise<Record<string, number>> {
  const { tokenId } = await openBenchDatabase(url, Date.now());
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
    await rebuildBenchCounts(url);
    // Autovacuum would get to it eventually: a fresh bulk load has no statistics yet, and no page
    // is marked all-visible, so index-only scans would still read every row (as a loaded server's
    // tables, vacuumed by autovacuum, would not).
    await client.query('vacuum analyze');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return counts;
}

/**
 * The organisation's size for the PostgreSQL inventory benchmark: `LANTERN_BENCH_PG_INVENTORY`
 * (`USERSxTOOLSxDAYS`, e.g. `50000x2000x365` for the SQLite benchmark's size; loading that takes a
 * long while), else 5,000 × 300 × 90 (quick: 500 × 50 × 30).
 */
export function pgInventorySpec(quick: boolean): Omit<InventorySpec, 'policy'> {
  const m = /^(\d+)x(\d+)x(\d+)$/.exec(process.env.LANTERN_BENCH_PG_INVENTORY ?? '');
  if (m) return { users: Number(m[1]), tools: Number(m[2]), days: Number(m[3]), seed: 7 };
  return quick
    ? { users: 500, tools: 50, days: 30, seed: 7 }
    : { users: 5_000, tools: 300, days: 90, seed: 7 };
}

/** The inventory procedures on a fresh PostgreSQL database next to `baseUrl`, dropped afterwards. */
export async function pgInventoryBench(
  baseUrl: string,
  quick: boolean,
): Promise<{ rows: BenchRow[]; details: Record<string, unknown> }> {
  const spec = pgInventorySpec(quick);
  const fresh = await freshPgDatabase(baseUrl, 'inventory');
  try {
    const started = performance.now();
    const loaded = await loadPgInventory(fresh.url, spec);
    const loadSeconds = (performance.now() - started) / 1000;
    const handle = createDatabase(fresh.url);
    let t: InventoryTimings;
    try {
      t = await timeInventory(handle, quick);
    } finally {
      await handle.close();
    }
    const dayRows = (loaded.usage_days ?? 0) + (loaded.tool_user_days ?? 0) + (loaded.tool_days ?? 0);
    return {
      rows: [
        {
          metric: `inventory data: ${spec.users} users, ${spec.tools} tools, ${spec.days} days`,
          value: round(dayRows / 1e6, 2),
          unit: 'M day rows',
        },
        { metric: '  loaded (multi-row INSERTs, ANALYZE)', value: round(loadSeconds), unit: 's' },
        ...inventoryRows(t, ' on PostgreSQL'),
      ],
      details: { spec, rows: loaded, loadSeconds, latency: t },
    };
  } finally {
    await fresh.drop();
  }
}
