import { CatalogFetchInputSchema, PROTOCOL_VERSION, PullInputSchema, PushInputSchema } from '@lantern/shared';
import { releaseBody } from '../db/repositories/catalog-releases.repository';
import type { PullOutput, PushOutput } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { getConfigVersion } from '../db/repositories/config.repository';
import { DeviceRevokedError, pushEvents } from '../sync/push/push';
import { EventRejectedError } from '../sync/push/types';
import { WriterUnavailableError } from '../sync/push/writer-thread';
import { pullConfig } from '../sync/pull';
import { deviceProcedure, router } from '../trpc';

export const syncRouter = router({
  /** One transaction, idempotent on event ids; `stored` tells the client exactly what it may delete. */
  push: deviceProcedure.input(PushInputSchema).mutation(async ({ ctx, input }): Promise<PushOutput> => {
    try {
      const result = await pushEvents(
        ctx.db,
        { deviceId: ctx.device.deviceId, userId: ctx.device.userId },
        input.events,
        ctx.now(),
      );
      return { protocolVersion: PROTOCOL_VERSION, ...result, configVersion: await getConfigVersion(ctx.db) };
    } catch (error) {
      if (error instanceof EventRejectedError)
        throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
      if (error instanceof DeviceRevokedError)
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'device revoked' });
      if (error instanceof WriterUnavailableError)
        throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'not stored; send again', cause: error });
      throw error;
    }
  }),

  /** A client that has the current version gets a one-row read and `unchanged: true`. */
  pull: deviceProcedure
    .input(PullInputSchema)
    .query(({ ctx, input }): Promise<PullOutput> =>
      pullConfig(ctx.db, ctx.device.userId, input.configVersion, ctx.now()),
    ),

  /**
   * The catalog release `pull` announced, by content address (SHA-256 of its signed bytes). Only the
   * newest installed release is kept; an older address is NOT_FOUND and the browser pulls again.
   * The browser sends nothing but the address: no browsing data travels in this exchange.
   */
  catalog: deviceProcedure.input(CatalogFetchInputSchema).query(async ({ ctx, input }): Promise<unknown> => {
    const body = await releaseBody(ctx.db, input.sha256);
    if (body === undefined)
      throw new TRPCError({ code: 'NOT_FOUND', message: 'no installed catalog release has this address' });
    return JSON.parse(body) as unknown;
  }),
});
