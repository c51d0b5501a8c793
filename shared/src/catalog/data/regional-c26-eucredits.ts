// Twenty-sixth session, regional pass for continental Europe (2026-12-07, helper `eucredits`): AI products made in
// continental Europe found through the wording of their own pricing, credit and terms pages in the local languages,
// beside the earlier European passes (data/regional-c6-terms-europe.ts, regional-c12b-europe.ts, regional-c17-euro.ts,
// regional-c19-europe.ts, regional-c20-westeu.ts, regional-c20-cee.ts, regional-c21-dachfr.ts, regional-c22-europe3.ts,
// regional-c24-dach2.ts, regional-c24-france2.ts, regional-c24-southeu.ts, regional-c24-nordics.ts,
// regional-c24-easteu.ts), whose rows are not repeated here. Here: a credit-based prompt optimiser for LLMs (Prompt
// Optimizer on ventrox.de); a Swedish AI writing assistant for authors (Skribler); three German AI children's-story
// services that generate text, illustrations and narration (MyTinyTales, Ellas Stories, LilMe Tales); a Finnish AI
// bookkeeping app that codes purchase invoices (FabricAI, run at tiliointi.fi); a Swiss AI architecture and interior
// visualiser (Vizera); an Austrian AI learning platform for children on OpenAI and Gemini (Augen auf!); a Norwegian
// AI transcription service (Skrible); and a Dutch consumer contract checker whose AI extracts the clauses its lawyers'
// rules then judge (Voorwaarden Checker).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way vendors word
// their own pages: German ("KI-Credits", "AGB" with "künstliche Intelligenz" and Credits, KI-Protokoll, KI-Assistent
// für Steuerberater, KI-Bewerbung, personalisiertes KI-Kinderbuch, KI-Vertonung, Swiss "AG"/revDSG and Austrian
// "e.U." terms), French ("crédits IA" with CGV/CGU, assistant juridique IA, devis artisans, voix off IA, correction de
// copies, Belgian SRL/BCE terms), Spanish ("créditos de IA" with condiciones generales, S.L./LSSI image tools,
// asesorías, abogados), Italian ("crediti AI" with termini e condizioni, piattaforma per docenti, avvocati,
// descrizioni prodotti), Dutch (algemene voorwaarden with AI-credits, zorg-verslaglegging, notulen, advocaten),
// Polish (regulamin with kredyty and sztuczna inteligencja, prace studenckie, transkrypcja), Portuguese (termos with
// créditos, Unipessoal Lda), Czech (obchodní podmínky with kredity), Danish (handelsbetingelser with AI-kreditter),
// Swedish (villkor, mötesanteckningar), Norwegian (vilkår KI-tjeneste), Finnish (käyttöehdot tekoäly). The catalog is
// dense here: most vendor pages the searches returned were already listed by the passes above, and most of the rest
// were news, law-firm and agency pages. Every row cites a page with a path on the product's own host where the vendor
// says the product generates, analyses or transcribes with AI, an LLM or a named model provider. Hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ and the other helpers' c26 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 293 hosts the searches returned (vendors, news, law firms,
// agencies, blogs and shared hosts alike, in /work/helpers/out/eucredits-hosts.txt): 89 classified before (30.4%), 101
// after (34.5%).
//
// Already listed and left to their entries (met again): OATDA, IA Online, StrixAI, Elina IA, Illustro, CreateVision AI,
// Ambienta, PaolaGen, RunAI, AI Music Maker, all-images.ai, Geburtstagsname, PageTopic, Assistini, Corporate LLM,
// schulKI, iaiaz, I'Atelier, Image-to-Image AI, Demande à Léon, Inspect AI, AI Netherlands, AI Agent (aiagent.nl),
// GuideGlare, AiPost, Lovelio (aizyczenia.pl), Promptuj, RozmawiajAI, OptiwAI, czat.ai, PawSnap AI, Janosik.AI,
// Smartsvar, Railwail, Tuttu, Siesta AI, Lexi AI, Notat AI, Skolebot, Sikt's KI-chat (a public body, as before), TAIbot,
// PřekladačAI, Aidero, VAIBE.AI, BewerbungsFreund, E-DOLLS, Studio247, bertibuch, Moonie Tales, KIKI-BOOK, Facturely,
// Autoscriber, Whispp, KnowIQ, SellyGenie, Kônsul Suite, Tributar (Colombian), PeakPrivacy, Swiss Teach AI, SwissGPT
// (AlpineAI), innochat, HOFRAT, MyGPT Mini, ViralStudio.AI (saoas.yt), DigiElevate, Speekra, Transcriptmate,
// MöteReferat, Skrajb, Legal Assistant AI (MPER STUDIO), Sally AI, PDF AI Agent (dagecpdf.com), PixelForge, Somake.
//
// Doubtful rows. Prompt Optimizer's AGB name the provider only by the product name, with no company or address; it is
// counted as German from its German AGB and claimed as the subdomain alone (ventrox.de itself was not read). LilMe
// Tales' AGB name "the operator of the application" without a company; German from its German AGB (contracts in
// German or English). Skribler's user agreement names skribler.se as the service but calls the site novelcraft.net
// in one sentence, which looks like an adapted template; the product is Swedish-language and the row claims
// skribler.se only (novelcraft.net was not read). MyTinyTales' AGB describe a beta with free stories and paid packages
// to follow. FabricAI's terms are on fabricai.fi and say the service runs at tiliointi.fi: both hosts are claimed.
// Voorwaarden Checker stresses that it is not a chatbot: its AI reads and marks contract clauses and its lawyers'
// pre-written rules produce the explanation; the AI step is the product's core, so it is counted.
//
// Left out. Agencies, consultancies and training: agi-smart-solutions.de (web development and consulting beside an
// AI-content relay), autodudes.de (a web-development GbR selling credits for its CMS plug-in), aicollegas.nl,
// aisuma.ai, aiheroes.io, theaicompound.com, hetailokaal.nl, ai-konsulenterne.dk, it-ai-solutions.com, dkral.cz,
// apeasy.dk and nordiqwalue.com (chatbots built per client), swissagentlab.io, go-ai-smart.com, afki.no,
// ivamstudioia.com, lunioncom.com, wesualy.com (AI renderings, but the AGB call the company an agency: a lead).
// General products where AI is one feature: ignite.video (video hosting with KI-Credits), pagerangers.com (SEO suite),
// stocklib.es (a stock library with an AI generator), matury-online.pl and platforma-edukacyjna.com (exam courses),
// phoenix-technologies.ch (a Swiss cloud with AI model services), one.com, tilda.cc, domaintechnik.at and
// squarespace.com's AI terms, devisioo.com, aeioros.com (FacturaB2B). Placeholders and drafts: cv-fast.com ("replace
// the sample texts"), karrierejaeger.com ("[IHRE ADRESSE]"), strixai.es ("Tomo XXXXX", already listed anyway),
// lesdevisdelhermine.fr ("DRAFT", as before). Shared platforms and dev hosts: ai-profilbild.pages.dev (Personalize24's
// AI application photos; personalize24.de was not read: a lead, as dach2 said), sajtmaskin.vercel.app (a Swedish AI
// site builder in beta: a lead), getaillm.vercel.app, voice2bug.pages.dev, ai4elearning-dev.ttms.pl,
// studio--jurisdictio-8316b.us-central1.hosted.app (Panamanian). Pages that do not say the product uses AI, or only in
// a name: textie.ai (Generative AI s.r.o.'s shop terms, as easteu said: a lead), aiwriter.fi (a Helsinki AIwriter
// subscription whose terms never say what the AI does: a lead), transkryptomat.pl (Hinter Sp. z o.o.'s transcription
// terms, the company behind Transcriptmate), skrybot.pl and przepisywanie.pl, transkryptor.pl (human transcription),
// attendi.nl (Dutch care speech technology; its compliance page says speech technology, not AI: a lead),
// praatmetdedokter.nl, reg4u.nl's privacy notice for DeclaratieScan.ai (automated analysis of GP notes, on another
// host: a lead once declaratiescan.ai is read), recaphub.co (Niron B.V.'s Translingo and RecapHub: transcription and
// generated event summaries, AI not named in the policy: a lead), app.campusai.pl (CampusAI's affiliate rules: a lead),
// ai8.dk (tracking of brands in AI models), intellicharge.ai (solar-battery optimisation), prompt-trade.dk (a prompt
// marketplace). Vendor blogs about AI in general: juriblox.nl, aikorektor.sk (a Slovak AI proofreader's essay on
// copywriting: a lead), cfoagent.ch, sally.de's blog, processpilot.fr, pigro.ai, algos-ai.com. Not continental or not
// shown to be: airygen.com (Seriauth Limited), roomantic.app and advanceai.tech (England), bonega.ai, sozai.app,
// felizia.co, elinaia.com.mx, alma.alterhedge.com, abogadogpt.org (store-only, as before). News, law firms, bar
// bodies and magazines (heise.de, impulse.de, lefebvre-dalloz.fr, advocatenblad.nl, advokatforeningen.no,
// sprecherverband.de and the like) are not listed.
// Look-alikes: the parent hosts and namesakes beside the new hosts are traps in lookalikes-c26-eucredits.test.ts.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const regionalC26EucreditsTools: Tool[] = defineTools(
  'other',
  [
    // --- writing and prompts ---
    { id: 'prompt-optimizer-ventrox', name: 'Prompt Optimizer (ventrox)', vendor: 'Prompt Optimizer', category: 'productivity', domains: ['promptoptimizer.ventrox.de'], source: 'https://promptoptimizer.ventrox.de/agb' }, // AGB (German): a web platform that optimises prompts for large language models, paid with credits whose cost depends on the chosen model and prompt length
    { id: 'skribler', name: 'Skribler', vendor: 'Skribler', category: 'writing', domains: ['skribler.se'], source: 'https://support.skribler.se/anvandaravtal-for-skribler/' }, // user agreement (Swedish): helps authors create and brainstorm fiction; content generated through the service follows the terms of the AI models it uses
    // --- children's stories ---
    { id: 'mytinytales', name: 'MyTinyTales', vendor: 'nice solutions GmbH', category: 'writing', domains: ['mytinytales.ai'], source: 'https://www.mytinytales.ai/agb' }, // AGB (Rosenheim): automated personalised children's stories generated with AI technology, with text, narration and illustrations
    { id: 'ellas-stories', name: 'Ellas Stories', vendor: 'Ellas Stories UG', category: 'writing', domains: ['ellas-stories.com'], source: 'https://ellas-stories.com/footer/terms' }, // AGB (Munich): a platform that creates personalised children's stories and turns them into audiobooks with AI technology
    { id: 'lilme-tales', name: 'LilMe Tales', vendor: 'LilMe Tales', category: 'writing', domains: ['lilme-tales.com'], source: 'https://lilme-tales.com/de/app/agb' }, // AGB (German): interactive children's stories generated by an artificial intelligence from the child's name and a theme, sold as story credit
    // --- bookkeeping ---
    { id: 'fabricai', name: 'FabricAI', vendor: 'FabricAI Oy', category: 'productivity', domains: ['fabricai.fi', 'tiliointi.fi'], source: 'https://fabricai.fi/kayttoehdot/' }, // terms (Finnish): an AI bookkeeping application that codes and dimensions structured purchase invoices, run as SaaS at tiliointi.fi; AI is used to produce the service
    // --- images ---
    { id: 'vizera', name: 'Vizera', vendor: 'AI & Co GmbH', category: 'image', domains: ['vizera.ai'], source: 'https://www.vizera.ai/de/terms' }, // AGB (Swiss law): an AI platform for architecture and interior visualisation with generative models and image quotas per plan
    // --- education ---
    { id: 'augen-auf', name: 'Augen auf!', vendor: 'Karl Josef Stegh', domains: ['augenauf.at'], source: 'https://augenauf.at/agb' }, // AGB (Austria): an AI learning platform for children whose explanations, quizzes and images are generated with AI (OpenAI, Google Gemini) through a teaching prompt workflow
    // --- transcription ---
    { id: 'skrible', name: 'Skrible', vendor: 'Dtb Digital AS', category: 'audio', domains: ['skrible.ai'], source: 'https://app.skrible.ai/tjenestevilkar' }, // terms (Norwegian): a subscription service that transcribes uploaded audio automatically with advanced AI technology
    // --- legal ---
    { id: 'voorwaarden-checker', name: 'Voorwaarden Checker', vendor: 'Voorwaarden Checker', category: 'productivity', domains: ['voorwaardenchecker.nl'], source: 'https://voorwaardenchecker.nl/en/our-technology' }, // technology page (Dutch service): AI reads consumer contracts and marks points such as notice periods and renewals, which expert-written rules then assess
  ],
  { checked: CHECKED_C26, region: 'europe' },
);
