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

/**
 * A cookie's value. One that is not valid percent-encoding is returned as sent: no session token
 * looks like that, so it simply resolves to no session (a 401 where one is needed) instead of
 * throwing a URIError that surfaced as a 400 with a stack trace in the error log.
 */
export function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return null;
}

/** Requests whose socket peer is one of TRUSTED_PROXIES (marked by the server as they arrive). */
const fromTrustedProxy = new WeakSet<IncomingMessage>();

export function markFromTrustedProxy(req: IncomingMessage): void {
  fromTrustedProxy.add(req);
}

/**
 * Whether the request came over HTTPS: directly, or through one of TRUSTED_PROXIES that says so.
 * Anyone else's X-Forwarded-Proto is ignored: it decides the session cookie's Secure flag and the
 * Origin a cookie-authenticated change must come from.
 */
export function isSecure(req: IncomingMessage): boolean {
  if ('encrypted' in req.socket && req.socket.encrypted === true) return true;
  if (!fromTrustedProxy.has(req)) return false;
  const proto = req.headers['x-forwarded-proto'];
  // A chain of proxies may list one protocol per hop; the first is what the browser used.
  return typeof proto === 'string' && proto.split(',', 1)[0]!.trim().toLowerCase() === 'https';
}

/**
 * A browser's Origin must be this server itself for a cookie-authenticated change. `https://host`
 * always counts (a TLS-terminating proxy not listed in TRUSTED_PROXIES hides the scheme, and the
 * dashboard must still work there); `http://host` only when the request is not known to be HTTPS.
 */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin || !host) return false;
  return origin === `https://${host}` || (!isSecure(req) && origin === `http://${host}`);
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
