// Twenty-second session, second regional pass for Russia, Ukraine, Belarus, Kazakhstan, Uzbekistan, the Caucasus and
// the rest of the CIS (2026-12-07, helper `cis2`): AI products made there or built mainly for their users that no entry
// claimed yet, beside the eighteenth session's "cis" pass (data/regional-c18-cis.ts), whose rows are not repeated here.
// Here: marketplace tools for Wildberries and Ozon sellers (Tekstovar's product descriptions on Claude, OTVETYCH's
// Gemini replies to Wildberries reviews in Google Sheets); an hh.ru job-search assistant that improves résumés and
// writes cover letters (Hantik); a generator of GOST technical documentation (GOST-AUTO); Russian GPT and image-model
// aggregators (Neiron AI, Motyga, NeuraLinka, Problembo); a short-form video content factory (AI Content Zavod); a
// Telegram bot that transcribes tutors' Zoom lessons and writes homework (RepetAI); AI agents for the 1C cloud
// (Neuro42, the 42Clouds service); Just AI's no-code bot builder (Aimylogic, whose company platform just-ai.com is
// listed already); Kazakh AI agents and an in-country LLM router (Komek, AI Router); Uzbek legal AI and a business chat
// widget (TUZUK, uHamkor); and two Tbilisi platforms for AI assistants and "AI employees" on messengers (AI ArchiTech,
// AI Textura). regions.ts has no Central Asian, Belarusian or Caucasian value: as in the c18 pass, products of Russia,
// Belarus, Central Asia and the Caucasus carry `russia` (the CIS market), Ukrainian ones `europe`; no Ukrainian row was
// found this time (see below).
//
// Leads. 45 look-ups (44 in the stored `pages` corpus, one in `docs`). Queries in Russian (also for Kyrgyzstan and
// Belarus), Ukrainian, Kazakh, Uzbek and Azerbaijani worded the way vendors word their legal pages (пользовательское
// соглашение, публичная оферта, политика конфиденциальности, нейросеть, искусственный интеллект; угода користувача,
// штучний інтелект, ФОП, ТОВ; жасанды интеллект, құпиялылық саясаты; sun'iy intellekt, foydalanish shartlari; süni
// intellekt; ОсОО) and by kind (Wildberries/Ozon cards and review replies, voice robots for call centres, ЕГЭ/ОГЭ
// tutors, 1C and bookkeeping, hh.ru responses, SEO copywriting, calorie counting, AI psychologists, video dubbing,
// teachers' tools, Avito/Cian listings, speech analytics) returned news, law-firm articles, guides and listed products
// for the most part; English queries naming local company forms ("Individual Entrepreneur", "OGRNIP", "self-employed",
// "FOP", "LLP Kazakhstan", "LLC Tashkent", "LLC Georgia Tbilisi", "governed by the laws of Ukraine") found most rows,
// as earlier passes also saw. Every row cites a page with a path on the product's own host (for AI Textura its docs.
// host, for Motyga its ru. host, both under the claimed domain) that says in the vendor's words that the product
// generates, answers, transcribes, routes or builds bots with AI, a neural network or named models. Candidate hosts
// went through /work/helpers/classify-hosts.mts and names were grepped in data/ first; already listed and left to their
// entries: Chatly (chat-ly.org), MoonAI (mooonai.com), Chat Space, GPTalk, AIChat (ai-chat.pw), Govorun, Genpic, Music
// Box AI, YourSong, JoyTwist, PULT-AI, Brainy, MimirAI, OGE Study, AI Proforientatsiya, AI Assistant
// (aiassistance.app), Storiko, DomoVoice, ai-char.ru, Ukrainian Tutor and UyatEmes.kz's Aspan. A check of well-known
// Russian AI hosts found Just AI, GigaChat, Shedevrum, Kandinsky, Alice, GPTunnel, ProxyAPI, VseGPT, BotHub, ChadGPT,
// Syntx, Turbotext and MTS AI listed, and Tomoru, Zvonobot, Robovoice and Neuro.net not (below).
//
// Measured with /work/helpers/classify-hosts.mts on the 254 hosts the searches returned (vendors, news, blogs, state
// sites, stores and shared hosts alike, in /work/helpers/out/cis2-hosts.txt): 25 classified before (9.8%), 43 after
// (16.9%).
//
// Doubtful rows: Neuro42's page is the privacy policy of ER Soft LLC, an automation company that develops AI agents,
// and it names Neuro42 as the service of its 42Clouds software the policy covers; AI Content Zavod's terms call it a
// suite for generating short-form video from prompts, with "AI" in the product's name; uHamkor is run by Uzinfocom, a
// large Uzbek IT company, but has its own host and terms; Aimylogic's terms are JUST AI LIMITED's (Cyprus), kept in
// `russia` beside the Just AI entry.
//
// Left out. Marketplace and seller services whose AI is one module among others (mpmind.ru's review auto-replies beside
// a WMS; Ozon's generation terms on docs.ozon.ru; Wildberries' own review summaries; Kaspi repricers aww.kz, whose "AI
// Web Wizard" is only a name, cube-demper.shop and xtrack.kz) or that do not say AI (perenesi.ru's card transfer
// between marketplaces; otveto.ru, seen only on its blog); Tomoru, a large Russian AI voice-robot vendor, met only on
// tomoru.app/kz, a language homepage, and on tomoru34.ru, a partner's homepage (a lead: tomoru.ru and tomoru.app);
// Zvonobot, Robovoice and Neuro.net, not returned at all (leads); rechka.ai's speech analytics and voicee.ru, seen only
// on their blogs; pages that do not say the product uses AI or say it only in a name (neirosova.ru, voiceponce.ru,
// aiprotocol.ru's Neirostream editor, botvasya.ru, karmon.ai, wikiai.uz, smelter.ai's search, ori24.app's legal index,
// api.tingla.ai's audiobooks, clicknsub.com, ilumee.ai, gro.now, open-affect.com's Belarusian subscription offer, whose
// page does not say what the "requests" go to: a lead); a staging host (preprod.generilla.ru;
// partners-staging.sivrce.ai); foodtracker.ijama.ru, whose only page read was a help text served at /sitemap.xml (a
// lead for a calorie-counting bot); general products with an AI feature (Tilda's generative-AI terms, Datawiz's AI
// WIZORA inside a retail BI platform, TOMNI's AI mentor inside a family app, iqbid.ai and axerto.com, which name no
// country); agencies, integrators and service sellers rather than products (ip2.ru, aiq.agency in Ukraine, aico.uz,
// nexaxt.com, ailaw.ge, aisitec.com, stacyflow.ru's made-to-order AI visuals, rusneuro.tech's AI-testing gig platform,
// neuronode.org); organicus.ai's AEO audits, an analysis of visibility in AI answers; blogs and guides (crmai.kz,
// ropsales.ru, quick-offer.ru, habr.com, vc.ru, dzen.ru, infostart.ru's 1C-and-GigaChat articles); and shared platforms
// (sites.google.com's Opora legal-AI app for Ukraine, deep-assistant.github.io, a notion.site policy, a docs.google.com
// licence for aiokk). Ukrainian queries found Chatly, YourSong and Music Box AI again (listed) and no new Ukrainian
// product with a page that says AI: a lead for a pass on Ukrainian startups by name.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const regionalC22Cis2Tools: Tool[] = defineTools(
  'agents',
  [
    // --- Marketplaces (Wildberries, Ozon) and job search (hh.ru) ---
    { id: 'tekstovar', name: 'Tekstovar', vendor: 'Tekstovar', category: 'writing', domains: ['tekstovar.info'], source: 'https://tekstovar.info/terms' }, // terms: an AI-powered service generating product descriptions for Wildberries, Ozon and Amazon with Anthropic's Claude, paid through YooKassa
    { id: 'otvetych', name: 'OTVETYCH', vendor: 'OTVETYCH', domains: ['otvetych.ru'], source: 'https://otvetych.ru/terms-en' }, // terms: a Google Workspace add-on that answers Wildberries reviews, questions and chats with AI (Google Gemini)
    { id: 'hantik', name: 'Hantik', vendor: 'Self-employed Speransky N. Yu.', category: 'productivity', domains: ['hantik.ru'], source: 'https://hantik.ru/terms' }, // user agreement (Russian): automated hh.ru vacancy search, résumé improvement and cover letters generated with AI

    // --- Writing, documents and content generation (Russia) ---
    { id: 'gost-auto', name: 'GOST-AUTO', vendor: 'GOST-AUTO', category: 'writing', domains: ['gost-auto.ru'], source: 'https://www.gost-auto.ru/offer' }, // public offer (Russian): a web app generating technical documentation to GOST templates with artificial-intelligence technologies
    { id: 'ai-content-zavod', name: 'AI Content Zavod', vendor: 'IP Martsinyuk M. S.', category: 'video', domains: ['aicontentzavod.tech'], source: 'https://aicontentzavod.tech/terms/en' }, // terms (Rostov-on-Don): a suite for generating, editing, scheduling and publishing short-form video from prompts and scripts
    { id: 'problembo', name: 'Problembo', vendor: 'Self-employed Sokolov E. V.', category: 'image', domains: ['problembo.com'], source: 'https://problembo.com/en/legal/terms-of-use' }, // terms: images, texts and short videos created with artificial-intelligence technologies from text requests

    // --- Model aggregators and chats (Russia) ---
    { id: 'neiron-ai', name: 'Neiron AI', vendor: 'IP Alyasova Yu. V.', category: 'chat', domains: ['neironai.com'], source: 'https://neironai.com/offer?lang=en' }, // public offer: an AI-tool aggregation platform for text, image and video generation, on the web and in a Telegram bot
    { id: 'motyga', name: 'Motyga', vendor: 'Motyga', category: 'chat', domains: ['motyga.com'], source: 'https://ru.motyga.com/terms?lang=en' }, // public offer: access to third-party neural-network models for dialogue, image, video and music generation, paid in credits; names motyga.com and ru.motyga.com
    { id: 'neuralinka', name: 'NeuraLinka', vendor: 'NeuraLinka', category: 'chat', domains: ['neuralinka.ru'], source: 'https://neuralinka.ru/privacy-policy' }, // privacy (152-FZ): processing requests to AI models; chat history and uploaded files; credits top-up

    // --- Education ---
    { id: 'repet-ai', name: 'RepetAI', vendor: 'RepetAI', category: 'meeting', domains: ['repet-ai.ru'], source: 'https://www.repet-ai.ru/ru/documentation.html' }, // documentation (Russian): a Telegram bot for online tutors that records Zoom lessons, transcribes them with Faster-Whisper and writes homework with GPT-4

    // --- Bots, agents and 1C ---
    { id: 'aimylogic', name: 'Aimylogic', vendor: 'JUST AI LIMITED', domains: ['aimylogic.com'], source: 'https://aimylogic.com/documents/terms-of-service-en' }, // terms: a no-code editor for bots, defined as systems created on the basis of artificial intelligence
    { id: 'neuro42', name: 'Neuro42', vendor: 'ER Soft LLC', domains: ['neuro42.ru'], source: 'https://neuro42.ru/privacy-policy/' }, // privacy (Russian): ER Soft develops AI-based agents; the policy covers its 42Clouds software and the Neuro42 service

    // --- Kazakhstan ---
    { id: 'komek-online', name: 'Komek', vendor: 'OPEN GATE DIGITAL LLP', domains: ['komek.online'], source: 'https://komek.online/public-offer' }, // public offer (Almaty): a platform of AI agents that automate communications, process requests and generate responses
    { id: 'airouter-kz', name: 'AI Router (airouter.kz)', vendor: 'G1 Software Kazakhstan LLC', category: 'developer-platform', domains: ['airouter.kz'], source: 'https://airouter.kz/en/privacy' }, // privacy: an enterprise router to LLM model providers with prompts and completions kept in Kazakhstan

    // --- Uzbekistan ---
    { id: 'tuzuk-ai', name: 'TUZUK', vendor: 'BALCOM SOFT LLC', category: 'search', domains: ['tuzuk.ai'], source: 'https://www.tuzuk.ai/en/terms-and-conditions' }, // software agreement (Tashkent): an AI-based platform for searching and analysing Uzbek legislation and drafting documents
    { id: 'uhamkor', name: 'uHamkor', vendor: 'Uzinfocom LLC', domains: ['uhamkor.uz'], source: 'https://uhamkor.uz/en/legal' }, // terms and privacy: an AI chat widget that answers businesses' customers automatically, with AI-generated responses

    // --- Georgia ---
    { id: 'ai-architech-ge', name: 'AI ArchiTech', vendor: 'AI ArchiTech', domains: ['architech.ge'], source: 'https://architech.ge/legal/terms' }, // terms (Tbilisi): a B2B SaaS for AI-powered virtual assistants on websites, Telegram and Messenger, in Georgian, Russian and other languages
    { id: 'ai-textura', name: 'AI Textura', vendor: 'JSC AI Textura', domains: ['aitextura.com'], source: 'https://docs.aitextura.com/en/terms-and-policies/offer' }, // offer (Tbilisi): a platform connecting "AI employees" to Telegram, WhatsApp, Instagram and CRMs
  ],
  { checked: CHECKED_C22, region: 'russia' },
);
