import type { BlockNode, InlineNode } from '@lantern/shared';
import { parseMarkdown } from '@lantern/shared';
import { useMemo, type ReactNode } from 'react';

/**
 * Renders Markdown by building React elements from the parsed tree. No string ever reaches an HTML
 * parser (no innerHTML, no dangerouslySetInnerHTML), so raw HTML in a policy shows as text.
 */
export function Markdown({ source }: { source: string }) {
  const doc = useMemo(() => parseMarkdown(source), [source]);
  return <div className="markdown">{doc.children.map(renderBlock)}</div>;
}

function renderBlock(node: BlockNode, key: number): ReactNode {
  switch (node.type) {
    case 'heading': {
      // Policy headings sit under the page's own h1/h2, so they start one level lower.
      const Tag = `h${Math.min(node.level + 2, 6)}` as 'h3';
      return <Tag key={key}>{node.children.map(renderInline)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{node.children.map(renderInline)}</p>;
    case 'list': {
      const items = node.items.map((blocks, i) => <li key={i}>{blocks.map(renderBlock)}</li>);
      return node.ordered ? (
        <ol key={key} start={node.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{node.children.map(renderBlock)}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{node.value}</code>
        </pre>
      );
    case 'rule':
      return <hr key={key} />;
  }
}

function renderInline(node: InlineNode, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'strong':
      return <strong key={key}>{node.children.map(renderInline)}</strong>;
    case 'emphasis':
      return <em key={key}>{node.children.map(renderInline)}</em>;
    case 'link':
      // The parser lets through only http(s) and mailto targets.
      return (
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer">
          {node.children.map(renderInline)}
        </a>
      );
    case 'break':
      return <br key={key} />;
  }
}
