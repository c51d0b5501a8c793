import { t } from '../i18n';

/**
 * Every employee-facing sentence about answered requests and exceptions ("approved for you"). The
 * words live in the message catalogue (i18n/en.ts, de.ts: `approval.*`); these getters read them in
 * the page's language at the moment they are shown. Dates come in already formatted.
 */
export const APPROVAL_MESSAGES = {
  /** The status label where a tool is approved for this person alone. */
  get approvedForYou() {
    return t('status.approvedForYou');
  },
  approvedForYouHint: (until: string | null) =>
    until === null ? t('approval.hint') : t('approval.hintUntil', { date: until }),
  notificationApprovedTitle: (tool: string) => t('approval.notifyApproved', { tool }),
  notificationApprovedForAllTitle: (tool: string) => t('approval.notifyApprovedForAll', { tool }),
  notificationDeniedTitle: (tool: string) => t('approval.notifyDenied', { tool }),
  notificationBody: (note: string | null) => note ?? t('approval.notifyBody'),
  /** Several answers in one pull: one notification, not a stack. */
  notificationManyTitle: (count: number) => t('approval.notifyMany', { count }),
  get notificationManyBody() {
    return t('approval.notifyManyBody');
  },
  get answersHeading() {
    return t('approval.answers');
  },
  get answerApproved() {
    return t('approval.approved');
  },
  get answerDenied() {
    return t('approval.declined');
  },
  get checkAgain() {
    return t('approval.checkAgain');
  },
  get checking() {
    return t('approval.checking');
  },
  get stillPending() {
    return t('approval.stillPending');
  },
  get stillNotApproved() {
    return t('approval.stillNotApproved');
  },
  get checkFailed() {
    return t('approval.checkFailed');
  },
};
