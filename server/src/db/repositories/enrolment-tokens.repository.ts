import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder } from 'kysely';
import { hashToken, newToken } from '../../security/tokens';
import type { Database, Db } from '../database';

// The `enrollment_tokens` table (the stored name keeps "enroll"): the tokens admins hand out, and
// the fixed rows that devices enrolled by sign-in or a personal link point at.

export interface EnrolmentTokenOptions {
  name: string;
  expiresAt?: number | null;
  maxUses?: number | null;
}

export async function createEnrolmentToken(trx: Db, opts: EnrolmentTokenOptions, now = Date.now()) {
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

export async function listEnrolmentTokens(db: Db) {
  return db
    .selectFrom('enrollment_tokens')
    .select(['id', 'name', 'created_at', 'expires_at', 'max_uses', 'uses', 'revoked_at'])
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeEnrolmentToken(trx: Db, id: string, now = Date.now()): Promise<boolean> {
  const res = await trx
    .updateTable('enrollment_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Not revoked, not expired at `now`, and uses left. */
const usableAt = (now: number) => (eb: ExpressionBuilder<Database, 'enrollment_tokens'>) =>
  eb.and([
    eb('revoked_at', 'is', null),
    eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]),
    eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]),
  ]);

/**
 * Uses one enrolment token if it is valid now. A single conditional UPDATE, so two devices racing
 * for the last use of a limited token cannot both win.
 */
export async function consumeEnrolmentToken(trx: Db, token: string, now: number): Promise<string | null> {
  const hash = hashToken(token);
  const res = await trx
    .updateTable('enrollment_tokens')
    .set({ uses: sql`uses + 1` })
    .where('token_hash', '=', hash)
    .where(usableAt(now))
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return null;
  const row = await trx
    .selectFrom('enrollment_tokens')
    .select('id')
    .where('token_hash', '=', hash)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether the token with this hash could enrol a browser now (nothing is used up). */
export async function enrolmentTokenUsable(db: Db, hash: string, now: number): Promise<boolean> {
  const row = await db
    .selectFrom('enrollment_tokens')
    .select('id')
    .where('token_hash', '=', hash)
    .where(usableAt(now))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The fixed row that devices enrolled another way (sign-in, a personal link) point at, since every
 * device names its token; created on first use. Its hash is of no token, so nothing can consume it.
 */
export async function ensureFixedEnrolmentToken(
  trx: Db,
  id: string,
  name: string,
  now: number,
): Promise<void> {
  await trx
    .insertInto('enrollment_tokens')
    .values({
      id,
      name,
      token_hash: `none:${id}`,
      created_at: now,
      expires_at: null,
      max_uses: null,
      uses: 0,
      revoked_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
