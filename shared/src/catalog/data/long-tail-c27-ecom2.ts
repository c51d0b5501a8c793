// Twenty-seventh session, e-commerce pass (2026-12-07, helper `ecom2`): AI tools for online sellers and shops that no
// entry claimed yet, beside the seventeenth session's ecom pass (data/long-tail-c17-ecom.ts), the twenty-first
// session's ads and photo passes (long-tail-c21-adsugc.ts, long-tail-c21-photo.ts), the twenty-second session's ecom2
// pass (long-tail-c22-ecom2.ts), the twenty-fourth session's ecom3 pass (long-tail-c24-ecom3.ts) and this session's
// marketing5 pass (long-tail-c27-marketing5.ts), whose queries and rows are not repeated here. Here: a TikTok Shop
// listing-compliance checker and appeal writer (ShopSafeAI); AI listing writers for Etsy sellers (ListSmarter, Listori);
// AI product-photo generators (AI Product Pix, SkuHero AI); an AI image-to-3D pipeline for jewellery try-on (WearRoom);
// an AI agent that runs WooCommerce and Shopify stores over WhatsApp (WooAtson); a store chatbot answering from the
// shop's product CSV (Farnsla); an AI ad-optimisation service for Thai advertisers (AI Ads Pilot); and, met on the way,
// two Nano Banana image-generator wrappers (nanobana.net, googlenanobanana.com) of the kind the c16 wrappers pass lists.
//
// Leads. 40 look-ups in the stored `pages` corpus, counted as they were made (the budget), worded the way small vendors
// word their own pages: privacy policies naming OpenAI, Anthropic or Gemini, app terms on "AI-generated content" and
// merchant review, refund policies for AI credits ("credits are non-refundable once used"), "credits per image", and by
// kind (Etsy listing rewrites sent to Claude, review summaries, catalog-ad creatives, demand forecasting, WooCommerce
// plug-ins forwarding to OpenAI, order-status support agents, product Q&A widgets, Amazon A+ content, store
// translation, flat-lay-to-model photos, HS-code classification, photo-to-3D, image auto-tagging, Nano Banana product
// photos, Walmart Marketplace, TikTok Shop affiliate videos), and in Indonesian (kebijakan privasi, Shopee, Tokopedia,
// chatbot AI untuk toko online, foto produk AI), Vietnamese (chính sách bảo mật, mô tả sản phẩm, chatbot AI bán
// hàng, content bán hàng), Thai (นโยบายความเป็นส่วนตัว, ภาพสินค้า), Japanese (商品画像 生成, バーチャル試着, 楽天 商品説明文),
// Spanish (Mercado Libre, asistente de ventas con IA), Portuguese (fotos de produto, Nuvemshop, Mercado Livre,
// atendente virtual com IA), German (KI-Produktfotos, Kleinanzeigen, Shopware) and Dutch (bol.com). The non-English
// queries returned mostly marketplace help pages, news, student papers, law-firm notes and agency blogs; the vendors
// they did return were listed already (MercadoBoost, StillEdit, aiself, AISnapEdit, PixExact, Visual Electric,
// ListingHelper, Veo 3.1 AI, WhatsApp-bot vendors such as Atendus, WhatsBot GPT, InteligênciaBot, WillieChat,
// Aiudantes, The Chase Bot and Satria Technology) except ShopSafeAI (from the Indonesian query) and AI Ads Pilot (from
// the Thai one). The English queries mostly met vendors already listed (see below): the corpus is well mined for this
// topic after five earlier e-commerce passes, and the pass adds fewer rows than the 15–25 it aimed at rather than list
// pages that do not say what the product does.
//
// Every row cites a page with a path on the product's own host where the vendor says the product analyses, writes,
// generates, answers or optimises with AI, an AI model or a named provider (OpenAI, OpenAI Vision, Anthropic, Google
// Gemini, GPT-Image-2). Two rows cite the vendor's own explanatory pages about its own product (WearRoom's "learn" page
// on its image-to-3D pipeline, Farnsla's FAQ on its chatbot). Hosts were run through /work/helpers/classify-hosts.mts
// and names grepped in data/ and in the other helpers' c27 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 251 hosts the searches returned (vendors, blogs, news,
// marketplaces, agencies, shared platforms and directories alike, in /work/helpers/out/ecom2-hosts.txt): 57
// classified before (22.7%), 68 after (27.1%).
//
// Taken back before the commit, for the merger: ShelfPic (shelfpic.com). Its privacy policy
// (https://shelfpic.com/privacy-policy) calls the service "our AI e-commerce visual content platform" and its acceptable
// use policy names the "AI Providers we depend on" and the Generated Content made from sellers' product images, so it
// is an AI product-photo tool; but lookalikes-c27-marketing5.test.ts keeps https://shelfpic.com/refund-policy as a trap
// ("a refund policy that does not say AI"), so listing it here would make that trap classify. Left to the merge.
//
// Doubtful rows: AI Ads Pilot's Thai policy names no company (the product name stands as vendor) and says it analyses
// and optimises the customer's Google Ads, Meta Ads and TikTok ads with AI; WooAtson's terms describe an "AI Agent" for
// store operations without naming a model provider; Farnsla's FAQ speaks of "AI replies" from a "model service" without
// naming the provider; googlenanobanana.com borrows Google's product name but its policy is its own (an AI image
// generation platform, not Google's page).
//
// Already listed and left to their entries: Listora (getlistora.app), QuickListing, Pricta, ListsGenie, ListCraft AI
// (donelisting.com), MercadoBoost, StillEdit, aiself, AISnapEdit, PixExact, ShopSnapAI, Product Photo Studio AI
// (ai-photo.pandastudio.store), Shotify and the pandastudio apps, ProductShot, Product Creative Generator, ShelfGen,
// AI Clothes Changers, Apiway Studio, Claid, Tripo, AI Jewelry Model (jewelrymodelai.com), Clayd, CatalogClarity AI
// (app.ecnum.com), ShopGPT (shopgptpro.com), the Selfspark description app, Novik's agent, ShopExpert AI,
// GetAIShoppers, OrderWise AI, CartAgent (storeschat.com), noorflows' Order & Support Agent, WooSeller AI, veltez AI,
// Auto Article AI (wpaaai.com), ATWIL, ReTranslate, StoreLingo, LangSEO, The Chase Bot, Satria Technology's chatbot,
// 3L3C, TrueView AI (railway.app), Reviewley and Spectre AI Reviews (as before), the Nano Banana wrappers of the c16
// pass, Koder.ai, Veo 3.1 AI, ListingHelper (listinghelper.cn), AI店長のおすすめ (ai-tencho.com) and iAssistance.
//
// Left out. Placeholders and drafts: reframe-ai.de ("[Dein Name / Firma]"), phototry.de ("Adresse ... Telefonnummer"
// where the address should be), adshotai.com ("Last updated: [DATE]", "[X] days"), marketdive.net's AgentSync policy
// ("発効日: 未定"), atwil.in ("Draft for review"). Shared platforms:
// store-seo-manager.vercel.app, protsy-iwxsl5lox-protsy.vercel.app (Protsy), ai-product-analyzer.vercel.app,
// iecyu9zanz.us-east-2.awsapprunner.com (AI Storefront Optimizer), restock-api-production.up.railway.app (Replenish),
// trueview-production.up.railway.app, ai-stylist-9c7in.ondigitalocean.app (ShopSense), commercer-landing.pages.dev,
// novikapps-site.pages.dev, appifire-docs.pages.dev, writepilot.mantledocs.com (WritePilot's docs on a docs platform),
// a notion.site description app, sites.google.com's auto-reply app, an S3-hosted hairstyle app. A developer's general
// host: scurix.com (one privacy policy for seven Shopify apps, among them Product Attributes AI and AutoFAQ beside a
// sticky add-to-cart and a recently-viewed widget). Pages that do not say the product uses AI, or only in its name:
// listybitsy.com (listing text "generated from" photos, no AI named), insights.sale (Inventory AI's forecasts),
// recall-pilot.com (StockPilot AI: deterministic purchasing maths, optional AI only to explain it),
// shopagent.gerg.cloud (ShopAgent AI), alttext.project-pioneer.com ("vision provider" suggestions),
// stock-analyzer.ondokuzon.com (StockAI), inventory-intel.app, locallingo.app, translator.web-helpers.io,
// reviews.boltverk.com, mercasist.com, rakubo.com, fanpage.chat, emberfeed.com (pre-rendered feed
// images). General products where AI is one feature: ratetell.com (landed-cost app with AI HS-code suggestions),
// gomaklerfrei.de (a property-listing platform with AI photos and texts), help.creativeforce.io (a studio platform's
// tagging add-on), stores.fun and makeshop's AI assist, POWR's shopping assistant and docs.crobox.com (as before),
// toolorbit.site (one tool of a general tools site). Agencies, directories and blogs: lnetec.com, humblebee.ai,
// unicornfactories.com, inferensys.com, automatesai.co, letstalkshop.com, pixeladmin.com, itpathsolutions.com,
// goodfrontend.dev, qualimero.com and rewarx.com (again), ec-howto.com and autophoto.ai (`?p=` pages only). Stores and
// marketplaces: elgueydelcalzado.com (a shoe store's own WhatsApp bot), the Shopee, Tokopedia, TikTok Shop, bol.com,
// Mercado Libre, Rakuten and Walmart help and policy pages.
//
// Leads for later: SellerPix (its terms on karelianshungite.xyz, as before), Visual.AI (read only on ec-howto.com's
// `?p=` page), WEARFITS' photo-to-3D (view-ar.com, which does not say AI in the text read), Listybitsy's and Inventory
// AI's own product pages, Scurix's per-app pages, Affiliate Video Studio (studio.belisc.com, operator-only, as the c17
// pass decided).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Ecom2Tools: Tool[] = [
  ...defineTools(
    'embedded-saas',
    [
      // --- AI listing writers and marketplace compliance ---
      { id: 'shopsafeai', name: 'ShopSafeAI', vendor: 'ShopSafeAI LLC', category: 'other', domains: ['shopsafeai.com'], source: 'https://shopsafeai.com/privacy' }, // privacy: a website and Chrome extension that checks TikTok Shop listings for compliance violations with AI, reads violation screenshots with the OpenAI Vision API to draft appeal letters, and answers policy questions with AI
      { id: 'listsmarter', name: 'ListSmarter', vendor: 'ListSmarter', category: 'writing', domains: ['listsmarter.app'], source: 'https://www.listsmarter.app/privacy' }, // privacy: turns Etsy sellers' photos into AI-powered titles, descriptions and tags and checks listings against Etsy's policies, with OpenAI and Anthropic as processors
      { id: 'listori', name: 'Listori', vendor: 'Listori', category: 'writing', domains: ['listori.app'], source: 'https://www.listori.app/privacy' }, // privacy (UK GDPR): AI-powered tools for Etsy print-on-demand sellers that generate listings and designs from prompts, with OpenAI as processor

      // --- AI product photos and 3D ---
      { id: 'ai-product-pix', name: 'AI Product Pix', vendor: 'AI Product Pix', category: 'image', domains: ['aiproductpix.com'], source: 'https://aiproductpix.com/refund' }, // refund policy: AI-powered product photography delivered instantly per paid photo set, processed with Google Gemini AI
      { id: 'skuhero-ai', name: 'SkuHero AI', vendor: 'SkuHero AI', category: 'image', domains: ['skuheroai.com'], source: 'https://skuheroai.com/terms' }, // terms: an e-commerce AI product-image generator for Amazon, Shopify and Etsy sellers, paid in credits, on GPT-Image-2 and Nano Banana
      { id: 'wearroom', name: 'WearRoom', vendor: 'WearRoom', category: 'image', domains: ['trywearroom.com'], source: 'https://trywearroom.com/learn/3d-product-models' }, // vendor page on its own product: an AI image-to-3D pipeline turns a brand's product photos into try-on-ready 3D models for jewellery AR try-on

      // --- AI store agents and chatbots ---
      { id: 'wooatson', name: 'WooAtson', vendor: 'WooAtson', category: 'agents', domains: ['wooatson.com'], source: 'https://wooatson.com/terms-and-conditions' }, // terms: an AI agent reached over WhatsApp that answers store owners' questions, runs WooCommerce and Shopify tasks (products, orders, discounts, inventory) and analyses sales and Meta Ads
      { id: 'farnsla', name: 'Farnsla', vendor: 'Farnsla', category: 'chat', domains: ['farnsla.com'], source: 'https://farnsla.com/faq' }, // vendor FAQ: a store chatbot widget that answers shoppers from the merchant's Shopify product CSV and instructions, with AI replies from a model service and credits per user message

      // --- AI image-generator wrappers met on the way ---
      { id: 'nanobana-net', name: 'Nano Banana (nanobana.net)', vendor: 'nanobana.net', category: 'image', domains: ['nanobana.net'], source: 'https://www.nanobana.net/privacy-policy' }, // privacy: an AI image generator that turns short text prompts into commercially usable images
      { id: 'googlenanobanana-com', name: 'Nano Banana (googlenanobanana.com)', vendor: 'googlenanobanana.com', category: 'image', domains: ['googlenanobanana.com'], source: 'https://googlenanobanana.com/privacy' }, // privacy: an AI image generation platform (prompts and uploaded images in, generated images out); a third-party site, not Google's
    ],
    { checked: CHECKED_C27 },
  ),
  // The Thai ad-optimisation service, kept apart for its region.
  ...defineTools(
    'other',
    [
      { id: 'ai-ads-pilot', name: 'AI Ads Pilot', vendor: 'AI Ads Pilot', domains: ['aiadspilot.com'], source: 'https://aiadspilot.com/privacy' }, // privacy (Thai): connects the customer's Google Ads, Meta Ads and TikTok accounts and analyses and optimises the ads with AI, with reports and insights
    ],
    { checked: CHECKED_C27, region: 'southeast-asia' },
  ),
];
