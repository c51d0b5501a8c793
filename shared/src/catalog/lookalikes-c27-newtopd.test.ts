// Traps beside the rows the twenty-seventh session's newtop pass D added (data/long-tail-c27-newtopd.ts): the ordinary
// sites next to each kind of AI tool it added (code hosts and IDEs beside Traycer, the public GenAI services SurePath AI
// governs, procurement portals beside Starbridge, brokers and market data beside TOGGLE AI, the applicant-tracking
// systems Skima AI writes into, video platforms beside Wayin), the shared-platform copies, the left-out hosts the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its
// own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27NewtopdTools } from './data/long-tail-c27-newtopd';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.jetbrains.com/idea/', // an IDE beside Traycer
  'https://code.visualstudio.com/docs', // the editor Traycer's extension runs in
  'https://www.sam.gov/', // federal procurement, beside Starbridge
  'https://www.bidnetdirect.com/', // a public-bid portal, beside Starbridge
  'https://nces.ed.gov/', // school-district data named in the Starbridge integration
  'https://www.interactivebrokers.com/', // a broker, beside TOGGLE AI
  'https://www.nasdaq.com/market-activity', // market data, beside TOGGLE AI
  'https://www.smartrecruiters.com/', // the ATS Skima AI's cited page integrates with
  'https://www.greenhouse.io/', // an ATS Skima AI sits on
  'https://www.workday.com/', // an ATS Skima AI sits on
  'https://www.trackerrms.com/', // an ATS Skima AI integrates with
  'https://www.vimeo.com/', // a video source Wayin accepts
  'https://www.twitch.tv/', // a video source Wayin accepts
];

const SHARED_PLATFORMS = [
  'https://starbridge.mintlify.app/builders/new-bridge-building-flow', // Starbridge's docs on a shared platform
  'https://starbridge-demo.pages.dev/full-system', // a proof of concept built on Starbridge data
  'https://skima-docs-vue.pages.dev/docs/Candidates-Overview', // Skima's docs copy on a shared platform
  'https://zimageturbo-ai.pages.dev/ru/docs', // a Z-Image copy on a shared platform
  'https://sw.wordpress.org/plugins/smalk-ai-analytics/', // Smalk's plugin page
  'https://paragraph.com/@sharpe-ai/the-next-chapter', // Sharpe AI's post on a shared platform
  'https://npm.io/package/@synexa/javascript', // Synexa's client on a package index
];

const LEFT_OUT = [
  'https://thetalake.com/products/proactive-compliance/', // a compliance suite; nothing read on thetalake.ai
  'https://community.trustcloud.ai/docs/trustshare/questionnaires/', // a GRC platform, AI one feature
  'https://doc.samba.ai/knowledge-base/customer-data-sources/?lang=en', // marketing automation, AI only in the name
  'https://docs.taptalent.io/api-reference/job-candidates', // TapTalent's docs on another host
  'https://thinkmd.org/?p=15295', // THINKMD's `?p=` page, not on the .ai host
  'https://hc.pillargtm.com/data/starbridge-overview', // another company's Starbridge integration
  'https://newsexaminer.net/why-sora-2-is-not-just-video-its-world-building', // an article on Supermaker
  'https://atmes.ai/videos/viktor-ai-coworker-that-lives-in-slack-fryderyk-wiatrowski', // a talk page on Viktor
  'https://soulmatcher.app/de/blog/twinby-the-next-big-thing-in-russian-dating-or-another-bot-haven', // a review
  'https://api.vectorengine.cn/register', // Vector Engine's relay, not shown to be vectorengine.ai
  'https://www.stalkea.ai/', // an Instagram viewer on the lead list
  'https://www.storyviewer.ai/', // an Instagram story viewer on the lead list
  'https://www.yallashoot.ai/', // sports streaming on the lead list
  'https://www.soccerpredictions.ai/', // football predictions on the lead list
];

const NAMESAKES = [
  'https://www.toggl.com/', // time tracking, beside TOGGLE AI (toggle.ai)
  'https://toggl.com/track/', // time tracking, beside TOGGLE AI
  'https://www.tracer.com/', // beside Traycer (traycer.ai)
  'https://www.surepath.com/', // beside SurePath AI (surepath.ai)
  'https://www.starbridge.com/', // beside Starbridge (starbridge.ai)
  'https://www.skima.com/', // beside Skima AI (skima.ai)
  'https://www.wayin.com/', // beside Wayin (wayin.ai)
  'https://docs.zelto.ai/docs/how-it-works', // Zelto, beside the zelta.ai lead
  'https://sitewit.com/faqs/', // beside the sitewiz.ai lead
  'https://www.sitewai.com/what-is-sitewai', // beside the sitewiz.ai lead
  'https://thetwin.app/support.html', // beside the twinby.ai lead
];

describe('twenty-seventh-session newtopd traps', () => {
  it('adds 6 rows, each with one domain and no prefix, in the global region', () => {
    expect(longTailC27NewtopdTools.length).toBe(6);
    expect(longTailC27NewtopdTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC27NewtopdTools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27NewtopdTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27NewtopdTools));
    expectEachClassifiedAs({
      'https://docs.traycer.ai/tasks/phases': 'traycer',
      'https://www.surepath.ai/blog/ai-governance-is-more-than-just-ai-security': 'surepath-ai',
      'https://help.surepath.ai/en/articles/10361695-initial-configuration-steps': 'surepath-ai',
      'https://hc.starbridge.ai/llms.txt': 'starbridge',
      'https://api.toggle.ai/entity/v2/filtered': 'toggle-ai',
      'https://docs.skima.ai/docs/Tabs-and-Filters': 'skima-ai',
      'https://skima.ai/integrations/trackerrms-ai-screening': 'skima-ai',
      'https://wayinvideo-api.wayin.ai/open/v2/clips': 'wayin-video',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
