// Seventeenth session, known pass (2026-12-06, issue 15): well-known AI products and AI sections of big platforms that
// the catalog still missed. The brief's names came first (Yandex Neuro and Alice, Google Vids, ClickUp Brain, monday
// AI, Amazon Q, Figma Weave, Opera Neon, Bing Copilot Search, WebSim, Workday AI, ServiceNow Now Assist); then about
// 1,300 hosts and URL paths of well-known AI apps, model makers' chat and studio sites, agentic browsers, coding
// agents, companion, video, audio, study and big-platform AI sections (US, Chinese, Korean, Japanese and Russian
// vendors), written down by hand and checked with /work/helpers/classify-hosts.mts before any look-up: 1,034 of 1,307
// (79.1%) already classified, most misses being guessed paths; only real products among the misses were looked up.
//
// Leads. 52 look-ups: 45 in the stored `pages` corpus (each product's name with "terms", "privacy" or "help", and a few
// by kind: AI-native browsers, AI wearables, screen-memory assistants) and 7 in `docs` (Google Vids, Amazon Q
// Developer, Microsoft 365 Copilot Chat, Yandex AI Studio, Hostinger Horizons, Meta AI Studio, Dropbox Dash). One
// vendor repository was fetched and read (hostinger/hostinger-agent-skills, MIT): its Horizons skill names only the API
// host, which the `hostinger-horizons` entry already claims, so no row comes from it. Every row cites the vendor's own
// terms, privacy or help page, with a path, on the product's host or a subdomain of it; each page says in the vendor's
// words that the product generates, answers or transcribes with AI or large language models.
//
// Measured with classify-hosts.mts on the 317 hosts the searches returned (vendors, blogs, news and shared hosts alike,
// /work/helpers/hosts-known.txt): 24 of 317 (7.6%) classified before, 37 (11.7%) after. On the brief's own names:
// WebSim and Figma Weave (weavy.ai) are rows now; alice.yandex.ru, opera-neon (operaneon.com),
// m365.cloud.microsoft/chat, aws.amazon.com/q and the Amazon Q Developer console, clickup.com/ai, yandex.cloud's AI
// Studio and the hostinger-horizons API already classified.
//
// Left out. The brief's names with no vendor page naming a host or path in either corpus (only news, third-party
// reviews or guides): ya.ru/neuro (Yandex's own pages found were Alice's terms on yandex.com/legal, which name no Neuro
// path), vids.google.com, q.aws.amazon.com, monday.com's AI pages, Workday's AI pages, ServiceNow's Now Assist page,
// www.bing.com/copilotsearch and Bing Video Creator (news only; it lives in Bing's mobile app), weave.figma.com and
// www.opera.com/neon, websim.com (Websim's terms name websim.ai only). Other misses looked up and not found as the
// vendor's own page: Baidu's Miaoda (miaoda.baidu.com, medo.dev), RedNote's Diandian, ByteDance's Hypic (its privacy
// page sits on a ByteDance CDN and the product is a mobile app), Gauth's gauth.com, Meta AI Studio
// (aistudio.instagram.com), Odyssey's interactive video (odyssey.world), Littlebird (littlebird.ai), Tolan, Lovescape,
// Saylo, Gizmo (gizmo.ai; the pages found were namesakes gizmo.aizip.ai and gizzmo.ai), Decopy, Nectar AI (the pages
// found, en-nectarai.com and mynectarai.com, are other sites using the name). Eddie AI (heyeddie.ai) turned out to be
// an entry already. Judged general software, as the twelfth session judged it: Graphite (graphite.dev, graphite.com),
// whose docs describe an AI reviewer inside a stacked-pull-request tool. Lightricks' and LightX's terms were read too
// (lightxeditor.com is already an entry). DocTranslate.AI (doctranslate.ai) and the other document translators, website
// builders, flashcard makers and companion sites the searches surfaced belong to other kinds and other passes, as do
// the coding-agent runners Kodus and Farfield. Terragon (terragonlabs.com): its own docs describe background coding
// agents, but the service shut down and was open-sourced in January 2026. Dropbox Dash's hosted MCP server
// (mcp.dropbox.com/dash, in Dropbox's own repository) is an agent endpoint no browser visits; dash.dropbox.com is an
// entry already, as is Every's Spiral (writewithspiral.com). FastGPT's global host tryfastgpt.ai (named in labring's
// own docs) belongs on the existing `fastgpt` entry (regional-china-2.ts), which this pass does not edit; it is left as
// a lead.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17KnownTools: Tool[] = defineTools(
  'other',
  [
    // --- Brief names: WebSim and Figma Weave ---
    { id: 'websim', name: 'WebSim', vendor: 'Websim', category: 'coding', domains: ['websim.ai'], source: 'https://websim.ai/tos' }, // terms: a platform on which AI generates simulated web pages from a user's prompts
    { id: 'figma-weave', name: 'Figma Weave (Weavy)', vendor: 'Figma', category: 'image', domains: ['weavy.ai'], source: 'https://content.weavy.ai/Weavy-Terms-of-Service-13d355cab8da80deaa68c3dcb9ff9a7f' }, // terms (Weavy's, before Figma bought it): an AI design and motion tool whose output third-party generative models produce from the user's input

    // --- Agentic browsers, coding agents and an AI scientist ---
    { id: 'norton-neo', name: 'Norton Neo', vendor: 'Gen Digital', category: 'agents', domains: ['neobrowser.ai'], source: 'https://neobrowser.ai/privacy-policy' }, // privacy: Gen's Neo browser, whose AI assistance may read the pages and searches a user asks it about
    { id: 'verdent', name: 'Verdent', vendor: 'Verdent AI', category: 'coding', domains: ['verdent.ai'], source: 'https://www.verdent.ai/privacy' }, // privacy: stores what users type to its large language model and AI features and what they generate; docs.verdent.ai is its coding agent's manual
    { id: 'charlie-labs', name: 'Charlie', vendor: 'Charlie Labs', category: 'coding', domains: ['charlielabs.ai'], source: 'https://docs.charlielabs.ai/security' }, // security docs: Charlie, a coding agent working in GitHub, Slack and Linear, sends code snippets to OpenAI, Anthropic and Google models for inference
    { id: 'edison-scientific', name: 'Edison Scientific (Kosmos)', vendor: 'Edison Scientific', category: 'agents', domains: ['edisonscientific.com'], source: 'https://edisonscientific.com/terms-of-service' }, // terms: a chat-driven AI platform for scientific discovery (its AI scientist is Kosmos), spun out of FutureHouse

    // --- Chat, video and companions ---
    { id: 'chatgot', name: 'ChatGOT', vendor: 'ChatGOT', category: 'chat', domains: ['chatgot.io'], source: 'https://chatgot.io/terms-of-service' }, // terms: paid access to GPT and Claude chat models and bots built on them
    { id: 'mirage-studio', name: 'Mirage Studio', vendor: 'Mirage (formerly Captions)', category: 'video', domains: ['mirage.app'], source: 'https://mirage.app/legal/mirage-studio-terms' }, // terms: the maker of Captions; Mirage Studio generates lifelike videos with AI, and api.mirage.app is its video API
    { id: 'digen', name: 'DIGEN', vendor: 'DIGEN OÜ', category: 'video', domains: ['digen.ai'], source: 'https://digen.ai/pt/termos' }, // terms (Portuguese edition): an applied AI company whose service creates videos from what users imagine
    { id: 'yapper', name: 'Yapper', vendor: 'Dream Vision Labs', category: 'video', domains: ['yapper.so'], source: 'https://yapper.so/privacy' }, // privacy: stores the deepfake videos, audio and images users generate and the models they pick

    // --- AI wearables ---
    { id: 'omi', name: 'Omi', vendor: 'Based Hardware', category: 'meeting', domains: ['omi.me'], source: 'https://help.omi.me/en/articles/13162549-omi-privacy-policy' }, // privacy (help centre): transcribes and analyses recorded conversations and keeps memories drawn from them
  ],
  { checked: CHECKED_C17 },
);
