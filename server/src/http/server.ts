import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/connect';
import { hashToken } from '../security/tokens';
import { TrustedProxies, clientAddress } from './client-address';
import { applyCors } from './cors';
import { DEFAULT_ENROLMENT_TOKEN_RATE_LIMIT, ENROL_PATH, EnrolmentTokenLimit } from './enrolment-limit';
import { handleEvidenceZip } from '../evidence/http';
import { handleEvents } from './events';
import { handleExport } from './exports';
import { health } from './health';
import { DeviceLookup } from './device-lookup';
import { answerDeviceCall } from './device-calls';
import { PULL_PATH, answerUnchangedPull } from './pull-fast-path';
import { RateLimiter } from './rate-limit';
import type { RateLimitOptions } from './rate-limit';
import { bearerToken, rateKey } from './request-auth';
import { baseHeaders, sendError } from './respond';
import { serveDashboard } from './static-dashboard';
import { createTrpcHandler } from './trpc-handler';

export interface HttpOptions {
  handle: DatabaseHandle;
  logger: Logger;
  rateLimit: RateLimitOptions;
  maxBodyBytes: number;
  dashboardDir: string;
  /**
   * Reverse proxies whose X-Forwarded-For names the client (addresses or CIDR ranges; the
   * TRUSTED_PROXIES setting). Empty or absent: the socket's peer is the client.
   */
  trustedProxies?: readonly string[];
  /** What an enrolment token adds once its caller's address is out of requests (enrolment-limit.ts). */
  enrolmentRateLimit?: RateLimitOptions;
  /**
   * Answer unchanged `sync.pull` requests before tRPC (pull-fast-path.ts), and call `sync.push` and
   * `device.enroll` without tRPC's Fetch adapter (device-calls.ts). Default true; false sends
   * everything through tRPC's standalone adapter (tests compare the two).
   */
  fastPaths?: boolean;
}

/**
 * How long an idle keep-alive connection stays open. Longer than the idle timeouts of the proxies in
 * docs/deploy.md (nginx's upstream keepalive_timeout and Caddy's both default to 60 s): a proxy that
 * reuses a connection the server has just closed gets a reset and answers 502. Node's default, 5 s,
 * also loses requests from extensions and load generators that reuse a connection at that moment.
 */
const KEEP_ALIVE_MS = 65_000;

/** Routes: /healthz, /trpc/*, /api/export/*, and the dashboard for everything else. */
export function createHttpServer(opts: HttpOptions): Server {
  const trpc = createTrpcHandler(opts);
  const limiter = new RateLimiter(opts.rateLimit);
  const trusted = opts.trustedProxies?.length ? new TrustedProxies(opts.trustedProxies) : null;
  const enrolment = new EnrolmentTokenLimit(
    opts.handle,
    opts.enrolmentRateLimit ?? DEFAULT_ENROLMENT_TOKEN_RATE_LIMIT,
  );
  const devices = opts.fastPaths === false ? null : new DeviceLookup(opts.handle);

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const pathname = url.pathname;
    if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return health(res);
    const api = pathname.startsWith('/trpc/') || pathname.startsWith('/api/');
    let bearerHash: string | null = null;
    if (api) {
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > opts.maxBodyBytes) {
        res.setHeader('Connection', 'close');
        return sendError(res, 413, `request body larger than ${opts.maxBodyBytes} bytes`);
      }
      const bearer = bearerToken(req);
      bearerHash = bearer ? hashToken(bearer) : null;
      const key = rateKey(req, bearerHash, () => clientAddress(req, trusted), hashToken);
      let wait = limiter.take(key);
      if (wait > 0 && pathname === ENROL_PATH && key.startsWith('a:')) wait = await enrolment.take(req, wait);
      if (wait > 0) return sendError(res, 429, 'too many requests', { 'Retry-After': String(wait) });
    }
    if (pathname.startsWith('/trpc/')) {
      if (applyCors(req, res, pathname.slice('/trpc/'.length))) return;
      if (devices) {
        if (pathname === PULL_PATH) {
          if (await answerUnchangedPull(devices, req, res, url.search, bearerHash)) return;
        } else if (await answerDeviceCall(opts, devices, req, res, pathname.slice(6), url.search, bearerHash))
          return;
      }
      return trpc(req, res);
    }
    if (pathname === '/api/events') return handleEvents(opts.handle, req, res, url);
    if (pathname === '/api/export/evidence.zip') return handleEvidenceZip(opts.handle, req, res);
    if (pathname.startsWith('/api/export/'))
      return handleExport(opts.handle, req, res, pathname.slice('/api/export/'.length));
    if (api) return sendError(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method not allowed');
    return serveDashboard(opts.dashboardDir, req, res, pathname);
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    baseHeaders(res);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendError(res, 400, 'bad request target');
    }
    const pathname = url.pathname;
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
    route(req, res, url).catch((error: unknown) => {
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
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Must exceed keepAliveTimeout, or Node may time out a reused connection's next request headers.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  server.on('close', () => devices?.close());
  return server;
}
