// Fourteenth-session regional pass (issue 15, 2026-12-06): Japanese AI services and AI-first products from
// aegisfleet/tool-survey-report (pinned as `c14regionalaeg`, MIT licence file), a Japanese site of survey reports on
// 517 tools whose front matter gives each tool's name, developer, category and official site. Only facts were taken:
// the name, the developer and the official site's host or path. The catalog classified 93 of the 517 official sites
// (18.0%) before these rows and 127 (24.6%) after; most of the misses are not AI products (test tools, CI, editors, payment and POS
// services, rental shops, operating systems) or are GitHub repositories and documentation pages. Rows are the
// Japanese assistants and AI services (with `region: 'japan'`) and the AI-first products whose host is their own.
// Rakuten AI and LINE Yahoo's Agent i, leads earlier passes could not source, are named here by their official sites.
// Two hosts went to existing entries instead: Autify's Japanese site (autify.jp, on autify) and Opal's documentation
// (developers.google.com/opal, on google-opal). Palmier Pro (palmier.io) came in the same day from its YC record
// (long-tail-c14-ycnew.ts).
// Left out: AI gateways, agent frameworks, protocols and MCP servers (9router, Kong AI Gateway, A2A, AGENTS.md,
// Strands Agents, AgentScope, Kitesurf), model APIs and LLM platforms without a user interface named (SoftBank's
// Sarashina API, Sakura Internet's さくらのAI), abceed and MiriCanvas (an English-learning app and a design tool with AI features, not AI products), SHIFT's
// AI testing and code-analysis services (services), OfficeCLI and RTK (tooling for agents), records whose
// host is not shown to be the product's own (Deep-Live-Cam's deeplivecam.net, buildbygrok.com, Hermes WebUI's
// get-hermes.ai, a page on muapi.ai), localized Microsoft, NVIDIA and Google pages, and GitHub repositories.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools, listed } from './define';

const aeg = (slug: string) => listed('c14regionalaeg', `_reports/${slug}.md`);

export const regionalC14RegionalTools: Tool[] = defineTools(
  'chat',
  [
    // Japan
    { id: 'rakuten-ai', name: 'Rakuten AI', vendor: 'Rakuten Group', domains: ['ai.rakuten.co.jp'], source: aeg('rakuten-ai'), region: 'japan' },
    { id: 'lineyahoo-agent-i', name: 'Agent i (LINE Yahoo)', vendor: 'LY Corporation', urlPrefixes: ['events.yahoo.co.jp/agent-i'], source: aeg('agent-i'), region: 'japan' },
    { id: 'animegen', name: 'AnimeGen', vendor: 'AIdeaLab', category: 'video', domains: ['animegen.jp'], source: aeg('animegen'), region: 'japan' },
    { id: 'shift-tensaikun', name: 'Tensai-kun (天才くん)', vendor: 'SHIFT', category: 'agents', domains: ['tensaikun.jp'], source: aeg('tensai-kun'), region: 'japan' },
    { id: 'casio-waves-place', name: 'Waves Place', vendor: 'Casio', category: 'audio', domains: ['wavesplace.casio.com'], source: aeg('waves-place'), region: 'japan' },
    { id: 'nttdata-litron-core', name: 'LITRON CORE', vendor: 'NTT DATA', category: 'agents', urlPrefixes: ['www.nttdata.com/jp/ja/lineup/litron-core'], source: aeg('litron-core'), region: 'japan' },
    { id: 'softbank-agentic-star', name: 'AGENTIC STAR', vendor: 'SoftBank', category: 'agents', urlPrefixes: ['www.softbank.jp/biz/services/ai/agentic-star'], source: aeg('agentic-star'), region: 'japan' },
    {
      id: 'fujitsu-ai-dsdp',
      name: 'Fujitsu AI-Driven Software Development Platform',
      vendor: 'Fujitsu',
      category: 'coding',
      urlPrefixes: ['global.fujitsu/ja-jp/technology/key-technologies/ai/ai-dsdp'],
      source: aeg('ai-driven-software-development-platform'),
      region: 'japan',
    },
    { id: 'tekion-openryoko', name: 'OpenRyoko', vendor: 'TEKION Group', category: 'agents', urlPrefixes: ['tekion.jp/openryoko'], source: aeg('openryoko'), region: 'japan' },
    { id: 'magicpod', name: 'MagicPod', vendor: 'MagicPod', category: 'coding', domains: ['magicpod.com'], source: aeg('magicpod'), region: 'japan' },
    // AI-first products named by the same reports
    {
      id: 'google-workspace-studio',
      name: 'Google Workspace Studio',
      vendor: 'Google',
      category: 'agents',
      domains: ['studio.workspace.google.com'],
      urlPrefixes: ['developers.google.com/workspace/add-ons/studio'],
      source: aeg('google-workspace-studio'),
    }, // developers.google.com/workspace/add-ons/studio: aeg('google-gemini-flows')
    { id: 'brainbase', name: 'Brainbase', vendor: 'Brainbase Labs', category: 'agents', domains: ['usebrainbase.com'], source: aeg('brainbase') },
    { id: 'jinba', name: 'Jinba', vendor: 'Carnot', category: 'agents', domains: ['jinba.io'], source: aeg('jinba') },
    { id: 'openpencil', name: 'OpenPencil', vendor: 'OpenPencil', category: 'image', domains: ['openpencil.dev'], source: aeg('openpencil') },
    { id: 'google-code-wiki', name: 'Code Wiki', vendor: 'Google', category: 'coding', domains: ['codewiki.google'], source: aeg('codewiki') },
    { id: 'huxe', name: 'Huxe', vendor: 'Huxe AI', category: 'audio', domains: ['huxe.com'], source: aeg('huxe') },
    { id: 'mirofish', name: 'MiroFish', vendor: 'MiroFish', category: 'agents', domains: ['mirofish.ai'], source: aeg('mirofish') },
    { id: 'notely-voice', name: 'Notely Voice', vendor: 'Notely Voice', category: 'meeting', domains: ['notelyvoice.ai'], source: aeg('notelyvoice') },
    { id: 'paperclip-ing', name: 'Paperclip', vendor: 'Paperclip', category: 'agents', domains: ['paperclip.ing'], source: aeg('paperclip') },
    { id: 'paseo-sh', name: 'Paseo', vendor: 'Paseo', category: 'agents', domains: ['paseo.sh'], source: aeg('paseo') },
    { id: 'seavid-ai', name: 'Seavid AI', vendor: 'Seavid AI', category: 'video', domains: ['seavidgen.com'], source: aeg('seadance-ai') },
    { id: 'grok-cli-superagent', name: 'Grok CLI (superagent-ai)', vendor: 'Superagent', category: 'coding', domains: ['grokcli.io'], source: aeg('grok-cli') },
    { id: 'grok-wiki', name: 'Grok-Wiki', vendor: 'AsyncFuncAI', category: 'coding', domains: ['grok-wiki.com'], source: aeg('grok-wiki') },
    { id: 'kodus', name: 'Kodus', vendor: 'Kodus', category: 'coding', domains: ['kodus.io'], source: aeg('kodus') },
    { id: 'tinyhumans-openhuman', name: 'OpenHuman', vendor: 'TinyHumans AI', category: 'agents', urlPrefixes: ['tinyhumans.ai/openhuman'], source: aeg('openhuman') },
  ],
  { checked: CHECKED_C14 },
);
