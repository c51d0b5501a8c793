import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/connect';
import { hashToken } from '../security/tokens';
import { TrustedProxies, clientAddress } from './client-address';
import { DEFAULT_CONNECTION_LIMITS, capConnections, serverTimeouts } from './connection-limits';
import type { ConnectionLimits } from './connection-limits';
import { applyCors } from './cors';
import { DEFAULT_ENROLMENT_TOKEN_RATE_LIMIT, ENROL_PATH, EnrolmentTokenLimit } from './enrolment-limit';
import { handleEvidenceZip } from '../evidence/http';
import { EvidencePackBuilds } from '../evidence/pack-builds';
import { handleExport } from './exports';
import { health } from './health';
import { DeviceLookup } from './device-lookup';
import { answerDeviceCall } from './device-calls';
import { PULL_PATH, answerUnchangedPull } from './pull-fast-path';
import { RateLimiter } from './rate-limit';
import type { RateLimitOptions } from './rate-limit';
import { planCalls } from './call-plan';
import { bearerToken, markFromTrustedProxy } from './request-auth';
import { identify } from './request-principal';
import type { RequestIdentity } from './request-principal';
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
  /** Request deadlines and connection caps (connection-limits.ts); defaults for what is not given. */
  connections?: Partial<ConnectionLimits>;
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
  // Identifies device tokens for the rate limit (request-principal.ts) and serves the fast paths.
  const devices = new DeviceLookup(opts.handle);
  const fastPaths = opts.fastPaths !== false;
  const evidence = new EvidencePackBuilds(opts.handle);

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const pathname = url.pathname;
    if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return health(res);
    const api = pathname.startsWith('/trpc/') || pathname.startsWith('/api/');
    let identity: RequestIdentity | null = null;
    if (api) {
      // Answers carry tokens, people's emails and the organisation's inventory: never stored by a cache.
      res.setHeader('Cache-Control', 'no-store');
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > opts.maxBodyBytes) {
        res.setHeader('Connection', 'close');
        return sendError(res, 413, `request body larger than ${opts.maxBodyBytes} bytes`);
      }
      const plan =
        pathname.startsWith('/trpc/') && req.method !== 'OPTIONS'
          ? planCalls(pathname.slice('/trpc/'.length), url.search)
          : null;
      const bearer = bearerToken(req);
      identity = await identify(opts.handle, devices, req, bearer ? hashToken(bearer) : null, () =>
        clientAddress(req, trusted),
      );
      // Every procedure call costs a token: a batch of N costs N (a refused one costs 1).
      let wait = limiter.take(identity.rateKey, plan?.ok ? plan.calls : 1);
      if (wait > 0 && pathname === ENROL_PATH && identity.rateKey.startsWith('a:'))
        wait = await enrolment.take(req, wait);
      if (wait > 0) return sendError(res, 429, 'too many requests', { 'Retry-After': String(wait) });
      if (plan && !plan.ok) return sendError(res, plan.status, plan.message);
    }
    if (pathname.startsWith('/trpc/')) {
      if (applyCors(req, res, pathname.slice('/trpc/'.length))) return;
      if (fastPaths && identity) {
        if (pathname === PULL_PATH) {
          if (await answerUnchangedPull(req, res, url.search, identity.device)) return;
        } else if (await answerDeviceCall(opts, req, res, pathname.slice(6), url.search, identity.principal))
          return;
      }
      return trpc(req, res);
    }
    if (pathname === '/api/export/evidence.zip') return handleEvidenceZip(opts.handle, evidence, req, res);
    if (pathname.startsWith('/api/export/'))
      return handleExport(opts.handle, req, res, pathname.slice('/api/export/'.length));
    if (api) return sendError(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method not allowed');
    return serveDashboard(opts.dashboardDir, req, res, pathname);
  }

  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...opts.connections };
  const server = createServer(serverTimeouts(limits), (req, res) => {
    const started = performance.now();
    baseHeaders(res);
    if (trusted?.has(req.socket.remoteAddress ?? '')) markFromTrustedProxy(req);
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
  capConnections(server, limits, trusted);
  server.on('close', () => {
    devices.close();
    evidence.close();
  });
  return server;
}
