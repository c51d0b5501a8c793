import { LIMITS, TimestampSchema, textSchema, type ToolStatus } from '@lantern/shared';
import { z } from 'zod';
import { appendAudit } from '../../db/repositories/audit.repository';
import { pendingQueue } from '../../db/repositories/requests.repository';
import { adminProcedure, staffReadProcedure } from '../../trpc';
import { actorOf, adminTx } from './admin-tx';
import { answerRequest } from './request-answers';

/**
 * The requests queue (issue 17 item 9): pending approval requests grouped by tool, oldest first,
 * and answers to many at once. Merged into the requests router.
 */
export const requestQueueProcedures = {
  queue: staffReadProcedure.query(async ({ ctx }) => {
    const rows = await pendingQueue(ctx.db, 1000);
    return rows.map((r) => ({
      toolId: r.tool_id,
      decision: (r.status ?? null) as ToolStatus | null,
      pending: Number(r.pending),
      people: Number(r.people),
      oldestAt: Number(r.oldest_at),
      newestAt: Number(r.newest_at),
    }));
  }),

  /** The same answer to many requests, each for its own requester (approvals become exceptions). */
  answerMany: adminProcedure
    .input(
      z.strictObject({
        requests: z
          .array(z.strictObject({ id: z.string().max(64), deviceId: z.string().max(64) }))
          .min(1)
          .max(200),
        status: z.enum(['approved', 'denied']),
        note: z.nullable(textSchema(LIMITS.reasonText)),
        until: z.nullable(TimestampSchema).default(null),
      }),
    )
    .mutation(({ ctx, input }) =>
      adminTx(
        ctx,
        {
          action: 'request.answerMany',
          target: input.requests.map((r) => r.id).join(','),
          details: {
            status: input.status,
            note: input.note,
            until: input.until,
            count: input.requests.length,
          },
          affectsDevices: true,
        },
        async (trx, now) => {
          const actor = actorOf(ctx.staff);
          const out = [];
          for (const r of input.requests) {
            const answer = {
              ...r,
              status: input.status,
              note: input.note,
              until: input.until,
              scope: 'person' as const,
            };
            out.push(await answerRequest(trx, answer, actor, now));
            const details = { note: input.note, scope: 'person', until: input.until, bulk: true };
            await appendAudit(trx, { actor, action: `request.${input.status}`, target: r.id, details }, now);
          }
          return out;
        },
      ),
    ),
};
