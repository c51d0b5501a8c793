// Traps beside the rows the twenty-eighth session's sixth marketing pass added (data/long-tail-c28-marketing6.ts): the
// ordinary sites next to each kind of AI tool it added (journalist-request platforms, ad and seller help pages, email
// and affiliate platforms, rules-based ad tools, agencies and award consultancies, quiz and launch sites that do not
// say AI), the shared-platform copies, drafts, staging and developer hosts the pass read, query-only blog pages, and
// the parents of the claimed path. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Marketing6Tools } from './data/long-tail-c28-marketing6';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.qwoted.com/qwoteds-code-of-conduct/', // the journalist-request platform QuoteWorthy drafts for; it bans AI pitches
  'https://www.qwoted.com/privacy-policy/', // the same platform's privacy policy
  'https://help.klaviyo.com/hc/en-us/articles/46281487065243', // the email platform's help page on its ChatGPT connector
  'https://ads.tiktok.com/help/article/how-to-authorize-affiliate-videos-for-shop-ads', // TikTok's ad help, met in the searches
  'https://seller-us.tiktok.com/university/essay?knowledge_id=6104700982429483', // TikTok Shop's seller guide on invites
  'https://feed-helpcenter.aftership.com/en/article/learn-more-about-aftership-affiliates-creator-outreach-1c4mkya/', // automated creator outreach, AI not said
  'https://ennphasis.com/platform/amazon-ads/', // rules-based Amazon Ads decisions with operator approval
  'https://www.axios.com/2024/01/30/ai-campaign-fundraising-democrats-chatgpt', // news on AI campaign emails
  'https://haufe.de/recht/weitere-rechtsgebiete/wirtschaftsrecht/ki-im-social-media-einsatz_210_626008.html', // a legal guide, met in the German query
  'https://www.cognizant.com/nl/en/insights/blog/articles/the-rise-of-synthetic-users', // a consultancy's article on synthetic personas
  'https://www.aiinpolitics.ai/model-ai-use-policy-democratic-campaigns', // a model AI-use policy template for campaigns
  'https://awardstrustmark.org/ai-and-awards-research/', // an awards standards council's research
];

const AGENCIES_AND_SERVICES = [
  'https://kitcaster.com/agency-terms-conditions/', // a podcast-booking agency
  'https://podcastconnection.org/terms-conditions/', // a podcast-booking agency
  'https://outreachworthy.com/service-agreement/', // a guest-post outreach service
  'https://linkbuddy.org/refund-policy.php', // a backlink service
  'https://boost-awards.co.uk/can-ai-write-a-good-award-entry', // an award-entry consultancy
  'https://www.luxisdesign.io/refund-policy', // a web agency's AI blogger service
  'https://www.padiso.co/blog/hotel-reputation-management-multi-site-review-response-agents/', // a consultancy's guide
];

const SHARED_PLATFORMS = [
  'https://adturbo-ai.agentsite.network/content/privacy/index.html', // AdTurbo AI's policy on a shared host
  'https://quizimoto-site.pages.dev/aup', // a quiz builder's policy on a shared platform
  'https://ai-affiliate-safe-approval.pages.dev/privacy.html', // a private TikTok workflow on a shared platform
  'https://somantix-ledger.pages.dev/posts/open-ai-makes-global-privacy-changes', // a blog on a shared platform
  'https://westmoon-tiktok-creator-tool-privac.vercel.app/', // a creator-invite extension's policy on a shared platform
  'https://launchpad-conference-platform.vercel.app/blog/speaker-curation-engine', // a demo on a shared platform
  'https://wook-dragon.github.io/free-ai-image-generator-privacy-policy/', // an app's policy on a shared platform
  'https://intercom.help/trypencil/en/articles/10219595-why-is-the-brand-library-important-for-consistency', // a help centre on a shared platform
  'https://coda.io/@scrollmark-as/success-with-scrollmark/auto-dm-rules-on-meta-platforms-fb-and-ig-28', // a doc on a shared platform
  'https://proxy.weglot.com/wg_a52b03be97db00a8b00fb8f33a293d141/en/de/privacy.cision.com/Help-A-Reporter-Out-Data-Privacy-Notice', // a translation proxy
];

const LEFT_OUT = [
  'https://bmv.var.uno/privacy', // "a draft pending legal review" on a multi-app host
  'https://easymvp.io/refund-policy', // "support@yourcompany.com"
  'https://dbtest.bannerkraft.com/privacy', // a test host
  'https://stela.staging.soundminds.ai/privacy', // a staging host
  'https://app.staging.creator-discovery-outreach.soundminds.ai/privacy', // a staging host
  'https://staging-influencers.openmined.org/privacy', // a staging host
  'https://sandbox.intle.co.uk/trust/ai-transparency', // a sandbox host
  'https://ads.ar-draw.com/privacy', // "a personal internal tool" of an independent developer
  'https://contentengine.abhishekgusain.com/refunds', // a tool on a developer's personal host
  'https://qwizoo.com/en/privacy', // a quiz builder whose policy does not say AI
  'https://launchtry.com/privacy', // a launch directory, AI not said
  'https://www.launchpact.io/privacy', // a Product Hunt upvote network, AI not said
  'http://thoseposters.com/privacy.php', // a free poster generator, AI not said
  'https://openchairpro.com/', // salon software where AI is one feature
  'https://www.searchen.com/?p=5422', // a query-only page
  'https://thoidaihaitac.vn/?p=8337', // a query-only page
  'https://hotel-system.org/?p=6079', // a query-only page
  'https://genhup.com/?p=3257', // a query-only page
];

const PARENTS_AND_SIBLINGS = [
  'https://www.topicaldrift.com/', // the site beside the claimed /app/topical-map path
  'https://topicaldrift.com/app/', // the app root beside the claimed path, not read
];

describe('twenty-eighth-session sixth marketing pass: AI marketing long tail', () => {
  it('adds 15 rows, none regional', () => {
    expect(longTailC28Marketing6Tools.map((t) => t.id)).toEqual([
      'cold-mail-them',
      'coldsalesai',
      'coldmsg',
      'pr-bot-ai',
      'quoteworthy-ai',
      'dmsetter',
      'retainai-shopify',
      'quiz-funnel-app',
      'posterai-creator',
      'posterai-online',
      'sparkposter',
      'topical-drift-topical-map',
      'ai-mee',
      'podcastintel-ai',
      'ai-valuation-insight',
    ]);
    for (const t of longTailC28Marketing6Tools) expect(catalogRegion(t.id)).toBe('global');
  });

  it('classifies each new host and each page read to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Marketing6Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Marketing6Tools));
  });

  it('leaves general sites, agencies, shared platforms, left-out pages and parents unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...AGENCIES_AND_SERVICES,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...PARENTS_AND_SIBLINGS,
    ]);
  });
});
