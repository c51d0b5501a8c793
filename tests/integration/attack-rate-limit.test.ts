import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { bearer, enrolOverHttp } from './lib/attack-client';
import { FaultCluster } from './lib/fault-cluster';
import { startServerProcess } from './lib/server-process';

/**
 * One flooding device gets 429 with Retry-After while the other devices are served as usual: their
 * p99 latency stays within 2× of the same workload without the flood. The server runs as its own
 * process with the production rate limit, so the flood costs it what it would cost in real life.
 *
 * The two workloads alternate over two rounds and each p99 is taken over all its rounds' samples:
 * with 90 samples, as before, the p99 was the single slowest pull, and one scheduler stall on the
 * shared CI machine failed the test (session 21's CI). Alternating also puts any slow moment of the
 * machine into both sides.
 */
const DEFAULT_RATE_LIMIT = { capacity: 120, refillPerSecond: 2 };
const pull = { protocolVersion: PROTOCOL_VERSION, configVersion: 0 };
/**
 * Six victims pulling 5 + 2 × (25 + 25) times each stay inside their own 120-request burst, and give
 * each side 300 samples, so its p99 is the fourth slowest pull rather than the slowest.
 */
const VICTIMS = 6;
const ROUNDS = 2;
const PULLS_PER_ROUND = 25;

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!;
}

describe('rate limit against a flooding device', () => {
  const cluster = new FaultCluster();
  let base = '';
  let victims: string[] = [];
  let flooder = '';

  beforeAll(async () => {
    cluster.server = await startServerProcess({
      databaseUrl: cluster.databaseUrl,
      seedTokens: true,
      rateLimit: DEFAULT_RATE_LIMIT,
    });
    base = cluster.server.url;
    const token = cluster.server.tokens!.enrollment;
    flooder = (await enrolOverHttp(base, token, 'flood@example.com')).deviceToken;
    victims = [];
    for (let i = 0; i < VICTIMS; i += 1)
      victims.push((await enrolOverHttp(base, token, `v${i}@example.com`)).deviceToken);
  });
  afterAll(async () => cluster.close());

  /** Each victim pulls `n` times in a row (well inside its own budget); returns every latency and status. */
  async function victimsWork(n: number): Promise<{ ms: number[]; statuses: number[] }> {
    const ms: number[] = [];
    const statuses: number[] = [];
    await Promise.all(
      victims.map(async (token) => {
        for (let i = 0; i < n; i += 1) {
          const t = performance.now();
          const res = await fetch(`${base}/trpc/sync.pull`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...bearer(token) },
            body: JSON.stringify(pull),
          });
          await res.arrayBuffer();
          ms.push(performance.now() - t);
          statuses.push(res.status);
        }
      }),
    );
    return { ms, statuses };
  }

  it('throttles the flooder with Retry-After and keeps the others within 2× of normal', async () => {
    await victimsWork(5); // warm up
    // The flooder first spends its burst allowance; from then on it is over its limit.
    const floodOnce = () =>
      fetch(`${base}/trpc/sync.pull`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(flooder) },
        body: JSON.stringify(pull),
      });
    let burnt = false;
    while (!burnt) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const r = await floodOnce();
          await r.arrayBuffer();
          return r.status;
        }),
      );
      burnt = batch.includes(429);
    }
    const flood = { sent: 0, throttled: 0, retryAfter: new Set<string>() };
    /** Measures the victims while four connections flood; the flooder stays over its limit throughout. */
    async function underFloodWork(n: number) {
      let stop = false;
      const flooding = Promise.all(
        Array.from({ length: 4 }, async () => {
          while (!stop) {
            const res = await floodOnce();
            await res.arrayBuffer();
            flood.sent += 1;
            if (res.status === 429) {
              flood.throttled += 1;
              flood.retryAfter.add(res.headers.get('retry-after') ?? 'missing');
            }
          }
        }),
      );
      await new Promise((r) => setTimeout(r, 300));
      const work = await victimsWork(n);
      stop = true;
      await flooding;
      return work;
    }
    const normal = { ms: [] as number[], statuses: [] as number[] };
    const underFlood = { ms: [] as number[], statuses: [] as number[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      const quiet = await victimsWork(PULLS_PER_ROUND);
      normal.ms.push(...quiet.ms);
      normal.statuses.push(...quiet.statuses);
      const loud = await underFloodWork(PULLS_PER_ROUND);
      underFlood.ms.push(...loud.ms);
      underFlood.statuses.push(...loud.statuses);
    }

    expect(flood.throttled).toBeGreaterThan(flood.sent * 0.8);
    expect([...flood.retryAfter].every((v) => /^\d+$/.test(v) && Number(v) >= 1)).toBe(true);
    expect(normal.statuses.every((s) => s === 200)).toBe(true);
    expect(
      underFlood.statuses.every((s) => s === 200),
      'no victim was throttled',
    ).toBe(true);
    // A few ms of slack absorb scheduler noise on a shared 2-core machine.
    expect(p99(underFlood.ms)).toBeLessThanOrEqual(2 * p99(normal.ms) + 5);
  });
});
