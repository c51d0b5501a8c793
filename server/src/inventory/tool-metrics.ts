import { createHash } from 'node:crypto';
import { annexIIIArea, DATA_CLASSES, PURPOSE_CATEGORIES } from '@lantern/shared';
import type { DataClass, PurposeCategory } from '@lantern/shared';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { currentPolicy } from '../db/repositories/policies.repository';
import { cachedByKey } from './cache';
import { windowStart } from './days';
import { num } from '../db/numbers';

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

/** Epoch ms at which the window of `days` days ending today begins (00:00 UTC of its first day). */
export function windowStartMs(now: number, days: number): number {
  return Date.parse(`${windowStart(now, days)}T00:00:00.000Z`);
}

const PURPOSES = [...PURPOSE_CATEGORIES].sort();
const CLASSES = [...DATA_CLASSES].sort();

/** Which tools to compute: every tool, or the listed ones (a single id for one tool). */
export type ToolScope = readonly string[] | string | undefined;

const listOf = (scope: ToolScope): readonly string[] | undefined =>
  typeof scope === 'string' ? [scope] : scope;

/**
 * Figures of tools computed before, reused where still right: a tool's people who accepted the
 * policy change only when its number of people does (rows of tool_users are never deleted), so
 * while the policy and acceptances stay as they were (the caller knows), they are kept.
 */
export type KnownAcceptance = ReadonlyMap<string, { users: number; acknowledged: number }>;

/**
 * Every tool's figures (or those of the tools in `scope`): people, devices, first and last seen and
 * people of the last 7 and 30 days from the counts ingest maintains (migration 0017), the rest from
 * the aggregate tables, one grouped query each answered from an index. The cost grows with the
 * number of tools, never with the number of people or day rows. The queries run at once (on
 * PostgreSQL each on its own pooled connection).
 *
 * People in the last 7 and 30 days are those whose `tool_users.last_seen_at` falls in the window
 * (from 00:00 UTC of its first day): a person used the tool in the window exactly when the last time
 * they were seen using it is inside it. `tool_last_days` counts them per tool and day of that last
 * time, so a window is the sum of its days' rows and moves with the date without any write.
 */
export async function loadToolMetrics(
  db: Db,
  now: number,
  scope?: ToolScope,
  known?: KnownAcceptance,
): Promise<Map<string, ToolMetrics>> {
  const ids = listOf(scope);
  const [counts, recent, usage, signals, regs, pending, embedded, policy] = await Promise.all([
    toolCounts(db, ids),
    recentPeople(db, now, ids),
    recentUsage(db, now, ids),
    inScope(db.selectFrom('tool_signals').select(['tool_id', 'signal']), ids)
      .orderBy('signal')
      .execute(),
    ids ? registrationCounts(db, ids) : registrationCountsOfEveryTool(db),
    countPerTool(db, 'requests', ids, true),
    countPerTool(db, 'embedded_sites', ids, false),
    currentPolicy(db),
  ]);
  const acks = policy ? await acknowledgedOf(db, policy.version, counts, ids, known) : [];
  // Rows are filled in the order the figures were always read, so tools keep their order.
  const out = new Map<string, ToolMetrics>();
  const m = (id: string) => out.get(id) ?? out.set(id, emptyMetrics()).get(id)!;
  for (const r of counts) {
    const t = m(r.tool_id);
    t.users = num(r.users);
    t.devices = num(r.devices);
    t.firstSeenAt = r.first_seen_at === null ? null : Number(r.first_seen_at);
    t.lastSeenAt = r.last_seen_at === null ? null : Number(r.last_seen_at);
  }
  for (const r of recent) Object.assign(m(r.tool_id), { users7d: num(r.n7), users30d: num(r.n30) });
  for (const r of usage)
    Object.assign(m(r.tool_id), {
      visits30d: num(r.visits30),
      activeSeconds30d: num(r.active30),
      visits7d: num(r.visits7),
      activeSeconds7d: num(r.active7),
    });
  for (const r of signals) m(r.tool_id).signals.push(r.signal);
  for (const r of regs) fillRegistrations(m(r.tool_id), r);
  for (const r of acks) m(r.tool_id).acknowledged = num(r.n);
  for (const r of pending) m(r.tool_id).pendingRequests = num(r.n);
  for (const r of embedded) m(r.tool_id).embeddedSites = num(r.n);
  return out;
}

/** Restricts a query to the tools in scope. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query with a tool_id column
function inScope<Q extends { where: (...args: any[]) => any }>(q: Q, ids: readonly string[] | undefined): Q {
  return ids === undefined ? q : (q.where('tool_id', 'in', ids.length > 0 ? ids : ['']) as Q);
}

function toolCounts(db: Db, ids: readonly string[] | undefined) {
  return inScope(
    db.selectFrom('tool_counts').select(['tool_id', 'users', 'devices', 'first_seen_at', 'last_seen_at']),
    ids,
  ).execute();
}

/** People whose last use of the tool fell on each day of the last 30 (see tool_last_days). */
function recentPeople(db: Db, now: number, ids: readonly string[] | undefined) {
  const q = db
    .selectFrom('tool_last_days')
    .select([
      'tool_id',
      sql<number>`sum(users)`.as('n30'),
      sql<number>`sum(case when day >= ${windowStart(now, 7)} then users else 0 end)`.as('n7'),
    ])
    .where('day', '>=', windowStart(now, 30))
    .where('day', '<=', '9999-12-31');
  return inScope(q, ids).groupBy('tool_id').execute();
}

/** Visits and active time of the last 7 and 30 days. */
function recentUsage(db: Db, now: number, ids: readonly string[] | undefined) {
  const d7 = windowStart(now, 7);
  const q = db
    .selectFrom('tool_days')
    .select([
      'tool_id',
      sql<number>`sum(visits)`.as('visits30'),
      sql<number>`sum(active_seconds)`.as('active30'),
      sql<number>`sum(case when day >= ${d7} then visits else 0 end)`.as('visits7'),
      sql<number>`sum(case when day >= ${d7} then active_seconds else 0 end)`.as('active7'),
    ])
    .where('day', '>=', windowStart(now, 30))
    // Always true (days are 20xx): a range with two ends makes SQLite read the tool_days_day index
    // instead of every row in key order.
    .where('day', '<=', '9999-12-31');
  return inScope(q, ids).groupBy('tool_id').execute();
}

/** Rows per tool of `requests` (pending ones) or `embedded_sites`. */
function countPerTool(
  db: Db,
  table: 'requests' | 'embedded_sites',
  ids: readonly string[] | undefined,
  pendingOnly: boolean,
) {
  const q = db.selectFrom(table).select(['tool_id', sql<number>`count(*)`.as('n')]);
  return inScope(pendingOnly ? q.where('status', '=', 'pending') : q, ids)
    .groupBy('tool_id')
    .execute();
}

function fillRegistrations(t: ToolMetrics, row: Record<string, unknown>) {
  t.registrations = num(row.n);
  PURPOSES.forEach((p, i) => {
    const n = num(row[`p${i}`]);
    if (n > 0) t.purposes[p] = n;
  });
  CLASSES.forEach((c, i) => {
    const n = num(row[`d${i}`]);
    if (n > 0) t.dataClasses[c] = n;
  });
}

/**
 * People who accepted the policy version per tool: of every tool (cached, see
 * acceptedUsersOfEveryTool), or of the tools in scope, reusing `known` figures where a tool's number
 * of people is unchanged.
 */
async function acknowledgedOf(
  db: Db,
  version: number,
  counts: readonly { tool_id: string; users: unknown }[],
  ids: readonly string[] | undefined,
  known: KnownAcceptance | undefined,
): Promise<Array<{ tool_id: string; n: unknown }>> {
  if (ids === undefined) return acceptedUsersOfEveryTool(db, version, counts);
  const kept: Array<{ tool_id: string; n: unknown }> = [];
  const ask: string[] = [];
  for (const c of counts) {
    const k = known?.get(c.tool_id);
    if (k !== undefined && k.users === num(c.users)) {
      if (k.acknowledged > 0) kept.push({ tool_id: c.tool_id, n: k.acknowledged });
    } else ask.push(c.tool_id);
  }
  if (ask.length === 0) return kept;
  const asked =
    ask.length === 1
      ? await acceptedUsersOfOneTool(db, version, ask[0]!, counts.find((c) => c.tool_id === ask[0])!.users)
      : await acceptedUsers(db, version, ask);
  return [...kept, ...asked];
}

/** The acknowledgements chain's head: it moves with every acceptance. */
function chainHead(db: Db) {
  return db
    .selectFrom('chain_heads')
    .select(['seq', 'hash'])
    .where('name', '=', 'acknowledgements')
    .executeTakeFirst();
}

/**
 * `acceptedUsers` of one tool (its page, or the list after a write to it), reused per process for
 * as long as the chain head and the tool's number of people read the same (see
 * acceptedUsersOfEveryTool for why that suffices): the query visits every person of the tool, 15 ms
 * of PostgreSQL's time per call for a tool of 6,700 people.
 */
async function acceptedUsersOfOneTool(db: Db, version: number, toolId: string, users: unknown) {
  const head = await chainHead(db);
  const key = `${version}|${Number(head?.seq ?? 0)}|${head?.hash ?? ''}|${num(users)}`;
  return cachedByKey(db, `accepted-users:${toolId}`, key, () => acceptedUsers(db, version, [toolId]));
}

/**
 * Current registrations per tool (of the tools in `ids`), one row per tool, purposes and data
 * classes counted in SQL: grouping by the data class lists instead returns tens of thousands of rows
 * at 50,000 people. Keys go in alphabetical order (as grouping by the stored text gave them, mostly);
 * a list holds each class at most once.
 */
function registrationCounts(db: Db, ids?: readonly string[]) {
  return db
    .selectFrom('current_registrations')
    .select((eb) => [
      'tool_id',
      sql<number>`count(*)`.as('n'),
      ...PURPOSES.map((p, i) =>
        eb.fn.sum<number>(sql`case when purpose_category = ${p} then 1 else 0 end`).as(`p${i}`),
      ),
      ...CLASSES.map((c, i) =>
        eb.fn.sum<number>(sql`case when data_classes like ${`%"${c}"%`} then 1 else 0 end`).as(`d${i}`),
      ),
    ])
    .where('withdrawn', '=', 0)
    .$if(ids !== undefined, (q) => q.where('tool_id', 'in', ids!.length > 0 ? ids! : ['']))
    .groupBy('tool_id')
    .execute();
}

/**
 * `registrationCounts` of every tool, reused per process while registrations stay as they are.
 * On SQLite `change_versions.registrations` moves in the transaction of every change to
 * `registrations` or `current_registrations` (triggers of migration 0021), so one key lookup tells.
 * On PostgreSQL (no such row: a single counter row would serialise concurrent pushes) the key is
 * read from the tables: every change of a current registration comes with a new row of the
 * (append-only) registration history, and the count and event times of the current ones are read
 * too (one index scan each).
 */
async function registrationCountsOfEveryTool(db: Db) {
  const { rows } = await sql<{ version: unknown }>`
    select version from change_versions where name = 'registrations'`.execute(db);
  const key = rows[0] !== undefined ? `v${num(rows[0].version)}` : await registrationKeyFromTables(db);
  return cachedByKey(db, 'registration-counts', key, () => registrationCounts(db));
}

async function registrationKeyFromTables(db: Db): Promise<string> {
  const f = await db
    .selectFrom('current_registrations')
    .select([
      (eb) =>
        eb
          .selectFrom('registrations')
          .select(sql<number>`count(*)`.as('h'))
          .as('history'),
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(at)`.as('at'),
    ])
    .executeTakeFirst();
  return `${num(f?.history)}|${num(f?.n)}|${num(f?.at)}`;
}

/** Users of the tools who accepted the policy version: one index seek per user of the tools. */
function acceptedUsers(db: Db, version: number, ids: readonly string[]) {
  return db
    .selectFrom('tool_users as tu')
    .select(['tu.tool_id', sql<number>`count(*)`.as('n')])
    .where('tu.tool_id', 'in', ids)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('acknowledgements as a')
          .select('a.seq')
          .whereRef('a.user_id', '=', 'tu.user_id')
          .where('a.policy_version', '=', version),
      ),
    )
    .groupBy('tu.tool_id')
    .execute();
}

/**
 * Per tool, its users who accepted the policy version: the people who accepted (once or more),
 * joined to the tools they use. The costliest of the inventory's figures (one index seek per person
 * who accepted, and every tool they use), yet it changes only when someone accepts (the chain head
 * moves) or someone uses a tool for the first time (a tool's maintained count of people changes:
 * rows of tool_users are never deleted). So it is reused, per process, for as long as those read
 * the same — which, while people merely keep using their tools, they do.
 */
async function acceptedUsersOfEveryTool(
  db: Db,
  version: number,
  counts: readonly { tool_id: string; users: unknown }[],
) {
  const head = await chainHead(db);
  const members = createHash('sha256');
  // In tool order: PostgreSQL returns groups in whatever order its hash aggregate leaves them.
  for (const r of [...counts].sort((a, b) => (a.tool_id < b.tool_id ? -1 : a.tool_id > b.tool_id ? 1 : 0)))
    members.update(`${r.tool_id}\u0000${num(r.users)}\n`);
  const key = `${version}|${Number(head?.seq ?? 0)}|${head?.hash ?? ''}|${members.digest('hex')}`;
  return cachedByKey(db, 'accepted-users', key, () =>
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('acknowledgements')
          .select('user_id')
          .distinct()
          .where('policy_version', '=', version)
          .as('a'),
      )
      .innerJoin('tool_users as tu', 'tu.user_id', 'a.user_id')
      .select(['tu.tool_id', sql<number>`count(*)`.as('n')])
      .groupBy('tu.tool_id')
      .execute(),
  );
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
