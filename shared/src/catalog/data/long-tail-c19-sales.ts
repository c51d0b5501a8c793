// Nineteenth session, sales pass (2026-12-06, helper `sales`): AI tools for sales and revenue teams the catalog still
// missed, beside the sixteenth session's marketing-and-sales pass (data/long-tail-c16-mktsales.ts) and the eighteenth
// session's agents, marketing and writing passes. Here: AI SDRs and outbound agents (email, SMS, LinkedIn and voice),
// AI cold-calling and voice sales agents, an AI demo agent and an AI presentation agent, AI reply handlers for cold-email
// campaigns, AI cold-email, icebreaker and LinkedIn-message writers, AI follow-up writers that work from call
// transcripts, AI proposal and RFP tools (one in Japanese), AI Upwork proposal writers, AI lead research, ICP scoring and
// pre-call briefing tools, a real-time AI sales coach, AI lead-qualification agents for real estate (French) and
// WhatsApp (Brazil), an AI call-centre operator (Japanese) and an AI tender finder (Brazil).
//
// Leads. 46 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their own terms, privacy
// policies, acceptable-use policies, AI-data pages and help docs (AI SDR terms, cold-email writers naming OpenAI or
// Claude, LinkedIn message generators, sales roleplay, real-time call coaching, proposal and RFP writers, CPQ and quote
// assistants, account research, battlecards, AI cold calling, ICP list building, follow-ups from transcripts, security
// questionnaires, Gmail sales extensions, personalised prospect video, pre-call briefs, AI demo agents, AI-native CRMs,
// cold-email reply handling, icebreakers, Upwork proposals, contractor quotes, roleplay apps, real-estate lead
// qualification, white-label AI SDRs, Sales Navigator scoring), and in German, French, Spanish, Portuguese and Japanese
// (those mostly returned articles, law-firm notes, agencies and services already listed). Every row cites a page with a
// path on the product's own host (for Graisol, Cleanlist, Salesgraph and ScendCore, their app or docs subdomains); each
// page says in the vendor's words that the product generates, calls, scores, coaches or answers with AI, a named model or
// an AI provider. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already
// listed and left to their entries: Sales Automation (athium.ai), ColdMail (mailoil.com), ColdMail AI (coldmailai.xyz
// and coldmailai.uk), Cold Mailr, Knitly, Evergrowth, Clositic, Replay, ProposalForge, Clay, Mihup, Salescaling, Match
// Sales CIA, Inspect AI, RaiseDeck, AI Slide Generator (aislide.dev), DocGPT, UpdateAI, SendCopy, heycmo, Glama,
// Ecosysteme.ai, PropLab, Quickchat, Callkom, Sanspause, IAssistance, EmailResponder, Saleswhale, Dench, Cold AI
// (getcoldai.com), UpCat, SaleAI, virtualworkforce.ai, MyContentGPT, WhatsBot GPT, InteligênciaBot, Trillet, Smartlead
// and Instantly. Four subdomains are claimed alone because their parents are studio or company sites:
// linkedin-assistant.nextbizness.com, ailinkedin.techerd.com, icebreakerai.papatiger.tech and
// upwork-helper.innovage.io; Approid Tech's Upwork writer and Alva's AI operator are URL prefixes on their company
// hosts. AutoReach (autoreach.work) is a different product from the catalog's
// `autoreach-tech` (autoreach.tech); its name carries its host so the two are told apart.
//
// Measured with /work/helpers/classify-hosts.mts on the 293 hosts the searches returned (vendors, articles, stores and
// shared hosts alike; /work/helpers/out/sales-hosts.txt): 42 classified before (14.3%), 78 (26.6%) after.
//
// Left out. Templates, drafts and placeholders (mailzy.us's terms outline, app.prospectra.cloud's "to be configured by
// the operator" publisher, fivehives.ai's bracketed Datenschutz, slidecreator.app's "[City, Country]", penstip.com's
// draft, presender.app's presender.test operator, pitchrep.xyz's salestrainer.example contact, privatadocs.sky-path.ai,
// which the c18 aliases pass also left out); pages that never say the product uses AI (team.secretagents.co,
// prospecthor.fr, salessmart.uniwave.app, lead-scorer.com, teian-pro.com, app.sales-sidekick.app, glacierdevs.com);
// CRMs and data platforms where AI is one feature (Capsule's staging AI terms, Dealfront, Laureo and Selvion, which the
// c18 marketing pass also left out, AutomatticCRM, ColdSend's cold-email infrastructure, NameToProfile's extractors);
// agencies and a self-hosted script (lunioncom.com, which c18 also left out, Themesic's LeadHub docs, thebdrs.com, whose
// SDRs are people); vendors seen only on their blogs or guides, left as leads (Callsetter, Gangly, CuePitch, Dextego,
// PokaMind, Supered, Mojar, Knowlee, VeriRFP, Veles, Northr's battlecards, Aurora Inbox, Swiftleads AI, Candoo, Eboo's
// practice-call docs, whose product name is unclear); a second "Icebreakr" at icebreakr.app (the same name as
// useicebreakr.com's, left as a lead); and shared platforms (pages.dev, vercel.app, github.io, azurewebsites.net,
// up.railway.app, polsia.app, codewords.run, sites.google.com), including the Railway API host of Approid Tech's
// Upwork writer.
// At the merge (2026-12-06) the office pass's row for AI Email Chain (emailchain.app), merged first, was kept and this
// file's row for it dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const longTailC19SalesTools: Tool[] = defineTools(
  'agents',
  [
    // --- AI SDRs and outbound agents ---
    { id: 'sendora-ai', name: 'Sendora AI', vendor: 'Sendora AI LLC', domains: ['sendora.ai'], source: 'https://sendora.ai/terms-of-service' }, // terms: an AI-powered sales and prospecting platform (AI cold calls, emails and SMS, AI lead qualification)
    { id: 'graisol', name: 'Graisol', vendor: 'Graisol', domains: ['graisol.com'], source: 'https://app.graisol.com/legal/acceptable-use' }, // acceptable-use policy: an AI-powered automation platform for email campaigns, voice agents and lead enrichment
    { id: 'autoreach-work', name: 'AutoReach (autoreach.work)', vendor: 'AutoReach', domains: ['autoreach.work'], source: 'https://www.autoreach.work/terms' }, // terms: an AI-powered lead generation platform with autonomous agents that qualify leads and write outreach
    { id: 'connectlead', name: 'ConnectLead', vendor: 'Digital Rebel Ltd', domains: ['connectlead.io'], region: 'europe', source: 'https://connectlead.io/privacy' }, // privacy (UK): an autonomous AI SDR platform; drafts and replies go to OpenAI or another LLM
    { id: 'scendcore', name: 'ScendCore', vendor: 'ScendCore', domains: ['scendcore.com'], source: 'https://docs.scendcore.com/features/ai-agents' }, // docs: AI agents (SDR, receptionist, nurture) that work leads by voice, email, SMS and WhatsApp
    { id: 'lead2sales', name: 'Lead2Sales', vendor: 'Lead2Sales Marketing e Inteligência Artificial LTDA', domains: ['lead2sales.com.br'], region: 'latam', source: 'https://www.lead2sales.com.br/en/terms-of-use' }, // terms (Brazil): a platform for AI agents on messaging channels, using LLM providers
    { id: 'noviamind', name: 'NoviaMind', vendor: 'NoviaMind', domains: ['noviamind.ai'], region: 'europe', source: 'https://noviamind.ai/fr/terms-of-service' }, // terms (French): an AI conversational agent that qualifies real-estate agencies' prospects and books visits
    { id: 'replyagent-app', name: 'ReplyAgent', vendor: 'ReplyAgent', domains: ['replyagent.app'], source: 'https://replyagent.app/privacy' }, // privacy: classifies cold-email replies and drafts answers with Claude for Smartlead campaigns
    { id: 'privas-ai', name: 'Privas AI', vendor: 'Privas AI', domains: ['privas.ai'], source: 'https://privas.ai/documentation/conversation-management/email-follow-ups' }, // docs: an AI representative on the website that captures leads and sends AI-written follow-up emails
    // --- AI cold calling, voice sales and demo agents ---
    { id: 'leadscaller-ai', name: 'LeadsCaller', vendor: 'LeadsCaller', domains: ['leadscaller.ai'], source: 'https://leadscaller.ai/privacy' }, // privacy: an AI-powered outbound calling platform; AI agents place calls, AI transcripts
    { id: 'aicallagent-ai', name: 'AI Call Agent', vendor: 'AI Call Agent', domains: ['aicallagent.ai'], region: 'europe', source: 'https://aicallagent.ai/privacy' }, // privacy (UK only): an AI calling platform that phones uploaded leads and books appointments
    { id: 'voice-sales-flow-ai', name: 'Voice Sales Flow AI', vendor: 'MeTel, Inc.', domains: ['voicesalesflow.app'], source: 'https://voicesalesflow.app/privacy' }, // privacy: an AI-powered voice sales agent platform trained on the customer's documents
    { id: 'call-my-agent', name: 'Call My Agent', vendor: 'Call My Agent', domains: ['callmyagent.ai'], source: 'https://callmyagent.ai/privacy' }, // privacy: an AI phone agent that answers and returns calls for a business
    { id: 'smart-systems-automation', name: 'Smart Systems Automation AI Receptionist', vendor: 'Smart Systems Automation Limited', domains: ['smartsystemsautomation.com'], region: 'europe', source: 'https://www.smartsystemsautomation.com/terms-of-use' }, // terms (England): an AI receptionist, AI lead qualification and automated outbound sales sequences
    { id: 'alva-ai-operator', name: 'AIオペレーター (Alva)', vendor: 'アルヴァ株式会社 (Alva)', domains: [], urlPrefixes: ['alva.company/ai-ops'], region: 'japan', source: 'https://alva.company/ai-ops/terms' }, // terms (Japanese): an AI operator that takes and places call-centre calls
    { id: 'naoma-ai', name: 'Naoma AI Demo Agent', vendor: 'Naoma AI Inc.', domains: ['naoma.ai'], source: 'https://naoma.ai/terms' }, // terms: an AI-powered demo agent that gives live product demos to website visitors by video and voice
    { id: 'livelayer-studio', name: 'LiveLayer', vendor: 'LiveLayer', domains: ['livelayer.studio'], source: 'https://www.livelayer.studio/docs/introduction/concepts' }, // docs: a configurable AI persona that talks visitors through slides with a voice and avatar
    // --- AI cold-email, icebreaker, LinkedIn and follow-up writers ---
    { id: 'email-writing-ai', name: 'Email Writing AI', vendor: 'Email Writing AI', category: 'writing', domains: ['email-generator-ai.com'], source: 'https://www.email-generator-ai.com/privacy-policy' }, // privacy: prompts for its AI generation features are sent through a proxy to AI providers
    { id: 'firstlineai', name: 'FirstLineAI', vendor: 'FirstLineAI', category: 'writing', domains: ['firstlineai.live'], source: 'https://www.firstlineai.live/privacy' }, // privacy: generates cold-outreach openers from crawled company websites with models
    { id: 'icebreakerai-papatiger', name: 'IcebreakerAI', vendor: 'papatiger.tech', category: 'writing', domains: ['icebreakerai.papatiger.tech'], source: 'https://icebreakerai.papatiger.tech/privacy' }, // privacy: AI icebreakers from uploaded prospect lists, generated with Google Gemini
    { id: 'useicebreakr', name: 'Icebreakr', vendor: 'Icebreakr', category: 'writing', domains: ['useicebreakr.com'], source: 'https://useicebreakr.com/privacy' }, // privacy: drafts LinkedIn outreach messages through a third-party AI provider
    { id: 'msgly-ai', name: 'Msgly.AI', vendor: 'Msgly.AI', category: 'writing', domains: ['msgly.ai'], source: 'https://msgly.ai/Privacy-Policy' }, // privacy: personalises LinkedIn messages with OpenAI GPT-5 models and Google Gemini
    { id: 'linkedin-sales-assistant-nextbizness', name: 'LinkedIn Sales Assistant (NextBizness)', vendor: 'NextBizness', category: 'writing', domains: ['linkedin-assistant.nextbizness.com'], source: 'https://linkedin-assistant.nextbizness.com/privacy' }, // privacy: a Chrome extension and dashboard for AI-powered LinkedIn comments and outreach
    { id: 'ai-linkedin-post-generator-techerd', name: 'AI LinkedIn Post Generator & Scheduler', vendor: 'Techerd', category: 'writing', domains: ['ailinkedin.techerd.com'], source: 'https://ailinkedin.techerd.com/pages/privace-policy' }, // privacy: writes LinkedIn posts and comments with OpenAI, Gemini or DeepSeek
    { id: 'followclose', name: 'FollowClose', vendor: 'FollowClose', category: 'writing', domains: ['followclose.com'], source: 'https://followclose.com/privacy' }, // privacy: AI turns sales-call transcripts into follow-up email sequences
    // --- AI proposal, RFP and Upwork proposal writers ---
    { id: 'proposalfirewall', name: 'ProposalFirewall', vendor: 'ProposalFirewall', category: 'writing', domains: ['proposalfirewall.com'], source: 'https://proposalfirewall.com/ai-data-handling' }, // AI-data page: AI extracts solicitation requirements and scores draft proposal responses
    { id: 'propo-base', name: 'Propo Base', vendor: 'Grabion 株式会社', category: 'writing', domains: ['propobase.com'], region: 'japan', source: 'https://propobase.com/terms' }, // terms (Japanese): an AI proposal-writing agent service
    { id: 'ai-proposal-writer-upwork-approid', name: 'AI Proposal Writer for Upwork', vendor: 'Approid Tech', category: 'writing', domains: [], urlPrefixes: ['approidtech.com/ai-proposal-writer-for-upwork'], source: 'https://approidtech.com/ai-proposal-writer-for-upwork/privacy.html' }, // privacy: a Chrome extension that drafts Upwork proposals with Claude
    { id: 'proposal-ai-innovage', name: 'Proposal AI (Upwork Helper)', vendor: 'Innovage', category: 'writing', domains: ['upwork-helper.innovage.io'], source: 'https://upwork-helper.innovage.io/privacy' }, // privacy: generates Upwork proposals from job listings with OpenAI
    { id: 'covergen-io', name: 'CoverGen', vendor: 'CoverGen', category: 'writing', domains: ['covergen.io'], source: 'https://covergen.io/privacy' }, // privacy: an AI-powered cover-letter generator for Upwork freelancers
    { id: 'freelanceai-tech', name: 'FreelanceAI.tech', vendor: 'FreelanceAI.tech', category: 'productivity', domains: ['freelanceai.tech'], source: 'https://freelanceai.tech/privacy' }, // privacy: an Upwork AI job analyzer; job posts go to an AI provider, proposals generated
    // --- AI lead research, scoring, briefing and coaching ---
    { id: 'salesascode', name: 'Sales as Code', vendor: 'Sales as Code', category: 'productivity', domains: ['salesascode.com'], source: 'https://salesascode.com/privacy' }, // privacy: a sales workspace whose AI "brain" answers from accounts and activity through Claude
    { id: 'cleanlist-ai', name: 'Cleanlist', vendor: 'Cleanlist', category: 'productivity', domains: ['cleanlist.ai'], source: 'https://docs.cleanlist.ai/guides/icp-management' }, // docs: Cleanlist AI builds an ideal-customer profile from plain text and scores leads against it
    { id: 'salesgraph', name: 'Salesgraph', vendor: 'Salesgraph', category: 'productivity', domains: ['salesgraph.com'], source: 'https://docs.salesgraph.com/features/slack-briefings' }, // docs: pre-call and post-call Slack briefings with AI-generated meeting summaries
    { id: 'conversationpilot', name: 'ConversationPilot', vendor: 'ConversationPilot', category: 'productivity', domains: ['conversationpilot.ai'], source: 'https://conversationpilot.ai/how-does-ai-sales-coaching-work' }, // its product page: an AI sales coach that transcribes live calls and prompts the rep
    { id: 'compras-bot', name: 'compras.bot', vendor: 'compras.bot', category: 'productivity', domains: ['comprasbot.com'], region: 'latam', source: 'https://comprasbot.com/privacidade' }, // privacy (Brazil): recommends public tenders to sellers with OpenAI language processing and embeddings
  ],
  { checked: CHECKED_C19 },
);
