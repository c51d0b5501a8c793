// Twenty-fourth session, fourth devtools pass (2026-12-07, helper `devtools4`): AI developer products the catalog still
// missed, beside the earlier developer passes (data/coding.ts, long-tail-coding.ts, long-tail-c5-vibe-coding.ts,
// long-tail-c16-codedata.ts, long-tail-c17-devai.ts, long-tail-c19-devtools.ts, long-tail-c19-llmops.ts,
// long-tail-c22-devtools3.ts), whose rows are not repeated here. Here: an AI changelog writer fed from GitHub, an AI
// test-generation platform, an AI prioritiser for Jira tickets, prompt-to-app builders (an AI Minecraft plugin and mod
// generator, a single-user app generator on Claude, a web desktop whose apps Claude writes, a credits-based app builder
// whose prompts go to model providers), AI terminals and SSH assistants that send logs or command context to model
// providers, a schema-aware AI SQL assistant, two LLM gateways with their own dashboards (a semantic-caching proxy and
// a bring-your-own-key gateway) and an AI agent platform whose observability module records every LLM call.
//
// Leads. 40 look-ups (38 in the stored `pages` corpus, 2 in `docs`), counted as they were made. Queries worded the way
// vendors word their privacy policies, terms, AI disclosures, subprocessor lists and docs ("PR diffs are sent to AI
// providers", "staged diff sent to OpenAI", "connect your database ... read-only", "acceptable use ... generate
// applications", "subprocessors Anthropic E2B Daytona", "we proxy your requests to model providers", "commands and
// terminal output sent to AI provider", "schema sent to AI provider, bring your own key") and by kinds the earlier
// passes searched less (changelog and release-note writers, Jira apps, WordPress plugin and Minecraft mod generators,
// Arduino firmware, Apex and ABAP, Apps Script and VBA, Unity and Godot, Chrome-extension builders, internal-tool
// builders, SQL optimisers, log analysers, SSH terminals, Kubernetes assistants, LLM gateways, prompt workbenches, eval
// and agent observability consoles), one in French and one in Spanish (which returned GitLab and Gemini documentation
// and off-kind AI products already listed). The corpus is well worked for this topic: most vendor hosts the searches
// returned (CodePeel, PromptUI, BuiltByMe, Koder.ai, Blox, CommitMind, Smart Commit, commitplain, TestGenAI, Test
// Aurora, testers.ai, TestCaseAI, ChatWithDB, Intelli Analytics, SQLAI, idbquery, WhoPrompt, AIPlugin.dev, Git
// AutoReview, ThinkReview, AutoDB, Alchemify, Capy, Frona, tokentrace, LLM Gateway, Adaline, Prompts.ai, PromptOT,
// LangWatch, ErrorLens, OpsWorker, Creative Mode, Rocket, websmarty, ChatRaj and others) were listed already and are
// left to their entries. Every row cites a page with a path on the product's own host (for AutoPrioritizer its docs
// host; for the app-generator and TerminoAI, the claimed subdomain; for danoh, TermAI and TableAI, a post on the
// vendor's own blog about its own product) where the vendor says the product writes, tests, prioritises, builds,
// suggests, analyses or routes with AI, language models or named model providers. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Three subdomains are claimed alone because their parents were not read or are not the product:
// app-generator.yorishiro.ai (app-generator, run by one operator), app.testllms.com (the app builder's own app host)
// and syspilot.alexcampo.tech (TerminoAI, on a personal site). The parents are traps in the test.
//
// Measured with /work/helpers/classify-hosts.mts on the 245 hosts the searches returned (vendors, articles, docs,
// forums, mirrors and shared hosts alike, in /work/helpers/out/devtools4-hosts.txt): 68 classified before (27.8%), 81
// after (33.1%).
//
// Doubtful rows: app.testllms.com's privacy page says prompts and uploads are used to build the user's app and are not
// shared with model providers for training, without naming the models; TermAI is a mobile SSH client whose founder's
// post describes its AI command helper (shipped since v0.4) rather than the whole product, and is listed because the
// product is named and sold as an AI terminal; Trulit's generative-AI policy lists AI test-case generation, automation
// scripts, defect analysis and natural-language test execution as how its platform works, without naming a provider.
//
// Left out. Earlier decisions kept: promptmetrics.dev (a self-hosted open-source prompt tool, as c17 judged) and
// aiappsapi.com (whose articles the c22 audio2 pass keeps as a guide trap; its "how the AI builds your app" article
// describes an AI app builder on its platform: a lead for a pass that reads its product pages). Drafts: textochip.com
// (Text to Chip, an ESP32 BASIC assistant on OpenAI, whose policy says "Draft"). Products where AI is one feature:
// vanta-shell.com (a terminal with an optional assistant), docs.devpilot.io (server management with Terminal AI),
// www.querydeck.app (a database client with an AI assistant), queryden.openidle.com (a database client whose AI is an
// EXPLAIN helper and a stub), depot.dev's Review Agents, appwrite.io's Reviews, nocodb.com's coding agents,
// developer.harness.io's PR agents, docs.gravwell.io's Logbot, www.testassure.com's triage analyser,
// docs.resplendentdata.com's Ask AI, dbeaver.com's AI assistant, mydba.dev (seen only in a DEV post). Pages that do not
// say the product uses AI, or say it only in a name: ttsql.com (text-to-SQL workspace whose policy says "generate SQL"
// only), terminallm.app, www.safecommit.app (scans PRs for AI data-leak risks, no AI of its own said), creador.io,
// wp.budcoder.com (BudCoder's plugin-generation docs), godspeed.systems' Saarthi workflow page, hivemindai.dev's agent
// replay docs, ai-terminal.org (a remote control for AI coding agents that runs none itself). Company sites broader
// than one product or with several apps: techconcepts.org (AI Ticket Classifier and Bulk Issue Rewriter for Jira, under
// paths), sivect.com (AI Comment Action Inbox), www.contenta-software.com (AI Diff Review plugin under a path),
// www.devsonline.engineer (an "LLM Gateway" privacy page on a site not otherwise read), analytics.cloudiq.ca (Promptr
// Studio docs), afterthoughtai.com (a subprocessor page only). Blogs, guides and personal tools: langsight.dev,
// www.circuitsage.dev, syntetica.ai, promptly.cloud, builderdocs.scolemax.com (a personal builder),
// setup.getpaperclip.ai (a custom-GPT setup guide), zyfolks.com, dailyaiworld.com. Shared platforms: vercel.app,
// pages.dev, github.io, sites.google.com and hosted.app copies. Leads: termai.sh's siblings in SSH tools with AI
// (vanta-shell.com), ttsql.com (if its product page says AI), langsight.dev and hivemindai.dev (agent observability).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const longTailC24Devtools4Tools: Tool[] = defineTools(
  'coding',
  [
    // --- AI changelogs, tests and ticket triage ---
    { id: 'autochangelog', name: 'AutoChangelog', vendor: 'AutoChangelog', domains: ['autochangelog.com'], source: 'https://autochangelog.com/docs/how-entries-are-generated' }, // docs: commits, PR titles and file changes fetched through its GitHub App are sent to its AI, which writes the changelog entry
    { id: 'trulit', name: 'Trulit', vendor: 'Trulit', domains: ['trulit.com'], source: 'https://www.trulit.com/gen-ai-policy' }, // generative-AI policy: AI generates test cases from requirements documents, builds automation scripts, analyses defects and runs natural-language test instructions
    { id: 'autoprioritizer-ai', name: 'AutoPrioritizer AI', vendor: 'AutoPrioritizer', category: 'productivity', domains: ['autoprioritizer.app'], source: 'https://docs.autoprioritizer.app/privacy-policy/' }, // privacy: a Jira Cloud app that sends ticket fields to Anthropic's Claude API and returns a recommended priority with an explanation
    // --- prompt-to-app and plugin builders ---
    { id: 'stacknest', name: 'StackNest', vendor: 'StackNest', domains: ['stacknests.com'], source: 'https://stacknests.com/docs' }, // docs: an AI development tool that generates Minecraft server plugins and Fabric/Forge/NeoForge mods (and Discord bots) from plain-English prompts
    { id: 'yorishiro-app-generator', name: 'app-generator', vendor: 'yorishiro.ai', domains: ['app-generator.yorishiro.ai'], source: 'https://app-generator.yorishiro.ai/privacy' }, // privacy: app generation sends the user's description to Anthropic's Claude API; BYOK keys stored encrypted (subdomain only)
    { id: 'danoh', name: 'danoh', vendor: 'danoh', domains: ['danoh.com'], source: 'https://danoh.com/blog/ai-app-generation' }, // vendor blog on its product: a web desktop whose apps Claude generates from a text description and edits on request
    { id: 'testllms', name: 'TestLLMs', vendor: 'TestLLMs', domains: ['app.testllms.com'], source: 'https://app.testllms.com/privacy' }, // privacy: prompts and uploads are used to build the user's generated apps, not shared with model providers for training (subdomain only)
    // --- AI terminals and SQL assistants ---
    { id: 'terminoai', name: 'TerminoAI', vendor: 'TerminoAI', domains: ['syspilot.alexcampo.tech'], source: 'https://syspilot.alexcampo.tech/privacy' }, // privacy: a desktop infrastructure manager whose AI pilot suggests commands and analyses logs, sending them to OpenAI, Anthropic, Gemini or Ollama (subdomain only)
    { id: 'termai', name: 'TermAI', vendor: 'TermAI', domains: ['termai.sh'], source: 'https://termai.sh/blog/ai-command-generation' }, // founder's post on its product: AI-powered command suggestions for mobile SSH users, with session context sent to the model through a redacting proxy
    { id: 'tableai', name: 'TableAI', vendor: 'TableAI', domains: ['tableai.org'], source: 'https://tableai.org/blog/ai-sql-assistant' }, // vendor blog on its product: a Mac database app whose AI SQL assistant feeds the real schema to OpenAI, Anthropic, Google and other LLMs (BYOK)
    // --- LLM gateways and agent platforms ---
    { id: 'proxyllm', name: 'ProxyLLM', vendor: 'Sysdev TechStrategy & Consulting', category: 'developer-platform', domains: ['proxyllm.dev'], source: 'https://www.proxyllm.dev/privacy' }, // privacy: an LLM API proxy with a dashboard that logs model, tokens and cost and semantically caches prompts and LLM responses
    { id: 'cachegateway', name: 'CacheGateway', vendor: 'CacheGateway LLC', category: 'developer-platform', domains: ['cachegateway.com'], source: 'https://www.cachegateway.com/privacy/' }, // privacy: an AI gateway that forwards requests with the customer's own provider keys to the targeted AI model provider and records payloads, tokens and cost
    { id: 'agrenting', name: 'Agrenting', vendor: 'Agrenting', category: 'agents', domains: ['agrenting.com'], source: 'https://agrenting.com/docs/observability' }, // docs: an agent platform whose observability module traces every LLM call (model, tokens, cost) and tool call, with replay
  ],
  { checked: CHECKED_C24 },
);
