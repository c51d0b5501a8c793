import { describeIssues } from '@lantern/shared';
import { TRPCError, initTRPC } from '@trpc/server';
import { core } from 'zod';
import type { Context } from './context';
import { EventRejectedError } from './sync/push/types';

/**
 * tRPC is initialised once. No data transformer: device procedures carry plain JSON any client can
 * send. Validation errors name the field (`events[3].url: Unrecognized key`) in the message and in
 * `error.data.issues`.
 */
/**
 * Which events of a push made it fail, so a client can set exactly those aside and resend the rest
 * (the batch itself is always refused whole).
 */
function rejectedEventIndexes(error: TRPCError): number[] | null {
  if (error.cause instanceof EventRejectedError) return error.cause.indexes;
  if (!(error.cause instanceof core.$ZodError)) return null;
  const indexes = error.cause.issues.flatMap((i) =>
    i.path[0] === 'events' && typeof i.path[1] === 'number' ? [i.path[1]] : [],
  );
  return indexes.length > 0 ? [...new Set(indexes)].sort((a, b) => a - b) : null;
}

/**
 * What a client is told about a failed call, on every transport (tRPC's adapter here, the device
 * routes in sync/device-routes.ts): the message, the field errors, and the events at fault.
 */
export function describeCallError(error: TRPCError): {
  message: string;
  issues: string | null;
  eventIndexes: number[] | null;
} {
  const zod = error.cause instanceof core.$ZodError ? error.cause : null;
  const issues = zod ? describeIssues(zod) : null;
  // An unexpected failure's own message may carry SQL or internals: the client gets a plain one.
  const internal = error.code === 'INTERNAL_SERVER_ERROR';
  const message = internal ? 'internal server error' : (issues ?? error.message);
  return { message, issues, eventIndexes: rejectedEventIndexes(error) };
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const { message, issues, eventIndexes } = describeCallError(error);
    return { ...shape, message, data: { ...shape.data, stack: undefined, issues, eventIndexes } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Rewrites an input validation error's message to name each event and field, so callers through
 * createCaller (CLI, tests) get the same clear message HTTP clients do.
 */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof core.$ZodError)
    result.error.message = describeIssues(result.error.cause);
  return result;
});

export const deviceProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.auth?.kind !== 'device')
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'a valid device token is required' });
  return next({ ctx: { ...ctx, device: ctx.auth } });
});

/** Admins and auditors may read. */
export const staffReadProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.auth?.kind !== 'staff')
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'an admin or auditor token is required' });
  return next({ ctx: { ...ctx, staff: ctx.auth } });
});

/** Only admins change things, and a cookie session must prove it is not a cross-site request. */
export const adminProcedure = staffReadProcedure.use(({ ctx, next }) => {
  if (ctx.staff.role !== 'admin')
    throw new TRPCError({ code: 'FORBIDDEN', message: 'auditor tokens may only read' });
  if (!ctx.staff.csrfOk)
    throw new TRPCError({ code: 'FORBIDDEN', message: 'missing or wrong x-lantern-csrf header' });
  return next();
});
