// Seventeenth session, SEO pass (2026-12-06, issue 15): search-marketing and content-marketing AI the catalog still
// missed. Two families dominate: AI-visibility (GEO/AEO) trackers, which put a brand's prompts to ChatGPT, Claude,
// Gemini and Perplexity and score whether the answers name or cite it, and AI blog and article writers that draft
// SEO posts and push them to WordPress, Webflow, Ghost or a Shopify blog. A few neighbours ride along: an AI local-SEO
// platform, a Google Business Profile assistant, podcast- and video-to-article tools and one newsletter digest.
//
// Leads. 53 look-ups of the stored `pages` (51) and `docs` (2) corpora, by product kind and in the words vendors use in
// their own terms of service, privacy policies, sub-processor lists, refund and acceptable-use policies, help centres
// and docs, in English, French, German, Spanish, Portuguese, Italian, Japanese, Korean and Chinese (the last five gave
// mostly blogs, or tools another pass already holds). Every row cites such a page, with a path, on the product's host
// or its vendor's; each page says that the product writes with, or queries, AI models. The other c17 worktrees were
// grepped first: PostDrafter, iAmAI, WPRobo's AI Search Visibility and IA Online are already in the asia, ecom and
// leads passes and are left to them.
//
// Measured with /work/helpers/classify-hosts.mts on the 325 hosts the searches returned (vendors, blogs, news and
// shared hosts alike): 27 (8.3%) classified before, 85 (26.2%) after. Two names sit near older entries and are kept
// apart: Rank.ai (rank.ai) beside Rankai (rankai.ai, a YC S23 SEO agency, long-tail-c13-a.ts), and AIVisTracker
// (aivistracker.com) beside AIVIS Tracker (aivis.space); the pages name different operators and nothing ties them.
//
// Left out. Vendor blogs, guides and glossaries with no terms or help page among the results (topify.ai,
// ranktracking.ai, geoseochecker.com, chatfeatured.com, qwairy.co, rankscope.ai, citehawk.com, geoperf.com,
// aisearchstackhub.ai, geotoolbox.ai, citensity.com, blogseo.io, dipflow.ai, contentcrab.co, usealdus.com,
// ripurpose.ai, seoauthori.com, meshr.link, gptseopro.com and others), left as leads for a pass that can read their
// policies; agencies selling GEO as a service (GEORankAI on aeogeoseo.com, Answerprint, searchgptagentur.de, BlogGen);
// WordPress plugins whose AI runs on the buyer's own key inside WordPress (GEO Rank Optimizer, 123Send on
// onetwothreesend.com); Shopify apps with no host of their own or whose maker sells mostly other things (Blog Smith on
// legal.syncerp.work, Sherpas Smart SEO); readiness checkers that score llms.txt and robots.txt without a model
// (drinkcaffeine.ai, crawlmark.report, ai-ready.space, sitecheck.dk, cnts.bg, crwl.sh, GEOScore); pages that never say
// the product uses AI (backlinks.gg, Wordbinder, RankWriting, programmatic-seo.io, BriefWorks, FAII, SmartLocol,
// ProfileOps, Web Cited, Author's Voice); general suites with an AI-visibility feature (SISTRIX, SEO Utils, aclipp,
// Surfer's docs, which already classify); five products whose pages the corpus holds only at WordPress `?p=`
// addresses, which the catalog counts as homepage-only (a ceiling that may only shrink), kept as leads: LLM Monitor
// (llm-monitor.com), AI Rankia (airankia.com), WPBLOGS.AI, WP Publisher Pro (wppublisherpro.nl) and SEO Writer
// (seowriter360.com); copies on shared hosts (pfcopy-site, rankerbase-docs, clarivy-launch and
// seobyrole on pages.dev, getaillm and aiblogpost-beta on vercel.app, a web.app AI Overview extension, a github.io
// Chrome extension); a Squarespace staging host; taxpersoft.com, whose AI blog program may be one of several the
// maker sells (the asia pass left it out too); and local-only Chrome extensions with no server (Citable).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17SeoTools: Tool[] = defineTools(
  'other',
  [
    // --- AI-visibility (GEO / AEO) trackers: prompts run against AI assistants, answers scored for the brand ---
    { id: 'aivis-tracker', name: 'AIVIS Tracker', vendor: 'AIVIS', category: 'search', domains: ['aivis.space'], source: 'https://aivis.space/terms' }, // terms: scans send brand queries to GPT-4o, Claude, Gemini and Perplexity and grade the answers
    { id: 'llmreaderapp', name: 'LLMReaderApp', vendor: 'Webshoot', category: 'search', domains: ['llmreaderapp.com'], source: 'https://llmreaderapp.com/terms', region: 'europe' }, // terms: SaaS watching how ChatGPT, Gemini, Claude and others answer questions about a brand
    { id: 'llm-visibility-tech', name: 'LLM Visibility', vendor: 'LLM Visibility', category: 'search', domains: ['llmvisibility.tech'], source: 'https://llmvisibility.tech/legal/terms', region: 'europe' }, // terms: credit-based monitor of how AI assistants describe and recommend brands
    { id: 'radar-ai-visibility-tracker', name: 'Radar AI Visibility Tracker', vendor: 'Radar', category: 'search', domains: ['aivisibilitytracker.com'], source: 'https://radarhq.ai/privacy' }, // privacy: the platform at aivisibilitytracker.com tracks prompts across AI engines (the agency site radarhq.ai is not claimed)
    { id: 'monitoraeo', name: 'monitoraeo', vendor: 'monitoraeo', category: 'search', domains: ['monitoraeo.com'], source: 'https://www.monitoraeo.com/terms' }, // terms: audits how AI answer engines describe, cite and recommend a domain
    { id: 'aisearchrefs', name: 'aisearchrefs', vendor: 'aisearchrefs', category: 'search', domains: ['aisearchrefs.com'], source: 'https://www.aisearchrefs.com/terms' }, // terms: brand-mention tracking across AI-powered search platforms
    { id: 'whatgptsays', name: 'WhatGPTSays', vendor: 'WGS', category: 'search', domains: ['whatgptsays.com'], source: 'https://whatgptsays.com/privacy' }, // privacy: visibility checks against ChatGPT, Perplexity, Gemini and Claude; Claude writes the prompts
    { id: 'genrank-engine', name: 'GenRank Engine', vendor: 'GenRank Engine', category: 'search', domains: ['genrankengine.com'], source: 'https://www.genrankengine.com/privacy-policy.html' }, // privacy: brand, URL and keywords are sent to OpenAI, Anthropic and Google models to run scans
    { id: 'ai-reputation-score', name: 'AI Reputation Score', vendor: 'AI Reputation Score', category: 'search', domains: ['ai-reputationscore.com'], source: 'https://ai-reputationscore.com/privacy' }, // privacy: SaaS monitoring brand visibility and citations across AI engines
    { id: 'gm-labs-ai-visibility-tracker', name: 'GM Labs AI Visibility Tracker', vendor: 'GM Labs', category: 'search', domains: ['ai.gmlabs.dev'], source: 'https://ai.gmlabs.dev/privacy.html' }, // privacy: collects ChatGPT, Claude, Gemini and Perplexity answers to configured prompts (subdomain only)
    { id: 'prompt-metrics', name: 'Prompt Metrics', vendor: '9523 Labs', category: 'search', domains: ['promptmetrics.xyz'], source: 'https://promptmetrics.xyz/privacy' }, // privacy: prompts naming the brand go to OpenAI, Anthropic, Google, xAI, DeepSeek and Perplexity
    { id: 'prism-visibility', name: 'Prism AI Visibility Tracker', vendor: 'Prism', category: 'search', domains: ['prismvisibility.com'], source: 'https://prismvisibility.com/privacy' }, // privacy: scans record AI engine answers, mentions and sentiment for a business
    { id: 'aeo-goal', name: 'AEO Goal', vendor: 'AEO Goal', category: 'search', domains: ['aeogoal.com'], source: 'https://aeogoal.com/methodology/ai-citation-tracking' }, // methodology: records sources and mentions from configured AI answer engines
    { id: 'geo-search-console', name: 'GEO Search Console', vendor: 'GEO Search Console', category: 'search', domains: ['geo-search-console.com'], source: 'https://geo-search-console.com/privacy' }, // privacy: queries AI assistants about a tracked domain and reports citations and share of voice
    { id: 'geovise', name: 'Geovise', vendor: 'Geovise', category: 'search', domains: ['geovise.app'], source: 'https://www.geovise.app/terms', region: 'europe' }, // terms: measures a site's presence in ChatGPT, Claude and Gemini answers; French sole trader
    { id: 'ranksmith', name: 'RankSmith', vendor: 'RankSmith', category: 'search', domains: ['getranksmith.com'], source: 'https://docs.getranksmith.com/features/dashboard' }, // docs: dashboard of how AI search engines mention and rank a brand
    { id: 'nobori', name: 'Nobori', vendor: 'Nobori', category: 'search', domains: ['nobori.ai'], source: 'https://docs.nobori.ai/prompt-details' }, // docs: per-prompt visibility score and AI platform answers over time
    { id: 'geo-monitor-app', name: 'GEO Monitor', vendor: 'GEO Monitor', category: 'search', domains: ['geomonitor.app'], source: 'https://geomonitor.app/terms' }, // terms: queries ChatGPT, Perplexity, Claude and Gemini and extracts brand mentions
    { id: 'geo-tracker-ai', name: 'GEO Tracker AI', vendor: 'GEO Tracker AI', category: 'search', domains: ['geotrackerai.com'], source: 'https://geotrackerai.com/terms', region: 'europe' }, // terms: Czech SaaS monitoring brand mentions by ChatGPT, Perplexity and Google AI Mode
    { id: 'rankforce', name: 'Rankforce', vendor: 'Rankforce', category: 'search', domains: ['rankforce.co'], source: 'https://docs.rankforce.co/agents/geo-visibility' }, // docs: GEO Visibility Agent drafts answer-first additions so AI search cites a page
    { id: 'clarivy', name: 'Clarivy', vendor: 'Clarivy', category: 'search', domains: ['clarivy.ai'], source: 'https://clarivy.ai/legal/subprocessors.html' }, // sub-processors: audit prompts run on ChatGPT, Claude, Perplexity, Doubao and Kimi
    { id: 'findrix', name: 'Findrix', vendor: 'Findrix', category: 'search', domains: ['findrix.ai'], source: 'https://www.findrix.ai/legal/sub-processors' }, // sub-processors: Claude audits plus citation tracking on GPT, Gemini, Perplexity and Grok
    { id: 'aivz', name: 'AIVZ', vendor: 'AIVZ', category: 'search', domains: ['aivz.ai'], source: 'https://aivz.ai/subprocessors' }, // sub-processors: AI engine APIs are called for citation monitoring
    { id: 'ranksurf', name: 'RankSurf', vendor: 'RankSurf', category: 'search', domains: ['ranksurf.com'], source: 'https://ranksurf.com/privacy' }, // privacy: B2B AI-visibility monitor; stores ChatGPT, Perplexity and Gemini answers to prompts
    { id: 'rankbits', name: 'RankBits', vendor: 'RankBits', category: 'search', domains: ['rankbits.com'], source: 'https://www.rankbits.com/privacy' }, // privacy: generates prompts, queries AI engines and scores mentions and citations
    { id: 'cite-ai-citehq', name: 'Cite AI', vendor: 'Cite AI', category: 'search', domains: ['citehq.ai'], source: 'https://citehq.ai/terms-and-conditions/' }, // terms: tracks how often a brand appears in AI answers and which sources shape them
    { id: 'citepath', name: 'citepath.io', vendor: 'citepath.io', category: 'search', domains: ['citepath.io'], source: 'https://citepath.io/terms' }, // terms: runs a query on Perplexity, ChatGPT, Gemini and Claude and checks whether a URL is cited
    { id: 'aeotable', name: 'AEOTable', vendor: 'AEOTable', category: 'search', domains: ['aeotable.com'], source: 'https://www.aeotable.com/en/features/ai-citation-tracking' }, // feature page: logs which sources answer engines cite for a brand's questions
    { id: 'ai-visibility-intelligence-sig', name: 'AI Visibility Intelligence', vendor: 'SIG', category: 'search', domains: ['aeo.sig.ai'], source: 'https://aeo.sig.ai/privacy' }, // privacy: queries ChatGPT, Claude, Gemini, Perplexity and Grok with a judge model (subdomain only)
    { id: 'aivistracker', name: 'AIVisTracker', vendor: 'AIVisTracker', category: 'search', domains: ['aivistracker.com'], source: 'https://www.aivistracker.com/refund' }, // refund policy: subscriptions for AI answer-engine analytics that depend on LLM APIs
    { id: 'ai-visibility-checker-io', name: 'AI Visibility Checker', vendor: 'AI Visibility Checker', category: 'search', domains: ['aivisibilitychecker.io'], source: 'https://aivisibilitychecker.io/refund-policy/' }, // refund policy: AI score improvement work and AI Answer Tracker query credits
    { id: 'aicite-app', name: 'AICite', vendor: 'AICite', category: 'search', domains: ['aicite.app'], source: 'https://aicite.app/privacy' }, // privacy: audit queries and fixes generated with OpenAI and Anthropic models
    { id: 'reachsurge', name: 'ReachSurge', vendor: 'ReachSurge', category: 'search', domains: ['reachsurge.ai'], source: 'https://www.reachsurge.ai/help/guarantee-claim' }, // help: publishes pages and guarantees growth in citations across six AI engines
    { id: 'seorav', name: 'SEORav', vendor: 'SEORav', category: 'writing', domains: ['seorav.com'], source: 'https://www.seorav.com/legal/sub-processors' }, // sub-processors: Claude outlines and drafts articles; citation scans across AI assistants

    // --- AI blog and SEO article writers and auto-publishers ---
    { id: 'auto-article-ai-wpaaai', name: 'Auto Article AI', vendor: 'AAAI', category: 'writing', domains: ['wpaaai.com'], source: 'https://wpaaai.com/zh/?p=69' }, // terms: keyword-based AI article and image drafts; the plugin calls services on wpaaai.com
    { id: 'wordpresto', name: 'Wordpresto', vendor: 'Wordpresto', category: 'writing', domains: ['wordpresto.com'], source: 'https://www.wordpresto.com/fair-use/' }, // fair use: AI-drafted content is published to connected sites after human approval
    { id: 'schedulewise-ai', name: 'ScheduleWise AI', vendor: 'ScheduleWise AI', category: 'writing', domains: ['schedulewise.ai'], source: 'https://schedulewise.ai/terms' }, // terms: autonomous engine writing articles and AI images and posting them to WordPress
    { id: 'blogcog', name: 'BlogCog', vendor: 'BlogCog', category: 'writing', domains: ['blogcog.com'], source: 'https://blogcog.com/policies/terms-of-service' }, // terms: AI-powered blogging service publishing SEO posts to the customer's site
    { id: 'webflow-forge', name: 'Webflow Forge', vendor: 'Webflow Forge', category: 'writing', domains: ['webflowforge.com'], source: 'https://www.webflowforge.com/terms-of-service' }, // terms: AI content distribution engine writing SEO content into Webflow CMS and social accounts
    { id: 'ai-auto-blogger-shopify', name: 'AI Auto Blogger', vendor: 'AI Auto Blogger', category: 'writing', domains: ['aiautoblogger.app'], source: 'https://aiautoblogger.app/privacy-policy' }, // privacy: Shopify app whose AI services write blog posts from store ideas and products
    { id: 'fullautoblog', name: 'FullAutoBlog', vendor: 'FullAutoBlog', category: 'writing', domains: ['fullautoblog.com'], source: 'https://fullautoblog.com/publishing-policy' }, // publishing policy: rewrites and generates posts with AI from feeds and keyword briefs
    { id: 'ogwriter', name: 'OGWriter', vendor: 'OGWriter', category: 'writing', domains: ['ogwriter.com'], source: 'https://www.ogwriter.com/return-policy' }, // refund policy: each content generation spends AI API credits
    { id: 'nopass-ai-seo-master', name: 'Nopass AI SEO Master', vendor: 'Nopass', category: 'writing', domains: ['seoai.nopassdev.com'], source: 'https://seoai.nopassdev.com/de/terms' }, // terms (German): Shopify app with AI meta tags, alt text and blog writing (subdomain only)
    { id: 'ai-writer-suite', name: 'AI Writer Suite', vendor: 'AI Writer Suite', category: 'writing', domains: ['aiwritersuite.com'], source: 'https://aiwritersuite.com/en/page/terms-and-conditions' }, // terms: subscription text generator with fair-use limits on generated output
    { id: 'rock-content-ai-copilot', name: 'AI Copilot', vendor: 'Rock Content', category: 'writing', domains: ['aicopilot.rockcontent.com'], source: 'https://rockcontent.com/aicopilot/terms-of-use/' }, // terms: AI tool generating custom content from a content order (rockcontent.com itself is not claimed)
    { id: 'open-seo-tech', name: 'Open SEO', vendor: 'Open SEO', category: 'writing', domains: ['open-seo.tech'], source: 'https://open-seo.tech/privacy' }, // privacy: article generation with the user's OpenAI, Anthropic, Gemini or Perplexity keys, published to WordPress
    { id: 'seo-ai-agent-biz', name: 'SEO AI Agent', vendor: 'seo-ai.biz', category: 'writing', domains: ['seo-ai.biz'], source: 'https://seo-ai.biz/privacy' }, // privacy: AI-powered SEO platform storing the articles and strategies its AI generates
    { id: 'rank-ai', name: 'Rank.ai', vendor: 'Rank.ai', category: 'writing', domains: ['rank.ai'], source: 'https://www.rank.ai/privacy' }, // privacy: researches topics and produces drafts for connected sites; outputs are not used to train models
    { id: 'ai-autoblog-sun-marketing', name: 'AI AutoBlog', vendor: 'Sun Marketing', category: 'writing', domains: ['ai-autoblog.com'], source: 'https://ai-autoblog.com/terms-of-use', region: 'japan' }, // terms (Japanese): WordPress plugin and service whose posts are generated by AI
    { id: 'snowseo', name: 'SnowSEO', vendor: 'SnowSEO', category: 'writing', domains: ['snowseo.com'], source: 'https://help.snowseo.com/en/articles/15506763-how-to-generate-articles' }, // help: multi-stage AI pipeline writes SEO articles and publishes to a CMS
    { id: 'seogeo-tools', name: 'SEO GEO Tools', vendor: 'SEO GEO Tools', category: 'writing', domains: ['seogeo.tools'], source: 'https://seogeo.tools/en/docs/features/content-publishing' }, // docs: content engine generates AI drafts that are then published to WordPress
    { id: 'rankwiz-ai', name: 'RankWiz AI', vendor: 'RankWiz AI', category: 'writing', domains: ['rankwizai.com'], source: 'https://rankwizai.com/production/legal/acceptable-use-policy.md' }, // acceptable use: SEO analysis plus AI-generated drafts published to WordPress
    { id: 'wordwriter-ai', name: 'Wordwriter AI', vendor: 'Wordwriter AI', category: 'writing', domains: ['wordwriter.co'], source: 'https://www.wordwriter.co/fair-use/' }, // fair use: content-marketing text and images built on Gemini, OpenAI and Claude
    { id: 'intellify-shopify', name: 'Intellify', vendor: 'Dev-Guy-01', category: 'writing', domains: ['intellai.co.uk'], source: 'https://intellai.co.uk/terms', region: 'europe' }, // terms: Shopify app scoring store SEO with AI; its blog writer uses Claude and DALL-E
    { id: 'blogimg', name: 'BlogImg', vendor: 'BlogImg', category: 'image', domains: ['blogimg.org'], source: 'https://blogimg.org/terms-of-service' }, // terms: AI blog content generation with SDXL images for posts

    // --- local SEO, repurposing and newsletters ---
    { id: 'seog-ai', name: 'SEOG', vendor: 'AIEmployees', category: 'writing', domains: ['seog.ai'], source: 'https://seog.ai/legal/acceptable-use' }, // acceptable use: the AI local-SEO platform, with a free Google Business Profile report
    { id: 'autogbp-seo', name: 'AutoGBP SEO', vendor: 'AutoGBP', category: 'writing', domains: ['autogbp.jcerme.com'], source: 'https://autogbp.jcerme.com/privacy' }, // privacy: AI audits of Business Profiles and AI-written posts and review replies (subdomain only)
    { id: 'podhood', name: 'PodHood', vendor: 'PodHood', category: 'writing', domains: ['podhood.com'], source: 'https://podhood.com/terms' }, // terms: AI repurposing of podcasts into blog posts, clips and social content
    { id: 'podread', name: 'Podread', vendor: 'Podread', category: 'writing', domains: ['podreadme.com'], source: 'https://podreadme.com/en/about' }, // about: OpenAI calls turn YouTube podcast captions into articles in 30 languages
    { id: 'subtl', name: 'subtl', vendor: 'subtl', category: 'search', domains: ['subtl.xyz'], source: 'https://subtl.xyz/terms' }, // terms: AI summaries and briefings drawn from public email newsletters
  ],
  { checked: CHECKED_C17 },
);
