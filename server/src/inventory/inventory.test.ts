import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog, uuidv7 } from '@lantern/shared';
import type { DecisionInput } from '@lantern/shared';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../db/connect';
import type { Db } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { dialects, openTestDatabase } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import type { TestDatabase } from '../../testing/databases';
import {
  acknowledgement,
  approvalRequest,
  embedded,
  push,
  registration,
  selfReport,
  usage,
} from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { weekOf } from '../sync/push/maintained-counts';
import { dayString, windowStart } from './days';
import { overview } from './overview';
import { loadToolMetrics } from './tool-metrics';
import { inventoryTool, inventoryTools } from './tools';

const DAY = 86_400_000;
const TOOLS = ['chatgpt', 'claude', 'gemini', 'perplexity', 'meta-ai', 'openai-platform'];
const PURPOSES = ['drafting', 'coding', 'recruitment-hr', 'research'] as const;
const CLASSES = [['internal'], ['public'], ['internal', 'personal'], ['personal', 'confidential']] as const;

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * People pushing day totals for a few tools over the last 45 days through the real ingest path,
 * each event stamped inside the (UTC) day it totals, as a browser in UTC would send it.
 */
async function pushUsage(t: TestDatabase, now: number, people: number, seed: number) {
  const rand = prng(seed);
  const f = fixture(t);
  for (let p = 0; p < people; p++) {
    const d = await f.device(`person${p}@example.com`);
    const events: unknown[] = [];
    for (const toolId of TOOLS.filter(() => rand() < 0.5)) {
      const start = Math.floor(rand() * 45);
      for (let ago = start; ago >= 0; ago--) {
        if (rand() < 0.7) continue;
        const day = dayString(now, ago);
        // Never after `now`: the server refuses events from the future.
        const at = Math.min(now, Date.parse(`${day}T00:00:00Z`) + Math.floor(rand() * DAY));
        events.push(
          toolId === 'openai-platform'
            ? embedded({ toolId, day, at, requests: 1 + Math.floor(rand() * 9) })
            : usage({
                toolId,
                day,
                at,
                visits: 1 + Math.floor(rand() * 9),
                activeSeconds: Math.floor(rand() * 900),
              }),
        );
      }
    }
    for (let i = 0; i < events.length; i += 200) await d.caller.sync.push(push(events.slice(i, i + 200)));
  }
}

/** users7d/users30d and the overview's active people as they were computed before: from day rows. */
async function fromDayRows(db: Db, now: number) {
  const perTool = async (from: string) =>
    new Map(
      (
        await db
          .selectFrom('tool_user_days')
          .select(['tool_id', sql<number>`count(distinct user_id)`.as('n')])
          .where('day', '>=', from)
          .groupBy('tool_id')
          .execute()
      ).map((r) => [r.tool_id, Number(r.n)]),
    );
  const people = async (from: string) =>
    Number(
      (
        await db
          .selectFrom('tool_user_days')
          .select(sql<number>`count(distinct user_id)`.as('n'))
          .where('day', '>=', from)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    users7d: await perTool(windowStart(now, 7)),
    users30d: await perTool(windowStart(now, 30)),
    activeUsers7d: await people(windowStart(now, 7)),
    activeUsers30d: await people(windowStart(now, 30)),
  };
}

describe.each(dialects)('inventory on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  const now = Date.now();

  it('counts people of the last 7 and 30 days from last-seen times exactly as from day rows', async () => {
    await t.reset();
    await pushUsage(t, now, 24, 11);
    const old = await fromDayRows(t.db, now);
    expect(old.users30d.size).toBeGreaterThan(3);
    const metrics = await loadToolMetrics(t.db, now);
    for (const toolId of TOOLS) {
      const m = metrics.get(toolId);
      expect([toolId, m?.users7d ?? 0, m?.users30d ?? 0]).toEqual([
        toolId,
        old.users7d.get(toolId) ?? 0,
        old.users30d.get(toolId) ?? 0,
      ]);
    }
    const o = await overview(t.db, now);
    expect([o.activeUsers7d, o.activeUsers30d]).toEqual([old.activeUsers7d, old.activeUsers30d]);
    // Weeks run Monday to Sunday (UTC), this one last.
    const weekly = [];
    const monday = Date.parse(`${weekOf(dayString(now))}T00:00:00Z`);
    for (let w = 11; w >= 0; w--) {
      const from = dayString(monday, w * 7);
      const { n } = await t.db
        .selectFrom('tool_user_days')
        .select(sql<number>`count(distinct user_id)`.as('n'))
        .where('day', '>=', from)
        .where('day', '<=', dayString(monday, w * 7 - 6))
        .executeTakeFirstOrThrow();
      weekly.push({ weekStart: from, activeUsers: Number(n) });
    }
    expect(o.adoptionPerWeek).toEqual(weekly);
    expect(weekly.filter((w) => w.activeUsers > 0).length).toBeGreaterThan(4);
    // The same holds on each of the following days, as the windows move on.
    for (const later of [1, 3, 8, 29].map((d) => now + d * DAY)) {
      const moved = await fromDayRows(t.db, later);
      const m = await loadToolMetrics(t.db, later);
      for (const toolId of TOOLS)
        expect([toolId, later, m.get(toolId)?.users7d ?? 0, m.get(toolId)?.users30d ?? 0]).toEqual([
          toolId,
          later,
          moved.users7d.get(toolId) ?? 0,
          moved.users30d.get(toolId) ?? 0,
        ]);
    }
  }, 120_000);

  describe('with decisions, registrations, requests and self-reports', () => {
    beforeAll(async () => {
      await t.reset();
      await pushUsage(t, now, 12, 5);
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const policy = await admin.admin.policies.publish({
        title: 'AI use',
        body: '# Rules\n',
        changeSummary: null,
      });
      const decide = (d: Pick<DecisionInput, 'toolId' | 'status'> & Partial<DecisionInput>) =>
        admin.admin.decisions.set({
          enforcement: 'acknowledge',
          conditions: null,
          allowedDataClasses: [],
          alternativeToolId: null,
          ...d,
        });
      await decide({ toolId: 'chatgpt', status: 'approved', enforcement: 'inform' });
      await decide({ toolId: 'claude', status: 'conditional', allowedDataClasses: ['internal'] });
      await decide({ toolId: 'grok', status: 'prohibited', enforcement: 'block' }); // decided, never used
      const rand = prng(3);
      for (let p = 0; p < 8; p++) {
        const d = await f.device(`person${p}@example.com`);
        const events: unknown[] = [];
        for (const toolId of TOOLS.slice(0, 4))
          if (rand() < 0.6)
            events.push(
              registration({
                toolId,
                purposeCategory: PURPOSES[Math.floor(rand() * PURPOSES.length)]!,
                dataClasses: [...CLASSES[Math.floor(rand() * CLASSES.length)]!],
              }),
            );
        if (rand() < 0.7) events.push(acknowledgement(policy.version, policy.sha256));
        if (rand() < 0.3) events.push(approvalRequest({ toolId: TOOLS[Math.floor(rand() * 4)]! }));
        await d.caller.sync.push(push(events));
      }
      const reporter = await f.device('reporter@example.com');
      await reporter.caller.sync.push(push([selfReport()]));
      // A self-report is only a report until an admin accepts it into the organisation's tools.
      await admin.admin.reports.accept({ id: 'org-acme-writer' });
    }, 120_000);

    it('computes each tool’s row alone exactly as the full list has it', async () => {
      const rows = await inventoryTools(t.db, now);
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.map((r) => r.source)).toEqual(expect.arrayContaining(['catalog', 'organisation']));
      for (const k of ['registrations', 'acknowledged', 'pendingRequests', 'users7d', 'visits30d'] as const)
        expect(
          rows.some((r) => r[k] > 0),
          k,
        ).toBe(true);
      expect(rows.some((r) => r.flags.sensitiveData || r.flags.annexIII.length > 0)).toBe(true);
      for (const row of rows) expect(await inventoryTool(t.db, now, row.toolId)).toEqual(row);
      expect(await inventoryTool(t.db, now, 'no-such-tool')).toBeNull();
      expect(await inventoryTool(t.db, now, 'grok')).toMatchObject({ status: 'prohibited', users: 0 });
    });

    it('serves the tool page from that row, with each person’s user id', async () => {
      const f = fixture(t);
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      const row = (await auditor.admin.inventory.tools({ sort: 'users' })).rows[0]!;
      const detail = await auditor.admin.inventory.tool({ toolId: row.toolId });
      expect(detail.tool).toEqual(row);
      const users = await t.db
        .selectFrom('tool_users')
        .innerJoin('users', 'users.id', 'tool_users.user_id')
        .select(['users.id', 'users.email'])
        .where('tool_id', '=', row.toolId)
        .execute();
      expect(detail.people.map((p) => [p.userId, p.person]).sort()).toEqual(
        users.map((u) => [u.id, u.email]).sort(),
      );
      const accepted = new Set(
        (await t.db.selectFrom('acknowledgements').select('user_id').execute()).map((r) => r.user_id),
      );
      expect(detail.people.map((p) => p.acceptedCurrentPolicy)).toEqual(
        detail.people.map((p) => accepted.has(p.userId)),
      );
      await expect(auditor.admin.inventory.tool({ toolId: 'no-such-tool' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('reuses the computed rows until something is written, then computes them again', async () => {
      const first = await inventoryTools(t.db, now);
      const again = await inventoryTools(t.db, now);
      expect(again).not.toBe(first); // each caller gets its own array…
      // …of the same rows. On PostgreSQL the version is the cluster's snapshot, which any write in
      // any database moves (other test files write in parallel), so reuse is only certain on SQLite.
      if (dialect === 'sqlite') expect(again[0]).toBe(first[0]);
      else expect(again[0]).toEqual(first[0]);
      const before = first.find((r) => r.toolId === 'chatgpt')!;
      const d = await fixture(t).device('late@example.com');
      await d.caller.sync.push(push([usage({ toolId: 'chatgpt', day: dayString(now), at: now, visits: 5 })]));
      const after = (await inventoryTools(t.db, now)).find((r) => r.toolId === 'chatgpt')!;
      expect(after).not.toBe(before);
      expect([after.users, after.visits7d]).toEqual([before.users + 1, before.visits7d + 5]);
      // A new day moves the windows even without a write.
      expect((await inventoryTools(t.db, now + DAY))[0]).not.toBe((await inventoryTools(t.db, now))[0]);
    });

    it('keeps acceptances and registrations current while it reuses them between writes', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const policy = (await admin.admin.policies.list())[0]!;
      const row = async () => {
        const listed = (await inventoryTools(t.db, now)).find((r) => r.toolId === 'gemini')!;
        // The tool alone is computed from scratch: the list's row must agree with it at every step.
        expect(listed).toEqual(await inventoryTool(t.db, now, 'gemini'));
        return listed;
      };
      const start = await row();
      const p = await f.device('newcomer@example.com');
      await p.caller.sync.push(push([usage({ toolId: 'gemini', day: dayString(now), at: now })]));
      expect(await row()).toMatchObject({ users: start.users + 1, acknowledged: start.acknowledged });
      await p.caller.sync.push(push([acknowledgement(policy.version, policy.sha256)]));
      expect(await row()).toMatchObject({ acknowledged: start.acknowledged + 1 });
      await p.caller.sync.push(
        push([registration({ toolId: 'gemini', purposeCategory: 'coding', dataClasses: ['public'] })]),
      );
      const registered = await row();
      expect(registered).toMatchObject({ registrations: start.registrations + 1 });
      expect(registered.purposes.coding).toBe((start.purposes.coding ?? 0) + 1);
      const withdrawnAt = now + 1000;
      await p.caller.sync.push(
        push([
          { id: uuidv7(withdrawnAt), at: withdrawnAt, kind: 'registration_withdrawal', toolId: 'gemini' },
        ]),
      );
      expect(await row()).toMatchObject({ registrations: start.registrations });
    });

    it('lists the people page from its page of people, whatever the offset', async () => {
      const f = fixture(t);
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      const all = await auditor.admin.inventory.users({ limit: 500 });
      expect(all.total).toBe(all.rows.length);
      expect(all.total).toBeGreaterThan(10);
      const pages = [];
      for (let offset = 0; offset < all.total; offset += 4)
        pages.push(...(await auditor.admin.inventory.users({ limit: 4, offset })).rows);
      expect(pages).toEqual(all.rows);
      const someone = all.rows.find((r) => r.tools > 0 && r.registrations > 0)!;
      const tools = await t.db
        .selectFrom('tool_users')
        .selectAll()
        .where('user_id', '=', someone.userId)
        .execute();
      expect(someone).toMatchObject({
        tools: tools.length,
        lastSeenAt: Math.max(...tools.map((x) => Number(x.last_seen_at))),
      });
    });
  });
});

describe.each(dialects)('the inventory cache on %s', (dialect) => {
  it('sees a write made through another connection to the same database', async () => {
    // Two handles on one database, as two server processes would have: on SQLite that takes a file.
    const dir = dialect === 'sqlite' ? mkdtempSync(join(tmpdir(), 'lantern-inv-')) : null;
    const t = dir ? null : await openTestDatabase(dialect);
    const url = dir ? `sqlite:${join(dir, 'db.sqlite')}` : t!.url;
    const a = t ?? createDatabase(url);
    const b = createDatabase(url, { schema: t?.schema ?? undefined, poolSize: 1 });
    try {
      if (dir) await migrateToLatest(a.db);
      const now = Date.now();
      expect(await inventoryTools(a.db, now)).toEqual([]);
      await b.db
        .insertInto('decisions')
        .values({
          tool_id: catalog[0]!.id,
          status: 'approved',
          enforcement: 'inform',
          conditions: null,
          allowed_data_classes: '[]',
          alternative_tool_id: null,
          decided_by: 'test',
          decided_at: now,
        })
        .execute();
      expect((await inventoryTools(a.db, now)).map((r) => r.toolId)).toEqual([catalog[0]!.id]);
    } finally {
      await b.close();
      await a.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });
});
