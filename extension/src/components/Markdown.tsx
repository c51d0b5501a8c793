import { parseMarkdown, renderMarkdown } from '@lantern/shared';
import { createElement, useMemo } from 'react';

/**
 * A policy's Markdown as React elements, built by the shared renderer from the parsed tree. No string
 * ever reaches an HTML parser (no innerHTML, no dangerouslySetInnerHTML), so raw HTML shows as text.
 */
export function Markdown({ source }: { source: string }) {
  const children = useMemo(() => renderMarkdown(parseMarkdown(source), createElement), [source]);
  return <div className="markdown">{children}</div>;
}
