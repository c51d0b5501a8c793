/**
 * Reads the machine-checked parts of the docs: `<!-- fields: X -->` tables and `<!-- example: ... -->`
 * code blocks. Markers are HTML comments, invisible when the Markdown is rendered.
 */

export interface MarkedBlock {
  /** The words after `example:`, e.g. `request sync.push`. */
  label: string;
  lang: string;
  code: string;
}

/** Every fenced code block directly after an `<!-- example: label -->` marker, in document order. */
export function markedBlocks(markdown: string): MarkedBlock[] {
  const re = /<!-- example: ([^>]+?) -->\s*\n```(\w*)\n([\s\S]*?)\n```/g;
  return [...markdown.matchAll(re)].map((m) => ({ label: m[1]!.trim(), lang: m[2]!, code: m[3]! }));
}

/** The rows of the table after each `<!-- fields: Name -->` marker: first cell unquoted, second cell. */
export function fieldTables(markdown: string): Map<string, { field: string; type: string }[]> {
  const tables = new Map<string, { field: string; type: string }[]>();
  const re = /<!-- fields: ([^>]+?) -->\s*\n((?:\|.*\|\s*\n?)+)/g;
  for (const m of markdown.matchAll(re)) {
    const rows = m[2]!
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => splitRow(line));
    tables.set(
      m[1]!.trim(),
      rows.map(([field = '', type = '']) => ({ field: field.replace(/^`|`$/g, ''), type })),
    );
  }
  return tables;
}

/** Splits a Markdown table row on unescaped pipes and unescapes `\|` inside cells. */
function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}
