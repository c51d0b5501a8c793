// Traps beside the rows the sixteenth session's dirs pass added (data/long-tail-c16-dirs.ts): hosts the unlicensed
// directories gave that the rows do not claim, the vendors' packages and repositories on shared platforms, and sites
// that share a name with the new entries. Every trap must stay unclassified; every new host must classify to its own
// entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16DirsTools } from './data/long-tail-c16-dirs';

const UNCLAIMED_LIST_HOSTS = [
  'https://rightnow.ai/', // the directory's host for RightNow AI; its docs are on rightnowai.co
  'https://trevor.io/', // the directory's host for Trevor AI, a different product; Trevor AI is trevorai.com
  'https://www.spotter.com/', // Spotter's creator-finance site, beside its Spotter Studio
  'https://elementary.ai/', // the directory's host for Elementary; its blog is on elementaryml.com
];

const SHARED_PLATFORMS = [
  'https://github.com/segments-ai/segments-ai', // the vendors' repositories and packages
  'https://pypi.org/project/segments-ai/',
  'https://github.com/edgeimpulse',
  'https://www.npmjs.com/package/edge-impulse-cli',
];

const NAMESAKES = [
  'https://www.lilly.com/', // Eli Lilly, beside Lily AI
  'https://segment.com/', // Twilio Segment's customer-data platform, beside Segments.ai
  'https://www.gatsbyjs.com/', // the web framework, beside Gatsbi
  'https://www.tryfinch.com/', // the employment-data API, beside Finch
  'https://www.parrot.com/', // the drone maker, beside Greyparrot
  'https://wildlife.org/', // The Wildlife Society, beside Wildlife Insights
  'https://www.phosphosite.org/', // the protein database, beside phospho
  'https://www.rightnowmedia.org/', // the video library, beside RightNow AI
  'https://elementary.com/', // beside Elementary's elementaryml.com
];

describe('sixteenth-session dirs traps', () => {
  it('adds twenty-one rows, each with its own domains and no prefix', () => {
    expect(longTailC16DirsTools.length).toBe(21);
    expect(longTailC16DirsTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16DirsTools), { api: true });
  });

  it('classifies the pages the vendors name', () => {
    expectEachClassifiedAs({
      'https://studio.edgeimpulse.com/studio/select-project': 'edge-impulse',
      'https://docs.phospho.ai/integrations/python': 'phospho-ai',
      'https://files.gatsbi.com/user-guide.html': 'gatsbi',
      'https://knowledge.i10x.ai/pricing': 'i10x',
      'https://academy.kronologic.ai/faqs': 'kronologic',
      'https://www.kronologic.com/post/new-user-setup-guide': 'kronologic',
      'https://developers.visenze.com/setup/': 'visenze',
      'https://docs.saas.haut.ai/haut.ai/saas-features/datasets/subjects': 'haut-ai',
      'https://docs.finch3d.com/finch-101/finch-101-generating-unit-plans': 'finch3d',
      'https://docs.rightnowai.co/advanced-features.md': 'rightnow-ai',
    });
  });

  it('leaves unclaimed list hosts, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...UNCLAIMED_LIST_HOSTS, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
