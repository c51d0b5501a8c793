// Traps beside the rows the twenty-seventh session's leads9 pass added (data/long-tail-c27-leads9.ts) and the kaily.ai
// host it added to Copilot.Live's entry: the ordinary sites next to each kind of tool (job boards, the PSA and the
// telephony and push providers the docs name, WordPress and the search consoles beside the SEO tools, Slack beside the
// team assistants, a medical-spa association beside Eva AI), general products whose AI is one feature, the
// shared-platform copies, a staging host, namesakes and news the pass met. Leads that may be AI products (listed in the
// data file's header) are deliberately not trapped. None of the traps may classify; every new host must reach its own
// entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Leads9Tools } from './data/long-tail-c27-leads9';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.indeed.com/', // a job board, beside SortResume.ai and Spheric
  'https://www.linkedin.com/jobs/', // the job listings SortResume.ai's post names
  'https://www.connectwise.com/', // the PSA zofiQ's agents act in
  'https://www.twilio.com/', // the telephony provider beside the phone agents
  'https://onesignal.com/', // a push provider PushPilot delivers through
  'https://firebase.google.com/docs/cloud-messaging', // the push service PushPilot delivers through
  'https://wordpress.org/plugins/', // WordPress, beside AlmaSEO's connector plug-in
  'https://search.google.com/search-console/about', // the search console AlmaSEO and Citatra read
  'https://slack.com/', // the workspace Achiral AI connects to
  'https://americanmedspa.org/', // the medical-spa association, beside Eva AI
  'https://www.welcometothejungle.com/', // a job board whose name starts like Welco's
  'https://help.meltwater.com/en/articles/6762610-klear-faqs-discovery', // a media-intelligence suite's influencer search
];

const SHARED_PLATFORMS = [
  'https://answerlabsinc.mintlify.app/sources', // Answerr's API docs on a shared docs platform
  'https://storywright-docs.pages.dev/02-stories/', // a story writer's docs on a shared platform
  'https://crm-scope.pages.dev/cloud-crm/ai-automation/digital-receptionist', // a CRM's docs on a shared platform
  'https://dlx-group-website.pages.dev/how-it-works.html', // a receptionist offer on a shared platform
  'https://hypersave.pages.dev/terms', // a compute broker's draft terms on a shared platform
  'https://skuclerk-preview.pages.dev/guides', // inventory guides on a shared platform
  'https://techfordev.netlify.app/articles/3987206', // a copied article on a shared platform
  'https://evadotai.atlassian.net/wiki/spaces/EUG/pages/3129409560/EVA+Bot+and+notifications', // a recruiting bot's wiki on Atlassian
  'https://insightiq.freshdesk.com/support/solutions/articles/89000016896-creator-search-helpguide-', // a help desk on Freshdesk
  'https://crewopspro.tawk.help/article/communications-sms-calling', // a field-service app's help on tawk.help
];

const LEFT_OUT = [
  'https://docs.cleanestimate.pro/ai/voice-agent', // cleaning-estimate software, its voice agent one feature
  'https://help.aesthetixcrm.com/en/articles/1362-setting-up-a-conversational-ai-agent', // a CRM, its AI agent one feature
  'https://staging.evercrestai.com/trust', // a staging host
  'https://staging.storyarn.com/docs/welcome/core-workflow', // a staging host whose docs do not say AI
];

const NAMESAKES = [
  'https://pushpilot.in/docs/how-to-enable-auto-push/', // a WordPress web-push plug-in, not PushPilot (pushpilot.ai)
  'https://pressgazette.co.uk/news/the-observer-signs-deal-to-appear-on-ai-news-platform-particle/', // news on Particle
  'https://vinepair.com/articles/ai-in-bars/', // news on AI cocktails, beside the BarGPT lead
  'https://www.wardsauto.com/dealers/ai-aids-car-dealership-phone-skills', // trade news, beside the phone agents
];

describe('twenty-seventh-session leads9 traps', () => {
  it('adds 18 rows, each with one domain and no prefix, global but Hyperfusion', () => {
    expect(longTailC27Leads9Tools.length).toBe(18);
    expect(longTailC27Leads9Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC27Leads9Tools.filter((t) => catalogRegion(t.id) !== 'global').map((t) => t.id)).toEqual([
      'hyperfusion',
    ]);
    expect(catalogRegion('hyperfusion')).toBe('middle-east');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Leads9Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Leads9Tools));
    expectEachClassifiedAs({
      'https://app.zofiq.ai/': 'zofiq',
      'https://agents.zofiq.ai/': 'zofiq',
      'https://app.spheric.com/': 'spheric-hiring',
      'https://enthu.ai/blog/call-center-quality-assurance/': 'enthu-ai',
      'https://vlogme.ai/api/public/v1/me': 'vlogme',
      'https://api.topcalls.ai/v1/calls': 'topcalls-ai',
      'https://welco.ai/': 'welco-ai',
    });
  });

  it('adds kaily.ai to Copilot.Live', () => {
    expectEachClassifiedAs({
      'https://kaily.ai/': 'copilot-live',
      'https://docs.kaily.ai/overview-architecture/': 'copilot-live',
      'https://copilot.live/': 'copilot-live',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
