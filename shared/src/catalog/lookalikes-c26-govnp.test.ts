// Traps beside the rows the twenty-sixth session's public-sector and nonprofit pass added
// (data/long-tail-c26-govnp.ts): the government sites and official guidance beside each kind of tool it added (the
// Justice Department's policing office, a city clerk, a county council's AI notice, procurement and grants portals,
// the election regulator), the general companies and platforms whose AI is one feature (body cameras, civic and
// agenda software, giving and donor-CRM suites, campaign tooling, church management, library chat), news and
// consultancies met in the searches, the parent of a claimed subdomain, the shared-platform copies, drafts, `?p=` pages
// and left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify;
// every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26GovnpTools } from './data/long-tail-c26-govnp';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://cops.usdoj.gov/html/dispatch/01-2025/ai_reports.html', // the Justice Department's policing office on AI reports
  'https://selahwa.gov/city-clerk', // a city clerk's page, beside the minutes tools
  'https://www.eastsussex.gov.uk/privacy/ai-childrens-social-care-early-help/how-your-information-used', // a council's AI notice
  'https://procurementjourney.scot/node', // the Scottish procurement guidance, beside TenderPulse
  'https://www.grants.gov/', // the federal grants portal, beside 4granted
  'https://sam.gov/', // the federal contracting portal, beside the bid tools
  'https://www.fec.gov/', // the election regulator whose data Findraiser.ai queries
  'https://www.axon.com/', // body cameras and Draft One inside a general company, beside Narrative AI and Truleo
  'https://www.lenslock.com/post/ai-police-report-writing', // a body-camera maker's blog
  'https://www.police1.com/police-products/police-technology/software/video-analysis/press-releases/law-enforcement-partner-truleo-releases-responsible-transcription-uRZG7l9KwLGnRquL/', // a police trade site's press release on Truleo
  'https://codebludev.com/services/ai-for-law-enforcement/', // a development agency's service page
  'https://www.civicplus.com/blog/cxp/special-districts-ai-for-smart-cities-ai-public-meetings', // agenda software, AI one feature
  'https://www.granicus.com/', // government meeting and web software, beside the minutes tools
  'https://www.tylertech.com/', // government software, beside Citibot
  'https://info.soniclear.com/soniclear-news/ai-powered-digital-court-reporting-enhances-accuracy-and-efficiency-1', // a recorder maker's guide
  'https://www.govtech.com/artificial-intelligence/311s-culture-shift-in-city-communications-now-aided-by-ai', // news on 311 bots
  'https://govlaunch.com/stories/citibots-ai-chatbot-makes-local-government-more-accessible', // a local-government wiki's story on Citibot
  'https://www.pertamapartners.com/for/state-local-government/public-records-foia-request-processing', // a consultancy's playbook
  'https://www.benevity.com/', // a giving platform whose grant review has AI summaries
  'https://b-hive.benevity.com/hc/en-us/articles/45742155246996-Using-AI-summaries-to-review-grant-applications', // its help centre
  'https://www.blackbaud.com/', // a donor-CRM suite, beside Gratefully and the fundraising rows
  'https://performancemanagement.blackbaud.com/ihelp/display/Help/Guided+Fundraising+Privacy+Policy', // its guided fundraising policy
  'https://www.candid.org/', // a funder database, beside the grant tools
  'https://www.opengrants.io/faq-items/supplemental-terms-applicable-to-clients/', // a marketplace of human grant writers
  'https://www.ngpvan.com/', // the campaign data platform Findraiser.ai reads
  'https://www.actblue.com/', // a campaign donation platform
  'https://politicalwin.com/tutorials/politicalwin-ai-assistant/', // a campaign-website builder with an AI assistant
  'https://www.chmeetings.com/', // church management software, beside ChurchWiseAI
  'https://pewsearch.com/', // the church directory where ChurchWiseAI's widget is embedded
  'https://www.springshare.com/', // library chat software with AI features, met in the library searches
  'https://americanlibrariesmagazine.org/2026/06/01/5-questions-to-ask-your-vendors-about-ai/', // a library magazine
  'https://www.illinoislegalaid.org/legal-information/writing-first-drafts-ai-tools', // legal aid guidance, beside Be My Own Attorney
  'https://guardify.com/ai-in-child-welfare-and-social-services-what-the-field-needs-to-get-right/', // child-welfare software's article
  'https://kelpcare.ai/help-desk/Casenote.html', // care management, AI summaries one feature
  'https://mdlogix.freshdesk.com/support/solutions/articles/150000222685-case-notes-summarization', // a health platform's help article
  'https://artificialpublichealthintelligence.com/case-studies/covid-forecasting.html', // a concept-stage design, no product
];

const SUBDOMAIN_PARENTS = [
  'https://tailored.fund/', // the coaching organisation whose sam. subdomain is claimed
];

const SHARED_PLATFORMS = [
  'https://grant-ai-indol.vercel.app/privacy.html', // "[COMPANY LEGAL NAME]" on a shared platform
  'https://powergrant-marketing.pages.dev/privacy', // PowerGrant's draft policy on a shared platform
  'https://docs-portal-chi.vercel.app/products/chatbot/overview', // a copy of ChurchWiseAI's docs on a shared platform
  'https://faithful-learn.pages.dev/article-bulletin.html', // a church-bulletin guide on a shared platform
  'https://new-bearings.pages.dev/timeline/25-4022', // a careers guide on a shared platform
  'https://recalldocs.pages.dev/clerk', // a legal assistant's docs on a shared platform
  'https://tender-ai-pi.vercel.app/privacy', // a TenderAI copy on a shared platform
  'https://donorconnect-three.vercel.app/ai-policy', // a donor app on a shared platform
  'https://aieducation-one.vercel.app/learn/ai-public-records-foia/processing-public-records-requests-ai', // a course on a shared platform
  'https://mguhlin.github.io/nspa3/nspa-example4-reporting.html', // a nonprofit AI plan on a shared platform
];

const LEFT_OUT = [
  'https://donorpilot.ai/privacy', // a policy that calls itself a draft for counsel
  'https://myquillai.com/privacy.html', // "PLACEHOLDER — update on launch"
  'https://privacy.zws.ink/privacy/tender', // a template with "[SERVICE NAME]"
  'https://www.charitygrantwriter.com/privacy', // a policy that does not say AI (as before)
  'https://boardraise.com/docs/privacy', // board fundraising ideas, not said to be AI
  'https://schnorrer.builtbymoshe.co.uk/privacy', // an app on a developer's host, not said to be AI
  'https://opengrants.io/', // human grant writers
  'https://www.blackbaud.co.uk/?p=16331', // a `?p=` page of a donor-CRM suite
  'https://www.chmeetings.com/?p=50930', // a `?p=` page of church management software
  'https://www.ecicnetwork.org/?p=1085', // a `?p=` webinar summary
  'https://blog.polco.us/from-zero-to-funded-how-small-cities-are-finally-winning-grants', // a civic platform's AI feature
  'https://www.grantfounders.com/privacy', // a general grant platform (as before)
];

const NAMESAKES = [
  'https://www.narrative.com/', // beside Narrative AI (narrative-ai.org)
  'https://www.citi.com/', // beside Citibot (citibot.io)
  'https://clerk.com/', // beside ClerkMinutes (clerkminutes.com)
  'https://www.truenorth.com/', // beside TrueNorth Civic AI (truenorthcivicai.ca)
  'https://www.gratefully.com/', // beside Gratefully (gratefully.io)
  'https://www.findraiser.com/', // beside Findraiser.ai (findraiser.ai)
  'https://www.4granted.com/', // beside 4granted (4granted.app)
  'https://www.notewell.com/', // beside Notewell (notewell.ai)
  'https://www.churchwise.com/', // beside ChurchWiseAI (churchwiseai.com)
  'https://www.tenderpulse.com/', // beside TenderPulse (tenderpulse.com.bd)
  'https://www.bemyattorney.com/', // beside Be My Own Attorney (bemyownattorney.com)
  'https://www.charityai.co.uk/', // beside Charity AI Solutions (charityaisolutions.co.uk)
];

describe('twenty-sixth-session public-sector and nonprofit traps', () => {
  it('adds 16 rows, each with one domain and no prefix, in their regions', () => {
    expect(longTailC26GovnpTools.length).toBe(16);
    expect(longTailC26GovnpTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regional: Record<string, string> = { 'charity-ai-solutions': 'europe', 'tenderpulse-bd': 'india' };
    expect(longTailC26GovnpTools.every((t) => catalogRegion(t.id) === (regional[t.id] ?? 'global'))).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26GovnpTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26GovnpTools));
    expectEachClassifiedAs({
      'https://www.narrative-ai.org/law-enforcement-use-policy': 'narrative-ai-police',
      'https://help.truleo.co/developing-policy': 'truleo',
      'https://www.truleo.co/privacy': 'truleo',
      'https://www.citibot.io/5-strategies-for-reimagining-resident-engagement-through-ai-insights-from-icma-2025':
        'citibot',
      'https://docs.churchwiseai.com/journeys/visitor-uses-chatbot': 'churchwiseai',
      'https://bemyownattorney.com/why-not-just-use-chatgpt': 'be-my-own-attorney',
      'https://www.4granted.app/': '4granted-app',
      'https://findraiser.ai/': 'findraiser-ai',
    });
  });

  it('leaves government sites, general sites, the subdomain parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...SUBDOMAIN_PARENTS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
