import type { EventOf } from '@lantern/shared';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { nextLink } from '../db/repositories/chain.repository';
import type { IngestDevice } from './types';

type Registration = EventOf<'registration'> | EventOf<'registration_withdrawal'>;

/** Keeps every registration as history and the latest one (by event time) per user × tool. */
export async function ingestRegistration(trx: Db, d: IngestDevice, e: Registration, now: number) {
  const withdrawn = e.kind === 'registration_withdrawal';
  const fields = {
    purpose_category: withdrawn ? null : e.purposeCategory,
    purpose_text: withdrawn ? null : e.purposeText,
    data_classes: JSON.stringify(withdrawn ? [] : e.dataClasses),
    affects_people: !withdrawn && e.affectsPeople ? 1 : 0,
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
export async function ingestAcknowledgement(
  trx: Db,
  d: IngestDevice,
  e: EventOf<'acknowledgement'>,
  now: number,
) {
  const record = {
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

export async function ingestJustification(
  trx: Db,
  d: IngestDevice,
  e: EventOf<'justification'>,
  now: number,
) {
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

export async function insertRequest(
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
