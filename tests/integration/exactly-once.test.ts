import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncEvent, ToolId } from '@lantern/shared';
import { BrowserModel } from './lib/browser-model';
import { FaultCluster } from './lib/fault-cluster';
import type { Fault } from './lib/fault-proxy';
import { checkServerAgainst, type Expected } from './lib/exactly-once-check';

/**
 * Exactly once under faults: random programs of browser activity, pushes through a hostile network,
 * server `kill -9`s, worker restarts and clock skew, run against the real sync engine and a real
 * server process. After healing, the server must hold every recorded event exactly once and the
 * browser's day totals. `pnpm test:soak` runs ≥ 1,000 programs.
 */
const SOAK = process.env.LANTERN_SOAK === '1';
const RUNS = SOAK ? Number(process.env.LANTERN_SOAK_RUNS ?? 1000) : 15;
const TOOLS: ToolId[] = ['chatgpt', 'claude', 'gemini', 'perplexity', 'github-copilot'];
const DAYS = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'];

interface Real {
  browser: BrowserModel;
  cluster: FaultCluster;
}
type Cmd = fc.AsyncCommand<Expected, Real>;

const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Fault>({ kind: 'pass' }) },
  { weight: 2, arbitrary: fc.constant<Fault>({ kind: 'drop' }) },
  { weight: 3, arbitrary: fc.constant<Fault>({ kind: 'lose-response' }) },
  { weight: 2, arbitrary: fc.constant<Fault>({ kind: 'duplicate' }) },
  { weight: 2, arbitrary: fc.constant<Fault>({ kind: 'replay-later' }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map<Fault>((ms) => ({ kind: 'delay', ms })) },
  { weight: 1, arbitrary: fc.constant<Fault>({ kind: 'unavailable' }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 120 })
      .map<Fault>((s) => ({ kind: 'throttle', retryAfterSeconds: s })),
  },
);

const describeFaults = (f: Fault[]) => f.map((x) => x.kind).join(',');

class CountUsage implements Cmd {
  constructor(
    readonly tool: ToolId,
    readonly day: string,
    readonly visits: number,
    readonly seconds: number,
  ) {}
  check = () => true;
  async run(m: Expected, r: Real) {
    await r.browser.countUsage(this.tool, this.day, this.visits, this.seconds);
    const key = `${this.tool}|visit|${this.day}`;
    const old = m.usage.get(key) ?? { visits: 0, activeSeconds: 0 };
    m.usage.set(key, {
      visits: old.visits + this.visits,
      activeSeconds: Math.min(86_400, old.activeSeconds + this.seconds),
    });
  }
  toString = () => `count(${this.tool},${this.day},${this.visits},${this.seconds})`;
}

const RECORDS: Record<
  Expected['records'][number]['table'],
  (tool: ToolId) => (id: string, at: number) => SyncEvent
> = {
  registrations: (toolId) => (id, at) => ({
    id,
    at,
    kind: 'registration',
    toolId,
    purposeCategory: 'drafting',
    purposeText: 'Drafting emails',
    dataClasses: ['internal'],
    affectsPeople: false,
  }),
  justifications: (toolId) => (id, at) => ({
    id,
    at,
    kind: 'justification',
    toolId,
    reason: 'Needed for the quarterly report',
  }),
  requests: (toolId) => (id, at) => ({
    id,
    at,
    kind: 'approval_request',
    toolId,
    reason: 'Our team would like to use it',
  }),
};

class RecordAct implements Cmd {
  constructor(
    readonly table: keyof typeof RECORDS,
    readonly tool: ToolId,
  ) {}
  check = () => true;
  async run(m: Expected, r: Real) {
    const id = await r.browser.record(RECORDS[this.table](this.tool));
    m.records.push({ table: this.table, id });
  }
  toString = () => `record(${this.table},${this.tool})`;
}

class Push implements Cmd {
  constructor(readonly faults: Fault[]) {}
  check = () => true;
  async run(_m: Expected, r: Real) {
    r.cluster.proxy.faults = [...this.faults];
    await r.browser.push();
    r.cluster.proxy.faults = [];
  }
  toString = () => `push[${describeFaults(this.faults)}]`;
}

const MAX_KILLS = SOAK ? 3 : 1;

class KillServerMidPush implements Cmd {
  constructor(readonly afterMs: number) {}
  check = (m: Readonly<Expected>) => m.kills < MAX_KILLS;
  async run(m: Expected, r: Real) {
    m.kills += 1;
    const pending: { killing: Promise<void> | null } = { killing: null };
    r.cluster.proxy.onForward = () => {
      r.cluster.proxy.onForward = null;
      pending.killing = new Promise((resolve) => setTimeout(resolve, this.afterMs)).then(() =>
        r.cluster.server.kill9(),
      );
    };
    await r.browser.push();
    r.cluster.proxy.onForward = null;
    if (pending.killing) await pending.killing;
    await r.cluster.kill9AndRestart();
  }
  toString = () => `kill9MidPush(${this.afterMs}ms)`;
}

class RestartWorkerMidPush implements Cmd {
  constructor(readonly fault: Fault) {}
  check = () => true;
  async run(_m: Expected, r: Real) {
    // The worker dies while its request is out: whatever the server does, this engine never learns it.
    let forwarded!: () => void;
    const seen = new Promise<void>((resolve) => (forwarded = resolve));
    r.cluster.proxy.faults = [this.fault];
    r.cluster.proxy.onForward = () => forwarded();
    const abandoned = r.browser.pushInBackground();
    await Promise.race([seen, abandoned, new Promise((resolve) => setTimeout(resolve, 200))]);
    r.browser.restartWorker();
    r.cluster.proxy.onForward = null;
    r.cluster.proxy.faults = [];
  }
  toString = () => `restartWorkerMidPush[${this.fault.kind}]`;
}

class SkewClock implements Cmd {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(_m: Expected, r: Real) {
    r.browser.skewClock(this.ms);
  }
  toString = () => `skew(${this.ms})`;
}

const commands = [
  fc
    .tuple(
      fc.constantFrom(...TOOLS),
      fc.constantFrom(...DAYS),
      fc.integer({ min: 0, max: 50 }),
      fc.integer({ min: 0, max: 3_600 }),
    )
    .map(([t, d, v, s]) => new CountUsage(t, d, v, s)),
  fc
    .tuple(
      fc.constantFrom<keyof typeof RECORDS>('registrations', 'justifications', 'requests'),
      fc.constantFrom(...TOOLS),
    )
    .map(([k, t]) => new RecordAct(k, t)),
  fc.array(faultArb, { minLength: 1, maxLength: 4 }).map((f) => new Push(f)),
  fc.integer({ min: 0, max: 15 }).map((ms) => new KillServerMidPush(ms)),
  faultArb.map((f) => new RestartWorkerMidPush(f)),
  fc.integer({ min: -36 * 3_600_000, max: 36 * 3_600_000 }).map((ms) => new SkewClock(ms)),
];

describe('exactly once under faults', () => {
  const cluster = new FaultCluster();
  beforeAll(async () => cluster.start());
  afterAll(async () => cluster.close());

  // Printed up front, so a run that fails after the property (the fault-kind check below) can be
  // replayed too: LANTERN_SOAK_SEED=<seed>.
  const SEED = process.env.LANTERN_SOAK_SEED ? Number(process.env.LANTERN_SOAK_SEED) : Date.now() % 2 ** 31;
  console.log(`exactly-once: seed ${SEED} (replay with LANTERN_SOAK_SEED=${SEED})`);

  it(
    `stores every event once and the browser's totals, over ${RUNS} randomized runs`,
    async () => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: SOAK ? 40 : 25, size: '+1' }), async (cmds) => {
          runs += 1;
          const expected: Expected = { kills: 0, usage: new Map(), records: [] };
          const browser = new BrowserModel(cluster.proxy.url, Date.UTC(2026, 10, 23, 9));
          try {
            const deviceId = await browser.enrol(cluster.enrollmentToken);
            await fc.asyncModelRun(() => ({ model: expected, real: { browser, cluster } }), cmds);
            // Heal: the network behaves, the worker wakes on its alarm and drains the outbox.
            cluster.proxy.faults = [];
            browser.restartWorker();
            for (let i = 0; i < 20 && (await browser.outboxSize()) > 0; i += 1) {
              await browser.clearBackoff();
              await browser.push();
            }
            expect(await browser.outboxSize(), 'outbox drained after healing').toBe(0);
            expect(await browser.dropped(), 'nothing dropped by the store bound').toBe(0);
            expect(await browser.dayTotals()).toEqual(expected.usage);
            checkServerAgainst(cluster, deviceId, expected);
          } finally {
            await browser.close();
          }
        }),
        { numRuns: RUNS, endOnFailure: true, seed: SEED },
      );
      expect(runs).toBe(RUNS);
      // The runs really were hostile. A fault only counts when a request met it, so in CI's 15 random
      // runs one kind can go unmet by chance (it did once); the soak's 1,000 runs must meet every kind.
      const kinds = ['drop', 'lose-response', 'duplicate', 'replay-later'] as const;
      const met = kinds.filter((kind) => cluster.proxy.counts[kind] > 0);
      if (SOAK) expect(met).toEqual([...kinds]);
      else expect(met.length, `faults met: ${met.join(', ')}`).toBeGreaterThanOrEqual(3);
    },
    SOAK ? 24 * 3_600_000 : 120_000,
  );
});
