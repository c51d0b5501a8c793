// Traps beside the hosts the thirteenth regional pass added (data/regional-c13-world.ts) and the aliases it gave existing
// entries (Manus, Mixedbread, Albert, Almawave, ChatBot, Yandex AI Studio, Huawei Cloud MaaS, AiHubMix): the general sites of
// the companies behind them, the parents and sibling paths of the new prefixes, namesakes, and label-boundary shapes.
// Every one must stay unclassified, and every new host or page must classify to its own entry.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const ADDED: Record<string, string> = {
  // New entries.
  'https://www.rd.ntt/e/research/LLM_tsuzumi.html': 'ntt-tsuzumi',
  'https://mts.ai/': 'mts-ai',
  'https://mts.ai/ru/product/generative-ai-solutions/cotype-user-doc': 'mts-ai',
  'https://console.streamlake.com/wanqing': 'streamlake-wanqing',
  'https://console.streamlake.com/console/wanqing/api-key': 'streamlake-wanqing',
  'https://www.streamlake.com/document/WANQING/me6ymdjrqv8lp4iq0o9': 'streamlake-wanqing',
  'https://neuroapi.host/docs/getting-started': 'neuroapi',
  'https://neuroapi.host/faq': 'neuroapi',
  'https://neurix.ru/': 'neurix',
  'https://www.neurix.ru/': 'neurix',
  'https://www.cbot.ai/an-overview-of-chatbot/': 'cbot',
  'https://cbot.ai/': 'cbot',
  'https://docs.knovvu.com/docs/analytics-components': 'knovvu',
  'https://knovvu.com/': 'knovvu',
  // Aliases.
  'https://docs.iapp.co.th/': 'iapp-ai',
  'https://manus.ai/': 'manus',
  'https://open.manus.ai/': 'manus',
  'https://mixedbread.ai/docs': 'mixedbread',
  'https://api.mixedbread.ai/v1/embeddings': 'mixedbread',
  'https://playground.albert.gouv.fr/': 'albert-api',
  'https://aiwave.ai/': 'almawave',
  'https://www.aiwave.ai/velvet-14b': 'almawave',
  'https://botengine.ai/': 'chatbot-com',
  'https://yandex.cloud/ru/docs/ai-studio/concepts/api': 'yandex-ai-studio',
  'https://yandex.cloud/docs/foundation-models/text-generation/api-ref/TextGeneration/completion':
    'yandex-ai-studio',
};

const API_ADDED: Record<string, string> = {
  'https://api.albert.gouv.fr/v1/chat/completions': 'albert-api',
  'https://api-ap-southeast-1.modelarts-maas.com/v1/chat/completions': 'huawei-cloud-maas',
  'https://infer-modelarts-ap-southeast-1.modelarts-infer.com/v1/infers/abc/v1/chat/completions':
    'huawei-cloud-maas',
  'https://api.inferera.com/v1/chat/completions': 'aihubmix',
  'https://neuroapi.host/v1/chat/completions': 'neuroapi',
  'https://wanqing.streamlakeapi.com/api/gateway/v1/endpoints/ep-1/claude-code-proxy': 'streamlake-wanqing',
};

const GENERAL_SITES_BESIDE_AI = [
  // NTT: its research site, other research pages and the group's sites.
  'www.rd.ntt',
  'https://www.rd.ntt/e/research/',
  'https://www.rd.ntt/e/research/JN202311_23819.html',
  'group.ntt',
  'www.ntt.com',
  'www.nttdata.com',
  // MTS: the telecom and its cloud, and label look-alikes of the AI company's host.
  'mts.ru',
  'www.mts.ru',
  'mws.ru',
  'mts.ai.example.com',
  'xmts.ai',
  // Albert: the French government's other sites and the portal parent.
  'albert.gouv.fr',
  'www.etalab.gouv.fr',
  'www.proconnect.gouv.fr',
  'playground.gouv.fr',
  'partenaires.proconnect.gouv.fr',
  // Mixedbread and Almawave: label look-alikes.
  'mixedbread.ai.example.com',
  'notaiwave.ai',
  'aiwave.ai.example.com',
  // ChatBot: the chat and help-desk products of the same vendor that are not AI-first, and a look-alike.
  'www.livechat.com',
  'www.helpdesk.com',
  'botengine.ai.example.com',
  // Alibaba Cloud: its documentation centres (Model Studio's documentation stays unclaimed too: the twelfth lists-e
  // pass keeps one of its pages as a trap), and the portals.
  'help.aliyun.com',
  'https://help.aliyun.com/zh/model-studio/getting-started/models',
  'https://help.aliyun.com/zh/pai/user-guide/general-environment-variables',
  'https://www.alibabacloud.com/help/en/',
  'https://www.alibabacloud.com/help/ja/model-studio/',
  'www.alibabacloud.com',
  'www.aliyun.com',
  // Yandex Cloud: other services' documentation beside AI Studio's.
  'https://yandex.cloud/ru/docs/compute/',
  'https://yandex.cloud/docs/compute/',
  'https://yandex.cloud/ru/docs/',
  'yandex.cloud',
  // NeuroAPI and Neurix: label look-alikes.
  'neuroapi.host.example.com',
  'xneuroapi.host',
  'neurix.ru.example.com',
  // Knovvu: the maker's company site and label look-alikes.
  'sestek.com',
  'www.sestek.com',
  'knovvu.com.example.com',
  // iApp: the company site beside its AI portal and documentation.
  'iapp.co.th',
  'www.iapp.co.th',
  // Cbot: label look-alikes.
  'cbot.ai.example.com',
  'xcbot.ai',
  // Manus: label look-alikes.
  'manus.ai.example.com',
  'notmanus.ai',
  // StreamLake: Kuaishou's video cloud beside the Wanqing model platform, and its other consoles and documentation.
  'www.streamlake.com',
  'streamlake.com',
  'console.streamlake.com',
  'https://console.streamlake.com/console/',
  'https://www.streamlake.com/document/',
  'streamlakeapi.com',
  'www.kuaishou.com',
  // Huawei Cloud and AiHubMix: the parents of the new API hosts.
  'modelarts-maas.com',
  'modelarts-infer.com',
  'www.huaweicloud.com',
  'inferera.com',
  // AWS IQ, AWS's expert marketplace: a namesake of Amazon Q's guessed host.
  'iq.aws.amazon.com',
];

describe('look-alikes beside the thirteenth regional pass', () => {
  it('leaves general sites, parents, sibling paths and label look-alikes unclassified', () => {
    expectNoneClassified(GENERAL_SITES_BESIDE_AI);
  });

  it('finds every new host and page as its own entry', () => {
    expectEachClassifiedAs(ADDED);
    expectEachClassifiedAs(API_ADDED, { api: true });
  });
});
