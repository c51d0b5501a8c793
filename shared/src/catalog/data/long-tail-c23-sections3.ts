// Twenty-third session, third sections pass (2026-12-07, helper `sections3`): AI products that live under general
// sites, beside the eighteenth session's sections pass (data/platform-ai-sections-c18-sections.ts, universities' AI
// portals) and the sixteenth session's saasai pass (data/platform-ai-sections-c16-saasai.ts). Here: the AI sections of
// five general platforms, each written as URL prefixes on the vendor's own host (or, for Webex, the AI-only domain the
// vendor gives its AI hub), never the general site: Cloudflare's Agents docs; Webex's AI hub, Cisco AI Assistant pages
// and AI Agent; Postman's Agent Mode and AI Engineer; ServiceNow's Otto assistant, Agentic Playbooks and Autonomous
// Workforce; and the Databricks Developer Hub's docs for Agent Bricks, Omnigent and Genie.
//
// Leads. Step one wrote 606 URLs of AI sections of well-known general sites from memory (AI subdomains and paths of big
// tech, search engines, office suites, design tools, CRMs, banks, newspapers, telecoms, retailers and universities in
// the US, Europe, China, Japan, Korea, Russia, India and Latin America, many of them guessed, kept only to measure:
// /work/helpers/out/sections3-candidates.txt); classify-hosts found 147 of them (24.3%) already classified, and the
// misses were the gaps to source. Step two: 44 look-ups. Fifteen searches of the stored `pages`, `docs` and `code`
// corpora (Intuit Assist, Scopus AI, Postman's Postbot, BILD's Hey_, Shutterstock's AI image generator, Yandex's Neuro,
// WordPress.com's AI website builder, newsroom answer engines, Chinese AI-assistant user agreements, AI terms of
// general SaaS, US and UK universities' AI portals, llms.txt files naming AI product pages) returned news, reviews,
// directories and third-party copies only, so nothing is cited from them. The rows come from the vendors' own
// llms.txt files, read in the verbatim copies API Evangelist keeps (api-evangelist/<vendor>, llms/<vendor>-llms.txt,
// each with a provenance file naming the vendor URL it was fetched from: "saved verbatim; the provider's own
// document"); 29 look-ups went to find_repos, find_files and read_file for these copies and their provenance files
// (several guessed repositories held none). Each row cites the vendor's llms.txt URL, whose entry for the claimed page
// says, in the vendor's words, that the page is an AI product (AI agents, an AI assistant, LLM endpoints, a compound AI
// system, coding agents). Copies read: cloudflare at c0529e97d8e4f41ce3945bd8a9c4f26b628ec47d (the file Agent Lee's row
// already cites), webex at 57aac6bcce26992ec128cdb974688e6d3482737a, postman at
// 0483aeae20f8bbc648ae3ac9f78a92019b555257, servicenow at e1e177b0c4d3076894cb6aece317ae84ecfd76cf and databricks at
// ff2537c9e6cd2b9f814373cc1a6992a8dfc2cf38. The llms.txt files themselves sit on the general hosts and stay unclaimed.
//
// Measured with /work/helpers/classify-hosts.mts on the 146 URLs the searches and reads returned (vendors, news,
// blogs, directories, universities and shared hosts alike, in /work/helpers/out/sections3-hosts.txt): 8 classified
// before (5.5%), 22 after (15.1%). On the 606 step-one candidates: 147 before and after (no guessed path of step one
// was confirmed by a vendor page; the rows below are pages the vendors' own files name).
//
// Already listed and left to their entries: ServiceNow AI Agents (`servicenow-ai-agents`, products/ai-agents.html) and
// Build Agent (`servicenow-build-agent`), Cloudflare's AI Gateway (`cloudflare-ai-gateway`, its API host), Agent Lee and
// the Workers AI Playground, Twilio AI Assistants, Datadog Bits AI, Sentry Seer, Zoom AI Companion, Samsung Galaxy AI,
// Google Workspace AI, Oracle AI, SAP Joule, Box AI, Dropbox Dash, Canva Dream Lab, GoDaddy Airo, Pipedrive's AI sales
// assistant, the Washington Post's Ask The Post AI, CoCounsel, Feishu Aily, Tencent ima, Yuanqi and CodeBuddy, Baidu's
// Wenxin agents, Qianfan and Comate, Nano AI search, Papago, Bhashini, Hanooman, LongCat, Xiaomi MiMo, Quark AI, Tongyi
// Lingma, Dreamina, Seed, GigaChat API and Yandex AI Studio (each met in step one).
//
// Dropped for earlier traps (the same llms.txt files name them, but earlier passes judged them otherwise): Cloudflare's
// Workers AI and "AI" docs (developers.cloudflare.com/workers-ai, /ai; lookalikes-c12-hosts.test.ts keeps Cloudflare's
// docs unclaimed), AI Search and Agent Memory (/ai-search, /agent-memory; lookalikes-c14-regional.test.ts calls AI
// Search infrastructure) and Twilio's AI section (www.twilio.com/en-us/ai; lookalikes-c14-llmstxt.test.ts keeps it).
//
// Left out. The Postman AI Stack site (postman.ai: Fabric gateway, Passport credential proxy, Astro agent runtime, Fern
// docs, a family of agent infrastructure rather than an AI tool), Postman's Fabric Gateway and Databricks' Unity Gateway
// (AI gateways, infrastructure as the fourteenth session judged them), Postman's AI-Ready API Score (a scan of APIs for
// agents), ServiceNow's AI Control Tower (AI governance), AI Search, Virtual Agent and Predictive Intelligence pages
// (the llms.txt entries do not call them AI products in so many words, or describe classic ML), Smartsheet's AI & MCP
// server docs (an MCP integration for outside assistants), Webex's Agentic Apps developer docs (a framework for
// building on Webex), ClickUp's developer llms.txt (API docs only, no Brain page), Workday's llms.txt (generated by API
// Evangelist: "no llms.txt is published on the provider's docs host"), Elastic's (its discussion forum's), New Relic's
// docs index (the part read names no AI product section).
//
// Doubtful rows: Postman's Agent Mode, whose entry says "use natural language in Postman to debug requests, organize
// collections, and document APIs" under "Agentic Development", in a file that calls Postman "an AI-native API
// engineering platform" (Agent Mode succeeded Postbot, Postman's AI assistant); Cloudflare Agents, a developer SDK's
// docs, listed like the agent frameworks' docs prefixes earlier passes took (docs.livekit.io/agents,
// learn.microsoft.com/en-us/agent-framework), though lookalikes-c12-hosts.test.ts keeps Workers AI's docs unclaimed.
//
// Leads (not finished within the look-up budget): ServiceNow's AI hub (www.servicenow.com/ai.html, /ai/use-cases), in the
// same llms.txt; Anaconda's Agent Studio and Anaconda AI CLI docs (anaconda.com/docs/anaconda-desktop/agent-studio,
// /docs/cli-reference/anaconda-ai; the copy has no provenance file naming the vendor URL); IBM watsonx Code Assistant's
// docs (cloud.ibm.com/docs/watsonx-code-assistant; the copy's provenance names another IBM file of another size);
// second prefixes for listed products: Cloudflare AI Gateway's docs, the Bedrock, Gemini Apps, NotebookLM, VS Code
// Copilot, JetBrains AI Assistant, Rovo and Firefly help and docs paths, HubSpot's Breeze pages, aws.amazon.com/bedrock;
// and the gaps no vendor page was found for: Apple Intelligence, Intuit Assist, Scopus AI, Shutterstock's and Getty
// Images' AI generators, Yandex Neuro (ya.ru/neuro), BILD's Hey_ (hey.bild.de), Forbes Adelaide, WordPress.com's AI
// website builder, the AI pages of Elastic, Dynatrace, PagerDuty and Snyk, ELM (Edinburgh) and the US universities' AI
// portals (TritonGPT, NaviGator, Illinois Chat, Stanford AI Playground).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

const CLOUDFLARE_LLMS = 'https://developers.cloudflare.com/llms.txt';
const WEBEX_LLMS = 'https://www.webex.com/llms.txt';
const POSTMAN_LLMS = 'https://www.postman.com/llms.txt';
const SERVICENOW_LLMS = 'https://www.servicenow.com/llms.txt';
const DATABRICKS_LLMS = 'https://developers.databricks.com/llms.txt';

export const longTailC23Sections3Tools: Tool[] = defineTools(
  'embedded-saas',
  [
    // --- Cloudflare: the Agents SDK's section of its developer documentation (the rest of developers.cloudflare.com stays unclaimed) ---
    { id: 'cloudflare-agents', name: 'Cloudflare Agents', vendor: 'Cloudflare', category: 'agents', urlPrefixes: ['developers.cloudflare.com/agents'], source: CLOUDFLARE_LLMS }, // "Agents: Build AI-powered agents to perform tasks, persist state, browse the web, and communicate in real-time"
    // --- Webex by Cisco: the AI hub on its own domain and the AI product pages (webex.com, help.webex.com stay unclaimed) ---
    { id: 'webex-cisco-ai-assistant', name: 'Cisco AI Assistant (Webex AI)', vendor: 'Cisco (Webex)', domains: ['webex.ai'], urlPrefixes: ['help.webex.com/en-us/webex-ai', 'www.webex.com/us/en/products/customer-experience/ai-assistant-for-contact-center.html'], source: WEBEX_LLMS }, // "Webex AI Hub (www.webex.ai): the central hub for all Webex AI capabilities, covering the Cisco AI Assistant and AI Agent"; the Webex AI Help Guide; the AI Assistant for Contact Center's real-time guidance and AI summaries
    { id: 'webex-ai-agent', name: 'Webex AI Agent', vendor: 'Cisco (Webex)', category: 'agents', urlPrefixes: ['www.webex.com/us/en/products/customer-experience/ai-agent.html'], source: WEBEX_LLMS }, // "the Webex AI Agent, an autonomous self-service agent that handles customer inquiries across voice, SMS, email, live chat, WhatsApp"
    // --- Postman: AI product pages (the API platform's other pages stay unclaimed) ---
    { id: 'postman-agent-mode', name: 'Postman Agent Mode', vendor: 'Postman', category: 'coding', urlPrefixes: ['www.postman.com/product/agent-mode'], source: POSTMAN_LLMS }, // under "Agentic Development": "Use natural language in Postman to debug requests, organize collections, and document APIs"
    { id: 'postman-ai-engineer', name: 'Postman AI Engineer', vendor: 'Postman', category: 'agents', urlPrefixes: ['www.postman.com/product/ai-engineer'], source: POSTMAN_LLMS }, // "Autonomous agent that explores APIs, reviews system designs, and QAs PRs using your org's live Context Graph"
    // --- ServiceNow: AI pages under "AI: Put AI to Work" (AI Agents and Build Agent are already entries) ---
    { id: 'servicenow-otto', name: 'ServiceNow Otto (Now Assist)', vendor: 'ServiceNow', category: 'chat', urlPrefixes: ['www.servicenow.com/platform/otto.html', 'www.servicenow.com/platform/generative-ai.html'], source: SERVICENOW_LLMS }, // "ServiceNow Otto: the AI assistant for work. Unifies Now Assist, Moveworks, and AI Experience"; "Generative AI capabilities embedded across products"
    { id: 'servicenow-agentic-playbooks', name: 'ServiceNow Agentic Playbooks', vendor: 'ServiceNow', category: 'agents', urlPrefixes: ['www.servicenow.com/platform/agentic-playbooks.html'], source: SERVICENOW_LLMS }, // "No-code process orchestration for agentic workflows, with AI-generated guides"
    { id: 'servicenow-autonomous-workforce', name: 'ServiceNow Autonomous Workforce', vendor: 'ServiceNow', category: 'agents', urlPrefixes: ['www.servicenow.com/platform/autonomous-workforce.html'], source: SERVICENOW_LLMS }, // "Domain-specific AI specialists ... to own complete jobs", "distinct from single-task AI agents"
    // --- Databricks Developer Hub: AI product docs (Apps, Lakebase and the rest of developers.databricks.com stay unclaimed) ---
    { id: 'databricks-agent-bricks', name: 'Databricks Agent Bricks', vendor: 'Databricks', category: 'agents', urlPrefixes: ['developers.databricks.com/docs/agents'], source: DATABRICKS_LLMS }, // "Agent Bricks is Databricks' enterprise agent platform for building, deploying, and governing agents"; the agents plugin calls "LLM and agent endpoints"
    { id: 'databricks-omnigent', name: 'Databricks Omnigent', vendor: 'Databricks', category: 'coding', urlPrefixes: ['developers.databricks.com/docs/omnigent'], source: DATABRICKS_LLMS }, // "Omnigent brings Codex, Claude Code, Cursor, Pi, and other coding agents together in one interface"
    { id: 'databricks-genie', name: 'Databricks Genie (AI/BI)', vendor: 'Databricks', category: 'productivity', urlPrefixes: ['developers.databricks.com/docs/lakehouse/genie'], source: DATABRICKS_LLMS }, // "A Genie Agent ... a natural-language interface over Unity Catalog tables ... a compound AI system that turns questions into SQL"
  ],
  { checked: CHECKED_C23 },
);
