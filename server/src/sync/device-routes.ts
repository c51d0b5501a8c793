import type { ServerResponse } from 'node:http';
import { PullInputSchema, PushInputSchema, describeIssues } from '@lantern/shared';
import type { EnrolInput, PullInput, PushInput } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import type { Context, Principal } from '../context';
import { pullConfig } from './pull';
import { answerPush } from './push/answer';
import { compileSchema } from './compiled-schema';
import { appRouter } from '../routers/_app';
import { createCallerFactory } from '../trpc';
import { errorBody, errorStatus, resultBody, writeDeviceAnswer } from './device-wire';
import { TOO_LARGE, isJsonContentType, readBody } from '../http/request-body';
import type { RequestWithBody } from '../http/request-body';
import { createHttpContext, logCallError } from '../http/trpc-handler';
import type { TrpcHandlerOptions } from '../http/trpc-handler';

const callerFor = createCallerFactory(appRouter);
const isPullInput = compileSchema(PullInputSchema);

interface DeviceRoute {
  /** A query may also be sent as GET with `?input=<JSON>`; a mutation only as a POST body. */
  query: boolean;
  /** `text` is the JSON the input was parsed from, when there was one. */
  run: (ctx: Context, input: unknown, text: string | undefined) => Promise<unknown>;
}

/**
 * The idle browser's pull, the most frequent request of all, without the procedure chain: the same
 * checks in the same order as `deviceProcedure.input(PullInputSchema)` (the differential test in
 * device-routes.test.ts holds them equal), then the same service function. The input schema is
 * checked by its compiled predicate first (compiled-schema.ts), as for a push.
 */
async function pull(ctx: Context, raw: unknown): Promise<unknown> {
  if (ctx.auth?.kind !== 'device')
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'a valid device token is required' });
  // A valid input (nearly every pull) is vouched for by the compiled predicate; zod words the rest.
  if (isPullInput(raw))
    return pullConfig(ctx.db, ctx.auth.userId, (raw as PullInput).configVersion, ctx.now());
  const input = PullInputSchema.safeParse(raw);
  if (!input.success)
    throw new TRPCError({ code: 'BAD_REQUEST', message: describeIssues(input.error), cause: input.error });
  return pullConfig(ctx.db, ctx.auth.userId, input.data.configVersion, ctx.now());
}

const isPushInput = compileSchema(PushInputSchema);

/**
 * A push, in the procedure's order (the device check, then the input schema), with the input schema
 * checked by its compiled predicate (compiled-schema.ts): a push it cannot vouch for — every invalid
 * one, among others — runs the procedure itself, so zod words the refusal exactly as before.
 */
async function push(ctx: Context, raw: unknown, text: string | undefined): Promise<unknown> {
  if (ctx.auth?.kind !== 'device')
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'a valid device token is required' });
  if (!isPushInput(raw)) return callerFor(ctx).sync.push(raw as PushInput);
  return answerPush(ctx.db, ctx.auth, (raw as PushInput).events, ctx.now(), text);
}

/**
 * The three calls every enrolled browser makes, answered as plain HTTP at the URLs and in the JSON
 * of docs/protocol.md, without tRPC's Fetch adapter, which cost more server CPU per idle pull than
 * the pull itself (docs/performance.md, "One device path"). Enrolment runs its tRPC procedure
 * in-process (`createCaller`: the auth middleware, input schema and code the CLI and the router
 * tests use); the pull and a valid push call their service functions directly. The admin API stays
 * on the adapter (trpc-handler.ts).
 */
const ROUTES: ReadonlyMap<string, DeviceRoute> = new Map<string, DeviceRoute>([
  // Enrolment checks its input with the procedure's own input schema (the shared zod schema).
  ['device.enroll', { query: false, run: (ctx, i) => callerFor(ctx).device.enroll(i as EnrolInput) }],
  ['sync.push', { query: false, run: push }],
  ['sync.pull', { query: true, run: pull }],
]);

export function isDeviceRoute(path: string): boolean {
  return ROUTES.has(path);
}

type Input =
  { ok: true; value: unknown; text?: string } | { ok: false; error: TRPCError } | { ok: false; gone: true };

const refuse = (code: TRPCError['code'], message: string): Input => ({
  ok: false,
  error: new TRPCError({ code, message }),
});

/** The call's input: the JSON body of a POST, or the `input` parameter of a GET. */
async function readInput(req: RequestWithBody, route: DeviceRoute, url: URL, max: number): Promise<Input> {
  let text: string | undefined;
  if (req.method === 'GET' && route.query) {
    text = url.searchParams.get('input') || undefined; // an empty parameter is no input, as in tRPC
  } else if (req.method === 'POST') {
    if (!isJsonContentType(req))
      return refuse('UNSUPPORTED_MEDIA_TYPE', 'send the input as application/json');
    const body = req.body ?? (await readBody(req, max));
    if (body === null) return { ok: false, gone: true };
    if (body === TOO_LARGE) return refuse('PAYLOAD_TOO_LARGE', `request body larger than ${max} bytes`);
    text = body; // an empty body is not JSON: refused below with the parser's message, as in tRPC 11.22
  } else {
    return refuse('METHOD_NOT_SUPPORTED', `${req.method ?? '?'} is not supported here`);
  }
  if (text === undefined) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (error) {
    return refuse('BAD_REQUEST', error instanceof Error ? error.message : 'the input is not valid JSON');
  }
}

/** Answers a device call (`path` without `/trpc/`); false when the path is not one. */
export async function answerDeviceRoute(
  opts: TrpcHandlerOptions,
  req: RequestWithBody,
  res: ServerResponse,
  path: string,
  url: URL,
  auth: Principal | null,
): Promise<boolean> {
  const route = ROUTES.get(path);
  if (!route) return false;
  const input = await readInput(req, route, url, opts.maxBodyBytes);
  if (!input.ok && 'gone' in input) {
    res.destroy(); // the client went away mid-body: nobody is left to answer
    return true;
  }
  try {
    if (!input.ok) throw input.error;
    const ctx = await createHttpContext(opts, req, res, auth);
    writeDeviceAnswer(res, 200, resultBody(await route.run(ctx, input.value, input.text)));
  } catch (cause) {
    const error =
      cause instanceof TRPCError ? cause : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause });
    logCallError(opts.logger, error, path);
    if (error.code === 'PAYLOAD_TOO_LARGE') res.setHeader('Connection', 'close');
    writeDeviceAnswer(res, errorStatus(error), errorBody(error, path));
  }
  return true;
}
