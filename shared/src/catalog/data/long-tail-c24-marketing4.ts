// Twenty-fourth session, fourth marketing pass (2026-12-07, helper `marketing4`): the long tail of AI marketing
// products no entry claimed yet, beside the marketing rows of data/cat-marketing.ts, cat-marketing-2.ts,
// support-marketing*.ts, long-tail-c16-mktsales.ts, long-tail-c17-seo.ts, long-tail-c17-social.ts,
// long-tail-c18-marketing.ts, long-tail-c21-adsugc.ts, long-tail-c21-localbiz.ts, long-tail-c22-marketing3.ts and
// long-tail-c23-social2.ts, whose rows are not repeated here. Here: AI visibility and generative-engine-optimisation
// trackers that put buyer prompts to ChatGPT, Claude, Gemini and Perplexity (Citlyze, Genrank, GEO Stellar, AuditAE,
// LLM Submitter's citation tracking); AI content-marketing and SEO writers (Authorless, BlogCreator, Marketingmary); AI
// review-reply tools for Google Business Profile, Google Play and the App Store (AuReply, ReplyZen, ReplyReview, Voiser
// AI Reply); AI social writers (ContentCats, a Polish social-post generator; Carouzel's LinkedIn carousels; a Twitter/X
// reply generator); AI email writers and email-marketing platforms (AI Email Generator of aigenemail.com, Mailable,
// Nexmail); an AI Google Ads management platform (AdGentz); AI podcast show notes (Podraft); and, met in the same
// searches, an AI essay writer and LL's domain-specific AI models (ll.co, a lead the twenty-first session's leads pass
// left for later).
//
// Leads. 40 look-ups in the stored `pages` corpus, counted as they were made. Queries worded the way vendors word their
// own privacy policies, terms, AI disclosures, credit schedules and help pages, by kind: AI ad-copy and ad-creative
// generators, LinkedIn ghostwriters and carousels, AI SEO writers and autopilot blog agents, AI visibility / GEO / AEO
// trackers (three wordings), Google AI Overviews tracking, Google Business Profile review replies and posts, App Store
// and Google Play review replies, Instagram comment and DM repliers, Reddit reply finders, X/Twitter thread writers, AI
// newsletters (twice), landing-page generators, UGC scripts, Pinterest pins, competitor-ad spies, attention heatmaps,
// Google Ads agents, lead magnets, press releases, app-store optimisation, brand voice, brand names, real-estate social
// posts, YouTube metadata, marketing plans, podcast show notes, email-marketing copy, content optimisers; and in Dutch,
// Polish and Czech. The heavily mined kinds (Pinterest, Instagram repliers, UGC, SEO autopilots, ad creatives, X
// writers) returned products already listed almost only; the visibility trackers, review repliers, email platforms and
// the Polish query found the rows below. Every row cites a page with a path on the product's own host (for Authorless
// its app. host, for Voiser AI Reply the claimed subdomain) where the vendor says the product drafts, generates, scores
// or answers with AI, a language model or named model providers, or queries AI engines with the customer's prompts.
// Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 281 hosts the searches returned (vendors, blogs, guides,
// agencies, docs hosts and shared hosts alike, in /work/helpers/out/marketing4-hosts.txt): 94 classified before
// (33.5%), 117 after (41.6%): the 22 hosts these rows claim and textomet.cz, which the concurrent easteu pass listed
// the same day.
//
// Already listed and left to their entries: AdRoute, TwinWrite, Ad Creator on practical.tools, Open SEO, Rank.ai, SEO
// AI Agent, SEO Blog Agent, StartRise's review manager, ReplyAide, ReviewFlo, SiteMachine, AdCreator AI and its site
// builder, UGCfy, MakeUGC, UGC Studio, Hookline, PinLaunchr, PinsMachine, Pin Perfect Studio (letspinthis.com),
// AppScreenStudio, ahmeego, googleadsagent.ai, Describelio, Smart-Copy, AiPost (aipost.pl), EaseMate, GuideGlare,
// PawSnap AI, promptuj.pro, koder.ai, AI Book Generator, Social Replies, ReplyBites, InstaReplAI, Reply Master AI,
// RakuWP, SnowSEO, analyse.net, Auto Article AI, GEO Monitor, whatgptsays.com, AICite, GenRank Engine, Citerion, GM
// Labs' AI Visibility Tracker, LLMReader, Geol.ai, monitoraeo, equal AI, TweetX, TweetWizard, TweetSkill, TweetReplier,
// NewsletterOS, PodNotes, PodSummarize, Pollinator Studio, PodHood, Tube Optimizer, Future Marketing AI, Marketing
// Studios AI, Carousel-gen, CreatorCarousel, Posting Machine, Postune, the techerd LinkedIn extension, AI Email
// Builder, AdsDirector, CreoAds, taibot.cz, obtains.io, vaibe.ai, AI Netherlands (ai-netherlands.nl), Podcast Note
// Taker, LeadGen AI (leadgenai.space), Ads Copilot (strategic-marketing.leanengineering.ai), Copy Machine
// (trycopymachine.ai), Leadmetrics, NEURONwriter, ThreadCite, Podcasts to Text, AutoKliq and Textomet (textomet.cz,
// listed the same day by the concurrent easteu pass). The same product under another host: adcreator.ai (an AI image
// and video ad generator on Together.ai and fal.ai) shares its contact domain with AdCreator AI (adcreator-ai.com) but
// its policy differs; it is left out rather than added to that row (a lead). Voiser's own entry keeps voiser.net
// (Voiser, a Turkish speech company); only the AI Reply subdomain of voiser.ai, whose own pages were not read, is
// claimed here.
//
// Same names: the Twitter/X reply generator on reply-guy.xyz carries its host as a qualifier beside ReplyGuy
// (replyguy.com, data/cat-marketing.ts), a different product; Genrank (genrank.co, Genrank Ltd.) beside GenRank Engine
// (genrankengine.com); AI Email Generator (aigenemail.com) beside the AI Email Generator of aiemailgenerate.com; LL and
// the essay writer carry their hosts because their names are generic.
//
// Left out, kept as earlier passes decided: Landra (app.getlandra.com), SaleCraft, Author's Voice, reviewreplier.app,
// greotech.com's GBReplAi, geosaur.com (guides only), taxpersoft.com, georankoptimizer.com (a WordPress plugin with
// optional AI keys), lithoughts.com.
//
// Left out in this pass. Drafts and placeholders: frontdeskglobal.com's TheAutoReply disclosure ("To be reviewed by
// counsel before public deployment"), creativead-ai.com ("[Your Company Name]"), videopilotai.com's credit page ("Legal
// placeholder required"), makna.app (pre-launch). Query-only pages: wppublisherpro.nl's `?p=3`, aeogeoseo.com's
// `?p=10873` (GEORankAI, a GEO agency) and scalegrowth.digital's `?p=1542` (an agency). Internal and personal tools:
// ads.ar-draw.com, adsagent.colorverse.dev, neurad.org, brock11johnson.com, pixelscraftyco.com, thealonautomated.com. A
// homepage without a path: marketpli.com (Marketipli, ads from a website through a language model: a lead). Mobile apps
// and their developers' sites: getreviewai.app (ReviewAI on GPT-4o), Carousel AI (sites.google.com). Pages that do not
// say the product uses AI, or only in its name: lettercast.ai, replymine.com, threadsifter.com, replio.cc (rule-based
// with optional AI), automateyourdm.com, linkedincarousel.com's GDPR page, varioads.com, chanpilot.xyz, tweakgpt.com,
// socialmediaplanner.be, pro-ai.nl, aiethos.ai, theStacc's GBP calendar (thestacc.com: a lead), my-mag.net, thelead.ai.
// General products where AI is one feature: workspacecms.ai (a CMS with AI credits), mailbrain.com (email analytics),
// prorank.io (an SEO plugin), docs.xara.com's social-media manager, docs.1oakmls.com, inspoboard.creatvdiy.com (a
// Pinterest scheduler with Gemini features), ibd-ventures.com (a company site broader than its ad-creative app).
// Agencies, consultancies and services: completions.io, aomktg.com, bethsuttonrem.com, trentrc.wpelitee.com,
// jm-visuals.com, marketing.biz, bar-nonebydesign.com, emailsforgood.com, getcopyculture.com, hetailokaal.nl,
// team.secretagents.co, agenciaroco.com, pcdesignstx.com, mediasearchgroup.com, xsquareseo.com. Vendors seen only on
// blogs, guides or docs without a product statement (leads): sanbi.ai, mentionary.ai, sourcewatch.ai, searchless.ai,
// wildrunai.com, visorlabs.org, gazeiq.dev, benly.ai, brivvy.io, marqeting.io, quillpilot.com, nameloop.me,
// localseo.ai, gmbmantra.ai, attrifast.com, wpseoai.com, tagcreator.ai (its policy was read on
// avioncitojuego.directory). Shared platforms: pages.dev, vercel.app, github.io, notion.site, sites.google.com,
// workers.dev, duckdns.org.
//
// Doubtful rows: LLM Submitter is read from a help article on its citation tracking, which runs the customer's prompts
// against four AI engines, not from a page on the whole product; Genrank's terms describe monitoring LLM answers rather
// than generating with a model; LL's page describes its own domain-specific AI models and APIs without naming the
// domain; the AI Email Generator and the essay writer are writing tools the marketing searches turned up.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const longTailC24Marketing4Tools: Tool[] = defineTools(
  'writing',
  [
    // --- AI visibility and generative-engine-optimisation trackers ---
    { id: 'citlyze', name: 'Citlyze', vendor: 'Citlyze', category: 'search', domains: ['citlyze.com'], source: 'https://www.citlyze.com/privacy-policy' }, // privacy: an AI-search visibility platform that runs tracked prompts against AI engines and computes visibility, citation and competitor metrics
    { id: 'genrank-co', name: 'Genrank (genrank.co)', vendor: 'Genrank Ltd.', category: 'search', domains: ['genrank.co'], source: 'https://www.genrank.co/terms-of-service' }, // terms (England and Wales): AI search analytics that monitors brand names, sentiment and cited sources in LLM-generated responses
    { id: 'geo-stellar', name: 'GEO Stellar', vendor: 'GEO Stellar', category: 'search', domains: ['geostellar.ai'], source: 'https://www.geostellar.ai/terms' }, // terms: GEO audits and AI-agent readiness checks on its machine-learning models, credits priced for LLM-based reasoning
    { id: 'auditae', name: 'AuditAE', vendor: 'AuditAE', category: 'search', domains: ['auditae.app'], source: 'https://auditae.app/ai-search' }, // vendor page: runs your prompts through ChatGPT, Perplexity, Gemini and Google AI Overviews and reports who gets cited, pay per check
    { id: 'llmsubmitter', name: 'LLM Submitter', vendor: 'LLM Submitter', category: 'search', domains: ['llmsubmitter.com'], source: 'https://llmsubmitter.com/help/articles/citation-tracking-pro' }, // help article: runs configured prompts against ChatGPT, Claude, Perplexity and Gemini weekly and logs citations, sentiment and share of voice
    // --- AI content-marketing and SEO writers ---
    { id: 'authorless', name: 'Authorless', vendor: '10 Kinds of People Ltd', domains: ['authorless.ai'], source: 'https://app.authorless.ai/pages/legals/terms' }, // terms: an AI content marketing platform whose generated content is created by AI from the user's inputs
    { id: 'blogcreator-dev', name: 'BlogCreator', vendor: 'BlogCreator', domains: ['blogcreator.dev'], source: 'https://blogcreator.dev/privacy' }, // privacy: an AI-powered content workspace for generating, editing and SEO-analysing text, prompts sent to AI providers
    { id: 'marketingmary', name: 'Marketingmary', vendor: 'Marketingmary Ltd.', category: 'productivity', domains: ['marketingmary.ai'], source: 'https://www.marketingmary.ai/terms-of-service' }, // terms: an AI-powered marketing intelligence platform for B2B teams that generates AI Output from their materials
    // --- AI review replies (Google Business Profile, Google Play, App Store) ---
    { id: 'aureply', name: 'AuReply', vendor: 'AuReply', domains: ['aureply.com'], source: 'https://www.aureply.com/privacy' }, // privacy (Kerala): an AI-powered Google Business Profile review management platform that drafts replies to reviews
    { id: 'replyzen', name: 'ReplyZen', vendor: 'ReplyZen.app', domains: ['replyzen.app'], source: 'https://replyzen.app/privacy' }, // privacy: an AI-powered review management platform that generates AI-suggested replies to Google and Trustpilot reviews
    { id: 'replyreview-app', name: 'ReplyReview', vendor: 'IndieFist', domains: ['replyreview.app'], source: 'https://replyreview.app/privacy.html' }, // privacy (Valencia, GDPR): reads Google Play reviews and generates automatic responses with artificial intelligence
    { id: 'voiser-ai-reply', name: 'Voiser AI Reply', vendor: 'Voiser', domains: ['aireply.voiser.ai'], source: 'https://aireply.voiser.ai/privacy.html' }, // privacy (İstanbul): review text from Play Console and App Store Connect sent to its AI provider to draft replies (subdomain only)
    // --- AI social writers ---
    { id: 'contentcats', name: 'ContentCats', vendor: 'SUMARBRANDER Sp. z o.o.', domains: ['contentcats.pl'], region: 'europe', source: 'https://contentcats.pl/regulamin-aplikacji/' }, // app terms (Polish): an application that generates social-media content through OpenAI and Midjourney, paid in tokens per post
    { id: 'carouzel', name: 'Carouzel', vendor: 'Carouzel', domains: ['getcarouzel.com'], source: 'https://getcarouzel.com/privacy' }, // privacy: turns LinkedIn text into carousel slides, with Anthropic as the sub-processor for AI slide generation
    { id: 'reply-guy-xyz', name: 'Twitter Reply Generator (reply-guy.xyz)', vendor: 'reply-guy.xyz', domains: ['reply-guy.xyz'], source: 'https://reply-guy.xyz/policy.html' }, // privacy: AI-powered replies on Twitter/X with a custom AI persona; tweets sent to its backend for the AI model
    // --- AI email writers and email-marketing platforms ---
    { id: 'aigenemail', name: 'AI Email Generator (aigenemail.com)', vendor: 'AI Email Generator', domains: ['aigenemail.com'], source: 'https://aigenemail.com/terms.html' }, // terms: an AI-powered tool that generates emails with the Google Gemini API (gemini-2.5-flash)
    { id: 'mailable-dev', name: 'Mailable', vendor: 'Mailable', domains: ['mailable.dev'], source: 'https://mailable.dev/terms-of-use' }, // terms: an AI-powered email template design and delivery platform
    { id: 'nexmail', name: 'Nexmail', vendor: 'Nexmail, Inc.', domains: ['nexmail.ai'], source: 'https://nexmail.ai/terms.html' }, // terms: an AI-powered email marketing platform for e-commerce that generates email copy and design and optimises campaigns
    // --- Ads, podcasts and others met in the same searches ---
    { id: 'adgentz', name: 'AdGentz', vendor: 'AdGentz', category: 'agents', domains: ['adgentz.com'], source: 'https://www.adgentz.com/api-disclosure.html' }, // API disclosure: an AI-powered Google Ads management platform that analyses search terms and ad copy and proposes changes for approval
    { id: 'podraft', name: 'Podraft', vendor: 'Podraft', domains: ['podraft.com'], source: 'https://www.podraft.com/privacy' }, // privacy: show notes, timestamps, blog posts and SEO descriptions from podcast transcripts, generated through Anthropic
    { id: 'free-ai-essay-writer', name: 'Free AI Essay Writer (free-ai-essay-writer.com)', vendor: 'free-ai-essay-writer.com', domains: ['free-ai-essay-writer.com'], source: 'https://www.free-ai-essay-writer.com/privacy-policy.html' }, // privacy: an AI essay writer whose generation is powered by OpenAI's API
    { id: 'll-co', name: 'LL (ll.co)', vendor: 'LL', category: 'developer-platform', domains: ['ll.co'], source: 'https://ll.co/dataprivacy' }, // privacy and data policy: a website and APIs serving its domain-specific AI models, prompts processed in memory and not logged
  ],
  { checked: CHECKED_C24 },
);
