// Twenty-eighth session, second chat-wrapper pass (2026-12-08, helper `chatwrap2`): general AI chat sites and
// multi-model wrappers that employees reach for instead of ChatGPT, which no entry claimed yet, beside the earlier chat
// and wrapper passes (data/long-tail-c6-chatgpt-mirrors*.ts, long-tail-c16-wrappers.ts, long-tail-c16-chatsearch.ts,
// long-tail-c19-wrappers.ts, long-tail-c19-chat2.ts, long-tail-c20-bots.ts, long-tail-c25-byok.ts), whose rows are not
// repeated. Here: multi-model chat fronts (ConsensusAI, which sends each query to OpenAI, Anthropic, Google and
// Perplexity; talktoai.chat with its model picker; ARKA-AI's bring-your-own-key workspace with automatic model routing;
// CampusAI's MultiBot; Anuma's chat across models with encrypted memory); a free ChatGPT-style chat on GPT-4o mini
// (AI ChatGOT, run from the EU); a local-first chat app on Hugging Face models with optional own-key providers (Local
// Chat); a university's ChatGPT overlay for Polish users (CLARIN-PL Chat); an AI companion chat (Talkaraa); an AI
// speaking tutor (Talkos); and one AI tool met on the way (Chinilla, an AI system-design tool on Claude).
//
// Leads. 37 look-ups of the 38 allowed, all in the stored `pages` corpus, counted as they were made. Queries worded
// the way these vendors word their own terms, privacy, refund and pricing pages: "access GPT-4o, Claude … one
// subscription", "free ChatGPT … not affiliated with OpenAI", "multiple AI models" privacy, "answer engine" terms,
// "not affiliated with DeepSeek" / "… with Anthropic", "bring your own API key … stored locally", "all AI models in one
// place" credits and refunds, "ChatGPT online" free, AI search engines sending queries to language models, side-by-side
// model comparison terms, uncensored and zero-retention private chats, local on-device chat apps, AI companions,
// "free messages per day", and in Arabic, Hindi (Devanagari), Indonesian, Vietnamese (and Decree 13/2023), Polish,
// Spanish, French and German; four look-ups named products met on blogs (Talkory, ArkitekAI, AI Chipmunk, Anuma) and
// one checked Asisten AI. The language queries returned news, guides, OpenAI's own translated policies and products
// already listed (czat.ai, RozmawiajAI, AiPost, Promptuj, iaiaz, MindChat, Sahabat-AI, Dewata AI, RATU AI, HMV Chatbot
// AI, Chatbot DeAI (Sen), AskBharat AI, Indiagram, Ashan); the answer-engine and AI-search queries returned essays and
// wikis only. Every row cites a page with a path on the product's own host (for CampusAI its legal subdomain, for
// Anuma its site beside its docs) where the vendor says the product chats or answers with AI, a language model or named
// model providers. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and in the tests, and
// the other helpers' c28 worktrees checked (none holds these hosts).
//
// Measured with /work/helpers/classify-hosts.mts on the 220 hosts the searches returned (vendors, news, guides,
// directories and shared hosts alike, in /work/helpers/out/chatwrap2-hosts.txt): 63 classified before (28.6%), 75
// after (34.1%).
//
// Already listed and left to their entries: GPTAnon, Secret Chat, MultipleChat, NanoGPT, ChtSafe, ExtraAI, Palvoro,
// Stuffer AI, GPT Group, D-Chat (deepseekv4.space), AI Model Comparator (app.423pm.com), Chat.AI (chat.gratobeun.com),
// Talo Chat, TalkAI, Mazelan, ByteChat, NovaKit, Consensus, Chicago AI, Answer.AI, AnswerMind, SextBots, Meu Chico,
// GPT Uncensored, ClavGPT, AI Companion (companion.navitech.cloud), Chatloom, MindChat, ai.gccfuture.com, Gnomi,
// O.Translator, and the products named above. ChatGOT (chatgot.io, long-tail-c17-known.ts) is a different product from
// AI ChatGOT.
//
// Doubtful rows and decisions reversed: aichatgot.com was left out by the c16 chatsearch pass as "a blog naming
// ChatGOT, not its vendor", and its blog page was trapped; its privacy policy, met here, says AI ChatGOT (operated from
// the EU) sends each message to OpenAI's GPT-4o-mini and allows 20 free messages a day, so it is a row, the row takes
// the name the policy gives it, and the trap is dropped with a note. CampusAI is cited from its MultiBot terms (access
// to LLMs and other AI models through one feature of its services); it was a lead of the c26 leads7 pass, and
// app.campusai.pl's affiliate rules stay trapped (lookalikes-c26-eucredits.test.ts), so only campus.ai is claimed.
// Anuma's cited page explains its memory engine, which threads remembered context "into any AI model" the user asks;
// its own blog's privacy report lists Anuma among the AI chat platforms it compares. Talkaraa's policy speaks of "AI
// Personality settings" and "AI Memory" without naming a model provider. talktoai.chat's policy names no company; the
// row takes the host as its name. CLARIN-PL Chat is run by Wrocław University of Science and Technology on the
// CLARIN-PL research-infrastructure host; only chat.clarin-pl.eu is claimed and the parent is trapped. Regions: Local
// Chat (a developer in Madrid), AI ChatGOT (operated from the EU), CLARIN-PL Chat and CampusAI ('europe'); ConsensusAI's
// policy cites Korea's PIPA beside GDPR and CCPA, which is not enough for a region, so it stays global.
//
// Left out. Pages that do not say the product uses AI: pclaude.com's OpenClaude terms (balance and "available models"
// only), api.chatai.com's policy (as c20 rebrands found), policy.aichat.com.vn (an encrypted messenger's terms),
// butter.ai's 2017 assistant terms, scouts-ai.com (a search API), chatguide.ai (kept out by an earlier test). API
// gateways, left for a developer-platform pass: chatgpttech.mobi, www.linaliapi.com, scene-q.com. Mixed branding:
// deepsoch.ai's refund page names "AI Suits" (a lead). A `?p=` page: asistenai.com/?p=7705 (Asisten AI, PT. Aplikasi
// Kecerdasan Buatan, on OpenAI, Google, Anthropic, X and OpenRouter: a lead once a page with a path is seen; its
// chat.asistenai.com was not read). Homepages only: app.polecat.live (a multi-model consensus chat on users' keys: a
// lead). Vendors seen only on their own blogs, leads: talkory.ai, arkitekai.com, aichipmunk.com, chatcomparison.ai
// (as c19 chat2 found), chapeta.net, aicoven.ai, kotomori.app (a local AI journal). A language platform with an AI
// assistant beside a dictionary: anglo-bodo-dictionary.com (Bodo Okhrang's OkhranGPT, a lead). Personal and developer
// hosts: ai.kevinchamplin.com. Internal or government tools: chat.smartaira.tebi.pro (DPRD Legal Chat). Shared
// platforms: pages.dev (lailaichat, ai-sanctuary, aiselect-chat), vercel.app, workers.dev, web.app, lovable.app,
// mintlify.app, github.io, wixsite.com and sites.google.com. Also met and not AI products: news sites, law-firm and
// policy-tracker pages, wikis and guides (listed in the hosts file).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Chatwrap2Tools: Tool[] = defineTools(
  'chat',
  [
    { id: 'consensusai-cloud', name: 'ConsensusAI', vendor: 'Consensus AI', domains: ['consensusai.cloud'], source: 'https://consensusai.cloud/privacy' }, // privacy: query content is sent to OpenAI (GPT), Anthropic (Claude), Google (Gemini) and Perplexity to generate AI responses
    { id: 'talktoai-chat', name: 'talktoai.chat', vendor: 'talktoai.chat', domains: ['talktoai.chat'], source: 'https://talktoai.chat/privacy' }, // privacy: chat history and model selection; prompts and attachments are sent to third-party model providers to generate a response
    { id: 'arka-ai', name: 'ARKA-AI', vendor: 'ARKA-AI', domains: ['arka-ai.com'], source: 'https://arka-ai.com/docs/concepts' }, // docs: bring-your-own-key chat on OpenAI and OpenRouter models; ARKAbrain routes each request to the best AI model
    { id: 'campusai', name: 'CampusAI', vendor: 'CampusAI', domains: ['campus.ai'], region: 'europe', source: 'https://legal.campus.ai/global/en/loft/' }, // MultiBot terms: access to AI models, LLMs and image, audio and video models from CampusAI and third-party AI providers
    { id: 'anuma', name: 'Anuma', vendor: 'Anuma', domains: ['anuma.ai'], source: 'https://www.anuma.ai/how-memory-works' }, // memory engine and vault give "every AI model" the user's context; memory threaded into any AI model the user asks
    { id: 'aichatgot', name: 'AI ChatGOT', vendor: 'AI ChatGOT', domains: ['aichatgot.com'], region: 'europe', source: 'https://aichatgot.com/privacy' }, // privacy: operated from the EU; each message goes to the OpenAI API (GPT-4o-mini); 20 free messages a day, no account
    { id: 'local-chat-app', name: 'Local Chat', vendor: 'Anthony DePasquale', domains: ['localchat.co'], region: 'europe', source: 'https://localchat.co/privacy' }, // privacy: local models downloaded from Hugging Face; optional Anthropic, Gemini, OpenAI and xAI models on the user's keys
    { id: 'clarin-pl-chat', name: 'CLARIN-PL Chat', vendor: 'Politechnika Wrocławska', domains: ['chat.clarin-pl.eu'], region: 'europe', source: 'https://chat.clarin-pl.eu/en/chat/terms' }, // terms: chat queries are passed to OpenAI's ChatGPT; the chat is an overlay for using ChatGPT
    { id: 'talkaraa', name: 'Talkaraa', vendor: 'Talkaraa', domains: ['talkaraa.com'], source: 'https://www.talkaraa.com/privacy-policy' }, // privacy: AI Personality settings and encrypted transcripts kept as "AI Memory" for its AI conversations
    { id: 'talkos', name: 'Talkos', vendor: 'Talkos', domains: ['talkos.ai'], source: 'https://talkos.ai/privacy' }, // privacy: AI language learning; voice input to an AI tutor, role-play scenarios, AI processing of speech
    { id: 'chinilla', name: 'Chinilla', vendor: 'Alex Kwon (DBA Chinilla)', category: 'coding', domains: ['chinilla.com'], source: 'https://chinilla.com/terms' }, // terms: AI-powered system design tool; AI chat and generation run on Anthropic's Claude Sonnet
  ],
  { checked: CHECKED_C28 },
);
