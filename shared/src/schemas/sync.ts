import { z } from 'zod/mini';
import { LIMITS } from '../protocol';
import { DecisionSchema } from './decision';
import { SyncEventSchema } from './events';
import {
  EmailSchema,
  EventIdSchema,
  ProtocolVersionSchema,
  TimestampSchema,
  ToolIdSchema,
  textSchema,
} from './primitives';
import { PolicyVersionSchema } from './policy';
import { ToolSchema } from './tool';
import { CatalogRefSchema } from '../catalog/release/schema';
import { ToolOverrideSchema } from '../catalog/release/overrides';
import { DeviceLiteracySchema } from './literacy';
import { DeviceLocaleSchema } from './locale';

export const BROWSERS = ['chrome', 'edge', 'firefox', 'other'] as const;

/** `126.0.6478.55`, `0.1.0-beta+3`: a version number, never free text. */
const VersionStringSchema = z
  .string()
  .check(z.maxLength(40), z.regex(/^[0-9A-Za-z.+-]*$/, 'must be a version number'));

/** A 256-bit secret or code, base64url without padding. */
const BASE64URL_43 = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'must be 43 base64url characters'));

// device.enroll -------------------------------------------------------------------------------
// The code spells it "enrol"; the wire keeps `device.enroll` and `enrollmentToken` (docs/protocol.md).
export const EnrolInputSchema = z
  .strictObject({
    protocolVersion: ProtocolVersionSchema,
    /** The organisation's (or a person's) enrolment token. Absent when `enrolmentGrant` is sent. */
    enrollmentToken: z.optional(z.string().check(z.minLength(16), z.maxLength(LIMITS.token))),
    /**
     * Verified enrolment (docs/protocol.md): the extension's secret whose SHA-256 it sent when the
     * person signed in at the identity provider. The email then comes from the provider, not from here.
     */
    enrolmentGrant: z.optional(BASE64URL_43),
    /** With `enrolmentGrant`: the one-time code the server showed in the browser that signed in. */
    enrolmentCode: z.optional(BASE64URL_43),
    /**
     * A personal enrolment link's secret (issue 14): the admin made the link for one person, so the
     * email comes from the link, not from here. Single use.
     */
    personalLink: z.optional(BASE64URL_43),
    /** The employee's work email; null where neither policy nor the employee gave one. */
    userEmail: z.nullable(EmailSchema),
    browser: z.enum(BROWSERS),
    browserVersion: VersionStringSchema,
    extensionVersion: VersionStringSchema,
  })
  .check(
    z.refine(
      (v) =>
        [v.enrollmentToken, v.enrolmentGrant, v.personalLink].filter((x) => x !== undefined).length === 1,
      {
        message: 'send exactly one of enrollmentToken, enrolmentGrant and personalLink',
        path: ['enrollmentToken'],
      },
    ),
    z.refine((v) => (v.enrolmentGrant === undefined) === (v.enrolmentCode === undefined), {
      message: 'enrolmentGrant and enrolmentCode go together',
      path: ['enrolmentCode'],
    }),
  );
export type EnrolInput = z.infer<typeof EnrolInputSchema>;

export const EnrolOutputSchema = z.strictObject({
  protocolVersion: ProtocolVersionSchema,
  deviceId: z.uuid(),
  /** 256-bit random, base64url. Shown once; the server keeps only its SHA-256. */
  deviceToken: z.string().check(z.minLength(43), z.maxLength(LIMITS.token)),
});
export type EnrolOutput = z.infer<typeof EnrolOutputSchema>;

// sync.push -----------------------------------------------------------------------------------
export const PushInputSchema = z.strictObject({
  protocolVersion: ProtocolVersionSchema,
  events: z.array(SyncEventSchema).check(z.minLength(1), z.maxLength(LIMITS.batchEvents)),
});
export type PushInput = z.infer<typeof PushInputSchema>;

export const PushOutputSchema = z.strictObject({
  protocolVersion: ProtocolVersionSchema,
  /** Ids the server holds now (stored by this call or an earlier one): the client deletes exactly these. */
  stored: z.array(EventIdSchema).check(z.maxLength(LIMITS.batchEvents)),
  /** How many of `stored` had already been stored before this call. */
  duplicates: z.number().check(z.int(), z.minimum(0), z.maximum(LIMITS.batchEvents)),
  /** The current config version: pull when it differs from the one the client has. */
  configVersion: z.number().check(z.int(), z.minimum(0)),
  /**
   * Events of `stored` the server recorded but refused to act on, for good (a resend is a duplicate):
   * self-reports beyond the device's daily quota or while the review queue is full.
   */
  rejected: z.optional(
    z
      .array(z.strictObject({ id: EventIdSchema, reason: z.string().check(z.maxLength(300)) }))
      .check(z.maxLength(LIMITS.batchEvents)),
  ),
});
export type PushOutput = z.infer<typeof PushOutputSchema>;

// sync.pull -----------------------------------------------------------------------------------
export const PullInputSchema = z.strictObject({
  protocolVersion: ProtocolVersionSchema,
  /** The config version the client has; 0 when it has none. */
  configVersion: z.number().check(z.int(), z.minimum(0)),
});
export type PullInput = z.infer<typeof PullInputSchema>;

export const PRIVACY_MODES = ['named', 'pseudonymous'] as const;
export const PrivacyModeSchema = z.enum(PRIVACY_MODES);
export type PrivacyMode = z.infer<typeof PrivacyModeSchema>;

export const REQUEST_STATUSES = ['pending', 'approved', 'denied'] as const;

/** An approval request (or self-report) of this device's user, with the admin's answer. */
export const RequestStateSchema = z.strictObject({
  id: EventIdSchema,
  toolId: ToolIdSchema,
  status: z.enum(REQUEST_STATUSES),
  note: z.nullable(textSchema(LIMITS.reasonText)),
  decidedAt: z.nullable(TimestampSchema),
});
export type RequestState = z.infer<typeof RequestStateSchema>;

/**
 * "Approved for you": an admin let this device's own person use a tool the organisation has not
 * approved for everyone, until `until` (null: until withdrawn). Only the puller's own exceptions
 * travel, never anyone else's; a withdrawn or expired one is simply no longer sent.
 */
export const ToolExceptionSchema = z.strictObject({
  toolId: ToolIdSchema,
  until: z.nullable(TimestampSchema),
  grantedAt: TimestampSchema,
  /** The admin's note to the person. */
  note: z.nullable(textSchema(LIMITS.reasonText)),
});
export type ToolException = z.infer<typeof ToolExceptionSchema>;

export const DeviceSettingsSchema = z.strictObject({
  privacyMode: PrivacyModeSchema,
  /** Server-suggested pull interval; a managed `pullIntervalSeconds` takes precedence. */
  pullIntervalSeconds: z.number().check(z.int(), z.minimum(30), z.maximum(86_400)),
  /**
   * The language the organisation chose for employees' pages; absent: each browser's own. Any short
   * tag is accepted, so a server with a newer catalogue never breaks an older extension, which shows
   * English for a language it lacks (extension/src/i18n/language.ts).
   */
  locale: z.optional(DeviceLocaleSchema),
});
export type DeviceSettings = z.infer<typeof DeviceSettingsSchema>;

export const DeviceConfigSchema = z.strictObject({
  decisions: z.array(DecisionSchema).check(z.maxLength(10_000)),
  policy: z.nullable(PolicyVersionSchema),
  tools: z.array(ToolSchema).check(z.maxLength(10_000)),
  settings: DeviceSettingsSchema,
  requests: z.array(RequestStateSchema).check(z.maxLength(1000)),
  /** The server's catalog release when newer than the compiled one: fetch it with `sync.catalog`. */
  catalog: z.optional(z.nullable(CatalogRefSchema)),
  /** The organisation's overrides of catalog tools, applied by the browser to whichever catalog it uses. */
  overrides: z.optional(z.array(ToolOverrideSchema).check(z.maxLength(10_000))),
  /** Literacy modules this device's person needs, the rules requiring them and their completions. */
  literacy: z.optional(DeviceLiteracySchema),
  /** This person's exceptions in force ("approved for you"); absent when there are none. */
  exceptions: z.optional(z.array(ToolExceptionSchema).check(z.maxLength(LIMITS.exceptionsPerPerson))),
});
export type DeviceConfig = z.infer<typeof DeviceConfigSchema>;

export const PullOutputSchema = z.discriminatedUnion('unchanged', [
  z.strictObject({
    protocolVersion: ProtocolVersionSchema,
    unchanged: z.literal(true),
    configVersion: z.number().check(z.int(), z.minimum(0)),
  }),
  z.strictObject({
    protocolVersion: ProtocolVersionSchema,
    unchanged: z.literal(false),
    configVersion: z.number().check(z.int(), z.minimum(0)),
    config: DeviceConfigSchema,
  }),
]);
export type PullOutput = z.infer<typeof PullOutputSchema>;

// sync.catalog ----------------------------------------------------------------------------------
/** Asks for the release `sync.pull` announced, by its content address. */
export const CatalogFetchInputSchema = z.strictObject({
  protocolVersion: ProtocolVersionSchema,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type CatalogFetchInput = z.infer<typeof CatalogFetchInputSchema>;
