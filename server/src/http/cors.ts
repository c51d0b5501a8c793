import type { IncomingMessage, ServerResponse } from 'node:http';

/** The procedures the extension calls; nothing else is ever readable cross-origin. */
const DEVICE_PROCEDURES = new Set(['device.enroll', 'sync.push', 'sync.pull', 'sync.catalog']);
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|safari-web-extension):\/\/[A-Za-z0-9._-]+$/;

export function isDeviceProcedurePath(trpcPath: string): boolean {
  const names = trpcPath.split(',');
  return names.length > 0 && names.every((n) => DEVICE_PROCEDURES.has(n));
}

/**
 * Adds CORS headers for an extension origin calling a device procedure. Returns true when the
 * request was a preflight and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, trpcPath: string): boolean {
  const origin = req.headers.origin;
  const device = isDeviceProcedurePath(trpcPath);
  const allowed = typeof origin === 'string' && EXTENSION_ORIGIN.test(origin) && device;
  // Whether an answer carries Access-Control-Allow-Origin depends on Origin, allowed or not.
  if (device) varyOnOrigin(res);
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, trpc-accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Max-Age', '600');
  }
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(allowed ? 204 : 403);
  res.end();
  return true;
}

/** `Vary` with `Origin` added to whatever is there (`a, b` + Origin → `a, b, Origin`). */
function withOrigin(vary: unknown): string {
  const text = Array.isArray(vary) ? vary.join(', ') : typeof vary === 'string' ? vary : '';
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.some((p) => p.toLowerCase() === 'origin' || p === '*')) parts.push('Origin');
  return parts.join(', ');
}

/**
 * Makes the answer say `Vary: Origin` on top of the Vary its writer sets: tRPC (and the fast paths,
 * which copy its headers) set `Vary: trpc-accept, accept` when they write the head, which replaced
 * the Origin set here before. Every write of a head goes through writeHead (Node's implicit header
 * too), so merging there catches both ways of setting it.
 */
function varyOnOrigin(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = (...args: unknown[]) => {
    const last = args[args.length - 1];
    const headers =
      args.length > 1 && typeof last === 'object' && last !== null && !Array.isArray(last)
        ? (last as Record<string, unknown>)
        : null;
    const key = headers ? Object.keys(headers).find((k) => k.toLowerCase() === 'vary') : undefined;
    if (headers && key !== undefined) headers[key] = withOrigin(headers[key]);
    else res.setHeader('Vary', withOrigin(res.getHeader('vary')));
    return writeHead(...args);
  };
}
