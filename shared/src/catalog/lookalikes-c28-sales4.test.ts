// Traps beside the rows the twenty-eighth session's fourth sales pass added (data/long-tail-c28-sales4.ts): the
// ordinary sites next to each kind of AI tool it added (CRMs, sales-data and deal-room suites, badge and card
// scanners, regulators and trade bodies met in the searches, win-loss researchers), the shared-platform copies, drafts,
// user-key, internal and left-out hosts the pass read, and sites whose names sit close to the new entries. None of them
// may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Sales4Tools } from './data/long-tail-c28-sales4';

const GENERAL_SITES = [
  'https://www.salesforce.com/company/privacy/apps-add-ins-and-extensions-privacy-statement/', // a CRM's app policy
  'https://www.hubspot.com/sales/privacy-overview', // a CRM's sales-tool policy, beside SalesDocx
  'https://www.pipelinersales.com/', // a CRM, beside the AI revenue platforms
  'https://dealroom.net/company/privacy', // an M&A data-room vendor, beside ept AI's deal rooms
  'https://help.getaccept.com/en/articles/12942207-settings-overview', // a digital sales room's settings help
  'https://www.scanbizcards.com/privacy-policy/', // a card scanner with crowdsourcing, beside LeadFuel
  'https://help-attendees.swapcard.com/en/articles/8185513-lead-retrieval-scanning-badges-and-business-cards', // events
  'http://www.tradeexpansion.com/privacy-policy/', // a trade-show lead app, beside LeadFuel
  'https://bulletins.ncrec.gov/artificial-intelligence', // a real-estate commission's bulletin, beside NestWise AI
  'https://nationalmortgagenews.com/opinion/why-mortgage-lenders-should-be-extremely-cautious-with-ai', // news
  'https://www.appliedclientnetwork.org/', // an insurance-agency users' group, beside Moklo
  'https://kaptify.com/resources/how-to-ask-utilize-ai-to-help-you-analyze-win-loss-interviews', // win-loss research
  'https://stratridge.com/hub/ai-strategist/analyst-for-win-loss-interview-analysis', // a consultancy's guide
  'https://conductatlas.com/', // a policy-analysis site met in the searches
  'https://casolarsolutions.com/privacy-policy', // a solar lead-generation site
];

const SHARED_PLATFORMS = [
  'https://proposalkit.pages.dev/privacy', // a proposal writer on a shared platform
  'https://app-05-proposal-generator.vercel.app/privacy', // a proposal generator on a shared platform
  'https://churnsafe-marketing.pages.dev/legal/sub-processors', // a churn tool's site on a shared platform
  'https://tech-savvy-insurance.pages.dev/blog/ai-compliance-insurance-agents-2026/', // a blog on a shared platform
  'https://oneperfectslice.mintlify.app/api/data-models', // OnePerfectSlice's docs copy on a shared docs host
  'https://ogadepoju.github.io/DraftMate/privacy-policy', // a student's extension on a shared platform
  'https://worldit.azurewebsites.net/about-us/blog/ai-use-case-for-sales-and-marketing-teams/', // a shared host
];

const LEFT_OUT = [
  'https://www.proposalai.ai/privacy', // a policy template ("Replace the bracketed sections")
  'https://myloaniq.ai/ai-disclaimer', // a draft pending counsel review, with "[DATE]"
  'https://handlemyobjection.com/privacy.html', // a user-key tool (the user's Anthropic key)
  'https://dina.jp/salesforce-agentic-bot/PRIVACY_POLICY.html', // a user-key extension on a developer's host
  'https://peruhopai.com/privacy-policy.html', // a travel company's internal HubSpot assistant
  'https://leads.globaloring.com/privacy', // an O-ring company's internal lead scoring
  'https://www.karookeen.com/privacy-policy-leadsnap/', // an app on a developer's general host
  'https://freematrix.govdraft.com/privacy', // a policy that does not say AI (as c24 found for govdraft.com)
  'https://www.microdealroom.com/privacy', // an influencer CRM where AI is one feature
  'https://intigra.app/docs/ai/supplier-quotations', // an ERP inbox where AI is one feature
  'https://www.bxnode.com/rfq', // an RFQ system page that does not name an AI product
];

const NAMESAKES = [
  'https://www.firstpass.com/', // a namesake .com, not read (FirstPass is on myfirstpass.com)
  'https://www.optifia.com/', // a namesake .com, not read (Optifia Sales Roleplay is on optifia.xyz)
  'https://www.legitt.com/', // a namesake .com, not read (Legitt AI is on legittai.com)
  'https://www.dealmotion.com/', // a namesake .com, not read (DealMotion is on dealmotion.ai)
  'https://www.emanate.com/', // a namesake .com, not read (Emanate is on emanate.ai)
  'https://www.bidraft.com/', // a namesake .com, not read (bidraft is on bidraft.app)
  'https://www.meetbrief.com/', // a namesake .com, not read (MeetBrief is on meetbrief.app)
  'https://www.leadscan.com/', // a namesake .com, not read (LeadScan is on leadscangen.com)
  'https://www.churnrate.com/', // a namesake .com, not read (Churnrate is on churnrate.io)
];

describe('twenty-eighth-session fourth sales pass traps', () => {
  it('adds 21 rows, each with one domain and no prefix', () => {
    expect(longTailC28Sales4Tools.length).toBe(21);
    expect(longTailC28Sales4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Sales4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Sales4Tools));
    expectEachClassifiedAs({
      'https://www.myfirstpass.com/privacy': 'firstpass-sales-training',
      'https://convosparr.com/': 'convosparr',
      'https://oneperfectslice.ai/recipes/win-loss-report/': 'oneperfectslice',
      'https://www.ept.ai/': 'ept-ai',
      'https://www.emanate.ai/': 'emanate-ai',
      'https://www.legittai.com/': 'legitt-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
