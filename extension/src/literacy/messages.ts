import { LITERACY_LIMITS, ModuleIdSchema, ToolIdSchema } from '@lantern/shared';
import { z } from 'zod/mini';

/**
 * The literacy page's one act (merged into messaging/protocol.ts). Pages only: the answers go to
 * the background, which scores them against the pulled module and sends the score — never the
 * answers — to the server.
 */
export const LITERACY_MESSAGES = {
  completeModule: {
    from: 'page',
    schema: z.strictObject({
      type: z.literal('completeModule'),
      moduleId: ModuleIdSchema,
      version: z.number().check(z.int(), z.minimum(1)),
      answers: z
        .array(z.nullable(z.number().check(z.int(), z.minimum(0))))
        .check(z.maxLength(LITERACY_LIMITS.questions)),
      toolId: z.nullable(ToolIdSchema),
    }),
  },
} as const;

export interface LiteracyAnswers {
  completeModule: { passed: boolean; score: number | null; passMark: number | null };
}
