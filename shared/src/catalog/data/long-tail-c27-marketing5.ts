// Twenty-seventh session, fifth marketing pass (2026-12-07, helper `marketing5`): AI marketing products no entry
// claimed yet, after an outside check named marketing a weak category, beside the marketing rows of
// data/cat-marketing.ts, cat-marketing-2.ts, support-marketing*.ts, long-tail-c16-mktsales.ts, long-tail-c17-seo.ts,
// long-tail-c17-social.ts, long-tail-c17-ecom.ts, long-tail-c18-marketing.ts, long-tail-c21-adsugc.ts,
// long-tail-c22-marketing3.ts, long-tail-c22-ecom2.ts, long-tail-c23-social2.ts and long-tail-c24-marketing4.ts, whose
// rows are not repeated here. Here: AI listing writers for resellers and marketplace sellers (FlipDesc for Vinted and
// Leboncoin, Photo to Listing, FlipList AI, ListCraft AI for Etsy); AI social-media posts made for small local
// businesses from their website, a weekly intake or a job photo (Social Intern, RootedPost on GPT-4o, Donepost AI,
// Spreadcheer); AI content for SEO and affiliate sites (ContentRefresh AI, a WordPress plugin on Claude, GPT, Gemini
// and Grok; an affiliate-article generator on webpulse.earnifyhub.com); an AI landing-page generator for AI agents on
// Claude (Gentic Landing Pages, a URL prefix); AI ad creatives from a product photo (Pixair AI); AI audits that rewrite
// an Airbnb listing (PolishBnB) or score a business's website and offer (PresetProfit); and, met in the same searches,
// an AI presentation-practice tool (Audience AI on audienceagi.com).
//
// Leads. 40 look-ups in the stored `pages` corpus, counted as they were made. The queries avoided the wordings of the
// earlier marketing passes (their headers were read first) and were worded the way small vendors word their own refund,
// credit, CGV, terms, privacy and AI-disclosure pages: AI credits for product descriptions and Etsy/Shopify listings,
// Amazon A+ content, influencer discovery, AI UGC actors and avatars, landing pages on custom domains, email subject
// lines as OpenAI sub-processor, Performance Max assets, Shopify product-data policies, AI brand ambassadors, weekly
// content calendars with Anthropic as sub-processor, Vinted/eBay listings from photos, restaurant captions, Merchant
// Center feed titles, push-notification copy (twice), keyword clustering and internal links, Meta and TikTok ad-policy
// responsibility for AI creatives, autoblogs with refund terms, audio and radio ads, IAB display banners, SMS copy,
// Poshmark/Mercari crosslisting, Airbnb listing rewrites, car-dealer vehicle descriptions, conversion-audit reports, AI
// case studies, small-business social posts scanned from a website, real-estate listing marketing, reseller
// photo-to-listing apps, done-for-you posts for trades; and in German (KI-generierte Produktbeschreibungen, AGB),
// French (fiches produits, CGV; annonces Vinted), Portuguese (gerador de anúncios, política de reembolso), Korean
// (상세페이지 AI, 이용약관), Spanish (publicaciones para redes sociales con IA), Italian (descrizioni prodotto), Japanese
// (SNS投稿文 AI 利用規約), Chinese (小红书文案 AI) and Indonesian (deskripsi produk AI, Shopee/Tokopedia). The Chinese, Japanese,
// Indonesian and second French queries returned news, guides and platform rules only; German returned guides and trade
// press; the Korean, Spanish, Italian and Portuguese ones returned products already listed or not marketing. The
// reseller-listing and small-business-posting wordings found most rows. Every row cites a page with a path on the
// product's own host (for WebPulse the claimed subdomain; for Gentic the claimed path) where the vendor says the
// product generates, rewrites, analyses or audits with AI, an LLM or a named provider (OpenAI, GPT-4o, Anthropic
// Claude). Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c27
// files checked.
//
// Measured with /work/helpers/classify-hosts.mts on the 288 hosts the searches returned (vendors, news, guides,
// agencies, platforms and shared hosts alike, in /work/helpers/out/marketing5-hosts.txt): 59 classified before (20.5%),
// 74 after (25.7%): the 15 hosts these rows claim (gentic.co itself stays unclassified, only its /landing-pages path
// being claimed).
//
// Already listed and left to their entries: ListsGenie, Clayd, MakeUGC, UGCfy, SiteMachine, Prompt Page's builder
// (promptpage.site, left out by earlier passes because customers' sites are served from it), Avallon AI (avallon.ai;
// docs.avallon.ca was not tied to it), AltPilot, GPT0, IA Online, SellyGenie, OnReply, AI Support Pro, AI Bulk Product
// SEO, Bulk SEO Agent, AI Ready (raiselabs.app/aiready), ShopGPT, the Selfspark description app, Layers' AI
// influencers, Creator Agent OS, EZList.AI, Vendlists, QuickListing, ListingRVA AI, ResellerAI, Keyword Insights,
// Ekamoira, ahmeego, googleadsagent.ai, AI AutoBlog (ai-autoblog.com), analyse.net, WPBLOGS.AI, OpenAI AutoBlogger,
// Webflow Forge, PostAutomatic, PostStudio, SoGrowly, Mediapost (mediapost.ai), Better Listing Media, ListedRight.ai,
// Website Credit Score, ReelMind, Podcastify, AudioPod, iAtelier Poster, and, not marketing, AISnapEdit, All Images,
// Tattoo AI Design, chdaoai, videoweb.ai, SmartAvatar, AI-Photo Pro, Arrrda Studio, Roomincube and InviAI. The same
// product under another host: visualadvantagestudio.com/policy/ai-disclosure is Better Listing Media LLC's AI
// processing disclosure word for word (a second host of better-listing-media: for the merger).
//
// Doubtful rows, kept: Photo to Listing's privacy policy leaves the data controller's name empty in the stored copy
// (the heading is followed by nothing; the rest names OpenAI, Stripe and the purposes), read as a page-rendering gap
// rather than a placeholder. ListCraft AI's refund policy is served on donelisting.com but names the service as
// "ListCraft AI at https://listcraft.shop" with a listcraft.shop support address: both hosts are claimed as one
// product, donelisting.com read as its newer name. Spreadcheer lists review management and SMS messaging beside AI
// social-media content generation, automated posting and AI marketing content, and is counted as an AI marketing tool
// with a review add-on. PresetProfit's methodology says AI assists an audit that a human reviews on its higher tiers.
// Gentic is claimed only under /landing-pages (and its MCP endpoint), because its other products were not read; the
// customers' pages it serves under gentic.run are not claimed. Audience AI's policy was read at
// http://www.audienceagi.com and is cited at https.
//
// Left out. Shared platforms: commercer-landing.pages.dev (Commercer's AI credits for product data: a lead once its own
// host is seen), wooden-stork-8e7.notion.site (an AI Description Generator's policy), sell-it-api.netlify.app,
// listit-website.pages.dev, eugder.github.io (eBay Listing AI), ai-voiceover-three.vercel.app,
// narrarte-legal-ai310zuzs-eljegas-projects.vercel.app, katalis-documentation.vercel.app, aitoolsonar.pages.dev,
// aibusinessos.pages.dev, gap-industries.pages.dev, cynthialmy.github.io (SnapSell), ichscheine.github.io,
// legallyblondecast.github.io, fliplist-api.sundeen10.workers.dev (FlipList's API host), makeugc-staging.webflow.io.
// Placeholders and drafts: app.listwithai.co ("[Vorname Nachname], [Adresse]"), ar.fabricsjoi.com ("Replace this
// draft"), tasteem.com ("[COMPANY NAME]"), websiteaudit.com ("Registered Address: Will be added"), pslmax.app (consent
// copy written for the app's screens), negotaitions.ru ("Draft placeholder for legal review"); Bulk SEO Agent's app
// policy names support@example.com, but the product is listed. Query-only pages: seoaimetalab.wolfra.io's `?p=3`,
// bloggen.au's `?p=173`, wpblogs.ai's `?p=1098` (listed by its privacy page), techlori.com's `?p=9203`, 601media.com's
// `?p=14990`, viralbox.app's blog `?p=458`, searchen.com, mailup.es, services.awaisora.com, lerobotmoderne.com. A beta
// host: beta.mediapostai.com (MediaPostAI: a lead once mediapostai.com is seen). Pages that do not say the product uses
// AI, or only in its name: influencermarketing.ai (IMAI's privacy policy), getdiscovr.ai (Discovr AI), influoai.co,
// influencr.co.uk (a waitlist), maarijsoft.com, nposts.ai ("variations generated for each location"), ai-contentos.com
// (ContentOS), aiimagedescriber.pro, describeimage.ai, shelfpic.com, generateaudio.net (Google Cloud text-to-speech),
// adtwin.ai (Oyi's terms), rsvortex.com, creador.io (as before), arui.ai (terms that do not say what it generates).
// General products where AI is one feature: storeseo.com (a Shopify SEO app that calls itself an AI SEO agent beside
// image compression, sitemaps and schema), hatssocial.com and socialync.io (social schedulers with AI drafting),
// authorautomations.social (as before), adpersonam.io (a self-serve DSP's banner generator),
// car-market-hub.ad-promotion.ch (a dealer plugin's AI assistant), seogets.com, docs.appeeky.com, reteno.com,
// mailerlite.com, docs.trustpager.com, docs.unstoppabledomains.com, restaurantplatforms.com, playbookbuilder.com,
// natronz.com (NZ Chat), btinsights.ai, help.alliplatform.com, optimize.puremichigangetaways.com (a rental company's
// photo service). Vendor blogs that do not describe the vendor's own product: pushpilot.ai (AI push notifications: a
// lead), ppl.studio (as before), roaspig.com (as before), adcreate.com (AI ad compliance guides: a lead),
// eliteaiadvantage.com, veracityapi.com's use case, froxi.ai, hubty.co, casainnov.com. Agencies, consultancies and
// services: webflowforge.com (listed), completions.io, integrating-ai-solutions.com, newcustomers365.info,
// getsocialscale.com, digituspro.com, petersandeen.com, nextgenwhitelabel.com, alignmarketinggroup.com, upplabs.com,
// nr-corp.fr, ai-mpact.fr, bar-nonebydesign.com.
//
// Same names: Audience AI carries its host beside the many "Audience" products; WebPulse carries its host because its
// parent earnifyhub.com was not read.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Marketing5Tools: Tool[] = defineTools(
  'writing',
  [
    // --- AI listing writers for resellers and marketplace sellers ---
    { id: 'flipdesc', name: 'FlipDesc', vendor: 'FlipDesc', domains: ['flipdesc.fr'], region: 'europe', source: 'https://www.flipdesc.fr/cgv' }, // CGV (French): analyses item photos with artificial intelligence and generates sale descriptions for Vinted, Leboncoin and others, sold in generations and credits
    { id: 'photo-to-listing', name: 'Photo to Listing', vendor: 'Photo to Listing', domains: ['phototolisting.com'], source: 'https://phototolisting.com/en/legal/privacy' }, // privacy: product photos sent to OpenAI for image analysis and AI-generated listings for Vinted, eBay and others
    { id: 'fliplist-ai', name: 'FlipList AI', vendor: 'FlipList AI', domains: ['fliplistai.com'], source: 'https://fliplistai.com/api-docs' }, // API docs: resale listings for eBay, Poshmark, Mercari, Facebook and Depop generated with AI from product photos
    { id: 'listcraft-ai', name: 'ListCraft AI', vendor: 'ListCraft AI', domains: ['listcraft.shop', 'donelisting.com'], source: 'https://www.donelisting.com/refund' }, // refund policy (EU and Lithuanian law): the service's core feature is the AI-generated Etsy listing
    // --- AI social-media posts for small and local businesses ---
    { id: 'social-intern', name: 'Social Intern', vendor: 'TrueUser Inc.', domains: ['socialintern.ai', 'socialintern.com'], source: 'https://www.socialintern.ai/home/privacy' }, // privacy: scans the business's website for its brand, then its AI creates social-media text and images on the business's behalf
    { id: 'rootedpost', name: 'RootedPost', vendor: 'Watchlight Interactive LLC', domains: ['rootedpost.com'], source: 'https://www.rootedpost.com/privacy' }, // privacy: weekly social-media drafts generated and reviewed with OpenAI's GPT-4o from a brand profile, posted through Buffer
    { id: 'donepost-ai', name: 'Donepost AI', vendor: 'Donepost AI', domains: ['donepostai.com'], source: 'https://www.donepostai.com/privacy' }, // privacy: turns local service businesses' job photos into Facebook posts, Instagram captions and hashtags through its AI processing provider
    { id: 'spreadcheer', name: 'Spreadcheer', vendor: 'Spreadcheer LLC', domains: ['spreadcheer.co'], source: 'https://www.spreadcheer.co/privacy-policy' }, // privacy: AI-powered social-media content generation, automated Instagram and Facebook posting and AI marketing content, beside review requests
    // --- AI content for SEO and affiliate sites, landing pages ---
    { id: 'contentrefresh-ai', name: 'ContentRefresh AI', vendor: 'ContentRefresh AI', domains: ['contentrefreshai.com'], source: 'https://contentrefreshai.com/terms' }, // terms: a WordPress plugin that refreshes posts with large language models from Anthropic, xAI, OpenAI and Google
    { id: 'webpulse-earnifyhub', name: 'WebPulse (webpulse.earnifyhub.com)', vendor: 'webpulse.earnifyhub.com', domains: ['webpulse.earnifyhub.com'], source: 'https://webpulse.earnifyhub.com/faq' }, // FAQ: affiliate articles planned and written section by section by its LLM, paid in credits (subdomain only)
    { id: 'gentic-landing-pages', name: 'Gentic Landing Pages', vendor: 'Gentic', urlPrefixes: ['gentic.co/landing-pages', 'www.gentic.co/landing-pages'], apiPrefixes: ['mcp.gentic.co/landing-pages'], source: 'https://gentic.co/landing-pages/docs' }, // docs: an MCP server through which AI agents generate landing-page HTML with Claude Opus 4.7 and publish it (path only)
    // --- AI ad creatives and audits ---
    { id: 'pixair-ai', name: 'Pixair AI', vendor: 'Pixair', category: 'image', domains: ['pixair.ai'], source: 'https://pixair.ai/blog/google-display-ad-creatives-ai' }, // vendor blog: Pixair AI generates Google Display and Performance Max ad creatives in every size from one product photo
    { id: 'polishbnb', name: 'PolishBnB', vendor: 'PolishBnB', domains: ['polishbnb.com'], source: 'https://polishbnb.com/privacy-policy' }, // privacy: an AI-powered Airbnb listing audit that diagnoses a public listing and generates a rewrite
    { id: 'presetprofit', name: 'PresetProfit', vendor: 'PresetProfit', category: 'productivity', domains: ['presetprofit.com'], source: 'https://presetprofit.com/methodology.html' }, // methodology: AI-assisted audits scoring a business's website, funnel, offer and conversion, human-reviewed on higher tiers
    // --- Met in the same searches ---
    { id: 'audience-ai-agi', name: 'Audience AI (audienceagi.com)', vendor: 'Audience AI', category: 'productivity', domains: ['audienceagi.com'], source: 'https://www.audienceagi.com/privacy.html' }, // privacy: presentation practice with role-based AI questions, transcripts and review tools through AI providers
  ],
  { checked: CHECKED_C27 },
);
