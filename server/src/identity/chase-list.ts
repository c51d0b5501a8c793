import type { Db } from '../db/database';
import type { IdentityAssurance } from '../db/tables/auth.table';
import type { PersonLabel } from '../security/people';
import { chaseFacts } from './chase-facts';

export const CHASE_FILTERS = [
  'all',
  'not-accepted-current',
  'never-accepted',
  'beyond-allowed',
  'no-browser',
] as const;
export type ChaseFilter = (typeof CHASE_FILTERS)[number];

export interface ChaseRow {
  userId: string | null;
  person: string;
  department: string | null;
  assurance: IdentityAssurance | null;
  browsers: number;
  acceptedCurrentPolicy: boolean;
  everAccepted: boolean;
  dataBeyondAllowed: boolean;
}

/**
 * The chase list (issue 17, item 4): everyone Lantern knows — people with a browser or AI use, and
 * directory people who never enrolled — with what they still owe. Held in memory: one row per
 * person, built from grouped queries, filtered and paged here.
 */
export async function chaseList(
  db: Db,
  label: PersonLabel,
  q: { filter: ChaseFilter; department?: string; limit: number; offset: number },
): Promise<{ total: number; policyVersion: number | null; rows: ChaseRow[] }> {
  const facts = await chaseFacts(db);
  const users = await db
    .selectFrom('users')
    .select(['id', 'email', 'identity_assurance'])
    .where('erased_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('devices').select('id').whereRef('devices.user_id', '=', 'users.id')),
        eb.exists(
          eb.selectFrom('tool_users').select('tool_id').whereRef('tool_users.user_id', '=', 'users.id'),
        ),
      ]),
    )
    .execute();
  const directory = await db.selectFrom('people').select(['email', 'department']).execute();
  const department = new Map(directory.map((p) => [p.email, p.department]));
  const rows: ChaseRow[] = users.map((u) => ({
    userId: u.id,
    person: label(u),
    department: u.email === null ? null : (department.get(u.email) ?? null),
    assurance: u.identity_assurance,
    browsers: facts.activeDevices.get(u.id) ?? 0,
    acceptedCurrentPolicy: facts.acceptedCurrent.has(u.id),
    everAccepted: facts.acceptedEver.has(u.id),
    dataBeyondAllowed: facts.beyondAllowed.has(u.id),
  }));
  const known = new Set(users.map((u) => u.email));
  for (const p of directory)
    if (!known.has(p.email))
      rows.push({
        userId: null,
        person: label({ id: `directory:${p.email}`, email: p.email }),
        department: p.department,
        assurance: null,
        browsers: 0,
        acceptedCurrentPolicy: false,
        everAccepted: false,
        dataBeyondAllowed: false,
      });
  const wanted = rows
    .filter((r) => q.department === undefined || r.department === q.department)
    .filter((r) => matches(r, q.filter, facts.policyVersion))
    .sort(
      (a, b) =>
        (a.department ?? '\uffff').localeCompare(b.department ?? '\uffff') ||
        a.person.localeCompare(b.person),
    );
  return {
    total: wanted.length,
    policyVersion: facts.policyVersion,
    rows: wanted.slice(q.offset, q.offset + q.limit),
  };
}

function matches(r: ChaseRow, filter: ChaseFilter, policyVersion: number | null): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'not-accepted-current':
      return policyVersion !== null && !r.acceptedCurrentPolicy;
    case 'never-accepted':
      return !r.everAccepted;
    case 'beyond-allowed':
      return r.dataBeyondAllowed;
    case 'no-browser':
      return r.browsers === 0;
  }
}

export const CHASE_COLUMNS = [
  'person',
  'department',
  'identity_assurance',
  'browsers',
  'accepted_current_policy',
  'ever_accepted',
  'data_beyond_allowed',
];

export function chaseCsvRow(r: ChaseRow): Record<string, unknown> {
  return {
    person: r.person,
    department: r.department,
    identity_assurance: r.assurance ?? 'no browser enrolled yet',
    browsers: r.browsers,
    accepted_current_policy: r.acceptedCurrentPolicy,
    ever_accepted: r.everAccepted,
    data_beyond_allowed: r.dataBeyondAllowed,
  };
}
