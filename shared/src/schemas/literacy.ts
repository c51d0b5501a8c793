import { z } from 'zod/mini';
import { ToolStatusSchema } from './decision';
import { DataClassSchema, Sha256Schema, TimestampSchema, ToolIdSchema, textSchema } from './primitives';
import { ToolCategorySchema } from './tool';

/**
 * AI literacy (EU AI Act Art. 4; ISO/IEC 42001 7.2, 7.3): short learning modules an admin writes,
 * and the rules that say who needs which one, for which tools. Module versions are content-hashed
 * like policy versions; a completion binds to the version and hash the employee saw.
 */
export const LITERACY_LIMITS = {
  moduleTitle: 200,
  moduleBody: 50_000,
  questions: 10,
  options: 6,
  questionText: 500,
  optionText: 200,
  /** Modules and rules one organisation keeps: what every browser pulls. */
  modules: 100,
  rules: 500,
  department: 120,
  /** Rows one LMS import may carry. */
  importRows: 10_000,
} as const;

/** Kebab-case, chosen by the admin: `ai-basics`, `hr-ai-use`. Stable across versions. */
export const ModuleIdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case module id'),
  );

export const QuestionSchema = z
  .strictObject({
    prompt: textSchema(LITERACY_LIMITS.questionText, 1),
    options: z
      .array(textSchema(LITERACY_LIMITS.optionText, 1))
      .check(z.minLength(2), z.maxLength(LITERACY_LIMITS.options)),
    /** Index into `options` of the right answer. */
    correct: z.number().check(z.int(), z.minimum(0)),
  })
  .check(
    z.refine((q) => q.correct < q.options.length, {
      message: 'correct must name one of the options',
      path: ['correct'],
    }),
  );
export type Question = z.infer<typeof QuestionSchema>;

/** What an admin writes; the server adds version, hash and publication. */
export const ModuleContentSchema = z
  .strictObject({
    title: textSchema(LITERACY_LIMITS.moduleTitle, 1),
    /** Markdown, rendered without raw HTML wherever it is shown. */
    body: textSchema(LITERACY_LIMITS.moduleBody, 1),
    /** An external course (https only), or null. */
    courseUrl: z.nullable(
      z.url({ protocol: /^https$/, error: 'must be an https link' }).check(z.maxLength(2000)),
    ),
    questions: z.array(QuestionSchema).check(z.maxLength(LITERACY_LIMITS.questions)),
    /** Percent of right answers needed; null exactly when there are no questions. */
    passMark: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
  })
  .check(
    z.refine((m) => (m.questions.length === 0) === (m.passMark === null), {
      message: 'a pass mark goes with questions, and questions need a pass mark',
      path: ['passMark'],
    }),
  );
export type ModuleContent = z.infer<typeof ModuleContentSchema>;

export const LiteracyModuleSchema = z.strictObject({
  id: ModuleIdSchema,
  version: z.number().check(z.int(), z.minimum(1)),
  /** SHA-256 of the content's canonical JSON (moduleContentHash): what a completion binds to. */
  sha256: Sha256Schema,
  title: ModuleContentSchema.shape.title,
  body: ModuleContentSchema.shape.body,
  courseUrl: ModuleContentSchema.shape.courseUrl,
  questions: ModuleContentSchema.shape.questions,
  passMark: ModuleContentSchema.shape.passMark,
  publishedAt: TimestampSchema,
});
export type LiteracyModule = z.infer<typeof LiteracyModuleSchema>;

export const RULE_MODES = ['acknowledge', 'block'] as const;
export const RuleModeSchema = z.enum(RULE_MODES);
export type RuleMode = z.infer<typeof RuleModeSchema>;

/** Which uses a rule covers. Every selector given must match (AND); null matches anything. */
export const RuleSelectorSchema = z.strictObject({
  toolId: z.nullable(ToolIdSchema),
  toolCategory: z.nullable(ToolCategorySchema),
  decisionStatus: z.nullable(ToolStatusSchema),
  /** The person registered the tool for this data class. */
  dataClass: z.nullable(DataClassSchema),
  /** True: the person registered the tool for a purpose in an EU AI Act Annex III area. */
  annexIII: z.nullable(z.literal(true)),
});
export type RuleSelector = z.infer<typeof RuleSelectorSchema>;

/** A rule as a browser receives it: the department was already matched by the server. */
export const DeviceRuleSchema = z.strictObject({
  id: z.uuid(),
  moduleId: ModuleIdSchema,
  ...RuleSelectorSchema.shape,
  /** Days from the first use (or the rule's creation, if later) until the module is overdue. */
  dueDays: z.number().check(z.int(), z.minimum(0), z.maximum(3650)),
  /** Days a completion counts; null: for ever. */
  renewalDays: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(3650))),
  /** `block`: an overdue module blocks the tool until it is done. */
  mode: RuleModeSchema,
  createdAt: TimestampSchema,
});
export type DeviceRule = z.infer<typeof DeviceRuleSchema>;

export const LiteracyRuleSchema = z.extend(DeviceRuleSchema, {
  department: z.nullable(textSchema(LITERACY_LIMITS.department, 1)),
});
export type LiteracyRule = z.infer<typeof LiteracyRuleSchema>;

/** This person's latest completion of a module (any source). */
export const CompletionStateSchema = z.strictObject({
  moduleId: ModuleIdSchema,
  version: z.number().check(z.int(), z.minimum(1)),
  at: TimestampSchema,
});
export type CompletionState = z.infer<typeof CompletionStateSchema>;

/** The `literacy` field of a pulled config: present only when the organisation has a rule for this person. */
export const DeviceLiteracySchema = z.strictObject({
  modules: z.array(LiteracyModuleSchema).check(z.maxLength(LITERACY_LIMITS.modules)),
  rules: z.array(DeviceRuleSchema).check(z.maxLength(LITERACY_LIMITS.rules)),
  completions: z.array(CompletionStateSchema).check(z.maxLength(LITERACY_LIMITS.modules)),
});
export type DeviceLiteracy = z.infer<typeof DeviceLiteracySchema>;
