import type { EventOf } from '@lantern/shared';
import { byKey, key, type Fold, type Tagged, type UsageTotal } from './fold';
import type { SqlValue, Statements } from './sql';

/** How much the pushes grew each tool's day total and each embedding site's request count. */
export class Growth {
  /** By key(tool, day). */
  readonly toolDays = new Map<
    string,
    { toolId: string; day: string; visits: number; activeSeconds: number }
  >();
  /** By key(tool, initiator host). */
  readonly siteRequests = new Map<string, number>();

  addToolDay(toolId: string, day: string, visits: number, activeSeconds: number) {
    if (visits === 0 && activeSeconds === 0) return;
    const k = key(toolId, day);
    const g = this.toolDays.get(k);
    if (g === undefined) this.toolDays.set(k, { toolId, day, visits, activeSeconds });
    else {
      g.visits += visits;
      g.activeSeconds += activeSeconds;
    }
  }

  addSiteRequests(toolId: string, host: string, requests: number) {
    const k = key(toolId, host);
    this.siteRequests.set(k, (this.siteRequests.get(k) ?? 0) + requests);
  }
}

/**
 * Day totals, not deltas: each stored total becomes the larger of stored and pushed, and only the
 * growth goes to the tool's aggregate, so resends and reordering never double count. One read of
 * the stored totals for all keys (each looked up by primary key), one upsert for all of them. The
 * devices' rows are locked first in the transaction, so this read-then-write is safe across
 * processes.
 */
export async function storeUsage(s: Statements, fold: Fold, growth: Growth): Promise<void> {
  const totals = byKey(fold.usage);
  if (totals.length === 0) return;
  const stored = await s.findRows<StoredTotal>(
    [
      ['device_id', 'text'],
      ['tool_id', 'text'],
      ['signal', 'text'],
      ['day', 'text'],
    ],
    totals.map((t) => [t.deviceId, t.toolId, t.signal, t.day]),
    (from) =>
      `select r.device_id, r.tool_id, r.signal, r.day, u.visits, u.active_seconds
       from ${from} ${s.lookup(
         'usage_days',
         ['visits', 'active_seconds'],
         'u.device_id = r.device_id and u.tool_id = r.tool_id and u.signal = r.signal and u.day = r.day',
       )}`,
  );
  const before = new Map(stored.map((u) => [key(u.device_id, u.tool_id, u.signal, u.day), u]));
  await s.insertRows(
    'usage_days',
    USAGE_COLUMNS,
    grownTotals(totals, before, growth),
    `on conflict (device_id, tool_id, signal, day) do update set
       visits = excluded.visits, active_seconds = excluded.active_seconds, updated_at = excluded.updated_at`,
  );
  await storeGroups(s, totals, before);
}

/**
 * Keeps `usage_day_groups` (migration 0026) a lower bound of each group's days, for retention: a
 * group (device, tool, signal) gets a row when it first appears and an older day when one arrives.
 * The totals are sorted by key, so a group's first total is its oldest pushed day; when that day
 * was stored already, the group's row has that day or an older one and the group is left out.
 * The others go to one statement that writes only the groups with no row or a later day (the
 * `not exists` reads each through the key; an upsert alone would lock every row it matched on
 * PostgreSQL, even unchanged) — in a live fleet the first push of a day for a group is checked and
 * almost none writes. Safe across processes like the totals: the devices' rows are locked first,
 * and retention locks them too before it moves a group's day.
 */
async function storeGroups(
  s: Statements,
  totals: readonly UsageTotal[],
  before: ReadonlyMap<string, unknown>,
) {
  const oldest: SqlValue[][] = [];
  let group = '';
  for (const t of totals) {
    const g = key(t.deviceId, t.toolId, t.signal);
    if (g === group) continue;
    group = g;
    if (!before.has(key(t.deviceId, t.toolId, t.signal, t.day)))
      oldest.push([t.deviceId, t.toolId, t.signal, t.day, monthStart(t.day)]);
  }
  if (oldest.length === 0) return;
  const r = s.rows(GROUP_COLUMNS, oldest);
  await s.run(
    `insert into usage_day_groups (device_id, tool_id, signal, oldest_day)
     select r.device_id, r.tool_id, r.signal, r.oldest_day from ${r.from}
     where not exists (
       select 1 from usage_day_groups as g
       where g.device_id = r.device_id and g.tool_id = r.tool_id and g.signal = r.signal and g.oldest_day <= r.day)
     order by ${r.order}
     on conflict (device_id, tool_id, signal) do update set oldest_day = excluded.oldest_day
     where excluded.oldest_day < usage_day_groups.oldest_day`,
    r.params,
  );
}

/**
 * The first day of a day's month: what a group's oldest day is lowered to. Any day no later than the
 * group's rows will do for retention, and catch-up pushes that go back in time a few days each
 * (the ingest benchmark's) then write a group once a month of days instead of on every push.
 * Retention sets the exact oldest day when it passes the group.
 */
function monthStart(day: string): string {
  return day.slice(0, 8) + '01';
}

const GROUP_COLUMNS = [
  ['device_id', 'text'],
  ['tool_id', 'text'],
  ['signal', 'text'],
  ['day', 'text'],
  ['oldest_day', 'text'],
] as const;

interface StoredTotal {
  device_id: string;
  tool_id: string;
  signal: string;
  day: string;
  visits: number;
  active_seconds: number;
}

const USAGE_COLUMNS = [
  ['device_id', 'text'],
  ['user_id', 'text'],
  ['tool_id', 'text'],
  ['signal', 'text'],
  ['day', 'text'],
  ['visits', 'bigint'],
  ['active_seconds', 'bigint'],
  ['updated_at', 'bigint'],
] as const;

/** Each total as stored next (the larger of stored and pushed); what it grew by goes to `growth`. */
function grownTotals(
  totals: readonly UsageTotal[],
  before: ReadonlyMap<string, StoredTotal>,
  growth: Growth,
): SqlValue[][] {
  const rows: SqlValue[][] = [];
  for (const t of totals) {
    const old = before.get(key(t.deviceId, t.toolId, t.signal, t.day));
    const oldVisits = Number(old?.visits ?? 0);
    const oldActive = Number(old?.active_seconds ?? 0);
    const visits = Math.max(oldVisits, t.visits);
    const active = Math.max(oldActive, t.activeSeconds);
    rows.push([t.deviceId, t.userId, t.toolId, t.signal, t.day, visits, active, t.now]);
    growth.addToolDay(t.toolId, t.day, visits - oldVisits, active - oldActive);
  }
  return rows;
}

/** Embedded-AI day totals, the same way; the growth goes to the embedding site. */
export async function storeEmbedded(s: Statements, fold: Fold, growth: Growth): Promise<void> {
  const totals = byKey(fold.embedded);
  if (totals.length === 0) return;
  const keys = s.rows(
    [
      ['device_id', 'text'],
      ['tool_id', 'text'],
      ['initiator_host', 'text'],
      ['day', 'text'],
    ],
    totals.map((t) => [t.deviceId, t.toolId, t.initiatorHost, t.day]),
  );
  const stored = await s.all<{
    device_id: string;
    tool_id: string;
    initiator_host: string;
    day: string;
    requests: number;
  }>(
    `select r.device_id, r.tool_id, r.initiator_host, r.day, u.requests
     from ${keys.from} ${s.lookup(
       'embedded_days',
       ['requests'],
       `u.device_id = r.device_id and u.tool_id = r.tool_id and u.initiator_host = r.initiator_host
        and u.day = r.day`,
     )}`,
    keys.params,
  );
  const before = new Map(
    stored.map((e) => [key(e.device_id, e.tool_id, e.initiator_host, e.day), Number(e.requests)]),
  );
  const rows: SqlValue[][] = [];
  for (const t of totals) {
    const old = before.get(key(t.deviceId, t.toolId, t.initiatorHost, t.day)) ?? 0;
    const requests = Math.max(old, t.requests);
    rows.push([t.deviceId, t.toolId, t.initiatorHost, t.endpointHost, t.day, requests]);
    growth.addSiteRequests(t.toolId, t.initiatorHost, requests - old);
  }
  const r = s.rows(
    [
      ['device_id', 'text'],
      ['tool_id', 'text'],
      ['initiator_host', 'text'],
      ['endpoint_host', 'text'],
      ['day', 'text'],
      ['requests', 'bigint'],
    ],
    rows,
  );
  await s.run(
    `insert into embedded_days (device_id, tool_id, initiator_host, endpoint_host, day, requests)
     select r.device_id, r.tool_id, r.initiator_host, r.endpoint_host, r.day, r.requests
     from ${r.from} where true order by ${r.order}
     on conflict (device_id, tool_id, initiator_host, day) do update set requests = excluded.requests`,
    r.params,
  );
}

/**
 * A newer extension snapshot replaces the device's list; an older one arriving late is ignored.
 * Applied in order against the device's stored snapshot time, as one by one: every applied
 * snapshot's enabled AI extensions count as presence, and only the last one is written.
 */
export async function storeExtensionSnapshots(
  s: Statements,
  fold: Fold,
  storedAt: ReadonlyMap<string, number | null>,
): Promise<void> {
  for (const [deviceId, snapshots] of [...fold.snapshots].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let current = storedAt.get(deviceId) ?? null;
    let latest: Tagged<EventOf<'extension_inventory'>> | null = null;
    for (const snapshot of snapshots) {
      if (current !== null && current > snapshot.event.at) continue;
      current = snapshot.event.at;
      latest = snapshot;
      for (const x of uniqueExtensions(snapshot.event))
        if (x.enabled) fold.presence.record(snapshot.origin, x.toolId, 'extension', null, snapshot.event.at);
    }
    if (latest === null) continue;
    await s.run(`delete from device_extensions where device_id = ?`, [deviceId]);
    const list = uniqueExtensions(latest.event);
    if (list.length > 0) {
      const r = s.rows(
        [
          ['extension_id', 'text'],
          ['tool_id', 'text'],
          ['name', 'text'],
          ['enabled', 'bigint'],
        ],
        list.map((x) => [x.extensionId, x.toolId, x.name, x.enabled ? 1 : 0]),
      );
      await s.run(
        `insert into device_extensions (device_id, extension_id, tool_id, name, enabled, at)
         select cast(? as text), r.extension_id, r.tool_id, r.name, r.enabled, cast(? as bigint)
         from ${r.from} where true order by ${r.order}`,
        [deviceId, latest.event.at, ...r.params],
      );
    }
    await s.run(`update devices set extensions_at = cast(? as bigint) where id = ?`, [
      latest.event.at,
      deviceId,
    ]);
  }
}

/** One entry per extension id, the last listed winning (as the stored list always had it). */
function uniqueExtensions(e: EventOf<'extension_inventory'>) {
  return [...new Map(e.extensions.map((x) => [x.extensionId, x])).values()];
}
