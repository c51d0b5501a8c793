import type { Kysely } from 'kysely';
import type { Database } from './db/database';
import { appendAudit } from './db/repositories/audit.repository';
import { countApiTokens, createApiToken } from './db/repositories/tokens.repository';
import { createEnrolmentToken } from './db/repositories/enrolment-tokens.repository';

export interface BootstrapSecrets {
  adminToken: string;
  enrolmentToken: string;
}

/**
 * On an empty database, creates the first admin token and an enrolment token so a newcomer can sign
 * in and enrol a browser. Returns null when the database already has tokens (nothing is re-shown:
 * tokens exist only as hashes). The first process to claim the `bootstrappedAt` setting does it, so two
 * processes starting at once on one PostgreSQL print one set of secrets.
 */
export async function bootstrapIfEmpty(db: Kysely<Database>): Promise<BootstrapSecrets | null> {
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('settings')
      .values({ key: 'bootstrappedAt', value: JSON.stringify(Date.now()) })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .execute();
    if (claimed.length === 0 || (await countApiTokens(trx)) > 0) return null;
    const admin = await createApiToken(trx, 'admin', 'bootstrap admin');
    const enrol = await createEnrolmentToken(trx, { name: 'bootstrap enrolment' });
    await appendAudit(trx, {
      actor: 'system',
      action: 'token.create',
      target: admin.id,
      details: { role: 'admin', name: 'bootstrap admin' },
    });
    await appendAudit(trx, {
      actor: 'system',
      action: 'enrollment.create',
      target: enrol.id,
      details: { name: 'bootstrap enrolment' },
    });
    return { adminToken: admin.token, enrolmentToken: enrol.token };
  });
}
