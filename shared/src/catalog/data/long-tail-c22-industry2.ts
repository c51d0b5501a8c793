// Twenty-second session, second industry pass (2026-12-07, helper `industry2`): AI products for particular industries
// that no entry claimed yet, beside the twentieth session's industry pass (data/long-tail-c20-industry.ts), the
// sixteenth and eighteenth sessions' verticals passes (long-tail-c16-verticals.ts, long-tail-c18-verticals.ts), the
// seventh session's vertical files (long-tail-c7-vertical*.ts) and the twenty-first session's local-business pass
// (long-tail-c21-localbiz.ts), whose rows and left-out hosts were read first and are not repeated. Here: real estate
// (an AI virtual-staging and design tool, an AI lead-engagement platform and an AI voice agent for realtors, an AI
// leasing and resident-support assistant for apartment communities, AI report writers for home inspectors, an AI
// home-inspection tool for builders and lenders, an AI inspection-report summariser for buyers); construction and
// engineering (a cited AI question-answering tool over project documents, an AI drawing-analysis platform, an AI
// specification writer, an AI document chat for tenders); manufacturing and supply chain (an AI purchase-order
// assistant for buyers, an AI maintenance and plant-operations platform); logistics (AI customs classification for
// brokerages); automotive (an AI BDC and service agent for dealerships, an AI car-damage assessor, an AI ad-copy tool
// for vehicle dealers); insurance (AI agents for claims operations, an AI claim-denial dispute writer); hospitality (an
// AI phone-ordering assistant for restaurants); and agriculture (two AI crop-diagnosis apps).
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms, AI
// disclosures, AI policies, SMS-consent pages, docs and use-case pages ("photos processed by Google Gemini", "calls
// handled by an AI system", "drawings processed by our AI systems", "AI-generated listing copy", "AI Features
// Disclaimer", "we use Anthropic's Claude API", "AI-assisted drafting") and anchored on each industry's own objects:
// virtual staging, CMAs, listing descriptions and Fair Housing, leasing assistants, home-inspection reports, plan
// review, submittals, bid leveling, spec sections, RFQs, CNC quotes, CAPA, purchase-order follow-up, maintenance
// manuals, AI dispatch, freight quote emails, HS codes, BDC and service-drive calls, collision estimates, claims notes,
// underwriting submissions, certificates of insurance, hotel concierges, restaurant phone orders and review replies,
// crop photos, livestock, grant proposals, donor appeals and federal RFPs. Five look-ups asked after vendors met on the
// way (Roots, General Magic, Cleat, SamSearch, Meltplan); only the Roots one found a page with a path on the vendor's
// own host. The grant-writing, donor, federal-proposal and SAM.gov look-ups returned vendors already listed
// (GrantsAndEquity, GovEagle), articles, law-firm notes and shared-platform drafts: no row here; so did the CAPA,
// hotel-concierge, MGA and 3PL look-ups. Every row cites a page with a path on the product's own host that says in the
// vendor's words that the product stages, answers, calls, drafts, analyses, classifies or diagnoses with AI, a language
// model or a named model provider; for IntelMS, TrussNote, Offertes.ai, PO-Relay, Roots, DisputeAI and DisclosureDuo
// that page is the vendor's own explainer, comparison, use-case, case-study or blog page on its product. Hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to their entries:
// AI Virtual Staging (aivirtualstaging.pro), Virtual Stage Design, Staging Wizard, Virtual Designer, RoomsThatSell,
// DealerAutoPilot, Dealer On Call, InspectMind AI, PILARS, Helonic, Numeo, FreightConnect, PreciAgro, BusyOtter, Bite
// Buddy, BiteBot, Grants & Equity, GovEagle, Insurnest, FurtherAI, Haven (usehaven.ai), AI Property Writer, Restaurant
// Reputation Tools, Collision Repair AI (CRAIG), AutoShop Voice AI, VocaIQ, Numa and InspectorData.
//
// Measured with /work/helpers/classify-hosts.mts on the 290 hosts the searches returned (vendors, articles, trade
// press, consultancies, law firms, mirrors and shared hosts alike, in /work/helpers/out/industry2-hosts.txt): 34
// classified before (11.7%), 57 after (19.7%).
//
// Not listed although its page qualifies: FreightSurge (freight-surge.com), left to a later pass by the c18 and c20
// passes as seen only on its blog; its insights post on the guardrails it ships (typed extraction, retrieval over the
// broker's loads, broker-approved AI drafts of quote replies, no training on customer email) describes its own product,
// but the c20 industry pass's test keeps www.freight-surge.com as a trap: a lead for the merge, which may list it and
// drop that trap.
//
// Doubtful rows. Acuity's policy, read on unitiproperty.com, names Acuity Leasing LLC and an AI-powered leasing and
// resident-support platform; the domain's brand differs from the name on the page, and only that domain is claimed.
// autofill's terms (autofill.no, whose support address is on websoul.no) say the service generates vehicle ad copy
// "including through AI"; it is listed as an AI ad-copy tool for dealers, with the region inferred from its .no domain
// and Norwegian provider. Roots (roots.ai) was renamed Bevaya in May 2026 according to an actuarial trade article
// (actuary.info); Bevaya's own host was not returned, so only roots.ai is claimed: a lead for a second host. DisputeAI
// writes dispute letters for several kinds of consumer dispute; its page on insurance-claim denials is the one read.
//
// Left out. Shared platforms and staging or test hosts (dealerautopilot.polsia.app, vermont-ai-systems.polsia.app,
// stg.numeo.ai, test.app.spoterix.ch with a "[PRIVACY_CONTACT_EMAIL]" placeholder, staging.define.ag,
// agrum-ai-website.pages.dev for Agrum AI, whose own agrum.ai the searches did not return: a lead,
// agrisphere-fram.netlify.app, a sites.google.com farm app, grant-ai-indol.vercel.app with "[COMPANY LEGAL NAME]",
// consumer-dividends.pages.dev's ListingPro terms, stage-ai-three.vercel.app, restaurant-revolution-docs-dev.pages.dev,
// ghasi-docs-portal.pages.dev, oi-sys-starlight.pages.dev, hoomanjaka.github.io's SAM.gov Copilot); drafts and
// placeholders (tasteem.com's "[COMPANY NAME]", buildmind.tech's policy marked as a draft for legal review,
// conestruct.com's placeholder, pasturepad.com's notice awaiting a lawyer); `?p=` pages (listinghub.ai's blog: a lead);
// an app's policy on its developer's company site (AgroNorm on kamagram.com, whose backend is a herokuapp.com host);
// pages that do not say the product uses AI, or only in its name (askunclesam.ai, preqonn.com, realtyopspro.ai,
// docugov.ai, dispatcherpro.ai and lbostack.com as the c20 pass found, truckrelay.com, bdcautomation.com,
// autorealty.ai, agentledgerpro.com, aavikgroup.com); general products where AI is one feature or plan among many
// (Struxcor's field reports, Lot Barrier's Pro plans, Dealer Essential's dealer suite, Restaurant Platforms'
// restaurant-operations suite, OnboardOS's restaurant assistant, Inspectr's AI Report Builder on homeinspectr.com,
// Realestic's agent suite, DispatchTrack, Dispatch Stream's Bisoka Copilot, Bramlett Partners' CMA builder); vendors
// seen only on blogs, glossaries or guides that do not describe their own product (withmason.ai and its mirror
// masonai.theshopifypro.com, meltplan.com, kwantflow.com, quoteforge.gridex.ai, quickhome.ai, useclearline.com,
// kinro.ai, getvortic.com, news.generalmagic.inc, ai.morsl.ai, buildsync.ai, haulbase.ai, getautorelay.com and
// automatedrealtor.io again, barnyly.com, grantgunner.org: leads); agencies, consultancies and course sites
// (omnionlinestrategies.com, j-preston.com, firmadapt.com, cloudnsite.com, nerova.ai, opsrev.ai, krasa.ai,
// eliteaiadvantage.com, theneuralbase.com, zapcom.ai, symphonize.com, humanr.ai, deepspeedai.com, agent-works.ai,
// alexanderdatasolutions.com, mercpl.us); a horse-nutrition brand's chatbot (Dr Nerida AI on myhappy.horse, whose
// chatbot host was not returned); and products already listed. Leads for a later pass: liberateinc.com (Liberate's
// insurance-AI glossary, perhaps a second host of the listed Liberate, liberate.ai), Bevaya, Cleat (cleat.ai),
// SamSearch (samsearch.co), Agrum AI (agrum.ai), ListingHub AI and Mason (withmason.ai), none of whose own pages with a
// path the searches returned.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Industry2Tools: Tool[] = defineTools(
  'agents',
  [
    // --- Real estate: staging, realtors' AI agents, leasing, home inspection ---
    { id: 'stagify-ai', name: 'Stagify', vendor: 'Stagify LLC', category: 'image', domains: ['stagify.ai'], source: 'https://stagify.ai/privacy.html' }, // privacy: virtual staging, mask edits, AI Designer images and CAD renders generated from uploaded room photos and floor plans
    { id: 'realtoros', name: 'RealtorOS', vendor: 'RealtorOS', domains: ['realtoros.io'], source: 'https://realtoros.io/privacy' }, // privacy: a platform for real estate professionals to engage leads with automation and AI tools, including AI-driven conversations
    { id: 'closefasterai', name: 'CloseFasterAI', vendor: 'CloseFasterAI.com', domains: ['closefasterai.com'], source: 'https://www.closefasterai.com/privacy' }, // privacy: an AI-powered voice agent platform for realtors that answers and records lead calls, with AI transcripts and AI-assisted email replies
    { id: 'acuity-leasing', name: 'Acuity', vendor: 'Acuity Leasing LLC', domains: ['unitiproperty.com'], source: 'https://www.unitiproperty.com/privacy' }, // privacy: an AI-powered resident-support and leasing platform for apartment communities, its AI assistant on web chat and SMS
    { id: 'inspectscribe', name: 'InspectScribe', vendor: 'InspectScribe', category: 'writing', domains: ['inspectscribe.com'], source: 'https://inspectscribe.com/privacy.html' }, // privacy: home inspectors' voice recordings and photos turned into transcriptions and AI-assisted report drafts
    { id: 'inspectdraft', name: 'InspectDraft', vendor: 'InspectDraft', category: 'writing', domains: ['inspectdraft.com'], source: 'https://inspectdraft.com/privacy' }, // privacy: structural observations submitted to its AI endpoints and processed by Google Gemini to generate inspection report content
    { id: 'selfinspect-ai', name: 'SelfInspect.ai', vendor: 'SelfInspect.ai', category: 'other', domains: ['selfinspect.ai'], source: 'https://selfinspect.ai/privacyAndPolicy' }, // privacy: AI-driven home inspections for builders and lenders, photos and property details analysed by its AI models into reports
    { id: 'disclosureduo-ai', name: 'DisclosureDuo AI', vendor: 'DisclosureDuo AI', category: 'productivity', domains: ['disclosureduo.ai'], source: 'https://disclosureduo.ai/blog/how-to-read-and-summarize-a-home-inspection-report-with-disclosureduo-ai' }, // its buyer's guide on its product: an AI document-analysis tool that summarises and prioritises home inspection reports

    // --- Construction and engineering: project documents, drawings, specifications, tenders ---
    { id: 'intelms', name: 'IntelMS', vendor: 'IntelMS', category: 'search', domains: ['intelmsagent.com'], source: 'https://intelmsagent.com/ai-for-construction-documents' }, // its page on its product: AI answers grounded only in the project's drawings and specs, each fact cited to sheet or section, human-gated
    { id: 'planshield', name: 'PlanShield', vendor: 'BuildShield', category: 'other', domains: ['planshield.co'], source: 'https://planshield.co/privacy' }, // privacy: an AI-powered construction drawing analysis platform; uploaded drawings are processed by its AI systems into risk reports
    { id: 'trussnote', name: 'TrussNote', vendor: 'TrussNote', category: 'writing', domains: ['trussnote.com'], source: 'https://www.trussnote.com/compare/spec-writing' }, // its comparison page: AI spec writing that identifies the CSI section and standards and generates the three-part specification
    { id: 'offertes-ai', name: 'Offertes.ai', vendor: 'Offertes.ai', category: 'search', domains: ['offertes.ai'], source: 'https://offertes.ai/blog/chat/en' }, // its blog on its product: AI Document Chat answers tender questions from specs, drawings, clarification notes and quotes with source references

    // --- Manufacturing and supply chain ---
    { id: 'po-relay', name: 'PO-Relay', vendor: 'PO-Relay', category: 'productivity', domains: ['porelay.com'], source: 'https://porelay.com/use-cases/ai-purchase-order-assistant' }, // its use-case page: an AI purchase-order assistant that parses supplier replies, matches them to PO lines and drafts follow-ups
    { id: 'monitory', name: 'Monitory', vendor: 'Tactical Edge AI, LLC', category: 'other', domains: ['monitory.ai'], source: 'https://www.monitory.ai/ai-policy' }, // AI policy: AI at the core of the platform, for predictive maintenance, anomaly detection, root-cause help and technicians' manual look-ups

    // --- Logistics and customs ---
    { id: 'clear-ai-tariffchat', name: 'Clear.ai (TariffChat)', vendor: 'Clear.ai Systems Pty Ltd', domains: ['clear.ai'], source: 'https://www.clear.ai/privacy' }, // privacy: AI-native software for customs brokerages, with agent-assisted tariff classification (TariffChat) and lodgement automation

    // --- Automotive ---
    { id: 'dealsmart-ai', name: 'DealSmart AI', vendor: 'DealSmart AI, Inc.', domains: ['dealsmartai.com'], source: 'https://www.dealsmartai.com/privacy' }, // privacy: Max, an AI agent platform for dealerships' sales, service scheduling and customer messages by SMS, email and voice
    { id: 'car-damage-advisor', name: 'Car Damage Advisor', vendor: 'Muerto Limited', category: 'other', domains: ['cardamageadvisor.com'], region: 'europe', source: 'https://www.cardamageadvisor.com/privacy' }, // privacy: uploaded car-damage photos assessed with the Google Gemini API and reports written with Anthropic's Claude API
    { id: 'autofill-no', name: 'autofill', vendor: 'autofill', category: 'writing', domains: ['autofill.no'], region: 'europe', source: 'https://autofill.no/en/terms' }, // terms: tools for vehicle dealers to generate ad copy, including through AI, which the dealer must verify

    // --- Insurance ---
    { id: 'roots-ai', name: 'Bevaya (formerly Roots)', vendor: 'Bevaya (formerly Roots Automation)', domains: ['roots.ai', 'bevaya.ai'], source: 'https://www.roots.ai/case-studies/soaring-past-manual-claims-indexing-with-roots' }, // its case study: a claims-indexing AI agent that classifies and extracts claim documents with AI and LLMs, human review below a confidence threshold; renamed Bevaya in May 2026, whose bevaya.ai pages describe the same AI agents for insurers (joined at the twenty-third session's merge, from the leads5 pass's reading)
    { id: 'disputeai', name: 'DisputeAI', vendor: 'DisputeAI', category: 'writing', domains: ['trydisputeai.com'], source: 'https://trydisputeai.com/how-to/dispute-insurance-claim-denial' }, // its how-to on insurance-claim denials: appeals, reviews and complaints automated with AI-powered letters

    // --- Hospitality ---
    { id: 'restcall-ai', name: 'RestCall AI', vendor: 'RestCall AI', domains: ['restcall.ai'], source: 'https://restcall.ai/sms-consent' }, // SMS-consent page: its AI assistant answers restaurant calls, takes the order and submits it to the kitchen

    // --- Agriculture ---
    { id: 'cropcare-ai', name: 'CropCare AI', vendor: 'CropCare AI', category: 'other', domains: ['trycropcareai.com'], source: 'https://www.trycropcareai.com/privacy-policy' }, // privacy: plant and crop photos uploaded for AI analysis, with diagnoses and treatment recommendations
    { id: 'agrosphere-app', name: 'Agrosphere', vendor: 'Agrosphere', category: 'other', domains: ['agrosphereapp.com'], source: 'https://agrosphereapp.com/privacy.html' }, // privacy: crop scans diagnosed and farmers' questions answered by AI services including Google Gemini
  ],
  { checked: CHECKED_C22 },
);
