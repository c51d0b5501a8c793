// Twenty-fourth session, third e-commerce pass (2026-12-07, helper `ecom3`): AI products for online sellers and shops
// that no entry claimed yet, beside the seventeenth session's ecom pass (data/long-tail-c17-ecom.ts), the twenty-first
// session's ads and UGC pass (data/long-tail-c21-adsugc.ts) and the twenty-second session's ecom2 pass
// (data/long-tail-c22-ecom2.ts), whose rows are not repeated here. Here: an AI store-copy writer (a Shopify SEO
// optimizer on Gemini) and an AI reply drafter for marketplace buyer messages; AI virtual try-on sold to stores
// (TryOn.live, Genlook) and an AI fashion-photo studio (MannequinIA); an AI product-image-to-video tool for e-commerce
// ads (ClipVela); AI translation of product images (PicTranslate's e-commerce mode, AI Image Translator); AI shopping
// assistants and sales agents (a WooCommerce shopping agent, and Direct Sale AI for sellers on Instagram, WhatsApp and
// Messenger); machine-learning bundle and upsell recommendations (Bundle Brain); AI catalogue and feed enrichment
// (DataAlign's WooCommerce attribute enrichment, Ekamoira's feed optimizer); and AI chargeback responses
// (AutoDispute.AI).
//
// Leads. 40 look-ups in the stored `pages` corpus, counted as they were made, worded the way vendors word their own
// privacy policies, terms and app policies ("Shopify app privacy policy ... sent to OpenAI", "credits", "try-ons",
// "merchants", "Chrome extension for Amazon sellers", "AI-generated ... images", "Gemini generates ...") and by kind:
// listing and description writers for Amazon, Etsy, eBay, Poshmark, Mercari and Depop; product photography,
// infographics, jewellery photos, fashion models and ghost mannequins; virtual try-on for clothes, eyewear, jewellery
// and make-up; size and fit prediction; store chatbots, WooCommerce assistants, support agents and email drafters;
// review replies and review summaries; AI repricing and Amazon PPC agents; ad creatives for D2C brands and product
// videos; Google Merchant Center feed optimisation; print-on-demand design; chargeback disputes; product-image
// translation for cross-border sellers; dropshipping product research; AI email marketing for Shopify; alt text and SEO
// apps; bundles and upsells; Instagram and WhatsApp sales agents. Queries in German (KI Produktbeschreibungen), Polish
// (opisy produktów, Allegro), Italian (descrizioni prodotto) and Turkish (Trendyol, Hepsiburada) returned news,
// marketplace rules, agency blogs and already-listed vendors only. The corpus is well mined for this topic: most vendor
// pages the searches returned were listed already by the c16–c23 passes, and the pass adds fewer rows than the 20–40 it
// aimed at rather than list pages that do not say what the product does.
//
// Every row cites a page with a path on the product's own host (for the WooCommerce shopping agent its claimed fahadai.
// subdomain) where the vendor says the product generates, answers, translates, recommends, enriches or disputes with
// AI, a language model, machine learning or a named provider (OpenAI, Anthropic, Google Gemini, ByteDance). Four rows
// cite the vendor's own blog, article, glossary or documentation describing its own product (AutoDispute.AI's article
// on its dispute responses, PicTranslate's post on its e-commerce mode, MannequinIA's glossary of its studio,
// Ekamoira's guide naming its Commerce Feed Optimizer); DataAlign's row cites the WooCommerce plug-in package it serves
// from its own host, whose readme describes the AI enrichment. Hosts were run through /work/helpers/classify-hosts.mts
// and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 255 hosts the searches returned (vendors, blogs, news,
// marketplaces, agencies and shared hosts alike, in /work/helpers/out/ecom3-hosts.txt): 55 classified before (21.6%),
// 69 after (27.1%).
//
// Taken back before the commit and listed at the merge: two rows that classified traps of earlier regional passes,
// which had left them out only because their pages name no country of their region, not because they are not AI
// products. E-Commerce Tools (getecommercetools.com, a text-generation service for e-commerce titles, descriptions and
// keywords whose requests go to AI providers; its traps in lookalikes-c20-india and lookalikes-c23-sea3 dropped) and AI
// Shop Agent (ai.mark-flow.com, whose policy says it generates sales and support replies from a business's catalogue on
// Telegram and Instagram through AI providers; its trap in lookalikes-c21-sea2 dropped; mark-flow.com, not read, is a
// trap here).
//
// Already listed and left to their entries: SellyGenie, ListMyProduct, EZList.AI, PhotoAI (getphotoai.app),
// ProductShot, Product Creative Generator, BGCreate, Try It On (Wave Digital), TryOnIA, FitMirror AI, Lookon,
// TryOnCloud, Chic AI, GetAIShoppers, Apiway Studio, Mani, AdStellar, Repricer AI, Nightjar, ListsGenie, ShopSmith,
// QuickListing, ShelfGen, Jewel AI Studio, BurnishPro, Design on Demand, Savena, Open (open.cx), CartMail AI, Automail,
// Email Flow, ImageTextLab, veltez AI, AI Clothes Changers, AI Auto Blogger, SEO Agent (bulkseoagent), AI Bulk Product
// SEO, AI Related Products, WhatsApp AI Sales, InstaReplAI, TryYourLook, ArTryOn's AI Vision, Accio, and the
// non-commerce AI tools the Polish and video queries met (Lovelio, AiPost, promptuj.pro, PawSnap AI, all-images.ai,
// image-to-video.app, LogReel, MusicToVideo, AI Image Translator on aiimagetranslator.io). docs.opencopilot.so is the
// former documentation host of Open (open.cx) (its Shopify page tells readers to go to their Open account); it is left
// to that entry's next review rather than added here. immersivetranslate.cn (the privacy policy of Immersive Translate,
// listed on immersivetranslate.com) is likewise left to its entry.
//
// One host is claimed below a parent that is not the product: fahadai.isupercoder.com (the docs of a WooCommerce AI
// shopping agent; isupercoder.com was not read, and it is a trap).
//
// Same names: AI Image Translator (imagetranslate.org) carries a qualifier beside AI Image Translator
// (aiimagetranslator.io), a different site.
//
// Doubtful rows: Genlook's shopper policy says the photo is used to generate the try-on image and is never used to
// train AI models, without naming a model; the image translator on imagetranslate.org names no company; Ekamoira is
// read from its own guide to AI feed optimizers, which names its Commerce Feed Optimizer without describing its own
// pipeline in detail; the WooCommerce agent's vendor is named after its host (FahadAI); DataAlign's source is its
// plug-in zip.
//
// Left out. Drafts and placeholders: shopilot.store ("[LEGAL ENTITY NAME]"), velarapex.com ("[Company Name]"),
// legal.syncerp.work's FAQ Genie ("replace with your real support address before submission"), rugs.digist.ma (an
// unrendered template variable in its terms). Shared platforms: sellerai-99r.pages.dev (SellerAi), a notion.site policy
// of an AI description app, imagetextlab-com.pages.dev, supportprep-ai on run.app, socialagent-legal.pages.dev,
// seo-genius.onrender.com, alt-generator-doiv.onrender.com, alttextai-production.up.railway.app,
// photospro-marketing-production.pages.dev, cloth-cast.vercel.app and layertry on pages.dev again, onvore.pages.dev,
// sell-it-api.netlify.app, listit-website.pages.dev, etsy-b22ad.web.app and etsyextension0.web.app again, github.io
// extension policies (Amazon Review Analyzer Pro, eBay Listing AI, BigAI SEO, BuyShield, ResellEngine AI, WooInline
// Editor), a sites.google.com listing auditor and translate-nine-psi.vercel.app. Pages that do not say the product uses
// AI, or only in its name: productdescai.com's policy, try.mailcommerce.ai, imagetranslator.com, buyitanan.com (Google
// Translate), listings.vaultwoods.com, thinktrailstudio.com's review extractor, shopify.pulpoar.com (AR try-on),
// docs.sellergen.ai, docs.picaro.ai (as the c21 pass decided), zage.in (a copy of Genlook's shopper policy on a store
// host). General products where AI is one feature: livesmart.video's WooCommerce search plug-in, autoflow.celeris.id
// (optional AI in an email app), northjstech.com's bundle app, POWR's shopping assistant again, SellerMagnet's PPC
// manager, Hextom's image translation, Perpetua and Trellis (Amazon ads platforms), panel.resellportal.com's review
// responder, nexus.hiolo.dev's pricing engine. Bare home pages: sellercare.ai again. Agencies and consultancies:
// amplence.com, singhaisystems.com, designodin.com, ustechautomations.com, themarketplaceguys.com, fotoprostudio.es,
// cashcrown.pl. Vendors seen only on blogs or guides that do not describe their own product (leads): storeagent.ai (a
// review-summary glossary), chargepay.ai, chargexdisputes.com and chargeshield.vmaxbadge.ch (chargeback guides),
// formanova.ai (AI jewellery photography), brandshots.app (AI images on Amazon), colabz.ai (AI fashion photography),
// snappyit.ai, goaspi.com, vip.all-in-one-ecom.com, gapscout.ai, adwitch.ai, dtco.ai, metamodels.ai, vizmo.studio,
// rewarx.com and retouchable.ai again. Other leads: MaxSellora (a WooCommerce AI sales assistant whose policy is on
// shop-aiplugin.com, read only in its wordpress.org readme), SellerPilot AI (pilot.neosura.com, named by the c21 pass),
// the Synthocode AI Companion (wordpress.org only), Email Flow's and Mailcommerce AI's own product pages.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const longTailC24Ecom3Tools: Tool[] = defineTools(
  'embedded-saas',
  [
    // --- AI listing, store-copy and buyer-message writers ---
    { id: 'sns-trend-optimizer', name: 'SNS Trend Optimizer', vendor: 'SNS Trend Optimizer', category: 'writing', domains: ['snstrendapp.com'], source: 'https://snstrendapp.com/public/privacy' }, // privacy: a Shopify app whose AI-based optimisation sends product titles, descriptions and images to Google's Gemini API for SEO titles and descriptions
    { id: 'getecommercetools', name: 'E-Commerce Tools', vendor: 'E-Commerce Tools', category: 'writing', domains: ['getecommercetools.com'], source: 'https://www.getecommercetools.com/privacy' }, // privacy: a text-generation service for e-commerce titles, descriptions and keywords whose requests go to AI providers
    { id: 'ai-shop-agent-markflow', name: 'AI Shop Agent', vendor: 'Mark Flow', category: 'agents', domains: ['ai.mark-flow.com'], source: 'https://ai.mark-flow.com/privacy' }, // privacy: generates sales and support replies from a business's catalogue on Telegram and Instagram through AI providers (subdomain only)
    { id: 'reply-copilot', name: 'Reply Copilot', vendor: 'Reply Copilot', category: 'writing', domains: ['replycopilot.app'], source: 'https://www.replycopilot.app/privacy' }, // privacy: a Chrome extension and dashboard that drafts marketplace sellers' replies to customer messages with AI, using their knowledge base and voices

    // --- AI try-on, fashion imagery and product video ---
    { id: 'tryon-live', name: 'TryOn.live', vendor: 'TryOn.live', category: 'image', domains: ['tryon.live'], source: 'https://www.tryon.live/privacy' }, // privacy: an AI-powered virtual try-on service for Shopify and WooCommerce merchants; shoppers' photos become AI-generated try-on results
    { id: 'genlook', name: 'Genlook', vendor: 'Genlook', category: 'image', domains: ['genlook.app'], source: 'https://genlook.app/privacy/widget' }, // shopper privacy: the Genlook virtual try-on widget generates an image of the shopper wearing the product; photos are never used to train AI models
    { id: 'mannequinia', name: 'MannequinIA', vendor: 'MannequinIA', category: 'image', domains: ['mannequinia.com'], source: 'https://mannequinia.com/en/glossaire' }, // vendor glossary: an AI fashion-photography studio with AI models, locked identities and pixel-accurate virtual try-on from packshots
    { id: 'clipvela', name: 'ClipVela', vendor: 'ClipVela', category: 'video', domains: ['clipvela.com'], source: 'https://www.clipvela.com/legal/terms' }, // terms: an AI-assisted product-image-to-video workflow for e-commerce ads and UGC-style clips, paid in generation credits

    // --- AI translation of product images ---
    { id: 'pictranslate', name: 'PicTranslate', vendor: 'PicTranslate', category: 'translation', domains: ['pictranslate.ai'], source: 'https://pictranslate.ai/blog/how-to-translate-ecommerce-product-images' }, // vendor blog on its own product: PicTranslate's E-commerce mode translates the text on product images for cross-border listings, steered by custom prompts
    { id: 'ai-image-translator-imagetranslate', name: 'AI Image Translator (imagetranslate.org)', vendor: 'AI Image Translator', category: 'translation', domains: ['imagetranslate.org'], source: 'https://imagetranslate.org/es-ES/privacy/' }, // privacy: image translation, OCR, background and watermark removal and photo restoration offered as AI tools

    // --- AI shopping assistants and sales agents ---
    { id: 'fahadai-woocommerce', name: 'FahadAI (WooCommerce shopping assistant)', vendor: 'FahadAI', category: 'chat', domains: ['fahadai.isupercoder.com'], source: 'https://fahadai.isupercoder.com/docs/how-it-works.html' }, // docs: a WooCommerce shopping assistant whose model runs an agentic tool loop over the live catalogue and cart (subdomain only)
    { id: 'direct-sale-ai', name: 'Direct Sale AI', vendor: 'Direct Sale AI', category: 'chat', domains: ['directsale.ai'], source: 'https://directsale.ai/privacy' }, // privacy: an AI-powered sales assistant trained on the seller's catalogue that answers Instagram, WhatsApp and Messenger messages automatically

    // --- Recommendations, catalogue and feed enrichment ---
    { id: 'bundle-brain', name: 'Bundle Brain', vendor: 'Bundle Brain', domains: ['usebundlebrain.com'], source: 'https://www.usebundlebrain.com/privacy.html' }, // privacy: a Shopify app generating machine-learning bundle and upsell recommendations, with short marketing copy, from bought-together patterns
    { id: 'dataalign-ai', name: 'DataAlign.ai', vendor: 'DataAlign.ai', category: 'other', domains: ['dataalign.ai'], source: 'https://dataalign.ai/wp-content/uploads/2025/12/ai-product-attributes-for-woocommerce.zip' }, // plug-in readme served from its own host: AI enrichment of WooCommerce product attributes, tags and SEO through the DataAlign API
    { id: 'ekamoira', name: 'Ekamoira', vendor: 'Ekamoira', category: 'other', domains: ['ekamoira.com'], source: 'https://www.ekamoira.com/blog/policy-first-ai-feed-optimization-google-merchant-center-guide' }, // vendor guide: policy-first AI feed optimisation for Google Merchant Center, with lessons from Ekamoira's Commerce Feed Optimizer

    // --- AI chargeback responses ---
    { id: 'autodispute-ai', name: 'AutoDispute.AI', vendor: 'AutoDispute.AI', category: 'agents', domains: ['autodispute.ai'], source: 'https://www.autodispute.ai/post/proactively-manage-ecommerce-chargebacks-with-autodispute-s-ai-solutions' }, // vendor article on its own product: pulls order, CRM, shipping and PSP data to auto-generate chargeback responses with AI
  ],
  { checked: CHECKED_C24 },
);
