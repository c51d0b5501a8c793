// Traps beside the rows the twenty-second session's third marketing pass added (data/long-tail-c22-marketing3.ts):
// the ordinary sites next to each kind of AI tool it added (social schedulers, email platforms, influencer platforms,
// SEO suites whose AI trackers are one feature, the networks and forums the writers post to, Shopify, a press wire, a
// job board, review and competitive-intelligence sites, a CMS, stock images, slide sharing), the parents of the
// claimed subdomains and prefixes, the shared-platform copies and the left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Marketing3Tools } from './data/long-tail-c22-marketing3';

const GENERAL_SITES = [
  'https://www.hootsuite.com/', // a social-media scheduler, beside the AI social writers and schedulers
  'https://buffer.com/', // a social-media scheduler, beside the AI social writers and schedulers
  'https://later.com/', // a social-media scheduler, beside the AI social writers and schedulers
  'https://mailchimp.com/', // an email-marketing platform, beside the AI email builder
  'https://www.klaviyo.com/', // an email-marketing platform for stores, beside the Shopify AI apps
  'https://www.upfluence.com/', // an influencer platform, beside the AI influencer-discovery platform
  'https://hypeauditor.com/', // an influencer analytics site, beside the AI influencer-discovery platform
  'https://www.seomonitor.com/', // an SEO suite with an AI tracking feature, beside the AI visibility trackers
  'https://help.seomonitor.com/en/articles/12427191-ai-search-tracking', // an SEO suite's AI tracking feature, left out as one feature
  'https://www.sistrix.com/', // an SEO suite, beside the AI visibility trackers
  'https://www.sistrix.de/support/handbuch/ai/projects', // an SEO suite's prompt tracker, left out as one feature
  'https://ahrefs.com/', // an SEO suite, beside the AI SEO writers
  'https://moz.com/', // an SEO suite, beside the AI SEO writers
  'https://www.linkedin.com/', // the network the AI LinkedIn writers post to
  'https://www.reddit.com/', // a forum the AI reply drafter scans
  'https://news.ycombinator.com/', // a forum the AI reply drafter scans
  'https://x.com/', // the network the AI reply extension reads
  'https://www.shopify.com/', // the store platform beside the Shopify AI apps
  'https://apps.shopify.com/', // the app store beside the Shopify AI apps
  'https://www.prnewswire.com/', // a press-release wire met in the searches
  'https://www.indeed.com/', // a job board, beside the AI resume tailor
  'https://www.yelp.com/', // a review site, beside the AI competitive-intelligence tool
  'https://www.similarweb.com/', // a competitive-intelligence site, beside the AI competitive-intelligence tool
  'https://wordpress.org/', // a CMS, beside the AI content engines that publish to it
  'https://www.gettyimages.com/', // a stock-image site, beside the AI brand-image generator
  'https://www.slideshare.net/', // a slide-sharing site, beside the AI presentation builder
];

const PARENTS = [
  'https://launchpadlab.com/', // the parent of Prezos's claimed subdomain
  'https://www.launchpadlab.com/', // the parent of Prezos's claimed subdomain
  'https://nonirvanadigital.com/', // the parent of SEO Blog Agent's claimed subdomain
  'https://www.nonirvanadigital.com/', // the parent of SEO Blog Agent's claimed subdomain
  'https://www.borstphoto.com/', // the site under which PostPilot's prefix sits
  'https://www.borstphoto.com/about', // the site under which PostPilot's prefix sits
  'https://www.raiselabs.app/', // the site under which AI Ready's prefix sits
  'https://raiselabs.app/', // the site under which AI Ready's prefix sits
];

const SHARED_PLATFORMS = [
  'https://mentionnetwork-6316c52f.mintlify.app/PoliciesTOS/TermsofService', // a page on a shared platform or help-desk host
  'https://citeagent-marketing.pages.dev/privacy', // a page on a shared platform or help-desk host
  'https://aisohub-website.pages.dev/fr/insights/eu-ai-act-seo', // a page on a shared platform or help-desk host
  'https://siftai-landing.pages.dev/blog/llms-sentiment-analysis', // a page on a shared platform or help-desk host
  'https://tonaily-com.pages.dev/academy/glossary/content-repurposing', // a page on a shared platform or help-desk host
  'https://toolkit-dev.pages.dev/content/how-to-create-content-repurposing-strategy.html', // a page on a shared platform or help-desk host
  'https://wawes.vercel.app/privacy-policy.html', // a page on a shared platform or help-desk host
  'https://lands-proxy.fly.dev/privacy', // a page on a shared platform or help-desk host
  'https://promptcraft.srv1236421.hstgr.cloud/privacy', // a page on a shared platform or help-desk host
  'https://iecyu9zanz.us-east-2.awsapprunner.com/privacy-policy', // a page on a shared platform or help-desk host
  'https://polish-ai.lmnorg.workers.dev/privacy', // a page on a shared platform or help-desk host
  'https://copydrop-ai-service-136440849704.europe-west1.run.app/privacy', // a page on a shared platform or help-desk host
  'https://useinkwell.polsia.app/blog/newsletter-creator-guide-to-ai-what-works-what-doesnt', // a page on a shared platform or help-desk host
  'https://insightiq.freshdesk.com/support/solutions/articles/89000016896-creator-search-helpguide-', // a page on a shared platform or help-desk host
];

const LEFT_OUT = [
  'https://postline.ai/privacy-policy', // a page that does not say the product uses AI
  'https://postmateai.com/privacy.html', // a page that does not say the product uses AI
  'https://postmaestro.ai/sv/privacy', // a page that does not say the product uses AI
  'https://app.getlandra.com/privacy', // a page that does not say the product uses AI
  'https://influencermarketing.ai/privacy-policy/', // a page that does not say the product uses AI
  'https://getdiscovr.ai/privacy', // a page that does not say the product uses AI
  'https://influoai.co/en/privacy', // a page that does not say the product uses AI
  'https://www.repliably.com/privacy', // a page that does not say the product uses AI
  'https://www.contentmarketing.ai/terms-and-conditions/', // a page that does not say the product uses AI
  'https://brand-generator.com/privacy', // a page that does not say the product uses AI
  'https://salecraft.ai/zh-CN/privacy', // a page that does not say the product uses AI
  'https://bloggen.au/privacy-policy/', // a draft or template page
  'https://ar.fabricsjoi.com/legal/acceptable-use', // a draft or template page
  'https://www.videopilotai.com/legal/credits', // a draft or template page
  'https://www.bearspray.ai/legal', // a draft or template page
  'https://demo.wmaster.net/privacy', // a demo host
  'https://staging.usepulse.ai/docs', // a staging host
  'https://avioncitojuego.directory/privacy', // a policy on another company's host
  'https://camlaunch.com/?p=19', // a bare `?p=` page
  'https://metadatagen.com/?p=3263', // a bare `?p=` page
  'https://vegaprism.com/?p=1721', // a bare `?p=` page
  'https://media.seowriter360.com/?p=1247', // a bare `?p=` page
  'https://georankoptimizer.com/artificial-intelligence-policy/', // a general product where AI is one feature or optional
  'https://topify.pro/terms-of-use', // a general product where AI is one feature or optional
  'https://www.posttar.com/en/terms', // a general product where AI is one feature or optional
  'https://www.workspacecms.ai/ai-credit-schedule', // a general product where AI is one feature or optional
  'https://dent.workspacecms.ai/ai-credit-schedule', // a general product where AI is one feature or optional
  'https://clinchflightcontrol.zendesk.com/hc/en-us/articles/45009927606804', // a general product where AI is one feature or optional
  'https://www.simplifyyoursocials.com/terms-of-service-and-policies', // a general product where AI is one feature or optional
  'https://taxpersoft.com/en/policy/terms.html', // a general product where AI is one feature or optional
  'https://tracemetry.com/blog/ai-visibility-tracking', // seen only on a blog, glossary or free-tool page
  'https://www.argeo.ai/en/blog/how-to-track-brand-mentions-in-ai', // seen only on a blog, glossary or free-tool page
  'https://watchback.ai/blog.html', // seen only on a blog, glossary or free-tool page
  'https://www.bevisibleinai.com/de/blog/ai-analytics-tracking', // seen only on a blog, glossary or free-tool page
  'https://www.gorepliq.com/de/blog/answer-engines-3-kpis-de', // seen only on a blog, glossary or free-tool page
  'https://adscalr.com/en/blog/attention-heatmaps-ad-creative/', // seen only on a blog, glossary or free-tool page
  'https://advizion.ai/glossary', // seen only on a blog, glossary or free-tool page
  'https://gazeiq.dev/glossary', // seen only on a blog, glossary or free-tool page
  'https://www.infloso.ai/glossary', // seen only on a blog, glossary or free-tool page
  'https://wisesuite.ai/blog/ai-powered-influencer-marketing-strategy-2026', // seen only on a blog, glossary or free-tool page
  'https://so-me.studio/free-tools/ai-instagram-caption-generator', // seen only on a blog, glossary or free-tool page
  'https://auditgeo.co/llms-txt-generator', // seen only on a blog, glossary or free-tool page
  'https://www.llmscan.dev/docs', // seen only on a blog, glossary or free-tool page
  'https://mimeticintelligence.com/blog/synthetic-personas-8-percent.html', // seen only on a blog, glossary or free-tool page
  'https://theaibrief.pro/privacy', // an AI news digest, not a tool
  'https://formativedigital.com/ai-visibility-tracking/', // an agency's page
  'https://www.synerweb.fr/poles-de-competences/seo-content/audit-geo.html', // an agency's page
  'https://www.agence-clova.fr/blog/geo-optimisation-ia-visibilite', // an agency's page
  'https://www.soleil-digital.ch/blog/audit-geo-la-checklist-pour-apparaitre-dans-chatgpt-et-perplexity', // an agency's page
  'https://www.officinacreativa25.com/copia-di-privacy', // an agency's page
];

const NAMESAKES = [
  'https://www.onswer.com/', // beside Onswer (onswer.app)
  'https://www.answer.com/', // beside Onswer (onswer.app)
  'https://www.equal.com/', // beside equal AI (equalai.io)
  'https://www.equalai.com/', // beside equal AI (equalai.io)
  'https://topslot.com/', // beside TopSlot (topslot.ai)
  'https://www.brandviz.com/', // beside BrandViz (brandviz.ai)
  'https://www.cited.com/', // beside the Cited entries
  'https://www.cited.app/', // beside the Cited entries
  'https://www.authoritysignal.com/', // beside AuthoritySignal (seotips.pro)
  'https://www.article.ai/', // beside Artikle.ai (artikle.ai)
  'https://www.contentbrain.com/', // beside ContentBrain (contentbrain.cloud)
  'https://www.copymate.com/', // beside Copymate (copymate.app)
  'https://www.locuspilot.ai/', // beside LocusPilot (locuspilot.com)
  'https://www.sogrowly.co/', // beside SoGrowly (sogrowly.com)
  'https://www.postengine.com/', // beside PostEngine (postengine.co)
  'https://www.postpilot.com/', // beside PostPilot (borstphoto.com/postpilot)
  'https://www.ghostpost.com/', // beside GhostPostt (ghostpostt.com)
  'https://www.blogsocializer.net/', // beside BlogSocializer (blogsocializer.com)
  'https://www.ghostwriter.com/', // beside Ghost Writer (ghostwriterx.cloud)
  'https://www.agenticair.com/', // beside AgenticAir (agenticair.co)
  'https://www.emailbuilder.com/', // beside AI Email Builder (ai-email-builder.com)
  'https://www.emailflow.com/', // beside Email Flow (email-flow.co)
  'https://www.brandimage.com/', // beside Brand ImageGEN (brandimagegen.com)
  'https://www.flinque.fr/', // beside Flinque (flinque.com)
  'https://www.peekwise.com/', // beside peekwise (peekwise.ai)
  'https://www.prezos.com/', // beside Prezos (prezos.launchpadlab.com)
  'https://www.landed.com/', // beside Landed (landed.sh)
  'https://www.gen-seo.com/', // beside Gen-SEO (gen-seo.ai)
];

describe('twenty-second-session marketing (marketing3) traps', () => {
  it('adds 29 rows: 27 on domains and two on URL prefixes', () => {
    expect(longTailC22Marketing3Tools.length).toBe(29);
    expect(longTailC22Marketing3Tools.filter((t) => t.urlPrefixes.length > 0).map((t) => t.id)).toEqual([
      'postpilot-borstphoto',
      'aiready-raiselabs',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Marketing3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and prefixes', () => {
    expectEachClassifiedAs({
      'https://onswer.app/en//terms': 'onswer',
      'https://www.equalai.io/terms/': 'equal-ai',
      'https://www.brandviz.ai/docs/competitors/managing-competitors': 'brandviz-ai',
      'https://www.seotips.pro/docs/ai-visibility': 'authoritysignal-seotips',
      'https://seoblogagent.nonirvanadigital.com/privacy': 'seo-blog-agent-nonirvana',
      'https://www.borstphoto.com/postpilot/tos': 'postpilot-borstphoto',
      'https://ghostpostt.com/privacy': 'ghostpostt-ai',
      'https://ghostpostt.ai/': 'ghostpostt-ai',
      'https://www.ghostwriterx.cloud/privacy.html': 'ghost-writer-ghostwriterx',
      'https://admin.agenticair.co/community-standards': 'agenticair',
      'https://ai-email-builder.com/uk/privacy': 'ai-email-builder',
      'https://www.raiselabs.app/aiready/privacy': 'aiready-raiselabs',
      'https://www.brandimagegen.com/privacy': 'brand-imagegen',
      'https://www.flinque.com/ai-usage-policy/': 'flinque',
      'https://prezos.launchpadlab.com/privacy': 'prezos-launchpadlab',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
