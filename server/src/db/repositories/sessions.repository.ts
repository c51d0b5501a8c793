import { randomUUID } from 'node:crypto';
import { hashToken, newToken, sameHash } from '../../security/tokens';
import type { Db } from '../database';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** A dashboard session: the cookie secret and the CSRF secret are both stored only hashed. */
export async function createSession(trx: Db, apiTokenId: string, now: number) {
  const token = newToken();
  const csrf = newToken();
  const id = randomUUID();
  await trx
    .insertInto('sessions')
    .values({
      id,
      token_hash: hashToken(token),
      csrf_hash: hashToken(csrf),
      api_token_id: apiTokenId,
      created_at: now,
      expires_at: now + SESSION_TTL_MS,
      ended_at: null,
    })
    .execute();
  return { id, token, csrf, expiresAt: now + SESSION_TTL_MS };
}

export async function findSession(db: Db, token: string, csrf: string | null, now: number) {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('api_tokens', 'api_tokens.id', 'sessions.api_token_id')
    .select([
      'sessions.id',
      'sessions.csrf_hash',
      'api_tokens.id as tokenId',
      'api_tokens.role',
      'api_tokens.name',
    ])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.ended_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('api_tokens.revoked_at', 'is', null)
    // A session never outlives the token it was opened with.
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]))
    .executeTakeFirst();
  if (!row) return null;
  const csrfOk = csrf !== null && sameHash(hashToken(csrf), row.csrf_hash);
  return { id: row.id, tokenId: row.tokenId, role: row.role, name: row.name, csrfOk };
}

export async function endSession(trx: Db, id: string, now: number): Promise<void> {
  await trx.updateTable('sessions').set({ ended_at: now }).where('id', '=', id).execute();
}
