// Twenty-eighth session, fourth industry pass (2026-12-08, helper `industry4`): AI products for trades and industries
// outside office work that no entry claimed yet, beside the twentieth, twenty-second and twenty-sixth sessions'
// industry passes (long-tail-c20-industry.ts, long-tail-c22-industry2.ts, long-tail-c26-industry3.ts), the verticals,
// property, niches and science passes (long-tail-c16/c18/c24-verticals.ts, long-tail-c23-property.ts,
// long-tail-c24-niches.ts, long-tail-c26-niches2.ts, long-tail-c21-science.ts), the public-sector and nonprofit pass
// (long-tail-c26-govnp.ts) and the local-business pass (long-tail-c21-localbiz.ts), whose rows and left-out hosts were
// read first and are not repeated. Here: hospitality (an AI hotel concierge and website sales agent, AI drafting of
// restaurant recipe and invoice records); aviation (AI post-flight debrief analysis for flight instructors on Whisper
// and Claude); trades and home services (two AI answering services for contractors, an AI phone receptionist, an
// electricians' NEC reference tool on AI models); and two telephony platforms that put AI agents on phone lines.
//
// Leads. 38 look-ups of the 38 allowed, all `search` calls in the stored `pages` corpus, counted as they were made.
// Queries worded the way vendors word their terms, privacy policies, AI policies and help pages, by trade: AI takeoff
// from plans, building-code assistants, freight quoting, farm and livestock advisors, technicians' manual chat, sermon
// generators, donor and fundraising AI, hotel guest messaging, auto-repair diagnostics, aircraft maintenance logbooks,
// restaurant back-office AI, Bible-study apps, HACCP plans, safety data sheets, maritime chartering, HVAC and plumbing
// answering, solar interconnection, mining geology reports, trucking dispatch, manufacturing SOPs, PLC programming,
// CNC quoting, cattle herd apps, field-service work orders, toolbox talks, sermon clips, student-pilot training,
// service-advisor repair orders, NEC code lookup, vineyard scouting, zoning-code assistants, catering proposals, hotel
// voice agents, obituary writers, church staff assistants and pest-control technicians; two asked after vendors met on
// the way (OnCrew, BubblyPhone). The aviation-maintenance, SDS, PLC, CNC, mining, vineyard, solar and work-order
// look-ups returned articles, patents, consultancies and vendors' docs for general products almost only. Every row
// cites a page with a path on a host the row claims where the vendor says the product answers, drafts, analyses or
// voices with AI, AI models or a named model provider; for Karu and OnCrew that page is the vendor's own blog.
// Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ and in the tests first.
//
// Measured with /work/helpers/classify-hosts.mts on the 257 hosts the searches returned (vendors, articles, patents,
// consultancies, churches, directories and shared hosts alike, in /work/helpers/out/industry4-hosts.txt): 23
// classified before (8.9%), 32 after (12.5%).
//
// Already listed and left to their entries: TakeoffQS, TakeOffTrak, FarmAsk, FarmPaddy, SermonCoach, Gratefully,
// Bible Study Pro, bible-app (bibledaily.io), AiAutoDiag, Mechanic Guy, InvoiceAI (restinvoice.com), Sermon Clips,
// SafeBrief, SiteManager AI, PestLine AI, Crewy and AI Calling Assistant (ai-agents.in).
//
// Doubtful rows. OnCrew (oncrew.ai) was left by the c20 bots and c21 leads passes as seen only on its blog; the blog
// post read here is by its founder, who writes that he runs an AI answering service for HVAC and plumbing companies,
// and is counted as the vendor's word on its own product. Karu's page is its guide to AI data clean-up for restaurant
// costing, which says Karu's AI makes the first pass over recipes, invoices and menus and stores prompt and schema
// versions for the drafts. Electrician's Calculator is a calculator site whose terms say the service uses AI and
// machine-learning models for NEC code references and validation and disclaim AI-generated analyses: counted as an AI
// tool because the AI output is what the terms are about, a judgement. BubblyPhone Agents (Inhype Live Limited) and
// Phone4.ai (Westbridge Solutions LLC) are telephony APIs whose only purpose is to put AI agents on real phone calls
// (BubblyPhone's industry pages sell AI phone agents for HVAC firms; Phone4 transcribes callers for the customer's AI
// agent and voices its replies): listed as developer platforms. Only agents.bubblyphone.com is claimed; the parent
// bubblyphone.com was not read and is neither claimed nor trapped. Phone Phoebe says it is a UK business and takes the
// 'europe' region, as the UK and Ireland pass gave its rows.
//
// Left out. Shared platforms, staging and dev hosts: glendale-building-codes.vercel.app and an amplifyapp.com copy
// (building-code chat on Claude), galetech-rag.vercel.app, donorconnect-three.vercel.app, agrum-ai-website.pages.dev,
// biblejesus-web.pages.dev and voices-of-the-bible.pages.dev (their own biblejesus.live and voicesofthebible.app not
// read), theflash1002.github.io (Light Bible Study; lightbible.study not read), shiplinker-website.pages.dev (as
// before), astro-landing-dev.pages.dev, landingpage-poc.pages.dev (Landscaper Agent's AI design and proposal tools: a
// lead for its own host), nextunit-pro.pages.dev, iz0fv0up-web.staging.holyshift.ai (ConstructScan AI),
// web2025dev.guesty.com, stg.numeo.ai (as before), a sites.google.com copy of AutoFix AI's policy and a Notion page
// for Bible Paddy. Drafts and placeholders: aivirtualmechanic.com ("[Insert Date]"), www.cattlesystem.com ("[Your
// Company Name]", AI not said), kephalabs.com and pasturepad.com (as before), tasteem.com (as before),
// portal.ctrvenue.com (a venue-portal notice template), globalshipbroker.com (an LLM circular-parsing notice "to be
// reviewed by qualified counsel" beside a marketplace policy that does not say AI: a lead). `?p=` pages:
// constructiontakeoff.us, shipogre.com, aitoolsbakery.com, blackbaud.co.uk, shipin.ai, cowtechanalytics.com,
// grapeandwinemag.com, solarplandesign.com and oncallhomes.com (OnCall Homes, a contractor-matching service whose
// chatbot and phone receptionist run on OpenAI: general, and on a `?p=` page). A developer's host carrying apps:
// mechanic.clarke.rocks (AI Certified Mechanic on Apple's on-device model or Anthropic). Pages that do not say the
// product uses AI: constructai.la's terms, buildaid.ca (as the Canada pass found), thefarmhand.ai, farmsentry.ai,
// privacy.farmercopilot.app (as before), autodiag.vip, herdhub.app, bovisync.farm, quotifycnc.com, truxx.ai,
// perfectcaterer.com, yourproportal.com. General products where AI is one feature: HACCPlan's optional scan-to-record
// on Anthropic, CattleMate's AI ration suggestions, Checkride's AI next-steps panel (trycheckride.com, on Llama 3.3),
// Restaurant Platforms (as before), AI-R's restaurant platform (neil2.ai-restaurant.net, an instance host),
// DispatchTrack (as before), UrbanForm's zoning tools, enCodePlus's code publishing, Pro Landscaping AI's CRM,
// FuneralHQ's obituary drafts (as the c24 verticals pass found), Chartera (as before), myquran.io (as before).
// Consultancies, agencies and course sites: eliteaiadvantage.com, firmadapt.com, padiso.co, theneuralbase.com,
// humanr.ai, findskill.ai, kraos.ai, automataai.com.au, primeaxiom.ai, myntailabs.com, artifactaisolutions.com,
// inferensys.com, brightlume.ai, catalizadora.ai, abemon.es, g3nr8.ai, aidlafabryk.pl, cochiseai.com,
// awcconsultingservices.com (which names APEX Tech Nation's diagnostic tool: a lead). Governance tools rather than AI
// products: vireosentinel.com (AI-use monitoring), docs.keeptrusts.com. Leads whose own pages did not say in so many
// words that their product uses AI: precaliq.com (AI takeoff buyers' guide), nyccodes.codealgo.live (CodeAlgo's
// building-code analysis with embeddings), kestrellabs.com (cited code-issue review), instilai.com (as before),
// caterforia.com (AI catering-proposal drafting, explained in general terms), zoningverdict.com (a zoning-answer
// pipeline with drafting and verification passes), doctrineguard.ai (a waitlist), progressivechurchmedia.com (PCM
// Imago, an AI image generator for churches, named in an article), blog.thermoi.com (AI phone answering for HVAC),
// ai-for-churches.com, passmykitchen.com, ilovehaccp.com, ioni.ai, talonic.com, datathere.com, colabs-tech.com,
// getbelean.com, bizangle.com (an AI assistant and knowledge base among voice services), intune.ltd (an AI phone
// operator among Intune's services, a namesake of Microsoft Intune), trucc.ca (a dispatch service).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Industry4Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- hospitality ---
    { id: 'maiia-concierge', name: 'MAIIA Concierge', vendor: 'MAIIA Innovation Lab', category: 'agents', domains: ['maiiaconcierge.ai'], source: 'https://maiiaconcierge.ai/sr/terms/' }, // terms: an AI chat widget that answers hotel website visitors and books, a guest app chatting with the concierge AI, answers produced by AI models grounded in the hotel's content
    { id: 'karu-restaurant-costing', name: 'Karu', vendor: 'Karu', domains: ['karuapp.com'], source: 'https://www.karuapp.com/en/blog/restaurant-ai-data-cleanup' }, // vendor guide: Karu's AI does the first pass over recipes, invoices and menus into reviewable drafts, LLM output checked against schemas
    // --- aviation ---
    { id: 'vectoredops', name: 'VectoredOps', vendor: 'VectoredOps', domains: ['vectoredops.com'], source: 'https://vectoredops.com/for/faa' }, // FAA overview: AI-powered flight-training tools; CFI debriefs transcribed by OpenAI Whisper and analysed by Anthropic Claude against the ACS
    // --- trades and home services ---
    { id: 'oncrew-ai', name: 'OnCrew', vendor: 'OnCrew', category: 'agents', domains: ['oncrew.ai'], source: 'https://oncrew.ai/blog/live-vs-ai-answering-service-hvac-plumbing' }, // founder's blog: he runs an AI answering service for HVAC and plumbing companies and sets out when AI answering fits
    { id: 'callcrew', name: 'CallCrew', vendor: 'CallCrew', category: 'agents', domains: ['getcallcrew.com'], source: 'https://getcallcrew.com/privacy' }, // privacy: an AI-powered answering service and contractor overflow network whose AI assistant answers calls and captures leads
    { id: 'phone-phoebe', name: 'Phone Phoebe', vendor: 'Phone Phoebe', category: 'agents', domains: ['phonephoebe.com'], region: 'europe', source: 'https://phonephoebe.com/terms' }, // terms (UK business): an AI phone receptionist, "Phoebe", an AI-powered voice assistant that answers callers, transcribes and books
    { id: 'electricians-calculator', name: "Electrician's Calculator", vendor: "Electrician's Calculator", domains: ['electricalcalculator.net'], source: 'https://www.electricalcalculator.net/tos' }, // terms: the service uses AI and machine-learning models to provide NEC code references and validation; AI-generated analyses disclaimed
    // --- telephony for AI agents ---
    { id: 'bubblyphone-agents', name: 'BubblyPhone Agents', vendor: 'Inhype Live Limited', category: 'developer-platform', domains: ['agents.bubblyphone.com'], source: 'https://agents.bubblyphone.com/privacy' }, // privacy: a telephony API that connects AI assistants to real phone calls (BYOK OpenAI, Gemini, Groq; MCP for ChatGPT and Claude)
    { id: 'phone4-ai', name: 'Phone4.ai', vendor: 'Westbridge Solutions LLC', category: 'developer-platform', domains: ['phone4.ai'], source: 'https://www.phone4.ai/privacy' }, // privacy: phone numbers for AI agents; callers' speech is transcribed and forwarded to the customer's AI agent, whose replies are voiced by text-to-speech
  ],
  { checked: CHECKED_C28 },
);
