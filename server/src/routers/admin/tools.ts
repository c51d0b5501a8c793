import { ToolSchema, catalog } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  deleteOrgTool,
  getOrgTool,
  getOrgTools,
  insertOrgTool,
  listOrgTools,
  updateOrgTool,
} from '../../db/repositories/org-tools.repository';
import { catalogTool } from '../../tools/known-tools';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { adminTx } from './admin-tx';

export const toolsRouter = router({
  /** The shared catalog the server and every browser know. */
  catalog: staffReadProcedure.query(() => catalog),

  /** Tools the organisation defined (internal AI systems, self-reported tools, catalog gaps). */
  list: staffReadProcedure.query(({ ctx }) => listOrgTools(ctx.db)),

  /** The tools with these ids (catalog or organisation) that exist: names for a page, not every tool. */
  get: staffReadProcedure
    .input(z.strictObject({ ids: z.array(z.string().max(64)).min(1).max(500) }))
    .query(async ({ ctx, input }) => {
      const ids = [...new Set(input.ids)];
      const org = new Map((await getOrgTools(ctx.db, ids)).map((t) => [t.id, t]));
      return ids.flatMap((id) => org.get(id) ?? catalogTool(id) ?? []);
    }),

  create: adminProcedure.input(ToolSchema).mutation(async ({ ctx, input }) => {
    if (catalogTool(input.id))
      throw new TRPCError({ code: 'CONFLICT', message: `id: "${input.id}" is a catalog tool` });
    if (await getOrgTool(ctx.db, input.id))
      throw new TRPCError({ code: 'CONFLICT', message: `id: "${input.id}" already exists` });
    return adminTx(
      ctx,
      { action: 'tool.create', target: input.id, details: { ...input }, affectsDevices: true },
      async (trx, now) => {
        await insertOrgTool(trx, input, now);
        return input;
      },
    );
  }),

  update: adminProcedure.input(ToolSchema).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'tool.update', target: input.id, details: { ...input }, affectsDevices: true },
      async (trx, now) => {
        if (!(await updateOrgTool(trx, input, now)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `no organisation tool "${input.id}"` });
        return input;
      },
    ),
  ),

  /** Removes the tool definition; its history (usage, registrations, decisions) stays as evidence. */
  delete: adminProcedure.input(z.strictObject({ id: z.string().max(64) })).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'tool.delete', target: input.id, details: {}, affectsDevices: true },
      async (trx) => {
        if (!(await deleteOrgTool(trx, input.id)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `no organisation tool "${input.id}"` });
        return { deleted: input.id };
      },
    ),
  ),
});
