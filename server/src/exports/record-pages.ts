import { annexIIIArea } from '@lantern/shared';
import type { PurposeCategory } from '@lantern/shared';
import { dataClassesColumn } from '../db/codecs';
import type { Db } from '../db/database';
import type { PersonLabel } from '../security/people';
import { keysetPages, PAGE_ROWS } from './paged';
import type { PagedDataset } from './paged';

/** The records people's browsers sent (acceptances, registrations), exported a page at a time. */

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

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

type RegistrationKey = { tool_id: string; at: number; user_id: string };

function registrationsAfter(db: Db, after: RegistrationKey | null, n: number) {
  return db
    .selectFrom('current_registrations')
    .innerJoin('users', 'users.id', 'current_registrations.user_id')
    .select([
      'current_registrations.user_id',
      'users.email',
      'users.identity_assurance',
      'tool_id',
      'purpose_category',
      'purpose_text',
      'data_classes',
      'affects_people',
      'withdrawn',
      'at',
    ])
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb(
          eb.refTuple(
            'current_registrations.tool_id',
            'current_registrations.at',
            'current_registrations.user_id',
          ),
          '>',
          eb.tuple(after!.tool_id, after!.at, after!.user_id),
        ),
      ),
    )
    .orderBy('current_registrations.tool_id')
    .orderBy('current_registrations.at')
    .orderBy('current_registrations.user_id')
    .limit(n)
    .execute();
}

function registrationRecord(r: Awaited<ReturnType<typeof registrationsAfter>>[number], label: PersonLabel) {
  return {
    person: label({ id: r.user_id, email: r.email }),
    identity_assurance: r.identity_assurance,
    tool_id: r.tool_id,
    purpose_category: r.purpose_category,
    purpose_text: r.purpose_text,
    data_classes: dataClassesColumn.decode(r.data_classes),
    affects_people: r.affects_people === 1,
    annex_iii_area: r.purpose_category ? annexIIIArea(r.purpose_category as PurposeCategory) : null,
    withdrawn: r.withdrawn === 1,
    registered_at: iso(Number(r.at)),
  };
}

/**
 * Each person's current registration per tool, by tool and time (and person, where those tie), a
 * page at a time along the current_registrations_tool_at index.
 */
export function registrationPages(db: Db, label: PersonLabel, size = PAGE_ROWS): PagedDataset {
  const pages = keysetPages(
    (after: RegistrationKey | null, n) => registrationsAfter(db, after, n),
    (r): RegistrationKey => ({ tool_id: r.tool_id, at: Number(r.at), user_id: r.user_id }),
    size,
  );
  return {
    columns: [
      'person',
      'identity_assurance',
      'tool_id',
      'purpose_category',
      'purpose_text',
      'data_classes',
      'affects_people',
      'annex_iii_area',
      'withdrawn',
      'registered_at',
    ],
    pages: (async function* () {
      for await (const page of pages) yield page.map((r) => registrationRecord(r, label));
    })(),
  };
}
