// Traps beside the rows the twentieth session's industry pass added (data/long-tail-c20-industry.ts): the ordinary
// sites next to each kind of industry AI tool (construction management and plan rooms, claims estimating software,
// listing portals, short-term rental and dealer sites, load boards, procurement portals, insurance comparison, grant
// registries and Bible sites), the shared-platform copies and the left-out hosts the pass read, and sites whose names
// sit close to the new entries. None of them may classify; every new host must reach its own entry.
//
// At the merge of the twenty-second session: www.freight-surge.com (FreightSurge) was listed from the vendor's own page
// (data/long-tail-c22-mergefix.ts), so its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20IndustryTools } from './data/long-tail-c20-industry';

const GENERAL_SITES = [
  'https://www.procore.com/', // construction management, beside the AI estimators and spec classifier
  'https://www.autodesk.com/', // CAD and BIM software, beside the plan-reading estimators
  'https://www.planroom.com/', // a plan room, beside TeraContext.AI
  'https://www.xactware.com/', // claims estimating software, beside ClaimScope Pro
  'https://www.zillow.com/', // a listing portal, beside PropPen
  'https://www.apartments.com/', // a rental portal, beside PropPen
  'https://www.airbnb.com/', // short-term rentals, beside HostPal
  'https://www.hostaway.com/', // rental property management software, beside HostPal
  'https://www.autotrader.com/', // car listings, beside iamcar.chat
  'https://www.dat.com/', // a load board, beside FreightConnect
  'https://www.truckstop.com/', // a load board, beside FreightConnect
  'https://sam.gov/', // US public procurement, beside RFP.ai
  'https://www.loopio.com/', // RFP response software, beside RFP.ai
  'https://www.grants.gov/', // the US grant registry, beside the grant writers and Grantranslator
  'https://candid.org/', // nonprofit and funder data, beside the grant writers
  'https://www.guidestar.org/', // nonprofit profiles, beside the grant writers
  'https://www.biblegateway.com/', // a Bible site, beside the sermon writers
  'https://www.openbible.info/blog/2023/01/introducing-an-ai-sermon-outline-generator/', // a general Bible site's blog, beside the sermon writers
];

const SHARED_PLATFORMS = [
  'https://grantable-6.webflow.io/terms-of-service', // a policy or page on a shared platform
  'https://teracontext-ai-website.pages.dev/use-cases/', // a policy or page on a shared platform
  'https://grant-gni-website.pages.dev/terms.html', // a policy or page on a shared platform
  'https://formation-website.pages.dev/ai_disclaimer', // a policy or page on a shared platform
  'https://immo-ki-landing.pages.dev/en/datenschutz', // a policy or page on a shared platform
  'https://astro-landing-dev.pages.dev/blog/ai-dispatch-software-access-risk', // a policy or page on a shared platform
  'https://sparky-ai-build.vercel.app/privacy', // a policy or page on a shared platform
  'https://grant-ai-indol.vercel.app/privacy.html', // a policy or page on a shared platform
  'https://donorconnect-three.vercel.app/ai-policy', // a policy or page on a shared platform
  'https://web-production-d90e8.up.railway.app/privacy', // a policy or page on a shared platform
  'https://policy-lineai.web.app/terms', // a policy or page on a shared platform
  'https://cais.srv1308213.hstgr.cloud/privacy', // a policy or page on a shared server
];

const LEFT_OUT = [
  'https://bidterms.com/blog/i-tested-ai-tools-on-real-rfps-heres-what-i-found', // seen only on its blog
  'https://freightools.ai/blog/how-ai-can-turn-supplier-rate-emails-into-searchable-buying-agreements', // seen only on its blog
  'https://www.keelway.com/blog/automate-carrier-quote-responses', // seen only on its blog
  'https://www.visitoai.com/en/blog/understanding-large-language-models-llms-and-their-role-in-hotel-guest-experience', // seen only on its blog
  'https://www.tarifflens.ai/blog/ai-hts-classification-guide', // seen only on its blog
  'https://roofing.riptideai.co/blog/insurance-claim-automation-storm-roofers/', // seen only on its blog
  'https://www.capout.ai/resources/blog', // seen only on its blog
  'https://cleantender.co.uk/resources/guides/ai-bid-tool-gdpr-compliance-uk', // seen only on its guides
  'https://lbostack.com/privacy', // a policy that does not say AI
  'https://estimateintel.com/security', // a security page that does not say AI
  'https://www.charitygrantwriter.com/privacy', // a policy that does not say AI in what was read
  'https://grantx.io/privacy-termsofservice', // a policy that does not say AI
  'https://rellow.co/legal/privacy', // a policy that does not say AI
  'https://docs.propertylm.ai/privacy-policy', // a policy that does not say AI
  'https://dispatcherpro.ai/terms-of-service', // terms that do not say AI
  'http://routingdispatchai.com/privacy.html', // a policy that does not say AI
  'https://responsehub.ai/hecvat/privacy/privacy-and-ai/DPAI-03/do-you-have-agreements-in-place-with-third-parties-or-subprocessors-regarding-th', // a questionnaire page
  'https://app.openhaushq.com/privacy', // a tour platform whose AI staging is one feature
  'https://gomaklerfrei.de/en/ki-transparenz', // a listing platform whose AI is one feature
  'https://www.grantfounders.com/privacy', // a grant platform whose AI is one feature
  'https://www.dispatchtrack.com/generative-ia-policy', // a logistics platform whose AI is one feature
  'https://202logistics.com/terms', // a TMS whose AI is one feature
  'https://braceops.com/legal/acceptable-use', // a TMS whose AI is one feature
  'https://www.compliancequest.com/blog/ai-to-drive-efficiency-into-nc-capa-processes/', // a QMS whose AI is one feature
  'https://etwi.io/sop-ai', // a digital SOP system whose AI is one feature
  'https://www.lotbarrier.com/legal/ai-disclaimer', // dealer tools whose AI is one feature
  'https://contractorwebdev.com/terms/', // a demo site
  'https://brightenergycollective.com/privacy', // a consultation calculator
  'https://api.sum28.com/privacy', // a draft policy
  'https://www.tasteem.com/terms', // terms with placeholders
  'https://freightbrokerleads.ai/terms', // a lead database with an MCP endpoint
  'https://praise-connect.com/ai-commitment', // a ministry content publisher
  'https://churchai.online/church-staff-ai-guidelines', // a church AI-policy generator
  'https://apps.reedlightbooks.com/legal/eula/', // a tool on a publisher's shared apps host
  'https://discern.chaiworkshop.com/library/donor-thankyou-letters', // unclear what the product is
  'https://aipropertymanager.studyineurope.xyz/privacy-policy', // an unrelated site's subdomain
  'https://d3v.bau-ki.at/', // a development host whose only page read has a query string
];

const NAMESAKES = [
  'https://www.constructquote.com/', // beside ConstructQuote (constructquote.app)
  'https://www.teracontext.com/', // beside TeraContext.AI (teracontext.ai)
  'https://www.smartbid.com/', // beside SmartBid AI (smartbidai.org)
  'https://www.smartbidai.com/', // beside SmartBid AI (smartbidai.org)
  'https://www.claimscope.com/', // beside ClaimScope Pro
  'https://www.proppen.com/', // beside PropPen (proppen.ai)
  'https://www.hostpal.com/', // beside HostPal (hostpal.co)
  'https://www.iamcar.com/', // beside iamcar.chat
  'https://www.freightconnect.com/', // beside FreightConnect (freightconnect.ai)
  'https://www.rfp.com/', // beside RFP.ai
  'https://www.insurnest.io/', // beside insurnest (insurnest.com)
  'https://www.grantable.com/', // beside Grantable (grantable.co)
  'https://www.granted.com/', // beside Granted (grantedai.com)
  'https://www.grantpilot.com/', // beside GrantPilot (grantpilot.dev)
  'https://www.grantsandequity.org/', // beside Grants & Equity
  'https://www.grantranslator.org/', // beside Grantranslator
  'https://www.sermoncoach.com/', // beside SermonCoach (sermoncoach.app)
  'https://www.sermonflow.com/', // beside SermonFlow (sermonflow.site)
  'https://www.ministerio.com/', // beside Ministerio AI (ministerioai.com)
];

describe('twentieth-session industry traps', () => {
  it('adds 18 rows, each with one domain and no prefix', () => {
    expect(longTailC20IndustryTools.length).toBe(18);
    expect(longTailC20IndustryTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20IndustryTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://constructquote.app/privacy': 'constructquote-app',
      'https://teracontext.ai/product': 'teracontext-ai',
      'https://www.claimscopepro.com/sample': 'claimscope-pro',
      'https://www.freightconnect.ai/docs/core-features/email-to-load': 'freightconnect-ai',
      'https://insurnest.com/agent-details/insurance/customer-service/coverage-explanation-ai-agent-in-customer-service-for-personal-auto-insurance':
        'insurnest',
      'https://www.grantable.co/privacy': 'grantable-co',
      'https://grantedai.com/security': 'granted-ai',
      'https://grantranslator.com/legal': 'grantranslator',
      'https://sermoncoach.app/ethics': 'sermoncoach-app',
      'https://sermones.ministerioai.com/confianza-ia': 'ministerio-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
