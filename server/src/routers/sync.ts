import { CatalogFetchInputSchema, PullInputSchema, PushInputSchema } from '@lantern/shared';
import { releaseBody } from '../db/repositories/catalog-releases.repository';
import type { PullOutput, PushOutput } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { answerPush } from '../sync/push/answer';
import { pullConfig } from '../sync/pull';
import { deviceProcedure, router } from '../trpc';

export const syncRouter = router({
  /** One transaction, idempotent on event ids; `stored` tells the client exactly what it may delete. */
  push: deviceProcedure
    .input(PushInputSchema)
    .mutation(({ ctx, input }): Promise<PushOutput> =>
      answerPush(ctx.db, ctx.device, input.events, ctx.now()),
    ),

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
