import type { Db } from '../db/database';
import { normaliseEmail } from '../db/repositories/people.repository';

/** The listed emails that are in the directory, and those that are not (links are for directory people). */
export async function splitByDirectory(db: Db, emails: readonly string[]) {
  const wanted = [...new Set(emails.map(normaliseEmail))];
  const known = new Set(
    (await db.selectFrom('people').select('email').where('email', 'in', wanted).execute()).map(
      (r) => r.email,
    ),
  );
  return { known: wanted.filter((e) => known.has(e)), unknown: wanted.filter((e) => !known.has(e)) };
}

/** Directory people (optionally of one department) with no active browser yet: who still needs a link. */
export async function peopleWithoutBrowser(db: Db, department: string | null): Promise<string[]> {
  let q = db
    .selectFrom('people')
    .select('people.email')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('devices')
            .innerJoin('users', 'users.id', 'devices.user_id')
            .select('devices.id')
            .whereRef('users.email', '=', 'people.email')
            .where('devices.revoked_at', 'is', null),
        ),
      ),
    );
  if (department !== null) q = q.where('people.department', '=', department);
  return (await q.orderBy('people.email').execute()).map((r) => r.email);
}
