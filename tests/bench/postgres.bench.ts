/**
 * The same ingest and inventory on PostgreSQL (when LANTERN_TEST_POSTGRES_URL is set), in fresh
 * schemas dropped afterwards; and ingest through two server processes against one database, which
 * is how PostgreSQL deployments scale out.
 */
import type { Benchmark, BenchRow } from './harness';
import { prepareDatabase } from './lib/fixture';
import { BATCH_SIZE, planBatches, pushAll, startServers } from './lib/ingest-run';
import { latencySummary, round } from './lib/load';
import { pgInventoryBench } from './lib/pg-inventory';

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
    const inv = await pgInventoryBench(url, quick);
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
      ...inv.rows,
    ];
    return { rows, details: { plan, one, two, inventory: inv.details } };
  },
};

export default benchmark;
