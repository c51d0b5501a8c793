// Traps beside the rows the twenty-first session's China big-platform pass added (data/regional-c21-chinabig.ts): the
// general cloud sites and the sibling documentation paths beside the claimed AI product paths (Baidu AI Cloud, Tencent
// Cloud, Alibaba Cloud, Huawei Cloud, Volcano Engine, Qiniu), a general cloud API host beside the AI API endpoints, the
// parents of the claimed subdomains (cloud.baidu.com, jd.com), the pages cited on hosts no row claims, the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None
// of them may classify; every new host, path and endpoint must reach its own entry.
//
// At the merge of the twenty-third session: amouree.net (Amouree, an AI companion app) was listed from its own terms
// (data/regional-c23-china6.ts), so its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC21ChinabigTools } from './data/regional-c21-chinabig';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://cloud.baidu.com/', // Baidu AI Cloud, the parent of 客悦's claimed subdomain and doc path
  'https://cloud.baidu.com/doc/BCC/index.html', // Baidu's cloud-server docs, a sibling of the claimed doc paths
  'https://cloud.baidu.com/doc/BOS/index.html', // Baidu's object-storage docs, a sibling of the claimed doc paths
  'https://cloud.baidu.com/theme/E/2493009-38', // the FAQ page 客悦's row cites, on the general site
  'https://baidu.com/', // Baidu's search engine
  'https://www.baidu.com/', // Baidu's search engine
  'https://cloud.tencent.com/', // Tencent Cloud, beside the claimed doc paths
  'https://cloud.tencent.com/document/product/213', // Tencent Cloud's cloud-server docs, a sibling doc path
  'https://cloud.tencent.com/document/product/436', // Tencent Cloud's object-storage docs, a sibling doc path
  'https://www.tencentcloud.com/', // Tencent Cloud's international site
  'https://www.tencentcloud.com/document/product/213', // its cloud-server docs, a sibling doc path
  'https://cvm.tencentcloudapi.com/', // a general Tencent Cloud API host, beside the Hunyuan 3D and video endpoints
  'https://help.aliyun.com/', // Alibaba Cloud's documentation centre
  'https://help.aliyun.com/zh/ecs', // its cloud-server docs, a sibling doc path
  'https://help.aliyun.com/zh/oss', // its object-storage docs, a sibling doc path
  'https://help.aliyun.com/en/open-search/', // OpenSearch's docs, the parent of the AI Search Open Platform path
  'https://www.alibabacloud.com/help/zh/ecs', // the international docs' cloud-server section
  'https://www.aliyun.com/product/ecs', // an Alibaba Cloud product page
  'https://www.huaweicloud.com/', // Huawei Cloud
  'https://support.huaweicloud.com/ecs/index.html', // Huawei Cloud's cloud-server docs, a sibling doc path
  'https://support.huaweicloud.com/usermanual-ecs/ecs_03_0001.html', // a sibling user-manual path
  'https://console.huaweicloud.com/ecm/', // Huawei Cloud's cloud-server console, beside the AgentArts console paths
  'https://www.huaweicloud.com/guide/productsdesc-bms_dbc9f8af34e569e6a9b621c819524199support0_y', // the KooSearch guide page cited, on the general site
  'https://www.volcengine.com/', // Volcano Engine
  'https://www.volcengine.com/docs/6349', // a sibling Volcano Engine doc path
  'https://www.jd.com/', // JD's shop, the parent of AutoBots' claimed subdomain
  'https://jd.com/', // JD's shop, the parent of AutoBots' claimed subdomain
  'https://www.jdcloud.com/', // JD Cloud
  'https://developer.jdcloud.com/', // JD Cloud's developer community
  'https://developer.jdcloud.com/article/4356', // the JD Cloud developer post AutoBots' row cites
  'https://www.qiniu.com/', // Qiniu Cloud
  'https://developer.qiniu.com/kodo', // Qiniu's object-storage docs, a sibling of the Agent API path
];

const SHARED_PLATFORMS = [
  'https://volcengine.github.io/agentkit-sdk-python/content/1.introduction/1.overview.html', // AgentKit's SDK docs on github.io
  'https://zhensherlock.github.io/protocol-launcher/apps/quark.html', // a library's page about Quark on github.io
  'https://aisuda.github.io/aisuda-docs/', // a low-code product's docs on github.io
  'https://amazing-straw-386.notion.site/Song-AI-Privacy-Policy-13e553a5177380d2aa37e27add7b6482', // a policy on notion.site
];

const LEFT_OUT = [
  'https://runtime.agentscope.io/zh/intro.html', // an agent framework's runtime docs
  'https://agentscope.io/', // an agent framework
  'https://github.com/jd-opensource/joyagent-jdgenie', // an open-source agent repository
  'https://github.com/codefuse-ai/codefuse-chatbot', // an open-source repository only
  'https://help.aliyun.com/zh/polardb/polardb-for-mysql/user-guide/db-agent', // a database's AI feature
  'https://help.aliyun.com/zh/maxcompute/user-guide/ai-translate', // a data warehouse's AI function
  'https://help.aliyun.com/zh/functioncompute/product-overview-of-fc-agent-sandbox', // a serverless product's feature
  'https://www.tencentcloud.com/document/product/1229/70681', // a contact centre's voice agents, AI one feature
  'https://help.aliyun.com/zh/aiccs/developer-reference/api-aiccs-2019-10-15-dir-communication-intelligence-engine', // a contact centre, AI one feature
  'https://support.huaweicloud.com/usermanual-dataartsplatform/dataartsplatform_02_0026.md', // a data platform's agent builder
  'https://help.aliyun.com/en/viapi/', // vision APIs whose page names no AI use beyond the brand word
  'https://www.huaweicloud.com/guide/productsdesc-bms_46bd1d3bc2b84030f9202bf9f4603349support0', // a MetaStudio guide page, no product path
  'https://docs.emqx.com/zh/emqx/latest/emqx-ai/rtc-services/volcengine-rtc/api.html', // third-party docs of Volcano Engine's voice AI
  'https://medo.dev/', // Baidu's MeDo, which no result named
  'https://www.codingbuddy.cn/privacy', // a personal developer's monitor for AI coding tools
  'https://www.qipengai.com/', // a studio's AI Q&A site with its policy on the homepage only
  'https://app.tasty-sounds.com/privacy.html', // a toy app's policy, another pass's kind
  'https://nexora.jiacheng.center/policies/privacy-policy.html', // a small multi-model chat app, another pass's kind
  'https://sparkaiweb.com/privacy/', // a small AI chat app with a personal contact, another pass's kind
  'https://portal.byteplus-demo.com/privacy', // a demo portal
];

const NAMESAKES = [
  'https://www.agentrun.com/', // beside AgentRun (agent.run)
  'https://agentrun.ai/', // beside AgentRun (agent.run)
  'https://www.autobots.com/', // beside JD AutoBots (autobots.jd.com)
  'https://www.autobots.ai/', // beside JD AutoBots (autobots.jd.com)
  'https://www.keyue.com/', // beside 客悦 (keyue.cloud.baidu.com)
  'https://www.agentarts.com/', // beside Huawei Cloud AgentArts
  'https://www.agentsphere.com/', // beside Huawei Cloud AgentSphere
  'https://www.koosearch.com/', // beside Huawei Cloud KooSearch
  'https://www.agentbay.com/', // beside Wuying AgentBay
  'https://www.agentkit.com/', // beside Volcano Engine AgentKit
  'https://www.yijian.com/', // beside Baidu Yijian
  'https://www.dataagent.com/', // beside Volcano Engine Data Agent
  'https://www.qiniu.ai/', // beside Qiniu Agent API
  'https://hunyuan3d.com/', // beside Tencent Hunyuan 3D API
];

describe('twenty-first-session China big-platform traps', () => {
  it('adds 18 rows, all in the china region', () => {
    expect(regionalC21ChinabigTools.length).toBe(18);
    expect(regionalC21ChinabigTools.every((t) => catalogRegion(t.id) === 'china')).toBe(true);
    expect(
      regionalC21ChinabigTools.every(
        (t) => t.domains.length + t.urlPrefixes.length + t.apiEndpoints.length > 0,
      ),
    ).toBe(true);
  });

  it('classifies every new host, path and endpoint to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC21ChinabigTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and paths', () => {
    expectEachClassifiedAs({
      'https://keyue.cloud.baidu.com/online': 'baidu-keyue',
      'https://cloud.baidu.com/doc/ky/s/imfnlwi5j': 'baidu-keyue',
      'https://cloud.baidu.com/doc/yijian/s/Kmo8cfnza': 'baidu-yijian',
      'https://cloud.baidu.com/doc/aigallery/s/3mha9zjfy': 'baidu-ai-capability-center',
      'https://www.tencentcloud.com/document/product/1211/65919': 'tencent-cloud-ai-digital-human',
      'https://www.tencentcloud.com/zh/document/product/1211/65919': 'tencent-cloud-ai-digital-human',
      'https://cloud.tencent.com/document/product/1240/118356': 'tencent-cloud-ai-digital-human',
      'https://cloud.tencent.com/document/api/1804/123463': 'tencent-hunyuan-3d-api',
      'https://cloud.tencent.com/document/product/1804/126189': 'tencent-hunyuan-3d-api',
      'https://cloud.tencent.com/document/api/1616/126160': 'tencent-hunyuan-video-api',
      'https://cloud.tencent.com/document/product/1616/130529': 'tencent-hunyuan-video-api',
      'https://cloud.tencent.com/document/product/1814/129423': 'tencent-cloud-agent-runtime',
      'https://help.aliyun.com/zh/outboundbot/llm-outboundbot-scene': 'aliyun-outboundbot',
      'https://help.aliyun.com/zh/agentbay/practice-tutorial-for-agentbay-sdk': 'aliyun-agentbay',
      'https://www.alibabacloud.com/help/tc/agentbay/use-sdk-for-quick-access': 'aliyun-agentbay',
      'https://www.alibabacloud.com/help/ja/open-search/search-platform/user-guide/building-knowledge-base-online-q-a-based-on-rag':
        'aliyun-ai-search-open-platform',
      'https://help.aliyun.com/en/open-search/search-platform/developer-reference/python/':
        'aliyun-ai-search-open-platform',
      'https://support.huaweicloud.com/productdesc-agentarts0/agentarts_03_0002.md': 'huawei-agentarts',
      'https://support.huaweicloud.com/highcode-agentarts/agentarts_10_037.html': 'huawei-agentarts',
      'https://console.huaweicloud.com/agentarts/#/home/overview': 'huawei-agentarts',
      'https://console.huaweicloud.com/versatile/#/home/overview': 'huawei-agentarts',
      'https://support.huaweicloud.com/usermanual-agentsphere/agentsphere_03_0002.md': 'huawei-agentsphere',
      'https://support.huaweicloud.com/api-koosearch/koosearch_06_0002.html': 'huawei-koosearch',
      'https://www.volcengine.com/docs/86681/?lang=zh': 'volcengine-agentkit',
      'https://www.volcengine.com/docs/85637/1588232': 'volcengine-data-agent',
      'https://www.volcengine.com/docs/86760/1927035': 'volcengine-data-agent',
      'https://developer.qiniu.com/agentapi': 'qiniu-agent-api',
      'https://docs.agent.run/docs/tutorial/overview': 'agentrun',
    });
  });

  it('classifies the second hosts added to listed entries at the merge, and not their general parents', () => {
    expectEachClassifiedAs(
      {
        'https://qwencloud.com/': 'alibaba-model-studio',
        'https://docs.qwencloud.com/': 'alibaba-model-studio',
        'https://open.xiling.baidu.com/': 'baidu-xiling',
        'https://adp.tencentcloudapi.com/': 'tencent-cloud-adp',
        'https://adp.intl.tencentcloudapi.com/': 'tencent-cloud-adp',
      },
      { api: true },
    );
    expectNoneClassified([
      'https://cloud.baidu.com/',
      'https://tencentcloudapi.com/',
      'https://qwen-cloud.com/',
    ]);
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
