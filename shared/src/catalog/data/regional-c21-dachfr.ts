// Twenty-first session, pass `dachfr` (2026-12-07, helper `dachfr`): AI products made in or mainly used in Germany,
// Austria, Switzerland, France, French-speaking Belgium and Luxembourg that no entry claimed yet, beside the earlier
// European passes (data/regional-c17-euro.ts, data/regional-c19-europe.ts, data/regional-c20-westeu.ts,
// data/regional-c20-cee.ts), whose rows are not repeated here. Here: website and customer chatbot builders and AI
// assistant platforms sold to companies in Germany, Austria, France and Belgium (Polaria, Consultee AI, Chatmeister,
// itellico, DigiElevate, Devana), a Swiss privacy layer that pseudonymises prompts before they reach a model (Gardeo),
// AI phone agents for German small businesses (SmartCall Assist, Fonhero), an AI agent for French accounting firms
// (Clotilde), AI document extraction for German insolvency filings (INSO), AI knowledge analyses over company sources
// (ai-one CORA), medical dictation transcribed on servers in Germany (DeepScript), an Austrian AI business-plan writer
// (Foundor.ai), an AI drafting aid for German scientific texts (IntelliSchreiber), AI for German schools (schulKI,
// FelloFish), and one AI transcription app met on the way that names no country (kept as global).
//
// Leads. 45 look-ups in the stored `pages` corpus, mostly in German and French, worded the way vendors word their own
// legal pages (Datenschutzerklärung, AGB, Nutzungsbedingungen, Auftragsverarbeitung, Unterauftragsverarbeiter; CGU,
// CGV, politique de confidentialité, mentions légales, hébergé en France, sous-traitants) and by kind: company AI
// portals and sovereign hosting (STACKIT, IONOS, Azure in Frankfurt, Mistral, Scaleway, OVHcloud), Mittelstand offers
// and tenders, Steuerberater, Kanzleien, Arztpraxen, avocats, notaires, experts-comptables, artisans, immobilier,
// schools and teachers, AI phone agents, transcription and translation, public administration, Austrian (FN
// Firmenbuch), Swiss (revDSG, Sàrl), Belgian (BCE, SRL) and Luxembourg (RCS B) company forms. The broad privacy and
// "DSGVO-konforme KI" wordings returned mostly law-firm guides, consultancies, news and OpenAI's or Mistral's own
// pages; the AGB/CGU wordings with a product kind returned the vendors, and most of those were already listed by the
// education, sales, spaces, voice and Europe passes. Every row cites a terms, privacy, data-protection, trust,
// industry, guide or blog page, with a path, on the product's own host (tech.polaria.ai for Polaria), and that page
// says in the vendor's words that the product answers, drafts, extracts, analyses, transcribes or calls with AI,
// language models or a named model provider. The vendor blog and guide pages cited (Gardeo, FelloFish, schulKI,
// Clotilde) describe the vendor's own product. Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ first.
//
// Already listed and left to their entries: Corporate LLM, BNS AI Research Labs, Chats LLM, empfang.online, KI-DACH,
// WebChatAgent, Facturely, alphabees' KI-Tutor, StudioShootAI, LeProfIA (Arthur), I'Atelier, iaiaz, MeinAssistent,
// Sally AI, SpeechMind, AI4CALL, Linova, LexIA (Switzerland), Suisse Voice, SwissGPT, innochat, PeakPrivacy, HOFRAT,
// MyGPT Mini, Tutel, Exponentielle Schule (fragewalter.de), Prometheus Education, NoviaMind, immoMatch.ai, Inspect AI,
// TheHumanizer, Zenslate, scribigo, Assistini, GuideGlare, LanguageTool, DeepL, Kauz, Audio Transcripteur, Chatloom,
// VirtualWorkforce.ai, Aitronos, Botpress, Le Chat and ChatGPT. IntelliSchreiber, which the eighteenth-session research
// pass left out when it had seen only a blog, is added here from its own terms. schulKI, which the seventeenth and
// nineteenth education passes left out (a help page, then a blog), is added from its own guide, which describes what
// the product does with its language models; the nineteenth-session edu2 look-alike test keeps a schulki.de blog page
// as a trap.
//
// One subdomain is claimed alone: cora.ai-one.com, the only host of the product seen; its parent ai-one.com carries the
// maker's name, not this product's.
//
// Measured with /work/helpers/classify-hosts.mts on the 291 hosts the searches returned (vendors, articles, law firms,
// public bodies, stores and shared hosts alike, in /work/helpers/out/dachfr-hosts.txt): 46 classified before (15.8%),
// 65 after (22.3%).
//
// Left out. Law-firm guides, consultancies, agencies and course sites (most hosts met: visionarydata.de,
// data-security.ch, bayram.solutions, alpinity.ai, fusionaiide.com, keikoforbusiness.com, luxdigitalsol.com,
// virtura.be, aiprocessautomation.eu, assono.de, codista.com, the-square.io, automia-angouleme.fr, airtecsolutions.net,
// fitterads.com); templates with placeholders (ihrchatbot.de's "[Name/Anschrift]", zwergi.chat's "[Firmenname]",
// kisy-student-coaching.com's "<Company, Address>", ristretto.ai's "[DATE_EFFECTIVE]"); pages cited only by a `?p=`
// query (stadtritter-telefonservice.de's AI phone service, swissbot.store's Clarity chatbot on api.swissbot.store,
// auftrag.at's tender search, kalebru.com): leads; pages that never say the product uses AI (patterno.ai's DPA,
// swisstranscript.ch, which speaks only of speech-recognition algorithms, enter-ai.de's terms, nachhilfe-mentor.de,
// duckytutor.com, repondia.com, walioai.com, imovia.cloud, lamap.ch, ask-why.app); general products or companies whose
// AI is one feature (ebuero.de's Aida chatbot, CGM's TelefonAssistent help on support.cgm.com, BMD's Fox chatbot,
// DEON's optional AI providers, DramaQueen's optional OpenAI integration, telefonie-strategie.de's comparison portal
// with its Anna assistant, RGPD START's expert platform, mittwald's AI hosting docs, domaintechnik.at, Tilda, WEB.DE,
// generousco.com's coaching app, the-ai-comparator.com's directory, 1swiss1.com's IT services with Helvira (helvira.ai,
// seen only in 1swiss1's CGV: a lead)); vendors seen only on general articles of their blogs (xprivo.com, clapnclaw.io,
// kirezeptionist.de, privatlehrer.ai, haiku.fr, heeya.fr, loskan.io, algos-ai.com, mercury.ai, viind.com,
// blog.ecrivox.com, zazadraft.com, educaite.de, flowrefy.com, anwaltgpt.de, mind-verse.de, and the global
// sky-scribe.com, blog.formize.ai and blog.contractize.app, which earlier passes also left); a homepage-only product
// page (TaxLetterAI on taxletterai.alexanderbeckermedia.de: a lead for a path on that host); public bodies and
// ministries (ac-*.fr pages, luxinnovation.lu's virtual assistant, Hesse's school portal); and shared hosts
// (vercel.app, pages.dev, static.hf.space copies).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const regionalC21DachfrTools: Tool[] = defineTools(
  'agents',
  [
    // --- Chatbot builders and AI assistant platforms for companies ---
    { id: 'polaria-tech', name: 'Polaria', vendor: 'Polaria Technologies', domains: ['polaria.ai'], source: 'https://tech.polaria.ai/legal/politique-de-protection-des-donnees' }, // data-protection policy (France, RGPD): a SaaS publisher of RAG-type AI chatbots built on each customer's own data
    { id: 'consultee-ai', name: 'Consultee AI', vendor: 'Michael Selbertinger & Rainer Winkler GbR', domains: ['consultee.ai'], source: 'https://www.consultee.ai/agb' }, // AGB (Rosenheim, B2B only): provides and runs a chatbot built on artificial intelligence
    { id: 'chatmeister', name: 'Chatmeister', vendor: 'Morgendigital GmbH', domains: ['chatmeister.ai'], source: 'https://chatmeister.ai/agb' }, // AGB (Innsbruck): a SaaS AI chatbot solution embedded by widget, plans counted in AI queries
    { id: 'itellico', name: 'itellico', vendor: 'itellico AI GmbH', domains: ['itellico.ai'], source: 'https://itellico.ai/de/rechtliches/agb' }, // AGB (Vienna, FN 128493k): a platform for deploying cloud AI assistants for automated communication and workflows
    { id: 'digielevate', name: 'DigiElevate', vendor: 'Expertises IT SRL', domains: ['digielevate.be'], source: 'https://digielevate.be/page1.html' }, // CGV (Anderlecht, BCE): a subscription platform of conversational AI, chatbots and virtual assistants
    { id: 'devana', name: 'Devana', vendor: 'Scriptor Artis', domains: ['devana.ai'], source: 'https://www.devana.ai/engagement' }, // trust page: AI agents over customer knowledge bases, model providers named as processors, hosting at Scaleway
    { id: 'gardeo', name: 'Gardeo', vendor: 'Gardeo', category: 'chat', domains: ['gardeo.ai'], source: 'https://gardeo.ai/en/blog/why-swiss-companies-need-privacy-first-ai' }, // own blog (Switzerland, nDSG): personal data in a prompt is detected and replaced by tokens before the prompt reaches the AI model
    // --- AI phone agents for small businesses ---
    { id: 'smartcall-assist', name: 'SmartCall Assist', vendor: 'Dantschi Gruppe GmbH', domains: ['smartcallassist.de'], source: 'https://smartcallassist.de/agb' }, // AGB (Stuttgart): a KI-based call-answering service that replies from the customer's business details and writes transcripts and summaries
    { id: 'fonhero', name: 'Fonhero', vendor: 'Fonhero', domains: ['fonhero.de'], source: 'https://fonhero.de/terms' }, // AGB: a KI-based phone assistant that takes calls, books appointments and forwards complex requests, German numbers
    // --- Accounting, insolvency and company knowledge ---
    { id: 'clotilde-ai', name: 'Clotilde', vendor: 'Clotilde', domains: ['clotilde.ai'], source: 'https://clotilde.ai/blog/creer-agent-ia-gestion-factures' }, // own blog (France): offers its AI agent for accounting firms beside a guide to AI invoice agents
    { id: 'inso-hilfe', name: 'INSO', vendor: 'Projekt INSO', category: 'productivity', domains: ['inso-hilfe.de'], source: 'https://inso-hilfe.de/agb_inso3-21eu.html' }, // AGB: uploaded documents turned into a creditor list; the OCR text is sent to OpenAI's AI service for extraction
    { id: 'ai-one-cora', name: 'ai-one CORA', vendor: 'ai-one', category: 'productivity', domains: ['cora.ai-one.com'], source: 'https://cora.ai-one.com/de/data' }, // data page: AI-based analyses that combine several LLMs over a customer's internal and external sources, under GDPR and the AI Act
    // --- Transcription, writing and business plans ---
    { id: 'deepscript', name: 'DeepScript', vendor: 'DeepScript', category: 'audio', domains: ['deepscript.com'], source: 'https://deepscript.com/en/industries/medical-pharma' }, // industry page: medical dictation transcribed on its own servers in Germany with medical vocabulary, no model training on customer data
    { id: 'foundor-ai', name: 'Foundor.ai', vendor: 'Valcome Innovation GmbH', category: 'writing', domains: ['foundor.ai'], source: 'https://foundor.ai/de/terms' }, // terms (Austria, FN 517960 g): a web app for KI-assisted business-plan writing
    { id: 'intellischreiber', name: 'IntelliSchreiber', vendor: 'IntelliSchreiber', category: 'writing', domains: ['intellischreiber.de'], source: 'https://www.intellischreiber.de/terms-and-conditions' }, // terms: an AI system that researches and drafts scientific texts, the customer is told the texts are AI-generated
    // --- Schools ---
    { id: 'schulki', name: 'schulKI', vendor: 'schulKI', category: 'chat', domains: ['schulki.de'], source: 'https://schulki.de/guides/v_einleitung-kuenstliche-intelligenz-und-der-eu-ai-act-die-wichtigsten-grundlagen/ki-im-unterricht-praktische-einsatzmoeglichkeiten-und-rechtssicheres-handeln-teil-2-3' }, // own guide: teaching material made with schulKI, a private chat on the DeepSeek model served from Dutch servers
    { id: 'fellofish', name: 'FelloFish', vendor: 'FelloFish', category: 'productivity', domains: ['fellofish.com'], source: 'https://www.fellofish.com/blog/rechtliche-leitplanken-fuer-den-ki-einsatz' }, // own blog on AI in schools: its tool gives AI feedback on pupils' work while grades stay with the teacher
    // --- Met on the way, no country named ---
    { id: 'transcriptai-app', name: 'Transcription: AI VoiceToText', vendor: 'Transcription: AI VoiceToText', category: 'audio', region: 'global', domains: ['transcriptai.app'], source: 'https://transcriptai.app/privacy' }, // privacy: recordings sent to its AI partners (Deepgram, Google) for transcripts, notes and summaries
  ],
  { checked: CHECKED_C21, region: 'europe' },
);
