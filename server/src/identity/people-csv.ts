import { parseCsvRows, type CsvProblem } from '../csv/parse-rows';
import type { DirectoryPerson } from '../db/repositories/people.repository';

/** Bounds of one import: a large organisation's directory fits, a runaway file does not. */
export const CSV_MAX_CHARS = 2_000_000;
export const CSV_MAX_ROWS = 20_000;
const FIELD_MAX = 200;
export const COLUMNS = ['email', 'name', 'department', 'manager'] as const;
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export type RowProblem = CsvProblem;

export type CsvResult = { ok: true; people: DirectoryPerson[] } | { ok: false; problems: RowProblem[] };

function field(fields: Readonly<Record<string, string>>, name: string, problems: string[]): string | null {
  const v = fields[name] ?? '';
  if (v.length > FIELD_MAX) problems.push(`${name} is longer than ${FIELD_MAX} characters`);
  return v === '' ? null : v;
}

function rowOf(fields: Readonly<Record<string, string>>, seen: Set<string>): DirectoryPerson | string {
  const problems: string[] = [];
  const email = field(fields, 'email', problems)?.toLowerCase() ?? null;
  const manager = field(fields, 'manager', problems)?.toLowerCase() ?? null;
  const person = {
    email: email ?? '',
    name: field(fields, 'name', problems),
    department: field(fields, 'department', problems),
    managerEmail: manager,
  };
  if (email === null) problems.push('email is empty');
  else if (!EMAIL.test(email)) problems.push(`"${email.slice(0, 80)}" is not an email address`);
  else if (seen.has(email)) problems.push(`${email} appears more than once`);
  if (manager !== null && !EMAIL.test(manager))
    problems.push(`manager "${manager.slice(0, 80)}" is not an email address`);
  if (manager !== null && manager === email) problems.push('a person cannot be their own manager');
  if (email) seen.add(email);
  return problems.length > 0 ? problems.join('; ') : person;
}

/**
 * A people CSV (header `email,name,department,manager`; comma or semicolon, as spreadsheets write
 * them): every row checked, every problem named with its line. Nothing is imported unless all are good.
 */
export function parsePeopleCsv(text: string): CsvResult {
  const seen = new Set<string>();
  const parsed = parseCsvRows(text, {
    columns: COLUMNS,
    required: ['email'],
    otherColumns: 'refuse',
    maxChars: CSV_MAX_CHARS,
    maxRows: CSV_MAX_ROWS,
    noun: 'people',
    row: (fields) => rowOf(fields, seen),
  });
  return parsed.ok ? { ok: true, people: parsed.rows } : parsed;
}
