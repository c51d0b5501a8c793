import type { Tool } from '@lantern/shared';

/** Where "continue" and "open" lead: the tool's own start page, never a URL remembered from a visit. */
export function toolHome(tool: Pick<Tool, 'domains' | 'urlPrefixes'>): string {
  const target = tool.domains[0] ?? tool.urlPrefixes[0];
  return target ? `https://${target}/` : 'about:blank';
}
