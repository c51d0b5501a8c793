import { OrgLocaleSchema, PrivacyModeSchema } from '@lantern/shared';
import { z } from 'zod';
import { getSettings, setSettings } from '../../db/repositories/config.repository';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { adminTx } from './admin-tx';

/** Six months, rounded up: the EU AI Act Art. 26(6) minimum for deployers' logs. */
export const RETENTION_FLOOR_DAYS = 183;

export const SettingsPatchSchema = z
  .strictObject({
    privacyMode: z.optional(PrivacyModeSchema),
    pullIntervalSeconds: z.number().int().min(30).max(86_400).optional(),
    /** Usage older than this many days is deleted by the retention job; null keeps it. */
    retentionDays: z.number().int().min(1).max(36_500).nullable().optional(),
    /** Non-chain evidence older than this many days is deleted; null keeps it (retention.ts). */
    evidenceRetentionDays: z.number().int().min(1).max(36_500).nullable().optional(),
    /** Below this share (percent) of active people on the current policy, `coverage.below_threshold` fires. */
    coverageThresholdPercent: z.number().int().min(1).max(100).nullable().optional(),
    /** Grace period after publishing a policy version (inventory/rollout.ts); null: none. */
    policyGraceDays: z.number().int().min(1).max(365).nullable().optional(),
    /** The language of employees' pages (extension): `browser` follows each browser's language. */
    locale: z.optional(OrgLocaleSchema),
    /** Required to set either retention below the EU AI Act Art. 26(6) six-month floor. */
    acknowledgeRetentionFloor: z.literal(true).optional(),
  })
  .refine(
    (p) => Object.entries(p).some(([k, v]) => k !== 'acknowledgeRetentionFloor' && v !== undefined),
    'change at least one setting',
  )
  .superRefine((p, ctx) => {
    for (const key of ['retentionDays', 'evidenceRetentionDays'] as const) {
      const days = p[key];
      if (typeof days === 'number' && days < RETENTION_FLOOR_DAYS && p.acknowledgeRetentionFloor !== true)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message:
            `${key} ${days} is below the EU AI Act Art. 26(6) floor: deployers keep logs for at least six ` +
            `months (${RETENTION_FLOOR_DAYS} days). To keep less, set acknowledgeRetentionFloor: true ` +
            '(for example when another system keeps these logs).',
        });
    }
  });

export const settingsRouter = router({
  get: staffReadProcedure.query(({ ctx }) => getSettings(ctx.db)),

  update: adminProcedure.input(SettingsPatchSchema).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'settings.update', target: 'settings', details: { ...input }, affectsDevices: true },
      async (trx) => {
        const { acknowledgeRetentionFloor: _acknowledged, ...patch } = input;
        await setSettings(trx, patch);
        return getSettings(trx);
      },
    ),
  ),
});
