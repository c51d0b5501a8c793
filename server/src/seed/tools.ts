import {
  DEFAULT_ENFORCEMENT,
  type DataClass,
  type DecisionInput,
  type Enforcement,
  type Tool,
  type ToolStatus,
} from '@lantern/shared';
import { DEMO_DOMAIN } from './org';

export interface DemoTool {
  tool: Tool;
  /** Relative popularity within its category. */
  popularity: number;
  decision: DecisionInput | null;
  /** Organisation-defined (an internal AI system) rather than a catalog entry. */
  org: boolean;
  /** Only people in this department take it up (an internal pilot). */
  audience?: string;
}

interface Plan {
  popularity: number;
  status?: ToolStatus;
  enforcement?: Enforcement;
  conditions?: string;
  data?: DataClass[];
  alternative?: string;
}

// The decisions a cautious IT team would have taken, with every status and enforcement mode present.
// Ids missing from the catalog are skipped; the catalog fills the rest of the demo by category.
const PLAN: Record<string, Plan> = {
  'microsoft-365-copilot': {
    popularity: 9,
    status: 'approved',
    data: ['public', 'internal', 'confidential', 'personal'],
  },
  'microsoft-copilot': { popularity: 6, status: 'approved', data: ['public', 'internal'] },
  chatgpt: {
    popularity: 10,
    status: 'conditional',
    conditions:
      'Use the company ChatGPT Team workspace only. No customer personal data and no unpublished financial figures.',
    data: ['public', 'internal'],
  },
  'github-copilot': { popularity: 8, status: 'approved', data: ['public', 'internal', 'confidential'] },
  deepl: { popularity: 7, status: 'approved', data: ['public', 'internal', 'confidential'] },
  gemini: {
    popularity: 5,
    status: 'conditional',
    conditions: 'Signed in with your company Google account only. No personal data.',
    data: ['public', 'internal'],
  },
  claude: { popularity: 6, status: 'review' },
  perplexity: { popularity: 4, status: 'review', enforcement: 'inform' },
  grammarly: {
    popularity: 4,
    status: 'conditional',
    conditions: 'Business licence only; keep "improve our product" switched off.',
    data: ['public', 'internal'],
  },
  cursor: {
    popularity: 4,
    status: 'conditional',
    conditions: 'Privacy mode must stay on.',
    data: ['public', 'internal', 'confidential'],
  },
  midjourney: { popularity: 4, status: 'review', enforcement: 'monitor' },
  'character-ai': { popularity: 2, status: 'prohibited', alternative: 'microsoft-copilot' },
  deepseek: { popularity: 3, status: 'prohibited', alternative: 'chatgpt' },
  poe: { popularity: 2, status: 'prohibited', enforcement: 'justify', alternative: 'chatgpt' },
  'otter-ai': {
    popularity: 3,
    status: 'prohibited',
    enforcement: 'justify',
    alternative: 'microsoft-365-copilot',
  },
  'le-chat': { popularity: 2 },
  'google-ai-studio': { popularity: 2, status: 'review' },
  'openai-platform': {
    popularity: 3,
    status: 'approved',
    enforcement: 'monitor',
    data: ['public', 'internal'],
  },
};

const PER_CATEGORY = 4;

/** The internal AI systems the demo organisation runs itself. */
function orgTools(checked: string): Tool[] {
  const base = { urlPrefixes: [], apiEndpoints: [], extensionIds: [], source: 'organisation', checked };
  return [
    {
      ...base,
      id: 'meridian-route-assistant',
      name: 'Route Assistant (internal)',
      vendor: 'Meridian Freight IT',
      category: 'chat',
      domains: [`assistant.${DEMO_DOMAIN}`],
      supplier: { trainsOnInputsByDefault: false, enterpriseTier: true, dataRegions: ['EU'] },
    },
    {
      ...base,
      id: 'meridian-cv-screener',
      name: 'CV Screener pilot',
      vendor: 'Meridian Freight People Ops',
      category: 'agents',
      domains: [`talent.${DEMO_DOMAIN}`],
      supplier: { trainsOnInputsByDefault: false, enterpriseTier: null, dataRegions: ['EU'] },
    },
  ];
}

function toDecision(toolId: string, plan: Plan): DecisionInput | null {
  if (!plan.status) return null;
  return {
    toolId,
    status: plan.status,
    enforcement: plan.enforcement ?? DEFAULT_ENFORCEMENT[plan.status],
    conditions: plan.conditions ?? null,
    allowedDataClasses: plan.data ?? [],
    alternativeToolId: plan.alternative ?? null,
  };
}

/** Picks the demo's tools: the planned ones that exist, then the first few of each useful category. */
export function pickDemoTools(catalog: readonly Tool[], checked: string): DemoTool[] {
  const byId = new Map(catalog.map((t) => [t.id, t]));
  const picked = new Map<string, DemoTool>();
  for (const [id, plan] of Object.entries(PLAN)) {
    const tool = byId.get(id);
    if (!tool) continue;
    const alternative = plan.alternative && byId.has(plan.alternative) ? plan.alternative : undefined;
    picked.set(id, {
      tool,
      popularity: plan.popularity,
      decision: toDecision(id, { ...plan, alternative }),
      org: false,
    });
  }
  const perCategory = new Map<string, number>();
  for (const d of picked.values())
    perCategory.set(d.tool.category, (perCategory.get(d.tool.category) ?? 0) + 1);
  for (const tool of catalog) {
    if (picked.has(tool.id) || tool.category === 'developer-platform') continue;
    const n = perCategory.get(tool.category) ?? 0;
    if (n >= PER_CATEGORY) continue;
    perCategory.set(tool.category, n + 1);
    picked.set(tool.id, { tool, popularity: Math.max(1, 4 - n), decision: null, org: false });
  }
  for (const tool of orgTools(checked)) {
    const status: ToolStatus = tool.id === 'meridian-cv-screener' ? 'review' : 'approved';
    const plan: Plan = {
      popularity: tool.id === 'meridian-cv-screener' ? 2 : 6,
      status,
      data: ['public', 'internal', 'confidential', 'personal'],
    };
    const audience = tool.id === 'meridian-cv-screener' ? 'People & HR' : undefined;
    picked.set(tool.id, {
      tool,
      popularity: plan.popularity,
      decision: toDecision(tool.id, plan),
      org: true,
      audience,
    });
  }
  return [...picked.values()];
}
