import { uuidv7 } from '@lantern/shared';
import type { Kysely } from 'kysely';
import { webhookPayloadColumn } from '../db/codecs';
import type { Database } from '../db/database';
import type { EndpointKind } from '../db/tables/webhooks.table';
import type { OutboxEvent } from './format';
import { sendOnce, sendMail, type Mail, type SendResult } from './send';

export interface DeliverOptions {
  mail: Mail | null;
  now?: () => number;
  /** Waits after each failed try; past its end the delivery fails and its endpoint is disabled. */
  schedule: number[];
}

/**
 * Sends the event once, to its endpoint or by email to the person it is for; a string says why
 * there is nothing to send (and nothing to retry): a disabled endpoint, no address, no SMTP.
 */
async function attempt(
  db: Kysely<Database>,
  d: {
    endpoint_id: string | null;
    enabled: number | null;
    recipient_user_id: string | null;
    kind: EndpointKind | null;
    url: string | null;
    secret: string | null;
  },
  event: OutboxEvent,
  o: DeliverOptions,
): Promise<SendResult | string> {
  if (d.endpoint_id !== null && d.enabled !== 1) return 'endpoint disabled';
  if (d.endpoint_id !== null)
    return sendOnce({ kind: d.kind!, url: d.url!, secret: d.secret! }, event, o.mail);
  const user = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', d.recipient_user_id!)
    .executeTakeFirst();
  if (!user?.email) return 'no address';
  if (!o.mail) return 'email is not configured';
  return sendMail(o.mail, user.email, event).catch((e: Error) => ({
    ok: false,
    statusCode: null,
    error: e.message,
  }));
}

/** One try of one claimed delivery: sent, rescheduled, skipped or failed for good. */
export async function deliver(db: Kysely<Database>, id: string, o: DeliverOptions): Promise<void> {
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
    data: webhookPayloadColumn.decode(d.payload),
    createdAt: Number(d.event_at),
  };
  const started = Date.now();
  const result = await attempt(db, d, event, o);
  if (typeof result === 'string') {
    await finish(db, id, 'skipped', result, Number(d.attempts), (o.now ?? Date.now)());
    return;
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
  await afterFailure(
    db,
    { id, endpointId: d.endpoint_id, eventId: event.id, attempts, error: result.error },
    o,
    now,
  );
}

/** Tries again later, or gives up: the delivery fails and its endpoint stops getting new events. */
async function afterFailure(
  db: Kysely<Database>,
  f: { id: string; endpointId: string | null; eventId: string; attempts: number; error: string | null },
  o: DeliverOptions,
  now: number,
): Promise<void> {
  const { id, attempts } = f;
  if (attempts <= o.schedule.length) {
    await db
      .updateTable('webhook_deliveries')
      .set({
        attempts,
        next_attempt_at: now + o.schedule[attempts - 1]!,
        lease_until: null,
        last_error: f.error,
      })
      .where('id', '=', id)
      .execute();
    return;
  }
  await finish(db, id, 'failed', f.error, attempts, now);
  // Persistent failure: the endpoint stops getting new events until an admin enables it again.
  if (f.endpointId !== null)
    await db
      .updateTable('webhook_endpoints')
      .set({
        enabled: 0,
        disabled_reason: `disabled after ${attempts} failed tries of ${f.eventId}: ${f.error}`,
        updated_at: now,
      })
      .where('id', '=', f.endpointId)
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
