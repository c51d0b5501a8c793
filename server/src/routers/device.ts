import { EnrollInputSchema, PROTOCOL_VERSION } from '@lantern/shared';
import type { EnrollOutput } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { consumeEnrollmentToken, createDevice, userForEmail } from '../db/repositories/devices.repository';
import { publicProcedure, router } from '../trpc';

export const deviceRouter = router({
  /** Enrolment token → device id + device token (shown once; the server keeps its SHA-256). */
  enroll: publicProcedure.input(EnrollInputSchema).mutation(async ({ ctx, input }): Promise<EnrollOutput> => {
    const now = ctx.now();
    const device = await ctx.db.transaction().execute(async (trx) => {
      const tokenId = await consumeEnrollmentToken(trx, input.enrollmentToken, now);
      if (!tokenId) return null;
      const userId = await userForEmail(trx, input.userEmail, now);
      return createDevice(trx, input, userId, tokenId, now);
    });
    if (!device) {
      throw new TRPCError({
        code: 'UNAUTHORIZED',
        message: 'enrolment token is unknown, revoked, expired or used up',
      });
    }
    ctx.logger?.info({ deviceId: device.id }, 'device enrolled');
    return { protocolVersion: PROTOCOL_VERSION, deviceId: device.id, deviceToken: device.token };
  }),
});
