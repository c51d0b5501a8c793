import { loadavg } from 'node:os';
import { PROTOCOL_VERSION, uuidv7, type SyncEvent } from '@lantern/shared';
import type { BenchDevice } from './devices';
import { VISITED_TOOLS, dayOf, popular, prng, pushBody, type PolicyRef } from './events';
import { loopbackAddress, type HttpClient, type HttpResponse } from './http-client';
import { latencySummary } from './load';

/**
 * A peak working hour, per device: a pull every 300 s (the default pullIntervalSeconds); a push of
 * the day's totals after 15% of its one-minute sync ticks (the share of minutes someone spends in an
 * AI tool); and the fleet's rollout spread over two hours (enrolments).
 */
export const PER_DEVICE = { pullsPerSecond: 1 / 300, pushesPerSecond: 0.15 / 60, rolloutSeconds: 7200 };

export interface StepResult {
  virtualDevices: number;
  seconds: number;
  offeredPerSecond: number;
  sent: { pull: number; push: number; enrol: number };
  errors: number;
  errorSamples: string[];
  /** Requests never sent because too many were already waiting: the server fell behind. */
  dropped: number;
  latency: {
    all: ReturnType<typeof latencySummary>;
    pull: ReturnType<typeof latencySummary>;
    push: ReturnType<typeof latencySummary>;
    enrol: ReturnType<typeof latencySummary>;
  };
  serverCpu: number;
  /** Server CPU time per completed request (independent of how much of a shared core it got). */
  cpuMicrosPerRequest: number;
  /** The machine's one-minute load average at the end of the step (2 cores: above 2 is contention). */
  loadAverage: number;
}

export interface FleetContext {
  client: HttpClient;
  devices: readonly BenchDevice[];
  configVersion: number;
  enrollmentToken: string;
  policy: PolicyRef;
  /** How many extra enrolments were done so far (each from a fresh loopback address). */
  enrolled: { count: number };
  cpuSeconds: () => number;
}

/**
 * Offers the load of `virtualDevices` devices for `seconds` (open loop: requests go out on schedule
 * whether or not earlier ones answered, and latency counts from when a request was due). A virtual
 * device maps onto one of the real device tokens; none comes near its own rate limit.
 */
export async function runStep(
  ctx: FleetContext,
  virtualDevices: number,
  seconds: number,
  maxInFlight: number,
): Promise<StepResult> {
  const rand = prng(virtualDevices);
  const pullRate = virtualDevices * PER_DEVICE.pullsPerSecond;
  const pushRate = virtualDevices * PER_DEVICE.pushesPerSecond;
  const enrolRate = virtualDevices / PER_DEVICE.rolloutSeconds;
  const total = pullRate + pushRate + enrolRate;
  const lat = { pull: [] as number[], push: [] as number[], enrol: [] as number[] };
  const sent = { pull: 0, push: 0, enrol: 0 };
  const errorSamples: string[] = [];
  let errors = 0;
  let dropped = 0;
  let inFlight = 0;
  const day = dayOf(Date.now());
  // As the extension sends it (extension/src/sync/device-api.ts): a POST with the input as JSON.
  const pullBody = { protocolVersion: PROTOCOL_VERSION, configVersion: ctx.configVersion };

  const record =
    (kind: 'pull' | 'push' | 'enrol', ok: (r: HttpResponse) => boolean) => (res: HttpResponse) => {
      inFlight--;
      lat[kind].push(res.ms);
      if (!ok(res)) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(`${kind}: ${res.status} ${res.body.slice(0, 200)}`);
      }
    };

  const fire = (due: number): Promise<void> => {
    const roll = rand() * total;
    inFlight++;
    if (roll < enrolRate) {
      sent.enrol++;
      const i = ctx.enrolled.count++;
      return ctx.client
        .send('/trpc/device.enroll', {
          body: {
            protocolVersion: PROTOCOL_VERSION,
            enrollmentToken: ctx.enrollmentToken,
            userEmail: `late${i}@bench.example`,
            browser: 'chrome',
            browserVersion: '142.0.7444.59',
            extensionVersion: '0.1.0',
          },
          localAddress: loopbackAddress(1_000_000 + i),
          startedAt: due,
        })
        .then(record('enrol', (r) => r.status === 200));
    }
    const device = ctx.devices[Math.floor(rand() * ctx.devices.length)]!;
    if (roll < enrolRate + pullRate) {
      sent.pull++;
      return ctx.client
        .send('/trpc/sync.pull', { body: pullBody, token: device.token, startedAt: due })
        .then(record('pull', (r) => r.status === 200 && r.body.includes('"unchanged":true')));
    }
    sent.push++;
    return ctx.client
      .send('/trpc/sync.push', {
        body: pushBody(dayTotals(device, day, rand, ctx.policy)),
        token: device.token,
        startedAt: due,
      })
      .then(record('push', (r) => r.status === 200));
  };

  const cpu0 = ctx.cpuSeconds();
  const started = performance.now();
  const pending = new Set<Promise<void>>();
  let offered = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      const elapsed = Math.min(now - started, seconds * 1000);
      const due = Math.floor((total * elapsed) / 1000);
      for (; offered < due; offered++) {
        const at = started + (offered * 1000) / total;
        if (inFlight >= maxInFlight) {
          dropped++;
          continue;
        }
        const p = fire(at);
        pending.add(p);
        void p.then(() => pending.delete(p));
      }
      if (elapsed >= seconds * 1000) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  await Promise.all(pending);
  const wall = (performance.now() - started) / 1000;
  const serverCpu = (ctx.cpuSeconds() - cpu0) / wall;
  const completed = lat.pull.length + lat.push.length + lat.enrol.length;
  const cpuMicrosPerRequest = (serverCpu * wall * 1e6) / Math.max(1, completed);
  const sort = (a: number[]) => a.sort((x, y) => x - y);
  return {
    virtualDevices,
    seconds,
    offeredPerSecond: total,
    sent,
    errors,
    errorSamples,
    dropped,
    latency: {
      all: latencySummary(sort([...lat.pull, ...lat.push, ...lat.enrol])),
      pull: latencySummary(sort(lat.pull)),
      push: latencySummary(sort(lat.push)),
      enrol: latencySummary(sort(lat.enrol)),
    },
    serverCpu,
    cpuMicrosPerRequest,
    loadAverage: loadavg()[0]!,
  };
}

/** Today's totals for one to three of the device's tools; now and then a registration or an acknowledgement. */
function dayTotals(device: BenchDevice, day: string, rand: () => number, policy: PolicyRef): SyncEvent[] {
  const at = Date.now();
  const minutes = Math.floor((at / 60_000) % 1440);
  const n = 1 + Math.floor(rand() * 3);
  const events: SyncEvent[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < n; k++) {
    const toolId = VISITED_TOOLS[popular(rand, VISITED_TOOLS.length)]!;
    if (seen.has(toolId)) continue;
    seen.add(toolId);
    const visits = 1 + ((device.index + minutes) % 200);
    events.push({
      id: uuidv7(at),
      at,
      kind: 'usage',
      toolId,
      signal: 'visit',
      day,
      visits,
      activeSeconds: Math.min(86_400, visits * 45),
    });
  }
  const roll = rand();
  if (roll < 0.01) {
    events.push({
      id: uuidv7(at),
      at,
      kind: 'registration',
      toolId: events[0]!.kind === 'usage' ? events[0].toolId : 'chatgpt',
      purposeCategory: 'drafting',
      purposeText: 'Drafting internal notes',
      dataClasses: ['internal'],
      affectsPeople: false,
    });
  } else if (roll < 0.015) {
    events.push({
      id: uuidv7(at),
      at,
      kind: 'acknowledgement',
      policyVersion: policy.version,
      policySha256: policy.sha256,
      toolId: null,
      conditionsSha256: null,
    });
  }
  return events;
}
