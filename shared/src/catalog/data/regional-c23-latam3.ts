// Twenty-third session, third Latin America pass (2026-12-07, helper `latam3`): AI products made in Spanish-speaking
// Latin America and Spain, or built mainly for their users, that no entry claimed yet, beside the eighteenth session's
// latam pass (data/regional-c18-latam.ts), the nineteenth session's latam2 pass (data/regional-c19-latam2.ts) and the
// twenty-first session's iberlatam pass (data/regional-c21-iberlatam.ts), whose rows are not repeated here. Here:
// WhatsApp and web AI agents for businesses (PAOLA in Mexico, AgentsApp on an .ar domain, VENDAQ in Chile, Sg Sales in
// Bolivia, AgenteUno in Spain); Spanish AI voice agents for phone calls (Vokalis, voz.ag); AI recruiting tools (PIA in
// Uruguay, Collabai's hiring platform in Argentina); a Colombian AI platform for health professionals (Telepatía); a
// Spanish generative-AI platform for legal professionals (ADOIA); Spanish study tools (Oposilab's AI tutor for
// oposiciones, LicenciaAI's AI-personalised exam study); a Spanish AI tax tool (Aitax); Spanish AI content tools for
// online stores and social posts (ButterflAI Art, AiPostsLab); a Spanish AI image platform (E-DOLLS); a Spanish AI
// summary library (Klipwise); and a Spanish catalogue of AI information-processing services (AIQuid).
//
// Leads. 45 look-ups of the stored `pages` corpus (search only). About a dozen were worded in Spanish or around local
// tax systems (SAT and CFDI, DIAN, SII, AEAT, LOMLOE, oposiciones, jurisprudencia) and returned news, law-firm articles,
// tax-authority pages and products already listed. The rest were worded in English the way vendors word their own
// privacy, terms and refund pages, anchored on company forms and data laws (S.A. de C.V., S.A.P.I. de C.V., S. de R.L.
// de C.V., S.A.S. and Ley 1581, S.R.L. and Ley 25.326, SpA and Ley 19.628, S.A.C. and Ley 29733, Uruguay's Ley 18.331,
// Ecuador's LOPDP, Costa Rica's Ley 8968, S.L. with RGPD and LOPDGDD) and on product kinds (WhatsApp agents for shops,
// clinics and restaurants, voice agents, legal AI, AI scribes and psychologists' notes, accounting and tax AI, recruiting
// and CV tools, tutors and exam prep, real-estate and marketplace listing copy, transcription, image and content
// generators); those found every row below. Queries on Ecuador, Central America, Peru's education sector, Mexican
// nutrition apps and Colombian legal AI returned only law firms, schools and clinics. Every row cites a privacy, terms,
// legal-notice, refund or guide page with a path on the product's own host (for Collabai its claimed recruit. host), and
// each page says in the vendor's words that the product answers, calls, interviews, generates, transcribes, analyses or
// summarises with AI, language models or named model providers. Hosts were run through /work/helpers/classify-hosts.mts
// and names grepped in data/ first. Rows for Spain are marked `europe`; the rest `latam`.
//
// Measured with /work/helpers/classify-hosts.mts on the 269 hosts the searches returned (vendors, news, law firms,
// schools, clinics, public bodies, marketplaces and shared hosts alike, in /work/helpers/out/latam3-hosts.txt): 37
// classified before (13.8%), 56 after (20.8%).
//
// Already listed and left to their entries: ConverzIA, Agentes Virtuales MX, Asientos, Tributar Intelligence, intuIA.ai,
// Argentica, ContableIA, Dialo.ar, Shoppy, iAna, Chati, Tintero IA, LexBuddy, Legal Assistant AI, Metaloss Solven,
// Solverkey SKAI, AtiendeIA, OmnIAtix, Auto Asistente, Elina IA, AudioMap (the same company as AgenteUno), Osleria,
// REGLAPP, Meet2Doc, CopilotGestoria, Picasso IA, asistente.cloud, Chatty Hiring, Illustro, MercadoBoost, Tailor My
// CV and Palvoro (the last three naming no country).
//
// One subdomain is claimed alone: recruit.collabai.ar, the host of Collabai's hiring platform; its parent collabai.ar was
// not read. AIQuid's terms were stored from their http:// address; the row cites the https form (as the c18 pass did for
// Redação Play).
//
// Doubtful rows: voz.ag's policy never writes "AI" but names Anthropic, Deepgram and Cartesia as the processors of its
// call transcripts, i.e. a language-model and speech-model stack; AgentsApp's policy names no country, and the row is
// marked `latam` for its .ar domain; Aitax is cited on its own guide, which describes Aitax as a specialised AI tax
// system, rather than on a legal page; LicenciaAI's policy names only "an independent education provider" under Spanish
// law, and its product name differs from its host (aipuly.com).
//
// Left out. Pages with placeholders or template fields (asientos.ai's "RUT 77.XXX.XXX-X", listed anyway; mediapp.ai's
// "RFC MEA200101ABC" and "1234-5678" contact details; selectivia.es's "[Nombre o razón social]"; transcribenode.com's
// "{{cuit}}"; spanishtaxai.pages.dev's "[NIF A COMPLETAR]"; fisiatria.iamanos.com; infinitumjobs' "[LEGAL ENTITY TBD]"
// on a fase0. host; www.14trees.ai; myaicouncil.tech's `<owner/>`, as the iberlatam pass found; repik.app's
// "[ENTITY_NAME]"; tintago-landing.pages.dev; physiopro-site.pages.dev); development hosts (dev.inmoimpacto.es again;
// staging.iassistance.app, which reaches the listed iAssistance); pages that do not say the product uses AI, or only in
// its name (agentmetrics.co's WhatsApp assistant, keebai.com's conversation platform in Chile,
// guacamaia.datascination.co's meeting summaries in Colombia, tutorali.cl's PAES simulations, digichanges.com,
// docs.voiceb.ai's DPA, leximaro.com, auco.ai, ana.care, leona.health, matchworky.com, smartests.app, dokumentado.dev:
// leads for a pass that reads more of their pages); AI products that name no country (snaphouse.dev's real-estate copy
// tool, transcriptfy.com); agencies, consultancies and AI-as-a-service firms (invisiongo.com, automatizalatam.com,
// aidatasolutions.co, aiz.ar, bektor.ai's configured AI agents for business clients, gori.dev, mediavox.co,
// genesisbusiness.net's ERP with AI among its services); single-company bots and pages on a general company's site (El
// Parque Software Factory's Ernesto WhatsApp assistant, CETCA's order bot on pages.dev, El Güey AI Bot,
// hostpioneers.com's AutoJobs, as the c21 leads2 pass found); general sites where AI is one feature (asistian.com's
// CRM, thenls.com's property network, lawwwing.com, mentu.co, Mercado Libre); mobile-only apps (Abogado IA,
// cvapp.v2.mpapps.club); `?p=` pages (ensename.us, image.cheap); and shared platforms (brevia.pages.dev,
// arewa-ai-github-io.pages.dev, nutriasoft-landing.pages.dev, testautoconocimiento-com.pages.dev, cesarvm25.github.io,
// a hosted.app legal-orientation tool).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const regionalC23Latam3Tools: Tool[] = defineTools(
  'agents',
  [
    // --- WhatsApp and web AI agents for businesses ---
    { id: 'paola-software', name: 'PAOLA', vendor: 'PAOLA', domains: ['paola.software'], source: 'https://paola.software/privacy' }, // privacy (operated from Mexico): an AI agent that handles businesses' WhatsApp, Instagram and Messenger conversations, qualifies leads and books appointments
    { id: 'agentsapp-ar', name: 'AgentsApp', vendor: 'AgentsApp', domains: ['agentsapp.ar'], source: 'https://agentsapp.ar/en/privacy-policy' }, // privacy: configures and runs a customer's AI assistant on WhatsApp; content goes to AI providers to generate responses
    { id: 'vendaq', name: 'VENDAQ', vendor: 'VENDAQ SpA', domains: ['vendaq.com'], source: 'https://vendaq.com/en/privacy' }, // privacy (Santiago, Chile): an AI-powered customer-service platform whose AI agents answer merchants' end customers
    { id: 'sg-sales', name: 'Sg Sales', vendor: 'SG Bolivia SRL', domains: ['sg-ventas.com'], source: 'https://sg-ventas.com/privacy-en' }, // privacy (Santa Cruz de la Sierra, Bolivia): automates businesses' WhatsApp sales conversations with an AI-powered conversational agent
    { id: 'agenteuno', name: 'AgenteUno', vendor: 'Codelabs Studio S.L.', domains: ['agenteuno.ai'], source: 'https://agenteuno.ai/en/privacy', region: 'europe' }, // privacy (Spain, LOPDGDD): AI agents on chat, WhatsApp and phone calls, with call transcription and agent voice cloning
    // --- Voice agents (Spain) ---
    { id: 'vokalis-ai', name: 'Vokalis', vendor: 'Vokalis AI SL', category: 'audio', domains: ['vokalis.ai'], source: 'https://vokalis.ai/privacy', region: 'europe' }, // privacy: AI virtual agent services, including phone call automation, chat and appointment management
    { id: 'voz-ag', name: 'voz.ag', vendor: 'voz.ag, S.L.', category: 'audio', domains: ['voz.ag'], source: 'https://www.voz.ag/en/privacy', region: 'europe' }, // privacy (Madrid): call transcripts and recordings processed by Deepgram, Cartesia and Anthropic, among its processors
    // --- Recruiting ---
    { id: 'pia-neuralis', name: 'PIA (People Intelligence Assistant)', vendor: 'NEURALIS SAS', category: 'productivity', domains: ['meetpia.ai'], source: 'https://meetpia.ai/privacy' }, // privacy (Uruguay, Ley 18.331): an artificial intelligence platform for recruitment with automated interviews and AI-assisted evaluation
    { id: 'collabai-hiring', name: 'Collabai Hiring Intelligence', vendor: 'Collabai Hiring Intelligence', category: 'productivity', domains: ['recruit.collabai.ar'], source: 'https://recruit.collabai.ar/en/legal/privacy' }, // privacy (Argentina's Law 25.326): AI providers extract CV data, conduct voice interviews and generate evaluations
    // --- Health, legal, tax ---
    { id: 'telepatia-ai', name: 'Telepatía', vendor: 'Telepatía S.A.S.', category: 'productivity', domains: ['telepatia.ai'], source: 'https://www.telepatia.ai/en/politica-de-privacidade' }, // privacy (Medellín, Ley 1581): an application that uses artificial intelligence in the interaction between health professionals and patients
    { id: 'adoia', name: 'ADOIA', vendor: 'ADOIA PROJECT, S.L.', category: 'productivity', domains: ['adoiaproject.com'], source: 'https://adoiaproject.com/en/aviso-legal', region: 'europe' }, // legal notice: generative-AI services for legal professionals (document analysis, regulatory search, draft generation)
    { id: 'aitax-es', name: 'Aitax', vendor: 'Aitax', category: 'productivity', domains: ['aitax.es'], source: 'https://aitax.es/en/guides/seguridad-ia-impuestos', region: 'europe' }, // vendor guide: describes Aitax as a specialised AI system for Spanish taxes (Modelo 720), unlike general chatbots
    // --- Study tools (Spain) ---
    { id: 'oposilab', name: 'Oposilab', vendor: 'Oposilab', category: 'chat', domains: ['oposilab.es'], source: 'https://oposilab.es/en/privacy', region: 'europe' }, // privacy (AEPD): an oposiciones study platform with an AI tutor; OpenAI for the tutor and content generation
    { id: 'licenciaai-aipuly', name: 'LicenciaAI', vendor: 'LicenciaAI', category: 'productivity', domains: ['aipuly.com'], source: 'https://aipuly.com/privacy', region: 'europe' }, // privacy (GDPR and Spanish law): mock exams and a study plan personalised by AI analysis; AI inference among its processors
    // --- Content, images, summaries (Spain) ---
    { id: 'butterflai-art', name: 'ButterflAI Art', vendor: 'PIXELITY LABS S.L.', category: 'writing', domains: ['butterflai.pro'], source: 'https://butterflai.pro/en/terms-and-conditions', region: 'europe' }, // terms: AI for online stores' product sheets: image editing and generated titles, descriptions and SEO metadata
    { id: 'aipostslab', name: 'AiPostsLab', vendor: 'AiPostsLab', category: 'writing', domains: ['aipostslab.com'], source: 'https://www.aipostslab.com/en/privacy', region: 'europe' }, // privacy (Spain): a post generator that sends the form to an AI provider (Anthropic) and returns the generated post
    { id: 'e-dolls', name: 'E-DOLLS', vendor: 'AI Analytics S.L.', category: 'image', domains: ['edolls.cc'], source: 'https://edolls.cc/legal/terms-and-conditions', region: 'europe' }, // terms (Spain): a fashion and photography magazine with AI-assisted image generation, editing and processing on credits
    { id: 'klipwise', name: 'Klipwise', vendor: 'Klipwise', category: 'productivity', domains: ['klipwise.app'], source: 'https://klipwise.app/privacy', region: 'europe' }, // privacy (Madrid): an article library whose summaries are generated by Anthropic, OpenAI or Google models
    { id: 'aiquid', name: 'AIQuid', vendor: 'Consulnet Strategies and Solutions Spain, S.L.', category: 'other', domains: ['aiquid.com'], source: 'https://aiquid.com/toc.php', region: 'europe' }, // terms (Madrid): a catalogue of information-processing services run with artificial intelligence
  ],
  { checked: CHECKED_C23, region: 'latam' },
);
