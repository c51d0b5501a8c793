// Twenty-sixth session, long-tail pass `launches` (2026-12-07): young AI products (launched 2023–2026) found by the
// wording of launch, early-access, release-notes and "how our AI works" pages on their own hosts, across product kinds.
// Here: an AI investment-research system whose agents synthesise filings, news, market and macro data (SignalInvest);
// a multi-agent graph runtime whose release notes describe self-managing agents on several model providers (The One,
// by The Zeroth); an AI-native legal practice and drafting platform with a citation-grounded assistant and practice
// agents (Pollen8 Legal, whose docs also sit on pollenix.ai); an LLM engine that turns uploaded material into adaptive
// courses (StudyBits); an AI speaking-practice app for language learners (Satur); an AI clipper that turns podcasts and
// long videos into shorts (Joyspace AI); a generative-AI room-restyling app (Decorous); an AI phone receptionist for
// dental practices (Axis, with its voice agent Ava); an ecommerce platform that gives each brand a squad of AI agents
// (ShopOS); and a team of role-specialised AI agents that scope, code and review work from Slack (Stateful AI).
//
// Look-ups: 40 of 40, all `search` in the stored `pages` corpus, counted as they were made. Queries were worded the way
// launch pages are: "join the waitlist" / "early access" / "private beta" / "now in public beta" / "we just launched" /
// "we're live on Product Hunt" / "launch week" / "Show HN" / "changelog" / "release notes" / "what's new" / "out of
// beta" / "beta invite code" / "Introducing our AI …" / "how our AI works", with AI agent, copilot, assistant, "powered
// by GPT-4o / Claude / Gemini", across agents, browsers, coding, data analysis, design, video, voice and receptionists,
// music, sales, ecommerce, legal, finance, health and scribes, education, language learning, recruiting, research.
// Two look-ups checked leads (Gaga AI's own pages; Pollenix's platform). The launch wording returned mostly news,
// forums and general explainers; "how it works" and "how our AI works" wording returned vendors' own docs and blogs,
// where most rows came from. Every row cites a page with a path on the product's own host where the vendor says the
// product works with AI, LLMs, AI agents or a named model. Hosts were run through /work/helpers/classify-hosts.mts and
// names grepped in data/ and the other helpers' c26 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 260 hosts the searches returned (vendors, news, forums, patent
// sites, agencies, blogs, directories and shared hosts alike, in /work/helpers/out/launches-hosts.txt): 22 classified
// before (8.5%), 34 after (13.1%).
//
// Already listed and left to their entries: Updatemate, aiphoneordering.com, Kuberan, blood-test.life and Kantesti,
// Macaly, LinkWorld (Sales Guy), Savena, 247 Agents, ScoutUp, InterviewAgent.ai, Architerior AI, Chion, Colrows,
// Octigen, AI Podcast Clipper (a-pch.com), LitReview AI, ISSEN, My Bank Statement Analysis, VoiceText's Gmail drafter
// (mail.voicetext.world), DentalReception (its .com.au entry; dentalreception.app is a trap of the c23 health3 and c24
// verticals passes and is left so), ElevenLabs, clawhub.ai and Ellipsis.
//
// Doubtful rows. Pollen8: the legal page calls Pollen8 Law an AI-native legal platform and the docs (on docs.pollen8.ai
// and docs.pollenix.ai) describe its assistant, practice agents and AI drafter; the legal product is the fourth
// "satellite" of a shared core whose other satellites were not read, so pollen8.ai as a whole is claimed on the legal
// page's word. The One: the release notes describe a multi-agent system and model providers; whether it runs as a web
// service or only as a desktop or self-hosted tool is not said. Satur: read from its own blog's explainer of AI
// language tutors (speech recognition, an LLM and a feedback engine), naming Satur beside Speak and Talkpal as such
// an app. Joyspace AI: an earlier pass left joyspace.ai out for want of a policy page; its own guide says Joyspace AI
// offers AI video-editing and clipping tools, which the row takes as the vendor's word. Stateful AI: its how-it-works
// page describes six persistent AI agents run on Claude and Codex subscriptions; it may be a framework the buyer runs
// rather than a hosted service. Decorous launched in 2023, a little before the pass's window, and is kept because its
// launch post is on its own host.
//
// Left out. Guides, help pages and blogs that do not say the product uses AI, or are about AI in general:
// knowledge.casepal.co (CasePal's research guide never says AI in the part read, as c21 found), ai.tutorial.app
// (a privacy page on generated lessons that does not say AI in the part read), leapskill.ai and lamplit.ai (general
// blogs), gaga.art (a blog on Tencent's SongGeneration 2, not on Gaga's own product: still a lead), clip-forge.io,
// orbdoc.com (an AI-scribe explainer that does not name its own product in the part read), ntropy.com (a 2023 post on
// an experiment), gravity.fast, hirelytica.com, storefleet.io.vn, eclawmerce.com and slaycommerce.com (traps of c22
// ecom2). General products where AI is one feature: sque.ai (law-firm practice management with AI agents),
// app.getbased.health (a lab-results tracker with an AI chat panel), arborslate.com (a homeschool planner with an AI
// tutor), memoflow.hzc073.com (a memo app's AI summary), synalux.ai (a POS with AI ordering), originchain.ai (a managed
// database with a bring-your-own-key ask endpoint), docs.themesic.com
// (a CRM script's AI SDR), joingerald.com (cash advances), help.coodesh.com and pmapstest.com (hiring platforms with AI
// interviews). Pages that do not say what the product is: docs.xpec.ai (a beta programme), sdk.cloudhands.ai (a credits
// API), docs.chronary.ai (a waitlist API), modyl.to (a waitlist API), prom13us.com (a creature game played by users'
// agents), orqesta.ai (an outreach page with sending switched off), annelia.in (a how-it-works page whose "real product
// UI lands here" placeholders mark a draft). Agent infrastructure left out before: loomal.ai. Agencies, studios and
// consultancies: xiaotunqifu.com, segment360.com, juscoding.com, kfs.hr, sdlc.theagilemonkeys.com, laserowl.io (a
// design-partner page), aiagentiva.tech, attentions.ai, fordelstudios.com, csharptek.com, forasoft.com,
// clvrsolutions.ai, projectsupply.in, avyukta.in, saffronintell.com, altexsoft.com, agixtech.com, botonomy.ai,
// mhtechin.com (a `?p=` page). Directories, reviews and news: workflowstackai.com, unfragile.ai, llmversus.com,
// aifindsreviewed.com, playbookatlas.com, pineneedle.ai, agentmodeai.com, empromptu.ai's EHR glossary,
// exponentialbuilder.com. Personal portfolios and build logs: mikehamata.com (DentinFlow: a lead), koushith.in
// (RoomCraftAI: a lead), ankitb.xyz, kiranjd.com, khoa.work, usamaqamar.space, dsaiztc.com, matthewperez.com,
// kevinho.com. Shared platforms: pages.dev copies (fleapo-marketplace-docs, memoflow-web, blood-test-life,
// overwise-website, buzzwisely-homepage, deckpilot, ideablueprint, restaurant-revolution-docs-dev,
// ai-pr-reviewer-workflow), inhabit.polsia.app (Inhabit: a lead once its own host is seen), mintlify.com's finance
// agent docs, jsonify.github.io, limecloud.github.io, hashnode-hub.vercel.app, itsthien.neocities.org, devpost.com.
//
// Leads: Overwise (overwise-website.pages.dev's agentic outreach post), BuzzWisely (AI receptionist, on pages.dev),
// DentinFlow and RoomCraftAI (met on their builders' portfolios), Inhabit (polsia.app), Gaga AI (gaga.art, still with
// no page on its own product), OrbDoc (orbdoc.com, an AI scribe whose own product page was not met), Sque
// (sque.ai, if its practice-management core turns out to be built around its agents), Getbased (getbased.health).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26LaunchesTools: Tool[] = defineTools(
  'agents',
  [
    // --- finance ---
    { id: 'signalinvest', name: 'SignalInvest', vendor: 'SignalInvest', category: 'search', domains: ['signalinvest.ai'], source: 'https://www.signalinvest.ai/about/ai-system' }, // how our AI works: layered AI agents synthesise company reports, news, market and macro data into an investment assessment
    // --- agents ---
    { id: 'the-one-zeroth', name: 'The One (The Zeroth)', vendor: 'The Zeroth', domains: ['the-zeroth.com'], source: 'https://the-zeroth.com/en/docs/start/release-notes/0-3-0' }, // release notes 0.3.0: a multi-agent graph system on several model providers whose agents compress their own context, remember and improve themselves
    { id: 'stateful-ai', name: 'Stateful AI', vendor: 'Stateful AI', domains: ['stateful-ai.com'], source: 'https://stateful-ai.com/how' }, // how it works: six role-specialised AI agents take an idea from Slack through scoping, code, pull request and review, run on Claude and Codex
    { id: 'shopos', name: 'ShopOS', vendor: 'ShopOS', domains: ['shopos.ai'], source: 'https://shopos.ai/blog/ai-platform-for-ecommerce-brands-shopos-squad-model' }, // vendor blog: an AI platform for ecommerce brands where each brand gets a named squad of AI agents trained on its store, catalog and voice
    // --- legal ---
    { id: 'pollen8-legal', name: 'Pollen8 Legal', vendor: 'Pollen8', category: 'productivity', domains: ['pollen8.ai', 'pollenix.ai'], source: 'https://www.pollen8.ai/legal' }, // legal page: an AI-native legal platform with a citation-grounded assistant over the firm's vault, practice agents and AI drafting; docs also on docs.pollenix.ai
    // --- education ---
    { id: 'studybits', name: 'StudyBits', vendor: 'StudyBits', category: 'productivity', domains: ['studybits.ai'], source: 'https://studybits.ai/blog/tech-stack' }, // vendor blog: its LLM engine ingests PDFs, slides and videos and builds adaptive study paths with retrieval-augmented generation
    { id: 'satur-app', name: 'Satur', vendor: 'Satur', category: 'audio', domains: ['satur.app'], source: 'https://satur.app/blog/how-ai-language-tutors-work/' }, // vendor blog: an AI speaking-practice app for language learners built on speech recognition, an LLM and a feedback engine
    // --- video and design ---
    { id: 'joyspace-ai', name: 'Joyspace AI', vendor: 'Joyspace AI', category: 'video', domains: ['joyspace.ai'], source: 'https://joyspace.ai/automate-podcast-to-shorts-workflow-ai' }, // vendor guide: Joyspace AI's AI video clipper turns podcasts and long videos into vertical shorts and reels
    { id: 'decorous-app', name: 'Decorous: AI Interior Design', vendor: 'Decorous', category: 'image', domains: ['decorous.app'], source: 'https://decorous.app/ai-interior-design' }, // launch post: an app that restyles an uploaded room photo with generative AI (Stable Diffusion img2img)
    // --- voice ---
    { id: 'axis-ai-receptionist', name: 'Axis (AI receptionist)', vendor: 'Axis', category: 'audio', domains: ['useaxis.app'], source: 'https://useaxis.app/blog/can-an-ai-receptionist-handle-my-dental-office-phone-calls-24-7' }, // vendor blog: Axis's AI voice agent Ava answers dental-practice calls 24/7 and books into the practice system
  ],
  { checked: CHECKED_C26 },
);
