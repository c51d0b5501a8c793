// Eighteenth session, regional pass for Russia, Ukraine, Belarus, Kazakhstan, Uzbekistan and the Caucasus (2026-12-06,
// pass "cis"): AI products made there or built mainly for Russian-, Ukrainian- and Kazakh-speaking users that the catalog
// still missed. Russian GPT-access services and Telegram-bot aggregators (GearAI, PULT-AI, AstroBot, AI Assistant on
// aiassistance.app, an AI-model access service on aiinfo.f4z.ru); legal assistants (FemidaGPT, VerniSvoe.AI); exam and
// study tools (the EGE AI helper, GenTestAI, Hippocrat AI for medical students, an AI career test); an AI diary, AI
// greeting cards and an AI photo retoucher; Russian and Belarusian transcription and TTS services (PolyglotVoice,
// VoiceAutomata); Belarusian AI-agent builders (askbox, VAI); Ukrainian AI platforms (Teo on aiteo.tech, Ainvero, AI
// Assistant for Instagram and Messenger); an Uzbek AI receptionist; and Aspan, the AI chat-bot section of a Kazakh
// education site. A few products of other kinds found on the way are kept too (NeuroArcana's AI tarot, Sag-AI BuildTech's
// assistant Asena, whose terms the searches met in Georgian). regions.ts has no Central Asian or Belarusian value, so
// Belarusian, Kazakh and Uzbek products carry `russia` (the CIS market); Ukrainian ones carry `europe`.
//
// Leads. The stored `pages` corpus searched by product kind (44 look-ups), worded the way vendors word their own user
// agreements, public offers, privacy policies and disclaimers (пользовательское соглашение, публичная оферта, политика
// конфиденциальности, нейросеть, искусственный интеллект; угода користувача, публічна оферта, штучний інтелект;
// пайдаланушы келісімі, жасанды интеллект), in Russian, Ukrainian, Kazakh and Uzbek. Every row cites a page, with a path,
// on the product's own host (or its vendor's), saying in the vendor's words that the product answers, generates,
// transcribes, retouches or advises with AI, a neural network or a named model. Candidate hosts were run through
// /work/helpers/classify-hosts.mts and the catalog grepped by name first; already listed and left to their entries:
// AIChat (ai-chat.pw), GPTalk, WB Sharks AI, easy-gpt.ru, Chat Space, Brainy (askbrainy.com), NeuroCenter
// (vsenejroseti.ru), OGE Study, AI SREDA, Genpic, AI Media Service, Govorun, DomoVoice, MimirAI, Transkribator, Elli,
// Music Box AI, YourSong, Storiko, TaroHint, TarotLens, O.Translator, TalkBot, speech-to-text.co and ReelMind.
// Subdomains: GearAI's policy sits on web.gearai.ru and AI Assistant's on app.aiassistant.com.ua, and the whole product
// domains are claimed; aiinfo.f4z.ru is claimed alone because nothing read ties the parent f4z.ru to the service; for
// UyatEmes.kz, a Kazakh education site for teenagers and parents, only the chat-bot's path uyatemes.kz/aspan is claimed,
// as its terms name that address. EssayNote's terms, on essaynote.ru, name essaynote.com as the product's website, so
// both are claimed. The LISS-TEN photo service's terms name liss-ten.makeup but sit on beauty-ai.makeup; only the host
// read is claimed.
//
// Measured with /work/helpers/classify-hosts.mts on the 235 hosts the searches returned (vendors, blogs, news sites and
// shared hosts alike): 26 classified before (11.1%), 50 (21.3%) after.
//
// Left out. Blogs, news and guides, even on AI vendors' own hosts (whisperbot.ai's articles, crmai.kz, voicee.ru,
// mbsgroup.ru, aimoneymaker.ru, aismarthub.ru, blog.contractize.app, dzen.ru, vc.ru, habr.com); pages that never say the
// product uses AI (chatgpt.org.ru's and gpt-open.ru's privacy policies, neurocontent.ru's agreement, handy.ai's offer,
// vsesvit.ai's terms, chat.gptlegal.pro's policy on bottax.tech, razum.app, opensetup.ru, Chistorech, helixpsycho.online,
// otvech.ai, adminai.tech, transkribator-style services without an AI claim, redaktorii.com.ua, libertyreport.ai,
// online-kasa.com.ua, upravdom.plus, ai-assistant-chatbot.com, wordwise-ai.com, pomahaiko.agencyai.one); a plain-http
// page (pikdek.com's PikDek slides terms); a language homepage as the only page (domovoice.ai/ru, already listed);
// a preview host (preview.mimirai.ru, already listed); shared platforms (deep-assistant.github.io, openchat-landing.pages.dev,
// teletype.in's Arkana Taro agreement, sites.google.com's auto-reply app, a docs.google.com licence for aiokk);
// consultancies and integrators selling AI projects rather than a product (ip2.ru, skypoyinvest.ru, epoch8.ru,
// carat-factory3d.ru, sybered.com); general products with an AI feature (Tilda's generative-AI terms, EdVise's tutor
// CRM, the Chat AI block of cmdf5.ru's amoCRM widget, ChatPlace's AI agent, the Aitube and Ainews platforms); a coaching
// university's AI simulation offer (european-coaching.university); an AI club and an AI library sold as courses
// (club.nikexpert.ru, iilibrary.ru); and state or news sites about AI law (news.by, kv.by, egemen.kz, baq.kz).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const regionalC18CisTools: Tool[] = defineTools(
  'other',
  [
    // --- GPT-access services, aggregators and assistants (Russia) ---
    { id: 'gearai-ru', name: 'GearAI', vendor: 'IP Shovkunov D. K.', category: 'chat', domains: ['gearai.ru'], region: 'russia', source: 'https://web.gearai.ru/legal/privacy' }, // privacy (Russian): the platform logs users' requests to its AI
    { id: 'pult-ai', name: 'PULT-AI', vendor: 'PULT-AI', category: 'chat', domains: ['pult-ai.ru'], region: 'russia', source: 'https://pult-ai.ru/bot_opisanie' }, // service description (Russian): a Telegram-bot aggregator of ChatGPT, YandexGPT, GigaChat, Midjourney, Kandinsky and DALL-E, paid in tokens
    { id: 'aiassistance-app', name: 'AI Assistant (aiassistance.app)', vendor: 'IP Zyubanov S. V.', category: 'chat', domains: ['aiassistance.app'], region: 'russia', source: 'https://aiassistance.app/privacy?lang=en' }, // privacy: a web app that creates text, images, audio and video, sending prompts to external AI providers
    { id: 'f4z-aiinfo', name: 'AI model access service (aiinfo.f4z.ru)', vendor: 'aiinfo.f4z.ru', category: 'developer-platform', domains: ['aiinfo.f4z.ru'], region: 'russia', source: 'https://aiinfo.f4z.ru/es/legal/terms' }, // terms: pay-as-you-go access to AI models through a web interface and an API
    { id: 'astrobot-gpt', name: 'AstroBot (astrobotgpt.chat)', vendor: 'AstroBot', category: 'chat', domains: ['astrobotgpt.chat'], region: 'russia', source: 'https://astrobotgpt.chat/terms_en.html' }, // service agreement: astrology answers from astrological algorithms and OpenAI GPT, in a Telegram bot
    { id: 'joytwist', name: 'JoyTwist', vendor: 'IP Sinyagin M. S.', category: 'image', domains: ['joytwist.com'], region: 'russia', source: 'https://joytwist.com/agreement.html' }, // user agreement (Russian): greeting cards and wishes created by a neural network from keywords
    { id: 'essaynote', name: 'EssayNote (Smart Diary)', vendor: 'EssayNote', category: 'productivity', domains: ['essaynote.ru', 'essaynote.com'], region: 'russia', source: 'https://www.essaynote.ru/terms-of-use' }, // terms (Russian): a Russian personal-diary platform built on artificial-intelligence technology; names essaynote.com and app.essaynote.com
    { id: 'beauty-ai-makeup', name: 'LISS-TEN Beauty AI', vendor: 'LISS-TEN', category: 'image', domains: ['beauty-ai.makeup'], region: 'russia', source: 'https://beauty-ai.makeup/terms.html' }, // user agreement (Russian): photo processing with artificial-intelligence technology

    // --- Legal and advice assistants (Russia) ---
    { id: 'femidagpt', name: 'FemidaGPT', vendor: 'FemidaGPT', domains: ['femidagpt.ru'], region: 'russia', source: 'https://femidagpt.ru/oferta-dogovor' }, // public offer (Russian): legal consultations from the FemidaGPT neural network
    { id: 'vernisvoe-ai', name: 'VerniSvoe.AI', vendor: 'VerniSvoe.AI', domains: ['vernisvoe.ru'], region: 'russia', source: 'https://vernisvoe.ru/disclaimer' }, // disclaimer (Russian): an automated tool that generates reference material with AI; not a lawyer or tax adviser

    // --- Study, exam and career tools (Russia) ---
    { id: 'egeaibot', name: 'EGE AI Helper', vendor: 'EGE AI Pomoshchnik', domains: ['egeaibot.ru'], region: 'russia', source: 'https://egeaibot.ru/privacy' }, // privacy (Russian): the "EGE AI helper" solves and explains exam tasks in Telegram
    { id: 'gentestai', name: 'GenTestAI', vendor: 'GenTestAI', domains: ['gentestai.ru'], region: 'russia', source: 'https://gentestai.ru/terms' }, // terms (Russian): tests on any topic generated by artificial intelligence
    { id: 'hippocrat-ai-ru', name: 'Hippocrat AI (hippocrat-ai.ru)', vendor: 'Hippocrat AI', category: 'chat', domains: ['hippocrat-ai.ru'], region: 'russia', source: 'https://hippocrat-ai.ru/terms' }, // terms (Russian): a RAG-based Telegram bot answering medical students from textbooks
    { id: 'proforiental', name: 'AI Proforientatsiya', vendor: 'AI Proforientatsiya', domains: ['proforiental.ru'], region: 'russia', source: 'https://www.proforiental.ru/terms' }, // user agreement (Russian): career-guidance tests with AI analysis and recommendations

    // --- Transcription and speech (Russia, Belarus) ---
    { id: 'polyglotvoice', name: 'PolyglotVoice', vendor: 'PolyglotVoice', category: 'audio', domains: ['polyglotvoice.ru'], region: 'russia', source: 'https://polyglotvoice.ru/en/privacy' }, // privacy: transcription, translation, clipping and TTS; media not used to train the service's models
    { id: 'voiceautomata', name: 'VoiceAutomata', vendor: 'Pavel Mazinskiy', category: 'audio', domains: ['voiceautomata.com'], region: 'russia', source: 'https://www.voiceautomata.com/privacy.html' }, // privacy (Belarus): transcription and text structuring of submitted audio through AI processors

    // --- AI agents and business assistants (Belarus, Ukraine, Uzbekistan) ---
    { id: 'askbox-site', name: 'askbox', vendor: 'Nasha Investitsionnaya Kompaniya LLC', category: 'agents', domains: ['askbox.site'], region: 'russia', source: 'https://askbox.site/en/terms.html' }, // terms (Belarus): a cloud platform for digital employees (AI agents) built on AI models
    { id: 'vai-chat-by', name: 'VAI (vai-chat.by)', vendor: 'SOFTDEV LLC', category: 'agents', domains: ['vai-chat.by'], region: 'russia', source: 'https://vai-chat.by/terms/terms-of-use-eng' }, // terms (Minsk): AI virtual assistants and chatbots for Instagram, Telegram and websites
    { id: 'aiassistant-com-ua', name: 'AI Assistant (aiassistant.com.ua)', vendor: 'FOP Teteruk V. V.', category: 'agents', domains: ['aiassistant.com.ua'], region: 'europe', source: 'https://app.aiassistant.com.ua/en/privacy' }, // privacy (Kyiv): automated AI assistants that answer a business's Instagram and Messenger customers
    { id: 'aireceptionist-uz', name: 'AI Receptionist (aireceptionist.uz)', vendor: 'AI Receptionist', category: 'audio', domains: ['aireceptionist.uz'], region: 'russia', source: 'https://www.aireceptionist.uz/uz/shartlar' }, // terms (Uzbek): AI-based voice calls, website chatbot and WhatsApp messaging

    // --- Ukrainian AI platforms and chats ---
    { id: 'aiteo-tech', name: 'Teo (aiteo.tech)', vendor: 'FOP Saliy D. V.', domains: ['aiteo.tech'], region: 'europe', source: 'https://aiteo.tech/terms-of-use' }, // public offer (Ukrainian): a SaaS platform providing services in the field of artificial intelligence
    { id: 'ainvero', name: 'Ainvero', vendor: 'FOP Kryvobok R. V.', category: 'chat', domains: ['ainvero.com'], region: 'europe', source: 'https://ainvero.com/en/offer-agreement' }, // offer: users interact with AI models through messengers and the website, paid in message packages

    // --- Kazakhstan ---
    { id: 'uyatemes-aspan', name: 'Aspan (UyatEmes.kz)', vendor: 'UyatEmes.kz', category: 'chat', domains: [], urlPrefixes: ['uyatemes.kz/aspan'], region: 'russia', source: 'https://uyatemes.kz/terms-of-use-aspan-qaz' }, // terms (Kazakh): the Aspan chat-bot at uyatemes.kz/aspan is built on artificial intelligence

    // --- Found on the way ---
    { id: 'neuroarcana', name: 'NeuroArcana', vendor: 'NeuroArcana', category: 'chat', domains: ['neuroarcana.cc'], source: 'https://neuroarcana.cc/p/terms-and-conditions' }, // terms: tarot spreads with AI-generated interpretations
    { id: 'sag-ai-buildtech', name: 'Sag-AI BuildTech (Asena)', vendor: 'Sag-AI BuildTech', category: 'chat', domains: ['sag-aibuildtech.com'], source: 'https://sag-aibuildtech.com/terms/georgian' }, // terms (Georgian): Sag-AI's AI systems and voice assistant Asena
  ],
  { checked: CHECKED_C18 },
);
