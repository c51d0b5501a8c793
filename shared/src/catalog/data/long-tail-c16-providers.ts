// Sixteenth-session providers pass (2026-12-06, issue 15): model-API providers, routers and relays named by provider
// registries not read before, each pinned in LISTS (c16providers*) and cited by the one file that names the host. A
// base URL is claimed as an API endpoint, the provider's own site as a domain where the same file links it. Sources:
// LiteLLM's OpenAI-compatible provider table (litellm/llms/openai_like/providers.json) and three of its provider docs
// pages, Claude Code Router's provider presets, Pydantic's genai-prices provider files and DB-GPT's proxy LLM clients
// (all MIT); CC Switch's provider presets for coding agents (MIT); DeepChat's default providers and CAMEL's model
// backends (Apache-2.0); nanobot's provider registry and big-AGI's host suggestions (MIT). Read and adding nothing the
// catalog lacked: aisuite, instructor, LangChain4j, Spring AI, token.js, multi-llm-ts, avante.nvim, crewAI, Flowise,
// Helicone's ai-gateway, huggingface.js's inference providers, Dify's official model plugins, CLIProxyAPI and
// simonw/llm's plugin directory. models.dev, Portkey and catwalk have no stored commit newer than the ones pinned;
// LiteLLM (read by file), Mastra, Langflow, Jan, LlamaIndex and OpenClaw were too large to fetch.
// Measured with /work/helpers/classify-hosts.mts on each lead list (base URLs and provider sites the registries give,
// placeholders dropped): LiteLLM, CCR, genai-prices and DB-GPT 58 of 76 (76.3%) before, 74 of 76 (97.4%) after; CC
// Switch 78 of 164 (47.6%) before, 144 of 164 (87.8%) after; DeepChat, CAMEL and nanobot 105 of 132 (79.5%) before, 116
// of 132 (87.9%) after; big-AGI's host suggestions 8 of 9 before, 9 of 9 after.
// Existing entries that gained a host, each with its own source in a comment on that row: `crusoe-managed-inference`
// (managed-inference-api-proxy.crusoecloud.com), `avian` (avian.io) and `astraflow` (cp.compshare.cn,
// astraflow.ucloud.cn) in long-tail-c7-blocklists.ts; `saladcloud` (ai.salad.cloud, its AI gateway) in
// long-tail-c12-e.ts; `shengsuanyun` (shengsuanyun.com) in long-tail-c12-fc.ts; `infini-ai-genstudio`
// (cloud.infiniai.cn), `tencent-tokenhub` (tokenhub.tencentmaas.cn) and `greenpt` (greenpt.com) in
// regional-c6-providers.ts; `302-ai` (302ai.cn) in regional-china-2.ts.
// Left out: Charity Engine's inference (a path on the API host of a volunteer-computing service); RunAPI's runapi.co
// and runapi.host (the catalog's `runapi-ai` is runapi.ai and no source ties them together); AMD's Radeon developer
// cloud (a path on developer.amd.com.cn) and llm-api.amd.com; ppio.com, ppinfra.com and compshare.cn (the GPU-cloud
// sites of providers whose AI APIs are already claimed); New API's newapi.ai (the site of open-source gateway
// software); the general clouds' consoles (Volcengine, BytePlus, Baidu, Tencent, Qiniu) and short links; LiteLLM's
// BlockRun (page not read, search budget); TokenLab's site tokenlab.sh (DeepChat gives it as the official site, but the
// twelfth-session fetch-c pass keeps it as a trap beside `tokenlab`'s API host; the lead to settle that); and the
// placeholder, local and self-hosted base URLs in all of these.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

const ccr = (preset: string) => listed('c16providersccr', `packages/core/src/providers/presets/${preset}/index.ts`);
const ccs = listed('c16providersccswitch', 'src/config/claudeProviderPresets.ts');
const ccsDesktop = listed('c16providersccswitch', 'src/config/claudeDesktopProviderPresets.ts');
const deepchat = listed('c16providersdeepchat', 'src/main/provider/defaults.ts');

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
    { id: 'claudeapi-relay', name: 'ClaudeAPI', vendor: 'ClaudeAPI', domains: ['claudeapi.com', 'apito.ai'], apiEndpoints: ['gw.claudeapi.com', 'gw.apito.ai'], source: ccr('claudeapi') }, // a third-party Claude API relay (not Anthropic's): baseUrl gw.claudeapi.com, sign-up on console.claudeapi.com; apito.ai: CC Switch's "ClaudeAPI" preset (site www.apito.ai, base URL gw.apito.ai, sign-up console.apito.ai/agent/register/...), ccs
    { id: 'fenno-ai', name: 'Fenno.ai', vendor: 'Fenno.ai', domains: ['api.fenno.ai'], apiEndpoints: ['api.fenno.ai'], source: ccr('fenno') }, // baseUrl and sign-up page both on api.fenno.ai
    { id: 'unity2-ai', name: 'Unity2.Ai', vendor: 'Unity2.Ai', domains: ['unity2.ai'], apiEndpoints: ['unity2.ai'], source: ccr('unity2') }, // baseUrl unity2.ai/v1 and sign-up on unity2.ai (not Unity, the game engine)
    { id: 'infistar-ai', name: 'Infistar AI (无限星河)', vendor: 'Infistar AI', domains: ['infistar.ai'], apiEndpoints: ['infistar.ai'], source: ccr('infistar-ai') }, // 无限星河: baseUrl infistar.ai/v1 and sign-up on infistar.ai
    // CC Switch's provider presets (MIT): model-API relays and routers it offers for Claude Code, Codex and other
    // coding agents, each with its site, key page and base URL (the same presets recur in its other agents' files).
    { id: 'packycode', name: 'PackyCode', vendor: 'PackyCode', domains: ['packyapi.ai', 'packyapi.com'], apiEndpoints: ['cf.api.fan', 'slb-v1.api.fan'], source: ccs }, // site and base URL www.packyapi.ai; endpoint candidates www.packyapi.com, cf.api.fan, slb-v1.api.fan (api.fan itself is not claimed)
    { id: 'zetaapi', name: 'ZetaAPI', vendor: 'ZetaAPI', domains: ['zetaapi.ai'], apiEndpoints: ['api.zetaapi.ai'], source: ccs }, // site zetaapi.ai, base URL api.zetaapi.ai (an aggregator)
    { id: 'apinebula', name: 'APINebula', vendor: 'APINebula', domains: ['apinebula.ai'], apiEndpoints: ['apinebula.ai'], source: ccs }, // site and base URL apinebula.ai
    { id: 'aicodemirror', name: 'AICodeMirror', vendor: 'AICodeMirror', domains: ['aicodemirror.ai', 'aicodemirror.com'], apiEndpoints: ['api.aicodemirror.ai'], source: ccs }, // site www.aicodemirror.ai, base URL api.aicodemirror.ai/api/claudecode; aicodemirror.com: listed('c18mackdingaiapi', 'data/gateways.json') names it as AICodeMirror's site (AICodeMirror官方共享平台, www.aicodemirror.com), CHECKED_C18
    { id: 'pateway-ai', name: 'PatewayAI', vendor: 'PatewayAI', domains: ['pateway.ai'], apiEndpoints: ['api.pateway.ai'], source: ccs }, // site pateway.ai, base URL api.pateway.ai
    { id: 'aigocode', name: 'AIGoCode', vendor: 'AIGoCode', domains: ['aigocode.app'], apiEndpoints: ['api.aigocode.app'], source: ccs }, // site aigocode.app, base URL api.aigocode.app
    { id: 'aicoding-inc', name: 'AICoding', vendor: 'AICoding', domains: ['aicoding.inc'], apiEndpoints: ['api.aicoding.inc'], source: ccs }, // site aicoding.inc, base URL api.aicoding.inc
    { id: 'subrouter', name: 'SubRouter', vendor: 'SubRouter', domains: ['subrouter.ai'], apiEndpoints: ['subrouter.ai'], source: ccs }, // site and base URL subrouter.ai (an aggregator)
    { id: 'apikey-fun', name: 'APIKEY.FUN', vendor: 'APIKEY.FUN', domains: ['apikey.fun'], apiEndpoints: ['api.apikey.fun', 'slb.apikey.fun'], source: ccs }, // site apikey.fun, base URL api.apikey.fun; slb.apikey.fun an endpoint candidate
    { id: 'claudecn', name: 'ClaudeCN', vendor: 'ClaudeCN', domains: ['claudecn.top', 'claudecn.ai'], apiEndpoints: ['claudecn.top'], source: ccs }, // site and base URL claudecn.top, sign-up on claudecn.ai
    { id: 'a6api', name: 'A6API', vendor: 'A6API', domains: ['a6api.com'], apiEndpoints: ['api.a6api.com'], source: ccs }, // site www.a6api.com, base URL api.a6api.com
    { id: 'ccsub', name: 'CCSub', vendor: 'CCSub', domains: ['ccsub.net'], apiEndpoints: ['ccsub.net'], source: ccs }, // site and base URL www.ccsub.net
    { id: 'sssaicode', name: 'SSSAiCode', vendor: 'SSSAiCode', domains: ['sssaicodeapi.com'], apiEndpoints: ['node-hk.sssaicodeapi.com', 'node-cf.sssaicodeapi.com', 'node-hk.sssaiapi.com'], source: ccs }, // site sssaicodeapi.com; base URL node-hk.sssaicodeapi.com/api and two more endpoint candidates
    { id: 'micu-api', name: 'Micu', vendor: 'Micu', domains: ['micuapi.ai'], apiEndpoints: ['micuapi.ai'], source: ccs }, // site and base URL www.micuapi.ai
    { id: 'rightcode', name: 'RightCode', vendor: 'RightCode', domains: ['rightapi.ai', 'right.codes'], apiEndpoints: ['rightapi.ai'], source: ccs }, // site www.rightapi.ai, base URL www.rightapi.ai/claude; right.codes: listed('c18mackdingaiapi', 'data/gateways.json') names it as RightCode's site (www.right.codes, a relay serving Claude, Gemini and Grok), CHECKED_C18
    { id: 'etok-ai', name: 'ETok.ai', vendor: 'ETok.ai', domains: ['etok.ai'], apiEndpoints: ['api.etok.ai'], source: ccs }, // site etok.ai, base URL api.etok.ai
    { id: 'cubence', name: 'Cubence', vendor: 'Cubence', domains: ['cubence.com'], apiEndpoints: ['api.cubence.com', 'api-cf.cubence.com', 'api-dmit.cubence.com', 'api-bwg.cubence.com'], source: ccs }, // site cubence.com, base URL api.cubence.com and three endpoint candidates
    { id: 'dmxapi', name: 'DMXAPI', vendor: 'DMXAPI', domains: ['dmxapi.cn'], apiEndpoints: ['api.dmxapi.cn'], source: ccsDesktop, region: 'china' }, // site and base URL www.dmxapi.cn (claudeProviderPresets.ts); api.dmxapi.cn in the desktop presets
    { id: 'sudocode-chat', name: 'SudoCode.chat', vendor: 'SudoCode.chat', domains: ['sudocode.chat'], apiEndpoints: ['api.sudocode.chat'], source: ccs }, // site sudocode.chat, base URL api.sudocode.chat (not sudocode.ai, the coding-agent entry `sudocode`)
    { id: 'sudocode-us', name: 'SudoCode.us', vendor: 'SudoCode.us', domains: ['sudocode.us'], apiEndpoints: ['sudocode.us', 'sudocode.run'], source: ccs }, // site and base URL sudocode.us; sudocode.run its endpoint candidate in the desktop presets (claudeDesktopProviderPresets.ts)
    { id: 'xycai', name: 'XycAi', vendor: 'XycAi', domains: ['xycai.us'], apiEndpoints: ['apicdn.xycai.us', 'apicdn.xyc.ai'], source: ccs }, // site xycai.us, base URL apicdn.xycai.us; apicdn.xyc.ai its endpoint candidate in the desktop presets (claudeDesktopProviderPresets.ts)
    { id: 'amux-ai', name: 'Amux', vendor: 'Amux', domains: ['amux.ai'], apiEndpoints: ['api.amux.ai'], source: ccs }, // site amux.ai, base URL api.amux.ai
    { id: 'cherryin', name: 'CherryIN', vendor: 'CherryIN', domains: ['open.cherryin.ai'], apiEndpoints: ['open.cherryin.net'], source: ccs }, // site and key console open.cherryin.ai, base URL open.cherryin.net
    { id: 'relaxycode', name: 'RelaxyCode', vendor: 'RelaxyCode', domains: ['relaxycode.com'], apiEndpoints: ['relaxycode.com'], source: ccs }, // site and base URL www.relaxycode.com
    { id: 'e-flowcode', name: 'E-FlowCode', vendor: 'E-FlowCode', domains: ['e-flowcode.cc'], apiEndpoints: ['e-flowcode.cc'], source: ccs }, // site and base URL e-flowcode.cc
    { id: 'therouter-ai', name: 'TheRouter', vendor: 'TheRouter', domains: ['therouter.ai'], apiEndpoints: ['api.therouter.ai'], source: ccs }, // site therouter.ai, keys on dashboard.therouter.ai, base URL api.therouter.ai
    { id: 'pipellm', name: 'PIPELLM', vendor: 'PIPELLM', domains: ['code.pipellm.ai'], apiEndpoints: ['cc-api.pipellm.ai'], source: ccs }, // site code.pipellm.ai, base URL cc-api.pipellm.ai
    // DeepChat's default providers (Apache-2.0).
    { id: 'tokenflux', name: 'TokenFlux', vendor: 'TokenFlux', domains: ['tokenflux.ai'], apiEndpoints: ['tokenflux.ai'], source: deepchat }, // base URL tokenflux.ai/v1, dashboard and API keys on tokenflux.ai, docs on docs.tokenflux.ai
    { id: 'routerra', name: 'Routerra', vendor: 'Routerra', domains: ['routerra.ai'], apiEndpoints: ['routerra.ai'], source: deepchat }, // base URL routerra.ai/v1 and its model list on the same host
    { id: 'modelsell', name: 'Modelsell', vendor: 'Modelsell', domains: ['modelsell.com'], apiEndpoints: ['modelsell.com'], source: deepchat }, // base URL modelsell.com/v1, token console and API reference on modelsell.com
    { id: 'o3-fan', name: 'o3.fan', vendor: 'o3.fan', domains: ['o3.fan'], apiEndpoints: ['api.o3.fan'], source: deepchat }, // base URL api.o3.fan/v1, tokens and model list on o3.fan
    // CAMEL's model backends (Apache-2.0) and nanobot's provider registry (MIT).
    { id: 'crynux', name: 'Crynux', vendor: 'Crynux', apiEndpoints: ['bridge.crynux.ai'], source: listed('c16providerscamel', 'camel/models/crynux_model.py') }, // default CRYNUX_API_BASE_URL bridge.crynux.ai/v1/llm
    { id: 'skywork-apifree', name: 'APIFree (Skywork API platform)', vendor: 'Kunlun Tech', apiEndpoints: ['api.apifree.ai'], source: listed('c16providersnanobot', 'nanobot/providers/registry.py') }, // the `skywork` ProviderSpec: Skywork's OpenAI-compatible MaaS gateway, default_api_base api.apifree.ai/agent/v1
    // big-AGI's OpenAI-compatible host suggestions (MIT).
    { id: 'llmapi-ai', name: 'LLM API', vendor: 'LLM API', domains: ['llmapi.ai'], apiEndpoints: ['api.llmapi.ai'], source: listed('c16providersbigagi', 'src/modules/llms/vendors/openai/OpenAIHostAutocomplete.tsx') }, // a multi-provider API gateway: host api.llmapi.ai, docs on llmapi.ai
  ],
  { checked: CHECKED_C16 },
);
