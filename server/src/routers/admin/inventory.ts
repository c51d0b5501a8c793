import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { getSettings } from '../../db/repositories/config.repository';
import { BypassFilterSchema, bypassSummary, listBypasses } from '../../inventory/bypasses';
import { overview } from '../../inventory/overview';
import { InventoryQuerySchema, queryInventory } from '../../inventory/query';
import { toolDetail } from '../../inventory/tool-detail';
import { inventoryTool, inventoryTools } from '../../inventory/tools';
import { inventoryUsers, userDetail } from '../../inventory/users';
import { personLabeler } from '../../security/people';
import { router, staffReadProcedure } from '../../trpc';
import { PageSchema } from './pagination';

export const inventoryRouter = router({
  /** Per tool, paged, filtered and sorted on the server. */
  tools: staffReadProcedure.input(InventoryQuerySchema).query(async ({ ctx, input }) => {
    const now = ctx.now();
    return queryInventory(await inventoryTools(ctx.db, now), input, now);
  }),

  tool: staffReadProcedure
    .input(z.strictObject({ toolId: z.string().max(64), days: z.number().int().min(7).max(365).default(90) }))
    .query(async ({ ctx, input }) => {
      const now = ctx.now();
      const row = await inventoryTool(ctx.db, now, input.toolId);
      if (!row)
        throw new TRPCError({ code: 'NOT_FOUND', message: `no inventory entry for "${input.toolId}"` });
      return toolDetail(ctx.db, row, await personLabeler(ctx.db), now, input.days);
    }),

  users: staffReadProcedure
    .input(z.strictObject({ search: z.string().max(100).optional(), ...PageSchema }))
    .query(async ({ ctx, input }) => {
      const { privacyMode } = await getSettings(ctx.db);
      return inventoryUsers(ctx.db, await personLabeler(ctx.db), {
        ...input,
        pseudonymous: privacyMode === 'pseudonymous',
      });
    }),

  user: staffReadProcedure
    .input(z.strictObject({ userId: z.string().max(64) }))
    .query(async ({ ctx, input }) => {
      const detail = await userDetail(ctx.db, await personLabeler(ctx.db), input.userId);
      if (!detail) throw new TRPCError({ code: 'NOT_FOUND', message: `no user "${input.userId}"` });
      return detail;
    }),

  overview: staffReadProcedure.query(async ({ ctx }) => overview(ctx.db, ctx.now())),

  /** Reasons given to open a prohibited tool, newest first; by tool, person and period. */
  bypasses: staffReadProcedure
    .input(BypassFilterSchema.extend(PageSchema))
    .query(async ({ ctx, input }) => listBypasses(ctx.db, await personLabeler(ctx.db), input, ctx.now())),

  /** "Opened with a reason" in the last `days` days, for the overview. */
  bypassSummary: staffReadProcedure
    .input(z.strictObject({ days: z.number().int().min(1).max(365).default(7) }))
    .query(({ ctx, input }) => bypassSummary(ctx.db, ctx.now(), input.days)),
});
