import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { listDevices, revokeDevice } from '../../db/repositories/devices.repository';
import { personLabeler } from '../../security/people';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { adminTx } from './admin-tx';
import { PageSchema } from './pagination';

export const devicesRouter = router({
  list: staffReadProcedure
    .input(z.strictObject({ includeRevoked: z.boolean().default(false), ...PageSchema }))
    .query(async ({ ctx, input }) => {
      const { total, rows } = await listDevices(ctx.db, input);
      const label = await personLabeler(ctx.db);
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          person: label({ id: r.user_id, email: r.email }),
          identityAssurance: r.identity_assurance,
          browser: r.browser,
          browserVersion: r.browser_version,
          extensionVersion: r.extension_version,
          enrolledAt: Number(r.created_at),
          lastSeenAt: r.last_seen_at === null ? null : Number(r.last_seen_at),
          revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
        })),
      };
    }),

  /** The device's next call is refused (401); its data stays. */
  revoke: adminProcedure.input(z.strictObject({ id: z.string().max(64) })).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'device.revoke', target: input.id, details: {}, affectsDevices: false },
      async (trx, now) => {
        if (!(await revokeDevice(trx, input.id, now)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `no active device "${input.id}"` });
        return { revoked: input.id };
      },
    ),
  ),
});
