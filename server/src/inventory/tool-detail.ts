import type { Decision } from '@lantern/shared';
import type { Db } from '../db/database';
import { decisionHistory, getDecision } from '../db/repositories/decisions.repository';
import { currentPolicy } from '../db/repositories/policies.repository';
import type { PersonLabel } from '../security/people';
import { dataBeyondAllowed } from './data-beyond';
import { windowStart } from './days';
import type { InventoryToolRow } from './tools';
import { dataClassesColumn } from '../db/codecs';

/**
 * A tool's people per day from `from` on: the counts ingest maintains (migration 0020), one row a
 * day, where counting its tool_user_days rows read one index entry per person and day.
 */
export function peoplePerDay(db: Db, toolId: string, from: string) {
  return db
    .selectFrom('tool_day_people')
    .select(['day', 'people as n'])
    .where('tool_id', '=', toolId)
    .where('day', '>=', from)
    .execute();
}

/** A tool's visits and active time per day, and its people per day, from `from` on. */
function dailyFigures(db: Db, toolId: string, from: string) {
  return Promise.all([
    db
      .selectFrom('tool_days')
      .select(['day', 'visits', 'active_seconds'])
      .where('tool_id', '=', toolId)
      .where('day', '>=', from)
      .orderBy('day')
      .execute(),
    peoplePerDay(db, toolId, from),
  ]);
}

/**
 * The tool's 500 most recently seen people. Read through the key (tool, person): the tool's rows
 * are one range of it, and the 500 latest are kept while reading them (a top-N sort), before the
 * join. No index orders them by last seen (migration 0025): such an index was written by every
 * ingested push for this one read.
 */
function recentPeople(db: Db, toolId: string) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('tool_users')
        .select(['user_id', 'first_seen_at', 'last_seen_at'])
        .where('tool_id', '=', toolId)
        .orderBy('last_seen_at', 'desc')
        .orderBy('first_seen_at', 'desc')
        .orderBy('user_id', 'desc')
        .limit(500)
        .as('t'),
    )
    .innerJoin('users', 'users.id', 't.user_id')
    .select(['users.id', 'users.email', 't.first_seen_at', 't.last_seen_at'])
    .orderBy('t.last_seen_at', 'desc')
    .orderBy('t.first_seen_at', 'desc')
    .orderBy('t.user_id', 'desc')
    .execute();
}

/** The tool's 500 newest current registrations. */
function recentRegistrations(db: Db, toolId: string) {
  return db
    .selectFrom('current_registrations')
    .innerJoin('users', 'users.id', 'current_registrations.user_id')
    .select([
      'users.id',
      'users.email',
      'purpose_category',
      'purpose_text',
      'data_classes',
      'affects_people',
      'data_beyond_allowed',
      'at',
    ])
    .where('tool_id', '=', toolId)
    .where('withdrawn', '=', 0)
    .orderBy('at', 'desc')
    .limit(500)
    .execute();
}

/** Sites embedding the tool, browsers with an extension of it, its decisions and its requests. */
function otherRecords(db: Db, toolId: string) {
  return Promise.all([
    db
      .selectFrom('embedded_sites')
      .selectAll()
      .where('tool_id', '=', toolId)
      .orderBy('requests', 'desc')
      .limit(200)
      .execute(),
    db
      .selectFrom('device_extensions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tool_id', '=', toolId)
      .executeTakeFirst(),
    decisionHistory(db, toolId),
    db
      .selectFrom('requests')
      .select(['id', 'kind', 'status', 'reason', 'note', 'at'])
      .where('tool_id', '=', toolId)
      .orderBy('at', 'desc')
      .limit(200)
      .execute(),
  ]);
}

/**
 * Which of the listed people accepted the current policy: only them, since every acceptance of the
 * policy would be tens of thousands of rows.
 */
async function acceptedAmong(
  db: Db,
  policy: { version: number } | undefined | null,
  people: readonly { id: string }[],
): Promise<Set<string>> {
  if (!policy || people.length === 0) return new Set();
  const rows = await db
    .selectFrom('acknowledgements')
    .select('user_id')
    .distinct()
    .where('policy_version', '=', policy.version)
    .where(
      'user_id',
      'in',
      people.map((p) => p.id),
    )
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

type Registrations = Awaited<ReturnType<typeof recentRegistrations>>;

function registrationRows(registrations: Registrations, label: PersonLabel, decision: Decision | undefined) {
  return registrations.map((r) => ({
    person: label(r),
    purposeCategory: r.purpose_category,
    purposeText: r.purpose_text,
    dataClasses: dataClassesColumn.decode(r.data_classes),
    affectsPeople: r.affects_people === 1,
    dataBeyondAllowed: dataBeyondAllowed(
      Number(r.data_beyond_allowed),
      dataClassesColumn.decode(r.data_classes),
      decision,
    ),
    at: Number(r.at),
  }));
}

/** One tool in depth: usage per day, its people, registrations, embedding sites, decisions, requests. */
export async function toolDetail(db: Db, row: InventoryToolRow, label: PersonLabel, now: number, days = 90) {
  const [
    [usage, dailyUsers],
    people,
    registrations,
    [sites, extensions, history, requests],
    decision,
    policy,
  ] = await Promise.all([
    dailyFigures(db, row.toolId, windowStart(now, days)),
    recentPeople(db, row.toolId),
    recentRegistrations(db, row.toolId),
    otherRecords(db, row.toolId),
    getDecision(db, row.toolId),
    currentPolicy(db),
  ]);
  const accepted = await acceptedAmong(db, policy, people);
  const usersByDay = new Map(dailyUsers.map((r) => [r.day, Number(r.n)]));
  return {
    tool: row,
    usage: usage.map((u) => ({
      day: u.day,
      visits: Number(u.visits),
      activeSeconds: Number(u.active_seconds),
      users: usersByDay.get(u.day) ?? 0,
    })),
    people: people.map((p) => ({
      /** For linking to the person's page; the label is what to show. */
      userId: p.id,
      person: label(p),
      firstSeenAt: Number(p.first_seen_at),
      lastSeenAt: Number(p.last_seen_at),
      acceptedCurrentPolicy: accepted.has(p.id),
    })),
    registrations: registrationRows(registrations, label, decision),
    embeddedSites: sites.map((s) => ({
      host: s.initiator_host,
      requests: Number(s.requests),
      firstSeenAt: Number(s.first_seen_at),
      lastSeenAt: Number(s.last_seen_at),
    })),
    extensionInstalls: Number(extensions?.n ?? 0),
    decisionHistory: history,
    requests: requests.map((r) => ({ ...r, at: Number(r.at) })),
  };
}
