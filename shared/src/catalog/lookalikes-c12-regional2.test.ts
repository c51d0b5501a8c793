// Traps beside the hosts the twelfth session's second regional pass took from vendors' own pages
// (data/regional-c12b-*.ts): the general sites of the makers and operators behind the new entries, the parents and
// siblings of the new subdomain and URL-prefix claims (NEC's cloud, Singapore's government domains, Yandex's help site),
// products the pass looked at and left out (fobizz, Dataport's LLMoin, the French state's sites), and label-boundary
// shapes. Every one must stay unclassified, and every new host must classify to its own entry.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_SITES_BESIDE_AI = [
  // Germany and Switzerland: the makers' and operators' general sites, and tools left out.
  'fwu.de',
  'www.fwu.de',
  'www.lernen-digital.nrw',
  'schulportal.hessen.de',
  'www.gal-digital.de',
  'selectcode.de',
  'www.innoq.com',
  'innoq.com',
  'fobizz.com',
  'www.fobizz.com',
  'www.dataport.de',
  'www.numerique.gouv.fr',
  'www.info.gouv.fr',
  // Italy, Spain and Sweden: the company site beside SKAI's subdomain and a Swedish bank named like Svea AI.
  'solverkey.es',
  'www.solverkey.es',
  'www.svea.com',
  'svea.com',
  // Japan: NEC's and SoftBank's general sites and NEC's cloud beside cotomi's subdomains.
  'www.nec.com',
  'jpn.nec.com',
  'nec-cloud.com',
  'www.nec-cloud.com',
  'docs.nec-cloud.com',
  'api.nec-cloud.com',
  'www.softbank.jp',
  // Singapore: the government's shared domains beside Pair.
  'gov.sg',
  'www.gov.sg',
  'guides.gov.sg',
  'www.tech.gov.sg',
  'www.mddi.gov.sg',
  // Russia: Yandex's portal, help site and other help sections beside Neurosupport.
  'yandex.ru',
  'ya.ru',
  'yandex.ru/support',
  'yandex.ru/support/webmaster/ru',
  'yandex.ru/support/neurosupportx',
  'yandex.com/support/webmaster/en/yandex-ai',
  'id.yandex.ru',
  'oauth.yandex.ru',
  // Brazil and Vietnam: a messaging platform the new WhatsApp assistant runs on, and a reseller of AI products.
  'www.whatsapp.com',
  'ai.accesstrade.vn',
];

const LABEL_BOUNDARIES = [
  'mytelli.schule.example.com',
  'telli.schule.example.org',
  'notnele.ai',
  'nele.ai.example.com',
  'meingpt.com.evil.com',
  'deinmeingpt.com',
  'deutschlandgpt.de.example.net',
  'omnifact.ai.example.com',
  'innochat.ch.example.com',
  'xcotomi.nec-cloud.com',
  'cotomi.nec-cloud.com.evil.com',
  'sbintuitions.co.jp.example.com',
  'xpair.gov.sg',
  'pair.gov.sg.evil.com',
  'supportgpt.yandex.ru.example.com',
  'onzzyai.com.br.example.com',
  'satria.technology',
  'www.satria.technology',
  'chatbot.satria.technology.example.com',
  'notindigo.ai',
  'indigo.ai.example.com',
  'xavi9.com.evil.com',
  'skai.solverkey.es.example.com',
  'sveaai.se.example.com',
  'larabot.se.example.com',
  'glenngpt.se.example.com',
  'aisamtal.se.example.com',
];

describe('look-alikes beside the twelfth session second regional pass', () => {
  it('leaves general sites, parents and label-boundary shapes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_BESIDE_AI, ...LABEL_BOUNDARIES]);
  });

  it('finds every new host as its own entry', () => {
    const expected: Record<string, string> = {
      'https://telli.schule/': 'telli',
      'https://chat.telli.schule/': 'telli',
      'https://www.telli.schule/faq/': 'telli',
      'https://nele.ai/en/terms-of-use': 'nele-ai',
      'https://www.nele.ai/': 'nele-ai',
      'https://meingpt.com/': 'meingpt',
      'https://docs.meingpt.com/de/privacy-security/privacy-policy': 'meingpt',
      'https://deutschlandgpt.de/technologie': 'deutschlandgpt',
      'https://omnifact.ai/dpa': 'omnifact',
      'https://www.innochat.ch/privacy-policy': 'innochat',
      'https://docs.cotomi.nec-cloud.com/cotomi-api.html': 'nec-cotomi',
      'https://api.cotomi.nec-cloud.com/': 'nec-cotomi',
      'https://docs.genai-api.nec-cloud.com/user-guide/development/api/genai-api.html': 'nec-cotomi',
      'https://www.sbintuitions.co.jp/': 'sb-intuitions',
      'https://pair.gov.sg/': 'pair-gov-sg',
      'https://work.pair.gov.sg/': 'pair-gov-sg',
      'https://supportgpt.yandex.ru/public_docs/redoc': 'yandex-neurosupport',
      'https://yandex.ru/support/neurosupport/ru/access.md': 'yandex-neurosupport',
      'https://www.onzzyai.com.br/': 'onzzy-ai',
      'https://chatbot.satria.technology/terms.html': 'satria-ai-chatbot',
      'https://guide.indigo.ai/getting-started/glossary': 'indigo-ai',
      'https://indigo.ai/': 'indigo-ai',
      'https://www.xavi9.com/terminos-uso': 'xavi9',
      'https://skai.solverkey.es/condiciones': 'solverkey-skai',
      'https://sveaai.se/privacy-policy': 'svea-ai',
      'https://larabot.se/': 'larabot',
      'https://glenngpt.se/': 'glenngpt',
      'https://glenngpt.aisamtal.se/': 'glenngpt',
      'https://aisamtal.se/privacy.html': 'glenngpt',
      // Neighbours already here stay their own entries.
      'https://www.innogpt.de/nutzungsbedingungen': 'innogpt',
      'https://yandex.ru/alice': 'yandex-alice-page',
      'https://www.iaiaz.com/legal/cgu': 'iaiaz',
      'https://www.smartsvar.se/': 'smartsvar',
      'https://ratu.ai/syarat-ketentuan/': 'ratu-ai',
      'https://turkish.ai/signup': 'turkish-ai',
    };
    expectEachClassifiedAs(expected);
  });
});
