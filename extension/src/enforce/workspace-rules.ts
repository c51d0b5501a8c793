import { checkWorkspaceIds, workspaceVendor, type Decision } from '@lantern/shared';

/** Every resource type: the vendor checks the header on the page, its API calls and its frames. */
const ALL_TYPES = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'image',
  'font',
  'object',
  'xmlhttprequest',
  'ping',
  'csp_report',
  'media',
  'websocket',
  'other',
] as const;

/** The subset of chrome.declarativeNetRequest.Rule this feature writes. */
export interface WorkspaceRule {
  id: number;
  priority: number;
  action: {
    type: 'modifyHeaders';
    requestHeaders: { header: string; operation: 'set'; value: string }[];
  };
  condition: { requestDomains: string[]; resourceTypes: (typeof ALL_TYPES)[number][] };
}

/**
 * "Company workspace only" (issue 22): one rule per restricted tool that sets the vendor's header on
 * requests to the vendor's own hosts — the hosts come from the shared vendor table, never from the
 * config, so an identifier cannot reach any other site. `set` replaces whatever a page or another
 * extension put there. Identifiers are re-checked here: a config the server should never have sent
 * installs nothing rather than a malformed header.
 */
export function buildWorkspaceRules(decisions: readonly Decision[], firstId: number): WorkspaceRule[] {
  const rules: WorkspaceRule[] = [];
  const sorted = [...decisions].sort((a, b) => a.toolId.localeCompare(b.toolId));
  for (const decision of sorted) {
    const vendor = workspaceVendor(decision.toolId);
    if (!vendor || !decision.companyWorkspace) continue;
    const checked = checkWorkspaceIds(decision.toolId, decision.companyWorkspace.ids);
    if (!checked.ok) continue;
    rules.push({
      id: firstId + rules.length,
      priority: 1,
      action: {
        type: 'modifyHeaders',
        requestHeaders: vendor
          .headers(checked.ids)
          .map((h) => ({ header: h.name, operation: 'set', value: h.value })),
      },
      condition: { requestDomains: [...vendor.hosts], resourceTypes: [...ALL_TYPES] },
    });
  }
  return rules;
}
