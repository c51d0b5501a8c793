import type { IncomingMessage } from 'node:http';
import type { Principal } from '../context';
import type { DatabaseHandle } from '../db/connect';
import { resolveAuth } from '../security/resolve-auth';
import { requestCredentials } from './request-auth';

export interface RequestIdentity {
  principal: Principal | null;
  /**
   * The rate-limit key: the credential when it resolved (a live device token, API token or
   * session), else the client address. A made-up bearer token or cookie resolves to nothing, so
   * it never brings a fresh bucket: guesses are limited per address whatever they carry.
   */
  rateKey: string;
}

/** The principal each request resolved to, so tRPC's context and the exports do not resolve it again. */
const resolved = new WeakMap<IncomingMessage, Principal | null>();

/**
 * Resolves the caller once per request, before the rate limit, the one way every credential is
 * resolved (security/resolve-auth.ts, through the server's database handle): a device token is one
 * indexed query, an API token one more, a session one join. Nothing is cached across requests, so
 * a revocation counts on the very next call, in every server process.
 */
export async function identify(
  handle: DatabaseHandle,
  req: IncomingMessage,
  bearerHash: string | null,
  address: () => string,
): Promise<RequestIdentity> {
  const creds = { ...requestCredentials(req), bearerHash };
  const principal = creds.sessionToken || creds.bearer ? await resolveAuth(handle.db, creds) : null;
  const rateKey =
    principal?.kind === 'device'
      ? `d:${bearerHash}`
      : principal?.via === 'bearer'
        ? `t:${bearerHash}`
        : principal?.sessionId
          ? `s:${principal.sessionId}`
          : `a:${address()}`;
  resolved.set(req, principal);
  return { principal, rateKey };
}

/** The request's principal: as identify() resolved it, or resolved now (requests it did not see). */
export async function principalOf(handle: DatabaseHandle, req: IncomingMessage): Promise<Principal | null> {
  if (resolved.has(req)) return resolved.get(req) ?? null;
  return resolveAuth(handle.db, requestCredentials(req));
}
