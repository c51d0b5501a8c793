// Traps beside the fifteenth session's regional pass (data/regional-c15-regional.ts, the two documentation paths it
// gave yandex-ai-studio and the site it gave neosantara-ai): the namesakes of the new national assistants, the parents
// of the subdomains it claims, the general sites the AI documentation lives on (GitVerse, Yandex Cloud), and the
// sibling paths of those sites. Every trap must stay unclassified; every new host
// and prefix must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC15RegionalTools } from './data/regional-c15-regional';
import { catalogRegion } from './data/regions';

const NAMESAKES = [
  'https://www.fanar.gov.qa/', // Qatar's Islamic cultural centre, also called Fanar
  'https://fanar.gov.qa/',
  'https://fanar.com/', // unrelated sites sharing the name
  'https://gap.com/', // the clothing retailer, beside GapGPT
  'https://www.gap.com/',
  'https://bg.wikipedia.org/', // Bulgarian sites beside BgGPT
  'https://www.gov.bg/',
  'https://insait.ai/', // BgGPT's maker, a research institute: its own site is not the assistant
  'https://www.cenia.cl/', // Latam-GPT's coordinating centre: its own site is not the model's
];

const PARENTS_OF_CLAIMED_SUBDOMAINS = [
  'https://mitup.ru/', // MITUP's main site; only its AI subdomain is claimed
  'https://melhor.ia.br/', // the site AssistentIA's subdomain sits on
  'https://lomerezco.com/', // the parent of AgentesIA's API host
  'https://miragemarketingai.com/', // the marketing agency beside its bot subdomain
  'https://www.miragemarketingai.com/',
  'https://sanvikaproduction.com/', // the production company beside its AI service's subdomain
  'https://www.sanvikaproduction.com/',
];

const GENERAL_SITES_AND_SIBLINGS = [
  'https://gitverse.ru/', // Sber's code-hosting site and its other documentation
  'https://gitverse.ru/docs/',
  'https://gitverse.ru/docs/ai/',
  'https://gitverse.ru/docs/repository/',
  'https://gitverse.ru/explore',
  'https://yandex.cloud/', // Yandex Cloud and its non-AI documentation
  'https://yandex.cloud/ru/docs/compute/',
  'https://yandex.cloud/ru-kz/docs/compute/',
  'https://yandex.cloud/docs/storage/',
  'https://yandex.cloud/ru/docs/speechsense-fake', // a sibling path, not the product's
  'https://yandex.ru/',
  'https://ya.ru/',
  'https://www.sberbank.com/',
  'https://developers.sber.ru/',
];

describe('fifteenth-session regional traps', () => {
  it('adds 34 rows, all but five with a region', () => {
    expect(regionalC15RegionalTools.length).toBe(34);
    expect(regionalC15RegionalTools.filter((t) => catalogRegion(t.id) === 'global').map((t) => t.id)).toEqual(
      ['ai-smarttalk', 'orga-ai', 'writetex', 'i18n-agent', 'amanibot'],
    );
  });

  it('classifies every new host and prefix to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC15RegionalTools), { api: true });
  });

  it('classifies the app, API and documentation hosts the makers name', () => {
    expectEachClassifiedAs(
      {
        'https://chat.fanar.qa/': 'fanar',
        'https://api.fanar.qa/v1/chat/completions': 'fanar',
        'https://api.gapgpt.app/v1/chat/completions': 'gapgpt',
        'https://chat.bggpt.ai/': 'bggpt',
        'https://models.bggpt.ai/docs': 'bggpt',
        'https://api.bggpt.ai/v1/chat/completions': 'bggpt',
        'https://gitverse.ru/docs/ai/ai-assistant-gigacode/gigacode-cli/': 'sber-gigacode',
        'https://yandex.cloud/en/docs/speechsense/api-ref/grpc/Project': 'yandex-speechsense',
        'https://yandex.cloud/docs/ai-studio/operations/generation/yandexart-request': 'yandex-ai-studio',
        'https://yandex.cloud/ru-kz/docs/foundation-models/concepts/yandexart': 'yandex-ai-studio',
        'https://docs.neosantara.xyz/en/about/token-credits': 'neosantara-ai', // the second host given to the entry
        'https://neosantara.xyz/': 'neosantara-ai',
        'https://api.aksita.ai/api/chat': 'aksita-ai',
        'https://api.aismarttalk.tech/v1/documents/import': 'ai-smarttalk',
        'https://api.yapayzekachatbot.com/api/chat/message': 'yapayzekachatbot',
        'https://api.myaidepartments.com/v1/account': 'myaidepartments',
        'https://agentesia.lomerezco.com/api/v1/chat': 'agentesia',
        'https://api.hashteelab.com/v1/audio/transcriptions': 'hashtee-lab',
        'https://api.njokalab.com/v1/stt': 'njoka-ai',
        'https://api.ajala.ai/documentation': 'ajala-ai',
        'https://api.amanibot.com/v1/chat/completions': 'amanibot',
      },
      { api: true },
    );
  });

  it('leaves the namesakes and the general sites unclassified', () => {
    expectNoneClassified([...NAMESAKES, ...PARENTS_OF_CLAIMED_SUBDOMAINS, ...GENERAL_SITES_AND_SIBLINGS]);
  });
});
