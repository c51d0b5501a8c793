import { PolicyVersionSchema } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { getPolicy, listPolicies, publishPolicy } from '../../db/repositories/policies.repository';
import { getSettings } from '../../db/repositories/config.repository';
import { acceptanceCounts } from '../../inventory/acceptance';
import { policyRollout } from '../../inventory/rollout';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { actorOf, adminTx } from './admin-tx';
import { policyPublished } from '../../webhooks/hooks';

export const PublishPolicyInputSchema = z.strictObject({
  title: PolicyVersionSchema.shape.title,
  body: PolicyVersionSchema.shape.body,
  changeSummary: PolicyVersionSchema.shape.changeSummary,
});

export const policiesRouter = router({
  /** Every version, newest first, with how many people in scope accepted each (inventory/acceptance.ts). */
  list: staffReadProcedure.query(async ({ ctx }) => {
    const versions = await listPolicies(ctx.db);
    const { people, accepted } = await acceptanceCounts(ctx.db, versions);
    return versions.map((v) => ({ ...v, acceptedBy: accepted.get(v.version) ?? 0, people }));
  }),

  /** Accepted the current version / on an earlier one (in grace or not) / never, per day. */
  rollout: staffReadProcedure
    .input(z.strictObject({ days: z.number().int().min(1).max(365).default(60) }))
    .query(async ({ ctx, input }) =>
      policyRollout(ctx.db, ctx.now(), input.days, (await getSettings(ctx.db)).policyGraceDays),
    ),

  get: staffReadProcedure
    .input(z.strictObject({ version: z.number().int().min(1) }))
    .query(async ({ ctx, input }) => {
      const policy = await getPolicy(ctx.db, input.version);
      if (!policy) throw new TRPCError({ code: 'NOT_FOUND', message: `no policy version ${input.version}` });
      return policy;
    }),

  /** Publishes version N+1; every browser asks its user to accept it on the next pull. */
  publish: adminProcedure.input(PublishPolicyInputSchema).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      (p: { version: number; sha256: string }) => ({
        action: 'policy.publish',
        target: `v${p.version}`,
        details: { title: input.title, sha256: p.sha256, changeSummary: input.changeSummary },
        affectsDevices: true,
      }),
      async (trx, now) => {
        const p = await publishPolicy(trx, input, actorOf(ctx.staff), now);
        await policyPublished(trx, p, now);
        return p;
      },
    ),
  ),
});
