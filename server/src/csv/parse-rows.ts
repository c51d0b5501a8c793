import { CsvError, parse } from 'csv-parse/sync';

/**
 * The one CSV reader behind the server's imports (the people directory, LMS completions): csv-parse
 * reads the file, this checks the header and hands each row to the importer's own check. All rows or
 * none: the result is either every row's value or every problem, each named with its line.
 */

export interface CsvProblem {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  message: string;
}

export interface CsvRowsOptions<T extends object> {
  /** The columns a file may have, in the order the messages name them. */
  columns: readonly string[];
  /** The columns every file must have. */
  required: readonly string[];
  /** `refuse`: a column not in `columns` is a problem; `ignore`: it is skipped (exports of other tools). */
  otherColumns: 'refuse' | 'ignore';
  maxChars: number;
  maxRows: number;
  /** What a row is, for the messages ("people", "completions"). */
  noun: string;
  /**
   * Checks one row: its fields by column (trimmed; an absent or short one is ''), and returns the
   * value or what is wrong with it. Called once per row, in file order.
   */
  row: (fields: Readonly<Record<string, string>>, line: number) => T | string;
}

export type CsvRows<T extends object> = { ok: true; rows: T[] } | { ok: false; problems: CsvProblem[] };

type Record_ = { record: string[]; info: { lines: number } };

const refuse = (message: string, line = 1): { ok: false; problems: CsvProblem[] } => ({
  ok: false,
  problems: [{ line, message }],
});
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

function headerProblem(names: string[], o: CsvRowsOptions<object>): string | null {
  const unknown = names.filter((n) => !o.columns.includes(n));
  if (o.otherColumns === 'refuse' && unknown.length > 0)
    return `unknown column(s) ${quoted(unknown)}; use ${o.columns.join(', ')}`;
  const missing = o.required.filter((c) => !names.includes(c));
  if (missing.length > 0)
    return `the header has no ${quoted(missing)} column${missing.length > 1 ? 's' : ''} (columns: ${o.columns.join(', ')})`;
  const known = names.filter((n) => o.columns.includes(n));
  if (new Set(known).size !== known.length) return 'a column appears twice in the header';
  return null;
}

function readRecords(text: string, maxRows: number): Record_[] | CsvProblem {
  try {
    return parse(text, {
      bom: true,
      delimiter: [',', ';'],
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
      to: maxRows + 2,
    }) as unknown as Record_[];
  } catch (error) {
    if (error instanceof CsvError)
      return {
        line: (error as { lines?: number }).lines ?? 1,
        message: `not a readable CSV file: ${error.message}`,
      };
    throw error;
  }
}

/** Reads a CSV file with a header line (comma or semicolon, as spreadsheets write them). */
export function parseCsvRows<T extends object>(text: string, o: CsvRowsOptions<T>): CsvRows<T> {
  if (text.length > o.maxChars) return refuse(`the file is larger than ${o.maxChars / 1_000_000} MB`);
  const records = readRecords(text, o.maxRows);
  if (!Array.isArray(records)) return { ok: false, problems: [records] };
  if (records.length === 0)
    return refuse(`the file is empty; the first line must be the header ${o.columns.join(',')}`);
  if (records.length > o.maxRows + 1) return refuse(`more than ${o.maxRows} ${o.noun} in one file; split it`);
  const names = records[0]!.record.map((h) => h.toLowerCase());
  const problem = headerProblem(names, o);
  if (problem) return refuse(problem);
  const rows: T[] = [];
  const problems: CsvProblem[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.length > names.length) {
      problems.push({
        line: info.lines,
        message: `${record.length} fields where the header has ${names.length}`,
      });
      continue;
    }
    const fields = Object.fromEntries(o.columns.map((c) => [c, record[names.indexOf(c)] ?? '']));
    const value = o.row(fields, info.lines);
    if (typeof value === 'string') problems.push({ line: info.lines, message: value });
    else rows.push(value);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return refuse(`the file has a header but no ${o.noun}`);
  return { ok: true, rows };
}
