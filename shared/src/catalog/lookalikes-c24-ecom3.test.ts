// Traps beside the rows the twenty-fourth session's third e-commerce pass added (data/long-tail-c24-ecom3.ts): the
// ordinary sites next to each kind of AI tool it added (marketplaces, store platforms and plug-in ecosystems, messaging
// apps the sales agents answer on, fashion retailers, stock-photo and video sites, payment networks and processors
// beside the chargeback tool, Google Merchant Center beside the feed optimizer), the parent of the claimed
// subdomain, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24Ecom3Tools } from './data/long-tail-c24-ecom3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.etsy.com/', // a marketplace, beside the marketplace reply drafter
  'https://www.ebay.com/', // a marketplace, beside the marketplace reply drafter
  'https://sellercentral.amazon.com/', // Amazon's seller console, beside the listing writers
  'https://www.shopify.com/', // the store platform the apps plug into
  'https://apps.shopify.com/', // the app store the apps are sold in
  'https://woocommerce.com/', // the store plug-in, beside the WooCommerce agent and the attribute enrichment
  'https://wordpress.org/', // the CMS, beside the WooCommerce plug-ins
  'https://www.instagram.com/', // the social network the sales agents answer on
  'https://business.whatsapp.com/', // WhatsApp Business, beside the sales agents
  'https://www.zara.com/', // a fashion retailer, beside the try-on and fashion-photo tools
  'https://www.asos.com/', // a fashion retailer, beside the try-on and fashion-photo tools
  'https://www.pexels.com/', // a stock-photo site, beside the fashion-photo studio
  'https://www.youtube.com/', // the video site, beside the product-video tool
  'https://www.visa.com/', // a card network, beside the chargeback tool
  'https://stripe.com/', // a payment processor, beside the chargeback tool
  'https://merchants.google.com/', // Google Merchant Center, beside the feed optimizer
  'https://feedarmy.com/kb/new-title-descriptions-requirements-for-ai-content-in-google-merchant-center/', // a feed guide
  'https://www.proz.com/', // a translators' marketplace, beside the image translators
  'https://allegro.pl/regulamin/pl/zalacznik-10', // a marketplace's rules met in the searches
  'https://akademi.trendyol.com/satici-bilgi-merkezi/detay/181', // a marketplace's seller help met in the searches
  'https://www.ecommercebytes.com/dz6g', // e-commerce news met in the searches
];

const PARENTS = [
  'https://mark-flow.com/', // the parent of AI Shop Agent's claimed ai. subdomain, not read
  'https://www.mark-flow.com/', // the parent of AI Shop Agent's claimed ai. subdomain, not read
  'https://isupercoder.com/', // the parent of the WooCommerce agent's claimed fahadai. subdomain
  'https://www.isupercoder.com/', // the parent of the WooCommerce agent's claimed fahadai. subdomain
];

const SHARED_PLATFORMS = [
  'https://sellerai-99r.pages.dev/privacy/', // SellerAi's policy on a shared platform
  'https://wooden-stork-8e7.notion.site/Privacy-Policy-for-AI-Description-Generator-2d6cf15c7d5680a6bad0c62ab0add7e9', // a notion.site policy
  'https://imagetextlab-com.pages.dev/privacy', // a copy of a listed app's policy on a shared platform
  'https://supportprep-ai-git-4fvmhnrbna-ew.a.run.app/privacy', // a Shopify support-draft app on run.app
  'https://socialagent-legal.pages.dev/privacy', // an Instagram agent's policy on a shared platform
  'https://seo-genius.onrender.com/privacy', // a blog-writing app on a shared platform
  'https://alt-generator-doiv.onrender.com/privacy', // an alt-text app on a shared platform
  'https://alttextai-production.up.railway.app/privacy-policy', // an alt-text app on a shared platform
  'https://photospro-marketing-production.pages.dev/terms', // a staging page on a shared platform
  'https://onvore.pages.dev/plugins/dokan-vendor-ai-writer/', // a plug-in page on a shared platform
  'https://thuongtin.github.io/privacy-policy.html', // an extension policy on github.io
  'https://eugder.github.io/ai-for-ebay-seller-pages/privacy.html', // an extension policy on github.io
  'https://wikty.github.io/bigai-seo-docs/privacy.html', // an app policy on github.io
  'https://helpfulextensions2025.github.io/BuyShield-Private-Policy/privacy-policy.html', // an extension policy on github.io
  'https://tobias-creator97.github.io/resellengine-legal/privacy_policy_en.md', // an app policy on github.io
  'https://bnk989.github.io/wooinline-editor-privacy', // an extension policy on github.io
  'https://sites.google.com/view/listing-auditor-for-amazon/privacy-policy', // an extension policy on Google Sites
  'https://translate-nine-psi.vercel.app/privacy-policy.html', // an extension policy on a shared platform
];

const LEFT_OUT = [
  'https://shopilot.store/en/privacy', // "[LEGAL ENTITY NAME]"
  'https://velarapex.com/privacy.html', // "[Company Name]"
  'https://legal.syncerp.work/faqgenie/privacy', // "replace with your real support address"
  'https://www.rugs.digist.ma/terms-of-service', // an unrendered template variable
  'https://www.productdescai.com/privacy', // a policy that does not say AI
  'https://try.mailcommerce.ai/privacy-policy', // AI only in the brand name
  'https://imagetranslator.com/privacy-policy', // a policy that does not say AI
  'https://buyitanan.com/privacy-policy.html', // an extension on Google Translate
  'https://listings.vaultwoods.com/privacy.html', // a policy that does not say AI
  'https://www.thinktrailstudio.com/review-harvest/privacy-policy', // a studio's extension, AI only in its name
  'https://shopify.pulpoar.com/legal/terms', // AR try-on terms that do not say AI
  'https://docs.sellergen.ai/reviews/review-monitoring', // docs that do not say AI
  'https://zage.in/pages/virtual-try-on-privacy-policy-shoppers-end', // a copy of another vendor's policy on a store host
  'https://livesmart.video/knowledge-base/privacy-policy', // a video-chat company's plug-in, AI one feature
  'https://autoflow.celeris.id/privacy-policy', // an email app with optional AI
  'https://northjstech.com/apps/rich-landing-bundle/privacy-policy', // a bundle app with an optional AI studio
  'https://help.powr.io/hc/en-us/articles/41489054349975-What-data-does-the-AI-Shopping-Assistant-collect-and-how-is-it-kept-private', // POWR, AI one feature
  'https://docs.sellermagnet.com/ppc-management-beta/ppc-manager-overview/ppc-approval-center', // a seller suite's beta PPC manager
  'https://tms-help-center.hextom.com/article/852-ai-image-translation-tutorial', // a translation app's AI image feature
  'https://help.perpetua.io/en/articles/2895694-how-does-perpetua-adjust-bids', // an Amazon ads platform
  'https://gotrellis.com/resources/blog/llms-build-amazon-ads-workflows/', // an Amazon ads platform's blog
  'https://panel.resellportal.com/docs/software-usage/review-inbox-and-ai-responder', // a reseller portal, AI one feature
  'https://nexus.hiolo.dev/docs/intelligence/pricing', // a developer host's commerce suite
  'https://sellercare.ai/', // a bare home page
  'https://amplence.com/case-studies/amazon-appeal-wizard', // an agency's case study
  'https://www.singhaisystems.com/amazon_ads/', // a developer's case study
  'https://www.designodin.com/blog/ai-product-description-pipeline-from-supplier-csv-to-publish-ready-woo', // an agency's blog
  'https://ustechautomations.com/resources/blog/ecommerce-review-response-automation-how-to-guide-2026', // an agency's guide
  'https://www.themarketplaceguys.com/en/blog/amazon-ki-produktbilder', // an agency's blog
  'https://www.fotoprostudio.es/en/post/integration-of-jewelry-and-models-through-ai-the-future-of-editorial-and-product-photography', // a photo studio
  'https://cashcrown.pl/en/blog/ai-do-generowania-opisow-produktow', // a software house's blog
  'https://storeagent.ai/review-summary/', // a glossary page, not the product's own description (a lead)
  'https://www.chargepay.ai/blog/complete-guide-to-automated-chargeback-and-dispute-management-using-ai', // a guide (a lead)
  'https://www.chargexdisputes.com/blog/ai-dispute-management', // a guide (a lead)
  'https://chargeshield.vmaxbadge.ch/blog/ai-chargeback-defense-ecommerce', // a blog on a subdomain (a lead)
  'https://formanova.ai/blog/2026-06-04-ai-jewelry-photography/', // a guide (a lead)
  'https://www.brandshots.app/blog/ai-images-amazon-listings-2026-policy', // a guide (a lead)
  'https://www.colabz.ai/ar/blog/ai-fashion-product-photography', // a guide (a lead)
  'https://www.gapscout.ai/learn/ai-ad-creative', // a glossary page (a lead)
  'https://adwitch.ai/blog/ai-creative-generation-facebook-ads', // a guide (left out by the c16 pass too)
  'https://dtco.ai/blog/ai-creative-vs-human-ads', // a guide (a lead)
  'https://goaspi.com/blog/amazon-ai-image-policy-compliance-2026/', // a guide (a lead)
  'https://vip.all-in-one-ecom.com/blog/ai-product-photos-amazon-policy', // a guide (a lead)
];

const NAMESAKES = [
  'https://www.tryon.com/', // beside TryOn.live (tryon.live)
  'https://www.genlook.com/', // beside Genlook (genlook.app)
  'https://www.replycopilot.com/', // beside Reply Copilot (replycopilot.app)
  'https://www.clipvela.ai/', // beside ClipVela (clipvela.com)
  'https://www.autodispute.com/', // beside AutoDispute.AI (autodispute.ai)
  'https://www.pictranslate.com/', // beside PicTranslate (pictranslate.ai)
  'https://www.imagetranslate.com/', // beside AI Image Translator (imagetranslate.org)
  'https://www.mannequinia.fr/', // beside MannequinIA (mannequinia.com)
  'https://www.snstrend.com/', // beside SNS Trend Optimizer (snstrendapp.com)
  'https://www.directsale.com/', // beside Direct Sale AI (directsale.ai)
  'https://www.bundlebrain.com/', // beside Bundle Brain (usebundlebrain.com)
  'https://www.dataalign.com/', // beside DataAlign.ai (dataalign.ai)
  'https://www.ekamoira.ai/', // beside Ekamoira (ekamoira.com)
];

describe('twenty-fourth-session e-commerce (ecom3) traps', () => {
  it('adds 16 rows, each with one domain and no prefix, in the global region', () => {
    expect(longTailC24Ecom3Tools.length).toBe(16);
    expect(longTailC24Ecom3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC24Ecom3Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24Ecom3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24Ecom3Tools));
    expectEachClassifiedAs({
      'https://www.genlook.app/': 'genlook',
      'https://www.mannequinia.com/en/glossaire': 'mannequinia',
      'https://www.pictranslate.ai/': 'pictranslate',
      'https://www.directsale.ai/privacy': 'direct-sale-ai',
      'https://ekamoira.com/': 'ekamoira',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
