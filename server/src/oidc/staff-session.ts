import type { Db } from '../db/database';
import { appendAudit } from '../db/repositories/audit.repository';
import { createSession } from '../db/repositories/sessions.repository';
import { upsertOidcStaff } from '../db/repositories/tokens.repository';
import type { VerifiedPerson } from './identity';
import { OidcRefusal } from './refusal';

/**
 * Opens the same dashboard session a token sign-in opens, for a person the provider vouched for. The
 * role is decided by this sign-in's groups; an admin can lock a person out by revoking their row.
 */
export async function openStaffSession(
  db: Db,
  person: VerifiedPerson,
  role: 'admin' | 'auditor',
  now: number,
) {
  return db.transaction().execute(async (trx) => {
    const staffId = await upsertOidcStaff(trx, person.subject, person.email, role, now);
    if (!staffId)
      throw new OidcRefusal(
        'staff-revoked',
        `Dashboard access for ${person.email} was revoked by an admin.`,
        403,
      );
    const session = await createSession(trx, staffId, now);
    await appendAudit(
      trx,
      {
        actor: `${role}:${person.email} (oidc)`,
        action: 'session.signIn',
        target: session.id,
        details: { via: 'oidc' },
      },
      now,
    );
    return session;
  });
}
