// Traps beside the rows the twenty-third session's second social-media and SEO pass added
// (data/long-tail-c23-social2.ts): the ordinary sites next to each kind of AI tool it added (the social networks and
// their business and developer sites, schedulers, Pinterest, YouTube Studio, WordPress and Shopify, SEO suites and rank
// trackers, the AI engines' general sites that the trackers query), the parent of the one claimed subdomain, the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC23Social2Tools } from './data/long-tail-c23-social2';

const GENERAL_SITES = [
  'https://www.instagram.com/', // the network the caption writers and Post It publish to
  'https://business.instagram.com/', // Instagram's business site, beside the caption and DM tools
  'https://www.threads.net/', // the network Threadmation schedules for
  'https://www.linkedin.com/feed/', // the network the comment and post tools work on
  'https://x.com/home', // the network Bluobird and the reply tools work on
  'https://www.reddit.com/r/SaaS/', // the forum ThreadCite and Thread Otter read
  'https://www.pinterest.com/', // the network the pin makers publish to
  'https://studio.youtube.com/', // YouTube Studio, beside the YouTube metadata, reply and thumbnail tools
  'https://www.youtube.com/', // YouTube itself
  'https://www.tiktok.com/', // the network the reel makers publish to
  'https://buffer.com/', // a social scheduler, beside the AI-first schedulers
  'https://later.com/', // a social scheduler, beside the AI-first schedulers
  'https://wordpress.org/plugins/', // the plugin directory, beside AutoPress AI
  'https://apps.shopify.com/', // the Shopify App Store, beside MetaForge
  'https://www.semrush.com/', // an SEO suite, beside the GEO trackers and SEO writers
  'https://ahrefs.com/', // an SEO suite, beside the GEO trackers and SEO writers
  'https://search.google.com/search-console', // Search Console, beside the SEO and GEO tools
  'https://www.canva.com/', // a design tool, beside the carousel and pin makers
  'https://developers.google.com/youtube/v3', // the YouTube Data API docs, beside the YouTube tools
  'https://jeepno.online/', // the parent of Jeepno's claimed ai. subdomain
  'https://www.jeepno.online/', // the parent of Jeepno's claimed ai. subdomain
];

const SHARED_PLATFORMS = [
  'https://commentaihome.vercel.app/privacy-policy', // a policy on a shared platform
  'https://batch-seo-privacypolicy.vercel.app/', // a policy on a shared platform
  'https://aiblogpost-beta.vercel.app/privacy', // a policy on a shared platform
  'https://thumbgenai-gilt.vercel.app/privacy-policy', // a policy on a shared platform
  'https://reel-notes.vercel.app/privacy', // a policy on a shared platform
  'https://linkedin-reply.azurewebsites.net/privacy', // ardiland's Reply Assistant, on a shared platform
  'https://seo-genius.onrender.com/privacy', // a policy on a shared platform
  'https://blog-pilot-ai-production.up.railway.app/privacy', // a policy on a shared platform
  'https://pale-coral-ftzavjsikt.edgeone.app/', // a policy on a shared platform
  'https://fineanmol.github.io/linkedin-ai-reply/privacy-policy.html', // a policy on a shared platform
  'https://maxnieuwenhuijs.github.io/LinkedIn-CoPilot/privacy-policy.html', // a policy on a shared platform
  'https://conor-code.github.io/X-Reply-Assistant-Privacy', // a policy on a shared platform
  'https://anasvakyathodi.github.io/citely/privacy.html', // a policy on a shared platform
  'https://smythmyke.github.io/TubePilot/privacy.html', // a policy on a shared platform
  'https://wooden-stork-8e7.notion.site/Privacy-Policy-for-AI-Description-Generator-2d6cf15c7d5680a6bad0c62ab0add7e9', // a policy on a shared platform
  'https://creatorops-euh.pages.dev/privacy/', // a policy on a shared platform
  'https://creative-copilot-privacy.pages.dev/', // a policy on a shared platform
  'https://threads-privacy.pages.dev/', // a policy on a shared platform
  'https://av.celebritynews.workers.dev/criselda-https-thumbai.app/privacy', // ThumbAI's policy, read only on a workers.dev copy
  'https://sites.google.com/view/caption-it-tos/caption-it-ai-photo-captions-tos', // a mobile app's terms on Google Sites
];

const LEFT_OUT = [
  'https://velarapex.com/privacy.html', // a policy with a "[Company Name]" placeholder
  'https://www.projectiris.space/privacy', // a policy with a {{COMPANY_LEGAL_NAME}} placeholder
  'https://citepulse.ai/legal/privacy', // a template draft with an unset effective date
  'https://en.plankeywords.com/privacy.html', // a product-side draft policy
  'https://staging-influencers.openmined.org/privacy', // a staging host
  'https://sns-private.edugamja.com/privacy', // an internal DM tool
  'https://barskaia.com/privacy', // a personal DM assistant
  'https://yarina-threads.duckdns.org/privacy', // a personal publishing assistant on a dynamic-DNS host
  'https://wppublisherpro.nl/?p=3', // a bare `?p=` page
  'https://seoaimetalab.wolfra.io/?p=3', // a bare `?p=` page
  'https://www.reelsbuilder.ai/docs/api/hook-generator', // API docs that do not say AI
  'https://reelgenie.app/privacy', // a policy that does not say AI
  'https://docs.reelhq.ai/privacy-policy', // a prompt log with no product kind named
  'https://pinnergpt.digietc.com/privacy-policy.php', // a policy that does not say AI
  'https://www.replymine.com/privacy', // a policy that does not say AI
  'https://threadsifter.com/privacy', // a policy that does not say AI
  'https://groas.ai/legal/terms', // terms that do not say AI
  'https://keywordz.xyz/privacy', // a keyword tool whose policy does not say AI
  'https://keywordintent.io/privacy-policy', // a keyword tool whose policy does not say AI
  'https://aicontentsystem.org/privacy.html', // AI only in the name
  'https://ai-factory.ancmedia.net/privacy.html', // AI only in the name
  'https://unposted.brandpick.ai/legal/privacy', // a policy that does not say AI
  'https://www.mentionwell.com/features/auto-agent', // a drafting pipeline that does not name AI
  'https://seopilot.so/docs/features/publishing', // publishing docs that do not name AI
  'https://automaize.io/youtube-uploader-terms', // a YouTube uploader, not AI
  'https://www.simplifyyoursocials.com/terms-of-service-and-policies', // a caption service, AI one feature
  'https://authorautomations.social/privacy', // a scheduler with optional AI keys
  'https://georankoptimizer.com/artificial-intelligence-policy/', // a plugin with optional AI rewriting
  'https://www.grownomic.ai/terms', // a general marketing product with AI-assisted tools
  'http://docs.xara.com/en/articles/12132014-ai-social-media-manager-how-it-works', // a feature inside a general platform
  'https://docs.1oakmls.com/features/automations', // a feature inside an MLS platform
  'https://www.sistrix.de/support/handbuch/ai/projects', // an SEO suite's AI tracker
  'https://serpvoyager.com/features/ai-overviews-rank-tracking', // a rank tracker's AI Overviews column
  'https://migraciones.io/en/pages/privacy-policy-ai-seo-bulk-generator', // a Shopify app on a migration agency's site
  'https://www.alittlesocial.com.au/terms-of-service', // an agency's AI-backed social service
  'https://api.zenotechs.com/privacy', // a Shopify app's policy on a developer's API host
  'https://www.eywebapp.com/privacy-policy', // a Shopify app's policy on a site that may carry other apps
  'https://vertsho.io/learn/ai-short-form-video-creation/tiktok-hook-ai-vs-human', // seen only on a guide
  'https://tracemetry.com/blog/ai-overview-tracking', // seen only on its blog
  'https://www.geosaur.com/guides/how-to-monitor-google-ai-overviews', // seen only on a guide
  'https://getrefine.ai/glossary', // a glossary
  'https://discoveredby.com/glossary', // a glossary
  'https://insightwonder.com/glossary', // a glossary
  'https://appearly.ai/learn/glossary', // a glossary
  'https://citationgraph.ai/en/docs/glossary', // a glossary
  'https://www.amicited.com/de/glossary/ai-visibility-index', // a glossary
  'https://docs.getcited.in/concepts/foundations/geo-vs-seo', // a concepts page
  'http://llmreach.ai/en/faq', // a GEO FAQ of an unclear service
  'https://www.startupweb.io/en/servizi/geo-ai-search/', // an agency's GEO service
  'https://mehrklicks.de/ki-sichtbarkeit-messen', // an agency's article
  'https://www.ki-seo.marketing/blog/ki-sichtbarkeit-wettbewerber-vergleich', // an agency's article
  'https://onhook.ramblingai.com/terms', // a mobile-only app
  'https://reel.money/ai-influencer-generator/privacy', // a mobile-only app
  'https://www.imgcarousel.com/delivery-returns', // an AI image social site of another kind
  'https://avioncitojuego.directory/privacy', // Tag Creator AI's policy on another host
];

const NAMESAKES = [
  'https://www.post-it.com/', // beside Post It (usepostit.ai): 3M's sticky notes
  'https://www.ipost.com/', // beside iPost AI (ipostai.com)
  'https://www.addpost.com/', // beside AddPost (addpost.site)
  'https://www.commenter.com/', // beside Commenter.ai (commenter.ai)
  'https://www.studiopilot.com/', // beside Studio Pilot (studiopilot.ca)
  'https://www.hookline.com/', // beside Hookline (hookline.cool)
  'https://www.raita.com/', // beside Raita (raita.ai)
  'https://www.metaforge.com/', // beside MetaForge (metaforgeapp.com)
  'https://www.geogrow.com/', // beside GEOGrow (geogrow.ai)
  'https://www.citerion.com/', // beside Citerion (citerion.ai)
  'https://www.visibleai.com/', // beside VisibleAI (visibleai.us)
  'https://www.rankwit.com/', // beside RankWit (rankwit.ai)
  'https://www.optimaize.com/', // beside OptimAIze (optimaize.app)
  'https://www.bluebird.com/', // beside Bluobird (bluobird.com)
  'https://www.tubeoptimizer.com/', // beside Tube Optimizer (tubeoptimizer.in)
  'https://www.creatorreply.io/', // beside CreatorReply (creatorreply.com)
  'https://www.reelslab.com/', // beside ReelsLab (reelslab.org)
];

describe('twenty-third-session social and SEO (social2) traps', () => {
  it('adds 34 rows, each with one domain and no prefix', () => {
    expect(longTailC23Social2Tools.length).toBe(34);
    expect(longTailC23Social2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Social2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their www. forms', () => {
    expectEachClassifiedAs(sourceUrls(longTailC23Social2Tools));
    expectEachClassifiedAs({
      'https://www.ai.jeepno.online/youtube/privacy-policy': 'jeepno-youtube-ai-replies',
      'https://ai.jeepno.online/': 'jeepno-youtube-ai-replies',
      'https://www.geogrow.ai/legal/ai-usage-respsonsibiliyt': 'geogrow',
      'https://geogrow.ai/legal/terms-of-service': 'geogrow',
      'https://www.raita.ai/blog/en/automation/auto-pilot/': 'raita-ai',
      'https://ipostai.com/privacy.html': 'ipost-ai',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
