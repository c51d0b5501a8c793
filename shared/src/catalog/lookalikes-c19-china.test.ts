// Traps beside the rows the nineteenth session's China pass added (data/regional-c19-china.ts): the general sites next
// to each kind of tool (job boards, slide and school platforms, cloud and chip makers' sites), the parents of the
// subdomains claimed alone, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit
// close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC19ChinaTools } from './data/regional-c19-china';

const GENERAL_SITES = [
  'https://www.zhipin.com/', // a job board, beside the AI resume tools
  'https://www.sensetime.com/', // SenseTime's company site; only sensecore.cn is claimed
  'https://www.weibo.cn/', // the parent of 天气通's AI helper page
  'https://www.gitcode.com/', // a code host whose AI assistant is one feature
];

const PARENTS = [
  'https://360eol.com/', // only robot.360eol.com (AI小智) is claimed
  'https://www.jxxqtech.com/', // only newdoor.jxxqtech.com (牛道) is claimed
  'https://zhimawork.com/', // only zhuyan.zhimawork.com (之马·助研) is claimed
  'https://www.dieyuyun.com/', // only open.dieyuyun.com (无量 AI) is claimed
];

const SHARED_PLATFORMS = [
  'https://pages.domolo.cn/p/98p7r8nmzw.html', // 纳米AI's policy on a shared page host
  'https://way-app.zeabur.app/static/agreement_1.html', // an AI content app on zeabur.app
  'https://aiwellflow.pages.dev/terms.html', // an agent platform's terms on pages.dev
];

const LEFT_OUT = [
  'https://tqt.weibo.cn/overall/h5.php?id=621', // a weather app's AI helper, one feature of the app
  'https://www.liuhuamall.com/legal/terms-agreement/', // a mall's AI tools, one feature of the mall
  'https://cter.tw/blogs/news/', // a company's AI service policy on its shop blog
  'https://archive.tw/privacy', // an archive site's AI question box
  'https://liexiaozhu.com/privacy-policy.html', // a recruiting tool whose policy never says AI
  'https://www.mianshinn.com/privacyPolicy.html', // an interview app whose policy never says AI
  'https://smart-ruiwen.com/yinsizhengce.html', // a policy that never says AI
  'https://imyppt.com/terms', // a PPT membership agreement that never says AI
  'https://learnerhk.com/privacy.html', // a tutor-matching app
  'https://www.aiobegin.com/privacy', // a school platform with AI features
  'https://xshoow.com/policies/waiyumiao_PrivacyPolicy.html', // an app's policy on its studio's host
  'https://docs.chipltech.com/en/user/privacy-policy.html', // a chip maker's docs host for its image cloud
  'https://maas.wwcsp.com/maas-docs/api/maasApi.html', // a MaaS docs page that never names its vendor
  'https://www.aulama.org/terms.html', // a personal studio
  'https://app.minduck.com/static/protocol/ai.html', // built-in AI services of a general app
  'https://learn.islash.io/zh/features/ai-agents/ai-assistant', // an AI node in a chat-marketing tool
];

const NAMESAKES = [
  'https://www.maiagent.com/', // beside MaiAgent (maiagent.ai)
  'https://www.acosmi.ai/', // beside Acosmi (acosmi.com)
  'https://www.offerlab.com/', // beside OfferLab (offerlab.ltd)
  'https://www.padlearn.com/', // beside PadLearn (padlearn.ai)
  'https://www.carryai.com/', // beside CarryAI (carryai.ai)
  'https://www.sensecore.com/', // beside SenseCore (sensecore.cn)
  'https://www.agentos.com/', // beside AgentOS (tybbtech.com)
  'https://www.alltkn.ai/', // beside ALLTKN (alltkn.com)
];

describe('nineteenth-session China traps', () => {
  it('adds 14 rows, each with one domain and no prefix', () => {
    expect(regionalC19ChinaTools.length).toBe(14);
    expect(regionalC19ChinaTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC19ChinaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://console.sensecore.cn/micro/help/en/docs/model-as-a-service/': 'sensecore-maas',
      'https://docs.maiagent.ai/meeting-records/meeting-records': 'maiagent',
      'https://robot.360eol.com/robot/homePage/privacyPolicy': 'ai-xiaozhi-360eol',
      'https://zhuyan.zhimawork.com/web/privacy.php': 'zhima-zhuyan',
      'https://newdoor.jxxqtech.com/terms': 'niudao-jxxqtech',
      'https://open.dieyuyun.com/en/legal/terms.html': 'wuliang-ai-dieyuyun',
      'https://www.tybbtech.com/en/user-agreement': 'agentos-tybbtech',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
