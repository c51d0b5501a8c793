// Fifth pass over the pinned lists (CHECKED_3): tools made for one region that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5RegionalTools2: Tool[] = defineTools('chat', [
  // bocha.cn (2026-12-05): Bocha's newer host: chatgpt-on-wechat's Bocha search skill (MIT) points to its API docs
  // and keys at https://open.bocha.cn and calls https://api.bocha.cn/v1/web-search (zhayujie/chatgpt-on-
  // wechat@4c8712d683c1d02d78b0b590e85fb2bf9b2d8f22 skills/bocha-search/scripts/search.sh); Bocha's own MCP server of
  // April 2025 still used api.bochaai.com (BochaAI/bocha-search-mcp@285bf4064a3317ad0f29966da8af5e1fdace14f1
  // src/bocha_search_mcp/server.py).
  { id: 'bocha-ai', name: '博查 Bocha', vendor: 'Bocha AI', category: 'search', domains: ['bochaai.com', 'bocha.cn'], apiEndpoints: ['api.bocha.cn', 'api.bochaai.com'], source: listed('kostja94', 'INDEX.md'), region: 'china' },
  { id: 'zeta-alpha', name: 'Zeta Alpha', vendor: 'Zeta Alpha', category: 'search', domains: ['zeta-alpha.com'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'ambersearch', name: 'AmberSearch', vendor: 'AmberSearch', category: 'search', domains: ['ambersearch.de'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'nebius', name: 'Nebius', vendor: 'Nebius', category: 'developer-platform', domains: ['nebius.com'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'hyperstack', name: 'Hyperstack', vendor: 'Hyperstack', category: 'developer-platform', domains: ['hyperstack.cloud'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'jarvis-labs', name: 'Jarvis Labs', vendor: 'Jarvis Labs', category: 'developer-platform', domains: ['jarvislabs.ai'], source: listed('kostja94', 'INDEX.md'), region: 'india' },
  { id: 'genesis-cloud', name: 'Genesis Cloud', vendor: 'Genesis Cloud', category: 'developer-platform', domains: ['genesiscloud.com'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'datacrunch', name: 'DataCrunch', vendor: 'DataCrunch', category: 'developer-platform', domains: ['datacrunch.io'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'cognee', name: 'Cognee', vendor: 'Cognee', category: 'developer-platform', domains: ['cognee.ai'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'v7-go', name: 'V7', vendor: 'V7 Labs', category: 'developer-platform', domains: ['v7labs.com'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'aindo', name: 'Aindo', vendor: 'Aindo', category: 'developer-platform', domains: ['aindo.com'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'syntho', name: 'Syntho', vendor: 'Syntho', category: 'developer-platform', domains: ['syntho.ai'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'mostly-ai', name: 'Mostly AI', vendor: 'Mostly AI', category: 'developer-platform', domains: ['mostly.ai'], source: listed('kostja94', 'INDEX.md'), region: 'europe' },
  { id: 'moments-lab', name: 'Moments Lab', vendor: 'Moments Lab', category: 'video', domains: ['momentslab.com'], source: listed('kostja94'), region: 'europe' },
  { id: 'mindsera', name: 'Mindsera', vendor: 'Mindsera', category: 'writing', domains: ['mindsera.com'], source: listed('kostja94'), region: 'europe' },
  { id: 'kaizan', name: 'Kaizan', vendor: 'Kaizan', category: 'meeting', domains: ['kaizan.ai'], source: listed('kostja94'), region: 'europe' },
  { id: 'smartly-ai', name: 'Smartly.ai', vendor: 'Smartly.ai', category: 'agents', domains: ['smartly.ai'], source: listed('kostja94'), region: 'europe' },
  { id: 'gendo', name: 'Gendo', vendor: 'Gendo', category: 'image', domains: ['gendo.ai'], source: listed('kostja94'), region: 'europe' },
], { checked: CHECKED_3 });
