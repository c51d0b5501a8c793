import {
  BASELINE_RELEASE_VERSION,
  ToolIdSchema,
  ToolOverrideInputSchema,
  applyOverride,
} from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  activeCatalog,
  activeCatalogTool,
  activeSupplierProfile,
  refreshActiveCatalog,
} from '../../catalog/active';
import { newestRelease } from '../../db/repositories/catalog-releases.repository';
import {
  deleteOverride,
  getOverride,
  listOverrides,
  putOverride,
} from '../../db/repositories/tool-overrides.repository';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { actorOf, adminTx } from './admin-tx';

const ToolRef = z.strictObject({ toolId: ToolIdSchema });
/** Suggestions per search: enough to pick from while typing; typing more narrows them. */
const SEARCH_LIMIT = 20;
const SearchInput = z.strictObject({ text: z.string().trim().min(1).max(100) });

/** The catalog as data: which release is in use, and the organisation's overrides of its tools. */
export const catalogRouter = router({
  /** The release in use and where it came from; `installed` is null while the compiled catalog is used. */
  status: staffReadProcedure.query(async ({ ctx }) => {
    const active = await refreshActiveCatalog(ctx.db);
    const installed = (await newestRelease(ctx.db)) ?? null;
    return {
      version: active.version,
      tools: active.tools.length,
      baselineVersion: BASELINE_RELEASE_VERSION,
      installed,
      overrides: active.overrides.size,
    };
  }),

  overrides: staffReadProcedure.query(({ ctx }) => listOverrides(ctx.db)),

  /**
   * Catalog tools whose name or id contains the text, as the organisation names them (its renames
   * applied; retired and "not AI for us" tools left out), from the release in use: what the dashboard
   * offers for deciding on a tool before anyone uses it. An exact id comes first, then an exact name.
   */
  search: staffReadProcedure.input(SearchInput).query(async ({ ctx, input }) => {
    const active = await refreshActiveCatalog(ctx.db);
    const needle = input.text.toLowerCase();
    const found: { id: string; name: string; vendor: string; rank: number }[] = [];
    for (const published of active.tools) {
      const override = active.overrides.get(published.id);
      if (override?.retired || override?.notAi) continue;
      const tool = activeCatalogTool(published.id) ?? published;
      const name = tool.name.toLowerCase();
      if (!name.includes(needle) && !tool.id.includes(needle)) continue;
      const rank = tool.id === needle ? 2 : name === needle ? 1 : 0;
      found.push({ id: tool.id, name: tool.name, vendor: tool.vendor, rank });
    }
    found.sort((a, b) => b.rank - a.rank || a.name.localeCompare(b.name));
    return found.slice(0, SEARCH_LIMIT).map(({ id, name, vendor }) => ({ id, name, vendor }));
  }),

  /** One catalog tool as published, the organisation's override, and the result browsers classify with. */
  tool: staffReadProcedure.input(ToolRef).query(async ({ ctx, input }) => {
    const active = await refreshActiveCatalog(ctx.db);
    const published = active.byId.get(input.toolId) ?? null;
    const override = (await getOverride(ctx.db, input.toolId)) ?? null;
    const effective = published === null ? null : applyOverride(published, override ?? undefined);
    return { catalogVersion: active.version, published, override, effective };
  }),

  /**
   * Supplier risk facts per plan tier (ISO/IEC 42001 A.10.3) for any tool id: from the release in use,
   * every fact "not known" when none are recorded (organisation tools included).
   */
  supplier: staffReadProcedure.input(ToolRef).query(async ({ ctx, input }) => {
    const active = await refreshActiveCatalog(ctx.db);
    return { catalogVersion: active.version, profile: activeSupplierProfile(input.toolId) };
  }),

  /**
   * Renames a catalog tool, adds or removes its hostnames, retires it or marks it "not AI for us".
   * Kept by tool id apart from the catalog, so it applies to every later release too.
   */
  setOverride: adminProcedure.input(ToolOverrideInputSchema).mutation(async ({ ctx, input }) => {
    if (
      !activeCatalog().byId.has(input.toolId) &&
      !(await refreshActiveCatalog(ctx.db)).byId.has(input.toolId)
    )
      throw new TRPCError({ code: 'NOT_FOUND', message: `toolId: "${input.toolId}" is not a catalog tool` });
    const result = await adminTx(
      ctx,
      { action: 'catalog.override.set', target: input.toolId, details: { ...input }, affectsDevices: true },
      async (trx, now) => {
        await putOverride(trx, input, actorOf(ctx.staff), now);
        return input;
      },
    );
    await refreshActiveCatalog(ctx.db);
    return result;
  }),

  /** Back to the catalog's own data for this tool. */
  removeOverride: adminProcedure.input(ToolRef).mutation(async ({ ctx, input }) => {
    await adminTx(
      ctx,
      { action: 'catalog.override.remove', target: input.toolId, details: {}, affectsDevices: true },
      async (trx) => {
        if (!(await deleteOverride(trx, input.toolId)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `no override for "${input.toolId}"` });
      },
    );
    await refreshActiveCatalog(ctx.db);
    return { toolId: input.toolId };
  }),
});
