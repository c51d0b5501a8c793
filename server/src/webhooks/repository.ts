import { randomBytes } from 'node:crypto';
import { uuidv7, type WebhookEndpointInput } from '@lantern/shared';
import type { Db } from '../db/database';

const n = (v: number | bigint | null) => (v === null ? null : Number(v));

/** A fresh Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export async function createEndpoint(
  db: Db,
  input: WebhookEndpointInput,
  secret: string,
  by: string,
  now: number,
) {
  const id = uuidv7(now);
  await db
    .insertInto('webhook_endpoints')
    .values({
      id,
      name: input.name,
      kind: input.kind,
      url: input.url,
      secret,
      enabled: 1,
      disabled_reason: null,
      created_by: by,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('webhook_endpoint_events')
    .values([...new Set(input.events)].map((event_type) => ({ endpoint_id: id, event_type })))
    .execute();
  return id;
}

/** Endpoints with their events; the secret is never listed (shown once, at creation). */
export async function listEndpoints(db: Db) {
  const rows = await db.selectFrom('webhook_endpoints').selectAll().orderBy('created_at').execute();
  const events = await db.selectFrom('webhook_endpoint_events').selectAll().execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    url: r.url,
    events: events
      .filter((e) => e.endpoint_id === r.id)
      .map((e) => e.event_type)
      .sort(),
    enabled: r.enabled === 1,
    disabledReason: r.disabled_reason,
    createdBy: r.created_by,
    createdAt: Number(r.created_at),
  }));
}

export async function getEndpoint(db: Db, id: string) {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setEnabled(db: Db, id: string, enabled: boolean, now: number): Promise<boolean> {
  const r = await db
    .updateTable('webhook_endpoints')
    .set({
      enabled: enabled ? 1 : 0,
      disabled_reason: enabled ? null : 'disabled by an admin',
      updated_at: now,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

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
