import type { Db } from '../database';
import type { PeopleSource } from '../tables/people.table';

/** One person as the directory holds them; `email` lower-cased. */
export interface DirectoryPerson {
  email: string;
  name: string | null;
  department: string | null;
  managerEmail: string | null;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Adds or replaces people. `keepExisting` fields: an OIDC sign-in only fills what the provider sent,
 * so a department an admin imported is not blanked by a provider that does not release it.
 */
export async function upsertPeople(
  db: Db,
  people: readonly DirectoryPerson[],
  source: PeopleSource,
  now: number,
): Promise<void> {
  for (const p of people) {
    const values = {
      name: p.name,
      department: p.department,
      manager_email: p.managerEmail,
      source,
      updated_at: now,
    };
    await db
      .insertInto('people')
      .values({ email: normaliseEmail(p.email), created_at: now, ...values })
      .onConflict((oc) => oc.column('email').doUpdateSet(values))
      .execute();
  }
}

function managerEmailOf(text: string | null): string | null {
  const v = text?.trim().toLowerCase() ?? '';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : null;
}

/** What an ID token said about the person; fields the provider did not send keep their stored value. */
export async function recordClaims(db: Db, p: DirectoryPerson, now: number): Promise<void> {
  const email = normaliseEmail(p.email);
  const known = await db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();
  await upsertPeople(
    db,
    [
      {
        email,
        name: p.name ?? known?.name ?? null,
        department: p.department ?? known?.department ?? null,
        // Some providers send a manager's name or id rather than an email: only an email is kept.
        managerEmail: managerEmailOf(p.managerEmail) ?? known?.manager_email ?? null,
      },
    ],
    'oidc',
    now,
  );
}

export async function findDirectoryPerson(db: Db, email: string) {
  return db.selectFrom('people').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function removeDirectoryPerson(db: Db, email: string): Promise<boolean> {
  const res = await db.deleteFrom('people').where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** Erasure (rights/erase.ts): the person's row and enrolment links go, and nobody's row names them as manager any more. */
export async function forgetInDirectory(db: Db, email: string): Promise<void> {
  const e = normaliseEmail(email);
  await db.deleteFrom('people').where('email', '=', e).execute();
  await db.deleteFrom('personal_links').where('email', '=', e).execute();
  await db.updateTable('people').set({ manager_email: null }).where('manager_email', '=', e).execute();
}

/** The department of each email the directory knows (for rules and coverage by department). */
export async function departmentByEmail(db: Db, emails?: readonly string[]): Promise<Map<string, string>> {
  let q = db.selectFrom('people').select(['email', 'department']).where('department', 'is not', null);
  if (emails) {
    if (emails.length === 0) return new Map();
    q = q.where('email', 'in', emails.map(normaliseEmail));
  }
  return new Map((await q.execute()).map((r) => [r.email, r.department!]));
}

/** Distinct departments, sorted, for filters. */
export async function listDepartments(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('department')
    .distinct()
    .where('department', 'is not', null)
    .orderBy('department')
    .execute();
  return rows.map((r) => r.department!);
}
