// Twenty-second session, second companions pass (2026-12-07, helper `companions2`): consumer AI chat products that no
// entry claimed yet, beside the eighteenth session's companions pass (data/long-tail-c18-companions.ts), the sixth
// session's ChatGPT-mirror and adult-AI files (data/long-tail-c6-chatgpt-mirrors*.ts, data/long-tail-c6-nsfw-ai.ts),
// the sixteenth session's consumer and chat-and-search passes, the nineteenth session's chat2 pass and the twentieth
// session's games pass, whose rows are not repeated here. Here: AI character, roleplay and companion chat sites (some of
// them adults-only; their rows describe them neutrally: SpaceBabes AI, ChatWithX, Honeybot, Stuffer AI, Loverz.AI in
// Brazil, Aichiki, fake.dating, Lovity, Twinnie's creator "digital twins", JanitorAI.ai, Aefia, nsfw ai chat and
// Stellatrix's Tavern mode), a Russian AI roleplay and game-master site (RPText), an AI chat, image and video site
// sold as uncensored (GPT Uncensored), AI dream interpreters (Dreamify, DreamClarify), AI astrology chats
// (NatalChart.AI, ASTRO16), AI story games and interactive fiction (Bildy's stories, Vibe Quest, Adventure Machine), a
// general AI web-services platform (Chicago AI), and two AI phone and SMS receptionists met on the way (EMOR,
// AnswerCove).
//
// Leads. 42 look-ups in the stored `pages` corpus, worded the way vendors word their own terms, privacy policies,
// refund and credits pages, AI-character policies and docs ("characters are not real people", "AI Companions",
// "tokens", "coins spent on premium AI chat models", "your inputs are sent to third-party LLM providers", "AI-generated
// interpretations"), in English, German, French, Spanish, Portuguese, Italian, Russian, Japanese, Korean, Chinese,
// Turkish and Indonesian/Malay, and by kind (character chat, AI girlfriend and boyfriend apps, aggregators and "all
// models in one" plans, uncensored chat, dream interpretation, tarot, astrology, saju and coffee-cup fortunes, text
// adventures and interactive fiction, dating-practice simulators, griefbots, creator clones, kids' AI friends, Bible
// chat, SMS companions). The non-English queries and the aggregator, griefbot, kids and Bible queries returned news,
// guides and products already listed almost only; the English policy-worded queries found nearly every row below.
// Every row cites a page with a path on the product's own host (for Stellatrix its docs. host, for Vibe Quest the
// claimed subdomain, for Adventure Machine the claimed path), and each page says in the vendor's words that the
// product chats, answers, narrates, interprets or receptions with AI, AI models or named model providers (OpenAI,
// Anthropic, Google Gemini, Azure OpenAI, OpenRouter). Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ first. Already listed and left to their entries: Meuchico, SparkMeAI, Palvoro, ExtraAI, TaroHint,
// Fortunia, NeuroArcana, Chaos Tarot, AstroGuide, CelestKin, Reverie, Skeinscribe, MindChat, SoulVoice, Charla con
// Mija, Aura (hola-aura.com), OpenErotica, GPT0, IA Online, Talk to Nobunaga, Atlo, Mirage AI, InviAI, AI-Character.chat,
// RATU AI, Visual Novel, iNanoBanana, Infinite Realms, ArcQuill, FicMachine, Choose Your Own Adventure, SkyCheonWon,
// Myeongam, iWeaver, NanoGPT, AI Roundtable, MyAvatarZone, Navitech's AI Companion, OnlyVibe, ATXP Chat, Abliteration,
// OnlyKin, Pomni, PersonalityAI, HeyOtto, KidIQ, CallSphere, Bible Study Pro, FaithGPT, AI占いアイ, aiAstro, Janitor AI
// (janitorai.com), Coquette, Ada and AnyDialog.
//
// Measured with /work/helpers/classify-hosts.mts on the 288 hosts the searches returned (vendors, news, blogs, shared
// hosts and app stores alike, in /work/helpers/out/companions2-hosts.txt): 55 classified before (19.1%), 79 after
// (27.4%).
//
// Claimed narrowly: vibequest.sloppystories.com (Vibe Quest, a personal project; its parent sloppystories.com was not
// read) and the path imaginaryrobot.com/adventuremachine (Adventure Machine, on its maker's personal site); the parents
// are traps in the test. Stellatrix's page sits on docs.stellatrix.icu and the whole stellatrix.icu is claimed. EMOR's
// SMS policy names legal@emorai.com, but only the host read, emorvoice.com, is claimed.
//
// Same names: Dreamify (getdreamify.com), an AI dream journal, is not Dreamify (dreamify.art, an image generator);
// JanitorAI.ai (janitorai.ai), whose FAQ bills tokens per AI-generated word and points to an "NSFWCharacter" guide, is a
// different site from Janitor AI (janitorai.com, data/chat.ts), and is only claimed on its own host.
//
// Doubtful rows: ChatWithX's refund policy says only that its no-partial-refund rule follows "industry standards for AI
// services" beside created characters and chats; fake.dating's privacy page says users may let their chats train
// "future AI models" for a credit bonus, without naming the product an AI chat in the excerpt read; Chicago AI's terms
// describe "a collection of Artificial Intelligence powered web services" without naming one product.
//
// Left out. Drafts and placeholders (doranchat.com's character.chat terms and astrohint.ai, as the c18 pass decided;
// aigirlfriend.com's "[Your LLC Name]"; virtualfriend.chat's "[Insert Date]"); shared platforms (babechat.vercel.app,
// aigirlfriend-media.pages.dev, sites.google.com app policies, a notion.site dream-app policy, dreams-analytics-app
// .pages.dev, monggle-fortune.pages.dev, policy-lineai.web.app, dreambook-prod.web.app, kupid-git-main-snbai.vercel.app,
// simdate.pages.dev, openzess-docs.vercel.app, main--taverncozydocs.netlify.app, aether-web-production.up.railway.app,
// pictoria-share.wraptas.site, uni-docs-staging.pages.dev); mobile-only apps whose pages speak of the app alone
// (getmydreams.app, dreemlo.app, asaptera.com's iOS dream journal, lunatarot.com.tr on Claude, datesim.uk,
// aicompaniondev.com, policy.haruapp.com, sodan.betterkit.app, astrologyapp.ai as before); pages that do not say AI
// (tarotempress.com, realtarot.kr's "automatically generated" readings, fortunecookie.kr, sinsatalk.com, falcieva.com,
// falalem.com, faldunyasi.com, mourax.net, gtaai.app's and gptimager.com's refund pages, remembrancejournal.com's
// refund page, which does not say what the product is, aiastro.live's privacy page, chatguide.ai's OpenAI-style terms,
// lesstime.ai's SMS terms, arqgpt.cl, aiunio.com as the c19 pass decided); blogs, guides and glossaries rather than the
// product's own pages (aiangels.io and castloop.ai as the c16 pass decided, aigirlfriendclub.com, oakgen.ai, nymm.me,
// kidsai.app, heylolo.ai, datbot.ai, brainlab.games as the c21 pass decided, freundin.ai, ouba.art); personal demos
// (ai.kevinchamplin.com, hugo.murmur8.cloud, legal.vantil.xyz); business chatbot builders and features
// (targetfirst.com's generative-AI terms, restaurant-startup.app's AI feature); a ChatGPT page on a
// college's host (drgbec.edu.et); a bare homepage (ai-chatchan.com, a LINE AI chat of 株式会社Rst.com: a lead); a
// `?p=` page (sansho.fun's Ojisan AI Chat, an iOS app); openadventure.dev, as the c20 pass decided.
//
// Leads for later: joinaura.chat (Aura), whose terms describe AI companions and business assistants made with language
// and diffusion models, left out by the c18 pass as adult-leaning and still a trap in lookalikes-c18-companions.test.ts:
// a later pass that lists it must drop that trap; products seen only in news or third-party pages (HereAfter AI, YourMove AI, uncensored.com via a
// fact-check site, the Historical Figures app, Kaave Falı, Blush, Text with Jesus, Biblemate.io); Tadka Studios' AI
// characters (cdn.tadkastudios.com, as the c22 video3 pass noted); chatgpt.es, whose Pro page repeats OpenAI's FAQ
// without showing whether it runs its own chat; ai-chatchan.com's terms at a path.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Companions2Tools: Tool[] = defineTools(
  'chat',
  [
    // --- AI character, roleplay and companion chat ---
    { id: 'spacebabes-ai', name: 'SpaceBabes AI', vendor: 'SpaceBabes AI', domains: ['spacebabesai.com'], source: 'https://www.spacebabesai.com/exec/refund-policy.jsp' }, // refund policy: an AI-character chat platform sold by tokens, subscriptions and chat sessions
    { id: 'chatwithx', name: 'ChatWithX', vendor: 'ChatWithX', domains: ['chatwithx.link'], source: 'https://chatwithx.link/refund-policy' }, // refund policy: subscriptions to create characters and chat with them, under "industry standards for AI services"
    { id: 'honeybot-ai', name: 'Honeybot', vendor: 'Honeybot', domains: ['honeybot.ai'], source: 'https://honeybot.ai/pricing/?type=get-tokens' }, // pricing FAQ: subscriptions and tokens for communication with AI companions, with pictures and audio messages
    { id: 'stuffer-ai', name: 'Stuffer AI', vendor: 'Stuffer AI', domains: ['stuffer.ai'], source: 'https://stuffer.ai/refund' }, // refund policy: coins spent on premium AI chat models billed by the API provider
    { id: 'loverz-ai', name: 'Loverz.AI', vendor: 'Parente Tecnologia LTDA', domains: ['loverz.ai'], source: 'https://loverz.ai/en/terms' }, // terms (São Paulo): conversations with AI Companions, artificial intelligence characters that simulate human interaction
    { id: 'aichiki', name: 'Aichiki', vendor: 'Aichiki', domains: ['aichiki.com', 'aichiki.ai'], source: 'https://aichiki.com/aichiki/privacy.htm' }, // privacy: AI-powered character interactions and custom characters, with chats stored in EU data centres; aichiki.ai added by the c26 leads7 pass from the same app's help centre (help.aichiki.ai/characters/create.html: AI characters, AI-generated character drafts and images) and blog
    { id: 'fake-dating', name: 'fake.dating', vendor: 'fake.dating', domains: ['fake.dating'], source: 'https://fake.dating/privacy' }, // privacy: an age-gated chat site whose users may let their chats improve future AI models for a credit bonus
    { id: 'lovity', name: 'Lovity', vendor: 'Lovity', domains: ['lovity.io'], source: 'https://lovity.io/privacy.html' }, // privacy: adults-only character chats whose replies, images, voice and video come from third-party AI providers
    { id: 'twinnie', name: 'Twinnie', vendor: 'Twinnie', domains: ['twinnie.com'], source: 'https://www.twinnie.com/tos' }, // creator terms: creators' AI digital twins chat with fans through AI dating-simulation models
    { id: 'janitorai-ai', name: 'JanitorAI.ai', vendor: 'JanitorAI.ai', domains: ['janitorai.ai'], source: 'https://janitorai.ai/faq.html' }, // FAQ: character chats billed in tokens, one per word generated by AI; not Janitor AI (janitorai.com)
    { id: 'aefia', name: 'Aefia', vendor: 'Aefia', domains: ['aefia.com'], source: 'https://aefia.com/en/terms' }, // terms: an adults-only web platform for private text chat with fictional AI characters
    { id: 'en-nsfwaichat', name: 'nsfw ai chat', vendor: 'nsfw ai chat', domains: ['en-nsfwaichat.com'], source: 'https://en-nsfwaichat.com/terms-conditions.html' }, // terms: an adults-only chat with AI characters whose content is produced by artificial intelligence
    { id: 'stellatrix', name: 'Stellatrix', vendor: 'Stellatrix', domains: ['stellatrix.icu'], source: 'https://docs.stellatrix.icu/en/tavern' }, // docs: Tavern mode for one-to-one chats with an AI character, with character cards and a script-game mode
    { id: 'rptext', name: 'RPText', vendor: 'RPText', domains: ['rptext.ru'], source: 'https://rptext.ru/guides/constructor-character' }, // guide (Russian): characters for conversations with AI and for role-play with an AI game master
    { id: 'gpt-uncensored', name: 'GPT Uncensored', vendor: 'GPT Uncensored', domains: ['gptuncensored.ai'], source: 'https://www.gptuncensored.ai/privacy-policy' }, // privacy: AI text chat, image and video generation through third-party AI providers
    // --- AI dream interpretation and astrology ---
    { id: 'getdreamify', name: 'Dreamify (dream journal)', vendor: 'Dreamify', category: 'other', domains: ['getdreamify.com'], source: 'https://www.getdreamify.com/privacy-policy' }, // privacy: a dream journal whose interpretations and analyses are generated by OpenAI
    { id: 'dreamclarify', name: 'DreamClarify', vendor: 'DreamClarify', category: 'other', domains: ['dreamclarify.com'], source: 'https://dreamclarify.com/privacy' }, // privacy: personalized AI dream interpretations
    { id: 'natalchart-ai', name: 'NatalChart.AI', vendor: 'NatalChart.AI', category: 'other', domains: ['natalchart.ai'], source: 'https://www.natalchart.ai/privacy' }, // privacy: AI-assisted natal chart readings and a chat with the AI grounded on the chart
    { id: 'astro16', name: 'ASTRO16', vendor: 'ASTRO16 LLC', category: 'other', domains: ['astro16.com'], source: 'https://astro16.com/privacy' }, // privacy: astrology chat answered by large-language-model providers (OpenAI, Anthropic)
    // --- AI story games and interactive fiction ---
    { id: 'bildy-ai', name: 'Bildy', vendor: 'Bildy', category: 'other', domains: ['bildy.ai'], source: 'https://bildy.ai/blog/create-interactive-stories' }, // vendor blog on its own story feature: the AI writes each branching scene and draws an image for it
    { id: 'vibe-quest', name: 'Vibe Quest', vendor: 'Vibe Quest', category: 'other', domains: ['vibequest.sloppystories.com'], source: 'https://vibequest.sloppystories.com/Privacy' }, // privacy: an AI-powered choose-your-own-adventure game whose turns are written by OpenAI
    { id: 'adventure-machine', name: 'Adventure Machine', vendor: 'Adventure Machine', category: 'other', urlPrefixes: ['imaginaryrobot.com/adventuremachine'], source: 'https://imaginaryrobot.com/adventuremachine/privacy' }, // privacy: an AI dungeon master for shared sessions, calling language models through OpenRouter
    // --- general AI web services ---
    { id: 'chicago-ai', name: 'Chicago AI', vendor: 'Chicago AI', category: 'other', domains: ['chicagoai.io'], source: 'https://chicagoai.io/terms-of-service' }, // terms: a platform of AI-powered web services, applications and resources
    // --- AI receptionists met on the way ---
    { id: 'emor-ai', name: 'EMOR', vendor: 'EMOR AI, LLC', category: 'audio', domains: ['emorvoice.com'], source: 'https://www.emorvoice.com/sms-consent' }, // SMS policy: AI-powered phone and SMS receptionists for small service businesses
    { id: 'answercove', name: 'AnswerCove', vendor: 'AnswerCove', category: 'audio', domains: ['answercove.com'], source: 'https://answercove.com/messaging-policy/' }, // messaging policy: an AI receptionist that answers calls and texts for local businesses
  ],
  { checked: CHECKED_C22 },
);
