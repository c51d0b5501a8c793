import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import type { Context, Principal } from '../context';
import { createContextInner } from '../context';
import type { DatabaseHandle } from '../db/connect';
import { appRouter } from '../routers/_app';
import { MAX_BATCH_CALLS } from './call-plan';
import { isSecure } from './request-auth';
import { principalOf } from './request-principal';

export interface TrpcHandlerOptions {
  handle: DatabaseHandle;
  logger: Logger;
  maxBodyBytes: number;
  /** Set when the organisation's identity provider is configured (see context.verifiedEnrolmentOnly). */
  oidc?: unknown;
}

/**
 * The context of a call over HTTP. `auth` is passed when the caller already resolved the principal
 * (sync/device-routes.ts); otherwise it is the one the server resolved before the rate limit
 * (request-principal.ts), or resolved from the request's credentials.
 */
export async function createHttpContext(
  opts: TrpcHandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  auth?: Principal | null,
): Promise<Context> {
  return createContextInner({
    db: opts.handle.db,
    dialect: opts.handle.dialect,
    auth: auth !== undefined ? auth : await principalOf(opts.handle, req),
    secure: isSecure(req),
    logger: opts.logger,
    verifiedEnrolmentOnly: opts.oidc != null,
    setCookie: (value) => res.appendHeader('Set-Cookie', value),
  });
}

/** Logs a failed call. Never the input or headers: they can hold tokens. The code and the procedure suffice. */
export function logCallError(logger: Logger, error: TRPCError, path: string | undefined): void {
  if (error.code === 'INTERNAL_SERVER_ERROR')
    logger.error({ path, err: error.cause ?? error }, 'procedure failed');
  else logger.info({ path, code: error.code }, 'procedure refused');
}

/** tRPC over node:http at /trpc/. Queries may be POSTed too (allowMethodOverride), for simple clients. */
export function createTrpcHandler(opts: TrpcHandlerOptions): RequestListener {
  return createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    allowMethodOverride: true,
    // The server refuses larger batches before they get here (call-plan.ts); this is a backstop.
    maxBatchSize: MAX_BATCH_CALLS,
    maxBodySize: opts.maxBodyBytes,
    createContext: ({ req, res }: { req: IncomingMessage; res: ServerResponse }) =>
      createHttpContext(opts, req, res),
    onError: ({ error, path }) => logCallError(opts.logger, error, path),
  });
}
