import { safeParse, type core } from 'zod/mini';
import { describeIssues } from '../src/schemas/errors';

/** Parses and returns the failure, so a test can assert *why* the input was refused. */
export function refusal(
  schema: core.$ZodType,
  input: unknown,
): { message: string; issues: core.$ZodIssue[] } {
  const result = safeParse(schema, input);
  if (result.success) throw new Error(`expected a refusal, but the input parsed: ${JSON.stringify(input)}`);
  return { message: describeIssues(result.error), issues: result.error.issues };
}

/** A deep copy with the value at `path` replaced (array indices as numbers). */
export function withValue<T>(value: T, path: (string | number)[], replacement: unknown): T {
  // JSON, not structuredClone: the wire only ever carries JSON anyway.
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return copy as T;
}
