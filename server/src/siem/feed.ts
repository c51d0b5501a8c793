import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, Db, DialectName } from '../db/database';

export type FeedKind = 'acknowledgement' | 'registration' | 'justification' | 'request' | 'audit';

/**
 * Each record kind: its table, its feed reference (unique per kind: device-scoped ids get the
 * device in front) and its order among the rows one sweep adds (chains by seq, others by receipt).
 */
const SOURCES: Record<FeedKind, { table: string; ref: string; order: string }> = {
  audit: { table: 'audit_log', ref: 'cast(r.seq as text)', order: 'r.seq' },
  acknowledgement: { table: 'acknowledgements', ref: 'cast(r.seq as text)', order: 'r.seq' },
  registration: { table: 'registrations', ref: "r.device_id || '/' || r.id", order: 'r.received_at, r.id' },
  justification: { table: 'justifications', ref: "r.device_id || '/' || r.id", order: 'r.received_at, r.id' },
  request: { table: 'requests', ref: "r.device_id || '/' || r.id", order: 'r.received_at, r.id' },
};
export const FEED_KINDS = Object.keys(SOURCES) as FeedKind[];

// An arbitrary constant naming the feed's PostgreSQL advisory lock.
const FEED_LOCK = 0x4c414e54;

/**
 * Gives every committed record that has no feed position yet the next positions, in one
 * transaction holding the feed lock (PostgreSQL: an advisory lock; SQLite: the write lock, which
 * each single INSERT … SELECT holds throughout). Why this and not a sequence or a timestamp
 * assigned when a record is written: those are taken before commit, so a transaction that commits
 * late makes a value *below* one a consumer already passed appear, and the consumer skips it.
 * Here a position is taken only for rows already committed and visible, and sweeps never overlap,
 * so positions become visible strictly in increasing order: paging by "seq > cursor" never skips
 * or repeats. A record committed during a sweep is simply picked up by the next one.
 * Cost: an anti-join of each record table against the feed's unique (kind, ref) index per sweep.
 * Measured on SQLite (shared 2-core machine) with 100,000 registrations: 1.2 s for the sweep that
 * positions all of them, 0.24 s for a sweep with nothing new — fine for a SIEM polling every minute;
 * linear in the records kept, so evidence retention bounds it.
 */
export async function sweepFeed(db: Kysely<Database>, dialect: DialectName, now = Date.now()) {
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${FEED_LOCK})`.execute(trx);
    let added = 0;
    for (const kind of FEED_KINDS) {
      const s = SOURCES[kind];
      const res = await sql`
        insert into event_feed (seq, kind, ref, added_at)
        select (select coalesce(max(seq), 0) from event_feed) + row_number() over (order by ${sql.raw(s.order)}),
               ${kind}, ${sql.raw(s.ref)}, ${now}
        from ${sql.table(s.table)} r
        where not exists (
          select 1 from event_feed f where f.kind = ${kind} and f.ref = ${sql.raw(s.ref)}
        )`.execute(trx);
      added += Number(res.numAffectedRows ?? 0);
    }
    return added;
  });
}

/** Feed positions after `after`, oldest first. */
export async function feedPage(db: Db, after: number, limit: number) {
  const rows = await db
    .selectFrom('event_feed')
    .select(['seq', 'kind', 'ref'])
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), kind: r.kind as FeedKind, ref: r.ref }));
}
