// Twenty-second session, second e-commerce pass (2026-12-07, helper `ecom2`): AI products for online sellers and shops
// that no entry claimed yet, beside the seventeenth session's ecom pass (data/long-tail-c17-ecom.ts), the twenty-first
// session's ads and UGC pass (data/long-tail-c21-adsugc.ts) and photo pass (data/long-tail-c21-photo.ts), whose rows
// are not repeated here. Here: AI listing writers for Etsy, Vinted, eBay and other resale sellers (Pricta, Snappy,
// PostPoet, VintOps, Vendlists, ShopSmith, an Etsy seller extension) and a TikTok Shop script writer (TokWriter); AI
// product-photo apps for Shopify (ShopSnapAI, Ghost Unicorns' AI Product Photography), apparel imagery and virtual
// try-on for shops (Apiway Studio, Chic AI, FitMirror AI, TryOnCloud), an AI size finder (VTS), an AI model-image
// workflow on a general image generator (Naviya) and a WordPress featured-image generator (Picment); AI shopping
// assistants, store chatbots and support agents (GetAIShoppers, Flyweight, OrderWise AI, CartAgent, iAdvize) and an AI
// store search (Product Scout); AI for pricing (pricex), catalogue enrichment (Paladio, Selectika) and store operations
// (Shoperator); and AI review analysis for sellers and dropshippers (Reviewant, Dropio, eCommerce Insights).
//
// Leads. 43 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms, DPAs
// and sub-processor lists, help pages and app-store-style feature pages ("your uploaded images ... sent via
// OpenRouter", "Shopify application that provides AI-powered ...", "credits are consumed each time", "sub-processors
// Anthropic OpenAI", "merchant", "try-ons/month"), by kind (listing writers for Etsy, Amazon, eBay, Vinted, Depop,
// Poshmark and Mercari sellers; AI product photos, fashion models, ghost mannequins and Amazon infographics; virtual
// try-on for clothes, glasses and jewellery; store chatbots, semantic search and support agents; review replies, review
// summaries and review analysis; repricing, price optimisation and demand; catalogue enrichment; store-operator agents;
// dropshipping research; gift finders; TikTok Shop; shopper-side extensions), and in German (Datenschutz, KI-Chatbot,
// Produktbeschreibungen), French (fiches produits, assistant IA, CGU), Spanish and Portuguese (descripciones de
// productos, Mercado Libre, Nuvemshop), Japanese (商品説明文, 利用規約), Korean (상세페이지, 이용약관) and Chinese (商品主图, 用户协议). The
// non-English queries returned news, law-firm notes, agency blogs and listed vendors only (딸깍리뷰, I'Atelier, Semly,
// Ailog, WebChatAgent); the Amazon-pricing, buyer-message and Mercari queries returned marketplace help pages and
// guides. Every row cites a page with a path on the product's own host (for Chic AI its business. host, for iAdvize its
// help. host, for Apiway, Ghost Unicorns, VTS and pricex the claimed subdomain); each page says in the vendor's words
// that the product writes, generates, answers, analyses, prices or fits with AI, an AI model or a named provider
// (OpenAI, Anthropic Claude, Google Gemini, OpenRouter, DALL-E 3, AWS Bedrock, computer vision). Six rows cite the
// vendor's own blog, article or glossary page describing its own product (Apiway's glossary on its templates, Naviya's
// model-image workflow, Flyweight's guide to its Shopify chatbot, Paladio's article on its catalogue agents, VTS's and
// Dropio's posts on their own pipelines). Hosts were run through /work/helpers/classify-hosts.mts and names grepped in
// data/ first. Already listed and left to their entries: QuickListing, SellyGenie, ReplyGuru (reply.polenest.com),
// Replori, Replyze, TryOnIA, AI Clothes Changers, ShopExpert AI, Shotify AI, Product Photo Studio AI
// (pandastudio.store), ShopAI (aiofficeos.org), ListsGenie, the Selfspark product-description app, AI Related Products
// (coddin.app), Lookon, Try It On (both), Fitting Room, FindMyGift, Guilted, AI Manager (aimanager.studio), Rel.ai's
// Copy Opt, Nightjar, Ailog, I'Atelier, 딸깍리뷰, Semly, MerchantDrafts and WebChatAgent.
//
// Five subdomains are claimed alone because nothing read ties their parent sites to the AI product: asst.etsyant.com
// (the site of the Etsy seller extension, a row for its site since no store id was read), studio.apiway.ai,
// ai-product-photography-app.ghostunicorns.com, vts.optimosolutions.com and pricex.devxcommerce.com; their parents are
// traps. The seventeenth-session pass left Apiway's blog and glossary out; the glossary states that Apiway's own Ghost
// Mannequin template and virtual try-on generate the images with AI, so the studio host is listed here. chic-ai.com is
// claimed whole: the business terms were read on business.chic-ai.com, and the brand is Chic AI. iadvize.com is claimed
// whole: iAdvize's product is now its AI Shopping Assistant, whose sales report its help centre documents.
//
// Measured with /work/helpers/classify-hosts.mts on the 263 hosts the searches returned (vendors, blogs, news, law
// firms, marketplaces, agencies and shared hosts alike, in /work/helpers/out/ecom2-hosts.txt; one adult host a Chinese
// query surfaced is left out of it): 32 classified before (12.2%), 63 after (24.0%).
//
// Doubtful rows: eCommerce Insights' docs describe voice-of-customer rollups compared with what AI engines say about a
// brand (its Prompt Runs), an AI-visibility tracker like those of the marketing3 pass; Naviya is a general AI image and
// video generator, listed from its own blog's e-commerce model-image workflow; OrderWise AI, PostPoet and Pricta name
// individuals or no entity, so the product name stands as vendor; GetAIShoppers' operator is spelt "NSKY Clouverse
// Solutios" on its page.
//
// Left out. Feedvisor, an Amazon pricing and advertising platform whose seller-education page
// (feedvisor.com/university/amazon-pricing-policy/) calls its technology "AI-driven": its domain is among the popular
// sites /work/helpers/fpscan.mts guards, so it is left for a review of that list rather than claimed here (a lead).
// Pages that are drafts or templates (repliox.chat's "before launch ... reviewed by counsel", openwpagent.com's
// placeholder DPA, botswe.com's EDPB template awaiting review, smartsearch.dharapixel.com's "replace the contact
// email", which also says it uses no language model); shared platforms (cloth-cast.vercel.app's ClothCast try-on,
// layertry on pages.dev again, Reply Pilot on qorve-3.duckdns.org, AI Smart Search on fly.dev, ShopSense on
// ondigitalocean.app, Sell It on netlify.app, MakeBox.ai's Etsy SEO plugin on web.app, Studio (bichachi) and Cervito
// and TrueView AI on railway.app, Price Engine on vercel.app, AI Ecommerce Manager on netlify.app, NoteRP on pages.dev,
// ONVORE's Dokan AI writer on pages.dev, AutoAffil and an affiliate workflow on pages.dev, github.io review extensions,
// a notion.site description app); products whose page sits on another or a developer's general host (PricePulse's same
// policy on frontml.com and matriks.io, whose owner is unclear; Wismo on matriks.io; SJ Apps' Banana Fit docs; Spectre
// AI Reviews under spectreapps.io; the Ai Virtual Try On extension under apps15.com; GShopLens on a personal site;
// SellerPix's terms on an unrelated host; WCFM's AI Suite on docs.wclovers.com, a plugin of a general marketplace
// suite; suPixel's try-on, read only on a plugin mirror: leads); general products where AI is one feature (POWR's AI
// Shopping Assistant, Reviewley's optional AI replies, STORES' inquiry AI, makeshop's AI assist, Emplifi's AI review
// summaries, Products Manager's AI enrichment, AdVision's CatalogPilot); pages that do not say the product uses AI
// (priceflux.ai, pricision.io, smartprice.dev, pricesway.com's statistical models, venditmobile.com, tryitonme.com,
// agentchannel.app's DPA, acpfeedoptimizer.com's optional providers, smart-shopping-assistant.com's "analysis server");
// bare home pages (sellercare.ai, slo.the-ppc-geek.org); a store's test host (test.schall-rauch.de); an app policy
// naming only an individual and no product (policy.sm-erp.cn); and vendors seen only on guides or blogs that do not
// describe their own product (owlish.bot, helmsly.io again, picjam.ai, qualimero.com, metaprice.io, dataiads.io,
// genstore.ai and rewarx.com again, buildyourstore.ai, storefleet.io.vn, slaycommerce.com, eclawmerce.com,
// reviewai.pro, getwair.com, wearview.co, on-model.com, giftprompt.com, the Lexi validation engine on dev.to: leads).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Ecom2Tools: Tool[] = defineTools(
  'embedded-saas',
  [
    // --- AI listing writers for marketplace and resale sellers ---
    { id: 'pricta', name: 'Pricta', vendor: 'Pricta', category: 'writing', domains: ['pricta.com'], source: 'https://pricta.com/privacy' }, // privacy: AI-powered Etsy listing content from uploaded product images, sent via OpenRouter to models such as Anthropic Claude
    { id: 'etsy-seller-assistant-etsyant', name: 'Etsy Seller Assistant (etsyant)', vendor: 'Etsy Seller Assistant', category: 'productivity', domains: ['asst.etsyant.com'], source: 'https://asst.etsyant.com/privacy' }, // privacy: an extension for Etsy sellers whose chat and listing auto-fill answer through the AI provider the user picks (DeepSeek, OpenAI, Claude)
    { id: 'snappy-listing', name: 'Snappy', vendor: 'Snappy', category: 'writing', domains: ['snappylisting.co.uk'], source: 'https://www.snappylisting.co.uk/privacy.html' }, // privacy: an AI-powered Vinted listing generator; the uploaded photo and a prompt go to Anthropic's Claude API
    { id: 'postpoet', name: 'PostPoet', vendor: 'PostPoet', category: 'writing', domains: ['postpoet.co.uk'], source: 'https://www.postpoet.co.uk/privacy.html' }, // privacy: listing copy generated from item photos and descriptions, with OpenAI for AI-generated listing assistance
    { id: 'vintops', name: 'VintOps', vendor: 'UserBuilders LLC', category: 'writing', domains: ['vintops.com'], source: 'https://vintops.com/privacy' }, // privacy: AI-generated marketplace listing copy, pricing suggestions, brand identification and studio images for resellers
    { id: 'vendlists', name: 'Vendlists', vendor: 'Vendlists', category: 'writing', domains: ['vendlists.com'], source: 'https://vendlists.com/privacy' }, // privacy: AI-powered eBay listing automation; uploaded photos analysed by AI into titles, descriptions, item specifics and prices
    { id: 'shopsmith', name: 'ShopSmith', vendor: 'ShopSmith', category: 'writing', domains: ['shop-smith.com'], source: 'https://shop-smith.com/terms' }, // terms: a desktop app that generates Etsy listing titles, descriptions, tags and mockup images with Google Gemini
    { id: 'tokwriter', name: 'TokWriter', vendor: 'Practical Business AI', category: 'writing', domains: ['tokwriter.com'], source: 'https://tokwriter.com/privacy' }, // privacy: a TikTok Shop partner app that generates and checks video scripts, storing the AI analysis results

    // --- AI product photos, apparel imagery, try-on and fit ---
    { id: 'shopsnapai', name: 'ShopSnapAI', vendor: 'ShopSnapAI', category: 'image', domains: ['shopsnapai.com'], source: 'https://shopsnapai.com/privacy-policy' }, // privacy: generates and uploads AI product images for Shopify stores through the configured AI provider
    { id: 'ai-product-photography-ghostunicorns', name: 'AI Product Photography (Ghost Unicorns)', vendor: 'Ghost Unicorns', category: 'image', domains: ['ai-product-photography-app.ghostunicorns.com'], source: 'https://ai-product-photography-app.ghostunicorns.com/privacy' }, // privacy: a Shopify app sending product images to the Google Gemini API to generate new product photos (subdomain only)
    { id: 'apiway-studio', name: 'Apiway Studio', vendor: 'Apiway', category: 'image', domains: ['studio.apiway.ai'], source: 'https://studio.apiway.ai/glossary' }, // glossary: its Ghost Mannequin template and virtual try-on generate apparel images with AI from flat-lay photos (subdomain only)
    { id: 'chic-ai', name: 'Chic AI', vendor: 'Chic AI', category: 'image', domains: ['chic-ai.com'], source: 'https://www.business.chic-ai.com/terms' }, // terms: Chic AI for Business generates merchant fashion imagery and virtual try-on outputs; AI-generated results need review
    { id: 'fitmirror-ai', name: 'FitMirror AI', vendor: 'FitMirror AI', category: 'image', domains: ['fitmirrorai.com'], source: 'https://fitmirrorai.com/terms' }, // terms: a Shopify app giving stores AI-powered virtual try-on from shoppers' photos, paid in credits
    { id: 'tryoncloud', name: 'TryOnCloud', vendor: 'TryOnCloud', category: 'image', domains: ['tryoncloud.com'], source: 'https://www.tryoncloud.com/terms' }, // terms: an AI-powered virtual try-on API for merchants, with a Shopify app and a WooCommerce plugin
    { id: 'vts-optimo', name: 'VTS AI Size Finder', vendor: 'Optimo Solutions', domains: ['vts.optimosolutions.com'], source: 'https://vts.optimosolutions.com/blog/size-recommendation-algorithms-technical-deep-dive' }, // vendor blog on its own product: computer vision takes 20+ body measurements from two photos to recommend a size on Shopify (subdomain only)
    { id: 'naviya-chat', name: 'Naviya', vendor: 'Naviya', category: 'image', domains: ['naviya.chat'], source: 'https://www.naviya.chat/ko/blog/copyright-safe-ai-model-image-workflow' }, // vendor blog: an e-commerce AI model-image workflow run in Naviya's AI Image Generator and reference-to-video tools
    { id: 'picment', name: 'Picment', vendor: 'Picment', category: 'image', domains: ['picment.xyz'], source: 'https://www.picment.xyz/privacy.html' }, // privacy: a WordPress plugin generating featured images with OpenAI DALL-E 3, tracked in credits

    // --- AI shopping assistants, store chatbots, support agents and store search ---
    { id: 'getaishoppers', name: 'GetAIShoppers', vendor: 'NSKY Clouverse Solutions', domains: ['getaishoppers.com'], source: 'https://www.getaishoppers.com/privacy' }, // privacy: AI Product Passports, AI commerce readiness and an AI Shopping Advisor that answers a store's shoppers
    { id: 'flyweight-ai-chatbot', name: 'Flyweight', vendor: 'Flyweight', domains: ['flyweight.io'], source: 'https://flyweight.io/articles/de-shopify-ai-chatbot-dsgvo-konform' }, // vendor article on its own product: running the Flyweight AI chatbot for Shopify under GDPR and the AI Act
    { id: 'orderwise-ai', name: 'OrderWise AI', vendor: 'OrderWise AI', domains: ['orderwise.dev'], source: 'https://orderwise.dev/privacy' }, // privacy: AI-powered support chatbots for Shopify stores answering order-status questions; responses from Anthropic's Claude API
    { id: 'cartagent-storeschat', name: 'CartAgent', vendor: 'CartAgent', domains: ['storeschat.com'], source: 'https://www.storeschat.com/legal/privacy' }, // privacy: an AI customer-support agent for e-commerce stores; messages go to Anthropic Claude, OpenAI and AWS Bedrock
    { id: 'iadvize', name: 'iAdvize', vendor: 'iAdvize', domains: ['iadvize.com'], source: 'https://help.iadvize.com/hc/en-gb/articles/33195731431314-Reports-Sales' }, // help: the sales report of the iAdvize AI Shopping Assistant's fully automated conversations
    { id: 'product-scout-shop', name: 'Product Scout', vendor: 'Product Scout', category: 'search', domains: ['productscout.shop'], source: 'https://www.productscout.shop/privacy' }, // privacy: an AI-powered search engine for Shopify stores; Gemini embeddings and LLM "why it fits" reasoning

    // --- AI pricing, catalogue enrichment and store operations ---
    { id: 'pricex-devxcommerce', name: 'pricex', vendor: 'pricex', category: 'productivity', domains: ['pricex.devxcommerce.com'], source: 'https://pricex.devxcommerce.com/privacy-policy' }, // privacy: a Shopify app whose natural-language price instructions are interpreted by Google Gemini (subdomain only)
    { id: 'paladio', name: 'Paladio', vendor: 'Paladio', category: 'agents', domains: ['paladio.ai'], source: 'https://www.paladio.ai/resources/articles/how-catalog-agents-extract-product-attributes.html' }, // vendor article: its catalogue agents use language models to extract structured product attributes at SKU scale
    { id: 'selectika', name: 'Selectika', vendor: 'Selectika', category: 'other', domains: ['selectika.com'], source: 'https://selectika.com/apis/products-enrichment-api' }, // API docs: AI-powered product data enrichment for retailers, with an auto-tagging API
    { id: 'shoperator', name: 'Shoperator', vendor: 'Shoperator', category: 'agents', domains: ['shoperator.ai'], source: 'https://www.shoperator.ai/privacy-policy' }, // privacy: an AI and human-operator platform automating marketing, product optimisation and creative work for Shopify stores

    // --- AI review analysis for sellers ---
    { id: 'reviewant', name: 'Reviewant', vendor: 'Reviewant', category: 'search', domains: ['reviewant.app'], source: 'https://www.reviewant.app/legal.html' }, // legal hub: store reviews sent to OpenAI-backed analysis for sentiment labels, topic clusters and summaries in Shopify admin
    { id: 'dropio', name: 'Dropio', vendor: 'Dropio', category: 'search', domains: ['dropio.ai'], source: 'https://dropio.ai/blog/dropshipping-product-reviews' }, // vendor blog on its own product: the Dropio Reviews AI module extracts defect, shipping and fraud signals from supplier reviews
    { id: 'ecommerce-insights-ai', name: 'eCommerce Insights', vendor: 'eCommerce Insights', category: 'search', domains: ['ecommerceinsights.ai'], source: 'https://ecommerceinsights.ai/docs/features/sentiment/' }, // docs: review themes and voice-of-customer rollups compared with what AI engines say about the brand in its Prompt Runs
  ],
  { checked: CHECKED_C22 },
);
