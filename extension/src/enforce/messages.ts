import {
  DataClassListSchema,
  HostnameSchema,
  LIMITS,
  PurposeCategorySchema,
  Sha256Schema,
  ToolCategorySchema,
  ToolIdSchema,
  textSchema,
  type ToolStatus,
} from '@lantern/shared';
import { z } from 'zod/mini';

/**
 * The employee-experience messages (merged into messaging/protocol.ts).
 * Content scripts ('any') may only read the notice for their own tab and ask for a page to be
 * opened: the tool is always taken from the sender's URL, never from the message. Everything that
 * records an act is 'page'-only and additionally refused from extension pages framed by a website.
 */
export const AcceptanceSchema = z.strictObject({
  policyVersion: z.number().check(z.int(), z.minimum(1)),
  policySha256: Sha256Schema,
  conditionsSha256: z.nullable(Sha256Schema),
});
export type Acceptance = z.infer<typeof AcceptanceSchema>;

export const EXPERIENCE_MESSAGES = {
  /**
   * Content script: what to show on this tab, or null. `load`: the page has just loaded (the first
   * question, not a recheck on focus), which also counts the visit if the worker did not see it
   * commit (detect/watch.ts, `countPageLoad`).
   */
  noticeForTab: {
    from: 'any',
    schema: z.strictObject({ type: z.literal('noticeForTab'), load: z.optional(z.literal(true)) }),
  },
  /** Content script: open the acknowledgement page for the tool of this tab. */
  openAcknowledge: { from: 'any', schema: z.strictObject({ type: z.literal('openAcknowledge') }) },
  /** Content script: stop an `inform` notice for this tool until the policy changes (binds nothing). */
  dismissNotice: { from: 'any', schema: z.strictObject({ type: z.literal('dismissNotice') }) },
  /** Content script: "Later" — no notice for the tool of this tab for a day (binds nothing). */
  snoozeNotice: { from: 'any', schema: z.strictObject({ type: z.literal('snoozeNotice') }) },
  /** Acknowledgement page: register a use, optionally accepting the policy (and conditions) shown. */
  register: {
    from: 'page',
    schema: z.strictObject({
      type: z.literal('register'),
      toolId: ToolIdSchema,
      purposeCategory: PurposeCategorySchema,
      purposeText: textSchema(LIMITS.purposeText),
      dataClasses: DataClassListSchema,
      affectsPeople: z.boolean(),
      acceptance: z.nullable(AcceptanceSchema),
    }),
  },
  /** Acknowledgement page: accept the policy (and the tool's conditions) without a new registration. */
  acceptPolicy: {
    from: 'page',
    schema: z.strictObject({
      type: z.literal('acceptPolicy'),
      toolId: z.nullable(ToolIdSchema),
      acceptance: AcceptanceSchema,
    }),
  },
  /** Blocked page (justify mode): continue with a reason for the rest of the day. */
  justify: {
    from: 'page',
    schema: z.strictObject({
      type: z.literal('justify'),
      toolId: ToolIdSchema,
      reason: textSchema(LIMITS.reasonText, 1),
    }),
  },
  /** Blocked page: ask IT to approve the tool. */
  requestApproval: {
    from: 'page',
    schema: z.strictObject({
      type: z.literal('requestApproval'),
      toolId: ToolIdSchema,
      reason: textSchema(LIMITS.reasonText, 1),
    }),
  },
  /** My AI use page. */
  withdrawRegistration: {
    from: 'page',
    schema: z.strictObject({ type: z.literal('withdrawRegistration'), toolId: ToolIdSchema }),
  },
  /** Popup: "I use a tool Lantern does not know". */
  selfReport: {
    from: 'page',
    schema: z.strictObject({
      type: z.literal('selfReport'),
      name: textSchema(LIMITS.shortText, 1),
      hostname: z.nullable(HostnameSchema),
      category: z.nullable(ToolCategorySchema),
      purposeText: textSchema(LIMITS.purposeText),
    }),
  },
} as const;

/** What the in-page notice draws: plain strings and flags, nothing it could act on by itself. */
export interface NoticeView {
  toolName: string;
  status: ToolStatus;
  conditions: string | null;
  owes: { register: boolean; acceptPolicy: boolean; acceptConditions: boolean };
  policyChanged: boolean;
  /** `inform` notices can be closed for good (until the policy changes). */
  dismissible: boolean;
  /** "Company workspace only": say so, with the admin's link (https, checked by the server). */
  companyWorkspace: { link: string | null } | null;
  /** An admin made an exception for this person: the status reads "Approved for you". */
  approvedForYou?: boolean;
}

export interface ExperienceAnswers {
  noticeForTab: NoticeView | null;
  openAcknowledge: { opened: boolean };
  dismissNotice: { dismissed: boolean };
  snoozeNotice: { snoozed: boolean };
  register: {
    registrationId: string;
    acknowledgementId: string | null;
    reviewRequested: boolean;
    /** Data beyond the tool's allowed classes: the registration goes to IT for review. */
    dataBeyondAllowed: boolean;
  };
  acceptPolicy: { acknowledgementId: string };
  justify: { until: number; continueTo: string };
  requestApproval: { requestId: string };
  withdrawRegistration: { withdrawn: boolean };
  selfReport: { id: string };
}
