// Seventeenth session, leads pass (2026-12-06, issue 15): the leads earlier passes left open, and the AI products of
// 2025-2026 that grew up around them. Rows: AI character and companion platforms (shapes.inc, which the sixteenth
// session's consumer pass left as a lead, and others the chatsearch pass had not met), general AI agents and agent
// workspaces, independent web apps built on the 2025-2026 generation models (Sora 2, Veo 3.1, Seedance, Seedream, Wan
// 2.2, Kling, Flux Kontext, Nano Banana Pro), four model-API gateways that serve those models, and one AI section of a
// general site (BrowserStack's Test Companion) as a URL prefix.
//
// Leads. 52 look-ups of the stored `pages` and `docs` corpora: the brief's renamed YC hosts, unproven aliases and AI
// sections of general sites by name, then product kinds in the words vendors use on their terms, privacy, help and docs
// pages (AI character chat terms in English, Japanese, Korean, Chinese, Russian, Spanish and German; companion privacy
// pages naming OpenRouter or other model providers; autonomous agent and agent-builder terms; "not affiliated with"
// notices of Sora 2, Veo 3.1, Seedance, Seedream, Wan, Kling, Flux Kontext, Qwen Image Edit, Nano Banana Pro and Grok
// Imagine web apps). Every row cites the operator's own page on the host claimed (terms, privacy, AI disclosure, help,
// docs, or in three cases its own blog naming its own product), and each page says the product generates or answers
// with AI.
//
// Measured with /work/helpers/classify-hosts.mts on the 334 distinct hosts the searches returned and the brief named
// (/work/helpers/hosts-leads.txt: vendors, blogs, news, docs of other vendors and shared hosts alike): 74 (22.2%)
// classified before, 132 (39.5%) after (133 once the asia pass's ai-character.chat is merged).
//
// Left out. The brief's renamed YC hosts (clerked.ai, caddy.app, pingo.ai, getlark.ai, datafruit.ai, bitrig.com,
// copperlane.ai, chasi.ai, usearticulate.com): no vendor page in the corpora names them, as the sixteenth session also
// found; a search for Clerked returned only Clerk, Cleric, Clerky and other namesakes. The brief's aliases (goodie.ai,
// profound.ai, runapi.co, aivideoapi.ai, lavender.io, teachmate.com): the vendors' own pages name only the hosts the
// catalog already has (higoodie.com, tryprofound.com with app. and docs., runapi.ai), so nothing was added to existing
// entries. AI sections of general sites with no page that fits a claim: Search Atlas (its help centre describes OTTO
// and Content Genius, but names no host or path of the product itself), Nylas Notetaker (its docs describe a bot that
// records and transcribes, without saying AI), Lexis+ AI (only a LexisNexis blog post and third-party news beside the
// catalog's `lexis-plus-protege`), Relativity aiR and TestingBot (nothing found). Drafts with blanks or copied text:
// doranchat.com, lunentia.ai, qxai.app, docs.klingai2.org (a copy of Kling AI's own terms on another host) and
// seedancev30.ai (terms that never say what the product does). Mobile-only or messenger-only apps: aicompaniondev.com,
// seedancing.app, aivoiceclone.app, ai-chatchan.com and policy.haruapp.com (LINE and phone apps), mimilog.im. Shared or
// third-party hosts: babechat.vercel.app, yaar-pro.web.app, home-page-6jb.pages.dev, voxelforge-1gt.pages.dev,
// pictoria-share.wraptas.site, sites.google.com, git.lzwcai.com (Page Agent's privacy file in a code mirror),
// pixiodev.myapps.ai, conductatlas.com (summaries of other vendors' policies). Pages that do not show an AI product of
// the host's own: fixpic.app and cleanwatermark.ai (watermark tools whose pages describe inpainting or link lookups, not
// AI), sora-watermark-remove.com, deep-seek.chat and soraaiapp.org (articles), veo3.kr (its policy never says AI),
// holodream.ai (a blog, as the sixteenth session found), ft07.com (OMate's makers' blog), agentbuilders.app (hosting for
// agent-built apps), autonoms.ai (a marketplace), koanimationstudios.com, facefusion.co and stocklib.es (general sites
// with an AI section whose path was not shown), and autobrowser.dev (an extension whose name clashes with the catalog's
// `autobrowser-extension`). Left for the passes whose kind they are: effectly.ai and goeet.com.au (SEO and AI-visibility
// tools), generalaugment.com and goodeye.dev (agent infrastructure for developers), atiendeia.com and iaonline.ai
// (Latin-American support and content tools). Already entries: keoby.com, rolepl.ai, sparkmeai.com, coquette.ai,
// atlo.ai, inviai.com, jium.ai, dyva.ai, charfriend.com, meuchico.com and most Nano Banana, Veo and Seedream apps met;
// ai-character.chat, met here too, is the seventeenth session's asia pass's row.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17LeadsTools: Tool[] = defineTools(
  'other',
  [
    // --- AI character and companion platforms ---
    { id: 'shapes-inc', name: 'Shapes', vendor: 'Shapes Inc.', category: 'chat', domains: ['shapes.inc'], source: 'https://shapes.inc/blog/next-chapter-of-shapes' }, // its founders' post: people create AI "Shapes" that chat in group chats; the company paid the AI compute; chats now run on talk.shapes.inc
    { id: 'aichar-store', name: 'AIChar.Store', vendor: 'AIChar.Store', category: 'chat', domains: ['aichar.store'], source: 'https://aichar.store/about/terms' }, // terms: a web app to create AI characters, chat with them and generate images with AI
    { id: 'xchar', name: 'xchar', vendor: 'xchar', category: 'chat', domains: ['xchar.xyz', 'xchar.ai'], source: 'https://www.xchar.xyz/terms' }, // terms: AI-generated characters and AI character chat; the landing host links into the product, and support is on xchar.ai
    { id: 'navitech-ai-companion', name: 'AI Companion (Navitech)', vendor: 'Navitech', category: 'chat', domains: ['companion.navitech.cloud'], source: 'https://companion.navitech.cloud/privacy' }, // privacy: web app for chatting with AI companions and creating characters, messages sent to third-party AI services (subdomain only)
    { id: 'caichat-ai', name: 'CAICHAT.AI', vendor: 'CAICHAT.AI', category: 'chat', domains: ['caichat.ai'], source: 'https://nt-1912.caichat.ai/en/help/creating-chatbot' }, // help: users build their own character chatbots; chat backgrounds can be generated by an AI model
    { id: 'mirage-ai-kr', name: 'Mirage AI (Korea)', vendor: 'Mirage AI', category: 'chat', region: 'korea', domains: ['mirage.ai.kr'], source: 'https://mirage.ai.kr/ko/terms' }, // terms: creators build AI personas that fans talk to by text and voice, with AI image generation
    { id: 'talo-chat', name: 'Talo Chat', vendor: 'JP IA Solutions', category: 'chat', domains: ['talo-chat.com'], source: 'https://talo-chat.com/en/privacy' }, // privacy: AI-generated personas; OpenAI writes the replies and Gemini the images
    { id: 'characterpanda', name: 'Persona (characterpanda.com)', vendor: 'Persona', category: 'chat', domains: ['characterpanda.com'], source: 'https://characterpanda.com/privacy' }, // privacy: an AI character chat platform whose replies come from Google, OpenAI and Anthropic models
    { id: 'personaizer', name: 'PersonAizer', vendor: 'PersonAizer', category: 'chat', domains: ['personaizer.com'], source: 'https://www.personaizer.com/privacy' }, // privacy: interactive AI personas on web, mobile and kiosks; speech is transcribed and answered by AI systems
    { id: 'convoai-pl', name: 'ConvoAI', vendor: 'ConvoAI', category: 'chat', region: 'europe', domains: ['convoai.pl'], source: 'https://convoai.pl/ai-disclosure' }, // AI disclosure: an LLM persona plays the customer in sales roleplays and an evaluator agent scores them
    { id: 'ai-char-ru', name: 'AI-CHAR.RU', vendor: 'A Neuro Minds AI', category: 'chat', region: 'russia', domains: ['ai-char.ru'], source: 'https://ai-char.ru/content/article/faq-a-neuro-minds-ai?lang=en' }, // its safety FAQ: a catalogue of AI characters users create and chat with
    { id: 'aipair-ru', name: 'AiPair', vendor: 'AiPair Inc.', category: 'chat', region: 'russia', domains: ['aipair.ru'], source: 'https://aipair.ru/terms' }, // terms: a conversational AI platform
    { id: 'opencuddle', name: 'OpenCuddle', vendor: 'OpenCuddle', category: 'chat', domains: ['opencuddle.com'], source: 'https://opencuddle.com/privacy' }, // privacy: AI companion replies generated by models reached through OpenRouter
    { id: 'yoriso-love', name: 'Yoriso', vendor: 'Yoriso', category: 'chat', domains: ['yoriso.love'], source: 'https://www.yoriso.love/privacy' }, // privacy: AI characters in Telegram and a web app, replies via OpenRouter and AI-generated images
    { id: 'dimensional-transit-model', name: 'Dimensional Transit Model', vendor: 'Dimensional Transit Model', category: 'chat', domains: ['dimensionaltransitmodel.com'], source: 'https://dimensionaltransitmodel.com/privacy' }, // privacy: a chat service whose replies come from an AI language model via OpenRouter
    { id: 'openerotica', name: 'OpenErotica', vendor: 'OpenErotica', category: 'chat', domains: ['openerotica.org'], source: 'https://openerotica.org/es/generative-ai-terms-of-service' }, // its generative-AI terms: adult AI services, models and API for users 18 and over
    { id: 'askbrainy', name: 'Brainy', vendor: 'Brainy', category: 'chat', domains: ['askbrainy.com'], source: 'https://askbrainy.com/ru/terms-of-service.html' }, // terms: a free AI assistant that answers, searches the web and does deep research, on the site and in Telegram
    // --- AI agents and agent workspaces ---
    { id: 'autoagent-avelion', name: 'AutoAgent', vendor: 'AutoAgent', category: 'agents', domains: ['avelion.in'], source: 'https://www.avelion.in/terms' }, // terms: LLM agents that carry out tasks across email, calendars and social accounts
    { id: 'xt-agents', name: 'XT Agents', vendor: 'XT Agents', category: 'agents', domains: ['xtagents.com'], source: 'https://xtagents.com/terms' }, // terms: an autonomous AI agent with system access, also sold as a hosted subscription
    { id: 'harmonized-aios', name: 'Harmonized AIOS', vendor: 'Harmonized', category: 'agents', domains: ['harmonized-ai.com'], source: 'https://harmonized-ai.com/TOS' }, // terms: a 24/7 autonomous AI agent running business workflows with approval at each step
    { id: 'bldbot', name: 'BldBot', vendor: 'BldBot', category: 'agents', domains: ['bldbot.site'], source: 'https://bldbot.site/terms' }, // terms: a browser workspace to configure and run AI agents on connected channels, billed by model tokens
    { id: 'buildmyagent', name: 'BuildMyAgent', vendor: 'Shiney.ai Inc.', category: 'agents', domains: ['buildmyagent.io'], source: 'https://www.buildmyagent.io/terms' }, // terms: build, test and deploy AI chatbots to web widgets, SMS, WhatsApp and Instagram
    { id: 'normchat-ru', name: 'NormChat', vendor: 'NormChat', category: 'agents', region: 'russia', domains: ['normchat.ru'], source: 'https://normchat.ru/terms' }, // rules: AI assistants for businesses' channels and integrations
    // --- web apps on 2025-2026 video and image models ---
    { id: 'sora2-ai-video', name: 'Sora2 AI Video', vendor: 'Sora2 AI Video', category: 'video', domains: ['sora2-ai.video'], source: 'https://www.sora2-ai.video/privacy-policy' }, // privacy: prompts and media go to model providers to render AI video
    { id: 'sorasy', name: 'Sorasy', vendor: 'Sorasy', category: 'video', domains: ['sorasy.com'], source: 'https://sorasy.com/privacy' }, // privacy: a Sora 2 video generation platform
    { id: 'sora2ai-info', name: 'Sora2 AI (sora2ai.info)', vendor: 'Sora2 AI', category: 'video', domains: ['sora2ai.info'], source: 'https://www.sora2ai.info/privacy-policy' }, // privacy: AI text-to-video and image-to-video with synchronised audio
    { id: 'aisora2', name: 'AISora2', vendor: 'AISora2', category: 'video', domains: ['aisora2.me'], source: 'https://aisora2.me/privacy' }, // privacy: video requests processed with OpenAI Sora 2
    { id: 'sora2-watermark-remover', name: 'Sora Watermark Remover', vendor: 'Sora Watermark Remover', category: 'video', domains: ['sora2watermarkremover.app'], source: 'https://sora2watermarkremover.app/privacy-policy' }, // privacy: uploads processed by AI inference on Replicate to remove watermarks
    { id: 'veo3free-ai', name: 'Veo3free AI', vendor: 'Veo3free AI', category: 'video', domains: ['veo3free.ai'], source: 'https://blog.veo3free.ai/how-does-veo-3-handle-user-privacy-and-what-data-does-it-collect-during-generation' }, // its own blog: cheap access to Veo 3, Nano Banana and other video and image models
    { id: 'veo4-video', name: 'Veo 4 Video', vendor: 'Veo 4 Video', category: 'video', domains: ['veo4-video.org'], source: 'https://veo4-video.org/privacy' }, // privacy: prompts and images turned into video by Google Veo 3.1
    { id: 'veogent', name: 'VEOGENT STUDIO', vendor: 'VEOGENT STUDIO', category: 'video', domains: ['veogent.com'], source: 'https://veogent.com/vi/dieu-khoan' }, // terms: content generated with AI technology
    { id: 'seedancefast', name: 'SeeDance Fast', vendor: 'SeeDance Fast', category: 'video', domains: ['seedancefast.com'], source: 'https://seedancefast.com/content-policy' }, // content policy: an AI video generation platform
    { id: 'see-dance-2', name: 'Seedance 2.0 (see-dance-2.org)', vendor: 'see-dance-2.org', category: 'video', domains: ['see-dance-2.org'], source: 'https://see-dance-2.org/es/terms-of-service' }, // terms: online AI video generation and editing from prompts and reference media
    { id: 'seedance-run', name: 'Seedance AI Video Generator (seedance.run)', vendor: 'seedance.run', category: 'video', domains: ['seedance.run'], source: 'https://seedance.run/privacy' }, // privacy: AI text-to-video and image-to-video
    { id: 'seedancepro-work', name: 'Seedance video generator (seedancepro.work)', vendor: 'seedancepro.work', category: 'video', domains: ['seedancepro.work'], source: 'https://seedancepro.work/blog/what-is-sora' }, // its own blog: offers its Seedance AI video generator in place of Sora
    { id: 'seedance-api-dev', name: 'Seedance API', vendor: 'Seedance API', category: 'developer-platform', domains: ['seedanceapi.dev'], source: 'https://seedanceapi.dev/es/privacy-policy' }, // privacy: an API for AI video generation with ByteDance's Seedance models
    { id: 'seedream-5-art', name: 'Seedream 5', vendor: 'seedream-5.art', category: 'image', domains: ['seedream-5.art'], source: 'https://seedream-5.art/zh-Hant/privacy-policy' }, // privacy: an AI image generation platform
    { id: 'wan22-app', name: 'Wan 2.2 (wan22.app)', vendor: 'wan22.app', category: 'video', domains: ['wan22.app'], source: 'https://wan22.app/terms-of-service' }, // terms: AI text-to-video and image-to-video
    { id: 'wan22ai-io', name: 'Wan22AI', vendor: 'Wan22AI', category: 'video', domains: ['wan22ai.io'], source: 'https://wan22ai.io/zh/terms-of-service' }, // terms: an AI video generation platform paid in credits
    { id: 'wanvideoai-org', name: 'Wan Animate (wanvideoai.org)', vendor: 'wanvideoai.org', category: 'video', domains: ['wanvideoai.org'], source: 'https://wanvideoai.org/terms-of-service' }, // terms: AI character animation with Alibaba's Wan 2.2 Animate model
    { id: 'wananimate-io', name: 'Wan Animate (wananimate.io)', vendor: 'wananimate.io', category: 'video', domains: ['wananimate.io'], source: 'https://wananimate.io/terms-of-service' }, // terms: AI character animation and motion transfer, paid in credits
    { id: 'wananimate-me', name: 'Wan Animate (wananimate.me)', vendor: 'wananimate.me', category: 'image', domains: ['wananimate.me'], source: 'https://wananimate.me/terms-of-service' }, // terms (a reused template): AI image generation and editing on Gemini
    { id: 'klingo1-xyz', name: 'Kling O1 (klingo1.xyz)', vendor: 'klingo1.xyz', category: 'video', domains: ['klingo1.xyz'], source: 'https://klingo1.xyz/zh/privacy-policy' }, // privacy: a multimodal AI video generation platform
    { id: 'kling-art', name: 'Kling.art', vendor: 'Kling.art', category: 'video', domains: ['kling.art'], source: 'https://kling.art/privacy' }, // privacy: independent AI video and image generation on the Kling 3.0 API
    { id: 'kling-5', name: 'Kling 5.0 AI', vendor: 'kling-5.com', category: 'video', domains: ['kling-5.com'], source: 'https://www.kling-5.com/privacy' }, // privacy: text-to-video and image-to-video; prompts go to model providers
    { id: 'pixazo', name: 'Pixazo', vendor: 'Pixazo', category: 'video', domains: ['pixazo.ai'], source: 'https://www.pixazo.ai/playground/sora' }, // its Sora 2 playground: video with sound from a prompt, and an API
    { id: 'aggiii-nano-banana', name: 'Nano Banana (Aggiii AI)', vendor: 'Aggiii AI', category: 'image', urlPrefixes: ['aggiii.com/nanobanana'], source: 'https://aggiii.com/nanobanana/terms' }, // terms: Aggiii AI's image generation platform; only this path is claimed
    { id: 'nanobananapro-online', name: 'Nano Banana Pro (nanobananapro.online)', vendor: 'nanobananapro.online', category: 'image', domains: ['nanobananapro.online'], source: 'https://nanobananapro.online/privacy-policy' }, // privacy: AI image generation and editing on Gemini 3 Pro
    { id: 'nanobanana-pro-me', name: 'Nano Banana Pro (nanobanana-pro.me)', vendor: 'nanobanana-pro.me', category: 'image', domains: ['nanobanana-pro.me'], source: 'https://nanobanana-pro.me/hk/privacy-policy' }, // privacy: access to AI models through its own interface
    { id: 'nanobananaimages', name: 'Nano Banana Images', vendor: 'nanobananaimages.com', category: 'image', domains: ['nanobananaimages.com'], source: 'https://www.nanobananaimages.com/privacy' }, // privacy: an AI image generation platform (the text still names FluxKontextPro.net)
    { id: 'fluxkontextai-pro', name: 'Flux Kontext AI (fluxkontextai.pro)', vendor: 'fluxkontextai.pro', category: 'image', domains: ['fluxkontextai.pro'], source: 'https://fluxkontextai.pro/privacy' }, // privacy: AI image editing and generation
    { id: 'fluxcontext-net', name: 'Flux Context', vendor: 'fluxcontext.net', category: 'image', domains: ['fluxcontext.net'], source: 'https://fluxcontext.net/privacy-policy' }, // privacy: AI image editing; generation requests go to the BFL API
    { id: 'opusflair', name: 'OpusFlair', vendor: 'OpusFlair', category: 'image', domains: ['opusflair.com'], source: 'https://www.opusflair.com/privacy' }, // privacy: AI image generation on Flux Kontext Pro and other models
    // --- model API gateways serving those models ---
    { id: 'runcrate', name: 'Runcrate Models API', vendor: 'Runcrate', category: 'developer-platform', domains: ['runcrate.ai'], apiEndpoints: ['api.runcrate.ai'], source: 'https://runcrate.ai/docs/api-reference/introduction' }, // API docs: OpenAI-compatible text, image, video and audio generation
    { id: 'modellix', name: 'Modellix', vendor: 'Modellix', category: 'developer-platform', domains: ['modellix.ai'], source: 'https://docs.modellix.ai/minimax/hailuo-02-fl2v' }, // API docs: generation models such as Hailuo 02 behind one API key
    { id: 'powertokens', name: 'PowerTokens', vendor: 'PowerTokens', category: 'developer-platform', domains: ['powertokens.ai'], source: 'https://docs.powertokens.ai/en/zmodelImage/ali/qwen-edit' }, // API docs: a gateway that forwards calls to Qwen image models and others
    { id: 'aihubmax', name: 'AIHubMax', vendor: 'AIHubMax', category: 'developer-platform', domains: ['aihubmax.com'], source: 'https://docs.aihubmax.com/pages/en/api-manual/video-series/grok/grok-imagine-text-to-video' }, // API docs: Grok Imagine text-to-video and other models behind one key
    // --- an AI section of a general site ---
    { id: 'browserstack-test-companion', name: 'BrowserStack Test Companion', vendor: 'BrowserStack', category: 'coding', urlPrefixes: ['www.browserstack.com/docs/test-companion'], source: 'https://www.browserstack.com/docs/test-companion/app-testing/automate-tests' }, // docs: an AI that writes test automation code from test cases on real devices; only this docs path of browserstack.com is claimed
  ],
  { checked: CHECKED_C17 },
);
