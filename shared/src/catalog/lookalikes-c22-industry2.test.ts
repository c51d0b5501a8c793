// Traps beside the rows the twenty-second session's second industry pass added (data/long-tail-c22-industry2.ts): the
// ordinary sites next to each kind of AI tool it added (property portals, a realtors' association, a rental site, a
// home inspectors' association, construction suites, a bid-lead site, the specifications institute, a public tender
// portal, a procurement suite, a maintenance suite, load boards, customs authorities, a dealer management system, car
// marketplaces, a collision-estimating suite, an insurance institute, restaurant POS and booking sites, a telephony
// provider, agriculture agencies), the shared-platform copies, staging hosts and left-out hosts the pass read, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
// DocuGov.ai is listed now by the twenty-eighth session's writing7 pass (data/long-tail-c28-writing7.ts): its
// insurance-appeal page says the letters are created with AI and that its AI analyses the denial and generates the
// letter.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Industry2Tools } from './data/long-tail-c22-industry2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.zillow.com/', // a property portal, beside the realtors' AI agents and staging tool
  'https://www.realtor.com/', // a property portal, beside the realtors' AI agents
  'https://www.nar.realtor/', // the realtors' association, beside the realtors' AI agents
  'https://www.apartments.com/', // a rental listing site, beside the AI leasing assistant
  'https://www.internachi.org/', // a home inspectors' association, beside the AI inspection-report writers
  'https://www.procore.com/', // a construction management suite, beside the construction document AIs
  'https://construction.autodesk.com/', // a construction cloud, beside the drawing-analysis and document AIs
  'https://www.constructconnect.com/', // a bid and project-lead site, beside the tender document chat
  'https://www.csiresources.org/', // the specifications institute, beside the AI spec writer
  'https://www.tenderned.nl/', // the Dutch public tender portal, beside the tender document chat
  'https://www.ariba.com/', // a procurement suite, beside the AI purchase-order assistant
  'https://www.getmaintainx.com/', // a maintenance work-order suite, beside the AI maintenance platform
  'https://www.dat.com/', // a freight load board, beside the logistics and customs AI
  'https://www.truckstop.com/', // a freight load board, beside the logistics and customs AI
  'https://www.cbp.gov/', // US customs, beside the AI customs classification
  'https://www.abf.gov.au/', // the Australian Border Force, beside the AI customs classification
  'https://www.cdkglobal.com/', // a dealer management system, beside the dealership AI agent
  'https://www.autotrader.com/', // a car marketplace, beside the dealers' AI ad copy
  'https://www.finn.no/', // a Norwegian marketplace, beside the Norwegian dealers' AI ad copy
  'https://www.cccis.com/', // a collision-estimating suite, beside the AI car-damage assessor
  'https://www.iii.org/', // an insurance information institute, beside the claims AIs
  'https://www.toasttab.com/', // a restaurant POS, beside the AI phone-ordering assistant
  'https://www.opentable.com/', // a restaurant booking site, beside the AI phone-ordering assistant
  'https://www.twilio.com/', // a telephony provider, beside the voice and SMS agents
  'https://www.fao.org/', // a food and agriculture agency, beside the AI crop-diagnosis apps
  'https://www.usda.gov/', // an agriculture department, beside the AI crop-diagnosis apps
];

const SHARED_PLATFORMS = [
  'https://dealerautopilot.polsia.app/privacy', // a policy or page on a shared platform
  'https://vermont-ai-systems.polsia.app/case-studies/regional-insurance-carrier', // a policy or page on a shared platform
  'https://agrum-ai-website.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://agrisphere-fram.netlify.app/pages/privacy-policy', // a policy or page on a shared platform
  'https://sites.google.com/view/farmio-app/privacy-policy', // a policy or page on a shared platform
  'https://grant-ai-indol.vercel.app/privacy.html', // a policy or page on a shared platform
  'https://consumer-dividends.pages.dev/legal/listingpro-terms.html', // a policy or page on a shared platform
  'https://stage-ai-three.vercel.app/privacy', // a policy or page on a shared platform
  'https://restaurant-revolution-docs-dev.pages.dev/customer/ordering/phone-ordering', // a policy or page on a shared platform
  'https://ghasi-docs-portal.pages.dev/ghasi-melmastoon/docs/frontend/ai/AI1-guest-concierge-chat-spec', // a policy or page on a shared platform
  'https://oi-sys-starlight.pages.dev/mga/overview', // a policy or page on a shared platform
  'https://hoomanjaka.github.io/sam-gov-copilot-privacy/', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://test.app.spoterix.ch/ai-notice', // a test host with a placeholder
  'https://staging.define.ag/legal/terms', // a staging host
  'https://www.tasteem.com/privacy', // a policy with a "[COMPANY NAME]" placeholder
  'https://buildmind.tech/privacy', // a policy marked as a draft for legal review
  'https://www.conestruct.com/privacy', // a placeholder policy
  'https://pasturepad.com/livestock-safety-terms', // a notice awaiting a lawyer, AI one feature
  'https://www.listinghub.ai/blog/?p=1595', // a bare `?p=` page
  'https://kamagram.com/compliance/agronorm-privacy.html', // an app's policy on its developer's company site
  'https://askunclesam.ai/License', // terms that say AI only in the name
  'https://www.preqonn.com/legal/privacy', // a policy that says AI only in the name
  'https://realtyopspro.ai/legal/privacy', // a policy that says AI only in the name
  'https://dispatcherpro.ai/privacy-policy', // a policy that does not say AI
  'https://www.truckrelay.com/privacy', // a dispatch service whose policy does not say AI
  'https://bdcautomation.com/privacy', // a policy that does not say AI
  'https://autorealty.ai/terms', // an appointment-setting service whose terms do not say AI
  'https://www.aavikgroup.com/privacy-policy', // a construction platform whose policy does not say AI
  'https://www.struxcor.com/ai-disclosure', // construction field software, AI optional features
  'https://www.lotbarrier.com/legal/ai-disclaimer', // AI features in some plans of a dealer tool
  'https://www.dealeressential.com/terms-of-service', // a dealer suite, AI one feature among many
  'https://www.restaurantplatforms.com/ai-policy', // a restaurant-operations suite
  'https://onboardos.de/en/docs/ai-privacy', // a restaurant suite's assistant
  'https://www.homeinspectr.com/privacy', // inspection software with an AI report builder on some plans
  'https://www.realestic.ai/privacy', // an agent suite with an AI assistant feature
  'https://www.dispatchtrack.com/generative-ia-policy', // a last-mile suite, AI one feature
  'https://dispatchstream.com/legal/privacy.html', // a dispatch suite with an optional copilot
  'https://www.withmason.ai/blog/ai-in-plan-review-questions-to-ask-any-vendor', // seen only on its blog
  'https://masonai.theshopifypro.com/resources/ai-plan-review-vendor-questions', // a mirror of that blog
  'https://www.meltplan.com/blogs/how-to-automate-bid-leveling-with-ai-a-practical-guide-for-gc-estimators', // seen only on its blog
  'https://kwantflow.com/blog/ai-estimating-should-assist-not-replace', // seen only on its blog
  'https://quoteforge.gridex.ai/en/blog/how-to-quote-cnc-machining', // seen only on its blog
  'https://quickhome.ai/blog/how-ai-photo-enhancement-works', // seen only on its blog
  'https://www.useclearline.com/blog/how-ai-answers-phone-calls', // seen only on its blog
  'https://kinro.ai/blog/ai-broker-servicing-controls', // seen only on its blog
  'https://www.getvortic.com/answers/what-is-managing-general-agent-mga', // an explainer page
  'https://news.generalmagic.inc/glossary', // a glossary
  'https://ai.morsl.ai/restaurant-phone-order-ai', // a guide page
  'https://buildsync.ai/resources/how-to-use-ai-for-construction-submittals', // a guide page
  'https://haulbase.ai/learn/what-is-an-ai-freight-agent', // an explainer page
  'https://getautorelay.com/blog/dealer-ai-compliance-where-the-real-risk-hides', // seen only on its blog
  'https://automatedrealtor.io/blog/what-brokers-need-to-know-before-allowing-ai-tools', // seen only on its blog
  'https://mercpl.us/rfq-copilot-agent.html', // a consultancy's article
  'https://www.omnionlinestrategies.com/ai-agent-construction-bid-leveling', // an agency's demo
  'https://www.myhappy.horse/ai-terms-conditions', // a horse-nutrition brand's site
];

const NAMESAKES = [
  'https://www.stagify.com/', // beside Stagify (stagify.ai)
  'https://www.realtoros.com/', // beside RealtorOS (realtoros.io)
  'https://www.closefaster.com/', // beside CloseFasterAI (closefasterai.com)
  'https://www.acuityscheduling.com/', // beside Acuity (unitiproperty.com)
  'https://www.selfinspect.com/', // beside SelfInspect.ai (selfinspect.ai)
  'https://www.intelms.com/', // beside IntelMS (intelmsagent.com)
  'https://www.planshield.com/', // beside PlanShield (planshield.co)
  'https://www.offertes.nl/', // beside Offertes.ai (offertes.ai)
  'https://www.monitory.com/', // beside Monitory (monitory.ai)
  'https://www.clear.com/', // beside Clear.ai (clear.ai)
  'https://www.clearme.com/', // beside Clear.ai (clear.ai)
  'https://www.dealsmart.com/', // beside DealSmart AI (dealsmartai.com)
  'https://www.autofill.com/', // beside autofill (autofill.no)
  'https://www.roots.com/', // beside Roots (roots.ai)
  'https://www.disputeai.com/', // beside DisputeAI (trydisputeai.com)
  'https://www.restcall.com/', // beside RestCall AI (restcall.ai)
  'https://www.cropcare.com/', // beside CropCare AI (trycropcareai.com)
  'https://www.agrosphere.com/', // beside Agrosphere (agrosphereapp.com)
];

describe('twenty-second-session second industry (industry2) traps', () => {
  it('adds 23 rows, each with one domain (Roots two since its rename to Bevaya) and no prefix, two of them in Europe', () => {
    expect(longTailC22Industry2Tools.length).toBe(23);
    expect(longTailC22Industry2Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(longTailC22Industry2Tools.filter((t) => t.domains.length !== 1).map((t) => t.id)).toEqual([
      'roots-ai',
    ]);
    expect(
      longTailC22Industry2Tools.filter((t) => catalogRegion(t.id) === 'europe').map((t) => t.id),
    ).toEqual(['car-damage-advisor', 'autofill-no']);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Industry2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts', () => {
    expectEachClassifiedAs({
      'https://stagify.ai/privacy.html': 'stagify-ai',
      'https://realtoros.io/privacy': 'realtoros',
      'https://www.closefasterai.com/privacy': 'closefasterai',
      'https://www.unitiproperty.com/privacy': 'acuity-leasing',
      'https://inspectscribe.com/privacy.html': 'inspectscribe',
      'https://inspectdraft.com/privacy': 'inspectdraft',
      'https://selfinspect.ai/privacyAndPolicy': 'selfinspect-ai',
      'https://disclosureduo.ai/blog/how-to-read-and-summarize-a-home-inspection-report-with-disclosureduo-ai':
        'disclosureduo-ai',
      'https://intelmsagent.com/ai-for-construction-documents': 'intelms',
      'https://intelmsagent.com/is-ai-safe-for-construction-documents': 'intelms',
      'https://planshield.co/privacy': 'planshield',
      'https://www.trussnote.com/compare/spec-writing': 'trussnote',
      'https://offertes.ai/blog/chat/en': 'offertes-ai',
      'https://porelay.com/use-cases/ai-purchase-order-assistant': 'po-relay',
      'https://www.monitory.ai/ai-policy': 'monitory',
      'https://www.clear.ai/privacy': 'clear-ai-tariffchat',
      'https://www.dealsmartai.com/privacy': 'dealsmart-ai',
      'https://www.cardamageadvisor.com/privacy': 'car-damage-advisor',
      'https://autofill.no/en/terms': 'autofill-no',
      'https://www.roots.ai/case-studies/soaring-past-manual-claims-indexing-with-roots': 'roots-ai',
      'https://www.roots.ai/blog/how-insurers-are-using-ai-summarize-claims-faster-more-accurately?hsLang=en':
        'roots-ai',
      'https://trydisputeai.com/how-to/dispute-insurance-claim-denial': 'disputeai',
      'https://restcall.ai/sms-consent': 'restcall-ai',
      'https://www.trycropcareai.com/privacy-policy': 'cropcare-ai',
      'https://agrosphereapp.com/privacy.html': 'agrosphere-app',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
