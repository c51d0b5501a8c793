import type { BlockNode, InlineNode, MarkdownDocument } from './ast';

/**
 * Builds one element: `createElement` from React, or any function of the same shape (a test's own,
 * a string builder). Props carry a `key` so React can reconcile lists. Children are elements or text;
 * text is always passed as a string child, never as markup, so nothing reaches an HTML parser.
 */
export type ElementFactory<E> = (
  tag: string,
  props: Record<string, string | number> | null,
  ...children: Array<E | string>
) => E;

/**
 * The one renderer of the parsed Markdown tree, for both the extension's pages and the dashboard.
 * A policy's headings sit below the page's own h1/h2, so they are shifted down two levels. Links were
 * already limited to http(s) and mailto by the parser; they open in a new tab without an opener.
 */
export function renderMarkdown<E>(doc: MarkdownDocument, h: ElementFactory<E>): E[] {
  const inlines = (nodes: InlineNode[]) => nodes.map((node, i) => inline(node, i));
  const blocks = (nodes: BlockNode[]) => nodes.map((node, i) => block(node, i));

  function block(node: BlockNode, key: number): E {
    switch (node.type) {
      case 'heading':
        return h(`h${Math.min(6, node.level + 2)}`, { key }, ...inlines(node.children));
      case 'paragraph':
        return h('p', { key }, ...inlines(node.children));
      case 'list': {
        const items = node.items.map((children, i) => h('li', { key: i }, ...blocks(children)));
        return node.ordered ? h('ol', { key, start: node.start }, ...items) : h('ul', { key }, ...items);
      }
      case 'blockquote':
        return h('blockquote', { key }, ...blocks(node.children));
      case 'codeBlock':
        return h('pre', { key }, h('code', null, node.value));
      case 'rule':
        return h('hr', { key });
    }
  }

  function inline(node: InlineNode, key: number): E | string {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'code':
        return h('code', { key }, node.value);
      case 'strong':
        return h('strong', { key }, ...inlines(node.children));
      case 'emphasis':
        return h('em', { key }, ...inlines(node.children));
      case 'link':
        return h(
          'a',
          { key, href: node.href, target: '_blank', rel: 'noopener noreferrer' },
          ...inlines(node.children),
        );
      case 'break':
        return h('br', { key });
    }
  }

  return blocks(doc.children);
}
