import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startServer, type RunningServer } from '@lantern/server';
import { setups, fixture, type TestDatabase, acknowledgement, push } from '@lantern/server/testing';

/**
 * Finding 6 of the outside test: evidence packs ran on the server's event loop, so 8 concurrent
 * downloads held /healthz for a minute. Here 8 auditors ask for the pack at once, again and again,
 * while /healthz is polled: its p99 must stay under 100 ms, at most one pack builds at a time (the
 * others get 503 with Retry-After), and a pack that is served is complete.
 *
 * The organisation: 60 devices × 400 acknowledgements = 24,000, pushed through the sync path (a
 * third of the outside test's 71k, which takes too long to build in a test; it is enough to block
 * the old server's loop for seconds). In-memory SQLite is not run: another thread cannot open it,
 * so the server builds such packs in-process (pack-builds.ts).
 */
const DEVICES = 60;
const ACKS_PER_DEVICE = 400;
const PARALLEL = 8;

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!;
}

async function plantAcknowledgements(t: TestDatabase): Promise<string> {
  const f = fixture(t);
  const adminToken = await f.staffToken('admin');
  const admin = await f.callerFor(adminToken);
  const policy = await admin.admin.policies.publish({
    title: 'AI policy',
    body: '# Policy\n',
    changeSummary: null,
  });
  for (let d = 0; d < DEVICES; d++) {
    const { caller } = await f.device(`person${d}@example.com`);
    // Stamped now: after the policy's publication and not in the future, as a real device's would be.
    const events = Array.from({ length: ACKS_PER_DEVICE }, () =>
      acknowledgement(policy.version, policy.sha256, { at: Date.now() }),
    );
    await caller.sync.push(push(events));
  }
  return f.staffToken('auditor');
}

/**
 * The auditors and the /healthz poller run in a child process, so the server is alone on this
 * process's event loop and what is measured is the server's own latency.
 */
const CLIENTS = `
const [base, token, parallel] = process.argv.slice(1);
const packs = { ok: 0, busy: 0, other: [], retryAfter: [], sizes: [] };
let stop = false;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function ask() {
  const res = await fetch(base + '/api/export/evidence.zip', { headers: { authorization: 'Bearer ' + token } });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status === 200) { packs.ok += 1; packs.sizes.push(body.length); }
  else if (res.status === 503) { packs.busy += 1; packs.retryAfter.push(res.headers.get('retry-after') ?? 'missing'); }
  else packs.other.push(res.status);
}
const health = [];
const baseline = [];
async function poll(into, until) {
  while (!until()) {
    const started = performance.now();
    const res = await fetch(base + '/healthz');
    await res.arrayBuffer();
    into.push(performance.now() - started);
    await sleep(20);
  }
}
// The machine's own noise first: /healthz for 3 s with no pack being built.
const quietUntil = performance.now() + 3000;
await poll(baseline, () => performance.now() > quietUntil);
const polling = poll(health, () => stop);
const deadline = setTimeout(() => (stop = true), 120000);
// Until two packs have been served: 8 ask at once; a refused one asks again a little later.
await Promise.all(Array.from({ length: Number(parallel) }, async () => {
  while (!stop && packs.ok < 2) { await ask(); await sleep(200); }
}));
stop = true;
clearTimeout(deadline);
await polling;
process.stdout.write(JSON.stringify({ baseline, health, packs }));
`;

interface ClientResult {
  baseline: number[];
  health: number[];
  packs: { ok: number; busy: number; other: number[]; retryAfter: string[]; sizes: number[] };
}

function runClients(base: string, token: string): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', CLIENTS, base, token, String(PARALLEL)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as ClientResult)
        : reject(new Error(`clients exited with ${code}`)),
    );
  });
}

const fileSetups = setups.filter((s) => s.name !== 'sqlite in memory');

describe.each(fileSetups)('evidence packs under load on $name', ({ open }) => {
  let t: TestDatabase;
  let server: RunningServer;
  let auditor = '';

  beforeAll(async () => {
    t = await open();
    auditor = await plantAcknowledgements(t);
    const acks = await t.db
      .selectFrom('acknowledgements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(acks.n)).toBe(DEVICES * ACKS_PER_DEVICE);
    // The rate limit is not what is tested here: the auditor may ask as often as it likes.
    server = await startServer({
      database: t,
      port: 0,
      logger: createLogger({ level: 'silent' }),
      rateLimit: { capacity: 1e6, refillPerSecond: 1e6 },
    });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  it('keeps /healthz p99 under 100 ms while 8 auditors ask for the pack at once', async () => {
    const { baseline, health, packs } = await runClients(server.url, auditor);
    console.log(
      `healthz: ${health.length} polls, p99 ${p99(health).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms ` +
        `(idle p99 ${p99(baseline).toFixed(1)} ms); packs ${packs.ok} served, ${packs.busy} refused`,
    );
    // 100 ms over what this machine gives an idle server: on an idle machine that is ~100 ms; on a
    // shared 2-core machine under load the scheduler alone adds tens of ms to every poll. The old
    // server held /healthz for seconds at a time.
    expect(p99(health)).toBeLessThan(100 + p99(baseline));
    expect(packs.other).toEqual([]);
    expect(packs.ok).toBeGreaterThanOrEqual(2);
    expect(packs.busy).toBeGreaterThan(0);
    expect(packs.retryAfter.every((v) => /^\d+$/.test(v) && Number(v) >= 1)).toBe(true);
    // Every served pack is the whole pack (the same acknowledgements, so sizes agree closely).
    expect(Math.min(...packs.sizes)).toBeGreaterThan(0.9 * Math.max(...packs.sizes));
    expect(health.length).toBeGreaterThan(20);
  }, 300_000);
});
