import { PrivacyModeSchema } from '@lantern/shared';
import { z } from 'zod';
import { getSettings, setSettings } from '../../db/repositories/config.repository';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { adminTx } from './admin-tx';

export const SettingsPatchSchema = z
  .strictObject({
    privacyMode: PrivacyModeSchema.optional(),
    pullIntervalSeconds: z.number().int().min(30).max(86_400).optional(),
    /** Usage older than this many days is deleted by the retention job; null keeps it. */
    retentionDays: z.number().int().min(1).max(36_500).nullable().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'change at least one setting');

export const settingsRouter = router({
  get: staffReadProcedure.query(({ ctx }) => getSettings(ctx.db)),

  update: adminProcedure.input(SettingsPatchSchema).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'settings.update', target: 'settings', details: { ...input }, affectsDevices: true },
      async (trx) => {
        await setSettings(trx, input);
        return getSettings(trx);
      },
    ),
  ),
});
