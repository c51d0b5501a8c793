import type { IncomingMessage } from 'node:http';
import type { Principal } from '../context';
import type { DatabaseHandle } from '../db/connect';
import { resolveApiToken, resolveAuth } from '../security/resolve-auth';
import type { DeviceLookup, DeviceRow } from './device-lookup';
import { requestCredentials } from './request-auth';

export interface RequestIdentity {
  principal: Principal | null;
  /** The device row behind a device's bearer token (with the config version, for the pull fast path). */
  device?: DeviceRow;
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
 * Resolves the caller once per request, before the rate limit. A device token goes through the
 * fast path's lookup (device-lookup.ts: one indexed query, on SQLite files through its own read
 * connection), which the pull fast path then reuses instead of looking again; an API token is one
 * more indexed query, a session one join. Nothing is cached across requests, so a revocation
 * counts on the very next call.
 */
export async function identify(
  handle: DatabaseHandle,
  devices: DeviceLookup,
  req: IncomingMessage,
  bearerHash: string | null,
  address: () => string,
): Promise<RequestIdentity> {
  const creds = requestCredentials(req);
  let identity: RequestIdentity;
  if (creds.bearer && bearerHash && !devices.isClosed) {
    const device = await devices.find(bearerHash);
    if (device) {
      const principal: Principal = { kind: 'device', deviceId: device.id, userId: device.userId };
      identity = { principal, device, rateKey: `d:${bearerHash}` };
    } else {
      const principal = await resolveApiToken(handle.db, creds.bearer);
      identity = { principal, rateKey: principal ? `t:${bearerHash}` : `a:${address()}` };
    }
  } else {
    // A session cookie (or, while the server closes, any credential) the usual way.
    const principal = creds.sessionToken || creds.bearer ? await resolveAuth(handle.db, creds) : null;
    const key =
      principal?.kind === 'device' || principal?.via === 'bearer'
        ? `t:${bearerHash}`
        : principal?.sessionId
          ? `s:${principal.sessionId}`
          : `a:${address()}`;
    identity = { principal, rateKey: key };
  }
  resolved.set(req, identity.principal);
  return identity;
}

/** The request's principal: as identify() resolved it, or resolved now (requests it did not see). */
export async function principalOf(handle: DatabaseHandle, req: IncomingMessage): Promise<Principal | null> {
  if (resolved.has(req)) return resolved.get(req) ?? null;
  return resolveAuth(handle.db, requestCredentials(req));
}
