import { sql } from 'kysely';
import type { Db } from '../../src/db/database';
import { weekOf } from '../../src/sync/push/maintained-counts';
import { dayString } from '../../src/inventory/days';
import { windowStartMs } from '../../src/inventory/tool-metrics';
import { peoplePerDay } from '../../src/inventory/tool-detail';

/**
 * TEST ONLY. The inventory's people, device and activity figures computed from scratch from the
 * rows ingest stores — the queries the inventory ran before it kept counts (migration 0017) — so
 * tests can check the maintained counts against them.
 */
export interface ReferenceFigures {
  /** Per tool: people, devices, first and last seen, people of the last 7 and 30 days. */
  tools: Map<
    string,
    { users: number; devices: number; first: number; last: number; n7: number; n30: number }
  >;
  people: { users: number; n7: number; n30: number };
  /** Distinct people per week (Monday to Sunday, UTC), the last `weeks` weeks. */
  weeks: Array<{ weekStart: string; activeUsers: number }>;
}

export async function referenceFigures(db: Db, now: number, weeks = 12): Promise<ReferenceFigures> {
  const since7 = windowStartMs(now, 7);
  const since30 = windowStartMs(now, 30);
  const people = await db
    .selectFrom('tool_users')
    .select([
      'tool_id',
      sql<number>`count(*)`.as('n'),
      sql<number>`min(first_seen_at)`.as('first'),
      sql<number>`max(last_seen_at)`.as('last'),
      sql<number>`sum(case when last_seen_at >= ${since7} then 1 else 0 end)`.as('n7'),
      sql<number>`sum(case when last_seen_at >= ${since30} then 1 else 0 end)`.as('n30'),
    ])
    .groupBy('tool_id')
    .execute();
  const devices = await db
    .selectFrom('tool_devices')
    .select(['tool_id', sql<number>`count(*)`.as('n')])
    .groupBy('tool_id')
    .execute();
  const tools: ReferenceFigures['tools'] = new Map();
  for (const r of people)
    tools.set(r.tool_id, {
      users: Number(r.n),
      devices: 0,
      first: Number(r.first),
      last: Number(r.last),
      n7: Number(r.n7),
      n30: Number(r.n30),
    });
  for (const r of devices) {
    const t = tools.get(r.tool_id) ?? { users: 0, devices: 0, first: 0, last: 0, n7: 0, n30: 0 };
    t.devices = Number(r.n);
    tools.set(r.tool_id, t);
  }
  const perPerson = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('tool_users')
        .select(sql<number>`max(last_seen_at)`.as('last'))
        .groupBy('user_id')
        .as('p'),
    )
    .select([
      sql<number>`count(*)`.as('users'),
      sql<number>`sum(case when last >= ${since7} then 1 else 0 end)`.as('n7'),
      sql<number>`sum(case when last >= ${since30} then 1 else 0 end)`.as('n30'),
    ])
    .executeTakeFirstOrThrow();
  const thisWeek = Date.parse(`${weekOf(dayString(now))}T00:00:00Z`);
  const weekly = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const from = dayString(thisWeek, w * 7);
    const { n } = await db
      .selectFrom('tool_user_days')
      .select(sql<number>`count(distinct user_id)`.as('n'))
      .where('day', '>=', from)
      .where('day', '<=', dayString(thisWeek, w * 7 - 6))
      .executeTakeFirstOrThrow();
    weekly.push({ weekStart: from, activeUsers: Number(n) });
  }
  return {
    tools,
    people: {
      users: Number(perPerson.users),
      n7: Number(perPerson.n7 ?? 0),
      n30: Number(perPerson.n30 ?? 0),
    },
    weeks: weekly,
  };
}

/**
 * TEST ONLY. Per tool, its people per day counted from scratch from tool_user_days (what the tool
 * page counted before migration 0020), set against the maintained ones the page reads now:
 * `{ tool: { day: [from scratch, maintained] } }`, days with either.
 */
export async function dayPeopleBothWays(
  db: Db,
  toolIds: readonly string[],
): Promise<Record<string, Record<string, [number, number]>>> {
  const out: Record<string, Record<string, [number, number]>> = {};
  for (const toolId of toolIds) {
    const days: Record<string, [number, number]> = {};
    const scratch = await db
      .selectFrom('tool_user_days')
      .select(['day', sql<number>`count(*)`.as('n')])
      .where('tool_id', '=', toolId)
      .groupBy('day')
      .execute();
    for (const r of scratch) days[r.day] = [Number(r.n), 0];
    for (const r of await peoplePerDay(db, toolId, '')) days[r.day] = [days[r.day]?.[0] ?? 0, Number(r.n)];
    out[toolId] = days;
  }
  return out;
}
