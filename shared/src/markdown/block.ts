import { MAX_NESTING, type BlockNode, type MarkdownDocument } from './ast';
import { parseInline } from './inline';

// Kept free of nested quantifiers so a hostile line cannot make the regex backtrack for long.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

const isBlank = (line: string) => line.trim() === '';

/** Parses Markdown into a tree. Never throws; anything it does not understand stays as text. */
export function parseMarkdown(source: string): MarkdownDocument {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  return { type: 'document', children: parseBlocks(lines, 0) };
}

function parseBlocks(lines: string[], depth: number): BlockNode[] {
  const blocks: BlockNode[] = [];
  let i = 0;
  const nested = depth < MAX_NESTING;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(marker)) body.push(lines[i++]!);
      i += 1; // the closing fence (or the end of the text)
      blocks.push({ type: 'codeBlock', value: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, children: parseInline(stripClosingHashes(heading[2] ?? '')) });
      i += 1;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i += 1;
      continue;
    }
    if (nested && QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) inner.push(QUOTE.exec(lines[i++]!)![1]!);
      blocks.push({ type: 'blockquote', children: parseBlocks(inner, depth + 1) });
      continue;
    }
    const item = nested ? ITEM.exec(line) : null;
    if (item) {
      const parsed = parseList(lines, i, depth);
      blocks.push(parsed.list);
      i = parsed.next;
      continue;
    }
    const para: string[] = [];
    while (
      i < lines.length &&
      !isBlank(lines[i]!) &&
      (para.length === 0 || !startsBlock(lines[i]!, nested))
    ) {
      para.push(lines[i++]!.trim());
    }
    blocks.push({ type: 'paragraph', children: parseInline(para.join('\n')) });
  }
  return blocks;
}

function startsBlock(line: string, nested: boolean): boolean {
  return (
    FENCE.test(line) ||
    HEADING.test(line) ||
    RULE.test(line) ||
    (nested && (QUOTE.test(line) || ITEM.test(line)))
  );
}

/** A list runs while items of the same kind follow; lines indented past the marker belong to the item. */
function parseList(lines: string[], from: number, depth: number): { list: BlockNode; next: number } {
  const first = ITEM.exec(lines[from]!)!;
  const ordered = /\d/.test(first[2]!);
  const start = ordered ? Math.min(parseInt(first[2]!, 10), 1e9) : 1;
  const items: BlockNode[][] = [];
  let i = from;
  while (i < lines.length) {
    const m = ITEM.exec(lines[i]!);
    if (!m || /\d/.test(m[2]!) !== ordered) break;
    const indent = m[1]!.length + m[2]!.length + 1;
    const body = [m[3]!];
    i += 1;
    while (i < lines.length) {
      const next = lines[i]!;
      const indented = next.length - next.trimStart().length >= Math.min(indent, 4);
      if (isBlank(next)) {
        // A blank line continues the item only if indented content follows it.
        const after = lines[i + 1];
        if (
          after === undefined ||
          isBlank(after) ||
          after.length - after.trimStart().length < Math.min(indent, 4)
        )
          break;
        body.push('');
      } else if (indented) {
        body.push(next.slice(Math.min(indent, next.length - next.trimStart().length)));
      } else if (ITEM.test(next) || startsBlock(next, true)) {
        break;
      } else {
        body.push(next.trim()); // a lazy continuation of the item's paragraph
      }
      i += 1;
    }
    items.push(parseBlocks(body, depth + 1));
    while (i < lines.length && isBlank(lines[i]!) && lines[i + 1] !== undefined && ITEM.test(lines[i + 1]!))
      i += 1;
  }
  return { list: { type: 'list', ordered, start, items }, next: i };
}

/** `## Title ##` → `Title`: a closing run of `#` counts only after a space. */
function stripClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end -= 1;
  if (end === trimmed.length) return trimmed;
  if (end === 0) return '';
  return trimmed[end - 1] === ' ' ? trimmed.slice(0, end).trimEnd() : trimmed;
}
