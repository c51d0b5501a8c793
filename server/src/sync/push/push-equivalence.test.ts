import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type SyncEvent } from '@lantern/shared';
import type { Database } from '../../db/database';
import { dialects, openTestDatabase, type TestDatabase } from '../../../testing/databases';
import { pushEventsPerEvent } from '../../../testing/ingest/per-event-reference';
import { commitPushes, pushEvents } from './push';

/**
 * The folded push against the per-event code it replaced: the same randomized pushes (overlapping
 * keys, duplicates inside and across batches, resends, late and equal-time snapshots and
 * registrations, acknowledgements, self-reports) into two databases must leave every table equal —
 * one push per transaction, and several committed together as a group.
 */

const TOOLS = ['chatgpt', 'claude', 'gemini', 'github-copilot'];
const DAYS = ['2026-11-21', '2026-11-22', '2026-11-23'];
const SIGNALS = ['visit', 'extension', 'embedded'] as const;
const HOSTS = ['crm.example.com', 'wiki.example.com'];
const DEVICES = [
  { deviceId: 'dev-a', userId: 'user-1' },
  { deviceId: 'dev-b', userId: 'user-1' },
  { deviceId: 'dev-c', userId: 'user-2' },
];
const POLICY_SHA = 'a'.repeat(64);

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function workload(seed: number, pushes: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (n: number) => Math.floor(rand() * n);
  const base = Date.UTC(2026, 10, 23, 9);
  const sent: SyncEvent[][] = [];
  const out: Array<{ device: (typeof DEVICES)[number]; events: SyncEvent[]; now: number }> = [];
  const event = (): SyncEvent => {
    // Few distinct times, so equal times (and their tie rules) come up often.
    const at = base + int(6) * 1000;
    const id = uuidv7(at);
    const roll = rand();
    if (roll < 0.45)
      return {
        id,
        at,
        kind: 'usage',
        toolId: pick(TOOLS),
        signal: pick(SIGNALS),
        day: pick(DAYS),
        visits: int(4) === 0 ? 0 : int(20),
        activeSeconds: int(4) === 0 ? 0 : int(600),
      };
    if (roll < 0.55)
      return {
        id,
        at,
        kind: 'embedded_discovery',
        toolId: pick(TOOLS),
        initiatorHost: pick(HOSTS),
        endpointHost: pick(['api.openai.com', 'api.anthropic.com']),
        day: pick(DAYS),
        requests: 1 + int(9),
      };
    if (roll < 0.62)
      return {
        id,
        at,
        kind: 'extension_inventory',
        extensions: Array.from({ length: int(4) }, () => ({
          extensionId: pick(['a'.repeat(32), 'b'.repeat(32), 'c'.repeat(32)]),
          toolId: pick(TOOLS),
          name: 'An AI extension',
          enabled: rand() < 0.7,
        })),
      };
    if (roll < 0.72)
      return {
        id,
        at,
        kind: 'registration',
        toolId: pick(TOOLS),
        purposeCategory: 'drafting',
        purposeText: `purpose ${int(3)}`,
        dataClasses: ['internal'],
        affectsPeople: rand() < 0.5,
      };
    if (roll < 0.77) return { id, at, kind: 'registration_withdrawal', toolId: pick(TOOLS) };
    if (roll < 0.85)
      return {
        id,
        at,
        kind: 'acknowledgement',
        policyVersion: 1,
        policySha256: POLICY_SHA,
        toolId: rand() < 0.5 ? null : pick(TOOLS),
        conditionsSha256: null,
      };
    if (roll < 0.86) {
      const warnings = 1 + int(6);
      return {
        id,
        at,
        kind: 'data_guard',
        toolId: pick(TOOLS),
        day: pick(DAYS),
        dataClass: pick(['personal', 'confidential'] as const),
        warnings,
        pastedAnyway: int(warnings + 1),
      };
    }
    if (roll < 0.87) return { id, at, kind: 'justification', toolId: pick(TOOLS), reason: 'A deadline' };
    if (roll < 0.88) return { id, at, kind: 'approval_request', toolId: pick(TOOLS), reason: 'Please' };
    // Enough self-reports that devices run out of their daily quota, naming new, queued and catalog tools.
    return {
      id,
      at,
      kind: 'self_report',
      name: pick(['Acme Writer', 'Acme Writer ', 'Other Bot', `Tool ${int(30)}`]),
      hostname:
        rand() < 0.4
          ? null
          : pick(['writer.acme.test', 'bot.other.test', 'claude.ai', `t${int(30)}.example.com`]),
      category: null,
      purposeText: rand() < 0.5 ? '' : 'Summaries',
    };
  };
  for (let i = 0; i < pushes; i++) {
    let events: SyncEvent[];
    if (sent.length > 0 && rand() < 0.15)
      events = [...pick(sent)]; // a resent batch
    else {
      events = Array.from({ length: 1 + int(40) }, event);
      if (sent.length > 0 && rand() < 0.3) events.push(...pick(sent).slice(0, 3)); // partly resent
      if (rand() < 0.3) events.push(events[int(events.length)]!); // the same event twice
    }
    sent.push(events);
    out.push({ device: pick(DEVICES), events, now: base + 60_000 * (i + 1) });
  }
  return out;
}

async function seed(t: TestDatabase) {
  await t.reset();
  const now = Date.UTC(2026, 10, 1);
  await t.db
    .insertInto('users')
    .values([
      { id: 'user-1', email: 'one@example.com', created_at: now },
      { id: 'user-2', email: 'two@example.com', created_at: now },
    ])
    .execute();
  await t.db
    .insertInto('enrollment_tokens')
    .values({ id: 'enrol', name: 'test', token_hash: 'h', created_at: now, uses: 0 })
    .execute();
  await t.db
    .insertInto('devices')
    .values(
      DEVICES.map((d) => ({
        id: d.deviceId,
        user_id: d.userId,
        token_hash: `hash-${d.deviceId}`,
        enrollment_token_id: 'enrol',
        browser: 'chrome',
        browser_version: '142',
        extension_version: '0.1.0',
        created_at: now,
      })),
    )
    .execute();
  await t.db
    .insertInto('policy_versions')
    .values({
      version: 1,
      title: 'P',
      body: 'Be careful',
      sha256: POLICY_SHA,
      change_summary: null,
      published_by: 'test',
      published_at: now,
    })
    .execute();
  // Both databases hash each person under the same identity key, so their chains can be compared.
  await t.db
    .insertInto('settings')
    .values({ key: 'pseudonymKey', value: JSON.stringify('k'.repeat(64)) })
    .execute();
}

const TABLES: Array<keyof Database> = [
  'devices',
  'seen_events',
  'usage_days',
  'embedded_days',
  'guard_days',
  'device_extensions',
  'tool_days',
  'tool_user_days',
  'tool_users',
  'tool_devices',
  'tool_signals',
  'embedded_sites',
  'registrations',
  'current_registrations',
  'acknowledgements',
  'justifications',
  'requests',
  'org_tools',
  'org_tool_keys',
  'reported_tools',
  'reported_tool_reporters',
  'self_report_quota',
  'decisions',
  'decision_history',
  'config_version',
  'chain_heads',
];

async function snapshot(t: TestDatabase) {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = (await t.db.selectFrom(table).selectAll().execute()) as Array<Record<string, unknown>>;
    out[table] = rows
      .map((r) => {
        const { id: _random, ...rest } = r;
        return JSON.stringify(table === 'decision_history' ? rest : r);
      })
      .sort();
  }
  return out;
}

for (const dialect of dialects) {
  describe(`${dialect}: a folded push stores what applying its events one by one stored`, () => {
    let folded: TestDatabase;
    let reference: TestDatabase;
    beforeAll(async () => {
      [folded, reference] = await Promise.all([openTestDatabase(dialect), openTestDatabase(dialect)]);
    });
    afterAll(async () => {
      await Promise.all([folded.close(), reference.close()]);
    });

    it.each([1, 2, 3, 4])('randomized pushes, seed %i', async (s) => {
      await Promise.all([seed(folded), seed(reference)]);
      let refused = 0;
      for (const { device, events, now } of workload(s, 40)) {
        const a = await pushEvents(folded.db, device, events, now);
        const b = await pushEventsPerEvent(reference.db, device, events, now);
        expect(a).toEqual(b);
        refused += a.rejected?.length ?? 0;
      }
      expect(refused, 'self-reports over the daily quota').toBeGreaterThan(0);
      const [a, b] = await Promise.all([snapshot(folded), snapshot(reference)]);
      expect(a.usage_days!.length).toBeGreaterThan(10);
      expect(a.acknowledgements!.length).toBeGreaterThan(3);
      expect(a.reported_tools!.length).toBeGreaterThan(3);
      expect(a).toEqual(b);
    });

    it.each([5, 6, 7])('randomized pushes committed in groups, seed %i', async (s) => {
      await Promise.all([seed(folded), seed(reference)]);
      const pushes = workload(s, 48);
      for (let i = 0; i < pushes.length;) {
        const group = pushes.slice(i, (i += 1 + ((s * i) % 6)));
        const a = await commitPushes(
          folded.db,
          group.map(({ device, events, now }) => ({
            origin: { ...device, now },
            events: [...new Map(events.map((e) => [e.id, e])).values()],
          })),
        );
        const b = [];
        for (const { device, events, now } of group)
          b.push(await pushEventsPerEvent(reference.db, device, events, now));
        expect(a).toEqual(b);
      }
      const [a, b] = await Promise.all([snapshot(folded), snapshot(reference)]);
      expect(a).toEqual(b);
    });
  });
}
