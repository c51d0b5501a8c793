import { sql } from 'kysely';
import type { Db } from '../db/database';
import { currentPolicy } from '../db/repositories/policies.repository';
import type { PersonLabel } from '../security/people';
import { dataBeyondAllowed, decisionsOf } from './data-beyond';
import { acceptedSql, type PolicyRef } from './acceptance';
import { dataClassesColumn } from '../db/codecs';

type PeopleQuery = { limit: number; offset: number; search?: string; pseudonymous: boolean };

/** People who used or registered an AI tool, matching the search. */
function peopleWithAi(db: Db, q: PeopleQuery) {
  const base = db
    .selectFrom('users')
    .where((eb) =>
      eb.or([
        eb.exists(
          eb.selectFrom('tool_users').select('tool_id').whereRef('tool_users.user_id', '=', 'users.id'),
        ),
        eb.exists(
          eb
            .selectFrom('current_registrations')
            .select('tool_id')
            .whereRef('current_registrations.user_id', '=', 'users.id'),
        ),
      ]),
    );
  // Searching by email would reveal identities in pseudonymous mode.
  return q.search && !q.pseudonymous
    ? base.where('users.email', 'like', `%${q.search.toLowerCase().replace(/[%_]/g, '')}%`)
    : base;
}

/** The page of people, then its figures: computed for the rows shown, not for every person before sorting. */
function pageWithFigures(db: Db, q: PeopleQuery, policy: PolicyRef | null) {
  const page = peopleWithAi(db, q)
    .select(['users.id', 'users.email', 'users.created_at'])
    .orderBy('users.created_at')
    .orderBy('users.id')
    .limit(q.limit)
    .offset(q.offset)
    .as('u');
  return db
    .selectFrom(page)
    .select(['u.id', 'u.email'])
    .select((eb) => [
      eb
        .selectFrom('tool_users')
        .select(sql<number>`count(*)`.as('c'))
        .whereRef('tool_users.user_id', '=', 'u.id')
        .as('tools'),
      eb
        .selectFrom('tool_users')
        .select(sql<number>`max(last_seen_at)`.as('l'))
        .whereRef('tool_users.user_id', '=', 'u.id')
        .as('last_seen_at'),
      eb
        .selectFrom('current_registrations')
        .select(sql<number>`count(*)`.as('c'))
        .whereRef('current_registrations.user_id', '=', 'u.id')
        .where('withdrawn', '=', 0)
        .as('registrations'),
      eb
        .selectFrom('devices')
        .select(sql<number>`count(*)`.as('c'))
        .whereRef('devices.user_id', '=', 'u.id')
        .as('devices'),
      (policy ? acceptedSql('u.id', policy) : sql<boolean>`false`).as('accepted'),
    ])
    .orderBy('u.created_at')
    .orderBy('u.id')
    .execute();
}

/** People who used or registered AI tools: tools, registrations, whether they accepted the current policy. */
export async function inventoryUsers(db: Db, label: PersonLabel, q: PeopleQuery) {
  const policy = await currentPolicy(db);
  const total = await peopleWithAi(db, q)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await pageWithFigures(db, q, policy);
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({
      userId: r.id,
      person: label(r),
      tools: Number(r.tools ?? 0),
      registrations: Number(r.registrations ?? 0),
      devices: Number(r.devices ?? 0),
      lastSeenAt: r.last_seen_at === null ? null : Number(r.last_seen_at),
      acceptedCurrentPolicy: policy !== null && Boolean(r.accepted),
    })),
  };
}

/** A person's tools, registrations (withdrawn ones too), acceptances and requests. */
function personRecords(db: Db, userId: string) {
  return Promise.all([
    db
      .selectFrom('tool_users')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('last_seen_at', 'desc')
      .execute(),
    db
      .selectFrom('current_registrations')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('at', 'desc')
      .execute(),
    db
      .selectFrom('acknowledgements')
      .select(['seq', 'policy_version', 'policy_sha256', 'tool_id', 'at'])
      .where('user_id', '=', userId)
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('requests')
      .select(['id', 'kind', 'tool_id', 'status', 'reason', 'note', 'at'])
      .where('user_id', '=', userId)
      .orderBy('at', 'desc')
      .execute(),
  ]);
}

type PersonRegistrations = Awaited<ReturnType<typeof personRecords>>[1];

async function registrationRows(db: Db, registrations: PersonRegistrations) {
  const decisions = await decisionsOf(
    db,
    registrations.map((r) => r.tool_id),
  );
  return registrations.map((r) => ({
    toolId: r.tool_id,
    purposeCategory: r.purpose_category,
    purposeText: r.purpose_text,
    dataClasses: dataClassesColumn.decode(r.data_classes),
    affectsPeople: r.affects_people === 1,
    dataBeyondAllowed:
      r.withdrawn !== 1 &&
      dataBeyondAllowed(
        Number(r.data_beyond_allowed),
        dataClassesColumn.decode(r.data_classes),
        decisions.get(r.tool_id),
      ),
    withdrawn: r.withdrawn === 1,
    at: Number(r.at),
  }));
}

export async function userDetail(db: Db, label: PersonLabel, userId: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return null;
  const [tools, registrations, acknowledgements, requests] = await personRecords(db, userId);
  return {
    person: label(user),
    tools: tools.map((t) => ({
      toolId: t.tool_id,
      firstSeenAt: Number(t.first_seen_at),
      lastSeenAt: Number(t.last_seen_at),
    })),
    registrations: await registrationRows(db, registrations),
    acknowledgements: acknowledgements.map((a) => ({
      seq: Number(a.seq),
      policyVersion: Number(a.policy_version),
      policySha256: a.policy_sha256,
      toolId: a.tool_id,
      at: Number(a.at),
    })),
    requests: requests.map((r) => ({ ...r, at: Number(r.at) })),
  };
}
