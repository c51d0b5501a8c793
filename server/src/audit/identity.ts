import { createHmac } from 'node:crypto';
import type { Db } from '../db/database';
import { getPseudonymKey, readPseudonymKey } from '../db/repositories/config.repository';

/**
 * The person an acknowledgement link names, as the link hashes it: an HMAC-SHA256 of the person's
 * email under the server's pseudonym key (settings). Hashing `user_id` alone (before migration 0005)
 * let one `UPDATE users SET email = …` move every acceptance to someone else with nothing to
 * recompute; `audit verify` now recomputes this from `users` and refuses a link whose person changed.
 *
 * Keyed in both privacy modes, not the bare email in named mode: the mode can change at any time
 * but a link never can, and a bare email (or its plain hash, guessable from a staff list) would then
 * stay in every chain export of a pseudonymous organisation.
 */
export function personIdentity(key: string, user: { id: string; email: string | null }): string {
  // An anonymous user (no email) is one device's own person: its id is the only identity it has.
  const subject = user.email === null ? `anonymous:${user.id}` : `email:${user.email}`;
  return `hmac-sha256:${createHmac('sha256', key).update(`lantern-person\n${subject}`).digest('hex')}`;
}

/** The identity key, read first (the usual case) and made only if this database has none. */
export async function identityKey(db: Db): Promise<string> {
  return (await readPseudonymKey(db)) ?? getPseudonymKey(db);
}

/** Each user's identity, for the links a push appends. */
export async function identitiesOf(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const key = await identityKey(db);
  const users = await db.selectFrom('users').select(['id', 'email']).where('id', 'in', ids).execute();
  return new Map(users.map((u) => [u.id, personIdentity(key, u)]));
}
