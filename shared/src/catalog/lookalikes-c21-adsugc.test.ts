// Traps beside the rows the twenty-first session's advertising-creative pass added (data/long-tail-c21-adsugc.ts): the
// ordinary sites next to each kind of AI tool it added (ad managers and ad libraries, Shopify and its app store,
// analytics, app-store consoles, press-release wires and media databases, influencer platforms, landing-page and
// testing tools, design marketplaces, email platforms), the parents of the four claimed subdomains, the shared-platform
// copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
// At the twenty-sixth session's merge: FluxNote (fluxnote.io) and UGCGen (ugcgen.ai) are listed from their own guides
// and blog, which describe their AI UGC ad makers (data/long-tail-c26-mergefix.ts); their traps were dropped.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists Picaro.AI (picaro.ai), whose
// safety page says the AI returns a proposal applied only after approval; the trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC21AdsugcTools } from './data/long-tail-c21-adsugc';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.facebook.com/business/ads', // Meta's ads pages, beside the AI Meta-ads tools
  'https://business.facebook.com/', // Meta Business Suite, beside the AI Meta-ads agents
  'https://ads.google.com/', // Google Ads, beside the AI Google Ads agents
  'https://ads.tiktok.com/', // TikTok Ads Manager, beside the UGC video-ad makers and script writers
  'https://www.shopify.com/', // the shop platform, beside the Shopify product-photo app and ad makers
  'https://apps.shopify.com/', // the Shopify App Store, beside the Shopify AI apps
  'https://analytics.google.com/', // Google Analytics, beside the AI marketing-analytics chat
  'https://developer.apple.com/app-store/', // App Store developer pages, beside the AI screenshot makers
  'https://appstoreconnect.apple.com/', // App Store Connect, beside the AI screenshot and listing makers
  'https://play.google.com/console/', // the Play Console, beside the AI screenshot and listing makers
  'https://www.prnewswire.com/', // a press-release wire, beside the AI pitch tool
  'https://muckrack.com/', // a media database, beside the AI journalist finder
  'https://www.cision.com/', // a PR suite, beside the AI pitch tool
  'https://www.upfluence.com/', // an influencer platform, beside the AI creator finder
  'https://unbounce.com/', // a landing-page builder, beside the AI landing-page generator
  'https://www.optimizely.com/', // an experimentation platform, beside the AI conversion audit
  'https://99designs.com/', // a design marketplace, beside the AI brand-identity generators
  'https://www.fiverr.com/', // a freelance marketplace, beside the UGC-ad and logo tools
  'https://www.klaviyo.com/', // an email platform, beside the AI marketing agents
  'https://www.mailerlite.com/', // an email platform, beside the AI marketing agents
  'https://adlibrary.com/', // an ad-library site, beside the AI ad-creative tools
  'https://leanengineering.ai/', // the parent of Ads Copilot's claimed subdomain
  'https://www.leanengineering.ai/', // the parent of Ads Copilot's claimed subdomain
  'https://nxgntools.com/', // the parent of AdsAI's claimed subdomain
  'https://www.nxgntools.com/', // the parent of AdsAI's claimed subdomain
  'https://companymind.app/', // the parent of 100Ads' claimed subdomain
  'https://www.companymind.app/', // the parent of 100Ads' claimed subdomain
  'https://usingai.app/', // the parent of AI HTML Generator's claimed subdomain
  'https://www.usingai.app/', // the parent of AI HTML Generator's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://ai-video-generator-legal.netlify.app/privacy-policy', // a policy or page on a shared platform
  'https://haleemapps.blogspot.com/2026/05/privacy-policy-ai-video-generator.html', // a policy or page on a shared platform
  'https://handbook-v2-olive.vercel.app/purpose/commercial-use-image-generation-ai-utilization', // a policy or page on a shared platform
  'https://peaceful-ice-777692.framer.app/marketing-terms/ad-intelligence', // a policy or page on a shared platform
  'https://mcfnchoton.wixsite.com/mcfnchoton-seo/post/about-ads-in-review-how-long-ad-review-takes', // a policy or page on a shared platform
  'https://thenextwebad.pages.dev/posts/google-s-new-ai-automatically-turns-webpages-into-videos', // a policy or page on a shared platform
  'https://wooden-stork-8e7.notion.site/Privacy-Policy-for-AI-Description-Generator-2d6cf15c7d5680a6bad0c62ab0add7e9', // a policy or page on a shared platform
  'https://sinzy0925.github.io/majin-extension/privacy-policy.html', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://www.aiugc.ad/privacy-policy', // a policy that does not say the output is made with AI
  'https://www.aicampaign.app/privacy', // AI only in the service's name
  'https://influencermarketing.ai/privacy-policy/', // a policy that does not say AI
  'https://influoai.co/en/privacy', // a policy that does not say AI
  'https://brand-generator.com/privacy', // a policy that does not say AI
  'https://brandstylegenerator.com/privacy', // a policy that does not say AI
  'https://app.analyticsassistant.ai/privacy', // AI only in the name
  'https://chatwithga4.com/privacy', // a policy that does not say AI
  'https://ldoo.com/how-it-works', // a page that does not say AI
  'https://studio.belisc.com/terms', // terms that do not say AI
  'https://wordbinder.com/docs/briefs', // docs that do not say AI
  'https://www.creonix.live/privacy.html', // AI only in the name
  'https://get.offbrain.ai/privacy/sources', // a notice that does not say AI
  'https://salecraft.ai/zh-CN/privacy', // a policy that does not describe AI
  'https://appstorescreenshots.ai/privacy', // a policy that does not say AI
  'https://www.appscreenshotmagic.com/privacy', // a policy that does not say AI
  'https://themarketingdept.ai/privacy.html', // a policy that does not say AI
  'https://mojipita.com/privacy', // a policy that does not say AI
  'https://ennphasis.com/platform/amazon-ads/', // a page that does not say AI
  'https://ads.ar-draw.com/privacy', // a personal internal tool
  'https://canvas.wiver.ai/terms/', // a draft template
  'https://www.localsocialpost.co/privacy', // a policy with placeholders
  'https://bar-nonebydesign.com/ai-usage-policy', // a template with a `[Your Business Name]` placeholder
  'https://stela.staging.soundminds.ai/privacy', // a staging host
  'https://app.staging.creator-discovery-outreach.soundminds.ai/privacy', // a staging host
  'https://staging-influencers.openmined.org/privacy', // a staging host
  'https://beta.scriptingstation.com/privacy', // a beta host
  'https://namespark.site/privacy', // a sandbox demo
  'https://digitalonian.com/?p=3057', // a bare `?p=` page
  'https://www.adpersonam.io/help/media-planning/banner-generator', // a DSP, AI one feature
  'https://manual.eskimi.com/books/insights/page/creative-attributes-and-insights', // a DSP, AI one feature
  'https://adsmaa.com/docs/analytics/creative-intelligence', // an ad platform, AI one feature
  'https://www.universalads.com/creative-tools-terms', // an ad platform's creative tools
  'https://docs.sellermagnet.com/ppc-management-beta/ppc-manager-overview/ppc-approval-center', // a seller suite, AI one feature
  'https://docs.palysales.com/ai/image-generation', // a store builder, AI one feature
  'https://mindmetrics.ai/en/creatics/ai-tags', // an analytics product's AI module page
  'https://rule1.ai/articles/ai-creative-tagging-guide', // an analytics platform's AI feature
  'https://smartmarketer.com/ai-creative-analysis-system/', // an agency and training site
  'https://www.cwadagency.com/ai-agent-terms.html', // an ad agency's customer-service agent
  'https://astroaibots.com/terms_and_conditions', // done-for-you marketing services
  'https://www.aivideoentertainment.com/blank-3', // a custom video service
  'https://erosmanagement.shop/policies/refund-policy', // an AI-model management agency
  'https://ppc.unybrands.io/', // an internal agent dashboard
  'https://brainsuite.ai/en/resources/what-is-ai-based-creative-scoring/', // seen only on a general guide
  'https://adfuseai.com/blog/creative-scoring-ai-guide', // seen only on a general guide
  'https://soku.ai/glossary/ai-ad-scoring', // seen only in a glossary
  'https://adcreate.com/blog/creative-scoring-ai-predict-ad-performance', // seen only on a general guide
  'https://launchmind.io/blog/which-elements-belong-in-an-seo-content-brief-that-ranks/', // seen only on a general article
  'https://playablelab.com/blog/ai-mobile-ad-creative-playable-ads-workflow', // seen only on a general article
  'https://www.nameloop.me/blog/the-definitive-guide-to-brand-name-generator-strategy', // seen only on a guide
  'https://blog.heynews.co/chatgpt-vs-newsletter-tool-comparison/', // seen only on its blog
  'https://profasee.com/blog/amazon-ppc-guardrails/', // seen only on its blog
  'https://gotrellis.com/resources/blog/llms-build-amazon-ads-workflows/', // seen only on its blog
];

const NAMESAKES = [
  'https://www.fastadflow.io/', // beside FastAdFlow (fastadflow.com)
  'https://www.adhype.com/', // beside AdHype (adhype.ai)
  'https://www.adsfactory.io/', // beside AdsFactory (adsfactory.ai)
  'https://www.ugcautopilot.com/', // beside UGC Autopilot (ugcautopilot.io)
  'https://www.reelstudio.com/', // beside reel.studio
  'https://www.videobud.com/', // beside VideoBud (videobud.io)
  'https://www.creascale.com/', // beside CreaScale AI (creascale.ai)
  'https://www.genplay.com/', // beside GenPlay (getgenplay.ai)
  'https://www.getgenplay.com/', // beside GenPlay (getgenplay.ai)
  'https://www.ai-cmo.com/', // beside AI CMO (ai-cmo.org)
  'https://www.aicmo.org/', // beside AI CMO (ai-cmo.org)
  'https://www.adsmeta.com/', // beside AdsMeta (adsmeta.pl)
  'https://www.ecomadhooks.io/', // beside EcomAdHooks (ecomadhooks.com)
  'https://www.clipsonic.com/', // beside ClipSonic AI (clipsonicai.com)
  'https://www.scriptor.com/', // beside Scriptor.Studio
  'https://www.adsxflow.io/', // beside AdsXFlow (adsxflow.com)
  'https://www.ahmeego.ai/', // beside ahmeego (ahmeego.com)
  'https://www.googleadsagent.com/', // beside googleadsagent.ai
  'https://www.mervinai.com/', // beside Mervin AI (mervin-ai.com)
  'https://www.mervin.ai/', // beside Mervin AI (mervin-ai.com)
  'https://www.futuremarketing.ai/', // beside Future Marketing AI (future-marketing.ai)
  'https://www.future-marketing.com/', // beside Future Marketing AI (future-marketing.ai)
  'https://www.marketingtoolbox.com/', // beside Marketing Toolbox AI (marketingtoolbox.ai)
  'https://www.skolandhati.no/', // beside the Marketing Brain (skolandhati.com)
  'https://www.chatwithads.ai/', // beside ChatWithAds (chatwithads.com)
  'https://www.opticonvert.com/', // beside OptiConvert (opticonvert.ai)
  'https://www.cloutfind.io/', // beside Cloutfind (cloutfind.com)
  'https://www.presskid.com/', // beside Presskid (presskid.co)
  'https://www.instantbrand.com/', // beside Instant Brand (instant-brand.com)
  'https://www.brandmint.com/', // beside BrandMint (brandmint.studio)
  'https://www.appscreenstudio.app/', // beside AppScreenStudio (appscreenstudio.com)
  'https://www.asoshots.app/', // beside ASOshots (asoshots.com)
  'https://www.apppreviewkit.app/', // beside App Preview Kit (apppreviewkit.com)
  'https://www.appshot.com/', // beside AppShots AI (appshotpro.com)
  'https://www.shotify.com/', // beside Shotify AI (shotifyai.com)
];

describe('twenty-first-session advertising-creative traps', () => {
  it('adds 35 rows, each with one domain and no prefix', () => {
    expect(longTailC21AdsugcTools.length).toBe(35);
    expect(longTailC21AdsugcTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC21AdsugcTools.filter((t) => t.category === 'video').length).toBe(7);
    expect(longTailC21AdsugcTools.filter((t) => t.category === 'image').length).toBe(11);
    expect(catalogRegion('adsmeta-pl')).toBe('europe');
    expect(catalogRegion('presskid')).toBe('europe');
    expect(catalogRegion('ugc-autopilot')).toBe('europe');
    expect(catalogRegion('fastadflow')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21AdsugcTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC21AdsugcTools));
    expectEachClassifiedAs({
      'https://app.mervin-ai.com/privacy?lang=en': 'mervin-ai',
      'https://app.presskid.co/': 'presskid',
      'https://strategic-marketing.leanengineering.ai/privacy': 'ads-copilot-leanengineering',
      'https://adsai.nxgntools.com/refund': 'adsai-nxgntools',
      'https://100ads.companymind.app/privacy': '100ads-companymind',
      'https://landingpages.usingai.app/privacy': 'ai-html-generator-usingai',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
