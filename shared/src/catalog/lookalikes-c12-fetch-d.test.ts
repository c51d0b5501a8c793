// Look-alikes beside the hosts the twelfth-session fetch pass (fetch-d) took from caramaschiHG/awesome-ai-agents-2026
// and langgenius/dify-official-plugins (data/long-tail-c12-fd.ts): every new host classifies to its own entry; the general software, benchmarks and news
// sites the list names beside AI products, and label-boundary look-alikes, stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const EXPECTED: Record<string, string> = {
  'https://igpt.ai/': 'igpt-email',
  'https://www.igpt.ai/docs': 'igpt-email',
  'https://crewclaw.com/': 'crewclaw',
  'https://www.credo.ai/': 'credo-ai',
  'https://bifrost.ai/': 'bifrost-ai',
  'https://chat.ant-ling.com/open': 'ant-ling',
  'https://www.mixedbread.com/': 'mixedbread',
  'https://docs.vessl.ai/guides/get-started/llama3-deployment': 'vessl-ai',
  'https://docs.gpustack.ai/': 'gpustack',
  'https://mineru.net/apiManage/token': 'mineru',
  'https://console.seltz.ai/': 'seltz',
  'https://somark.ai/api/v1': 'somark',
  'https://somark.cn/': 'somark',
};

const GENERAL_SITES_LISTED_BESIDE_AI = [
  'https://playcode.io/',
  'https://assembled.com/',
  'https://www.salesmate.io/',
  'https://www.sanvello.com/',
  'https://www.akiliinteractive.com/',
  'https://terminalbench.com/',
  'https://arcprize.org/',
  'https://hol.org/',
  'https://aibtc.news/',
  'https://auditone.io/',
  'https://awesomeagents.ai/',
  'https://www.make.com/',
  'https://www.hubspot.com/',
  'https://airtable.com/',
  'https://spider.cloud/',
  'https://serpapi.com/',
  'https://brightdata.com/',
  'https://www.deerapi.com/', // the relay's site; its API host is an endpoint of the deerapi entry
  'https://www.antgroup.com/',
  'https://paddleocr.aistudio-app.com/',
];

const LABEL_BOUNDARY = [
  'https://gpt.ai/',
  'https://migpt.ai/',
  'https://igpt.ai.example.com/',
  'https://credo.com/',
  'https://credoai.com.example.org/',
  'https://bifrost.com/',
  'https://crewclaw.net/',
  'https://claw.com/',
  'https://ling.com/',
  'https://ant-ling.com.example.net/',
  'https://mixedbread.io/',
  'https://vessl.com/',
  'https://gpustack.com/',
  'https://mineru.com/',
  'https://seltz.com/',
  'https://somark.com/',
];

describe('look-alikes beside the twelfth-session fetch pass, agent lists (fetch-d)', () => {
  it('finds every new host', () => {
    expectEachClassifiedAs(EXPECTED);
  });

  it('leaves general sites and label look-alikes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_LISTED_BESIDE_AI, ...LABEL_BOUNDARY]);
  });
});
