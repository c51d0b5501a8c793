/**
 * The Markdown Lantern renders (policy bodies, change summaries): a deliberately small subset,
 * parsed into data so the UI builds elements from it and never hands a string to an HTML parser.
 */
export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'emphasis'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] }
  | { type: 'break' };

export type BlockNode =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'list'; ordered: boolean; start: number; items: BlockNode[][] }
  | { type: 'blockquote'; children: BlockNode[] }
  | { type: 'codeBlock'; value: string }
  | { type: 'rule' };

export interface MarkdownDocument {
  type: 'document';
  children: BlockNode[];
}

/** Nesting deeper than this (quotes in quotes, lists in lists, emphasis in emphasis) is shown as text. */
export const MAX_NESTING = 8;

/** Only these link targets survive; anything else (javascript:, data:, relative paths) renders as plain text. */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  // Control characters are refused outright rather than listed in the patterns below.
  if ([...href].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
  if (/^https?:\/\/[^\s<>"'`]+$/i.test(href)) return href;
  if (/^mailto:[^\s<>"'`/]+@[^\s<>"'`]+$/i.test(href)) return href;
  return null;
}
