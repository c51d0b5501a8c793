// Sixth regional pass (CHECKED_3): Chinese OpenAI-compatible relay services ("中转" API proxies), as the MIT-licensed
// one-api gateway names them: each channel type in relay/channeltype/define.go and its default base URL in
// relay/channeltype/url.go (LISTS.oneapi). Each row claims the API host as an endpoint and the registrable domain the
// host sits under, whose name is the service's own (none is a shared platform). The list's channels that other entries
// already cover (Baidu, Zhipu, DashScope, 360, Hunyuan, Moonshot, ...) and "Ails", which the list names without a
// product, stay out.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const URLS = listed('oneapi', 'relay/channeltype/url.go');

export const regionalC6RelayTools: Tool[] = defineTools('developer-platform', [
  { id: 'api2d', name: 'API2D', vendor: 'API2D', domains: ['api2d.net', 'api2d.com'], apiEndpoints: ['oa.api2d.net'], source: URLS, region: 'china' }, // api2d.com: listed('tiorai', 'data/ai-tools.csv')
  { id: 'closeai', name: 'CloseAI', vendor: 'CloseAI', domains: ['closeai-proxy.xyz', 'closeai-asia.com'], apiEndpoints: ['api.closeai-proxy.xyz'], source: URLS, region: 'china' }, // closeai-asia.com: listed('c18mackdingaiapi', 'data/gateways.json') names it as CloseAI's site (www.closeai-asia.com, a relay; also listed('c18howardpen9relays')), CHECKED_C18
  { id: 'openai-sb', name: 'OpenAI-SB', vendor: 'OpenAI-SB', domains: ['openai-sb.com'], apiEndpoints: ['api.openai-sb.com'], source: URLS, region: 'china' },
  { id: 'openaimax', name: 'OpenAIMax', vendor: 'OpenAIMax', domains: ['openaimax.com'], apiEndpoints: ['api.openaimax.com'], source: URLS, region: 'china' },
  { id: 'ohmygpt', name: 'OhMyGPT', vendor: 'OhMyGPT', domains: ['ohmygpt.com'], apiEndpoints: ['api.ohmygpt.com'], source: URLS, region: 'china' },
  { id: 'aiproxy-io', name: 'AIProxy', vendor: 'AIProxy', domains: ['aiproxy.io'], apiEndpoints: ['api.aiproxy.io'], source: URLS, region: 'china' },
  { id: 'api2gpt', name: 'API2GPT', vendor: 'API2GPT', domains: ['api2gpt.com'], apiEndpoints: ['api.api2gpt.com'], source: URLS, region: 'china' },
  { id: 'aigc2d', name: 'AIGC2D', vendor: 'AIGC2D', domains: ['aigc2d.com'], apiEndpoints: ['api.aigc2d.com'], source: URLS, region: 'china' },
], { checked: CHECKED_3 });
