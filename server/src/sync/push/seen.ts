import type { SyncEvent } from '@lantern/shared';
import { key } from './fold';
import type { Push } from './push';
import type { SqlValue, Statements } from './sql';

const SEEN_COLUMNS = [
  ['device_id', 'text'],
  ['event_id', 'text'],
  ['kind', 'text'],
  ['received_at', 'bigint'],
] as const;

type Relation = ReturnType<Statements['rows']>;

/**
 * Exactly once per (device, event id): records the pushes' events in seen_events and returns each
 * push's new ones (null for a push of a device not in `live`). An event is new for the first push,
 * in order, that carries it, unless it was stored before.
 *
 * Usually nothing was stored before. On SQLite the rows are inserted at once: a resent event fails
 * the insert on the primary key, which undoes only that statement, and then the stored ones are
 * looked up and the rest inserted. PostgreSQL would abort the whole transaction instead, so there
 * they are looked up first — safe across processes, because the devices' rows are locked first
 * (push.ts), so a transaction of the same device waits for this one and then sees its rows. The
 * inserts have no `on conflict`: a row that appeared anyway fails the transaction (each push is then
 * retried alone) instead of counting an event twice.
 */
export async function claimNewEvents(
  s: Statements,
  pushes: readonly Push[],
  live: ReadonlyMap<string, unknown>,
): Promise<Array<SyncEvent[] | null>> {
  // Each push carries an id once (pushEvents), so an id repeats only across pushes of one device:
  // when every push is another device's, no event needs checking against the earlier ones.
  const shared = new Set(pushes.map((p) => p.origin.deviceId)).size < pushes.length;
  const taken = new Set<string>();
  const rows: SqlValue[][] = [];
  const claims = pushes.map((p) => {
    const { deviceId, now } = p.origin;
    if (!live.has(deviceId)) return null;
    if (!shared) {
      for (const e of p.events) rows.push([deviceId, e.id, e.kind, now]);
      return p.events;
    }
    return p.events.filter((e) => {
      const k = key(deviceId, e.id);
      if (taken.has(k)) return false;
      taken.add(k);
      rows.push([deviceId, e.id, e.kind, now]);
      return true;
    });
  });
  if (rows.length === 0) return claims;
  if (s.perRow) return claimEach(s, pushes, claims, rows);
  const all = s.rows(SEEN_COLUMNS, rows);
  if (s.dialect === 'sqlite' && (await insertedAll(s, all))) return claims;
  const stored = await storedBefore(s, all);
  if (stored.size === 0) {
    await insertSeen(s, all);
    return claims;
  }
  const fresh = rows.filter(([device, id]) => !stored.has(key(device as string, id as string)));
  if (fresh.length > 0) await insertSeen(s, s.rows(SEEN_COLUMNS, fresh));
  return claims.map(
    (events, i) => events?.filter((e) => !stored.has(key(pushes[i]!.origin.deviceId, e.id))) ?? null,
  );
}

/**
 * SQLite, one statement per row (Statements.perRow): each row is inserted unless stored before
 * (`on conflict do nothing`), and a row that changed nothing is an event stored before. The insert
 * itself is the claim, in the one write transaction SQLite allows at a time, so an event counts once.
 */
function claimEach(
  s: Statements,
  pushes: readonly Push[],
  claims: Array<SyncEvent[] | null>,
  rows: SqlValue[][],
): Array<SyncEvent[] | null> {
  const changed = s.insertEach('seen_events', SEEN_COLUMNS, rows, 'on conflict do nothing');
  let stored: Set<string> | null = null;
  for (let i = 0; i < rows.length; i++)
    if (changed[i] === 0) (stored ??= new Set()).add(key(rows[i]![0] as string, rows[i]![1] as string));
  if (stored === null) return claims;
  const before = stored;
  return claims.map(
    (events, i) => events?.filter((e) => !before.has(key(pushes[i]!.origin.deviceId, e.id))) ?? null,
  );
}

/** SQLite: inserts every row, or none when one was stored before (a resend). */
async function insertedAll(s: Statements, r: Relation): Promise<boolean> {
  try {
    await insertSeen(s, r);
    return true;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return false;
    throw error;
  }
}

/** key(device, event id) of the rows already in seen_events. */
async function storedBefore(s: Statements, r: Relation): Promise<Set<string>> {
  const found = await s.all<{ device_id: string; event_id: string }>(
    `select r.device_id, r.event_id from ${r.from} ${s.lookup(
      'seen_events',
      ['event_id'],
      'u.device_id = r.device_id and u.event_id = r.event_id',
    )}`,
    r.params,
  );
  return new Set(found.map((f) => key(f.device_id, f.event_id)));
}

async function insertSeen(s: Statements, r: Relation): Promise<void> {
  await s.run(
    `insert into seen_events (device_id, event_id, kind, received_at)
     select r.device_id, r.event_id, r.kind, r.received_at from ${r.from}
     where true order by ${r.order}`,
    r.params,
  );
}
