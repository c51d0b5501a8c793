// Traps beside the rows the seventeenth session's ecom pass added (data/long-tail-c17-ecom.ts): the marketplaces,
// store platforms and review sites next to each seller tool, the parents of the subdomains and the root of the URL
// prefix the pass claimed, shared-platform and staging copies it read but did not cite, tools it left out, and sites
// that share a name with the new entries. Every trap must stay unclassified; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17EcomTools } from './data/long-tail-c17-ecom';

const GENERAL_SITES = [
  'https://www.shopify.com/', // the store platform most of the apps plug into
  'https://help.shopify.com/en/manual/shopify-magic', // Shopify's own help page, read and not cited
  'https://woocommerce.com/', // beside the WooCommerce plugins
  'https://www.ebay.com/', // beside the eBay listing writers
  'https://www.amazon.com/', // beside the Amazon listing and KDP tools
  'https://seller-us.tiktok.com/university/essay?knowledge_id=7034649726240525', // TikTok Shop's seller help, read
  'https://www.trustpilot.com/', // reviews, beside the AI review tools
  'https://www.yelp.com/', // reviews, beside the AI review replies
  'https://devcloudsoftware.com/', // parent of the claimed tryonia.devcloudsoftware.com
  'https://wavedigital.studio/', // parent of the claimed tryiton.wavedigital.studio
  'https://solyio.com/', // parent of the claimed tryon.solyio.com
  'https://wprobo.com/', // parent of the claimed aisearchvisibility.wprobo.com
  'https://twincode.com/', // parent of the claimed bulkproductseo.twincode.com
  'https://selfspark.app/', // parent of the claimed storegen.selfspark.app
  'https://coddin.app/', // parent of the claimed related-products.coddin.app
  'https://webewox.com/', // parent of the claimed shopai.webewox.com
  'https://theluxephotos.ca/', // a photo studio, parent of the claimed liquidads.theluxephotos.ca
  'https://araviai.com/', // parent of the claimed jewel.araviai.com
  'https://www.practical.tools/', // root of the claimed ad-creator path
];

const SHARED_PLATFORMS = [
  'https://makeugc-staging.webflow.io/custom-avatar-policy', // a webflow.io staging copy of MakeUGC
  'https://etsyextension0.web.app/privacy.html', // an Etsy listing extension's policy on web.app
  'https://sell-it-api.netlify.app/privacy', // a mobile eBay lister's policy on netlify.app
  'https://eugder.github.io/ai-for-ebay-seller-pages/privacy.html', // an eBay extension's policy on github.io
  'https://listit-website.pages.dev/privacy.html', // a mobile eBay lister on pages.dev
  'https://layertry-frontend-topsearch.pages.dev/legal', // a try-on app's terms on pages.dev
  'https://ai-stylist-9c7in.ondigitalocean.app/privacy', // a Shopify stylist on ondigitalocean.app
  'https://ai-product-finder.fly.dev/privacy', // a Shopify chatbot on fly.dev
  'https://sizd-production.up.railway.app/privacy', // a try-on app on railway.app
  'https://hero-marketer-support-docs.pages.dev/concepts/how-ai-generates-ad-copy', // a pages.dev copy of Hero Marketer docs
  'https://stage.rvsldr.com/licensing-faq/how-do-ai-credits-work/', // a staging host, left out
  'https://studio.belisc.com/privacy', // an operator-only internal video studio, left out
  'https://creativead-ai.com/privacy', // a placeholder policy naming no operator, left out
  'https://amsoperation.com/terms', // an Amazon operations suite that does not say it uses AI
  'https://thatlistingstool.com/terms', // an eBay export tool, not AI
];

const NAMESAKES = [
  'https://www.listora.com/', // beside Listora AI and getlistora.app
  'https://www.storegen.com/', // beside StoreGen AI
  'https://www.fashionpro.com/', // beside Fashion Pro
  'https://www.mockit.com/', // beside Mock It AI
  'https://www.fitrum.com/', // beside FitRum's AI Try-On
  'https://www.savena.com/', // beside Savena
  'https://www.atelio.com/', // beside Atelio
  'https://www.pagebeacon.com/', // beside the KDP Listing Generator on pagebeacon.app
  'https://www.reviewlytics.com/', // beside Reviewlytics on reviewlytics.info
];

describe('seventeenth-session ecom traps', () => {
  it('adds 72 rows, each claiming one domain or one URL prefix', () => {
    expect(longTailC17EcomTools.length).toBe(72);
    expect(longTailC17EcomTools.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17EcomTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs({
      'https://docs.repricerai.com/product-tour/custom-logic': 'repricer-ai',
      'https://api.searchmindai.com/documentation/concepts/': 'searchmind-ai',
      'https://app.bulkseoagent.com/privacy': 'bulk-seo-agent',
      'https://docs.merchantdrafts.com/kb-faq-operator/index.html': 'merchantdrafts',
      'https://www.practical.tools/ad-creator/privacy': 'practical-tools-ad-creator',
      'https://tryonia.devcloudsoftware.com/terms/': 'tryonia',
      'https://jewel.araviai.com/privacy': 'jewelai-aravi',
      'https://admaker.ai/zh/terms': 'admaker-ai',
    });
  });

  it('leaves general sites, parents, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
