import type { IncomingMessage } from 'node:http';
import type { Credentials } from '../security/resolve-auth';

export const SESSION_COOKIE = 'lantern_session';
export const CSRF_HEADER = 'x-lantern-csrf';

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

export function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Whether the request came over HTTPS, directly or through a proxy that says so. */
export function isSecure(req: IncomingMessage): boolean {
  return (
    ('encrypted' in req.socket && req.socket.encrypted === true) ||
    req.headers['x-forwarded-proto'] === 'https'
  );
}

/** A browser's Origin must be this server itself for a cookie-authenticated change. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin || !host) return false;
  return origin === `${isSecure(req) ? 'https' : 'http'}://${host}`;
}

export function requestCredentials(req: IncomingMessage): Credentials {
  const csrf = req.headers[CSRF_HEADER];
  return {
    bearer: bearerToken(req),
    sessionToken: cookie(req, SESSION_COOKIE),
    csrfToken: typeof csrf === 'string' ? csrf : null,
    originOk: sameOrigin(req),
  };
}

/**
 * The key a caller is rate limited by: its credential (by hash: `bearerHash` is the bearer token's,
 * computed once per request), else its address (see client-address.ts).
 */
export function rateKey(
  req: IncomingMessage,
  bearerHash: string | null,
  address: () => string,
  hash: (s: string) => string,
): string {
  if (bearerHash) return `t:${bearerHash}`;
  const session = cookie(req, SESSION_COOKIE);
  if (session) return `s:${hash(session)}`;
  return `a:${address()}`;
}
