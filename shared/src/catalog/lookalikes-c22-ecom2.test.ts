// Traps beside the rows the twenty-second session's second e-commerce pass added (data/long-tail-c22-ecom2.ts): the
// ordinary sites next to each kind of AI tool it added (marketplaces and resale apps the listing writers serve, store
// platforms and plug-in ecosystems, review platforms, helpdesks, site search, fit and fashion retailers, price
// trackers, PIM and print-on-demand sites), the parents of the claimed subdomains, the shared-platform copies and the
// left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every
// new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Ecom2Tools } from './data/long-tail-c22-ecom2';

const GENERAL_SITES = [
  'https://www.etsy.com/', // a marketplace, beside the Etsy listing writers and the Etsy seller extension
  'https://www.vinted.co.uk/', // a resale marketplace, beside the Vinted listing generator
  'https://www.ebay.com/', // a marketplace, beside the eBay listing automation
  'https://poshmark.com/', // a resale marketplace, beside the reseller listing tools
  'https://www.depop.com/', // a resale marketplace, beside the reseller listing tools
  'https://www.mercari.com/', // a resale marketplace met in the searches
  'https://www.tiktok.com/', // the video platform, beside the TikTok Shop script writer
  'https://www.shopify.com/', // the store platform the apps plug into
  'https://apps.shopify.com/', // the app store the apps are sold in
  'https://woocommerce.com/', // the store plug-in, beside the WooCommerce try-on and image plug-ins
  'https://wordpress.org/', // the CMS, beside the featured-image plug-in
  'https://www.dokan.co/', // a marketplace plug-in met in the searches
  'https://sellercentral.amazon.com/', // Amazon's seller console, beside the Amazon pricing platform
  'https://keepa.com/', // an Amazon price tracker, beside the AI pricing tools
  'https://www.repricerexpress.com/', // a repricer, beside the AI pricing tools
  'https://judge.me/', // a review app, beside the AI review analysis
  'https://www.trustpilot.com/', // a review platform, beside the AI review analysis
  'https://www.zendesk.com/', // a helpdesk, beside the AI support agents
  'https://www.algolia.com/', // a site-search service, beside the AI store search
  'https://www.truefit.com/', // a fit-recommendation service, beside the AI size finder
  'https://www.asos.com/', // a fashion retailer, beside the try-on and apparel imagery tools
  'https://www.warbyparker.com/', // an eyewear retailer, beside the try-on tools
  'https://www.akeneo.com/', // a PIM, beside the catalogue-enrichment agents
  'https://www.aliexpress.com/', // a supplier marketplace, beside the dropshipping research tool
  'https://www.printful.com/', // a print-on-demand service, beside the Etsy listing tools
  'https://www.canva.com/', // a design tool, beside the product-photo generators
];

const PARENTS = [
  'https://etsyant.com/', // the parent of the Etsy seller extension's claimed subdomain
  'https://www.etsyant.com/', // the parent of the Etsy seller extension's claimed subdomain
  'https://apiway.ai/', // the parent of Apiway Studio's claimed subdomain
  'https://www.apiway.ai/', // the parent of Apiway Studio's claimed subdomain
  'https://ghostunicorns.com/', // the parent of Ghost Unicorns' claimed subdomain
  'https://www.ghostunicorns.com/', // the parent of Ghost Unicorns' claimed subdomain
  'https://optimosolutions.com/', // the parent of VTS's claimed subdomain
  'https://www.optimosolutions.com/', // the parent of VTS's claimed subdomain
  'https://devxcommerce.com/', // the parent of pricex's claimed subdomain
  'https://www.devxcommerce.com/', // the parent of pricex's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://cloth-cast.vercel.app/terms', // ClothCast's try-on terms on a shared platform
  'https://layertry-frontend-topsearch.pages.dev/legal', // LayerTry's terms on a shared platform
  'https://qorve-3.duckdns.org/privacy.html', // Reply Pilot's policy on a dynamic-DNS host
  'https://ai-product-finder.fly.dev/privacy', // AI Smart Search's policy on a shared platform
  'https://ai-stylist-9c7in.ondigitalocean.app/privacy', // ShopSense's policy on a shared platform
  'https://sell-it-api.netlify.app/privacy', // Sell It's policy on a shared platform
  'https://etsy-b22ad.web.app/privacy', // MakeBox.ai's Etsy SEO plugin policy on a shared platform
  'https://etsyextension0.web.app/privacy.html', // an Etsy extension's policy on a shared platform
  'https://studio-app-production-75d2.up.railway.app/privacy', // Studio's policy on a shared platform
  'https://cervito.up.railway.app/docs/legal/sub-processors', // Cervito's sub-processors on a shared platform
  'https://trueview-production.up.railway.app/privacy', // TrueView AI's policy on a shared platform
  'https://price-engine-sepia.vercel.app/privacy', // Price Engine's policy on a shared platform
  'https://ai-ecommerce-manager.netlify.app/privacy', // AI Ecommerce Manager's policy on a shared platform
  'https://noterp-ai.pages.dev/product.html', // NoteRP's product page on a shared platform
  'https://onvore.pages.dev/plugins/dokan-vendor-ai-writer/', // ONVORE's Dokan AI writer on a shared platform
  'https://autoaffil-legal.pages.dev/privacy.html', // AutoAffil's policy on a shared platform
  'https://ai-affiliate-safe-approval.pages.dev/privacy.html', // a private affiliate workflow on a shared platform
  'https://thuongtin.github.io/privacy-policy.html', // a review-analyser extension on a shared platform
  'https://mnitin39.github.io/shopsense-privacy', // a review-analyser extension on a shared platform
  'https://helpfulextensions2025.github.io/BuyShield-Private-Policy/privacy-policy.html', // an extension policy on a shared platform
  'https://product-detector-site.pages.dev/privacy.html', // a price-comparison extension on a shared platform
  'https://bnk989.github.io/wooinline-editor-privacy', // a WooCommerce editor extension on a shared platform
];

const LEFT_OUT = [
  'https://feedvisor.com/university/amazon-pricing-policy/', // a popular site the false-positive scan guards; a lead
  'https://repliox.chat/privacy', // a policy awaiting review before launch
  'https://openwpagent.com/dpa', // a placeholder DPA
  'https://www.botswe.com/dpa', // a template DPA awaiting review
  'https://smartsearch.dharapixel.com/privacy.html', // a policy with a placeholder that says it uses no language model
  'https://frontml.com/privacy', // PricePulse's policy, also on matriks.io; owner unclear
  'https://www.matriks.io/privacy-pricepulse.html', // PricePulse on a developer's site
  'https://matriks.io/privacy-wismo.html', // Wismo on a developer's site
  'https://www.sj-apps.dev/en/apps/banana-fit/docs/sizing', // an app's docs on a developer's site
  'https://www.spectreapps.io/ai-powered-reviews/privacy-policy', // an app's policy on a developer's site
  'https://apps15.com/chromextention/privacy-policy.html', // an extension's policy on a developer's site
  'https://jefflouella.com/gshoplens-privacy', // an extension's policy on a personal site
  'https://docs.wclovers.com/how-credits-work/', // an AI plug-in of a general marketplace suite
  'https://help.powr.io/', // a widget platform, AI one feature
  'https://reviewley.com/privacy', // a review app with optional AI replies
  'https://stores.fun/legal/ai-terms', // a store platform's AI inquiry feature
  'https://docs.emplifi.io/platform/latest/home/ai-reviews-summaries', // a general platform's AI review summaries
  'https://apidocs.productsmanager.app/enrichment', // a PIM's AI enrichment feature
  'https://support.advision-ecommerce.com/i259-privacy-policy', // a feed platform's AI enrichment
  'https://priceflux.ai/privacy', // a pricing app whose policy does not say AI
  'https://www.pricision.io/privacy-policy', // a price-testing app whose policy does not say AI
  'https://smartprice.dev/privacy', // a pricing app whose policy does not say AI
  'https://pricesway.com/privacy', // a pricing app that names statistical models only
  'https://venditmobile.com/privacy', // a reseller app whose policy does not say AI
  'https://tryitonme.com/terms-and-conditions', // a try-on service whose terms do not say AI
  'https://agentchannel.app/dpa', // a DPA that does not say AI
  'https://www.acpfeedoptimizer.com/dpa', // AI providers only when a merchant configures them
  'https://smart-shopping-assistant.com/privacy.html', // a policy naming only an "analysis server"
  'https://sellercare.ai/', // a bare home page
  'https://slo.the-ppc-geek.org/', // a bare home page
  'https://test.schall-rauch.de/Privacy?lang=eng', // a store's test host
  'https://policy.sm-erp.cn/privacy-policy.html', // an app policy naming no product
  'https://owlish.bot/blog/ai-customer-support-ecommerce.md', // seen only on a guide
  'https://helmsly.io/blog/ai-for-customer-service', // seen only on a guide
  'https://www.picjam.ai/blog/modeling-for-clothing-brands', // seen only on a guide
  'https://www.qualimero.com/blog/shopware-datenschutz-ki-dsgvo-konform-produktberatung-guide-2025', // seen only on a guide
  'https://www.metaprice.io/fr/blog/loi-europeenne-2026-sur-lia-ce-que-les-detaillants-doivent-savoir-sur-les-regles-relatives-a-lia-dans-le-commerce-electronique', // seen only on a guide
  'https://www.dataiads.io/es/blog/ia-generated-contents-ecommerce-legal-obligations', // seen only on a guide
  'https://www.genstore.ai/blog/why-dropshipping-products-fail-data-vs-intuition', // seen only on a guide
  'https://www.rewarx.com/blogs/ai-fashion-model-generator-flat-lay', // seen only on a guide
  'https://www.buildyourstore.ai/glossary', // a glossary
  'https://storefleet.io.vn/blog/ai-agent-store-manager/', // seen only on a guide
  'https://slaycommerce.com/blog/ai-agent-for-ecommerce', // seen only on a guide
  'https://eclawmerce.com/blogs/the-eclawmerce-blog/ecommerce-agents-explained-how-ai-agents-actually-run-your-shopify-store', // seen only on a guide
  'https://reviewai.pro/blog/amazon-review-sentiment-analysis', // seen only on a guide
  'https://www.getwair.com/blog/ai-personalization-has-a-blind-spot-in-apparel', // seen only on a guide
  'https://www.wearview.co/glossary/ai-fashion-model', // a glossary
  'https://on-model.com/blog/what-is-on-model-photography', // seen only on a guide
];

const NAMESAKES = [
  'https://pricta.io/', // beside Pricta (pricta.com)
  'https://www.snappy.com/', // a gifting platform, beside Snappy (snappylisting.co.uk)
  'https://www.postpoet.com/', // beside PostPoet (postpoet.co.uk)
  'https://vintops.io/', // beside VintOps (vintops.com)
  'https://www.vendlist.com/', // beside Vendlists (vendlists.com)
  'https://www.shopsmith.com/', // a woodworking-tool maker, beside ShopSmith (shop-smith.com)
  'https://tokwriter.ai/', // beside TokWriter (tokwriter.com)
  'https://www.shopsnap.com/', // beside ShopSnapAI (shopsnapai.com)
  'https://www.apiway.com/', // beside Apiway Studio (studio.apiway.ai)
  'https://chicai.com/', // beside Chic AI (chic-ai.com)
  'https://www.fitmirror.com/', // beside FitMirror AI (fitmirrorai.com)
  'https://tryoncloud.io/', // beside TryOnCloud (tryoncloud.com)
  'https://www.vts.com/', // a real-estate software company, beside VTS AI Size Finder
  'https://naviya.com/', // beside Naviya (naviya.chat)
  'https://www.picment.com/', // beside Picment (picment.xyz)
  'https://getaishopper.com/', // beside GetAIShoppers (getaishoppers.com)
  'https://www.flyweight.com/', // beside Flyweight (flyweight.io)
  'https://www.orderwise.co.uk/', // an order-management software vendor, beside OrderWise AI (orderwise.dev)
  'https://www.cartagent.com/', // beside CartAgent (storeschat.com)
  'https://www.productscout.com/', // beside Product Scout (productscout.shop)
  'https://www.pricex.com/', // beside pricex (pricex.devxcommerce.com)
  'https://www.paladio.com/', // beside Paladio (paladio.ai)
  'https://selectika.ai/', // beside Selectika (selectika.com)
  'https://www.shoperator.com/', // beside Shoperator (shoperator.ai)
  'https://www.reviewant.com/', // beside Reviewant (reviewant.app)
  'https://www.dropio.com/', // beside Dropio (dropio.ai)
  'https://www.ecommerceinsights.com/', // beside eCommerce Insights (ecommerceinsights.ai)
];

describe('twenty-second-session e-commerce (ecom2) traps', () => {
  it('adds 30 rows, each with one domain and no prefix', () => {
    expect(longTailC22Ecom2Tools.length).toBe(30);
    expect(longTailC22Ecom2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Ecom2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://pricta.com/privacy': 'pricta',
      'https://asst.etsyant.com/privacy': 'etsy-seller-assistant-etsyant',
      'https://www.snappylisting.co.uk/privacy.html': 'snappy-listing',
      'https://vintops.com/privacy': 'vintops',
      'https://shop-smith.com/terms': 'shopsmith',
      'https://ai-product-photography-app.ghostunicorns.com/privacy': 'ai-product-photography-ghostunicorns',
      'https://studio.apiway.ai/glossary': 'apiway-studio',
      'https://www.business.chic-ai.com/terms': 'chic-ai',
      'https://chic-ai.com/': 'chic-ai',
      'https://www.tryoncloud.com/terms': 'tryoncloud',
      'https://vts.optimosolutions.com/blog/size-recommendation-algorithms-technical-deep-dive': 'vts-optimo',
      'https://www.naviya.chat/ko/blog/copyright-safe-ai-model-image-workflow': 'naviya-chat',
      'https://www.getaishoppers.com/privacy': 'getaishoppers',
      'https://flyweight.io/articles/de-shopify-ai-chatbot-dsgvo-konform': 'flyweight-ai-chatbot',
      'https://flyweight.io/de/wie-shopify-ai-chatbot-funktioniert': 'flyweight-ai-chatbot',
      'https://www.storeschat.com/legal/privacy': 'cartagent-storeschat',
      'https://help.iadvize.com/hc/en-gb/articles/33195731431314-Reports-Sales': 'iadvize',
      'https://www.iadvize.com/en/blog/3-principles-for-human-centered-ai-in-e-commerce': 'iadvize',
      'https://pricex.devxcommerce.com/privacy-policy': 'pricex-devxcommerce',
      'https://www.paladio.ai/resources/articles/how-catalog-agents-extract-product-attributes.html':
        'paladio',
      'https://www.reviewant.app/legal.html': 'reviewant',
      'https://ecommerceinsights.ai/docs/features/sentiment/': 'ecommerce-insights-ai',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
