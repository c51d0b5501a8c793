import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { IdentityAssurance } from '../db/tables/auth.table';
import { getSettings } from '../db/repositories/config.repository';
import { latestLinks } from '../db/repositories/personal-links.repository';
import { personLabeler } from '../security/people';

export interface DirectoryRow {
  /** The email in named mode, a pseudonym in pseudonymous mode. */
  person: string;
  /** Only in named mode: the dashboard edits and links by it. */
  email: string | null;
  name: string | null;
  department: string | null;
  manager: string | null;
  source: string;
  userId: string | null;
  assurance: IdentityAssurance | null;
  devices: number;
  /** The newest personal link's state: open, used, expired, revoked; null when none was made. */
  link: string | null;
  updatedAt: number;
}

/**
 * The directory as the dashboard shows it. In pseudonymous mode names, emails and managers are
 * withheld (the department stays: coverage is reported by department); people appear by pseudonym.
 */
export async function listDirectory(
  db: Db,
  q: { limit: number; offset: number; department?: string },
): Promise<{ total: number; pseudonymous: boolean; rows: DirectoryRow[] }> {
  const pseudonymous = (await getSettings(db)).privacyMode === 'pseudonymous';
  const label = await personLabeler(db);
  let base = db.selectFrom('people');
  if (q.department !== undefined) base = base.where('people.department', '=', q.department);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('users', 'users.email', 'people.email')
    .selectAll('people')
    .select(['users.id as user_id', 'users.identity_assurance'])
    .select((eb) =>
      eb
        .selectFrom('devices')
        .select((d) => d.fn.countAll<number>().as('n'))
        .whereRef('devices.user_id', '=', 'users.id')
        .where('devices.revoked_at', 'is', null)
        .as('devices'),
    )
    // Nulls last on both databases (SQLite sorts them first, PostgreSQL last).
    .orderBy(sql`people.department is null`)
    .orderBy('people.department')
    .orderBy('people.email')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const links = await latestLinks(
    db,
    rows.map((r) => r.email),
  );
  return {
    total: Number(total.n),
    pseudonymous,
    rows: rows.map((r) => ({
      person: label({ id: r.user_id ?? `directory:${r.email}`, email: r.email }),
      email: pseudonymous ? null : r.email,
      name: pseudonymous ? null : r.name,
      department: r.department,
      manager: pseudonymous ? null : r.manager_email,
      source: r.source,
      userId: r.user_id,
      assurance: r.identity_assurance ?? null,
      devices: Number(r.devices ?? 0),
      link: links.get(r.email)?.state ?? null,
      updatedAt: Number(r.updated_at),
    })),
  };
}
