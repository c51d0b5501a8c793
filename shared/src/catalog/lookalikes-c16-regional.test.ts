// Traps beside the sixteenth session's regional pass (data/regional-c16-regional.ts, the three hosts it gave
// spitch, viettel-ai and supertone, and the documentation path it gave yandex-ai-studio): the general sites the AI
// documentation paths sit on (Tencent Cloud, SecuaaS, Yandex Cloud), the parents of the subdomains it claims, the
// companies behind the products, and namesakes. Every trap must stay unclassified; every new host, prefix and
// endpoint must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC16RegionalTools } from './data/regional-c16-regional';
import { catalogRegion } from './data/regions';

const GENERAL_SITES_AND_SIBLINGS = [
  'https://cloud.tencent.com/', // Tencent Cloud and its other documentation
  'https://cloud.tencent.com/document/product/',
  'https://cloud.tencent.com/document/product/213', // Cloud Virtual Machine
  'https://cloud.tencent.com/document/product/175', // a shorter product number, not a prefix match
  'https://cloud.tencent.com/document/product/17590',
  'https://cloud.tencent.com/document/api/213/15692',
  'https://www.tencentcloud.com/',
  'https://www.tencentcloud.com/document/product/213',
  'https://www.tencentcloud.com/zh/document/product/1255',
  'https://cvm.tencentcloudapi.com/', // other Tencent Cloud API hosts
  'https://tencentcloudapi.com/',
  'https://lke.ap-shanghai.tencentcloudapi.com.example.com/', // a look-alike under another domain
  'https://secuaas.com/', // SecuaaS, a security service: only SecuAI's paths are claimed
  'https://secuaas.com/en/',
  'https://secuaas.com/en/secuaas-platform',
  'https://api.secuaas.com/v1/scans',
  'https://www.cloud-temple.com/', // Cloud Temple, a cloud provider: only its LLM API host is claimed
  'https://api.cloud-temple.com/',
  'https://developers.convert.app.br/', // Convert Company's developer site, beside Vertt AI
  'https://www.antgroup.com/', // Ant Group, LingGuang's maker
  'https://www.inclusion-ai.org/', // Ant's open-source AI site (models and research, no assistant)
  'https://www.advanced-media.co.jp/', // Advanced Media, AmiVoice's maker
  'https://yandex.cloud/ru/docs/yandexgpt-archive', // a sibling path beside the YandexGPT documentation path
  'https://yandex.cloud/ru/docs/', // the rest of Yandex Cloud's documentation
];

const PARENTS_OF_CLAIMED_SUBDOMAINS = [
  'https://amivoice.com/', // the brand site beside the AmiVoice Cloud Platform host
  'https://seoandoh.kr/', // the company site beside its voice and TTS subdomains
  'https://www.seoandoh.kr/',
  'https://ireadcustomer.com/', // beside the API host
  'https://www.ireadcustomer.com/',
  'https://ene.si/', // beside Enesi AI's subdomain
  'https://www.ene.si/',
  'https://haftominhonar.ir/', // beside AiFO's API host
  'https://www.haftominhonar.ir/',
];

const NAMESAKES = [
  'https://swiss-ai.org/', // the Swiss AI Initiative (Apertus), not the Swiss AI Group's API
  'https://www.swiss-ai.org/',
  'https://github.com/baichuan-inc', // the makers' code organisations
  'https://github.com/inclusionAI',
  'https://github.com/two-ai',
];

describe('sixteenth-session regional traps', () => {
  it('adds 40 rows, all but ten with a region', () => {
    expect(regionalC16RegionalTools.length).toBe(40);
    expect(regionalC16RegionalTools.filter((t) => catalogRegion(t.id) === 'global').map((t) => t.id)).toEqual(
      [
        'gpt4bd',
        'balochi-ai',
        'aiphoria',
        'secuai',
        'lemondata',
        'hiapi',
        'dubsmart',
        'apimodels-app',
        'companin',
        'wabotify',
      ],
    );
  });

  it('classifies every new host, prefix and endpoint to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC16RegionalTools), { api: true });
  });

  it('classifies the app, API and documentation hosts the makers name, and the hosts given to existing entries', () => {
    expectEachClassifiedAs(
      {
        'https://ying.ai/?channel=github': 'baixiaoying',
        'https://www.lingguang.com/': 'ant-lingguang',
        'https://cloud.tencent.com/document/product/1759/104214': 'tencent-cloud-adp',
        'https://cloud.tencent.com/document/api/1759/105105': 'tencent-cloud-adp',
        'https://www.tencentcloud.com/zh/document/product/1254/70170': 'tencent-cloud-adp',
        'https://lke.tencentcloudapi.com/': 'tencent-cloud-adp',
        'https://acp.amivoice.com/main/manual/': 'amivoice-api',
        'https://api.two.ai/v2/chat/completions': 'two-ai-sutra',
        'https://developer.two.ai/': 'two-ai-sutra',
        'https://docs.two.ai/docs/features/sutra-streaming': 'two-ai-sutra',
        'https://tts.seoandoh.kr/v1/tts': 'seoandoh-voice',
        'https://api.aipomogator.ru/v1/images/generations': 'aipomogator',
        'https://api.haftominhonar.ir/v1/chat/completions': 'aifo-ir',
        'https://privatai.de/api/v1/chat': 'privatai',
        'https://api.ai.cloud-temple.com/v1/chat/completions': 'cloud-temple-llmaas',
        'https://api.enesi.ai/v1/chat/completions': 'enesi-ai',
        'https://api.swiss-ai.one/api/v1/external/chat/completions': 'swissai-group',
        'https://api.bisakofi.com/api/chat': 'bisakofi',
        'https://vertt.ai/api/v1/transcriptions': 'vertt-ai',
        'https://app.companin.tech/api/v1/assistants/': 'companin',
        'https://secuaas.com/en/secuai/api': 'secuai',
        'https://api.secuaas.com/v1/secuai/chat/completions': 'secuai',
        'https://docs.spi-tch.com/features/transcription': 'spitch',
        'https://vtcc.ai/voice/api/tts/v1/rest/voices': 'viettel-ai',
        'https://docs.supertoneapi.com/ko/docs/text-to-speech/create-speech.md': 'supertone',
        'https://yandex.cloud/ru/docs/yandexgpt/quickstart': 'yandex-ai-studio', // the path given to the entry
        'https://api.staik.se/v1/audio/transcriptions': 'staik',
        'https://api.kallina.ai/v1/agents': 'kallina-ai',
        'https://dubsmart.ai/api/v1/projects/tts': 'dubsmart',
        'https://apimodels.app/api/v1/minimax/voices': 'apimodels-app',
      },
      { api: true },
    );
  });

  it('leaves the general sites, parents and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_AND_SIBLINGS, ...PARENTS_OF_CLAIMED_SUBDOMAINS, ...NAMESAKES]);
  });
});
