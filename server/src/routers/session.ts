import { LIMITS } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { appendAudit } from '../db/repositories/audit.repository';
import { SESSION_TTL_MS, createSession, endSession } from '../db/repositories/sessions.repository';
import { findApiToken, touchApiToken } from '../db/repositories/tokens.repository';
import { SESSION_COOKIE } from '../http/request-auth';
import { publicProcedure, router, staffReadProcedure } from '../trpc';

/** The dashboard session cookie (also set by the OpenID Connect callback, http/oidc-routes.ts). */
export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/**
 * Dashboard sign-in: an admin or auditor token becomes an httpOnly, SameSite=Strict session cookie
 * (Secure over HTTPS). The CSRF token returned here must accompany every change as `x-lantern-csrf`.
 */
export const sessionRouter = router({
  signIn: publicProcedure
    .input(z.strictObject({ token: z.string().min(1).max(LIMITS.token) }))
    .mutation(async ({ ctx, input }) => {
      const staff = await findApiToken(ctx.db, input.token, ctx.now());
      if (!staff) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'unknown, revoked or expired token' });
      const now = ctx.now();
      const session = await ctx.db.transaction().execute(async (trx) => {
        const s = await createSession(trx, staff.id, now);
        await touchApiToken(trx, staff.id, now);
        await appendAudit(
          trx,
          {
            actor: `${staff.role}:${staff.name} (${staff.id.slice(0, 8)})`,
            action: 'session.signIn',
            target: s.id,
            details: {},
          },
          now,
        );
        return s;
      });
      ctx.setCookie?.(sessionCookie(session.token, SESSION_TTL_MS / 1000, ctx.secure === true));
      return { role: staff.role, name: staff.name, csrfToken: session.csrf, expiresAt: session.expiresAt };
    }),

  me: staffReadProcedure.query(({ ctx }) => ({
    role: ctx.staff.role,
    name: ctx.staff.name,
    via: ctx.staff.via,
  })),

  signOut: staffReadProcedure.mutation(async ({ ctx }) => {
    if (!ctx.staff.csrfOk)
      throw new TRPCError({ code: 'FORBIDDEN', message: 'missing or wrong x-lantern-csrf header' });
    if (ctx.staff.sessionId) await endSession(ctx.db, ctx.staff.sessionId, ctx.now());
    ctx.setCookie?.(sessionCookie('', 0, ctx.secure === true));
    return { signedOut: true };
  }),
});
