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
import { assertNoCatalogTakeover, assertOrgToolRoom } from '../../tools/org-tool-guards';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { adminTx } from './admin-tx';

/**
 * A tool definition, plus the admin's explicit consent when it claims hostnames the catalog already
 * attributes to another tool (the organisation's tool then wins there in every browser).
 */
const OrgToolInputSchema = z.strictObject({ ...ToolSchema.shape, overrideCatalog: z.boolean().optional() });

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

  create: adminProcedure.input(OrgToolInputSchema).mutation(async ({ ctx, input }) => {
    const { overrideCatalog = false, ...tool } = input;
    if (catalogTool(tool.id))
      throw new TRPCError({ code: 'CONFLICT', message: `id: "${tool.id}" is a catalog tool` });
    if (await getOrgTool(ctx.db, tool.id))
      throw new TRPCError({ code: 'CONFLICT', message: `id: "${tool.id}" already exists` });
    const takenOver = assertNoCatalogTakeover(tool, overrideCatalog);
    return adminTx(
      ctx,
      { action: 'tool.create', target: tool.id, details: { ...tool, takenOver }, affectsDevices: true },
      async (trx, now) => {
        await assertOrgToolRoom(trx, tool, false);
        await insertOrgTool(trx, tool, now);
        return tool;
      },
    );
  }),

  update: adminProcedure.input(OrgToolInputSchema).mutation(({ ctx, input }) => {
    const { overrideCatalog = false, ...tool } = input;
    const takenOver = assertNoCatalogTakeover(tool, overrideCatalog);
    return adminTx(
      ctx,
      { action: 'tool.update', target: tool.id, details: { ...tool, takenOver }, affectsDevices: true },
      async (trx, now) => {
        if (!(await getOrgTool(trx, tool.id)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `no organisation tool "${tool.id}"` });
        await assertOrgToolRoom(trx, tool, true);
        await updateOrgTool(trx, tool, now);
        return tool;
      },
    );
  }),

  /**
   * Removes the tool definition and its current decision; its history (usage, registrations, decision
   * history) stays as evidence.
   */
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
