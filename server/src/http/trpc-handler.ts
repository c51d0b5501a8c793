import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import { createContextInner } from '../context';
import type { DatabaseHandle } from '../db/connect';
import { appRouter } from '../routers/_app';
import { resolveAuth } from '../security/resolve-auth';
import { isSecure, requestCredentials } from './request-auth';

export interface TrpcHandlerOptions {
  handle: DatabaseHandle;
  logger: Logger;
  maxBodyBytes: number;
}

/** tRPC over node:http at /trpc/. Queries may be POSTed too (allowMethodOverride), for simple clients. */
export function createTrpcHandler(opts: TrpcHandlerOptions): RequestListener {
  return createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    allowMethodOverride: true,
    maxBodySize: opts.maxBodyBytes,
    async createContext({ req, res }: { req: IncomingMessage; res: ServerResponse }) {
      const auth = await resolveAuth(opts.handle.db, requestCredentials(req));
      return createContextInner({
        db: opts.handle.db,
        dialect: opts.handle.dialect,
        auth,
        secure: isSecure(req),
        logger: opts.logger,
        setCookie: (value) => res.appendHeader('Set-Cookie', value),
      });
    },
    onError({ error, path }) {
      // Never the input or headers: they can hold tokens. The code and the procedure suffice.
      if (error.code === 'INTERNAL_SERVER_ERROR')
        opts.logger.error({ path, err: error.cause ?? error }, 'procedure failed');
      else opts.logger.info({ path, code: error.code }, 'procedure refused');
    },
  });
}
