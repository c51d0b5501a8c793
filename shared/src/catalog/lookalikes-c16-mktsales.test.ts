// Traps beside the rows the sixteenth session's marketing-and-sales pass added (data/long-tail-c16-mktsales.ts): the
// general platforms these tools work on (LinkedIn, Reddit, ad managers, marketplaces, CRMs), the parent host and sibling
// paths beside the one subdomain and the one URL prefix, the hosts the lists gave that were not added, and real sites
// that share a name with the new entries. Every trap must stay unclassified; every new host must classify to its own
// entry, and the older entries beside the new ones keep their hosts.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16MktsalesTools } from './data/long-tail-c16-mktsales';

const GENERAL_SITES = [
  'https://www.linkedin.com/feed/', // where LinkedIn outreach and post tools act
  'https://www.reddit.com/r/sales/', // where RedProwler finds leads
  'https://ads.google.com/home/', // Google Ads, managed by the ad agents
  'https://www.facebook.com/business/ads',
  'https://sellercentral.amazon.com/', // the marketplace beside Rel.ai's listing copy
  'https://www.shopify.com/', // the platform Novik Apps' agent runs on
  'https://www.youtube.com/', // beside Creator AI
  'https://www.hubspot.com/', // CRMs the call tools write to
  'https://www.salesforce.com/',
  'https://6sense.com/', // which bought Saleswhale; only saleswhale.com is claimed
  'https://business.google.com/', // Google Business Profile, beside Leadmetrics' post writer
];

const PARENTS_AND_SIBLINGS = [
  'https://bluerails.com/', // only the Discovery dashboard subdomain is claimed
  'https://www.bluerails.com/',
  'https://novikapps.com/', // only the AI product-description agent's path is claimed
  'https://novikapps.com/privacy',
  'https://novikapps.com/ai-product-description-agent-pro', // a prefix matches whole path segments only
];

const NOT_ADDED = [
  'https://alta-hq.com/', // a guessed host; Alta's pages are on altahq.com
  'https://github.com/octavehq', // vendors' code hosting stays a shared platform
  'https://github.com/altahq',
];

const NAMESAKES = [
  'https://octave.org/', // GNU Octave, beside Octave
  'https://www.altaski.com/', // Alta Ski Area, beside Alta
  'https://www.replay.io/', // Replay the browser devtools, beside Replay's sales roleplay
  'https://www.rocket.com/', // Rocket Companies, beside Rocket Agents
  'https://www.mindray.com/', // medical devices, beside Mindra
  'https://www.parallels.com/', // desktop virtualisation, beside Parallel AI
  'https://www.citi.com/', // beside Citivus
  'https://www.vidyard.com/', // video hosting, beside Vidwave
  'https://www.orovalley.gov/', // the Arizona town, beside Orova
];

describe('sixteenth-session marketing and sales traps', () => {
  it('adds 59 rows: 58 with one domain each and one URL-prefix row', () => {
    expect(longTailC16MktsalesTools.length).toBe(59);
    const domainRows = longTailC16MktsalesTools.filter((t) => t.domains.length > 0);
    expect(domainRows.length).toBe(58);
    expect(domainRows.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
    const prefixRows = longTailC16MktsalesTools.filter((t) => t.urlPrefixes.length > 0);
    expect(prefixRows.map((t) => t.id)).toEqual(['novik-ai-product-description-agent']);
  });

  it('classifies every new host, prefix and API endpoint to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16MktsalesTools), { api: true });
  });

  it('classifies the pages the vendors name, and leaves older entries beside them their hosts', () => {
    expectEachClassifiedAs({
      'https://docs.octavehq.com/concepts/async-callbacks': 'octave-gtm',
      'https://support.altahq.com/en/articles/12238987-how-to-trigger-a-call-via-api': 'alta-ai-sales',
      'https://discovery.bluerails.com/methodology': 'bluerails-discovery',
      'https://kb.leadmetrics.in/agents/gbp-post-writer': 'leadmetrics',
      'https://docs.ltv.ai/modules/reactivate/ai-features': 'ltv-ai',
      'https://novikapps.com/ai-product-description-agent/docs.html': 'novik-ai-product-description-agent',
      'https://docs.outwrite.ai/tracking/ai-visibility-tracking-basics': 'outwrite-ai-geo',
      'https://www.outwrite.com/': 'outwrite', // the writing tool keeps its own host
      'https://onton.ai/': 'on-ton', // the list's separate "On Ton" row
      'https://joinvalley.co/': 'joinvalley-co', // Valley stays on its own host; valley.so was not added
    });
    expectEachClassifiedAs({ 'https://api.altahq.com/v1/assistant/calls': 'alta-ai-sales' }, { api: true });
  });

  it('leaves general sites, parents, hosts not added and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS_AND_SIBLINGS, ...NOT_ADDED, ...NAMESAKES]);
  });
});
