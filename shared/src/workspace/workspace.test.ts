import { describe, expect, it } from 'vitest';
import { CompanyWorkspaceInputSchema, DecisionSchema } from '../schemas/decision';
import { checkWorkspaceIds, MAX_WORKSPACE_IDS } from './validate';
import { WORKSPACE_VENDORS, workspaceVendor } from './vendors';

const UUID = '550e8400-e29b-41d4-a716-446655440000';
const UUID2 = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('company workspace identifiers', () => {
  it('accepts each vendor format and normalises case, spaces and repeats', () => {
    expect(checkWorkspaceIds('chatgpt', [` ${UUID.toUpperCase()} `, UUID, UUID2])).toEqual({
      ok: true,
      ids: [UUID, UUID2],
    });
    expect(checkWorkspaceIds('claude', [UUID])).toEqual({ ok: true, ids: [UUID] });
    expect(checkWorkspaceIds('microsoft-365-copilot', [UUID, 'contoso.com'])).toEqual({
      ok: true,
      ids: [UUID, 'contoso.com'],
    });
    expect(checkWorkspaceIds('gemini', ['example.com', 'eu.example.com'])).toEqual({
      ok: true,
      ids: ['example.com', 'eu.example.com'],
    });
  });

  it('refuses what does not fit, with an error naming the identifier and the expected format', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['chatgpt', ['org-Tkxfm8owx4zIPaJGNDVrPs6m'], /"org-tkxfm8owx4zipajgndvrps6m" is not a UUID/],
      ['claude', ['example.com'], /is not a UUID/],
      ['gemini', [UUID], /is not a domain/],
      ['gemini', ['com'], /is not a domain/],
      ['gemini', ['co.uk'], /is not a domain/], // a public suffix
      [
        'microsoft-365-copilot',
        ['contoso.com', UUID],
        /first identifier must be your own directory's tenant ID/,
      ],
      ['chatgpt', [], /at least one/],
      ['perplexity', [UUID], /has no company-workspace control/],
      [
        'chatgpt',
        Array.from({ length: MAX_WORKSPACE_IDS + 1 }, (_, i) => UUID.replace(/.{2}$/, String(10 + i))),
        /at most 20/,
      ],
    ];
    for (const [tool, ids, error] of cases) {
      const result = checkWorkspaceIds(tool, ids);
      expect(result.ok, `${tool} ${ids.join(',')}`).toBe(false);
      if (!result.ok) expect(result.error).toMatch(error);
    }
  });

  it('keeps header-breaking characters out at the schema already', () => {
    for (const id of [`${UUID},${UUID2}`, `${UUID}\r\nX-Evil: 1`, 'a b', '']) {
      expect(
        CompanyWorkspaceInputSchema.safeParse({ ids: [id], link: null }).success,
        JSON.stringify(id),
      ).toBe(false);
    }
    expect(CompanyWorkspaceInputSchema.safeParse({ ids: [UUID], link: 'http://chatgpt.com/' }).success).toBe(
      false,
    );
    expect(
      CompanyWorkspaceInputSchema.safeParse({ ids: [UUID], link: 'https://sso.example.com/chatgpt' }).success,
    ).toBe(true);
  });

  it('is absent from a decision without restriction, so older browsers still parse the config', () => {
    const base = {
      toolId: 'chatgpt',
      status: 'approved',
      enforcement: 'inform',
      conditions: null,
      allowedDataClasses: [],
      alternativeToolId: null,
      decidedBy: 'a',
      decidedAt: Date.UTC(2026, 0, 1),
    };
    expect(DecisionSchema.safeParse(base).success).toBe(true);
    expect(
      DecisionSchema.safeParse({
        ...base,
        companyWorkspace: { ids: [UUID], link: null, since: Date.UTC(2026, 0, 1) },
      }).success,
    ).toBe(true);
    expect(DecisionSchema.safeParse({ ...base, companyWorkspace: null }).success).toBe(false);
  });

  it('sends headers only to the hosts the vendors document, in their format', () => {
    expect(workspaceVendor('chatgpt')!.headers([UUID, UUID2])).toEqual([
      { name: 'ChatGPT-Allowed-Workspace-Id', value: `${UUID},${UUID2}` },
    ]);
    expect(workspaceVendor('claude')!.hosts).toEqual(['claude.ai', 'api.anthropic.com']);
    expect(workspaceVendor('microsoft-365-copilot')!.headers([UUID, 'contoso.com'])).toEqual([
      { name: 'Restrict-Access-To-Tenants', value: `${UUID},contoso.com` },
      { name: 'Restrict-Access-Context', value: UUID },
    ]);
    for (const vendor of WORKSPACE_VENDORS)
      for (const host of vendor.hosts) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });
});
