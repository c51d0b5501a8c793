// Twenty-fifth session, AI-output clauses pass (2026-12-07, helper `outputs`): unlisted AI writing, marketing and
// content products found through what vendors write in their own terms and policies about AI output (who owns it, that
// it may not be unique, that the customer must review it before publishing, which model provider receives the inputs,
// that inputs do not train models). It sits beside the writing and marketing passes (data/long-tail-c18-writing.ts,
// long-tail-c21-writing2.ts, long-tail-c23-writing5.ts, long-tail-c18-marketing.ts, long-tail-c22-marketing3.ts,
// long-tail-c24-marketing4.ts) and this session's concurrent passes, whose rows are not repeated here. Here: an AI
// social-media suite with an AI-content policy (VoxBurst); an AI YouTube script writer (ScriptWritr); an AI e-commerce
// store builder that writes product copy (ShopIQ); AI brand-creative and brand-image generators (BrandCruzer,
// Mimicking) and an AI product-photo service in Spanish (Fotos de Mi Producto); brand-voice writers (Brand Voice
// Generator, Author's Voice, Lumafox) and an AI comment moderator that answers in a brand's voice (BrandVoice AI); an
// AI book writer (InkMagnet); AI marketing content for bars and restaurants (BarBoost AI), salons (PostMyStyle.ai),
// independent musicians (ArtistPromoter) and music businesses (COSMIC); AI content from sermons (Sermon AI,
// Sermonwright, Sermon Flow, ThatSermon); an AI creator-site assistant whose drafts wait for approval (AutoCreator); AI
// Google Ads analysis (PPCmanager.ai); AI newsletter digests and newsletter podcasts (NewsBriefly AI, Harkwire); and an
// AI-drafted fitness-coaching platform the same searches met (Lyrox).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made (the count is in
// /work/helpers/out/outputs-count.txt). The first queries quoted the clauses themselves ("you own the content
// generated", "Output … Input … as between you and us", "may not be unique", "review before publishing", "commercial
// use of generated images", "we do not use your inputs to train"): they returned law-firm notes, explainers, clause
// trackers and vendor blogs on AI ownership almost only, and listed products (PromptGraphy, CueCaption, Rock Content's
// AI Copilot, Copy Create, xAIWrite, CopyAds, ScriptStream AI, Scriptor.Studio, BlogCog, FullAutoBlog). One query each
// in Spanish, German and French (CGU / AGB / términos about AI-generated marketing text) returned articles, a stock
// library and textbroker's AI order terms, and no row; a last Spanish query worded as a privacy policy met one (Fotos
// de Mi Producto). What worked was wording a query as one clause of a particular kind of product's policy (what it
// sends to which provider, for which output, billed how): caption, logo, Shopify, listing, ad-copy and YouTube-to-blog
// queries met listed products; brand-voice, newsletter, Google Ads, restaurant and salon, musician and sermon queries
// found the rows below. Every row cites a page with a path on the product's own host (for Brand Voice Generator the
// claimed subdomain, for VoxBurst its app. host) where the vendor says the product drafts, generates, analyses or
// answers with AI, AI models or a named provider (OpenAI, Anthropic's Claude, Google Gemini, xAI's Grok). Hosts were
// run through /work/helpers/classify-hosts.mts, names and hosts grepped in data/, in /work/main and in the other
// helpers' c25 files.
//
// Measured with /work/helpers/classify-hosts.mts on the 266 hosts the searches returned (vendors, law firms, news,
// blogs, directories and shared hosts alike, in /work/helpers/out/outputs-hosts.txt): 55 classified before (20.7%), 79
// after (29.7%): the 24 hosts these rows claim.
//
// Already listed and left to their entries: PromptGraphy (this session's disclose pass), CueCaption, instacaptions,
// CaptionMakerAI, Post It (usepostit.ai), LogoGenGenius, LogoFactory, Copy Create, Copy Machine, xAIWrite, CopyAds,
// mikuapi's image site, ScriptStream AI, Scriptor.Studio, Rock Content's AI Copilot, the Selfspark Shopify app, AI
// Ready, Vision AI Auto-Describer, AI Related Products, Listora AI, ListsGenie, QuickListing, ShopSmith, AI Property
// Writer, ListingWizard, My Agent Platform, PitchBud, SiteMachine, website-automation, AI Email Builder, Email Writing
// AI, Reach (reach.beamercloud.com), NewsletterOS, 100Ads, Ad Creator on practical.tools, AdCreator AI, xdocs, BlogCog,
// FullAutoBlog, Auto Article AI, Logreel, Reelink, AI Organizer, Book Generator, Wordstead, RestaurantAI, BizMuse AI,
// Fitly, AI Trainer Assistant (trainersedge.fit), Fitness AI (nemei.app), Studio247 and GPT0. Left out by earlier
// passes and left so here: bytecovesoftware.com's Caption AI, ailogogenerator.online (its policy on pages.dev),
// appicongenerator.org, programmatic-seo.io, AIeBookGen, Tasteem, the nudify site and AI Song Creator
// (aisongcreator.pro).
//
// Doubtful rows. ScriptWritr was met by the twenty-fourth session's India pass and left out there only as outside its
// region. Author's Voice was left out by the seventeenth session's SEO pass as a page that never says AI; its privacy
// policy, read here, says the service provides personalised AI writing from a voice profile and never trains AI models
// on the customer's content, so it is listed now. Sermon AI's privacy policy says it should be reviewed by counsel
// before a broad commercial launch; it names its services, processors and roles and has no placeholder, so it is
// counted. VoxBurst's AI policy is read on app.voxburst.io and the row claims voxburst.io, the product's own domain,
// whose root was not read. ShopIQ's help article sits under a /fr/ path but is in English. PPCmanager.ai's terms speak
// of the AI API costs of analysing advertising accounts and name OpenAI among its services; it takes the 'agents'
// category as AdGentz did. Lyrox (coaching whose workouts, recipes and chat replies are drafted by Anthropic and OpenAI
// models and approved by coaches; its privacy contact is on coachmarkets.com) and ThatSermon (sermon transcripts
// analysed by xAI's Grok) are outside the writing and marketing theme but were met and are AI products. NewsBriefly AI
// takes the 'india' region (operated by a sole proprietor in Kathmandu) and Fotos de Mi Producto 'latam' (a holding
// company being formed in Panama). Same name on purpose: Sermon Flow (getsermonflow.com), a sermon video and content
// platform, is not SermonFlow (sermonflow.site, long-tail-c20-industry.ts), a sermon manuscript generator; it is named
// with its host.
//
// Left out. Drafts and placeholders: The VSL Factory's terms ("DRAFT — pending legal review"), DraftSend's "starter
// version" terms, Build My Voice (bmv.var.uno, "a draft pending legal review"), PlanGains' AI disclosure (a draft),
// bornolab.com ("Platform", "platform.com"), tafsmedia.com's AI Listing Helper ("[Tafsmedia]", "[30.08.2025]"),
// modeltheme's LogoGen template ("[Your Brand Name]"), workshop.teddyhanna.com ("[COMPANY_NAME]"), review-responder.eu
// ("Your Company, S.L."). Pages that do not say the product uses AI: gencaptions.com's terms ("content generation" and
// "generated output" only), ytscripts.com, prdrop.ai, pressmaster.ai's terms, voxefy.com (drafts in your voice, no AI
// named in what was read), release.media. Products where AI is one optional feature or runs on the user's own key:
// worship.build, artistmanageros.com, event-flow.ai (an events tool with AI drafts), newsmind.app (RSS for AI
// assistants, embeddings only), lotbarrier.com and appilyfit.com (as before). Blogs, guides and glossaries:
// shortsfire.com, trafficontent.com, videoadbuilder.com, campaignslive.com, artifio.ai, imgvista.com, mydropai.com,
// instilai.com, gratefully.io (a donor-privacy reference, a lead), findably.app, dentalbase.ai, rewarx.com,
// tryaiwriter.com. Services and agencies: vsl-studio.com, universalads.com's creative tools of an ad network,
// textbroker.de. Hosts that are not the product's own: stevenhovater.com (Sermon Scrubber on a personal host),
// subscription.codespeedy.com (a blog's store for a Video-to-Blog extension), beloitcollegeroundtable.com (DigiCreators
// on an unrelated domain), test.ryterr.com and staging.batohi.com (test hosts), dev.gigmuse.com,
// artos.demo.techdyn.co.uk, http-only jadofit.com, and shared platforms (clipstudiosai.pages.dev,
// ai-email-writer-dzv.pages.dev, sitegen-app.pages.dev, website-brandsnag.pages.dev,
// shipup-sprite-sheet-maker.pages.dev, photocaptions-d1690.web.app, antorai-tools.netlify.app, eugder.github.io,
// molhamalfa.github.io, a notion.site policy, a run.app Shopify importer, a Google Sites app policy). grokimagine.app,
// an image site named after xAI's Grok Imagine, is left out as a namesake; eliminarfondodeunaimagen.com names AI only
// among its processors. SermonWise AI (sermonwise.ai, ChurchWiseAI LTD, Ontario) generates sermon outlines, guides and
// social posts, but the part of its privacy policy read says AI only in the product's and company's names: a lead for a
// pass that reads its product pages.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25OutputsTools: Tool[] = defineTools(
  'writing',
  [
    // --- social, scripts and store copy ---
    { id: 'voxburst', name: 'VoxBurst', vendor: 'VoxBurst', domains: ['voxburst.io'], source: 'https://app.voxburst.io/ai-policy/' }, // AI content policy: AI caption writing, hashtags, image generation, brand-voice analysis and bulk post variants, with a rule that users review AI content before publishing
    { id: 'scriptwritr', name: 'ScriptWritr', vendor: 'ScriptWritr', domains: ['scriptwritr.com'], source: 'https://scriptwritr.com/terms' }, // terms: AI-powered scriptwriting for YouTube educational creators (AI editing, script review, text generation) paid in AI credits
    { id: 'shopiq-app', name: 'ShopIQ', vendor: 'ShopIQ', category: 'productivity', domains: ['shopiq.app'], source: 'https://shopiq.app/fr/help-center/security-privacy/are-ai-generated-outputs-safe-to-publish' }, // help centre: an AI e-commerce website builder that generates product descriptions, images, blogs and ad copy, which merchants must review before publishing
    { id: 'ppcmanager-ai', name: 'PPCmanager.ai', vendor: 'PPCmanager.ai', category: 'agents', domains: ['ppcmanager.ai'], source: 'https://www.ppcmanager.ai/terms-of-use' }, // terms: analyses Google Ads accounts with AI (AI API costs, OpenAI among its services), hence non-refundable payments
    // --- brand voice and brand creative ---
    { id: 'brandcruzer', name: 'BrandCruzer', vendor: 'BrandCruzer', category: 'image', domains: ['brandcruzer.com'], source: 'https://brandcruzer.com/data-protection' }, // data protection: deletion covers AI-generated images, text and creative assets made from uploaded brand guidelines
    { id: 'mimicking-app', name: 'Mimicking', vendor: 'Mimicking', category: 'image', domains: ['mimicking.app'], source: 'https://mimicking.app/ja/privacy' }, // privacy (in English): image generation with Brand DNA analysis of a brand's site, Google as the AI provider, outputs not used for training
    { id: 'brand-voice-generator-genaiunplugged', name: 'Brand Voice Generator', vendor: 'GenAI Unplugged LLC', domains: ['brandvoice.genaiunplugged.com'], source: 'https://brandvoice.genaiunplugged.com/privacy' }, // privacy: generates a brand-voice profile and starter content with Google Gemini from a form and an optional site URL (subdomain only)
    { id: 'authors-voice', name: "Author's Voice", vendor: "Author's Voice", domains: ['authors-voice.com'], source: 'https://authors-voice.com/privacy' }, // privacy: a voice-matched rewriting API that analyses writing samples for personalised AI writing and never trains AI models on them
    { id: 'lumafox', name: 'Lumafox', vendor: 'Lumafox', domains: ['lumafox.ai'], source: 'https://lumafox.ai/privacy' }, // security and privacy: voice profiles from uploaded writing and "council" deliberations processed through OpenAI or Anthropic
    { id: 'brandvoice-ai', name: 'BrandVoice AI', vendor: 'BrandVoice AI', category: 'other', domains: ['brandvoice-ai.com'], source: 'https://www.brandvoice-ai.com/privacy-policy' }, // privacy: AI moderation of Facebook and Instagram comments that classifies them and generates replies in the brand's voice
    { id: 'fotos-de-mi-producto', name: 'Fotos de Mi Producto', vendor: 'E.C.S. Holding Company', category: 'image', domains: ['fotodemiproducto.com'], source: 'https://fotodemiproducto.com/privacy', region: 'latam' }, // privacy (Spanish, Panama): generates product images from uploaded product photos, with AI providers among its processors
    // --- books, newsletters and digests ---
    { id: 'inkmagnet', name: 'InkMagnet', vendor: 'InkMagnet', domains: ['inkmagnet.com'], source: 'https://inkmagnet.com/privacy/' }, // privacy: generates and compiles books from topics and instructions, sent to Anthropic and other AI model providers
    { id: 'newsbriefly-ai', name: 'NewsBriefly AI', vendor: 'Santosh Pandey', category: 'productivity', domains: ['newsbrieflyai.com'], source: 'https://newsbrieflyai.com/privacy', region: 'india' }, // privacy (Kathmandu, Nepal): reads newsletters from approved Gmail senders and stores AI-generated summaries, key points and topic tags
    { id: 'harkwire', name: 'Harkwire', vendor: 'Harkwire', category: 'audio', domains: ['harkwire.com'], source: 'https://harkwire.com/privacy' }, // privacy: newsletter text summarised by Anthropic or OpenAI and turned into private podcast episodes by text-to-speech
    // --- marketing for venues, salons and musicians ---
    { id: 'barboost-ai', name: 'BarBoost AI', vendor: 'Jason Lee Ruiz-Gonzalez', domains: ['barboostai.net'], source: 'https://www.barboostai.net/privacy' }, // privacy: venue, menu and brand-voice data used to generate content through AI model providers, billed through Paddle
    { id: 'postmystyle', name: 'PostMyStyle.ai', vendor: 'PostMyStyle.ai', domains: ['postmystyle.com'], source: 'https://www.postmystyle.com/privacy' }, // privacy: AI content generation for salons from text, images and brand guidelines, through OpenAI, Google and other AI providers
    { id: 'artist-promoter', name: 'ArtistPromoter', vendor: 'ArtistPromoter', domains: ['artist-promoter.com'], source: 'https://www.artist-promoter.com/privacy' }, // privacy: an AI-powered dashboard for independent artists, with post suggestions, captions and images generated by OpenAI
    { id: 'cosmic-music', name: 'COSMIC (cosmicmusic.tech)', vendor: 'COSMIC', category: 'productivity', domains: ['cosmicmusic.tech'], source: 'https://cosmicmusic.tech/ai-ethics' }, // AI ethics page: AI for music campaign planning, artist positioning, press releases, EPKs and contract-analysis support, outputs to be reviewed
    { id: 'autocreator-ai', name: 'AutoCreator', vendor: 'AutoCreator', domains: ['autocreator.ai'], source: 'https://autocreator.ai/manual/review-ai-drafts-before-they-go-live' }, // manual: the AI assistant's video descriptions, blog posts, Instagram hooks, SEO data and images wait in Drafts for approval
    // --- sermons ---
    { id: 'sermon-ai-app', name: 'Sermon AI', vendor: 'Sermon AI', domains: ['sermonai.app'], source: 'https://sermonai.app/privacy.html' }, // privacy: AI-powered services that turn talks and teachings into transcripts, summaries, study material, newsletters and social content
    { id: 'sermonwright', name: 'Sermonwright', vendor: 'Sermonwright', domains: ['sermonwright.com'], source: 'https://www.sermonwright.com/privacy' }, // privacy: sermon prompts and outputs go through Anthropic's API to generate sermon preparation
    { id: 'sermon-flow', name: 'Sermon Flow (getsermonflow.com)', vendor: 'Sermon Flow', category: 'video', domains: ['getsermonflow.com'], source: 'https://getsermonflow.com/privacy/' }, // privacy: an AI-powered sermon platform whose AI outputs from uploaded videos are transcripts, clips, guides, articles and social posts
    { id: 'thatsermon', name: 'ThatSermon', vendor: 'That Sermon', category: 'productivity', domains: ['thatsermon.com'], source: 'https://thatsermon.com/privacy-policy' }, // privacy: sermon transcripts sent to xAI's Grok for themes, Bible references and insights
    // --- met in the same searches ---
    { id: 'lyrox', name: 'Lyrox', vendor: 'Lyrox', category: 'other', domains: ['lyrox.ai'], source: 'https://www.lyrox.ai/privacy' }, // privacy: Anthropic and OpenAI draft workouts, recipes and chat replies that coaches approve
  ],
  { checked: CHECKED_C25, region: 'global' },
);
