// Twenty-fourth session, regional pass for Southern Europe (2026-12-07, helper `southeu`): AI products made in Spain,
// Italy, Portugal, Greece or Malta, or built mainly for Spanish, Italian, Portuguese, Greek or Maltese users, that no
// entry claimed yet, beside the earlier European and Iberian passes (data/regional-c12-europe.ts,
// data/regional-c12b-europe.ts, data/regional-c17-euro.ts, data/regional-c19-europe.ts, data/regional-c20-westeu.ts,
// data/regional-c21-iberlatam.ts, data/regional-c22-europe3.ts, data/regional-c23-latam3.ts and others), whose rows are
// not repeated here. Here: AI phone and voice agents (a Spanish AI switchboard, an AI voice setter sold to Italian
// businesses, a Milan AI voice assistant for accommodation, a Portuguese AI that places calls for its users in European
// Portuguese or Spanish, a Maltese AI receptionist); AI agents on messaging channels (a Barcelona managed WhatsApp and
// Instagram agent, a Portuguese chatbot on OpenAI); AI for teachers and schools (an Italian AI grading platform, a
// Modena platform for lesson plans and UDA with generative AI, a Catalan teaching-assistant platform on the BSC's
// Salamandra models); an Italian API to AI models hosted in Italian data centres; and a Lisbon company's AI tools.
//
// Leads. 40 look-ups in the stored `pages` corpus, counted as they were made. First in the region's languages, worded
// the way vendors word their legal pages (política de privacidad "inteligencia artificial" S.L. / encargado del
// tratamiento, aviso legal LSSI-CE, informativa privacy / termini e condizioni "intelligenza artificiale" S.r.l. P.IVA,
// política de privacidade / termos e condições IA Lda NIF, όροι χρήσης / πολιτική απορρήτου τεχνητή νοημοσύνη ΙΚΕ ΓΕΜΗ)
// and by kind (pymes, gestorías and asesorías fiscales, clinical transcription, LOMLOE learning situations, Italian
// PEI/PDP/UDA generators, Cassazione case-law search, agenti vocali, recepcionistas virtuales, WhatsApp assistants for
// Portuguese firms); then in English with the region's company forms and registers ("Sociedad Limitada NIF", "S.r.l.
// REA", "Unipessoal Lda", "G.E.MI.", "registered in Malta", the Hellenic DPA) and kinds (AI voice agents, AI tutors,
// teachers' tools, legal assistants, medical scribes, real-estate listing writers). The native-language wordings
// returned mostly news, professional bodies' guidance on Italy's Law 132/2025, ministries, law firms, agencies' blogs
// and vendors the earlier passes had already listed (asistente.cloud, OmnIAtix Chat, Andromeda Operations, AI Support
// Pro, Talkforce, AnyDialog, Paolagen, Vocra, Segreteria Zen, Cloud.ia, AIsapiens, MedIAgent, Osleria, PsicoAIssist,
// Aitax, LexIA (lexia.pt), DUA IA, Evenly, Sophea.AI, AIME, Mentoros, LEXMATE.AI, Lexroom, Numeia, Metaloss Solven,
// DAGEC PDF AI, Legal Assistant AI, ADOIA, TeachThemAll, Meet2Doc, left to their entries); the English company-form and
// voice-agent wordings found most rows below. Every row cites a terms, privacy, security, DPA or AI-disclosure page
// with a path on the product's own host (MaltaCat AI's ai. subdomain) where the vendor says in its own words that the
// product answers, calls, grades, generates or serves models with AI, language models or named model providers. Hosts
// were run through /work/helpers/classify-hosts.mts and names grepped in data/ and in the other helpers' c24 files
// first.
//
// Measured with /work/helpers/classify-hosts.mts on the 265 hosts the searches returned (vendors, news, ministries,
// schools, law firms, agencies and shared hosts alike, in /work/helpers/out/southeu-hosts.txt): 48 classified before
// (18.1%), 60 after (22.6%).
//
// One policy names a second host: Centralita IA's policy, read on certificat-centralita.com, gives centralita-ia.com
// as its website, so both are claimed (as the c21 pass did for Brieff). One subdomain is claimed alone:
// ai.maltacat.org, MaltaCat AI's console and terms; maltacat.org was not read and is not claimed.
//
// Same names: RunAI (runai.it, Renor S.r.l.) carries a qualifier beside Run:ai (run.ai, NVIDIA's GPU orchestration).
//
// Doubtful rows: MaltaCat AI's terms name no country (the name and the .org host are all that place it in Malta);
// 5life's AI-processing disclosure is read under a /ru/ path, so the Lisbon company may sell mainly to Russian
// speakers; AINA | TA's data-processing agreement names no operator, and sebataeco.com is read only at /dpa; Romulus
// Ventures is a Delaware LLC whose service is an Italian-language voice setter billed through Italian banking days;
// talqi's agents are configured by talqi for each client (a managed service, but sold as a product with its own terms).
//
// Specala AI (specala.ai, Relocybersec S.L., Tenerife), whose terms (https://specala.ai/de/terms-of-service) describe
// recording, transcription and AI-assisted analysis of audio, video and meetings, was held back here because
// lookalikes-c21-iberlatam.test.ts kept its privacy policy as a trap ("a policy that does not say what the service
// does"); the terms do say it, so the merge dropped that trap and listed it.
//
// Left out. Drafts and placeholders: selectivia.es ("[Nombre o razón social]"), presupuestero.com ("Borrador en
// revisión legal"), quantrova.io (terms that read as a draft written "for the service model you described"),
// aikitutor.com ("Sample template"), dental.angelspok.com, flowgeek.gr ("[ΑΦΜ]", and an agency), fisiatria.iamanos.com
// and theape.pt (as before). Development, staging and UAT hosts: dev.ellisce.com (Voice Edge, with placeholders),
// uat.alviora.ai (Alviora voice agents: a lead), staging.agendaja.pt, staging.voicepa.ai (UK). `?p=` pages: itagpt.it
// (ItaGPT), insegnante.ai, aingel.istitutoitalianoprivacy.it (the Italian privacy institute's Privacy AIngel): leads. A
// page with no path: schedule.beeease.app (BeeEase, IKM Services of Thessaloniki, AI-generated shift schedules: a lead
// for a pass that finds a page with a path). Agencies and consultancies: epicvoice.gr (a self-described Greek AI voice
// agency with plans: a lead), flowgeek.gr, aiz.ar, gitogi.com, antalia.ai, naosomosai.com, epikum.com,
// lexflowstudio.com, amadoconsultores.com, serficon.es. General products or sites whose AI is one feature:
// lawofmalta.com (a Maltese legislation browser with an AI assistant on Anthropic), mydgttest.com (a DGT driving-test
// app with an optional Gemini feature), api.vetincloud.com (veterinary practice software with an AI chat),
// docs.allvi.it (a booking platform's LLM triage), thenls.com (a Marbella estate-agent network),
// itechmedicaldivision.com's site chatbot, discovergreece.com's Pythia, eurobank.gr's chatbot, itamil.it and tilda.cc
// (as before), hi-doctor.ai (a telemedicine service). Pages that do not say the product uses AI, or only in its name:
// connectif.ai's policy, ibintel.es's chatbot policy, voicit.com's terms excerpt, mylawyerchat.ai, edukite.it
// (summaries, audio and concept maps for teachers; the page read does not name AI: a lead), bookline.io's health policy
// (its mobility policy is a c21 trap). Public bodies: iaedu.pt (FCT's portal), the Ministry of Education's Learning
// Ecosystem (Portugal). Already listed and met again, left to their entries: mAiGreece, StrixAI (strixai.es) and
// SellyGenie. Vendors seen only in news, blogs or others' pages: TuTutor (Soluciones Educativas Digitales, in
// Magisterio), PEI Assistant and EquiAssistant (orizzonteinsegnanti.it, whose pages read were guides; a lead), Malta
// Lex (malta-lex.io, read only on maltalex.everva.com.tr), Quirónsalud's Mobility Scribe, Tandem Health, Power Lex
// (Itas Law Tech), fono24.it and novachatia.com (as before), promium.ai (AI PROMIUM, named on a customer's site).
// Outside this pass's countries: dinechat.io (Cyprus, a lead for another pass), teachaiflow.com (country not shown),
// niavirtual.com (Peru), gettutor.app (Estonia), rinqly.ai (Lithuania). Shared platforms: aistant-eight.vercel.app
// (Aistant, a Spanish WhatsApp ordering bot: a lead), chatbot-mt-website.pages.dev, iaeva-guide.pages.dev,
// cesarvm25.github.io, ismaelrh.github.io, blogspot.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24SoutheuTools: Tool[] = defineTools(
  'audio',
  [
    // --- AI phone and voice agents ---
    { id: 'centralita-ia', name: 'Centralita IA', vendor: 'Centralita IA', domains: ['certificat-centralita.com', 'centralita-ia.com'], source: 'https://www.certificat-centralita.com/privacy-policy' }, // privacy (Spain, LOPDGDD): an AI-powered phone answering system that answers calls, transfers them and takes messages; the policy names centralita-ia.com as its website
    { id: 'romulus-setter-ai', name: 'Romulus', vendor: 'Romulus Ventures LLC', domains: ['romulus.live'], source: 'https://www.romulus.live/terms' }, // terms (Italian original; Italian banking days): "Setter AI Vocale 24/7", a conversational voice and chat setter for Italian-language lead flows
    { id: 'kallmy', name: 'kallmy', vendor: 'DENTOKU DEV', domains: ['kallmy.com'], source: 'https://www.kallmy.com/en/terms' }, // terms (Milan; Italian version binding): a voice assistant based on AI that answers inbound calls for accommodation businesses and takes bookings
    { id: 'callbehalf', name: 'CallBehalf', vendor: 'Tikhonova Ekaterina (CallBehalf)', domains: ['callbehalf.com'], source: 'https://callbehalf.com/terms/' }, // terms (sole trader registered in Portugal): an AI voice assistant whose AI agent places calls in English, European Portuguese or Spanish and reports back with a transcript
    { id: 'maltacat-ai', name: 'MaltaCat AI', vendor: 'MaltaCat', domains: ['ai.maltacat.org'], source: 'https://ai.maltacat.org/terms.php' }, // terms: AI-powered receptionist services handling calls and website chat, with responses generated by AI through OpenAI's API (subdomain only)
    // --- AI agents on messaging channels ---
    { id: 'talqi', name: 'talqi', vendor: 'talqi (Pablo Fernández Torres)', category: 'agents', domains: ['talqi.io'], source: 'https://talqi.io/en/terminos/' }, // terms (Barcelona): conversational AI agents that serve a business's customers on WhatsApp, Instagram, Telegram and web chat
    { id: 'youragent24', name: 'YourAgent24', vendor: 'Appnuma Unipessoal Lda', category: 'agents', domains: ['youragent24.com'], source: 'https://www.youragent24.com/security' }, // security policy (Portuguese company): uses OpenAI's services to generate chatbot responses
    // --- Teachers and schools ---
    { id: 'corect-it', name: 'Corect.it', vendor: 'Hermann von Marsoner (Corect.it)', category: 'productivity', domains: ['corect.it'], source: 'https://corect.it/terms' }, // terms (Italy): an AI-powered educational platform for automated grading of assignments with AI-generated feedback
    { id: 'aixlearning', name: 'AIxLearning', vendor: 'Wonderful Education s.r.l.', category: 'productivity', domains: ['aiforlearning.digital'], source: 'https://aiforlearning.digital/terms-and-conditions' }, // terms (Modena): a SaaS for teachers that generates lesson plans, UDA and other documents with generative-AI tools
    { id: 'aina-ta', name: 'AINA | TA', vendor: 'AINA | TA', category: 'productivity', domains: ['sebataeco.com'], source: 'https://sebataeco.com/dpa' }, // DPA (LOMLOE, Catalan public cloud): an AI-powered educational platform whose assistant Aina runs on large language models and the BSC Salamandra framework
    // --- Models and general AI tools ---
    { id: 'runai-renor', name: 'RunAI (Renor)', vendor: 'Renor S.r.l.', category: 'developer-platform', domains: ['runai.it'], source: 'https://www.runai.it/terms' }, // terms (Ariccia RM): access to AI models (language, embedding, synthesis) through APIs on infrastructure in Italian data centres
    { id: '5life', name: '5life', vendor: 'ULESTAFICAZ - UNIPESSOAL LDA', category: 'chat', domains: ['5life.life'], source: 'https://5life.life/ru/page/ai-processing-disclosure/index.html' }, // AI-processing disclosure (Lisbon): AI-powered tools that generate text and images and respond to users' prompts, mostly without human review
    { id: 'specala-ai', name: 'Specala AI', vendor: 'Relocybersec S.L.', category: 'meeting', domains: ['specala.ai'], source: 'https://specala.ai/de/terms-of-service' }, // terms (Tenerife, Spain): recording, transcription and AI-assisted analysis of audio, video and meetings
  ],
  { checked: CHECKED_C24, region: 'europe' },
);
