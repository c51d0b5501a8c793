// Traps beside the hosts the tenth long-tail pass took from clawhome/awesome-ai-toolbox (data/long-tail-c10-lists*.ts):
// the general SaaS, directories, leaderboards and prompt packers the list names beside its AI tools (left out: their AI
// is a feature, or they are not AI tools), the parent sites and sibling pages of the new subdomain and URL-prefix
// claims, and namesakes of new hosts. Every one must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_SITES_LISTED_BESIDE_AI = [
  'www.chuangkit.com', // an online design suite (its AI art section is claimed on its own subdomain)
  'www.gaoding.com',
  'js.design',
  'mastergo.com',
  'modao.cc',
  'pixso.cn',
  'www.818ps.com',
  'pixlr.com',
  'cubox.pro', // a read-it-later app with AI summaries
  'mymind.com',
  'qingk.com',
  'gitingest.com', // packs a repository into text for a model; not itself AI
  'repomix.com',
  'artificialanalysis.ai', // benchmarks and leaderboards
  'llm-stats.com',
  'www.boohee.com',
  'www.5118.com', // an SEO data platform (its AI writing tool is claimed on its own subdomain)
  'www.weiboyi.com',
  'preview.io', // generic-word hosts left out
  'nile.app',
  'www.flowmusic.app', // a site named after Google's Flow Music, not Google's
];

const PARENTS_AND_SIBLINGS = [
  'www.dingtalk.com',
  'www.dingtalk.com/download',
  'www.feishu.cn',
  'www.feishu.cn/product/docs',
  'cloud.tencent.com/product/cvm',
  'www.volcengine.com',
  'www.volcengine.com/product/ecs',
  'www.tokfinity.com',
  'www.youdao.com',
  'www.people.cn',
  'www.sensetime.com',
  'lazycomposer.com',
  'www.mojidoc.com',
  'www.manaont.com',
  'www.qcc.com',
  'www.baidu.com',
  'www.qq.com',
  'xunfei.cn',
  'www.lexisnexis.com',
  'www.lexisnexis.com/en-us/products/lexis-plus.page',
  'legal.thomsonreuters.com',
  'www.clio.com', // legal practice-management, e-discovery and research platforms with an AI feature
  'www.everlaw.com',
  'www.relativity.com',
  'vlex.com',
  'ironcladapp.com',
];

const NAMESAKES = [
  'matrix.org', // the Matrix chat protocol; Matrix the agent runtime is matrix.build
  'app.element.io',
];

describe('look-alikes beside the tenth long-tail pass', () => {
  it('leaves general sites, parents and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_LISTED_BESIDE_AI, ...PARENTS_AND_SIBLINGS, ...NAMESAKES]);
  });

  it('still finds the AI tools beside them', () => {
    const expected: Record<string, string> = {
      'https://www.dingtalk.com/ai': 'dingtalk-ai-page',
      'https://www.feishu.cn/product/minutes': 'feishu-minutes',
      'https://cloud.tencent.com/product/adp': 'tencent-adp',
      'https://www.volcengine.com/product/hiagent': 'volcengine-hiagent',
      'https://www.tokfinity.com/infcode': 'tokfinity-infcode',
      'https://matrix.build/': 'matrix-build',
      'https://huixiang.baidu.com/': 'baidu-huixiang',
      'https://seko.sensetime.com/': 'sensetime-seko',
      'https://chordmate.lazycomposer.com/': 'chordmate',
      'https://www.realitydefender.com/': 'reality-defender',
      'https://www.lexisnexis.com/en-us/products/lexis-plus-protege.page': 'lexis-plus-protege',
      'https://www.kirasystems.com/': 'kira-systems',
    };
    expectEachClassifiedAs(expected);
  });
});
