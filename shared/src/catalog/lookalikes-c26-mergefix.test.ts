// Traps beside the rows the twenty-sixth session added at the merge (data/long-tail-c26-mergefix.ts): the ad
// platforms and regulators beside the UGC ad makers, the education bodies and homework sites beside the tutors, the
// other tutors' and writers' pages the same look-ups met, and names close to the new entries. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26MergefixTools } from './data/long-tail-c26-mergefix';

const GENERAL_SITES = [
  'https://www.ftc.gov/business-guidance/advertising-marketing/endorsements-influencers-reviews', // the rules FluxNote's guide explains
  'https://www.facebook.com/business/ads', // the ad platform the UGC ads run on
  'https://ads.tiktok.com/', // the ad platform the UGC ads run on
  'https://studentprivacy.ed.gov/', // FERPA guidance, beside the tutors
  'https://www.commonsense.org/education/privacy', // school privacy reviews, beside the tutors
  'https://www.khanacademy.org/', // a general learning site, beside the tutors
  'https://visualfoodie.com/understanding-the-privacy-risks-of-an-ai-tutor', // a blog on AI tutors in general
  'https://eatsip365.com/understanding-the-privacy-issues-of-a-tutor-ai', // a blog on AI tutors in general
  'https://ysrlearn.github.io/tutori-app-privacy', // an AI tutor's policy on a shared platform
  'https://makeugc-staging.webflow.io/custom-avatar-policy', // a staging copy on a shared platform
];

const NAMESAKES = [
  'https://www.fluxnote.com/', // beside FluxNote (fluxnote.io)
  'https://www.ugcgen.com/', // beside UGCGen (ugcgen.ai)
  'https://www.tutur.com/', // beside Tutur (tutur.ai)
  'https://www.lumikids.com/', // beside Lumikids (lumikids.dev)
  'https://www.tuitionteacher.com/', // beside TuitionTeacher AI (tuitionteacher.ai)
];

describe('twenty-sixth-session merge rows', () => {
  it('adds 6 rows, each with one domain and no prefix', () => {
    expect(longTailC26MergefixTools.length).toBe(6);
    expect(longTailC26MergefixTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host and the pages the rows cite to their own entries', () => {
    expectEachClassifiedAs(ownUrls(longTailC26MergefixTools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC26MergefixTools));
    expectEachClassifiedAs({
      'https://fluxnote.io/guides/ai-ugc-tiktok-ad-review-tips': 'fluxnote',
      'https://tutorlucid.com/': 'tutorlucid',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...NAMESAKES]);
  });
});
