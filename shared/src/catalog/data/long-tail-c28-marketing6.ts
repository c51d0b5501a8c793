// Twenty-eighth session, sixth marketing pass (2026-12-08, helper `marketing6`): AI marketing products no entry claimed
// yet, beside the marketing rows of data/cat-marketing.ts, cat-marketing-2.ts, support-marketing*.ts, the c16 mktsales,
// c17 seo and social, c18 marketing, c21 adsugc, c22 marketing3, c23 social2, c24 marketing4 and c27 marketing5 files
// and the leads passes, whose rows and queries are not repeated here. Here: AI cold-email and outreach writers (Cold
// Mail Them, ColdSalesAI, ColdMsg for investor outreach); AI PR pitching to journalists' requests (PR Bot,
// QuoteWorthy); an AI Instagram DM setter (DmSetter); an AI abandoned-cart email writer for Shopify on Claude
// (RetainAI); a quiz funnel answering each respondent with a personalised ElevenLabs and HeyGen video (Quiz Funnel); AI
// marketing-poster generators (two unrelated sites called PosterAI, SparkPoster); an AI topical-map generator for SEO
// (Topical Drift, a URL prefix); an AI social-post platform (Ai-Mee); and, met in the same searches, a
// podcast-intelligence service on Gemini (PodcastIntel) and an AI exit-readiness report tool (aivaluationinsight.com).
//
// Leads. 35 look-ups, all `search` in the stored `pages` corpus, counted as they were made. Queries were worded the way
// small vendors word their terms, privacy, refund, AUP and AI-transparency pages, by niche: AI-generated ads in terms
// of service, cold-email personalisation credits, brand-voice privacy, AI UGC ad terms, SEO AI-content refunds and
// credits, press releases through OpenAI, synthetic personas and focus groups, influencer outreach drafts, backlink and
// guest-post pitch emails, open-ended survey analysis, Amazon PPC agents, German social posts (KI-generierte Beiträge),
// Google Ads headlines, per-visitor landing-page personalisation, French ad generators (publicités générées par IA),
// topical maps, political campaign texts, book-marketing blurbs, social listening, hotel review replies,
// market-research reports and personas, quiz funnels, flyer and poster makers, brand-guideline generators,
// abandoned-cart emails, Instagram cold DMs, Spanish ad generators (generador de anuncios con IA), HARO and Qwoted
// pitch drafting, Quora and forum replies, Klaviyo win-back flows, TikTok Shop affiliate outreach, podcast guest
// pitching, Product Hunt launch copy, speaker applications and award entries. The general, German, French, Spanish,
// political, book, survey, personalisation, social-listening, market-research and award wordings returned guides, news,
// consultancies and platform rules only; the outreach-shaped wordings (cold email, journalist requests, DMs, abandoned
// carts) and the poster and quiz wordings found the rows. Every row cites a page with a path on a host the row claims
// (for Topical Drift the claimed path, for Ai-Mee its docs subdomain) where the vendor says the product drafts,
// generates, analyses or scores with AI, an LLM or named model providers (Anthropic Claude, Google Gemini, OpenAI,
// ElevenLabs, HeyGen, Volcano Engine's Seedream). Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 243 hosts the searches returned (vendors, news, guides,
// agencies, platforms and shared hosts alike, in /work/helpers/out/marketing6-hosts.txt): 32 classified before (13.2%),
// 46 after (18.9%): the 14 hosts these rows claim (docs.ai-mee.uk through ai-mee.uk; www.topicaldrift.com itself stays
// unclassified, only its /app/topical-map path being claimed).
//
// Already listed and left to their entries: MailOil's ColdMail, Knitly, ColdMail AI (coldmailai.xyz), Prospi, Brand
// Voice Generator (brandvoice.genaiunplugged.com), Author's Voice, BrandVoice AI, BetterAds, UGCGen, UGCfy, MakeUGC,
// NaturalWrite, OutreachAll, PitchBud, Creator Agent OS, Synthetic People, Leadmetrics, ahmeego, googleadsagent.ai, Ads
// Copilot, CopyMate, ShortGenius, Ad Creator on practical.tools, nannabanana.ai, CartMail AI, Automail, InstaReplAI, IA
// Online, SendPersonal, ShopAI (aiofficeos.org), WirePitch and PodPitchr.
//
// Doubtful rows, kept. ColdMsg's terms say AI only for analysing and scoring pitch decks beside drafting, scheduling
// and sending investor emails and scoring reply intent; it is counted as an AI outreach agent. Cold Mail Them's terms
// say its business search results are generated with artificial intelligence (its email templates are not said to be).
// Ai-Mee is read from a page of its help centre that records an implemented phase of its social-post auto-generation
// pipeline (forum and news signals, news fetched through Gemini); ai-mee.uk itself was not read. Topical Drift is
// claimed only under /app/topical-map, whose methodology page describes a seven-stage AI pipeline; the rest of
// topicaldrift.com was not read. The two PosterAI sites name different model set-ups (an unnamed "AI generation
// service" with accounts and plans; Volcano Engine's doubao-seedream-3.0 without accounts) and nothing ties them: each
// carries its host as a qualifier. The exit-readiness tool's name is read from its host (aivaluationinsight.com).
//
// Left out. Drafts, placeholders and test, staging or sandbox hosts: bmv.var.uno (Build My Voice, "a draft pending
// legal review", on a multi-app host), easymvp.io ("support@yourcompany.com"), dbtest.bannerkraft.com (BannerKraft's
// poster concepts: a lead once bannerkraft.com is seen), stela.staging.soundminds.ai and
// app.staging.creator-discovery-outreach.soundminds.ai (an AI creator-discovery tool: a lead),
// staging-influencers.openmined.org (Syft Influencer), sandbox.intle.co.uk. Personal and developer hosts:
// ads.ar-draw.com ("a personal internal tool"), contentengine.abhishekgusain.com. Shared platforms:
// adturbo-ai.agentsite.network (AdTurbo AI's policy for adturbo.ai: a lead), quizimoto-site.pages.dev,
// ai-affiliate-safe-approval.pages.dev, somantix-ledger.pages.dev, westmoon-tiktok-creator-tool-privac.vercel.app,
// launchpad-conference-platform.vercel.app, wook-dragon.github.io, makeugc-staging.webflow.io, intercom.help (Pencil's
// help centre), coda.io. Pages that do not say the product uses AI, or only in its name (left unclassified but not
// trapped where the product is likely AI): aicampaign.app (AI Google Ads by SIA World Union), podpitch.com,
// getlaunchpilot.com (post copy generated, AI not said), zora2.com and docs.isquaredmarketing.com (as earlier passes
// decided), qwizoo.com, launchtry.com, launchspot.ai, launchpact.io, thoseposters.com, automateyourdm.com. General
// products where AI is one feature: coldmaily.com (follow-up automation that "may assist in generating templates using
// AI"), help.peopleinsight.co.uk, kb.explori.com, support.govocal.com, productlane.com, openchairpro.com,
// help.searchatlas.com (as earlier passes decided), help.perpetua.io (bid models). Vendor blogs, glossaries and guides
// with no product page among the results (leads): hotelplus.ai, ourava.com (AI cart-recovery guide), accessfuel.com
// (persona-aware Klaviyo flows), makeinfluencer.ai, sepia-lab.com, videoai.me, videoadbuilder.com, quillpilot.com,
// blogseo.io, symar.ai, compeers.ai, vozai.net, pivix.io, app.hadrian.marketing, brandstract.ai, fishingseo.dev.
// Agencies and services: luxisdesign.io (an agency's AI blogger service), outreachworthy.com, kitcaster.com,
// podcastconnection.org, boost-awards.co.uk, padiso.co, automatedteams.com. Query-only pages: searchen.com,
// thoidaihaitac.vn, hotel-system.org, palospublishing.com, genhup.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Marketing6Tools: Tool[] = defineTools(
  'writing',
  [
    // --- AI cold-email and outreach writers ---
    { id: 'cold-mail-them', name: 'Cold Mail Them', vendor: 'Cold Mail Them', category: 'search', domains: ['coldmailthem.com'], source: 'https://coldmailthem.com/terms' }, // terms: AI-powered business discovery and email campaigns; business names, emails and descriptions are generated using artificial intelligence
    { id: 'coldsalesai', name: 'ColdSalesAI', vendor: 'ColdSalesAI', domains: ['coldsalesai.com'], source: 'https://www.coldsalesai.com/aup' }, // acceptable-use policy: a B2B prospecting and outreach-drafting workspace whose AI-generated drafts are reviewed before manual sending
    { id: 'coldmsg', name: 'ColdMsg', vendor: 'ColdMsg', category: 'agents', domains: ['coldmsg.com'], source: 'https://coldmsg.com/terms' }, // terms: founders' investor outreach that analyses and scores pitch decks using AI, drafts, schedules and sends emails and scores reply intent
    // --- AI PR pitching and DM setting ---
    { id: 'pr-bot-ai', name: 'PR Bot', vendor: 'PR Bot', domains: ['prbot.ai'], source: 'https://prbot.ai/ai-transparency' }, // AI transparency policy: AI matches journalist queries to a profile and generates draft pitches, each reviewed by staff before sending
    { id: 'quoteworthy-ai', name: 'QuoteWorthy', vendor: 'QuoteWorthy', domains: ['quoteworthy.ai'], source: 'https://quoteworthy.ai/privacy' }, // privacy: forwarded HARO, Qwoted and SourceBottle digests go to an LLM provider that extracts call-outs, scores them and drafts pitches
    { id: 'dmsetter', name: 'DmSetter', vendor: '9568-8099 Québec inc.', category: 'agents', domains: ['dmsetter.space'], source: 'https://dmsetter.space/legal/terms' }, // terms: AI-assisted replies to inbound Instagram DMs, lead qualification and booking direction, sent on the business's behalf
    // --- AI e-commerce email and quiz funnels ---
    { id: 'retainai-shopify', name: 'RetainAI', vendor: 'RetainAI', domains: ['retain-ai.app'], source: 'https://retain-ai.app/privacy' }, // privacy: a Shopify app whose abandoned-checkout and review-request emails are written by a large language model (Anthropic Claude)
    { id: 'quiz-funnel-app', name: 'Quiz Funnel', vendor: 'Beweb Concept LTD', category: 'video', domains: ['quiz-funnel.app'], source: 'https://www.quiz-funnel.app/en/confidentialite' }, // privacy: quizzes answering each respondent with a personalised video; voice clones by ElevenLabs, avatar videos by HeyGen
    // --- AI marketing posters ---
    { id: 'posterai-creator', name: 'PosterAI (posteraicreator.com)', vendor: 'PosterAI', category: 'image', domains: ['posteraicreator.com'], source: 'https://www.posteraicreator.com/privacy' }, // privacy: prompts are sent to its AI generation service to produce the requested posters
    { id: 'posterai-online', name: 'PosterAI (posterai.online)', vendor: 'PosterAI', category: 'image', domains: ['posterai.online'], source: 'https://www.posterai.online/privacy' }, // privacy: poster descriptions go to Volcano Engine's doubao-seedream-3.0 text-to-image model
    { id: 'sparkposter', name: 'SparkPoster', vendor: 'SparkPoster', category: 'image', domains: ['sparkposter.com'], source: 'https://www.sparkposter.com/privacy' }, // privacy: AI-powered marketing posters for local businesses, describing how AI models process prompts and brand kits
    // --- AI SEO planning and social posts ---
    { id: 'topical-drift-topical-map', name: 'Topical Drift Topical Map Generator', vendor: 'Topical Drift', urlPrefixes: ['topicaldrift.com/app/topical-map', 'www.topicaldrift.com/app/topical-map'], source: 'https://www.topicaldrift.com/app/topical-map/methodology' }, // methodology: a seven-stage AI pipeline from a seed keyword to a topical map with URL architecture and internal links (path only)
    { id: 'ai-mee', name: 'Ai-Mee', vendor: 'Ai-Mee', domains: ['ai-mee.uk'], source: 'https://docs.ai-mee.uk/migration/platform-post-improvement/phase-4-social-forum-signals.html' }, // help centre: social posts auto-generated from client context, informed by Reddit and Quora threads and news fetched through Gemini
    // --- Met in the same searches ---
    { id: 'podcastintel-ai', name: 'PodcastIntel', vendor: 'PodcastIntel', category: 'search', domains: ['podcastintel.ai'], source: 'https://podcastintel.ai/privacy' }, // privacy: uses AI (Google Gemini) to analyse public podcast data for followed shows and guests
    { id: 'ai-valuation-insight', name: 'AI Valuation Insight', vendor: 'AI Valuation Insight', category: 'productivity', domains: ['aivaluationinsight.com'], source: 'https://aivaluationinsight.com/docs/generate-ai-report' }, // docs: drafts an AI-assisted exit-readiness report from a client's completed assessment, sections editable and regenerable
  ],
  { checked: CHECKED_C28 },
);
