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
  const allowed =
    typeof origin === 'string' && EXTENSION_ORIGIN.test(origin) && isDeviceProcedurePath(trpcPath);
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, trpc-accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Max-Age', '600');
  }
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(allowed ? 204 : 403);
  res.end();
  return true;
}
