// Traps beside the rows the twenty-seventh session's fifth marketing pass added (data/long-tail-c27-marketing5.ts): the
// ordinary sites next to each kind of AI tool it added (resale marketplaces, Etsy and Airbnb, social networks and the
// scheduler RootedPost posts through, WordPress, ad platforms and their help pages, landing-page hosts), the
// shared-platform copies, drafts and left-out hosts the pass read, the parent and sibling paths of the claimed
// subdomain and path, and sites whose names sit close to the new entries. None of them may classify; every new host
// must reach its own entry.
// shelfpic.com/refund-policy dropped: ShelfPic is listed in data/long-tail-c27-mergefix.ts (its privacy policy says AI).
// c27 leads9 (2026-12-07): the pushpilot.ai blog trap went: PushPilot, this pass's lead, is now listed (`pushpilot-ai`, its docs say it generates push notifications with AI).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Marketing5Tools } from './data/long-tail-c27-marketing5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.vinted.fr/', // the resale marketplace FlipDesc and Photo to Listing write for
  'https://www.leboncoin.fr/', // the classifieds site FlipDesc writes for
  'https://www.ebay.com/', // a marketplace FlipList AI and Photo to Listing write for
  'https://www.poshmark.com/', // a resale marketplace, beside FlipList AI
  'https://www.mercari.com/', // a resale marketplace, beside FlipList AI
  'https://www.depop.com/', // a resale marketplace, beside FlipList AI
  'https://tophatter.com/topics/Selling/subtopics/Listing%20How-To/questions/Listing%20Dos,%20Don%27ts%20&%20Tips', // a marketplace's listing guide, met in the searches
  'https://www.etsy.com/', // the marketplace ListCraft AI writes for
  'https://www.airbnb.com/', // the platform PolishBnB audits listings on
  'https://www.facebook.com/', // where the small-business posts are published
  'https://www.instagram.com/', // where the small-business posts are published
  'https://buffer.com/', // the scheduler RootedPost posts through (its AI assistant path is another entry's)
  'https://wordpress.org/', // the CMS ContentRefresh AI plugs into
  'https://ads.google.com/', // the ad platform Pixair's creatives run on
  'https://support.google.com/merchants/', // the Merchant Center help, beside the listing and feed tools
  'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200390640&language=en_US&ref=efph_200390640_cont_G1801', // Amazon's listing rules, met in the searches
  'https://www.feedarmy.com/kb/new-title-descriptions-requirements-for-ai-content-in-google-merchant-center/', // a feed guide, met in the searches
  'https://shopee.co.id/inspirasi-shopee/kebijakan-shopee-toko-aman', // a marketplace's seller rules, met in the searches
  'https://www.haendlerbund.de/de/ratgeber/marketing/ki-im-e-commerce-mehr-erfolg-mit-kuenstlicher-intelligenz', // a retailers' association guide
  'https://www.onlinehaendler-news.de/ki-tech/innovationen/rechtsrisiken-ki-haendlerinnen-chatgpt-texten-beachten', // trade press
  'https://www.rtl.fr/actu/sciences-tech/vinted-envahi-par-les-annonces-generees-par-l-ia-comment-reperer-ces-images-trompeuses-7900540221', // news on AI listings
  'https://www.miamirealtors.com/2023/08/04/generative-ai-best-practices-for-realtors-brokers', // a realtors' association, met in the searches
];

const SHARED_PLATFORMS = [
  'https://commercer-landing.pages.dev/ai-credits/', // Commercer's AI-credit terms on a shared platform
  'https://wooden-stork-8e7.notion.site/Privacy-Policy-for-AI-Description-Generator-2d6cf15c7d5680a6bad0c62ab0add7e9', // a Shopify app's policy on a shared platform
  'https://sell-it-api.netlify.app/privacy', // an eBay app's policy on a shared platform
  'https://listit-website.pages.dev/privacy.html', // ListIt's policy on a shared platform
  'https://eugder.github.io/ai-for-ebay-seller-pages/privacy.html', // an eBay listing extension's policy on a shared platform
  'https://cynthialmy.github.io/2025-01-24-snapsell/', // SnapSell's case study on a shared platform
  'https://fliplist-api.sundeen10.workers.dev/api/v1/generate', // FlipList's API on a shared platform
  'https://makeugc-staging.webflow.io/custom-avatar-policy', // a staging copy on a shared platform
  'https://aitoolsonar.pages.dev/blog/ai-email-newsletter-workflow-guide', // a guide on a shared platform
];

const LEFT_OUT = [
  'https://app.listwithai.co/en/privacy', // "[Vorname Nachname], [Adresse]"
  'https://ar.fabricsjoi.com/legal/ai-disclosure', // "Replace this draft"
  'https://www.tasteem.com/terms', // "[COMPANY NAME]"
  'https://websiteaudit.com/terms', // "Registered Address: Will be added"
  'https://pslmax.app/ai-consent', // consent copy written for an app's screens
  'https://negotaitions.ru/ai-processing-notice', // a draft placeholder
  'https://seoaimetalab.wolfra.io/?p=3', // a query-only page
  'https://bloggen.au/?p=173', // a query-only page
  'https://beta.mediapostai.com/privacy', // a beta host
  'https://influencermarketing.ai/privacy-policy/', // a policy that does not say AI
  'https://getdiscovr.ai/privacy', // a policy that does not say AI
  'https://influoai.co/en/privacy', // a policy that does not say AI
  'https://influencr.co.uk/legal/privacy', // a waitlist
  'https://nposts.ai/en/terms', // terms that do not say AI
  'https://www.ai-contentos.com/privacy', // AI only in the company name
  'https://www.aiimagedescriber.pro/refund', // AI only in the product name
  'https://describeimage.ai/pt/payments-refund-policy', // a refund policy that does not say AI
  'https://generateaudio.net/terms.html', // text-to-speech, AI not said
  'https://adtwin.ai/terms', // Oyi's terms, AI not said
  'https://www.rsvortex.com/termos-de-servico', // a Meta Ads manager, AI not said
  'https://storeseo.com/it/terms-condition/', // a Shopify SEO app, AI one feature
  'https://hatssocial.com/terms-of-service', // a social scheduler, AI one feature
  'https://www.socialync.io/ai', // a social scheduler, AI one feature
  'https://www.adpersonam.io/help/media-planning/banner-generator', // a DSP's banner generator
  'https://car-market-hub.ad-promotion.ch/docs/admin-reference/ai-assistant-reference/', // a dealer plugin's AI assistant
  'https://seogets.com/help/how-ai-credits-are-calculated-b7gtv', // search analytics, AI one feature
  'https://docs.appeeky.com/docs/keyword-expand', // app-store analytics, AI one feature
  'https://reteno.com/blog/how-generative-ai-powers-push-in-app-personalization', // a customer-data platform's blog
  'https://docs.trustpager.com/api/ai/post-ai-generate-website-page.md', // a CRM's AI endpoint
  'https://playbookbuilder.com/privacy-policy', // sales playbooks with optional AI
  'https://natronz.com/privacy_NZChat-AI-Data-Policy.php', // a messaging app with optional AI
  'https://btinsights.ai/static/privacy_policy.html', // due-diligence interviews
  'https://optimize.puremichigangetaways.com/resources/ethical-ai-photo-editing-for-airbnb', // a rental company's photo service
  'https://adcreate.com/blog/ai-ad-compliance-brand-safety-2026', // a vendor blog on AI ad compliance
  'https://eliteaiadvantage.com/blog/how-ai-writes-real-estate-listings', // a blog on AI listings in general
  'https://veracityapi.com/use-cases/image-ad-creative-compliance-gate', // a use-case page
  'https://froxi.ai/blog/my-app-sends-data-to-openai-what-should-i-tell-users', // a blog post
  'https://hubty.co/blog/ai-keyword-clustering-seo-strategy-guide', // a blog post
  'https://casainnov.com/blog/ai-push-notifications-react-native', // a development agency's blog
  'https://completions.io/done-for-you-multi-location-sms-broadcast-5th-inventory-duplicate-pkw-1st-back-to-back-adjacency', // an agency
  'https://integrating-ai-solutions.com/sms-messaging-compliance-consent-requirements', // an agency
  'https://newcustomers365.info/fair-use-policy', // an agency
  'https://www.getsocialscale.com/subscription-terms', // a managed service
  'https://digituspro.com/', // an agency
  'https://petersandeen.com/conversion-optimization-report-terms/', // a consultant
  'https://www.nextgenwhitelabel.com/service-policies/', // an agency
  'https://alignmarketinggroup.com/ai-generated-content-policy/', // an agency
  'https://upplabs.com/blog/ai-listing-generators-for-real-estate/', // a development agency's blog
];

const NAMESAKES = [
  'https://earnifyhub.com/', // the parent of the claimed webpulse. subdomain
  'https://gentic.co/', // Gentic's host outside the claimed /landing-pages path
  'https://gentic.co/pricing', // a sibling path of the claimed one
  'https://www.flipdesc.com/', // beside FlipDesc (flipdesc.fr)
  'https://www.fliplist.com/', // beside FlipList AI (fliplistai.com)
  'https://www.listcraft.com/', // beside ListCraft AI (listcraft.shop)
  'https://www.pixair.com/', // beside Pixair AI (pixair.ai)
  'https://www.donepost.com/', // beside Donepost AI (donepostai.com)
  'https://www.rooted.com/', // beside RootedPost (rootedpost.com)
  'https://www.contentrefresh.com/', // beside ContentRefresh AI (contentrefreshai.com)
  'https://www.polish.com/', // beside PolishBnB (polishbnb.com)
  'https://www.preset.com/', // beside PresetProfit (presetprofit.com)
  'https://www.spreadcheer.com/', // beside Spreadcheer (spreadcheer.co)
  'https://www.audience.com/', // beside Audience AI (audienceagi.com)
  'https://www.phototolisting.net/', // beside Photo to Listing (phototolisting.com)
];

describe('twenty-seventh-session marketing5 traps', () => {
  it('adds 15 rows, one with a path and no domain, and FlipDesc in europe', () => {
    expect(longTailC27Marketing5Tools.length).toBe(15);
    expect(longTailC27Marketing5Tools.filter((t) => t.urlPrefixes.length > 0).map((t) => t.id)).toEqual([
      'gentic-landing-pages',
    ]);
    expect(catalogRegion('flipdesc')).toBe('europe');
    expect(catalogRegion('social-intern')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Marketing5Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Marketing5Tools));
    expectEachClassifiedAs({
      'http://www.audienceagi.com/privacy.html': 'audience-ai-agi',
      'https://www.socialintern.com/': 'social-intern',
      'https://www.listcraft.shop/': 'listcraft-ai',
      'https://gentic.co/landing-pages': 'gentic-landing-pages',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
