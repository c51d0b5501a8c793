/**
 * Unchanged-config pulls per second (the request every idle browser makes every few minutes) against
 * a /healthz baseline on the same server process in the same run: how close a pull gets to the
 * cheapest request the server can answer.
 */
import { PROTOCOL_VERSION, type PullOutput } from '@lantern/shared';
import type { Benchmark, BenchRow } from './harness';
import { prepareDatabase } from './lib/fixture';
import { HttpClient, trpcData } from './lib/http-client';
import { startServers } from './lib/ingest-run';
import { closedLoop, latencySummary, round, type LoadResult } from './lib/load';

const CONCURRENCY = 32;

const benchmark: Benchmark = {
  name: 'pull',
  async bench({ quick }) {
    // Enough devices that none nears its rate limit (120 burst, 2/s) however fast pulls go: at 20,000
    // pulls/s a device gets ~40 of them in quick mode and ~70 in full mode.
    const plan = quick ? { devices: 1000, enrol: 10, ms: 1000 } : { devices: 5000, enrol: 100, ms: 10_000 };
    const db = await prepareDatabase();
    const set = await startServers(db, 1, plan.enrol, 'pull', { provision: plan.devices }).catch(
      async (e: unknown) => {
        await db.cleanup();
        throw e;
      },
    );
    const client = new HttpClient(set.servers[0]!.url, CONCURRENCY);
    try {
      // What the extension sends (extension/src/sync/device-api.ts): a POST with the input as JSON.
      const body = (configVersion: number) => ({ protocolVersion: PROTOCOL_VERSION, configVersion });
      const first = trpcData<PullOutput>(
        'sync.pull',
        await client.send('/trpc/sync.pull', { body: body(0), token: set.devices[0]!.token }),
      );
      const current = body(first.configVersion);
      const healthz = () =>
        closedLoop({ concurrency: CONCURRENCY, durationMs: plan.ms, send: () => client.send('/healthz') });
      const pulls = () =>
        closedLoop({
          concurrency: CONCURRENCY,
          durationMs: plan.ms,
          send: (i) =>
            client.send('/trpc/sync.pull', {
              body: current,
              token: set.devices[i % set.devices.length]!.token,
            }),
          ok: (res) => res.status === 200 && res.body.includes('"unchanged":true'),
        });
      // Server CPU seconds spent per request: unlike req/s, it does not depend on how much of a
      // shared core the server got.
      const server = set.servers[0]!;
      const cpu = { healthz: 0, pull: 0 };
      const measured = async (kind: 'healthz' | 'pull', run: () => Promise<LoadResult>) => {
        const before = server.cpuSeconds();
        const r = await run();
        cpu[kind] += server.cpuSeconds() - before;
        return r;
      };
      // healthz, pull, healthz, pull: each figure is the mean of two runs, interleaved against drift.
      const h1 = await measured('healthz', healthz);
      const p1 = await measured('pull', pulls);
      const h2 = await measured('healthz', healthz);
      const p2 = await measured('pull', pulls);
      const rate = (a: LoadResult, b: LoadResult) => (a.count + b.count) / (a.seconds + b.seconds);
      const health = rate(h1, h2);
      const pull = rate(p1, p2);
      const ratio = pull / health;
      const lat = latencySummary([...p1.latencies, ...p2.latencies].sort((a, b) => a - b));
      const errors = h1.errors + h2.errors + p1.errors + p2.errors;
      const rows: BenchRow[] = [
        { metric: `GET /healthz (${CONCURRENCY} connections)`, value: round(health, 0), unit: 'req/s' },
        {
          metric: `sync.pull, config unchanged (${CONCURRENCY} connections)`,
          value: round(pull, 0),
          unit: 'req/s',
        },
        {
          metric: 'unchanged pulls / healthz',
          value: round(ratio * 100),
          unit: '%',
          goal: '>= 50 %',
          ok: ratio >= 0.5,
        },
        {
          metric: 'server CPU per request: /healthz',
          value: round((cpu.healthz * 1e6) / (h1.count + h2.count)),
          unit: 'µs',
        },
        {
          metric: 'server CPU per request: unchanged pull',
          value: round((cpu.pull * 1e6) / (p1.count + p2.count)),
          unit: 'µs',
        },
        { metric: 'pull p50 at that load', value: round(lat.p50, 2), unit: 'ms' },
        { metric: 'pull p99 at that load', value: round(lat.p99, 2), unit: 'ms' },
        {
          metric: `device.enroll (${set.enrolled}, 16 at once, fresh connection each)`,
          value: round(set.enrolled / set.enrolSeconds, 1),
          unit: '/s',
        },
        { metric: 'errors', value: errors, goal: '0', ok: errors === 0 },
      ];
      return {
        rows,
        details: {
          plan,
          healthz: [h1.perSecond, h2.perSecond],
          pull: [p1.perSecond, p2.perSecond],
          latency: lat,
          errorSamples: [...p1.errorSamples, ...p2.errorSamples, ...h1.errorSamples],
        },
      };
    } finally {
      client.close();
      await set.stop();
      await db.cleanup();
    }
  },
};

export default benchmark;
