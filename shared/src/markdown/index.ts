export * from './ast';
export { parseInline } from './inline';
export { parseMarkdown } from './block';
export { renderMarkdown, type ElementFactory } from './render';
