// Traps beside the rows the twenty-eighth session's third HR pass added (data/long-tail-c28-hr3.ts): the parent of the
// one subdomain row claimed beside a general site, the ordinary sites met next to each kind of tool it added (an
// employer's bias-audit notice, a bill summary, a job board's sourcing terms, an ATS, a 360-review platform, career
// services, coaching firms and a labour consultant), the left-out pages it read (drafts, development and studio hosts,
// products whose AI is an optional feature) and the shared-platform copies. None of them may classify; every new host
// must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Hr3Tools } from './data/long-tail-c28-hr3';
import { catalogRegion } from './data/regions';

const PARENTS = [
  'https://www.careerguide.com/', // the career-counselling site beside its AI coach (ai.careerguide.com)
];

const GENERAL_SITES = [
  'https://www.swissre.com/careers/americas-careers.html', // an employer's NYC Local Law 144 notice about its vendor's AI
  'https://fastdemocracy.com/bill-summary/?billsummary_id=NJB00060135&billsummary_session=2024-2025&billsummary_state=nj', // a bill summary
  'https://www.jobtarget.com/jobtarget-sourcer-terms-conditions', // a job-ad network's résumé-search terms, no AI
  'https://recruitbpm.com/privacy-policy', // an ATS whose policy does not mention AI
  'https://www.performs360.com/privacy', // a 360-degree review platform with encrypted responses, no AI
  'https://www.gouconnect.com/privacy/career-center-faq/', // a career-centre platform's staff FAQ, no AI
  'https://oceanus-leadership.co.uk/ai-policy', // a human leadership-coaching firm's AI-use policy
  'https://www.kotonoha-sr.com/announce_92862.html', // a labour and social-security consultant's note on AI interviews
  'https://servitalent.com/pt-pt/node/689', // an assessment firm's candidate conditions
  'https://www.drbmadison.com/privacy/', // a garbled copy of an ATS vendor's privacy policy
];

const LEFT_OUT = [
  'https://int.chiamakalilianeze.com/privacy.html', // MockMate's "draft template" policy with placeholders
  'https://www.velara.tech/privacy', // a CV-builder policy with "[COMPANY NAME]" placeholders
  'https://howtolearnaifast.com/terms-and-conditions', // "[COMPANY LEGAL NAME]" placeholders
  'https://dev.icsstech.io/privacy-policy', // PerformAi on a development host
  'https://careersathi.labs.zelphine.com/privacy', // CareerSathi on a studio's labs host
  'https://formcv.app/terms?lang=en', // a CV builder whose AI is one optional feature (not FormaCV)
  'https://www.reslift.io/privacy', // a CV builder with optional AI-assisted features
  'https://www.hireflowjobs.com/legal/privacy/', // agency recruitment software with optional AI parsing
  'https://help.socialtalent.com/stpkb/how-interview-plans-are-generated', // a recruiter-training platform, AI one feature
  'https://recruitin.app/terms', // recruitment operations with AI-assisted evaluation as one feature
];

const SHARED_PLATFORMS = [
  'https://my-hirebiasaudit.pages.dev/ai-employment-decision-audit/', // a bias-audit guide on a shared platform
  'https://ai-interview-policies.pages.dev/privacy-policy', // a Japanese AI-interview policy on a shared platform
  'https://markaicode-hugo.pages.dev/internal-hr-helpdesk-llm', // a tutorial on a shared platform
  'https://pinnacle-anyreach-demo.pages.dev/blog/how-are-privacy-and-data-security-handled-in-ai-coaching', // a demo copy
  'https://20709424.hs-sites.com/data-privacy-in-ai-modeling', // a survey vendor's AI note on HubSpot's hosting
  'https://saadithya.github.io/LinkedIn-Job-Leads/privacy_policy.html', // an extension policy on a shared platform
];

describe('twenty-eighth-session third HR pass: AI tools for hiring, careers and people work', () => {
  it('adds 12 rows, SHaiN in japan and the CareerGuide coach in india', () => {
    expect(longTailC28Hr3Tools.map((t) => t.id)).toEqual([
      'shain-ai-interview',
      'recruitbase',
      'formacv',
      'cvformatic',
      'rolefitcv',
      'theresumeparser',
      'learntointerview',
      'careervillage-coach',
      'careerguide-ai-coach',
      'performle',
      'payslipiq',
      'collaborative-coach-ai',
    ]);
    expect(catalogRegion('shain-ai-interview')).toBe('japan');
    expect(catalogRegion('careerguide-ai-coach')).toBe('india');
  });

  it('classifies each new host and the page read on it to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Hr3Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Hr3Tools));
    expectEachClassifiedAs({
      'https://app.cvformatic.com/': 'cvformatic',
      'https://www.formacv.ai/blog/cv-formatting-for-recruiters': 'formacv',
    });
  });

  it('leaves parents, general sites, left-out pages and shared platforms unclassified', () => {
    expectNoneClassified([...PARENTS, ...GENERAL_SITES, ...LEFT_OUT, ...SHARED_PLATFORMS]);
  });
});
