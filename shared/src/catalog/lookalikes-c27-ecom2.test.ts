// Traps beside the rows the twenty-seventh session's e-commerce pass added (data/long-tail-c27-ecom2.ts): the ordinary
// sites next to each kind of AI tool it added (marketplaces and their seller help, store platforms, plug-in and app
// ecosystems, messaging and ad platforms, jewellery retail and 3D tooling beside the try-on pipeline, payment and
// customs pages met in the searches), the shared-platform copies, drafts, placeholders, developer hosts and left-out
// hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host
// must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Ecom2Tools } from './data/long-tail-c27-ecom2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.etsy.com/', // the marketplace the Etsy listing writers serve
  'https://help.etsy.com/hc/en-us', // the marketplace's help centre, beside the listing writers
  'https://seller-us.tiktok.com/university/essay?knowledge_id=7034649726240525', // TikTok Shop's own seller terms, beside ShopSafeAI
  'https://ads.tiktok.com/help/article/how-to-authorize-affiliate-videos-for-shop-ads', // TikTok's ad help, met in the searches
  'https://seller-id.tokopedia.com/university/essay?knowledge_id=6723813492497&lang=en', // Tokopedia's seller help, met in the searches
  'https://help.shopee.co.id/portal/4/article/157934-Ketentuan%20Layanan%20Chatbot', // Shopee's chatbot terms, met in the searches
  'https://help.shopee.co.th/portal/4/article/159512', // Shopee Thailand's help, met in the searches
  'https://www.shopify.com/', // the store platform the apps and chatbots plug into
  'https://apps.shopify.com/', // the app store
  'https://help.shopify.com/en/partners/resources/creating-media/3d-models/creating-3d-models', // Shopify's 3D-model guide, beside WearRoom
  'https://woocommerce.com/', // the store plug-in WooAtson runs
  'https://business.whatsapp.com/', // WhatsApp Business, over which WooAtson answers
  'https://ads.google.com/', // an ad platform AI Ads Pilot connects
  'https://www.facebook.com/business/ads', // an ad platform AI Ads Pilot connects
  'https://developers.facebook.com/docs/marketing-api/creative/generative-ai-features/', // Meta's own AI ad features, met in the searches
  'https://www.mercadolibre.com.mx/', // a marketplace, met in the searches
  'https://mercadopago.com.mx/ayuda/996', // the marketplace's ad terms, met in the searches
  'https://partnerplatform.bol.com/en/sdp/privacy-statement-professional-partners-bol', // bol's seller privacy statement
  'https://adsales.rakuten.co.jp/terms/rmp_for_brands_new.html', // Rakuten's ad terms, met in the searches
  'https://www.walmart.com/', // a marketplace, met in the searches
  'https://advertising.amazon.com/resources/ad-policy/creative-acceptance/brand-elements', // Amazon's ad policy, met in the searches
  'https://www.tiffany.com/', // a jewellery retailer, beside the jewellery try-on pipeline
  'https://www.blender.org/', // 3D software, beside the image-to-3D pipeline
  'https://stripe.com/', // the payment processor named in the policies
  'https://docs.shopware.com/de/shopware-5-de/tutorials-und-faq/dsgvo', // a store platform's GDPR guide, met in the searches
  'https://t3n.de/news/neue-regeln-bei-kleinanzeigen-wer-profitiert-wer-zahlt-drauf-1675484/', // news, met in the searches
  'https://www.mobiletime.com.br/?p=836618', // news about a marketplace's AI, met in the searches
  'https://vnexpress.net/tiktok-neu-cach-bao-ve-thong-tin-tren-thuong-mai-dien-tu-4925563.html', // news, met in the searches
  'https://tirto.id/ketika-kebijakan-privasi-terbaru-tokopedia-ancam-data-pengguna-gae9', // news, met in the searches
  'https://elgueydelcalzado.com/pages/politica-de-uso-de-el-guey-ai-bot-de-egdc', // a shoe store's own WhatsApp bot policy
];

const SHARED_PLATFORMS = [
  'https://store-seo-manager.vercel.app/privacy-policy.html', // a Shopify SEO app's policy on a shared platform
  'https://protsy-iwxsl5lox-protsy.vercel.app/privacy', // Protsy's policy on a shared platform
  'https://ai-product-analyzer.vercel.app/privacy', // an app's policy on a shared platform
  'https://iecyu9zanz.us-east-2.awsapprunner.com/privacy-policy', // AI Storefront Optimizer on an App Runner host
  'https://restock-api-production.up.railway.app/privacy', // Replenish on a shared platform
  'https://trueview-production.up.railway.app/privacy', // TrueView AI on a shared platform (as before)
  'https://ai-stylist-9c7in.ondigitalocean.app/privacy', // ShopSense on a shared platform (as before)
  'https://commercer-landing.pages.dev/ai-credits/', // an AI-credits page on a shared platform
  'https://appifire-docs.pages.dev/my-rnd/readme', // a development plan on a shared platform
  'https://writepilot.mantledocs.com/how-to-automate-content-generation-with-writepilot-app', // an app's docs on a docs platform
  'https://sites.google.com/view/auto-reply-plus/home/in', // an auto-reply app on Google Sites
];

const LEFT_OUT = [
  'https://reframe-ai.de/datenschutz', // "[Dein Name / Firma]"
  'https://phototry.de/privacy-policy', // the address and telephone fields still placeholders
  'https://adshotai.com/refund', // "Last updated: [DATE]"
  'https://marketdive.net/agentsync_privacypolicy/', // effective date still to be set; a read-only diagnosis app
  'https://scurix.com/privacy', // a developer's host for seven Shopify apps, AI and non-AI
  'https://listybitsy.com/privacy', // listings "generated from" photos, no AI named in the text read
  'https://www.insights.sale/privacy', // Inventory AI: AI only in the name
  'https://www.recall-pilot.com/privacy', // deterministic purchasing maths, optional AI only to explain it
  'https://shopagent.gerg.cloud/privacy', // ShopAgent AI: AI only in the name
  'https://alttext.project-pioneer.com/terms', // "vision provider" suggestions, AI not named
  'https://stock-analyzer.ondokuzon.com/privacy-policy', // StockAI: no AI in the text
  'https://www.inventory-intel.app/privacy', // inventory recovery, AI only as "AI context notes"
  'https://locallingo.app/privacy', // localisation whose policy does not say AI
  'https://translator.web-helpers.io/policy', // a translator whose policy does not say AI
  'https://reviews.boltverk.com/privacy.html', // a Google-reviews widget, not AI
  'https://mercasist.com/ingreso-registro', // a Mercado Libre assistant whose terms do not say AI
  'https://rakubo.com/terms', // an EC tool whose terms do not say AI
  'https://fanpage.chat/terms', // a Facebook-page CRM, not AI
  'https://emberfeed.com/blog/meta-advantage-catalog-ads', // pre-rendered feed images, not AI
  'https://www.ratetell.com/docs/features/hs-classification', // a landed-cost app with AI HS-code suggestions as one feature
  'https://gomaklerfrei.de/en/ki-transparenz', // a property-listing platform with AI features
  'https://help.creativeforce.io/en/articles/11874431-product-tagging', // a studio platform's tagging add-on
  'https://toolorbit.site/tools/ai/hs-code-assistant', // one tool of a general tools site
  'https://view-ar.com/photo-to-3d', // WEARFITS' AR viewer page, AI not said in the text read (a lead)
  'https://www.karelianshungite.xyz/', // SellerPix's terms on an unrelated host (as before)
  'https://ec-howto.com/?p=9048', // Visual.AI read only on a `?p=` page
  'https://www.lnetec.com/work/ai-customs-classification/', // an agency's case study
  'https://humblebee.ai/resources/projects/bojhona', // an agency's project page
  'https://unicornfactories.com/playbook/capabilities/ai-powered-hs-classification-and-tariff-engine', // a directory
  'https://inferensys.com/integration/ecommerce-platforms/ai-image-tagging-and-search-for-ecommerce', // an integrator's page
  'https://automatesai.co/privacy-first-chatbot', // an agency's case study
  'https://www.letstalkshop.com/blog/private-llm-for-shopify-customer-data', // a blog
  'https://pixeladmin.com/en/blog/auto-tagging-product-images-ai', // a blog
  'https://www.itpathsolutions.com/ai-inventory-replenishment-shopify-demand-forecasting', // a software house's blog
  'https://goodfrontend.dev/stories/ai-image-tagging-what-can-it-do-for-ecommerce', // a blog
  'https://nextcomm.com.br/chatbot-inteligente-ecommerce', // an agency's blog
  'https://ozia.site/radar/interface-atendimento', // a blog
  'https://asas.art.br/termos-de-uso/', // a scheduling bot's terms on a studio's host
];

const NAMESAKES = [
  'https://www.shopsafe.com/', // beside ShopSafeAI (shopsafeai.com)
  'https://www.listsmarter.com/', // beside ListSmarter (listsmarter.app)
  'https://www.listori.com/', // beside Listori (listori.app)
  'https://www.productpix.com/', // beside AI Product Pix (aiproductpix.com)
  'https://www.skuhero.com/', // beside SkuHero AI (skuheroai.com)
  'https://www.wearroom.com/', // beside WearRoom (trywearroom.com)
  'https://www.atson.com/', // beside WooAtson (wooatson.com)
  'https://www.farnsla.net/', // beside Farnsla (farnsla.com)
  'https://www.adspilot.com/', // beside AI Ads Pilot (aiadspilot.com)
  'https://www.nanobana.com/', // beside nanobana.net
  'https://www.google.com/', // beside googlenanobanana.com, which is not Google's
];

describe('twenty-seventh-session e-commerce (ecom2) traps', () => {
  it('adds 11 rows, each with one domain and no prefix; the Thai ad service in south-east Asia, the rest global', () => {
    expect(longTailC27Ecom2Tools.length).toBe(11);
    expect(longTailC27Ecom2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('ai-ads-pilot')).toBe('southeast-asia');
    expect(
      longTailC27Ecom2Tools
        .filter((t) => t.id !== 'ai-ads-pilot')
        .every((t) => catalogRegion(t.id) === 'global'),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Ecom2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Ecom2Tools));
    expectEachClassifiedAs({
      'https://www.shopsafeai.com/': 'shopsafeai',
      'https://listsmarter.app/privacy': 'listsmarter',
      'https://listori.app/': 'listori',
      'https://www.aiproductpix.com/': 'ai-product-pix',
      'https://www.skuheroai.com/': 'skuhero-ai',
      'https://www.trywearroom.com/': 'wearroom',
      'https://www.wooatson.com/': 'wooatson',
      'https://www.farnsla.com/faq': 'farnsla',
      'https://nanobana.net/': 'nanobana-net',
      'https://www.googlenanobanana.com/': 'googlenanobanana-com',
      'https://www.aiadspilot.com/privacy': 'ai-ads-pilot',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
