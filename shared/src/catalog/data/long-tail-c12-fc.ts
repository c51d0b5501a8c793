// Twelfth-session fetch pass, Asian lists (fetch-c, issue 15, 2026-12-06). Lists of Chinese, Japanese, Korean and other
// Asian AI tools were fetched by name; most names tried either did not exist here, were already read by earlier passes,
// or carry no licence. One permissively licensed list was used, read at the pinned commit; only facts (name, maker,
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
// yzfly/awesome-chatgpt-zh is EmbraceAGI/awesome-chatgpt-zh under its former name, already pinned as `embraceagi`.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const llmRes = listed('wangrongshengllm');

export const longTailC12FcTools: Tool[] = defineTools(
  'developer-platform',
  [
    { id: 'baidu-appbuilder', name: 'Baidu AppBuilder', vendor: 'Baidu', domains: ['appbuilder.cloud.baidu.com'], source: llmRes },
    { id: 'modelers-cn', name: 'Modelers (魔乐社区)', vendor: 'Modelers community', domains: ['modelers.cn'], source: llmRes },
    { id: 'opencsg', name: 'OpenCSG', vendor: 'OpenCSG', domains: ['opencsg.com'], source: llmRes },
  ],
  { checked: CHECKED_C12, region: 'china' },
);
