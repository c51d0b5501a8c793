// Twelfth-session fetch pass, Asian lists (fetch-c, issue 15, 2026-12-06). Lists of Chinese, Japanese, Korean and other
// Asian AI tools were fetched by name; most names tried either did not exist here, were already read by earlier passes,
// or carry no licence. Three permissively licensed sources were used (a bilingual Chinese LLM list, and Dify's plugin
// repository and LangBot's model requesters, which name many Chinese model providers), read at the pinned commits; only facts (name, maker,
// host) were taken and the rows are ours. Every product host it names was classified with the catalog first.
// - WangRongsheng/awesome-LLM-resourses (README.md, Apache-2.0): 109 hosts outside GitHub, arXiv and video and social
//   sites, 32 already matched; the rest are courses, books, blogs, papers and project docs. Added three Chinese
//   AI-first platforms: Baidu's AI app builder (its own subdomain of Baidu's cloud) and two Chinese model hubs. Left out:
//   LLM leaderboards and arenas (琅琊榜 langyb.com, 林哥的大模型野榜 lyihub.com), an LLM price comparison
//   (llmpricecheck.com), MCP server directories (mcp.so, mcp.ad, pulsemcp.com, sharemcp.cn, mcpstore.co), a Hugging
//   Face download mirror (hf-mirror.com), an unofficial AutoGen Studio site (autogen-studio.com), general clouds
//   (Volcano Engine's whole site), a Feishu wiki and blogs. Handed over as second hosts of entries already here:
//   arena.lmsys.org (lmarena), www.deerapi.com (deerapi), nousresearch.com (nous-portal).
// Read and not used (no licence file or statement at the commit read): 1c7/chinese-independent-developer,
// chenking2020/FindTheChatGPTer, xianyu110/awesome-chatgpt-project, eryajf/awesome-chatgpt, CLUEbenchmark/SuperCLUE.
// Read and not used (licensed, but no product hosts beyond ones already matched or out of scope):
// AmbroseX/Awesome-AISourceHub (information sources), EmbraceAGI/Awesome-AI-GPTs (ChatGPT store links only),
// louisowen6/NLP_bahasa_resources, luban-agi/Awesome-AIGC-Tutorials, wangxuqi/Prompt-Engineering-Guide-Chinese.
// - langgenius/dify-official-plugins (models/ and tools/ manifests, provider YAML and README files, Apache-2.0): 302
//   hosts, 111 already matched; most of the rest are general SaaS the tool plugins connect to (Slack, HubSpot, Notion,
//   Feishu, DingTalk, Jiandaoyun, Yuque, Baserow, NocoDB…), search and weather APIs, clouds and placeholders. Added the
//   AI-first model providers and AI tools it names: Ant Group's Ling models, GPUStack, MinerU, PaddleOCR,
//   SoMark, the Korean MLOps platform VESSL AI, Lemonade, Mixedbread, Seltz and TokenLab (an API endpoint only); the
//   agents-and-plugins fetch pass read the same plugins the same day, so the seven both added (Ling, GPUStack, MinerU,
//   SoMark, VESSL AI, Mixedbread, Seltz) are kept once, in long-tail-c12-fd.ts. Left
//   out: PaddleOCR's app on Baidu AI Studio's shared app host (paddleocr.aistudio-app.com), Spider (a crawler), SerpApi,
//   SearchApi and Serply (search APIs). Handed over as second hosts of entries already here: cloud.perfxlab.cn as a page host (perfxcloud, which has
//   it as an API endpoint), api.inferera.com (aihubmix,
//   the plugin's default endpoint), ark.eu-west.bytepluses.com (byteplus-modelark), api.modelarts-maas.com and
//   api-ap-southeast-1.modelarts-maas.com (huawei-cloud-maas).
// - langbot-app/LangBot (src/langbot/pkg/provider/modelmgr/requesters/*.yaml, Apache-2.0): 39 hosts, 3 of them local;
//   33 already in the catalog (24 as page hosts, 9 as API endpoints), TokenLab added above from the Dify plugins, and
//   one more added: ShengSuanYun's LLM router (an API endpoint only). Handed over: api.langbot.cloud (langbot).
// yzfly/awesome-chatgpt-zh is EmbraceAGI/awesome-chatgpt-zh under its former name, already pinned as `embraceagi`.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const llmRes = listed('wangrongshengllm');
const dify = (file: string) => listed('difyofficialplugins', file);
const langbot = listed('langbotrequesters', 'src/langbot/pkg/provider/modelmgr/requesters/shengsuanyun.yaml');

export const longTailC12FcTools: Tool[] = defineTools(
  'developer-platform',
  [
    { id: 'baidu-appbuilder', name: 'Baidu AppBuilder', vendor: 'Baidu', domains: ['appbuilder.cloud.baidu.com'], source: llmRes },
    { id: 'modelers-cn', name: 'Modelers (魔乐社区)', vendor: 'Modelers community', domains: ['modelers.cn'], source: llmRes },
    { id: 'opencsg', name: 'OpenCSG', vendor: 'OpenCSG', domains: ['opencsg.com'], source: llmRes },
    // langgenius/dify-official-plugins: model providers and tools, each from the plugin file that names its host.
    { id: 'paddleocr', name: 'PaddleOCR', vendor: 'Baidu (PaddlePaddle)', category: 'productivity', domains: ['paddleocr.ai'], source: dify('tools/paddleocr/provider/paddleocr.yaml') },
    { id: 'lemonade-server', name: 'Lemonade', vendor: 'Lemonade SDK', domains: ['lemonade-server.ai'], region: 'global', source: dify('models/lemonade/README.md') },
    { id: 'tokenlab', name: 'TokenLab', vendor: 'TokenLab', apiEndpoints: ['api.tokenlab.sh'], region: 'global', source: dify('models/openai_api_compatible/README.md') },
    // langbot-app/LangBot: the model requesters.
    { id: 'shengsuanyun', name: 'ShengSuanYun (胜算云)', vendor: 'ShengSuanYun', domains: ['shengsuanyun.com'], apiEndpoints: ['router.shengsuanyun.com'], source: langbot }, // shengsuanyun.com: site (www.) of the "Shengsuanyun" preset, base URL router.shengsuanyun.com/api, in listed('c16providersccswitch', 'src/config/claudeProviderPresets.ts'), CHECKED_C16
  ],
  { checked: CHECKED_C12, region: 'china' },
);
