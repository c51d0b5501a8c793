import { ToolIdSchema } from '@lantern/shared';
import { z } from 'zod/mini';

/** Messages about answered requests (merged into messaging/protocol.ts). Pages only: they pull or clear a count. */
export const APPROVAL_MESSAGES = {
  /** Blocked page: pull now and say whether the tool opens. */
  checkAgain: {
    from: 'page',
    schema: z.strictObject({ type: z.literal('checkAgain'), toolId: ToolIdSchema }),
  },
  /** Popup: the employee has seen the answers; clear the badge. */
  answersSeen: { from: 'page', schema: z.strictObject({ type: z.literal('answersSeen') }) },
} as const;

export interface ApprovalAnswers {
  checkAgain: {
    /** The server answered the pull (else the employee sees "could not reach"). */
    reached: boolean;
    /** The tool opens now; `url` is its start page. */
    open: boolean;
    pending: boolean;
    url: string | null;
  };
  answersSeen: { read: true };
}
