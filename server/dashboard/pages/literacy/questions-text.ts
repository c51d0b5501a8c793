import type { Question } from '@lantern/shared';

/**
 * The module editor's plain-text form of the check: questions separated by a blank line, the first
 * line the question, the others its options, the right one starting with `*`.
 */
export function parseQuestions(text: string): { questions: Question[]; error: string | null } {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    )
    .filter((b) => b.length > 0);
  const questions: Question[] = [];
  for (const [i, [prompt, ...lines]] of blocks.entries()) {
    const correct = lines.findIndex((l) => l.startsWith('*'));
    if (
      prompt === undefined ||
      lines.length < 2 ||
      correct < 0 ||
      lines.filter((l) => l.startsWith('*')).length > 1
    )
      return {
        questions,
        error: `Question ${i + 1}: give at least two options and mark exactly one right answer with *.`,
      };
    questions.push({ prompt, options: lines.map((l) => l.replace(/^\*\s*/, '')), correct });
  }
  return { questions, error: null };
}

export function questionsText(questions: readonly Question[]): string {
  return questions
    .map((q) => [q.prompt, ...q.options.map((o, i) => (i === q.correct ? `* ${o}` : o))].join('\n'))
    .join('\n\n');
}
