import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../../security/tokens';
import type { Db } from '../database';
import { ensureFixedEnrolmentToken } from './enrolment-tokens.repository';

export const LINK_DEFAULT_DAYS = 7;
export const LINK_MAX_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The enrolment "token" devices enrolled through a personal link point at (devices must name one). */
export const PERSONAL_LINK_TOKEN_ID = 'personal-link';

/** Where a link takes the browser; the secret is in the fragment, so no server or proxy logs it. */
export function linkPath(code: string): string {
  return `/auth/link#code=${code}`;
}

export interface CreatedLink {
  email: string;
  code: string;
  path: string;
  expiresAt: number;
}

/**
 * A fresh link for each person; their earlier unredeemed links stop working, so only the link last
 * sent can be used. The secret is returned once; only its SHA-256 is stored.
 */
export async function createPersonalLinks(
  trx: Db,
  emails: readonly string[],
  days: number,
  now: number,
): Promise<CreatedLink[]> {
  const out: CreatedLink[] = [];
  for (const email of emails) {
    await trx
      .updateTable('personal_links')
      .set({ revoked_at: now })
      .where('email', '=', email)
      .where('redeemed_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
    const code = newToken();
    const expiresAt = now + days * DAY_MS;
    await trx
      .insertInto('personal_links')
      .values({
        id: randomUUID(),
        email,
        code_hash: hashToken(code),
        created_at: now,
        expires_at: expiresAt,
        redeemed_at: null,
        revoked_at: null,
        device_id: null,
      })
      .execute();
    out.push({ email, code, path: linkPath(code), expiresAt });
  }
  return out;
}

export type LinkRedemption =
  { ok: true; id: string; email: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'revoked' };

/** Redeems a link once: a conditional update, so two browsers racing for one link cannot both win. */
export async function redeemPersonalLink(trx: Db, code: string, now: number): Promise<LinkRedemption> {
  const hash = hashToken(code);
  const res = await trx
    .updateTable('personal_links')
    .set({ redeemed_at: now })
    .where('code_hash', '=', hash)
    .where('redeemed_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  const row = await trx
    .selectFrom('personal_links')
    .select(['id', 'email', 'redeemed_at', 'revoked_at', 'expires_at'])
    .where('code_hash', '=', hash)
    .executeTakeFirst();
  if (!row) return { ok: false, reason: 'unknown' };
  if (Number(res.numUpdatedRows) === 1) {
    await ensureFixedEnrolmentToken(trx, PERSONAL_LINK_TOKEN_ID, 'Personal enrolment links (verified)', now);
    return { ok: true, id: row.id, email: row.email };
  }
  if (row.redeemed_at !== null) return { ok: false, reason: 'used' };
  if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
  return { ok: false, reason: 'expired' };
}

export async function linkDevice(trx: Db, linkId: string, deviceId: string): Promise<void> {
  await trx.updateTable('personal_links').set({ device_id: deviceId }).where('id', '=', linkId).execute();
}

/** Each person's newest link and its state, for the directory list. */
export async function latestLinks(db: Db, emails: readonly string[]) {
  if (emails.length === 0) return new Map<string, { state: string; expiresAt: number }>();
  const rows = await db
    .selectFrom('personal_links')
    .select(['email', 'created_at', 'expires_at', 'redeemed_at', 'revoked_at'])
    .where('email', 'in', emails)
    .orderBy('created_at')
    .execute();
  const now = Date.now();
  const map = new Map<string, { state: string; expiresAt: number }>();
  for (const r of rows) {
    const state =
      r.redeemed_at !== null
        ? 'used'
        : r.revoked_at !== null
          ? 'revoked'
          : Number(r.expires_at) <= now
            ? 'expired'
            : 'open';
    map.set(r.email, { state, expiresAt: Number(r.expires_at) });
  }
  return map;
}
