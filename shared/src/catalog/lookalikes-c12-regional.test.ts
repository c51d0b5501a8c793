// Traps beside the hosts the twelfth regional pass took from Korea AI Map, jmbarrancoml/awesome-european-ai,
// alexandre-darmon/awesome-french-ai, PingPig/china-ai-landscape, Kalahamoon/awesome-persian-ai and Awesome AI By
// Bharat (data/regional-c12-*.ts), and beside a list it read and did not use (Turkish-AI-Community/awesome-ai-tools):
// the general sites of the companies behind the new entries, the parents and siblings of the new subdomain and
// URL-prefix claims, the clouds and general software those lists name beside AI, the companies the pass left out on
// purpose (robo-advisors, identity and fraud suites, general clouds), and label-boundary shapes. Every one must stay
// unclassified, and every new host must classify to its own entry.
//
// At the merge of the twenty-third session: doctrine.fr (Doctrine, a French legal-research platform) was listed from
// its own code of conduct on generative AI, which says the platform uses language models
// (data/long-tail-c23-legal2.ts), so its trap was dropped.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_SITES_BESIDE_AI = [
  // Korea: the groups and operators behind the new entries, and products the pass left out.
  'www.kakaocorp.com',
  'www.kakao.com',
  'kt.com',
  'www.kt.com',
  'www.sktelecom.com',
  'www.lg.co.kr',
  'www.lawcompany.co.kr',
  'vflat.com',
  'www.voyagerx.com',
  'www.getaim.co',
  'www.boolio.co.kr',
  'www.qraftec.com',
  'www.yanolja.com',
  'www.wanted.co.kr',
  'www.mangoboost.io',
  'sdk.mangoboost.io',
  // Europe: general software, identity and fraud suites, clouds and a translation agency named beside AI.
  'framer.com',
  'codesphere.com',
  'www.veriff.com',
  'onfido.com',
  'www.feedzai.com',
  'www.quantexa.com',
  'seedtag.com',
  'www.shippeo.com',
  'scaleway.com',
  'ovhcloud.com',
  'verda.com',
  'northerndata.de',
  'hetzner.com',
  'translated.com',
  'www.vshn.ch',
  // China: clouds and general sites around the new URL prefixes.
  'www.aliyun.com',
  'www.aliyun.com/product/bigdata',
  'www.aliyun.com/product/bigdata/learnmore',
  'cloud.tencent.com',
  'cloud.tencent.com/product/tix',
  'www.huaweicloud.com',
  'www.huaweicloud.com/product/modelartsx.html',
  'www.volcengine.com',
  'cloud.baidu.com',
  'www.baidu.com',
  'www.meitu.com',
  'www.antgroup.com',
  'www.huawei.com',
  'www.baai.ac.cn',
  // France: a health insurer named beside AI labs.
  'alan.com',
  'www.scaleway.com/en/ai-supercomputers',
  // Iran: a marketplace's developer docs, a general cloud, and a software group the pass left out.
  'developers.basalam.com/docs/mcp',
  'arvancloud.ir',
  'partsoftware.com',
  // Korea: a telecom's developer blog and the game company's own site beside its AI lab.
  'kode.kt.com',
  'www.krafton.com',
  // India: the parent university, an agritech platform and a skills programme named beside AI.
  'www.iitm.ac.in',
  'iitm.ac.in',
  'www.cropin.com',
  'www.guvi.in/ai-for-india',
  'indiaai.gov.in',
  // Turkey: general analytics named in the Turkish community's list.
  'tableau.com',
  'lookerstudio.google.com',
];

const LABEL_BOUNDARIES = [
  'notadot.ai',
  'adot.ai.example.com',
  'kanana.ai.example.net',
  'xmaum.ai',
  'mytilde.ai',
  'eurollm.io.evil.com',
  'openeurollm.eu.example.org',
  'vuno.com',
  'nota.ai.example.com',
  'colossalai.org.example.com',
  'avalai.ir.example.com',
  'notmetisai.ir',
  'sktax.chat.example.com',
];

describe('look-alikes beside the twelfth regional pass', () => {
  it('leaves general sites, parents and label-boundary shapes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_BESIDE_AI, ...LABEL_BOUNDARIES]);
  });

  it('finds every new host as its own entry', () => {
    const expected: Record<string, string> = {
      // Korea AI Map
      'https://adot.ai/': 'skt-adot',
      'https://mate.kanana.ai/home': 'kanana-mate',
      'https://www.lgresearch.ai/exaone': 'chatexaone',
      'https://ai.kt.com/': 'k-intelligence-kt',
      'https://tunib.ai/': 'tunib',
      'https://www.maum.ai/': 'maum-ai',
      'https://www.42maru.ai/': 'qa42-42maru',
      'https://moatai.io/': 'moat-tower',
      'https://sionic.ai/': 'sionic-storm',
      'https://www.skelterlabs.com/': 'skelter-labs',
      'https://www.saltlux.com/kor/contents/view.do?mId=71': 'saltlux-luxia',
      'https://www.konantech.com/': 'konan-llm',
      'https://agilesoda.ai/': 'agilesoda',
      'https://motiftech.io/': 'motif-technologies',
      'https://trillionlabs.co/': 'trillion-labs',
      'https://moreh.io/': 'moreh-moai',
      'https://www.nota.ai/netspresso': 'netspresso',
      'https://llmboost.mangoboost.io/': 'llmboost',
      'https://www.superb-ai.com/': 'superb-ai',
      'https://www.aim-intelligence.com/': 'aim-intelligence',
      'https://www.vito.ai/': 'vito-rtzr',
      'https://www.rtzr.ai/': 'vito-rtzr',
      'https://www.gaudiolab.com/': 'gaudio-lab',
      'https://www.pozalabs.com/': 'pozalabs',
      'https://lionrocket.ai/': 'lionrocket',
      'https://illustrious-xl.ai/': 'illustrious-xl',
      'https://allibee.ai/': 'allibee',
      'https://bhsn.ai/': 'allibee',
      'https://bigcase.ai/': 'bigcase',
      'https://www.intellicon.co.kr/': 'intellicon-ulex',
      'https://www.genesislab.ai/': 'genesis-lab-viewinter',
      'https://www.vuno.co/en': 'vuno',
      'https://www.deepnoid.com/en/': 'deepnoid',
      'https://www.corelinesoft.com/en/': 'coreline-aview',
      'https://www.jlkgroup.com/': 'jlk-medihub',
      // jmbarrancoml/awesome-european-ai
      'https://eurollm.io/': 'eurollm',
      'https://openeurollm.eu/': 'openeurollm',
      'https://www.apertus-ai.org/': 'apertus',
      'https://opengpt-x.de/': 'opengpt-x',
      'https://tilde.ai/tildeopen-llm/': 'tilde-ai',
      'https://www.silo.ai/': 'silo-ai',
      'https://nx-ai.com/': 'nxai',
      'https://www.domyn.com/': 'domyn',
      'https://www.almawave.com/': 'almawave',
      'https://sherpa.ai/': 'sherpa-ai',
      'https://www.druidai.com/': 'druid-ai',
      'https://noxtua.com/': 'noxtua',
      'https://specterlaw.ai/': 'specter-law',
      'https://www.jimini.ai/': 'jimini-ai',
      'https://whispp.com/': 'whispp',
      'https://ai-coustics.com/': 'ai-coustics',
      'https://valohai.com/': 'valohai',
      'https://superwise.ai/': 'superwise',
      'https://latticeflow.ai/': 'latticeflow',
      'https://tractable.ai/': 'tractable',
      'https://oxipit.ai/': 'oxipit',
      'https://www.aignostics.com/': 'aignostics',
      'https://quibim.com/': 'quibim',
      'https://sktax.chat/': 'sktax-chat',
      'https://raon.krafton.ai/': 'krafton-ai-raon',
      'https://www.krafton.ai/': 'krafton-ai-raon',
      // alexandre-darmon/awesome-french-ai
      'https://pleias.fr/': 'pleias',
      'https://camembert-model.fr/': 'camembert-model',
      // PingPig/china-ai-landscape
      'https://flageval.baai.ac.cn/': 'flageval',
      'https://opencompass.org.cn/': 'opencompass',
      'https://colossalai.org/': 'colossal-ai',
      'https://chat.colossalai.org/': 'colossal-chat',
      'https://www.aliyun.com/product/bigdata/learn': 'alibaba-cloud-pai',
      'https://cloud.tencent.com/product/ti': 'tencent-cloud-ti',
      'https://www.huaweicloud.com/product/modelarts.html': 'huawei-modelarts',
      // Kalahamoon/awesome-persian-ai
      'https://aizamin.ir/': 'aizamin',
      'https://www.metisai.ir/': 'metis-ai-ir',
      'https://avalai.ir/': 'avalai',
      'https://hooshio.com/': 'hooshio',
      'https://mehparto.ir/': 'mehparto',
      'https://amerandish.com/': 'farsava-amerandish',
      'https://www.iotype.com/api': 'iotype',
      'https://www.iranocr.ir/': 'iran-ocr',
      // Awesome AI By Bharat
      'https://ai4bharat.iitm.ac.in/tools': 'ai4bharat',
      'https://models.ai4bharat.org/#/tts': 'ai4bharat',
      'https://www.niramai.com/': 'niramai',
      // A namesake already here stays its own: Adot (adot.tech) is not SK Telecom's A.
      'https://adot.tech/': 'adot',
    };
    expectEachClassifiedAs(expected);
  });
});
