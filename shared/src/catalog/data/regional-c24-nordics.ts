// Twenty-fourth session, regional pass for the Nordics, the Netherlands and Flemish Belgium (2026-12-07, helper
// `nordics`): AI products made in Sweden, Norway, Denmark, Finland, Iceland, the Netherlands or Flanders, or built
// mainly for their users, that no entry claimed yet, beside the earlier European passes (data/regional-c12-europe.ts,
// data/regional-c12b-europe.ts, data/regional-c17-euro.ts, data/regional-c19-europe.ts, data/regional-c20-westeu.ts,
// data/regional-c22-europe3.ts and others), whose rows are not repeated here. Here: meeting and clinical notes (a
// Swedish meeting transcriber and summariser, a Norwegian AI scribe, a Bergen journal-note tool for GPs), assistants for
// businesses (an Oslo data-chat assistant, a Swedish chat and API on its own GPUs in Sweden, an Amsterdam LLM gateway
// and AI-app marketplace, a Dutch knowledge-transfer interviewer), phone agents (a Danish voicebot, a Danish AI booking agent), health (a Finnish
// AI-assisted patient-triage service, a Finnish cognitive-support companion), tax and documents (a Rotterdam payslip and
// tax-document analyser, a transcriber of old handwritten letters sold to Danish families) and schools (a Swedish AI
// study and assessment tool).
//
// Leads. 40 look-ups in the stored `pages` corpus, counted as they were made. First in the region's languages, worded
// the way vendors word their legal pages (integritetspolicy / AI-assistent / mötesanteckningar, personvernerklæring /
// KI-assistent / journalføring, privatlivspolitik / transskribering, tietosuojaseloste / tekoälyavustaja / Y-tunnus,
// privacyverklaring / notulist / KvK, algemene voorwaarden "kunstmatige intelligentie", vilkår for bruk / språkmodeller)
// and by kind (AI telephonists and receptionists, teachers' tools, accountants and lawyers, municipal assistants, Danish
// and Dutch clinical notes, Nordic translation); then in English with the region's company forms and regulators
// ("Norwegian organisation number", AB org.nr, ApS CVR, Oy Business ID, B.V. Chamber of Commerce, ehf. kennitala,
// Belgian enterprise numbers, IMY and Datatilsynet complaints). The native-language wordings returned mostly ministries,
// health authorities, county school guidance, law firms, news and agencies' blogs, and vendors the earlier passes had
// already listed (Larabot, Skolebot, FakturaVakt, staik NOTE, Svea AI, GlennGPT, OurAI, Finlaki, Notat AI, Lexi AI,
// MöteReferat, Nakijken.ai, AI Agent, MadBot.ai, Botz4U, Accaio, AI Nordica, aiteam, Siesta AI, Tuttu, DPO Agent, left
// to their entries); the English company-form wordings found most of the rows below. Every row cites a page with a path
// on the product's own host or a subdomain of it (Azerion Intelligence's docs subdomain) where the vendor says in its
// own words that the product transcribes, summarises, answers, generates, analyses, triages or calls with AI, language
// models or named model providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/
// and in the other helpers' c24 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 246 hosts the searches returned (vendors, news, ministries,
// health authorities, schools, law firms, agencies and shared hosts alike, in /work/helpers/out/nordics-hosts.txt): 37
// classified before (15.0%), 51 after (20.7%).
//
// Aptide (aptide.ai, Aptide AS), a generative-AI service for Norwegian municipalities whose privacy notice
// (https://aptide.ai/privacy-notice) lists prompts, uploaded documents, generated answers and drafts and the models
// invoked, was held back here because lookalikes-c23-support3.test.ts kept that page as a trap; that pass had left it
// out as a product of another kind than customer support, not as one without AI, so the merge dropped the trap and
// listed it.
//
// Doubtful rows: Noteless is read from its own article on GPs using it ("doctors assisted by AI"), which describes the
// recorded consultation being turned into a journal-note draft by "a computer program" rather than naming AI in the
// excerpt read; Studera.ai is read from its own blog, which names studera.ai among tools that analyse pupils' texts
// against knowledge requirements and give feedback automatically; T&B Automatik's terms say its products and services
// include the voice booking agent, so the company may sell integrations beside it; Klinik's page read is a 2018 blog
// post on its own host (its Finnish e-contact channel uses AI in the medical first assessment); Mormors Breve is run by a
// Berlin GmbH but sold to Danish users (the Danish Bookkeeping Act and Datatilsynet are named); Taxly AI is a sole
// proprietorship, named here by its trade name.
//
// Left out. Drafts and placeholders: app.roomradar.org ("Draft — subject to legal review"), tomus.se's and
// clientnote.dk's policies ("[Company Name]", "[CVR-nummer]"), arjestahelpompaa.fi ("to be filled before
// publication"), onpagepilot.com ("[DATE]"), belogic.ai (a placeholder VAT number, and a consultancy). Agencies,
// consultancies and courses: ainetworks.fi, dynamico.ai, rootsof.ai, ytly.no, crosssector.ai, newams.ai,
// whatsnext.cc, theaicompound.com, ai-growth-minds.dk, iterates.be, wdc.digital, virada.be, governdata.eu, icai.is.
// General products whose AI is one feature: voys.nl (a telephony provider's AI transcription), prezentor.com (a sales
// presentation platform), xoens.dk and christhasnotturnedawayfromyou.com (sites with a chatbot). Public bodies and
// projects: talt.kk.dk (Copenhagen's care-documentation project), sikt.no's KI-chat, Findata's Vinkkeli, Kommune-Kari
// on iktorkide.no, ai.hi.is. Leads, AI products whose own pages were not returned or did not say enough: Medivox
// (medivox.ai; earlier passes' traps keep it out), Seranote (docs.melatech.io, a consent page in Danish product docs),
// teachback.se, fyris.ai, nordicai.net, aimater.com, finnadvisor.fi, andri.ai (an Amsterdam B.V. whose terms read like
// an AI consultancy's), visionplatform.ai (country not shown), the doctors' tools named by Legeforeningen (MaiaMD,
// TalkTracer, Aifal/MedBric, Livv Health, Omilion), Schoolgen (named on a teachers' blog) and PolicyAI (named on a
// network of Swedish SEO blogs). Out of this pass's region, for other passes: aireception.biz (UK), bliro.io (Germany),
// libratech.ai (Germany, sold in the Netherlands by Wolters Kluwer), meet2doc.com, transcribecat.com, localminutes.org,
// sc-meeting-minutes.sctechnology.co.za, and the US AI receptionists gettinylawn.com, aiclientbuilder.com, opspot.ai,
// astucia.io and gojumba.com. Shared platforms: recorder-standalone-nettsaga.vercel.app, boilerplate-ten-tau.vercel.app,
// an AI receptionist on hosted.app, dlx-group-website.pages.dev, legal-pack.pages.dev, lofalk.pages.dev,
// nllb-com.pages.dev, barx10.github.io, sites.google.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24NordicsTools: Tool[] = defineTools(
  'productivity',
  [
    // --- Meeting and clinical notes ---
    { id: 'skrajb', name: 'Skrajb', vendor: 'Aimm Sweden AB', category: 'meeting', domains: ['skrajb.com'], source: 'https://skrajb.com/legal/privacy' }, // privacy (Swedish limited company): meeting recordings transcribed by automated speech-to-text and summarised with AI models for business customers
    { id: 'journalia', name: 'Journalia AI Scribe', vendor: 'Journalia AS', category: 'meeting', domains: ['journalia.no'], source: 'https://www.journalia.no/sv/resurser/integritet' }, // privacy (Oslo): an AI-powered clinical documentation platform that transcribes consultations and generates clinical notes for healthcare professionals
    { id: 'noteless', name: 'Noteless', vendor: 'Noteless AS', category: 'meeting', domains: ['noteless.com'], source: 'https://noteless.com/post/doctors-assisted-by-ai' }, // vendor article (Bergen): GPs assisted by AI; consultations transcribed in real time and organised into a journal-note draft the doctor approves
    // --- Assistants and model access for businesses ---
    { id: 'aideun', name: 'AidEun', vendor: 'AI Solution AS', category: 'chat', domains: ['aideun.ai'], source: 'https://www.aideun.ai/privacy' }, // privacy (Oslo): customers connect database schemas and converse with the AI, whose conversations the company processes as a data processor
    { id: 'grunden-ai', name: 'Grunden AI', vendor: 'Grunden AI AB', category: 'developer-platform', domains: ['grunden.ai'], source: 'https://grunden.ai/privacy' }, // privacy (Swedish AB): a chat and an OpenAI-compatible API running inference on its own GLM hardware in Sweden
    { id: 'azerion-intelligence', name: 'Azerion Intelligence', vendor: 'Azerion', category: 'developer-platform', domains: ['azerion.ai'], source: 'https://docs.azerion.ai/terms-and-policies/terms' }, // terms (Amsterdam): access to various large language models through a unified API gateway and a marketplace of AI applications (azerion.ai only; azerion.com is the parent)
    { id: 'aptide', name: 'Aptide', vendor: 'Aptide AS', category: 'chat', domains: ['aptide.ai'], source: 'https://aptide.ai/privacy-notice' }, // privacy notice (Norway): a generative-AI service for municipalities; prompts, uploaded documents, generated answers and drafts, and the models invoked
    { id: 'knowiq', name: 'KnowIQ', vendor: 'Grebit Apps B.V.', domains: ['knowiq.ai'], source: 'https://knowiq.ai/privacy' }, // privacy (Dutch, KvK): structured AI interviews with departing staff whose answers are sent to OpenAI or Azure OpenAI to generate knowledge-transfer documents
    // --- Phone agents ---
    { id: 'clevercall', name: 'CleverCall', vendor: 'CleverCall.ai', category: 'audio', domains: ['clevercall.ai'], source: 'https://clevercall.ai/gdpr/' }, // GDPR page (Danish): AI solutions whose voicebot answers calls and transcribes conversations live, hosted in the EU
    { id: 'tb-automatik', name: 'T&B Automatik', vendor: 'T&B Automatik', category: 'audio', domains: ['tb-automatik.dk'], source: 'https://www.tb-automatik.dk/vilk%C3%A5r-betingelser' }, // terms (Danish): a software and phone service where callers to a dedicated number are served by an AI agent that books calendar appointments
    // --- Health ---
    { id: 'klinik-healthcare', name: 'Klinik', vendor: 'Klinik Healthcare Solutions Oy', category: 'other', domains: ['klinikhealthcaresolutions.com'], source: 'https://klinikhealthcaresolutions.com/fi/tekoaly-auttaa-ja-tukee-laakarin-tyota-ei-korvaa-sita/' }, // vendor blog (Finnish): its e-contact service, used at 250 Finnish health stations, uses AI in the medical first assessment of patients
    { id: 'companion-os', name: 'Companion OS', vendor: 'InkNCode Solutions', category: 'chat', domains: ['getcompanionos.com'], source: 'https://getcompanionos.com/privacy/' }, // privacy (Espoo): an educational cognitive-support tool whose conversations are what the user writes and what the AI responds
    // --- Tax, documents and schools ---
    { id: 'taxly-ai', name: 'Taxly AI', vendor: 'Taxly AI', domains: ['taxlyai.nl'], source: 'https://taxlyai.nl/privacy' }, // privacy (Rotterdam, KvK): payslips, contracts and tax documents uploaded for AI analysis, AI-generated insights and scan results, with AI assistance
    { id: 'mormors-breve', name: 'Mormors Breve', vendor: 'ITEBV GmbH', category: 'writing', domains: ['mormorsbreve.dk'], source: 'https://mormorsbreve.dk/en/datenschutz' }, // privacy (for Danish users): uploaded images of documents and letters transcribed by AI providers (Google Gemini, Anthropic Claude)
    { id: 'studera-ai', name: 'Studera.ai', vendor: 'Studera.ai', domains: ['studera.ai'], source: 'https://www.studera.ai/blog/bedomning-med-ai-revolution-eller-risk' }, // vendor blog (Swedish): studera.ai analyses pupils' texts against the knowledge requirements and gives feedback automatically with AI
  ],
  { checked: CHECKED_C24, region: 'europe' },
);
