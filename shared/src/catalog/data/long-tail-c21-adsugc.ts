// Twenty-first session, advertising-creative pass (2026-12-07, helper `adsugc`): AI for advertising and marketing
// creative that the catalog still missed, beside the eighteenth session's marketing pass
// (data/long-tail-c18-marketing.ts), the seventeenth session's SEO and social passes and the twentieth session's
// creators pass, whose rows are not repeated here. Here: AI UGC-style and avatar video-ad makers and a URL-to-promo-video
// service; AI static and playable ad-creative generators; AI ad-copy, hook and script writers (one Polish Meta Ads
// planner); AI ad-buying agents and assistants for Google Ads and Meta, AI marketing agents and AI marketing-analytics
// chat; an AI conversion audit; an AI influencer finder and an AI press-pitch tool; AI brand-identity generators; an AI
// landing-page generator; and AI app-store screenshot and listing makers and an AI Shopify product-photo app.
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms,
// refund and acceptable-use policies, AI-transparency pages and docs ("we share your product images and scripts with
// HeyGen, ElevenLabs, Kling", "prompts processed by Anthropic Claude", "AI-generated ad creatives ... credits", "AI
// UGC characters", "AI-assisted journalist discovery"), by kind (UGC and avatar ads, static and playable creatives,
// creative scoring and tagging, ad copy for Meta, Google and TikTok, landing pages and A/B copy, product video from a
// URL, brand kits and logos, influencer outreach, press releases, newsletters, analytics copilots, content briefs,
// Amazon PPC, app-store screenshots, Shopify apps, name generators), and in German, French, Spanish, Portuguese,
// Japanese and Korean. The non-English queries returned news, law-firm notes, guides and listed products only; the
// press-release, logo-law, content-brief and creative-scoring queries returned articles and glossaries only. Every row
// cites a page with a path on the product's own host (for Mervin AI its app host; for Ads Copilot, AdsAI, 100Ads and
// AI HTML Generator the claimed subdomain), and each page says in the vendor's words that the product generates,
// writes, analyses or acts with AI, an AI model or a named provider (OpenAI, Anthropic Claude, Google Gemini, Vertex
// AI, fal.ai, ElevenLabs, Replicate and others). Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ first.
//
// Already listed and left to their entries: UGC Creator AI, AiAdzy, tellow.ai, LiquidAds, AdCreative.ai, Nouvel AI,
// Hooked, AdMaker AI, Creatify, HeyGen, Neuvid, LogReel, Koy Studio, Neobund, CopyAds.ai, BetterAds, AI Roundabout,
// Avatarli, Adinize, GoMarble AI, AdsDirector, AdCreator AI and its site builder, BannerKit AI, PageToVid, DemoKaze,
// ReelMind, Ad Creator on practical.tools, LogoGenGenius, AceInfluence, GadsPilot, the GA4 AI Insights tool
// (thrivemattic.com), GPT-trainer, AutoPublish, SendPersonal, Email Writing AI, WebsiteGen, AI4Website, AI Content
// Plan, Product Photo Studio AI (pandastudio.store), the Selfspark product-description app and AI店長 (ai-tencho.com).
// FastAdFlow, which the eighteenth-session marketing pass left for a UGC-ad pass, is listed here from its own terms.
//
// Four subdomains are claimed alone because nothing read ties their parent sites to the AI product:
// strategic-marketing.leanengineering.ai (Ads Copilot), adsai.nxgntools.com (AdsAI), 100ads.companymind.app (100Ads)
// and landingpages.usingai.app (AI HTML Generator). mervin-ai.com is claimed whole; its policy was read on its app host.
//
// Measured with /work/helpers/classify-hosts.mts on the 288 hosts the searches returned (vendors, articles, news, law
// firms, glossaries, stores and shared hosts alike, in /work/helpers/out/adsugc-hosts.txt): 49 classified before
// (17.0%), 85 (29.5%) after.
//
// Left out. Pages that do not say the product uses AI, or only in its name (aiugc.ad's policy, aicampaign.app's "AI
// Google Ads", influencermarketing.ai, influoai.co, brand-generator.com, brandstylegenerator.com,
// app.analyticsassistant.ai, chatwithga4.com, ldoo.com's how-it-works page, studio.belisc.com, wordbinder.com's docs,
// creonix.live, get.offbrain.ai, salecraft.ai, appstorescreenshots.ai, appscreenshotmagic.com, themarketingdept.ai,
// mojipita.com, ennphasis.com); a personal internal tool (ads.ar-draw.com); draft and template policies
// (canvas.wiver.ai's "draft template", localsocialpost.co's `[PRIVACY_CONTACT_EMAIL]`, bar-nonebydesign.com's `[Your
// Business Name]`); staging, beta and demo hosts (stela.staging.soundminds.ai,
// app.staging.creator-discovery-outreach.soundminds.ai, staging-influencers.openmined.org, beta.scriptingstation.com,
// namespark.site, which calls itself a sandbox application); a bare `?p=` page (digitalonian.com); general products
// where AI is one feature (ad:personam's DSP banner generator, Eskimi's creative insights, adsmaa.com's creative
// intelligence, Universal Ads' creative tools, SellerMagnet's PPC manager, PalySales' store builder, Mindmetrics'
// Creatics AI tags, rule1's AI creative tagging); agencies, services and internal dashboards (smartmarketer.com,
// cwadagency.com's laundromat agent, astroaibots.com, aivideoentertainment.com, erosmanagement.shop, ppc.unybrands.io);
// and vendors seen only on general blog articles, guides or glossaries (brainsuite.ai, adfuseai.com, soku.ai,
// adcreate.com, launchmind.io, fluxnote.io, ugcgen.ai, playablelab.com, nameloop.me, blog.heynews.co, profasee.com,
// gotrellis.com), left as leads with docs.picaro.ai (Amazon Ads prompts whose page does not say AI) and PRAI, an AI
// PR-pitch tool named only in news. Shared platforms (netlify.app, blogspot, vercel.app, framer.app, wixsite,
// pages.dev, notion.site and github.io copies) are left out too.
//
// At the merge: ScriptStream AI (aiscriptstream.com), which this pass found too, is kept once, in the
// writing pass's file (long-tail-c21-writing2.ts).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21AdsugcTools: Tool[] = defineTools(
  'writing',
  [
    // --- AI UGC-style and avatar video-ad makers, URL-to-video ---
    { id: 'fastadflow', name: 'FastAdFlow', vendor: 'FastAdFlow', category: 'video', domains: ['fastadflow.com'], source: 'https://www.fastadflow.com/terms' }, // terms: an AI-powered platform that turns product images, scripts and chosen actors into UGC-style ad videos
    { id: 'adhype-ai', name: 'AdHype', vendor: 'Adhype', category: 'video', domains: ['adhype.ai'], source: 'https://www.adhype.ai/RefundPolicy' }, // refund policy: UGC video ads made with AI avatars, paid in credits and render minutes
    { id: 'adsfactory-ai', name: 'AdsFactory', vendor: 'AdsFactory', category: 'video', domains: ['adsfactory.ai'], source: 'https://adsfactory.ai/refund-policy' }, // refund policy: credits for ads built with custom AI UGC characters
    { id: 'adsai-nxgntools', name: 'AdsAI (nxgntools.com)', vendor: 'AdsAI', category: 'video', domains: ['adsai.nxgntools.com'], source: 'https://adsai.nxgntools.com/refund' }, // refund policy: credits buy AI-generated video ads made from product photos (subdomain only)
    { id: 'ugc-autopilot', name: 'UGC Autopilot', vendor: 'UGC Autopilot', category: 'video', domains: ['ugcautopilot.io'], region: 'europe', source: 'https://ugcautopilot.io/privacy' }, // privacy (UK): UGC-style hooks and videos generated with OpenAI, Anthropic and Google models
    { id: 'reel-studio', name: 'reel.studio', vendor: 'reel.studio', category: 'video', domains: ['reel.studio'], source: 'https://reel.studio/privacy' }, // privacy: prompts and reference images sent to fal.ai, ElevenLabs and PiAPI models to generate video shots
    { id: 'videobud', name: 'VideoBud', vendor: 'Archieboy Holdings, LLC', category: 'video', domains: ['videobud.io'], source: 'https://www.videobud.io/terms' }, // terms: promo and onboarding videos from a site's pages; an AI agent walks logged-in apps to capture them
    // --- AI static and playable ad-creative generators ---
    { id: 'creascale-ai', name: 'CreaScale AI', vendor: 'CreaScale AI', category: 'image', domains: ['creascale.ai'], source: 'https://creascale.ai/terms' }, // terms: a SaaS that uses AI to generate Meta Ads creatives: persona analysis, ad images and ad copy
    { id: '100ads-companymind', name: '100Ads', vendor: '100Ads', category: 'image', domains: ['100ads.companymind.app'], source: 'https://100ads.companymind.app/privacy' }, // privacy: ad creatives with copy from Anthropic and images from fal.ai (subdomain only)
    { id: 'genplay-ai', name: 'GenPlay', vendor: 'GenPlay', category: 'image', domains: ['getgenplay.ai'], source: 'https://getgenplay.ai/terms-of-service' }, // terms: generative AI writes the code, images and interactions of playable ads
    { id: 'ai-cmo', name: 'AI CMO', vendor: 'AI CMO', category: 'image', domains: ['ai-cmo.org'], source: 'https://ai-cmo.org/privacy' }, // privacy: briefs and prompts routed to Gemini, fal.ai and GMI Cloud image and video models
    // --- AI ad copy, hooks and scripts ---
    { id: 'adsmeta-pl', name: 'AdsMeta', vendor: 'FUTURA Jonasz Glowienke', domains: ['adsmeta.pl'], region: 'europe', source: 'https://www.adsmeta.pl/en/terms' }, // terms (Poland): a web app that generates Meta Ads campaign plans, with limits on AI-generated content
    { id: 'ecomadhooks', name: 'EcomAdHooks', vendor: 'EcomAdHooks', domains: ['ecomadhooks.com'], source: 'https://www.ecomadhooks.com/privacy' }, // privacy: ad-hook blueprints written through Anthropic's API from product, audience and offer inputs
    { id: 'clipsonic-ai', name: 'ClipSonic AI', vendor: 'ClipSonic', domains: ['clipsonicai.com'], source: 'https://clipsonicai.com/refund' }, // refund policy: AI-powered TikTok script rewriting and voice cloning
    { id: 'scriptor-studio', name: 'Scriptor.Studio', vendor: 'Scriptor.Studio', domains: ['scriptor.studio'], source: 'https://scriptor.studio/privacy-policy' }, // privacy: a tool that writes marketing copy with AI from product names, features and keywords
    // --- AI ad-buying agents, marketing agents and analytics chat ---
    { id: 'adsxflow', name: 'AdsXFlow', vendor: 'AdsXFlow', category: 'agents', domains: ['adsxflow.com'], source: 'https://adsxflow.com/terms' }, // terms: an AI-powered ads platform; creatives from Vertex AI (Gemini, Imagen, Veo), Meta campaigns and AI recommendations
    { id: 'ahmeego', name: 'ahmeego', vendor: 'ahmeego', category: 'agents', domains: ['ahmeego.com'], source: 'https://ahmeego.com/ai-transparency/' }, // AI transparency page: a Google Ads agent on Claude, with Gemini and GPT sub-agents
    { id: 'googleadsagent-ai', name: 'googleadsagent.ai', vendor: 'It All Started With A Idea', category: 'agents', domains: ['googleadsagent.ai'], source: 'https://googleadsagent.ai/privacy' }, // privacy: an AI-powered Google Ads management platform acting through the Google Ads API
    { id: 'ads-copilot-leanengineering', name: 'Ads Copilot', vendor: 'Ads Copilot', category: 'agents', domains: ['strategic-marketing.leanengineering.ai'], source: 'https://strategic-marketing.leanengineering.ai/privacy' }, // privacy: connects a Google Ads manager account to an AI client such as Claude, within set limits (subdomain only)
    { id: 'mervin-ai', name: 'Mervin AI', vendor: 'Mervin AI', category: 'agents', domains: ['mervin-ai.com'], source: 'https://app.mervin-ai.com/privacy?lang=en' }, // privacy: Claude analyses connected Meta ad accounts and proposes optimisations the user approves
    { id: 'future-marketing-ai', name: 'Future Marketing AI', vendor: 'FutureMarketingAI', category: 'agents', domains: ['future-marketing.ai'], source: 'https://future-marketing.ai/en/legal' }, // terms: AI marketing-employee agents for agencies, among them an ad creator for static and video ads
    { id: 'marketing-toolbox-ai', name: 'Marketing Toolbox AI', vendor: 'Marketing Toolbox AI', category: 'agents', domains: ['marketingtoolbox.ai'], source: 'https://marketingtoolbox.ai/privacy' }, // privacy: Ad Engine, Creative Studio and Insight AI working on connected Meta, Google and TikTok ad accounts
    { id: 'marketing-brain-skolandhati', name: 'Marketing Brain (skolandhati.com)', vendor: 'skolandhati.com', category: 'agents', domains: ['skolandhati.com'], source: 'https://www.skolandhati.com/privacy' }, // privacy: a per-business "Marketing Brain" on Anthropic's Claude API with OpenAI embeddings
    { id: 'chatwithads', name: 'ChatWithAds', vendor: 'ChatWithAds', category: 'productivity', domains: ['chatwithads.com'], source: 'https://www.chatwithads.com/privacy' }, // privacy: an AI-powered marketing analytics platform; chat over connected ad-account data
    { id: 'opticonvert-ai', name: 'OptiConvert', vendor: 'OptiConvert', category: 'productivity', domains: ['opticonvert.ai'], source: 'https://www.opticonvert.ai/privacy' }, // privacy: conversion-rate audits of a submitted page written with Google's Gemini
    // --- Influencer discovery and press outreach ---
    { id: 'cloutfind', name: 'Cloutfind', vendor: 'Cloutfind', category: 'productivity', domains: ['cloutfind.com'], source: 'https://cloutfind.com/privacy' }, // privacy: YouTube creator discovery; third-party AI ranks creators and drafts outreach copy
    { id: 'presskid', name: 'Presskid', vendor: 'ampyre GmbH', domains: ['presskid.co'], region: 'europe', source: 'https://presskid.co/privacy-policy/' }, // privacy (Berlin): AI-assisted journalist discovery and personalised pitch emails
    // --- Brand identity and landing pages ---
    { id: 'instant-brand', name: 'Instant Brand', vendor: 'Instant Brand, Inc.', category: 'image', domains: ['instant-brand.com'], source: 'https://www.instant-brand.com/privacy' }, // privacy: an AI-powered brand identity generation platform
    { id: 'brandmint-studio', name: 'BrandMint', vendor: 'BrandMint', category: 'image', domains: ['brandmint.studio'], source: 'https://www.brandmint.studio/privacy' }, // privacy: an AI-driven brand identity service; a generated brand book with palette, logo and stationery
    { id: 'ai-html-generator-usingai', name: 'AI HTML Generator', vendor: 'AI HTML Generator', domains: ['landingpages.usingai.app'], source: 'https://landingpages.usingai.app/privacy' }, // privacy: AI-powered HTML landing content from text descriptions and prompts (subdomain only)
    // --- App-store screenshots, store listings and shop product photos ---
    { id: 'appscreenstudio', name: 'AppScreenStudio', vendor: 'AppScreenStudio', category: 'image', domains: ['appscreenstudio.com'], source: 'https://www.appscreenstudio.com/privacy' }, // privacy: store screenshots, listings and creative assets generated with third-party AI models
    { id: 'asoshots', name: 'ASOshots', vendor: 'ASOshots', category: 'image', domains: ['asoshots.com'], source: 'https://www.asoshots.com/privacy' }, // privacy: localised App Store screenshots rendered by Google Gemini image models
    { id: 'app-preview-kit', name: 'App Preview Kit', vendor: 'App Preview Kit', category: 'image', domains: ['apppreviewkit.com'], source: 'https://apppreviewkit.com/legal/privacy-policy' }, // privacy: store screenshot sets from a product URL, with AI-assisted captions and listing copy
    { id: 'appshots-ai', name: 'AppShots AI', vendor: 'AppShots AI', category: 'image', domains: ['appshotpro.com'], source: 'https://appshotpro.com/privacy' }, // privacy: OpenAI writes the prompts, Gemini or Replicate renders the store screenshots
    { id: 'shotify-ai', name: 'Shotify AI', vendor: 'Shotify AI', category: 'image', domains: ['shotifyai.com'], source: 'https://shotifyai.com/privacy-policy' }, // privacy: a Shopify app for AI product-photo generation from prompts, with shoppable video widgets
  ],
  { checked: CHECKED_C21 },
);
