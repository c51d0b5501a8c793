// Look-alikes beside the hosts the twelfth-session fetch pass over Asian lists (fetch-c) took from
// WangRongsheng/awesome-LLM-resourses langgenius/dify-official-plugins and langbot-app/LangBot (data/long-tail-c12-fc.ts): every new host classifies to its own entry; the
// leaderboards, directories, mirrors and general clouds the list names beside them, the parents and siblings of the
// Baidu subdomain, and label-boundary look-alikes stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const EXPECTED: Record<string, string> = {
  'https://appbuilder.cloud.baidu.com/': 'baidu-appbuilder',
  'https://appbuilder.cloud.baidu.com/s/home': 'baidu-appbuilder',
  'https://modelers.cn/': 'modelers-cn',
  'https://modelers.cn/models': 'modelers-cn',
  'https://opencsg.com/': 'opencsg',
  'https://www.opencsg.com/models': 'opencsg',
  'https://ant-ling.com/': 'ant-ling',
  'https://chat.ant-ling.com/': 'ant-ling',
  'https://developer.ant-ling.com/': 'ant-ling',
  'https://gpustack.ai/': 'gpustack',
  'https://docs.gpustack.ai/latest/': 'gpustack',
  'https://mineru.net/': 'mineru',
  'https://www.paddleocr.ai/': 'paddleocr',
  'https://somark.cn/workbench/purchase': 'somark',
  'https://somark.ai/': 'somark',
  'https://vessl.ai/': 'vessl-ai',
  'https://docs.vessl.ai/': 'vessl-ai',
  'https://lemonade-server.ai/': 'lemonade-server',
  'https://www.mixedbread.com/': 'mixedbread',
  'https://mixedbread.com/': 'mixedbread',
  'https://console.seltz.ai/': 'seltz',
  'https://api.tokenlab.sh/v1': 'tokenlab',
  'https://router.shengsuanyun.com/api/v1/chat/completions': 'shengsuanyun',
};

const GENERAL_SITES_LISTED_BESIDE_AI = [
  'https://langyb.com/',
  'https://lyihub.com/',
  'https://llmpricecheck.com/',
  'https://mcp.so/',
  'https://mcp.ad/',
  'https://www.pulsemcp.com/',
  'https://sharemcp.cn/',
  'https://mcpstore.co/',
  'https://hf-mirror.com/',
  'https://autogen-studio.com/',
  'https://waytoagi.feishu.cn/wiki',
  'https://www.cnblogs.com/',
  'https://blog.csdn.net/',
  'https://serpapi.com/',
  'https://www.searchapi.io/',
  'https://serply.io/',
  'https://spider.cloud/',
  'https://www.jiandaoyun.com/',
  'https://www.yuque.com/',
  'https://baserow.io/',
  'https://open.feishu.cn/',
  'https://open.dingtalk.com/',
  'https://lbs.tianditu.gov.cn/',
  'https://paddleocr.aistudio-app.com/',
];

const PARENTS_AND_SIBLINGS = [
  'https://cloud.baidu.com/',
  'https://cloud.baidu.com/product/bos.html',
  'https://console.bce.baidu.com/',
  'https://www.baidu.com/',
  'https://bcc.cloud.baidu.com/',
  'https://www.antgroup.com/',
  'https://tokenlab.sh/',
  'https://www.paddlepaddle.org.cn/',
];

const LABEL_BOUNDARY = [
  'https://myappbuilder.cloud.baidu.com.example.com/',
  'https://appbuilder.cloud.baidu.co/',
  'https://modelers.com/',
  'https://notmodelers.cn/',
  'https://modelers.cn.evil.test/',
  'https://opencsg.net/',
  'https://myopencsg.com/',
  'https://csg.com/',
  'https://antling.com/',
  'https://ant-ling.cn/',
  'https://gpustack.com/',
  'https://mineru.com/',
  'https://miner.net/',
  'https://paddleocr.com/',
  'https://somark.com/',
  'https://vessl.com/',
  'https://vessel.ai/',
  'https://lemonade.com/',
  'https://www.lemonade.com/',
  'https://mixedbread.co/',
  'https://seltz.com/',
  'https://api.tokenlab.shop/',
  'https://shengsuanyun.com.cn/',
  'https://router.shengsuanyun.co/',
];

describe('look-alikes beside the twelfth-session fetch pass over Asian lists (fetch-c)', () => {
  it('finds every new host', () => {
    expectEachClassifiedAs(EXPECTED, { api: true });
  });

  it('leaves directories, mirrors, parents, siblings and label look-alikes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_LISTED_BESIDE_AI, ...PARENTS_AND_SIBLINGS, ...LABEL_BOUNDARY]);
  });
});
