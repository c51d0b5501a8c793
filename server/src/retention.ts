import { uuidv7Floor } from '@lantern/shared';
import { sql } from 'kysely';
import type { Db } from './db/database';
import { getSettings } from './db/repositories/config.repository';
import { dayString } from './inventory/days';
import { pruneMaintainedWeeks } from './inventory/maintained-retention';
import { applyEvidenceRetention } from './retention-evidence';
import { Statements, type IngestDialect } from './sync/push/sql';

/**
 * Deletes usage older than the retention setting: raw day totals (the data guard's counts too) and
 * the day-level aggregates.
 * Acknowledgements, registrations, requests and the audit log are evidence and are kept; the
 * per-tool first/last-seen summary stays too. Idempotent, so several processes may run it.
 */
export async function applyRetention(
  db: Db,
  now = Date.now(),
): Promise<{ cutoffDay: string | null; deleted: number }> {
  const { retentionDays } = await getSettings(db);
  if (retentionDays === null) return { cutoffDay: null, deleted: 0 };
  const cutoffDay = dayString(now, retentionDays);
  let deleted = 0;
  deleted += await deleteUsageDays(db, cutoffDay);
  for (const table of ['embedded_days', 'guard_days', 'tool_days'] as const) {
    const res = await db.deleteFrom(table).where('day', '<', cutoffDay).executeTakeFirst();
    deleted += Number(res.numDeletedRows);
  }
  deleted += await deleteToolUserDays(db, cutoffDay);
  // The inventory's weekly active people (migration 0017) follow the day rows.
  await pruneMaintainedWeeks(db, cutoffDay);
  return { cutoffDay, deleted };
}

/** Devices per transaction when deleting old usage days: each holds their rows' locks briefly. */
const USAGE_DEVICES_PER_TRANSACTION = 200;

/**
 * `usage_days` has no index on the day (migration 0026): its old days are found through
 * `usage_day_groups`, which holds each (device, tool, signal) group's oldest stored day or an
 * older one. The groups with a day before the cutoff are found through its (oldest day, device)
 * index — one seek when nothing is old — and, a few devices per transaction, their old days are
 * deleted through the key (device, tool, signal, day), then each group's oldest day becomes the
 * oldest it still stores, or the group goes. On PostgreSQL the devices' rows are locked first, as
 * ingest locks them before it reads or writes their groups, so a push never adds an older day
 * between the delete and the update and gets overwritten (SQLite writes one transaction at a time).
 */
async function deleteUsageDays(db: Db, cutoffDay: string): Promise<number> {
  const old = await db
    .selectFrom('usage_day_groups')
    .select('device_id')
    .distinct()
    .where('oldest_day', '<', cutoffDay)
    .orderBy('device_id')
    .execute();
  const devices = old.map((g) => g.device_id);
  let deleted = 0;
  for (let i = 0; i < devices.length; i += USAGE_DEVICES_PER_TRANSACTION) {
    const batch = devices.slice(i, i + USAGE_DEVICES_PER_TRANSACTION);
    deleted += await db.transaction().execute((trx) => deleteDevicesUsageDays(trx, batch, cutoffDay));
  }
  return deleted;
}

async function deleteDevicesUsageDays(trx: Db, devices: string[], cutoffDay: string): Promise<number> {
  const s = new Statements(trx);
  const statements = usageRetentionStatements(s.dialect);
  const ids = s.dialect === 'sqlite' ? JSON.stringify(devices) : devices;
  if (statements.lock) await s.all(statements.lock, [ids]);
  const deleted = await s.run(statements.deleteDays, [ids, cutoffDay, cutoffDay]);
  await s.run(statements.deleteGroups, [ids, cutoffDay]);
  await s.run(statements.moveGroups, [ids, cutoffDay]);
  return deleted;
}

/**
 * The statements (exported for their query-plan test); each takes the devices (a JSON array on
 * SQLite, an array on PostgreSQL) and the cutoff day, the first twice.
 */
export function usageRetentionStatements(dialect: IngestDialect) {
  const among = dialect === 'sqlite' ? 'in (select value from json_each(?))' : '= any(cast(? as text[]))';
  const group = `u.device_id = usage_day_groups.device_id and u.tool_id = usage_day_groups.tool_id
    and u.signal = usage_day_groups.signal`;
  return {
    lock:
      dialect === 'sqlite'
        ? null
        : `select id from devices where id = any(cast(? as text[])) order by id for update`,
    deleteDays: `delete from usage_days
      where (device_id, tool_id, signal) in (
        select g.device_id, g.tool_id, g.signal from usage_day_groups as g
        where g.device_id ${among} and g.oldest_day < ?)
      and day < ?`,
    deleteGroups: `delete from usage_day_groups
      where device_id ${among} and oldest_day < ? and not exists (select 1 from usage_days as u where ${group})`,
    moveGroups: `update usage_day_groups set oldest_day = (select min(u.day) from usage_days as u where ${group})
      where device_id ${among} and oldest_day < ?`,
  };
}

/**
 * `tool_user_days` has no index but its key (user, day, tool) (migrations 0023 and 0024: each index
 * fewer is one b-tree fewer for every ingested row to write), so its old days go through the key:
 * the people are walked in it, one seek each (`min(user_id) > previous`), and each person's days
 * before the cutoff are one range of it.
 */
async function deleteToolUserDays(db: Db, cutoffDay: string): Promise<number> {
  const res = await toolUserDaysBefore(cutoffDay).execute(db);
  return Number(res.numAffectedRows ?? 0);
}

/** The statement (exported for its query-plan test). */
export function toolUserDaysBefore(cutoffDay: string) {
  return sql`with recursive people (id) as (
      select min(user_id) from tool_user_days
      union all
      select (select min(t.user_id) from tool_user_days as t where t.user_id > people.id)
      from people where people.id is not null)
    delete from tool_user_days
    where user_id in (select id from people where id is not null) and day < ${cutoffDay}`;
}

/**
 * Event kinds whose effect on the server is the same however often one arrives: day totals keep the
 * larger of stored and pushed (usage, embedded discovery, the data guard's counts), and an extension
 * list no newer than the stored one changes nothing. Their `seen_events` rows (one per event ever
 * pushed) serve only to answer a resend as a duplicate, so they need not be kept for long. The other
 * kinds' rows stay: a registration, acknowledgement or request stored twice would be evidence twice.
 */
export const REPLAY_SAFE_KINDS = [
  'usage',
  'embedded_discovery',
  'data_guard',
  'extension_inventory',
] as const;

/**
 * How long a replay-safe event's `seen_events` row is kept, counted from the time in its id (the
 * UUIDv7 the device gave it when it recorded the event). An honest extension resends an event only
 * when the answer to a push was lost, moments later; the day totals it keeps are deleted 35 days
 * after they were sent. A later resend, or a device that lies about its ids, stores nothing new
 * (see REPLAY_SAFE_KINDS); its answer counts the event as stored rather than as a duplicate.
 */
export const SEEN_EVENTS_DAYS = 35;

/** Devices per statement when pruning `seen_events`: each statement holds the write lock briefly. */
const SEEN_DEVICES_PER_STATEMENT = 50;

/**
 * Deletes the `seen_events` rows of replay-safe events recorded more than SEEN_EVENTS_DAYS ago.
 * Without it the table kept one row for every event ever pushed, whatever `retentionDays` said:
 * when each device pushed what kind of event, kept for ever, and a table that only grew (about a
 * hundred bytes in two b-trees per event). Runs whatever the retention settings are. The devices
 * go a few per statement, so the first pass on a large install (every row older than five weeks)
 * never holds the write lock for long; once the table is pruned, a pass is one seek per device.
 */
export async function pruneSeenEvents(
  db: Db,
  now = Date.now(),
  perStatement = SEEN_DEVICES_PER_STATEMENT,
): Promise<number> {
  const before = now - SEEN_EVENTS_DAYS * 86_400_000;
  let deleted = 0;
  for (let after = ''; ;) {
    const batch = await db
      .selectFrom('devices')
      .select('id')
      .where('id', '>', after)
      .orderBy('id')
      .limit(perStatement)
      .execute();
    if (batch.length === 0) return deleted;
    const devices = batch.map((d) => d.id);
    const res = await seenEventsBefore(devices, before).execute(db);
    deleted += Number(res.numAffectedRows ?? 0);
    after = devices[devices.length - 1]!;
  }
}

/**
 * The statement for some devices (exported for its query-plan test). Event ids are lower-case
 * UUIDv7s, whose first 48 bits are the milliseconds they were made at, so the ids made before
 * `before` are the ones that sort before that millisecond's floor (`uuidv7Floor`): each device's old
 * ids are one range of the table's key (device, event id).
 */
export function seenEventsBefore(devices: readonly string[], before: number) {
  return sql`delete from seen_events
    where device_id in (${sql.join(devices)}) and event_id < ${uuidv7Floor(before)}
      and kind in (${sql.join(REPLAY_SAFE_KINDS.map((k) => sql.lit(k)))})`;
}

/** Runs retention now and then hourly; the timer never keeps the process alive. */
export function scheduleRetention(db: Db, onError: (error: unknown) => void): () => void {
  const tick = () => {
    void applyRetention(db).catch(onError);
    void applyEvidenceRetention(db).catch(onError);
    void pruneSeenEvents(db).catch(onError);
  };
  tick();
  const timer = setInterval(tick, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
