import type { EventOf } from '@lantern/shared';
import { chainHash } from '../../audit/canonical';
import { byKey, key, type Fold, type Origin, type RegistrationEvent, type Tagged } from './fold';
import type { SqlValue, Statements } from './sql';

function registrationFields(e: RegistrationEvent): SqlValue[] {
  const withdrawn = e.kind === 'registration_withdrawal';
  return [
    e.toolId,
    withdrawn ? null : e.purposeCategory,
    withdrawn ? null : e.purposeText,
    JSON.stringify(withdrawn ? [] : e.dataClasses),
    !withdrawn && e.affectsPeople ? 1 : 0,
    !withdrawn && e.dataBeyondAllowed === true ? 1 : 0,
    withdrawn ? 1 : 0,
    e.at,
  ];
}

const REGISTRATION_COLUMNS = [
  ['id', 'text'],
  ['user_id', 'text'],
  ['device_id', 'text'],
  ['tool_id', 'text'],
  ['purpose_category', 'text'],
  ['purpose_text', 'text'],
  ['data_classes', 'text'],
  ['affects_people', 'bigint'],
  ['data_beyond_allowed', 'bigint'],
  ['withdrawn', 'bigint'],
  ['at', 'bigint'],
  ['received_at', 'bigint'],
] as const;

const registrationRow = ({ event: e, origin: o }: Tagged<RegistrationEvent>): SqlValue[] => [
  e.id,
  o.userId,
  o.deviceId,
  ...registrationFields(e),
  o.now,
];

/**
 * Keeps every registration as history and the latest one (by event time) per user × tool: the
 * pushes' latest per user × tool (the later event on equal times, as applying them one by one did),
 * then a conditional upsert, because two devices of one user may race.
 */
export async function storeRegistrations(s: Statements, fold: Fold) {
  if (fold.registrations.length === 0) return;
  const all = s.rows(REGISTRATION_COLUMNS, fold.registrations.map(registrationRow));
  await s.run(
    `insert into registrations (id, user_id, device_id, tool_id, purpose_category, purpose_text,
       data_classes, affects_people, data_beyond_allowed, withdrawn, at, received_at)
     select r.id, r.user_id, r.device_id, r.tool_id, r.purpose_category, r.purpose_text,
       r.data_classes, r.affects_people, r.data_beyond_allowed, r.withdrawn, r.at, r.received_at
     from ${all.from} where true order by ${all.order}`,
    all.params,
  );
  const latest = new Map<string, Tagged<RegistrationEvent>>();
  for (const t of fold.registrations) {
    const k = key(t.origin.userId, t.event.toolId);
    const held = latest.get(k);
    if (held === undefined || held.event.at <= t.event.at) latest.set(k, t);
  }
  const current = s.rows(REGISTRATION_COLUMNS, byKey(latest).map(registrationRow));
  await s.run(
    `insert into current_registrations (user_id, tool_id, registration_id, purpose_category,
       purpose_text, data_classes, affects_people, data_beyond_allowed, withdrawn, at)
     select r.user_id, r.tool_id, r.id, r.purpose_category, r.purpose_text, r.data_classes,
       r.affects_people, r.data_beyond_allowed, r.withdrawn, r.at
     from ${current.from} where true order by ${current.order}
     on conflict (user_id, tool_id) do update set
       registration_id = excluded.registration_id, purpose_category = excluded.purpose_category,
       purpose_text = excluded.purpose_text, data_classes = excluded.data_classes,
       affects_people = excluded.affects_people, data_beyond_allowed = excluded.data_beyond_allowed,
       withdrawn = excluded.withdrawn, at = excluded.at
     where current_registrations.at <= excluded.at`,
    current.params,
  );
}

export async function storeJustifications(s: Statements, fold: Fold) {
  if (fold.justifications.length === 0) return;
  const r = s.rows(
    [
      ['id', 'text'],
      ['user_id', 'text'],
      ['device_id', 'text'],
      ['tool_id', 'text'],
      ['reason', 'text'],
      ['at', 'bigint'],
      ['received_at', 'bigint'],
    ],
    fold.justifications.map(({ event: e, origin: o }) => [
      e.id,
      o.userId,
      o.deviceId,
      e.toolId,
      e.reason,
      e.at,
      o.now,
    ]),
  );
  await s.run(
    `insert into justifications (id, user_id, device_id, tool_id, reason, at, received_at)
     select r.id, r.user_id, r.device_id, r.tool_id, r.reason, r.at, r.received_at
     from ${r.from} where true order by ${r.order}`,
    r.params,
  );
}

export interface NewRequest {
  id: string;
  kind: 'approval' | 'self_report';
  toolId: string;
  reason: string;
  at: number;
}

/** Approval requests and self-reports, pending; the event id is the request id the device knows. */
export async function insertRequests(s: Statements, requests: ReadonlyArray<Tagged<NewRequest>>) {
  if (requests.length === 0) return;
  const r = s.rows(
    [
      ['id', 'text'],
      ['kind', 'text'],
      ['user_id', 'text'],
      ['device_id', 'text'],
      ['tool_id', 'text'],
      ['reason', 'text'],
      ['at', 'bigint'],
      ['received_at', 'bigint'],
    ],
    requests.map(({ event: e, origin: o }) => [
      e.id,
      e.kind,
      o.userId,
      o.deviceId,
      e.toolId,
      e.reason,
      e.at,
      o.now,
    ]),
  );
  await s.run(
    `insert into requests (id, kind, user_id, device_id, tool_id, reason, status, note, decided_by,
       decided_at, at, received_at)
     select r.id, r.kind, r.user_id, r.device_id, r.tool_id, r.reason, 'pending', null, null, null,
       r.at, r.received_at
     from ${r.from} where true order by ${r.order}
     on conflict (device_id, id) do nothing`,
    r.params,
  );
}

export function approvalRequests(fold: Fold): Array<Tagged<NewRequest>> {
  return fold.approvals.map(({ event: e, origin: o }) => ({
    event: { id: e.id, kind: 'approval', toolId: e.toolId, reason: e.reason, at: e.at },
    origin: o,
  }));
}

/**
 * Appends acknowledgements to the hash chain (validated against the published policy beforehand),
 * in push and batch order. The first statement takes the chain head's row lock (PostgreSQL holds it
 * to commit), so appenders in other transactions wait instead of forking the chain; SQLite
 * serialises writers anyway. Runs last in the transaction, so the lock is held briefly.
 */
export async function appendAcknowledgements(
  s: Statements,
  acks: ReadonlyArray<Tagged<EventOf<'acknowledgement'>>>,
  persons: ReadonlyMap<string, string>,
) {
  if (acks.length === 0) return;
  const [head] = await s.all<{ seq: number | bigint; hash: string }>(
    `update chain_heads set seq = seq where name = 'acknowledgements' returning seq, hash`,
    [],
  );
  if (head === undefined) throw new Error('the acknowledgements chain head is missing');
  const chain = chainLinks(acks, persons, Number(head.seq), head.hash);
  const r = s.rows(ACK_COLUMNS, chain.rows);
  await s.run(
    `insert into acknowledgements (seq, id, user_id, device_id, policy_version, policy_sha256, tool_id,
       conditions_sha256, at, received_at, prev_hash, hash, person)
     select r.seq, r.id, r.user_id, r.device_id, r.policy_version, r.policy_sha256, r.tool_id,
       r.conditions_sha256, r.at, r.received_at, r.prev_hash, r.hash, r.person
     from ${r.from} where true order by ${r.order}`,
    r.params,
  );
  await s.run(`update chain_heads set seq = cast(? as bigint), hash = ? where name = 'acknowledgements'`, [
    chain.seq,
    chain.hash,
  ]);
}

const ACK_COLUMNS = [
  ['seq', 'bigint'],
  ['id', 'text'],
  ['user_id', 'text'],
  ['device_id', 'text'],
  ['policy_version', 'bigint'],
  ['policy_sha256', 'text'],
  ['tool_id', 'text'],
  ['conditions_sha256', 'text'],
  ['at', 'bigint'],
  ['received_at', 'bigint'],
  ['prev_hash', 'text'],
  ['hash', 'text'],
  ['person', 'text'],
] as const;

/** The acknowledgements' rows, each linked to the one before from the head (`seq`, `hash`); and the new head. */
function chainLinks(
  acks: ReadonlyArray<Tagged<EventOf<'acknowledgement'>>>,
  persons: ReadonlyMap<string, string>,
  seq: number,
  prevHash: string,
): { rows: SqlValue[][]; seq: number; hash: string } {
  const rows: SqlValue[][] = [];
  for (const { event: e, origin: o } of acks) {
    const person = persons.get(o.userId);
    if (person === undefined) throw new Error(`no identity for user ${o.userId}`);
    const record = ackRecord(e, o, person);
    seq += 1;
    const hash = chainHash(prevHash, { seq, ...record });
    rows.push([
      seq,
      e.id,
      o.userId,
      o.deviceId,
      e.policyVersion,
      e.policySha256,
      e.toolId,
      e.conditionsSha256,
      e.at,
      o.now,
      prevHash,
      hash,
      person,
    ]);
    prevHash = hash;
  }
  return { rows, seq, hash: prevHash };
}

/**
 * The fields an acknowledgement's link hashes (audit/verify.ts recomputes the same), the person's
 * identity (audit/identity.ts) among them.
 */
function ackRecord(e: EventOf<'acknowledgement'>, o: Origin, person: string) {
  return {
    person,
    id: e.id,
    user_id: o.userId,
    device_id: o.deviceId,
    policy_version: e.policyVersion,
    policy_sha256: e.policySha256,
    tool_id: e.toolId,
    conditions_sha256: e.conditionsSha256,
    at: e.at,
    received_at: o.now,
  };
}
