// Fifth pass over the pinned lists (CHECKED_3): coding, developer platforms and business tools that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5BuildersTools3: Tool[] = defineTools('productivity', [
  { id: 'agentage-memory', name: 'Agentage Memory', vendor: 'Agentage', category: 'developer-platform', domains: ['agentage.io'], source: listed('zijianni', 'README.ja.md') },
  { id: 'remio', name: 'Remio', vendor: 'Remio', category: 'productivity', domains: ['remio.ai'], source: listed('zijianni', 'README.ja.md') },
  { id: 'toolhouse', name: 'Toolhouse', vendor: 'Toolhouse', category: 'developer-platform', domains: ['toolhouse.ai'], source: listed('zijianni', 'README.ja.md') },
  { id: 'llmgraph', name: 'LLMGraph', vendor: 'LLMGraph', category: 'developer-platform', domains: ['llmgraph.ai'], source: listed('arunagirinathan') },
  { id: 'agentline', name: 'AgentLine', vendor: 'AgentLine', category: 'developer-platform', domains: ['agentline.cloud'], source: listed('zijianni', 'README.ja.md') },
  { id: 'vibekit-bot', name: 'VibeKit.bot', vendor: 'VibeKit', category: 'coding', domains: ['vibekit.bot'], source: listed('arunagirinathan') },
  { id: 'memorylake', name: 'MemoryLake', vendor: 'MemoryLake', category: 'developer-platform', domains: ['memorylake.ai'], source: listed('zijianni', 'README.ja.md') },
  { id: 'graphlit', name: 'Graphlit', vendor: 'Graphlit', category: 'developer-platform', domains: ['graphlit.com'], source: listed('zijianni', 'README.ja.md') },
  { id: 'agentql', name: 'AgentQL', vendor: 'TinyFish', category: 'developer-platform', domains: ['agentql.com'], source: listed('zijianni', 'README.ja.md') },
  { id: 'roomote', name: 'Roomote', vendor: 'Roo Code', category: 'coding', domains: ['roomote.dev'], source: listed('zijianni', 'README.ja.md') },
  { id: 'restack', name: 'Restack', vendor: 'Restack', category: 'developer-platform', domains: ['restack.io'], source: listed('zijianni', 'README.ja.md') },
  { id: 'pandagpt', name: 'PandaGPT', vendor: 'PandaGPT', category: 'productivity', domains: ['pandagpt.io'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
  { id: 'chartgpt-dev', name: 'ChartGPT', vendor: 'ChartGPT', category: 'productivity', domains: ['chartgpt.dev'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
  { id: 'readme-ai-generator', name: 'README Generator', vendor: 'rustc.cloud', category: 'coding', domains: ['readme.rustc.cloud'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
  { id: 'smithery', name: 'Smithery', vendor: 'Smithery', category: 'developer-platform', domains: ['smithery.ai'], source: listed('embraceagi', 'docs/MCP.md') },
  { id: 'pi-coding-agent', name: 'pi', vendor: 'Earendil', category: 'coding', domains: ['pi.dev'], source: listed('embraceagi', 'docs/Coding_Agents.md') },
], { checked: CHECKED_3 });
