import { MAX_NESTING, safeHref, type InlineNode } from './ast';

/**
 * Finds the next occurrence of a token, remembering the last answer. Parsing moves forward, so
 * repeated searches for the same closer cost amortised linear time even on hostile input such as
 * 100,000 unmatched `*` or `[`.
 */
class NextFinder {
  private from = Number.POSITIVE_INFINITY;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly token: string,
  ) {}
  next(from: number): number {
    if (from >= this.from && (this.found === -1 || from <= this.found)) return this.found;
    this.from = from;
    this.found = this.text.indexOf(this.token, from);
    return this.found;
  }
}

const DELIMITERS = ['**', '__', '*', '_'] as const;

export function parseInline(text: string, depth = 0): InlineNode[] {
  const out: InlineNode[] = [];
  const finders = new Map<string, NextFinder>();
  const find = (token: string, from: number) => {
    let f = finders.get(token);
    if (!f) finders.set(token, (f = new NextFinder(text, token)));
    return f.next(from);
  };
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', value: buffer });
    buffer = '';
  };
  const nested = depth < MAX_NESTING;

  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && /[\\`*_[\]()#>+\-.!]/.test(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '\n') {
      // Two trailing spaces before a newline make a hard break; otherwise a newline is a space.
      if (buffer.endsWith('  ')) {
        buffer = buffer.trimEnd();
        flush();
        out.push({ type: 'break' });
      } else buffer += ' ';
      i += 1;
      continue;
    }
    if (ch === '`') {
      const end = find('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', value: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[' && nested) {
      const close = find(']', i + 1);
      if (close > i && text[close + 1] === '(') {
        const paren = find(')', close + 2);
        if (paren > close) {
          const label = text.slice(i + 1, close);
          const href = safeHref(text.slice(close + 2, paren));
          flush();
          const children = parseInline(label, MAX_NESTING); // no links or emphasis inside a link label
          out.push(href ? { type: 'link', href, children } : { type: 'text', value: label });
          i = paren + 1;
          continue;
        }
      }
    }
    if ((ch === '*' || ch === '_') && nested) {
      const delim = DELIMITERS.find((d) => text.startsWith(d, i))!;
      const start = i + delim.length;
      const end = find(delim, start + 1);
      if (end > start && !/\s/.test(text[start]!) && !/\s/.test(text[end - 1]!)) {
        flush();
        const children = parseInline(text.slice(start, end), depth + 1);
        out.push({ type: delim.length === 2 ? 'strong' : 'emphasis', children });
        i = end + delim.length;
        continue;
      }
      buffer += delim;
      i = start;
      continue;
    }
    buffer += ch;
    i += 1;
  }
  flush();
  return out;
}
