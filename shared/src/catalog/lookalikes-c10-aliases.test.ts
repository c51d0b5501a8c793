// The aliases pass of session 11 (issue 15) gave existing entries the renamed or second hosts that pinned lists and
// vendors' docs name for them (clawhome's and the lawyers' lists, kapibala, Rvelamen, EmbraceAGI, Stevo's blocklist,
// kostja94, hihelloluigi, shadowaltz, cline; textsight's and punkpeye's lists for three more). Each must classify to its own entry, and the general sites, parents and
// sibling paths around the page-level ones must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const ADDED: Record<string, string> = {
  'https://www.lovart.art/': 'lovart',
  'https://www.pangramlabs.com/': 'pangram',
  'https://hivemoderation.com/': 'hive-ai',
  'https://mindpal.io/': 'mindpal',
  'https://acestudio.cn/': 'ace-studio',
  'https://agent.minimax.cn/': 'minimax-agent',
  'https://clawd.bot/': 'openclaw',
  'https://sanalabs.com/': 'sana',
  'https://www.lingxi.cn/': 'wps-lingxi',
  'https://www.faceplusplus.com.cn/': 'faceplusplus',
  'https://codefuse.io/': 'codefuse',
  'https://spellbook.com/': 'spellbook',
  'https://leahai.com/': 'contractpodai',
  'https://legal.thomsonreuters.com/en/products/cocounsel': 'casetext',
  'https://www.huaweicloud.com/product/codeartside/snap.html': 'huawei-codearts-snap',
  'https://visualstudio.microsoft.com/zh-hans/services/intellicode/': 'intellicode',
  'https://whimsical.com/ai-mind-maps': 'whimsical-ai',
  'https://cloud.tencent.com/product/tokenhub': 'tencent-tokenhub',
  'https://www.gaoding.art/': 'gaoding-ai',
  'https://gaoding.art/': 'gaoding-ai',
  'https://canva.cn/image-generator': 'canva-ai-image-generator',
  'https://scnet.cn/ui/mall/service/llm': 'scnet-token-plan',
  'https://www.facebook.com/messages/t/156025504001094/': 'meta-ai',
  'https://www.messenger.com/t/156025504001094/': 'meta-ai',
  'https://www.deviantart.com/studio/video': 'deviantart-dreamup',
  'https://landing.candynetwork.ai/': 'candy-ai',
  'https://developers.sber.ru/docs/ru/gigachat/api/overview': 'gigachat-api',
  'https://developers.sber.ru/docs/en/gigachat/api/overview': 'gigachat-api',
  'https://www.scribbl.ai/': 'scribbl',
  'https://artisan.ai/': 'artisan',
  'https://thoughtly.ai/': 'thoughtly',
  'https://goodcall.ai/': 'goodcall',
  'https://coval.ai/': 'coval',
  'http://vizcom.co/': 'vizcom',
  'https://superwhisper.ai/': 'superwhisper',
  'https://cosine.sh/': 'cosine-genie',
  'https://api.opentyphoon.ai/v1/chat/completions': 'typhoon',
  'https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1/chat/completions':
    'alibaba-model-studio',
  'https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1/chat/completions':
    'alibaba-model-studio',
};

const STAY_UNCLASSIFIED = [
  'https://www.facebook.com/messages/t/1', // any other Messenger thread
  'https://www.facebook.com/messages/t/1560255040010949/', // a longer thread id, not the same segment
  'https://www.facebook.com/',
  'https://www.messenger.com/t/1',
  'https://www.messenger.com/',
  'https://canva.cn/', // Canva's Chinese site itself
  'https://canva.cn/templates',
  'https://canva.cn/image-generator-x', // a sibling path
  'https://whimsical.com/', // Whimsical's boards, not its AI pages
  'https://whimsical.com/mind-maps',
  'https://www.deviantart.com/', // the art community itself
  'https://www.deviantart.com/studio/draw', // its drawing studio, not the video generator
  'https://scnet.cn/', // the supercomputing portal itself
  'https://scnet.cn/ui/mall/service/hpc',
  'https://legal.thomsonreuters.com/en/products/westlaw',
  'https://www.huaweicloud.com/product/ecs.html',
  'https://visualstudio.microsoft.com/zh-hans/',
  'https://cloud.tencent.com/product/cvm',
  'https://developers.sber.ru/docs/ru/salutespeech/overview', // Sber's other developer products
  'https://developers.sber.ru/',
  'https://candynetwork.ai.example.net/', // the host as a label of someone else's domain
  'https://maas.aliyuncs.com/', // the parent of the Token Plan hosts
  'https://oss-cn-beijing.aliyuncs.com/', // Alibaba Cloud's storage in the same region
];

describe('aliases and second hosts of existing entries (session 11)', () => {
  it('classifies every added host or page to its own entry', () => {
    expectEachClassifiedAs(ADDED, { api: true });
  });

  it('leaves the general sites, parents and sibling paths around them unclassified', () => {
    expectNoneClassified(STAY_UNCLASSIFIED);
  });
});
