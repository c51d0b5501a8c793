import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  LINK_DEFAULT_DAYS,
  LINK_MAX_DAYS,
  createPersonalLinks,
} from '../../db/repositories/personal-links.repository';
import { peopleWithoutBrowser, splitByDirectory } from '../../identity/link-targets';
import { adminProcedure, router } from '../../trpc';
import { adminTx } from './admin-tx';

const Days = z.number().int().min(1).max(LINK_MAX_DAYS).default(LINK_DEFAULT_DAYS);
const MAX_LINKS = 20_000;

/**
 * Personal enrolment links (issue 14, step 3): for installs without an identity provider. Each link
 * is shown once (path with the secret in its fragment); the server keeps its SHA-256. Audit entries
 * carry counts, never emails.
 */
export const linksRouter = router({
  create: adminProcedure
    .input(z.strictObject({ emails: z.array(z.string().max(320)).min(1).max(MAX_LINKS), days: Days }))
    .mutation(async ({ ctx, input }) => {
      const { known, unknown } = await splitByDirectory(ctx.db, input.emails);
      if (unknown.length > 0)
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `not in the people directory: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}; add them first`,
        });
      return issue(ctx, known, input.days);
    }),

  /** A link for everyone in the directory (or one department) who has no browser enrolled yet. */
  createForUnenrolled: adminProcedure
    .input(z.strictObject({ department: z.string().max(200).nullable().default(null), days: Days }))
    .mutation(async ({ ctx, input }) => {
      const emails = await peopleWithoutBrowser(ctx.db, input.department);
      if (emails.length > MAX_LINKS)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `more than ${MAX_LINKS} people; choose a department`,
        });
      return issue(ctx, emails, input.days);
    }),
});

function issue(ctx: Parameters<typeof adminTx>[0], emails: string[], days: number) {
  return adminTx(
    ctx,
    (links: unknown[]) => ({
      action: 'personalLink.create',
      target: 'personal_links',
      details: { links: links.length, days },
      affectsDevices: false,
    }),
    (trx, now) => createPersonalLinks(trx, emails, days, now),
  );
}
