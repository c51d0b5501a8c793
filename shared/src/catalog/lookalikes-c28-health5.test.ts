// Traps beside the rows the twenty-eighth session's fifth health pass added (data/long-tail-c28-health5.ts): the
// regulators, journals and guides met beside the AI tools for carers, patients and clinicians; the shared-platform
// copies the searches returned; the pages left out because they do not say AI, are a general product with an AI
// feature or sit on a developer's or another product's host; and a near-namesake. Hosts that are likely AI but could
// not be confirmed (dermai.skin, strokevoice.com, hcmappeals.com, myhormoneai.com, medcol.io) are leads, not traps.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Health5Tools } from './data/long-tail-c28-health5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.helsedirektoratet.no/tema/kunstig-intelligens/tverretatlig-veiledningstjeneste', // the Norwegian health directorate's AI guidance, met
  'https://pmc.ncbi.nlm.nih.gov/articles/PMC12712589/', // a study of chatbots for drug interactions, met
  'https://pubmed.ncbi.nlm.nih.gov/37104747/', // an abstract on an AI pain coach, met
  'https://californiacompliancegroup.com/industries/mental-health-chatbots', // a compliance guide on therapy chatbots
  'https://www.slpio.org/policies/school-district-ai-policy/', // a policy template for speech-language pathologists
  'https://www.anticancerfund.org/fr/node/489', // a cancer charity's guidance on AI chatbots
  'https://undark.org/2024/04/04/opinion-griefbots-lack-evidence/', // an opinion piece on griefbots
  'https://disabilityscoop.com/2024/12/10/chatgpt-for-autism-researchers-work-with-ai-to-decode-childrens-behavior/31202', // news
  'https://www.vetstack.co.uk/blog/a-practical-uk-compliance-guide-for-veterinary-teams', // a compliance guide for vet practices
  'https://vetmedguide.com/blog/ai-veterinary-scribe-data-privacy-consent', // a guide on vet scribe consent
  'https://www.autismlabs.com/revolutionizing-autism-care-with-ai-how-ai-can-transform-your-life-and-your-childs-future/', // an essay
];

const SHARED_PLATFORMS = [
  'https://carerest.notion.site/CareRest-Privacy-Policy-3512f4f610f6805f8661e24fcfc9da79', // a caregiver app's policy on a shared platform
  'https://aiskinscanner.notion.site/Privacy-Policy-1d61cf7c507d803593e0df199aa3741f', // a skin-scan app's policy on a shared platform
  'https://pro-food-scan.web.app/privacy-policy.html', // a food-scan app's policy on a shared platform
  'https://deangrba-art.github.io/app-legal-pages/rose-calorie-scanner/privacy/', // a calorie app's policy on a shared platform
  'https://naimackerman.github.io/LLM_ePuskesmas/PRIVACY_POLICY.html', // a clinic note-taking extension's policy on a shared platform
  'https://nsd-site.pages.dev/blog/ai-dental-xrays-chandler/', // a dental practice's blog on a shared platform
  'https://eureast-digital.pages.dev/glucobuddy/privacy', // a glucose journal's policy on a shared platform
  'https://documentation-dj2.pages.dev/ai-assistant/patient-chat', // product docs on a shared platform, product unnamed
  'https://sites.google.com/view/daibai-privacy-policy/home', // Daib AI's policy on a shared platform (as c17 found)
];

const LEFT_OUT = [
  'https://careific.app/privacy-policy', // a caregiver monitoring app whose policy does not say AI
  'https://wecareapp.org/disclaimer.html', // a mole checker describing "standard visual analysis procedures"
  'https://food-diary-online.com/food-diary-user-guide', // a food-symptom diary with a prediction algorithm, no AI said
  'https://endoinsight.app/privacy', // a symptom tracker whose policy does not say AI
  'https://carecade.org/blog/ai-session-notes-home-care-documentation', // a home-care operations platform's blog; AI notes one feature
  'https://autism-and-friends.com/privacy', // a parent support tool with a Parent Helper AI feature
  'https://fynovatech.com/?p=2478', // a `?p=` policy with "[Date]" for NutriAI
  'https://lessappstudio.com/privacy-policy-calorie', // a developer's general host carrying one app's policy
  'https://apppage.co/mole-checker-ai/privacy-policy', // an app-page host carrying one app's policy
  'http://sev7en.io/privacy', // MyHormoneAI's policy on another host (myhormoneai.com is a lead)
];

const NAMESAKES = [
  'https://www.mls.com/', // a namesake of MLS Scribe (mlsscribe.com)
];

describe('twenty-eighth-session health pass (health5)', () => {
  it('adds 21 rows, four of them regional', () => {
    expect(longTailC28Health5Tools.map((t) => t.id)).toEqual([
      'family-guardian-ai',
      'givecare',
      'careai-app',
      'caretrace-ai',
      'autipower',
      'auticare',
      'my-adhd-path',
      'harmony-ai-adhd',
      'deocdfai',
      'meok-ai',
      'elderberry-companion',
      'aphasay',
      'labaisistant',
      'vitalsgraph',
      'endometriosis-companion',
      'femwiseiq',
      'opencancer',
      'spedscribe',
      'nutrifind',
      'soap-note-buddy',
      'mls-scribe',
    ]);
    expect(catalogRegion('labaisistant')).toBe('india');
    expect(catalogRegion('my-adhd-path')).toBe('europe');
    expect(catalogRegion('harmony-ai-adhd')).toBe('europe');
    expect(catalogRegion('nutrifind')).toBe('europe');
  });

  it('classifies each new host and each page read on it to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Health5Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Health5Tools));
    expectEachClassifiedAs({
      'https://app.adhdharmony.com/': 'harmony-ai-adhd',
      'https://labaisistant.com/hi/privacy': 'labaisistant',
    });
  });

  it('leaves the general sites, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
