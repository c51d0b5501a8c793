// Eighteenth-session fetch pass, fetchb helper (2026-12-06): AI tools named in permissively licensed awesome-lists by
// kind and language. Rows come from five lists, each at the commit pinned in `LISTS`: MackDing/awesome-ai-api
// (data/gateways.json; MIT licence file), a daily-probed list of AI API gateways and relays, most of them Chinese
// "中转" stations; howardpen9/awesome-ai-api-proxy (README.md; CC0 licence file), relay stations;
// pablodz/awesome-ai-subscriptions (data/subscriptions.json; CC0 1.0 named in the README); fujiya228/awesome-ai-software
// (src/data/software.ts; MIT licence file); DasterProkio/awesome-ai-companion (README.md; CC0 licence file). Only facts
// (name, host) were taken; every product host the files name was classified with the catalog first.
// MackDing rows: the gateways its probe found serving an OpenAI-compatible /v1/models (most answer 401, key needed)
// and the relays it rates "likely" or "probable" without an open endpoint. A row claims the host the list names; it
// claims the registrable domain instead only where that domain's name is the service's own (ephone.ai, chatfire.cn,
// yunwu.ai, ...), never a parent such as gpt.ge, v3.cm, nio.gs or paintbot.top whose site the list does not describe.
// Also read, with no row left to take (their hosts classify already, or are docs, blogs, courses, MCP servers, plugin
// marketplaces, APIs used by sample agents, or general sites): Turkish-AI-Community/awesome-ai-tools (MIT),
// xirong/Awesome-ChatGPT-with-AI (Apache-2.0), korchasa/awesome-chatgpt and korchasa/awesome-ai-agents (CC0),
// biao52/awesome-ai-agents (MIT), IshaanLabs/Awesome-AI-Agents (Apache-2.0), RayeesYousufGenAi/awesome-ai-agents
// (MIT), peterfei/awesome-ai-agents-cn (MIT in the README), Sinyuk7/Awesome-AIGC (MIT), yzfly/Awesome-AGI (MIT),
// siuserxiaowei/awesome-ai-subscription (MIT), GaussRieman/awesome-ai-startups (MIT in the README),
// ishandutta2007/Awesome-AI-Product-Analytics-Tools and Awesome-AI-Powered-Data-Analyst (MIT), nikoferraz/awesome-ai-tools
// (CC-BY-4.0), inchan/awesome-ai-clients (MIT), michielhdoteth/awesome-ai-agent-tools (CC0); the rest of fujiya228's
// hosts are copies of mahseema/awesome-ai-tools entries already here (BrainSoup, Veritone Voice, Whys Compass, Huntr).
// Left out: lists without a licence (ikaijua/Awesome-AITools, QAInsights/awesome-ai-tools and its copy
// Ditto190/awesome-ai-tools-catalogue, 1c7/chinese-independent-developer, jamesmurdza/awesome-ai-devtools,
// maysunyoung/awesome-ai-tools, tankvn/awesome-ai-tools, houbb/awesome-ai-coding, the Awesome-AI-Collections lists,
// hua1995116/awesome-ai-painting, sifted-network, hvoyai/awesome-ai-api, dennis-000/awesome-ai-agent-toolbox, ...),
// non-commercial ones (e2b-dev/awesome-ai-agents, flytoagi/Awesome-AIGC-Info: CC BY-NC-SA), and
// AaronJanit/Awesome-AI-Software-Catalog, whose README names MIT but whose data is copied from the unlicensed
// tankvn/awesome-ai-tools. From MackDing: the "needs review" entries (parked domains, "site created" pages, a news
// site, a pharmacy bot, Cloudflare, Qiniu, open-source projects on GitHub), a relay on vercel.app, co.yes.vg (no
// name), and hosts of entries already here, handed over: deerapi.com (deerapi), closeai-asia.com (closeai),
// aicodemirror.com (aicodemirror), right.codes (rightcode), api.bltcy.top / api.bltcy.ai (the chat.bltcy.top mirror),
// api.soruxgpt.com (the free-gpt.soruxgpt.com mirror), chatboxapp.ai / chatbox.ai (Chatbox). From the other lists:
// payment proxies (payforgpt.com), a relay price board (aiapipk.com), companion forums (lutopia.app,
// community.rhysen.love, satyricon.uk), fan sites named after open models (z-image-ai.org, zimageturbo.org),
// directories (altern.ai, diffusiondb.com) and general BI or analytics vendors with an AI feature.
//
// At the merge (2026-12-06) each relay's probed API host (the comment above its row) was also made an API endpoint of
// the row: those hosts are called by chat clients and web apps rather than visited, so a page calling one counts as
// embedded AI as well as a visit counting as use.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools, listed } from './define';

const subs = listed('c18pablodzsubs', 'data/subscriptions.json');
const fuji = listed('c18fujiya228', 'src/data/software.ts');
const gateways = listed('c18mackdingaiapi', 'data/gateways.json');
const relays = listed('c18howardpen9relays');
const companions = listed('c18dasterprokio');

export const longTailC18FetchbTools: Tool[] = [
  ...defineTools(
    'coding',
    [
      // pablodz/awesome-ai-subscriptions: a coding agent (plan mode, sub-agents) sold as plans over open models
      { id: 'command-code', name: 'Command Code', vendor: 'CommandCode AI', domains: ['commandcode.ai'], source: subs },
      // fujiya228/awesome-ai-software: Myriad writes and tunes prompts for ChatGPT, Copilot and other AIs (one tool page)
      {
        id: 'namepepper-myriad',
        name: 'Myriad (Namepepper)',
        vendor: 'Namepepper',
        category: 'writing',
        urlPrefixes: ['www.namepepper.com/free-tools/ai-content-prompt-tool', 'namepepper.com/free-tools/ai-content-prompt-tool'],
        source: fuji,
      },
      // DasterProkio/awesome-ai-companion: a Discord-style AI chat room with agent games (werewolf, draw-and-guess)
      { id: 'aisay', name: 'AISay', vendor: 'AISay', category: 'chat', domains: ['aisay.top'], source: companions, region: 'china' },
    ],
    { checked: CHECKED_C18 },
  ),
  ...defineTools(
    'developer-platform',
    [
      // pablodz/awesome-ai-subscriptions: an OpenAI-compatible gateway to 58+ models, for Claude Code / Aider / Qwen Code
      { id: 'zyloo', name: 'Zyloo', vendor: 'Zyloo', domains: ['zyloo.io'], source: subs },
      // howardpen9/awesome-ai-api-proxy: "one-stop aggregation + relay platform"
      { id: 'no1-api', name: 'No.1-API', vendor: 'No.1-API', domains: ['api.rcouyi.com'], source: relays, region: 'china' },
      // howardpen9/awesome-ai-api-proxy: a community-forum and relay hybrid that pushes DeepSeek
      { id: 'mkeai', name: 'MKEAI', vendor: 'MKEAI', domains: ['mkeai.com'], source: relays, region: 'china' },
      // MackDing/awesome-ai-api, data/gateways.json: gateways its daily probe found serving an OpenAI-compatible
      // /v1/models (401 = key required), and the relays it lists without an open endpoint.
      // api.gpt.ge answers /v1/models (401)
      { id: 'api-gpt-ge', name: 'api.gpt.ge', vendor: 'api.gpt.ge', domains: ['api.gpt.ge'], apiEndpoints: ['api.gpt.ge'], source: gateways, region: 'china' },
      // api.ephone.ai answers /v1/models (401)
      { id: 'ephone-ai', name: 'ePhone AI', vendor: 'ePhone AI', domains: ['ephone.ai'], apiEndpoints: ['api.ephone.ai'], source: gateways, region: 'china' },
      // api.v36.cm answers /v1/models (401)
      { id: 'api-v36-cm', name: 'api.v36.cm', vendor: 'api.v36.cm', domains: ['api.v36.cm'], apiEndpoints: ['api.v36.cm'], source: gateways, region: 'china' },
      // api.v3.cm answers /v1/models (401)
      { id: 'api-v3-cm', name: 'api.v3.cm', vendor: 'api.v3.cm', domains: ['api.v3.cm'], apiEndpoints: ['api.v3.cm'], source: gateways, region: 'china' },
      // flow2api.com answers /v1/models (401)
      { id: 'flow2api', name: 'Flow2API', vendor: 'Flow2API', domains: ['flow2api.com'], apiEndpoints: ['flow2api.com'], source: gateways, region: 'china' },
      // api.vveai.com answers /v1/models (401)
      { id: 'vveai-api', name: 'VVEAI API', vendor: 'VVEAI', domains: ['vveai.com'], apiEndpoints: ['api.vveai.com'], source: gateways, region: 'china' },
      // timicc.com answers /v1/models (401)
      { id: 'timi-cc', name: 'TiMi CC', vendor: 'TiMi CC', domains: ['timicc.com'], apiEndpoints: ['timicc.com'], source: gateways },
      // apipro.maynor1024.live answers /v1/models (429)
      { id: 'maynor-apipro', name: 'apipro.maynor1024.live', vendor: 'maynor1024', domains: ['apipro.maynor1024.live'], apiEndpoints: ['apipro.maynor1024.live'], source: gateways, region: 'china' },
      // api.gptgod.work answers /v1/models (200); gptgod.cloud answers /v1/models (401); gptgod.online: listed('c18howardpen9relays') as a reverse-engineered relay
      { id: 'gptgod', name: 'GPTGod', vendor: 'GPTGod', domains: ['gptgod.work', 'gptgod.cloud', 'gptgod.online'], apiEndpoints: ['api.gptgod.work', 'gptgod.cloud'], source: gateways, region: 'china' },
      // anyrouter.dev answers /v1/models (200); anyrouter.top answers /v1/models (401)
      { id: 'anyrouter', name: 'AnyRouter', vendor: 'AnyRouter', domains: ['anyrouter.dev', 'anyrouter.top'], apiEndpoints: ['anyrouter.dev', 'anyrouter.top'], source: gateways },
      // api.holdai.top answers /v1/models (401)
      { id: 'holdai-api', name: 'HoldAI API (毫秒API)', vendor: 'HoldAI', domains: ['holdai.top'], apiEndpoints: ['api.holdai.top'], source: gateways, region: 'china' },
      // jeniya.cn answers /v1/models (401)
      { id: 'jeniya', name: 'Jeniya API', vendor: 'Jeniya', domains: ['jeniya.cn'], apiEndpoints: ['jeniya.cn'], source: gateways, region: 'china' },
      // api.oneabc.org answers /v1/models (401)
      { id: 'oneabc-api', name: 'OneABC API', vendor: 'OneABC', domains: ['oneabc.org'], apiEndpoints: ['api.oneabc.org'], source: gateways, region: 'china' },
      // api.bianxieai.com answers /v1/models (401)
      { id: 'bianxie-ai', name: '便携AI聚合API (Bianxie AI)', vendor: 'Bianxie AI', domains: ['bianxieai.com', 'bianxie.ai'], apiEndpoints: ['api.bianxieai.com'], source: gateways, region: 'china' },
      // ai.tokencloud.ai answers /v1/models (401)
      { id: 'tokencloud-ai', name: 'TokenCloud AI', vendor: 'TokenCloud', domains: ['ai.tokencloud.ai'], apiEndpoints: ['ai.tokencloud.ai'], source: gateways, region: 'china' },
      // doro.lol answers /v1/models (401)
      { id: 'doro-ai', name: 'Doro AI', vendor: 'Doro AI', domains: ['doro.lol'], apiEndpoints: ['doro.lol'], source: gateways, region: 'china' },
      // api.dzzi.ai answers /v1/models (401)
      { id: 'dzzi-ai', name: 'api.dzzi.ai', vendor: 'dzzi.ai', domains: ['dzzi.ai'], apiEndpoints: ['api.dzzi.ai'], source: gateways, region: 'china' },
      // chatapi.onechats.top answers /v1/models (401); api.onechats.top answers /v1/models (401)
      { id: 'onechats-api', name: 'OneChats API', vendor: 'OneChats', domains: ['onechats.top'], apiEndpoints: ['chatapi.onechats.top'], source: gateways, region: 'china' },
      // aigcbest.top answers /v1/models (401); 35.aigcbest.top answers /v1/models (401); api.aigcbest.top answers /v1/models (401)
      { id: 'aigcbest', name: 'AIGCBest API', vendor: 'AIGCBest', domains: ['aigcbest.top'], apiEndpoints: ['aigcbest.top'], source: gateways, region: 'china' },
      // api.gueai.com answers /v1/models (401)
      { id: 'gueai-api', name: 'GueAI API', vendor: 'GueAI', domains: ['gueai.com'], apiEndpoints: ['api.gueai.com'], source: gateways, region: 'china' },
      // www.openclaudecode.cn answers /v1/models (401)
      { id: 'openclaudecode', name: 'OpenClaudeCode', vendor: 'OpenClaudeCode', domains: ['openclaudecode.cn'], apiEndpoints: ['www.openclaudecode.cn'], source: gateways, region: 'china' },
      // apirouter.ai answers /v1/models (401)
      { id: 'apirouter-ai', name: 'APIRouter.ai', vendor: 'APIRouter.ai', domains: ['apirouter.ai'], apiEndpoints: ['apirouter.ai'], source: gateways, region: 'china' },
      // onetoken.one answers /v1/models (401)
      { id: 'onetoken-one', name: 'OneToken (onetoken.one)', vendor: 'OneToken', domains: ['onetoken.one'], apiEndpoints: ['onetoken.one'], source: gateways, region: 'china' },
      // api.gemai.cc answers /v1/models (401)
      { id: 'gemai-api', name: 'GemAI API', vendor: 'GemAI', domains: ['gemai.cc'], apiEndpoints: ['api.gemai.cc'], source: gateways, region: 'china' },
      // api.ifopen.ai answers /v1/models (401)
      { id: 'ifopen-ai', name: 'IfOpen AI API', vendor: 'IfOpen AI', domains: ['ifopen.ai'], apiEndpoints: ['api.ifopen.ai'], source: gateways, region: 'china' },
      // api.ekan8.com answers /v1/models (401)
      { id: 'ekan8-api', name: 'api.ekan8.com', vendor: 'ekan8', domains: ['api.ekan8.com'], apiEndpoints: ['api.ekan8.com'], source: gateways, region: 'china' },
      // cnapi.kksj.org answers /v1/models (401)
      { id: 'kksj-api', name: 'KKSJ AI模型中转API', vendor: 'KKSJ', domains: ['cnapi.kksj.org'], apiEndpoints: ['cnapi.kksj.org'], source: gateways, region: 'china' },
      // api.cursorai.art answers /v1/models (429)
      { id: 'cursorai-art-api', name: 'api.cursorai.art', vendor: 'cursorai.art', domains: ['api.cursorai.art'], apiEndpoints: ['api.cursorai.art'], source: gateways },
      // api.ikuncode.cc answers /v1/models (401)
      { id: 'ikuncode', name: 'IkunCode API', vendor: 'IkunCode', domains: ['ikuncode.cc'], apiEndpoints: ['api.ikuncode.cc'], source: gateways, region: 'china' },
      // api.openai-ch.top answers /v1/models (401)
      { id: 'openai-ch-api', name: 'api.openai-ch.top', vendor: 'openai-ch.top', domains: ['api.openai-ch.top'], apiEndpoints: ['api.openai-ch.top'], source: gateways, region: 'china' },
      // aiberm.com answers /v1/models (401)
      { id: 'aiberm', name: 'Aiberm', vendor: 'Aiberm', domains: ['aiberm.com'], apiEndpoints: ['aiberm.com'], source: gateways },
      // api.kissapi.ai answers /v1/models (401)
      { id: 'kissapi', name: 'KissAPI', vendor: 'KissAPI', domains: ['kissapi.ai'], apiEndpoints: ['api.kissapi.ai'], source: gateways, region: 'china' },
      // api.mnapi.com answers /v1/models (401)
      { id: 'mnapi', name: 'MNAPI', vendor: 'MNAPI', domains: ['mnapi.com'], apiEndpoints: ['api.mnapi.com'], source: gateways, region: 'china' },
      // azapi.com.cn answers /v1/models (401)
      { id: 'azapi-cn', name: 'AZAPI (azapi.com.cn)', vendor: 'AZAPI', domains: ['azapi.com.cn'], apiEndpoints: ['azapi.com.cn'], source: gateways, region: 'china' },
      // www.duckcoding.ai answers /v1/models (401); duckcoding.com answers /v1/models (401)
      { id: 'duckcoding', name: 'DuckCoding', vendor: 'DuckCoding', domains: ['duckcoding.ai', 'duckcoding.com'], apiEndpoints: ['www.duckcoding.ai', 'duckcoding.com'], source: gateways, region: 'china' },
      // terminal.pub answers /v1/models (401)
      { id: 'terminal-pub', name: 'terminal.pub', vendor: 'terminal.pub', domains: ['terminal.pub'], apiEndpoints: ['terminal.pub'], source: gateways, region: 'china' },
      // api.chatfire.cn answers /v1/models (401); chatfire.cn answers /v1/models (401)
      { id: 'chatfire', name: 'ChatFire', vendor: 'ChatFire', domains: ['chatfire.cn'], apiEndpoints: ['api.chatfire.cn'], source: gateways, region: 'china' },
      // zerocode.sbs answers /v1/models (401)
      { id: 'zerocode-sbs', name: 'zerocode.sbs', vendor: 'zerocode.sbs', domains: ['zerocode.sbs'], apiEndpoints: ['zerocode.sbs'], source: gateways, region: 'china' },
      // api.996444.cn answers /v1/models (401)
      { id: 'api-996444', name: 'api.996444.cn', vendor: '996444.cn', domains: ['api.996444.cn'], apiEndpoints: ['api.996444.cn'], source: gateways, region: 'china' },
      // chintao.cn answers /v1/models (401)
      { id: 'chintao', name: 'chintao.cn', vendor: 'chintao.cn', domains: ['chintao.cn'], apiEndpoints: ['chintao.cn'], source: gateways, region: 'china' },
      // dawclaudecode.com answers /v1/models (401)
      { id: 'dawclaudecode', name: 'DawClaudeCode', vendor: 'DawClaudeCode', domains: ['dawclaudecode.com'], apiEndpoints: ['dawclaudecode.com'], source: gateways, region: 'china' },
      // api.whatai.cc answers /v1/models (401)
      { id: 'whatai-api', name: '神马中转API (WhatAI)', vendor: 'WhatAI', domains: ['whatai.cc'], apiEndpoints: ['api.whatai.cc'], source: gateways, region: 'china' },
      // oneapi.paintbot.top answers /v1/models (401)
      { id: 'paintbot-oneapi', name: 'oneapi.paintbot.top', vendor: 'paintbot.top', domains: ['oneapi.paintbot.top'], apiEndpoints: ['oneapi.paintbot.top'], source: gateways, region: 'china' },
      // api.aipaibox.com answers /v1/models (401)
      { id: 'aipaibox', name: 'AIPaiBox API', vendor: 'AIPaiBox', domains: ['aipaibox.com'], apiEndpoints: ['api.aipaibox.com'], source: gateways, region: 'china' },
      // buzzai.cc answers /v1/models (401)
      { id: 'buzz-ai-cc', name: 'BUZZ AI (buzzai.cc)', vendor: 'BUZZ AI', domains: ['buzzai.cc'], apiEndpoints: ['buzzai.cc'], source: gateways, region: 'china' },
      // www.ddshub.cc answers /v1/models (401)
      { id: 'dds-hub', name: 'DDS Hub', vendor: 'DDS Hub', domains: ['ddshub.cc'], apiEndpoints: ['www.ddshub.cc'], source: gateways },
      // api.nekoapi.com answers /v1/models (401)
      { id: 'nekoapi', name: 'NekoAPI', vendor: 'NekoAPI', domains: ['nekoapi.com'], apiEndpoints: ['api.nekoapi.com'], source: gateways, region: 'china' },
      // marting.pro answers /v1/models (401)
      { id: 'marting-pro', name: 'marting.pro', vendor: 'marting.pro', domains: ['marting.pro'], apiEndpoints: ['marting.pro'], source: gateways },
      // ai.comfly.chat answers /v1/models (401)
      { id: 'comfly-chat', name: 'Comfly', vendor: 'Comfly', domains: ['ai.comfly.chat'], apiEndpoints: ['ai.comfly.chat'], source: gateways },
      // zen-ai.top answers /v1/models (401)
      { id: 'zen-ai-top', name: 'zen-ai.top', vendor: 'zen-ai.top', domains: ['zen-ai.top'], apiEndpoints: ['zen-ai.top'], source: gateways, region: 'china' },
      // oneapi.gptnb.ai answers /v1/models (401)
      { id: 'gptnb-oneapi', name: 'GPTNB ONEAPI', vendor: 'GPTNB', domains: ['gptnb.ai'], apiEndpoints: ['oneapi.gptnb.ai'], source: gateways, region: 'china' },
      // sparkcode.top answers /v1/models (401)
      { id: 'sparkcode-top', name: 'sparkcode.top', vendor: 'sparkcode.top', domains: ['sparkcode.top'], apiEndpoints: ['sparkcode.top'], source: gateways, region: 'china' },
      // api.aikeji.vip answers /v1/models (401)
      { id: 'aikeji-api', name: 'api.aikeji.vip', vendor: 'aikeji.vip', domains: ['api.aikeji.vip'], apiEndpoints: ['api.aikeji.vip'], source: gateways, region: 'china' },
      // api.oaipro.com answers /v1/models (401); oaipro.com listed as needs review
      { id: 'neo-api-oaipro', name: 'Neo API (oaipro.com)', vendor: 'Neo API', domains: ['oaipro.com'], apiEndpoints: ['api.oaipro.com'], source: gateways, region: 'china' },
      // api.gpts.vin answers /v1/models (401)
      { id: 'yuboar-api', name: 'Yuboar API', vendor: 'Yuboar', domains: ['api.gpts.vin'], apiEndpoints: ['api.gpts.vin'], source: gateways, region: 'china' },
      // unifiedapi.cloud answers /v1/models (401)
      { id: 'unifiedapi-cloud', name: 'Unified API (unifiedapi.cloud)', vendor: 'Unified API', domains: ['unifiedapi.cloud'], apiEndpoints: ['unifiedapi.cloud'], source: gateways, region: 'china' },
      // api.timebackward.com answers /v1/models (401)
      { id: 'timebackward-api', name: 'api.timebackward.com', vendor: 'timebackward.com', domains: ['api.timebackward.com'], apiEndpoints: ['api.timebackward.com'], source: gateways, region: 'china' },
      // api.mixrai.com answers /v1/models (401)
      { id: 'mixrai-api', name: 'MixrAI Chat API', vendor: '豆子智创 (MixrAI)', domains: ['api.mixrai.com'], apiEndpoints: ['api.mixrai.com'], source: gateways, region: 'china' },
      // api.chatanywhere.org answers /v1/models (401); api.chatanywhere.tech answers /v1/models (401)
      { id: 'chatanywhere-api', name: 'ChatAnywhere API', vendor: 'ChatAnywhere', domains: ['chatanywhere.org', 'chatanywhere.tech'], apiEndpoints: ['api.chatanywhere.org', 'api.chatanywhere.tech'], source: gateways },
      // api.yuegle.com answers /v1/models (401)
      { id: 'yuegle-api', name: 'Yuegle API', vendor: 'Yuegle', domains: ['yuegle.com'], apiEndpoints: ['api.yuegle.com'], source: gateways, region: 'china' },
      // api.aabao.top answers /v1/models (401); api.aabao.vip answers /v1/models (401)
      { id: 'aabao-api', name: 'Aabao API', vendor: 'Aabao', domains: ['aabao.top', 'aabao.vip'], apiEndpoints: ['api.aabao.top', 'api.aabao.vip'], source: gateways, region: 'china' },
      // kfcv50.link answers /v1/models (401)
      { id: 'kfc-v50-api', name: 'KFC V50 API', vendor: 'KFC V50', domains: ['kfcv50.link'], apiEndpoints: ['kfcv50.link'], source: gateways, region: 'china' },
      // www.openai-labs.com answers /v1/models (401)
      { id: 'openai-labs-api', name: 'Ai实验室全球企业级API系统 (openai-labs.com)', vendor: 'openai-labs.com', domains: ['openai-labs.com'], apiEndpoints: ['www.openai-labs.com'], source: gateways, region: 'china' },
      // infai.cc answers /v1/models (401)
      { id: 'infai-cc', name: '无限API (infai.cc)', vendor: 'infai.cc', domains: ['infai.cc'], apiEndpoints: ['infai.cc'], source: gateways, region: 'china' },
      // yunwu.ai answers /v1/models (401); api.wlai.vip answers /v1/models (401)
      { id: 'yunwu-ai', name: '云雾 API (YunWu)', vendor: 'YunWu', domains: ['yunwu.ai', 'api.wlai.vip'], apiEndpoints: ['yunwu.ai', 'api.wlai.vip'], source: gateways, region: 'china' },
      // api.gptsapi.net answers /v1/models (401)
      { id: 'gptsapi-net', name: 'GPTsAPI (gptsapi.net)', vendor: 'GPTsAPI', domains: ['gptsapi.net'], apiEndpoints: ['api.gptsapi.net'], source: gateways },
      // api.openai-up.com answers /v1/models (401)
      { id: 'openai-up-aihub', name: 'Ai-hub (openai-up.com)', vendor: 'Ai-hub', domains: ['api.openai-up.com'], apiEndpoints: ['api.openai-up.com'], source: gateways, region: 'china' },
      // www.findcg.com answers /v1/models (401)
      { id: 'findcg', name: '发现AI (findcg.com)', vendor: 'findcg.com', domains: ['findcg.com'], apiEndpoints: ['www.findcg.com'], source: gateways, region: 'china' },
      // api.pumpkinaigc.online answers /v1/models (401)
      { id: 'pumpkinaigc', name: 'PumpkinAIGC API', vendor: 'PumpkinAIGC', domains: ['pumpkinaigc.online'], apiEndpoints: ['api.pumpkinaigc.online'], source: gateways, region: 'china' },
      // xeduapi.com answers /v1/models (401)
      { id: 'xeduapi', name: 'xeduapi.com', vendor: 'xeduapi.com', domains: ['xeduapi.com'], apiEndpoints: ['xeduapi.com'], source: gateways },
      // api.ai-gaochao.cn answers /v1/models (401)
      { id: 'gaochao-api', name: '数标标API', vendor: 'ai-gaochao.cn', domains: ['api.ai-gaochao.cn'], apiEndpoints: ['api.ai-gaochao.cn'], source: gateways, region: 'china' },
      // xcode.best answers /v1/models (401)
      { id: 'xcode-best', name: 'xcode.best', vendor: 'xcode.best', domains: ['xcode.best'], apiEndpoints: ['xcode.best'], source: gateways, region: 'china' },
      // www.ggwk1.online answers /v1/models (401)
      { id: 'ggwk1-online', name: 'ggwk1.online', vendor: 'ggwk1.online', domains: ['ggwk1.online'], apiEndpoints: ['www.ggwk1.online'], source: gateways, region: 'china' },
      // new.xjai.cc answers /v1/models (401)
      { id: 'xjai-new', name: 'new.xjai.cc', vendor: 'xjai.cc', domains: ['new.xjai.cc'], apiEndpoints: ['new.xjai.cc'], source: gateways, region: 'china' },
      // go.sbgpt.site answers /v1/models (401)
      { id: 'sbgpt-go', name: 'go.sbgpt.site', vendor: 'sbgpt.site', domains: ['go.sbgpt.site'], apiEndpoints: ['go.sbgpt.site'], source: gateways, region: 'china' },
      // api.nio.gs answers /v1/models (401)
      { id: 'nio-api', name: 'Nio API', vendor: 'Nio API', domains: ['api.nio.gs'], apiEndpoints: ['api.nio.gs'], source: gateways },
      // open.xiaojingai.com answers /v1/models (401)
      { id: 'xiaojingai-open', name: 'XiaojingAI Open API', vendor: 'XiaojingAI', domains: ['xiaojingai.com'], apiEndpoints: ['open.xiaojingai.com'], source: gateways },
      // ominigate.com listed as likely relay
      { id: 'ominigate', name: 'OminiGate', vendor: 'OminiGate', domains: ['ominigate.com'], source: gateways },
      // poloapi.com listed as likely relay
      { id: 'poloapi', name: 'PoloAPI', vendor: 'PoloAPI', domains: ['poloapi.com'], source: gateways, region: 'china' },
      // apimart.ai listed as likely relay; www.apicore.ai listed as probable relay
      { id: 'apimart', name: 'APIMart', vendor: 'APIMart', domains: ['apimart.ai', 'apicore.ai'], source: gateways, region: 'china' },
      // derouter.ai listed as likely relay
      { id: 'derouter', name: 'DeRouter', vendor: 'DeRouter', domains: ['derouter.ai'], source: gateways, region: 'china' },
      // megallm.io listed as likely relay
      { id: 'megallm', name: 'MegaLLM', vendor: 'MegaLLM', domains: ['megallm.io'], source: gateways },
      // uiuiapi.com listed as likely relay
      { id: 'uiuiapi', name: 'UIUIAPI聚合平台', vendor: 'UIUIAPI', domains: ['uiuiapi.com'], source: gateways, region: 'china' },
      // poixe.com listed as likely relay
      { id: 'poixe-ai', name: 'Poixe AI', vendor: 'Poixe AI', domains: ['poixe.com'], source: gateways, region: 'china' },
      // quickrouter.ai listed as likely relay
      { id: 'quickrouter-ai', name: 'QuickRouter API', vendor: 'QuickRouter', domains: ['quickrouter.ai'], source: gateways, region: 'china' },
      // aigc369.com listed as probable relay
      { id: 'aigc369', name: 'AI实验室 (aigc369.com)', vendor: 'aigc369.com', domains: ['aigc369.com'], source: gateways, region: 'china' },
    ],
    { checked: CHECKED_C18 },
  ),
];
