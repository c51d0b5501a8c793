import { parseMarkdown, type BlockNode, type InlineNode } from '@lantern/shared';
import { useMemo, type ReactNode } from 'react';

/**
 * Renders policy Markdown from the shared parser's tree as React elements. No string ever reaches an
 * HTML parser, and links were already limited to http(s) and mailto by the parser.
 */
export function Markdown({ source, className = 'markdown' }: { source: string; className?: string }) {
  const doc = useMemo(() => parseMarkdown(source), [source]);
  return <div className={className}>{doc.children.map((block, i) => renderBlock(block, i))}</div>;
}

function renderBlock(node: BlockNode, key: number): ReactNode {
  switch (node.type) {
    case 'heading': {
      // A policy's own headings sit below the page's h1/h2, so shift them down two levels.
      const level = Math.min(6, node.level + 2);
      const Tag = `h${level}` as 'h3';
      return <Tag key={key}>{renderInlines(node.children)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{renderInlines(node.children)}</p>;
    case 'list': {
      const items = node.items.map((blocks, i) => <li key={i}>{blocks.map((b, j) => renderBlock(b, j))}</li>);
      return node.ordered ? (
        <ol key={key} start={node.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{node.children.map((b, i) => renderBlock(b, i))}</blockquote>;
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

function renderInlines(nodes: InlineNode[]): ReactNode[] {
  return nodes.map((node, i) => renderInline(node, i));
}

function renderInline(node: InlineNode, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'strong':
      return <strong key={key}>{renderInlines(node.children)}</strong>;
    case 'emphasis':
      return <em key={key}>{renderInlines(node.children)}</em>;
    case 'link':
      return (
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer">
          {renderInlines(node.children)}
        </a>
      );
    case 'break':
      return <br key={key} />;
  }
}
