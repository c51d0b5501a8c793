import type { EventOf } from '@lantern/shared';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { addToolDay, markSeen, recordPresence } from './aggregates';
import type { IngestDevice } from './types';

/**
 * Day totals, not deltas: the stored total becomes the larger of old and new, and only the growth is
 * added to the tool's aggregate, so resends and reordering never double count. The device row is
 * locked by the caller, so this read-then-write is safe across processes.
 */
export async function ingestUsage(trx: Db, d: IngestDevice, e: EventOf<'usage'>, now: number) {
  const key = { device_id: d.deviceId, tool_id: e.toolId, signal: e.signal, day: e.day };
  const old = await trx
    .selectFrom('usage_days')
    .select(['visits', 'active_seconds'])
    .where('device_id', '=', key.device_id)
    .where('tool_id', '=', key.tool_id)
    .where('signal', '=', key.signal)
    .where('day', '=', key.day)
    .executeTakeFirst();
  const visits = Math.max(Number(old?.visits ?? 0), e.visits);
  const active = Math.max(Number(old?.active_seconds ?? 0), e.activeSeconds);
  if (old) {
    await trx
      .updateTable('usage_days')
      .set({ visits, active_seconds: active, updated_at: now })
      .where('device_id', '=', key.device_id)
      .where('tool_id', '=', key.tool_id)
      .where('signal', '=', key.signal)
      .where('day', '=', key.day)
      .execute();
  } else {
    await trx
      .insertInto('usage_days')
      .values({ ...key, user_id: d.userId, visits, active_seconds: active, updated_at: now })
      .execute();
  }
  await addToolDay(
    trx,
    e.toolId,
    e.day,
    visits - Number(old?.visits ?? 0),
    active - Number(old?.active_seconds ?? 0),
  );
  await recordPresence(trx, { ...d, toolId: e.toolId, signal: e.signal, day: e.day, at: e.at });
}

export async function ingestEmbedded(trx: Db, d: IngestDevice, e: EventOf<'embedded_discovery'>) {
  const old = await trx
    .selectFrom('embedded_days')
    .select('requests')
    .where('device_id', '=', d.deviceId)
    .where('tool_id', '=', e.toolId)
    .where('initiator_host', '=', e.initiatorHost)
    .where('day', '=', e.day)
    .executeTakeFirst();
  const before = Number(old?.requests ?? 0);
  const requests = Math.max(before, e.requests);
  await trx
    .insertInto('embedded_days')
    .values({
      device_id: d.deviceId,
      tool_id: e.toolId,
      initiator_host: e.initiatorHost,
      endpoint_host: e.endpointHost,
      day: e.day,
      requests,
    })
    .onConflict((oc) =>
      oc.columns(['device_id', 'tool_id', 'initiator_host', 'day']).doUpdateSet({ requests }),
    )
    .execute();
  await trx
    .insertInto('embedded_sites')
    .values({
      tool_id: e.toolId,
      initiator_host: e.initiatorHost,
      requests: requests - before,
      first_seen_at: e.at,
      last_seen_at: e.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['tool_id', 'initiator_host'])
        .doUpdateSet({ requests: sql`embedded_sites.requests + excluded.requests` }),
    )
    .execute();
  await markSeen(trx, 'tool_signals', e.toolId, 'embedded', e.at);
  await recordPresence(trx, { ...d, toolId: e.toolId, signal: 'embedded', day: e.day, at: e.at });
  await widenEmbeddedSite(trx, e.toolId, e.initiatorHost, e.at);
}

async function widenEmbeddedSite(trx: Db, toolId: string, host: string, at: number) {
  await trx
    .updateTable('embedded_sites')
    .set({
      first_seen_at: sql`case when first_seen_at > ${at} then ${at} else first_seen_at end`,
      last_seen_at: sql`case when last_seen_at < ${at} then ${at} else last_seen_at end`,
    })
    .where('tool_id', '=', toolId)
    .where('initiator_host', '=', host)
    .execute();
}

/** A newer snapshot replaces the device's list; an older one arriving late is ignored. */
export async function ingestExtensions(trx: Db, d: IngestDevice, e: EventOf<'extension_inventory'>) {
  const device = await trx
    .selectFrom('devices')
    .select('extensions_at')
    .where('id', '=', d.deviceId)
    .executeTakeFirstOrThrow();
  if (device.extensions_at !== null && Number(device.extensions_at) > e.at) return;
  await trx.deleteFrom('device_extensions').where('device_id', '=', d.deviceId).execute();
  const unique = new Map(e.extensions.map((x) => [x.extensionId, x]));
  for (const x of unique.values()) {
    await trx
      .insertInto('device_extensions')
      .values({
        device_id: d.deviceId,
        extension_id: x.extensionId,
        tool_id: x.toolId,
        name: x.name,
        enabled: x.enabled ? 1 : 0,
        at: e.at,
      })
      .execute();
    if (x.enabled)
      await recordPresence(trx, { ...d, toolId: x.toolId, signal: 'extension', day: null, at: e.at });
  }
  await trx.updateTable('devices').set({ extensions_at: e.at }).where('id', '=', d.deviceId).execute();
}
