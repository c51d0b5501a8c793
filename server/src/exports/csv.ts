import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 CSV through `csv-stringify`. What Lantern adds: a cell that a spreadsheet would read as a
 * formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe — exported
 * text typed by employees must never execute — and lists are written as `a; b`.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return `${value}`;
  return JSON.stringify(value);
}

function defused(value: unknown): string {
  const text = cellText(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const OPTIONS = {
  record_delimiter: 'windows',
  // Quoted besides what the library quotes: a lone CR or LF (it looks only for the CRLF record
  // delimiter), and leading or trailing spaces, which some readers trim.
  quoted_match: /[\r\n]|^\s|\s$/,
} as const;

/** CSV lines (each ending in CRLF) for rows of cells. */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  return stringify(
    rows.map((row) => row.map(defused)),
    OPTIONS,
  );
}

export function csvCell(value: unknown): string {
  return csvLines([[value]]).slice(0, -2);
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return csvLines([columns, ...rows.map((row) => columns.map((c) => row[c]))]);
}
