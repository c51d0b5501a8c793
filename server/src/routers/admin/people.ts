import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { AlreadyErasedError, erasePerson, findPerson, UnknownPersonError } from '../../rights/erase';
import { exportPerson } from '../../rights/export';
import { adminProcedure, router } from '../../trpc';
import { adminTx } from './admin-tx';

/** One person by email (the CLI, a request by mail) or by user id (the dashboard's person page). */
const PersonRef = z.union([
  z.strictObject({ email: z.string().min(1).max(320) }),
  z.strictObject({ userId: z.string().min(1).max(64) }),
]);

async function resolvePerson(db: Db, ref: z.infer<typeof PersonRef>) {
  try {
    if ('email' in ref) return await findPerson(db, ref.email);
  } catch (error) {
    if (error instanceof UnknownPersonError)
      throw new TRPCError({ code: 'NOT_FOUND', message: error.message });
    throw error;
  }
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'created_at', 'erased_at'])
    .where('id', '=', ref.userId)
    .executeTakeFirst();
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: `no person with the id "${ref.userId}"` });
  return user;
}

/** Data subject rights (GDPR Art. 15 and 17): admins only, since both hand out or destroy personal data. */
export const peopleRouter = router({
  export: adminProcedure.input(PersonRef).query(async ({ ctx, input }) => {
    const user = await resolvePerson(ctx.db, input);
    return exportPerson(ctx.db, user);
  }),

  /** The audit entry names the user id only: the log is hash-chained and must never hold the email. */
  erase: adminProcedure.input(PersonRef).mutation(async ({ ctx, input }) => {
    const user = await resolvePerson(ctx.db, input);
    if (user.erased_at !== null)
      throw new TRPCError({ code: 'CONFLICT', message: "this person's data was erased already" });
    return adminTx(
      ctx,
      (summary: Awaited<ReturnType<typeof erasePerson>>) => ({
        action: 'person.erase',
        target: user.id,
        details: { note: summary.note },
        affectsDevices: true,
      }),
      async (trx, now) => {
        try {
          return await erasePerson(trx, user.id, now);
        } catch (error) {
          if (error instanceof AlreadyErasedError)
            throw new TRPCError({ code: 'CONFLICT', message: error.message });
          throw error;
        }
      },
    );
  }),
});
