import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { sendError } from './respond';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Scripts only from this origin, no inline script, no framing: the dashboard holds admin sessions. */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves the built dashboard (a single-page app: unknown paths get index.html). */
export function serveDashboard(
  dir: string,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): void {
  res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
  res.setHeader('X-Frame-Options', 'DENY');
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    sendError(
      res,
      503,
      'The dashboard is not built yet: run `pnpm --filter @lantern/dashboard build` (pnpm start does it).',
    );
    return;
  }
  let file = resolve(root, `.${normalize(decodeURIComponent(pathname))}`);
  if (file !== root && !file.startsWith(root + sep)) {
    sendError(res, 404, 'not found');
    return;
  }
  if (!existsSync(file) || !statSync(file).isFile()) file = extname(pathname) ? '' : index;
  if (!file) {
    sendError(res, 404, 'not found');
    return;
  }
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
