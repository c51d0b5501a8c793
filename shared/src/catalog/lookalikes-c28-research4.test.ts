// Traps beside the rows the twenty-eighth session's fourth research pass added (data/long-tail-c28-research4.ts): the
// ordinary sites next to each kind of AI tool it added (genealogy record sites and archives, evidence-synthesis and
// survey bodies, survey and UX-testing platforms whose AI is one feature, a preprint server), the shared-platform,
// placeholder, agency and left-out pages the pass read, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Research4Tools } from './data/long-tail-c28-research4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.familysearch.org/', // genealogy records, beside the AI family-history tools
  'https://www.myheritage.com/', // the genealogy site itself, beside the AI family-history tools
  'https://www.legalgenealogist.com/', // a genealogy blog on terms of service, met in the searches
  'https://familytreemagazine.com/resources/software/ai-and-genealogy/', // a genealogy magazine's article
  'https://www.zooniverse.org/', // volunteer transcription of archives, beside Archively
  'https://wardepartmentpapers.org/transcription-methodology/', // an edition's own transcription pipeline, not a product
  'https://www.cochrane.org/', // the evidence-synthesis body, beside the screening tools
  'https://www.preprints.org/', // MDPI's preprint server, a namesake beside Preprints.ai
  'https://www.childtrends.org/publications/case-study-ai-analyze-qualitative-interview-transcripts', // a study
  'https://ropercenter.cornell.edu/policies/roper-center-artificial-intelligence-ai-policy', // a survey archive's policy
  'https://www.quirks.com/', // a market-research trade magazine, met in the searches
  'https://newmr.org/', // a market-research training site, met in the searches
];

const GENERAL_PRODUCTS = [
  'https://www.surveymonkey.com/', // surveys, beside the AI qualitative-analysis tools
  'https://conjointly.com/guide/deep-probe-open-end-analysis', // a survey platform whose LLM coding is one feature
  'https://www.optimalworkshop.com/', // a UX-research platform, beside the AI research tools
  'https://kb.userbrain.com/help/what-is-recorded', // a usability-testing service's help page
  'https://userlytics.com/', // a UX-testing platform with an optional AI feature (as c18 decided)
  'https://support.govocal.com/', // a civic-participation platform's help centre
  'https://help.peopleinsight.co.uk/', // an employee-survey provider's help centre
];

const SHARED_PLATFORMS = [
  'https://intercom.help/trendier-ai-4a3d92ba1aa7/en/articles/14879059-what-can-i-do-with-one-credit', // Trendier's copy on Intercom's help host
  'https://grant-ai-indol.vercel.app/privacy.html', // a grant tool's policy with "[COMPANY LEGAL NAME]" on a shared platform
  'https://grantable-6.webflow.io/terms-of-service', // a grant tool's terms on a shared platform
  'https://kwantumlabs-how-to-code-transcripts.pages.dev/', // a coding methodology on a shared platform
];

const LEFT_OUT = [
  'https://familylore.ai/privacy', // a handwriting-transcription policy with "[address pending]"
  'https://compwatch.wordpressexpert.nl/legal/ai-use/', // SpotRivals' policy on an agency's subdomain
  'https://userplay.pages.dev/security/architecture/ai-processing', // Userplay's page on a shared platform
  'https://lumenradar.com/policy/', // a credit policy that does not say AI
  'https://aireport.pro/legal/billing', // billing terms that do not say AI
  'https://ideaconsult.biz/terms-conditions', // a market-research platform's terms that do not say AI
  'https://www.gipam-health.com/news-articles/behind-the-tech-how-were-automating-systematic-literature-reviews', // a consultancy
  'https://medcite.eu/en-IE/safety', // a safety page that does not say AI in the part read
];

describe('twenty-eighth-session research4 pass: AI research and analysis tools', () => {
  it('adds 22 rows, Trendteller in the latam region', () => {
    expect(longTailC28Research4Tools.map((t) => t.id)).toEqual([
      'qualintel-os',
      'quallie-ai',
      'quallee',
      'qualmill',
      'skimle',
      'qualiainterviews',
      'qualitative-one',
      'vektorasim',
      'versim',
      'study-screener',
      'sympro-ai',
      'evidencescope',
      'preprints-ai',
      'fundizzle',
      'grant-ai-mithgard',
      'patentreply',
      'competitor-watch',
      'trendier',
      'archively',
      'roots-we-planted',
      'the-1870-project',
      'trendteller',
    ]);
    expect(catalogRegion('trendteller')).toBe('latam');
  });

  it('classifies each new host and the page read on it to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Research4Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Research4Tools));
    expectEachClassifiedAs({
      'https://qualintel.io/blog/chatgpt-for-qualitative-data-analysis': 'qualintel-os',
      'https://app.quallie.ai/resource-centre/data-privacy': 'quallie-ai',
      'https://www.qualiainterviews.com/blog/where-is-the-data-stored/': 'qualiainterviews',
    });
  });

  it('leaves general sites, general products and left-out pages unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...GENERAL_PRODUCTS, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
