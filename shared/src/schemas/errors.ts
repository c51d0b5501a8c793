import type { core } from 'zod/mini';

/** `events[3].prompt: Unrecognized key` — one line per issue, naming the field. */
export function describeIssues(error: core.$ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.reduce<string>(
        (acc, part) =>
          typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
        '',
      );
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      return `${path || '(input)'}: ${issue.message}${keys}`;
    })
    .join('; ');
}
