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
  const taken = new Set<string>();
  const rows: SqlValue[][] = [];
  const claims = pushes.map((p) => {
    if (!live.has(p.origin.deviceId)) return null;
    return p.events.filter((e) => {
      const k = key(p.origin.deviceId, e.id);
      if (taken.has(k)) return false;
      taken.add(k);
      rows.push([p.origin.deviceId, e.id, e.kind, p.origin.now]);
      return true;
    });
  });
  if (rows.length === 0) return claims;
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
