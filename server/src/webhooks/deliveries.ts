import { uuidv7 } from '@lantern/shared';
import type { Db } from '../db/database';

// The deliveries of the webhook endpoints (repository.ts): each endpoint's log and a replay.

const n = (v: number | bigint | null) => (v === null ? null : Number(v));

/** The delivery log of one endpoint, newest first, each with its tries. */
export async function deliveryLog(db: Db, endpointId: string, limit: number) {
  const rows = await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_events as e', 'e.id', 'd.event_id')
    .select([
      'd.id',
      'd.event_id',
      'e.type',
      'd.status',
      'd.attempts',
      'd.next_attempt_at',
      'd.last_error',
      'd.delivered_at',
      'd.created_at',
    ])
    .where('d.endpoint_id', '=', endpointId)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit)
    .execute();
  const ids = rows.map((r) => r.id);
  const tries =
    ids.length === 0
      ? []
      : await db
          .selectFrom('webhook_attempts')
          .selectAll()
          .where('delivery_id', 'in', ids)
          .orderBy('at')
          .execute();
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    type: r.type,
    status: r.status,
    attempts: Number(r.attempts),
    nextAttemptAt: r.status === 'pending' ? Number(r.next_attempt_at) : null,
    lastError: r.last_error,
    deliveredAt: n(r.delivered_at),
    createdAt: Number(r.created_at),
    tries: tries
      .filter((t) => t.delivery_id === r.id)
      .map((t) => ({
        at: Number(t.at),
        statusCode: t.status_code,
        error: t.error,
        durationMs: t.duration_ms,
      })),
  }));
}

/** Replay: a new delivery of the same event (same `webhook-id`) to the same endpoint, due now. */
export async function replayDelivery(db: Db, deliveryId: string, now: number): Promise<string | null> {
  const d = await db
    .selectFrom('webhook_deliveries')
    .select(['event_id', 'endpoint_id'])
    .where('id', '=', deliveryId)
    .executeTakeFirst();
  if (!d || d.endpoint_id === null) return null;
  const id = uuidv7(now);
  await db
    .insertInto('webhook_deliveries')
    .values({
      id,
      event_id: d.event_id,
      endpoint_id: d.endpoint_id,
      recipient_user_id: null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      lease_until: null,
      last_error: null,
      delivered_at: null,
      created_at: now,
    })
    .execute();
  return id;
}
