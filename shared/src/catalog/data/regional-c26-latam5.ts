// Twenty-sixth session, fifth Latin America pass (2026-12-07, helper `latam5`): AI products made in Mexico, Colombia and
// Chile, found by the wording of their own legal pages, that no entry claimed yet, beside the eighteenth session's latam
// pass (data/regional-c18-latam.ts), the nineteenth session's latam2 pass (data/regional-c19-latam2.ts), the
// twenty-first session's iberlatam pass (data/regional-c21-iberlatam.ts), the twenty-second session's brazil pass
// (data/regional-c22-brazil.ts), the twenty-third session's latam3 pass (data/regional-c23-latam3.ts) and the
// twenty-fourth session's latam4 pass (data/regional-c24-latam4.ts), whose rows are not repeated here. Here: an AI
// question-bank and exam generator for Mexican teachers (examInA); a Chilean AI scribe that turns consultation audio into
// SOAP notes (Darmexa IA); and three AI agents that answer for businesses on WhatsApp and other channels: a Colombian
// WhatsApp Business automation platform built on AI chatbots (TEFA AI), a Colombian conversational-AI service for
// property developers and their buyers and residents (Datapeers, whose assistant is Danna) and a Tijuana AI receptionist
// for clinics (VozClinic). Five rows, well short of what the brief hoped for: as the latam3 and latam4 passes found, the
// searches returned mostly products earlier passes had already listed or left out, plus news, law firms, universities
// and agencies, and the rule that a row needs the vendor's own words about AI on a page with a path kept the rest out.
//
// Leads. 40 look-ups, all `search` calls on the stored `pages` corpus, counted as they were made (no fetch, read_file or
// find_string). Spanish and Portuguese queries on the legal wording the brief named ("aviso de privacidad" LFPDPPP with
// "S.A. de C.V." and WhatsApp assistants; "política de privacidad" with Ley 19.628 and SpA; LGPD and CNPJ with "inteligência
// artificial" for petitions, ENEM essay correction, real-estate listings, accountants and the Receita Federal;
// "inmobiliaria" and "psicólogos ... notas clínicas") returned news, law-firm articles, regulators' guides and university
// pages almost only, with one vendor (Darmexa). English queries worded the way vendors word their own legal pages,
// anchored on Ley 1581 de 2012 and S.A.S./NIT, Ley 25.326 and CUIT, Ley 29733 and S.A.C., Ley 18.331, Ecuador's LOPDP,
// Costa Rica's Ley 8968, S.A.P.I. de C.V. and LTDA/CNPJ, and on kinds (WhatsApp sales agents, exam prep and tutors,
// CFDI/SAT and DIAN invoices, legal AI for local law, recruiting and CV tools, clinical scribes, real estate, content and
// marketing, transcription, clinic receptionists, teachers' tools) found every row. Queries on Uruguay, Central America,
// Peru's exam prep, Argentine and Mexican legal AI, Colombian DIAN accounting and Chilean teachers' tools returned no new
// vendor. Every row cites a terms or privacy page with a path on the product's own host, and each page says in the
// vendor's words that the product generates, transcribes or answers with AI (artificial-intelligence chatbots, AI models,
// conversational AI, an AI receptionist). Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/
// and in the other helpers' c26 files first. All rows are marked `latam`.
//
// Measured with /work/helpers/classify-hosts.mts on the 266 hosts the searches returned (vendors, news, law firms,
// universities, regulators, marketplaces and shared hosts alike, in /work/helpers/out/latam5-hosts.txt): 37 classified
// before (13.9%), 42 after (15.8%).
//
// Already listed and left to their entries: Telepatía, Brieff, Argentica, ContableIA, Tributar Intelligence, intuIA.ai,
// Sg Sales, Tintero IA, PAOLA, ConverzIA, Agentes Virtuales MX, Ponuz, LexBuddy, Lawdeck, PUPILA, MyContentGPT, SIPPulse
// A.I., IA First Brasil, Chatty Hiring, Dyscribe, Contents Pilot, TeachThemAll, PsicoAIssist, MeetKai Brasil and My
// AIssistant (getmyaissistant.com).
//
// Doubtful rows: VozClinic's notice names its controller "LNL AI Agency" and speaks of a waitlist for clinics, so the
// AI receptionist (Sofía) may not yet be open to every clinic; it is counted as a product, not an agency's service,
// because the notice describes one named service and its processing. TEFA AI's policy names its operator only by a
// Colombian NIT, not by name. Datapeers' policy is dated June 2024 and read in its English version.
//
// Leads for a pass that can read more of their pages (not trapped): Klinity (klinity.com), a Brazilian AI medical scribe
// whose own blog post (blog/ferramenta-ia-para-ajudar-escrever-prontuarios-medicos) describes the product as an AI
// digital scribe; it is not added because lookalikes-c20-clinic.test.ts traps its help page, and a row would break that
// test; a later pass may move the trap. Bumii (soybumii.com), a Colombian mobile app whose terms say it generates
// personalised socio-emotional content with AI; left out as a mobile app, as the c18 and c19 latam passes left out
// NutriDeBolso (met again here). MyWorking (urp.myworkin.pe, Peru), a university employability platform whose AI page
// names Google Gemini for a CV copilot, ATS matching and an interview simulator, read on one university's subdomain.
// PropAgents AI / PropDash (propdash.app), a Brazilian WhatsApp platform for real-estate agents with AI analytics among
// its purposes. Telos Receptionist (telosgroup.com.mx), a Mexican WhatsApp bot for clinics whose notice does not say
// AI. WithCoffeeAI (withcoffeeai.com, Itagüí), a WhatsApp sales platform whose policy never says what AI does.
// PA-TIA (pa-tia.com, El Salvador), an automation SaaS whose policy mentions only AI infrastructure providers.
// FoodClone (foodclone.ai), an AI food app citing LGPD first but naming no operator. DoctorAssistant.ai and Lya Health,
// Brazilian AI scribes seen only in third parties' articles.
//
// Left out and trapped. Placeholders and templates: ajuiza.ai ("[Inserir Razão Social da Empresa]"), therapydesk.cl
// ("RUT [POR COMPLETAR]"), template.natuleadan.com again. Preview, demo and test hosts: caliape.com (an internal beta for
// authorised testers), rp-web.preview.25ocho.agency, teste.receitadigital.com. Agencies, consultancies and custom-solution
// firms: callbotia.es (an Argentine company building customised bots), senirop.com, automatizalatam.com and
// aidatasolutions.co again. Pages with no path: privacidade.ecoosistema.com.br (ECOOS Agents' policy at a subdomain's
// root). General products or sites where AI is one feature or absent: campus.iarepo.com (a Peruvian school platform with
// optional AI suggestions), menosvueltas.com (a Uruguayan real-estate workspace), appme.lat (a shop builder run by
// "Bemarking AI SAS"), aprueba.pe (exam practice, no AI said), gestionpublicaperu.com.pe, brand-lex.com (a Chilean
// trademark firm's software), empresasi.org (a foundation's AI chat), botconversa.com.br, wecomplai.com, smartreach.com.mx.
// Apps on a developer's general host: hpssoftware.solutions (Lumê). Shared platforms: cfdi-mexico.fly.dev,
// eatfit-frontend-neylt.fly.dev, studio--orientacin-legal.us-central1.hosted.app, cetca-privacy.pages.dev (a single
// company's WhatsApp order bot), moklabs-research.pages.dev.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const regionalC26Latam5Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- Education (Mexico) ---
    { id: 'examina-mx', name: 'examInA', vendor: 'examInA', domains: ['examina.com.mx'], source: 'https://www.examina.com.mx/terminos?lang=en' }, // terms: an assessment platform that uses artificial intelligence to generate question banks and exams from a teacher's own material, aligned to Bloom's taxonomy and Mexico's SEP, UNAM and IPN
    // --- Clinical AI (Chile) ---
    { id: 'darmexa-ia', name: 'Darmexa IA', vendor: 'Darmexa IA', domains: ['darmexa.cl'], source: 'https://www.darmexa.cl/legal/privacidad' }, // privacy (Ley 19.628 and Ley 20.584): consultation audio transcribed in real time to generate clinical documentation (SOAP notes, summaries); clinical data never used to train its AI models
    // --- AI agents for businesses (Colombia, Mexico) ---
    { id: 'tefa-ai', name: 'TEFA AI', vendor: 'TEFA AI', category: 'agents', domains: ['tefa.ai'], source: 'https://www.tefa.ai/privacy-policy' }, // privacy (operator identified by a Colombian NIT): a WhatsApp Business API platform that lets companies manage customer conversations through AI-powered chatbots and automated messaging
    { id: 'datapeers', name: 'Datapeers', vendor: 'Datapeers SAS', category: 'agents', domains: ['datapeers.co'], source: 'https://datapeers.co/en/policy' }, // privacy ("AI agents for the real-estate sector"; assistant Danna): conversational services with artificial intelligence, including bots, for property developers' buyers, owners and residents over email, phone, text and web chat
    { id: 'vozclinic', name: 'VozClinic', vendor: 'LNL AI Agency', category: 'agents', domains: ['vozclinic.com'], source: 'https://vozclinic.com/privacy/' }, // privacy notice (LFPDPPP, Tijuana): a bilingual AI receptionist (Sofía) that answers clinics' WhatsApp messages, books appointments and follows up with patients
  ],
  { checked: CHECKED_C26, region: 'latam' },
);
