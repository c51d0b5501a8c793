import { byKey, key, type Fold, type SeenWindow } from './fold';
import type { Statements } from './sql';
import type { Growth } from './usage';
import { USER_DAY_COLUMNS, USER_DAY_CONFLICT } from './maintained-counts';

/**
 * The aggregates the inventory reads, one statement per table for all the pushes. Rows of a user or
 * a device come first; rows every device shares (tool × day, tool × signal, embedding sites) last,
 * just before the acknowledgement chain: on PostgreSQL a transaction holds those contended locks
 * only for its last few statements. Each statement takes its rows in key order.
 *
 * First/last-seen windows widen with CASE rather than MIN/MAX/GREATEST, which keeps the statement
 * the same on SQLite and PostgreSQL and atomic when several processes ingest at once.
 */
const widenWindow = (table: string) => `
  first_seen_at = case when excluded.first_seen_at < ${table}.first_seen_at
    then excluded.first_seen_at else ${table}.first_seen_at end,
  last_seen_at = case when excluded.last_seen_at > ${table}.last_seen_at
    then excluded.last_seen_at else ${table}.last_seen_at end`;

/** Only rows whose window grows are written: an unchanged row costs no page write (no new version). */
const windowGrows = (table: string) => `
  where excluded.first_seen_at < ${table}.first_seen_at or excluded.last_seen_at > ${table}.last_seen_at`;

const windowColumns = (owner: 'user_id' | 'device_id' | 'signal') =>
  [
    ['tool_id', 'text'],
    [owner, 'text'],
    ['first_seen_at', 'bigint'],
    ['last_seen_at', 'bigint'],
  ] as const;
const WINDOW_COLUMNS = {
  user_id: windowColumns('user_id'),
  device_id: windowColumns('device_id'),
  signal: windowColumns('signal'),
};

/** tool_users, tool_devices or tool_signals: the window per tool and its second key column. */
async function widenSeen<W extends SeenWindow & { toolId: string }>(
  s: Statements,
  table: 'tool_users' | 'tool_devices' | 'tool_signals',
  column: 'user_id' | 'device_id' | 'signal',
  windows: ReadonlyMap<string, W>,
  owner: (w: W) => string,
) {
  if (windows.size === 0) return;
  await s.insertRows(
    table,
    WINDOW_COLUMNS[column],
    byKey(windows).map((w) => [w.toolId, owner(w), w.first, w.last]),
    `on conflict (tool_id, ${column}) do update set ${widenWindow(table)} ${windowGrows(table)}`,
  );
}

/** Rows of one user or one device: tool × user × day, tool × user, tool × device. */
export async function storeOwnPresence(s: Statements, fold: Fold) {
  const { presence } = fold;
  // Keyed person first (migration 0018): one push's rows are one person's, on neighbouring pages.
  // Per row, maintainDayPeople stored them already.
  if (presence.userDays.size > 0 && !presence.userDaysStored)
    await s.insertRows(
      'tool_user_days',
      USER_DAY_COLUMNS,
      byKey(presence.userDays).map((u) => [u.userId, u.day, u.toolId]),
      USER_DAY_CONFLICT,
    );
  await widenSeen(s, 'tool_users', 'user_id', presence.users, (w) => w.userId);
  await widenSeen(s, 'tool_devices', 'device_id', presence.devices, (w) => w.deviceId);
}

/** Rows every device shares: tool × day totals, tool × signal windows, embedding sites. */
export async function storeSharedAggregates(s: Statements, fold: Fold, growth: Growth) {
  if (growth.toolDays.size > 0) {
    // One statement whatever the dialect: each statement with a row for tool_days fires its trigger,
    // whose insert into inventory_changes (AUTOINCREMENT) reads and writes sqlite_sequence once per
    // statement, so per row it costs 2.5 times as much (perf-ingest.md).
    const r = s.rows(
      [
        ['tool_id', 'text'],
        ['day', 'text'],
        ['visits', 'bigint'],
        ['active_seconds', 'bigint'],
      ],
      byKey(growth.toolDays).map((g) => [g.toolId, g.day, g.visits, g.activeSeconds]),
    );
    await s.run(
      `insert into tool_days (tool_id, day, visits, active_seconds)
       select r.tool_id, r.day, r.visits, r.active_seconds from ${r.from} where true order by ${r.order}
       on conflict (tool_id, day) do update set
         visits = tool_days.visits + excluded.visits,
         active_seconds = tool_days.active_seconds + excluded.active_seconds`,
      r.params,
    );
  }
  await widenSeen(s, 'tool_signals', 'signal', fold.presence.signals, (w) => w.signal);
  if (fold.embeddedSeen.size > 0) {
    const r = s.rows(
      [
        ['tool_id', 'text'],
        ['initiator_host', 'text'],
        ['requests', 'bigint'],
        ['first_seen_at', 'bigint'],
        ['last_seen_at', 'bigint'],
      ],
      byKey(fold.embeddedSeen).map((w) => [
        w.toolId,
        w.initiatorHost,
        growth.siteRequests.get(key(w.toolId, w.initiatorHost)) ?? 0,
        w.first,
        w.last,
      ]),
    );
    await s.run(
      `insert into embedded_sites (tool_id, initiator_host, requests, first_seen_at, last_seen_at)
       select r.tool_id, r.initiator_host, r.requests, r.first_seen_at, r.last_seen_at
       from ${r.from} where true order by ${r.order}
       on conflict (tool_id, initiator_host) do update set
         requests = embedded_sites.requests + excluded.requests, ${widenWindow('embedded_sites')}`,
      r.params,
    );
  }
}
