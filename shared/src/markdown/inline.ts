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

/**
 * One pass over a run of inline text. Each `at*` method tries one construct at position `i` and
 * returns where parsing continues, or -1 when the construct is not there (the character is text).
 */
class InlineParser {
  readonly out: InlineNode[] = [];
  private buffer = '';
  private readonly finders = new Map<string, NextFinder>();
  private readonly nested: boolean;

  constructor(
    private readonly text: string,
    private readonly depth: number,
  ) {
    this.nested = depth < MAX_NESTING;
  }

  run(): InlineNode[] {
    const { text } = this;
    let i = 0;
    while (i < text.length) {
      const next = this.at(text[i]!, i);
      if (next === -1) {
        this.buffer += text[i];
        i += 1;
      } else i = next;
    }
    this.flush();
    return this.out;
  }

  private at(ch: string, i: number): number {
    if (ch === '\\') return this.atEscape(i);
    if (ch === '\n') return this.atNewline(i);
    if (ch === '`') return this.atCode(i);
    if (ch === '[' && this.nested) return this.atLink(i);
    if ((ch === '*' || ch === '_') && this.nested) return this.atEmphasis(i);
    return -1;
  }

  private find(token: string, from: number): number {
    let f = this.finders.get(token);
    if (!f) this.finders.set(token, (f = new NextFinder(this.text, token)));
    return f.next(from);
  }

  private flush(): void {
    if (this.buffer) this.out.push({ type: 'text', value: this.buffer });
    this.buffer = '';
  }

  private atEscape(i: number): number {
    const { text } = this;
    if (i + 1 >= text.length || !/[\\`*_[\]()#>+\-.!]/.test(text[i + 1]!)) return -1;
    this.buffer += text[i + 1];
    return i + 2;
  }

  private atNewline(i: number): number {
    // Two trailing spaces before a newline make a hard break; otherwise a newline is a space.
    if (this.buffer.endsWith('  ')) {
      this.buffer = this.buffer.trimEnd();
      this.flush();
      this.out.push({ type: 'break' });
    } else this.buffer += ' ';
    return i + 1;
  }

  private atCode(i: number): number {
    const end = this.find('`', i + 1);
    if (end <= i + 1) return -1;
    this.flush();
    this.out.push({ type: 'code', value: this.text.slice(i + 1, end) });
    return end + 1;
  }

  private atLink(i: number): number {
    const { text } = this;
    const close = this.find(']', i + 1);
    if (close <= i || text[close + 1] !== '(') return -1;
    const paren = this.find(')', close + 2);
    if (paren <= close) return -1;
    const label = text.slice(i + 1, close);
    const href = safeHref(text.slice(close + 2, paren));
    this.flush();
    const children = parseInline(label, MAX_NESTING); // no links or emphasis inside a link label
    this.out.push(href ? { type: 'link', href, children } : { type: 'text', value: label });
    return paren + 1;
  }

  /** Emphasis or strong text; an unmatched delimiter is kept as text. */
  private atEmphasis(i: number): number {
    const { text } = this;
    const delim = DELIMITERS.find((d) => text.startsWith(d, i))!;
    const start = i + delim.length;
    const end = this.find(delim, start + 1);
    if (end > start && !/\s/.test(text[start]!) && !/\s/.test(text[end - 1]!)) {
      this.flush();
      const children = parseInline(text.slice(start, end), this.depth + 1);
      this.out.push({ type: delim.length === 2 ? 'strong' : 'emphasis', children });
      return end + delim.length;
    }
    this.buffer += delim;
    return start;
  }
}

export function parseInline(text: string, depth = 0): InlineNode[] {
  return new InlineParser(text, depth).run();
}
