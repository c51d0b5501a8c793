// Chinese assistants and platforms. Consumer services hosted in mainland China keep data there, which is
// what `dataRegions: ['CN']` records; international editions are left unknown unless documented.
import type { Tool } from '../../schemas/tool';
import { defineTools, listed, CHECKED_2, v2flyAt, CHECKED_3 } from './define';

const CN = { dataRegions: ['CN'] };

export const chinaTools: Tool[] = defineTools('chat', [
  { id: 'deepseek', name: 'DeepSeek', vendor: 'DeepSeek', domains: ['deepseek.com'], supplier: { trainsOnInputsByDefault: true, dataRegions: ['CN'] }, source: v2flyAt('deepseek'), checked: CHECKED_3 },
  { id: 'kimi', name: 'Kimi', vendor: 'Moonshot AI', domains: ['kimi.com', 'kimi.ai', 'kimi.moonshot.cn', 'moonshot.ai', 'moonshot.cn'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'moonshot-platform', name: 'Moonshot AI Platform', vendor: 'Moonshot AI', category: 'developer-platform', domains: ['platform.moonshot.ai', 'platform.moonshot.cn'], apiEndpoints: ['api.moonshot.ai', 'api.moonshot.cn'], source: listed('dreamtrainer', 'chinese_ai_plat.md'), checked: CHECKED_2 },
  { id: 'doubao', name: 'Doubao', vendor: 'ByteDance', domains: ['doubao.com'], supplier: CN, source: v2flyAt('doubao'), checked: CHECKED_3 },
  { id: 'dola', name: 'Dola (Cici)', vendor: 'ByteDance', domains: ['dola.com', 'cici.com', 'ciciai.com'], source: v2flyAt('dola'), checked: CHECKED_3 },
  { id: 'maoxiang', name: 'Maoxiang', vendor: 'ByteDance', domains: ['maoxiangai.com'], supplier: CN, source: v2flyAt('doubao'), checked: CHECKED_3 },
  { id: 'volcengine-ark', name: 'Volcano Engine Ark', vendor: 'ByteDance', category: 'developer-platform', urlPrefixes: ['console.volcengine.com/ark', 'www.volcengine.com/product/ark', 'volcengine.com/product/ark'], apiEndpoints: ['ark.cn-beijing.volces.com'], supplier: CN, source: listed('nextchat', 'app/constant.ts'), checked: CHECKED_3 },
  { id: 'qwen', name: 'Qwen (Tongyi Qianwen)', vendor: 'Alibaba', domains: ['qwen.ai', 'qwenlm.ai', 'tongyi.com', 'tongyi.aliyun.com', 'qianwen.com', 'qianwen.aliyun.com', 'qianwenai.com', 'qwen.com'], apiEndpoints: ['qianwen.biz.aliyun.com'], source: v2flyAt('category-ai-cn'), checked: CHECKED_3 }, // qwen.com: listed('radiusmethod', 'llms.csv'); qianwen.biz.aliyun.com, the web chat's dialog API: listed('chatall', 'src/bots/QianWenBot.js')
  { id: 'tongyi-wanxiang', name: 'Tongyi Wanxiang', vendor: 'Alibaba', category: 'image', urlPrefixes: ['tongyi.aliyun.com/wanxiang'], supplier: CN, source: listed('digidai', 'README.md'), checked: CHECKED_3 },
  { id: 'alibaba-model-studio', name: 'Alibaba Cloud Model Studio', vendor: 'Alibaba Cloud', category: 'developer-platform', domains: ['bailian.console.aliyun.com', 'modelstudio.console.alibabacloud.com', 'dashscope.aliyun.com'], apiEndpoints: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com', 'coding.dashscope.aliyuncs.com', 'coding-intl.dashscope.aliyuncs.com', 'dashscope-us.aliyuncs.com'], source: listed('cline', 'apps/vscode/src/shared/api.ts'), checked: CHECKED_3 }, // coding(-intl).dashscope: listed('modelsdev', 'providers/alibaba-coding-plan-cn/provider.toml'), listed('modelsdev', 'providers/alibaba-coding-plan/provider.toml'); dashscope.aliyun.com, DashScope's site: listed('aichat', 'config.example.yaml'); dashscope-us: listed('catwalk', 'internal/providers/configs/alibaba-united-states.json')
  { id: 'quark-cueme', name: 'Quark CueMe', vendor: 'Alibaba', domains: ['cueme.cn'], apiEndpoints: ['cueme-api.quark.cn'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'ant-afu', name: 'Ant Afu', vendor: 'Ant Group', domains: ['antafu.com', 'antaq.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'ernie-bot', name: 'ERNIE Bot (Wenxin Yiyan)', vendor: 'Baidu', domains: ['yiyan.baidu.com', 'ernie.bot', 'wenxiaoyan.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 }, // ernie.bot: listed('radiusmethod', 'llms.csv'); wenxiaoyan.com: listed('kapibala', 'data/navigation.json') (文小言, the ERNIE-based assistant app)
  { id: 'baidu-qianfan', name: 'Baidu Qianfan', vendor: 'Baidu', category: 'developer-platform', urlPrefixes: ['console.bce.baidu.com/qianfan'], apiEndpoints: ['qianfan.baidubce.com', 'aip.baidubce.com'], supplier: CN, source: listed('anythingllm', 'server/utils/agents/aibitat/plugins/web-browsing.js'), checked: CHECKED_3 },
  { id: 'baidu-comate', name: 'Baidu Comate', vendor: 'Baidu', category: 'coding', domains: ['comate.baidu.com'], supplier: CN, source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'miaoda', name: 'Miaoda', vendor: 'Baidu', category: 'coding', domains: ['miaoda.cn'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'dumate', name: 'DuMate', vendor: 'Baidu', category: 'agents', domains: ['dumate.cn'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'faxingbao', name: 'Faxingbao', vendor: 'Baidu', category: 'other', domains: ['faxingbao.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'chatglm', name: 'ChatGLM (Zhipu Qingyan)', vendor: 'Zhipu AI', domains: ['chatglm.cn'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'z-ai', name: 'Z.ai', vendor: 'Zhipu AI', domains: ['z.ai'], apiEndpoints: ['api.z.ai'], source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'zhipu-bigmodel', name: 'Zhipu BigModel Platform', vendor: 'Zhipu AI', category: 'developer-platform', domains: ['bigmodel.cn', 'zhipuai.cn', 'zhipucn.com'], apiEndpoints: ['open.bigmodel.cn'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'codegeex', name: 'CodeGeeX', vendor: 'Zhipu AI', category: 'coding', domains: ['codegeex.cn'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'yuanbao', name: 'Tencent Yuanbao', vendor: 'Tencent', domains: ['yuanbao.tencent.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'hunyuan', name: 'Tencent Hunyuan', vendor: 'Tencent', category: 'developer-platform', domains: ['hunyuan.tencent.com'], apiEndpoints: ['hunyuan.tencentcloudapi.com', 'api.hunyuan.cloud.tencent.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'yuanqi', name: 'Tencent Yuanqi', vendor: 'Tencent', category: 'agents', domains: ['yuanqi.tencent.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'tencent-ima', name: 'ima copilot', vendor: 'Tencent', category: 'search', domains: ['ima.qq.com'], supplier: CN, source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'iflytek-spark', name: 'iFlytek Spark', vendor: 'iFlytek', domains: ['xinghuo.xfyun.cn'], apiEndpoints: ['spark-api-open.xf-yun.com', 'spark-api.xf-yun.com', 'emb-cn-huabei-1.xf-yun.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 }, // spark-api.xf-yun.com: listed('oneapi', 'relay/adaptor/xunfei/domain.go'); emb-cn-huabei-1.xf-yun.com, Spark's embedding API: listed('langchaincommunity', 'libs/community/langchain_community/embeddings/sparkllm.py')
  { id: 'minimax', name: 'MiniMax', vendor: 'MiniMax', domains: ['minimax.io', 'minimaxi.com', 'minimax.chat', 'minimax.ai'], apiEndpoints: ['api.minimax.io', 'api.minimaxi.com', 'api.minimax.chat', 'api.minimaxi.chat'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 }, // minimax.chat: listed('digidai'); minimax.ai: listed('jaylfc'); api.minimaxi.chat: MiniMax's own https://github.com/MiniMax-AI/MiniMax-MCP-JS/blob/00ab7d3a350ef088babb27c6fdebb39fc2836ec4/README.md ("Global Host")
  { id: 'xingye', name: 'Xingye', vendor: 'MiniMax', domains: ['xingyeai.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'baichuan', name: 'Baichuan', vendor: 'Baichuan AI', domains: ['baichuan-ai.com'], apiEndpoints: ['api.baichuan-ai.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'tiangong', name: 'Tiangong AI', vendor: 'Kunlun Tech', domains: ['tiangong.cn', 'tiangong.kunlun.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 }, // tiangong.kunlun.com: listed('lihongzhai')
  { id: 'skywork', name: 'Skywork', vendor: 'Kunlun Tech', category: 'agents', domains: ['skywork.ai'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'xiezuocat', name: 'Xiezuocat', vendor: 'Metaso', category: 'writing', domains: ['xiezuocat.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  // stepfun.ai (2026-12-05): StepFun's international site, where its own Step3 repository posts the model's blog
  // (https://stepfun.ai/research/step3; stepfun-ai/Step3@b0c05a818015b096309e5a63954ffa61aed28f6f README.md); it covers
  // platform.stepfun.ai, which the row listed before.
  { id: 'stepfun', name: 'StepFun (Yuewen)', vendor: 'StepFun', domains: ['stepfun.com', 'yuewen.cn', 'stepfun.ai'], apiEndpoints: ['api.stepfun.com', 'api.stepfun.ai'], supplier: CN, source: listed('ragflow', 'docs/guides/models/supported_models.mdx'), checked: CHECKED_3 }, // platform.stepfun.ai, api.stepfun.ai: listed('modelsdev', 'providers/stepfun-ai/provider.toml')
  { id: 'zero-one-ai', name: '01.AI (Wanzhi)', vendor: '01.AI', domains: ['lingyiwanwu.com', '01.ai'], apiEndpoints: ['api.lingyiwanwu.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'sensechat', name: 'SenseChat', vendor: 'SenseTime', domains: ['chat.sensetime.com', 'sensechat.com'], supplier: CN, source: listed('lihongzhai', 'ai_tools.csv'), checked: CHECKED_2 }, // sensechat.com: listed('radiusmethod', 'llms.csv')
  // mimo.xiaomi.com (2026-12-05): Xiaomi MiMo's own host: MiMo Code, Xiaomi's terminal coding agent for its MiMo
  // models, is listed at https://mimo.xiaomi.com/coder with docs at mimo.xiaomi.com/mimocode/start,
  // listed('mvalentsev', 'registry.yaml') and README.md; only this subdomain is claimed, never xiaomi.com.
  { id: 'xiaomi-mimo', name: 'Xiaomi MiMo', vendor: 'Xiaomi', domains: ['xiaomimimo.com', 'mimo.xiaomi.com'], source: v2flyAt('xiaomi-ai'), checked: CHECKED_3 },
  { id: 'xiaoai', name: 'XiaoAi', vendor: 'Xiaomi', domains: ['xiaoaiassist.com', 'miaibox.com', 'xiaoai.mi.com', 'ai.mi.com'], supplier: CN, source: v2flyAt('xiaomi-ai'), checked: CHECKED_3 }, // *.mi.com: listed('digidai'), listed('lihongzhai')
  { id: 'rwkv', name: 'RWKV', vendor: 'RWKV', category: 'developer-platform', domains: ['rwkv.com', 'rwkv.cn'], source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'askdiandian', name: 'Diandian AI', vendor: 'Xiaohongshu', domains: ['askdiandian.com', 'diandianlife.top'], supplier: CN, source: v2flyAt('askdiandian'), checked: CHECKED_3 }, // diandianlife.top: v2flyAt('askdiandian'), CHECKED_3
  { id: 'aispeech', name: 'AISpeech DUI', vendor: 'AISpeech', category: 'audio', domains: ['aispeech.com', 'dui.ai', 'duiopen.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'wps-ai', name: 'WPS AI', vendor: 'Kingsoft', category: 'writing', domains: ['ai.wps.cn'], supplier: CN, source: listed('lihongzhai', 'ai_tools.csv'), checked: CHECKED_2 },
  { id: 'siliconflow', name: 'SiliconFlow', vendor: 'SiliconFlow', category: 'developer-platform', domains: ['siliconflow.cn', 'siliconflow.com'], apiEndpoints: ['api.siliconflow.cn', 'api.siliconflow.com'], source: listed('continuedev', 'docs/customize/model-providers/more/siliconflow.mdx'), checked: CHECKED_3 },
  { id: 'mcpworld', name: 'MCP World', vendor: 'MCP World', category: 'developer-platform', domains: ['mcpworld.com'], source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'skillhub', name: 'SkillHub', vendor: 'Tencent', category: 'agents', domains: ['skillhub.cn'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'miaoyan', name: 'Miaoyan AI', vendor: 'Miaoyan', category: 'writing', domains: ['miaoyanai.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'zhiexa', name: 'Zhihe AI', vendor: 'Zhihe', category: 'agents', domains: ['zhiexa.com'], supplier: CN, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
], { region: 'china' });
