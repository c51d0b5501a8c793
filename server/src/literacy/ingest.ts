import type { EventOf } from '@lantern/shared';
import type { Db } from '../db/database';
import type { Tagged } from '../sync/push/fold';
import { appendCompletions, type NewCompletion } from './chain';

/**
 * Completions pushed by browsers, appended in push and batch order. Only new event ids reach here
 * (seen_events makes each one exactly-once), so a resent completion is a duplicate, not a second link.
 * The person and the device's identity assurance come from the server's records, never the event.
 */
export async function storeCompletions(
  trx: Db,
  list: ReadonlyArray<Tagged<EventOf<'literacy_completion'>>>,
): Promise<void> {
  if (list.length === 0) return;
  const users = await trx
    .selectFrom('users')
    .select(['id', 'email'])
    .where('id', 'in', [...new Set(list.map((t) => t.origin.userId))])
    .execute();
  const devices = await trx
    .selectFrom('devices')
    .select(['id', 'identity_assurance'])
    .where('id', 'in', [...new Set(list.map((t) => t.origin.deviceId))])
    .execute();
  const email = new Map(users.map((u) => [u.id, u.email]));
  const assurance = new Map(devices.map((d) => [d.id, d.identity_assurance]));
  const rows = list.map(({ event: e, origin: o }): NewCompletion => ({
    id: e.id,
    email: email.get(o.userId)?.toLowerCase() ?? null,
    userId: o.userId,
    deviceId: o.deviceId,
    moduleId: e.moduleId,
    moduleVersion: e.moduleVersion,
    moduleSha256: e.moduleSha256,
    score: e.score,
    toolId: e.toolId,
    source: 'device',
    identityAssurance: assurance.get(o.deviceId) ?? 'self-asserted',
    at: e.at,
    receivedAt: o.now,
  }));
  await appendCompletions(trx, rows);
}
