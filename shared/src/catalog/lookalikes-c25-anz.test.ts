// Traps beside the rows the twenty-fifth session's Australia and New Zealand pass added (data/regional-c25-anz.ts): the
// ordinary sites next to each kind of AI tool it added (the two privacy regulators, the consumer and health regulators,
// job boards, property portals and the real-estate regulator, the tax office, the work-safety regulator, the financial
// markets regulator, the education ministry and the Māori-language commission), practices and businesses that only
// describe their own use of AI tools, agencies and guides, the shared-platform copies and drafts the pass read, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC25AnzTools } from './data/regional-c25-anz';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.oaic.gov.au/', // the Australian privacy regulator named in every APP policy read
  'https://www.privacy.org.nz/', // the New Zealand Privacy Commissioner, beside the NZ rows
  'https://www.accc.gov.au/', // the consumer regulator behind the Australian Consumer Law clauses
  'https://www.tga.gov.au/', // the therapeutic goods regulator, beside the scribes and receptionists
  'https://support.mips.com.au/home/ai-scribes-fact-sheet', // a medical defence body's fact sheet on AI scribes
  'https://mmvc.com.au/artificial-intelligence-ai', // a medical centre's notice on its GPs' AI scribe
  'https://www.seek.com.au/', // the job board, beside the recruiting platforms
  'https://www.seek.co.nz/work-for-seek/life-at-seek/', // the job board's careers page, met in the searches
  'https://www.realestate.com.au/', // the property portal, beside the property tools
  'https://www.domain.com.au/', // a property portal, beside the property tools
  'https://homes.com.au/company/terms-of-use', // a property listing site, met in the searches
  'http://www.propertynow.com.au/terms-and-conditions?tmpl=component', // a for-sale-by-owner listing site
  'http://www.aofun.com.au/acceptable-use', // a property advertising site's policy
  'https://www.trademe.co.nz/', // the New Zealand marketplace and property listings, beside Innora Property
  'https://www.rea.govt.nz/', // the New Zealand real-estate regulator, beside Owl AI
  'https://propr.co.nz/privacy', // a property manager's policy, beside Proppi
  'https://proppymanagement.co.nz/privacy-policy/', // a property manager's policy, beside Proppi
  'https://propconnect.co.nz/privacy', // a property document portal for agents, not said to be AI
  'https://www.ato.gov.au/', // the tax office, beside the accounting and property tools
  'https://www.reconciled.co.nz/privacy-policy', // a bookkeeping business's policy
  'https://korerotax.co.nz/privacy', // a GST reminder service that reads Xero, no AI
  'https://crunchaccounting.co.nz/ai-use-policy/', // an accounting practice's AI-use policy
  'https://www.ethicalaccountant.au/privacy', // an accounting practice's policy
  'https://cleartax.com.au/privacy-policy/', // an accounting practice's policy
  'https://www.safeworkaustralia.gov.au/', // the work-safety body, beside SiteArmour
  'https://www.tradiecontractco.com.au/aiusepolicy', // a trade business's AI-use policy
  'https://www.fma.govt.nz/', // the New Zealand financial markets regulator, beside Twio
  'https://onboard.nz/?p=3107', // a mortgage adviser's AI-use policy
  'https://www.asic.gov.au/', // the Australian financial services regulator
  'https://www.health.govt.nz/', // the New Zealand health ministry, beside ConsultAI NZ
  'https://www.unfurlpsychology.com.au/privacypolicy', // a psychology practice using an AI scribe
  'https://www.bodysensepsychology.com.au/privacypolicy', // a psychology practice using an AI scribe
  'https://beachbreakot.com.au/use-of-ai', // an occupational-therapy practice's AI notice
  'https://posity.au/privacy-policy', // a health practice's AI documentation notice
  'https://safechat.com.au/privacy-policy.php', // a therapy practice's policy, beside SteadySelf
  'https://careness.io/terms-conditions', // human peer support by psychology students, beside SteadySelf
  'https://education.govt.nz/education-professionals/schools-year-0-13/digital-technology/generative-ai', // the ministry's guidance
  'https://www.nceatutor.co.nz/privacy', // a human tutoring marketplace, beside Learning Log
  'https://www.reomaori.co.nz/privacy-policy', // the Māori-language commission, beside Reo Chat
  'https://www.nzherald.co.nz/', // news, met in the searches
  'https://www.immigrationsaustralia.com.au/terms-of-service', // a visa information site
  'https://www.growmore.one/artificial-intelligence-use-policy', // a migration agency's AI-use policy
  'https://growmoreglobalvisa.com/artificial-intelligence-use-policy/', // the same agency's other site
  'https://grantguru.com.au/terms-of-use/', // a grants database, met in the searches
  'https://granthelper.com.au/terms-conditions', // a grant-writing service
];

const SHARED_PLATFORMS = [
  'https://d2awqhiqdymj37.cloudfront.net/privacy', // NDIScribe's policy on a CloudFront host
  'https://gigantic-ringer-18c.notion.site/ApplyKit-Privacy-Policy-344d395c049e80dbb193f3e8f2ce2485', // ApplyKit's policy
  'https://ma-global-website.pages.dev/privacy', // Myaccountant's policy on a shared platform
  'https://www-agentive-city.pages.dev/terms-of-service', // a copy of Agentive's terms on a shared platform
  'https://tradiesline-website.pages.dev/privacy', // a counsel-draft policy on a shared platform
  'https://tradie-pilot-ai-web.pages.dev/privacy', // Tradie Pilot AI's policy on a shared platform
  'https://eduagent-au.pages.dev/', // an education-agent review site on a shared platform
  'https://mcc-docs.pages.dev/ai-quoting-guide/', // a cleaning-quote guide on a shared platform
  'https://web-red-journeys.vercel.app/privacy', // a meeting assistant's policy on a shared platform
  'https://meeting-note-production.up.railway.app/privacy', // a meeting-notes policy on a shared platform
];

const LEFT_OUT = [
  'https://aitaxagentpro.com.au/privacy', // "[Your Business Pty Ltd]"
  'https://audienceout.com/terms-and-conditions', // "[Your Company Name]"
  'https://syntra-aisolutions.com/privacy-policy', // a policy with drafting notes left in
  'https://www.getpolicypacks.com/privacy', // "ABN 00 000 000 000"
  'https://eatapp.com.au/privacy', // a restaurant marketing service, "ABN to be confirmed"
  'https://chat.simplyprobate.co.nz/terms-of-service', // a probate firm's own chatbot
  'https://cornerstoneaipartners.com/resources/australian-privacy-act-and-ai', // a consultancy's guide
  'https://www.neuralnest.info/legal/privacy', // an AI consultancy
  'https://squareai.com.au/privacy-policy/', // a builder of AI agents for clients
  'https://www.automationbuilders.ai/terms-of-service', // an automation consultancy
  'https://www.deedreams.co.nz/legal/terms-of-business', // a creative production service
  'https://kiwiagentai.co.nz/compliance', // templates and prompts for agents
  'https://anitech.ai/generative-ai-legal-compliance-documentation-australia-2/', // a consultancy's guide
  'https://www.tyronebaena.com/blog/ai-ndis-progress-notes-compliance-australia', // a personal blog
  'https://upgraded.au/blog/financial-planners-automating-compliance-documents-ai/', // an agency's blog
  'https://ibrs.com.au/practices/strategy-transformation/a-privacy-policy-template-in-the-era-of-ai', // an advisory firm's template
  'https://www.davidpatrick.au/policies', // a psychologist's AI policy
  'https://bradmclean.com.au/aipolicy', // a psychotherapist's AI policy
  'https://lawlux.com.au/terms-and-conditions', // a law firm's site
];

const NAMESAKES = [
  'https://www.yelmwa.gov/', // the city of Yelm, beside Yelm (yelm.com.au)
  'https://propzy.vn/', // a Vietnamese property platform, beside PropZy (propzy.com.au)
  'https://www.officeworks.com.au/', // an office-supplies retailer, beside Office Voice (office-voice.com)
  'https://www.lawyersweekly.com.au/', // legal news, beside LawY (lawy.ai) and Lawg
];

describe('twenty-fifth-session Australia and New Zealand traps', () => {
  it('adds 28 rows, each with one domain and no prefix, in the global region', () => {
    expect(regionalC25AnzTools.length).toBe(28);
    expect(regionalC25AnzTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
    expect(regionalC25AnzTools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC25AnzTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC25AnzTools));
    expectEachClassifiedAs({
      'https://app.writenowai.com/': 'writenow-ai',
      'https://members.proppi.ai/': 'proppi',
      'https://www.skilio.com.au/': 'skilio-hire',
      'https://www.chatcot.com/': 'chatcot',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
