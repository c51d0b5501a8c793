import { annexIIIArea } from '@lantern/shared';
import type { DataClass, PurposeCategory } from '@lantern/shared';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { currentPolicy } from '../db/repositories/policies.repository';
import { windowStart } from './days';

export interface ToolMetrics {
  users: number;
  devices: number;
  users7d: number;
  users30d: number;
  visits7d: number;
  visits30d: number;
  activeSeconds7d: number;
  activeSeconds30d: number;
  firstSeenAt: number | null;
  lastSeenAt: number | null;
  signals: string[];
  registrations: number;
  purposes: Partial<Record<PurposeCategory, number>>;
  dataClasses: Partial<Record<DataClass, number>>;
  /** Users of the tool who accepted the current policy version. */
  acknowledged: number;
  pendingRequests: number;
  embeddedSites: number;
}

export const emptyMetrics = (): ToolMetrics => ({
  users: 0,
  devices: 0,
  users7d: 0,
  users30d: 0,
  visits7d: 0,
  visits30d: 0,
  activeSeconds7d: 0,
  activeSeconds30d: 0,
  firstSeenAt: null,
  lastSeenAt: null,
  signals: [],
  registrations: 0,
  purposes: {},
  dataClasses: {},
  acknowledged: 0,
  pendingRequests: 0,
  embeddedSites: 0,
});

/**
 * Every tool's figures from the aggregate tables, one grouped query each: the cost grows with the
 * number of tools (and active registrations), never with the number of raw events.
 */
export async function loadToolMetrics(db: Db, now: number): Promise<Map<string, ToolMetrics>> {
  const out = new Map<string, ToolMetrics>();
  const m = (id: string) => out.get(id) ?? out.set(id, emptyMetrics()).get(id)!;
  const d7 = windowStart(now, 7);
  const d30 = windowStart(now, 30);
  const count = (col: 'user_id' | 'device_id') => sql<number>`count(distinct ${sql.ref(col)})`.as('n');

  for (const r of await db
    .selectFrom('tool_users')
    .select(['tool_id', count('user_id')])
    .select((eb) => [eb.fn.min('first_seen_at').as('first'), eb.fn.max('last_seen_at').as('last')])
    .groupBy('tool_id')
    .execute()) {
    const t = m(r.tool_id);
    t.users = Number(r.n);
    t.firstSeenAt = r.first === null ? null : Number(r.first);
    t.lastSeenAt = r.last === null ? null : Number(r.last);
  }
  for (const r of await db
    .selectFrom('tool_devices')
    .select(['tool_id', count('device_id')])
    .groupBy('tool_id')
    .execute())
    m(r.tool_id).devices = Number(r.n);
  for (const [days, key] of [
    [d7, 'users7d'],
    [d30, 'users30d'],
  ] as const) {
    const rows = await db
      .selectFrom('tool_user_days')
      .select(['tool_id', count('user_id')])
      .where('day', '>=', days)
      .groupBy('tool_id')
      .execute();
    for (const r of rows) m(r.tool_id)[key] = Number(r.n);
  }
  const usage = await db
    .selectFrom('tool_days')
    .select(['tool_id', 'day', 'visits', 'active_seconds'])
    .where('day', '>=', d30)
    .execute();
  for (const r of usage) {
    const t = m(r.tool_id);
    t.visits30d += Number(r.visits);
    t.activeSeconds30d += Number(r.active_seconds);
    if (r.day >= d7) {
      t.visits7d += Number(r.visits);
      t.activeSeconds7d += Number(r.active_seconds);
    }
  }
  for (const r of await db
    .selectFrom('tool_signals')
    .select(['tool_id', 'signal'])
    .orderBy('signal')
    .execute())
    m(r.tool_id).signals.push(r.signal);
  const regs = await db
    .selectFrom('current_registrations')
    .select(['tool_id', 'purpose_category', 'data_classes', (eb) => eb.fn.countAll<number>().as('n')])
    .where('withdrawn', '=', 0)
    .groupBy(['tool_id', 'purpose_category', 'data_classes'])
    .execute();
  for (const r of regs) {
    const t = m(r.tool_id);
    const n = Number(r.n);
    t.registrations += n;
    if (r.purpose_category)
      t.purposes[r.purpose_category as PurposeCategory] =
        (t.purposes[r.purpose_category as PurposeCategory] ?? 0) + n;
    for (const c of JSON.parse(r.data_classes) as DataClass[]) t.dataClasses[c] = (t.dataClasses[c] ?? 0) + n;
  }
  const policy = await currentPolicy(db);
  if (policy) {
    const acks = await db
      .selectFrom('tool_users as tu')
      .select(['tu.tool_id', (eb) => eb.fn.count('tu.user_id').distinct().as('n')])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('acknowledgements as a')
            .select('a.seq')
            .whereRef('a.user_id', '=', 'tu.user_id')
            .where('a.policy_version', '=', policy.version),
        ),
      )
      .groupBy('tu.tool_id')
      .execute();
    for (const r of acks) m(r.tool_id).acknowledged = Number(r.n);
  }
  const pending = await db
    .selectFrom('requests')
    .select(['tool_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'pending')
    .groupBy('tool_id')
    .execute();
  for (const r of pending) m(r.tool_id).pendingRequests = Number(r.n);
  for (const r of await db
    .selectFrom('embedded_sites')
    .select(['tool_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('tool_id')
    .execute()) {
    m(r.tool_id).embeddedSites = Number(r.n);
  }
  return out;
}

/** Annex III areas touched by the registered purposes (flag for review, never a verdict). */
export function annexIIIAreas(purposes: ToolMetrics['purposes']): number[] {
  const areas = new Set<number>();
  for (const p of Object.keys(purposes) as PurposeCategory[]) {
    const area = annexIIIArea(p);
    if (area !== null) areas.add(area);
  }
  return [...areas].sort((a, b) => a - b);
}
