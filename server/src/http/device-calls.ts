import type { ServerResponse } from 'node:http';
import {
  callTRPCProcedure,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  transformTRPCResponse,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import type { Context, Principal } from '../context';
import { appRouter } from '../routers/_app';
import { PLAIN_HOST, TRPC_HEADERS } from './pull-fast-path';
import { isJsonContentType, readBody, smallBodyLength } from './request-body';
import type { RequestWithBody } from './request-body';
import { createHttpContext, logCallError } from './trpc-handler';
import type { TrpcHandlerOptions } from './trpc-handler';

/** The device mutations called this way: what a fleet sends besides its pulls. */
const PATHS = new Set(['sync.push', 'device.enroll']);

/**
 * `sync.push` and `device.enroll` as the extension sends them (a POST of one JSON input, not
 * batched), called without tRPC's Fetch adapter. The standalone adapter turns every Node request
 * into a Fetch `Request` and its answer into a `Response`, with web streams, Headers and abort
 * signals on both sides: ~0.5 ms of server CPU per call, more than a group-committed push itself.
 * Here the body is read once and the procedure runs through tRPC's own `callTRPCProcedure` — the
 * same middlewares (auth, zod input, error formatter), so the same data or the same error — and the
 * answer is tRPC's envelope (`getTRPCErrorShape`, `transformTRPCResponse`, `getHTTPStatusCode`)
 * with tRPC's headers, byte for byte.
 *
 * The caller's principal is the one the server resolved before the rate limit (request-principal.ts:
 * a device token through the fast lookup, fresh on every call). Anything unusual goes to tRPC untouched, before any side
 * effect: a batch, a query string, another content type or method, a chunked or unparsable body,
 * a `trpc-accept` header, a Host header tRPC would refuse, a failing context.
 */
export async function answerDeviceCall(
  opts: TrpcHandlerOptions,
  req: RequestWithBody,
  res: ServerResponse,
  path: string,
  search: string,
  auth: Principal | null,
): Promise<boolean> {
  if (!PATHS.has(path) || req.method !== 'POST' || search !== '') return false;
  if (!isJsonContentType(req) || req.headers['trpc-accept'] !== undefined) return false;
  const host = req.headers.host;
  if (host !== undefined && !PLAIN_HOST.test(host)) return false;
  let text = req.body;
  if (text === undefined) {
    if (smallBodyLength(req, opts.maxBodyBytes) === null) return false;
    const read = await readBody(req);
    if (read === null) {
      res.destroy(); // the client went away mid-body
      return true;
    }
    text = read;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return false;
  }
  let ctx: Context;
  try {
    ctx = await createHttpContext(opts, req, res, auth);
  } catch {
    return false;
  }
  const config = appRouter._def._config;
  let envelope;
  let status = 200;
  try {
    const data: unknown = await callTRPCProcedure({
      router: appRouter,
      path,
      getRawInput: () => Promise.resolve(input),
      ctx,
      type: 'mutation',
      signal: undefined,
      batchIndex: 0,
    });
    envelope = transformTRPCResponse(config, { result: { data } });
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    logCallError(opts.logger, error, path);
    const untransformed = {
      error: getTRPCErrorShape({ config, ctx, error, input, path, type: 'mutation' }),
    };
    status = getHTTPStatusCode([untransformed], [error]);
    envelope = transformTRPCResponse(config, untransformed);
  }
  const body = JSON.stringify(envelope);
  res.writeHead(status, { ...TRPC_HEADERS, 'content-length': Buffer.byteLength(body) });
  res.end(body);
  return true;
}
