import { CsvError, parse } from 'csv-parse/sync';
import type { DirectoryPerson } from '../db/repositories/people.repository';

/** Bounds of one import: a large organisation's directory fits, a runaway file does not. */
export const CSV_MAX_CHARS = 2_000_000;
export const CSV_MAX_ROWS = 20_000;
const FIELD_MAX = 200;
export const COLUMNS = ['email', 'name', 'department', 'manager'] as const;
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export interface RowProblem {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  message: string;
}

export type CsvResult = { ok: true; people: DirectoryPerson[] } | { ok: false; problems: RowProblem[] };

function fail(message: string, line = 1): CsvResult {
  return { ok: false, problems: [{ line, message }] };
}

function headerOf(first: string[]): { index: Map<string, number>; problem: string | null } {
  const names = first.map((h) => h.trim().toLowerCase());
  const index = new Map(names.map((n, i) => [n, i]));
  const unknown = names.filter((n) => !(COLUMNS as readonly string[]).includes(n));
  if (unknown.length > 0)
    return {
      index,
      problem: `unknown column(s) ${unknown.map((u) => `"${u}"`).join(', ')}; use ${COLUMNS.join(', ')}`,
    };
  if (!index.has('email'))
    return { index, problem: `the header has no "email" column (columns: ${COLUMNS.join(', ')})` };
  if (new Set(names).size !== names.length) return { index, problem: 'a column appears twice in the header' };
  return { index, problem: null };
}

function field(row: string[], index: Map<string, number>, name: string, problems: string[]): string | null {
  const i = index.get(name);
  const v = i === undefined ? '' : (row[i] ?? '').trim();
  if (v.length > FIELD_MAX) problems.push(`${name} is longer than ${FIELD_MAX} characters`);
  return v === '' ? null : v;
}

function rowOf(row: string[], index: Map<string, number>, seen: Set<string>): DirectoryPerson | string {
  const problems: string[] = [];
  const email = field(row, index, 'email', problems)?.toLowerCase() ?? null;
  const manager = field(row, index, 'manager', problems)?.toLowerCase() ?? null;
  const person = {
    email: email ?? '',
    name: field(row, index, 'name', problems),
    department: field(row, index, 'department', problems),
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
  if (text.length > CSV_MAX_CHARS) return fail(`the file is larger than ${CSV_MAX_CHARS / 1_000_000} MB`);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: [',', ';'],
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      to: CSV_MAX_ROWS + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError)
      return fail(`not a readable CSV file: ${error.message}`, (error as { lines?: number }).lines ?? 1);
    throw error;
  }
  if (records.length === 0)
    return fail('the file is empty; the first line must be the header email,name,department,manager');
  if (records.length > CSV_MAX_ROWS + 1)
    return fail(`more than ${CSV_MAX_ROWS} people in one file; split it`);
  const { index, problem } = headerOf(records[0]!.record);
  if (problem) return fail(problem);
  const seen = new Set<string>();
  const people: DirectoryPerson[] = [];
  const problems: RowProblem[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.length > index.size) {
      problems.push({
        line: info.lines,
        message: `${record.length} fields where the header has ${index.size}`,
      });
      continue;
    }
    const r = rowOf(record, index, seen);
    if (typeof r === 'string') problems.push({ line: info.lines, message: r });
    else people.push(r);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (people.length === 0) return fail('the file has a header but no people');
  return { ok: true, people };
}
