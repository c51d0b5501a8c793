/**
 * Inventory fresh after writes (issue 21): 50,000 people, 2,000 tools, a year of usage generated
 * inside the database (tests/bench/lib/inventory-sql.ts; built once and kept, see inventory-store.ts),
 * on SQLite and — with LANTERN_TEST_POSTGRES_URL or LANTERN_BENCH_POSTGRES_URL — PostgreSQL. Each
 * read the dashboard makes (the list, a popular and a little-used tool's page, the overview) is
 * timed right after a push through the ingest path, and its p95 held against 100 ms. Then the
 * evidence export through the CLI (SQLite). `LANTERN_BENCH_QUICK=1`: 1,000 × 100 × 60, temporary.
 * `LANTERN_BENCH_INVENTORY=10000x2000x90` (people × tools × days) measures another size, kept like
 * the full one; `LANTERN_BENCH_INVENTORY_EXPORT=0` leaves out the evidence export;
 * `LANTERN_BENCH_INVENTORY_ONLY=postgres` (or `sqlite`) measures one database only.
 */
import type { Benchmark, BenchRow } from './harness';
import { runEvidenceExport } from './lib/evidence-export';
import { freshRows, timeFreshReads, type FreshTimings } from './lib/inventory-fresh';
import type { InventorySqlSpec } from './lib/inventory-sql';
import { cacheDir, pgInventory, sqliteInventory, type InventoryStore } from './lib/inventory-store';
import { round } from './lib/load';

const EXPORT_S = 60;

/** The size `LANTERN_BENCH_INVENTORY` names (`PEOPLExTOOLSxDAYS`), or undefined. */
function sizeFromEnv(): InventorySqlSpec | undefined {
  const m = /^(\d+)x(\d+)x(\d+)$/.exec(process.env.LANTERN_BENCH_INVENTORY ?? '');
  return m ? { users: Number(m[1]), tools: Number(m[2]), days: Number(m[3]), seed: 7 } : undefined;
}

function dataRows(where: string, spec: InventorySqlSpec, s: InventoryStore): BenchRow[] {
  const dayRows = (s.rows.usage_days ?? 0) + (s.rows.tool_user_days ?? 0) + (s.rows.tool_days ?? 0);
  return [
    {
      metric: `${where} data: ${spec.users} people, ${spec.tools} tools, ${spec.days} days`,
      value: round(dayRows / 1e6, 2),
      unit: 'M day rows',
    },
    {
      metric: s.cached
        ? `  generated ${new Date(s.now).toISOString().slice(0, 10)} (kept in ${s.url.startsWith('sqlite:') ? cacheDir() : 'its own database'})`
        : '  generated in the database (INSERT … SELECT)',
      value: round(s.buildSeconds),
      unit: 's',
    },
    ...(s.migrateSeconds !== undefined && s.migrateSeconds >= 1
      ? [{ metric: '  migrations added since (applied once)', value: round(s.migrateSeconds), unit: 's' }]
      : []),
  ];
}

async function measure(
  where: string,
  spec: InventorySqlSpec,
  open: () => Promise<InventoryStore>,
  quick: boolean,
  after?: (url: string) => Promise<BenchRow[]>,
) {
  const store = await open();
  try {
    const t: FreshTimings = await timeFreshReads(store.url, quick ? 5 : 40, quick ? 5_000 : 60_000);
    const extra = after ? await after(store.url) : [];
    return {
      rows: [...dataRows(where, spec, store), ...freshRows(t, where), ...extra],
      details: {
        spec,
        rows: store.rows,
        cached: store.cached,
        buildSeconds: store.buildSeconds,
        steps: store.steps,
        t,
      },
    };
  } finally {
    await store.release();
  }
}

async function evidenceExport(url: string, quick: boolean): Promise<BenchRow[]> {
  const exported = await runEvidenceExport(url, quick ? 120_000 : 300_000);
  return [
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
}

const benchmark: Benchmark = {
  name: 'inventory',
  async bench({ quick }) {
    const spec: InventorySqlSpec =
      sizeFromEnv() ??
      (quick
        ? { users: 1_000, tools: 100, days: 60, seed: 7 }
        : { users: 50_000, tools: 2_000, days: 365, seed: 7 });
    const exportToo = process.env.LANTERN_BENCH_INVENTORY_EXPORT !== '0';
    const only = process.env.LANTERN_BENCH_INVENTORY_ONLY;
    const sqlite =
      only === 'postgres'
        ? undefined
        : await measure(
            'SQLite',
            spec,
            () => sqliteInventory(spec, !quick),
            quick,
            exportToo ? (url) => evidenceExport(url, quick) : undefined,
          );
    const pgUrl = process.env.LANTERN_BENCH_POSTGRES_URL ?? process.env.LANTERN_TEST_POSTGRES_URL;
    const pg =
      pgUrl && only !== 'sqlite'
        ? await measure('PostgreSQL', spec, () => pgInventory(pgUrl, spec, !quick), quick)
        : undefined;
    return {
      rows: [
        ...(sqlite?.rows ?? [{ metric: 'SQLite: skipped (LANTERN_BENCH_INVENTORY_ONLY)', value: 'skipped' }]),
        ...(pg?.rows ?? [
          { metric: 'PostgreSQL: skipped (LANTERN_TEST_POSTGRES_URL is not set)', value: 'skipped' },
        ]),
      ],
      details: { sqlite: sqlite?.details, postgres: pg?.details },
    };
  },
};

export default benchmark;
