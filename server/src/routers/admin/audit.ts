import { z } from 'zod';
import { verifyAllCached } from '../../audit/verify-cache';
import { listAudit } from '../../db/repositories/audit.repository';
import { router, staffReadProcedure } from '../../trpc';

export const auditRouter = router({
  /** Newest first; page with `beforeSeq`. */
  list: staffReadProcedure
    .input(
      z.strictObject({
        limit: z.number().int().min(1).max(500).default(100),
        beforeSeq: z.number().int().min(1).optional(),
      }),
    )
    .query(async ({ ctx, input }) =>
      (await listAudit(ctx.db, input)).map((r) => ({
        seq: Number(r.seq),
        at: Number(r.at),
        actor: r.actor,
        action: r.action,
        target: r.target,
        details: JSON.parse(r.details) as unknown,
        hash: r.hash,
      })),
    ),

  /** Cached while the chain heads are unchanged, for up to a minute (audit/verify-cache.ts). */
  verify: staffReadProcedure.query(({ ctx }) => verifyAllCached(ctx.db, ctx.now())),
});
