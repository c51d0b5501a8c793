// Traps beside the rows the twenty-eighth session's third finance-and-legal pass added
// (data/long-tail-c28-finlegal3.ts): the ordinary sites met next to each kind of tool it added (tax and accounting
// bodies and journals, legal guides, credit and letter-template sites, patent publication sites, an audit-defence
// service), general software whose AI is optional, the shared-platform copies, drafts and development or staging hosts
// the searches returned, and official or well-known sites whose names or data sit next to the new entries. None of them
// may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Finlegal3Tools } from './data/long-tail-c28-finlegal3';

const GENERAL_SITES = [
  'https://www.tx.cpa/resources/txcpa-magazine/march-april-2025/2025/06/09/assessing-ai-from-a-tax-perspective--part-2', // a CPA society's magazine
  'https://www.thetaxadviser.com/issues/2024/feb/tax-ethics-and-use-of-generative-ai-systems.html', // a tax journal
  'https://cpai.com/Education-Resources/My-Firm/Data-Security-Risk-Management/Should-I-disclose-my-use-of-gen-AI-to-clients', // a CPA insurer's guidance
  'https://www.creditless.com/article/can-a-credit-repair-company-fix-an-airelated-error-how-to-vet-claims-spot-red-flags-and-escalate', // a credit guide, beside CreditRefresh
  'https://write-letter.com/online/1006/chargebackerror-onauthorizedcreditcardcharge.aspx', // letter templates
  'https://patents.justia.com/patent/20110276499', // a patent publication site
  'https://www.patents-review.com/a/20260094221-artificial-intelligence-ai-patent-coach.html', // a patent publication site
  'https://irsguarddog.com/privacy-policy', // an audit-defence service whose policy does not say AI
  'https://news.bloomberglaw.com/privacy-and-data-security/finra-guides-firms-to-build-investor-protections-around-ai-tools', // legal news
  'https://www.financial-planning.com/opinion/enhancing-firm-level-advisory-compliance-in-the-age-of-ai', // trade news
];

const LEFT_OUT = [
  'https://www.getdisputedesk.com/help', // template-driven dispute letters; AI strategy review is optional
  'https://datev-bereit.de/datenschutz', // a template policy with "[FIRMENNAME]"
  'https://stagingqb.cryptotax.ai/terms-of-service/', // a staging host
  'https://dev.cypherpal.kodehauz.dev/privacy-policy', // a development host on a developer's domain
];

const SHARED_PLATFORMS = [
  'https://lloydesq.pages.dev/privacy.html', // FLexlaw's "[ENTITY NAME]" policy on a shared platform
  'https://stewardly.manus.space/terms', // an app on a shared platform
  'https://iampandiyan.github.io/shared-ai-budget-tracker-privacy-policy/', // a policy on a shared platform
  'https://toma5od.github.io/budgetbot/privacy/', // a policy on a shared platform
  'https://cryptatax-landing.pages.dev/en/aup', // a landing page on a shared platform
  'https://kounter-io.pages.dev/', // a tool on a shared platform
  'https://idea-coveragelens-ai-insurance-policy-coverag.pages.dev/blog/why-independent-adjusters-spend-2-3-hours-on-coverage-analysis', // a shared platform
  'https://heyvize.vercel.app/blog/how-ai-is-reshaping-visa-screening', // a shared platform
  'https://ai-accounting-global.pages.dev/guides/ai-accounting-explained/', // an affiliate guide on a shared platform
];

const NEAR_NAMES = [
  'https://www.visa.com/', // the payment network, whose name sits close to VisaCheck
  'https://www.annualcreditreport.com/', // the official free credit reports CreditRefresh's letters dispute
  'https://www.sec.gov/edgar/search/', // the SEC filings StockHuntr reads
];

describe('twenty-eighth-session third finance-and-legal pass', () => {
  it('adds 11 rows', () => {
    expect(longTailC28Finlegal3Tools.map((t) => t.id)).toEqual([
      'book-keep-ai',
      'ai2fin',
      'dynatax-ai',
      'prepdesk',
      'stockhuntr',
      'plainterms-ai',
      'leaseguard-ai',
      'leaseplain',
      'clause-labs',
      'creditrefresh',
      'visacheck-ai',
    ]);
  });

  it('classifies each new host and each cited page to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Finlegal3Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Finlegal3Tools));
  });

  it('leaves the sites beside them unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...SHARED_PLATFORMS, ...NEAR_NAMES]);
  });
});
