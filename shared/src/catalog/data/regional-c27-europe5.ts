// Twenty-seventh session, regional pass for continental Europe (2026-12-07, helper `europe5`): AI products made in
// continental Europe found through the legal pages European vendors must publish (Impressum, Datenschutzerklärung, AGB
// and Nutzungsbedingungen, AVV and sub-processor lists, KI-Transparenz pages; mentions légales, CGU and CGV; algemene
// voorwaarden and privacyverklaring; note legali and informativa privacy; aviso legal; regulamin; obchodní podmínky;
// användarvillkor), beside the earlier European passes (data/regional-c24-dach2.ts, regional-c24-france2.ts,
// regional-c24-nordics.ts, regional-c24-southeu.ts, regional-c24-easteu.ts, regional-c25-sebaltic.ts,
// regional-c26-eucredits.ts and the ones they name), whose queries and rows are not repeated here. Here: Comma Soft's
// AI assistant Alan (its app. host); German AI tools for teachers and learners (TeachPie, Lehrer Assistent on
// Anthropic, StudiBrudi on OpenAI and Anthropic, Aimathic of Munich); two Swiss French-language AI transcription
// services (Dya Voice of Blue Lantern Sàrl, Omniscribe of Sion); two German LLM platforms for businesses (mAI
// Platform's multi-agent system with LLM routing, sisTent's AI-assistant platform of Fürth); a Berlin nutrition app
// with AI analysis of photos and audio (Mahlzait); a Dutch AI check of tradesmen's quotes on Gemini
// (OfferteChecker.ai); an Italian AI image-generation platform (Sintesy, on its own subdomain); PiktID's Klagenfurt web
// app that generates and anonymises images of people; and Your AI Twin, a German platform whose creators publish AI
// twins for learners.
//
// Leads. 40 look-ups, all `search` in the stored `pages` corpus, counted as they were made (no read_file: the stored
// pages are not in the file index). Queries: German legal-page wordings (Impressum with KI-Tool and OpenAI as
// processor; Unterauftragsverarbeiter with Mistral AI, Aleph Alpha and DeepL; "Angaben gemäß § 5 DDG" with
// KI-Assistent; KI-Transparenzhinweis under Art. 50 of the AI Act; Austrian FN/Firmenbuch terms; Trauerrede and
// Hochzeitsrede apps; Immobilienexposé; Förderantrag; Tierarzt and Physiotherapie documentation; Pflanzen-Diagnose;
// Zeugnisbemerkungen and Unterrichtsvorbereitung for teachers; Hausaufgabenhilfe; KI-Lernplattform with Karteikarten;
// Kalorien-Apps), English wordings of German and Swiss companies ("legal notice Impressum", "Amtsgericht München" with
// LLMs, "UG (haftungsbeschränkt)" AI web apps, "AG Zug" with the Swiss FADP), French (mentions légales with SAS and
// OVH, CGU on inaccurate AI output with Mistral, article-50 transparency, kinésithérapeutes and ostéopathes, Sàrl with
// nLPD in Lausanne and Geneva, mobile-app photo analysis, teachers' tools of a micro-entreprise), Dutch (algemene
// voorwaarden with KvK and AI output, AI transcription for GPs and physiotherapists, privacyverklaring of an
// eenmanszaak on OpenAI, uploads analysed by AI with Mollie payments), Italian (note legali with P.IVA and generative
// AI; informativa privacy for photo-analysing apps), Spanish (aviso legal LSSI with S.L.; privacy of photo-analysing
// apps), Polish (regulamin with NIP/REGON), Czech (obchodní podmínky with IČO) and Swedish (användarvillkor with
// organisationsnummer). As earlier passes found, the broad legal wordings returned law-firm guides, data-protection
// blogs, authorities and rows already listed; the product-kind wordings (teachers, learners, clinical transcription,
// consumer photo apps) and the English company-form wordings found the rows below. Every row cites a page with a path
// on the product's own host where the vendor says the product generates, answers, transcribes, analyses or tutors with
// AI, KI, LLMs or a named model provider. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in
// data/ and the other helpers' c27 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 271 hosts the searches returned (vendors, law firms,
// authorities, news, blogs, agencies and shared hosts alike, in /work/helpers/out/europe5-hosts.txt): 69 classified
// before (25.5%), 83 after (30.6%): each of the 14 new hosts was returned by the searches.
//
// Claimed below a parent that was not read: app.alan.de (the notice read is the app's; alan.de was not read and is left
// for a pass that reads it) and sintesy.polaris-ai.it (Sintesy's privacy page; polaris-ai.it, the company's root, was
// not read and is a trap).
//
// Doubtful rows. Sintesy's privacy page leaves the controller's name empty in the copy read; it is counted as Italian
// from its Italian text, its .it host and its EU data centres. PiktID's terms say the web app generates, customises and
// anonymises images of people without the word KI in the part read; generating images of people is the product, so it
// is counted. Your AI Twin's terms (by Andre Unger) describe creators' AI twins that learners use without an account;
// AI is mostly in the product's name there. Mahlzait is a sole trader's app; its privacy policy names optional KI
// analysis of pictures and audio and its KI backend services. mAI Platform's terms name no company beyond the platform
// and are counted as German from their German Civil Code (§ 310 BGB) wording. Lehrer Assistent is run by a sole trader
// (KOKO4YOU) in Borna.
//
// Already listed and left to their entries (met again): OATDA, iaiaz, Inspect AI, StudioShootAI, Skol-IA (galax-ia),
// MindChat, AI Netherlands, GuideGlare, AI Agent, WBSO GenerAItor, Botz4U, SiteMind GPT, PaolaGen, Vocra, LEXMATE.AI,
// LYSA, AnyDialog, StrixAI, Metaloss Solven, Illustro, Numeia, CocoAI, Promptuj, RozmawiajAI, AiPost, Janosik.AI,
// czat.ai, Storiko, Lovelio, Obtains, TAIbot, VAIBE.AI, Advochatus, Kontexta, Lexi AI, Beyond the Loop, lector.ai,
// Corporate LLM, Langdock, nele.ai, LegesAI, HOFRAT, Foundor.ai, Dr. Headshot, SwissGPT (AlpineAI), Suisse Voice, LexIA
// (lexiach.com), Linova, Convaise, SoulVoice, Ineke, Autoscriber, Attendi, KnowIQ, Nakijken.ai, WillieChat, Duktus Pro,
// BESCHEIDKLAR, Tutel, TutorPlai, Alphabees KI-Tutor, EvalIA, NewLittle, AiPassportPhotos, Image-to-Image AI, Concero
// AI and AI Contract Manager (appfabrik-ai.de); PhotoPrompt AI and Flip Education are in other helpers' c27 files.
//
// Left out. Placeholders and drafts: kinon.app ("[RAISON_SOCIALE]"), blinkoai.com ("Ilyas [Last name]"), reframe-ai.de
// and fivehives.ai ("[Dein Name / Firma]", "[Name der KI-Agentur]"), mulas.app's Artelio policy ("<app_name>"),
// ajkonic.ai ("[descriptor]" in its merchant-of-record clause), kisy-student-coaching.com (as before), truvento.de (the
// provider's name missing before its address), tutel.app (placeholder address, listed anyway). `?p=` pages:
// mahlzait.org/?p=51 (Mahlzait's other host: a lead for the merger), teach-app.de, happycolorz.de (a German AI
// colouring-page generator: a lead), swissbot.store, ardututor.edubot.it. Shared platforms: kalofix-site.pages.dev
// (KaloFix, a Frankfurt calorie app on OpenAI: a lead), slonge-solutions.pages.dev, getaillm.vercel.app,
// matheli.github.io, sites.google.com app policies. General products where AI is one feature: domaintechnik.at's
// homepage builder, mioweb.cz, one.com, tilda.cc, publitech.se's help chatbot, lovguiden.dk's chatbot,
// docs.radio-creator.com (radio software's AI tools), mijnbouwapp.nl (builders' bookkeeping with Gemini analysis),
// propertypilot.eu, ramsayservices.fr, thoptec.com's site chat, ia.ipzs.it and vlaio.be (public bodies' chatbots).
// Agencies, consultancies and training: decaid.ai, targetfirst.com, wunderki.de, dkral.cz, aiprocessautomation.eu,
// ronspoelstra.be, kiloesungen.com, schiller-partners.de (an "AI system" with pseudonymisation behind a web interface,
// Teams bot and API, on a company site not read: a lead), hetailokaal.nl. Pages that do not say the product uses AI, or
// only in a name: hesse.ai's AGB (Hesse AI GmbH of Passau, a well-known AI writing tool; the AGB part read describes
// only the Paddle order process, and studi.ai's English privacy page of the same company likewise: a strong lead),
// nachhilfe-mentor.de (Thümmler AI GmbH), learnassist.de, wamannki.com ("AIssistants" by Wilhelm Amann KI e.U.),
// scalan.ai, allmedia.ai, ai-schmie.de, plantix.net (old beta terms of the plant-disease app, no AI named: a lead),
// swisstranscript.ch ("speech recognition algorithms", AI not named: a lead), pro-ai.nl, emoree.de, life-moments.app,
// kalorime.com, foodlog.life, ask-why.app and patterno.ai (as before), app-studio.it (tax documents with "digital
// technologies including AI"), generatebg.com (an AI background generator whose AGB were read only on its bare
// homepage: a lead), leessimpel.nl (a Dutch app that simplifies letters with OpenAI, read only on a /404 route: a
// lead). Not shown to be in continental Europe: legal-robots.com (legal questions answered with Google Gemini, operator
// not named: a lead), radiantharmonyai.com, shotai.org, ai3xapp.com (Ai3X GmbH of Frankfurt; the app's purpose not
// read: a lead), pageface.com (SARL ZHULI's page builder, AI one feature). Vendor blogs only: deptho.ai, zazadraft.com
// (AI for teachers, country not shown: a lead), inno-brain.de, mit-ai-lernen.at, synaptos.at, blog.eduprompt.fr. News,
// law firms, authorities and guides (dacuro.de, adsimple.at, sawickilegal.pl, grette.no, aepd.es, rgpd.com and the
// like) are not listed.
// Look-alikes: general sites beside the new rows, shared-platform copies and left-out hosts are traps in
// lookalikes-c27-europe5.test.ts.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const regionalC27Europe5Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- business assistants and LLM platforms ---
    { id: 'alan-comma-soft', name: 'Alan (Comma Soft)', vendor: 'Comma Soft AG', category: 'chat', domains: ['app.alan.de'], source: 'https://app.alan.de/docs/de/privacy' }, // privacy notice (German): thanks users of the KI-based Alan services; Comma Soft AG is controller, or processor for employers' accounts
    { id: 'mai-platform', name: 'mAI Platform', vendor: 'mAI Platform', category: 'agents', domains: ['mai-apa.de'], source: 'https://mai-apa.de/terms' }, // GTC (§ 310 BGB): a multi-agent system and frontend builder AI with VMs, seats and routing to third-party LLMs (OpenAI, Google Gemini), billed by tokens
    { id: 'sistent', name: 'sisTent', vendor: 'sisTent UG', category: 'agents', domains: ['sistent.ai'], source: 'https://sistent.ai/index.php/en/terms/' }, // terms (Fürth): an AI-powered platform for companies to use and manage AI assistants and chatbots on LLMs; prompts go to the selected model and outputs come back
    // --- transcription (Switzerland) ---
    { id: 'dya-voice', name: 'Dya Voice', vendor: 'Blue Lantern Sàrl', category: 'meeting', domains: ['dyaclinical.com'], source: 'https://www.dyaclinical.com/fr/legal/terms' }, // CGU (Swiss Sàrl): B2B voice recording and automated transcription with optional AI-generated summaries and structured notes
    { id: 'omniscribe', name: 'Omniscribe', vendor: 'Omniscribe Sàrl', category: 'audio', domains: ['omniscribe.ch'], source: 'https://www.omniscribe.ch/terms-of-service' }, // general terms (Sion, CHE-238.692.594): an artificial-intelligence system for voice transcription
    // --- teachers and learners ---
    { id: 'teachpie', name: 'TeachPie', vendor: 'TeachPie', domains: ['teachpie.de'], source: 'https://www.teachpie.de/aitransparency' }, // AI-transparency handbook (German): a KI-supported assistant for teachers that creates, differentiates and organises lesson materials and plans
    { id: 'lehrer-assistent', name: 'Lehrer Assistent', vendor: 'KOKO4YOU', domains: ['lehrer-assistent.de'], source: 'https://www.lehrer-assistent.de/datenschutz.html' }, // privacy (Borna): teaching materials generated with KI through Anthropic's API from topic, class, subject and uploaded textbook photos
    { id: 'studibrudi', name: 'StudiBrudi', vendor: 'StudiBrudi', domains: ['studibrudi.de'], source: 'https://www.studibrudi.de/datenschutz.html' }, // privacy (Cologne): a KI learning platform whose KI functions send users' text inputs to OpenAI and Anthropic
    { id: 'aimathic', name: 'Aimathic', vendor: 'Aimathic', domains: ['aimathic.com'], source: 'https://www.aimathic.com/de/datenschutz.html' }, // children's privacy notice (Munich): a KI-supported learning platform that processes children's questions and answers
    // --- consumers and trades ---
    { id: 'mahlzait', name: 'Mahlzait', vendor: 'Mahlzait', category: 'other', domains: ['mahlzait.de'], source: 'https://www.mahlzait.de/datenschutz' }, // privacy (Berlin sole trader): a nutrition and fitness app with KI analysis of pictures and audio and KI backend functions
    { id: 'offertechecker', name: 'OfferteChecker.ai', vendor: 'Westveen B.V.', domains: ['offertechecker.ai'], source: 'https://offertechecker.ai/privacy' }, // privacy (Dutch): an uploaded quote is processed with AI (Google Gemini) to compare prices and generate a report
    // --- images ---
    { id: 'sintesy', name: 'Sintesy', vendor: 'Polaris AI', category: 'image', domains: ['sintesy.polaris-ai.it'], source: 'https://sintesy.polaris-ai.it/privacy.html' }, // privacy (Italian): an AI image-generation platform; uploaded photos are the base for images generated by the AI model, processed in the EU
    { id: 'piktid', name: 'PiktID', vendor: 'PiktID GmbH', category: 'image', domains: ['piktid.com'], source: 'https://piktid.com/de/servicebedingungen' }, // AGB (Klagenfurt, FN 585765w): a web app and APIs to generate, customise and anonymise images of people
    // --- tutors and twins ---
    { id: 'your-ai-twin', name: 'Your AI Twin', vendor: 'Andre Unger', category: 'chat', domains: ['your-ai-twin.de'], source: 'https://www.your-ai-twin.de/en/terms' }, // terms (German provider): creators build AI twins that learners use, with or without an account
  ],
  { checked: CHECKED_C27, region: 'europe' },
);
