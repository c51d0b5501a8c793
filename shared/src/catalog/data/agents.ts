// Agents, automation and chatbot builders: they act on the user's behalf or answer the organisation's
// customers, so they reach further than a chat window.
import type { Tool } from '../../schemas/tool';
import { defineTools, listed, CHECKED_2, CHECKED_3, v2flyAt, CHECKED_C10, CHECKED_C12, CHECKED_C15 } from './define';

export const agentTools: Tool[] = defineTools('agents', [
  // api.manus.ai (2026-12-05): the Manus API's host in the vendor's own API reference,
  // https://open.manus.im/docs/api-reference/create-task (stored copy read): POST https://api.manus.ai/v1/tasks.
  // manus.ai (CHECKED_C13, thirteenth regional pass): the vendor's API documentation site is open.manus.ai
  // (https://open.manus.ai/, stored copy read), beside its API on api.manus.ai; a domain whose subdomains serve the
  // vendor's API and its documentation is the vendor's, so the whole of manus.ai is claimed.
  { id: 'manus', name: 'Manus', vendor: 'Butterfly Effect', domains: ['manus.im', 'manus.ai', 'api.manus.ai'], apiEndpoints: ['api.manus.ai'], source: v2flyAt('manus'), checked: CHECKED_3 },
  { id: 'openai-operator', name: 'Operator', vendor: 'OpenAI', domains: ['operator.chatgpt.com'], source: 'https://help.openai.com/en/articles/10421097-operator', checked: CHECKED_C12 },
  { id: 'zapier-agents', name: 'Zapier Agents', vendor: 'Zapier', domains: ['agents.zapier.com'] },
  { id: 'n8n', name: 'n8n', vendor: 'n8n', domains: ['n8n.io', 'n8n.cloud'], source: listed('steven2358'), checked: CHECKED_2 },
  // relevance.ai (2026-12-07, newtopc): Relevance AI's own Python SDK (package RelevanceAI, setup.py) gives
  // url https://relevance.ai/, author "Relevance AI" and dev@relevance.ai, and its docs sent users to cloud.relevance.ai
  // and relevance.ai/pricing; a later release's PKG-INFO moved the home page to relevanceai.com: the vendor's own host.
  { id: 'relevance-ai', name: 'Relevance AI', vendor: 'Relevance AI', domains: ['relevanceai.com', 'relevance.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'lindy', name: 'Lindy', vendor: 'Lindy', domains: ['lindy.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'bardeen', name: 'Bardeen', vendor: 'Bardeen', domains: ['bardeen.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'multion', name: 'MultiOn', vendor: 'MultiOn', domains: ['multion.ai', 'theagi.company'], source: listed('slavakurilyak'), checked: CHECKED_3 }, // theagi.company: listed('zijianni', 'README.ja.md'), listed('arunagirinathan')
  { id: 'browser-use', name: 'Browser Use', vendor: 'Browser Use', domains: ['browser-use.com'], source: 'https://docs.browser-use.com/cloud/which-product.md', checked: CHECKED_C10 },
  { id: 'skyvern', name: 'Skyvern', vendor: 'Skyvern', domains: ['skyvern.com', 'skyvern.ai'], source: 'https://github.com/Skyvern-AI/skyvern/blob/07222e7a7caae79aacd5908c30e4a4445fce5f9b/README.md', checked: CHECKED_C10 }, // skyvern.ai (2026-12-06): Skyvern's own README called docs.skyvern.ai its documentation website, https://github.com/Skyvern-AI/skyvern/blob/d2b79ab5dec1f0bffedbf5ec9ee1c6108048d5ea/README.md line 267
  // crewai.io (2026-12-06): the site listed('dairai', 'pages/research/llm-agents.en.mdx') links for crewAI.
  { id: 'crewai', name: 'CrewAI', vendor: 'CrewAI', domains: ['crewai.com', 'crewai.io'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'langflow', name: 'Langflow', vendor: 'DataStax', domains: ['langflow.org'], source: listed('kwokwile', 'data/tools.json'), checked: CHECKED_3 },
  { id: 'flowise', name: 'Flowise', vendor: 'Flowise', domains: ['flowiseai.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'dify', name: 'Dify', vendor: 'LangGenius', domains: ['dify.ai'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'coze', name: 'Coze', vendor: 'ByteDance', domains: ['coze.com', 'coze.cn'], source: v2flyAt('bytedance-ai-!cn'), checked: CHECKED_3 },
  { id: 'botpress', name: 'Botpress', vendor: 'Botpress', domains: ['botpress.com', 'botpress.io', 'studio.botpress.cloud'], apiEndpoints: ['api.botpress.cloud'], source: listed('filipecalegario'), checked: CHECKED_2 }, // api.botpress.cloud (2026-12-05), the Botpress Cloud API: defaultApiUrl in Botpress's own API client, https://github.com/botpress/botpress/blob/2542c83c157665d830d47eaf3ffd4f63a06abf1d/packages/client/src/config.ts; botpress.io (2026-12-06): listed('jstumppchatbots', 'README.md'), "BotPress"; studio.botpress.cloud (CHECKED_C16, agents pass): Botpress Studio, where its AI agents are built (https://botpress.com/docs/studio/introduction.md)
  { id: 'voiceflow', name: 'Voiceflow', vendor: 'Voiceflow', domains: ['voiceflow.com'], source: listed('arunagirinathan', 'README.md'), checked: CHECKED_3 },
  { id: 'stack-ai', name: 'Stack AI', vendor: 'Stack AI', domains: ['stack-ai.com', 'stackai.com'], source: listed('danielrosehill', 'alphabetical-index.md'), checked: CHECKED_C12 }, // heading "Stack AI" linking www.stack-ai.com; stackai.com (2026-12-06): listed('c13bishanagentdeploy', 'README.md'), "Stack AI" linking www.stackai.com
  { id: 'gumloop', name: 'Gumloop', vendor: 'Gumloop', domains: ['gumloop.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'agentgpt', name: 'AgentGPT', vendor: 'Reworkd', domains: ['reworkd.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'godmode', name: 'Godmode', vendor: 'Godmode', domains: ['godmode.space'], source: 'https://github.com/FOLLGAD/Godmode-GPT/blob/e2b031de8e27aa71f55480dcdc80772a1b08eb7a/README.md', checked: CHECKED_C10 },
  { id: 'superagi', name: 'SuperAGI', vendor: 'SuperAGI', domains: ['superagi.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'dust', region: 'europe', name: 'Dust', vendor: 'Dust', domains: ['dust.tt'], supplier: { enterpriseTier: true, dataRegions: ['EU', 'US'] }, source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  // clawd.bot: the host listed('clawhome', 'README.en.md') gives for OpenClaw (formerly Clawdbot).
  { id: 'openclaw', name: 'OpenClaw', vendor: 'OpenClaw', domains: ['openclaw.ai', 'clawhub.ai', 'clawhub-mirror.com', 'openclaw.io', 'molt.bot', 'clawd.bot'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 }, // openclaw.io: listed('jaylfc'); molt.bot (its name as Moltbot): listed('shadowaltz', 'README.md'), CHECKED_3
  // agent.minimax.cn: the host listed('clawhome', 'README.en.md') gives for MiniMax Agent.
  { id: 'minimax-agent', name: 'MiniMax Agent', vendor: 'MiniMax', domains: ['agent.minimax.io', 'agent.minimax.cn'], source: 'https://github.com/MiniMax-AI/MiniMax-M2/blob/2e575efec12773cdc5d811341089512452bfb468/README.md', checked: CHECKED_C10 },
  { id: 'convergence-proxy', name: 'Proxy', vendor: 'Convergence', domains: ['convergence.ai'], source: 'https://github.com/convergence-ai/proxy-lite/blob/a4389c599d5f5f77dc18510c879e2e783434766b/README.md', checked: CHECKED_C12 }, // the vendor's repository; links Proxy at proxy.convergence.ai
  // sanalabs.com: the host listed('clawhome', 'README.en.md') gives for Sana (Sana Labs).
  { id: 'sana', region: 'europe', name: 'Sana', vendor: 'Workday', domains: ['sana.ai', 'sanalabs.com'], source: listed('msalikocaispm', 'catalog.json'), checked: CHECKED_C12 }, // "Sana" with domain sana.ai; DeepNLP's AGENT.md (aiagenta2z) has an entry "sana" on sanalabs.com
  // moveworks.ai (2026-12-06): the second domain MSalikoc's AI application catalog gives Moveworks by name:
  // listed('msalikocaispm', 'catalog.json'), CHECKED_C12
  { id: 'moveworks', name: 'Moveworks', vendor: 'ServiceNow', domains: ['moveworks.com', 'moveworks.ai'], source: listed('zijianni', 'README.ja.md'), checked: CHECKED_3 },
  { id: 'intercom-fin', name: 'Fin', vendor: 'Intercom', domains: ['fin.ai'], urlPrefixes: ['www.intercom.com/fin', 'intercom.com/fin'], apiPrefixes: ['api.intercom.io/fin', 'api.eu.intercom.io/fin', 'api.au.intercom.io/fin'], source: listed('arunagirinathan', 'README.md'), checked: CHECKED_3 }, // api.intercom.io/fin and its EU and AU twins (2026-12-06, CHECKED_C16, saasai): Intercom's own OpenAPI description (MIT), https://github.com/intercom/Intercom-OpenAPI/blob/8889625a7b931d8649e18726e7f872ff073520fc/descriptions/2.16/api.intercom.io.yaml, serves the "Fin Agent" API (/fin/start, /fin/reply, /fin/csat) from those three servers
  { id: 'ada', name: 'Ada', vendor: 'Ada Support', domains: ['ada.cx', 'ada.support'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'sierra', name: 'Sierra', vendor: 'Sierra', domains: ['sierra.ai'], source: 'https://github.com/sierra-research/tau2-bench/blob/a2c024725189473d2d7cea3a5cfdbcc67478e41f/README.md', checked: CHECKED_C12 }, // Sierra's research repository (tau2-bench); links its blog on sierra.ai
  { id: 'decagon', name: 'Decagon', vendor: 'Decagon', domains: ['decagon.ai'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 },
  { id: 'forethought', name: 'Forethought', vendor: 'Forethought', domains: ['forethought.ai'], source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
  { id: 'cognigy', region: 'europe', name: 'Cognigy', vendor: 'NICE', domains: ['cognigy.com'], source: 'https://docs.cognigy.com/ai/glossary/', checked: CHECKED_C10 },
  { id: 'kore-ai', name: 'Kore.ai', vendor: 'Kore.ai', domains: ['kore.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'yellow-ai', name: 'Yellow.ai', vendor: 'Yellow.ai', domains: ['yellow.ai', 'yellowmessenger.com'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 }, // yellowmessenger.com (2026-12-06, leads3), the company's earlier name and its app host (app.yellowmessenger.com): Yellow.ai's own docs name both as its domains, https://github.com/yellowmessenger/documentation/blob/29121e5373ea9d53f7c578fd7227ede0ce4ebe95/docs/platform_concepts/appConfiguration/servicenow-livechat.md line 57
  { id: 'chatbase', name: 'Chatbase', vendor: 'Chatbase', domains: ['chatbase.co'], source: listed('lilittlecat', 'README.md'), checked: CHECKED_3 },
  { id: 'customgpt', name: 'CustomGPT.ai', vendor: 'CustomGPT', domains: ['customgpt.ai'], source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'copilot-studio', name: 'Microsoft Copilot Studio', vendor: 'Microsoft', domains: ['copilotstudio.microsoft.com'], supplier: { trainsOnInputsByDefault: false, enterpriseTier: true }, source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 },
  // console.cloud.google.com/gemini-enterprise (its Cloud console pages: apps, overview): Google's own
  // GoogleCloudPlatform/generative-ai@23b75dab2c25248f352d4c39e3c5984398b4b448 search/gemini-enterprise/ge-demo-generator/README.md
  // (Apache-2.0 licence file), CHECKED_C13
  { id: 'gemini-enterprise', name: 'Gemini Enterprise', vendor: 'Google', domains: ['business.gemini.google', 'vertexaisearch.cloud.google.com'], urlPrefixes: ['console.cloud.google.com/gemini-enterprise'], supplier: { trainsOnInputsByDefault: false, enterpriseTier: true }, source: 'https://docs.cloud.google.com/gemini/enterprise/docs/apis.md.txt', checked: CHECKED_C10 },
  // `opal` (opal.google, opal.google.com) was Google Labs' Opal a second time: its hosts moved to `google-opal`
  // (support-marketing.ts) in the fifteenth-session re-check.
  { id: 'dia-browser', name: 'Dia', vendor: 'The Browser Company', domains: ['diabrowser.com', 'diabrowser.engineering'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'fellou', name: 'Fellou', vendor: 'Fellou', domains: ['fellou.ai'], source: listed('arunagirinathan', 'README.md'), checked: CHECKED_3 },
  { id: 'h-company', region: 'europe', name: 'Runner H', vendor: 'H Company', domains: ['hcompany.ai'], source: 'https://hub.hcompany.ai/agent-api/agents/overview', checked: CHECKED_C10 },
  { id: 'langdock', region: 'europe', name: 'Langdock', vendor: 'Langdock', category: 'chat', domains: ['langdock.com'], supplier: { trainsOnInputsByDefault: false, enterpriseTier: true, dataRegions: ['EU'] }, source: 'https://docs.langdock.com/resources/integrations/create-integrations', checked: CHECKED_C10 },
  { id: 'igenius', region: 'europe', name: 'iGenius', vendor: 'iGenius', category: 'chat', domains: ['igenius.ai'], source: 'https://docs.igenius.ai/fundamentals/crystal', checked: CHECKED_C15 }, // iGenius's own docs, stored copy read (fifteenth-session re-check, was homepage-only): Crystal, its AI assistant that answers questions about business data in natural language, linking www.igenius.ai
  { id: 'deepset', region: 'europe', name: 'deepset AI Platform', vendor: 'deepset', category: 'developer-platform', domains: ['deepset.ai'], source: listed('steven2358'), checked: CHECKED_3 },
  { id: 'lighton', region: 'europe', name: 'LightOn', vendor: 'LightOn', category: 'developer-platform', domains: ['lighton.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'agent-ai', name: 'Agent.ai', vendor: 'HubSpot', domains: ['agent.ai'], source: listed('aiagenta2z', 'AGENT.md'), checked: CHECKED_C12 }, // entry "agent ai" at agent.ai (a marketplace of AI agents); also danielrosehill's exports/140225.md
  { id: 'taskade', name: 'Taskade', vendor: 'Taskade', category: 'productivity', domains: ['taskade.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'magical', name: 'Magical', vendor: 'Magical', domains: ['getmagical.com', 'magical.com'], source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
  { id: 'airops', name: 'AirOps', vendor: 'AirOps', domains: ['airops.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'vellum', name: 'Vellum', vendor: 'Vellum', category: 'developer-platform', domains: ['vellum.ai'], source: listed('tensorchord'), checked: CHECKED_2 },
  { id: 'langfuse', name: 'Langfuse', vendor: 'Langfuse', category: 'developer-platform', domains: ['langfuse.com'], supplier: { dataRegions: ['EU', 'US'] }, source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'pinecone', name: 'Pinecone', vendor: 'Pinecone', category: 'developer-platform', domains: ['pinecone.io'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'promptlayer', name: 'PromptLayer', vendor: 'PromptLayer', category: 'developer-platform', domains: ['promptlayer.com'], source: listed('tensorchord'), checked: CHECKED_2 },
  { id: 'humanloop', name: 'Humanloop', vendor: 'Humanloop', category: 'developer-platform', domains: ['humanloop.com'], source: listed('tensorchord'), checked: CHECKED_2 },
  { id: 'clay', name: 'Clay', vendor: 'Clay', domains: ['clay.com', 'clay.run'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 }, // clay.run: Clay's earlier host (its API still answers at api.clay.run), named Clay at https://clay.run in listed('kairichardnocode', 'README.md') line 83, CHECKED_C14
  { id: 'tidio-lyro', name: 'Tidio Lyro', vendor: 'Tidio', domains: ['tidio.com'], source: listed('mahseema', 'marketing.md'), checked: CHECKED_2 },
  { id: 'agentops', name: 'AgentOps', vendor: 'AgentOps', category: 'developer-platform', domains: ['agentops.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'autogpt', name: 'AutoGPT Platform', vendor: 'Significant Gravitas', domains: ['agpt.co'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'induced', name: 'Induced AI', vendor: 'Induced', domains: ['induced.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'twin', name: 'Twin', vendor: 'Twin Labs', domains: ['twin.so'], source: 'https://docs.twin.so/instructions', checked: CHECKED_C12 }, // Twin's own docs on docs.twin.so (agents it builds and runs)
  { id: 'cognosys', name: 'Cognosys', vendor: 'Cognosys', domains: ['cognosys.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // Cognosys at cognosys.ai
  { id: 'aomni', name: 'Aomni', vendor: 'Aomni', domains: ['aomni.com'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'beam-ai', name: 'Beam AI', vendor: 'Beam', domains: ['beam.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'ema', name: 'Ema', vendor: 'Ema', domains: ['ema.co'], source: listed('hireai', '_data/products.yml'), checked: CHECKED_C12 }, // Ema (EmaHire) at ema.co
  { id: 'relay-app', name: 'Relay.app', vendor: 'Relay', domains: ['relay.app'], source: 'https://docs.relay.app/human-in-the-loop/roles', checked: CHECKED_C10 },
  { id: 'activepieces', name: 'Activepieces', vendor: 'Activepieces', domains: ['activepieces.com'], source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 },
  { id: 'vapi', name: 'Vapi', vendor: 'Vapi', domains: ['vapi.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'retell', name: 'Retell AI', vendor: 'Retell', domains: ['retellai.com'], source: listed('arunagirinathan', 'README.md'), checked: CHECKED_3 },
  { id: 'bland', name: 'Bland AI', vendor: 'Bland', domains: ['bland.ai', 'bland.com'], source: listed('slavakurilyak'), checked: CHECKED_3 }, // bland.com: Bland AI (S23, platform for AI phone calls) in listed('c13ayc', 'responses/S23.json'), CHECKED_C13
  { id: 'synthflow', name: 'Synthflow', vendor: 'Synthflow', domains: ['synthflow.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'air-ai', name: 'Air AI', vendor: 'Air', domains: ['air.ai'] },
  { id: 'parloa', region: 'europe', name: 'Parloa', vendor: 'Parloa', domains: ['parloa.com'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'polyai', region: 'europe', name: 'PolyAI', vendor: 'PolyAI', domains: ['poly.ai', 'poly-ai.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 }, // poly-ai.com (2026-12-06, leads3): PolyAI's own repository links it as the company site, https://github.com/PolyAI-LDN/conversational-datasets/blob/50f626ad0d0e825835bd054f6a58006afa95a8e5/README.md line 3
  { id: 'chatfuel', name: 'Chatfuel', vendor: 'Chatfuel', domains: ['chatfuel.com'], source: listed('mahseema'), checked: CHECKED_2 },
  { id: 'landbot', name: 'Landbot', vendor: 'Landbot', domains: ['landbot.io'], source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 },
  { id: 'zowie', name: 'Zowie', vendor: 'Zowie', domains: ['getzowie.com', 'zowie.ai'], source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
  { id: 'siena', name: 'Siena AI', vendor: 'Siena', domains: ['siena.cx'], source: 'https://support.siena.cx/hc/en-us/articles/37595861047451-Conversation-Graph', checked: CHECKED_C12 }, // Siena's own help centre on support.siena.cx
  { id: 'mendable', name: 'Mendable', vendor: 'Mendable', domains: ['mendable.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'kapa', name: 'kapa.ai', vendor: 'kapa.ai', domains: ['kapa.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'inkeep', name: 'Inkeep', vendor: 'Inkeep', domains: ['inkeep.com'], source: 'https://github.com/inkeep/agents/blob/d5d09d0c6da459bc71ef47b538c5509dd3747d71/README.md', checked: CHECKED_C10 },
  { id: 'sitegpt', name: 'SiteGPT', vendor: 'SiteGPT', domains: ['sitegpt.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'denser', name: 'Denser', vendor: 'Denser', domains: ['denser.ai'], source: 'https://github.com/denser-org/denser-retriever/blob/76256ee93af9c27eac5882513b35359141da327b/README.md', checked: CHECKED_C12 }, // the vendor's repository; its docs on retriever.denser.ai
  { id: 'dante-ai', name: 'Dante AI', vendor: 'Dante', domains: ['dante-ai.com'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'julius', name: 'Julius AI', vendor: 'Julius', category: 'productivity', domains: ['julius.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'akkio', name: 'Akkio', vendor: 'Akkio', category: 'productivity', domains: ['akkio.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'formulabot', name: 'Formula Bot', vendor: 'Formula Bot', category: 'productivity', domains: ['formulabot.com'], source: 'https://github.com/excelformulabot/excel-add-in/blob/4e969d79a12a25264aa57f4d73d772f29fd54345/manifest.xml', checked: CHECKED_C12 }, // the vendor's Excel add-in manifest; provider Formula Bot, support URL formulabot.com
  { id: 'sheetai', name: 'SheetAI', vendor: 'SheetAI', category: 'productivity', domains: ['sheetai.app'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'ajelix', name: 'Ajelix', vendor: 'Ajelix', category: 'productivity', domains: ['ajelix.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'numerous', name: 'Numerous.ai', vendor: 'Numerous', category: 'productivity', domains: ['numerous.ai'], source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
]);
