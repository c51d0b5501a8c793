// The aliases pass of session 12 (issue 15) gave existing entries the second, renamed and maker's hosts that the
// twelfth session's list passes handed over (the GEO/AEO lists, HireAI, the legal-tech list, Korea AI Map, PingPig's
// China AI landscape, AI-MTHRFCKR, metame's video list, LSeu-Open's Computer Vision page) and three hosts left over from
// the tenth pass (Promptimize AI, MCP SuperAssistant, Read Frog). Each must classify to its own entry; the general
// sites, parents, sibling paths and label look-alikes around them must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const ADDED: Record<string, string> = {
  // Business-function lists
  'https://scrunch.com/': 'scrunch-ai',
  'https://www.scrunch.com/privacy': 'scrunch-ai',
  'https://ziptie.dev/': 'ziptie',
  'https://ziptie.dev/blog/branded-vs-non-branded-query-tracking-in-ai-search': 'ziptie',
  'https://talently.ai/': 'talently-ai',
  'https://www.leya.law/legal/terms': 'legora',
  'https://leya.law/': 'legora',
  // Korea AI Map and the China AI landscape
  'https://wrtn.io/en/wrtn/': 'wrtn',
  'https://actionpower.kr/daglo-api': 'daglo',
  'https://www.ncloud.com/product/aiService/clovaStudio': 'hyperclova-x-studio',
  'https://navercorp.com/en/tech/hyperclovax': 'naver-clova',
  'https://www.deepwisdom.ai/': 'mgx',
  'https://docs.deepwisdom.ai/main/en/': 'mgx',
  // Yandex AI Studio's documentation
  'https://yandex.cloud/ru/docs/foundation-models/concepts/yandexgpt/models': 'yandex-ai-studio',
  'https://yandex.cloud/en/docs/foundation-models/': 'yandex-ai-studio',
  'https://yandex.cloud/en-ru/docs/foundation-models/concepts/yandexgpt': 'yandex-ai-studio',
  'https://yandex.cloud/en/docs/ai-studio/qa/ai-assistant': 'yandex-ai-studio',
  'https://yandex.cloud/ru-kz/docs/ai-studio': 'yandex-ai-studio',
  // AI-MTHRFCKR and the creative lists
  'https://audiostrip.co.uk/#isolate': 'audiostrip',
  'https://www.chatbcg.com/': 'chatbcg',
  'https://nuclia.cloud/at/mthrfckr/mthrfckr': 'nuclia',
  'https://play.ad-auris.com/': 'ad-auris',
  'https://www.ponzu.gg/': 'ponzu',
  'https://www.questflow.xyz/': 'questflow',
  'https://contents.com/': 'contents-ai',
  'https://kajiwoto.com/': 'kajiwoto-ai',
  'https://www.ocoya.net/': 'ocoya',
  'https://logojoy.com/': 'looka',
  'https://www.othersideai.com/': 'hyperwrite',
  'https://docsgpt.arc53.com/': 'docsgpt',
  'https://youai.ai/mindstudio': 'mindstudio',
  'https://vo.codes/': 'fakeyou',
  'https://octoml.ai/': 'octoai',
  'https://inferkit.com/': 'inferkit',
  'https://labs.kagi.com/fastgpt': 'kagi-fastgpt',
  'https://www.myheritage.co.il/deep-nostalgia': 'deep-nostalgia',
  'https://www.shengshu-ai.com/vidu': 'vidu',
  'https://www.w.ai/': 'wombo',
  'https://w.ai/': 'wombo',
  // Left over from the tenth pass
  'https://promptimize.ai/': 'promptimize-extension',
  'https://mcpsuperassistant.ai/': 'mcp-superassistant-extension',
  'https://readfrog.mengxi.work/': 'read-frog-extension',
};

const STAY_UNCLASSIFIED = [
  // parents and sibling paths of the page-level claims
  'https://actionpower.kr/', // ActionPower's own site, not the Daglo API page
  'https://actionpower.kr/daglo-api-x',
  'https://www.ncloud.com/', // NAVER Cloud's general cloud
  'https://www.ncloud.com/product/compute/server',
  'https://www.ncloud.com/product/aiService/clovaStudioX',
  'https://navercorp.com/', // Naver's corporate site
  'https://navercorp.com/en/tech',
  'https://yandex.cloud/ru/docs/compute', // Yandex Cloud's other documentation
  'https://yandex.cloud/en/docs/',
  'https://yandex.cloud/ru-kz/docs/compute',
  'https://yandex.cloud/en/docs/foundation-models-x',
  'https://labs.kagi.com/', // Kagi's other experiments
  'https://labs.kagi.com/fastgpt-x',
  'https://www.myheritage.co.il/', // the genealogy site itself
  'https://www.myheritage.co.il/research',
  'https://www.shengshu-ai.com/', // ShengShu's company pages beside the Vidu page
  'https://www.shengshu-ai.com/vidu-x',
  'https://arc53.com/', // DocsGPT's maker's own site
  'https://mengxi.work/', // the personal domain Read Frog's site lives under
  'https://blog.mengxi.work/',
  // label look-alikes and general neighbours
  'https://aw.ai/',
  'https://w.ai.example.com/',
  'https://leya.law.example.com/',
  'https://www.bcg.com/', // the consultancy ChatBCG was named after
  'https://otherside.xyz/', // a metaverse, not OthersideAI
  'https://deepwisdom.com/',
  'https://talently.com/',
  'https://ziptie.com/',
  'https://youai.ai.example.net/',
  'https://audiostrip.co/',
];

describe('aliases and second hosts of existing entries (session 12)', () => {
  it('classifies every added host or page to its own entry', () => {
    expectEachClassifiedAs(ADDED, { api: true });
  });

  it('leaves the general sites, parents, sibling paths and look-alikes around them unclassified', () => {
    expectNoneClassified(STAY_UNCLASSIFIED);
  });
});
