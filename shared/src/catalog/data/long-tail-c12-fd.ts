// Twelfth-session fetch pass, agents, automation, no-code, GPT-store and AI-product lists (fetch-d, issue 15,
// 2026-12-06). Lists fetched by name and read at the pinned commits; only facts (name, maker, host) were taken and the
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
// - langgenius/dify-official-plugins (the provider and tool YAML files, Apache-2.0): 210 hosts, 90 already matched.
//   Added seven AI-first model, inference and document-AI vendors, each from its own plugin's provider file. Left out:
//   general SaaS, cloud and search APIs the plugins connect to (Airtable, Slack, Notion, Lark, Typeform, Brave, SerpApi,
//   Bright Data, Spider, Box, Dropbox, Twilio, Zoom and others), placeholders, docs hosts, a shared AI Studio app
//   subdomain, and API relays and GPU clouds (DeerAPI, PerfXCloud, Inferera). Handed over: api.gmi-serving.com
//   (gmi-cloud) and api.modelarts-maas.com (huawei-cloud-maas).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const agents2026 = listed('caramaschiagents2026', 'README.md');
const dify = (file: string) => listed('difyofficialplugins', file);

export const longTailC12FdTools: Tool[] = defineTools(
  'agents',
  [
    // caramaschiHG/awesome-ai-agents-2026: agent tooling, governance and security.
    { id: 'igpt-email', name: 'iGPT', vendor: 'iGPT', category: 'developer-platform', domains: ['igpt.ai'], source: agents2026 },
    { id: 'crewclaw', name: 'CrewClaw', vendor: 'CrewClaw', domains: ['crewclaw.com'], source: agents2026 },
    { id: 'credo-ai', name: 'Credo AI', vendor: 'Credo AI', category: 'other', domains: ['credo.ai'], source: agents2026 },
    { id: 'bifrost-ai', name: 'Bifrost', vendor: 'Bifrost AI', category: 'other', domains: ['bifrost.ai'], source: agents2026 },
    // langgenius/dify-official-plugins: model providers, inference and document AI.
    { id: 'ant-ling', name: 'Ant Ling', vendor: 'Ant Group', category: 'chat', domains: ['ant-ling.com'], region: 'china', source: dify('models/ant_ling/provider/ant_ling.yaml') },
    { id: 'mixedbread', name: 'Mixedbread', vendor: 'Mixedbread', category: 'developer-platform', domains: ['mixedbread.com', 'mixedbread.ai'], source: dify('models/mixedbread/provider/mixedbread.yaml') }, // mixedbread.ai, the vendor's earlier host (its API at api.mixedbread.ai): https://github.com/mixedbread-ai/mixedbread-python/blob/23d50e04a08c2da61d34346f87dd9b9749b9e339/src/mixedbread/_client.py (Apache-2.0), read CHECKED_C13
    { id: 'vessl-ai', name: 'VESSL AI', vendor: 'VESSL AI', category: 'developer-platform', domains: ['vessl.ai'], region: 'korea', source: dify('models/vessl_ai/provider/vessl_ai.yaml') },
    { id: 'gpustack', name: 'GPUStack', vendor: 'GPUStack', category: 'developer-platform', domains: ['gpustack.ai'], source: dify('models/gpustack/manifest.yaml') },
    { id: 'mineru', name: 'MinerU', vendor: 'OpenDataLab', category: 'developer-platform', domains: ['mineru.net'], region: 'china', source: dify('tools/mineru/provider/mineru.yaml') },
    { id: 'seltz', name: 'Seltz', vendor: 'Seltz', category: 'developer-platform', domains: ['seltz.ai'], source: dify('tools/seltz/provider/seltz.yaml') },
    { id: 'somark', name: 'SoMark', vendor: 'SoMark', category: 'developer-platform', domains: ['somark.ai', 'somark.cn'], region: 'china', source: dify('tools/somark/provider/somark.yaml') },
  ],
  { checked: CHECKED_C12 },
);
