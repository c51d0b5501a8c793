import { parseMarkdown, renderMarkdown } from '@lantern/shared';
import { createElement, useMemo } from 'react';

/**
 * Renders policy Markdown as React elements, built by the shared renderer from the parsed tree. No
 * string ever reaches an HTML parser, and links were already limited to http(s) and mailto.
 */
export function Markdown({ source, className = 'markdown' }: { source: string; className?: string }) {
  const children = useMemo(() => renderMarkdown(parseMarkdown(source), createElement), [source]);
  return <div className={className}>{children}</div>;
}
