import { t } from '../i18n';

/**
 * Every employee-facing string of the literacy pages. The words live in the message catalogue
 * (i18n/en.ts, de.ts: `learn.*`); these getters read them in the page's language when shown.
 */
export const T = {
  get pageTitle() {
    return t('learn.pageTitle');
  },
  forTool: (tool: string) => t('learn.forTool', { tool }),
  get noneDue() {
    return t('learn.noneDue');
  },
  get stepTitle() {
    return t('learn.stepTitle');
  },
  stepBlocked: (tool: string) => t('learn.stepBlocked', { tool }),
  stepDue: (title: string, dueAt: string) => t('learn.stepDue', { title, date: dueAt }),
  stepOverdue: (title: string) => t('learn.stepOverdue', { title }),
  get open() {
    return t('learn.open');
  },
  get course() {
    return t('learn.course');
  },
  get check() {
    return t('learn.check');
  },
  passMark: (mark: number) => t('learn.passMark', { mark }),
  get submit() {
    return t('learn.submit');
  },
  get done() {
    return t('learn.done');
  },
  passed: (score: number | null) => (score === null ? t('learn.completed') : t('learn.passed', { score })),
  failed: (score: number, mark: number) => t('learn.failed', { score, mark }),
  completedOn: (date: string) => t('learn.completedOn', { date }),
  get answerAll() {
    return t('learn.answerAll');
  },
  get privacy() {
    return t('learn.privacy');
  },
};
