import { z } from 'zod/mini';
import { LIMITS } from '../protocol';
import {
  DataClassListSchema,
  DataClassSchema,
  DaySchema,
  EventIdSchema,
  ExtensionIdSchema,
  HostnameSchema,
  Sha256Schema,
  TimestampSchema,
  ToolIdSchema,
  textSchema,
} from './primitives';
import { PurposeCategorySchema } from './purpose';
import { ToolCategorySchema } from './tool';
import { ModuleIdSchema } from './literacy';

/**
 * Events a device sends. Every object is strict: a key the protocol does not define (a `url`, a
 * `prompt`, a `title`) makes the whole batch invalid. No field can carry a path or a query string:
 * hosts are bare hostnames and tools are ids.
 */
const base = {
  /** Client-generated UUIDv7: the idempotency key. */
  id: EventIdSchema,
  /** When the event happened on the device, epoch ms. */
  at: TimestampSchema,
};

export const USAGE_SIGNALS = ['visit', 'embedded', 'extension'] as const;
export const UsageSignalSchema = z.enum(USAGE_SIGNALS);
export type UsageSignal = z.infer<typeof UsageSignalSchema>;

/** The day's totals for device × tool × signal. Totals, not deltas: a resend can never double count. */
export const UsageEventSchema = z.strictObject({
  ...base,
  kind: z.literal('usage'),
  toolId: ToolIdSchema,
  signal: UsageSignalSchema,
  day: DaySchema,
  visits: z.number().check(z.int(), z.minimum(0), z.maximum(LIMITS.visitsPerDay)),
  activeSeconds: z.number().check(z.int(), z.minimum(0), z.maximum(LIMITS.secondsPerDay)),
});

/** A non-AI site's page called a known AI API: that site embeds AI (A.10 third party). Day totals. */
export const EmbeddedDiscoveryEventSchema = z.strictObject({
  ...base,
  kind: z.literal('embedded_discovery'),
  toolId: ToolIdSchema,
  initiatorHost: HostnameSchema,
  endpointHost: HostnameSchema,
  day: DaySchema,
  requests: z.number().check(z.int(), z.minimum(1), z.maximum(LIMITS.visitsPerDay)),
});

/** The AI browser extensions installed now (only those the catalog knows as AI). Replaces the last one. */
export const ExtensionInventoryEventSchema = z.strictObject({
  ...base,
  kind: z.literal('extension_inventory'),
  extensions: z
    .array(
      z.strictObject({
        extensionId: ExtensionIdSchema,
        toolId: ToolIdSchema,
        name: textSchema(LIMITS.shortText),
        enabled: z.boolean(),
      }),
    )
    .check(z.maxLength(LIMITS.extensionsPerInventory)),
});

export const RegistrationEventSchema = z.strictObject({
  ...base,
  kind: z.literal('registration'),
  toolId: ToolIdSchema,
  purposeCategory: PurposeCategorySchema,
  purposeText: textSchema(LIMITS.purposeText),
  dataClasses: DataClassListSchema,
  affectsPeople: z.boolean(),
  /**
   * The employee chose data beyond the tool's allowed classes and was told so: the registration goes
   * to IT for review. Optional (added December 2026); absent means false.
   */
  dataBeyondAllowed: z.optional(z.boolean()),
});

export const RegistrationWithdrawalEventSchema = z.strictObject({
  ...base,
  kind: z.literal('registration_withdrawal'),
  toolId: ToolIdSchema,
});

/** Acceptance of a policy version, bound to the SHA-256 of the text shown (and of the tool's conditions). */
export const AcknowledgementEventSchema = z
  .strictObject({
    ...base,
    kind: z.literal('acknowledgement'),
    policyVersion: z.number().check(z.int(), z.minimum(1)),
    policySha256: Sha256Schema,
    toolId: z.nullable(ToolIdSchema),
    conditionsSha256: z.nullable(Sha256Schema),
  })
  .check(
    z.refine((ack) => ack.conditionsSha256 === null || ack.toolId !== null, {
      message: 'conditionsSha256 needs the toolId whose conditions were accepted',
      path: ['conditionsSha256'],
    }),
  );

export const JustificationEventSchema = z.strictObject({
  ...base,
  kind: z.literal('justification'),
  toolId: ToolIdSchema,
  reason: textSchema(LIMITS.reasonText, 1),
});

/** The event id doubles as the request id the answer refers to. */
export const ApprovalRequestEventSchema = z.strictObject({
  ...base,
  kind: z.literal('approval_request'),
  toolId: ToolIdSchema,
  reason: textSchema(LIMITS.reasonText, 1),
});

/** "I use a tool Lantern does not know": becomes a review request. */
export const SelfReportEventSchema = z.strictObject({
  ...base,
  kind: z.literal('self_report'),
  name: textSchema(LIMITS.shortText, 1),
  hostname: z.nullable(HostnameSchema),
  category: z.nullable(ToolCategorySchema),
  purposeText: textSchema(LIMITS.purposeText),
});

/**
 * The on-device data guard's day totals for device × tool × data class: how often it warned before
 * a paste, drop or file selection, and how often the employee went ahead anyway. Counts only —
 * there is no field that could hold what was pasted, which kind of detector fired or where.
 * Totals, not deltas, like usage: a resend can never double count.
 */
export const DataGuardEventSchema = z
  .strictObject({
    ...base,
    kind: z.literal('data_guard'),
    toolId: ToolIdSchema,
    day: DaySchema,
    dataClass: DataClassSchema,
    warnings: z.number().check(z.int(), z.minimum(1), z.maximum(LIMITS.guardWarningsPerDay)),
    pastedAnyway: z.number().check(z.int(), z.minimum(0), z.maximum(LIMITS.guardWarningsPerDay)),
  })
  .check(
    z.refine((e) => e.pastedAnyway <= e.warnings, {
      message: 'pastedAnyway cannot exceed warnings',
      path: ['pastedAnyway'],
    }),
  );

/**
 * A literacy module done (the employee read it and passed its check), recorded like an acceptance:
 * bound to the module version and the SHA-256 of the content shown. The score is the share of right
 * answers in percent (null for a module without questions) — the answers themselves never leave.
 */
export const LiteracyCompletionEventSchema = z.strictObject({
  ...base,
  kind: z.literal('literacy_completion'),
  moduleId: ModuleIdSchema,
  moduleVersion: z.number().check(z.int(), z.minimum(1)),
  moduleSha256: Sha256Schema,
  score: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
  /** The tool whose use offered the module, or null (done from the extension's own list). */
  toolId: z.nullable(ToolIdSchema),
});

export const SyncEventSchema = z.discriminatedUnion('kind', [
  UsageEventSchema,
  EmbeddedDiscoveryEventSchema,
  ExtensionInventoryEventSchema,
  RegistrationEventSchema,
  RegistrationWithdrawalEventSchema,
  AcknowledgementEventSchema,
  JustificationEventSchema,
  ApprovalRequestEventSchema,
  SelfReportEventSchema,
  DataGuardEventSchema,
  LiteracyCompletionEventSchema,
]);
export type SyncEvent = z.infer<typeof SyncEventSchema>;
export type SyncEventKind = SyncEvent['kind'];
export type EventOf<K extends SyncEventKind> = Extract<SyncEvent, { kind: K }>;
export const SYNC_EVENT_KINDS: SyncEventKind[] = SyncEventSchema._zod.def.options.map(
  (o) => o.shape.kind._zod.def.values[0]!,
);
