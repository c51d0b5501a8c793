// Twentieth session, browse pass (2026-12-07, helper `browse`): AI search, answer and web-agent tools the catalog still
// missed, beside the eighteenth session's research and agents passes (data/long-tail-c18-research.ts,
// data/long-tail-c18-agents.ts), the nineteenth session's chat2 and llmops passes and data/search.ts, whose rows are not
// repeated here. Here: web-search and answer APIs built for LLMs and AI agents (their API hosts as apiEndpoints where
// the vendor docs name the base URL), deep-research APIs, web-scraping APIs that extract with LLMs or serve LLM-ready
// content, computer-use and cloud-browser platforms whose sessions run AI tasks, AI answer engines (a multilingual world
// search, an Indian building-code answer engine, an AI paper radar), a hosted AI page reader, chat-with-your-site
// builders, a Japanese AI-search visibility monitor, a Swiss AI assistant with web search, and two Chinese LLM
// API gateways whose docs describe web-search-grounded answers.
//
// Leads. 40 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their privacy policies,
// terms and docs ("your queries are sent to large language models", "AI-generated answers may be inaccurate", "search
// API for LLMs and AI agents", "the agent controls a browser on your behalf", "LLM-ready markdown", "deep research API",
// "cloud browser for AI agents"), and in Chinese, Japanese, Korean, German, French and Spanish (those returned mostly
// articles, the big search engines' pages and general companies' AI terms; two Chinese gateways and a Japanese AI-search
// monitor came of them). Every row cites a page with a path on the product's own host or its docs subdomain; each page
// says in the vendor's words that the product answers, extracts, researches or acts with AI, LLMs or named model
// providers, or (search and scraping APIs) that it serves web results to LLMs, AI applications or AI agents. Hosts were
// run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 226 hosts the searches returned (vendors, articles, mirrors,
// stores and shared hosts alike, in /work/helpers/out/browse-hosts.txt): 22 classified before (9.7%), 60 (26.5%) after.
//
// Already listed and left to their entries: Auto Browser (autobrowser.dev), BrowserAI (chat-gpt-ia.com), AI Web Agent
// (thebrowseragent.com), Firecrawl, CrawlForge, Dumpling AI, MultiOn, pre.dev, Glama, Scholarcy, Kagi's Assistant and
// FastGPT, You.com, WebsiteGPT (widgetora.com), Answer.AI (answerai.pro), API易 (apiyi.com), Qiniu AI inference
// (api.qnaigc.com) and PIPELLM. web2md.app, which the llmops pass left out as a scraper for agents, is added here because
// its own API description offers an AI extraction prompt beside LLM-ready markdown.
//
// Left out. Articles, tutorials, patents, glossaries, skill marketplaces and papers (the large majority of hosts met);
// shared platforms (github.io, pages.dev, vercel.app, netlify.app, workers.dev, web.app, gitbook.io, notion.so, and
// GitHub mirrors); extensions with no hosted service or account (chatpage.haoba.cloud's Chat w WebPage, the BYOK page
// summarisers and browser agents on github.io); pages that do not say the product uses AI (CloudCruise's workflow
// concepts, Banata's browser sessions, AgentStation's staging docs, AgentTool, which proxies no LLM, Ocean of Papers,
// the Agent Browser Gateway bridge, AI FactScan, which grades citations without AI, Magister's browser-control page);
// scrapers whose AI is one feature or that were seen only on their blogs or homepages (AlterLab, lastcrawler.xyz,
// KnowledgeSDK, yetanotherapi.com's and apipick.com's endpoints on general API marketplaces, search.traylinx.com,
// which shows a homepage only); general companies' AI features and sites (Qwant's AI chat, archive.tw's AI question box,
// Power Asset's summariser policy, OBC's and Bluetec's AI terms, research.aeq.com's restricted literature app); off-kind
// or unclear products (withlantern.com's enrichment API, usecite.com's AI-answer monitor run by a Cite AI, LLC, which may be
// the company of the existing Cite AI entry on citehq.ai and is left for review, pylip.com, SAN Foundation's extract docs, webcompute.dev's
// preview docs, a TCL-internal LLM platform, whycare.aisgf.us); a search-hijacking extension with a look-alike name
// (chatgpt-extension.com); and personal sites (jacksu.tw, research-api.yitwah.site).
//
// At the merge: Chat With Your Site and MySiteGPT Assistant, which the chatbot-builder pass had also found, are kept
// in that pass's file (long-tail-c20-bots.ts) and left out here, so this file has 26 rows.
// At the merge: usecite.com was listed by the leads3 pass from its own page; its trap was dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const longTailC20BrowseTools: Tool[] = defineTools(
  'search',
  [
    // --- Web-search and answer APIs for LLMs and AI agents ---
    { id: 'valyu', name: 'Valyu', vendor: 'Valyu', domains: ['valyu.ai', 'valyu.network'], apiEndpoints: ['api.valyu.ai', 'api.valyu.network'], source: 'https://docs.valyu.network/api-reference/endpoint/answer' }, // API docs: search over web and proprietary data, answers returned as AI-generated text; base URLs api.valyu.network and (docs.valyu.ai) api.valyu.ai
    { id: 'llmlayer', name: 'LLMLayer', vendor: 'LLMLayer', domains: ['llmlayer.ai', 'llmlayer.dev'], apiEndpoints: ['api.llmlayer.dev'], source: 'https://docs.llmlayer.ai/answer' }, // docs: the Answer API combines live web search with LLM generation (OpenAI, Anthropic, Groq models); base URL api.llmlayer.dev
    { id: 'websearch-plus', name: 'WebSearch Plus', vendor: 'WebSearch Plus', domains: ['websearch.plus'], apiEndpoints: ['api.websearch.plus'], source: 'https://websearch.plus/docs/web_search/reference' }, // API reference: web search for LLMs, results shaped for LLM tool calls; endpoint api.websearch.plus
    { id: 'searchcans', name: 'SearchCans', vendor: 'SearchCans', domains: ['searchcans.com'], source: 'https://www.searchcans.com/docs' }, // docs: a SERP API and a URL-to-markdown Reader API for AI applications and RAG pipelines
    { id: 'octen', name: 'Octen', vendor: 'Octen', domains: ['octen.ai'], source: 'https://docs.octen.ai/api-reference/deep-research.md' }, // API docs: search, extract, LLM web chat with search augmentation, deep-research reports
    { id: 'searchit-hushsearch', name: 'SearchIT', vendor: 'HushSearch', domains: ['hushsearch.io'], source: 'https://www.hushsearch.io/terms' }, // terms: a metasearch API that formats search results for AI models
    // --- Deep-research and AI web-data APIs ---
    { id: 'webclaw', name: 'Webclaw', vendor: 'Webclaw', category: 'developer-platform', domains: ['webclaw.io'], source: 'https://webclaw.io/docs/api/research' }, // API docs: deep research with AI synthesis (Claude Sonnet, Opus), cited reports from scraped sources
    { id: 'autocontent-api', name: 'AutoContent API', vendor: 'AutoContent API', category: 'developer-platform', domains: ['autocontentapi.com'], source: 'https://docs.autocontentapi.com/readme/deep-research' }, // API docs: deep research on a query by an AI provider (Gemini by default)
    { id: 'readerapi', name: 'Reader API', vendor: 'Reader API', category: 'developer-platform', domains: ['readerapi.com'], apiEndpoints: ['v1.readerapi.com'], source: 'https://readerapi.com/docs' }, // docs: cleans and generates content from any URL with the caller's Gemini key; base v1.readerapi.com
    { id: 'web2md-app', name: 'web2md', vendor: 'LeadMagic', category: 'developer-platform', domains: ['web2md.app'], source: 'https://web2md.app/api/openapi' }, // its OpenAPI description: URLs to LLM-ready markdown, with an AI extraction prompt for structured data
    { id: 'fastcrw', name: 'fastCRW', vendor: 'fastCRW', category: 'developer-platform', domains: ['fastcrw.com'], apiEndpoints: ['api.fastcrw.com'], source: 'https://fastcrw.com/docs' }, // docs: a Firecrawl-compatible scrape, map and crawl API for autonomous agents, with RAG chunking; api.fastcrw.com
    { id: 'scrapio-dev', name: 'Scrapio', vendor: 'Scrapio', category: 'developer-platform', domains: ['scrapio.dev'], source: 'https://docs.scrapio.dev/guides/extract-structured-data' }, // docs: schema and instruction extraction modes run by an LLM over fetched pages
    { id: 'synoppy', name: 'Synoppy', vendor: 'Synoppy', category: 'developer-platform', domains: ['synoppy.com'], source: 'https://synoppy.com/docs/credits' }, // docs: AI extraction and classification metered by the model tokens used
    { id: 'crawlai-io', name: 'CrawlAI', vendor: 'CrawlAI', category: 'developer-platform', domains: ['crawlai.io'], source: 'https://crawlai.io/docs' }, // docs: scrape plus AI in one call, fields filled in by GPT-5 from a JSON schema
    { id: 'webcrawlerapi', name: 'WebCrawlerAPI', vendor: 'WebCrawlerAPI', category: 'developer-platform', domains: ['webcrawlerapi.com'], apiEndpoints: ['api.webcrawlerapi.com'], source: 'https://webcrawlerapi.com/docs/api/agent/agent-run' }, // API docs: an AI agent that crawls URLs and extracts data with Gemini, GPT or Claude models; api.webcrawlerapi.com
    { id: 'tabstack', name: 'Tabstack', vendor: 'Mozilla', category: 'developer-platform', domains: ['tabstack.ai'], apiEndpoints: ['api.tabstack.ai'], source: 'https://docs.tabstack.ai/guides/how-to-use-automate-endpoint' }, // docs: an AI agent interprets a natural-language task, navigates and extracts; base URL api.tabstack.ai
    // --- Computer-use and cloud-browser platforms for AI agents ---
    { id: 'orgo-ai', name: 'Orgo', vendor: 'Orgo', category: 'agents', domains: ['orgo.ai', 'orgo.dev'], source: 'https://docs.orgo.ai/llms.txt' }, // docs: cloud computers AI agents control, driven by Anthropic, OpenAI or Google models; hosted Claude computer use; desktops on orgo.dev
    { id: 'thinkrun', name: 'ThinkRun', vendor: 'ThinkRun', category: 'agents', domains: ['thinkrun.ai'], source: 'https://thinkrun.ai/docs/sessions' }, // docs: cloud browser sessions that navigate or run an AI task on startup
    // --- AI answer engines ---
    { id: 'worldsearch-site', name: 'WorldSearch', vendor: 'Wemot', domains: ['worldsearch.site'], source: 'https://worldsearch.site/en/terms' }, // terms: searches and summarises the world's information with AI; AI hallucinations disclaimed
    { id: 'iscodesearch', name: 'ISCodeSearch', vendor: 'ISCodeSearch', region: 'india', domains: ['iscodesearch.com'], source: 'https://www.iscodesearch.com/what-you-get' }, // plans page: LLM-powered expert answers on Indian Standard codes
    { id: 'ai-research-radar', name: 'AI Research Radar', vendor: 'AI Research Radar', domains: ['airesearchradar.online'], source: 'https://www.airesearchradar.online/privacy.html' }, // privacy: paper discovery with an AI chat; paper text sent to Anthropic's Claude
    { id: 'eliza-swiss', name: 'ELIZA AI Assistant', vendor: 'ELIZA', category: 'chat', region: 'europe', domains: ['eliza.swiss'], source: 'https://docs.eliza.swiss/docs/bot/web-suche-mit-gemini' }, // docs (German): an AI assistant whose Gemini models search the web and cite sources
    // --- AI page readers and chat-with-your-site ---
    { id: 'ai-web-reader-geekytwin', name: 'AI Web Reader', vendor: 'GeekyTwin', category: 'productivity', domains: ['aiwebreader.geekytwin.com'], source: 'https://aiwebreader.geekytwin.com/privacy.html' }, // privacy: page chunks and questions sent through its backend to Cerebras' language model
    // --- AI-search visibility monitor ---
    { id: 'llm-insight', name: 'LLM Insight', vendor: 'gens', category: 'other', region: 'japan', domains: ['llm-insight.com'], source: 'https://llm-insight.com/term/index.html' }, // terms (Japanese): a platform analysing brand exposure in AI search and LLMs (ChatGPT, Gemini, Perplexity)
    // --- Chinese LLM API gateways with web-search-grounded answers ---
    { id: 'aicore-xty', name: 'AICore', vendor: 'AICore', category: 'developer-platform', region: 'china', domains: ['doc.xty.app'], apiEndpoints: ['api.xty.app'], source: 'https://doc.xty.app/docs/web-search-api' }, // docs (Chinese): GPT and Gemini models search the web and answer from the results; base api.xty.app
    { id: 'ling-ai-lingapi', name: 'Ling.AI', vendor: 'Ling.AI', category: 'developer-platform', region: 'china', domains: ['lingapi.ai'], apiEndpoints: ['api.vip.lingapi.ai'], source: 'https://ai.vip.lingapi.ai/develop/guides/web-search.html' }, // docs (Chinese): Qwen models with web search through an OpenAI-compatible API; base api.vip.lingapi.ai
  ],
  { checked: CHECKED_C20 },
);
