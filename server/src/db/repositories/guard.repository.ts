import { sql } from 'kysely';
import type { Db } from '../database';

/**
 * The data guard's switches: one for the organisation (off by default) and the tools it guards.
 * Kept in `settings` as two JSON values; a tool is guarded only when both say so.
 */
export interface GuardSettings {
  enabled: boolean;
  toolIds: string[];
}

const KEYS = { enabled: 'dataGuard', toolIds: 'dataGuardTools' } as const;

export async function getGuardSettings(db: Db): Promise<GuardSettings> {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', [KEYS.enabled, KEYS.toolIds])
    .execute();
  const stored = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const enabled = stored.get(KEYS.enabled) === true;
  const ids = stored.get(KEYS.toolIds);
  return {
    enabled,
    toolIds: Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [],
  };
}

export async function setGuardSettings(trx: Db, patch: Partial<GuardSettings>): Promise<void> {
  for (const [field, value] of Object.entries(patch) as Array<[keyof GuardSettings, unknown]>) {
    if (value === undefined) continue;
    const json = JSON.stringify(field === 'toolIds' ? [...new Set(value as string[])].sort() : value);
    await trx
      .insertInto('settings')
      .values({ key: KEYS[field], value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute();
  }
}

/** The tools whose decision carries `dataGuard: true` to browsers. */
export async function guardedToolIds(db: Db): Promise<Set<string>> {
  const s = await getGuardSettings(db);
  return new Set(s.enabled ? s.toolIds : []);
}

export interface GuardSeriesRow {
  toolId: string;
  day: string;
  dataClass: string;
  warnings: number;
  pastedAnyway: number;
  people: number;
}

/** Warnings and pastes-anyway per tool × day × data class since `fromDay`, summed over devices. */
export async function guardSeries(db: Db, fromDay: string): Promise<GuardSeriesRow[]> {
  const rows = await db
    .selectFrom('guard_days')
    .select([
      'tool_id',
      'day',
      'data_class',
      sql<number>`sum(warnings)`.as('warnings'),
      sql<number>`sum(pasted_anyway)`.as('pasted_anyway'),
      sql<number>`count(distinct user_id)`.as('people'),
    ])
    .where('day', '>=', fromDay)
    .groupBy(['tool_id', 'day', 'data_class'])
    .orderBy('day')
    .orderBy('tool_id')
    .orderBy('data_class')
    .execute();
  return rows.map((r) => ({
    toolId: r.tool_id,
    day: r.day,
    dataClass: r.data_class,
    warnings: Number(r.warnings),
    pastedAnyway: Number(r.pasted_anyway),
    people: Number(r.people),
  }));
}

export interface GuardPersonRow {
  userId: string;
  email: string | null;
  toolId: string;
  dataClass: string;
  warnings: number;
  pastedAnyway: number;
}

/** Per person × tool × data class since `fromDay`: who is warned most and who goes ahead. */
export async function guardByPerson(db: Db, fromDay: string, limit = 200): Promise<GuardPersonRow[]> {
  const rows = await db
    .selectFrom('guard_days as g')
    .leftJoin('users as u', 'u.id', 'g.user_id')
    .select([
      'g.user_id',
      'u.email',
      'g.tool_id',
      'g.data_class',
      sql<number>`sum(g.warnings)`.as('warnings'),
      sql<number>`sum(g.pasted_anyway)`.as('pasted_anyway'),
    ])
    .where('g.day', '>=', fromDay)
    .groupBy(['g.user_id', 'u.email', 'g.tool_id', 'g.data_class'])
    .orderBy(sql`sum(g.pasted_anyway)`, 'desc')
    .orderBy(sql`sum(g.warnings)`, 'desc')
    .orderBy('g.user_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    email: r.email ?? null,
    toolId: r.tool_id,
    dataClass: r.data_class,
    warnings: Number(r.warnings),
    pastedAnyway: Number(r.pasted_anyway),
  }));
}
