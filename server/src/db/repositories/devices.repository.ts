import { randomUUID } from 'node:crypto';
import type { EnrolInput } from '@lantern/shared';
import { hashToken, newToken } from '../../security/tokens';
import type { Db } from '../database';
import type { IdentityAssurance } from '../tables/auth.table';

/** One user per email (case-insensitive); without an email, a fresh anonymous user. */
export async function userForEmail(trx: Db, email: string | null, now: number): Promise<string> {
  if (email === null) {
    const id = randomUUID();
    await trx.insertInto('users').values({ id, email: null, created_at: now }).execute();
    return id;
  }
  const normalized = email.trim().toLowerCase();
  await trx
    .insertInto('users')
    .values({ id: randomUUID(), email: normalized, created_at: now })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  const row = await trx
    .selectFrom('users')
    .select('id')
    .where('email', '=', normalized)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function createDevice(
  trx: Db,
  input: Pick<EnrolInput, 'browser' | 'browserVersion' | 'extensionVersion'>,
  userId: string,
  enrolmentTokenId: string,
  now: number,
  identityAssurance: IdentityAssurance = 'self-asserted',
) {
  const token = newToken();
  const id = randomUUID();
  await trx
    .insertInto('devices')
    .values({
      id,
      user_id: userId,
      token_hash: hashToken(token),
      enrollment_token_id: enrolmentTokenId,
      browser: input.browser,
      browser_version: input.browserVersion,
      extension_version: input.extensionVersion,
      created_at: now,
      last_seen_at: null,
      extensions_at: null,
      revoked_at: null,
      // Self-asserted is the column's default; naming it only when stronger keeps this function usable
      // on a schema before 0007 (the migration tests build 0001 data with it).
      ...(identityAssurance === 'self-asserted' ? {} : { identity_assurance: identityAssurance }),
    })
    .execute();
  return { id, token };
}

/** The device a token belongs to, or undefined when unknown or revoked. */
export async function findDeviceByToken(db: Db, token: string) {
  return db
    .selectFrom('devices')
    .select(['id', 'user_id'])
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Marks the device seen and, on PostgreSQL, locks its row for the rest of the transaction: pushes of
 * one device are serialised across server processes, so its read-then-write day totals stay exact.
 * Returns false when the device was revoked meanwhile.
 */
export async function touchDevice(trx: Db, deviceId: string, now: number): Promise<boolean> {
  const res = await trx
    .updateTable('devices')
    .set({ last_seen_at: now })
    .where('id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function revokeDevice(trx: Db, deviceId: string, now: number): Promise<boolean> {
  const res = await trx
    .updateTable('devices')
    .set({ revoked_at: now })
    .where('id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface DeviceListOptions {
  limit: number;
  offset: number;
  includeRevoked: boolean;
}

export async function listDevices(db: Db, opts: DeviceListOptions) {
  let q = db
    .selectFrom('devices')
    .innerJoin('users', 'users.id', 'devices.user_id')
    .select([
      'devices.id',
      'devices.user_id',
      'users.email',
      'devices.browser',
      'devices.browser_version',
      'devices.extension_version',
      'devices.created_at',
      'devices.last_seen_at',
      'devices.revoked_at',
      'devices.identity_assurance',
    ]);
  if (!opts.includeRevoked) q = q.where('devices.revoked_at', 'is', null);
  const total = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q
    .orderBy('devices.created_at', 'desc')
    .orderBy('devices.id')
    .limit(opts.limit)
    .offset(opts.offset)
    .execute();
  return { total: Number(total.n), rows };
}
