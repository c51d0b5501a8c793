import { z } from 'zod/mini';
import { LIMITS } from '../protocol';
import { MAX_WORKSPACE_IDS } from '../workspace/validate';
import { DataClassListSchema, TimestampSchema, ToolIdSchema, textSchema } from './primitives';

export const TOOL_STATUSES = ['approved', 'conditional', 'review', 'prohibited'] as const;
export const ToolStatusSchema = z.enum(TOOL_STATUSES);
export type ToolStatus = z.infer<typeof ToolStatusSchema>;

export const ENFORCEMENTS = ['monitor', 'inform', 'acknowledge', 'justify', 'block'] as const;
export const EnforcementSchema = z.enum(ENFORCEMENTS);
export type Enforcement = z.infer<typeof EnforcementSchema>;

/** The enforcement a status gets when the admin does not choose one. */
export const DEFAULT_ENFORCEMENT: Record<ToolStatus, Enforcement> = {
  approved: 'inform',
  conditional: 'acknowledge',
  review: 'acknowledge',
  prohibited: 'block',
};

/**
 * "Company workspace only" (issue 22): the vendor's identifiers for the organisation's own workspace
 * and where employees reach it. The browser sends the identifiers to the vendor's hosts only
 * (workspace/vendors.ts); per-vendor formats are checked by `checkWorkspaceIds`. The character set
 * here already keeps anything but an identifier (commas, spaces, line breaks) out of a header.
 */
export const CompanyWorkspaceInputSchema = z.strictObject({
  ids: z
    .array(
      z
        .string()
        .check(
          z.minLength(1),
          z.maxLength(253),
          z.regex(/^[A-Za-z0-9.-]+$/, 'must be a workspace, organisation or tenant id, or a domain'),
        ),
    )
    .check(z.minLength(1), z.maxLength(MAX_WORKSPACE_IDS)),
  /** Where employees sign in to the company workspace (an https link the admin sets), or null. */
  link: z.nullable(z.url({ protocol: /^https$/, error: 'must be an https:// link' }).check(z.maxLength(500))),
});
export type CompanyWorkspaceInput = z.infer<typeof CompanyWorkspaceInputSchema>;

/** As browsers and the dashboard receive it: since when the restriction holds (unchanged ids). */
export const CompanyWorkspaceSchema = z.extend(CompanyWorkspaceInputSchema, { since: TimestampSchema });
export type CompanyWorkspace = z.infer<typeof CompanyWorkspaceSchema>;

/** What an admin changes about a tool. */
export const DecisionInputSchema = z.strictObject({
  toolId: ToolIdSchema,
  status: ToolStatusSchema,
  enforcement: EnforcementSchema,
  conditions: z.nullable(textSchema(LIMITS.conditionsText)),
  allowedDataClasses: DataClassListSchema,
  alternativeToolId: z.nullable(ToolIdSchema),
  /** Omitted: keep the current restriction (bulk edits and older clients never drop it); null: remove it. */
  companyWorkspace: z.optional(z.nullable(CompanyWorkspaceInputSchema)),
});
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** The organisation's decision for one tool, as the browser receives it. */
export const DecisionSchema = z.extend(DecisionInputSchema, {
  decidedBy: z.string().check(z.maxLength(LIMITS.shortText)),
  decidedAt: TimestampSchema,
  // Absent when the tool has no restriction, so browsers from before it still parse the config.
  companyWorkspace: z.optional(CompanyWorkspaceSchema),
  /**
   * The on-device data guard is on for this tool (the organisation turned it on and chose the tool).
   * Absent means off: older servers never send it.
   */
  dataGuard: z.optional(z.boolean()),
});
export type Decision = z.infer<typeof DecisionSchema>;
