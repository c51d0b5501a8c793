// Twenty-sixth session, memory pass (2026-12-07, helper `memory`): hosts of AI products that the lead engineer recalled
// and found unclassified. Each name was a candidate only: it became a row, or a host added to an existing entry, only
// where a page with a path on the product's own host (or a subdomain of it) says the product uses AI. The brief's
// candidates came first (World Labs, Lensa, OthersideAI, jamie, MailMaestro, Rakuten AI, Webcrumbs, HrFlow.ai, Pin,
// Browserbase's Director, ZapCap, MagicShot, OpusClip, Icon, Tess AI, Hour One, Yandex Neuro, GigaChat, BharatGPT,
// ALLaM, Xingye, CoCounsel, Lexis+ AI Protégé, Graphite, Opera Neon); then about 370 hosts of well-known AI products of
// 2024-2026 recalled by hand and run through /work/helpers/classify-hosts.mts before any look-up (328 already
// classified; the misses were general software, guessed hosts, or the few looked up below). AI products met in the
// searches' own results, on their own hosts, were read too, and the clear ones are rows here.
//
// Leads. 34 look-ups of the 40 allowed, counted as they were made: 26 in the stored `pages` corpus (each product's
// name with its host, or with "terms", "privacy" or "help") and 8 in `docs` (World Labs' Marble API, OpusClip,
// Director, MailMaestro, Webcrumbs, Rakuten AI, MagicShot, CoCounsel). Every row cites a page with a path on the
// row's own host; each says in the vendor's words that the product generates, answers, analyses or transcribes with
// AI, a named model provider (Anthropic, OpenAI, Gemini, AssemblyAI, Groq, Sarvam AI, ElevenLabs) or a reasoning model.
//
// Measured with classify-hosts.mts on the 608 hosts in /work/helpers/out/memory-hosts.txt (the brief's candidates,
// every host the searches returned, vendors, news, blogs, directories and shared hosts alike, and the recalled hosts):
// 354 classified before (58.2%), 382 after (62.8%). On the brief's 36 candidate hosts alone: 11 before (30.6%), 16
// after (44.4%). On the 206 hosts the searches returned: 18 before (8.7%), 41 after (19.9%).
//
// Hosts added to existing entries (edited in their own files, no second entry):
// - worldlabs.ai joins `marble-worldlabs` (long-tail-c8-lists-5.ts): World Labs' API docs on docs.worldlabs.ai
//   generate Marble worlds through api.worldlabs.ai and sell credits on platform.worldlabs.ai; World Labs makes world
//   models only, so the company host is the AI product's host. The entry's vendor is corrected to World Labs.
// - tess.pareto.io joins `tess-ai` (regional-4.ts): Pareto's API docs on docs.tess.pareto.io run Tess agents there
//   with the tess-ai-light model. pareto.io itself is not claimed.
//
// Already listed, no change: Xingye (xingyeai.com, `xingye`), OpusClip (opus.pro, whose help and MCP hosts
// help.opus.pro and mcp.opus.pro are under it; no page on opusclip.com was found), Lexis+ with Protégé (a URL prefix in
// `lexis-plus-protege`), Graphite's AI reviewer (the `graphite-diamond` prefix; graphite.dev stays general software, as
// the twelfth and seventeenth sessions judged), Opera Neon (operaneon.com, `opera-neon`), CoCounsel (`casetext`),
// GigaChat (`gigachat`, giga.chat), BharatGPT (`corover-bharatgpt`, corover.ai), Hour One (hourone.ai), Lensa (lensa.ai,
// lensa.app), HyperWrite (hyperwriteai.com, othersideai.com), jamie (meetjamie.ai), MailMaestro (maestrolabs.com),
// Rakuten AI (ai.rakuten.co.jp), Icon (icon.com, `icon-admaker`), ALLaM (the `humain` entry, humain.ai), and, met in the
// searches, Magic Hour, MailAI (mailai.pro), Mail Assist, MailDigest AI, Notemesh, Reline, Mani and Lapis.
//
// Doubtful rows. ZapCap's API pages describe the transcription, caption layout and render it runs in place of a
// speech-to-text vendor (Whisper, Deepgram, AssemblyAI) without using the word AI; it is counted as an AI captioning
// product from that speech recognition. Caption Cut is read from the privacy notice of its "Caption Cut Shot" app
// (AI scene detection and highlight clips), at a path on captioncut.com, and claims the host for the vendor's captions
// products. Maestro AI's terms say only that the service is Maestro's AI-powered software. Ask Poppy's privacy policy
// is the beta one (a teen-learning AI chat by Poppy Labs AS, Oslo). Pin's knowledge base sits on kb.pin.com; pin.com
// is a short name, but it is the recruiting company's own host and none of the top sites classifies with it.
//
// Left out. The brief's names with no page of their own in either corpus (news, directories or third-party code
// only): lensa-ai.com, otherside.ai, jamie.ai, mailmaestro.ai, rakuten.ai, director.ai (the Browserbase docs found
// describe Browserbase Agents, under the `browserbase` entry, not a Director host), magicshot.ai (its MCP endpoint mcp.magicshot.ai is named only on
// mcpservers.org: a lead), opusclip.com, icon.me, tess.pub, hour-one.ai, ya.ru/neuro (as the seventeenth and
// twenty-third sessions found), gigachat.ru, bharatgpt.ai, an ALLaM host (only SDAIA's model cards on Azure's wiki
// mirrors and papers), cocounsel.com (Thomson Reuters' own pages are on legal.thomsonreuters.com, which the `casetext`
// prefix already covers), lexisnexis.com/protege, neon.opera.com (the pages found are about the 2017 Neon concept
// browser), and Poppy AI's getpoppy.ai (only a user feature-request board on feedback.getpoppy.ai). Webcrumbs: its own
// repository says Frontend AI is winding down (the platform closes), so no row. Zeely (zeely.ai, help.zeely.app): the
// terms and notices read say AI only in the app's name. JetBrains' Junie: only the help on jetbrains.com.cn, and
// `jetbrains-junie` already holds URL prefixes. Pages read that are drafts or templates: mailpilot.tedbotai.com ("add a
// support contact method for production"), shotai.org (sample terms of a starter kit), www.magicimage.app (terms
// copied from another product's wording). Pages that do not say what the AI does or that it is AI: zapsubs.com,
// upload.captn.cc, capshun.cc, dejanu.app, g3nr8.ai, www.imagicai.net (its license names imagicai.com: a lead),
// marketpli.com (a homepage, no path). Left as earlier passes left them: subtitlesapp.site (a store-app policy,
// long-tail-c17-social.ts), docs.cloudcruise.com (long-tail-c20-browse.ts). General products where AI is one feature:
// adpersonam.io's banner generator (a DSP), support.adcredo.com (an ad platform), support.ipromote.com, IAPM's Tessa
// on docs.immersivefusion.com (an APM tool), yourpilla.com's Poppi (staff workflows), Greenhouse's Pin integration page.
// Articles, blogs, directories and skill marketplaces (aiwiki.ai, skillopedia.ai, saasbrowser.ai, skills.sh,
// mcpservers.org, glama.ai, theneuralbase.com, ergini.com, nothumanallowed.com's WebCraft docs, whose wider product was
// not read: a lead), and shared platforms (poppy-chat.pages.dev, a copy of Ask Poppy's terms; ashtonvaughan.pages.dev;
// capture-deb0.pages.dev; akillness.github.io; cognipeer.github.io; poppins-marketing-eta.vercel.app;
// poppy-connection-keeper.netlify.app; magicpixels-ai.pages.dev; clipforge-ae4b2e.polsia.app).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26MemoryTools: Tool[] = defineTools(
  'other',
  [
    // --- hiring ---
    { id: 'hrflow-ai', name: 'HrFlow.ai', vendor: 'HrFlow.ai', category: 'developer-platform', domains: ['hrflow.ai'], source: 'https://www.hrflow.ai/reasoning' }, // product page: HR APIs whose Reasoning API serves a large reasoning model that explains the scores of its matching, scoring and grading APIs; developer docs on developers.hrflow.ai
    { id: 'pin-recruiting', name: 'Pin (AI recruiting)', vendor: 'Pin', category: 'agents', domains: ['pin.com'], source: 'https://kb.pin.com/articles/8198845246-improving-search-results-and-candidate-quality-in-pin' }, // knowledge base: an AI-powered candidate sourcing platform that ranks candidates, takes natural-language requests in "Ask Pin" and learns from the recruiter's decisions; docs on docs.pin.com
    { id: 'hire-robots', name: 'Hire Robots', vendor: 'Hire Robots', category: 'agents', domains: ['hirerobots.ai'], source: 'https://hirerobots.ai/robots/tess/advanced' }, // robot page: "AI robots" that take scoped work orders (here a delivery-management robot) and return checked output with a receipt, in managed-cloud or local runs
    // --- video captions and clips ---
    { id: 'zapcap', name: 'ZapCap', vendor: 'ZapCap', category: 'video', domains: ['zapcap.ai'], source: 'https://zapcap.ai/api/subtitle/' }, // API page: upload a video and ZapCap runs the transcription (in place of Whisper, Deepgram or AssemblyAI), caption styling and render, returning a captioned MP4
    { id: 'capti-fcp', name: 'Capti', vendor: 'Lab 37', category: 'video', domains: ['usecapti.com'], source: 'https://usecapti.com/privacy-policy' }, // privacy: AI-assisted multilingual captions for Final Cut Pro, with audio transcribed by AssemblyAI and captions grouped by Groq
    { id: 'captik', name: 'Captik', vendor: 'Captik', category: 'video', domains: ['captik.in'], source: 'https://captik.in/privacy' }, // privacy: captions generated by sending a video's audio to Sarvam AI (speech-to-text, translation) and ElevenLabs (word alignment), rendered in the cloud
    { id: 'caption-cut', name: 'Caption Cut', vendor: 'Yaholy Corp', category: 'video', domains: ['captioncut.com'], source: 'https://www.captioncut.com/privacy-shot' }, // privacy of its Caption Cut Shot app: an AI-powered platform whose AI detects scenes and highlights and generates short clips from long videos
    // --- email ---
    { id: 'mailmateai', name: 'MailMateAI', vendor: 'MailMateAI', category: 'productivity', domains: ['mailmateai.com'], source: 'https://www.mailmateai.com/terms-of-service' }, // terms: connects to Gmail, classifies incoming mail with AI, suggests replies and offers a chat about specific emails
    { id: 'mailsafes', name: 'MailSafes', vendor: 'MailSafes', category: 'writing', domains: ['mailsafes.com'], source: 'https://www.mailsafes.com/terms' }, // terms: an AI-powered web app that generates personalised email templates with the Gemini API
    { id: 'mailient', name: 'Mailient', vendor: 'Mailient', category: 'productivity', domains: ['mailient.xyz'], source: 'https://mailient.xyz/privacy-policy' }, // privacy: an AI-powered email assistant that summarises Gmail threads and writes AI drafts through its AI providers
    { id: 'mailgo-app', name: 'MailGo', vendor: 'MailGo', category: 'writing', domains: ['mailgo.app'], source: 'https://www.mailgo.app/privacy-policy' }, // privacy: an AI email-writing app that drafts, rewrites and humanises emails from the user's intent
    // --- marketing and images ---
    { id: 'zeroish', name: 'Zeroish.ai', vendor: 'Zeroish', category: 'image', domains: ['zeroish.in'], source: 'https://www.zeroish.in/privacy-policy' }, // privacy: an AI creative-intelligence platform for ads that classifies creatives and generates scripts, briefs and AI images and videos with its models
    { id: 'magin8', name: 'magin8', vendor: 'magin8', category: 'image', domains: ['magin8.com'], source: 'https://magin8.com/terms' }, // terms: an app that generates images from voice or text prompts with artificial intelligence
    // --- chat, learning and work ---
    { id: 'ask-poppy', name: 'Ask Poppy', vendor: 'Poppy Labs AS', category: 'chat', domains: ['askpoppy.ai'], source: 'https://askpoppy.ai/legal/privacy-policy' }, // privacy (beta): an AI chat service for teenagers' learning, with AI responses, speech recognition and text-to-speech
    { id: 'maestro-ai', name: 'Maestro AI', vendor: 'Maestro AI, Inc.', category: 'productivity', domains: ['getmaestro.ai'], source: 'https://www.getmaestro.ai/terms-of-service' }, // terms: the licence covers Maestro's AI-powered software (the App) and related services
    // --- coding ---
    { id: 'tesslate-opensail', name: 'Tesslate OpenSail', vendor: 'Tesslate', category: 'coding', domains: ['tesslate.com'], source: 'https://docs.tesslate.com/guides/agents' }, // docs: OpenSail's agent runner plans and edits projects with 33 tools and calls any LiteLLM model (OpenAI, Anthropic, Gemini and others)
  ],
  { checked: CHECKED_C26 },
);
