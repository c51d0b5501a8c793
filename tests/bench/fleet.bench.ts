/**
 * A simulated fleet against one server process on SQLite: the requests of N browsers in a peak hour
 * (pulls every 300 s, day-total pushes, the rollout's enrolments) offered open-loop, stepping N up
 * until p99 passes 250 ms, a request fails or the server falls behind.
 */
import { PROTOCOL_VERSION, type PullOutput } from '@lantern/shared';
import type { Benchmark, BenchRow } from './harness';
import { prepareDatabase } from './lib/fixture';
import { PER_DEVICE, runStep, type StepResult } from './lib/fleet-sim';
import { HttpClient, trpcData } from './lib/http-client';
import { round } from './lib/load';
import { provisionDevices } from './lib/provision';
import { serverRequestTimes } from './lib/server-log';
import { startServerProcess } from './lib/server-process';
import { cpus } from 'node:os';
import { join } from 'node:path';

const GOAL_DEVICES = 100_000;
const P99_MS = 250;

function holds(s: StepResult): boolean {
  return s.errors === 0 && s.dropped === 0 && s.latency.all.p99 <= P99_MS;
}

/** The first thing that broke in a failed step, in words. */
function whatGaveOut(s: StepResult): string {
  const parts: string[] = [];
  if (s.dropped > 0) parts.push(`server fell behind (${s.dropped} requests could not even be sent)`);
  if (s.errors > 0) parts.push(`${s.errors} failed requests (${s.errorSamples[0] ?? ''})`);
  if (s.latency.all.p99 > P99_MS) {
    const worst = s.latency.push.p99 >= s.latency.pull.p99 ? 'push' : 'pull';
    parts.push(`p99 ${round(s.latency.all.p99)} ms (worst: ${worst} p99 ${round(s.latency[worst].p99)} ms)`);
  }
  // CPU the offered load needed at the CPU cost measured in this step, against what the server got.
  const needed = (s.offeredPerSecond * s.cpuMicrosPerRequest) / 1e6;
  const oversubscribed = s.loadAverage > cpus().length;
  let cpu = `server process at ${round(s.serverCpu, 2)} of one core`;
  if (s.serverCpu > 0.85) cpu += ': its single event loop is the bottleneck';
  else if (needed > s.serverCpu * 1.05)
    cpu += `, the load needed ${round(needed, 2)} at ${round(s.cpuMicrosPerRequest)} µs per request: ${
      oversubscribed
        ? `the machine was oversubscribed (load average ${round(s.loadAverage, 1)} on ${cpus().length} cores), so it got less than a core`
        : 'with a core to spare, so its HTTP thread spent the rest of the time waiting rather than computing (on a SQLite file the commits and their fsync run in the writer thread; profile with LANTERN_BENCH_PROFILE=1 to see where)'
    }`;
  else
    cpu += `, which kept pace on average: the p99 comes from stalls (the event-loop delay rows of the ingest bench show how long)${
      oversubscribed
        ? `, and the machine was oversubscribed (load average ${round(s.loadAverage, 1)} on ${cpus().length} cores)`
        : ''
    }`;
  parts.push(cpu);
  return parts.join('; ');
}

const benchmark: Benchmark = {
  name: 'fleet',
  async bench({ quick }) {
    const plan = quick
      ? { provisioned: 300, steps: [5_000, 20_000], seconds: 2 }
      : {
          provisioned: GOAL_DEVICES,
          steps: [10_000, 25_000, 50_000, 100_000, 200_000, 400_000],
          seconds: 30,
        };
    const db = await prepareDatabase();
    const devices = provisionDevices(join(db.dir, 'lantern.db'), plan.provisioned, db.enrolmentTokenId);
    const logFile = join(db.dir, 'fleet.log');
    const server = await startServerProcess({ databaseUrl: db.databaseUrl, logFile }).catch(
      async (e: unknown) => {
        await db.cleanup();
        throw e;
      },
    );
    const client = new HttpClient(server.url, 256);
    try {
      const first = trpcData<PullOutput>(
        'sync.pull',
        await client.send('/trpc/sync.pull', {
          body: { protocolVersion: PROTOCOL_VERSION, configVersion: 0 },
          token: devices[0]!.token,
        }),
      );
      const ctx = {
        client,
        devices,
        configVersion: first.configVersion,
        enrollmentToken: db.enrollmentToken,
        policy: db.policy,
        enrolled: { count: 0 },
        cpuSeconds: () => server.cpuSeconds(),
      };
      const steps: StepResult[] = [];
      for (const n of plan.steps) {
        const step = await runStep(ctx, n, plan.seconds, 2_000);
        steps.push(step);
        if (!holds(step)) break;
      }
      const held = steps.filter(holds);
      const largest = held.length ? held[held.length - 1]!.virtualDevices : 0;
      const failed = steps.find((s) => !holds(s));
      const atGoal = steps.find((s) => s.virtualDevices === GOAL_DEVICES);
      const rows: BenchRow[] = steps.map((s) => ({
        metric: `${s.virtualDevices.toLocaleString('en')} devices, ${round(s.offeredPerSecond, 0)} req/s: p99 (push/pull)`,
        value: `${round(s.latency.all.p99)} (${round(s.latency.push.p99)}/${round(s.latency.pull.p99)})`,
        unit: `ms${s.errors + s.dropped > 0 ? `, ${s.errors} errors, ${s.dropped} dropped` : ''}`,
      }));
      // What one dedicated core could carry at the CPU cost measured here (a machine that is not
      // shared): requests/s = 1 s / CPU per request; devices = that / requests per device per second.
      const sent = (s: StepResult) => s.sent.pull + s.sent.push + s.sent.enrol;
      const cpuPerRequest =
        steps.reduce((a, s) => a + s.cpuMicrosPerRequest * sent(s), 0) /
        Math.max(
          1,
          steps.reduce((a, s) => a + sent(s), 0),
        );
      const perDevice =
        PER_DEVICE.pullsPerSecond + PER_DEVICE.pushesPerSecond + 1 / PER_DEVICE.rolloutSeconds;
      rows.push({
        metric: 'server CPU per request (the mix above)',
        value: round(cpuPerRequest),
        unit: 'µs',
      });
      rows.push({
        metric: 'fleet one dedicated core could carry at that CPU cost (estimate)',
        value: Math.round(1e6 / cpuPerRequest / perDevice),
        unit: 'devices',
      });
      rows.push({
        metric: 'largest fleet that holds (p99 <= 250 ms, no errors)',
        value: largest,
        unit: 'devices',
      });
      if (!quick) {
        rows.push({
          metric: `${GOAL_DEVICES.toLocaleString('en')} devices: p99, no errors`,
          value: atGoal ? round(atGoal.latency.all.p99) : 'not reached',
          unit: atGoal ? `ms, ${atGoal.errors + atGoal.dropped} errors` : '',
          goal: '<= 250 ms, 0 errors',
          ok: atGoal !== undefined && holds(atGoal),
        });
      } else {
        const errors = steps.reduce((a, s) => a + s.errors, 0);
        rows.push({
          metric: 'errors (quick mode: the simulation runs)',
          value: errors,
          goal: '0',
          ok: errors === 0,
        });
      }
      // The server logs each request at debug level; at the default level (as in production, whose
      // cost this benchmark includes) the log has no request lines to time.
      const inServer = serverRequestTimes(logFile);
      rows.push({
        metric: 'time inside the server (its request log): p50 / p99',
        value: inServer.count > 0 ? `${round(inServer.p50)} / ${round(inServer.p99)}` : 'not logged',
        unit: inServer.count > 0 ? 'ms' : '(requests are logged at debug level, the server runs at info)',
      });
      rows.push({
        metric: 'what gives out first',
        value: failed ? whatGaveOut(failed) : 'nothing up to the largest step',
      });
      return { rows, details: { plan, perDevice: PER_DEVICE, steps } };
    } finally {
      client.close();
      await server.stop();
      await db.cleanup();
    }
  },
};

export default benchmark;
