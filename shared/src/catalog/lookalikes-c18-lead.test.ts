// The eighteenth session's lead hosts: second hosts of products already in the catalog, each named on the vendor's own
// page (FastGPT's overseas edition, Trillet's .ai site, QualGent's .ai site, TesterArmy's .ai site, PlayTurbo's China
// site). Each must reach the existing entry; the companies and platforms behind them must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

describe('eighteenth-session lead hosts', () => {
  it('classifies each second host, and the vendor page it was read from, to the existing entry', () => {
    expectEachClassifiedAs({
      'https://tryfastgpt.ai/': 'fastgpt',
      'https://doc.tryfastgpt.ai/docs/intro/': 'fastgpt',
      'https://trillet.ai/': 'trillet',
      'https://app.trillet.ai/': 'trillet',
      'https://www.qualgent.ai/acceptable-use-policy': 'qualgent-link',
      'https://testerarmy.ai/terms': 'testerarmy',
      'https://www.playturbo.cn/': 'playturbo',
      'https://doc.playturbo.cn/shi-pin-gong-ju-shu-zi-ren-shi-pin/shu-zi-ren-shi-pin-shi-yong-zhi-nan':
        'playturbo',
    });
  });

  it('leaves the companies and platforms behind them unclassified', () => {
    expectNoneClassified([
      'https://sealos.io/', // the cloud platform of FastGPT's maker
      'https://www.mintegral.com/', // the ad network behind PlayTurbo
      'https://www.gitbook.com/', // the docs host of PlayTurbo's guides
      'https://www.ycombinator.com/companies/qualgent', // QualGent's accelerator listing
    ]);
  });
});
