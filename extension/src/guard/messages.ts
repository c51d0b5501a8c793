import { DataClassSchema, DATA_CLASSES, type DataClass, type Enforcement } from '@lantern/shared';
import { z } from 'zod/mini';

/**
 * The data guard's messages (merged into messaging/protocol.ts). Both come from the guard content
 * script ('any'). The tool is always the sender page's, classified by the background, never named
 * in the message; the outcome carries only data classes and whether the employee went ahead — the
 * content itself never leaves the page.
 */
export const GUARD_MESSAGES = {
  /** Content script: is the guard on for this tab's tool, and what does its decision allow? */
  guardForTab: { from: 'any', schema: z.strictObject({ type: z.literal('guardForTab') }) },
  /** Content script: the guard warned about these classes; the employee cancelled or went ahead. */
  guardOutcome: {
    from: 'any',
    schema: z.strictObject({
      type: z.literal('guardOutcome'),
      dataClasses: z.array(DataClassSchema).check(z.minLength(1), z.maxLength(DATA_CLASSES.length)),
      pastedAnyway: z.boolean(),
    }),
  },
} as const;

/** What the guard content script needs: plain values, nothing it could act on by itself. */
export interface GuardView {
  toolName: string;
  allowedDataClasses: DataClass[];
  /** `justify` asks for a reason before "Paste anyway" (the reason stays on the page). */
  enforcement: Enforcement;
}

export interface GuardAnswers {
  guardForTab: GuardView | null;
  guardOutcome: { counted: boolean };
}
