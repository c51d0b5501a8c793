import { LIMITS, TimestampSchema, ToolIdSchema, textSchema } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  ExceptionLimitError,
  grantException,
  listExceptions,
  revokeException,
} from '../../db/repositories/exceptions.repository';
import { personLabeler } from '../../security/people';
import { loadKnownTools } from '../../tools/known-tools';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { actorOf, adminTx } from './admin-tx';

/**
 * Exceptions ("approved for you"): who may use which tool although it is not approved for
 * everyone, until when, granted by whom. Shown on the tool and person pages, exported, audited.
 */
export const exceptionsRouter = router({
  list: staffReadProcedure
    .input(
      z.strictObject({
        toolId: z.string().max(64).optional(),
        userId: z.string().max(64).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      }),
    )
    .query(async ({ ctx, input }) => {
      const rows = await listExceptions(ctx.db, input, ctx.now());
      const users = await ctx.db
        .selectFrom('users')
        .select(['id', 'email'])
        .where('id', 'in', rows.length > 0 ? [...new Set(rows.map((r) => r.userId))] : [''])
        .execute();
      const email = new Map(users.map((u) => [u.id, u.email]));
      const label = await personLabeler(ctx.db);
      return rows.map((r) => ({ ...r, person: label({ id: r.userId, email: email.get(r.userId) ?? null }) }));
    }),

  /** An exception an admin grants unasked (from the person or tool page). */
  grant: adminProcedure
    .input(
      z.strictObject({
        userId: z.string().max(64),
        toolId: ToolIdSchema,
        until: z.nullable(TimestampSchema),
        note: z.nullable(textSchema(LIMITS.reasonText)),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.until !== null && input.until <= ctx.now())
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'until: must be in the future' });
      if (!(await loadKnownTools(ctx.db)).has(input.toolId))
        throw new TRPCError({ code: 'BAD_REQUEST', message: `toolId: unknown tool "${input.toolId}"` });
      return adminTx(
        ctx,
        {
          action: 'exception.grant',
          target: `${input.toolId}:${input.userId}`,
          details: { ...input },
          affectsDevices: true,
        },
        async (trx, now) => {
          const user = await trx
            .selectFrom('users')
            .select(['id', 'erased_at'])
            .where('id', '=', input.userId)
            .executeTakeFirst();
          if (!user || user.erased_at !== null)
            throw new TRPCError({ code: 'NOT_FOUND', message: `userId: no person "${input.userId}"` });
          try {
            return await grantException(
              trx,
              { ...input, requestId: null, grantedBy: actorOf(ctx.staff) },
              now,
            );
          } catch (error) {
            if (error instanceof ExceptionLimitError)
              throw new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message });
            throw error;
          }
        },
      );
    }),

  /** Ends an exception now: the person's browsers block or ask again after their next pull. */
  revoke: adminProcedure.input(z.strictObject({ id: z.string().max(64) })).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'exception.revoke', target: input.id, details: {}, affectsDevices: true },
      async (trx, now) => {
        if (!(await revokeException(trx, input.id, actorOf(ctx.staff), now)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `no exception "${input.id}" in force` });
        return { revoked: input.id };
      },
    ),
  ),
});
