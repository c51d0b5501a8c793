// Sixteenth-session providers pass (2026-12-06, issue 15): model-API providers named by provider registries not read
// before, each pinned in LISTS (c16providers*) and cited by the one file that names the host. Leads came from
// LiteLLM's OpenAI-compatible provider table (litellm/llms/openai_like/providers.json) and three of its provider
// docs pages, Claude Code Router's provider presets, Pydantic's genai-prices provider files and DB-GPT's proxy LLM
// clients (all MIT). Read and adding nothing the catalog lacked: aisuite, instructor, LangChain4j, Spring AI, token.js,
// multi-llm-ts, avante.nvim, crewAI, Flowise, Helicone's ai-gateway, huggingface.js's inference providers, Dify's
// official model plugins and simonw/llm's plugin directory. models.dev, Portkey and catwalk have no newer stored
// commit than the ones pinned. Measured on the 76 provider base URLs and sites of the new lists with
// /work/helpers/classify-hosts.mts: 58 of 76 (76.3%) before, 74 of 76 after (97.4%).
// Besides the rows here, four existing entries gained a host, each with its own source in a comment on that row:
// `crusoe-managed-inference` (managed-inference-api-proxy.crusoecloud.com) and `avian` (avian.io), both in
// long-tail-c7-blocklists.ts; `saladcloud` (ai.salad.cloud, its AI gateway) in long-tail-c12-e.ts; and
// `infini-ai-genstudio` (cloud.infiniai.cn) in regional-c6-providers.ts.
// Left out: Charity Engine's inference (a path on the API host of a volunteer-computing service), runapi.co (a
// "RunAPI" relay; the catalog's `runapi-ai` is runapi.ai and no source ties the two), LiteLLM's BlockRun (page not
// read, search budget) and the placeholder, local and self-hosted base URLs in all of these.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

const ccr = (preset: string) => listed('c16providersccr', `packages/core/src/providers/presets/${preset}/index.ts`);

export const longTailC16ProvidersTools: Tool[] = defineTools(
  'developer-platform',
  [
    // LiteLLM (MIT), at the commit of each file read.
    { id: 'apertis-stima', name: 'Apertis', vendor: 'Apertis', apiEndpoints: ['api.stima.tech'], source: listed('c16providerslitellm', 'litellm/llms/openai_like/providers.json') }, // the `apertis` provider: OpenAI-compatible base URL api.stima.tech/v1 (key in STIMA_API_KEY)
    { id: 'llamagate', name: 'LlamaGate', vendor: 'LlamaGate', apiEndpoints: ['api.llamagate.dev'], source: listed('c16providerslitellm', 'litellm/llms/openai_like/providers.json') }, // the `llamagate` provider: OpenAI-compatible base URL api.llamagate.dev/v1
    { id: 'chuizi-ai', name: 'Chuizi.AI', vendor: 'Chuizi.AI', domains: ['chuizi.ai'], apiEndpoints: ['api.chuizi.ai'], source: listed('c16providerslitellmchuizi', 'docs/my-website/docs/providers/chuizi.md') }, // an AI gateway to 100+ models behind one OpenAI-compatible endpoint: base URL api.chuizi.ai/v1, keys from app.chuizi.ai, docs and model list on chuizi.ai
    { id: 'cloudrift', name: 'CloudRift', vendor: 'CloudRift', domains: ['cloudrift.ai'], source: listed('c16providerslitellmcloudrift', 'docs/my-website/docs/providers/cloudrift.md') }, // the `cloudrift/` provider for models hosted on CloudRift (DeepSeek, Kimi, Qwen), linking cloudrift.ai
    { id: 'bitdeer-ai', name: 'Bitdeer AI', vendor: 'Bitdeer', domains: ['bitdeer.ai'], source: listed('c16providerslitellmbitdeer', 'docs/my-website/docs/providers/bitdeerai.md') }, // the `bitdeerai/` provider for chat and embedding models deployed on www.bitdeer.ai (Bitdeer's AI cloud; bitdeer.com, its mining business, is not claimed)
    // Pydantic's genai-prices (MIT).
    { id: 'doubleword', name: 'Doubleword', vendor: 'Doubleword', domains: ['doubleword.ai'], apiEndpoints: ['api.doubleword.ai'], source: listed('c16providersgenaiprices', 'prices/providers/doubleword.yml') }, // inference API at api.doubleword.ai with realtime, async and batch prices; model list on docs.doubleword.ai
    // Claude Code Router's provider presets (MIT): model-API relays its README lists as sponsors.
    { id: 'code0-ai', name: 'code0.ai', vendor: 'code0.ai', domains: ['code0.ai'], apiEndpoints: ['console.code0.ai'], source: ccr('code0') }, // preset baseUrl console.code0.ai, sign-up on code0.ai
    { id: 'claudeapi-relay', name: 'claudeapi', vendor: 'claudeapi', domains: ['claudeapi.com'], apiEndpoints: ['gw.claudeapi.com'], source: ccr('claudeapi') }, // a third-party Claude API relay (not Anthropic's): baseUrl gw.claudeapi.com, sign-up on console.claudeapi.com
    { id: 'fenno-ai', name: 'Fenno.ai', vendor: 'Fenno.ai', domains: ['api.fenno.ai'], apiEndpoints: ['api.fenno.ai'], source: ccr('fenno') }, // baseUrl and sign-up page both on api.fenno.ai
    { id: 'unity2-ai', name: 'Unity2.Ai', vendor: 'Unity2.Ai', domains: ['unity2.ai'], apiEndpoints: ['unity2.ai'], source: ccr('unity2') }, // baseUrl unity2.ai/v1 and sign-up on unity2.ai (not Unity, the game engine)
    { id: 'infistar-ai', name: 'Infistar AI (无限星河)', vendor: 'Infistar AI', domains: ['infistar.ai'], apiEndpoints: ['infistar.ai'], source: ccr('infistar-ai') }, // 无限星河: baseUrl infistar.ai/v1 and sign-up on infistar.ai
  ],
  { checked: CHECKED_C16 },
);
