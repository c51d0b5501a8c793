// Traps beside the hosts the twelfth-session Chinese pass took from doocs/awesome-ai (data/regional-c12-china-2.ts), and
// beside a list it read and added nothing from (sanhuang520-ship-it/awesome-chinese-ai-tools, data/tools.json): the
// general sites whose AI pages became URL prefixes, their siblings and label-boundary shapes, and the general software
// and framework sites the lists name beside AI tools. Every one must stay unclassified, and every new host must classify
// to its own entry.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_SITES_BESIDE_AI = [
  // The parents and siblings of the new URL prefixes.
  'www.ximalaya.com',
  'www.ximalaya.com/gatekeeper',
  'www.ximalaya.com/gatekeeper/write-wise-webx',
  'ximalaya.com',
  'www.5118.com',
  '5118.com',
  'www.5118.com/seometas',
  'www.5118.com/seo',
  'js.design',
  'js.design/aix',
  'js.design/community',
  // Label boundaries around the new domain.
  'sciphi.ai.example.com',
  'notsciphi.ai',
  'sciphi.com',
  // General software and framework sites the lists name beside AI tools.
  'www.processon.com',
  'www.edrawsoft.cn/mindmaster',
  'imiaoban.com',
  'note.youdao.com',
  'www.capcut.cn',
  'www.gaoding.com',
  'modao.cc',
  'mastergo.com',
  'www.chuangkit.com',
  'pixso.cn',
  'kuai.360.cn',
  'www.mindspore.cn',
  'www.paddlepaddle.org.cn',
  'www.datagrand.com',
  'top.aibase.com',
  'feishu.cn',
  'caiyunapp.com',
];

describe('look-alikes beside the twelfth-session Chinese pass', () => {
  it('leaves general sites, parents and siblings unclassified', () => {
    expectNoneClassified(GENERAL_SITES_BESIDE_AI);
  });

  it('finds every new host', () => {
    const expected: Record<string, string> = {
      'https://www.ximalaya.com/gatekeeper/write-wise-web': 'ximalaya-writewise',
      'https://www.ximalaya.com/gatekeeper/write-wise-web/novel/1': 'ximalaya-writewise',
      'https://www.5118.com/seometa': '5118-seometa',
      'https://5118.com/seometa': '5118-seometa',
      'https://js.design/ai': 'jsdesign-ai',
      'https://js.design/ai/text-to-ui': 'jsdesign-ai',
      'https://sciphi.ai/': 'sciphi',
      'https://search.sciphi.ai/': 'sciphi',
      'https://app.sciphi.ai/': 'sciphi',
    };
    expectEachClassifiedAs(expected);
  });
});
