import { sql } from 'kysely';
import { getConfigVersion, getSettings } from '../db/repositories/config.repository';
import { router, staffReadProcedure } from '../trpc';

/** Audit actions that change what devices pull (their transactions bump the config version). */
const DEVICE_FACING = ['decision.%', 'policy.%', 'tool.%', 'request.%', 'settings.%'];

/**
 * Read-only figures the dashboard shows next to the approved-tool list: which config version the
 * server hands out, when it last changed, and how often browsers ask for it, so an admin can tell
 * when every online browser will have a change.
 */
export const dashboardRouter = router({
  syncStatus: staffReadProcedure.query(async ({ ctx }) => {
    const [configVersion, settings, last] = await Promise.all([
      getConfigVersion(ctx.db),
      getSettings(ctx.db),
      ctx.db
        .selectFrom('audit_log')
        .select(sql<number | null>`max(at)`.as('at'))
        .where((eb) => eb.or(DEVICE_FACING.map((p) => eb('action', 'like', p))))
        .executeTakeFirst(),
    ]);
    const lastChangeAt = last?.at === null || last?.at === undefined ? null : Number(last.at);
    return {
      configVersion,
      pullIntervalSeconds: settings.pullIntervalSeconds,
      lastChangeAt,
      /** Online browsers have the current version by then (null before any change). */
      everyBrowserBy: lastChangeAt === null ? null : lastChangeAt + settings.pullIntervalSeconds * 1000,
    };
  }),
});
