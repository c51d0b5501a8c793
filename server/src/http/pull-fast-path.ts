import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROTOCOL_VERSION } from '@lantern/shared';
import type { DeviceRow } from './device-lookup';
import { isJsonContentType, readBody, smallBodyLength } from './request-body';
import type { RequestWithBody } from './request-body';

/**
 * The request every idle browser makes every few minutes — `sync.pull` with the config version it
 * already has — answered before tRPC. Through tRPC it cost ~1 ms of server CPU (Fetch
 * Request/Response and web streams in the adapter, the procedure chain, zod, two Kysely queries),
 * twelve times a `/healthz`. Here it is: the body read, one check of its shape, one indexed query
 * (device-lookup.ts: device by token hash, not revoked, joined with the config version — the
 * same lookup that identifies the caller for the rate limit, so it runs once), and the
 * JSON tRPC would have written, byte for byte, with tRPC's status and headers.
 *
 * Anything else goes on to tRPC unchanged (the body read here travels on as `req.body`): another
 * input shape or version, an unknown or revoked token, a staff token, a changed config, a
 * database error. So every refusal is tRPC's own answer. Nothing is cached: each pull reads the
 * device row and the version, so a revoked device is refused on its very next call and several
 * server processes on one PostgreSQL need no coordination. The caller applies the rate limit and
 * logs the request as for any other.
 */
export const PULL_PATH = '/trpc/sync.pull';

/** The largest body looked at here; the extension sends ~40 bytes. Bigger ones go to tRPC. */
const MAX_BODY = 1024;

/** What tRPC sends with a single (non-batched) call's JSON answer. */
export const TRPC_HEADERS = { vary: 'trpc-accept, accept', 'content-type': 'application/json' } as const;

/** `{"protocolVersion":1,"configVersion":N}` and nothing else → N; null for anything else. */
export function unchangedPullVersion(text: string): number | null {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const keys = Object.keys(input);
  if (keys.length !== 2) return null;
  const { protocolVersion, configVersion } = input as Record<string, unknown>;
  if (protocolVersion !== PROTOCOL_VERSION) return null;
  if (typeof configVersion !== 'number' || !Number.isSafeInteger(configVersion) || configVersion < 0)
    return null;
  // Both keys are own properties: two keys, and these two are set.
  return Object.hasOwn(input, 'protocolVersion') && Object.hasOwn(input, 'configVersion')
    ? configVersion
    : null;
}

/** The body tRPC writes for `{ protocolVersion, unchanged: true, configVersion }`. */
export function unchangedPullBody(configVersion: number): string {
  return `{"result":{"data":{"protocolVersion":${PROTOCOL_VERSION},"unchanged":true,"configVersion":${configVersion}}}}`;
}

// A Host header tRPC's own URL parsing would refuse goes to tRPC, which answers it.
export const PLAIN_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * Answers the request when it is an unchanged pull by a live device (`device`: the row the server
 * looked up for this very request, before the rate limit — request-principal.ts); otherwise returns false and
 * the request (with any body read here on `req.body`) goes on to tRPC.
 */
export async function answerUnchangedPull(
  req: RequestWithBody,
  res: ServerResponse,
  search: string,
  device: DeviceRow | undefined,
): Promise<boolean> {
  if (device === undefined) return false;
  const host = req.headers.host;
  if (host !== undefined && !PLAIN_HOST.test(host)) return false;
  let text: string | null;
  if (req.method === 'POST') {
    if (search !== '' || !isJsonContentType(req)) return false;
    if (smallBodyLength(req, MAX_BODY) === null) return false;
    text = await readBody(req);
    if (text === null) {
      // The client went away mid-body: nobody is left to answer.
      res.destroy();
      return true;
    }
  } else if (req.method === 'GET') {
    text = queryInput(req, search);
  } else return false;
  if (text === null) return false;
  const wanted = unchangedPullVersion(text);
  if (wanted === null) return false;
  const version = device.configVersion;
  if (version !== wanted) return false;
  const body = unchangedPullBody(version);
  // The length up front: writeHead fixes the framing, and without it Node would send chunks.
  res.writeHead(200, { ...TRPC_HEADERS, 'content-length': body.length });
  res.end(body);
  return true;
}

/** GET /trpc/sync.pull?input=...: the input when it is the only parameter, decoded as tRPC does. */
function queryInput(req: IncomingMessage, search: string): string | null {
  if (!search.startsWith('?input=')) return null;
  const ct = req.headers['content-type'];
  if (ct !== undefined && !isJsonContentType(req)) return null;
  const params = new URLSearchParams(search);
  let count = 0;
  params.forEach(() => count++);
  return count === 1 ? params.get('input') : null;
}
