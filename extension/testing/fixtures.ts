import type { Decision, PolicyVersion, Tool } from '@lantern/shared';

/** Realistic config values for component and page tests. */
export const chatgpt: Tool = {
  id: 'chatgpt',
  name: 'ChatGPT',
  vendor: 'OpenAI',
  category: 'chat',
  domains: ['chatgpt.com'],
  urlPrefixes: [],
  apiEndpoints: ['api.openai.com'],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: true, enterpriseTier: true, dataRegions: ['US', 'EU'] },
  source: 'https://openai.com/policies',
  checked: '2026-11-01',
};

export const claude: Tool = {
  ...chatgpt,
  id: 'claude',
  name: 'Claude',
  vendor: 'Anthropic',
  domains: ['claude.ai'],
};

export function decisionFor(toolId: string, over: Partial<Decision> = {}): Decision {
  return {
    toolId,
    status: 'conditional',
    enforcement: 'acknowledge',
    conditions: 'No customer data.',
    allowedDataClasses: ['public', 'internal'],
    alternativeToolId: null,
    decidedBy: 'it@example.com',
    decidedAt: Date.UTC(2026, 10, 1),
    ...over,
  };
}

export const policyV1: PolicyVersion = {
  version: 1,
  title: 'AI use policy',
  body: '# Scope\n\nUse **approved** tools. <script>alert(1)</script> [evil](javascript:alert(1)) [intranet](https://intranet.example/ai)',
  sha256: 'a'.repeat(64),
  changeSummary: null,
  publishedAt: Date.UTC(2026, 9, 1),
};

export const policyV2: PolicyVersion = {
  ...policyV1,
  version: 2,
  body: policyV1.body + '\n\nNew: no personal data in prompts.',
  sha256: 'b'.repeat(64),
  changeSummary: 'Personal data is **no longer allowed** in prompts.',
  publishedAt: Date.UTC(2026, 10, 20),
};
