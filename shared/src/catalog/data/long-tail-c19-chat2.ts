// Nineteenth session, second chat pass (2026-12-06, helper `chat2`): general-purpose AI chat sites the catalog still
// missed, beside the sixth session's ChatGPT-mirror files (data/long-tail-c6-chatgpt-mirrors*.ts) and the sixteenth
// session's chat-and-search pass (data/long-tail-c16-chatsearch.ts). Here: multi-model chat aggregators and "AI super
// apps" sold by subscription or credits (OrbiChat, oooi, Omnia One AI, Chat4O.AI, Somake, BlueGPT, AI-ChatPro, Palvoro,
// Clarilo, DavinBox in Russia), an AI model comparator, AI chat for teams with shared workspaces and several models
// (Team-GPT, TeamAI, TeamUp, Lurus AI, Vantero, AI Singularity, Gratobeun's Chat.AI), bring-your-own-key chat clients
// with a hosted web app (ByteChat, AIWorkbench, Mazelan, Chat Assistant Box), a zero-knowledge privacy chat (ChtSafe), a
// Brazilian Portuguese open-model chat (Chat Aberto AI) and an AI news-answer platform (Gnomi).
//
// Leads. 44 look-ups in the stored `pages` corpus, worded the way vendors word their own terms, privacy policies, refund
// and fair-usage policies and help docs ("we provide access to third-party large language models", "the Service uses
// models from OpenAI, Anthropic and Google", credits and tokens per model, bring-your-own-key storage, team workspaces,
// model comparison, "not affiliated with OpenAI"), in English, Spanish, Portuguese, German, French, Russian, Arabic,
// Turkish and Chinese (the Arabic, Turkish and Chinese queries returned mostly news and products already listed). Three
// look-ups named products the catalog lacked (Team-GPT, OmniGPT, GlobalGPT); only Team-GPT's own help pages came back.
// Every row cites a page with a path on the product's own host that says in the vendor's words that the product is an
// AI chat, workspace or assistant, or routes prompts to named models. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to their entries: NanoGPT,
// Botchat, OpenCompany, IA Online, iaiaz, OATDA, Cortexion, AIChat (ai-chat.pw), GPTalk, PULT-AI, Govorun, TalkAI,
// Onzzy AI, Charla con Mija, Turkish.AI, Trash Chat, Ask AI (askaichat.app), Answer AI, AnswerMind, HarryAI, OhMyGPT,
// GPTBots, Langdock, AI-Pro, Dimensional Transit Model, The AI Platform (Zephyr), Chats LLM, Chatgot, ChatOn, OmnIAtix,
// FemidaGPT, Zhima Zhuyan, LAI and Macaly. Three subdomains are claimed alone: app.423pm.com (AI Model Comparator),
// chat.uft1.com (Chat Assistant Box) and chat.gratobeun.com (Chat.AI, whose operator sells several apps), with their
// parents as traps; chataberto.on1chat.sbs and dev.mazelan.ai are claimed alone too, because those are the only hosts
// the pages name (their parents are not trapped: nothing says what they are).
//
// Measured with /work/helpers/classify-hosts.mts on the 270 hosts the searches returned (vendors, articles, stores and
// shared hosts alike): 54 classified before (20.0%), 81 (30.0%) after.
//
// Left out. Templates and placeholders (lanawrai.com's "This is a template" OmniAI terms, helpai.plus's bracketed
// company name, gotoai.one's {{legal_version}}, Kuwait's ai.gccfuture.com, already listed, with a bracketed day count);
// a page with no path (legal.ultimate-council.com, the LLM-council service Ultimate Council, a lead); pages that never
// say AI or say only "tokens" (aichatapp.ai's terms, aiunio.com's refund policy, prismos.dev's plan docs, pylip.com,
// echochat.nl and neumar.app's docs); mixed branding (chat.answerharbor.com's policy names mindfield.ai); vendors seen
// only on their own blogs, left as leads (ZDR Chat, Chapeta, ChatComparison); OpenAI-compatible API gateways, left for a
// developer-platform pass (llmcloud.studio, llmai.dev, wdllm.com, meridian.getnimbus.net, ominigate.ai, tokenok.net,
// costr.gopluslabs.io, aicoderouter.com, goesai.com, aicentos.click); Telegram-, WhatsApp-, Discord- and phone-only
// assistants (deep-assistant's GPT Deep bot, omnis-bot.com, Chat AI 5, Nexora, unlimitedaichatapp.com); resellers of
// ChatGPT accounts rather than AI services (fastgptplus.com, 404141.xyz, shop.isving.com); general sites with an AI
// feature (edi2xml.com, archive.tw, yingwu.net, liuhuamall.com, tapy.to, maxqda.com); non-chat AI products met on the way
// (app.globald.ai for Amazon listings, alma.alterhedge.com, an AI orchestration API); and shared platforms (vercel.app,
// netlify.app, pages.dev, web.app, workers.dev, onrender.com, github.io, sites.google.com, featurebase.app).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const longTailC19Chat2Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Multi-model chat aggregators and AI super apps ---
    { id: 'orbichat', name: 'OrbiChat', vendor: 'OrbiChat', domains: ['orbichat.ai'], source: 'https://orbichat.ai/terms' }, // terms: a unified AI workspace to chat with multiple model providers, compare responses, research and images
    { id: 'oooi-ai', name: 'oooi', vendor: 'oooi', domains: ['oooi.ai'], source: 'https://oooi.ai/terms' }, // terms: an AI model aggregation platform to search, compare, debate and chat with third-party LLMs
    { id: 'omnia-one-ai', name: 'Omnia One AI', vendor: 'Omnia One AI', domains: ['omniaai.app'], source: 'https://omniaai.app/terms' }, // terms: a multi-platform AI assistant (web and mobile) on Vertex AI, Claude and OpenAI
    { id: 'chat4o-ai', name: 'Chat4O.AI', vendor: '6677 Tech Limited', domains: ['chat4o.ai'], source: 'https://chat4o.ai/terms-of-service/' }, // terms: AI-powered reasoning, image and video generation; credits per model
    { id: 'somake-ai', name: 'Somake', vendor: 'Somake', domains: ['somake.ai'], source: 'https://www.somake.ai/pt/terms' }, // terms (Portuguese): an all-in-one AI platform for writing, images and data analysis
    { id: 'bluegpt', name: 'BlueGPT', vendor: 'InspireLabs', domains: ['bluegpt.app'], source: 'https://bluegpt.app/fr/legal?tab=terms-of-use' }, // terms of sale and use: subscriptions and credits for its AI Services generating text, images and video
    { id: 'ai-chatpro', name: 'AI-ChatPro', vendor: 'AI-ChatPro', domains: ['ai-chatpro.com'], source: 'https://ai-chatpro.com/en/terms-of-sales' }, // subscription terms: unlimited access to the intelligent assistant AI-ChatPro and its chat history
    { id: 'palvoro', name: 'Palvoro', vendor: 'Palvoro', domains: ['palvoro.com'], source: 'https://palvoro.com/pricing' }, // pricing: each AI model request (message) costs credits by model
    { id: 'clarilo', name: 'Clarilo', vendor: 'Clarilo', domains: ['clarilo.com'], source: 'https://clarilo.com/fair-usage-policy/' }, // fair-usage policy: monthly AI interactions on GPT 5.4, then GPT 5 mini, on its £8 plan
    { id: 'davinbox', name: 'DavinBox', vendor: 'DavinBox', domains: ['davinbox.com'], region: 'russia', source: 'https://davinbox.com/tariff' }, // tariff annex (Russian): a service giving access to AI models through one interface, paid in tokens
    { id: 'ai-model-comparator-423pm', name: 'AI Model Comparator', vendor: 'AI Model Comparator', domains: ['app.423pm.com'], source: 'https://app.423pm.com/terms' }, // terms: submit prompts to several LLM providers at once and compare the responses
    { id: 'chtsafe', name: 'ChtSafe', vendor: 'Innovius.ai', domains: ['safeaichat.com'], source: 'https://safeaichat.com/privacy.html' }, // privacy: a zero-knowledge AI chat that encrypts prompts before they reach AI providers
    { id: 'chat-aberto-ai', name: 'Chat Aberto AI', vendor: 'Chat Aberto AI', domains: ['chataberto.on1chat.sbs'], region: 'latam', source: 'https://chataberto.on1chat.sbs/privacidade.php' }, // privacy (Portuguese): prompts go to Llama 3.3 and Mistral Large through their APIs
    { id: 'gnomi', name: 'Gnomi', vendor: 'Gnomi App Corp.', category: 'search', domains: ['gnomi.com'], source: 'https://www.gnomi.com/ar/tos' }, // terms (Arabic): an AI-powered platform that indexes and summarises current and historical events
    // --- AI chat for teams: shared workspaces with several models ---
    { id: 'team-gpt', name: 'Team-GPT', vendor: 'Team-GPT', domains: ['team-gpt.com'], source: 'https://help.team-gpt.com/shared-private-work-permissions' }, // help: shared and private AI chats, images and pages, building on each other's AI prompts
    { id: 'teamai', name: 'TeamAI', vendor: 'TeamAI', domains: ['teamai.com'], source: 'https://teamai.com/terms/' }, // terms: helps teams work with AI models together; paid and self-hosted enterprise plans
    { id: 'teamup-ai4work', name: 'TeamUp (ai4work)', vendor: 'ai4work', domains: ['ai4work.net'], source: 'https://www.ai4work.net/privacy-policy/' }, // privacy: an AI workspace with AI chat, team collaboration and model preferences
    { id: 'lurus-ai', name: 'Lurus AI', vendor: 'Lurus AI', domains: ['lurus.ai'], source: 'https://lurus.ai/en/features/team-management' }, // features: team AI chat on open models (GLM, Kimi, DeepSeek, Qwen) with token budgets
    { id: 'vantero-chat', name: 'Vantero', vendor: 'Vantero', domains: ['vantero.chat'], source: 'https://vantero.chat/en/dokumentation/workspaces-teams' }, // docs: protected workspaces for team work with AI, chats, documents and projects
    { id: 'ai-singularity', name: 'AI Singularity', vendor: 'AI Singularity', domains: ['ai-singularity.app'], source: 'https://docs.ai-singularity.app/ai-workspace/teamspaces' }, // docs: teamspaces, "a ChatGPT for each team", configured with AI models and data sources
    { id: 'gratobeun-chat-ai', name: 'Chat.AI (Gratobeun)', vendor: 'Gratobeun', domains: ['chat.gratobeun.com'], source: 'https://chat.gratobeun.com/terms-of-service' }, // terms: a hosted AI workspace on server-managed AI provider access, sold as credit
    // --- Bring-your-own-key chat clients with a hosted web app ---
    { id: 'bytechat', name: 'ByteChat', vendor: 'ByteChat', domains: ['bytechat.io'], source: 'https://bytechat.io/security' }, // security: a bring-your-own-key AI chat; keys stay in the browser, requests go to OpenAI, Anthropic, Groq
    { id: 'aiworkbench', name: 'AIWorkbench', vendor: 'AIWorkbench', domains: ['aiworkbench.dev'], source: 'https://aiworkbench.dev/security' }, // security: the browser calls Anthropic and OpenAI APIs directly with the user's keys
    { id: 'mazelan', name: 'Mazelan', vendor: 'Mazelan', domains: ['dev.mazelan.ai'], source: 'https://dev.mazelan.ai/terms' }, // terms: an AI chat interface to Anthropic, OpenAI and Google with the user's API keys
    { id: 'chat-assistant-box', name: 'Chat Assistant Box', vendor: 'Chat Assistant Box', domains: ['chat.uft1.com'], source: 'https://chat.uft1.com/privacy-policy' }, // privacy: a chat web app relaying to OpenAI (GPT-4o) and Anthropic (Claude), or your own key
  ],
  { checked: CHECKED_C19 },
);
