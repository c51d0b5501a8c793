// Twenty-eighth session, e-commerce pass (2026-12-08, helper `ecom3`): AI products for online sellers, retailers and
// shoppers that no entry claimed yet, beside the earlier e-commerce passes (data/long-tail-c17-ecom.ts,
// long-tail-c22-ecom2.ts, long-tail-c24-ecom3.ts, long-tail-c27-ecom2.ts), the app, add-on and refund passes
// (long-tail-c25-apps.ts, long-tail-c26-apps2.ts, long-tail-c25-addons.ts, the c24/c25 refunds files) and this
// session's support6 pass (long-tail-c28-support6.ts), whose rows and queries are not repeated here. Here: AI returns
// tools, for merchants (ReturnSense AI, ReasonWhy, Eturns) and for shoppers who track return windows from their receipt
// emails or photos (Returned, ReturnScribe, kazarama.com, ReturnGuard); AI for resellers and dropshippers (ResaleVision's
// photo valuations, Vendy Studio's worn-garment photos for Vinted and Leboncoin, Dropship Ad AI, Dropship Spy,
// DropPages AI, DropScribe, Tryly.ai's fashion photos); store apps (Smart Bundles AI on BigCommerce, AltGenie's alt text,
// the WizardAI PrestaShop module, PersonalizerAI's recommendation models); catalogue enrichment (Rastro) and shelf
// image recognition for consumer brands (ParallelDots ShelfWatch); and shopper-side assistants (ShopMind, PickPilot,
// OutfitRate, and three AI wine guides: SommelAI of London, Won't Whine, Nomi by hey.wine).
//
// Leads. 35 look-ups in the stored `pages` corpus, counted as they were made (budget 38), worded the way vendors word
// their own privacy policies, terms and docs, by kind: print-on-demand designs, returns analysis and returns agents,
// demand forecasting, Mercado Libre tools (Spanish), review sentiment, virtual try-on, reseller photo valuations, shelf
// image recognition, AI sommeliers, Shopify description apps naming Claude, Amazon listing terms, Amazon suspension
// appeals, GPSR compliance, store-data analysts, BigCommerce and Wix apps, PrestaShop modules (French), Vinted and
// Leboncoin listings (French), dropshipping research and AliExpress import, Etsy tags, clienteling, flat-lay-to-model
// photos, cross-listing, supplier-data normalisation, product-page FAQs, furniture room visualisers, AI personal
// shoppers, product comparisons, recommendation quizzes, receipt and return-window trackers, live-selling co-hosts.
// The Mercado Libre, Amazon-appeal, GPSR, clienteling, cross-listing, comparison and live-selling queries returned news,
// marketplace help, law-firm notes and guides only; the try-on, Etsy, description, FAQ and furniture queries met mostly
// vendors already listed. Every row cites a page with a path on a host the row claims, where the vendor says the
// product analyses, generates, answers, recommends or enriches with AI, machine learning or a named provider (OpenAI,
// Anthropic Claude, Google Gemini, DeepSeek, Perplexity, OpenRouter). Hosts were run through classify-hosts.mts and
// names grepped in data/ and in the other helpers' c28 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 220 hosts the searches returned (vendors, blogs, news,
// marketplaces, law firms, agencies and shared platforms alike, in /work/helpers/out/ecom3-hosts.txt): 30 classified
// before (13.6%), 60 after (27.3%).
//
// Two subdomains are claimed alone, their parents trapped: altgenie.praiz-sales.jp (the AltGenie Shopify app; the
// parent was not read) and wizardai.gekkode.com (the WizardAI PrestaShop module of the developer gekkode.com).
//
// Doubtful rows, and the judgement. Tryly.ai and ParallelDots are read from their own blogs: Tryly's guide says every
// image generated on Tryly.ai carries commercial rights in an article on AI fashion photos (the c17 pass had left its
// blog out); ParallelDots' post names ShelfWatch as its AI-based visual-recognition platform for shelves. PersonalizerAI's
// policy says order data trains its recommendation models, without naming a model provider. Returned's policy speaks
// of its "AI Assistant SMS service" for shoppers' purchases and returns, without a company name; kazarama.com's policy
// names no product (the host stands as name and vendor) but says Claude parses order emails and answers SMS questions.
// SommelAI (sommel.ai, SommelAI Ltd of England) is a different company from SommelAI (thesommelai.com, SommelAI, LLC),
// hence the qualifier; Nomi by hey.wine likewise stands beside Nomi (nomi.ai) and Nomi (nomi.so). OutfitRate's French
// terms name Gemini 2.5 Flash for its outfit analyses (a fashion tool, met by the Vinted query).
//
// Already listed and left to their entries: Design on Demand, PrintGen, AI Print On Demand, ShopExpert AI, AI Trends
// Advisor, AI Shop Insights, Ask AI - Data Connector, ShopIQ, ResellerAI, EZList.AI, Vendlists, QuickListing, Etsy
// Seller Assistant (asst.etsyant.com), Genlook, Try It On, TryYourLook, Paladio, GetAIShoppers, SommelAI
// (thesommelai.com), AI Furniture, FurnitureViz, Foresee Commerce, wares.live, RoomVision AI, AI Auto Blogger, the Novik
// and Selfspark description apps, eCommerce Insights.
//
// Left out. Shared platforms: returnsage.onrender.com (ReturnSage), return-guard-ai-tan.vercel.app,
// ai-return-analyzer-production.up.railway.app (Return Insights AI), ai-product-copy-production.up.railway.app,
// copydrop-ai-service on run.app (CopyDrop, whose merchmindlabs.com was not read), sell-it-api.netlify.app,
// love8ko.github.io (SnapFlip), tobias-creator97.github.io (ResellEngine), sites.google.com (SellNow),
// thuongtin.github.io, wikty.github.io, eugder.github.io, listit-website.pages.dev, sommelai.pages.dev,
// legal-1b0.pages.dev, stock-risk-radar-com.pages.dev, metafields-ultimate.fly.dev, a notion.site description app,
// purple-selfie-509670.framer.app (Receiptify), smartmangoes.wixsite.com. Drafts and placeholders: legal.syncerp.work's
// FAQ Genie ("replace with your real support address"; rule-based, no LLM), repliox.chat, abbotkinney.agency's GiftAI
// ("[Date of Launch/Acceptance]"; an agency), pinpointed.dev's AI Sommelier (its policy still says it should be
// reviewed by a lawyer). Developers' general hosts: scurix.com (AutoFAQ, as before), noel.marketing (AI Survey among
// its apps), qqgals.com (Buymates AI, a studio host), wiranium.com (Return Shield), apps15.com (as before). General
// products where AI is one feature: restock-radar.fairware.app (forecasts with a DeepSeek summary),
// tryproductstory.app (a product-section builder with optional AI text), feed-commerce.com (a feed app with ML
// categorisation), prntd.ca (a print shop with credit-based AI tools), docs.pricelistserver.com (an AI plug-in of a
// price-list server), www.ali-smart.com (a coupon extension with AI search), www.archery.deals (a creators' deal site
// with AI email replies), luxury-sofa.com (a sofa shop with an AI try-on), help.zipify.com (PerfectMatch, one app of a
// suite), www.gopazo.com, www.xenia.team, explore.movista.com and visiongroupretail.com (retail-execution platforms).
// Pages that do not say the product uses AI: www.insights.sale (as before), www.inventory-intel.app (as before),
// www.stockimizer.com, berryglobalapps.com, jollygoodapps.com's Review Radar, refundradar.io, returnsintel.com,
// vintedify.com (photo "generations" without the word AI), dresskare.com, www.maisonlooks.com (a fashion site whose AI
// try-on and stylist may be features of a shop; not settled), support.digitalcoo.com, livehost.com, www.datathere.com.
// Personal portfolios: www.beveragedata.ai, santiant.pages.dev.
//
// Leads (own product pages not read): vintylook (named by startechnormandy.com), appeal.tools and sellerforge.ai
// (Amazon appeal guides), elistit.com, rewarx.com, gestel.studio and artomate.app again (guides), productlasso.com,
// thebutton.ai, veriprajna.com, fibr.ai, Thriftly (named on secured.directory), ReturnGuard AI and ReturnSage on
// their shared hosts.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Ecom3Tools: Tool[] = defineTools(
  'embedded-saas',
  [
    // --- returns: merchant apps and shoppers' return-window trackers ---
    { id: 'returnsense-ai', name: 'ReturnSense AI', vendor: 'Digital Soft Distribution Sp. z o.o. (SoftBlaze)', domains: ['returnsense.ai'], source: 'https://returnsense.ai/privacy' }, // privacy: a Shopify app with AI-powered return analytics, scoring descriptions and recommending fixes
    { id: 'reasonwhy', name: 'ReasonWhy', vendor: 'ReasonWhy', domains: ['getreasonwhy.com'], source: 'https://getreasonwhy.com/privacy' }, // privacy: return-reason notes grouped by AI; Anthropic labels them, OpenAI embeds them for clustering
    { id: 'eturns', name: 'Eturns', vendor: 'Eturns', category: 'chat', domains: ['eturns.app'], source: 'https://www.eturns.app/privacy-policy' }, // privacy: an AI-powered returns app whose storefront chat widget handles returns, exchanges and refunds
    { id: 'returned-com', name: 'Returned', vendor: 'Returned.com', category: 'chat', domains: ['returned.com'], source: 'https://www.returned.com/privacy-policy.html' }, // privacy: an AI Assistant SMS service generating replies about shoppers' purchases, with an AI opt-out
    { id: 'returnscribe', name: 'ReturnScribe', vendor: 'ReturnScribe', category: 'productivity', domains: ['returnscribe.com'], source: 'https://returnscribe.com/privacy' }, // privacy: an iOS app tracking return windows; AI parsing of receipt emails is "a core, integral part"
    { id: 'kazarama', name: 'kazarama.com', vendor: 'kazarama.com', category: 'productivity', domains: ['kazarama.com'], source: 'https://kazarama.com/privacy' }, // privacy: return-window and trial tracker; the Claude API parses order emails and answers SMS questions
    { id: 'returnguards', name: 'ReturnGuard', vendor: 'ReturnGuard', category: 'productivity', domains: ['returnguards.com'], source: 'https://returnguards.com/privacy-policy.html' }, // privacy: receipts read by Google Gemini AI, warranty and store-policy lookups by Perplexity AI

    // --- resellers, dropshippers and listing visuals ---
    { id: 'resalevision', name: 'ResaleVision', vendor: 'MitraSpec LLC', category: 'image', domains: ['resalevision.app'], source: 'https://www.resalevision.app/privacy' }, // privacy: photos identified by Claude and GPT-4o vision to produce AI resale valuations
    { id: 'vendy-studio', name: 'Vendy Studio', vendor: 'VLA STUDIO (François Vella)', category: 'image', domains: ['vendystudio.fr', 'vendystudio.com'], region: 'europe', source: 'https://www.vendystudio.fr/legals/cgu-cgv' }, // terms: AI-generated photos of a garment worn by a virtual model, for Vinted and Leboncoin listings
    { id: 'tryly-ai', name: 'Tryly.ai', vendor: 'Tryly.ai', category: 'image', domains: ['tryly.ai'], source: 'https://tryly.ai/blog/ai-fashion-photos-usage-rights-ad-policy' }, // own guide: the AI fashion photos generated on Tryly.ai carry full commercial rights
    { id: 'dropship-ad-ai', name: 'Dropship Ad AI', vendor: 'Dropship Ad AI', category: 'image', domains: ['dropshipadsai.com'], source: 'https://dropshipadsai.com/privacy-policy' }, // privacy: generates hooks, scripts, image creatives and video ads for dropship sellers
    { id: 'dropship-spy', name: 'Dropship Spy', vendor: 'Glaves & Co.', category: 'search', domains: ['dropship-spy.com'], source: 'https://dropship-spy.com/policies/privacy' }, // privacy: product research answered by AI, the Claude API runs the research engine
    { id: 'droppages-ai', name: 'DropPages AI', vendor: 'DropPages AI', category: 'writing', domains: ['droppages.me'], source: 'https://www.droppages.me/privacy-policy' }, // privacy: a Shopify app feeding product data to third-party AI models to generate page content
    { id: 'dropscribe', name: 'DropScribe', vendor: 'DropScribe', category: 'writing', domains: ['dropscribe.app'], source: 'https://dropscribe.app/privacy' }, // privacy: an AI product-description generator for Shopify and WooCommerce on the Claude API

    // --- store apps, catalogue data and shelf recognition ---
    { id: 'smart-bundles-ai', name: 'Smart Bundles AI', vendor: 'Expert Ecom LLC', domains: ['smartbundlesai.com'], source: 'https://smartbundlesai.com/privacy' }, // privacy: a BigCommerce bundle app generating AI-powered recommendations
    { id: 'altgenie', name: 'AltGenie', vendor: 'AltGenie', category: 'writing', domains: ['altgenie.praiz-sales.jp'], source: 'https://altgenie.praiz-sales.jp/privacy' }, // privacy: product images and titles sent to Claude for AI vision analysis to write alt text (subdomain only)
    { id: 'wizardai-prestashop', name: 'WizardAI for PrestaShop', vendor: 'gekkode', category: 'writing', domains: ['wizardai.gekkode.com'], source: 'https://wizardai.gekkode.com/p/general-conditions-of-sale-and-use' }, // terms: a PrestaShop module offering AI services, text and image creation (subdomain only)
    { id: 'personalizerai', name: 'PersonalizerAI', vendor: 'PersonalizerAI', domains: ['personalizerai.com'], source: 'https://personalizerai.com/privacy' }, // privacy: a Shopify app whose order data trains its recommendation models
    { id: 'rastro-ai', name: 'Rastro', vendor: 'Rastro', category: 'other', domains: ['rastro.ai'], source: 'https://docs.rastro.ai/enrich/quickstart' }, // docs: enriches product data with AI-powered web research, every field with its source
    { id: 'paralleldots-shelfwatch', name: 'ParallelDots ShelfWatch', vendor: 'ParallelDots', category: 'other', domains: ['paralleldots.com'], source: 'https://www.paralleldots.com/resources/blog/ai-image-recognition-product-placement-retail' }, // own blog: ShelfWatch, AI-based visual recognition of shelf images for CPG brands

    // --- shoppers' assistants and wine guides ---
    { id: 'shopmind-ai', name: 'ShopMind', vendor: 'ShopMindAI', category: 'chat', domains: ['shopmindai.com'], source: 'https://www.shopmindai.com/privacy' }, // privacy: an AI shopping assistant on LLM providers, analysing uploaded receipts, with affiliate links
    { id: 'pickpilot', name: 'PickPilot', vendor: 'PickPilot', category: 'chat', domains: ['pickpilot.app'], source: 'https://pickpilot.app/privacy' }, // privacy: an AI shopping assistant recommending Amazon products, replies from DeepSeek
    { id: 'outfitrate', name: 'OutfitRate', vendor: 'OutfitRate', category: 'image', domains: ['outfitrate.com'], region: 'europe', source: 'https://outfitrate.com/legal/cgu' }, // terms (French): outfit analyses generated by AI (Google Gemini 2.5 Flash), with quotas
    { id: 'sommelai-uk', name: 'SommelAI (sommel.ai)', vendor: 'SommelAI Ltd', category: 'chat', domains: ['sommel.ai'], source: 'https://www.sommel.ai/privacy.html' }, // privacy: wine identification, tasting scripts and pairings; questions sent to OpenAI
    { id: 'wontwhine', name: "Won't Whine", vendor: 'Day Production', category: 'chat', domains: ['wontwhine.com'], source: 'https://www.wontwhine.com/legal' }, // terms: an AI recommendation engine generating personalised wine suggestions
    { id: 'nomi-hey-wine', name: 'Nomi by hey.wine', vendor: 'hey.wine AG', category: 'chat', domains: ['nomi.wine'], region: 'europe', source: 'https://nomi.wine/terms' }, // terms: an AI-powered wine-guidance service on WhatsApp that refers users to wine retailers
  ],
  { checked: CHECKED_C28 },
);
