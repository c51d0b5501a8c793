// Twenty-first session, second writing pass (2026-12-07, helper `writing2`): AI writing tools the catalog still missed,
// beside the eighteenth session's writing pass (data/long-tail-c18-writing.ts), the seventeenth session's detect pass
// (data/long-tail-c17-detect.ts), the sixteenth session's supwrite pass (data/long-tail-c16-supwrite.ts) and this
// session's personal pass (data/long-tail-c21-personal.ts), whose rows are not repeated here. Here: AI book, novel and
// children's-book generators and a fiction workspace with AI characters; AI LinkedIn ghostwriters; an AI screenplay
// analyst and an AI script writer; AI speech writers for weddings, ceremonies and sermons; AI letter writers; an AI
// reply writer; AI humanizers; AI SEO article writers; AI product-description apps for Shopify; an AI poem explainer
// and an AI Urdu and Hindi shayari writer; an AI writing checker in German; AI document helpers in Korean and
// Japanese (a Google Docs writing assistant, an AI novel-writing desktop app, an AI reading-journal companion).
//
// Leads. 45 look-ups of the stored corpora (44 `pages`, 1 `docs`), worded the way vendors word their own privacy
// policies, terms, refund and AI-use pages ("sent to Anthropic's Claude API", "our AI provider(s)", "AI-powered",
// "processed by OpenRouter", "we use OpenAI"), by kind (book and novel writers, LinkedIn and X ghostwriters, speech and
// toast writers, screenplay tools, poems and lyrics, letters and complaints, Shopify product copy, essays and academic
// writing, summarisers, SEO articles, humanizers, children's books, eulogies, sermons, press releases, wedding vows,
// listing descriptions, grammar checkers, beta readers, KDP books, paraphrasing APIs) and in German, French, Spanish,
// Portuguese, Italian, Dutch, Polish, Turkish, Japanese, Korean and Indonesian. The non-English look-ups returned
// mostly news, explainers and OpenAI's own policy translations; WhatImean (German), ThinkHelper (Korean), YukiAI
// NovelEcho and BookTalk AI (Japanese) came of them. Every row cites a page with a path on the product's own host (for
// Wordstead, Shayari AI and Vision AI Auto-Describer, the claimed subdomain; for Describely AI, the claimed path), and
// each page says in the vendor's words that the product writes, rewrites, analyses or corrects text with AI, a
// language model or a named provider (OpenAI, Anthropic's Claude, Google Gemini, Azure, OpenRouter). WhatImean's and
// ThinkHelper's sources are the vendors' own pages about their own products. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first. ToHuman (tohuman.io), which the seventeenth
// session's detect pass left out because it met the host only in an API-catalogue repository, is listed here from its
// own terms.
//
// Already listed and left to their entries: Novelizer, Chaptrly, AI LinkedIn Post Generator & Scheduler
// (ailinkedin.techerd.com), TweetReplier, TwinWrite, The Paraphrasing Tool, LyricalWriter, Love Poem AI,
// SongPrompterAI, AISongGen, Shopify Product Descriptions AI (storegen.selfspark.app), Novik's AI Product Description
// Agent, SEO AI Agent (seo-ai.biz), HumanGPT, GoHumanize (gohumanizeai.com), AI Detector Text, czat.ai, Semly, NovaKit,
// Typetak, Reverie, thesify, Redação Play, GPT0, IA Online, OpenErotica, Antidote, SermonCoach, Talk to Nobunaga,
// JobSecretary, InviAI, My Agent Platform, LanguageTool, GPTGrammar, NewLittle, AI Story Book, SpeechDrafter,
// speechcraft (speechcraft.forage.bot) and SpeechWriter AI (writemymoments.com).
//
// Three subdomains are claimed alone because their parents are an agency's, a developer's or an unread site, not the
// AI product: wordstead.allsignal.agency (Wordstead), shayari.banale.in (Shayari AI) and vabpd.cartpilot.dev (Vision
// AI Auto-Describer). One path is claimed alone, pixlerlab-digital.com/describely-ai, a Shopify app on a digital
// studio's site. Same name on purpose: Describely AI (Pixlerlab Digital's Shopify app) is not Describely
// (describely.ai, cat-more.ts): the app's policy names its own operator and hosts, and nothing ties it to describely.ai.
//
// Measured with /work/helpers/classify-hosts.mts on the 317 hosts the searches returned (vendors, articles, news,
// stores and shared hosts alike, in /work/helpers/out/writing2-hosts.txt): 43 classified before (13.6%), 72 (22.7%)
// after.
//
// Left out. Pages that do not say the product uses AI or say it only in the brand name (essayops.com's integrity page,
// screenplaystudio.fun, revisiongrade.com's privacy controls, redaai.com.br's ENEM page); general products where AI is
// one feature (Ottopen's manuscript and audiobook workspace with opt-in AI features, Betashelf's human beta-reader
// platform, The Family Mosaic's story archive, the GEO Rank Optimizer WordPress plugin with the user's own key, a
// website builder's AI annex on domaintechnik.at, an IT firm's site chat on erhardt-itservices.de, a restaurant
// start-up app's AI terms, future-fit.work's workshop toolkit); a template policy with placeholders (Schreibly on
// codexo.dev); a draft early-release policy (WHAT SAY on lovewhatsay.app); a development host (dev-kf7x2m.sacraft.ai,
// SaCraft Novel); a bare `?p=` page (marketing.manuscripts.ai/?p=6757); phone-only apps on a developer's site
// (SoftSpeak on ballotics.site); an extension policy on a company site (power-asset.jp's AI Article Summarizer); a
// subdomain whose parent and operator could not be read (ai.yourtinytale.com); a church policy generator that does
// not say AI writes it (churchai.online); vendors seen only on general blog articles or guides (holodream.ai,
// writeloom.app, blog.makemybook.app, blog.youbooks.com, adventuresofbook.com, whose page never names the product,
// RealType.ai on hellodata.ai's blog); gohumanize.ai, a same-named humanizer on another host than the listed GoHumanize
// that nothing read ties to it; two hosts earlier passes judged out (keyfred.com, taxpersoft.com); and shared platforms
// (github.io, pages.dev, vercel.app, notion.site and wordpress.com copies, among them ObituaryCraft's and
// SpeechPolish's policies on pages.dev). Leads not tried: obituarycraft.com (named in its pages.dev policy, listed by
// the personal pass), linkedraft.com (the host LinkedDraft's policy names beside linkeddraft.com), realtype.ai,
// yourtinytale.com, manuscripts.ai, makemybook.app and youbooks.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21Writing2Tools: Tool[] = defineTools(
  'writing',
  [
    // --- Books, novels and children's books ---
    { id: 'book-generator-net', name: 'Book Generator', vendor: 'Book Generator', domains: ['bookgenerator.net'], source: 'https://bookgenerator.net/en/privacy' }, // privacy: an AI-powered book generation platform; briefs and chapters sent to AI providers
    { id: 'author-ai-app', name: 'Author AI', vendor: 'Author AI', domains: ['author-ai.app'], source: 'https://author-ai.app/privacy.html' }, // privacy: personalised AI writing assistance for manuscripts built from the writer's memory and voice
    { id: 'wordstead', name: 'Wordstead', vendor: 'AllSignal', domains: ['wordstead.allsignal.agency'], source: 'https://wordstead.allsignal.agency/privacy' }, // privacy: briefs and sources turned into a book by its AI provider(s), zero-retention tiers preferred
    { id: 'genesis-writer', name: 'Genesis Writer', vendor: 'Genesis Writer', domains: ['genesiswriter.ai'], source: 'https://genesiswriter.ai/legal/privacy' }, // privacy: novel projects with AI generation, AI character chats and AI portraits; prompts sent to AI providers
    { id: 'yukiai-novelecho', name: 'YukiAI NovelEcho', vendor: 'yukiecho.com', domains: ['yukiecho.com'], source: 'https://yukiecho.com/policy.html', region: 'japan' }, // privacy (Japanese): novel-writing software whose AI text generation sends input to the Google Gemini API
    { id: 'myownchildbook', name: 'MyOwnChildBook', vendor: 'myownchildbook.com', domains: ['myownchildbook.com'], source: 'https://myownchildbook.com/ai-childrens-book/' }, // its own explainer: personalised children's books, story drafted by GPT-4 or Gemini, AI illustrations
    { id: 'little-storybook', name: 'Little Storybook', vendor: 'Little Storybook', domains: ['littlestorybook.ai'], source: 'https://littlestorybook.ai/methodology' }, // methodology: children's stories and lessons drafted by AI with child-safety guardrails
    // --- LinkedIn and X ghostwriters, replies ---
    { id: 'linkera', name: 'Linkera', vendor: 'Linkera', domains: ['linkera.ai'], source: 'https://www.linkera.ai/privacy' }, // privacy: LinkedIn posts drafted by AI, prompts sent to OpenAI
    { id: 'posthub-so', name: 'PostHub', vendor: 'PostHub', domains: ['posthub.so'], source: 'https://posthub.so/privacy' }, // privacy: LinkedIn posts in the user's voice, generated with Anthropic's Claude and OpenAI
    { id: 'linkeddraft', name: 'LinkedDraft', vendor: 'LinkedDraft', domains: ['linkeddraft.com', 'linkedraft.com'], source: 'https://www.linkeddraft.com/privacy' }, // privacy: AI-powered LinkedIn post drafts through OpenRouter-hosted models; it names linkedraft.com as its site beside linkeddraft.com (added at the merge)
    { id: 'communicate-to-win', name: 'Communicate to Win', vendor: 'Communicate to Win', domains: ['communicate2win.com'], source: 'https://communicate2win.com/refund-policy' }, // refund policy: AI-powered communication assistance that generates reply suggestions
    // --- Screenplays and scripts ---
    { id: 'screenassist', name: 'ScreenAssist', vendor: 'ScreenAssist', domains: ['screenassist.ai'], source: 'https://screenassist.ai/terms' }, // terms: an AI-powered screenplay coverage and analysis platform with AI chat about scripts
    { id: 'scriptstream-ai', name: 'ScriptStream AI', vendor: 'ScriptStream AI', domains: ['aiscriptstream.com'], source: 'https://aiscriptstream.com/terms' }, // terms: scripts, outlines and storyboards generated by third-party and internal AI systems
    // --- Speeches, vows and sermons ---
    { id: 'inyourwords-ai', name: 'InYourWords.ai', vendor: 'Big Push B.V.', domains: ['inyourwords.ai'], source: 'https://www.inyourwords.ai/privacy', region: 'europe' }, // privacy (Amsterdam): wedding speeches generated from submitted stories, AI editor tools on a separate AI provider
    { id: 'vowcraftai', name: 'VowCraftAI', vendor: 'Shawn Miller', domains: ['vowcraftai.com'], source: 'https://vowcraftai.com/sales/privacy.html' }, // privacy: wedding ceremony and vow text generated by Anthropic's Claude API
    { id: 'sermon-analyst', name: 'Sermon Analyst', vendor: 'Sermon Analyst', domains: ['sermonanalyst.com'], source: 'https://www.sermonanalyst.com/philosophy' }, // philosophy page: AI reads a church's sermons to find patterns, summaries and gaps
    // --- Letters ---
    { id: 'letterise', name: 'Letterise', vendor: 'Letterise', domains: ['letterise.co.uk'], source: 'https://www.letterise.co.uk/legal/refund', region: 'europe' }, // refund policy (UK): credits buy AI-generated documents, regenerated on technical errors
    { id: 'one-more-letter', name: 'One More Letter', vendor: 'Zettlify LLC', domains: ['onemoreletter.com'], source: 'https://onemoreletter.com/refund-policy', region: 'southeast-asia' }, // refund policy (Singapore operator): personal letters generated with AI and delivered by email
    // --- Poems ---
    { id: 'poetry-explainer', name: 'Poetry Explainer', vendor: 'Poetry Explainer', domains: ['poetryexplainer.com'], source: 'https://www.poetryexplainer.com/fa/privacy' }, // privacy: AI poem analysis, translation and explanation features
    { id: 'shayari-ai-banale', name: 'Shayari AI', vendor: 'Shayari AI', domains: ['shayari.banale.in'], source: 'https://shayari.banale.in/en/privacy', region: 'india' }, // privacy: original poems generated by Anthropic's Claude, screened by OpenAI moderation
    // --- Humanizers ---
    { id: 'tohuman-io', name: 'ToHuman', vendor: 'ToHuman', domains: ['tohuman.io'], source: 'https://tohuman.io/terms' }, // terms: an API and web interface that humanizes AI-generated text with its own models
    { id: 'aigohuman', name: 'AIgoHuman', vendor: 'AIgoHuman', domains: ['aigohuman.com'], source: 'https://aigohuman.com/terms/' }, // terms: an AI text humanization service paid with Telegram Stars
    // --- SEO articles ---
    { id: 'smartarticlebot', name: 'SmartArticleBot', vendor: 'SmartArticleBot', domains: ['smartarticlebot.com'], source: 'https://www.smartarticlebot.com/privacy' }, // privacy: an AI-powered SEO content platform, articles generated by Anthropic's Claude
    { id: 'serp-systems', name: 'serp.systems', vendor: 'serp.systems', domains: ['serp.systems'], source: 'https://serp.systems/privacy' }, // privacy: AI-powered SEO article generation on Anthropic's Claude API
    // --- Shopify product descriptions ---
    { id: 'describely-ai-pixlerlab', name: 'Describely AI', vendor: 'Pixlerlab Digital', urlPrefixes: ['pixlerlab-digital.com/describely-ai'], source: 'https://www.pixlerlab-digital.com/describely-ai/privacy.html' }, // privacy: a Shopify app that generates product descriptions, SEO titles and FAQs with AI
    { id: 'shopgpt-mesh99', name: 'ShopGPT: AI Content Generator', vendor: 'mesh99', domains: ['shopgptpro.com'], source: 'https://shopgptpro.com/privacy-policy/' }, // privacy: Shopify content generated with ChatGPT at the back end, billed per 1000 words
    { id: 'vision-ai-auto-describer', name: 'Vision AI Auto-Describer', vendor: 'Vision AI Auto-Describer', domains: ['vabpd.cartpilot.dev'], source: 'https://vabpd.cartpilot.dev/privacy' }, // privacy: a Shopify app whose AI writes product titles, descriptions and alt text from images
    // --- Checkers and writing assistants in other languages ---
    { id: 'whatimean', name: 'WhatImean', vendor: 'WhatImean', domains: ['whatimean.com'], source: 'https://whatimean.com/de/detail/wie-sicher-sind-deine-daten', region: 'europe' }, // its own data page (German): a proofreader on Dutch servers; free users' texts also go, anonymised, to its AI
    { id: 'thinkhelper', name: 'ThinkHelper', vendor: 'ThinkHelper', domains: ['thinkhelper.kr'], source: 'https://thinkhelper.kr/privacy', region: 'korea' }, // privacy (Korea): AI document writing in Google Docs with OpenAI, Gemini and Claude
    { id: 'booktalk-ai', name: 'BookTalk AI', vendor: 'BookTalk AI', category: 'chat', domains: ['booktalk-ai.com'], source: 'https://www.booktalk-ai.com/legal/ai-usage', region: 'japan' }, // AI-use notice (Japanese): reading reflections discussed, questioned and summarised with Google Gemini
  ],
  { checked: CHECKED_C21 },
);
