import { uuidv7, type WebhookEventType } from '@lantern/shared';
import { webhookPayloadColumn } from '../db/codecs';
import type { Db } from '../db/database';

/**
 * The outbox. `emitEvent` runs inside the transaction of the change that causes the event, so the
 * event exists exactly when the change committed: nothing is lost if the process dies right after,
 * and nothing is sent for a change that rolled back. The worker (worker.ts) sends it later.
 *
 * One delivery row per enabled endpoint subscribed to the type, made here by one INSERT … SELECT;
 * with no subscriber (and no employee to email) no event row is written at all.
 */
export async function emitEvent(
  db: Db,
  type: WebhookEventType,
  data: Record<string, unknown>,
  now: number,
  options: { notifyUserId?: string; dedupeKey?: string } = {},
): Promise<string | null> {
  const endpoints = await db
    .selectFrom('webhook_endpoint_events')
    .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_endpoint_events.endpoint_id')
    .select('webhook_endpoints.id')
    .where('webhook_endpoint_events.event_type', '=', type)
    .where('webhook_endpoints.enabled', '=', 1)
    .execute();
  if (endpoints.length === 0 && !options.notifyUserId) return null;
  // The id doubles as `webhook-id`: Standard Webhooks receivers deduplicate on it.
  const id = `msg_${uuidv7(now).replace(/-/g, '')}`;
  const inserted = await db
    .insertInto('webhook_events')
    .values({
      id,
      type,
      payload: webhookPayloadColumn.encode(data),
      dedupe_key: options.dedupeKey ?? null,
      created_at: now,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  // Another transaction emitted this once-only event already (it waited for that one to commit).
  if (inserted.length === 0) return null;
  const rows: Array<{ endpoint_id: string | null; recipient_user_id: string | null }> = endpoints.map(
    (e) => ({
      endpoint_id: e.id,
      recipient_user_id: null,
    }),
  );
  if (options.notifyUserId) rows.push({ endpoint_id: null, recipient_user_id: options.notifyUserId });
  await db
    .insertInto('webhook_deliveries')
    .values(
      rows.map((r) => ({
        id: uuidv7(now),
        event_id: id,
        ...r,
        status: 'pending' as const,
        attempts: 0,
        next_attempt_at: now,
        lease_until: null,
        last_error: null,
        delivered_at: null,
        created_at: now,
      })),
    )
    .execute();
  return id;
}
