import { EmailSchema, SyncEventSchema } from '@lantern/shared';
import { z } from 'zod/mini';
import { APPROVAL_MESSAGES, type ApprovalAnswers } from '../approval/messages';
import type { SyncState } from '../db/state-items';
import { EXPERIENCE_MESSAGES, type ExperienceAnswers } from '../enforce/messages';
import { GUARD_MESSAGES, type GuardAnswers } from '../guard/messages';
import { LITERACY_MESSAGES, type LiteracyAnswers } from '../literacy/messages';
import type { PushOutcome } from '../sync/engine';

/*
 * ─── How extension code talks to the background (read this before adding a message) ────────────
 * Every message is declared here: a zod schema the background parses, who may send it, and the
 * answer type. The background router (messaging/router.ts) refuses anything else.
 *
 *  - `from: 'page'`: only the extension's own pages (popup, options, acknowledge, blocked, my-ai-use).
 *    `from: 'any'`: content scripts too. A content script runs beside a hostile page: give it only
 *    messages that ask the background to *open* something, never ones that record or change data.
 *  - Send with `sendMessage({ type: 'x', ... })` from messaging/client.ts; answers are typed.
 *  - The background registers a handler with `handle('x', (msg, sender) => ...)` (router.ts), from the
 *    module that owns the feature, wired once in entrypoints/background/index.ts.
 *
 * Reading state from an extension page: open Dexie directly (db/app-db.ts `getDb()`; use
 * `liveQuery` for live updates). The tables and who writes them:
 *   config['current']      ConfigRow: decisions, policy, tools (org), settings, requests, configVersion  (sync)
 *   enrolment['current']   EnrolmentRow minus nothing secret for pages to show; status 'revoked' after 401 (enroll)
 *   state['sync']          SyncState: lastSuccessAt, lastError, failures, notBefore, lastPullAt       (sync)
 *   outbox                 queued events (count = "queued items")                                     (sync)
 *   syncLog                what was sent / dropped, the transparency log                               (sync)
 *   dayAggregates          my usage day totals                                                         (detect)
 *   registrations, acknowledgements, justifications: local copies, written by the experience pages'
 *                          background handlers (add a db/upgrades/v00N.ts for new tables/indexes).
 * Or ask `getStatus` for enrolment + sync state + queued count in one answer.
 *
 * Recording something the employee did (registration, acknowledgement, justification, request,
 * self-report): build the SyncEvent (id = uuidv7()) on the page and call `queueEvent(event)` from
 * sync/queue-event.ts. The background (`recordEvent`, sync/record-event.ts) validates it, puts it in
 * the outbox and pushes within seconds. Background modules call `recordEvent` directly.
 * ────────────────────────────────────────────────────────────────────────────────────────────────
 */

export type Sender = 'page' | 'any';

export const EnrolRequestSchema = z.strictObject({
  type: z.literal('enrol'),
  serverUrl: z.string().check(z.minLength(1), z.maxLength(2000)),
  enrollmentToken: z.string().check(z.minLength(1), z.maxLength(200)),
  userEmail: z.nullable(EmailSchema),
});

export const MESSAGES = {
  /** Queue an event the employee produced on an extension page. */
  queueEvent: {
    from: 'page',
    schema: z.strictObject({ type: z.literal('queueEvent'), event: SyncEventSchema }),
  },
  /** Push now and pull (the popup's "sync now"). */
  syncNow: { from: 'page', schema: z.strictObject({ type: z.literal('syncNow') }) },
  /** Manual enrolment from the options page when no managed values exist. */
  enrol: { from: 'page', schema: EnrolRequestSchema },
  /** Enrolment + sync state for the popup and options page. */
  getStatus: { from: 'page', schema: z.strictObject({ type: z.literal('getStatus') }) },
  /** Notices, registration, acceptance, justification, requests (enforce/messages.ts). */
  ...EXPERIENCE_MESSAGES,
  /** "Check again" and the answers badge (approval/messages.ts). */
  ...APPROVAL_MESSAGES,
  /** The data guard's content script (guard/messages.ts). */
  ...GUARD_MESSAGES,
  /** The literacy page's completion (literacy/messages.ts). */
  ...LITERACY_MESSAGES,
} as const satisfies Record<string, { from: Sender; schema: z.ZodMiniType<{ type: string }> }>;

export interface StatusAnswer {
  enrolment: {
    status: 'enrolled' | 'revoked';
    serverUrl: string;
    userEmail: string | null;
    source: 'managed' | 'manual';
  } | null;
  /** Managed values are present: the options page shows them read-only. */
  managed: boolean;
  sync: SyncState & { queued: number };
}

/** The answer each message gets. */
export interface Answers extends ExperienceAnswers, GuardAnswers, LiteracyAnswers, ApprovalAnswers {
  queueEvent: { id: string };
  syncNow: { push: PushOutcome; pull: string };
  enrol: { deviceId: string };
  getStatus: StatusAnswer;
}

export type MessageType = keyof typeof MESSAGES;
export type MessageOf<K extends MessageType> = z.infer<(typeof MESSAGES)[K]['schema']>;
export type AnyMessage = { [K in MessageType]: MessageOf<K> }[MessageType];

/** What travels back: errors arrive as a sentence the page can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
