import { z } from 'zod/mini';
import { LIMITS } from '../protocol';
import { Sha256Schema, TimestampSchema, textSchema } from './primitives';

export const PolicyVersionSchema = z.strictObject({
  version: z.number().check(z.int(), z.minimum(1)),
  title: textSchema(LIMITS.policyTitle, 1),
  /** Markdown. Rendered without raw HTML wherever it is shown. */
  body: z.string().check(z.minLength(1), z.maxLength(LIMITS.policyBody)),
  /** SHA-256 of the UTF-8 body: what an acknowledgement binds to. */
  sha256: Sha256Schema,
  /** "What changed" since the previous version, shown when employees are asked again. */
  changeSummary: z.nullable(textSchema(LIMITS.changeSummary)),
  publishedAt: TimestampSchema,
});
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;
