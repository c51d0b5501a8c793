// Twenty-fourth session, pass `dach2` (2026-12-07, helper `dach2`): AI products made in Germany, Austria or
// Switzerland, or built mainly for German-speaking users, that no entry claimed yet, beside the earlier European passes
// (data/regional-c17-euro.ts, data/regional-c19-europe.ts, data/regional-c20-westeu.ts, data/regional-c21-dachfr.ts),
// whose rows are not repeated here. Here: AI phone assistants for German practices and small businesses (praxisToni of
// a medical billing office, SpeaklogIQ, apointa, Telefonagent, ReplyMate, Polly KI); AI documentation for dentists,
// psychotherapists and nursing homes (DentDoc, Theradocx of Austria, VIA Health, dexter health); AI transcription
// and call notes (Memo2Text's WhatsApp voice-message summaries, Bliro's botless sales-call notes); AI for teachers and
// pupils (Swiss Teach AI on the Swiss Lehrplan 21, classmAIte's school AI chat); German consumer and trade helpers that
// read official and private paperwork with AI (BESCHEIDKLAR and Klarbescheid for Bürgergeld notices, Mister Check for
// service-charge statements, a rent-reduction assistant, Handwerker Rechnungen turning tradesmen's voice messages into
// invoice drafts); AI application photos and application writing (KarriereShot, myApplicantBot); and a Swiss AI voice
// secretary (SwitchNowAI).
//
// Leads. 39 look-ups in the stored `pages` corpus, counted as they were made, almost all in German, worded the way
// vendors word their own legal pages (AGB, Nutzungsbedingungen, Datenschutzerklärung, Leistungsbeschreibung,
// Unterauftragsverarbeiter, "die Anbieterin stellt ... KI-gestützte", "KI-generierte Inhalte können fehlerhaft sein",
// "keine Rechtsberatung", UG/GmbH/FN/revDSG) and by kind: Kanzleien and Legal Tech, Steuerberater, Arztbriefe and
// Praxis documentation, KI-Telefonassistent for practices and Handwerk, DSGVO-konforme ChatGPT-Alternativen, KI-Protokoll
// and transcription, Lehrkräfte and Schulen, Bewerbung and Arbeitszeugnis, Behörden and Leichte Sprache, Pflege,
// Psychotherapie, Bescheide and Mietverträge, Handwerk, Makler, Dolmetscher, Swiss and Austrian company forms. The
// broad wordings (KI in Kanzleien, KI für Steuerberater, DSGVO-konforme KI, Behörden-KI, Leichte Sprache) returned
// magazines, law-firm and consultancy guides, public bodies and news almost only; the AGB wordings with a product kind
// returned the vendors, and many of those were already listed by earlier passes. Every row cites a terms, privacy, guide
// or blog page, with a path, on the product's own host, where the vendor says in its own words that the product answers
// calls, documents, transcribes, analyses, generates or tutors with KI, AI, language models or a named model provider;
// the blog and guide pages cited (dexter health, Bliro, Mister Check, Theradocx, VIA Health) describe the vendor's
// own product. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 242 hosts the searches returned (vendors, magazines, law firms,
// consultancies, public bodies, news and shared hosts alike, in /work/helpers/out/dach2-hosts.txt): 33 classified
// before (13.6%), 55 after (22.7%).
//
// Already listed and left to their entries: SmartCall Assist, Fonhero, empfang.online, Vokaro, SpeechMind, Sally AI,
// Audio zu Text, Duktus Pro (docs.duktus-pro.de), scribigo, Assistini, GuideGlare, Zenslate, PrivatAI, DeutschlandGPT,
// Corporate LLM, MyGPT Mini (Leftshift One), HOFRAT, innochat, schulKI, FelloFish, Tutel, TutorPlai, BewerbungsFreund
// (2026.bewerbungsfreund.de reaches it), LawyerAI, lector.ai, Beyond the Loop, Voicelate, InterMIND (mind.com), WebChatAgent,
// VirtualWorkforce.ai, tl;dv, MeetGeek and SummarizeMeeting.
//
// Left out. Pages with placeholders or drafts: smartscription.de's AGB ("[X] Minuten", "[PREIS]"), cv-fast.com's terms
// (instructions to replace sample texts), ueli-dev.com (templates in beta), preview.nebenkosten-prüfer.com ("Entwurf",
// "[Firmenname]"), the ANWALT.AI terms on a plesk.page staging copy (as the c19 pass decided), kisy-student-coaching.com
// ("<Name, Address to be inserted>"). Pages that never say the product uses AI, or only in its name: scribotec.de's
// transcription AGB, simply-onno.com's privacy policy, summarize.one's privacy policy, schulegpt.de's shop AGB (seminars,
// e-books and licences for the SchuleGPT web app on app.schulegpt.de, which was not read: a lead), bewerbungsfix.de,
// mein-arztbefund.de, lawx.de's AGB on care.lawx.de, steuercheck.net (rule-based hints), radiology-ghostwriter.com
// (Ghostwriter of Artificial Intelligence in Medicine UG: the terms read never describe the AI; a lead).
// General products or companies where AI is one offer: audiotranskription.de (transcription software, books and foot
// pedals beside its speech recognition), capito.eu (a Leichte Sprache translation franchise with capito.ai among many
// services: a lead for capito.ai), moinord.de (an agency's KI-App-Suite under its main AGB), heynote.app (time tracking
// with an optional AI invoice draft), gomaklerfrei.de (a property platform, as the c19 pass decided), immotools24.de,
// ihretelefonzentrale.de (a human answering service with a VoiceBot module), ki-telefonservice.de (a hybrid KI and human
// answering service), magdeburg.online (a reseller), deubner-steuern.de (a publisher's Tax KI and LOKIAS, as before),
// telefonie-strategie.de (as before), proofdocs.de (an Arbeitszeugnis service with KI-assisted wording beside legal
// text blocks), lernkonzept2go.de (tutoring with a KI coach, seen by `?p=` only). Agencies, consultancies and courses:
// ai-bd.at, aimpress.at, kiumi.agency, wagnerupscale.com, kopiloten.at, alpinity.ai, ki-agentur.kaatai.de, wz-it.com,
// tech-now.io, ankerkopf.de's recruiting GPT, press-ki.de, kiba.berlin, visionarydata.de, data-security.ch. Vendors seen
// only in news or others' pages: SUMM AI (Leichte Sprache, Munich), eudaria.de, VITAS (telefonassistent.de, whose privacy
// page was read on a car dealer's site), ReportAssistant (veterinary documentation), Pocketalk and Vasco: leads. Seen
// only on its own blog: Helia (heliamedical.com, AI documentation of therapy sessions on servers in Germany), whose
// blog page the twentieth-session clinic pass keeps as a trap; it was written here first and taken out when the trap
// check flagged it (a lead for a pass that reads its terms). Products shut down: leichte-sprache.io (its maker's blog
// says the project was stopped). Homepage only: TaxLetterAI on taxletterai.alexanderbeckermedia.de (as before). Shared
// hosts: ai-profilbild.pages.dev (Personalize24's AI application photos, whose own host personalize24.de the searches
// did not return: a lead), joselugo-website.pages.dev, slonge-solutions.pages.dev.
//
// Doubtful rows: BESCHEIDKLAR's AGB name the provider only as "the provider named above"; the rent-reduction assistant's
// AGB carry an empty "Stand:" date; SwitchNowAI is a voice box with cloud AI services whose site is read from its privacy
// policy alone; apointa's privacy policy describes its KI phone assistant for customers who book it, under a sole
// trader's name (Otterflow by Luca Christ).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24Dach2Tools: Tool[] = defineTools(
  'agents',
  [
    // --- AI phone assistants for practices and small businesses ---
    { id: 'praxistoni', name: 'praxisToni', vendor: 'Privatärztliche Verrechnungsstelle Westfalen-Nord GmbH', domains: ['praxis-toni.de'], source: 'https://praxis-toni.de/agb' }, // AGB: a cloud KI-assisted phone assistant that answers calls to medical practices and turns patients' requests into tickets
    { id: 'speaklogiq', name: 'SpeaklogIQ', vendor: 'SpeaklogIQ UG (haftungsbeschränkt)', domains: ['speaklogiq.de'], source: 'https://speaklogiq.de/agb' }, // AGB (Cologne): a cloud KI-assisted phone system for practices that takes calls, converts speech to text and classifies requests
    { id: 'apointa', name: 'apointa', vendor: 'Otterflow (Luca Christ)', domains: ['apointa.org'], source: 'https://apointa.org/datenschutz' }, // privacy: its KI-assisted phone assistant understands callers in real time and books appointments into the customer's calendar
    { id: 'telefonagent', name: 'Telefonagent', vendor: 'Telefonagent.com', domains: ['telefonagent.com'], source: 'https://www.telefonagent.com/agb' }, // AGB (B2B): a KI-assisted voice service that takes and makes calls, books appointments, qualifies leads and transcribes
    { id: 'replymate-de', name: 'ReplyMate', vendor: 'bettermerch GbR', domains: ['replymate.de'], source: 'https://www.replymate.de/agb' }, // AGB: sets up and runs a KI phone assistant that answers calls, records requests and writes summaries, on minute quotas
    { id: 'polly-ki', name: 'Polly KI', vendor: 'KoBra Dataworks GmbH', domains: ['pollyki.de'], source: 'https://pollyki.de/datenschutz' }, // privacy (Gelsenkirchen): its KI phone agent Polly KI records and transcribes the calls it takes
    // --- Clinical and care documentation ---
    { id: 'dentdoc', name: 'DentDoc', vendor: 'DentDoc (Richard Petrasch)', category: 'audio', domains: ['dentdoc.de'], source: 'https://www.dentdoc.de/agb' }, // AGB: SaaS for dentists that transcribes patient conversations and writes KI-assisted documentation
    { id: 'theradocx', name: 'Theradocx', vendor: 'Theradocx', category: 'productivity', domains: ['theradocx.at'], source: 'https://theradocx.at/blog/ki-dokumentation-psychotherapie-zukunft' }, // own blog (Austria): AI turns a therapist's bullet points into short or long session protocols, hosted in the EU
    { id: 'via-health', name: 'VIA Health', vendor: 'VIA HealthTech', category: 'productivity', domains: ['via-health.de'], source: 'https://www.via-health.de/5-ai-myths-debunked' }, // own blog: VIA uses AI to write psychotherapists' session notes and reports
    { id: 'dexter-health', name: 'dexter health', vendor: 'dexter health', category: 'productivity', domains: ['dexter-health.com'], source: 'https://www.dexter-health.com/blog/ki-stationare-altenpflege-praxisbeispiele-pflegeheim-alltag' }, // own blog: nursing staff dictate care reports and the AI turns speech into structured entries and care plans
    // --- Transcription and call notes ---
    { id: 'memo2text', name: 'Memo2Text', vendor: 'Memo2Text (Steven Braun)', category: 'audio', domains: ['memo2text.de'], source: 'https://www.memo2text.de/agb' }, // AGB (Hanover): a WhatsApp service that transcribes and summarises voice messages with KI
    { id: 'bliro', name: 'Bliro', vendor: 'bliro GmbH', category: 'meeting', domains: ['bliro.io'], source: 'https://www.bliro.io/en/blog/einwilligung-im-vor-ort-gesprach-formulierungen-souveraner-ablauf-fur-den-aussendienst' }, // own blog (Munich): an AI sales assistant that documents on-site and online customer conversations by live transcription, without a bot
    // --- Schools ---
    { id: 'swiss-teach-ai', name: 'Swiss Teach AI', vendor: 'Leiser AI Consulting GmbH', category: 'writing', domains: ['swiss-teach.ai'], source: 'https://swiss-teach.ai/agb' }, // AGB: KI-assisted teaching materials for Swiss teachers from Lehrplan 21 competences, generated with Google Gemini
    { id: 'classmaite', name: 'classmAIte', vendor: 'OXO UG (haftungsbeschränkt)', category: 'chat', domains: ['classmaite.com'], source: 'https://classmaite.com/terms' }, // AGB: a learning platform for families, classes and schools built around a KI chat, hosted in the EU
    // --- Paperwork, applications and trades ---
    { id: 'bescheidklar', name: 'BESCHEIDKLAR', vendor: 'BESCHEIDKLAR', category: 'productivity', domains: ['bescheidklar.de'], source: 'https://bescheidklar.de/terms-of-service' }, // AGB: a KI-assisted first check of Bürgergeld (SGB II) notices by a machine-learning model, with a traffic-light result
    { id: 'klarbescheid', name: 'Klarbescheid', vendor: 'Klarbescheid', category: 'productivity', domains: ['klarbescheid.de'], source: 'https://klarbescheid.de/en/agb' }, // AGB: automated AI analysis of Bürgergeld notices, passed with the notice to a referred social-law attorney
    { id: 'mister-check', name: 'Mister Check', vendor: 'Mister Check', category: 'productivity', domains: ['mister-check.com'], source: 'https://www.mister-check.com/ratgeber/nebenkostenabrechnung-digital-pruefen' }, // own guide: its AI checks an uploaded service-charge statement and drafts the objection
    { id: 'deinmietminderer', name: 'Dein Mietminderung Rechner', vendor: 'AM Creative Tech GbR', category: 'productivity', domains: ['deinmietminderer.de'], source: 'https://deinmietminderer.de/agb' }, // AGB: a KI-assisted estimate of a rent reduction for defects, with letters and optional AI photo analysis
    { id: 'handwerker-rechnungen', name: 'Handwerker Rechnungen', vendor: 'syscore GmbH', category: 'productivity', domains: ['handwerker-rechnungen.de'], source: 'https://www.handwerker-rechnungen.de/nutzungsbedingungen' }, // terms (Chemnitz): generative KI turns tradesmen's WhatsApp voice messages into invoice drafts
    { id: 'myapplicantbot', name: 'myApplicantBot', vendor: 'myApplicantBot.de (Tolga A. Unold)', category: 'writing', domains: ['myapplicantbot.de'], source: 'https://myapplicantbot.de/txt/privacy_en.html' }, // privacy (Donauwörth): an AI-powered application service with CV analysis and cover-letter generation
    { id: 'karriereshot', name: 'KarriereShot', vendor: 'KarriereShot', category: 'image', domains: ['karriereshot.de'], source: 'https://www.karriereshot.de/nutzungsbedingungen' }, // terms: generates professional application portraits from uploaded photos with artificial intelligence
    // --- Voice secretary ---
    { id: 'switchnowai', name: 'SwitchNowAI', vendor: 'SwitchNowAI', domains: ['switchnowai.com'], source: 'https://switchnowai.com/privacy.html' }, // privacy: a KI-assisted voice assistant from Switzerland, a box with cloud AI services that manages appointments, reminders and notes
  ],
  { checked: CHECKED_C24, region: 'europe' },
);
