// Twelfth-session fetch pass, agents, automation, no-code, GPT-store and AI-product lists (fetch-d, issue 15,
// 2026-12-06). Lists fetched by name and read at the pinned commit; only facts (name, maker, host) were taken and the
// rows are ours. Every product host each list names was classified with the catalog first.
// - caramaschiHG/awesome-ai-agents-2026 (README.md, CC0 licence file): 142 hosts, 88 already matched. Added four
//   AI-first products: an email-intelligence API for agents, a visual deploy service for agent configs, an AI
//   governance platform and an agent-pipeline security product. Left out: general software the list names for its AI
//   features (HubSpot, Salesforce, Zendesk, Intercom, Freshworks, Dixa, Assembled, Salesmate, Pipedrive, Apollo, Monday,
//   Zoho, Creatio, ServiceNow, Dynamics, Hex, JetBrains, Sourcegraph, Snyk, CrowdStrike, OneTrust, Zapier, Make,
//   PlayCode), mental-health services not described as AI products (Sanvello, Headspace, Talkspace, Ginger, Akili),
//   benchmarks, standards bodies and news (ARC Prize, Terminal-Bench, NIST, OWASP, EU, HOL, aibtc.news, Ben's Bites,
//   The Rundown, Latent Space, awesomeagents.ai) and AuditOne (not described as an AI product). Handed over: wysa.io
//   (a second host of the existing Wysa entry, wysa.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const agents2026 = listed('caramaschiagents2026', 'README.md');

export const longTailC12FdTools: Tool[] = defineTools(
  'agents',
  [
    // caramaschiHG/awesome-ai-agents-2026: agent tooling, governance and security.
    { id: 'igpt-email', name: 'iGPT', vendor: 'iGPT', category: 'developer-platform', domains: ['igpt.ai'], source: agents2026 },
    { id: 'crewclaw', name: 'CrewClaw', vendor: 'CrewClaw', domains: ['crewclaw.com'], source: agents2026 },
    { id: 'credo-ai', name: 'Credo AI', vendor: 'Credo AI', category: 'other', domains: ['credo.ai'], source: agents2026 },
    { id: 'bifrost-ai', name: 'Bifrost', vendor: 'Bifrost AI', category: 'other', domains: ['bifrost.ai'], source: agents2026 },
  ],
  { checked: CHECKED_C12 },
);
