import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/connect';
import { hashToken } from '../security/tokens';
import { applyCors } from './cors';
import { handleEvidenceZip } from '../evidence/http';
import { handleExport } from './exports';
import { health } from './health';
import { RateLimiter } from './rate-limit';
import type { RateLimitOptions } from './rate-limit';
import { rateKey } from './request-auth';
import { baseHeaders, sendError } from './respond';
import { serveDashboard } from './static-dashboard';
import { createTrpcHandler } from './trpc-handler';

export interface HttpOptions {
  handle: DatabaseHandle;
  logger: Logger;
  rateLimit: RateLimitOptions;
  maxBodyBytes: number;
  dashboardDir: string;
}

/** Routes: /healthz, /trpc/*, /api/export/*, and the dashboard for everything else. */
export function createHttpServer(opts: HttpOptions): Server {
  const trpc = createTrpcHandler(opts);
  const limiter = new RateLimiter(opts.rateLimit);

  async function route(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return health(res);
    const api = pathname.startsWith('/trpc/') || pathname.startsWith('/api/');
    if (api) {
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > opts.maxBodyBytes) {
        res.setHeader('Connection', 'close');
        return sendError(res, 413, `request body larger than ${opts.maxBodyBytes} bytes`);
      }
      const wait = limiter.take(rateKey(req, hashToken));
      if (wait > 0) return sendError(res, 429, 'too many requests', { 'Retry-After': String(wait) });
    }
    if (pathname.startsWith('/trpc/')) {
      if (applyCors(req, res, pathname.slice('/trpc/'.length))) return;
      return trpc(req, res);
    }
    if (pathname === '/api/export/evidence.zip') return handleEvidenceZip(opts.handle, req, res);
    if (pathname.startsWith('/api/export/'))
      return handleExport(opts.handle, req, res, pathname.slice('/api/export/'.length));
    if (api) return sendError(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method not allowed');
    return serveDashboard(opts.dashboardDir, req, res, pathname);
  }

  return createServer((req, res) => {
    const started = performance.now();
    baseHeaders(res);
    let pathname = '/';
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return sendError(res, 400, 'bad request target');
    }
    // Log the path only: query strings carry tRPC inputs, headers carry tokens.
    res.on('finish', () => {
      opts.logger.info(
        {
          method: req.method,
          path: pathname,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    route(req, res, pathname).catch((error: unknown) => {
      opts.logger.error({ err: error, path: pathname }, 'request failed');
      if (!res.headersSent)
        sendError(
          res,
          error instanceof URIError ? 400 : 500,
          error instanceof URIError ? 'bad path' : 'internal error',
        );
      else res.end();
    });
  });
}
