import type { IdentityAssurance } from '../tables/auth.table';
import type { Db } from '../database';

const RANK: Record<IdentityAssurance, number> = { 'self-asserted': 0, 'personal-link': 1, oidc: 2 };

/** Whether the person behind this email proved who they are (provider sign-in or personal link). */
export async function isVerifiedPerson(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('identity_assurance')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row !== undefined && row.identity_assurance !== 'self-asserted';
}

/** Raises a person's assurance, never lowers it (a personal link after an OIDC sign-in stays `oidc`). */
export async function markVerified(db: Db, userId: string, how: Exclude<IdentityAssurance, 'self-asserted'>) {
  const lower = (Object.keys(RANK) as IdentityAssurance[]).filter((k) => RANK[k] < RANK[how]);
  await db
    .updateTable('users')
    .set({ identity_assurance: how })
    .where('id', '=', userId)
    .where('identity_assurance', 'in', lower)
    .execute();
}
