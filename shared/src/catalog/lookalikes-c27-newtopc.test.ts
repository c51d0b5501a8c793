// Traps beside the rows the twenty-seventh session's `newtopc` pass added (data/long-tail-c27-newtopc.ts) from the .ai
// hosts that entered the Tranco top million in 2025–2026: the ordinary sites next to each kind of AI tool it added (case
// law and legal news, a rule-based file renamer, education bodies, test frameworks, restaurant software, radiotherapy
// bodies and the FDA clearance database, help desks), the news and directory pages the searches returned,
// shared-platform copies of the vendors' docs, and the chunk's hosts the pass left out. None of them may classify;
// every new host must reach its own entry, and relevance.ai now reaches Relevance AI.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27NewtopcTools } from './data/long-tail-c27-newtopc';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.courtlistener.com/', // free case law, beside Midpage
  'https://www.law.cornell.edu/', // the Legal Information Institute, beside Midpage
  'https://www.den4b.com/docs/books/renamer/page/renaming-files/revisions/146/changes', // ReNamer, a rule-based renamer
  'https://bankstreet.edu/', // a college of education that hosted a Playlab workshop
  'https://leadingeducators.org/blog/learning-by-doing-with-genai/', // a partner's post on a Playlab design sprint
  'https://www.teachforamerica.org/', // a partner named in Playlab's trust note
  'https://www.selenium.dev/', // a test framework, beside Relicx
  'https://playwright.dev/', // a test framework, beside Relicx
  'https://www.cypress.io/', // a test framework, beside Relicx
  'https://www.opentable.com/', // restaurant bookings, beside Nory
  'https://www.toasttab.com/', // a restaurant POS, beside Nory
  'https://www.7shifts.com/', // restaurant scheduling, beside Nory
  'https://510k.innolitics.com/search/K241490', // the FDA 510(k) record of MVision's Contour+
  'https://www.astro.org/', // the radiation-oncology society, beside MVision AI
  'https://academic.oup.com/jrr/article/65/1/1/7441099', // a journal review of AI in radiotherapy
  'https://www.zendesk.com/', // a help desk Robylon connects to
  'https://www.freshworks.com/', // a help desk Robylon connects to
  'https://www.zoho.com/', // a help desk Robylon connects to
];

const NEWS_AND_DIRECTORIES = [
  'https://xira.com/p/2025/06/02/legal-research-startup-midpage-raises-4m-launches-proposition-search-feature-channeling-the-spirit-of-casetext', // legal-tech news on Midpage
  'https://advancedainews.com/?p=33546', // news on Midpage's funding
  'https://www.galaxus.ch/en/page/when-ai-films-and-analyses-every-minute-of-your-life-40990', // an opinion piece on Looki
  'https://www.nextpit.fr/actualites/looki-ai-ces-2026', // news on Looki
  'https://mobilecurated.com/devices-and-hardware/the-looki-l1-is-an-ai-camera-that-never-stops-watching', // news on Looki
  'https://careervisionrecruiters.ie/ai-in-hospitality-its-all-about-context/', // a recruiter's copy of a Nory article
  'https://www.actexpo.com/partner-articles/plus-hits-major-milestone-with-successful-driverless-safety-maneuver-testing', // news on PlusAI
  'https://pressgazette.co.uk/news/the-observer-signs-deal-to-appear-on-ai-news-platform-particle/', // news on Particle
  'https://www.skillhub.club/skills/openclaw-skills-sunnykui-medeo-video', // a skill registry's copy of Medeo's skill
  'https://claudskills.com/skills/one2x-ai-medeo-video-skill/SKILL.md', // a skill registry's copy of Medeo's skill
  'https://bittensor123.com/subnets/sn64', // a subnet directory on Rayon Labs' Chutes
  'https://taopedia.org/wiki/subnet_64/', // a wiki on Rayon Labs' Chutes
];

const SHARED_PLATFORMS = [
  'https://midpage-docs.apidocumentation.com/documentation/integration/api', // Midpage's API docs on a docs platform
  'https://playlabai.notion.site/OLD-Playlab-s-Approach-to-Trust-and-Safety-115a9d3778c58077ad2fdab8e6ff95b9', // Playlab's old note
  'https://relevanceai.mintlify.dev/docs/integrations/agent-integrations/build-your-own-triggers/api', // Relevance AI docs copy
  'https://polyai.mintlify.app/glossary/architecture', // PolyAI's docs copy on a docs platform
];

const LEFT_OUT = [
  'https://midbound.ai/docs/getting-started/key-concepts', // visitor identification, not said to be AI
  'https://midbound.cloud/docs/website-id/multi-tenancy', // the same vendor's developer docs
  'https://plus.ai/news-and-insights/inside-plusai-s-av2-0-approach-building-an-industry-leading-autonomous-trucking-virtual-driver-called-superdrive-tm', // autonomous trucking
  'https://nexmindai.preciseagency.com.au/docs/mvp-architecture', // an agency's MVP on its own subdomain
  'https://support.outplayhq.com/invite-your-team-members', // Outplay's help centre, not said to be AI
];

describe('twenty-seventh-session newtopc traps', () => {
  it('adds 8 rows, each with one domain and no prefix, all global but Nory', () => {
    expect(longTailC27NewtopcTools.length).toBe(8);
    expect(longTailC27NewtopcTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC27NewtopcTools.filter((t) => catalogRegion(t.id) !== 'global').map((t) => t.id)).toEqual([
      'nory',
    ]);
    expect(catalogRegion('nory')).toBe('europe');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27NewtopcTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27NewtopcTools));
    expectEachClassifiedAs({
      'https://blog.midpage.ai/p/i-got-hooked-on-midpages-new-legal': 'midpage',
      'https://app.midpage.ai/': 'midpage',
      'https://help.nory.ai/en/articles/5546367-nory-ai-sales-forecasts': 'nory',
      'https://guides.robylon.ai/knowledgebase/kb-from-humans': 'robylon',
      'https://docs.relicx.ai/application-discovery-and-baselining': 'relicx',
      'https://playlab.ai/': 'playlab',
      'https://looki.ai/': 'looki',
      'https://www.mvision.ai/': 'mvision-ai',
      'https://www.renamer.ai/': 'renamer-ai',
    });
  });

  it('adds relevance.ai to Relevance AI', () => {
    expectEachClassifiedAs({
      'https://relevance.ai/': 'relevance-ai',
      'https://relevance.ai/pricing': 'relevance-ai',
      'https://cloud.relevance.ai/': 'relevance-ai',
      'https://relevanceai.com/docs/agent/agent-api': 'relevance-ai',
    });
  });

  it('leaves general sites, news, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...NEWS_AND_DIRECTORIES, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
