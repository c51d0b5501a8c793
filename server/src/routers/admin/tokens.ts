import { LIMITS, TimestampSchema, textSchema } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  createApiToken,
  DEFAULT_TOKEN_DAYS,
  listApiTokens,
  revokeApiToken,
} from '../../db/repositories/tokens.repository';
import {
  createEnrolmentToken,
  listEnrolmentTokens,
  revokeEnrolmentToken,
} from '../../db/repositories/enrolment-tokens.repository';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { adminTx } from './admin-tx';

const NameSchema = textSchema(LIMITS.shortText, 1);
const IdSchema = z.strictObject({ id: z.string().max(64) });

const nums = <T extends Record<string, unknown>>(row: T) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as T;

/** Secrets are returned once, at creation; lists show only names, roles and dates. */
export const tokensRouter = router({
  list: staffReadProcedure.query(async ({ ctx }) => (await listApiTokens(ctx.db)).map(nums)),

  create: adminProcedure
    .input(
      z.strictObject({
        role: z.enum(['admin', 'auditor']),
        name: NameSchema,
        expiresInDays: z.number().int().min(1).max(3650).default(DEFAULT_TOKEN_DAYS),
      }),
    )
    .mutation(({ ctx, input }) =>
      adminTx(
        ctx,
        (r: { id: string }) => ({
          action: 'token.create',
          target: r.id,
          details: { role: input.role, name: input.name, expiresInDays: input.expiresInDays },
          affectsDevices: false,
        }),
        (trx, now) => createApiToken(trx, input.role, input.name, now, input.expiresInDays),
      ),
    ),

  revoke: adminProcedure.input(IdSchema).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'token.revoke', target: input.id, details: {}, affectsDevices: false },
      async (trx, now) => {
        if (!(await revokeApiToken(trx, input.id, now)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `no active token "${input.id}"` });
        return { revoked: input.id };
      },
    ),
  ),

  // The procedure names (and the audit actions `enrollment.*`) are the admin API's wire names: kept.
  listEnrollment: staffReadProcedure.query(async ({ ctx }) => (await listEnrolmentTokens(ctx.db)).map(nums)),

  createEnrollment: adminProcedure
    .input(
      z.strictObject({
        name: NameSchema,
        expiresAt: z.nullable(TimestampSchema).default(null),
        maxUses: z.number().int().min(1).max(1_000_000).nullable().default(null),
      }),
    )
    .mutation(({ ctx, input }) =>
      adminTx(
        ctx,
        (r: { id: string }) => ({
          action: 'enrollment.create',
          target: r.id,
          details: { ...input },
          affectsDevices: false,
        }),
        (trx, now) => createEnrolmentToken(trx, input, now),
      ),
    ),

  revokeEnrollment: adminProcedure.input(IdSchema).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'enrollment.revoke', target: input.id, details: {}, affectsDevices: false },
      async (trx, now) => {
        if (!(await revokeEnrolmentToken(trx, input.id, now))) {
          throw new TRPCError({ code: 'NOT_FOUND', message: `no active enrolment token "${input.id}"` });
        }
        return { revoked: input.id };
      },
    ),
  ),
});
