import { randomBytes } from 'node:crypto';
import { uuidv7, type WebhookEndpointInput } from '@lantern/shared';
import type { Db } from '../db/database';

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
