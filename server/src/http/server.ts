import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/connect';
import { Admission } from './admission';
import { TrustedProxies } from './client-address';
import { DEFAULT_CONNECTION_LIMITS, capConnections, serverTimeouts } from './connection-limits';
import type { ConnectionLimits } from './connection-limits';
import { applyCors } from './cors';
import { handleEvidenceZip } from '../evidence/http';
import { handleEvents } from './events';
import { EvidencePackBuilds } from '../evidence/pack-builds';
import { handleExport } from './exports';
import { AUTH_PREFIX, handleAuth } from './oidc-routes';
import type { OidcClient } from '../oidc/client';
import { health } from './health';
import { answerDeviceRoute } from '../sync/device-routes';
import type { RateLimitOptions } from './rate-limit';
import { markFromTrustedProxy } from './request-auth';
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
  /** Request deadlines and connection caps (connection-limits.ts); defaults for what is not given. */
  connections?: Partial<ConnectionLimits>;
  /** Dashboard sign-in through the organisation's OpenID Provider (http/oidc-routes.ts); null: none. */
  oidc?: OidcClient | null;
}

/**
 * How long an idle keep-alive connection stays open. Longer than the idle timeouts of the proxies in
 * docs/deploy.md (nginx's upstream keepalive_timeout and Caddy's both default to 60 s): a proxy that
 * reuses a connection the server has just closed gets a reset and answers 502. Node's default, 5 s,
 * also loses requests from extensions and load generators that reuse a connection at that moment.
 */
const KEEP_ALIVE_MS = 65_000;

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** Routes: /healthz, the device calls, /trpc/*, /api/export/*, and the dashboard for everything else. */
function router(opts: HttpOptions, admission: Admission, evidence: EvidencePackBuilds): Route {
  const trpc = createTrpcHandler(opts);
  return async function route(req, res, url) {
    const pathname = url.pathname;
    if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return health(res);
    // /auth/ is admitted like the API (limits, no-store): each sign-in attempt writes a row.
    const api =
      pathname.startsWith('/trpc/') || pathname.startsWith('/api/') || pathname.startsWith(AUTH_PREFIX);
    let identity: RequestIdentity | null = null;
    if (api) {
      identity = await admission.admit(req, res, url);
      if (!identity) return;
    }
    if (pathname.startsWith('/trpc/')) {
      if (applyCors(req, res, pathname.slice('/trpc/'.length))) return;
      // The device calls as plain HTTP (sync/device-routes.ts); everything else is the admin API on tRPC.
      const path = pathname.slice('/trpc/'.length);
      if (identity && (await answerDeviceRoute(opts, req, res, path, url, identity.principal))) return;
      return trpc(req, res);
    }
    if (pathname === '/api/events') return handleEvents(opts.handle, req, res, url);
    if (pathname === '/api/export/evidence.zip') return handleEvidenceZip(opts.handle, evidence, req, res);
    if (pathname.startsWith('/api/export/'))
      return handleExport(opts.handle, req, res, pathname.slice('/api/export/'.length), url.searchParams);
    if (pathname.startsWith(AUTH_PREFIX))
      return handleAuth({ handle: opts.handle, logger: opts.logger, oidc: opts.oidc ?? null }, req, res, url);
    if (api) return sendError(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method not allowed');
    return serveDashboard(opts.dashboardDir, req, res, pathname);
  };
}

/**
 * Logs the request once answered. The path only: query strings carry tRPC inputs, headers carry
 * tokens. At debug level (LOG_LEVEL=debug shows them) unless the server failed: a dashboard in use
 * would otherwise scroll the first start's shown-once tokens off the terminal.
 */
function logWhenAnswered(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  started: number,
): void {
  res.on('finish', () => {
    logger[res.statusCode >= 500 ? 'warn' : 'debug'](
      {
        method: req.method,
        path: pathname,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
}

/** A route that threw: logged, and answered if nothing was sent yet (a bad %-escape is the client's fault). */
function answerFailure(logger: Logger, res: ServerResponse, pathname: string, error: unknown): void {
  logger.error({ err: error, path: pathname }, 'request failed');
  if (!res.headersSent)
    sendError(
      res,
      error instanceof URIError ? 400 : 500,
      error instanceof URIError ? 'bad path' : 'internal error',
    );
  else res.end();
}

/** The server: every request gets the base headers, its URL parsed, a log line and its route. */
export function createHttpServer(opts: HttpOptions): Server {
  const trusted = opts.trustedProxies?.length ? new TrustedProxies(opts.trustedProxies) : null;
  const evidence = new EvidencePackBuilds(opts.handle);
  const route = router(opts, new Admission(opts, trusted), evidence);
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
    logWhenAnswered(opts.logger, req, res, url.pathname, started);
    route(req, res, url).catch((error: unknown) => answerFailure(opts.logger, res, url.pathname, error));
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  capConnections(server, limits, trusted);
  server.on('close', () => evidence.close());
  return server;
}
