import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7, type DecisionInput } from '@lantern/shared';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { setSettings } from '../db/repositories/config.repository';
import { applyRetention } from '../retention';
import { erasePerson } from '../rights/erase';
import { dialects, openTestDatabase, type TestDatabase } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { acknowledgement, approvalRequest, embedded, push, registration, usage } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { pick, prng, randomDayAndTime, testSeed } from '../../testing/random';
import { dayPeopleBothWays } from '../../testing/inventory/reference-counts';
import { overview, overviewFromScratch } from './overview';
import { inventoryTools, inventoryToolsFromScratch } from './tools';

const DAY = 86_400_000;
const TOOLS = ['chatgpt', 'claude', 'gemini', 'perplexity', 'openai-platform', 'meta-ai'];
const PURPOSES = ['drafting', 'coding', 'recruitment-hr', 'research'] as const;
const CLASSES = [['internal'], ['public'], ['internal', 'personal'], ['personal', 'confidential']] as const;

/** A push's worth of random events: usage and embedded day totals, registrations, requests. */
function randomEvents(rand: () => number, now: number, policy: { version: number; sha256: string }) {
  return Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
    const toolId = pick(rand, TOOLS);
    const { day, at } = randomDayAndTime(rand, now, 40);
    const r = rand();
    if (r < 0.1)
      return registration({
        toolId,
        purposeCategory: pick(rand, PURPOSES),
        dataClasses: [...pick(rand, CLASSES)],
      });
    if (r < 0.15) return approvalRequest({ toolId });
    if (r < 0.18) return acknowledgement(policy.version, policy.sha256);
    if (r < 0.3) return embedded({ id: uuidv7(at), toolId: 'openai-platform', day, at, requests: 2 });
    return usage({ id: uuidv7(at), toolId, day, at, visits: 1 + Math.floor(rand() * 9) });
  });
}

/** What the cached (incremental) list and overview say equals what they compute from scratch. */
async function expectSameAsFromScratch(t: TestDatabase, at: number, step: string) {
  const list = await inventoryTools(t.db, at);
  expect([step, list]).toEqual([step, await inventoryToolsFromScratch(t.db, at)]);
  expect([step, await overview(t.db, at)]).toEqual([step, await overviewFromScratch(t.db, at)]);
  // A tool page's people per day: maintained (migration 0020) equal counted from scratch.
  const days = Object.values(await dayPeopleBothWays(t.db, TOOLS)).flatMap((d) => Object.values(d));
  expect([step, days.filter(([scratch, kept]) => scratch !== kept)]).toEqual([step, []]);
  return list;
}

/** An organisation of 8 people with a browser each, an admin and a published policy. */
async function organisation(t: TestDatabase) {
  const f = fixture(t);
  const admin = await f.callerFor(await f.staffToken('admin'));
  const publish = (body: string) =>
    admin.admin.policies.publish({ title: 'AI use', body, changeSummary: null });
  const org = {
    admin,
    policy: await publish('# Rules\n'),
    publish,
    devices: [] as Array<Awaited<ReturnType<typeof f.device>> & { email: string }>,
    async enrol(p: number) {
      const email = `person${p}@example.com`;
      org.devices.push({ ...(await f.device(email)), email });
    },
  };
  for (let p = 0; p < 8; p++) await org.enrol(p);
  return org;
}

type Org = Awaited<ReturnType<typeof organisation>>;

async function randomDecision(org: Org, rand: () => number) {
  const status = pick(rand, ['approved', 'conditional', 'prohibited'] as const);
  const d: DecisionInput = {
    toolId: pick(rand, [...TOOLS, 'grok']),
    status,
    enforcement: status === 'prohibited' ? 'block' : 'inform',
    conditions: null,
    allowedDataClasses: status === 'conditional' ? ['internal'] : [],
    alternativeToolId: null,
  };
  await org.admin.admin.decisions.set(d);
}

async function erase(t: TestDatabase, org: Org, email: string, now: number) {
  const user = await t.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  await t.db.transaction().execute((trx) => erasePerson(trx, user.id, now));
  org.devices = org.devices.filter((d) => d.email !== email);
}

/** Now and then, something other than usage: a decision, a revocation, a new browser, an erasure… */
async function randomChange(t: TestDatabase, org: Org, rand: () => number, now: number, round: number) {
  const r = rand();
  if (r < 0.15) await randomDecision(org, rand);
  else if (r < 0.25 && org.devices.length > 2) {
    const d = pick(rand, org.devices);
    await org.admin.admin.devices.revoke({ id: d.deviceId });
    org.devices = org.devices.filter((x) => x !== d);
  } else if (r < 0.32) await org.enrol(8 + round);
  else if (r < 0.38 && org.devices.length > 2) await erase(t, org, pick(rand, org.devices).email, now);
  else if (r < 0.42) {
    await setSettings(t.db, { retentionDays: 20 + Math.floor(rand() * 40) });
    await applyRetention(t.db, now);
  } else if (r < 0.45) org.policy = await org.publish(`# Rules ${round}\n`);
}

describe.each(dialects)('the inventory recomputed after writes on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });

  it('equals the list and overview computed from scratch after random writes', async () => {
    const rand = prng(testSeed(`incremental inventory on ${dialect}`));
    await t.reset();
    const now = Date.now();
    const org = await organisation(t);
    await expectSameAsFromScratch(t, now, 'start');
    let reused = 0;
    for (let round = 0; round < 14; round++) {
      const before = new Set(await inventoryTools(t.db, now));
      await Promise.all(
        org.devices
          .filter(() => rand() < 0.4)
          .map((d) => d.caller.sync.push(push(randomEvents(rand, now, org.policy)))),
      );
      await randomChange(t, org, rand, now, round);
      const after = await expectSameAsFromScratch(t, now, `round ${round}`);
      // Rows of tools no write touched are the very rows computed before: recomputed incrementally.
      reused += after.filter((row) => before.has(row)).length;
    }
    expect(reused).toBeGreaterThan(0);
    for (const later of [1, 8, 31]) await expectSameAsFromScratch(t, now + later * DAY, `+${later} days`);
  }, 240_000);
});

describe.each(dialects)('the inventory of two server instances on one %s database', (dialect) => {
  it('shows in one instance the writes made through the other', async () => {
    // Two handles on one database, each with its own pool and caches, as two server processes have.
    const dir = dialect === 'sqlite' ? mkdtempSync(join(tmpdir(), 'lantern-inv2-')) : null;
    const t = dir ? null : await openTestDatabase(dialect);
    const url = dir ? `sqlite:${join(dir, 'db.sqlite')}` : t!.url;
    const a = t ?? createDatabase(url);
    const b = createDatabase(url, { schema: t?.schema ?? undefined, poolSize: 2 });
    try {
      if (dir) await migrateToLatest(a.db);
      const now = Date.now();
      const fa = fixture({ db: a.db, dialect: a.dialect } as unknown as TestDatabase);
      const fb = fixture({ db: b.db, dialect: b.dialect } as unknown as TestDatabase);
      const ada = await fa.device('ada@example.com');
      await ada.caller.sync.push(push([usage({ toolId: 'chatgpt', at: now - 5000 })]));
      const row = async (toolId: string) =>
        (await inventoryTools(a.db, now)).find((r) => r.toolId === toolId);
      expect(await row('chatgpt')).toMatchObject({ users: 1, devices: 1 });
      const o0 = await overview(a.db, now);
      expect(o0).toMatchObject({ activeDevices: 1, activeUsers7d: 1, toolsKnown: 1 });

      // Through instance b: a second person uses ChatGPT and Claude, and an admin decides on Claude.
      const bob = await fb.device('bob@example.com');
      await bob.caller.sync.push(
        push([usage({ toolId: 'chatgpt', at: now - 4000 }), usage({ toolId: 'claude', at: now - 3000 })]),
      );
      expect(await row('chatgpt')).toMatchObject({ users: 2, devices: 2, users7d: 2 });
      expect(await row('claude')).toMatchObject({ users: 1, status: 'undecided' });
      expect(await overview(a.db, now)).toMatchObject({ activeDevices: 2, activeUsers7d: 2, toolsKnown: 2 });
      const admin = await fb.callerFor(await fb.staffToken('admin'));
      await admin.admin.decisions.set({
        toolId: 'claude',
        status: 'prohibited',
        enforcement: 'block',
        conditions: null,
        allowedDataClasses: [],
        alternativeToolId: null,
      });
      expect(await row('claude')).toMatchObject({ status: 'prohibited' });
      expect((await overview(a.db, now)).statuses).toMatchObject({ prohibited: 1, undecided: 1 });
      await admin.admin.devices.revoke({ id: bob.deviceId });
      expect(await overview(a.db, now)).toMatchObject({ activeDevices: 1 });
      expect(await inventoryTools(a.db, now)).toEqual(await inventoryToolsFromScratch(b.db, now));
      expect(await overview(a.db, now)).toEqual(await overviewFromScratch(b.db, now));
    } finally {
      await b.close();
      await a.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });
});
