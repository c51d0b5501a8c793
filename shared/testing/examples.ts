import type { ToolOverride } from '../src/catalog/release/overrides';
import type { EventOf, SyncEventKind } from '../src/schemas/events';
import type {
  EnrolInput,
  EnrolOutput,
  PullInput,
  PullOutput,
  PushInput,
  PushOutput,
} from '../src/schemas/sync';

/**
 * One realistic, valid example of every event kind and every procedure input and output. Tests
 * start from these and break one thing at a time, so each failure names exactly one cause.
 */
const at = Date.UTC(2026, 10, 23, 9, 30);
const sha = (c: string) => c.repeat(64);

export const EVENT_EXAMPLES: { [K in SyncEventKind]: EventOf<K> } = {
  usage: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c6d',
    at,
    kind: 'usage',
    toolId: 'chatgpt',
    signal: 'visit',
    day: '2026-11-23',
    visits: 4,
    activeSeconds: 1260,
  },
  embedded_discovery: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c6e',
    at,
    kind: 'embedded_discovery',
    toolId: 'openai-api',
    initiatorHost: 'crm.example.com',
    endpointHost: 'api.openai.com',
    day: '2026-11-23',
    requests: 12,
  },
  extension_inventory: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c6f',
    at,
    kind: 'extension_inventory',
    extensions: [
      {
        extensionId: 'abcdefghijklmnopabcdefghijklmnop',
        toolId: 'grammarly',
        name: 'Grammarly',
        enabled: true,
      },
    ],
  },
  registration: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c70',
    at,
    kind: 'registration',
    toolId: 'chatgpt',
    purposeCategory: 'drafting',
    purposeText: 'First drafts of customer newsletters',
    dataClasses: ['public', 'internal'],
    affectsPeople: false,
  },
  registration_withdrawal: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c71',
    at,
    kind: 'registration_withdrawal',
    toolId: 'chatgpt',
  },
  acknowledgement: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c72',
    at,
    kind: 'acknowledgement',
    policyVersion: 3,
    policySha256: sha('a'),
    toolId: 'chatgpt',
    conditionsSha256: sha('b'),
  },
  justification: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c73',
    at,
    kind: 'justification',
    toolId: 'deepseek',
    reason: 'Comparing answers for a public benchmark; no company data',
  },
  approval_request: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c74',
    at,
    kind: 'approval_request',
    toolId: 'perplexity',
    reason: 'Literature search for the market study',
  },
  self_report: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c75',
    at,
    kind: 'self_report',
    name: 'Acme Meeting Notes',
    hostname: 'notes.acme-ai.example',
    category: 'meeting',
    purposeText: 'Minutes of internal team meetings',
  },
  data_guard: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c76',
    at,
    kind: 'data_guard',
    toolId: 'chatgpt',
    day: '2026-11-23',
    dataClass: 'personal',
    warnings: 3,
    pastedAnyway: 1,
  },
  literacy_completion: {
    id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c77',
    at,
    kind: 'literacy_completion',
    moduleId: 'ai-basics',
    moduleVersion: 2,
    moduleSha256: sha('c'),
    score: 80,
    toolId: 'chatgpt',
  },
};

export const ENROL_INPUT: EnrolInput = {
  protocolVersion: 1,
  enrollmentToken: 'enr_4f1c2a9e7b3d5f60',
  userEmail: 'ada@example.com',
  browser: 'chrome',
  browserVersion: '142.0.7444.59',
  extensionVersion: '0.1.0',
};

export const ENROL_OUTPUT: EnrolOutput = {
  protocolVersion: 1,
  deviceId: '3f2b8c1e-9d4a-4e6f-8b7a-1c2d3e4f5a6b',
  deviceToken: 'dQw4w9WgXcQ-1k3Jx9yZ0aB2cD4eF6gH8iJ0kL2mN4o',
};

export const PUSH_INPUT: PushInput = { protocolVersion: 1, events: Object.values(EVENT_EXAMPLES) };

export const PUSH_OUTPUT: PushOutput = {
  protocolVersion: 1,
  stored: PUSH_INPUT.events.map((e) => e.id),
  duplicates: 0,
  configVersion: 7,
};

export const PULL_INPUT: PullInput = { protocolVersion: 1, configVersion: 6 };

export const PULL_OUTPUT_UNCHANGED: PullOutput = { protocolVersion: 1, unchanged: true, configVersion: 7 };

export const PULL_OUTPUT_CHANGED: PullOutput = {
  protocolVersion: 1,
  unchanged: false,
  configVersion: 7,
  config: {
    decisions: [
      {
        toolId: 'chatgpt',
        status: 'conditional',
        enforcement: 'acknowledge',
        conditions: 'No customer or personal data.',
        allowedDataClasses: ['public', 'internal'],
        alternativeToolId: null,
        decidedBy: 'it-admin',
        decidedAt: at,
      },
    ],
    policy: {
      version: 3,
      title: 'AI use policy',
      body: '# AI use policy\n\nUse approved tools only.',
      sha256: sha('c'),
      changeSummary: 'Added the rules for meeting assistants.',
      publishedAt: at,
    },
    tools: [
      {
        id: 'org-internal-rag',
        name: 'Internal knowledge assistant',
        vendor: 'Example Corp IT',
        category: 'chat',
        domains: ['ask.intranet.example.com'],
        urlPrefixes: ['intranet.example.com/ai'],
        apiEndpoints: [],
        extensionIds: [],
        supplier: { trainsOnInputsByDefault: false, enterpriseTier: true, dataRegions: ['EU'] },
        source: 'organisation',
        checked: '2026-11-01',
      },
    ],
    settings: { privacyMode: 'named', pullIntervalSeconds: 300 },
    requests: [
      {
        id: '019ab2f0-5c1e-7a3b-8c4d-1e2f3a4b5c74',
        toolId: 'perplexity',
        status: 'approved',
        note: 'Approved for research with public data.',
        decidedAt: at,
      },
    ],
  },
};

/** An organisation's override of one catalog tool that changes nothing until `over` says what (ChatGPT by default). */
export const toolOverride = (over: Partial<ToolOverride> = {}): ToolOverride => ({
  toolId: 'chatgpt',
  name: null,
  addDomains: [],
  removeDomains: [],
  retired: false,
  notAi: false,
  note: null,
  ...over,
});
