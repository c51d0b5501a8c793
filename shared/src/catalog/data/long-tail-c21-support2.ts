// Twenty-first session, second customer-support pass (2026-12-07, helper `support2`): AI customer-support products the
// catalog still missed, after an outside check named customer support one of its weakest categories. It sits beside
// the eighteenth session's support pass (data/long-tail-c18-support.ts) and the twentieth's bots pass
// (data/long-tail-c20-bots.ts), whose rows are not repeated here. Here: Zendesk apps that draft, summarise and triage
// with a language model; AI support agents that answer tickets, chats and email and hand off to people; Shopify support
// apps that read order data and write or send AI replies (order status, refunds, returns, exchanges); an AI
// support-drafting workbench with human approval; AI QA and conversation scoring for support teams and call centres; an
// AI voice-agent service; and a chatbot that answers from a product's documentation.
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way such vendors word their own privacy policies, DPAs,
// help centres and docs ("ticket content is sent to a large language model provider", "AI-generated replies are
// reviewed by your agents", "the AI drafts a reply for every incoming message", "customer emails are processed by
// Claude to draft responses", "scores every call against your rubric"), by kind (Zendesk, Freshdesk, Gorgias, Help
// Scout and Intercom add-ons, AI-first help desks, agent assist, QA and call scoring, order-status and returns bots,
// email autoresponders for shops, docs chat, voice agents) and in German, French, Spanish, Portuguese, Dutch and
// Japanese. The non-English look-ups returned law-firm explainers, news and listed products only; every row came from an
// English page. Five look-ups were spent on vendors first met only on their blogs (Respondro, Keloa, Kodif, Oversai),
// to reach their own policies and docs. Every row cites a page with a path on the product's own host (its docs, help or
// app subdomain, or for Kodif, Autonome and Revelir AI their own blog pages about their own product) whose words say the
// product answers, drafts, scores or calls with AI, a language model or a named model provider. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries: ResolveAI for Zendesk (DAS Group), Oxaide, AI Emaily, Smallest.ai, eesel
// AI, Zipchat, Quickchat AI, AtiendeIA, Developia (aidevelopia.com), Inkeep, Dock (trydock.ai), Convi, ShopExpert AI,
// Fini, Famulor, GAutoMail, AI SmartTalk, ReplAI, Ada, Wayak, Protodesk, AlonChat, ReplyGuru (reply.polenest.com),
// Savena, ChatME, GPTBots, SiteGPT, CustomGPT, Answering Agent and Qualiteam. One subdomain is claimed alone:
// aica.grow2.ai (AICA, the AI Communication Analyzer of Auspex Streamline S.L.), because grow2.ai is the maker's
// catalogue of automations, not this product. Keloa's docs sit on both docs.keloa.ai and docs.keloa.cx, so both
// registrable domains are claimed.
//
// Measured with /work/helpers/classify-hosts.mts on the 235 hosts the searches returned (vendors, blogs, law firms,
// news, directories and shared hosts alike, in /work/helpers/out/support2-hosts.txt): 33 classified before (14.0%),
// 59 (25.1%) after.
//
// Left out. General help desks, contact-centre suites and CRMs with an AI feature (Zendesk, Intercom, Gorgias, Jitbit,
// Tickiti, HelpSpot, Suptask, Elysium Service Desk, Supportbench, Airclou's helpdesk, Uniphore, AudioCodes, Bright
// Pattern, TTEC Humanify's Angel, Exotel, ConnectGain, MiaRec's call recording, Qaller on stonly.com, Shipped Suite's
// CX agent, HelpStack on helpstack.eu, whose docs read as a help desk with optional AI drafting); plugins and apps where
// AI is one feature (DeskPress on happyplugins.com, Typemill's Ask The Docs plugin, Docsbook's AI chat, Swifteq's
// Intercom apps, lovestockleaf.com's Zendesk apps); pages that do not say the product uses AI (Valyn on getvalyn.com,
// Regards Kim on app.regardskim.com, Call Trace on call-trace.com, VoiceAgent on usvoiceagent.com, classifaily.com,
// Flowyte's order-status page on docs.flowyte.com, which names an OpenAI-compatible endpoint but not AI); draft and
// template policies (TicketPro on zendesk-agent.petprojectcofounder.ai, whose storage section awaits the developer,
// MailPilot on mailpilot.tedbotai.com, VoiceOps on voiceops.net with "[Company Name]", openvoiceagent.com's template DPA,
// Receptionist On Call's DPA marked for counsel review, CallAgent AI's template on a theme demo host, bead.com.br);
// development, demo and mock hosts (docs.uniphoredev.com, callcenterai.pcreative.dev, dashboard.aiautomations.ae,
// qaevaluations.aravindlabs.tech); single businesses' own bots (thoptec.com, elgueydelcalzado.com, X-Arcade's
// instructions on xgameroom.com, help.thesolidguide.com); a general email assistant app on a company site
// (ai-lab.com.au) and other kinds (PerfCopilot's call-quality reviews, Herald on withherald.co, Velatir's AI governance);
// unclear products and internal projects (Qorva AI's data page on app.wealthcalchub.com, LinkStack's AI review queue on
// linkstack.fyi, resplendentdata.com's own docs assistant, Telenor's innovation-days support bot);
// agencies and consultancies (senorit.de, superkind.ai, tnxn.agency, houseofmvps.com, alamedadev.com, pixlerlab.com,
// incote.click, automationlabz.com, theaidevelopment.com); articles, guides, glossaries and skill files rather than a
// product's own page (circulos.co, theneuralbase.com, dialphone.ai, anchorfact.org, roddai.com, chordia.ai, gistly.ai,
// contextcapability.com, shiporskip.io, girardai.com, gotoki.ai, peopleloop.io, team-brain.com, klemhq.com,
// manorai.xyz, worknet.ai, helmsly.io, bestchatbot.io, kriseena.com, hoop.app, hellorep.ai, truto.one, agenthive.co,
// infrasity.com, soerq.com, and the law-firm and news pages of the German, Dutch and Portuguese look-ups); and shared
// platforms (pages.dev, vercel.app, netlify.app, run.app, hosted.app, koyeb.app, mintlify.app, duckdns.org, polsia.app,
// blogspot.com, github.io, deno.dev and the help.center and stonly.com help sites).
// Leads not tried: InDesk AI (indesk.ai, seen only as a contact address on indesk.pages.dev), MailAgent on mailagent.ai
// (a privacy-assurance page about AI-drafted customer-service email; it may be the vendor of the listed MailAgent on
// mailagent.email, so it was not added as a second product), AskVault (seen only on askvault-docs.pages.dev), the AI
// chat and voice assistant documented on chat.autodocs.ca, Scheduling Studio's AI voice agent (scheduling.studio),
// Flowyte (docs.flowyte.com), Respondro's peers seen only on blogs (Hoop on hoop.app, REP on hellorep.ai, Kriseena),
// HalloDesk (a German AI phone receptionist seen only on dev.to) and the Shopify support apps behind
// shoppilot.polsia.app, supportprep-ai on run.app and Reply Pilot on duckdns.org.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21Support2Tools: Tool[] = defineTools(
  'agents',
  [
    // --- Zendesk apps ---
    { id: 'easy-ticket-ai', name: 'Easy Ticket AI', vendor: 'TechnoQuest', category: 'embedded-saas', domains: ['easyticket.ai'], source: 'https://easyticket.ai/support/do-you-require-access-to-any-private-data-is-it-stored-anywhere' }, // help centre: a Zendesk app trained on help-centre articles, macros and past tickets; some AI features run on OpenAI's models
    { id: 'zenbriefr', name: 'ZenBriefr', vendor: 'ZenBriefr LLC', category: 'embedded-saas', domains: ['zenbriefr.com'], source: 'https://www.zenbriefr.com/privacy.html' }, // privacy: a Zendesk app for AI ticket summaries, OCR and AI reply drafts, processed by OpenAI with zero retention
    // --- AI support agents and AI drafting with human approval ---
    { id: 'tiernull', name: 'Tiernull', vendor: 'Tiernull', domains: ['tiernull.com'], source: 'https://tiernull.com/strict-approval' }, // product page: AI drafts support replies that wait for an operator to approve, edit or reject them
    { id: 'armin-cx', name: 'Armin', vendor: 'Armin', domains: ['armin.cx'], source: 'https://docs.armin.cx/en/ai/ai-response-settings-suggestions-generate-new-and-autoreply' }, // docs: per channel (email, Instagram, TikTok) the AI drafts every reply, drafts on demand or auto-sends
    { id: 'tocc-contact', name: 'Tocc (tocc.contact)', vendor: 'Tocc', domains: ['tocc.contact'], source: 'https://help.tocc.contact/features/approval-workflow' }, // help: the AI answers inquiries or holds drafts for owner approval and rewrites them on request
    { id: 'quack-ai', name: 'Quack AI', vendor: 'Quack AI', domains: ['quack.ai'], source: 'https://help.quack.ai/help/articles/5784551-configuring-escalation-strategies-for-ai-agents-zendeskquacks-live-chat' }, // help: AI agents in Zendesk live chat with configurable escalation to people or tickets
    { id: 'autonome', name: 'Autonome', vendor: 'Autonome', domains: ['getautonome.com'], source: 'https://getautonome.com/blog/tier-1-saas-support-autonomous-deflection' }, // its own blog: autonomous AI workers for tier-1 SaaS support, its support agent Anna built on that design
    { id: 'functional-ai', name: 'Functional AI', vendor: 'Functional AI', domains: ['functional-ai.com'], source: 'https://docs.functional-ai.com/integrations/gmail' }, // docs: the AI assistant connected to Gmail answers incoming emails automatically
    { id: 'websmarty', name: 'Websmarty', vendor: 'Websmarty', domains: ['websmarty.ai'], source: 'https://websmarty.ai/price' }, // pricing page: answers questions from ingested documentation with OpenAI embeddings and the ChatGPT API
    { id: 'callsorbit', name: 'CallsOrbit', vendor: 'AY Tech Systems LLC', domains: ['callsorbit.com'], source: 'https://www.callsorbit.com/dpa' }, // DPA: AI voice agent services that handle calls, record, transcribe and capture requests
    // --- E-commerce support: order status, refunds, returns and email replies ---
    { id: 'kodif', name: 'Kodif', vendor: 'Kodif', domains: ['kodif.ai'], source: 'https://kodif.ai/returns-refunds-replacements-ai' }, // its own guide: AI Policies written in natural language automate returns, refunds and replacements tickets
    { id: 'scaleflows', name: 'Scaleflows', vendor: 'Scaleflows', domains: ['scaleflows.net'], source: 'https://docs.scaleflows.net/getting-started/knowledge/content' }, // docs: refund, replacement and return rules set what the AI may offer a store's customers
    { id: 'keloa', name: 'Keloa', vendor: 'Keloa', domains: ['keloa.ai', 'keloa.cx'], source: 'https://docs.keloa.ai/agents/overview' }, // docs: AI agents answer on a store's channels from its knowledge and Shopify data, on a chosen LLM (Claude, GPT-4o mini)
    { id: 'respondro', name: 'Respondro', vendor: 'Respondro', domains: ['respondro.ai'], source: 'https://www.respondro.ai/privacy' }, // privacy: a Shopify app that classifies customer emails and drafts replies with Anthropic's Claude
    { id: 'replyze', name: 'Replyze', vendor: 'Replyze', domains: ['tryreplyze.com'], source: 'https://tryreplyze.com/privacy' }, // privacy: an AI-powered tool that triages and answers Shopify merchants' customer emails via Gmail
    { id: 'replori', name: 'Replori', vendor: 'Replori', domains: ['replori.com'], source: 'https://app.replori.com/privacy' }, // privacy: AI-powered Shopify chat support by retrieval over store data, replies from OpenAI's API
    { id: 'supportpilot-ai', name: 'SupportPilot AI', vendor: 'SupportPilot AI', domains: ['support-pilot-ai.com'], source: 'https://app.support-pilot-ai.com/privacy' }, // privacy: a Shopify app that classifies tickets and generates replies with Anthropic's Claude
    { id: 'ai-manager-studio', name: 'AI Manager (aimanager.studio)', vendor: 'AI Manager', domains: ['aimanager.studio'], source: 'https://aimanager.studio/privacy' }, // privacy: a Shopify app and storefront assistant giving AI-assisted support answers from the merchant's FAQs
    { id: 'automail-app', name: 'Automail', vendor: 'Automail', category: 'embedded-saas', domains: ['automail-app.com'], source: 'https://automail-app.com/privacy' }, // privacy: an embedded Shopify app whose AI drafts replies to customer emails from order data
    // --- AI QA and conversation scoring for support teams and call centres ---
    { id: 'oversai', name: 'Oversai', vendor: 'Oversai', category: 'productivity', domains: ['oversai.com'], source: 'https://docs.oversai.com/article/1056-oversai-ai-processing-modes' }, // docs: AI metrics, tagging, processes and transcription run over help-desk interactions
    { id: 'revelir-ai', name: 'Revelir AI', vendor: 'Revelir AI', category: 'productivity', domains: ['revelir.ai'], source: 'https://www.revelir.ai/blog/the-conversation-data-layer-why-support-transcripts-are-the-most-underused-asset-in-your-cx-stack' }, // its own blog: AI QA software whose scoring engine RevelirQA grades support tickets
    { id: 'call-coach-iq', name: 'Call Coach IQ', vendor: 'Call Coach IQ', category: 'productivity', domains: ['callcoachiq.com'], source: 'https://callcoachiq.com/privacy' }, // privacy: call-centre recordings transcribed, summarised and scored by AI (Google Gemini)
    { id: 'aica-grow2', name: 'AICA (AI Communication Analyzer)', vendor: 'Auspex Streamline S.L.', category: 'productivity', domains: ['aica.grow2.ai'], source: 'https://aica.grow2.ai/en/legal/dpa/' }, // DPA (Spain): call recordings transcribed and analysed by AI for quality scores and sentiment (subdomain only)
  ],
  { checked: CHECKED_C21 },
);
