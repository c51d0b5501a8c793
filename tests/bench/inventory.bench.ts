/**
 * The inventory at organisation scale: 50,000 people, 2,000 tools, a year of usage written straight
 * into the tables ingest maintains (cached under bench-results/cache), then the real inventory
 * procedures (through createCaller, as the dashboard's HTTP calls end up) — the list and the
 * overview both as served from the per-process cache and computed afresh after a write, the tool
 * page, the people page and a person — and the evidence export through the CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@lantern/server';
import type { Benchmark, BenchRow } from './harness';
import { runEvidenceExport } from './lib/evidence-export';
import { inventoryDatabase } from './lib/inventory-db';
import { inventoryRows, timeInventory } from './lib/inventory-timing';
import type { InventoryTimings } from './lib/inventory-timing';
import { round } from './lib/load';

const EXPORT_S = 60;

const benchmark: Benchmark = {
  name: 'inventory',
  async bench({ quick }) {
    const spec = quick
      ? { users: 1_000, tools: 100, days: 60, seed: 7 }
      : { users: 50_000, tools: 2_000, days: 365, seed: 7 };
    const tmp = quick ? mkdtempSync(join(tmpdir(), 'lantern-bench-inv-')) : undefined;
    const dir = tmp ?? join(process.cwd(), '..', 'bench-results', 'cache');
    try {
      const data = await inventoryDatabase(spec, dir, !quick);
      const databaseUrl = `sqlite:${data.file}`;
      const handle = createDatabase(databaseUrl);
      let t: InventoryTimings;
      try {
        t = await timeInventory(handle, quick);
      } finally {
        await handle.close();
      }
      const exported = await runEvidenceExport(databaseUrl, quick ? 120_000 : 300_000);
      const dayRows =
        (data.rows.usage_days ?? 0) + (data.rows.tool_user_days ?? 0) + (data.rows.tool_days ?? 0);
      const rows: BenchRow[] = [
        {
          metric: `data: ${spec.users} users, ${spec.tools} tools, ${spec.days} days`,
          value: round(dayRows / 1e6, 2),
          unit: 'M day rows',
        },
        {
          metric: data.cached
            ? 'data generation (cached from an earlier run)'
            : 'data generation (bulk insert, one transaction)',
          value: round(data.buildSeconds),
          unit: 's',
        },
        ...(data.migrateSeconds !== undefined && data.migrateSeconds >= 1
          ? [{ metric: 'migrating the cached database (once)', value: round(data.migrateSeconds), unit: 's' }]
          : []),
        ...inventoryRows(t),
        exported.ok
          ? {
              metric: `evidence export (lantern export evidence, ${exported.files} files, ${round(exported.bytes / 1e6)} MB)`,
              value: round(exported.seconds),
              unit: 's',
              goal: `< ${EXPORT_S} s`,
              ok: exported.seconds < EXPORT_S,
            }
          : {
              metric: 'evidence export (lantern export evidence)',
              value: `failed: ${exported.error ?? ''}`.slice(0, 160),
              goal: `< ${EXPORT_S} s`,
              ok: false,
            },
      ];
      return { rows, details: { spec, rows: data.rows, cached: data.cached, latency: t, exported } };
    } finally {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    }
  },
};

export default benchmark;
