// Twenty-second session, second sales pass (2026-12-07, helper `sales2`): AI sales products no entry claimed yet,
// beside the nineteenth session's sales pass (data/long-tail-c19-sales.ts), the sixteenth session's marketing-and-sales
// pass (data/long-tail-c16-mktsales.ts), the lead passes (long-tail-c21-leads*.ts) and the support-marketing files,
// whose rows are not repeated here. Here: AI sales-call coaching and conversation intelligence (live qualification
// scoring, meeting bots that coach from transcripts, real-time suggestions during calls, AI call scoring, an in-call
// answer assistant, AI field voice notes); AI role-play trainers for reps (one German); AI prospecting, lead discovery
// and account intelligence; an AI deal canvas that drafts proposals; an AI agent's quote engine; AI voice agents; AI
// quote and estimate generators for contractors and small businesses (one in Spanish); and AI RFP, tender and
// procurement tools on both the bidder's and the buyer's side.
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms, DPAs,
// sub-processor lists, AI-usage pages, credit and pricing pages and help docs (conversation intelligence with OpenAI,
// Deepgram or Recall.ai as sub-processors, RFP responses from a knowledge library, role-play with ElevenLabs or
// realtime voices, LinkedIn message writers, account-research agents, CRM voice notes, AI SDR DPAs, proposal help
// centres, contractor estimates, battlecards, follow-up emails, deck personalisation, call scoring for insurance, CPQ
// quote assistants, tender and bid tools), and in German (KI Vertrieb, Gesprächsanalyse, Angebotserstellung), French
// (prospection, devis IA), Spanish (propuestas, cotizaciones, agente de ventas), Portuguese (IA para vendas), Italian,
// Dutch and Japanese (営業 AI ロールプレイ, 商談解析). The non-English queries returned mostly articles, law-firm notes and
// agencies; they found Vertriebs AI, Tu Formato Cotización, Aurora Inbox (left out, below) and Match Sales CIA
// (listed). Every row cites a page with a path on the product's own host or a subdomain of it (PipeGuide's app. host,
// Sprouts.ai's, SiftHub's and Saccharo's docs or help hosts, Animam's docs host), and each page says in the vendor's
// words that the product analyses, scores, coaches, researches, drafts, estimates or answers with AI, an LLM or a named
// model provider (OpenAI, Anthropic Claude, Google Gemini, Azure OpenAI, Microsoft and ElevenLabs). Sleak's,
// Insight7's, Voze's and Contract Cloud's pages are the vendors' own articles about their own products. Hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries (met on the way): Evergrowth, Clositic, Match Sales CIA, Sales Automation
// (athium.ai), ProposalForge, ProposalFirewall, Salesgraph, Salescaling, Vertiqa, Offerloop, LinkedIn Sales Assistant
// (nextbizness), My AI Front Desk, Lead Prospecting AI, Prospi, Ecosysteme.ai, DocGPT, Mail Assist, AI Email Chain,
// EmailResponder, ReplAI, Apps Record's Gmail AI Assistant, Headlime, Retorio, tl;dv, virtualworkforce.ai, Surfnote,
// Presentations.AI, Prezent, Brightdeck, iaiaz, I'Atelier, ConstructQuote, Wellbies' SalesBuddy (jpkr3 pass) and Cold
// Agent's DPA, which earlier passes read and left out.
//
// Subdomains claimed alone: recall.kalyxi.ai and coach.legacyconnect.ai (two sales-coaching apps whose parents were not
// read), scan.bidshelf.com (RFPScan; its operator BidShelf's parent site was not read, and scan.next.bidshelf.com looks
// like a preview host) and procurements.mitigate.dev (an AI procurement product on a software company's domain). The
// parents are traps in the test. QuoteDrop's policy is served on quotedrop.ai and, naming QuoteDrop, on
// jobestimate.app; both hosts are claimed on the one row.
//
// Same names: SalesCoach AI (recall.kalyxi.ai) and Sales Coach AI (coach.legacyconnect.ai) are two products from two
// operators; both names carry their hosts, as does the listed ConversationPilot's "AI sales coaching" page elsewhere.
// TenderAI (tenderai.ai) is not the TenderAI copy on tender-ai-pi.vercel.app (a shared host, not claimed), and TenderIQ
// (tenderiq.one) is not tenderiqs.com, whose review packages the c21 leads2 pass found to be run by people.
//
// Doubtful rows: Nynch's only page read is its own wiki tab on AI proposal drafts, and the product may be a wider
// revenue workspace; Recalling AI's DPA describes customers' AI voice agents, not only sales; Contract Cloud and
// Mitigate's procurement app serve the buyer's side of an RFP; LeadsByYou's policy is for a beta programme.
//
// Left out. Aurora Inbox (aurorainbox.com): its Portuguese post calls its own WhatsApp product the practical form of
// conversational AI, but three earlier passes' tests (c16 langs, c19 sales, c21 iberlatam) keep its host as a trap, so
// the merge should decide whether this page is enough to list it. Drafts and placeholders (geniusrfp.com's "Placeholder
// draft", constructquote.app's "Template language", which an earlier pass listed anyway, lesdevisdelhermine.fr's
// "DRAFT" CGU, aicleva.com's "Legal placeholder", salesai.com's "June [__]" DPA, privacy.zws.ink's "[SERVICE NAME]"
// tender policy, penstip.com's draft and presender.app's presender.test operator, as c19 found); `?p=` pages
// (get-dealai.com, conversed.ai, insight7.io's second guide, appsrecord.com); pages that do not say the product uses AI
// (salessense.app's call-coaching policy, which names only Deepgram speech-to-text: a lead; autorfp.ai's MSA;
// enricheazy.com, prospectai.co, leadtale.com, prospct.io, linkfinderai.com, estimate4u.io, devisioo.com,
// mrcontractor.app, tenderscout.co.za, saleshud.app, app.sales-sidekick.app again, salesprompter.ai, prospio.com);
// personal or internal projects (prospect-iq.org, a personal account-intelligence project for one authorised domain;
// jamesshehan.dev, dashbuilds.dev, ergini.com); user-key and on-device tools, as earlier passes decided (Startvest's
// Sales Objection Handler, ConnectNote AI, LinkedIn CoPilot, LinkedOut, AI Reply Generator); general products where AI
// is one feature (Responsive's AI add-on and RFPIO help, pro-posal.io's AI generations, Pact's CRM voice notes, Nebula
// Labs' Sales Copilot for Salesforce, Emacron's OutreachAgent CRM, Boty Mail, Capsule's staging AI terms, HubSpot's
// notetaker, Voys' transcription, survox.jp's bridal-fair recordings, respond.io's AI agents, Leadway CRM, SmartWinnr,
// RenderDraw's RFP workflow, leadprospecting.ai as listed); agencies, consultancies and build guides (rse-labs.com,
// brixon.ai, lunioncom.com, drivenlabs.ai, nr-corp.fr, polyant.ai's project-delivered Sales Coach agent, intelligex.ai,
// humanr.ai, kanopylabs.com, alamedadev.com, youraiconsultant.london, digitalapplied.com, justuseai.co); vendors seen
// only on their blogs or in others' articles, left as leads (DealSpeak, PokaMind, Dextego, Gangly, PitchYes,
// sales-coach.ai, whose two posts discuss KI-coaching in general, Knowlee, SaleAI on saleai.ai, Swayon, Lupo Labs,
// Solumize, Rayko, CleanTender, mytender.io, Kadence's Voice AI for insurance agencies, Orbitix's WhatsApp voice notes,
// ELB Learning's Rehearsal Roleplay and EDZ LMS's roleplay, whose product hosts were not returned, NameToProfile
// Engage's AI scoring extension, CallAI on intentpro.io's "copy-of-privacy-policy" page, whose name and host do not
// match, CopyFactory, whose help centre sits on customerly.help, AI Piping's credit page, which says AI only in its
// name, and OpenFunnel, whose skill docs sit on mintlify.app); and shared platforms (callhelper.onrender.com,
// beginrfp.pages.dev, crmphone-site.pages.dev, caramel-knowledge-hub.pages.dev, ai-reply-generator-1f1.pages.dev,
// insurtech-3yz.pages.dev, olympuscloud-docs-dev.pages.dev, linkedin-reply.azurewebsites.net,
// portal-three-rose.vercel.app's Medicare sales coach, tender-ai-pi.vercel.app, getlinkedout.vercel.app, the github.io
// LinkedIn writers, samsearch.mintlify.app, tuner-staging.mintlify.app, an S3-hosted Voice Pilot policy,
// helpmailup.atlassian.net).
//
// Measured with /work/helpers/classify-hosts.mts on the 288 hosts the searches returned (vendors, articles, news,
// agencies, stores and shared hosts alike, in /work/helpers/out/sales2-hosts.txt): 33 classified before (11.5%), 63
// after (21.9%).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Sales2Tools: Tool[] = defineTools(
  'agents',
  [
    // --- sales-call coaching, conversation intelligence and sales meeting assistants ---
    { id: 'pipeguide', name: 'PipeGuide', vendor: 'PipeGuide', category: 'meeting', domains: ['pipeguide.tech'], source: 'https://app.pipeguide.tech/data-processing' }, // data-processing policy: live call transcripts sent to OpenAI's GPT models every 10 seconds for qualification scoring and suggested questions, then post-call summaries
    { id: 'salescoach-ai-kalyxi', name: 'SalesCoach AI (recall.kalyxi.ai)', vendor: 'SalesCoach AI', category: 'meeting', domains: ['recall.kalyxi.ai'], source: 'https://recall.kalyxi.ai/privacy' }, // privacy: a sales coaching platform whose AI note-taker bot joins Google Meet calls for recording, transcription and AI coaching
    { id: 'sales-coach-ai-legacyconnect', name: 'Sales Coach AI (coach.legacyconnect.ai)', vendor: 'Sales Coach AI', category: 'meeting', domains: ['coach.legacyconnect.ai'], source: 'https://coach.legacyconnect.ai/terms' }, // terms: meeting bots record sales calls and third-party LLMs produce summaries, coaching insights, scoring and deal-risk analysis
    { id: 'one-click-coaching', name: 'One Click Coaching', vendor: 'One Click Coaching', category: 'meeting', domains: ['oneclickcoaching.com'], source: 'https://www.oneclickcoaching.com/ai-usage.html' }, // AI-usage page: an AI coaching product that sends call transcripts from Fathom, Fireflies or Otter to a frontier-model provider and returns coaching insights
    { id: 'salescompass-ai', name: 'SalesCompass', vendor: 'SalesCompass', category: 'meeting', domains: ['salescompass.ai'], source: 'https://www.salescompass.ai/terms' }, // terms: a sales call analysis platform with AI-powered transcript analysis, scoring and coaching recommendations
    { id: 'salesguard-app', name: 'SalesGuard', vendor: 'SalesGuard', category: 'meeting', domains: ['salesguardapp.com'], source: 'https://salesguardapp.com/terms' }, // terms (UK): a desktop app whose real-time AI sales coach suggests what to say during calls, with AI post-call reviews and CRM auto-fill
    { id: 'insight7', name: 'Insight7', vendor: 'Insight7', category: 'meeting', domains: ['insight7.io'], source: 'https://insight7.io/how-to-track-compliance-risk-using-ai-sentiment-scoring' }, // vendor guide on its own product: AI call scoring and compliance dashboards built from evaluations of recorded contact-centre calls
    { id: 'sifthub', name: 'SiftHub', vendor: 'SiftHub', domains: ['sifthub.io'], source: 'https://help.sifthub.io/hc/en-us/articles/28237247751452-Privacy-and-consent-in-Pulse' }, // help article: Pulse listens to sales calls and surfaces deal-aware answers in real time, disclosed to buyers as an AI assistant
    { id: 'voze', name: 'Voze', vendor: 'Voze', category: 'productivity', domains: ['voze.com'], source: 'https://www.voze.com/resources/guides/anatomy-of-a-voice-note' }, // vendor guide: field reps' voice notes from which the AI pulls accounts, contacts, competitor mentions and follow-ups for the dealer system
    // --- role-play trainers for reps ---
    { id: 'sleak-ai', name: 'Sleak', vendor: 'Sleak', category: 'other', domains: ['sleak.ai'], source: 'https://sleak.ai/en/blog/gdpr-compliant-ai-sales-training' }, // vendor blog on its own product: "an AI Coach" running pseudonymised AI sales-practice sessions against company-defined personas and scorecards
    { id: 'vertriebs-ai', name: 'Vertriebs AI', vendor: 'Vertriebs AI', category: 'other', domains: ['vertriebs-ai.de'], source: 'https://vertriebs-ai.de/agb' }, // terms (German): an AI-supported sales-training platform billed in conversation minutes, on Microsoft AI services and ElevenLabs voices
    // --- prospecting, account intelligence, outreach and AI agents ---
    { id: 'enterleads', name: 'EnterLeads', vendor: 'EnterLeads', domains: ['enterleads.pro'], source: 'https://enterleads.pro/privacy-policy.html' }, // privacy (Texas): B2B lead discovery whose AI researches businesses and drafts outreach emails, with an AI agent chat
    { id: 'leadsbyyou', name: 'LeadsByYou', vendor: 'LeadsByYou', category: 'search', domains: ['leadsbyyou.com'], source: 'https://leadsbyyou.com/privacy' }, // privacy (beta programme): AI-powered company and contact discovery from a seller's ideal-customer profile
    { id: 'sprouts-ai', name: 'Sprouts.ai', vendor: 'Sprouts.ai', category: 'search', domains: ['sprouts.ai'], source: 'https://docs.sprouts.ai/account-intelligence/key-concepts-and-terminology' }, // docs: AccountOS account intelligence whose Deep Intelligence layer gives AI-identified, AI-generated sales opportunities
    { id: 'nynch', name: 'Nynch', vendor: 'Nynch', domains: ['nynch.com'], source: 'https://www.nynch.com/wiki/deal-canvas-proposal-tab' }, // vendor wiki: a deal canvas whose AI drafts and revises proposals grounded in an account-research dossier and the buying committee
    { id: 'animam-ai', name: 'Animam', vendor: 'Animam', domains: ['animam.ai'], source: 'https://docs.animam.ai/guides/quote-engine' }, // docs: an AI agent's quote tool that computes and sends numbered quotes in conversation, prices read from a grid rather than the LLM
    { id: 'recalling-ai', name: 'Recalling AI', vendor: 'Recalling AI, Inc.', category: 'audio', domains: ['recalling.online'], source: 'https://www.recalling.online/dpa' }, // DPA: customers' AI voice agents answer calls, with recordings, transcripts and CRM integrations
    // --- quotes and estimates ---
    { id: 'tu-formato-cotizacion', name: 'Tu Formato Cotización', vendor: 'Tu Formato Cotización', category: 'productivity', domains: ['formatocotizacion.com'], source: 'https://formatocotizacion.com/terminos-y-condiciones' }, // terms (Spanish): quotes, invoices and business documents generated with artificial intelligence
    { id: 'quotedrop', name: 'QuoteDrop', vendor: 'QuoteDrop', category: 'productivity', domains: ['quotedrop.ai', 'jobestimate.app'], source: 'https://quotedrop.ai/privacy' }, // privacy: an AI-powered estimating platform for trade contractors that generates estimates from job photos; the same policy on jobestimate.app names AI-generated line items
    { id: 'estimateiq-tech', name: 'EstimateIQ', vendor: 'EstimateIQ', category: 'productivity', domains: ['estimateiq.tech'], source: 'https://estimateiq.tech/privacy' }, // privacy: homeowners' problem descriptions from a contractor's widget sent to the Anthropic Claude API to classify issues and generate estimates
    { id: 'proestimate-ai', name: 'ProEstimate AI', vendor: 'ProEstimate AI', category: 'productivity', domains: ['proestimateai.com'], source: 'https://www.proestimateai.com/privacy' }, // privacy: renovation photos sent to Google's Gemini for AI remodel previews and material suggestions, then estimates, proposals and invoices
    { id: 'snapquote-us', name: 'SnapQuote', vendor: 'SnapQuote', category: 'productivity', domains: ['snapquote.us'], source: 'https://www.snapquote.us/privacy' }, // privacy: AI-powered job estimates for contractors from homeowners' requests, generated with OpenAI's gpt-5-mini
    // --- RFPs, tenders and procurement ---
    { id: 'rfpscan-bidshelf', name: 'RFPScan', vendor: 'BidShelf', category: 'productivity', domains: ['scan.bidshelf.com'], source: 'https://scan.bidshelf.com/privacy' }, // privacy: uploaded RFP PDFs sent to Google Gemini, which returns the structured list of requirements for a branded summary
    { id: 'saccharo-ai', name: 'Saccharo', vendor: 'Saccharo', category: 'productivity', domains: ['saccharo.ai'], source: 'https://docs.saccharo.ai/knowledge-base/company-information' }, // docs: company documents embedded in a vector database for the AI that analyses RFPs and assesses feasibility
    { id: 'tendor', name: 'Tendor', vendor: 'Tendor', category: 'productivity', domains: ['tendor.cc'], source: 'https://www.tendor.cc/privacy' }, // privacy: tender documents analysed by Azure OpenAI to produce bid scores, compliance analyses and response drafts
    { id: 'tenderai-ai', name: 'TenderAI', vendor: 'TenderAI', category: 'productivity', domains: ['tenderai.ai'], source: 'https://tenderai.ai/privacy' }, // privacy: tender documents sent to OpenAI for AI-powered analysis, compliance and risk reports
    { id: 'tenderiq-one', name: 'TenderIQ', vendor: 'TenderIQ', category: 'productivity', domains: ['tenderiq.one'], source: 'https://tenderiq.one/privacy' }, // privacy: an AI-powered tender intelligence platform that processes uploaded tender documents, drawings and BOQs with AI
    { id: 'mitigate-procurements', name: 'Mitigate Procurements', vendor: 'Mitigate', category: 'productivity', domains: ['procurements.mitigate.dev'], source: 'https://procurements.mitigate.dev/docs/en/compose/composing-rfp' }, // docs: an AI compose agent that drafts a buyer's RFP document set, beside analysing bids
    { id: 'contract-cloud', name: 'Contract Cloud', vendor: 'Contract Cloud', category: 'productivity', domains: ['contractcloud.com.au'], source: 'https://www.contractcloud.com.au/post/ai-and-rfps-how-contract-cloud-transforms-procurement-from-first-draft-to-ongoing-management' }, // vendor blog on its own product: AI with retrieval-augmented generation over the organisation's documents drafts RFPs and analyses vendor responses
  ],
  { checked: CHECKED_C22 },
);
