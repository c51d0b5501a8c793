// Fifteenth session, unlicensed-leads pass (2026-12-06, issue 15): AI products that maysunyoung/awesome-ai-tools names
// and the catalog did not match. The list has no licence file, so it served only as a measurement and a lead and
// nothing of it is taken or cited: the ten category files Art.md to Video.md at commit
// 5ec4c4c60566127abed364ca40148356a5802490 (7,773 links, 4,820 distinct hosts). Measured with
// /work/helpers/classify-hosts.mts on those hosts: 1,649 of 4,820 (34.2%) before these rows, 1,682 (34.9%) after.
// The misses were read by the list's own sections, and the weak categories came first: Customer Support, AI Agents, AI Chatbots, Marketing, Social Media, Image Generator, Video
// Generators and Editing, Text To Speech, Writing Generators and Copywriting, Personal Assistant. Most misses are still
// general software with an AI feature, affiliate links, app-store pages and small one-page tools.
// Selection rule, as in long-tail-c14-ulleads.ts: for each chosen miss, one search of the stored `pages` corpus for the
// vendor's own page, or the vendor's own GitHub repository read at a commit; a row only when that page names the
// product and sits on or links the host, and the product is AI-first and used in a browser (or its API is called by a
// page). Each row cites that exact page.
// Looked up and not found as the vendor's own page (left out for now; only third parties, or nothing, in the corpus):
// Tenyx, Whelp, Doks (doks.ai), Olympia (olympia.chat), Octane AI, Robopost, Success.ai, Silatus, MimicPC, Atlabs,
// Contlo (its docs are on contlo.com and show email automation, not an AI product), Hypertype, GlossAi, Toma, Aquant,
// Loris, QuickMagic, Creatus, Flamel, NarrationBox, eSelf, Brevian, Engage AI, Lunabot, Buzzabout, Creativio, Ask
// Layla (justasklayla.com: only a third-party directory and a review), Embra, Dropchat, Vetted, Chatterdocs, SellScale,
// Speedy, Parsio, Talefy, CamoCopy, Agentplace, Splutter AI, Base64.ai, SpeechFlow, Scribewave, Cabina AI, Vidext,
// Yarnit, WP Wand, Jupitrr, Knowbo, Tektonic AI, Superpowered, Panjaya, Gemelo, Plumb, Struct, Gridspace, Fairgen,
// Copilotly, Halist, Vsub, Ioni, Alembic and Hellocall. Also left out: Big Sur AI (only its terms page, which does not
// say what the product does), Airkit (its developer docs describe a low-code app builder, not AI), Anon (its own FAQ
// does not describe an AI product; the page that does is on a shared mintlify.app host), Letterdrop (help pages show
// content workflow only) and Embedditor (an open-source embedding editor for vector search, not an AI tool a person
// uses). Jsonify (jsonify.com) and Prophet Security (prophetsecurity.ai) were found to be in the catalog already.
// Found but left out: Unthread (docs.unthread.io shows Slack ticketing, not an AI product), Trigify (docs.trigify.io
// shows LinkedIn monitoring, not AI), ReachInbox (docs.reachinbox.ai show sending accounts and warm-up only) and
// Grantable (its academy page on grantable.co is about AI grant writing but the stored text does not name the product).
// Where the vendor's own page names another host than the list (Tekst's tekst.com for tekst.ai, Chatness's
// chatness.app, Cuppa's cuppa.ai for cuppa.sh, Parcha's parcha.ai for parcha.com), only the host the page names is added. Quivr's
// quivr.com, named by its own repository as the product the open-source core powers, is added as a host of the
// existing `quivr` entry (long-tail-vendors-6.ts). Window AI's Chrome Web Store id, linked from its README, is left to
// the extensions pass.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

export const longTailC15UlleadsTools: Tool[] = defineTools(
  'agents',
  [
    // Vendors' own GitHub repositories, read at the commit in the URL.
    { id: 'novel-editor', name: 'Novel', vendor: 'Novel', category: 'writing', domains: ['novel.sh'], source: 'https://github.com/steven-tey/novel/blob/fa95098e66476c466faebb8211baa5869c101a9c/README.md' }, // Notion-style editor with AI autocompletions; lines 1 and 34 link novel.sh; Apache-2.0 licence file
    { id: 'window-ai', name: 'Window AI', vendor: 'Window AI', category: 'chat', domains: ['windowai.io'], source: 'https://github.com/alexanderatallah/window.ai/blob/70bddbfa040dc01ef6dc767d941d906afa73e4ff/README.md' }, // browser extension and web app that route prompts to the user's chosen models; line 365: the web app serves windowai.io
    { id: 'prompta', name: 'Prompta', vendor: 'Prompta', category: 'chat', domains: ['prompta.dev'], source: 'https://github.com/iansinnott/prompta/blob/84ee80e3789f1a22ef2285da5e255ac7ab10a0e4/README.md' }, // keyboard-first chat with LLMs on the user's own key; lines 16 and 54: the web app at chat.prompta.dev stays online (project archived)
    // Vendors' own documentation, help centres and pages, as stored in the `pages` corpus on the day.
    { id: 'juji', name: 'Juji', vendor: 'Juji', domains: ['juji.io', 'juji.ai'], source: 'https://juji.io/docs/cognitive-ai-chatbot-api/' }, // cognitive AI chatbot platform; the API reference gives juji.ai/api/graphql as the endpoint
    { id: 'answerly', name: 'Answerly', vendor: 'Answerly', domains: ['answerly.io'], source: 'https://api.answerly.io/getting-started/making-requests/' }, // AI agent platform for customer support; chat requests go to ai.api.answerly.io
    { id: 'opendialog', name: 'OpenDialog', vendor: 'OpenDialog AI', domains: ['opendialog.ai'], source: 'https://docs.opendialog.ai/core-concepts/the-opendialog-model' }, // conversational AI agents for regulated industries, designed in the OpenDialog platform
    { id: 'payman', name: 'Payman', vendor: 'Payman', domains: ['paymanai.com'], source: 'https://docs.paymanai.com/getting-started/ask' }, // payments for AI agents; payman.ask() sends natural-language requests to the Payman agent
    { id: 'gpt-trainer', name: 'GPT-trainer', vendor: 'GPT-trainer', domains: ['gpt-trainer.com'], source: 'https://guide.gpt-trainer.com/api-reference/guide-01-chat' }, // chatbot builder with AI agents; API at app.gpt-trainer.com/api/v1
    { id: 'chat-data', name: 'Chat Data', vendor: 'Chat Data', domains: ['chat-data.com'], source: 'https://www.chat-data.com/api-reference' }, // custom AI chatbots from the customer's documents and sites; API at api.chat-data.com
    { id: 'nlx-ai', name: 'NLX', vendor: 'NLX', domains: ['nlx.ai'], source: 'https://docs.nlx.ai/platform/developers/conversation-api/rest' }, // conversational AI apps and agents; runtime at apps.nlx.ai
    { id: 'conversenow', name: 'ConverseNow', vendor: 'ConverseNow', domains: ['conversenow.ai'], source: 'https://conversenow.ai/terms-and-conditions/' }, // voice AI platform that takes restaurant orders by phone, drive-thru and kiosk
    { id: 'pypestream', name: 'Pypestream', vendor: 'Pypestream', domains: ['pypestream.com'], source: 'https://developers.pypestream.com/reference/documentation' }, // conversational AI chat embedded in web applications
    // tekst.ai (2026-12-06, aliases pass): the vendor's own GitHub organisation Tekst-ai names it as the Tekst.ai email-
    // categorising service in https://github.com/Tekst-ai/Frontend/blob/8fdf7602246c294d606fb5d1676eaa65073781c6/README.md
    // (lines 1-3; line 25: its email-count endpoint on categorize.tekst.ai)
    { id: 'tekst', name: 'Tekst', vendor: 'Tekst', domains: ['tekst.com', 'tekst.ai'], source: 'https://support.tekst.com/hc/en-us/sections/36229041319954-Ai-models' }, // AI models that classify and route customer-service email and tickets; workspaces at <company>.tekst.com
    { id: 'nlpearl', name: 'NLPearl', vendor: 'NLPearl', domains: ['nlpearl.ai'], source: 'https://developers.nlpearl.ai/pages/create_pearl' }, // AI phone agents ("Pearls") for support, sales and surveys
    { id: 'aui-agents', name: 'AUI', vendor: 'AUI', domains: ['aui.io'], source: 'https://docs.aui.io/introduction' }, // task-oriented AI agents for companies, with an agent builder and messaging API
    { id: 'mixus', name: 'Mixus', vendor: 'Mixus', domains: ['mixus.ai'], source: 'https://docs.mixus.ai/agents/running' }, // AI agents with human verification steps, run from chat
    // parcha.com (2026-12-06, aliases pass): Parcha's own SDK repository gives www.parcha.com as Parcha's own website in its
    // KYB example and api.parcha.com in its tests, https://github.com/Parcha-ai/parcha-api/blob/c14aaac5929153b97263c8f20f07e49ab9a9a2ca/python/examples/start_kyb_agent.py
    // (line 26; python/parcha-api/tests/test_parcha_api.py line 11)
    { id: 'parcha', name: 'Parcha', vendor: 'Parcha', domains: ['parcha.ai', 'parcha.com'], source: 'https://docs.parcha.ai/how-to-run-kyb-agent' }, // AI agents for KYB and KYC compliance checks; API at api.parcha.ai (the list's parcha.com is not named by it)
    { id: 'memoryplugin', name: 'MemoryPlugin', vendor: 'MemoryPlugin', category: 'chat', domains: ['memoryplugin.com'], source: 'https://www.memoryplugin.com/wiki/how-memoryplugin-works.html' }, // long-term memory carried between ChatGPT, Claude and other assistants
    { id: 'xembly', name: 'Xembly', vendor: 'Xembly', category: 'meeting', domains: ['xembly.com'], source: 'https://help.xembly.com/en/articles/7890232-how-does-xembly-xena-handle-scheduling' }, // Xena, an AI executive assistant for scheduling and meeting notes
    { id: 'hedy-ai', name: 'Hedy', vendor: 'Hedy', category: 'meeting', domains: ['hedy.bot'], source: 'https://help.hedy.bot/en/articles/10690383-understanding-hedy-session-types' }, // AI meeting coach with live suggestions and summaries
    { id: 'magicbrief', name: 'MagicBrief', vendor: 'MagicBrief', category: 'other', domains: ['magicbrief.com'], source: 'https://support.magicbrief.com/articles/9812619382-performance-estimates' }, // ad creative library and analysis scored by its MagicAI
    { id: 'dreamlook-ai', name: 'dreamlook.ai', vendor: 'dreamlook.ai', category: 'image', domains: ['dreamlook.ai'], source: 'https://docs.dreamlook.ai/generate-images/using-the-api' }, // Stable Diffusion fine-tuning and image generation in the browser and by API
    { id: 'omniinfer', name: 'OmniInfer', vendor: 'OmniInfer', category: 'image', domains: ['omniinfer.io'], source: 'https://docs.omniinfer.io/get-started/SDXL.html' }, // image-generation API (SDXL and others); API at api.omniinfer.io
    { id: 'sivi-ai-designer', name: 'Sivi', vendor: 'Sivi', category: 'image', domains: ['sivi.ai'], source: 'https://developer.sivi.ai/docs/sivi-api/overview' }, // AI designer for banners and ads; not the YC company at mysivi.ai
    { id: 'autoretouch', name: 'autoRetouch', vendor: 'autoRetouch', category: 'image', domains: ['autoretouch.com'], source: 'https://www.autoretouch.com/autoretouch-explained-core-concepts/' }, // AI bulk editing of fashion product photos by workflows
    { id: 'dubly-ai', name: 'Dubly.AI', vendor: 'Dubly.AI', category: 'video', domains: ['dubly.ai'], source: 'https://dubly.ai/ai-dubbing/how-ai-dubbing-works' }, // AI video dubbing with voice cloning and lip sync
    { id: 'taja-ai', name: 'Taja AI', vendor: 'Taja AI', category: 'video', domains: ['taja.ai'], source: 'https://www.taja.ai/blog/youtube-shorts-vs-regular-videos-a-strategic-guide-for-creators-businesses' }, // AI that turns long videos into Shorts and optimises them
    { id: 'woord', name: 'Woord', vendor: 'Woord', category: 'audio', domains: ['getwoord.com'], source: 'https://getwoord.com/pages/api_docs' }, // text-to-speech in the browser and by API
    { id: 'tts-monster', name: 'TTS.Monster', vendor: 'TTS.Monster', category: 'audio', domains: ['tts.monster'], source: 'https://docs.tts.monster/endpoint/generate-tts' }, // text-to-speech voices for streamers; API at api.console.tts.monster
    // chatness.ai (2026-12-06, aliases pass): the vendor's MIT-licensed SDK (copyright Chatness AI) links its docs on
    // chatness.ai and calls api.chatness.ai, https://github.com/chatness/sdk/blob/37a0516b15f21df486ca75c3f8f63dd3b6f2f0a8/README.md
    // (line 21; packages/server/src/lib/Chatness.ts line 16)
    { id: 'chatness', name: 'Chatness', vendor: 'Chatness', domains: ['chatness.app', 'chatness.ai'], source: 'https://chatness.app/docs/setup/knowledge' }, // support chatbots trained on a site's pages; the list's chatness.ai is not named by it, so only chatness.app is added
    { id: 'cuppa-ai', name: 'Cuppa', vendor: 'Cuppa', category: 'writing', domains: ['cuppa.ai'], source: 'https://learn.cuppa.ai/rest-api/api-reference' }, // AI SEO articles and images; API at api.cuppa.ai (the list's older cuppa.sh is not named by it)
    { id: 'synthetic-users', name: 'Synthetic Users', vendor: 'Synthetic Users', category: 'productivity', domains: ['syntheticusers.com'], source: 'https://docs.syntheticusers.com/guides/core-concepts' }, // user research with AI-generated personas and interviews
    { id: 'langtail', name: 'Langtail', vendor: 'Langtail', category: 'developer-platform', domains: ['langtail.com'], source: 'https://langtail.com/docs/introduction/main-concepts-in-langtail' }, // LLM prompt playground, tests and deployments
    { id: 'klu-ai', name: 'Klu', vendor: 'Klu', category: 'developer-platform', domains: ['klu.ai'], source: 'https://docs.klu.ai/key-concepts' }, // Klu Studio and Klu Engine for designing, deploying and evaluating LLM apps
  ],
  { checked: CHECKED_C15 },
);
