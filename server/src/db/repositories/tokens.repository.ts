import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../../security/tokens';
import type { Db } from '../database';

export type ApiRole = 'admin' | 'auditor';

export async function createApiToken(trx: Db, role: ApiRole, name: string, now = Date.now()) {
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
    })
    .execute();
  return { id, token };
}

export async function findApiToken(db: Db, token: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function listApiTokens(db: Db) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'role', 'created_at', 'last_used_at', 'revoked_at'])
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

export interface EnrollmentTokenOptions {
  name: string;
  expiresAt?: number | null;
  maxUses?: number | null;
}

export async function createEnrollmentToken(trx: Db, opts: EnrollmentTokenOptions, now = Date.now()) {
  const token = newToken();
  const id = randomUUID();
  await trx
    .insertInto('enrollment_tokens')
    .values({
      id,
      name: opts.name,
      token_hash: hashToken(token),
      created_at: now,
      expires_at: opts.expiresAt ?? null,
      max_uses: opts.maxUses ?? null,
      uses: 0,
      revoked_at: null,
    })
    .execute();
  return { id, token };
}

export async function listEnrollmentTokens(db: Db) {
  return db
    .selectFrom('enrollment_tokens')
    .select(['id', 'name', 'created_at', 'expires_at', 'max_uses', 'uses', 'revoked_at'])
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeEnrollmentToken(trx: Db, id: string, now = Date.now()): Promise<boolean> {
  const res = await trx
    .updateTable('enrollment_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
