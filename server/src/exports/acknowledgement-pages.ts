import type { Db } from '../db/database';
import type { PersonLabel } from '../security/people';
import { iso } from './iso';
import { keysetPages, PAGE_ROWS } from './paged';
import type { PagedDataset } from './paged';

/** The acceptances people's browsers sent, exported a page at a time in chain order. */

function acknowledgementsAfter(db: Db, after: number | null, n: number) {
  return (
    db
      .selectFrom('acknowledgements')
      .innerJoin('users', 'users.id', 'acknowledgements.user_id')
      // How the identity of the browser that sent the acceptance was established (issue 14).
      .leftJoin('devices', 'devices.id', 'acknowledgements.device_id')
      .select([
        'seq',
        'acknowledgements.id',
        'users.id as user_id',
        'users.email',
        'acknowledgements.device_id',
        'policy_version',
      ])
      .select([
        'devices.identity_assurance as device_assurance',
        'users.identity_assurance as person_assurance',
      ])
      .select(['policy_sha256', 'tool_id', 'conditions_sha256', 'at', 'received_at', 'prev_hash', 'hash'])
      .$if(after !== null, (q) => q.where('seq', '>', after!))
      .orderBy('seq')
      .limit(n)
      .execute()
  );
}

function acknowledgementRecord(
  r: Awaited<ReturnType<typeof acknowledgementsAfter>>[number],
  label: PersonLabel,
) {
  return {
    seq: Number(r.seq),
    event_id: r.id,
    person: label({ id: r.user_id, email: r.email }),
    device_id: r.device_id,
    identity_assurance: r.device_assurance ?? r.person_assurance,
    policy_version: Number(r.policy_version),
    policy_sha256: r.policy_sha256,
    tool_id: r.tool_id,
    conditions_sha256: r.conditions_sha256,
    accepted_at: iso(Number(r.at)),
    received_at: iso(Number(r.received_at)),
    prev_hash: r.prev_hash,
    hash: r.hash,
  };
}

/** Acceptances in chain order (seq), a page at a time. */
export function acknowledgementPages(db: Db, label: PersonLabel, size = PAGE_ROWS): PagedDataset {
  const pages = keysetPages(
    async (after: number | null, n) =>
      (await acknowledgementsAfter(db, after, n)).map((r) => acknowledgementRecord(r, label)),
    (r) => r.seq,
    size,
  );
  return {
    columns: [
      'seq',
      'event_id',
      'person',
      'device_id',
      'identity_assurance',
      'policy_version',
      'policy_sha256',
      'tool_id',
      'conditions_sha256',
      'accepted_at',
      'received_at',
      'prev_hash',
      'hash',
    ],
    pages,
  };
}
