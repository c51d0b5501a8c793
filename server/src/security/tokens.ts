import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret: 256 random bits, base64url (43 characters). Shown once, stored only hashed. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of a token. Tokens carry 256 bits, so a plain hash suffices. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The keyed pseudonym shown instead of a person in pseudonymous mode. */
export function pseudonym(key: string, userId: string): string {
  return `person-${createHmac('sha256', key).update(userId).digest('hex').slice(0, 12)}`;
}
