// Twenty-third session, second social-media and SEO pass (2026-12-07, helper `social2`): AI tools for social media and
// search marketing that no entry claimed yet, beside the seventeenth session's social and SEO passes
// (data/long-tail-c17-social.ts, long-tail-c17-seo.ts), the fifth pass's AI-visibility list
// (long-tail-c5-ai-visibility.ts), the eighteenth and twenty-second sessions' marketing passes
// (long-tail-c18-marketing.ts, long-tail-c22-marketing3.ts) and the twenty-first session's ads pass
// (long-tail-c21-adsugc.ts), whose rows are not repeated here. Here: AI caption, post and thread writers for Instagram,
// LinkedIn, X and Threads, some of them schedulers whose core is AI drafting (Post It, iPost AI, AddPost, Threadmation,
// Bluobird); AI comment and reply tools for LinkedIn, X, Reddit threads and YouTube comments (Commenter.ai, Thread
// Otter, CreatorReply, Jeepno's YouTube auto-reply, a YouTube comment sentiment analyser); AI carousel and Pinterest
// pin makers (Carousel Creator, Pin Perfect Studio, PinAuro); YouTube metadata, thumbnail and short-video tools (Studio
// Pilot, Tube Optimizer, ThumbnailGPT, ReelsLab, BuildReels, ReelBench) and an image caption and prompt builder
// (CueCaption); an ad-creative analyser that writes UGC scripts (Hookline); AI SEO article writers and content engines
// (AutoPress AI, GroMach, Raita) and an AI Shopify SEO-metadata app (MetaForge); and AI-visibility and GEO trackers and
// auditors that put prompts to ChatGPT, Claude, Gemini and Perplexity (GEOGrow, ThreadCite, Citograph, CiteGEO,
// Geonimo, Citerion, VisibleAI, RankWit, OptimAIze).
//
// Leads. 39 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms,
// refund, fulfilment, AI-usage and safety pages and docs: LinkedIn post generators ("AI-generated LinkedIn posts ...
// OpenAI"), hashtag and caption generators, YouTube title, thumbnail, tag and script tools ("YouTube API Services ...
// OpenAI"), Instagram DM and comment repliers, X ghostwriters, TikTok hooks and scripts, carousels, Pinterest pins,
// Threads and Bluesky schedulers, Reddit reply drafters, LinkedIn profile optimisers, SEO article writers and autopilot
// blog agents, programmatic SEO, content briefs and keyword research, Shopify meta-tag and blog apps, AI-visibility and
// GEO trackers (privacy wording, white-label reports, AI Overviews tracking), GEO content optimisers and content
// repurposing; one German query each on LinkedIn posts (Datenschutzerklärung, Auftragsverarbeiter) and on
// KI-Sichtbarkeit, which returned law-firm notes, OpenAI's own policy, SISTRIX's manual, agencies and glossaries only.
// Two look-ups named a lead to reach more of its own pages (ReelsBuilder, GroMach): neither returned a new page. Every
// row cites a page with a path on the product's own host (for Jeepno's YouTube replies the claimed ai. host, under
// www.), and each page says in the vendor's words that the product writes, generates, replies, analyses or queries with
// AI, a language model or a named provider (OpenAI, Anthropic Claude, Google Gemini, "AI providers"). Hosts
// were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 251 hosts the searches returned (vendors, guides, glossaries,
// agencies, news, shared hosts and already-listed products alike, www. dropped, in
// /work/helpers/out/social2-hosts.txt): 64 classified before (25.5%), 98 after (39.0%).
//
// Already listed and left to their entries: the techerd LinkedIn extension, Postune, Posting Machine, PostHub, Linkera,
// PostAutomator, instacaptions, Thumbnail Studio, AI Thumbnail (aithumbnail.io), GPT Image 2, Social Replies,
// InstaReplAI, ReelsMakerAI, Auto Article AI, RakuWP, analyse.net, GM Labs' AI Visibility Tracker, WhatGPTSays,
// Copymate, serp.systems, SEO AI Agent, Rank.ai, outwrite.ai, Keywrds.ai, Open SEO, Our AI Legacy, NextBlitz,
// PinLaunchr, PinsMachine, the NextBizness LinkedIn Sales Assistant, ScheduleWise AI, PostAutomatic, AI Visibility
// Intelligence (aeo.sig.ai), Ghost Writer, TweetReplier, TweetX, Thumbo, Thumbnail Face, ythumbpro, Thumbnail AI, AI
// Bulk Product SEO, Bulk SEO Agent, Geneo, Carousels Generator, SlideMaker, autoposting.ai, CreatorCarousel, SoGrowly,
// LinkedIn Tailor, LINKY, Sight AI, Getfaceless, Reelink, CommentPilot, AI Auto Blogger, VidSeeds, AI Reputation Score,
// Trakkr, GenRank Engine and NovaKit.
//
// Same names: /work/helpers/names.mts finds no new pair of same-named tools with these rows.
//
// Doubtful rows: Bluobird drafts X posts with AI on the customer's own OpenAI key, run on its servers; the product's
// pitch is "plan, draft with AI, and schedule", so it is kept. AddPost's policy (addpost.site) and ReelBench's policy
// (reelbench.com) name no operator and no product name beyond the host, so both rows take their names from the host.
// iPost AI's current policy sits at /privacy; an older draft with an "[INSERT DATE]" placeholder and an attorney-review
// notice remains at /privacy.html and is not the cited page. BuildReels' policy says videos are generated from the
// topics and scripts a user enters and that Pro users' own OpenAI keys make the API calls. Hookline analyses ad
// creatives with AI and writes UGC scripts, nearer the ads pass's kind. CueCaption writes image captions and prompts
// rather than social posts. OptimAIze is cited from its own llms-full.txt, which calls it an AI-powered GEO/AEO audit
// tool. GroMach's policy is read in Chinese (it drafts blog articles with an LLM from a brand knowledge base); its
// country is not stated, so it carries no region.
//
// Left out. Pages with placeholders or drafts (velarapex.com's "[Company Name]", projectiris.space's
// `{{COMPANY_LEGAL_NAME}}` for ReelStudio, citepulse.ai's "TEMPLATE — DRAFT" with an unset effective date,
// en.plankeywords.com's "product-side draft", ipostai.com/privacy.html as above); staging hosts
// (staging-influencers.openmined.org); personal and internal tools (sns-private.edugamja.com, barskaia.com's DM
// assistant, yarina-threads.duckdns.org, creative-copilot and threads-privacy on pages.dev); `?p=` pages
// (wppublisherpro.nl and hitpublish.ai as before, seoaimetalab.wolfra.io); pages that do not say the product uses AI,
// or only in its name (reelsbuilder.ai's hook-generator API docs, reelgenie.app, docs.reelhq.ai's prompt log for "Reel"
// with no kind named, pinnergpt.digietc.com, replymine.com, threadsifter.com, groas.ai, keywordz.xyz, keywordintent.io,
// aicontentsystem.org, ai-factory.ancmedia.net, unposted.brandpick.ai, captionanyphoto.com, aiwordsense.com,
// automaize.io's YouTube uploader, mentionwell.com's Auto Agent and seopilot.so's publishing docs, which describe
// drafting pipelines without naming AI: leads); general products where AI is one feature or optional
// (simplifyyoursocials.com's caption service and borstphoto.com as earlier passes decided, authorautomations.social's
// scheduler with optional AI keys, georankoptimizer.com's optional AI rewriting, grownomic.ai, docs.xara.com's and
// docs.1oakmls.com's real-estate posting inside general platforms, SISTRIX's prompt tracker, serpvoyager.com's AI
// Overviews column in a rank tracker, domaintechnik.at's homepage builder, migraciones.io's Shopify app on a migration
// agency's site, alittlesocial.com.au's AI-backed social service from an agency); Shopify apps whose policies sit on a
// developer's API host or a site that may carry other apps (api.zenotechs.com's AI Blog Writer, eywebapp.com's AI Blog
// Post Generator: leads); vendors seen only on blogs, guides, glossaries or FAQs (vertsho.io, scriptly.work,
// seotakeoff.com, fokal.com, tracemetry.com, argeo.ai, topify.ai and ranktracking.ai again, geosaur.com,
// mymentions.org, quolity.ai, getrefine.ai, discoveredby.com, insightwonder.com, appearly.ai, citationgraph.ai,
// amicited.com, docs.getcited.in, llmreach.ai, hzsignal.com, supapin.com, carouselstudio.design, lychee.video,
// hostedproof.com, blog.lots.social: leads); agencies and consultancies (startupweb.io, leadadvisors.com,
// mehrklicks.de, searchgptagentur.de, ki-seo.marketing, capconvert.com, tolgaege.com, erhardt-itservices.de);
// mobile-only apps (onhook.ramblingai.com, reel.money's AI influencer app, Caption It on sites.google.com); an AI image
// social site of another kind (imgcarousel.com); a legacy Twitter-reply proxy
// (recaptcha-demo-service.global.ssl.fastly.net); Tag Creator AI, whose policy is again read only on another host
// (avioncitojuego.directory); ThumbAI, read again only on a workers.dev copy; and shared platforms
// (commentaihome.vercel.app, batch-seo-privacypolicy.vercel.app, aiblogpost-beta.vercel.app,
// thumbgenai-gilt.vercel.app, reel-notes.vercel.app, linkedin-reply.azurewebsites.net for ardiland's Reply Assistant,
// seo-genius.onrender.com, blog-pilot-ai-production.up.railway.app, pale-coral-ftzavjsikt.edgeone.app,
// fineanmol.github.io, maxnieuwenhuijs.github.io, conor-code.github.io, anasvakyathodi.github.io, smythmyke.github.io,
// amjadaliem.notion.site, wooden-stork-8e7.notion.site, creatorops-euh.pages.dev, tonaily-com.pages.dev,
// rankerbase-docs.pages.dev).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Social2Tools: Tool[] = defineTools(
  'writing',
  [
    // --- AI post, caption and thread writers; schedulers whose core is AI drafting ---
    { id: 'post-it-usepostit', name: 'Post It', vendor: 'Post It', domains: ['usepostit.ai'], source: 'https://usepostit.ai/privacy' }, // privacy: publishes to Instagram with AI-generated captions and hashtags; the image and prompt go to Anthropic (Claude)
    { id: 'ipost-ai', name: 'iPost AI', vendor: 'iPost AI', domains: ['ipostai.com'], source: 'https://ipostai.com/privacy' }, // privacy: social media content creation and scheduling; brand voice and business context go to the Anthropic Claude API for AI content generation
    { id: 'addpost-site', name: 'AddPost', vendor: 'AddPost', domains: ['addpost.site'], source: 'https://www.addpost.site/privacy' }, // privacy: briefs are sent to AI services to generate draft posts, published to LinkedIn, X and Instagram on approval
    { id: 'threadmation', name: 'Threadmation', vendor: 'Threadmation', domains: ['threadmation.com'], source: 'https://www.threadmation.com/privacy' }, // privacy: an AI-powered content scheduling service for Meta Threads that generates thread content from saved prompt templates
    { id: 'bluobird', name: 'Bluobird', vendor: 'Bluobird', domains: ['bluobird.com'], source: 'https://www.bluobird.com/privacy-policy' }, // privacy: plan, draft with AI and schedule posts on X; prompts are sent to OpenAI under the user's key
    // --- AI comment and reply tools ---
    { id: 'commenter-ai', name: 'Commenter.ai', vendor: 'Commenter AI LTD', domains: ['commenter.ai'], source: 'https://www.commenter.ai/privacy-policy' }, // privacy: a LinkedIn commenting service with browser extensions and AI features; AI inputs and outputs are part of the content it processes
    { id: 'thread-otter', name: 'Thread Otter', vendor: 'Thread Otter', domains: ['threadotter.com'], source: 'https://threadotter.com/privacy' }, // privacy: drafts replies to social media threads grounded in product context; the drafts the AI produces train a voice profile
    { id: 'creatorreply', name: 'CreatorReply', vendor: 'CreatorReply', domains: ['creatorreply.com'], source: 'https://www.creatorreply.com/safety' }, // safety page: automated replies to channel comments combining AI generation with moderation, reply caps and a kill switch
    { id: 'jeepno-youtube-ai-replies', name: 'Jeepno Automation (YouTube AI replies)', vendor: 'Jeepno Automation', domains: ['ai.jeepno.online'], source: 'https://www.ai.jeepno.online/youtube/privacy-policy' }, // privacy: auto-replies to YouTube comments; comment, video context and prompt are sent to AI providers (OpenAI, Google Gemini)
    { id: 'senti-meter', name: 'YouTube Sentiment Analyzer', vendor: 'YouTube Sentiment Analyzer', category: 'other', domains: ['senti-meter.com'], source: 'https://www.senti-meter.com/privacy' }, // privacy: fetches up to 100 public comments of a YouTube video and sends them to OpenAI's GPT-4o for sentiment analysis
    // --- Carousels and Pinterest pins ---
    { id: 'carousel-creator-io', name: 'Carousel Creator', vendor: 'Carousel Creator', category: 'presentation', domains: ['carouselcreator.io'], source: 'https://carouselcreator.io/refund-policy' }, // refund policy: generates carousel scripts and images with AI models (OpenAI, Anthropic), so used credits are not refunded
    { id: 'pin-perfect-studio', name: 'Pin Perfect Studio', vendor: 'Pin Perfect Studio', category: 'image', domains: ['letspinthis.com'], source: 'https://letspinthis.com/privacy' }, // privacy: AI-generated Pinterest and Instagram pin images for Etsy sellers via OpenAI's GPT Image API, published to connected accounts
    { id: 'pinauro', name: 'PinAuro', vendor: 'PinAuro', category: 'image', domains: ['pinauro.com'], source: 'https://www.pinauro.com/privacy' }, // privacy: converts blog posts into Pinterest pins with AI services (OpenAI, Ideogram, Replicate keys) and schedules them
    // --- YouTube, thumbnails and short video ---
    { id: 'studio-pilot', name: 'Studio Pilot', vendor: 'Kaiden Whaley', domains: ['studiopilot.ca'], source: 'https://studiopilot.ca/privacy.html' }, // privacy (Canada): an AI-powered YouTube creator tool generating titles, descriptions, tags, thumbnails and chapters with AI before upload
    { id: 'tube-optimizer', name: 'Tube Optimizer', vendor: 'Digiboffins', domains: ['tubeoptimizer.in'], source: 'https://tubeoptimizer.in/privacy' }, // privacy: an AI-powered YouTube growth platform optimising titles, descriptions, tags and timestamps with AI-generated suggestions
    { id: 'thumbnailgpt', name: 'ThumbnailGPT', vendor: 'ThumbnailGPT', category: 'image', domains: ['thumbnailgpt.com'], source: 'https://thumbnailgpt.com/refund' }, // refund policy: a credit-based thumbnail generator; no refund for dissatisfaction with AI output
    { id: 'reelslab', name: 'ReelsLab', vendor: 'ReelsLab', category: 'video', domains: ['reelslab.org'], source: 'https://reelslab.org/privacy' }, // privacy: generates AI-powered reel scripts and narration from prompts; OpenAI processes prompts and generated content
    { id: 'buildreels', name: 'BuildReels', vendor: 'BuildReels', category: 'video', domains: ['buildreels.com'], source: 'https://buildreels.com/privacy' }, // privacy: generates videos from entered topics and scripts and publishes to YouTube, Instagram and TikTok; Pro users' OpenAI keys make the API calls
    { id: 'reelbench', name: 'ReelBench', vendor: 'ReelBench', category: 'video', domains: ['reelbench.com'], source: 'https://www.reelbench.com/privacy' }, // privacy: runs credit-based generation jobs; prompts, uploads and outputs are sent to third-party AI model providers
    { id: 'cuecaption', name: 'CueCaption', vendor: 'CueCaption', category: 'image', domains: ['cuecaption.com'], source: 'https://www.cuecaption.com/terms' }, // terms: AI-powered image caption generation and prompt-building tools, billed in credits per caption
    { id: 'hookline-cool', name: 'Hookline', vendor: 'Hookline', domains: ['hookline.cool'], source: 'https://www.hookline.cool/terms' }, // terms: analyses Meta and TikTok ad performance with artificial intelligence, tags creatives and generates UGC scripts
    // --- AI SEO writers and content engines ---
    { id: 'autopress-ai', name: 'AutoPress AI', vendor: 'Ignacio Gil Álvarez', domains: ['autopressai.com'], source: 'https://autopressai.com/terms' }, // terms: a WordPress plugin generating articles in bulk with AI (OpenAI, Gemini, DeepSeek), on the user's keys or the developer's hosted API
    { id: 'gromach', name: 'GroMach', vendor: 'GroMach', domains: ['gromach.com'], source: 'https://gromach.com/zh/privacy-policy' }, // privacy (Chinese): AI SEO strategy and blog articles written by a large language model from an uploaded brand knowledge base
    { id: 'raita-ai', name: 'Raita', vendor: 'Raita', domains: ['raita.ai'], source: 'https://www.raita.ai/blog/en/automation/auto-pilot/' }, // docs: Auto-Pilot generates articles from RSS feeds and Google Trends on a schedule, with an AI filter deciding which entries to write
    { id: 'metaforge-app', name: 'MetaForge', vendor: 'MetaForge', domains: ['metaforgeapp.com'], source: 'https://metaforgeapp.com/privacy' }, // privacy: a Shopify app sending product data to Anthropic's Claude API to generate meta titles, meta descriptions and alt text
    // --- AI visibility and GEO trackers and auditors ---
    { id: 'geogrow', name: 'GEOGrow', vendor: 'GEOGrow Labs Inc.', category: 'search', domains: ['geogrow.ai'], source: 'https://www.geogrow.ai/legal/ai-usage-respsonsibiliyt' }, // AI usage policy: AI-assisted brand visibility analytics across AI systems, with prompts routed to LLM sub-processors under zero data retention
    { id: 'threadcite', name: 'ThreadCite', vendor: 'ThreadCite', category: 'search', domains: ['threadcite.com'], source: 'https://threadcite.com/privacy' }, // privacy: AI-citation audits storing the answers and cited URLs of ChatGPT, Google AI Overviews and Perplexity, with a Reddit thread radar
    { id: 'citograph', name: 'Citograph', vendor: 'Citograph', category: 'search', domains: ['citograph.com'], source: 'https://www.citograph.com/privacy-policy' }, // privacy: scheduled visibility scans calling external AI providers and parsing their responses for citations and sentiment
    { id: 'citegeo', name: 'CiteGEO', vendor: 'CiteGEO', category: 'search', domains: ['citegeo.ai'], source: 'https://citegeo.ai/privacy' }, // privacy: an AI Visibility Intelligence platform measuring how AI answer engines describe brands, with audits and content briefs
    { id: 'geonimo', name: 'Geonimo', vendor: 'Geonimo', category: 'search', domains: ['geonimo.com'], source: 'https://geonimo.com/privacy' }, // privacy: a GEO analytics platform running queries across Claude, ChatGPT, Perplexity and Gemini and tracking AI-referred traffic
    { id: 'citerion', name: 'Citerion', vendor: 'Citerion', category: 'search', domains: ['citerion.ai'], source: 'https://citerion.ai/privacy' }, // privacy (sole proprietor, Georgia, US): an AI visibility platform querying AI engines on a brand's behalf and analysing their responses
    { id: 'visibleai-us', name: 'VisibleAI', vendor: 'VisibleAI', category: 'search', domains: ['visibleai.us'], source: 'https://www.visibleai.us/privacy' }, // privacy: monitors how third-party AI assistants respond to customer-defined prompts (mentions, positions, sentiment, citations)
    { id: 'rankwit', name: 'RankWit', vendor: 'RankWit', category: 'search', domains: ['rankwit.ai'], source: 'https://www.rankwit.ai/faq/what-is-geo' }, // FAQ: runs structured prompts through ChatGPT, Google AI Overview and Perplexity and scores brand mentions, sentiment and positioning
    { id: 'optimaize-app', name: 'OptimAIze', vendor: 'OptimAIze', category: 'search', domains: ['optimaize.app'], source: 'https://optimaize.app/llms-full.txt' }, // vendor reference file: an AI-powered audit tool scoring websites for GEO and AEO and generating fix files
  ],
  { checked: CHECKED_C23 },
);
