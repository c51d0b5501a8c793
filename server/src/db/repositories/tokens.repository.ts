import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../../security/tokens';
import type { Db } from '../database';

export type ApiRole = 'admin' | 'auditor';

/** How long a new API token lives unless its creator says otherwise. */
export const DEFAULT_TOKEN_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function createApiToken(
  trx: Db,
  role: ApiRole,
  name: string,
  now = Date.now(),
  expiresInDays = DEFAULT_TOKEN_DAYS,
) {
  const token = newToken();
  const id = randomUUID();
  await trx
    .insertInto('api_tokens')
    .values({
      id,
      name,
      role,
      token_hash: hashToken(token),
      created_at: now,
      last_used_at: null,
      revoked_at: null,
      expires_at: now + expiresInDays * DAY_MS,
      oidc_subject: null,
    })
    .execute();
  return { id, token, expiresAt: now + expiresInDays * DAY_MS };
}

/** A live API token: not revoked, not expired, and not the token-less row of an OIDC staff member. */
export async function findApiToken(db: Db, token: string, now = Date.now()) {
  return findApiTokenByHash(db, hashToken(token), now);
}

/** findApiToken by the token's hashToken, for a caller that hashed it already. */
export async function findApiTokenByHash(db: Db, tokenHash: string, now = Date.now()) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('oidc_subject', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
}

/**
 * Records that a staff token was used (dashboard sign-in, a bearer call), for Settings' "Last used".
 * At most one write a minute per token, so a busy script does not write on every call.
 */
export async function touchApiToken(db: Db, id: string, now: number): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', now - 60_000)]))
    .execute();
}

/**
 * The staff row behind an OIDC staff member's sessions, created at first sign-in; its role follows the
 * groups of each sign-in. It has no usable token: the hash is of a secret nobody ever sees.
 */
export async function upsertOidcStaff(trx: Db, subject: string, name: string, role: ApiRole, now: number) {
  const existing = await trx
    .selectFrom('api_tokens')
    .select(['id', 'revoked_at'])
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
  if (existing) {
    if (existing.revoked_at !== null) return null;
    await trx
      .updateTable('api_tokens')
      .set({ role, name, last_used_at: now })
      .where('id', '=', existing.id)
      .execute();
    return existing.id;
  }
  const id = randomUUID();
  await trx
    .insertInto('api_tokens')
    .values({
      id,
      name,
      role,
      token_hash: hashToken(newToken()),
      created_at: now,
      last_used_at: now,
      revoked_at: null,
      expires_at: null,
      oidc_subject: subject,
    })
    .execute();
  return id;
}

export async function listApiTokens(db: Db) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'role', 'created_at', 'last_used_at', 'revoked_at', 'expires_at'])
    .where('oidc_subject', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Revoking also ends the token's dashboard sessions. */
export async function revokeApiToken(trx: Db, id: string, now = Date.now()): Promise<boolean> {
  const res = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  await trx
    .updateTable('sessions')
    .set({ ended_at: now })
    .where('api_token_id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
  return Number(res.numUpdatedRows) > 0;
}

export async function countApiTokens(db: Db): Promise<number> {
  const row = await db
    .selectFrom('api_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
