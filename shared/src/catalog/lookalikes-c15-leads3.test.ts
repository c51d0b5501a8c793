// Traps beside the rows and hosts the fifteenth session's third-wave leads pass added (data/long-tail-c15-leads3.ts,
// and the second hosts it gave `polyai`, `yellow-ai`, `deepbrain` and `posthog-ai`): the rest of Triple Whale's
// analytics site beside the Moby prefix, the vendors' repositories on GitHub, and sites that share a name with the
// new entries. Every trap must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC15Leads3Tools } from './data/long-tail-c15-leads3';

const GENERAL_SITES = [
  'https://www.triplewhale.com/', // ecommerce analytics; only the Moby AI section is claimed
  'https://www.triplewhale.com/pricing',
  'https://app.triplewhale.com/',
  'https://kb.triplewhale.com/en/articles/11932150-agent-actions-automate-your-advertising-account-management',
  'https://posthog.com/maxwell', // a prefix matches whole path segments only
  'https://leetcode.com/', // coding-interview practice, beside Interview Coder
];

const SHARED_PLATFORMS = [
  'https://github.com/InteractionCo/typescript-example', // the vendors' repositories, on GitHub
  'https://github.com/ibttf/interview-coder',
  'https://github.com/PolyAI-LDN/conversational-datasets',
  'https://github.com/DeepBrain-AI/docs',
  'https://github.com/yellowmessenger/documentation',
];

const NAMESAKES = [
  'https://www.pokemon.com/', // beside Poke
  'https://www.poly.com/', // HP's Poly headsets, beside PolyAI's poly-ai.com
  'https://www.yellowpages.com/', // beside Yellow.ai's yellowmessenger.com
  'https://www.sigmaaldrich.com/', // beside Sigma AI Browser
  'https://www.interviewing.io/', // mock interviews with people, beside Interview Coder
];

describe('fifteenth-session third-wave leads traps', () => {
  it('adds three rows with one domain each and one prefix row', () => {
    expect(longTailC15Leads3Tools.length).toBe(4);
    const domainRows = longTailC15Leads3Tools.filter((t) => t.domains.length > 0);
    expect(domainRows.length).toBe(3);
    expect(domainRows.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host and prefix to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC15Leads3Tools), { api: true });
  });

  it('classifies the pages the vendors name, and the second hosts of existing entries', () => {
    expectEachClassifiedAs({
      'https://www.interviewcoder.co/settings': 'interview-coder',
      'https://poke.com/settings/connections': 'poke-interaction',
      'https://app.sigmabrowser.com/': 'sigma-ai-browser',
      'https://www.triplewhale.com/moby-ai/actions': 'triple-whale-moby',
      'https://poly-ai.com/': 'polyai',
      'https://app.yellowmessenger.com/user/login': 'yellow-ai',
      'https://www.deepbrainai.io/pricing': 'deepbrain',
      'https://posthog.com/max': 'posthog-ai',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
