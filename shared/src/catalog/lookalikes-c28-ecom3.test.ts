// Traps beside the rows the twenty-eighth session's e-commerce pass added (data/long-tail-c28-ecom3.ts): the parents of
// the two subdomains it claims, the marketplaces and platforms its searches met, shared-platform copies, drafts,
// developers' general hosts and products where AI is one feature that it left out, pages that do not say AI, and
// names close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Ecom3Tools } from './data/long-tail-c28-ecom3';
import { catalogRegion } from './data/regions';

const PARENTS = [
  'https://praiz-sales.jp/', // the parent of the claimed altgenie.praiz-sales.jp, not read
  'https://www.praiz-sales.jp/', // the same parent
  'https://gekkode.com/', // the developer beside its WizardAI module (wizardai.gekkode.com)
  'https://www.gekkode.com/', // the same developer
];

const GENERAL_SITES = [
  'https://vinted.fr/terms-and-conditions', // the resale marketplace, beside Vendy Studio
  'https://global-selling.mercadolibre.com/help/27770', // the marketplace's terms, met by the Spanish query
  'https://mercadopago.com.mx/ayuda/996', // Mercado Ads terms, met by the Spanish query
  'https://whatnot.zendesk.com/hc/en-us/articles/360061638271-Losing-access-to-live', // a live-selling marketplace's help
  'https://help.palmstreet.app/seller/seller-tools/palmstreet-seller-handbook/livestream-attendance-and-seller-engagement-policy', // a live-selling app's rules
  'https://addons.prestashop.com/fr/content/39-faq-des-contributeurs', // the PrestaShop add-on marketplace
  'https://livehost.com/privacy', // a booking marketplace for TikTok LIVE hosts, not said to be AI
  'https://aishoppingassistant.net/are-ai-shopping-assistants-safe-to-use-privacy-accuracy-and-bias-explained/', // a guide site
  'https://secured.directory/the-resale-ai-stack-lessons-from-thriftly-for-marketplace-te', // an article about Thriftly
  'https://www.xenia.team/articles/ai-image-recognition-for-planogram-compliance', // a frontline-workforce platform
  'https://explore.movista.com/blog/image-recognition-for-retail-execution-how-photo-ai-is-transforming-store-performance', // retail-execution software, photo AI one feature
];

const LEFT_OUT = [
  'https://returnsage.onrender.com/privacy', // ReturnSage on a shared platform
  'https://return-guard-ai-tan.vercel.app/privacy', // ReturnGuard AI (the merchant app) on a shared platform
  'https://ai-return-analyzer-production.up.railway.app/privacy', // Return Insights AI on a shared platform
  'https://love8ko.github.io/snapflip/privacy-policy.html', // SnapFlip on a shared platform
  'https://purple-selfie-509670.framer.app/privacy-policy', // Receiptify on a shared platform
  'https://legal.syncerp.work/faqgenie/privacy', // a draft policy of a rule-based FAQ app
  'https://pinpointed.dev/privacy-policy-app/', // a policy that still asks to be reviewed by a lawyer
  'https://abbotkinney.agency/giftai-privacy-policy/', // an agency's app policy with a placeholder date
  'https://www.qqgals.com/buymates/ios/policy.html', // a studio's host carrying several apps
  'https://wiranium.com/privacy-policy', // a developer's host (Return Shield)
  'https://noel.marketing/pages/privacy-policy-for-apps', // one policy for a developer's several apps
  'https://restock-radar.fairware.app/privacy', // inventory forecasts, an AI summary one feature
  'https://www.tryproductstory.app/privacy', // a product-section builder, optional AI text
  'https://prntd.ca/policies', // a print shop with AI tools among its services
  'https://www.ali-smart.com/static/privacy-policy.html', // a coupon and tracker extension, AI search one feature
  'https://www.archery.deals/privacy', // a creators' deal site, AI email replies one feature
  'https://luxury-sofa.com/privacy', // a sofa shop whose AI try-on is one feature
  'https://help.zipify.com/en/articles/14047902-what-shopify-permissions-does-perfectmatch-ai-shopping-quiz-need', // one app of a suite
  'https://www.stockimizer.com/inventory-optimizer-privacy-policy', // reorder points and EOQ, not said to be AI
  'https://berryglobalapps.com/inventory_forecaster/privacy_policy.html', // forecasting, not said to be AI
  'https://refundradar.io/privacy', // price monitoring, not said to be AI
  'https://returnsintel.com/terms', // returns analytics, not said to be AI
];

const NAMESAKES = [
  'https://www.returnsense.com/', // beside ReturnSense AI (returnsense.ai)
  'https://www.dropscribe.com/', // beside DropScribe (dropscribe.app)
  'https://www.pickpilot.com/', // beside PickPilot (pickpilot.app)
  'https://www.shopmind.com/', // beside ShopMind (shopmindai.com)
  'https://www.resalevision.com/', // beside ResaleVision (resalevision.app)
  'https://www.rastro.com/', // beside Rastro (rastro.ai)
  'https://www.smartbundles.com/', // beside Smart Bundles AI (smartbundlesai.com)
];

describe('twenty-eighth-session e-commerce pass (ecom3): returns, resale, store apps and shopping assistants', () => {
  it('adds 26 rows, three of them in the europe region', () => {
    expect(longTailC28Ecom3Tools.map((t) => t.id)).toEqual([
      'returnsense-ai',
      'reasonwhy',
      'eturns',
      'returned-com',
      'returnscribe',
      'kazarama',
      'returnguards',
      'resalevision',
      'vendy-studio',
      'tryly-ai',
      'dropship-ad-ai',
      'dropship-spy',
      'droppages-ai',
      'dropscribe',
      'smart-bundles-ai',
      'altgenie',
      'wizardai-prestashop',
      'personalizerai',
      'rastro-ai',
      'paralleldots-shelfwatch',
      'shopmind-ai',
      'pickpilot',
      'outfitrate',
      'sommelai-uk',
      'wontwhine',
      'nomi-hey-wine',
    ]);
    for (const id of ['vendy-studio', 'outfitrate', 'nomi-hey-wine'])
      expect(catalogRegion(id)).toBe('europe');
  });

  it('classifies each new host and each page read to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Ecom3Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Ecom3Tools));
  });

  it('leaves parents, general sites, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...PARENTS, ...GENERAL_SITES, ...LEFT_OUT, ...NAMESAKES]);
  });
});
