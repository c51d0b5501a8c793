// Traps beside the rows the twenty-fourth session's fourth marketing pass added (data/long-tail-c24-marketing4.ts): the
// ordinary sites next to each kind of AI marketing tool it added (search engines and the AI answer engines the
// visibility trackers query, review sites and app stores beside the review repliers, social networks beside the social
// writers, email service providers beside the email tools, ad platforms beside the Google Ads agent, podcast hosts, an
// essay-help site), the parent of the claimed Voiser subdomain, the shared-platform copies, drafts,
// query-only pages and left-out hosts the pass read, and sites whose names sit close to the new entries. None of them
// may classify; every new host must reach its own entry.
//
// getreviewai.app dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24Marketing4Tools } from './data/long-tail-c24-marketing4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.bing.com/', // a search engine, beside the AI visibility trackers
  'https://www.trustpilot.com/', // a review site, beside ReplyZen
  'https://www.yelp.com/', // a review site, beside the review repliers
  'https://play.google.com/console/about/', // the Play Console, beside ReplyReview and Voiser AI Reply
  'https://developer.apple.com/app-store-connect/', // App Store Connect, beside Voiser AI Reply
  'https://www.linkedin.com/', // a social network, beside Carouzel and the content-marketing writers
  'https://x.com/', // a social network, beside the Twitter/X reply generator
  'https://www.facebook.com/', // a social network, beside ContentCats
  'https://www.wykop.pl/', // a Polish social site, beside ContentCats
  'https://mailchimp.com/', // an email service provider, beside the email tools
  'https://www.klaviyo.com/', // an email service provider, beside Nexmail
  'https://ads.google.com/', // the ad platform, beside AdGentz
  'https://www.spotify.com/', // a podcast host, beside Podraft
  'https://www.buzzsprout.com/', // a podcast host, beside Podraft
  'https://www.wordpress.com/', // a blog platform, beside BlogCreator and Authorless
  'https://www.ukessays.com/', // an essay-help site, beside the essay writer
  'https://www.prnewswire.co.uk/resources/articles/disclose-ai-in-press-releases.html', // a newswire met in the searches
  'https://www.sistrix.com/support/handbook/sistrix-ai-chatbot-research-tool/handbook-2/', // a general SEO suite
  'https://support.duda.co/hc/en-us/articles/26519251431831-AI-Assistant-Credits', // a site builder's AI credits
];

const SHARED_PLATFORMS = [
  'https://hero-marketer-support-docs.pages.dev/concepts/how-ai-generates-ad-copy', // docs on a shared platform
  'https://justreplies-landing.pages.dev/privacy', // a review replier on a shared platform
  'https://creative-copilot-privacy.pages.dev/sitemap.xml', // a personal tool on a shared platform
  'https://googleadsagent.pages.dev/llms-full.txt', // a copy of a listed product's docs on a shared platform
  'https://xtweetly-agent.pages.dev/privacy', // an X extension on a shared platform
  'https://consumer-dividends.pages.dev/legal/listingpro-terms.html', // terms on a shared platform
  'https://jiva-ten.vercel.app/privacy', // an Instagram tool on a shared platform
  'https://ordrwams.github.io/ordrwams-pinner/', // a Pinterest tool on a shared platform
  'https://smythmyke.github.io/TubePilot/privacy.html', // a YouTube extension on a shared platform
  'https://xagent-api.furkanbeydemirr.workers.dev/privacy', // an extension backend on a shared platform
  'https://qorve-3.duckdns.org/privacy.html', // a Shopify app on a dynamic-DNS host
  'https://sites.google.com/view/reviewops/home', // a review tool on a shared platform
];

const LEFT_OUT = [
  'https://www.frontdeskglobal.com/ai-disclosure', // "To be reviewed by counsel before public deployment"
  'https://creativead-ai.com/privacy', // "[Your Company Name]"
  'https://www.videopilotai.com/legal/credits', // "Legal placeholder required"
  'https://makna.app/reddit-data-policy', // pre-launch
  'https://wppublisherpro.nl/?p=3', // a query-only page
  'https://aeogeoseo.com/?p=10873', // a query-only page of a GEO agency
  'https://scalegrowth.digital/?p=1542', // a query-only page of an agency
  'https://www.mediasearchgroup.com/blog/how-artificial-intelligence-transforming-content-writing-and-optimization/', // an agency's blog
  'https://ads.ar-draw.com/privacy', // a personal internal tool
  'https://adsagent.colorverse.dev/api-application', // an internal tool
  'https://neurad.org/how-we-use-the-api.html', // an internal tool
  'https://www.brock11johnson.com/policy', // a personal tool
  'https://pixelscraftyco.com/privacy', // a personal tool
  'https://thealonautomated.com/privacy', // a personal tool
  'https://marketpli.com/', // a homepage without a path (a lead)
  'https://lettercast.ai/terms', // terms that do not say AI
  'https://www.replymine.com/privacy', // a policy that does not say AI
  'https://threadsifter.com/privacy', // a policy that does not say AI
  'https://replio.cc/privacy', // rule-based replies with optional AI
  'https://www.automateyourdm.com/privacy-policy', // a policy that does not say AI
  'https://www.linkedincarousel.com/gdpr', // a GDPR page that does not say AI
  'https://varioads.com/terms', // terms that do not say AI
  'https://chanpilot.xyz/privacy', // a policy that does not say AI
  'https://tweakgpt.com/privacy.html', // a YouTube uploader without AI
  'https://www.socialmediaplanner.be/algemene-voorwaarden/', // a planner whose terms do not say AI
  'https://pro-ai.nl/terms-and-conditions', // terms that do not say AI
  'https://www.aiethos.ai/faq', // an FAQ that does not say the product uses AI
  'https://thestacc.com/docs/local-seo/gbp-posts-calendar', // a docs page that does not say AI (a lead)
  'https://my-mag.net/information-pages/terms-and-conditions', // a lead-magnet gate without AI
  'https://thelead.ai/termsofservice', // terms that do not say AI
  'https://www.workspacecms.ai/ai-credit-schedule', // a CMS with AI credits
  'https://www.mailbrain.com/terms', // email analytics with AI features
  'https://prorank.io/docs/ai-tools/ai-optimize', // an SEO plugin with AI tools
  'http://docs.xara.com/en/articles/12132014-ai-social-media-manager-how-it-works', // a design suite's feature
  'https://docs.1oakmls.com/features/automations', // an MLS platform's automations
  'https://www.inspoboard.creatvdiy.com/privacy.html', // a Pinterest scheduler with Gemini features
  'https://ibd-ventures.com/privacy-policy/', // a company site broader than its ad app
  'https://adcreator.ai/privacy', // left out beside AdCreator AI (adcreator-ai.com)
  'https://completions.io/brand-voice-management', // a consultancy
  'http://aomktg.com/terms-of-service', // an agency
  'https://bethsuttonrem.com/social-media-service-guidelines', // a freelancer
  'https://jm-visuals.com/publisher/terms/', // an agency's internal workflow
  'https://marketing.biz/terms', // an agency
  'https://bar-nonebydesign.com/ai-usage-policy', // an agency's AI policy
  'https://www.emailsforgood.com/terms', // an email agency
  'https://www.getcopyculture.com/terms.html', // an email consultancy
  'https://hetailokaal.nl/algemene-voorwaarden', // AI training courses
  'https://team.secretagents.co/terms-of-service-page', // a messaging service
  'https://agenciaroco.com/en/google-my-business-scheduler-local-strategy-2', // an agency's guide
  'https://pcdesignstx.com/google-business-profile-posting-monthly-system/', // an agency's blog
  'https://sanbi.ai/blog/how-to-measure-ai-visibility', // a blog only (a lead)
  'https://mentionary.ai/blog/ai-visibility-monitor-brand-mentions', // a blog only (a lead)
  'https://sourcewatch.ai/blog/how-to-track-brand-mentions', // a blog only (a lead)
  'https://searchless.ai/articles/2026-05-05-ai-visibility-monitoring-track-brand-presence-ai-answers-2026', // a blog only
  'https://wildrunai.com/blog/how-to-track-ai-search-citations', // a blog only (a lead)
  'https://visorlabs.org/blog/what-is-attention-prediction', // a blog only (a lead)
  'https://gazeiq.dev/blog/eye-tracking-for-ads', // a blog only, as an earlier pass decided
  'https://benly.ai/learn/ad-creative/attention-heatmaps-explained', // a guide only
  'https://brivvy.io/blog/what-is-brand-voice', // a blog only (a lead)
  'https://www.marqeting.io/blog/tag/methodology', // a blog only (a lead)
  'https://quillpilot.com/blog/brand-voice-ai-guide.html', // a blog only
  'https://www.nameloop.me/blog/the-definitive-guide-to-brand-name-generator-strategy', // a blog only
  'https://www.localseo.ai/guides/enhancing-local-business-visibility-ai-driven-gbp-posts/', // guides only
  'https://gmbmantra.ai/blogs/google-may-start-making-your-business-info-by-itself-in-2026', // a blog only
  'https://attrifast.com/blog/what-is-prompt-tracking', // a blog only
  'https://wpseoai.com/nl/onze-blog/is-het-illegaal-om-ai-te-gebruiken-voor-het-schrijven-van-artikelen', // a blog only
  'https://avioncitojuego.directory/privacy', // tagcreator.ai's policy on another host
  'https://www.geosaur.com/guides/how-to-monitor-google-ai-overviews', // guides only, as an earlier pass decided
];

const NAMESAKES = [
  'https://voiser.ai/', // the parent of the claimed aireply. subdomain, not read
  'https://www.voiser.ai/', // the parent of the claimed aireply. subdomain, not read
  'https://www.citlyze.ai/', // beside Citlyze (citlyze.com)
  'https://www.genrank.com/', // beside Genrank (genrank.co)
  'https://www.geostellar.com/', // beside GEO Stellar (geostellar.ai)
  'https://www.audit.app/', // beside AuditAE (auditae.app)
  'https://www.authorless.com/', // beside Authorless (authorless.ai)
  'https://www.blogcreator.com/', // beside BlogCreator (blogcreator.dev)
  'https://www.marketingmary.com/', // beside Marketingmary (marketingmary.ai)
  'https://www.aureply.in/', // beside AuReply (aureply.com)
  'https://www.replyzen.com/', // beside ReplyZen (replyzen.app)
  'https://www.replyreview.com/', // beside ReplyReview (replyreview.app)
  'https://www.contentcats.com/', // beside ContentCats (contentcats.pl)
  'https://www.carouzel.com/', // beside Carouzel (getcarouzel.com)
  'https://www.mailable.com/', // beside Mailable (mailable.dev)
  'https://www.nexmail.com/', // beside Nexmail (nexmail.ai)
  'https://www.adgents.com/', // beside AdGentz (adgentz.com)
  'https://www.podraft.io/', // beside Podraft (podraft.com)
  'https://www.ll.com/', // beside LL (ll.co)
  'https://www.llmsubmit.com/', // beside LLM Submitter (llmsubmitter.com)
];

describe('twenty-fourth-session fourth marketing pass traps', () => {
  it('adds 22 rows, each with one domain and no prefix, in the regions their pages give', () => {
    expect(longTailC24Marketing4Tools.length).toBe(22);
    expect(
      longTailC24Marketing4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0),
    ).toBe(true);
    expect(catalogRegion('contentcats')).toBe('europe');
    expect(catalogRegion('citlyze')).toBe('global');
    expect(catalogRegion('voiser-ai-reply')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24Marketing4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24Marketing4Tools));
    expectEachClassifiedAs({
      'https://app.authorless.ai/': 'authorless',
      'https://app.contentcats.pl/': 'contentcats',
      'https://api.reply-guy.xyz/': 'reply-guy-xyz',
      'https://www.geostellar.ai/terms': 'geo-stellar',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
