import { createHash } from 'node:crypto';
import type { Db } from '../database';

/** How long a sign-in stays redeemable: long enough for a browser restart between sign-in and redeem. */
export const GRANT_TTL_MS = 24 * 60 * 60 * 1000;

/** The enrolment "token" that devices enrolled through sign-in point at (devices must name one). */
export const OIDC_ENROLMENT_TOKEN_ID = 'oidc-sign-in';

/** The challenge the extension sends is base64url(SHA-256(secret)), as PKCE's S256. */
export function challengeOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

export async function createEnrolmentGrant(
  db: Db,
  grant: { challenge: string; subject: string; email: string },
  now: number,
): Promise<void> {
  await db.deleteFrom('enrolment_grants').where('expires_at', '<', now).execute();
  await db
    .insertInto('enrolment_grants')
    .values({ ...grant, created_at: now, expires_at: now + GRANT_TTL_MS, redeemed_at: null })
    // A second sign-in for the same challenge (the person signed in twice) replaces the first.
    .onConflict((oc) => oc.column('challenge').doUpdateSet({ subject: grant.subject, email: grant.email }))
    .execute();
}

export type Redeemed =
  { ok: true; email: string; subject: string } | { ok: false; reason: 'pending' | 'used' };

/** Redeems a grant once (a conditional update, so two racing redeems cannot both win). */
export async function redeemEnrolmentGrant(trx: Db, secret: string, now: number): Promise<Redeemed> {
  const challenge = challengeOf(secret);
  const row = await trx
    .selectFrom('enrolment_grants')
    .selectAll()
    .where('challenge', '=', challenge)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return { ok: false, reason: 'pending' };
  const res = await trx
    .updateTable('enrolment_grants')
    .set({ redeemed_at: now })
    .where('challenge', '=', challenge)
    .where('redeemed_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return { ok: false, reason: 'used' };
  await trx
    .insertInto('enrollment_tokens')
    .values({
      id: OIDC_ENROLMENT_TOKEN_ID,
      name: 'Sign-in at the identity provider (verified)',
      // Not the hash of any token, so nothing can ever consume it as one.
      token_hash: `none:${OIDC_ENROLMENT_TOKEN_ID}`,
      created_at: now,
      expires_at: null,
      max_uses: null,
      uses: 0,
      revoked_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return { ok: true, email: row.email, subject: row.subject };
}
