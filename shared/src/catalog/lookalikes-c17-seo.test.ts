// Traps beside the rows the seventeenth session's SEO pass added (data/long-tail-c17-seo.ts): general SEO suites,
// CMSs, newsletter and press-release sites next to the AI writers and AI-visibility trackers; the parents of the
// subdomains the pass claims; the agency, plugin, checker and Shopify-app pages it read and left out; copies on
// shared hosts; and well-known sites that share a word with a new entry. Every trap must stay unclassified, and every
// new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17SeoTools } from './data/long-tail-c17-seo';

const GENERAL_SITES = [
  'https://www.semrush.com/', // an SEO suite; only its AI-visibility pages are a prefix entry
  'https://ahrefs.com/', // likewise; Brand Radar is a prefix
  'https://moz.com/',
  'https://wordpress.org/', // the CMS the AI writers publish into
  'https://www.shopify.com/', // the store platform the AI blog apps plug into
  'https://webflow.com/',
  'https://ghost.org/',
  'https://substack.com/', // newsletters, beside the AI digest
  'https://www.prnewswire.com/', // press releases, beside the visibility trackers
  'https://www.yelp.com/', // local listings, beside the AI local-SEO tools
  'https://www.podbean.com/', // podcast hosting, beside the podcast-to-article tools
  'https://www.blogger.com/',
];

const PARENTS_AND_LEFT_OUT = [
  'https://gmlabs.dev/', // parent of the claimed ai.gmlabs.dev
  'https://sig.ai/', // parent of the claimed aeo.sig.ai
  'https://jcerme.com/', // parent of the claimed autogbp.jcerme.com
  'https://nopassdev.com/', // parent of the claimed seoai.nopassdev.com
  'https://www.rockcontent.com/', // a content-marketing company; only aicopilot.rockcontent.com is claimed
  'https://rockcontent.com/aicopilot/terms-of-use/', // the cited terms page sits on the unclaimed parent
  'https://radarhq.ai/privacy', // Radar's agency site, which hosts the tracker's policy
  'https://radar.agency/',
  'https://www.sistrix.com/?p=177763', // a general SEO suite's AI tracker page
  'https://aclipp.com/help/ai-visibility/credits', // a press-clipping service with an AI-visibility section
  'https://drinkcaffeine.ai/audit/about', // readiness checkers that use no model
  'https://crwl.sh/signals',
  'https://sitecheck.dk/resources/llms-tester',
  'https://georankoptimizer.com/artificial-intelligence-policy/', // a WordPress plugin on the buyer's own key
  'https://onetwothreesend.com/docs/writing-newsletters/', // likewise
  'https://aeogeoseo.com/?p=10873', // an agency selling GEO work
  'https://answerprint.forourdream.com/privacy-policy', // a report service prepared partly by hand
  'https://taxpersoft.com/en/policy/terms.html', // a maker whose AI blog program may be one of several
  'https://sherpas.design/blogs/news/smart-seo-terms-of-service', // a theme and app maker's Shopify SEO app
  'https://legal.syncerp.work/blogsmith/terms', // a Shopify app's terms on a legal host
  'https://citable.page/privacy', // a local-only browser extension with no server
];

const SHARED_PLATFORMS = [
  'https://clarivy-launch.pages.dev/legal/subprocessors.html', // a pages.dev copy of clarivy.ai's list
  'https://pfcopy-site.pages.dev/help/getting-started-with-credits',
  'https://rankerbase-docs.pages.dev/content-engine/autopilot',
  'https://seobyrole.pages.dev/articles/seo-ai-content-policy-organization.html',
  'https://getaillm.vercel.app/terms',
  'https://aiblogpost-beta.vercel.app/privacy',
  'https://ai-overview-extension-de.web.app/privacy.html',
  'https://anasvakyathodi.github.io/citely/privacy.html',
  'https://www-staging-pt-origin.squarespace.com/termosgc', // a staging host
];

const NAMESAKES = [
  'https://www.snow.com/', // beside SnowSEO
  'https://clarivate.com/', // beside Clarivy
  'https://www.radar.com/', // beside Radar AI Visibility Tracker
  'https://www.sig.com/', // beside SIG's AI Visibility Intelligence
];

describe('seventeenth-session SEO traps', () => {
  it('adds 60 rows, each with one domain and no prefix', () => {
    expect(longTailC17SeoTools.length).toBe(60);
    expect(longTailC17SeoTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17SeoTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.getranksmith.com/features/dashboard': 'ranksmith',
      'https://docs.nobori.ai/prompt-details': 'nobori',
      'https://docs.rankforce.co/agents/geo-visibility': 'rankforce',
      'https://help.snowseo.com/en/articles/15506763-how-to-generate-articles': 'snowseo',
      'https://app.aivisibilitytracker.com/': 'radar-ai-visibility-tracker',
      'https://www.geovise.app/terms': 'geovise',
      'https://ai.gmlabs.dev/privacy.html': 'gm-labs-ai-visibility-tracker',
    });
  });

  it('leaves general sites, parents, left-out pages, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS_AND_LEFT_OUT, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
