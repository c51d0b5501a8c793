import type { SyncEvent } from '@lantern/shared';
import type { Kysely, SqliteDatabase } from 'kysely';
import { sqliteOf } from '../../db/direct-sqlite';
import { identitiesOf } from '../../audit/identity';
import type { Database, Db } from '../../db/database';
import { storeOwnPresence, storeSharedAggregates } from './aggregates';
import { emptyFold, foldPush, type Fold, type Origin, type Tagged } from './fold';
import {
  appendAcknowledgements,
  approvalRequests,
  insertRequests,
  type NewRequest,
  storeJustifications,
  storeRegistrations,
} from './records';
import { storeGuard } from './guard';
import { resolveSelfReport } from './self-report';
import { maintainCounts } from './maintained-counts';
import { GroupCommitQueue, type GroupCommitCounts } from './queue';
import { claimNewEvents } from './seen';
import { dialectOf, Statements } from './sql';
import type { IngestDevice } from './types';
import { Growth, storeEmbedded, storeExtensionSnapshots, storeUsage } from './usage';
import { validateAgainstDatabase } from './validate';
import { emitIngestEvents } from '../../webhooks/ingest-events';
import { storeCompletions } from '../../literacy/ingest';

export class DeviceRevokedError extends Error {}

export interface PushResult {
  stored: string[];
  duplicates: number;
  /** Stored events refused for good (self-reports over quota); only present when there are some. */
  rejected?: Array<{ id: string; reason: string }>;
}

/**
 * Validates and stores a batch; the answer comes only after the transaction holding it committed.
 *
 * Pushes that arrive while the database is busy are committed together (queue.ts): one
 * transaction, one statement per table for all of them, one commit — and on PostgreSQL one pass
 * over the rows every device shares instead of one per push, which is what concurrent pushes
 * queue on. Each push is still applied as if alone and in arrival order: exactly once per
 * (device, event id), its own `stored` and `duplicates`, a revoked device refused without touching
 * the others. If a group fails, each of its pushes runs again alone, so one bad push cannot fail
 * the rest.
 */
export async function pushEvents(
  db: Kysely<Database>,
  device: IngestDevice,
  events: readonly SyncEvent[],
  now = Date.now(),
  body?: string,
): Promise<PushResult> {
  const timed = await validateAgainstDatabase(db, events, now);
  const seen = new Set<string>();
  const kept: SyncEvent[] = [];
  const wire: PushWire | null = body === undefined ? null : { body, dropped: [], moved: [] };
  for (let i = 0; i < timed.length; i++) {
    const e = timed[i]!;
    if (seen.has(e.id)) {
      wire?.dropped.push(i);
      continue;
    }
    seen.add(e.id);
    kept.push(e);
    if (e !== events[i]) wire?.moved.push(i, e.at); // serverTimed moved its time (time.ts)
  }
  const push: Push = { origin: { ...device, now }, events: kept };
  const writer = writers.get(db);
  return writer ? writer.commit(push, wire) : queueFor(db).add(push);
}

/**
 * A push as its JSON text (`{"events":[…]}`, the body the events were parsed from) and what
 * pushEvents changed: the events it dropped (an id seen earlier in the batch) and the times it
 * moved, as [index, at] pairs. Posting it costs the HTTP thread a string copy instead of a
 * structured clone of every event (writer-thread.ts); the writer parses it once (eventsOfWire).
 */
export interface PushWire {
  body: string;
  dropped: number[];
  moved: number[];
}

/** The events pushEvents kept, from the wire: equal to `push.events` on the sending side. */
export function eventsOfWire(wire: PushWire): SyncEvent[] {
  const events = (JSON.parse(wire.body) as { events: SyncEvent[] }).events;
  for (let j = 0; j < wire.moved.length; j += 2) {
    const i = wire.moved[j]!;
    events[i] = { ...events[i]!, at: wire.moved[j + 1]! };
  }
  if (wire.dropped.length === 0) return events;
  const dropped = new Set(wire.dropped);
  return events.filter((_, i) => !dropped.has(i));
}

/** What commits pushes for a database in another thread (writer-thread.ts). */
export interface PushWriter {
  /** `wire`, when given, is `push` as text (PushWire). */
  commit(push: Push, wire?: PushWire | null): Promise<PushResult>;
  /** Its groups committed and the pushes they held. */
  counts(): Promise<GroupCommitCounts>;
}

const writers = new WeakMap<Kysely<Database>, PushWriter>();

/**
 * Groups committed for `db` and the pushes they held, by whoever commits them (the writer thread,
 * since it started, or this thread's queue): pushes per commit is `items / groups`, what a
 * SQLite commit's cost is shared by (SQLITE_LINGER_MS).
 */
export function pushCommitCounts(db: Kysely<Database>): Promise<GroupCommitCounts> {
  const writer = writers.get(db);
  return writer ? writer.counts() : Promise.resolve({ ...queueFor(db).committed });
}

/** From now on pushes to `db` are committed by `writer` (null: in this thread again). */
export function usePushWriter(db: Kysely<Database>, writer: PushWriter | null): void {
  if (writer) writers.set(db, writer);
  else writers.delete(db);
}

export interface Push {
  origin: Origin;
  /** Each id once, in batch order. */
  events: SyncEvent[];
}

export type Outcome = PushResult | DeviceRevokedError;

/** Bounds a group: its statements carry all its rows as parameters. */
const MAX_GROUP_EVENTS = 2000;

const queues = new WeakMap<Kysely<Database>, GroupCommitQueue<Push, PushResult>>();

/**
 * How long a SQLite group waits for pushes it expects (GroupCommitQueue's `lingerMs`). A SQLite
 * commit costs about what the WAL frames it writes do, and ~65 of them are pages every group
 * rewrites whatever its size (over half of a one-push commit's: hot leaves of the aggregates and
 * indexes, the schema page, the change logs). In the ingest replay, CPU per event was 91 / 68 / 53
 * µs at 1 / 2 / 4 pushes per commit. Under `pnpm bench ingest`'s load, answered devices take longer
 * than 2 ms to send their next push through the HTTP thread, so groups averaged 2.2–2.3 pushes;
 * waiting up to 10 ms makes them 3.2–3.4 (docs/performance.md). A lone device never waits: the
 * queue lingers only while fewer pushes wait than were recently in it at once.
 */
const SQLITE_LINGER_MS = 10;

/**
 * One queue per database (on a SQLite file served by startServer, the writer thread's own). SQLite
 * has one connection, so one group at a time; on PostgreSQL two overlap, so one group's round trips
 * overlap the other's commit.
 */
export function queueFor(db: Kysely<Database>): GroupCommitQueue<Push, PushResult> {
  let queue = queues.get(db);
  if (queue === undefined) {
    const sqlite = dialectOf(db) === 'sqlite';
    queue = new GroupCommitQueue((pushes) => commitPushes(db, pushes), {
      parallel: sqlite ? 1 : 2,
      lingerMs: sqlite ? SQLITE_LINGER_MS : 2,
      weight: (p) => p.events.length,
      maxGroupWeight: MAX_GROUP_EVENTS,
    });
    queues.set(db, queue);
  }
  return queue;
}

/** PostgreSQL's deadlock and serialization failures: the transaction was rolled back whole. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/**
 * Stores validated pushes in one transaction, as if one after the other in this order. A
 * transaction PostgreSQL rolled back is run again, a few times, before giving up.
 */
export async function commitPushes(db: Kysely<Database>, pushes: readonly Push[]): Promise<Outcome[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute((trx) => storePushes(trx, pushes, sqliteOf(db)));
    } catch (error) {
      if (!isRetryable(error) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * The pushes folded in memory, then one statement per table. Statement order is the lock order:
 * the devices' rows first, in id order (each serialises the pushes of its device, across processes
 * too), then rows of those devices and users, then rows all devices share — each statement in key
 * order — and the acknowledgement chain head last, so on PostgreSQL the contended locks are held
 * only for the last few statements and the commit, and are always taken in the same order.
 * On a SQLite connection opened by createDatabase (`sqlite`), the hottest tables' statements run
 * once per row on it instead (sql.ts, `perRow`), in the same order.
 */
async function storePushes(
  trx: Db,
  pushes: readonly Push[],
  sqlite: SqliteDatabase | undefined,
): Promise<Outcome[]> {
  const s = new Statements(trx, sqlite);
  const live = await touchDevices(s, pushes);
  const claims = await claimNewEvents(s, pushes, live);
  const fold = emptyFold();
  const outcomes = pushes.map((p, i): Outcome => {
    const fresh = claims[i];
    if (!fresh) return new DeviceRevokedError('device revoked');
    foldPush(fold, p.origin, fresh);
    return { stored: p.events.map((e) => e.id), duplicates: p.events.length - fresh.length };
  });

  const growth = new Growth();
  await storeUsage(s, fold, growth);
  await storeEmbedded(s, fold, growth);
  await storeGuard(s, fold);
  await storeExtensionSnapshots(s, fold, live);
  await storeRegistrations(s, fold);
  await storeJustifications(s, fold);
  const requests = approvalRequests(fold);
  const rejected = await resolveSelfReports(trx, fold, requests);
  pushes.forEach((p, i) => {
    const refused = rejected.get(p.origin);
    const outcome = outcomes[i];
    if (refused && outcome && !(outcome instanceof DeviceRevokedError)) outcome.rejected = refused;
  });
  await insertRequests(s, requests);
  await emitIngestEvents(trx, fold, requests);
  await maintainCounts(s, fold);
  await storeOwnPresence(s, fold);
  await storeSharedAggregates(s, fold, growth);
  const persons = await identitiesOf(
    trx,
    fold.acknowledgements.map((a) => a.origin.userId),
  );
  await appendAcknowledgements(s, fold.acknowledgements, persons);
  await storeCompletions(trx, fold.completions);
  return outcomes;
}

/**
 * Self-reports become requests (added to `requests`) or are refused for good: the refusals by the
 * push that carried them.
 */
async function resolveSelfReports(
  trx: Db,
  fold: Fold,
  requests: Array<Tagged<NewRequest>>,
): Promise<Map<Origin, Array<{ id: string; reason: string }>>> {
  const rejected = new Map<Origin, Array<{ id: string; reason: string }>>();
  for (const report of fold.selfReports) {
    const out = await resolveSelfReport(trx, report, fold.presence);
    if ('request' in out) requests.push(out.request);
    else
      rejected.set(report.origin, [
        ...(rejected.get(report.origin) ?? []),
        { id: report.event.id, reason: out.rejected },
      ]);
  }
  return rejected;
}

/**
 * Marks the pushing devices seen (at their last push's time) and returns the ones not revoked, with
 * when their stored extension list was taken. On PostgreSQL the rows are found through the primary
 * key with the ids sorted, so concurrent transactions lock them in the same order.
 */
async function touchDevices(s: Statements, pushes: readonly Push[]): Promise<Map<string, number | null>> {
  const lastSeen = new Map<string, number>();
  for (const p of pushes) lastSeen.set(p.origin.deviceId, p.origin.now);
  const ids = [...lastSeen.keys()].sort();
  const r = s.rows(
    [
      ['id', 'text'],
      ['now', 'bigint'],
    ],
    ids.map((id) => [id, lastSeen.get(id)!]),
  );
  const rows = await s.all<{ id: string; extensions_at: number | bigint | null }>(
    s.dialect === 'sqlite'
      ? `update devices set last_seen_at = r.now from ${r.from}
         where devices.id = r.id and devices.revoked_at is null
         returning devices.id, devices.extensions_at`
      : `update devices set last_seen_at = (select r.now from ${r.from} where r.id = devices.id)
         where devices.id = any(cast(? as text[])) and devices.revoked_at is null
         returning devices.id, devices.extensions_at`,
    s.dialect === 'sqlite' ? r.params : [...r.params, ids],
  );
  return new Map(rows.map((d) => [d.id, d.extensions_at === null ? null : Number(d.extensions_at)]));
}
