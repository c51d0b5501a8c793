import { LIMITS, ToolIdSchema } from '@lantern/shared';
import { z } from 'zod';
import { getGuardSettings, setGuardSettings } from '../../db/repositories/guard.repository';
import { guardReport } from '../../guard/report';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { adminTx } from './admin-tx';

export const GuardPatchSchema = z
  .strictObject({
    /** The organisation's switch: off by default; nothing is guarded while it is off. */
    enabled: z.boolean().optional(),
    /** The tools guarded when the switch is on (replaces the list). */
    toolIds: z
      .array(ToolIdSchema)
      .max(LIMITS.listPerTool * 10)
      .optional(),
  })
  .refine((p) => p.enabled !== undefined || p.toolIds !== undefined, 'change the switch or the tool list');

/** The on-device data guard: its switches (admin) and the counts browsers sent (admin or auditor). */
export const guardRouter = router({
  report: staffReadProcedure
    .input(z.strictObject({ days: z.number().int().min(1).max(366).default(90) }).optional())
    .query(({ ctx, input }) => guardReport(ctx.db, ctx.now(), input?.days ?? 90)),

  update: adminProcedure.input(GuardPatchSchema).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'settings.guard', target: 'data-guard', details: { ...input }, affectsDevices: true },
      async (trx) => {
        await setGuardSettings(trx, input);
        return getGuardSettings(trx);
      },
    ),
  ),
});
