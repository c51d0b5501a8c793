import type { Tool } from '@lantern/shared';

/** The subset of chrome.declarativeNetRequest.Rule this feature writes. */
export interface BlockRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { extensionPath: string } };
  condition: { requestDomains?: string[]; urlFilter?: string; resourceTypes: ['main_frame'] };
}

export const BLOCKED_PAGE = '/blocked.html';

/**
 * One redirect per stopped tool (domains) and per URL prefix: top-level navigations to the tool go
 * to the extension's page instead. Sub-resources are left alone — only the employee's own visit is
 * stopped — and nothing about the original URL is carried into the extension page.
 */
export function buildBlockRules(tools: readonly Tool[]): BlockRule[] {
  const rules: BlockRule[] = [];
  const sorted = [...tools].sort((a, b) => a.id.localeCompare(b.id));
  for (const tool of sorted) {
    const extensionPath = `${BLOCKED_PAGE}?tool=${encodeURIComponent(tool.id)}`;
    const action = { type: 'redirect' as const, redirect: { extensionPath } };
    if (tool.domains.length > 0) {
      // requestDomains matches each domain and its subdomains.
      rules.push({
        id: rules.length + 1,
        priority: 1,
        action,
        condition: { requestDomains: [...tool.domains], resourceTypes: ['main_frame'] },
      });
    }
    for (const prefix of tool.urlPrefixes) {
      // `||` anchors at a host label boundary; `^` stops at a path separator or the end, so
      // github.com/copilot matches /copilot and /copilot/x but not /copilot-fan.
      rules.push({
        id: rules.length + 1,
        priority: 1,
        action,
        condition: { urlFilter: `||${prefix}^`, resourceTypes: ['main_frame'] },
      });
    }
  }
  return rules;
}
