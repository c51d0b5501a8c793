import { LIMITS, REQUEST_STATUSES, textSchema } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { personLabeler } from '../../security/people';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { actorOf, adminTx } from './admin-tx';
import { PageSchema } from './pagination';
import { requestAnswered } from '../../webhooks/hooks';

export const requestsRouter = router({
  list: staffReadProcedure
    .input(
      z.strictObject({
        status: z.enum(REQUEST_STATUSES).optional(),
        toolId: z.string().max(64).optional(),
        ...PageSchema,
      }),
    )
    .query(async ({ ctx, input }) => {
      let q = ctx.db.selectFrom('requests').innerJoin('users', 'users.id', 'requests.user_id');
      if (input.status) q = q.where('requests.status', '=', input.status);
      if (input.toolId) q = q.where('requests.tool_id', '=', input.toolId);
      const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q
        .select([
          'requests.id',
          'requests.device_id',
          'requests.kind',
          'requests.tool_id',
          'requests.reason',
          'requests.status',
          'requests.note',
        ])
        .select([
          'requests.decided_by',
          'requests.decided_at',
          'requests.at',
          'users.id as user_id',
          'users.email',
        ])
        .orderBy('requests.at', 'desc')
        .limit(input.limit)
        .offset(input.offset)
        .execute();
      const label = await personLabeler(ctx.db);
      return {
        total: Number(total.n),
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

  /** The answer reaches the requester's browser on its next pull (the config version moves). */
  answer: adminProcedure
    .input(
      z.strictObject({
        id: z.string().max(64),
        /** Needed only when two devices used the same request id (then `list` shows both). */
        deviceId: z.string().max(64).optional(),
        status: z.enum(['approved', 'denied']),
        note: textSchema(LIMITS.reasonText).nullable(),
      }),
    )
    .mutation(({ ctx, input }) =>
      adminTx(
        ctx,
        {
          action: `request.${input.status}`,
          target: input.id,
          details: { note: input.note },
          affectsDevices: true,
        },
        async (trx, now) => {
          let matching = trx.selectFrom('requests').select('device_id').where('id', '=', input.id);
          if (input.deviceId) matching = matching.where('device_id', '=', input.deviceId);
          const rows = await matching.execute();
          if (rows.length === 0)
            throw new TRPCError({ code: 'NOT_FOUND', message: `no request "${input.id}"` });
          // Two devices may have used the same id: answering both by accident would be wrong.
          if (rows.length > 1)
            throw new TRPCError({
              code: 'CONFLICT',
              message: `request "${input.id}" exists on ${rows.length} devices; pass deviceId`,
            });
          // Changing an earlier answer is allowed (an admin may withdraw an approval); the audit
          // log keeps every answer.
          await trx
            .updateTable('requests')
            .set({ status: input.status, note: input.note, decided_by: actorOf(ctx.staff), decided_at: now })
            .where('id', '=', input.id)
            .where('device_id', '=', rows[0]!.device_id)
            .execute();
          await requestAnswered(trx, {
            id: input.id,
            deviceId: rows[0]!.device_id,
            status: input.status,
            decidedAt: now,
          });
          return { id: input.id, status: input.status, note: input.note, decidedAt: now };
        },
      ),
    ),
});
