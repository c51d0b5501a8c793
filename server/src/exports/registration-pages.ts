import { annexIIIArea } from '@lantern/shared';
import type { PurposeCategory } from '@lantern/shared';
import { dataClassesColumn } from '../db/codecs';
import type { Db } from '../db/database';
import type { PersonLabel } from '../security/people';
import { iso } from './iso';
import { keysetPages, PAGE_ROWS } from './paged';
import type { PagedDataset } from './paged';

/** The tool registrations people's browsers sent, exported a page at a time. */

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
 * page at a time along the current_registrations_tool_at_purpose index (migration 0027).
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
