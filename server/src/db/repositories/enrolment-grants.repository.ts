import { createHash } from 'node:crypto';
import { hashToken, sameHash } from '../../security/tokens';
import type { Db } from '../database';
import { ensureFixedEnrolmentToken } from './enrolment-tokens.repository';

/** How long a sign-in stays redeemable; the extension redeems within seconds of the page loading. */
export const GRANT_TTL_MS = 30 * 60 * 1000;

/** The enrolment "token" that devices enrolled through sign-in point at (devices must name one). */
export const OIDC_ENROLMENT_TOKEN_ID = 'oidc-sign-in';

/** The challenge the extension sends is base64url(SHA-256(secret)), as PKCE's S256. */
export function challengeOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

export async function createEnrolmentGrant(
  db: Db,
  grant: { challenge: string; subject: string; email: string; code: string },
  now: number,
): Promise<void> {
  const values = {
    subject: grant.subject,
    email: grant.email,
    code_hash: hashToken(grant.code),
    expires_at: now + GRANT_TTL_MS,
    redeemed_at: null,
  };
  await db.deleteFrom('enrolment_grants').where('expires_at', '<', now).execute();
  await db
    .insertInto('enrolment_grants')
    .values({ challenge: grant.challenge, created_at: now, ...values })
    // A second sign-in for the same challenge (the person signed in again) replaces the first.
    .onConflict((oc) => oc.column('challenge').doUpdateSet(values))
    .execute();
}

export type Redeemed =
  { ok: true; email: string; subject: string } | { ok: false; reason: 'unknown' | 'used' };

/**
 * Redeems a grant once (a conditional update, so two racing redeems cannot both win). It takes both
 * the extension's secret and the code only the signing-in browser saw: whoever started a sign-in
 * (the secret) and whoever completed it (the code) must be the same browser.
 */
export async function redeemEnrolmentGrant(
  trx: Db,
  secret: string,
  code: string,
  now: number,
): Promise<Redeemed> {
  const challenge = challengeOf(secret);
  const row = await trx
    .selectFrom('enrolment_grants')
    .selectAll()
    .where('challenge', '=', challenge)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row || !sameHash(hashToken(code), row.code_hash)) return { ok: false, reason: 'unknown' };
  const res = await trx
    .updateTable('enrolment_grants')
    .set({ redeemed_at: now })
    .where('challenge', '=', challenge)
    .where('redeemed_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return { ok: false, reason: 'used' };
  await ensureFixedEnrolmentToken(
    trx,
    OIDC_ENROLMENT_TOKEN_ID,
    'Sign-in at the identity provider (verified)',
    now,
  );
  return { ok: true, email: row.email, subject: row.subject };
}
