// Fifteenth session, well-known pass (2026-12-06, issue 15): the hosts of the most used AI web products, to keep recall
// on well-known tools at 98% or more. No traffic-ranked list with a licence was found, so the list measured here was
// assembled by hand from memory of traffic rankings (the a16z consumer top-100 editions, Similarweb-style AI rankings),
// of app/chat/studio subdomains, renamed and regional hosts and AI sections of general products, and from two
// unlicensed leads used only to measure: manallen/awesome-ai-tools-by-traffic (data/traffic-snapshot-2026-06.json,
// commit 2f7d470b21f36775a28fcf2d06e6bdb1e1db946c; its 30 rows were read in the fourteenth session) and
// tinaponting/ai-robots-scrapers (AI-Biggest-Sites-2026.md, a blocklist of about 180 big AI hosts; commit
// 79eda6bc0ec09a6dcf8825aa57f2a3e9c8d12925). Measured with /work/helpers/classify-hosts.mts: the lead's list
// /work/helpers/wk.txt 253 of 267 (94.8%) before and after (its 14 misses are general software, guessed URL paths or
// feature pages: Slack, Zoom, Turnitin, Riverside, Apollo, Drift, Hootsuite, m365.cloud.microsoft's bare host); the
// assembled list of 1,740 hosts and URLs 1,285 (73.9%) before these rows and 1,290 (74.1%) after. Nearly all of its
// misses are on purpose: general software with an AI feature (Canva, Picsart, Pixlr, Meitu, Quizlet, Chegg, Brainly,
// CapCut, Clipchamp, Adobe Express, Freepik, Pitch, Kaggle), guessed marketing paths of general vendors (SAP Joule,
// Workday, Oracle, Snowflake Cortex, Databricks Genie, Mailchimp, Klaviyo), hosts that do not exist or belong to third
// parties (runway.ml, le-chat.fr, chatgpt.org, deepseek.ai, gensparkai.com, hunyuanvideo.com), or shared platforms
// (lovable.app, hf.space). Every well-known assistant, model vendor, image, video, music, voice, coding, agent,
// research, companion and regional product tried (about 1,200 of them, with their app, chat, studio, console and
// renamed hosts) already classifies.
// Selection rule: for a miss that is an AI product's real host, one search of the stored `pages` or `docs` corpus, a
// grep of the permissively licensed lists already pinned in LISTS, or the vendor's own GitHub repository read at a
// commit; a row only when the vendor's own page (or a pinned list) names the product and sits on or gives the host.
// Looked up and not found as the vendor's own page (left out; only news, directories or third-party code in the
// corpora): Figma Weave (weavy.ai, weave.figma.com), Opera Neon (opera.com/neon), Google Scholar Labs
// (scholar.google.com/scholar_labs), Bing Copilot Search (www.bing.com/copilotsearch; only a cosmetic filter in the
// pinned Stevoisiak blocklist), Google Labs Mixboard, ai.com's agents, WebSim (websim.com; its pages are user sites on
// api.websim.com), Interview Coder (interviewcoder.co; its repository holds only releases), Poke (poke.com), Tolan
// (Portola), AlphaSense's alphasense.com (the entry keeps alpha-sense.com, where its help centre and blog are),
// Tencent CodeBuddy's codebuddy.tencent.com, Baichuan's Baixiaoying (baixiaoying.com), ChatGOT, Decopy, Joi, Nastia,
// Saylo, Bricks (bricks.ai; the pinned YC scrape gives trybricks.ai for an LLM-ops company), Sigma AI Browser,
// Superagent (Airtable), Thesis AI, Doctranslate. Turbo AI (turbo.ai) is very likely TurboLearn renamed (the
// `turbolearn` entry in long-tail-vendors-7.ts); no vendor page ties the two, so it is a separate entry for the lead
// to merge.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

export const longTailC15WellknownTools: Tool[] = defineTools(
  'productivity',
  [
    // Vendors' own GitHub repositories, read at the commit in the URL.
    { id: 'elevenlabs-11ai', name: '11.ai', vendor: 'ElevenLabs', category: 'chat', domains: ['11.ai'], source: 'https://github.com/elevenlabs/elevenlabs-docs/blob/3557f0b1bec8ec0233e48d03cc496f03c4396dcb/fern/conversational-ai/pages/11-ai/supported-integrations.mdx' }, // ElevenLabs' docs page on the integrations of 11.ai, its voice-first personal assistant
    { id: 'hostinger-horizons', name: 'Hostinger Horizons', vendor: 'Hostinger', category: 'coding', urlPrefixes: ['developers.hostinger.com/api/horizons'], source: 'https://github.com/hostinger/hostinger-agent-skills/blob/7ff2d13e48f80e1b54949836f8b9cdd530b0873d/skills/horizons/SKILL.md' }, // Horizons, Hostinger's AI site and app builder; lines 40 and 111 give its API under developers.hostinger.com/api/horizons/v1 (MIT licence file)
    // Vendors' own blogs, help centres and docs, as stored in the `pages` corpus on the day.
    { id: 'turbo-ai', name: 'Turbo AI', vendor: 'Turbo AI', domains: ['turbo.ai'], source: 'https://www.turbo.ai/blog/ai-vs-paper-note-taking' }, // AI notes, flashcards and quizzes from lectures for students (the blog of the note taker)
    { id: 'lightfield', name: 'Lightfield', vendor: 'Lightfield', domains: ['lightfield.app'], source: 'https://support.lightfield.app/articles/3050423158-understanding-how-lightfield-captures-data' }, // AI-native CRM that builds itself from mail, calendar and its meeting notetaker, with an agent in chat
    { id: 'runllm', name: 'RunLLM', vendor: 'RunLLM', category: 'agents', domains: ['runllm.com'], source: 'https://docs.runllm.com/sdk/api' }, // the AI support engineer: its SDK's Agent answers, tags and summarises support conversations in Slack and Zendesk
    { id: 'creao', name: 'CREAO', vendor: 'CREAO', category: 'agents', domains: ['creao.ai'], source: 'https://docs.creao.ai/features/agents' }, // a super agent that turns a chat session into reusable agents a team can run
    // AnswerThis (answerthis.io, YC Fall 2025) was found here too; it is kept once, in long-tail-c15-yc26b.ts, which
    // cites the vendor's own page.
  ],
  { checked: CHECKED_C15 },
);
