/**
 * The same ingest and inventory on PostgreSQL (when LANTERN_TEST_POSTGRES_URL is set), in fresh
 * schemas dropped afterwards; and ingest through two server processes against one database, which
 * is how PostgreSQL deployments scale out.
 */
import { createCaller, createDatabase } from '@lantern/server';
import type { Benchmark, BenchRow } from './harness';
import { prepareDatabase } from './lib/fixture';
import { BATCH_SIZE, planBatches, pushAll, startServers } from './lib/ingest-run';
import { latencySummary, round } from './lib/load';
import { freshPgDatabase } from './lib/pg-database';
import { loadPgInventory } from './lib/pg-inventory';

async function ingestWith(
  url: string,
  processes: number,
  plan: { devices: number; batches: number; concurrency: number },
) {
  const db = await prepareDatabase({ postgresUrl: url });
  try {
    const set = await startServers(db, processes, plan.devices, `pg-${processes}`);
    try {
      const batches = planBatches(plan, db.policy, processes);
      const cpu = () => set.servers.reduce((sum, s) => sum + s.cpuSeconds(), 0);
      const cpu0 = cpu();
      const r = await pushAll(
        set.servers.map((s) => s.url),
        set.devices,
        batches,
        plan.concurrency,
      );
      return {
        eventsPerSecond: (r.count * BATCH_SIZE) / r.seconds,
        latency: latencySummary(r.latencies),
        // Of the server processes only: PostgreSQL's own work is not in it.
        serverCpuMicrosPerEvent: ((cpu() - cpu0) * 1e6) / (r.count * BATCH_SIZE),
        errors: r.errors,
        errorSamples: r.errorSamples,
      };
    } finally {
      await set.stop();
    }
  } finally {
    await db.cleanup();
  }
}

async function inventoryOn(baseUrl: string, quick: boolean) {
  const spec = quick
    ? { users: 500, tools: 50, days: 30, seed: 7 }
    : { users: 5_000, tools: 300, days: 90, seed: 7 };
  const fresh = await freshPgDatabase(baseUrl, 'inventory');
  try {
    const started = performance.now();
    const rows = await loadPgInventory(fresh.url, spec);
    const loadSeconds = (performance.now() - started) / 1000;
    const handle = createDatabase(fresh.url);
    try {
      const caller = createCaller({
        db: handle.db,
        dialect: handle.dialect,
        auth: {
          kind: 'staff',
          role: 'auditor',
          tokenId: 'bench',
          name: 'bench',
          via: 'bearer',
          csrfOk: true,
          sessionId: null,
        },
      });
      const top = await caller.admin.inventory.tools({ limit: 20 });
      const time = async (n: number, f: (i: number) => Promise<unknown>) => {
        const ms: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          await f(i);
          ms.push(performance.now() - t);
        }
        return latencySummary(ms.sort((a, b) => a - b));
      };
      const list = await time(quick ? 3 : 20, () => caller.admin.inventory.tools({}));
      const detail = await time(quick ? 3 : 20, (i) =>
        caller.admin.inventory.tool({ toolId: top.rows[i % top.rows.length]!.toolId }),
      );
      return { spec, rows, loadSeconds, list, detail };
    } finally {
      await handle.close();
    }
  } finally {
    await fresh.drop();
  }
}

const benchmark: Benchmark = {
  name: 'postgres',
  async bench({ quick }) {
    const url = process.env.LANTERN_TEST_POSTGRES_URL;
    if (!url)
      return { rows: [{ metric: 'skipped: LANTERN_TEST_POSTGRES_URL is not set', value: 'skipped' }] };
    const plan = quick
      ? { devices: 4, batches: 12, concurrency: 4 }
      : { devices: 50, batches: 200, concurrency: 8 };
    const one = await ingestWith(url, 1, plan);
    const two = await ingestWith(url, 2, plan);
    const inv = await inventoryOn(url, quick);
    const growth = two.eventsPerSecond / one.eventsPerSecond;
    const errors = one.errors + two.errors;
    const rows: BenchRow[] = [
      {
        metric: `sync.push into PostgreSQL, 1 server process (${plan.concurrency} at once)`,
        value: round(one.eventsPerSecond, 0),
        unit: 'events/s',
      },
      { metric: '  push p50 (100-event batches)', value: round(one.latency.p50), unit: 'ms' },
      { metric: '  push p99 (100-event batches)', value: round(one.latency.p99), unit: 'ms' },
      { metric: '  server CPU per event', value: round(one.serverCpuMicrosPerEvent, 1), unit: 'µs' },
      { metric: '2 server processes, one database', value: round(two.eventsPerSecond, 0), unit: 'events/s' },
      { metric: '  push p50 (100-event batches)', value: round(two.latency.p50), unit: 'ms' },
      { metric: '  push p99 (100-event batches)', value: round(two.latency.p99), unit: 'ms' },
      {
        metric: '  server CPU per event (both processes)',
        value: round(two.serverCpuMicrosPerEvent, 1),
        unit: 'µs',
      },
      {
        metric: 'throughput with 2 processes / 1 process',
        value: round(growth, 2),
        unit: 'x',
        goal: '> 1 (grows)',
        ok: growth > 1,
      },
      { metric: 'push errors', value: errors, goal: '0', ok: errors === 0 },
      {
        metric: `inventory data: ${inv.spec.users} users, ${inv.spec.tools} tools, ${inv.spec.days} days`,
        value: round(((inv.rows.usage_days ?? 0) + (inv.rows.tool_user_days ?? 0)) / 1e6, 2),
        unit: 'M day rows',
      },
      {
        metric: 'inventory list on PostgreSQL: p95',
        value: round(inv.list.p95),
        unit: 'ms',
        goal: '<= 100 ms',
        ok: inv.list.p95 <= 100,
      },
      {
        metric: 'tool detail on PostgreSQL: p95',
        value: round(inv.detail.p95),
        unit: 'ms',
        goal: '<= 100 ms',
        ok: inv.detail.p95 <= 100,
      },
    ];
    return { rows, details: { plan, one, two, inventory: inv } };
  },
};

export default benchmark;
