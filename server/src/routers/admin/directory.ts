import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  listDepartments,
  removeDirectoryPerson,
  upsertPeople,
} from '../../db/repositories/people.repository';
import { CHASE_FILTERS, chaseList } from '../../identity/chase-list';
import { listDirectory } from '../../identity/directory-list';
import { personLabeler } from '../../security/people';
import { CSV_MAX_CHARS, parsePeopleCsv } from '../../identity/people-csv';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { adminTx } from './admin-tx';
import { PageSchema } from './pagination';

const Email = z
  .string()
  .trim()
  .max(320)
  .regex(/^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/, 'not an email address')
  .transform((e) => e.toLowerCase());
const Text = z
  .string()
  .trim()
  .max(200)
  .nullable()
  .transform((v) => (v === '' ? null : v));

const PersonInput = z.strictObject({
  email: Email,
  name: Text.default(null),
  department: Text.default(null),
  managerEmail: Email.nullable().default(null),
});

/**
 * The people directory (issue 14, step 5). Audit entries never name a person (the audit log is
 * hash-chained and cannot forget an email): they carry counts only.
 */
export const directoryRouter = router({
  /** The chase list: who has not accepted, never accepted, registered data beyond what is allowed, has no browser. */
  chase: staffReadProcedure
    .input(
      z.strictObject({
        filter: z.enum(CHASE_FILTERS).default('all'),
        department: z.string().max(200).optional(),
        ...PageSchema,
      }),
    )
    .query(async ({ ctx, input }) => ({
      ...(await chaseList(ctx.db, await personLabeler(ctx.db), input)),
      departments: await listDepartments(ctx.db),
    })),

  list: staffReadProcedure
    .input(z.strictObject({ department: z.string().max(200).optional(), ...PageSchema }))
    .query(async ({ ctx, input }) => ({
      ...(await listDirectory(ctx.db, input)),
      departments: await listDepartments(ctx.db),
    })),

  /** `dryRun` checks the file and answers what would be imported; nothing is stored unless every row is good. */
  import: adminProcedure
    .input(z.strictObject({ csv: z.string().max(CSV_MAX_CHARS + 1), dryRun: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      const parsed = parsePeopleCsv(input.csv);
      if (!parsed.ok)
        return {
          imported: 0,
          wouldImport: 0,
          problems: parsed.problems.slice(0, 200),
          problemCount: parsed.problems.length,
        };
      if (input.dryRun)
        return { imported: 0, wouldImport: parsed.people.length, problems: [], problemCount: 0 };
      return adminTx(
        ctx,
        {
          action: 'directory.import',
          target: 'people',
          details: { people: parsed.people.length },
          affectsDevices: false,
        },
        async (trx, now) => {
          await upsertPeople(trx, parsed.people, 'csv', now);
          return { imported: parsed.people.length, wouldImport: 0, problems: [], problemCount: 0 };
        },
      );
    }),

  /** Adds a person or replaces what the directory says about them. */
  put: adminProcedure.input(PersonInput).mutation(({ ctx, input }) => {
    if (input.managerEmail === input.email)
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'a person cannot be their own manager' });
    return adminTx(
      ctx,
      { action: 'directory.put', target: 'people', details: { people: 1 }, affectsDevices: false },
      async (trx, now) => {
        await upsertPeople(trx, [input], 'manual', now);
        return { email: input.email };
      },
    );
  }),

  /** Removes the directory entry only; the person's records and devices stay (erasure is people.erase). */
  remove: adminProcedure.input(z.strictObject({ email: Email })).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'directory.remove', target: 'people', details: { people: 1 }, affectsDevices: false },
      async (trx) => {
        if (!(await removeDirectoryPerson(trx, input.email)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `${input.email} is not in the directory` });
        return { removed: input.email };
      },
    ),
  ),
});
