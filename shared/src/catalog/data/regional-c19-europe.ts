// Nineteenth session, pass `europe` (2026-12-06, helper `europe`): AI tools made in or mainly for Europe that no entry
// claimed yet. Here: sovereign or GDPR-first AI portals and assistants sold to companies (Corporate LLM, SwissGPT,
// MyGPT Mini, SafeGPT, LYSA, Sasoze), locally hosted LLM servers (tanuo.ai), website and customer-support chatbot
// builders (Kauz, Chatify, Supportfast, Evolbot, AI voor Impact), AI for European law and administration (Vickychat, my
// legal AI, HOFRAT, LexIA, LEXMATE.AI, Lexi, JurIA), AI translation (Smart Translation, Cesar Translate), AI meeting
// minutes, transcription and clinical documentation (Tripleblue, Audio zu Text, MirekAI, Notat AI, Duktus Pro), AI
// writing in local languages (Mixel AI, scribigo, Smart-Copy.ai, Cernel), a personal AI assistant (Glor.IA), voice AI
// (MeinAssistent, Suisse Voice, Ewige Stimme) and an AI image SaaS (PageTopic).
//
// Leads. 57 look-ups in the stored `pages` corpus, worded the way vendors word their own AGB, Datenschutzerklärung,
// Nutzungsbedingungen, CGU/CGV, termini e condizioni, términos, algemene voorwaarden, regulamin, obchodní podmínky,
// vilkår/brukervilkår, användarvillkor, käyttöehdot, όροι χρήσης and termos de utilização, by product kind
// (KI-Assistent für Unternehmen, DSGVO-konforme KI, IA générative souveraine, Protokoll KI and compte rendu IA, legal
// and tax AI, translation, transcription, text generators, chatbot builders, Swiss and Austrian AI platforms, AI Act
// Art. 50 notices). Broad wordings mostly returned articles, law-firm guides and hosts other passes had already mined;
// the AGB wordings returned the vendors. Every row cites a terms, privacy, policy or docs page, with a path, on the
// product's own host (LEXMATE.AI's terms on its beta subdomain, Kauz's privacy note on its docs subdomain), and that
// page says in the vendor's words that the product answers, generates, transcribes or translates with AI or named
// models. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and
// left to their entries: Sally AI (help.sally.io is a second host of sally.de: sally.io was added to that row in the twentieth session), tl;dv, SpeechMind,
// Audio Transcripteur, SummarizeMeeting, BNS AI Research Labs, KI Worker, iaiaz, Sag-AI, Chatloom, Paolagen, Skimup,
// AnyDialog, Vocra, AI Netherlands, Rozmawiaj AI, Czat.ai, Promptuj, AiPost, Janosik.AI, asistente.cloud, AtiendeIA,
// OmnIAtix, Aiudantes, Elina IA, Smartsvar, My AI (AI Sweden), Skolebot, Siesta AI, Tuttu, Undetectable AI, TAIbot
// (taibot.sk is its Slovak copy, added to that row in the twentieth session), Aidero, Obtains, Advochatus, Evenly, JurisVis, DAGEC PDF AI,
// O.Translator, Skryba, LawyerAI, Erst Recht, LegesAI, Assistini, Geburtstagsname, PrivatAI, NextDash, GuideGlare,
// Botz4U, Lovelio, Talkforce, AI Support Pro, IA Online, AltPilot, Illustro, innochat, PeakPrivacy, BewerbungsFreund,
// Miles AI, Meet2Doc, MeetGeek, VirtualWorkforce.ai, TalkAI and mAiGreece (a prefix on mintour.gov.gr). SwissGPT, which
// the twelfth session's second Europe pass left out because it had seen only news pages, is added here from AlpineAI's
// own AGB. Lexi AI (lexiai.no, a Norwegian company's chatbot for law students) shares a normalised name with Lexi
// (getlexi.io, a Y Combinator startup): two different companies, so both rows stay.
//
// Measured with /work/helpers/classify-hosts.mts on the 367 hosts the searches returned (vendors, articles, law firms,
// stores and shared hosts alike, in /work/helpers/out/europe-hosts.txt): 69 classified before (18.8%), 105 after
// (28.6%).
//
// Left out. Pages with placeholders or drafts (mediafuturert.de's [IHR VOLLSTÄNDIGER NAME], ristretto.ai's
// [DATE_EFFECTIVE], rag.art's "borrador" AI disclosure, sylvia.clinic's "à remplacer" address, a Quebec service
// anyway); a page cited only by a `?p=` query (wilmagpt.com, whose AGB describe private LLM servers: a lead); terms
// seen only on a staging host (ANWALT.AI's AGB on a plesk.page copy naming anwalt-ai.de); pages that never say the
// product uses AI beyond its name (galaxbotai.it, pro-ai.nl, which shares aipost.pl's template, allmedia.ai,
// meetingtodocs.com's speech-recognition terms, maila.ai, novaco.ai's AutoChat terms, jurisys.fr); services done by
// people with AI help (justitai.de, a law firm; ailingo.eu, human post-editing; Legal 230's Alan); general products
// where AI is one feature (lexlane.fr's law-firm suite, dotlegal.com's AI add-on, one.com, Tilda, GoTo, Pageface,
// Deubner's Tax KI on a publisher's site, Radio Creator's AI tools, gomaklerfrei.de's property platform, a PDF tool
// with AI steps, lovguiden.dk's and publitech.se's help bots, Berg Advokater's site assistant); agencies, consultants
// and workshops that build AI for clients (targetfirst.com, shinylion.io, airtecsolutions.net, ilmiobot.it,
// alpinity.ai, swissagentlab.io, wagnerupscale.com, ai-bd.at, weitsprung.solutions, kopiloten.at, schiller-partners.de,
// hetailokaal.nl, afki.no); apps that look mobile- or desktop-only (SalesMemo's iOS-keychain notes, Dictaro's Windows
// app); public bodies (Sikt KI-chat, the Czech parliament's Beey); vendors seen only in articles or blogs
// (algos-ai.com, apertus.ai, ailoopwise.com, aifactum.de, seedext.com, docaro.ai, loskan.io, eudaria.de, litic.ai,
// sky-scribe.com, vomo.ai); products not shown to be European (rita.ai, a lead for a global pass); and shared hosts
// (getaillm.vercel.app, slonge-solutions.pages.dev, seedext-preprod.webflow.io, a plesk.page staging copy).
//
// Later: the twentieth session's cee pass listed rita.ai (as global) and SalesMemo (salesmemo.sk, left out here as
// what looked like an iOS-only app) from their own terms, and the leads2 pass listed
// dictaro.ai (a dictation app left out here); their traps here were dropped then.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const regionalC19EuropeTools: Tool[] = defineTools(
  'chat',
  [
    // --- Sovereign and GDPR-first AI portals and assistants for companies ---
    { id: 'corporate-llm', name: 'Corporate LLM', vendor: 'Everlast Consulting GmbH', domains: ['corporatellm.de'], source: 'https://www.corporatellm.de/agb' }, // AGB: a SaaS platform giving access to AI models of leading providers, paid in credits per AI use
    { id: 'swissgpt-alpineai', name: 'SwissGPT', vendor: 'AlpineAI AG', domains: ['alpineai.swiss'], source: 'https://alpineai.swiss/de_ch/agb/' }, // AGB: access to the SwissGPT platform, an LLM-based solution hosted in Switzerland
    { id: 'leftshift-one-mygpt-mini', name: 'MyGPT Mini (Leftshift One)', vendor: 'Leftshift One Software GmbH', domains: ['leftshiftone.com'], source: 'https://leftshiftone.com/agb-mygpt-mini' }, // AGB: MyGPT Mini, a GDPR-compliant generative-AI SaaS giving business customers access to LLMs (Graz)
    { id: 'safegpt-nl', name: 'SafeGPT', vendor: 'SafeGPT Netherlands B.V.', domains: ['safegpt.nl'], source: 'https://safegpt.nl/gebruiksvoorwaarden/' }, // terms (Dutch): a service that lets users run AI tools for office-automation tasks
    { id: 'lysa-pro', name: 'LYSA', vendor: 'LAISA SRL', domains: ['lysa.pro'], source: 'https://lysa.pro/condizioni-generali' }, // general conditions (Italian): an AI platform on language models that indexes and answers over company files (RAG)
    { id: 'sasoze', name: 'Sasoze', vendor: 'Sasoze', domains: ['sasoze.pro'], source: 'https://sasoze.pro/terms-conditions' }, // regulamin (Polish): an AI assistant service for work and business, tools based on artificial intelligence
    { id: 'tanuo-ai', name: 'tanuo.ai', vendor: 'Lucerion UG', category: 'developer-platform', domains: ['tanuo.ai'], source: 'https://tanuo.ai/terms' }, // AGB: rents servers with locally hosted LLMs and other AI models to businesses
    { id: 'glor-ia-meaworld', name: 'Glor.IA', vendor: 'Meaworld', category: 'productivity', domains: ['gloria.meaworld.com'], source: 'https://gloria.meaworld.com/info/privacy-policy' }, // privacy (Italian): the AI virtual assistant Glor.IA handles mail, calendar, voice notes and meeting transcripts and summaries
    // --- Chatbot builders and customer-support AI ---
    { id: 'kauz-hybrid-bots', name: 'Kauz Hybrid Bots', vendor: 'Kauz', domains: ['managed-kauz.net'], source: 'https://docs.managed-kauz.net/hybrid-bots/intro/datenschutz' }, // docs (German): its chatbots answer through the Azure ChatGPT API on German servers
    { id: 'chatify-dk', name: 'Chatify', vendor: 'Chatify ApS', domains: ['chatify.dk'], source: 'https://chatify.dk/handelsbetingelser' }, // terms (Danish): an AI chatbot and voice-assistant provider building AI-driven text and speech solutions
    { id: 'supportfast', name: 'Supportfast', vendor: 'Supportfast di Elia Semprebon', domains: ['supportfast.ai'], source: 'https://supportfast.ai/it/terms-of-service/' }, // terms (Italian): SaaS support chatbots built on OpenAI's GPT language model
    { id: 'evolbot', name: 'Evolbot', vendor: 'Evolbot di M. V.', domains: ['evolbot.com'], source: 'https://www.evolbot.com/en/terms-and-conditions' }, // terms: a SaaS platform for customisable AI chatbots and AI agents trained on uploaded documents (Trieste)
    { id: 'ai-voor-impact', name: 'AI voor Impact', vendor: 'AI voor Impact', domains: ['aivoorimpact.nl'], source: 'https://aivoorimpact.nl/veiligheid-en-privacy' }, // security and privacy (Dutch): its AI assistants generate answers with several LLMs
    // --- AI for European law and public administration ---
    { id: 'vickychat', name: 'Vickychat', vendor: 'JuraSolutions Rechtsanwaltsgesellschaft mbH', domains: ['vickychat.de'], source: 'https://vickychat.de/agb.html' }, // terms (German): a first legal orientation and document summaries by AI, optionally checked by a lawyer
    { id: 'my-legal-ai', name: 'my legal AI', vendor: 'EDV-Beratung Neuhäusler e.K.', domains: ['my-legal-ai.de'], source: 'https://my-legal-ai.de/agb' }, // AGB: a chatbot application for legal questions that gives automatically generated information
    { id: 'hofrat-ai', name: 'HOFRAT', vendor: 'Leibniz Mechanics FlexCo', domains: ['hofrat-ai.at'], source: 'https://www.hofrat-ai.at/agb' }, // AGB: an AI assistant using LLMs and RAG to explain Austrian administrative procedures
    { id: 'lexia-ch', name: 'LexIA', vendor: 'LexIA', domains: ['lexiach.com'], source: 'https://www.lexiach.com/terms.html' }, // terms (French): AI solutions for legal professionals in Switzerland
    { id: 'lexmate-ai', name: 'LEXMATE.AI', vendor: 'Lawing S.r.l.', domains: ['lexmate.ai'], source: 'https://beta.lexmate.ai/terms' }, // licence terms (Italian): a generative-AI platform that answers legal questions and drafts legal letters
    { id: 'lexi-ai-no', name: 'Lexi AI', vendor: 'Lexi AI AS', domains: ['lexiai.no'], source: 'https://lexiai.no/brukervilkar/' }, // terms (Norwegian): a chatbot for law students on chat.lexiai.no, language models over its own content and legal sources
    { id: 'juria-fr', name: 'JurIA', vendor: 'JurIA SAS', category: 'writing', domains: ['juria.fr'], source: 'https://www.juria.fr/legal/cgv' }, // CGV (French): AI-based software that automates drafting company-law documents
    // --- AI translation ---
    { id: 'smart-translation-worms', name: 'Smart Translation', vendor: 'Smart Translation', category: 'translation', domains: ['smarttranslations.de'], source: 'https://www.smarttranslations.de/agb' }, // AGB: translations made fully automatically with AI in several AI steps, as a rule with no human review
    { id: 'cesar-translate', name: 'Cesar Translate', vendor: 'Cesar Translate', category: 'translation', domains: ['cesar-app.com'], source: 'https://www.cesar-app.com/agb' }, // AGB: a web app that translates and transcribes uploaded documents with AI APIs
    // --- AI minutes, transcription and clinical documentation ---
    { id: 'tripleblue-ai-notes', name: 'Tripleblue AI Notes', vendor: 'Tripleblue B.V.', category: 'meeting', domains: ['triple.blue'], source: 'https://triple.blue/en/legal/terms-minutes' }, // terms: the platform applies AI to generate minutes; its digital assistant records online meetings
    { id: 'audio-zu-text', name: 'Audio zu Text', vendor: 'Relativity GmbH', category: 'meeting', domains: ['audiozutext.de'], source: 'https://audiozutext.de/en/agb' }, // AGB: uploaded audio is transcribed automatically by AI; the premium plan adds an AI chatbot
    { id: 'mirek-ai', name: 'MirekAI', vendor: 'Bindworks s.r.o.', category: 'meeting', domains: ['mirek.ai'], source: 'https://www.mirek.ai/podminky' }, // terms (Czech): a web app on app.mirek.ai that transcribes recordings and generates texts and summaries from them
    { id: 'notat-ai', name: 'Notat AI', vendor: 'Notat AI', category: 'meeting', domains: ['notat.ai'], source: 'https://notat.ai/nl/terms' }, // terms (Norwegian): agentic AI for medical use, including ambient AI for clinical documentation
    { id: 'duktus-pro', name: 'Duktus Pro', vendor: 'Duktus Pro', category: 'writing', domains: ['duktus-pro.de'], source: 'https://docs.duktus-pro.de/dokumentation/editor' }, // docs (German): its report assistant lets AI fill every section of a clinical report from notes or dictation
    // --- AI writing in local languages ---
    { id: 'mixel-ai', name: 'Mixel AI', vendor: 'Mixel', category: 'writing', domains: ['mixel.nl'], source: 'https://mixel.nl/terms-and-conditions' }, // terms (Dutch): Mixel AI's functions are based on AI; inputs become prompts to generate a result
    { id: 'scribigo', name: 'scribigo', vendor: 'scribigo', category: 'writing', domains: ['scribigo.de'], source: 'https://scribigo.de/agb' }, // AGB: an online service for automated text analysis, correction and optimisation using AI
    { id: 'smart-copy-ai', name: 'Smart-Copy.ai', vendor: 'eCopywriting.pl Karol Leszczyński', category: 'writing', domains: ['smart-copy.ai'], source: 'https://www.smart-copy.ai/terms' }, // terms: orders of AI-generated text paid with credits (Poland)
    { id: 'cernel-ai', name: 'Cernel', vendor: 'Cernel', category: 'writing', domains: ['cernel.ai'], source: 'https://cernel.ai/da-dk/brugsbetingelser' }, // terms (Danish): Cernel's AI services generate product and category texts for web shops
    // --- Voice AI and images ---
    { id: 'meinassistent-ai', name: 'MeinAssistent', vendor: 'MeinAssistent Digital GmbH', category: 'audio', domains: ['meinassistent.ai'], source: 'https://meinassistent.ai/agb' }, // AGB: the AI voice assistant MeinAssistent provided as SaaS to businesses
    { id: 'suisse-voice', name: 'Suisse Voice', vendor: 'Suisse AI Group GmbH', category: 'audio', domains: ['suisse-voice.ch'], source: 'https://suisse-voice.ch/agb' }, // AGB: a voice-AI platform to build and run AI phone agents
    { id: 'ewige-stimme', name: 'Ewige Stimme', vendor: 'Nowack', category: 'audio', domains: ['ewigestimme.com'], source: 'https://ewigestimme.com/de/agb' }, // AGB: a platform that clones voices with AI and generates chat answers
    { id: 'pagetopic', name: 'PageTopic', vendor: 'PageTopic', category: 'image', domains: ['pagetopic.org'], source: 'https://www.pagetopic.org/agb' }, // AGB: a SaaS for AI image generation: prompts from web pages, images with Google Imagen 4
  ],
  { checked: CHECKED_C19, region: 'europe' },
);
