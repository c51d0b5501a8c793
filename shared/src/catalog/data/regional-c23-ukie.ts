// Twenty-third session, regional pass for the United Kingdom and Ireland (2026-12-07, helper `ukie`): AI products made in
// the UK or Ireland, or built mainly for their users, that no entry claimed yet. The earlier European passes
// (data/regional-c12-europe.ts, data/regional-c12b-europe.ts, data/regional-c17-euro.ts, data/regional-c19-europe.ts,
// data/regional-c20-westeu.ts, data/regional-c22-europe3.ts) hardly reached these two countries, and the 33 .co.uk,
// .uk and .ie hosts listed before this pass came from long-tail passes. Here: an AI legal-research and drafting assistant
// for solicitors in England and Wales (Writford) and a research chatbot over UK official documents (my-research.ai); an
// AI accountant for sole traders under Making Tax Digital (Bart) and an AI technical review of draft UK statutory
// accounts (Infinite Accountant); an Irish AI business-advisor platform (AICORES) and an Irish platform for building and
// deploying AI agents (InteractiveAI); AI for schools and exam revision (SchoolGPT, aioexamhelper, Rubrical's formative
// assessment, SEN Tools for EHCPs); AI phone receptionists for British trades, SMEs and clinics (TradesAI Operator,
// PlumberCallGuard, AutoReceptionist, BookedSolid) and for Irish trades and businesses (Airis, CallMeIE); an AI WhatsApp
// assistant for landlords and tenants (Lettie); AI CV tailoring (CV Tailor, CVSense); AI for UK visa applications
// (VisaVault, Global Talent AI, UKTalentVisaAI, TorlyAI); AI documentation for FCA-regulated financial advisers
// (AdvisoryAI); AI content for restaurants from a Scottish company (Scott Bargains AI); and a governed AI-assistant
// platform (AIMAI PRISM).
//
// Leads. 38 look-ups in the stored `pages` corpus (of the 40 allowed). English queries worded the way vendors word their
// own privacy, terms, AI-policy and data-processing pages, anchored on British and Irish company forms and registers
// ("Ltd", "Limited", "registered in England and Wales", "Companies House", "registered in Scotland SC", Northern Ireland
// "NI" numbers, Irish "CRO", "registered in Ireland") and data laws (UK GDPR, the Data Protection Act 2018, ICO
// registration, Ireland's Data Protection Commission and Data Protection Act 2018), and on kinds: legal AI for
// solicitors and conveyancers, Making Tax Digital and HMRC, accountants, GP and NHS ambient scribes and phone lines, care
// homes, councils, housing associations and planning, GCSE, 11+ and Leaving Cert tutors, teachers' marking tools, SEND
// and EHCPs, recruiting and CVs, visas, lettings, insurance brokers, IFAs, parking appeals, charities' bids, parish
// minutes and Welsh-language AI. NHS, council, housing, planning, insurance, Welsh-language, parish and Irish law/tax
// queries returned guidance, news, consultancies and public bodies almost only; the trades-receptionist, visa, CV,
// SEND, IFA, company-form and Irish voice-agent wordings found most rows. Every row cites a page with a path on the
// product's own host (InteractiveAI's docs subdomain, whose terms on interactive.ai name the Dublin company), and that
// page says in the vendor's words that the product answers, drafts, grades, transcribes, categorises, calls or replies
// with AI, language models or named model providers (Anthropic's Claude, Amazon Nova, OpenAI, Google, Retell AI, Vapi).
// Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to
// their entries: LessonLab AI, Revision Genie, Autoprop, Esta AI, iatroX, AudioConcierge (restsiz.ai), Fight My Fine,
// Respondable AI, JobCompanion, SmartApply, CV Analyzer (cv.b8.lt) and LogicBalls.
//
// Measured with /work/helpers/classify-hosts.mts on the 244 hosts the searches returned (vendors, news, councils,
// schools, law and accountancy firms, consultancies, agencies and shared hosts alike, in
// /work/helpers/out/ukie-hosts.txt): 13 classified before (5.3%), 40 after (16.4%).
//
// Doubtful rows: TradesAI Operator's policy says its ICO registration is "pending — to be updated on receipt" (its
// company number and office are given, with no bracketed placeholder); CallMeIE is run by a sole trader until its Ltd
// is incorporated and sells AI-first websites beside its AI receptionist and document extraction; Infinite Accountant's
// data-processing agreement is for an invitation-only trial; aioexamhelper and UKTalentVisaAI are run by individuals
// (the latter from a gmail address); Writford, CVSense, CV Tailor, TorlyAI, Global Talent AI and AdvisoryAI are named as
// their pages name them, without a legal entity; TorlyAI and AdvisoryAI are cited from their own blogs describing their
// own products.
//
// Left out. Placeholders and drafts: auxilis.co.uk ("[Your Company Name Ltd]", an AI legal tool for UK solicitors: a
// lead once published), tradiedial.com ("[registered address to be added]"), housingvoiceai.com and tenantsafe.co.uk
// (policies marked as drafts awaiting review), signature-crm.co.uk's tenant portal. Staging hosts: staging.bosh.tax
// (Bosh, an MTD app of Eris AI Limited; its terms read do not say AI) and staging.voicepa.ai (Voice PA, an AI phone
// receptionist for UK trades: a lead for voicepa.ai). `?p=` pages: headofai.ai, aicarecompliance.co.uk,
// uniwriter.ai, aicompliance.uk (whose Aria platform is a lead), thenational.wales, jobsandcvs.com, taxhacks.ie. Pages
// that say AI only in the brand or not at all: gcseaitutor.co.uk, ailessonplanner.co.uk, lessonly.co.uk,
// educationai.co.uk's notice, elevenplusprep.app, examnauts.com, lumiq.uk, houseit.app, estateaigents.com (as the
// property pass found), remarkableai.co.uk ("automated feedback"), lexhr.ai's terms, scgbotservices.com, scale-ai.ai,
// automated-intelligence.com (whose "AI" is the company's initials), pcnpal.co.uk, dontpaythat.uk. General products
// whose AI is one feature: assistantsendco.co.uk (optional AI drafting in a SEN-plan tool), prepstep.co.uk (an AI tutor
// inside an 11+ practice app), caredirectory.org.uk (a care-home directory with an AI assistant), econsult.net's Hi
// Scribe (an AI scribe of eConsult Health's platform, with no host of its own read), x-on.co.uk's Surgery Intellect,
// finlegal.ai's Medical AI features of a legal-claims platform, openforest.co, createmycontract.com. Products whose page
// names no country: gradeitai.com (AI marking on OpenAI and Google), aicvme.com, ainotes.site, aiiro.ai, euryka.ai (an
// Irish company whose platform the terms read do not describe as AI). Vendors seen only on blogs, whitepapers or third
// parties' pages: cluda.ai (AI for insurance brokers), lexsentinel.ai (conveyancing), docsnote.co.uk (clinical
// transcription), caretime.care, auxilis.ai (AI voice for GP practices), accupe.com, QuantumLoop Technologies on a GP
// practice's page, Wealth Analytica, SENCO AI and Exam Insights (examinsights.ie) on pages.dev copies, Immigranta on
// ola-ade.pages.dev, machlilies.com (an AI helper for practices whose page gives no product or company name): leads.
// Agencies, consultancies and services: propertyautomationsai.com, storefrontai.eu, dunaai.dev, vortexaiadvisory.com,
// lyght.work, softomatesolutions.com, theaiconsultancy.ai, cordrey.co, graemekerr.co.uk, scotwebstudio.co.uk,
// argylldev.com (AI inference hosting beside consulting), universoftware.ai, acuityai.co, mike-english.com. Sites about
// AI rather than AI tools: sendparentshelp.com (a knowledge base behind a custom GPT), holdtheline.support (prompts for
// Claude), logicballs.com's prompt page. Public bodies, schools, law firms, recruiters and news as met. Shared hosts:
// solicitor-proposal.pages.dev, london-plumber-ai.pages.dev, jc-insights-platform.pages.dev, sencoai-website.pages.dev,
// wa-website-live.pages.dev, runbook-k9v.pages.dev, scrutinyai.pages.dev, ola-ade.pages.dev,
// examprepai-app.lovable.app.
//
// Same names: AIMAI's platform is named "AIMAI PRISM" here, beside Prism (prismshorts.app, long-tail-c14) and OpenAI's
// Prism; SchoolGPT's policy gives privacy@schoolgpt.com, a host the searches did not return and that is not claimed.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const regionalC23UkieTools: Tool[] = defineTools(
  'productivity',
  [
    // --- UK law, research, tax and accounting ---
    { id: 'writford', name: 'Writford', vendor: 'Writford', category: 'search', domains: ['writford.co.uk'], source: 'https://www.writford.co.uk/ai-policy' }, // AI policy: AI-powered legal research and drafting for solicitors in England and Wales, on Claude and Amazon Nova via AWS Bedrock in London
    { id: 'my-research-ai', name: 'my-research.ai', vendor: 'MY-RESEARCH.AI LTD', category: 'search', domains: ['my-research.ai'], source: 'https://www.my-research.ai/terms' }, // terms (England and Wales): a retrieval chatbot answering professionals from official UK documents such as the Building Regulations, with citations
    { id: 'hello-bart', name: 'Bart', vendor: 'HELLO BART LTD', domains: ['hellobart.com'], source: 'https://hellobart.com/terms.html' }, // terms (England and Wales): "your personal AI accountant" for sole traders, categorising bank transactions with AI and submitting Making Tax Digital updates to HMRC
    { id: 'infinite-accountant', name: 'Infinite Accountant', vendor: 'Jack Ross Limited', domains: ['infiniteaccountant.com'], source: 'https://infiniteaccountant.com/data-processing-agreement/' }, // data-processing agreement (Manchester): an AI-assisted technical review of draft UK statutory accounts, in an invitation-only trial
    { id: 'advisoryai', name: 'AdvisoryAI', vendor: 'AdvisoryAI', category: 'meeting', domains: ['advisoryai.com'], source: 'https://advisoryai.com/blog/ai-vs-traditional-documentation-financial-advisers' }, // vendor blog on its own product: AI meeting notes, suitability-report drafting and Consumer Duty checks for FCA-regulated UK advice firms
    // --- Ireland: business advice, agent platforms, voice receptionists ---
    { id: 'aicores', name: 'AICORES', vendor: 'AI-CORES Digital Systems Limited', domains: ['aicores.ai'], source: 'https://www.aicores.ai/legal/privacy' }, // privacy (registered in Ireland): a business platform whose AI advisor answers queries and generates AI-powered insights from the firm's data
    { id: 'interactiveai', name: 'InteractiveAI', vendor: 'InteractiveAI Ltd.', category: 'agents', domains: ['interactive.ai'], source: 'https://docs.interactive.ai/platform-fundamentals' }, // docs: a platform where each Interactive Agent is a configurable AI assistant deployed as a service; its terms name a Dublin company
    { id: 'airis-ie', name: 'Airis', vendor: 'GREEN SHEEP FAMILY FACTORY LIMITED', category: 'audio', domains: ['airis.ie'], source: 'https://airis.ie/privacy' }, // privacy: an Ireland-based AI voice receptionist and dispatcher for trades, writing AI summaries of callers' jobs
    { id: 'callmeie', name: 'CallMeIE', vendor: 'CallMeIE Technologies', category: 'audio', domains: ['callmeie.ie'], source: 'https://callmeie.ie/legal/terms.html' }, // terms (Limerick): an AI receptionist voice agent answering and booking calls, beside document extraction and AI-first websites
    // --- UK phone receptionists and messaging agents ---
    { id: 'tradesai-operator', name: 'TradesAI Operator', vendor: 'TradesAI Operator Ltd', category: 'audio', domains: ['tradesaioperator.uk'], source: 'https://tradesaioperator.uk/privacy' }, // privacy (Companies House): an AI receptionist for trade businesses whose calls are processed via Retell AI into transcripts and bookings
    { id: 'plumbercallguard', name: 'PlumberCallGuard', vendor: 'TradesmenAI Ltd', category: 'audio', domains: ['plumbercallguard.co.uk'], source: 'https://plumbercallguard.co.uk/privacy' }, // privacy (England and Wales, ICO): an AI assistant answers calls for tradespeople and transcribes and summarises them
    { id: 'autoreceptionist-ai', name: 'AutoReceptionist', vendor: 'APPS 365 LTD', category: 'audio', domains: ['autoreceptionist.ai'], source: 'https://autoreceptionist.ai/privacy' }, // privacy (London): an AI-powered phone receptionist for UK small businesses, with transcripts generated by AI
    { id: 'bookedsolid', name: 'BookedSolid', vendor: 'BookedSolid Ltd', category: 'audio', domains: ['bookedsolid.co.uk'], source: 'https://bookedsolid.co.uk/privacy' }, // privacy (UK GDPR): AI receptionist services for healthcare clinics that talk with patients and take appointment requests
    { id: 'lettie-asklettie', name: 'Lettie', vendor: 'QUALISYNC LIMITED', category: 'agents', domains: ['asklettie.com'], source: 'https://asklettie.com/privacy' }, // privacy (Mildenhall, ICO): an AI-powered WhatsApp chatbot for landlords and their tenants
    // --- schools and exams ---
    { id: 'schoolgpt-uk', name: 'SchoolGPT', vendor: 'SchoolGPT Limited', category: 'chat', domains: ['schoolgpt.co.uk'], source: 'https://schoolgpt.co.uk/policies/eu-privacypolicy' }, // privacy (UK company): a free service whose inputs are answered by third-party AI models, and a personalised AI service for schools
    { id: 'aioexamhelper', name: 'aioexamhelper', vendor: 'aioexamhelper', domains: ['aioexamhelper.com'], source: 'https://aioexamhelper.com/privacy/' }, // privacy (UK sole trader): exam revision whose core feature sends answers to a large language model to grade against the mark scheme
    { id: 'rubrical', name: 'Rubrical', vendor: 'OpenKit Ltd', domains: ['rubrical.ai'], source: 'https://rubrical.ai/infopages/ai-edtech-privacy-policy' }, // privacy (UK GDPR): an AI-powered formative assessment tool producing AI-generated assessments of pupils' work for teachers
    { id: 'sen-tools-anthill', name: 'SEN Tools', vendor: 'The Anthill Group', category: 'writing', domains: ['anthilltools.co.uk'], source: 'https://anthilltools.co.uk/legal/ai-transparency' }, // AI transparency statement (ICO): generative AI from OpenAI and Anthropic turns EHCPs into SMART plans, pupil profiles and provision summaries
    // --- CVs and visas ---
    { id: 'cv-tailor-uk', name: 'CV Tailor', vendor: 'CV Tailor', category: 'writing', domains: ['cv-tailor.uk'], source: 'https://www.cv-tailor.uk/terms' }, // terms (England and Wales): uses AI to critique and rewrite CVs for a job, score keywords and write cover letters
    { id: 'cvsense', name: 'CVSense', vendor: 'CVSense', category: 'writing', domains: ['cvsense.co.uk'], source: 'https://cvsense.co.uk/ai-ethical-policy' }, // AI policy: large language models analyse CVs and job descriptions, tailor CVs and cover letters and prepare applications
    { id: 'visavault-uk', name: 'VisaVault', vendor: 'AuditVault Limited', category: 'writing', domains: ['visavault.co.uk'], source: 'https://visavault.co.uk/privacy' }, // privacy (England and Wales, ICO): Claude via AWS Bedrock writes a UK visa applicant's document checklist and covering letter
    { id: 'global-talent-ai', name: 'Global Talent AI', vendor: 'Global Talent AI', category: 'writing', domains: ['ukglobaltalentvisa.org'], source: 'https://www.ukglobaltalentvisa.org/privacy' }, // privacy (London): an AI-assisted drafting studio for the UK Global Talent visa, with suggestions and grading by large language models
    { id: 'uktalentvisaai', name: 'UKTalentVisaAI', vendor: 'UKTalentVisaAI', domains: ['uktalentvisaai.com'], source: 'https://www.uktalentvisaai.com/terms.html' }, // terms (UK GDPR): an AI-powered eligibility assessment for the UK Global Talent visa, not regulated immigration advice
    { id: 'torlyai', name: 'TorlyAI', vendor: 'TorlyAI', domains: ['torly.ai'], source: 'https://torly.ai/blog/ensuring-data-privacy-secure-ai-frameworks-for-uk-innovator-visa-solicitors/' }, // vendor blog on its own product: an AI-powered UK Innovator Visa application assistant with privacy-preserving AI for solicitors
    // --- Scotland and general platforms ---
    { id: 'scott-bargains-ai', name: 'Scott Bargains AI', vendor: 'SCOTT BARGAINS LTD', category: 'writing', domains: ['scottbargains.com'], source: 'https://www.scottbargains.com/legal/privacy' }, // privacy (registered in Scotland): restaurants submit prompts and brand details and the AI returns generated content
    { id: 'aimai-prism', name: 'AIMAI PRISM', vendor: 'AIMAI Ltd', category: 'agents', domains: ['aimai.co.uk'], source: 'https://aimai.co.uk/privacy-policy' }, // privacy (UK GDPR): PRISM, a governed AI platform for deploying AI assistants, workflows and knowledge tools
  ],
  { checked: CHECKED_C23, region: 'europe' },
);
