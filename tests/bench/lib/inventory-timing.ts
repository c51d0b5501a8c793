import { createCaller } from '@lantern/server';
import type { DatabaseHandle } from '@lantern/server';
import { sql } from 'kysely';
import type { BenchRow } from '../harness';
import { latencySummary, round } from './load';

export const P95_MS = 100;

/**
 * Up to `n` sequential calls, stopping early (after at least 3) once `budgetMs` is spent; `before`
 * runs ahead of each call, untimed.
 */
export async function timeCalls(
  n: number,
  budgetMs: number,
  call: (i: number) => Promise<unknown>,
  before?: () => Promise<unknown>,
): Promise<number[]> {
  const ms: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < n && (i < 3 || performance.now() < deadline); i++) {
    await before?.();
    const t = performance.now();
    await call(i);
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b);
}

export type InventoryTimings = Record<
  'list' | 'listCold' | 'detail' | 'overview' | 'overviewCold' | 'users' | 'user',
  ReturnType<typeof latencySummary>
> & { toolsListed: number };

/**
 * The inventory procedures the dashboard calls, through createCaller (what its HTTP calls run): the
 * list and the overview both as served from the per-process cache and computed afresh after a write
 * (any write changes the data version the cache is keyed on, as every push does in production), the
 * tool page for the ten most used tools and a spread of the rest, the people page and a person.
 */
export async function timeInventory(handle: DatabaseHandle, quick: boolean): Promise<InventoryTimings> {
  const caller = createCaller({
    db: handle.db,
    dialect: handle.dialect,
    auth: {
      kind: 'staff',
      role: 'auditor',
      tokenId: 'bench',
      name: 'bench',
      via: 'bearer',
      csrfOk: true,
      sessionId: null,
    },
  });
  const write = () => sql`update config_version set version = version where id = 1`.execute(handle.db);
  const first = await caller.admin.inventory.tools({});
  const all = await caller.admin.inventory.tools({ limit: 500, sort: 'users', order: 'desc' });
  const ids = all.rows.map((r) => r.toolId);
  const sample = [...ids.slice(0, 10), ...ids.filter((_, i) => i % 37 === 5).slice(0, 10)];
  const list = (i: number) => caller.admin.inventory.tools({ sort: i % 2 ? 'users' : 'lastSeenAt' });
  const people = await caller.admin.inventory.users({ limit: 200 });
  const ms = {
    listCold: await timeCalls(quick ? 3 : 10, 120_000, list, write),
    list: await timeCalls(quick ? 5 : 20, 60_000, list),
    detail: await timeCalls(quick ? 6 : 40, 90_000, (i) =>
      caller.admin.inventory.tool({ toolId: sample[i % sample.length]! }),
    ),
    overviewCold: await timeCalls(quick ? 3 : 20, 120_000, () => caller.admin.inventory.overview(), write),
    overview: await timeCalls(quick ? 3 : 20, 30_000, () => caller.admin.inventory.overview()),
    users: await timeCalls(quick ? 3 : 20, 60_000, (i) =>
      caller.admin.inventory.users({ offset: (i * 7919) % Math.max(1, people.total - 50) }),
    ),
    user: await timeCalls(quick ? 3 : 20, 30_000, (i) =>
      caller.admin.inventory.user({ userId: people.rows[i % people.rows.length]!.userId }),
    ),
  };
  const summaries = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, latencySummary(v)]));
  return { ...(summaries as Omit<InventoryTimings, 'toolsListed'>), toolsListed: first.total };
}

/** The table rows for `timeInventory`'s figures; `where` names the database in each metric. */
export function inventoryRows(t: InventoryTimings, where = ''): BenchRow[] {
  const goal = (metric: string, ms: number): BenchRow => ({
    metric,
    value: round(ms),
    unit: 'ms',
    goal: `<= ${P95_MS} ms`,
    ok: ms <= P95_MS,
  });
  return [
    {
      metric: `inventory list${where} (admin.inventory.tools, ${t.toolsListed} tools): p50`,
      value: round(t.list.p50),
      unit: 'ms',
    },
    goal(`inventory list${where}: p95`, t.list.p95),
    { metric: '  list after a write (computed afresh): p50', value: round(t.listCold.p50), unit: 'ms' },
    goal('  list after a write: p95', t.listCold.p95),
    // Never cached: every call reads the database as it is, so each one is "right after a write".
    {
      metric: `tool detail${where} (admin.inventory.tool, never cached): p50`,
      value: round(t.detail.p50),
      unit: 'ms',
    },
    goal(`tool detail${where}: p95`, t.detail.p95),
    { metric: `overview${where} (admin.inventory.overview): p95`, value: round(t.overview.p95), unit: 'ms' },
    {
      metric: '  overview after a write (computed afresh): p50',
      value: round(t.overviewCold.p50),
      unit: 'ms',
    },
    goal('  overview after a write: p95', t.overviewCold.p95),
    { metric: `people page${where} (admin.inventory.users): p95`, value: round(t.users.p95), unit: 'ms' },
    { metric: `person${where} (admin.inventory.user): p95`, value: round(t.user.p95), unit: 'ms' },
  ];
}
