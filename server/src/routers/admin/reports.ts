import { LIMITS, TOOL_CATEGORIES, textSchema } from '@lantern/shared';
import { z } from 'zod';
import { personLabeler } from '../../security/people';
import { acceptReport, dismissReport } from '../../tools/accept-report';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { actorOf, adminTx } from './admin-tx';
import { PageSchema } from './pagination';

export const REPORT_STATUSES = ['open', 'accepted', 'dismissed'] as const;
/** Reporters named per row; `people` counts them all. */
const REPORTERS_SHOWN = 5;

/**
 * Tools employees reported that Lantern did not know (self-reports): a review queue. A report changes
 * nothing in any browser until an admin accepts it into the organisation's tools.
 */
export const reportsRouter = router({
  list: staffReadProcedure
    .input(z.strictObject({ status: z.enum(REPORT_STATUSES).optional(), ...PageSchema }))
    .query(async ({ ctx, input }) => {
      let q = ctx.db.selectFrom('reported_tools');
      if (input.status) q = q.where('status', '=', input.status);
      const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q
        .selectAll()
        .orderBy('last_reported_at', 'desc')
        .orderBy('id')
        .limit(input.limit)
        .offset(input.offset)
        .execute();
      const ids = rows.map((r) => r.id);
      const reporters =
        ids.length === 0
          ? []
          : await ctx.db
              .selectFrom('reported_tool_reporters')
              .innerJoin('users', 'users.id', 'reported_tool_reporters.user_id')
              .select(['reported_tool_id', 'users.id', 'users.email', 'first_at'])
              .where('reported_tool_id', 'in', ids)
              .orderBy('first_at')
              .execute();
      const label = await personLabeler(ctx.db);
      return {
        total: Number(total.n),
        rows: rows.map((r) => {
          const who = reporters.filter((p) => p.reported_tool_id === r.id);
          return {
            id: r.id,
            name: r.name,
            hostname: r.hostname,
            category: r.category,
            status: r.status,
            reports: Number(r.reports),
            people: who.length,
            reporters: who.slice(0, REPORTERS_SHOWN).map((p) => label({ id: p.id, email: p.email })),
            firstReportedAt: Number(r.first_reported_at),
            lastReportedAt: Number(r.last_reported_at),
            decidedBy: r.decided_by,
            decidedAt: r.decided_at === null ? null : Number(r.decided_at),
          };
        }),
      };
    }),

  /** Makes it an organisation tool under review, in every browser from its next pull. */
  accept: adminProcedure
    .input(
      z.strictObject({
        id: z.string().max(64),
        name: z.optional(textSchema(LIMITS.shortText, 1)),
        vendor: z.optional(textSchema(LIMITS.shortText, 1)),
        category: z.enum(TOOL_CATEGORIES).optional(),
        domains: z.array(z.string().max(LIMITS.hostname)).max(LIMITS.listPerTool).optional(),
        /** Needed when a domain is one the catalog attributes to another tool. */
        overrideCatalog: z.boolean().optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { id, ...changes } = input;
      return adminTx(
        ctx,
        (out: Awaited<ReturnType<typeof acceptReport>>) => ({
          action: 'report.accept',
          target: id,
          details: { tool: out.tool, takenOver: out.takenOver },
          affectsDevices: true,
        }),
        async (trx, now) => acceptReport(trx, id, changes, actorOf(ctx.staff), now),
      );
    }),

  /** Closes the report; its pending requests are denied with the note (the reporters see it). */
  dismiss: adminProcedure
    .input(
      z.strictObject({
        id: z.string().max(64),
        note: z.nullable(textSchema(LIMITS.reasonText)).default(null),
      }),
    )
    .mutation(({ ctx, input }) =>
      adminTx(
        ctx,
        { action: 'report.dismiss', target: input.id, details: { note: input.note }, affectsDevices: true },
        (trx, now) => dismissReport(trx, input.id, input.note, actorOf(ctx.staff), now),
      ),
    ),
});
