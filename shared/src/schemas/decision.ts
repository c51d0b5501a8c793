import { z } from 'zod';
import { LIMITS } from '../protocol';
import { DataClassListSchema, TimestampSchema, ToolIdSchema, textSchema } from './primitives';

export const TOOL_STATUSES = ['approved', 'conditional', 'review', 'prohibited'] as const;
export const ToolStatusSchema = z.enum(TOOL_STATUSES);
export type ToolStatus = z.infer<typeof ToolStatusSchema>;

export const ENFORCEMENTS = ['monitor', 'inform', 'acknowledge', 'justify', 'block'] as const;
export const EnforcementSchema = z.enum(ENFORCEMENTS);
export type Enforcement = z.infer<typeof EnforcementSchema>;

/** The enforcement a status gets when the admin does not choose one (product.md). */
export const DEFAULT_ENFORCEMENT: Record<ToolStatus, Enforcement> = {
  approved: 'inform',
  conditional: 'acknowledge',
  review: 'acknowledge',
  prohibited: 'block',
};

/** What an admin changes about a tool. */
export const DecisionInputSchema = z.strictObject({
  toolId: ToolIdSchema,
  status: ToolStatusSchema,
  enforcement: EnforcementSchema,
  conditions: textSchema(LIMITS.conditionsText).nullable(),
  allowedDataClasses: DataClassListSchema,
  alternativeToolId: ToolIdSchema.nullable(),
});
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** The organisation's decision for one tool, as the browser receives it. */
export const DecisionSchema = DecisionInputSchema.extend({
  decidedBy: z.string().max(LIMITS.shortText),
  decidedAt: TimestampSchema,
  /**
   * The on-device data guard is on for this tool (the organisation turned it on and chose the tool).
   * Absent means off: older servers never send it.
   */
  dataGuard: z.boolean().optional(),
});
export type Decision = z.infer<typeof DecisionSchema>;
