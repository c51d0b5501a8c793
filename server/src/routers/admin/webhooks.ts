import { WebhookEndpointInputSchema } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { mailFor, mailSummary } from '../../webhooks/mail';
import { createEndpoint, getEndpoint, listEndpoints, newSecret, setEnabled } from '../../webhooks/repository';
import { deliveryLog, replayDelivery } from '../../webhooks/deliveries';
import { sendOnce, type Target } from '../../webhooks/send';
import { actorOf, adminTx } from './admin-tx';

const IdSchema = z.strictObject({ id: z.string().max(64) });

/** A `webhook.test` message sent at once (not through the outbox): the admin sees the outcome. */
async function testSend(t: Target, mail: ReturnType<typeof mailFor>) {
  const now = Date.now();
  const id = `msg_test_${now.toString(36)}`;
  return sendOnce(t, { id, type: 'webhook.test', data: { test: true }, createdAt: now }, mail);
}

/** Outgoing notifications (docs/integrations.md). Reads: admin or auditor; changes: admin only, audited. */
export const webhooksRouter = router({
  list: staffReadProcedure.query(async ({ ctx }) => ({
    endpoints: await listEndpoints(ctx.db),
    email: mailSummary(ctx.db),
  })),

  /**
   * Sends a test message first and saves only if it arrived, so a wrong URL, secret handling or SMTP
   * setting is an error on save. The secret is returned here only.
   */
  create: adminProcedure.input(WebhookEndpointInputSchema).mutation(async ({ ctx, input }) => {
    const secret = input.kind === 'standard' ? (input.secret ?? newSecret()) : '';
    const test = await testSend({ kind: input.kind, url: input.url, secret }, mailFor(ctx.db));
    if (!test.ok)
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `test send to ${input.url} failed: ${test.error}; nothing was saved`,
      });
    const id = await adminTx(
      ctx,
      (endpointId: string) => ({
        action: 'webhook.create',
        target: endpointId,
        details: { name: input.name, kind: input.kind, url: input.url, events: input.events },
        // The secret itself never enters the audit log.
        affectsDevices: false,
      }),
      (trx, now) => createEndpoint(trx, input, secret, actorOf(ctx.staff), now),
    );
    return { id, secret: secret || null };
  }),

  setEnabled: adminProcedure
    .input(z.strictObject({ id: z.string().max(64), enabled: z.boolean() }))
    .mutation(({ ctx, input }) =>
      adminTx(
        ctx,
        {
          action: input.enabled ? 'webhook.enable' : 'webhook.disable',
          target: input.id,
          details: {},
          affectsDevices: false,
        },
        async (trx, now) => {
          if (!(await setEnabled(trx, input.id, input.enabled, now)))
            throw new TRPCError({ code: 'NOT_FOUND', message: `no webhook endpoint "${input.id}"` });
          return { id: input.id, enabled: input.enabled };
        },
      ),
    ),

  deliveries: staffReadProcedure
    .input(z.strictObject({ id: z.string().max(64), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => deliveryLog(ctx.db, input.id, input.limit)),

  replay: adminProcedure.input(IdSchema).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      (r: { deliveryId: string }) => ({
        action: 'webhook.replay',
        target: input.id,
        details: { newDelivery: r.deliveryId },
        affectsDevices: false,
      }),
      async (trx, now) => {
        const deliveryId = await replayDelivery(trx, input.id, now);
        if (!deliveryId)
          throw new TRPCError({ code: 'NOT_FOUND', message: `no endpoint delivery "${input.id}"` });
        return { deliveryId };
      },
    ),
  ),

  /** Sends a test message to a saved endpoint now; the answer says what happened. */
  test: adminProcedure.input(IdSchema).mutation(async ({ ctx, input }) => {
    const e = await getEndpoint(ctx.db, input.id);
    if (!e) throw new TRPCError({ code: 'NOT_FOUND', message: `no webhook endpoint "${input.id}"` });
    return testSend({ kind: e.kind, url: e.url, secret: e.secret }, mailFor(ctx.db));
  }),
});
