import { LITERACY_LIMITS, ModuleIdSchema, ToolIdSchema } from '@lantern/shared';
import { z } from 'zod';

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
      version: z.number().int().min(1),
      answers: z.array(z.number().int().min(0).nullable()).max(LITERACY_LIMITS.questions),
      toolId: ToolIdSchema.nullable(),
    }),
  },
} as const;

export interface LiteracyAnswers {
  completeModule: { passed: boolean; score: number | null; passMark: number | null };
}
