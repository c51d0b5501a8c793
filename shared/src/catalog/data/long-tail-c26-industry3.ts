// Twenty-sixth session, third industry pass (2026-12-07, helper `industry3`): AI tools for physical industries that
// people at such companies use in the browser, beside the twentieth session's industry pass (long-tail-c20-industry.ts),
// the twenty-second session's second industry pass (long-tail-c22-industry2.ts), the twenty-fourth session's verticals
// pass (long-tail-c24-verticals.ts) and the earlier verticals files (long-tail-industry.ts, long-tail-c16-verticals.ts,
// long-tail-c18-verticals.ts), whose rows and left-out hosts were read first and are not repeated. Here: construction
// (an AI field-documentation and daily-log tool, an AI payments-and-risk platform on Anthropic's Claude, AI electrical
// takeoff from drawings, an AI HVAC estimating pipeline, an AI drawing-defect reviewer on language models, an AI
// estimate widget for contractors on OpenAI); architecture and engineering (an AI permitting and code-compliance
// platform, an AI assistant that drives Revit, Rhino, Archicad and IFC models over MCP); logistics and freight (AI
// extraction of freight RFQ emails on Google Gemini, an AI inbox tool for freight brokers); procurement (an AI-native
// RFQ platform and an AI sourcing tool that picks suppliers and finds new ones); field service (an AI triage and dispatch
// service for maintenance requests); and agriculture (an AI farm-advice chat and AI agronomy reports from soil tests).
//
// Leads. 38 look-ups of the 40 allowed, all `search` calls in the stored `pages` corpus, counted as they were made;
// two were left unused. Queries worded the way vendors word their own privacy policies, terms, AI disclosures, AI
// policies, docs and product blogs, by industry: AI construction estimating and takeoff from plans, building-code
// compliance of drawings, AI visual quality inspection, AI freight quoting, maintenance-manual assistants, HS-code
// classification, agronomy assistants, RFP response, daily site reports from voice and photos, bid and tender writing,
// CAD and BIM copilots, AI dispatch for carriers, spend analysis, aviation MRO records, maritime chartering emails,
// field-service job reports, dealership AI, utility interconnection, industrial shop-floor copilots, electrical
// takeoff, submittal review, construction safety plans, permit applications, solar proposals, supplier sourcing,
// customs brokerage documents, MEP and HVAC design, public tenders, text-to-CAD, fleet diagnostics, oil and gas, 3PL
// operations, livestock and farm apps, change orders and RFIs, energy audits, pilots' assistants and remodelers' quotes.
// The dealership, customs, tender, energy, oil-and-gas, 3PL and aviation look-ups returned articles, consultancies,
// patents, vendors already listed and general products almost only. Every row cites a page with a path on the
// product's own host where the vendor says the product answers, drafts, extracts, estimates, reviews or recommends with
// AI, language models or a named model provider; for Archi Automate, Aginera, Drawer AI, BuildCrux and Archistar that
// page is the vendor's own blog or product article about its own product. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ and in the other helpers' c26 files first.
//
// Already listed and left to their entries: Construction Estimator, ConstructQuote, PILARS, TrueLeveler, ArchiMind,
// Numeo, DutyDesk, Camtom, ProposalFirewall, RFP.ai, PreciAgro, ProcureLabs, TenderIQ,
// TenderAI, Tendor, AEC Assistant, SafeBrief, Completa, QuoteDrop (and jobestimate.app), EstimateIQ, SnapQuote, Car Genius AI, AI Lead
// Respond, DealerAutoPilot (dealerautopilotai.com), Dealer On Call, FarmPaddy and Leo AI (getleo.ai).
//
// Measured with /work/helpers/classify-hosts.mts on the 237 hosts the searches returned (vendors, articles, patents,
// consultancies, directories and shared hosts alike, in /work/helpers/out/industry3-hosts.txt): 33 classified before
// (13.9%), 49 after (20.7%).
//
// Doubtful rows. Techni AI's policy is for a maintenance-request service that triages, prices and assigns jobs to
// technicians with AI and sells coin balances; it reads as a service platform built around its AI triage, counted as an
// AI tool. FarmAsk's policy sits on legal.farmask.ai and describes a mobile app whose conversations hold AI-generated
// answers; the row claims farmask.ai, the product's own domain, whose root page was not read. STEM Agronomy's policy
// names AI model providers (OpenAI, Anthropic, Google) among the processors of the soil and DRIS reports it turns into
// agronomy reports. Archistar was left out by the eighteenth-session verticals pass as seen only on blogs; its article
// on real AI permitting, by its own head of product, describes Archistar's machine-learning, computer-vision and
// language-model system, and is counted here as a page on its own product. Drawer AI's page is a blog post on on-screen
// takeoff that names DRAWER AI as the tool whose AI counts devices and routes branch circuits; Aginera's is a technical
// post on how its AI infers electrical assemblies, pointing to its own pipeline walkthrough.
//
// Left out. Shared platforms and servers: freightbid.polsia.app, dealerautopilot.polsia.app (listed under its own
// host), cais.srv1308213.hstgr.cloud (an AI takeoff and BOQ service on a hosting server), borzo.onrender.com (CAD
// Co-Pilot on Anthropic's Sonnet, a plugin on a shared host: a lead), bim-automation-studio.github.io,
// shiplinker-website.pages.dev (ShipLinker, a Singapore maritime AI-agent company: a lead for shiplinker's own host),
// procurementaiagents.pages.dev, cargoiq.pages.dev, herdkeeper.pages.dev, agrum-ai-website.pages.dev (as before),
// tender-ai-pi.vercel.app and fast.hugflare.com. Drafts, placeholders and test hosts: kephalabs.com (BuildMate's policy
// marked as a draft placeholder), privacy.zws.ink (a tender-platform policy with "[COMPANY LEGAL NAME]"),
// mittimagic.xyz (a farm-advisory data policy for a test deployment), test.app.spoterix.ch (as before), stg.numeo.ai
// (as before), revithelpdesk.co.uk (a Revit guide's chatbot policy with support@yourcompany.com). Pages that do not say
// the product uses AI, or only in its name: preqonn.com (as before), estimate4u.io, glintect.com (computer-vision inspection, AI not said),
// procurex.ai (spend benchmarking), gridline.ai (interconnection packets), sub-pro-ai.com (submittal logs; only a
// no-training promise), paintquote.ai (PaintQuote AI: voice transcripts, AI not said: a lead), herdos.com,
// openpasture.dev (a ChatGPT app for graziers: a lead), privacy.farmercopilot.app (a policy with no path, AI not said).
// General products where AI is one feature among many: Responsive's RFP platform (its AI supplementary terms),
// Spendflo's spend management, Struxcor's field reports (as before), PermitPilot
// (AI drafting over deterministic compliance rules), HazardHawk's safety platform, SurgePV's solar design suite,
// DirtFleet's fleet-maintenance app (six AI modes in a maintenance log), Kuayo's pig-farm records app with a Gemini
// assistant, AirOS (aviation operations software with AI features), PlaneConnection's safety module (its ALI assistant,
// on docs.planeconnection.com), Siemens' Insights Hub Production Copilot (documentation.mindsphere.io), iFactory's
// on-premise Plant Copilot (ifactoryapp.com), Ship Partners' ship-finance site with an AI chat (shipfinance.jp),
// Guest Trip's AI policy for its yacht-charter products (guest-trip.com), Cassidy (a general AI automation platform's
// change-order page), Formize (an AI form builder's blog). `?p=` pages: windward.ai (Windward's AI systems usage guide:
// a lead for a page with a path), shipin.ai, mro-pro.com, 1-degree.com, 4aiworld.com, softlabsgroup.com,
// autotestinghub.com, cortneyarenstein.com. Vendors seen only on blogs, guides or glossaries that do not describe
// their own product, or whose product stays unclear: freight-surge.com (as before), haulbase.ai, bidterms.com (as
// before), f7i.ai and octonomy.ai (as the c18 pass found), yardwise.ai (a guide to choosing fleet knowledge tools: a
// lead), purchaser.ai, mrtek.ai, ekyon.io, beactive.ai, g3nr8.ai, talkinvoice.com (Plyer), miragemetrics.com
// (cargoscribe), revit-smarttools.com, phosailabs.com, avery.software, hvacapi.com, trueleveler.com's daily-log page
// (listed). Leads whose pages name the product's AI but were judged too doubtful for a row: procurestack.com (an
// email-labelling Gmail tool on OpenAI from a procurement company whose main product was not seen), chartera.io (a
// maritime voyage-operations platform that parses shipping emails, with an AI-assisted copilot among its features),
// zoo.dev (Zoo's text-to-CAD ML API docs; Zoo also sells a CAD design studio, so the AI may be one product among
// several). Agencies, consultancies, courses and directories:
// visioninspect.ai (custom vision models built under statements of work), intelligex.ai, kriv.ai, lnetec.com,
// padiso.co, arkeoai.com, agentreadypoc.com, strategixagents.com, krasa.ai, eliteaiadvantage.com, humanr.ai,
// firmadapt.com, theneuralbase.com, deepspeedai.com, aiqlabs.ai, sysgenpro.com, ezintegrations.ai, 4rty.com,
// unicornfactories.com, contextcapability.com, findskill.ai, academy.trainar.ai, toolorbit.site (as before),
// mercpl.us, gofirstconsulting.com, docs.keeptrusts.com, docs.coditect.ai, playbookatlas.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26Industry3Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- construction ---
    { id: 'jobsite-intel-ai', name: 'JobSite Intel AI', vendor: 'JobSite Intel AI', domains: ['jobsiteintelai.com'], source: 'https://jobsiteintelai.com/ai-transparency' }, // AI transparency notice: field voice notes transcribed by AI, and its assistant Soren writes daily-log narratives, field reports and closeout stories for construction projects
    { id: 'buildsynq', name: 'BuildSynq', vendor: 'BuildSynq', domains: ['buildsynq.com'], source: 'https://buildsynq.com/ai-disclosure.html' }, // AI disclosure: AI is central to the product, on Anthropic's Claude models: photo-verification and payment-automation agents, contractor risk scores and cost intelligence for construction projects
    { id: 'aginera', name: 'Aginera', vendor: 'Aginera', domains: ['aginera.ai'], source: 'https://aginera.ai/blog/ai-electrical-assemblies-2d-plans-beyond-symbol-counting' }, // product blog: how Aginera's AI reads 2D electrical plans, counts devices and infers circuits and assemblies for estimators
    { id: 'drawer-ai', name: 'Drawer AI', vendor: 'Drawer AI', domains: ['drawer.ai'], source: 'https://drawer.ai/blog/why-you-should-be-using-onscreen-takeoff-drawer-ai' }, // product blog: DRAWER AI takes uploaded drawings, and its AI counts devices, routes branch circuits and exports the takeoff
    { id: 'buildcrux', name: 'BuildCrux', vendor: 'BuildCrux', domains: ['buildcrux.com'], source: 'https://buildcrux.com/for/hvac/ai-workflow' }, // product article: BuildCrux's multi-pass AI pipeline of model calls that identifies sheets, takes off quantities and prices HVAC bids from plan sets
    { id: 'redline-best', name: 'Redline (drawing review AI)', vendor: 'Redline', domains: ['redline.best'], source: 'https://redline.best/legal/ai-disclaimer.html' }, // AI disclaimer: uploaded construction drawings are analysed by large language models that report defects, code references and corrective actions
    { id: 'snapestimate', name: 'SnapEstimate', vendor: 'SnapEstimate', domains: ['snapestimate.net'], source: 'https://snapestimate.net/privacy' }, // privacy: an AI chat widget on contractors' sites that prices homeowners' projects, with OpenAI as the AI provider
    // --- architecture and engineering ---
    { id: 'archistar', name: 'Archistar', vendor: 'Archistar', domains: ['archistar.ai'], source: 'https://www.archistar.ai/blog/real-ai-permitting/' }, // product article by its head of product: Archistar's permitting and compliance platform combines machine learning, computer vision and large language models to check plans
    { id: 'archi-automate', name: 'Archi Automate', vendor: 'Archi', domains: ['goto.archi'], source: 'https://goto.archi/blog/post/is-it-safe-ai-bim-model' }, // product blog: an AI-for-AEC tool that lets AI clients query and edit Revit, Rhino, Archicad and IFC models over MCP, read-only by default
    // --- logistics and freight ---
    { id: 'fasterquotes', name: 'FasterQuotes', vendor: 'FasterQuotes', domains: ['fasterquotes.io'], source: 'https://fasterquotes.io/privacy-policy' }, // privacy: an AI-powered service that extracts structured data from logistics RFQ emails, using Google Gemini's paid API
    { id: 'freightsurf', name: 'FreightSurf', vendor: 'FreightSurf', domains: ['freightsurf.com'], source: 'https://freightsurf.com/privacy' }, // privacy: an AI-powered inbox intelligence platform for freight brokers that reads carrier emails, verifies carriers and offers AI-assisted load matching
    // --- procurement ---
    { id: 'procai', name: 'PROCAI', vendor: 'PROCAI', domains: ['procai.world'], source: 'https://www.procai.world/privacy' }, // privacy: an AI-native procurement platform for RFQ drafts, supplier quotations and comparison sheets, sending RFQs from the buyer's mailbox
    { id: 'sourced-procurement', name: 'Sourced (procurement AI)', vendor: 'Sourced', domains: ['gosourced.ai'], source: 'https://www.gosourced.ai/en/docs/help/suppliers' }, // help docs: the AI picks which suppliers to ask for quotes from the supplier base and finds new suppliers with AI-powered search
    // --- field service ---
    { id: 'techni-ai', name: 'Techni AI', vendor: 'Techni AI', domains: ['techniai.net'], source: 'https://www.techniai.net/privacypolicypage/' }, // privacy: maintenance requests are categorised, rated for urgency and matched to technicians by AI triage models
    // --- agriculture ---
    { id: 'farmask', name: 'FarmAsk', vendor: 'FarmAsk', category: 'chat', domains: ['farmask.ai'], source: 'https://legal.farmask.ai/privacy' }, // privacy (on its legal subdomain): a farming-advice app whose conversations hold AI-generated responses, with a farm notebook of facts drawn from them
    { id: 'stem-agronomy', name: 'STEM Agronomy', vendor: 'STEM Agronomy', domains: ['stemagronomy.com'], source: 'https://www.stemagronomy.com/privacy/' }, // privacy: uploaded soil and DRIS reports turned into agronomy reports, processed by AI model providers (OpenAI, Anthropic, Google)
  ],
  { checked: CHECKED_C26 },
);
