// Traps beside the rows the twenty-sixth session's affiliate-programme pass added (data/long-tail-c26-affiliates.ts):
// the ordinary sites next to each kind of AI tool it added (video and social platforms, SEO references, scheduling,
// art communities, plagiarism guidance, file storage, telecoms, couples' counselling), the affiliate networks and
// affiliate software its searches returned (never rows), bloggers' income posts and explainers, the shared-platform
// copies, the left-out hosts whose pages are general products, drafts, templates or test hosts, and namesakes of the
// new names. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26AffiliatesTools } from './data/long-tail-c26-affiliates';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.youtube.com/', // a video platform, beside VideoBytes.ai
  'https://www.tiktok.com/', // short video, beside VideoBytes.ai and Influgen
  'https://www.instagram.com/', // social media, beside Influgen
  'https://search.google.com/search-console/about', // search reporting, beside SeobotAI
  'https://developers.google.com/search/docs', // search guidance, beside SeobotAI
  'https://calendly.com/', // scheduling, beside CoAgentor
  'https://www.artstation.com/', // an art community, beside nocensor.ai
  'https://www.plagiarism.org/', // plagiarism guidance, beside detector.io
  'https://www.dropbox.com/', // file storage, beside Instill AI
  'https://www.orange.fr/', // a French telecom, beside AirAgent
  'https://www.gottman.com/', // couples' counselling, beside CouplesGPT
  'https://www.fiverr.com/', // freelance services, beside the writing and video tools
  'https://www.shutterstock.com/', // stock images, beside the image tools
];

const NETWORKS_AND_DIRECTORIES = [
  'https://www.partnerstack.com/', // affiliate software named by MindStudio's programme
  'https://www.rewardful.com/', // affiliate software named by ArtSmart's programme
  'https://www.firstpromoter.com/', // affiliate software named by Bit.ai's and Candy.ai's programmes
  'https://tolt.com/', // affiliate software named by Paintit.ai's programme
  'https://www.getreditus.com/', // affiliate software named by AhaSlides' and Slidea's programmes
  'https://www.shareasale.com/', // an affiliate network
  'https://impact.com/', // an affiliate network
  'https://ui.awin.com/merchant-profile-terms/121660/brand', // InstantHeadShots.ai's brand rules on a network
  'https://affcobra.com/program/videogen', // an affiliate-programme directory
  'https://www.affililist.com/affiliate/submagic', // an affiliate-programme directory
  'https://www.aigirlfriendaffiliate.com/privacy', // an affiliate marketplace
  'https://bestgirlfriend.ai/affiliate-disclosure', // a review site's disclosure
  'https://track360.io/blog/ai-companion-app-affiliate-program-design-operator-guide-2026', // affiliate software's blog
  'https://agentref.co/docs/merchant-guide/create-program', // affiliate software's docs
  'https://affiliatepro.org/?p=6181', // an affiliate script's guide
  'http://support.refersion.com/en/articles/2943741-upload-your-merchant-logo-and-company-name', // affiliate software
  'https://www.postaffiliatepro.de/faq/benefits-of-affiliate-agreement', // affiliate software's FAQ
  'https://www.getchatads.com/blog/affiliate-links-ai-chatbot', // an ad API's blog
];

const BLOGS_AND_EXPLAINERS = [
  'https://dev.to/keenring/how-i-started-making-money-sharing-ai-tools-and-how-you-can-too-15co', // an income post
  'https://dev.to/quickdash/how-to-start-an-ai-api-affiliate-business-in-2026-1pgd', // an income post
  'https://learninggpt.ai/lessons/earning/ai-affiliate-marketing', // a lesson on affiliate marketing
  'https://wisesuite.ai/blog/ai-powered-affiliate-marketing-strategy-2026', // a blog post
  'https://www.girardai.com/blog/ai-affiliate-marketing-automation', // a blog post
  'https://inferensys.com/integration/ecommerce-platforms/ai-for-ecommerce-affiliate-marketing', // an integrator's guide
  'https://www.socialsnowball.io/post/what-is-ai-affiliate-marketing-ecommerce', // affiliate software's blog
  'https://www.bensbites.com/tutorial/set-up-and-manage-an-affiliate-marketing-program', // a tutorial
  'https://www.makeaihq.com/guides/cluster/partner-revenue-sharing-chatgpt', // a guide
  'https://master-seller.fr/blog/commission-vente-ia', // a sales-partner blog
  'https://eatsip365.com/what-makes-a-good-seo-software-affiliate-program', // a blog post
  'https://adambernard.com/kb/marketing/affiliate/automating-affiliate-management-communication/', // a knowledge base
  'https://www.affiliateblog.de/asktheexpert-mit-markus-kellermann-2/', // a German affiliate blog
  'https://www.chiefaiofficer.com/affiliate-terms/', // affiliate terms that never say what is sold
];

const SHARED_PLATFORMS = [
  'https://voicepal.notion.site/Voicepal-Partner-Program-Terms-Condition-and-Calculation-19a39c41d61b80e2832cc05ab4f6bcdd', // partner terms
  'https://alphapilot.gitbook.io/docs.alphapilot.tech/getting-started/referral', // referral docs on a shared host
  'https://writer-pro.github.io/writerpro-site/credits.html', // a credits page on a shared host
  'https://khaby-8qm.pages.dev/glossary/affiliate-marketing', // a glossary on a shared host
  'https://syndicate-landing.pages.dev/docs/chatbot-affiliate-programs', // docs on a shared host
  'https://api-catalog-three.vercel.app/referrals', // a referral page on a shared host
  'https://equipt-agent.vercel.app/catalog/equipt-marketing/affiliate-terms', // a skill page on a shared host
  'https://basilakis.github.io/virtual-staging.html', // docs on a shared host
  'https://tokenfeed.pages.dev/ai-system-learns-to-rehearse-your-talk-better-than-you-will', // news on a shared host
  'https://pt-booster-teknologi-indonesias.gitbook.io/docs.socialchat.id/chatbot-ai/credit-ai', // Socialchat's docs
];

const LEFT_OUT = [
  'https://affiliates.ai-revenuelabs.com/', // partner terms that do not say what is sold
  'https://getchipbot.com/blog/affiliate-program-rules-and-terms-of-use', // terms that do not say AI
  'https://voxpow.com/affiliate-faq/', // speech recognition, not said to be AI
  'https://www.pozotron.com/support/docs/affiliate_program/', // a page that does not say AI
  'https://speechnotes.co/files/affiliates/', // "latest Google technology", not said to be AI
  'https://docs.premierecopilot.com/support/affiliate', // a page that does not say AI
  'https://www.velveteen.ai/referral-terms/', // referral terms for music releases
  'https://careerdad.co.za/affiliate-programme/how-careerdad-affiliate-programme-works', // a page that does not say AI
  'https://questapply.com/faq/?cat=referral', // a referral FAQ that does not say AI
  'https://help.soundee.com/article/13-affiliate-service', // a page that does not say AI
  'https://creator-tools.com/en/guide', // a translation plugin's terms that do not say AI
  'https://studynova.com/affiliate-program-terms/', // study guides
  'https://ahaslides.com/terms/affiliate-terms', // interactive presentations, AI one feature
  'https://relayto.com/relayto/affiliate-channel-program-policies-acpp-km5c1n6ql5yi3/jD9jL4SM', // AI one feature
  'https://proyecta.dev/docs/platform/referrals/', // AI credits in a product not described
  'https://www.opentrain.ai/docs/trainers/ai-interview', // a job marketplace with an AI interview step
  'https://help.such.chat/ai-credits', // Telegram bots with optional AI
  'https://zimflow.co.zw/documentation/understanding-the-credit-system', // a chatbot builder, AI one feature
  'https://openchat.rentvisie.com/reseller-program', // a rental company's subdomain
  'https://alterionlabs.com/legal/sample-affiliate-program-agreement', // a template with bracketed placeholders
  'https://aitraders.online/en/legal/affiliate-policy', // a provisional policy in closed beta
  'https://testweb2-image.test987.com/affiliate-program-terms', // a test host
  'http://962767.com/info.html', // an unnamed copy on a numeric host
  'https://aialttextgenerator.com/?p=5487', // a `?p=` page
  'https://ai-kit.net/blog/aikits-partnership-referral-program-turning-emdash-agency-partners-into-a-b2b-sa', // a blog
  'https://aisista.com/en/post?id=801', // a blog post on credits
  'https://www.home-designer.app/how-does-ai-interior-design-work', // an explainer for DecorAI
  'https://www.interior-design.download/how-decorai-works', // an explainer for DecorAI
];

const NAMESAKES = [
  'https://www.videobytes.com/', // beside VideoBytes.ai (videobytes.ai)
  'https://nocensor.com/', // beside nocensor.ai
  'https://www.detector.com/', // beside detector.io
  'https://www.influgen.com/', // beside Influgen (influgen.ai)
  'https://www.instill.com/', // beside Instill AI (instill-ai.com)
];

describe('twenty-sixth-session affiliate-programme traps', () => {
  it('adds 9 rows, each with one domain and no prefix; 1 in Europe', () => {
    expect(longTailC26AffiliatesTools.length).toBe(9);
    expect(
      longTailC26AffiliatesTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0),
    ).toBe(true);
    const regions = longTailC26AffiliatesTools.map((t) => catalogRegion(t.id));
    expect(regions.filter((r) => r === 'europe').length).toBe(1);
    expect(regions.filter((r) => r === 'global').length).toBe(8);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26AffiliatesTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26AffiliatesTools));
    expectEachClassifiedAs({
      'https://videobytes.ai/': 'videobytes-ai',
      'https://www.seobotai.com/': 'seobotai',
      'https://coagentor.com/?ref=example': 'coagentor',
      'https://help.instill-ai.com/en/': 'instill-ai',
      'https://influgen.ai/': 'influgen',
      'https://airagent.fr/': 'airagent-fr',
      'https://affiliation.airagent.fr/guide/comment-fonctionne-affiliation': 'airagent-fr',
      'https://couplesgpt.ai/': 'couplesgpt',
    });
  });

  it('leaves general sites, networks, blogs, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...NETWORKS_AND_DIRECTORIES,
      ...BLOGS_AND_EXPLAINERS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
