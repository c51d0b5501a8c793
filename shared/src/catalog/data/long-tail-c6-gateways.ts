// Sixth long-tail pass (2026-12-05), aliases helper: AI API gateways and inference providers that the pinned models.dev
// snapshot (MIT) lists with their own base URL, each also in Cline's generated provider list (Apache-2.0) at its pinned
// commit; and one AI feature of a search engine that Stevoisiak's AI blocklist (MIT) names by a host of its own. Each
// provider is its site plus the API host its provider.toml gives. Sogou's AI answers (an XHR path on wenda.sogou.com,
// the Sogou Wenwen Q&A site) and Yep TLDR (a path on api.yep.com, the search engine's own API) were left out: the
// host is shared with the non-AI product, and API endpoints match whole hosts.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const md = (provider: string) => listed('modelsdev', `providers/${provider}/provider.toml`);

export const longTailC6GatewayTools: Tool[] = defineTools(
  'developer-platform',
  [
    { id: 'abliteration-ai', name: 'abliteration.ai', vendor: 'abliteration.ai', domains: ['abliteration.ai'], apiEndpoints: ['api.abliteration.ai'], source: md('abliteration-ai') },
    { id: 'ambient-xyz', name: 'Ambient', vendor: 'Ambient', domains: ['ambient.xyz'], apiEndpoints: ['api.ambient.xyz'], source: md('ambient') },
    { id: 'anyapi-ai', name: 'AnyAPI', vendor: 'AnyAPI', domains: ['anyapi.ai'], apiEndpoints: ['api.anyapi.ai'], source: md('anyapi') },
    { id: 'tinfoil', name: 'Tinfoil', vendor: 'Tinfoil', domains: ['tinfoil.sh'], apiEndpoints: ['inference.tinfoil.sh'], source: md('tinfoil') },
    { id: 'synthetic-new', name: 'Synthetic', vendor: 'Synthetic', domains: ['synthetic.new'], apiEndpoints: ['api.synthetic.new'], source: md('synthetic') },
    // ZenMux serves its API from its own site's host (https://zenmux.ai/api/v1).
    { id: 'zenmux', name: 'ZenMux', vendor: 'ZenMux', domains: ['zenmux.ai'], apiEndpoints: ['zenmux.ai'], source: md('zenmux') },
    { id: 'jiekou-ai', name: 'Jiekou.AI', vendor: 'Jiekou.AI', domains: ['jiekou.ai'], apiEndpoints: ['api.jiekou.ai'], source: md('jiekou') },
    // The blocklist blocks the AI summary box on search.naver.com by its render call to this host; naver.com itself is not claimed.
    { id: 'naver-ai-briefing', name: 'Naver AI Briefing', vendor: 'Naver', category: 'search', apiEndpoints: ['aib-api.naver.com'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), region: 'korea' },
  ],
  { checked: CHECKED_3 },
);
