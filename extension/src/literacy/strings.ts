/**
 * Every employee-facing string of the literacy pages, in one place (to be moved into the
 * extension's i18n catalogue together with the other pages' strings).
 */
export const T = {
  pageTitle: 'AI literacy',
  forTool: (tool: string) => `Learning for ${tool}`,
  noneDue: 'Nothing to learn for this tool right now.',
  stepTitle: 'A short learning module is due',
  stepBlocked: (tool: string) => `${tool} opens again once you have completed it.`,
  stepDue: (title: string, dueAt: string) => `“${title}” — please complete it by ${dueAt}.`,
  stepOverdue: (title: string) => `“${title}” is overdue.`,
  open: 'Open the module',
  course: 'External course',
  check: 'Check your understanding',
  passMark: (mark: number) => `You need ${mark}% right answers to pass.`,
  submit: 'Submit',
  done: 'Mark as done',
  passed: (score: number | null) =>
    score === null ? 'Completed. Thank you.' : `Passed with ${score}%. Thank you.`,
  failed: (score: number, mark: number) => `${score}% — you need ${mark}%. Read the module again and retry.`,
  completedOn: (date: string) => `Completed on ${date}.`,
  answerAll: 'Please answer every question.',
  privacy: 'Only that you completed it, the version, the date and your score are sent — never your answers.',
} as const;
