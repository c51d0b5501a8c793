import { ToolSchema, catalog } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  deleteOrgTool,
  getOrgTool,
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
