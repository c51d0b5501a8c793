import { byKey, key, type Fold, type ToolUserWindow } from './fold';
import type { SqlValue, Statements } from './sql';
import { num } from '../../db/numbers';
import { pruneInventoryChanges } from './inventory-changes';

/**
 * The inventory's maintained counts (migration 0017), updated in the transaction that stores the
 * rows they summarise, from what those rows were before it: a tool's people and devices, how many
 * were last seen on each day, each person's last time seen, who was active in each week. They move
 * only when someone first uses a tool, is seen on a later day, or first acts in a week (and a tool's
 * people per day, migration 0020, when someone first uses it on a day), so most
 * pushes change nothing but a tool's last-seen time. Call before tool_users, tool_devices and
 * tool_user_days are written. On PostgreSQL the people's rows are locked first (in id order), so
 * two transactions of one person's devices see each other's rows instead of both counting them new.
 */
export async function maintainCounts(s: Statements, fold: Fold): Promise<void> {
  await pruneInventoryChanges(s);
  const { presence } = fold;
  const users = byKey(presence.users);
  if (users.length === 0 && presence.userDays.size === 0) return;
  await lockPeople(s, [...new Set([...users.map((u) => u.userId), ...weekKeys(fold).map((w) => w.userId)])]);
  const devices = await newDevices(s, fold);
  await maintainToolUsers(s, users, 'widen', devices);
  await maintainWeeks(s, fold);
  await maintainDayPeople(s, fold);
}

const DAY_MS = 86_400_000;

/**
 * Formatting a date is the dearest step of the counts' arithmetic and runs several times per
 * window, over a few distinct days per push: each day's text is kept (a small map, emptied when
 * it grows, since a long-running server meets a new day every day).
 */
const dayTexts = new Map<number, string>();
const dayOf = (ms: number) => {
  const n = Math.floor(ms / DAY_MS);
  let text = dayTexts.get(n);
  if (text === undefined) {
    if (dayTexts.size >= 4096) dayTexts.clear();
    text = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayTexts.set(n, text);
  }
  return text;
};

const weeks = new Map<string, string>();
/** The Monday (UTC) starting the week of a `YYYY-MM-DD` day. */
export function weekOf(day: string): string {
  let week = weeks.get(day);
  if (week === undefined) {
    const t = Date.parse(`${day}T00:00:00Z`);
    week = dayOf(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS);
    if (weeks.size >= 4096) weeks.clear();
    weeks.set(day, week);
  }
  return week;
}

const T = 'text' as const;
const B = 'bigint' as const;

async function lockPeople(s: Statements, ids: string[]) {
  if (s.dialect !== 'postgres' || ids.length === 0) return;
  await s.all(`select id from users where id = any(cast(? as text[])) order by id for update`, [ids.sort()]);
}

/** Per tool, how many of the pushed (tool, device) pairs have no tool_devices row yet. */
async function newDevices(s: Statements, fold: Fold): Promise<Map<string, number>> {
  const pairs = byKey(fold.presence.devices);
  const out = new Map<string, number>();
  if (pairs.length === 0) return out;
  const found = await s.findRows<{ tool_id: string; device_id: string }>(
    [
      ['tool_id', T],
      ['device_id', T],
    ],
    pairs.map((p) => [p.toolId, p.deviceId]),
    (from) =>
      `select r.tool_id, r.device_id from ${from} ${s.lookup(
        'tool_devices',
        ['device_id'],
        'u.tool_id = r.tool_id and u.device_id = r.device_id',
      )}`,
  );
  const known = new Set(found.map((f) => key(f.tool_id, f.device_id)));
  for (const p of pairs)
    if (!known.has(key(p.toolId, p.deviceId))) out.set(p.toolId, (out.get(p.toolId) ?? 0) + 1);
  return out;
}

interface ToolDelta {
  users: number;
  devices: number;
  first: number | null;
  last: number | null;
}

/**
 * Counts for (tool, person) windows about to be written to tool_users: widened into the stored
 * row (ingest), or only where there is none yet (`insert-only`, a row written `on conflict do
 * nothing`). `devices` adds new tool_devices rows per tool.
 */
export async function maintainToolUsers(
  s: Statements,
  windows: readonly ToolUserWindow[],
  mode: 'widen' | 'insert-only',
  devices: ReadonlyMap<string, number> = new Map(),
): Promise<void> {
  // Ingest locked its people already (maintainCounts); anyone else locks them here.
  if (mode === 'insert-only') await lockPeople(s, [...new Set(windows.map((w) => w.userId))]);
  const { before, personBefore } = await storedWindows(s, windows);
  const { tools, lastDays, personLast } = windowDeltas(windows, before, mode, devices);
  await writeToolCounts(s, tools);
  await addTo(
    s,
    'tool_last_days',
    ['tool_id', 'day'],
    'users',
    [...lastDays].map(([k, n]) => [...k.split('\u0000'), n]),
  );
  await maintainPeople(s, personLast, personBefore);
}

/** Each window's stored row, and its person's last time seen across tools, in one round trip. */
async function storedWindows(s: Statements, windows: readonly ToolUserWindow[]) {
  const stored = await s.findRows<{
    tool_id: string;
    user_id: string;
    first_at: unknown;
    last_at: unknown;
    person_at: unknown;
  }>(
    [
      ['tool_id', T],
      ['user_id', T],
    ],
    windows.map((w) => [w.toolId, w.userId]),
    (from) =>
      `select r.tool_id, r.user_id,
         (select u.first_seen_at from tool_users u where u.tool_id = r.tool_id and u.user_id = r.user_id) as first_at,
         (select u.last_seen_at from tool_users u where u.tool_id = r.tool_id and u.user_id = r.user_id) as last_at,
         (select p.last_seen_at from person_seen p where p.user_id = r.user_id) as person_at
       from ${from}`,
  );
  const before = new Map(
    stored
      .filter((u) => u.first_at !== null)
      .map((u) => [key(u.tool_id, u.user_id), { first: num(u.first_at), last: num(u.last_at) }]),
  );
  const personBefore = new Map(
    stored.filter((u) => u.person_at !== null).map((u) => [u.user_id, num(u.person_at)]),
  );
  return { before, personBefore };
}

/**
 * What the windows change: per tool its people, devices, first and last seen; per (tool, day) how
 * many people were last seen then; per person the last time seen.
 */
function windowDeltas(
  windows: readonly ToolUserWindow[],
  before: ReadonlyMap<string, { first: number; last: number }>,
  mode: 'widen' | 'insert-only',
  devices: ReadonlyMap<string, number>,
) {
  const tools = new Map<string, ToolDelta>();
  const tool = (id: string) =>
    tools.get(id) ?? tools.set(id, { users: 0, devices: 0, first: null, last: null }).get(id)!;
  for (const [id, n] of devices) tool(id).devices += n;
  const lastDays = new Map<string, number>();
  const move = (toolId: string, day: string, n: number) =>
    lastDays.set(key(toolId, day), (lastDays.get(key(toolId, day)) ?? 0) + n);
  const personLast = new Map<string, number>();
  for (const w of windows) {
    const old = before.get(key(w.toolId, w.userId));
    if (old && mode === 'insert-only') continue;
    const first = old ? Math.min(old.first, w.first) : w.first;
    const last = old ? Math.max(old.last, w.last) : w.last;
    const t = tool(w.toolId);
    if (!old) t.users += 1;
    t.first = t.first === null ? first : Math.min(t.first, first);
    t.last = t.last === null ? last : Math.max(t.last, last);
    if (!old || dayOf(old.last) !== dayOf(last)) {
      if (old) move(w.toolId, dayOf(old.last), -1);
      move(w.toolId, dayOf(last), 1);
    }
    personLast.set(w.userId, Math.max(personLast.get(w.userId) ?? last, last));
  }
  return { tools, lastDays, personLast };
}

async function writeToolCounts(s: Statements, tools: ReadonlyMap<string, ToolDelta>) {
  if (tools.size === 0) return;
  const r = s.rows(
    [
      ['tool_id', T],
      ['users', B],
      ['devices', B],
      ['first_seen_at', B],
      ['last_seen_at', B],
    ],
    byKey(new Map([...tools].map(([id, d]) => [id, [id, d.users, d.devices, d.first, d.last]]))),
  );
  await s.run(
    `insert into tool_counts (tool_id, users, devices, first_seen_at, last_seen_at)
     select r.tool_id, r.users, r.devices, r.first_seen_at, r.last_seen_at
     from ${r.from} where true order by ${r.order}
     on conflict (tool_id) do update set
       users = tool_counts.users + excluded.users, devices = tool_counts.devices + excluded.devices,
       first_seen_at = case when tool_counts.first_seen_at is null
         or excluded.first_seen_at < tool_counts.first_seen_at
         then coalesce(excluded.first_seen_at, tool_counts.first_seen_at) else tool_counts.first_seen_at end,
       last_seen_at = case when tool_counts.last_seen_at is null or excluded.last_seen_at > tool_counts.last_seen_at
         then coalesce(excluded.last_seen_at, tool_counts.last_seen_at) else tool_counts.last_seen_at end
     where excluded.users <> 0 or excluded.devices <> 0 or tool_counts.first_seen_at is null
       or excluded.first_seen_at < tool_counts.first_seen_at or excluded.last_seen_at > tool_counts.last_seen_at`,
    r.params,
  );
}

/** Adds `n` to a count column per key (rows sorted by key; rows adding 0 are left out). */
async function addTo(
  s: Statements,
  table: string,
  keys: readonly string[],
  column: string,
  rows: SqlValue[][],
) {
  const changes = rows.filter((row) => row[row.length - 1] !== 0);
  if (changes.length === 0) return;
  const sorted = byKey(new Map(changes.map((row) => [row.slice(0, -1).map(String).join('\u0000'), row])));
  const r = s.rows([...keys.map((k) => [k, T] as const), [column, B] as const], sorted);
  const list = [...keys, column].map((c) => `r.${c}`).join(', ');
  await s.run(
    `insert into ${table} (${[...keys, column].join(', ')}) select ${list} from ${r.from}
     where true order by ${r.order}
     on conflict (${keys.join(', ')}) do update set ${column} = ${table}.${column} + excluded.${column}`,
    r.params,
  );
}

/** Each person's last time seen across tools, and how many people were last seen on each day. */
async function maintainPeople(
  s: Statements,
  personLast: ReadonlyMap<string, number>,
  before: ReadonlyMap<string, number>,
) {
  if (personLast.size === 0) return;
  const ids = [...personLast.keys()].sort();
  const days = new Map<string, number>();
  const rows: SqlValue[][] = [];
  for (const id of ids) {
    const old = before.get(id);
    const last = Math.max(old ?? 0, personLast.get(id)!);
    if (old === last) continue;
    rows.push([id, last]);
    if (old !== undefined && dayOf(old) === dayOf(last)) continue;
    if (old !== undefined) days.set(dayOf(old), (days.get(dayOf(old)) ?? 0) - 1);
    days.set(dayOf(last), (days.get(dayOf(last)) ?? 0) + 1);
  }
  if (rows.length > 0) {
    const w = s.rows(
      [
        ['user_id', T],
        ['last_seen_at', B],
      ],
      rows,
    );
    await s.run(
      `insert into person_seen (user_id, last_seen_at) select r.user_id, r.last_seen_at
       from ${w.from} where true order by ${w.order}
       on conflict (user_id) do update set last_seen_at = excluded.last_seen_at`,
      w.params,
    );
  }
  await addTo(s, 'people_last_days', ['day'], 'people', [...days]);
}

/** Per (week, person) of the pushed day rows, the last day. */
function weekKeys(fold: Fold): Array<{ week: string; userId: string; lastDay: string }> {
  const out = new Map<string, { week: string; userId: string; lastDay: string }>();
  for (const d of fold.presence.userDays.values()) {
    const week = weekOf(d.day);
    const k = key(week, d.userId);
    const w = out.get(k);
    if (w === undefined) out.set(k, { week, userId: d.userId, lastDay: d.day });
    else if (d.day > w.lastDay) w.lastDay = d.day;
  }
  return byKey(out);
}

/** Who was active in each week (and until which day of it), and how many people each week had. */
async function maintainWeeks(s: Statements, fold: Fold) {
  const weeks = weekKeys(fold);
  if (weeks.length === 0) return;
  const r = s.rows(
    [
      ['week', T],
      ['user_id', T],
    ],
    weeks.map((w) => [w.week, w.userId]),
  );
  const stored = await s.all<{ week: string; user_id: string; last_day: string }>(
    `select r.week, r.user_id, u.last_day from ${r.from} ${s.lookup(
      'person_weeks',
      ['last_day'],
      'u.week = r.week and u.user_id = r.user_id',
    )}`,
    r.params,
  );
  const before = new Map(stored.map((p) => [key(p.week, p.user_id), p.last_day]));
  const added = new Map<string, number>();
  const rows = weeks.filter((w) => {
    const old = before.get(key(w.week, w.userId));
    if (old === undefined) added.set(w.week, (added.get(w.week) ?? 0) + 1);
    return old === undefined || w.lastDay > old;
  });
  if (rows.length > 0) {
    const w = s.rows(
      [
        ['week', T],
        ['user_id', T],
        ['last_day', T],
      ],
      rows.map((x) => [x.week, x.userId, x.lastDay]),
    );
    await s.run(
      `insert into person_weeks (week, user_id, last_day) select r.week, r.user_id, r.last_day
       from ${w.from} where true order by ${w.order}
       on conflict (week, user_id) do update set last_day = excluded.last_day`,
      w.params,
    );
  }
  await addTo(s, 'week_people', ['week'], 'people', [...added]);
}

/**
 * Per (tool, day), how many people used the tool that day (migration 0020): the pushed
 * tool_user_days rows not stored yet, each one more person, counted and added in one statement.
 * Their people are locked already (maintainCounts), so two transactions never both count one row.
 */
async function maintainDayPeople(s: Statements, fold: Fold) {
  const days = byKey(fold.presence.userDays);
  if (days.length === 0) return;
  if (s.perRow) return storeDayPeopleEach(s, fold, days);
  const r = s.rows(
    [
      ['user_id', T],
      ['day', T],
      ['tool_id', T],
    ],
    days.map((d) => [d.userId, d.day, d.toolId]),
  );
  const match = 'u.user_id = r.user_id and u.day = r.day and u.tool_id = r.tool_id';
  // As s.lookup: PostgreSQL seeks each row through a lateral subquery instead of hashing the table.
  const fresh =
    s.dialect === 'sqlite'
      ? `${r.from} where not exists (select 1 from tool_user_days as u where ${match})`
      : `${r.from} left join lateral (select 1 as hit from tool_user_days as u where ${match} limit 1) as u
         on true where u.hit is null`;
  await s.run(
    `insert into tool_day_people (tool_id, day, people)
     select r.tool_id, r.day, count(*) from ${fresh}
     group by r.tool_id, r.day order by r.tool_id, r.day
     on conflict (tool_id, day) do update set people = tool_day_people.people + excluded.people`,
    r.params,
  );
}

/**
 * maintainDayPeople with one statement per row (Statements.perRow, SQLite): the tool_user_days rows
 * are inserted here, each `on conflict do nothing`, and each that changed a row is one more person
 * on its (tool, day) — one statement per row instead of a lookup of each row and then its insert
 * (storeOwnPresence then leaves them out). SQLite has one write transaction at a time, and ingest
 * writes nothing else between here and there, so the result is the same.
 */
async function storeDayPeopleEach(
  s: Statements,
  fold: Fold,
  days: ReadonlyArray<{ toolId: string; userId: string; day: string }>,
) {
  const changed = s.insertEach(
    'tool_user_days',
    USER_DAY_COLUMNS,
    days.map((d) => [d.userId, d.day, d.toolId]),
    USER_DAY_CONFLICT,
  );
  fold.presence.userDaysStored = true;
  const added = new Map<string, { toolId: string; day: string; people: number }>();
  for (let i = 0; i < days.length; i++) {
    if (changed[i] === 0) continue;
    const d = days[i]!;
    const k = key(d.toolId, d.day);
    const a = added.get(k);
    if (a === undefined) added.set(k, { toolId: d.toolId, day: d.day, people: 1 });
    else a.people++;
  }
  await s.insertRows(
    'tool_day_people',
    [
      ['tool_id', T],
      ['day', T],
      ['people', B],
    ],
    byKey(added).map((a) => [a.toolId, a.day, a.people]),
    'on conflict (tool_id, day) do update set people = tool_day_people.people + excluded.people',
  );
}

/** tool_user_days as ingest writes it (here and in aggregates.ts), in its key order. */
export const USER_DAY_COLUMNS = [
  ['user_id', T],
  ['day', T],
  ['tool_id', T],
] as const;
export const USER_DAY_CONFLICT = 'on conflict (user_id, day, tool_id) do nothing';
