import { sql } from 'kysely';
import { uuidv7 } from '@lantern/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { dialectOf } from '../ingest/sql';
import type { OutboxEvent } from './format';
import { sendOnce, sendMail, type Mail, type SendResult } from './send';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
/** Waits after each failed try: 13 tries spread over about 27 h, so a day-long outage loses nothing. */
export const RETRY_SCHEDULE_MS = [
  5 * S,
  30 * S,
  2 * M,
  10 * M,
  30 * M,
  H,
  2 * H,
  3 * H,
  4 * H,
  5 * H,
  5 * H,
  6 * H,
];
/** A claimed delivery is another worker's again after this (a process died mid-send). */
export const LEASE_MS = 60 * S;

export interface WorkerOptions {
  mail: Mail | null;
  now?: () => number;
  schedule?: number[];
  batch?: number;
}

/**
 * Claims due deliveries by setting a lease. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets several
 * server processes claim disjoint rows without waiting on each other; SQLite has one writer, and the
 * single UPDATE is atomic there.
 */
async function claim(db: Kysely<Database>, now: number, batch: number): Promise<string[]> {
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

/** Sends every due delivery once; returns how many were tried. Safe to run from several processes. */
export async function runDueDeliveries(db: Kysely<Database>, o: WorkerOptions): Promise<number> {
  const now = (o.now ?? Date.now)();
  const ids = await claim(db, now, o.batch ?? 20);
  for (const id of ids) await deliver(db, id, o);
  return ids.length;
}

async function deliver(db: Kysely<Database>, id: string, o: WorkerOptions): Promise<void> {
  const d = await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_events as e', 'e.id', 'd.event_id')
    .leftJoin('webhook_endpoints as p', 'p.id', 'd.endpoint_id')
    .select(['d.id', 'd.attempts', 'd.created_at', 'd.endpoint_id', 'd.recipient_user_id'])
    .select([
      'e.id as event_id',
      'e.type',
      'e.payload',
      'e.created_at as event_at',
      'p.kind',
      'p.url',
      'p.secret',
      'p.enabled',
    ])
    .where('d.id', '=', id)
    .executeTakeFirstOrThrow();
  const event: OutboxEvent = {
    id: d.event_id,
    type: d.type,
    // Written by outbox.ts from a Record<string, unknown>; read back as what was written.
    data: JSON.parse(d.payload) as Record<string, unknown>,
    createdAt: Number(d.event_at),
  };
  let result: SendResult;
  const started = Date.now();
  if (d.endpoint_id !== null && d.enabled !== 1) {
    await finish(db, id, 'skipped', 'endpoint disabled', Number(d.attempts), (o.now ?? Date.now)());
    return;
  }
  if (d.endpoint_id === null) {
    const user = await db
      .selectFrom('users')
      .select('email')
      .where('id', '=', d.recipient_user_id!)
      .executeTakeFirst();
    // No address (anonymous user) or no SMTP: nothing to send, and nothing to retry.
    if (!user?.email || !o.mail) {
      await finish(
        db,
        id,
        'skipped',
        user?.email ? 'email is not configured' : 'no address',
        Number(d.attempts),
        (o.now ?? Date.now)(),
      );
      return;
    }
    result = await sendMail(o.mail, user.email, event).catch((e: Error) => ({
      ok: false,
      statusCode: null,
      error: e.message,
    }));
  } else {
    result = await sendOnce({ kind: d.kind!, url: d.url!, secret: d.secret! }, event, o.mail);
  }
  const now = (o.now ?? Date.now)();
  await db
    .insertInto('webhook_attempts')
    .values({
      id: uuidv7(now),
      delivery_id: id,
      at: now,
      status_code: result.statusCode,
      error: result.error,
      duration_ms: Date.now() - started,
    })
    .execute();
  const attempts = Number(d.attempts) + 1;
  if (result.ok) return finish(db, id, 'delivered', null, attempts, now);
  const schedule = o.schedule ?? RETRY_SCHEDULE_MS;
  if (attempts <= schedule.length) {
    await db
      .updateTable('webhook_deliveries')
      .set({
        attempts,
        next_attempt_at: now + schedule[attempts - 1]!,
        lease_until: null,
        last_error: result.error,
      })
      .where('id', '=', id)
      .execute();
    return;
  }
  await finish(db, id, 'failed', result.error, attempts, now);
  // Persistent failure: the endpoint stops getting new events until an admin enables it again.
  if (d.endpoint_id !== null)
    await db
      .updateTable('webhook_endpoints')
      .set({
        enabled: 0,
        disabled_reason: `disabled after ${attempts} failed tries of ${event.id}: ${result.error}`,
        updated_at: now,
      })
      .where('id', '=', d.endpoint_id)
      .execute();
}

async function finish(
  db: Kysely<Database>,
  id: string,
  status: 'delivered' | 'failed' | 'skipped',
  error: string | null,
  attempts: number,
  now: number,
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({
      status,
      attempts,
      lease_until: null,
      last_error: error,
      delivered_at: status === 'delivered' ? now : null,
    })
    .where('id', '=', id)
    .execute();
}

/** Polls every few seconds in the server process (the timer does not keep the process alive). */
export function startWebhookWorker(
  db: Kysely<Database>,
  o: WorkerOptions & { intervalMs?: number },
  onError: (err: unknown) => void,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runDueDeliveries(db, o)
      .catch(onError)
      .finally(() => (running = false));
  }, o.intervalMs ?? 2000);
  timer.unref();
  return () => clearInterval(timer);
}
