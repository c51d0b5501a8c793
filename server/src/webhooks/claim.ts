import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { dialectOf } from '../sync/push/sql';

/** A claimed delivery is another worker's again after this (a process died mid-send). */
export const LEASE_MS = 60_000;

/**
 * Claims due deliveries by setting a lease. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets several
 * server processes claim disjoint rows without waiting on each other; SQLite has one writer, and the
 * single UPDATE is atomic there.
 */
export async function claim(db: Kysely<Database>, now: number, batch: number): Promise<string[]> {
  const lock = dialectOf(db) === 'postgres' ? sql`for update skip locked` : sql``;
  const res = await sql<{ id: string }>`
    update webhook_deliveries set lease_until = ${now + LEASE_MS}
    where id in (
      select id from webhook_deliveries
      where status = 'pending' and next_attempt_at <= ${now}
        and (lease_until is null or lease_until <= ${now})
      order by next_attempt_at, id limit ${batch} ${lock})
    returning id`.execute(db);
  return res.rows.map((r) => r.id);
}
