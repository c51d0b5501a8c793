import type { Db } from '../db/database';
import { findApiTokenByHash, touchApiToken } from '../db/repositories/tokens.repository';
import { findSession } from '../db/repositories/sessions.repository';
import type { Principal } from '../context';
import { deviceByTokenHash } from './resolve-auth-device';
import { hashToken } from './tokens';

export interface Credentials {
  /** The token from `Authorization: Bearer ...`. */
  bearer?: string | null;
  /** hashToken(bearer), when the caller computed it already: a request hashes its token once. */
  bearerHash?: string | null;
  /** The dashboard session cookie's value. */
  sessionToken?: string | null;
  /** Whether the request passed the CSRF check for that session (header + Origin). */
  csrfToken?: string | null;
  originOk?: boolean;
}

/**
 * Resolves on every request, with no cache, so a revoked device or token fails on its very next call.
 * A bearer token wins over a cookie.
 */
export async function resolveAuth(db: Db, creds: Credentials, now = Date.now()): Promise<Principal | null> {
  if (creds.bearer) {
    const hash = creds.bearerHash ?? hashToken(creds.bearer);
    const device = await deviceByTokenHash(db, hash);
    if (device) return { kind: 'device', deviceId: device.id, userId: device.user_id };
    return apiTokenPrincipal(db, hash, now);
  }
  if (creds.sessionToken) {
    const session = await findSession(db, creds.sessionToken, creds.csrfToken ?? null, now);
    if (!session) return null;
    return {
      kind: 'staff',
      role: session.role,
      tokenId: session.tokenId,
      name: session.name,
      via: 'session',
      csrfOk: session.csrfOk && creds.originOk === true,
      sessionId: session.id,
    };
  }
  return null;
}

/** An admin or auditor API token presented as a bearer token; null when unknown, revoked or expired. */
export function resolveApiToken(db: Db, bearer: string, now = Date.now()): Promise<Principal | null> {
  return apiTokenPrincipal(db, hashToken(bearer), now);
}

async function apiTokenPrincipal(db: Db, tokenHash: string, now: number): Promise<Principal | null> {
  const token = await findApiTokenByHash(db, tokenHash, now);
  if (!token) return null;
  await touchApiToken(db, token.id, now);
  return {
    kind: 'staff',
    role: token.role,
    tokenId: token.id,
    name: token.name,
    via: 'bearer',
    csrfOk: true,
    sessionId: null,
  };
}
