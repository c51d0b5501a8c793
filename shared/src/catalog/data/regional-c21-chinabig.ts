// Twenty-first session, China big-platform pass (2026-12-07, helper `chinabig`): AI products of China's large platforms
// (Baidu, Tencent, Alibaba, ByteDance's Volcano Engine, Huawei, JD) and of one large Chinese cloud (Qiniu) that no
// entry claimed yet, beside the second China pass (data/regional-c21-china2.ts) and the earlier Chinese files, whose
// rows are not repeated here. Here: Baidu's AI customer-service and outbound-call platform 客悦, its vision-AI platform
// 一见 and its AI capability centre; Tencent Cloud's AI digital humans, its Hunyuan 3D and Hunyuan video generation APIs
// and its Agent Runtime; Alibaba Cloud's LLM outbound-call bot, its AgentBay sandboxes for AI agents and its AI Search
// Open Platform (RAG); Huawei Cloud's agent platform AgentArts (智果), its AgentSphere agent sandboxes and its KooSearch
// RAG search; Volcano Engine's AgentKit and Data Agent; JD's multi-agent product AutoBots (JoyAgent); Qiniu's Agent
// API; and AgentRun, an agentic-AI infrastructure platform whose docs name no company.
//
// Leads. First the brief's list and well over a hundred more hosts of the big platforms' AI products (ByteDance,
// Alibaba and Ant, Tencent, Baidu, Kuaishou, Meituan, JD, NetEase, Xiaomi, Huawei, Zhipu, SenseTime, MiniMax, 360,
// iFlytek, Kingsoft, vivo, OPPO, Honor, China Telecom) were run through /work/helpers/classify-hosts.mts: most were
// listed already (Gauth, Pic Copilot, NoCode, 言犀, 九天, 小艺, 盘古, 绘想, 火山翻译, ModelScope, Seko, 小爱, MiMo, 有道翻译, ChitChop,
// chat.360.com, CodeArts Snap, PromptPilot, 听悟, MathGPT, WPS 灵犀, 讯飞开放平台 and the rest of the china2 pass's list). Then
// 38 look-ups, mostly in the stored `docs` corpus, which holds the clouds' documentation sites
// (cloud.tencent.com/document, www.tencentcloud.com/document, cloud.baidu.com/doc, help.aliyun.com,
// www.alibabacloud.com/help, support.huaweicloud.com, www.volcengine.com/docs): Chinese queries with the product's own
// name and 产品概述 / 产品简介 / 接口请求域名, English queries ("Tencent Cloud Agent Development Platform documentation", "QwenCloud
// developer guides", "MeDo Baidu no-code AI app builder", "CodeFuse Ant Group"), and three `pages` queries (夸克 AI 服务协议,
// codebuddy.tencent.com 隐私政策, ByteDance's Spring (SG) operator in English) that returned other sites only. Every row
// cites a page on the vendor's own site that says the product works with AI, a large model or AI agents. Most of these
// products live on a general cloud site, so most rows claim only the product's documentation paths (URL prefixes, as
// the sixteenth-session pass did for Tencent Cloud ADP), its console path or a subdomain, and API hosts the docs name
// go in apiEndpoints. Hosts were run through classify-hosts and names grepped in data/ first.
//
// Already listed and left to their entries: Tencent Cloud ADP (tencent-cloud-adp, once LKE), Tencent Cloud's AI code
// assistant and CodeBuddy, WorkBuddy, Tencent LKE's DeepSeek API, TokenHub, Hunyuan, Hunyuan Image, 曦灵 (baidu-xiling),
// Baidu AppBuilder, Aidge, Alibaba Cloud Model Studio, Qwen, iFlytek Spark, 360 智脑, Quark AI on ai.quark.cn, Huawei
// Cloud MaaS, BytePlus ModelArk, Doubao Speech, MaxKB, e2b and Daytona (the sandbox entries the agent-sandbox rows here
// sit beside). Second hosts and paths of listed products, for the merge (each seen in a result; none claimed here):
// wss.lke.tencentcloud.com (ADP's international chat endpoint, in its HTTP SSE and WebSocket docs),
// adp.tencentcloudapi.com and adp.intl.tencentcloudapi.com (ADP's 2026-05-20 API) and
// www.tencentcloud.com/ko|ind/document/product/1254 for tencent-cloud-adp; cloud.tencent.com/document/product/1749
// (CodeBuddy's product overview) for tencent-cloud-code-assistant; cloud.tencent.com/document/product/1831 (WorkBuddy
// Enterprise docs) for workbuddy; open.xiling.baidu.com (曦灵's open-platform API and MCP host, in its MCP package and
// Baidu's RTC doc) and cloud.baidu.com/doc/AI_DH for baidu-xiling; console.bce.baidu.com/ai_apaas (AppBuilder's
// console, in its SDK README) for baidu-appbuilder; www.alibabacloud.com/help/en/aidge and help.aliyun.com/en/aidge
// (Marco MT translation docs) for aidge; qwencloud.com, www.qwencloud.com and docs.qwencloud.com (QwenCloud, the
// international rename of Model Studio, per its own CLI README and LiteLLM's and n8n's docs) for alibaba-model-studio.
// The brief's hosts that no result named: lke.cloud.tencent.com and adp.cloud.tencent.com (the ADP docs met link the
// console only as text), codebuddy.tencent.com, xinghuo.iflytek.com, chat.360.cn, bot.360.com, quark.cn,
// wenku.baidu.com's AI paths, xiling.baidu.com itself, synclub.ai, printidea.art, youyan.xyz, xiaoduoai.com, xverse.cn,
// gaga.art, vidqu.ai, tenorshare.ai and pixcut.wondershare.com; they stay leads. Claimed subdomains and paths, each
// because its parent is a general site: keyue.cloud.baidu.com (cloud.baidu.com is Baidu AI Cloud), autobots.jd.com
// (jd.com is JD's shop), the documentation paths on cloud.tencent.com, www.tencentcloud.com, cloud.baidu.com,
// help.aliyun.com, www.alibabacloud.com, support.huaweicloud.com, www.volcengine.com and developer.qiniu.com, and
// Huawei's console paths console.huaweicloud.com/agentarts and /versatile (AgentArts' old name). The names AutoBots
// (JD, autobots.jd.com) and Autobots (Auto-Magically, auto-bots.app) are different products.
//
// Measured with /work/helpers/classify-hosts.mts on the 75 hosts the searches returned (vendors' doc sites, articles,
// package registries, repositories and shared hosts alike, in /work/helpers/out/chinabig-hosts.txt): 12 classified
// before (16.0%), 13 (17.3%) after; the figure barely moves because most rows claim paths on the clouds' general doc
// hosts, not whole hosts.
//
// Left out. Agent frameworks, as the fourteenth-session pass did (AgentScope and its runtime docs on
// runtime.agentscope.io, Spring AI Alibaba's DataAgent, JD's open-source JoyAgent-JDGenie repository, CodeFuse's
// repositories, which live on GitHub, Hugging Face and github.io only); AI features of general products (PolarDB's
// Data-Agent, MaxCompute's AI_TRANSLATE, Function Compute's FC Agent Sandbox, Tencent Cloud Contact Center's voice
// agents, Alibaba's 智能联络中心, Huawei DataArts' agent builder, Quark the browser); pages that name a product but not its
// AI use, or only by a brand word (Alibaba Cloud's Visual Intelligence API on help.aliyun.com/en/viapi); Huawei Cloud
// MetaStudio (digital humans on the Pangu digital-human model), whose pages met were search-result and guide pages with
// no MetaStudio path to claim; Volcano Engine's real-time conversational AI (rtc.volcengineapi.com is the general RTC
// API), seen only in third-party docs (docs.emqx.com); Volcano Engine's VeADK, Viking knowledge base and memory
// products, named on the AgentKit docs page with no path of their own; Baidu's MeDo (medo.dev), which no result named;
// a personal developer's remote monitor for AI coding tools (codingbuddy.cn); a studio's ERNIE Q&A site with its policy
// served on the homepage only (qipengai.com); small AI apps the English `pages` query returned that belong to other
// passes (amouree.net, app.tasty-sounds.com, nexora.jiacheng.center, sparkaiweb.com); a demo portal
// (portal.byteplus-demo.com, as the nineteenth-session pass did); and shared platforms (volcengine.github.io,
// zhensherlock.github.io, aisuda.github.io, a notion.site policy).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const regionalC21ChinabigTools: Tool[] = defineTools(
  'agents',
  [
    // --- Baidu ---
    { id: 'baidu-keyue', name: '客悦 (Baidu Keyue)', vendor: 'Baidu AI Cloud', domains: ['keyue.cloud.baidu.com'], urlPrefixes: ['cloud.baidu.com/doc/ky'], apiEndpoints: ['api-ngd.baidu.com', 'aiob-open.baidu.com'], source: 'https://cloud.baidu.com/theme/E/2493009-38' }, // FAQ on Baidu AI Cloud's site: 客悦's AI customer service runs on ERNIE 4.5 and its own Kasmo service model (DeepSeek and Qwen selectable); its API docs name keyue.cloud.baidu.com, api-ngd.baidu.com and aiob-open.baidu.com
    { id: 'baidu-yijian', name: 'Baidu Yijian (一见)', vendor: 'Baidu AI Cloud', category: 'developer-platform', urlPrefixes: ['cloud.baidu.com/doc/yijian'], source: 'https://cloud.baidu.com/doc/yijian/s/Kmo8cfnza' }, // docs: a multimodal vision management platform for building visual AI skills and having AI analyse inspection images and video
    { id: 'baidu-ai-capability-center', name: 'Baidu AI Capability Center (百度 AI 能力中心)', vendor: 'Baidu AI Cloud', category: 'developer-platform', urlPrefixes: ['cloud.baidu.com/doc/aigallery'], source: 'https://cloud.baidu.com/doc/aigallery/s/3mha9zjfy' }, // docs: Baidu's AI capability centre of tools and MCP servers, AI search generation, PPT generation from instructions, speech and vision AI
    // --- Tencent ---
    { id: 'tencent-cloud-ai-digital-human', name: 'Tencent Cloud AI Digital Human (腾讯云智能数智人)', vendor: 'Tencent Cloud', category: 'video', urlPrefixes: ['cloud.tencent.com/document/product/1240', 'www.tencentcloud.com/document/product/1211', 'www.tencentcloud.com/zh/document/product/1211'], source: 'https://www.tencentcloud.com/document/product/1211/65919' }, // product introduction: digital humans rendered and lip-synced from text, question-and-answer dialogue through Tencent's LLM knowledge engine or another large model
    { id: 'tencent-hunyuan-3d-api', name: 'Tencent Hunyuan 3D API (腾讯混元生3D)', vendor: 'Tencent Cloud', category: 'image', urlPrefixes: ['cloud.tencent.com/document/product/1804', 'cloud.tencent.com/document/api/1804'], apiEndpoints: ['ai3d.tencentcloudapi.com', 'api.ai3d.cloud.tencent.com'], source: 'https://cloud.tencent.com/document/api/1804/123463' }, // API docs: 3D models generated from text or images by the Hunyuan large model; an OpenAI-compatible base URL api.ai3d.cloud.tencent.com
    { id: 'tencent-hunyuan-video-api', name: 'Tencent Hunyuan Video API (腾讯混元生视频)', vendor: 'Tencent Cloud', category: 'video', urlPrefixes: ['cloud.tencent.com/document/product/1616', 'cloud.tencent.com/document/api/1616'], apiEndpoints: ['vclm.tencentcloudapi.com'], source: 'https://cloud.tencent.com/document/api/1616/126160' }, // API docs: videos generated from text or images by the Hunyuan large model, with Vidu and Kling models behind the same API
    { id: 'tencent-cloud-agent-runtime', name: 'Tencent Cloud Agent Runtime', vendor: 'Tencent Cloud', category: 'developer-platform', urlPrefixes: ['cloud.tencent.com/document/product/1814'], source: 'https://cloud.tencent.com/document/product/1814/129423' }, // overview: runtime infrastructure for AI agents, code, browser, mobile and computer sandboxes, memory, skills and knowledge bases
    // --- Alibaba Cloud ---
    { id: 'aliyun-outboundbot', name: 'Alibaba Cloud Intelligent Outbound Bot (智能外呼机器人)', vendor: 'Alibaba Cloud', urlPrefixes: ['help.aliyun.com/zh/outboundbot'], source: 'https://help.aliyun.com/zh/outboundbot/llm-outboundbot-scene' }, // docs: large-model outbound-call robots built from natural-language persona and task descriptions
    { id: 'aliyun-agentbay', name: 'Wuying AgentBay', vendor: 'Alibaba Cloud', category: 'developer-platform', urlPrefixes: ['help.aliyun.com/zh/agentbay', 'www.alibabacloud.com/help/zh/agentbay', 'www.alibabacloud.com/help/tc/agentbay'], source: 'https://help.aliyun.com/zh/agentbay/practice-tutorial-for-agentbay-sdk' }, // docs: cloud browser and code sandboxes for agents that fill forms from natural-language instructions and run LLM-generated tests
    { id: 'aliyun-ai-search-open-platform', name: 'Alibaba Cloud AI Search Open Platform (AI 搜索开放平台)', vendor: 'Alibaba Cloud', category: 'search', urlPrefixes: ['help.aliyun.com/en/open-search/search-platform', 'www.alibabacloud.com/help/ja/open-search/search-platform'], source: 'https://www.alibabacloud.com/help/ja/open-search/search-platform/user-guide/building-knowledge-base-online-q-a-based-on-rag' }, // docs: RAG conversational search over a knowledge base, with document parsing, reranking and LLM text generation as components
    // --- Huawei Cloud ---
    {
      id: 'huawei-agentarts',
      name: 'Huawei Cloud AgentArts (智果)',
      vendor: 'Huawei Cloud',
      urlPrefixes: [
        'console.huaweicloud.com/agentarts',
        'console.huaweicloud.com/versatile',
        'support.huaweicloud.com/productdesc-agentarts0',
        'support.huaweicloud.com/usermanual-agentarts0',
        'support.huaweicloud.com/lowcode-agentarts',
        'support.huaweicloud.com/highcode-agentarts',
        'support.huaweicloud.com/bestpractice-agentarts',
        'support.huaweicloud.com/function-agentarts',
        'support.huaweicloud.com/ops-agentarts',
        'support.huaweicloud.com/api-agentarts',
        'support.huaweicloud.com/agentarts_faq',
        'support.huaweicloud.com/qs-agentarts',
        'support.huaweicloud.com/qs-agentarts0',
      ],
      source: 'https://support.huaweicloud.com/productdesc-agentarts0/agentarts_03_0002.md',
    }, // product description: an enterprise platform for building and running AI agents on large models such as DeepSeek, Qwen and Kimi, with workflows, RAG knowledge bases and MCP
    { id: 'huawei-agentsphere', name: 'Huawei Cloud AgentSphere', vendor: 'Huawei Cloud', category: 'developer-platform', urlPrefixes: ['support.huaweicloud.com/usermanual-agentsphere'], source: 'https://support.huaweicloud.com/usermanual-agentsphere/agentsphere_03_0002.md' }, // user guide: agent sandboxes that give AI agents isolated execution environments, code-interpreter and custom sandboxes
    { id: 'huawei-koosearch', name: 'Huawei Cloud KooSearch', vendor: 'Huawei Cloud', category: 'search', urlPrefixes: ['support.huaweicloud.com/api-koosearch'], source: 'https://www.huaweicloud.com/guide/productsdesc-bms_dbc9f8af34e569e6a9b621c819524199support0_y' }, // Huawei Cloud guide: an enterprise search service combining search models, a vector database and an LLM into RAG question answering
    // --- Volcano Engine (ByteDance) ---
    { id: 'volcengine-agentkit', name: 'Volcano Engine AgentKit', vendor: 'Volcano Engine', category: 'developer-platform', urlPrefixes: ['www.volcengine.com/docs/86681'], source: 'https://www.volcengine.com/docs/86681/?lang=zh' }, // docs: a platform for building, deploying and running AI agents, with tools, memory, knowledge, monitoring and evaluation beyond the model
    { id: 'volcengine-data-agent', name: 'Volcano Engine Data Agent (数据智能体)', vendor: 'Volcano Engine', urlPrefixes: ['www.volcengine.com/docs/85637', 'www.volcengine.com/docs/86760'], source: 'https://www.volcengine.com/docs/85637/1588232' }, // docs: data agents for analysis, marketing and user research, AI behaviour research and AI virtual surveys, prompt configuration
    // --- JD ---
    { id: 'jd-autobots', name: 'JD AutoBots (JoyAgent)', vendor: 'JD', domains: ['autobots.jd.com'], source: 'https://developer.jdcloud.com/article/4356' }, // JD Cloud developer post: JD's agent engine AutoBots, a multi-agent product that answers queries with reports and PPTs; product entry at autobots.jd.com
    // --- Other Chinese clouds ---
    { id: 'qiniu-agent-api', name: 'Qiniu Agent API', vendor: 'Qiniu', category: 'developer-platform', urlPrefixes: ['developer.qiniu.com/agentapi'], source: 'https://developer.qiniu.com/agentapi' }, // docs: agents created with runtimes and models, tools, MCP connectors, skills and persistent memory, run in cloud sandboxes
    { id: 'agentrun', name: 'AgentRun', vendor: 'AgentRun', category: 'developer-platform', domains: ['agent.run'], source: 'https://docs.agent.run/docs/tutorial/overview' }, // SDK docs (Chinese): an agentic-AI infrastructure platform with agent runtimes, no-code AI Studio, model calls and code and browser sandboxes
  ],
  { checked: CHECKED_C21, region: 'china' },
);
