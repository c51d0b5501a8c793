// Twenty-third session, fifth leads pass (2026-12-07, helper `leads5`). It began with the well-known products the
// twenty-second session left unsourced (Gauth's gauth.com, Writesonic's chatsonic.com, Ola's krutrim.com, the Russian
// voice robots Tomoru and Zvonobot, UnoRouter's api.unorouter.ai, Cool Ai on nsonia.com, Ai2's Asta and PaperFinder,
// Opera Neon), then followed the "lead" notes in the headers of the *-c22-* files, vendor by vendor. One of the named
// products is added: Ai2's Asta research assistant (asta.allen.ai, with PaperFinder's older paperfinder.allen.ai).
// The other rows are leads confirmed on the vendors' own hosts (Radiobotics, K Health, Agrum AI, CoFigure) and AI
// products that the same look-ups returned beside the leads, of the same kinds: memoir and legacy interviewers and
// companions, AI character chat, personal assistants and agents, AI aggregators, homework tutors, a Spanish-language
// writing tool, AI scribes for dental surgeons and clinicians, pathology and radiology AI, an enterprise LLM
// platform, an engineering deliverables generator, farm assistants, AI tattoo designs, tag and metadata generators,
// AI UI-design tools, AI phone agents and an AI platform for real-estate developers.
//
// Leads. 39 look-ups: 37 in the stored `pages` corpus, one in `docs` (Asta) and one read_file
// (allenai/asta-paper-finder README at 0426def7a82e8aa596c7a6f12a9dacf4c966b1de, read for facts only: it says the
// live PaperFinder agent is deployed in the Asta project at asta.allen.ai). Queries named the product with "privacy
// policy", "terms", its host or its operator ("Nsonia LLC", "Krutrim SI Designs", "Nova Nuggets L.L.C."), and for the
// Russian voice robots were worded in Russian. Every row cites a page with a path on the product's own host (for
// COSMIC AI the claimed subdomain; for WriteWise its web. host), and each page says in the vendor's words that the
// product answers, drafts, transcribes, detects, tags or generates with AI, a language model or named model
// providers; the one exception is Asta (below). Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ first.
//
// The named products. Gauth (gauth.com), Chatsonic (chatsonic.com) and Krutrim (krutrim.com): no page of theirs
// again; Writesonic's terms apply to "any other Writesonic product or domain" without naming chatsonic.com, so
// nothing is added to `writesonic`, `gauth` (gauthmath.com) or `krutrim` (olakrutrim.com): still leads. Tomoru: only
// tomoru34.ru (a partner) and tomoru.app/kz again; Zvonobot: guides and news only. api.unorouter.ai already
// classifies through the `unorouter` entry, which claims unorouter.ai (nothing to add). Cool Ai: the same two pages
// on nsonia.com ("a product of Nsonia LLC"), the company's site, which the c22 found pass's test keeps as a trap;
// nothing new shows that nsonia.com serves only Cool Ai, so it stays a lead. Opera Neon: only operaneon.com (listed)
// and news; www.opera.com/neon still has no page in the corpus. Asta and PaperFinder: no page on asta.allen.ai or
// paperfinder.allen.ai is stored; the row cites Ai2's own blog on allenai.org, which calls Asta "our AI-powered
// research assistant integrated with Semantic Scholar" (as the gpt-oss row cites OpenAI's help host); PaperFinder,
// Ai2's LLM-driven paper-seeking agent, is part of Asta according to Ai2's README; paperfinder.allen.ai is the
// address the asta-paper-finder README gave at 64a4956a428f229cc977a8ee3bb8685b8950c47d (read by the c22 wellknown2
// pass), and the newer README points the live agent at asta.allen.ai. allen.ai and allenai.org stay traps.
//
// Measured with /work/helpers/classify-hosts.mts on the 260 hosts the searches returned (vendors, news, FDA and trial
// registries, journals, app policies, shared hosts alike, in /work/helpers/out/leads5-hosts.txt): 36 classified
// before (13.8%), 68 after (26.2%).
//
// Already listed and left to their entries: Writesonic, Krut AI, Kruti.io, KairosAI, GatherAI's homework helper,
// School Homework Helper, ChAIpter, AISphereX Writer, AI Writer Suite, Talkingvet, Vetnio, Woebot (legal.woebot.io),
// TailScript, Mediscribe Pro, Doctor Scribe AI, Arlay (usearlay.com), Figu Chat, AI Figure Generator, Drawgle,
// Talkif, Evalia, Chatzy AI, Math.AI, TutorAI, Mathison AI, Tewtor.ai, AI ChatterVox, Coquette, Grokipedia and
// Emergent Mind.
//
// Subdomains and paths claimed alone: cosmicai.binduintelligence.com (COSMIC AI, an aggregator of Bindu Intelligence
// LLC, whose main site was not read), asta.allen.ai and paperfinder.allen.ai (Ai2), and one URL prefix,
// www.placemeguardian.com/homework (Homework Helper AI, whose policy applies to that section of a site not otherwise
// read). The parents are traps in the test.
//
// Same names: WriteWise (writewise.io, BioPub SpA's writing software) is not WriteWise (Ximalaya), a URL prefix of
// ximalaya.com; Medusa AI (ColdAI LLC, coldai.org) is not Cold AI (getcoldai.com); Homework Helper AI (UK) is named
// with its country because homework helpers abound in the catalog.
//
// Doubtful rows. Asta cites a page on Ai2's main site rather than the product's host (above). Agrum AI's terms, read
// on its own host, list an "AI-Generated Content" section among the terms of an app-and-web farm-management service;
// its privacy policy, on a pages.dev copy the c22 industry2 pass trapped, describes the AI assistant itself.
// CoFigure's terms describe an invite-only beta whose chat rooms draw on AI models billed against an allowance. K
// Health ended its direct-to-consumer service on 31 December 2025 according to a third-party review site
// (hugoscore.org); khealth.com still describes its AI symptom chat and serves health-system partners. Homework Helper
// AI's policy names no operator.
//
// Left out. Vendors whose only own-host pages read were general articles or `?p=` pages (AKASA: a blog post on AI in
// the revenue cycle and akasa.com/?p=1866; CodaMetrix: a resources article; Augmedix: a Q&A on large language models
// whose part read does not say its product uses them; Blush: a blog post whose part read never says AI) and MyInk.ai,
// whose privacy page on myink.ai says AI only in the brand (its terms saying "AI-powered tattoo design generator" sit
// on myink-7yw.pages.dev): leads, not trapped, since a later read may list them. Zaina AI (zaina.ai), whose policy
// leaves unclear whether it is an AI product or a clinic brand's chat; Rememberly's policy on
// rememberly.jeffshenk.com, a host of another name, for remember.ly; pages that are drafts or templates
// (voiceops.net, CallAgent AI on bookiva.themesforwebsite.com, cropguard.ai's "___@cropguard.ai", Afterlight on
// goodbye.threeradius.com, which speaks of what its app "should" do); mobile-only or desktop apps, as earlier passes
// decided (voicememory.io, amata.ai, moveonapp.xyz, injn.ai's local desktop assistant, Memori on memoriapphelp.com);
// pages that do not say the product uses AI (sobes.tech's "response generation", vetnio.com's notes, ausculto.ai's
// drafts, aireframes.app, smarttagai.com, figura.chat, hii5.app, pulseapp.ai, redditpulse.xyz); a hobby chat on a
// Discord-run subdomain (pulse.ctx.cl); general products where AI is one feature (pet-chart.com's scribe inside a vet
// EHR, sarathi-ai.com's CRM greetings, pulse-chat.de's messenger, voicemaster.io's optional summaries); and shared
// platforms (pages.dev, vercel.app, web.app, netlify.app, github.io, blogspot.com, notion.site, sites.google.com
// copies), among them VoiceRead AI (voicereadai-website.pages.dev), WireStudio (wirestudio-landing.pages.dev), Pulse
// (pulse-rose-eta.vercel.app) and a Blush app unrelated to Luka's (ai-lab-blush.web.app).
//
// Leads for later. Bevaya (www.bevaya.ai): its AI-agent pages for insurers are the renamed Roots Automation's (an
// actuarial trade article, actuary.info, reports the rebrand of May 2026), a second host for `roots-ai`
// (long-tail-c22-industry2.ts), where it joined at the merge; arlay.app, the domain of Arlay's contact address (the `arlay` entry
// claims usearlay.com); staging or shared-host-only products again (ZAKI on staging.chatzaki.com, Pulse on
// staging.usepulse.ai, VoiceRead AI, WireStudio, Tag Creator AI on avioncitojuego.directory); Paige, Mindpeak,
// Techcyte, Text With Jesus, HereAfter AI, YourMove AI, Figgs AI, Examino, Gingo, Ed.ai and PyxiScience, seen only in
// news, registries and reviews.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Leads5Tools: Tool[] = defineTools(
  'other',
  [
    // --- named products and confirmed leads ---
    { id: 'asta-ai2', name: 'Asta', vendor: 'Ai2', category: 'search', domains: ['asta.allen.ai', 'paperfinder.allen.ai'], source: 'https://allenai.org/blog/asta-interaction-dataset' }, // Ai2's blog on 258,935 researcher queries: Asta, "our AI-powered research assistant integrated with Semantic Scholar"
    { id: 'radiobotics', name: 'Radiobotics', vendor: 'Radiobotics', domains: ['radiobotics.com'], source: 'https://radiobotics.com/press-release/radiobotics-and-oxford-university-hospitals-nhs-foundation-trust-launch-worlds-first-study-on-the-impact-of-ai-in-emergency-care' }, // own press release: RBfracture, Radiobotics' AI-powered fracture detection on X-rays
    { id: 'k-health', name: 'K Health', vendor: 'K Health, Inc.', category: 'chat', domains: ['khealth.com'], source: 'https://www.khealth.com/how-does-the-k-health-app-work/' }, // how the app works: its medical chat starts with an automated tool that gives symptom information using AI
    { id: 'agrum-ai', name: 'Agrum AI', vendor: 'Agrum AI', category: 'chat', domains: ['agrum.ai'], source: 'https://www.agrum.ai/terms' }, // terms: a farm-management app and service whose terms carry an "AI-Generated Content" section
    { id: 'cofigure-ai', name: 'CoFigure', vendor: 'CoFigure', category: 'chat', domains: ['cofigure.ai'], source: 'https://cofigure.ai/terms' }, // terms: a beta of shared chat rooms whose AI models draw down a monthly usage allowance
    // --- memoirs, legacy and companions ---
    { id: 'rememberwith-ai', name: 'RememberWith.AI', vendor: 'Pulse Insights LLC', category: 'writing', domains: ['rememberwith.ai'], source: 'https://rememberwith.ai/privacy' }, // privacy: an AI-powered family story service whose AI interviewer calls storytellers and builds AI-generated chapters
    { id: 'afterwords-world', name: 'AfterWords', vendor: 'AfterWords Legacy Ltd', category: 'chat', domains: ['afterwords.world'], source: 'https://www.afterwords.world/privacy-policy' }, // privacy: legacy recordings answered in AI chat sessions through retrieval-augmented generation models
    { id: 'memory-companion-stories', name: 'Memory Companion', vendor: 'Memory Companion', category: 'writing', domains: ['storiesremembered.org'], source: 'https://www.storiesremembered.org/privacy' }, // privacy: a memoir service whose AI interviewer is Anthropic's Claude, with ElevenLabs voice
    { id: 'tomo-cafe', name: 'Tomo Cafe', vendor: 'Yuanity Inc.', category: 'chat', domains: ['tomocafe.ai'], source: 'https://tomocafe.ai/privacy' }, // privacy: conversations with a Tomo Cafe AI companion that learns from the user's interactions
    { id: 'emotomo-ai', name: 'EMOTomo', vendor: 'EMOTomo', category: 'chat', domains: ['emotomoai.com'], source: 'https://emotomoai.com/voice-audio.html' }, // voice notice: characters' replies come from an AI model provider, with speech-to-text and ElevenLabs voices
    { id: 'aikoo-me', name: 'aikoo', vendor: 'COSA, Inc.', category: 'chat', domains: ['aikoo.me'], source: 'https://aikoo.me/terms_of_service?locale=en-IN' }, // terms: AI-generated chat, guidance and fortune-telling with AI characters made by the company or users
    // --- assistants, agents and model platforms ---
    { id: 'aldric-cosai', name: 'Aldric', vendor: 'COSAI', category: 'productivity', domains: ['cosai.cloud'], source: 'https://cosai.cloud/legal/privacy' }, // privacy: an AI assistant over Gmail, Calendar and Slack whose voice and vision run on Google Gemini
    { id: 'nicool-ai', name: 'nicool.ai', vendor: 'Nicolai Schmid', category: 'agents', domains: ['nicool.ai'], source: 'https://nicool.ai/privacy' }, // privacy: a personal agent across web chat, WhatsApp and Slack that sends requests to AI model providers
    { id: 'cosmic-ai-bindu', name: 'COSMIC AI', vendor: 'Bindu Intelligence LLC', category: 'chat', domains: ['cosmicai.binduintelligence.com'], source: 'https://cosmicai.binduintelligence.com/terms' }, // terms: an AI aggregation platform giving access to third-party LLMs and agentic tools through a smart router
    { id: 'coldai-medusa', name: 'Medusa AI (ColdAI)', vendor: 'ColdAI LLC', category: 'agents', domains: ['coldai.org'], source: 'https://coldai.org/legal/usage-policy/' }, // usage policy: the Medusa AI Platform and APIs, with rules for AI agents and the company's own AI safety controls
    { id: 'arina-ai', name: 'Arina AI', vendor: 'Arina', category: 'developer-platform', domains: ['arina.ai'], source: 'https://arina.ai/terms' }, // terms: an enterprise AI infrastructure layer and apps (ambient scribing among them) built on open LLMs such as Gemma
    { id: 'sirrus-ai', name: 'Sirrus.ai', vendor: 'First Livingspaces Private Limited', category: 'productivity', domains: ['sirrus.ai'], region: 'india', source: 'https://sirrus.ai/terms-conditions' }, // terms: an AI-driven SaaS for real-estate businesses with AI content creation and sales-funnel analysis
    { id: 'ai-noven', name: 'AI Noven', vendor: 'AI Noven', domains: ['ainoven.com'], region: 'middle-east', source: 'https://ainoven.com/privacy' }, // privacy: a UAE free-zone service whose drawings, calculations and reports are generated by large language models
    // --- homework, writing and tags ---
    { id: 'foghlaim-ai', name: 'Foghlaim AI', vendor: 'Foghlaim AI', category: 'chat', domains: ['foghlaimai.com'], source: 'https://foghlaimai.com/privacy-policy.html' }, // privacy: homework help for students 13 and over whose homework photos are analysed by AI
    { id: 'homework-helper-ai-uk', name: 'Homework Helper AI (UK)', vendor: 'Homework Helper AI', category: 'chat', urlPrefixes: ['www.placemeguardian.com/homework'], source: 'https://www.placemeguardian.com/homework/privacy.php' }, // privacy: a UK homework tutor whose questions are filtered before they reach the AI
    { id: 'writewise-biopub', name: 'WriteWise (BioPub)', vendor: 'Sociedad de Profesionales BioPub SpA', category: 'writing', domains: ['writewise.io'], source: 'https://web.writewise.io/terms_of_use/' }, // terms: software that assists writing through automatic-learning technology and artificial intelligence
    { id: 'tagextractor', name: 'TagExtractor', vendor: 'TagExtractor', category: 'writing', domains: ['tagextractor.org'], source: 'https://tagextractor.org/privacy-policy' }, // privacy: tags generated from submitted content with AI, OpenAI named as its provider
    { id: 'tagmyclip', name: 'TagMyClip', vendor: 'TagMyClip', category: 'writing', domains: ['tagmyclip.com'], source: 'https://tagmyclip.com/privacy-policy' }, // privacy: a Chrome extension and web service that analyses a video frame with AI to write clip metadata
    { id: 'tagphoto-ai', name: 'TagPhoto', vendor: 'TagPhoto', category: 'image', domains: ['tagphoto.ai'], source: 'https://www.tagphoto.ai/privacy' }, // privacy: AI-powered image tagging that writes tags, titles and descriptions
    // --- health ---
    { id: 'scribbix', name: 'Scribbix', vendor: 'ScribbixAi LLC', category: 'meeting', domains: ['scribbixai.com'], source: 'https://scribbixai.com/terms' }, // terms: an AI-powered ambient documentation platform for oral surgeons and dental specialists
    { id: 'scribee-ai', name: 'ScriBee', vendor: 'Lynx ERP Solutions Inc.', category: 'meeting', domains: ['aiscribee.com'], source: 'https://aiscribee.com/term-condition' }, // terms: AI scribe features that turn clinical speech into structured documentation
    { id: 'aixmed', name: 'AIxMed', vendor: 'AIxMed', domains: ['aixmed.com'], source: 'https://www.aixmed.com/resources?55a22ac6_page=5' }, // resources: its AI-empowered digital cytology and the AIxTHY AI-assistance software
    // --- farming, design, images ---
    { id: 'cultagrix', name: 'Cultagrix', vendor: 'Cultagrix', category: 'chat', domains: ['cultagrix.com'], source: 'https://cultagrix.com/privacy-policy' }, // privacy: an AI-powered farming assistant with AI crop-disease detection and a chat assistant
    { id: 'ink-arts-ai', name: 'Ink Arts', vendor: 'Ink Arts', category: 'image', domains: ['inkarts.ai'], source: 'https://inkarts.ai/privacy' }, // privacy: tattoo designs generated with AI, prompts shared with AI model providers
    { id: 'mockwell-ai', name: 'Mockwell', vendor: 'Mockwell', category: 'presentation', domains: ['mockwell.ai'], source: 'https://mockwell.ai/terms' }, // terms: an AI-powered design canvas for generating and exporting user interfaces
    { id: 'dwine-ai', name: 'Dwine', vendor: 'Dwine', category: 'presentation', domains: ['dwine.ai'], source: 'https://www.dwine.ai/terms' }, // terms: a Figma plugin that uses AI to generate screens from a team's design system
    // --- phone agents ---
    { id: 'talqover', name: 'Talqover', vendor: 'Talqover', category: 'agents', domains: ['talkover.ai'], source: 'https://talkover.ai/en/privacy-policy' }, // privacy: artificial intelligence call solutions for businesses
    { id: 'telethinker', name: 'TeleThinker', vendor: 'TeleThinker', category: 'agents', domains: ['telethinker.com'], source: 'https://telethinker.com/privacy' }, // privacy: AI-powered phone answering agents with AI-generated call summaries
  ],
  { checked: CHECKED_C23 },
);
