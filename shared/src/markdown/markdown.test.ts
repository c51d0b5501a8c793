import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockNode, InlineNode } from './ast';
import { parseMarkdown, parseInline, renderMarkdown, safeHref, type ElementFactory } from './index';

const blocks = (md: string) => parseMarkdown(md).children;

/** Every text a reader would see, in order: raw HTML must appear here as text. */
function textOf(nodes: (BlockNode | InlineNode)[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'code':
        case 'codeBlock':
          return n.value;
        case 'break':
        case 'rule':
          return '\n';
        case 'list':
          return n.items.map(textOf).join('\n');
        case 'blockquote':
        case 'emphasis':
        case 'heading':
        case 'link':
        case 'paragraph':
        case 'strong':
          return textOf(n.children);
      }
    })
    .join('');
}

function deepest(nodes: (BlockNode | InlineNode)[], depth = 0): number {
  let max = depth;
  for (const n of nodes) {
    const kids = n.type === 'list' ? n.items.flat() : 'children' in n ? n.children : [];
    max = Math.max(max, deepest(kids, depth + 1));
  }
  return max;
}

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, emphasis, code and lists', () => {
    const doc = blocks(
      '# AI use policy\n\nUse **approved** tools *only*, see `tools.md`.\n\n- one\n- two\n  - nested\n\n1. first\n2. second',
    );
    expect(doc[0]).toEqual({
      type: 'heading',
      level: 1,
      children: [{ type: 'text', value: 'AI use policy' }],
    });
    expect(doc[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Use ' },
        { type: 'strong', children: [{ type: 'text', value: 'approved' }] },
        { type: 'text', value: ' tools ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'only' }] },
        { type: 'text', value: ', see ' },
        { type: 'code', value: 'tools.md' },
        { type: 'text', value: '.' },
      ],
    });
    expect(doc[2]).toMatchObject({ type: 'list', ordered: false });
    expect(doc[2]?.type === 'list' && doc[2].items[1]).toMatchObject([
      { type: 'paragraph' },
      { type: 'list' },
    ]);
    expect(doc[3]).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(textOf(doc.slice(3))).toBe('first\nsecond');
  });

  it('reads quotes, fenced code, rules and closing hashes', () => {
    const doc = blocks('## Scope ##\n> quoted\n> more\n\n```\n**not bold**\n```\n\n---');
    expect(doc.map((b) => b.type)).toEqual(['heading', 'blockquote', 'codeBlock', 'rule']);
    expect(textOf(doc.slice(0, 1))).toBe('Scope');
    expect(doc[2]).toEqual({ type: 'codeBlock', value: '**not bold**' });
  });

  it('keeps raw HTML as visible text', () => {
    const md = '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>';
    expect(textOf(blocks(md))).toBe('<script>alert(1)</script><img src=x onerror=alert(1)>');
  });

  it('links only to http(s) and mailto; other schemes become plain text', () => {
    const doc = blocks(
      '[ok](https://example.com/a) [mail](mailto:it@example.com) [bad](javascript:alert(1)) [data](data:text/html,x) [rel](/etc) [vb]( JaVaScRiPt:x)',
    );
    const inline = doc[0]?.type === 'paragraph' ? doc[0].children : [];
    const links = inline.filter((n) => n.type === 'link');
    expect(links.map((l) => l.href)).toEqual(['https://example.com/a', 'mailto:it@example.com']);
    expect(textOf(inline)).toContain('bad');
    expect(JSON.stringify(doc)).not.toMatch(/javascript:alert|data:text/i);
  });

  it('does not nest links or let a label carry markup', () => {
    const [link] = parseInline('[**x** [y](https://b.example)](https://a.example)');
    expect(link?.type).toBe('link');
  });

  it('survives huge nesting and stays shallow', () => {
    const quotes = '>'.repeat(50_000) + ' deep';
    const lists = '- '.repeat(20_000) + 'deep';
    const stars = '*'.repeat(30_000) + 'x' + '*'.repeat(30_000);
    for (const md of [quotes, lists, stars, '['.repeat(50_000), '[a]('.repeat(20_000), '`'.repeat(50_000)]) {
      const started = Date.now();
      const doc = blocks(md);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(deepest(doc)).toBeLessThan(40);
    }
  });

  it('parses a 100 KB pathological body in linear-ish time', () => {
    const md = ('*a [b _c `d ' + '#'.repeat(50) + '\n').repeat(5_000).slice(0, 100_000);
    const started = Date.now();
    parseMarkdown(md);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('never throws on random input', () => {
    // fast-check reports the seed and path of a failing input, and LANTERN_TEST_SEED=<seed> replays it (shared/testing/fast-check-seed.ts).
    const alphabet = ['*', '_', '`', '[', ']', '(', ')', '#', '>', '-', ' ', '\n', '1.', 'a', '\\', '<'];
    const markdown = fc
      .array(fc.constantFrom(...alphabet), { maxLength: 200 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(markdown, (md) => {
        parseMarkdown(md);
      }),
      { numRuns: 300 },
    );
  });
});

describe('safeHref', () => {
  it('refuses whitespace, quotes and control characters that could break out', () => {
    expect(safeHref('https://a.example/"onmouseover=x')).toBeNull();
    expect(safeHref('https://a.example/\u0000')).toBeNull();
    expect(safeHref('https:/\u0009/x')).toBeNull();
    expect(safeHref('  https://a.example/ok  ')).toBe('https://a.example/ok');
  });
});

describe('renderMarkdown', () => {
  /** A factory that writes escaped HTML, so the test sees exactly which elements are built. */
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html: ElementFactory<{ html: string }> = (tag, props, ...children) => {
    const attrs = Object.entries(props ?? {})
      .filter(([name]) => name !== 'key')
      .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
      .join('');
    const inner = children.map((c) => (typeof c === 'string' ? escape(c) : c.html)).join('');
    return { html: `<${tag}${attrs}>${inner}</${tag}>` };
  };
  const render = (source: string) =>
    renderMarkdown(parseMarkdown(source), html)
      .map((e) => e.html)
      .join('');

  it('builds headings two levels down, lists, quotes, code and safe links', () => {
    expect(
      render('# Policy\n\nUse **approved** _tools_.\n\n3. one\n4. two\n\n> quoted\n\n```\nx < y\n```\n\n---'),
    ).toBe(
      '<h3>Policy</h3><p>Use <strong>approved</strong> <em>tools</em>.</p>' +
        '<ol start="3"><li><p>one</p></li><li><p>two</p></li></ol>' +
        '<blockquote><p>quoted</p></blockquote><pre><code>x &lt; y</code></pre><hr></hr>',
    );
    expect(render('Ask [IT](https://it.example.com)')).toBe(
      '<p>Ask <a href="https://it.example.com" target="_blank" rel="noopener noreferrer">IT</a></p>',
    );
  });

  it('passes raw HTML and script links on as text only', () => {
    const out = render('<img src=x onerror="alert(1)"> [click](javascript:alert(1))');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<a');
    expect(out).toContain('&lt;img src=x');
  });
});
