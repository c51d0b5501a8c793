import {
  DATA_CLASSES,
  LITERACY_LIMITS,
  LiteracyRuleSchema,
  ModuleContentSchema,
  ModuleIdSchema,
  RULE_MODES,
  TOOL_CATEGORIES,
  TOOL_STATUSES,
} from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  currentModules,
  moduleVersion,
  moduleVersions,
  publishModule,
} from '../../db/repositories/literacy-modules.repository';
import { insertRule, listRules, removeRule } from '../../db/repositories/literacy-rules.repository';
import { coverageRows, requirements } from '../../literacy/coverage';
import { IMPORT_MAX_CHARS, importCompletions } from '../../literacy/import';
import { personLabeler } from '../../security/people';
import { loadKnownTools } from '../../tools/known-tools';
import { adminProcedure, router, staffReadProcedure } from '../../trpc';
import { actorOf, adminTx } from './admin-tx';

export const PublishModuleInputSchema = z.strictObject({ id: ModuleIdSchema, content: ModuleContentSchema });

export const AddRuleInputSchema = z.strictObject({
  moduleId: ModuleIdSchema,
  toolId: LiteracyRuleSchema.shape.toolId,
  toolCategory: z.enum(TOOL_CATEGORIES).nullable(),
  decisionStatus: z.enum(TOOL_STATUSES).nullable(),
  dataClass: z.enum(DATA_CLASSES).nullable(),
  annexIII: z.literal(true).nullable(),
  department: LiteracyRuleSchema.shape.department,
  dueDays: LiteracyRuleSchema.shape.dueDays,
  renewalDays: LiteracyRuleSchema.shape.renewalDays,
  mode: z.enum(RULE_MODES),
});

const bad = (message: string) => new TRPCError({ code: 'BAD_REQUEST', message });

/** Modules, the rules requiring them and who stands where: reads for staff, changes for admins. */
export const literacyRouter = router({
  modules: staffReadProcedure.query(({ ctx }) => currentModules(ctx.db)),

  module: staffReadProcedure.input(z.strictObject({ id: ModuleIdSchema })).query(async ({ ctx, input }) => {
    const versions = await moduleVersions(ctx.db, input.id);
    if (versions.length === 0) throw new TRPCError({ code: 'NOT_FOUND', message: `no module "${input.id}"` });
    return versions;
  }),

  /** Creates a module (version 1) or publishes its next version; identical content is refused. */
  publish: adminProcedure.input(PublishModuleInputSchema).mutation(async ({ ctx, input }) => {
    const current = await moduleVersion(ctx.db, input.id);
    if (current === null && (await currentModules(ctx.db, true)).length >= LITERACY_LIMITS.modules)
      throw bad(`an organisation keeps at most ${LITERACY_LIMITS.modules} modules`);
    return adminTx(
      ctx,
      (m: { id: string; version: number; sha256: string }) => ({
        action: 'literacy.module.publish',
        target: `${m.id}@v${m.version}`,
        details: { title: input.content.title, sha256: m.sha256 },
        affectsDevices: true,
      }),
      async (trx, now) => {
        const m = await publishModule(trx, input.id, input.content, actorOf(ctx.staff), now);
        if (current !== null && current.sha256 === m.sha256)
          throw bad(`module "${input.id}" version ${current.version} already has exactly this content`);
        return m;
      },
    );
  }),

  rules: staffReadProcedure.query(({ ctx }) => listRules(ctx.db)),

  addRule: adminProcedure.input(AddRuleInputSchema).mutation(async ({ ctx, input }) => {
    if ((await moduleVersion(ctx.db, input.moduleId)) === null)
      throw bad(`moduleId: unknown module "${input.moduleId}"`);
    if (input.toolId !== null && !(await loadKnownTools(ctx.db)).has(input.toolId))
      throw bad(`toolId: unknown tool "${input.toolId}"`);
    if ((await listRules(ctx.db)).length >= LITERACY_LIMITS.rules)
      throw bad(`an organisation keeps at most ${LITERACY_LIMITS.rules} rules`);
    return adminTx(
      ctx,
      (r: { id: string }) => ({
        action: 'literacy.rule.add',
        target: r.id,
        details: { ...input },
        affectsDevices: true,
      }),
      (trx, now) => insertRule(trx, input, actorOf(ctx.staff), now),
    );
  }),

  removeRule: adminProcedure.input(z.strictObject({ id: z.uuid() })).mutation(({ ctx, input }) =>
    adminTx(
      ctx,
      { action: 'literacy.rule.remove', target: input.id, details: {}, affectsDevices: true },
      async (trx, now) => {
        if (!(await removeRule(trx, input.id, now)))
          throw new TRPCError({ code: 'NOT_FOUND', message: `no rule ${input.id}` });
        return { removed: input.id };
      },
    ),
  ),

  /** Per module and department: required, done, due, overdue; and the people behind the counts. */
  coverage: staffReadProcedure
    .input(z.strictObject({ moduleId: z.optional(ModuleIdSchema) }).optional())
    .query(async ({ ctx, input }) => {
      const [all, label] = await Promise.all([requirements(ctx.db, ctx.now()), personLabeler(ctx.db)]);
      const list = input?.moduleId === undefined ? all : all.filter((r) => r.moduleId === input.moduleId);
      return {
        rows: coverageRows(list),
        people: list.map(({ email, ...r }) => ({ ...r, person: label({ id: r.userId, email }) })),
      };
    }),

  /** One person's modules (the person page). */
  person: staffReadProcedure
    .input(z.strictObject({ userId: z.string().min(1).max(64) }))
    .query(async ({ ctx, input }) => {
      const all = await requirements(ctx.db, ctx.now());
      return all.filter((r) => r.userId === input.userId).map(({ email: _email, ...r }) => r);
    }),

  /** Completions done elsewhere (an LMS): CSV `email,module_id,date`; all rows or none. */
  importCompletions: adminProcedure
    .input(z.strictObject({ csv: z.string().min(1).max(IMPORT_MAX_CHARS) }))
    .mutation(({ ctx, input }) => importCompletions(ctx, input.csv)),
});
