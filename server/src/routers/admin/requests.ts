import { LIMITS, REQUEST_STATUSES, TimestampSchema, textSchema } from '@lantern/shared';
import { z } from 'zod';
import { listRequests } from '../../db/repositories/requests.repository';
import { personLabeler } from '../../security/people';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { actorOf, adminTx } from './admin-tx';
import { PageSchema } from './pagination';
import { answerRequest, type AnswerResult } from './request-answers';
import { requestQueueProcedures } from './requests-queue';

export const requestsRouter = router({
  ...requestQueueProcedures,
  list: staffReadProcedure
    .input(
      z.strictObject({
        status: z.enum(REQUEST_STATUSES).optional(),
        toolId: z.string().max(64).optional(),
        /** `asc`: oldest first, as a queue is worked through. */
        order: z.enum(['asc', 'desc']).default('desc'),
        ...PageSchema,
      }),
    )
    .query(async ({ ctx, input }) => {
      const { status, toolId, ...page } = input;
      const { total, rows } = await listRequests(ctx.db, { status, toolId }, page);
      const label = await personLabeler(ctx.db);
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          deviceId: r.device_id,
          kind: r.kind,
          toolId: r.tool_id,
          person: label({ id: r.user_id, email: r.email }),
          reason: r.reason,
          status: r.status,
          note: r.note,
          decidedBy: r.decided_by,
          decidedAt: r.decided_at === null ? null : Number(r.decided_at),
          at: Number(r.at),
        })),
      };
    }),

  /**
   * The answer reaches the requester's browser on its next pull (the config version moves).
   * `scope: 'person'` (the default): an approval becomes an exception for this person ("approved
   * for you", until `until` or withdrawn). `scope: 'everyone'`: the tool's decision follows the
   * answer and the tool's other pending requests get the same answer, each audited.
   */
  answer: adminProcedure
    .input(
      z.strictObject({
        id: z.string().max(64),
        /** Needed only when two devices used the same request id (then `list` shows both). */
        deviceId: z.string().max(64).optional(),
        status: z.enum(['approved', 'denied']),
        note: z.nullable(textSchema(LIMITS.reasonText)),
        scope: z.enum(['person', 'everyone']).default('person'),
        until: z.nullable(TimestampSchema).default(null),
      }),
    )
    .mutation(({ ctx, input }) =>
      adminTx(
        ctx,
        (r: AnswerResult) => ({
          action: `request.${input.status}`,
          target: input.id,
          details: { note: input.note, scope: input.scope, until: input.until, closed: r.closed },
          affectsDevices: true,
        }),
        (trx, now) => answerRequest(trx, input, actorOf(ctx.staff), now),
      ),
    ),
});
