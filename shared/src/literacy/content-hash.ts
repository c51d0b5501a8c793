import type { ModuleContent } from '../schemas/literacy';

/** JSON with keys sorted at every depth: the same content always gives the same text to hash. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * The text a module version's SHA-256 is taken over: everything the employee is shown and checked
 * on (title, body, course link, questions with their right answers, pass mark), nothing else.
 */
export function moduleContentText(m: ModuleContent): string {
  return canonical({
    title: m.title,
    body: m.body,
    courseUrl: m.courseUrl,
    questions: m.questions.map((q) => ({ prompt: q.prompt, options: q.options, correct: q.correct })),
    passMark: m.passMark,
  });
}
