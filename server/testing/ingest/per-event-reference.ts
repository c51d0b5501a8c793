import { storeCompletions } from '../../src/literacy/ingest';
import type { EventOf, SyncEvent } from '@lantern/shared';
import { sql, type Kysely } from 'kysely';
import { identitiesOf } from '../../src/audit/identity';
import type { Database, Db } from '../../src/db/database';
import { nextLink } from '../../src/db/repositories/chain.repository';
import { touchDevice } from '../../src/db/repositories/devices.repository';
import { Presence } from '../../src/sync/push/fold';
import type { PushResult } from '../../src/sync/push/push';
import { resolveSelfReport } from '../../src/sync/push/self-report';
import type { IngestDevice } from '../../src/sync/push/types';
import { validateAgainstDatabase } from '../../src/sync/push/validate';

/**
 * The per-event ingest as it was before batches were folded (8 statements and more per usage event),
 * kept only as the reference the fold is tested against (push-equivalence.test.ts): the same batches
 * through both must leave every table the same. Not used by the server.
 */

type SeenTable = 'tool_users' | 'tool_devices' | 'tool_signals';
const keyColumn = { tool_users: 'user_id', tool_devices: 'device_id', tool_signals: 'signal' } as const;

/**
 * Widens a first/last-seen window with one atomic upsert. CASE instead of MIN/MAX/GREATEST keeps it
 * one statement on both SQLite and PostgreSQL, and atomic when several processes ingest at once.
 */
async function markSeen(trx: Db, table: SeenTable, toolId: string, key: string, at: number): Promise<void> {
  const t = sql.table(table);
  const first = sql.ref(`${table}.first_seen_at`);
  const last = sql.ref(`${table}.last_seen_at`);
  await sql`
    insert into ${t} (tool_id, ${sql.ref(keyColumn[table])}, first_seen_at, last_seen_at)
    values (${toolId}, ${key}, ${at}, ${at})
    on conflict (tool_id, ${sql.ref(keyColumn[table])}) do update set
      first_seen_at = case when excluded.first_seen_at < ${first} then excluded.first_seen_at else ${first} end,
      last_seen_at = case when excluded.last_seen_at > ${last} then excluded.last_seen_at else ${last} end
  `.execute(trx);
}

async function recordPresence(
  trx: Db,
  p: { toolId: string; userId: string; deviceId: string; signal: string; day: string | null; at: number },
): Promise<void> {
  await markSeen(trx, 'tool_users', p.toolId, p.userId, p.at);
  await markSeen(trx, 'tool_devices', p.toolId, p.deviceId, p.at);
  await markSeen(trx, 'tool_signals', p.toolId, p.signal, p.at);
  if (p.day !== null) {
    await trx
      .insertInto('tool_user_days')
      .values({ tool_id: p.toolId, user_id: p.userId, day: p.day })
      .onConflict((oc) => oc.columns(['tool_id', 'user_id', 'day']).doNothing())
      .execute();
  }
}

async function addToolDay(trx: Db, toolId: string, day: string, visits: number, activeSeconds: number) {
  if (visits === 0 && activeSeconds === 0) return;
  await trx
    .insertInto('tool_days')
    .values({ tool_id: toolId, day, visits, active_seconds: activeSeconds })
    .onConflict((oc) =>
      oc.columns(['tool_id', 'day']).doUpdateSet({
        visits: sql`tool_days.visits + excluded.visits`,
        active_seconds: sql`tool_days.active_seconds + excluded.active_seconds`,
      }),
    )
    .execute();
}

/**
 * Day totals, not deltas: the stored total becomes the larger of old and new, and only the growth is
 * added to the tool's aggregate, so resends and reordering never double count. The device row is
 * locked by the caller, so this read-then-write is safe across processes.
 */
async function ingestUsage(trx: Db, d: IngestDevice, e: EventOf<'usage'>, now: number) {
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

async function ingestEmbedded(trx: Db, d: IngestDevice, e: EventOf<'embedded_discovery'>) {
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
async function ingestExtensions(trx: Db, d: IngestDevice, e: EventOf<'extension_inventory'>) {
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

type Registration = EventOf<'registration'> | EventOf<'registration_withdrawal'>;

/** Keeps every registration as history and the latest one (by event time) per user × tool. */
async function ingestRegistration(trx: Db, d: IngestDevice, e: Registration, now: number) {
  const withdrawn = e.kind === 'registration_withdrawal';
  const fields = {
    purpose_category: withdrawn ? null : e.purposeCategory,
    purpose_text: withdrawn ? null : e.purposeText,
    data_classes: JSON.stringify(withdrawn ? [] : e.dataClasses),
    affects_people: !withdrawn && e.affectsPeople ? 1 : 0,
    data_beyond_allowed: !withdrawn && e.dataBeyondAllowed === true ? 1 : 0,
    withdrawn: withdrawn ? 1 : 0,
    at: e.at,
  };
  await trx
    .insertInto('registrations')
    .values({
      id: e.id,
      user_id: d.userId,
      device_id: d.deviceId,
      tool_id: e.toolId,
      ...fields,
      received_at: now,
    })
    .execute();
  // Two devices of one user may race: the conditional upsert keeps whichever event is newest.
  await trx
    .insertInto('current_registrations')
    .values({ user_id: d.userId, tool_id: e.toolId, registration_id: e.id, ...fields })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'tool_id'])
        .doUpdateSet({ registration_id: e.id, ...fields })
        .where(sql.ref('current_registrations.at'), '<=', e.at),
    )
    .execute();
}

/** Appends to the acknowledgement chain (validated against the published policy beforehand). */
async function ingestAcknowledgement(trx: Db, d: IngestDevice, e: EventOf<'acknowledgement'>, now: number) {
  const person = (await identitiesOf(trx, [d.userId])).get(d.userId);
  if (person === undefined) throw new Error(`no identity for user ${d.userId}`);
  const record = {
    person,
    id: e.id,
    user_id: d.userId,
    device_id: d.deviceId,
    policy_version: e.policyVersion,
    policy_sha256: e.policySha256,
    tool_id: e.toolId,
    conditions_sha256: e.conditionsSha256,
    at: e.at,
    received_at: now,
  };
  const link = await nextLink(trx, 'acknowledgements', record);
  await trx
    .insertInto('acknowledgements')
    .values({ ...record, seq: link.seq, prev_hash: link.prevHash, hash: link.hash })
    .execute();
}

async function ingestJustification(trx: Db, d: IngestDevice, e: EventOf<'justification'>, now: number) {
  await trx
    .insertInto('justifications')
    .values({
      id: e.id,
      user_id: d.userId,
      device_id: d.deviceId,
      tool_id: e.toolId,
      reason: e.reason,
      at: e.at,
      received_at: now,
    })
    .execute();
}

async function insertRequest(
  trx: Db,
  d: IngestDevice,
  r: { id: string; kind: 'approval' | 'self_report'; toolId: string; reason: string; at: number },
  now: number,
) {
  await trx
    .insertInto('requests')
    .values({
      id: r.id,
      kind: r.kind,
      user_id: d.userId,
      device_id: d.deviceId,
      tool_id: r.toolId,
      reason: r.reason,
      status: 'pending',
      note: null,
      decided_by: null,
      decided_at: null,
      at: r.at,
      received_at: now,
    })
    .onConflict((oc) => oc.columns(['device_id', 'id']).doNothing())
    .execute();
}

/** Returns the refusal reason of a self-report over quota, else stores its request. */
async function ingestSelfReport(
  trx: Db,
  d: IngestDevice,
  e: EventOf<'self_report'>,
  now: number,
): Promise<string | undefined> {
  const presence = new Presence();
  const out = await resolveSelfReport(trx, { event: e, origin: { ...d, now } }, presence);
  if ('rejected' in out) return out.rejected;
  const request = out.request.event;
  await insertRequest(trx, d, request, now);
  // Only a tool the organisation or catalog knows gets presence; a queued one has none until accepted.
  if (presence.users.size === 0) return undefined;
  await markSeen(trx, 'tool_signals', request.toolId, 'self-reported', e.at);
  await markSeen(trx, 'tool_users', request.toolId, d.userId, e.at);
  return undefined;
}

/** The data guard's day totals: the larger of stored and pushed, per device × tool × day × class. */
async function ingestGuard(trx: Db, d: IngestDevice, e: EventOf<'data_guard'>, now: number) {
  const old = await trx
    .selectFrom('guard_days')
    .select(['warnings', 'pasted_anyway'])
    .where('device_id', '=', d.deviceId)
    .where('tool_id', '=', e.toolId)
    .where('day', '=', e.day)
    .where('data_class', '=', e.dataClass)
    .executeTakeFirst();
  const warnings = Math.max(Number(old?.warnings ?? 0), e.warnings);
  const pastedAnyway = Math.max(Number(old?.pasted_anyway ?? 0), e.pastedAnyway);
  await trx
    .insertInto('guard_days')
    .values({
      device_id: d.deviceId,
      user_id: d.userId,
      tool_id: e.toolId,
      day: e.day,
      data_class: e.dataClass,
      warnings,
      pasted_anyway: pastedAnyway,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['device_id', 'tool_id', 'day', 'data_class'])
        .doUpdateSet({ warnings, pasted_anyway: pastedAnyway, updated_at: now }),
    )
    .execute();
}

async function ingestOne(trx: Db, d: IngestDevice, e: SyncEvent, now: number): Promise<string | void> {
  switch (e.kind) {
    case 'usage':
      return ingestUsage(trx, d, e, now);
    case 'embedded_discovery':
      return ingestEmbedded(trx, d, e);
    case 'extension_inventory':
      return ingestExtensions(trx, d, e);
    case 'registration':
    case 'registration_withdrawal':
      return ingestRegistration(trx, d, e, now);
    case 'acknowledgement':
      return ingestAcknowledgement(trx, d, e, now);
    case 'justification':
      return ingestJustification(trx, d, e, now);
    case 'approval_request':
      return insertRequest(
        trx,
        d,
        { id: e.id, kind: 'approval', toolId: e.toolId, reason: e.reason, at: e.at },
        now,
      );
    case 'self_report':
      return ingestSelfReport(trx, d, e, now);
    case 'data_guard':
      return ingestGuard(trx, d, e, now);
    case 'literacy_completion':
      return storeCompletions(trx, [{ event: e, origin: { ...d, now } }]);
  }
}

const RANK: Record<SyncEvent['kind'], number> = {
  usage: 0,
  embedded_discovery: 0,
  extension_inventory: 1,
  registration: 2,
  registration_withdrawal: 2,
  justification: 2,
  approval_request: 2,
  self_report: 3,
  acknowledgement: 4,
  data_guard: 0,
  literacy_completion: 5,
};

function lockOrderKey(e: SyncEvent): string {
  return e.kind === 'usage' || e.kind === 'embedded_discovery' ? `${e.toolId}\u0000${e.day}` : '';
}

function inLockOrder(events: Iterable<SyncEvent>): SyncEvent[] {
  return [...events].sort(
    (a, b) =>
      RANK[a.kind] - RANK[b.kind] ||
      (lockOrderKey(a) < lockOrderKey(b) ? -1 : lockOrderKey(a) > lockOrderKey(b) ? 1 : 0),
  );
}

export async function pushEventsPerEvent(
  db: Kysely<Database>,
  d: IngestDevice,
  events: readonly SyncEvent[],
  now: number,
): Promise<PushResult> {
  const timed = await validateAgainstDatabase(db, events, now);
  const firstById = new Map<string, SyncEvent>();
  for (const e of timed) if (!firstById.has(e.id)) firstById.set(e.id, e);
  return db.transaction().execute(async (trx) => {
    if (!(await touchDevice(trx, d.deviceId, now))) throw new Error('device revoked');
    const inserted = await trx
      .insertInto('seen_events')
      .values(
        [...firstById.values()].map((e) => ({
          device_id: d.deviceId,
          event_id: e.id,
          kind: e.kind,
          received_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['device_id', 'event_id']).doNothing())
      .returning('event_id')
      .execute();
    const fresh = new Set(inserted.map((r) => r.event_id));
    const rejected: Array<{ id: string; reason: string }> = [];
    for (const e of inLockOrder(firstById.values())) {
      if (!fresh.has(e.id)) continue;
      const reason = await ingestOne(trx, d, e, now);
      if (typeof reason === 'string') rejected.push({ id: e.id, reason });
    }
    const result: PushResult = { stored: [...firstById.keys()], duplicates: firstById.size - fresh.size };
    if (rejected.length > 0) result.rejected = rejected;
    return result;
  });
}
