// Twelfth regional pass (issue 15, 2026-12-06): Chinese AI platforms from PingPig/china-ai-landscape
// (src/data/projects.json, 76 projects with their sites; MIT licence file at the pinned commit). Only facts (name,
// host) were taken; the rows are ours. All 73 sites outside GitHub were classified first: 33 already matched (DeepSeek,
// Zhipu, Baichuan, Kimi, MiniMax, Doubao, ERNIE, Tongyi, Lingma, MarsCode, Kling, Jimeng, Manus, Tiangong, StepFun, Coze,
// Tingwu, Vidu, 01.AI, InternLM, MiniCPM, Dify, Hunyuan, SuperCLUE, Zilliz, Jina, Fish Audio, CodeGeeX, Hailuo, Metaso,
// ...). Added: the evaluation platforms, the ColossalAI site, and three clouds' machine-learning platforms as URL
// prefixes on their product pages (never the clouds' whole domains).
// Left out: AI chips (Ascend, Cambricon, Horizon, Biren, Enflame, Moore Threads), robots and driving (Unitree, UBTech,
// Fourier, AgiBot, Galbot, Pony.ai, WeRide, Momenta, Apollo, Hesai, Huawei ADS), deep-learning frameworks' sites
// (PaddlePaddle, MindSpore), data-labelling firms (Longmao, BasicFinder, Speechocean), general sites and clouds
// (baidu.com, meitu.com, huawei.com, antgroup.com, volcengine.com, cloud.baidu.com), a research institute's home page
// (baai.ac.cn), the makers' corporate sites (sensetime.com, iflytek.com), Qwen's documentation on Read the Docs (a shared
// host), and `devinsuite.com`, which the data names as Ant Group's coding assistant but nothing else confirms. Hosts of
// products already here, handed over as aliases: `www.deepwisdom.ai` (MetaGPT's maker; mgx) and `www.realai.ai`
// (realai-cn).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const projects = listed('pingpigchina', 'src/data/projects.json');

export const regionalC12ChinaTools: Tool[] = defineTools(
  'developer-platform',
  [
    { id: 'flageval', name: 'FlagEval', vendor: 'BAAI', domains: ['flageval.baai.ac.cn'], source: projects },
    { id: 'opencompass', name: 'OpenCompass (CompassRank)', vendor: 'Shanghai AI Laboratory', domains: ['opencompass.org.cn'], source: projects },
    // The framework's site; ColossalChat keeps its own subdomain (colossal-chat).
    { id: 'colossal-ai', name: 'Colossal-AI', vendor: 'HPC-AI Tech', domains: ['colossalai.org'], source: projects },
    { id: 'alibaba-cloud-pai', name: 'Alibaba Cloud PAI', vendor: 'Alibaba Cloud', urlPrefixes: ['www.aliyun.com/product/bigdata/learn'], source: projects },
    { id: 'tencent-cloud-ti', name: 'Tencent Cloud TI Platform', vendor: 'Tencent Cloud', urlPrefixes: ['cloud.tencent.com/product/ti'], source: projects },
    { id: 'huawei-modelarts', name: 'Huawei Cloud ModelArts', vendor: 'Huawei Cloud', urlPrefixes: ['www.huaweicloud.com/product/modelarts.html'], source: projects },
  ],
  { checked: CHECKED_C12, region: 'china' },
);
