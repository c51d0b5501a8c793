import { checkWorkspaceIds, DecisionInputSchema, ENFORCEMENTS, TOOL_STATUSES } from '@lantern/shared';
import type { DecisionInput } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { DECISION_SORTS, pageDecisions } from '../../db/repositories/decision-page.repository';
import {
  decisionHistory,
  deleteDecision,
  listDecisions,
  upsertDecision,
} from '../../db/repositories/decisions.repository';
import { catalogTool, loadKnownTools } from '../../tools/known-tools';
import { assertDecisionRoom } from '../../tools/org-tool-guards';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { actorOf, adminTx } from './admin-tx';
import { OrderSchema, PageSchema } from './pagination';

export const DecisionPageInputSchema = z.strictObject({
  /** Case-insensitive part of the tool's id or name. */
  search: z.string().max(100).optional(),
  status: z.array(z.enum(TOOL_STATUSES)).min(1).max(TOOL_STATUSES.length).optional(),
  enforcement: z.array(z.enum(ENFORCEMENTS)).min(1).max(ENFORCEMENTS.length).optional(),
  /** Only these tools: the current decisions behind a selection (as many as `setMany` takes). */
  toolIds: z.array(z.string().max(64)).min(1).max(500).optional(),
  sort: z.enum(DECISION_SORTS).default('name'),
  order: OrderSchema.default('asc'),
  ...PageSchema,
});

async function assertToolsKnown(db: Db, decisions: readonly DecisionInput[]): Promise<void> {
  const known = await loadKnownTools(db);
  decisions.forEach((d, i) => {
    const where = decisions.length > 1 ? `decisions[${i}].` : '';
    if (!known.has(d.toolId))
      throw new TRPCError({ code: 'BAD_REQUEST', message: `${where}toolId: unknown tool "${d.toolId}"` });
    if (d.alternativeToolId !== null && !known.has(d.alternativeToolId)) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `${where}alternativeToolId: unknown tool "${d.alternativeToolId}"`,
      });
    }
    if (d.alternativeToolId === d.toolId) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `${where}alternativeToolId: a tool cannot be its own alternative`,
      });
    }
  });
}

/**
 * "Company workspace only": identifiers checked against the vendor's format (workspace/validate.ts)
 * and normalised, so every browser gets the same header value. A clear error names the field.
 */
function withCheckedWorkspace(d: DecisionInput, where = ''): DecisionInput {
  if (!d.companyWorkspace) return d;
  const checked = checkWorkspaceIds(d.toolId, d.companyWorkspace.ids);
  if (!checked.ok)
    throw new TRPCError({ code: 'BAD_REQUEST', message: `${where}companyWorkspace.ids: ${checked.error}` });
  return { ...d, companyWorkspace: { ...d.companyWorkspace, ids: checked.ids } };
}

export const decisionsRouter = router({
  /** Every current decision. Kept for API clients; the dashboard pages through `page`. */
  list: staffReadProcedure.query(({ ctx }) => listDecisions(ctx.db)),

  /** Current decisions, filtered, sorted and paged on the server: `{ total, rows }`. */
  page: staffReadProcedure
    .input(DecisionPageInputSchema)
    .query(({ ctx, input }) => pageDecisions(ctx.db, input, (id) => catalogTool(id)?.name)),

  history: staffReadProcedure
    .input(z.strictObject({ toolId: z.string().max(64).optional() }))
    .query(({ ctx, input }) => decisionHistory(ctx.db, input.toolId)),

  set: adminProcedure.input(DecisionInputSchema).mutation(async ({ ctx, input: raw }) => {
    const input = withCheckedWorkspace(raw);
    await assertToolsKnown(ctx.db, [input]);
    return adminTx(
      ctx,
      { action: 'decision.set', target: input.toolId, details: { ...input }, affectsDevices: true },
      async (trx, now) => {
        await assertDecisionRoom(trx, [input.toolId]);
        return upsertDecision(trx, input, actorOf(ctx.staff), now);
      },
    );
  }),

  /** Removes a tool's current decision (its history stays): browsers fall back to no decision. */
  delete: adminProcedure.input(z.strictObject({ toolId: z.string().max(64) })).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'decision.delete', target: input.toolId, details: {}, affectsDevices: true },
      async (trx) => {
        if (!(await deleteDecision(trx, input.toolId)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `toolId: no decision for "${input.toolId}"` });
        return { deleted: input.toolId };
      },
    ),
  ),

  /** Many tools at once (the dashboard's bulk action): all or nothing, one config version bump. */
  setMany: adminProcedure
    .input(z.strictObject({ decisions: z.array(DecisionInputSchema).min(1).max(500) }))
    .mutation(async ({ ctx, input: raw }) => {
      const input = { decisions: raw.decisions.map((d, i) => withCheckedWorkspace(d, `decisions[${i}].`)) };
      await assertToolsKnown(ctx.db, input.decisions);
      const toolIds = input.decisions.map((d) => d.toolId);
      if (new Set(toolIds).size !== toolIds.length)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'decisions: a tool appears twice' });
      return adminTx(
        ctx,
        {
          action: 'decision.setMany',
          target: toolIds.join(','),
          details: { decisions: input.decisions },
          affectsDevices: true,
        },
        async (trx, now) => {
          await assertDecisionRoom(trx, toolIds);
          const out = [];
          for (const d of input.decisions) out.push(await upsertDecision(trx, d, actorOf(ctx.staff), now));
          return out;
        },
      );
    }),
});
