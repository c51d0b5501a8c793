// Twenty-eighth session, sixth agents pass (2026-12-08, helper `agents6`): AI agent products the catalog still missed,
// beside data/agents.ts, data/cat-agents-2.ts, data/long-tail-agents.ts, the sixteenth, eighteenth, twenty-second,
// twenty-fourth and twenty-seventh sessions' agents passes (data/long-tail-c16-agents.ts, long-tail-c18-agents.ts,
// long-tail-c22-agents3.ts, long-tail-c24-agents4.ts, long-tail-c27-agents5.ts), the twenty-first session's AI-workers
// pass (data/long-tail-c21-aiworkers.ts) and the twenty-sixth session's MCP pass (data/long-tail-c26-mcp.ts), whose
// products and queries were not repeated here. Here: agent platforms and builders (Mindset AI's embeddable agents,
// OpenBook's LLM-backed agents in workflows, TaskAGI's multi-model automation platform, officeAutomata's AI that learns
// desktop work, a "digital employees" platform); MCP-based assistants (MCPy, a mobile chat with many models and MCP
// servers; MCP Chats' business agents); agents that run a WordPress site (AgentWP, WP Agent AI, WP-Claw's six agents);
// agents inside business systems (ecAgent for Shopify stores on Claude, Oddll AI Brain and Bizzi's Opal inside Odoo,
// BaseCommand's HubSpot agents on agent.ai, Hubalot's Gemini workspace); a procurement-agent vendor (Vallor) and an AI
// field-inspection and claims platform (Adjuster Copilot).
//
// Leads. 36 look-ups (35 in the stored `pages` corpus, 1 in `docs`), counted as they were made, worded as vendors word
// their own pages and not repeating the earlier passes' queries: procurement agents' terms; "digital worker" privacy
// policies for data entry; computer-use privacy pages naming Anthropic; customs-brokerage and HTS agents; GRC evidence
// agents; autonomous pentest terms; no-code agent-builder terms with credits; "AI employee" credits for bookkeeping;
// MCP assistants' privacy policies; chargeback-dispute, construction-RFI and medical-billing agents; "responsible for
// all actions taken by the agent" clauses; AI SOC analysts; IT help-desk agents; sales-order entry agents; Indonesian
// (syarat dan ketentuan agen AI), Chinese (数字员工 用户服务协议), Swedish (AI-agent användarvillkor) and Turkish (yapay zeka
// ajanı kullanım koşulları) terms; multi-agent platform terms; nonprofit donor-outreach agents; field-service dispatch
// agents; browser-agent extensions sending page content to OpenAI; AI teammates in Slack; cloud-sandbox acceptable-use
// policies; research-agent privacy policies; computer-use agent APIs (`docs`); "AI worker" help centres; Shopify
// store-operations agents; "digital workers" for insurance claims; and privacy policies of agents inside WordPress,
// Jira and Linear, Odoo, HubSpot and Salesforce. The agent kinds the earlier passes searched (procurement, SOC, help
// desk, pentest, construction, billing) met mostly blogs, agencies and listed products, and the non-English queries
// met articles only; the privacy-policy queries on agents inside another product (WordPress, Odoo, HubSpot, Shopify)
// and on MCP assistants gave most rows. Every row cites a page with a path on the product's own host (for Mindset AI
// its docs. host, for ecAgent its app. host, under the claimed domain) where the vendor says the product acts, answers
// or generates with AI, AI agents, a language model or a named model provider. Hosts were run through
// /work/helpers/classify-hosts.mts, names grepped in data/ and in the other helpers' c28 worktrees first.
//
// Measured with /work/helpers/classify-hosts.mts on the 237 hosts the searches returned (vendors, blogs, news,
// agencies, directories and shared hosts alike, in /work/helpers/out/agents6-hosts.txt): 36 classified before
// (15.2%), 53 after (22.4%).
//
// Already listed and left to their entries: Fimil, XT Agents, AutoAgent (avelion.in), AgentCloud, AgentVerse, Abundly,
// Rezolve.ai, Sistava, Auto Browser, Speak to Browse, Moopoint, CustomGPT, Infrence, Perplexity, E2B, Cua, Smooth,
// PraisonAI, Leena AI, Groupthink, Zemu AI, Agentic Plugin's Agent Builder, WP Assistant, ShopAI Assistant (webewox),
// ClaimAssist AI (orbisystechnology), The Intelligent Agent, MindStudio, Upsonic and the suites met (Anthropic's
// computer use, Shopify, Salesforce, Linear, Atlassian, SymphonyAI Summit, Gradient Labs, Pelles). GingerControl (its
// own blog on its AI HTS classifier) is the twenty-eighth session's subproc3 pass's row and is left to it.
//
// Mindset AI: the twenty-sixth session's MCP pass counted it among products already listed, but no entry names it or
// mindset.ai; it is listed here from its own docs.
//
// Claimed alone: ai.oddll.com (Oddll AI Brain; the parent oddll.com was not read as the product and is trapped) and
// opal.bizzi.ai (Bizzi Vietnam's Opal for Odoo; the parent bizzi.ai, Bizzi's own finance-automation site, was not read
// and is left untrapped because it may itself be an AI product).
//
// Doubtful rows, kept: Vallor is read from its own glossary page, which says Vallor's AI agents sit on top of the stack
// and act as procurement coworkers; Adjuster Copilot's privacy policy describes an inspection-to-report platform whose
// AI part is AI-assisted narratives, metered as AI usage; Oddll's privacy page is final but its DPA and Portuguese
// policy still carry draft placeholders ("[COMPANY LEGAL NAME]"); Digital Employees' notice names AI avatars and
// digital employees without naming a model provider.
//
// Left out. Placeholders and drafts: webappski.com's AI Form Copilot ("[NAME] Individual Entrepreneur"),
// pentestai.xyz ("[FILL: YYYY-MM-DD]"), help.tecnicora.com (a draft policy of a read-only Odoo connector for Claude).
// Staging, dev and bare-IP hosts: cibot-staging.byte.vn (agentcollab.ai's terms), dev.wikisage.io (as c22 found),
// 31.97.180.21.sslip.io (Tacit Agent Guard). Shared platforms: donorconnect-three.vercel.app, agiled-docs.pages.dev,
// digital-employee-docs.pages.dev, maviona.pages.dev, breakingagent.pages.dev, nik1609.github.io,
// hiteshjangraautodesk.github.io, ghost-production-4a03.up.railway.app, ghost-app-crimson-sky-3267.fly.dev; a
// developer's host carrying several apps (dina.jp's Salesforce Agentic Bot). Infrastructure for agents that is not an AI
// tool itself: teraslack.ai (messaging for agents), mcphubby.ai (an OAuth proxy), agorai.team (coordination for coding
// agents), sandbox0.ai (as c18 found), agentlair.dev, aigentsy.com, myagentguard.com and paegents.com (as c18 found),
// www.openerrand.app (a browser-execution protocol whose policy never says AI). General products where AI is one
// feature: claritystride.com's CRM, prorganizer.space's accounting, help.invoicer.ai (as c15 found), help.datafi.co (as
// c17 found), docs.tickiti.com and help.symphonysummitai.com (as the support passes found), docs.neoagent.io,
// insuraj.ai.in (as c24 found), support.givecampus.com, www.mangoapps.com's field-service agent, docs.k8slens.dev's
// Lens agents, sales-copilot.nebulalabs.com, claimsiq.ai (AI-assisted loss intake in a claims platform), www.saltbox.one
// (as c25 found). Agencies, consultancies and done-for-you services: www.agentitek.com, floridai.agency,
// www.lowcode.agency, team400.ai, installyouragent.com, cloudnsite.com, www.baytechconsulting.com, lushbinary.com,
// www.sonamation.com, www.biotz.io, bonsaisoftware.nl, www.agentsmith.agency, topnotchacquisitions.com. Blogs,
// glossaries and guides about agents in general, even on vendors' hosts: www.pivotapp.ai and klipy.ai (as c21 found),
// www.upsonic.ai's lexicon, miragemetrics.com, bam.ai, ordermind.ai, paperaiapp.com, blog.tryleverage.ai, www.hublerx.ai,
// orderpier.com, launchai.work (an order-entry agent page that says OCR, not AI), steadywrk.app, www.agentcenter.cloud,
// gravity.fast, resources.rework.com, and the news, academic and Turkish, Indonesian and Chinese articles. Pages that do
// not say AI: opsagent.app's HubSpot data page (as c25 found), docs.joai.ai (as c22 found), docs.aiexpedite.com's agent
// builder (models and prompts only). Leads: workpaper.app (a declaration of AI use for OpenAI chatbots whose product was
// not read), help.resonatehq.com (AIssistify, a HubSpot workflow action that forwards prompts to OpenAI, Anthropic or
// Cohere, on its maker's help centre), daeda.tech (Daeda AI for HubSpot, on its maker's general host), synaptcal.com
// (Smart Assign AI for Jira), www.mentionsapi.com (an API returning LLM answers), community.autommate.com (Autom Mate),
// docs.connectsoft.ai (ConnectSoft's AI software factory agents) and agentcollab.ai.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Agents6Tools: Tool[] = defineTools(
  'agents',
  [
    // --- Agent platforms and builders ---
    { id: 'mindset-ai', name: 'Mindset AI', vendor: 'Mindset AI', domains: ['mindset.ai'], source: 'https://docs.mindset.ai/deploy/mcp/mcp-data-security-and-privacy' }, // docs: Mindset AI agents call MCP servers (RAG and tool servers) and generate tool parameters from the user's request
    { id: 'openbook-work', name: 'OpenBook', vendor: 'OpenBook', domains: ['openbook.work'], source: 'https://openbook.work/docs/concepts/agents' }, // docs: agents are LLM-backed actors in a plan-act-observe loop with tools and memory; an AI builder provisions them
    { id: 'taskagi', name: 'TaskAGI', vendor: 'TaskAGI', domains: ['taskagi.net'], source: 'https://taskagi.net/ai-usage-policy' }, // AI model usage policy: 30+ AI models from OpenAI, Anthropic, Google, Meta, ElevenLabs, Runway and others inside its automation platform
    { id: 'officeautomata', name: 'officeAutomata', vendor: 'officeAutomata', domains: ['officeautomata.com'], source: 'https://www.officeautomata.com/automation-faq' }, // FAQ (read at its http address): officeAutomata AI records user actions on the desktop and web and produces automations for data entry, OCR and web scraping
    { id: 'digital-employees-us', name: 'Digital Employees', vendor: 'Software Programming Group America', domains: ['digitalemployees.us'], source: 'https://digitalemployees.us/privacy-policy' }, // privacy notices: a platform with AI avatar and digital employee features, with a separate notice for AI avatars and digital employees
    // --- MCP-based assistants ---
    { id: 'mcpy', name: 'MCPy', vendor: 'MCPy', category: 'chat', domains: ['usemcpy.com'], source: 'https://usemcpy.com/privacy' }, // privacy: a mobile app to chat with multiple AI models and connect them to apps through MCP servers, billed per token
    { id: 'mcp-chats', name: 'MCP Chats', vendor: 'MCP Chats', domains: ['mcpchats.com'], source: 'https://mcpchats.com/privacy-policy' }, // privacy: AI agent solutions for business processes (Shopify WhatsApp AI agents, Microsoft Outlook agents, support automation)
    // --- Agents that run a WordPress site ---
    { id: 'agentwp', name: 'AgentWP', vendor: 'AgentWP', domains: ['agentwp.com'], source: 'https://agentwp.com/legal/data/' }, // data policy: a plugin whose AI agent reads the whole WordPress site to generate responses and run actions
    { id: 'wp-agent-ai', name: 'WP Agent AI', vendor: 'WP Agent AI', domains: ['wpagentai.com'], source: 'https://wpagentai.com/privacy/' }, // privacy: runs AI workflows on a connected WordPress site (page and code generation) through AI providers, billed in credits
    { id: 'wp-claw', name: 'WP-Claw', vendor: 'WP-Claw', domains: ['wp-claw.ai'], source: 'https://wp-claw.ai/ai-transparency' }, // EU AI Act disclosure: up to six AI agents per WordPress site on Claude, Gemini and GPT-4 for SEO, security, content and commerce
    // --- Agents inside business systems ---
    { id: 'ecagent', name: 'ecAgent', vendor: 'ecAgent', domains: ['ecagent.ai'], source: 'https://app.ecagent.ai/terms-of-service' }, // terms: an AI-powered commerce assistant that manages Shopify catalogues, prices and inventory by chat and voice, on Claude Sonnet 4
    { id: 'oddll-ai-brain', name: 'Oddll AI Brain', vendor: 'Oddll', domains: ['ai.oddll.com'], source: 'https://ai.oddll.com/privacy' }, // privacy: a copilot inside Odoo that sends the typed request to its self-hosted brain or a large-language-model provider
    { id: 'opal-bizzi', name: 'Opal (Bizzi)', vendor: 'Bizzi Vietnam', domains: ['opal.bizzi.ai'], source: 'https://opal.bizzi.ai/legal/privacy' }, // privacy: an AI assistant module for Odoo whose queries and tool calls are processed by third-party LLM providers, billed in credits
    { id: 'basecommand', name: 'BaseCommand', vendor: 'BaseCommand', domains: ['basecommand.ai'], source: 'https://basecommand.ai/security' }, // security page: agents that read HubSpot deals on agent.ai and send the records to Anthropic, OpenAI or Google for analysis
    { id: 'hubalot', name: 'Hubalot', vendor: 'Hubalot', category: 'productivity', domains: ['hubalot.com'], source: 'https://hubalot.com/privacy-policy' }, // privacy: AI prompts, chat responses, memory notes and insights over Drive, Gmail, Dropbox and Notion; summaries generated with Google Gemini
    // --- Vertical agents and AI platforms ---
    { id: 'vallor', name: 'Vallor', vendor: 'Vallor', domains: ['vallor.ai'], source: 'https://vallor.ai/glossary/what-is-an-ai-agent-for-procurement' }, // vendor glossary: Vallor's AI agents sit on top of the stack and act as procurement coworkers (contracts, supplier risk, renewals)
    { id: 'adjuster-copilot', name: 'Adjuster Copilot', vendor: 'Adjuster Copilot', category: 'productivity', domains: ['adjustercopilot.ai'], source: 'https://www.adjustercopilot.ai/legal/privacy' }, // privacy: a field-inspection and claims platform for adjusters that generates AI-assisted narratives, with AI-usage metering
  ],
  { checked: CHECKED_C28 },
);
