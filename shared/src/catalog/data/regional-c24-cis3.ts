// Twenty-fourth session, third regional pass for Russia, Belarus, Kazakhstan, Uzbekistan and the rest of the CIS
// (2026-12-07, helper `cis3`): AI products made there or built mainly for Russian-speaking users that no entry claimed
// yet, beside the eighteenth session's "cis" pass (data/regional-c18-cis.ts) and the twenty-second session's "cis2" pass
// (data/regional-c22-cis2.ts), whose rows are not repeated here. Here: AI meeting recorders and note-takers (Resalt's
// meeting bot, Debrif's Chrome extension and portal on debrif.ru, Memo AI's web app and Telegram bot); Russian GPT and
// model aggregators and chats (PersAI, uBrain, Vega Chat, Riser Chat, NeuralBox, SimpleImages, Stone AI's per-token
// model access) and a Kazakh one (Cortexicai of Almaty); AI image and video generators sold in rubles or credits
// (Picoria, Clipia.ai, Levsha, re:sora's Telegram bot, Welder AI's short-video factory) and a Belarusian one (Twin AI
// of Minsk). regions.ts has no Central Asian or Belarusian value: as in the c18 and c22 passes, products of Russia,
// Belarus and Central Asia carry `russia` (the CIS market).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Russian queries worded the way vendors
// word their legal pages (пользовательское соглашение, публичная оферта, политика конфиденциальности, нейросеть,
// искусственный интеллект, ИП, ОГРНИП, самозанятый, ООО ИНН КПП, ЮKassa, пакет генераций) and by kind (meeting
// transcripts and protocols, voice robots for calls, ИИ-юрист, bookkeeping and 1C, school problem solving and essays,
// Wildberries/Ozon cards, Avito replies, AI psychologists, TTS, speech analytics, sales agents in amoCRM, AI tutors for
// English, medical assistants, presentation generators) returned news, blogs, integrators, guides and products the
// catalog already lists for the most part; English queries naming local company forms and laws ("Individual
// Entrepreneur", "OGRNIP", "self-employed", "152-FZ", "LLP Almaty", "UNP Minsk", "LLC Tashkent") found almost every
// row, as the cis2 pass also saw. Every row cites a page with a path on the product's own host that says in the
// vendor's words that the product records and summarises, answers, generates or gives access to models with AI, a
// neural network, machine learning or named model providers. Candidate hosts went through
// /work/helpers/classify-hosts.mts and names were grepped in data/ first; already listed and left to their entries:
// Govorun, NeuroCenter, AIChat, MimirAI, GPTalk, Genpic, GOST-AUTO, Neiron AI, Tekstovar, OTVETYCH, PULT-AI, WB Sharks AI,
// AI SREDA, AI Media Service, AI Assistant (aiassistance.app), OGE Study, AI Proforientatsiya, Hippocrat AI, DomoVoice,
// Problembo, Komek, TUZUK, uHamkor, askbox, VAI, Transkribator (transkribator-top.ru), Neuroprint (neuroprint.art),
// SoundScript.AI, NeuroAPI (neuroapi.host), the AI Google Disk Helper Bot's host, and MTS AI (mts.ai, which covers its
// Kodify and Cotype pages). A check of the big brands found Yandex (Alice, Shedevrum, 300, SpeechKit, SpeechSense,
// YandexGPT API), Sber (GigaChat, GigaCode, Kandinsky, SaluteSpeech), MTS (MTS AI, MWS GPT), VK AI and Just AI's Jay
// Copilot listed already; no T-Bank AI product page was returned.
//
// Measured with /work/helpers/classify-hosts.mts on the 253 hosts the searches returned (vendors, news, blogs, state
// sites, stores and shared hosts alike, in /work/helpers/out/cis3-hosts.txt): 38 classified before (15.0%), 55 after
// (21.7%).
//
// Two rows claim a second host their page names: Debrif's privacy policy, on debrif.app, names debrif.ru as the portal
// and server the extension uploads to; Picoria's offer, on picoria.net, names picoria.com as the service's address.
// Same names: Memo AI (memoai.tech) is named with its host beside MemoAI (memo.ac), a different product; Twin AI carries
// its host because the name is common; Vega Chat and Riser Chat are written out in full beside Vega AI (vegaai.net) and
// the ordinary word.
//
// Doubtful rows: Resalt's terms do not name a country; they are read as Russian from their consent to cross-border
// transfer of personal data (a 152-FZ notion) and their "VCS platforms" (the Russian ВКС); Stone AI is read from its
// refund policy, part of its public offer, which bills a prepaid balance per token of each request to an AI model;
// Welder AI's operator is a sole trader registered in the United Kingdom, kept in `russia` for its .ru service in
// Russian; SimpleImages' subscription agreement says "services for using neural networks" without saying which.
//
// Left out. Placeholders and drafts: voicogram.org's B2B offer (LLC "Company Name" (placeholder)), wisot.app's policy
// ({{ДАТА_ВСТУПЛЕНИЯ_В_СИЛУ}}), telecom-armenia.com's voice-robot agreement (an unfilled ${legalEntityData.companyName}),
// 1for.ai's enterprise agreement ("Public Draft", [Partner Company]), vcorp.co's vMira terms (INN [TBD]; a lead for
// vmira.ai). A sandbox host: sandbox.recruiter-ai-web.top (Recruiter AI's interview offer, which names recruiter-ai.ru: a
// lead). Shared platforms: telegra.ph's Whisper Summary AI Bot offer, dicta-landing.pages.dev (Dicta, an Uzbek meeting
// service on dicta.uz with Gemini transcripts: a lead), deep-assistant.github.io, docs.google.com's aiokk licence,
// puzzleai.gitbook.io. Pages that do not say the product uses AI, or only in a name: nagovori.ru and golos2text.ru
// (speech recognition without an AI claim: leads), aiorca.ru's payment terms, ai-model.pro's consulting offer,
// artificiali.ru's, avpai.org's and geroproai.ru's website policies, ai-key-ai.ru's site agreement, alterdraw.com's
// "automatic algorithms", dublikatich.ru (message forwarding), follow-up.tech. General products or marketplaces where AI
// is one part: hearty.pro (matching clients with psychologists "using AI"), cmdf5.ru's Chat AI block in an amoCRM widget,
// salekit.ru's CRM agent, hurma.work's AI addendum, help.chatplace.io, unitalk.cloud's voice robots in a telephony
// service, Wildberries' own review summaries. Agencies, integrators, consultancies and courses: ip2.ru,
// carat-factory3d.ru, lht.su (a contract to deploy and support "Corporate AI Verta": a lead), carbonfay.ru, kemplox.ru,
// epoch8.ru, truetech.dev, neuroillusions.ru, stacyflow.ru, gendalf.ru (its МастерИИ. Протоколы+ meeting service, seen
// only in its news: a lead). Seen only on blogs or in articles: navstreche.com, study.samopisets.com, sova.help,
// whisperbot.ai, voicee.ru, crmai.kz, cortexllm.ru, ai-agent-lia.ru, docs.adolf.su (a content-factory design document),
// PikDek (openagents.ru/slides, not read on its own host), Legal Parser and VibeLing (in articles). Not shown to be from
// the region: nano-banana-pro.io, imgtoprompt.app, dejanu.app, doublegram.com, bgnetmobile.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24Cis3Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Meeting recorders and note-takers (Russia) ---
    { id: 'resalt', name: 'Resalt', vendor: 'Resalt', category: 'meeting', domains: ['resalt.app'], source: 'https://resalt.app/en/terms' }, // terms: a bot that joins online meetings to record them, with "AI Processing" of recordings into transcripts and meeting summaries
    { id: 'debrif', name: 'Debrif', vendor: 'Debrif', category: 'meeting', domains: ['debrif.app', 'debrif.ru'], source: 'https://debrif.app/privacy.html' }, // privacy: an AI-powered meeting recording and summarization service; transcripts from AssemblyAI or Deepgram, summaries by OpenAI, Anthropic or Google models; portal at debrif.ru
    { id: 'memo-ai-memoai-tech', name: 'Memo AI (memoai.tech)', vendor: 'IP Minaev S. S.', category: 'meeting', domains: ['memoai.tech'], source: 'https://memoai.tech/en/terms-of-service' }, // offer: records, transcribes and summarises audio, video and online meetings using artificial intelligence, on app.memoai.tech and in a Telegram bot

    // --- Model aggregators, chats and model access ---
    { id: 'persai', name: 'PersAI', vendor: 'IP Karnaukh A. S.', domains: ['persai.dev'], source: 'https://persai.dev/terms' }, // public offer (RF market): a personal AI assistant with chats, memory, files and document generation, using third-party AI processing
    { id: 'ubrain', name: 'uBrain', vendor: 'Kochin A. A.', domains: ['ubrain.site'], source: 'https://ubrain.site/legal/privacy.html' }, // privacy (Russian): requests to AI paid in coins through YooKassa and passed to AI providers OpenAI, Anthropic, Google and Grok
    { id: 'vega-chat', name: 'Vega Chat', vendor: 'IP Filippov D. S.', domains: ['vega.chat'], source: 'https://vega.chat/terms-en' }, // public offer (Perm): an interface for sending prompts to third-party neural-network models and receiving machine-generated responses
    { id: 'riser-chat', name: 'Riser Chat', vendor: 'IP Mironchikova D. D.', domains: ['riser.chat'], source: 'https://www.riser.chat/en/terms' }, // user agreement: chat rooms where users send prompts to large-language-model APIs of OpenAI, Anthropic and other vendors
    { id: 'neuralbox', name: 'NeuralBox', vendor: 'NeuralBox', domains: ['neuralbox.ru'], source: 'https://neuralbox.ru/terms' }, // terms: an AI content generation platform with neural-network models for text, images, video, music, transcription and video translation, paid in tokens, with an API
    { id: 'simpleimages', name: 'SimpleImages', vendor: 'SimpleImages', category: 'image', domains: ['simpleimages.ru'], source: 'https://simpleimages.ru/docs/subscription-agreement' }, // subscription agreement (Russian): prepaid access to a service for using neural networks, paid in tokens; account at chat.simpleimages.ru
    { id: 'stone-ai-ru', name: 'Stone AI', vendor: 'Stone AI', category: 'developer-platform', domains: ['stoneai.ru'], source: 'https://stoneai.ru/refund' }, // refund policy (Russian), part of its public offer: a prepaid balance charged per token for each request to an AI model
    { id: 'cortexicai', name: 'Cortexicai', vendor: 'LMNTM LLC', domains: ['cortexicai.com'], source: 'https://cortexicai.com/user-agreement/' }, // user agreement (Almaty): tools built on large language, image-generation, speech-recognition and speech-synthesis models, paid from a balance

    // --- Image and video generation ---
    { id: 'picoria', name: 'Picoria', vendor: 'IP Sokurenko E. D.', category: 'image', domains: ['picoria.net', 'picoria.com'], source: 'https://picoria.net/en/terms' }, // public offer: a web service creating images with artificial-intelligence technologies, paid in credits; names picoria.com as its address
    { id: 'clipia-ai', name: 'Clipia.ai', vendor: 'IP Zakharov M. S.', category: 'video', domains: ['clipia.ai'], source: 'https://clipia.ai/en/terms' }, // terms (Voronezh Oblast): a platform for creating AI-generated images and videos with machine-learning algorithms
    { id: 'levsha-studio', name: 'Levsha', vendor: 'IP Kulishova R. S.', category: 'video', domains: ['levsha.studio'], source: 'https://levsha.studio/legal/oferta-en.html' }, // public offer: tools for creating and editing video, images and audio with AI, credits charged per request to neural-network computing resources
    { id: 'resora', name: 're:sora', vendor: 'Self-employed Konovalov N. A.', category: 'video', domains: ['resora.video'], source: 'https://resora.video/en/terms' }, // terms: a Telegram bot giving access to video and image generation with AI services, paid in internal points, under Russian law
    { id: 'welder-ai', name: 'Welder AI', vendor: 'Vladislav Smirnov', category: 'video', domains: ['welderai.ru'], source: 'https://welderai.ru/legal/terms?lang=en' }, // terms: short videos with scripts, images and voiceovers created with generative AI and published to connected accounts
    { id: 'twin-ai-twinailabs', name: 'Twin AI (twinailabs.com)', vendor: 'Rislings LLC', category: 'image', domains: ['twinailabs.com'], source: 'https://twinailabs.com/en/public-offer' }, // public offer (Minsk): AI-powered image, video and text generation on the web and in a mobile app on the App Store and RuStore
  ],
  { checked: CHECKED_C24, region: 'russia' },
);
