// Twenty-seventh session, changelog pass (2026-12-07, helper `changelog`): AI products found through the pages where
// vendors announce model upgrades and AI features of an AI-first product (changelogs, release notes, "what's new" and
// announcement posts, "how our AI works" and "which models we use" pages: "now powered by GPT-5", "we switched to
// Claude Sonnet", "new model", "added Llama 3 support", "credits now cover the new image model") that no entry claimed
// yet. Here: an AI outbound tool whose emails Claude Sonnet drafts (Paitho); AI tutors and grading on Anthropic's Claude
// (Tutor Volt, Evenfield, Classwise's feedback tutor); a research-intelligence platform on three Claude models
// (Trovella); an AI character chat whose memory update is announced on its own notice board (Playtoon); an AI companion
// (SoulPal) and an AI chat app (Chat Smith); an AI SEO article agent whose write pass runs on Sonnet or Opus (SyncSEO);
// AI brand-image generation (Brandity); a lab notebook whose voice capture moved to the Chirp 3 speech model (Bower);
// and two developer platforms (Napster's OmniAgent avatar models on developers.napster.com, defapi's model API).
//
// Leads. 40 look-ups, all `search` calls in the stored `pages` corpus, counted as they were made. Queries worded as
// vendors word their changelogs, across product kinds: "now powered by GPT-5" (writing), "we switched to Claude
// Sonnet", new image model and credits, Gemini 2.5 Pro in a chat, Veo 3 / Kling 2.1 video models, ElevenLabs voices,
// support agent on GPT-4o, study app on GPT-4o mini, model picker with Claude 3.5 and GPT-4o, headshot model, meeting
// notes on Whisper large-v3, Llama 3 / Mistral in a chatbot builder, Flux 1.1 Pro credits, AI writer on GPT-4.1, AI
// tutor on Claude, coding assistant with DeepSeek V3 / Qwen Coder, default model switched to GPT-5, sales email on
// Claude 3.7, research assistant on o3 deep research, video translation and lip sync v2, Nano Banana in an app, Kling
// 2.5 Turbo / Seedance, AI receptionist on the OpenAI realtime model, AI presentation maker, AI resume builder on GPT-4o,
// "which AI models power our app", AI music v4 model, AI companion memory update, transcription model switch, AI
// interior-design diffusion model, AI photo enhancer upscaling model, website chatbot on GPT-4.1, agent planning on
// Opus 4 (English), KI-Textgenerator mit GPT-4o (German), talking-avatar model, AI math solver reasoning model, AI
// legal assistant on GPT-5, AI SEO writer on Claude; and two look-ups spent trying to confirm Brandity and Soft Corner
// by name (the first returned only brand-identity essays, the second other companion apps). The corpus answers such
// wording mostly with news, model explainers, benchmarks, self-hosted git mirrors and agencies' posts; the vendor
// pages below came back beside them. Every row cites a page with a path on the product's own host where the vendor says
// the product generates, answers, tutors or transcribes with AI, a named model provider or an AI model. Hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ and the other helpers' c27 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 273 hosts the searches returned (vendors, news, blogs, git
// mirrors, directories and shared hosts alike, in /work/helpers/out/changelog-hosts.txt): 37 classified before (13.6%),
// 50 after (18.3%).
//
// Already listed and left to their entries: Fazm, getimg.ai, Apiframe, AI Dungeon, AI Editor RSP, ElevenLabs, kahma.io,
// audiomap.ai, Janus (docs.janus.cards), GoVideoAI, API in One, Runflow, aitutors.me, AutoChangelog, Dubly.AI, FLORA,
// skills.video, MyRouter, GPTProto, Jiekou, Midsync, Secrets AI, BestPhoto, PicassoIA, upuply, AINIRO, Tavus, LegalOn,
// Copysmith and Analyse (analyse.net, whose AI writing-pipeline docs were met again). GC AI's entry claims gc.ai; a
// help page on docs.getgc.ai describing GC AI's chat research was met: getgc.ai looks like GC AI's earlier host, a lead
// for the merger to add to that entry once a page says so (not added here).
//
// Doubtful rows: Evenfield is read from an article by the founder of Jonomor explaining how Evenfield's tutoring runs on
// the Claude API with per-session system prompts and comprehension signals; whether Evenfield is sold on its own was
// not seen. Classwise is cited from its docs on the student tutor, which answers from the returned grade, feedback and
// teacher AI instructions; the grading side was not read. Trovella is read from its own wiki page on model selection
// (three Claude models, Sonnet 4.6 the default for research chat and extraction). Playtoon's notice ("Playtoon
// Management Team") is read as an AI character chat from its memory-system update; it looks Korean but keeps the global
// region, the page being the English one. Chat Smith is cited from its own blog post on Gemini 2.5, which offers
// ChatSmith.io as the alternative AI chatbot; the post is more about Gemini than about Chat Smith. Brandity's FAQ (on
// about.brandity.ai) describes credits spent on image-generation requests that turn a project description into brand
// imagery and generated prompts, without the word AI beyond the .ai name. Bower's changelog says voice capture at the
// bench moved from Chirp 2 to Chirp 3 speech-to-text with lab-vocabulary boosting; the product is a lab notebook whose
// primary capture mode is that AI transcription, kept as AI-first on that word. SoulPal is claimed on
// soulpal.flyai.shop only (flyai.shop itself was not read). Napster is claimed on developers.napster.com only: its docs
// describe v1/v2 real-time video avatar models for companions and digital twins; napster.com (the music service and
// its other products) is left alone. defapi.org is a model-API platform cited from its Suno Chirp v4.5 model page.
//
// Left out. Shared platforms: queuestorm-nine.vercel.app, web-tau-bice-50.vercel.app, technews-remix.vercel.app,
// neuroana.pages.dev, aiagentautomation.pages.dev, welcome-b52.pages.dev, maitrisheartcom-hash-cloudflare-pages.pages.dev,
// scaleborg.mintlify.app, jimfawcett.github.io, reminipro.hashnode.dev, morningstar-developments.gitbook.io. Demo,
// staging and unfinished hosts: promptcompiled.growthsolv.com (an image-generator shell whose "real model provider lands
// next"), staging.vlogme.ai (a talking-avatar glossary; vlogme.ai itself is a lead). `?p=` pages: winloop.xyz,
// aiantics.com, mobilemall.co, legalgpts.com. Pages that do not say the product uses AI, or only in passing (leads):
// softcorner.co's memory page ("models and systems have limits" in companion chats), docs.getcore.me (a changelog skill
// for CORE's agent), www.chaegim.com (an engineering-blog index on building an AI companion with memory, perhaps a
// personal blog), playyy.ai (a brand-identity essay), www.mosaiclearn.dev (a dictionary whose "familiar" uses Claude).
// General products where AI is one feature: help.neetorecord.com (a screen recorder's transcripts and summaries),
// docs.salesos.org (Smart Email inside a sales suite), arborslate.com (a homeschool planner's AI tutor),
// www.careersolutionsfortoday.com (a career service's resume builder on gpt-4o), get.slidemagic.com (a presentation
// platform's AI experiments), sendoracloud.com (a customer platform's chat widget), docs.1stream.com (a phone system's
// AI receptionist), wa.offerbeat.com (WhatsApp marketing with chat assistants), community.elfsight.com (a widget
// maker's AI chatbot), mattermost.atlassian.net, src.isharkfly.com (Discourse AI), docs.intunedhq.com (browser
// automation with AI extractors), www.contentharmony.com (content briefs; billing page only), nextsaas.ai (a SaaS
// boilerplate's image-generation changelog), www.tigmi.co (a glossary naming Tigmi among image generators, left out by
// the c22 design2 pass as before). Agencies, consultancies and personal sites: theeazyware.com, www.assembled.com's
// migration post (a support-operations suite), releasedgroup.com, twenty44.co, www.forasoft.com, www.embyr.ai,
// blog.softup.co, www.starsnet.com.hk, ergini.com, jonlinpei.com, srg.id.au, cloudradix.com, grn.dk,
// www.ownyourai.com. News, explainers, wikis and directories: the rest of the hosts file (aiwiki.ai, llmbase.ai,
// setupai.cc, www.unfragile.ai, skillmd.ai, llmversus.com, deepresearch.wiki, brainfeed.ai, www.suno.wiki, ...).
// Self-hosted git mirrors and code hosts (sij.ai, the klbr.cc, puchstein.bayern, blob42.xyz, dingguofeng.com,
// icanbuildit.io, satsflows.com and kazgu.com mirrors, 172.245.126.119) are never rows. ai.yaofun.top serves a copy of
// a model router's model page (a relay or mirror: a lead for a relay pass).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27ChangelogTools: Tool[] = defineTools(
  'productivity',
  [
    // --- sales and writing ---
    { id: 'paitho', name: 'Paitho', vendor: 'Paitho', category: 'writing', domains: ['paitho.ai'], source: 'https://paitho.ai/product/email-drafted' }, // product page: Claude Sonnet writes each outbound email's subject, body and sign-off from the lead's pitch brief and the pack's tone profile, and refuses when facts are missing
    { id: 'syncseo', name: 'SyncSEO', vendor: 'SyncSEO', category: 'writing', domains: ['syncseo.io'], source: 'https://syncseo.io/resources/knowledge-base/approve-article' }, // knowledge base: a four-pass AI article pipeline (research, outline, write, polish) whose write pass uses Sonnet on Standard and Opus on Premium credits
    // --- study and tutoring ---
    { id: 'tutor-volt', name: 'Tutor Volt', vendor: 'Tutor Volt', domains: ['tutorvolt.ai'], source: 'https://tutorvolt.ai/how-ai-works' }, // how AI works: turns teachers' materials into lessons, quizzes and flashcards and runs a Socratic AI tutor chat, on Anthropic's Claude Haiku and Sonnet
    { id: 'evenfield', name: 'Evenfield', vendor: 'Jonomor', domains: ['evenfield.io'], source: 'https://www.evenfield.io/articles/how-ai-tutoring-works' }, // vendor article: AI tutoring on the Anthropic Claude API, with per-session prompts built from the student's level and comprehension signals for the instructor
    { id: 'classwise', name: 'Classwise', vendor: 'Classwise', domains: ['classwise.ai'], source: 'https://www.classwise.ai/docs/student-tutor' }, // docs: a student AI tutor scoped to one returned assignment, answering from the grade, feedback and the teacher's AI instructions
    // --- research ---
    { id: 'trovella', name: 'Trovella', vendor: 'Trovella', category: 'search', domains: ['trovella.ai'], source: 'https://trovella.ai/wiki/research-intelligence/reasoning/model-selection' }, // own wiki: the research-intelligence platform runs research chat, extraction and retrieval on three Claude models, Sonnet 4.6 by default
    // --- chat and companions ---
    { id: 'playtoon', name: 'Playtoon', vendor: 'Playtoon', category: 'chat', domains: ['plaitoon.com'], source: 'https://www.plaitoon.com/en/announcements/13bb458d-e3b7-4bb7-81ec-481f17b561bf' }, // announcement: the Memory Drawer update, so the AI remembers and reflects the stories users build with characters (Eternal Memory every 10 turns)
    { id: 'soulpal', name: 'SoulPal', vendor: 'SoulPal', category: 'chat', domains: ['soulpal.flyai.shop'], source: 'https://soulpal.flyai.shop/blog/ai-companion-privacy-safety' }, // vendor blog: every SoulPal companion is a fictional AI character with generated face, personality and voice, on an 18+ platform
    { id: 'chat-smith', name: 'Chat Smith', vendor: 'Chat Smith', category: 'chat', domains: ['chatsmith.io'], source: 'https://chatsmith.io/blogs/ai-guide/rise-of-gemini-2-5-google-ai-chatbot-race-00020' }, // vendor blog on Gemini 2.5 in the AI chatbot race, offering ChatSmith.io as the alternative AI chatbot
    // --- image ---
    { id: 'brandity', name: 'Brandity', vendor: 'Brandity', category: 'image', domains: ['brandity.ai'], source: 'https://about.brandity.ai/faq' }, // FAQ: credits buy image-generation requests that turn a project description into brand imagery (four variations a request) and generated prompts
    // --- voice capture ---
    { id: 'bower-labs', name: 'Bower', vendor: 'Bower Labs', domains: ['bowerlabs.ai'], source: 'https://docs.bowerlabs.ai/changelog/2026-02-08-voice-transcription-chirp3.md' }, // changelog: voice capture at the bench moved from the Chirp 2 to the Chirp 3 speech model, with lab-vocabulary boosting
    // --- developer platforms ---
    { id: 'napster-developers', name: 'Napster OmniAgent (developers)', vendor: 'Napster', category: 'developer-platform', domains: ['developers.napster.com'], source: 'https://developers.napster.com/docs/building-your-omniagent/avatar-models' }, // developer docs: v1 (photo) and v2 (video) real-time AI video-avatar models for companions and digital twins
    { id: 'defapi', name: 'defapi', vendor: 'defapi', category: 'developer-platform', domains: ['defapi.org'], source: 'https://defapi.org/model/suno/chirp-v4-5' }, // model page: a model API offering Suno's Chirp v4.5 song generation among its models
  ],
  { checked: CHECKED_C27 },
);
