/**
 * Every employee-facing sentence about answered requests and exceptions ("approved for you"), in
 * one place so they move into the message catalogue together. Dates come in already formatted.
 */
export const APPROVAL_MESSAGES = {
  /** The status label where a tool is approved for this person alone. */
  approvedForYou: 'Approved for you',
  approvedForYouHint: (until: string | null) =>
    until === null ? 'IT approved this tool for you.' : `IT approved this tool for you until ${until}.`,
  notificationApprovedTitle: (tool: string) => `${tool} is approved for you`,
  notificationApprovedForAllTitle: (tool: string) => `${tool} was approved`,
  notificationDeniedTitle: (tool: string) => `Your request for ${tool} was declined`,
  notificationBody: (note: string | null) => note ?? 'Open Lantern to see the details.',
  /** Several answers in one pull: one notification, not a stack. */
  notificationManyTitle: (count: number) => `${count} of your requests were answered`,
  notificationManyBody: 'Open Lantern to see the answers.',
  answersHeading: 'Answers to your requests',
  answerApproved: 'Approved',
  answerDenied: 'Declined',
  checkAgain: 'Check again',
  checking: 'Checking…',
  stillPending: 'No answer yet. Lantern will tell you as soon as IT answers.',
  stillNotApproved: 'Still not approved.',
  checkFailed: 'Lantern could not reach your organisation’s server. Try again in a moment.',
} as const;
