import type { Decision } from '@lantern/shared';
import { describe, expect, it } from 'vitest';
import { buildWorkspaceRules } from './workspace-rules';

const WS = '550e8400-e29b-41d4-a716-446655440000';
const decision = (toolId: string, ids: string[] | null): Decision => ({
  toolId,
  status: 'approved',
  enforcement: 'inform',
  conditions: null,
  allowedDataClasses: [],
  alternativeToolId: null,
  decidedBy: 'admin',
  decidedAt: Date.UTC(2026, 11, 1),
  ...(ids ? { companyWorkspace: { ids, link: null, since: Date.UTC(2026, 11, 1) } } : {}),
});

describe('company workspace header rules', () => {
  it("sets each vendor's header on the vendor's hosts only, on every kind of request", () => {
    const rules = buildWorkspaceRules(
      [decision('claude', [WS]), decision('chatgpt', [WS]), decision('perplexity', null)],
      7,
    );
    expect(rules.map((r) => [r.id, r.condition.requestDomains, r.action.requestHeaders])).toEqual([
      [7, ['chatgpt.com'], [{ header: 'ChatGPT-Allowed-Workspace-Id', operation: 'set', value: WS }]],
      [
        8,
        ['claude.ai', 'api.anthropic.com'],
        [{ header: 'anthropic-allowed-org-ids', operation: 'set', value: WS }],
      ],
    ]);
    for (const rule of rules)
      expect(rule.condition.resourceTypes).toEqual(
        expect.arrayContaining(['main_frame', 'sub_frame', 'xmlhttprequest', 'script']),
      );
  });

  it('installs nothing for identifiers the vendor would not accept, or for a tool without the control', () => {
    expect(
      buildWorkspaceRules([decision('chatgpt', ['not-a-uuid']), decision('perplexity', [WS])], 1),
    ).toEqual([]);
  });
});
