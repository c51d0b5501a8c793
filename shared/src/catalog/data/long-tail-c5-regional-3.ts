// Fifth pass over the pinned lists (CHECKED_3): tools made for one region that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5RegionalTools3: Tool[] = defineTools('chat', [
  { id: 'yao-agents', name: 'Yao Agents', vendor: 'Yao', category: 'agents', domains: ['yaoagents.com'], source: listed('zijianni', 'README.ja.md'), region: 'china' },
  { id: 'duvo', name: 'Duvo', vendor: 'Duvo', category: 'agents', domains: ['duvo.ai'], source: listed('arunagirinathan'), region: 'europe' },
  { id: 'xmacna', name: 'XMACNA Funcionários Digitais', vendor: 'XMACNA', category: 'agents', domains: ['xmacna.ai'], source: listed('arunagirinathan'), region: 'latam' },
  { id: 'hellomatik', name: 'Hellomatik', vendor: 'Hellomatik', category: 'agents', domains: ['hellomatik.com'], source: listed('zijianni', 'CHANGELOG.md'), region: 'europe' },
  { id: 'coderplan', name: 'CoderPlan', vendor: 'CoderPlan', category: 'developer-platform', domains: ['coderplan.ai'], source: listed('zijianni', 'README.ja.md'), region: 'china' },
  { id: 'meitu-designkit', name: '美图设计室', vendor: 'Meitu', category: 'image', domains: ['designkit.cn'], source: listed('embraceagi', 'docs/AI_tools.md'), region: 'china' },
  { id: 'weekly-report-generator', name: '周报生成器', vendor: 'avemaria.fun', category: 'writing', domains: ['weeklyreport.avemaria.fun'], source: listed('embraceagi', 'docs/ChatGPT_tools.md'), region: 'china' },
  { id: 'askai-ws', name: 'AskAI', vendor: 'askai.ws', category: 'chat', domains: ['askai.ws'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
  { id: 'freegpt-one', name: 'FreeGPT', vendor: 'freegpt.one', category: 'chat', domains: ['freegpt.one'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
  { id: 'qachat', name: 'QAChat', vendor: 'qachat.cn', category: 'chat', domains: ['qachat.cn'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
  { id: '94gpt', name: '94GPT', vendor: '94gpt.com', category: 'chat', domains: ['94gpt.com'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
  { id: 'forchange-chat', name: 'ForChange Chat', vendor: 'forchange.cn', category: 'chat', domains: ['chat.forchange.cn'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
  { id: '51buygpt-chat', name: '51BuyGPT Chat', vendor: '51buygpt.com', category: 'chat', domains: ['chat.51buygpt.com'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
  { id: 'ninvfeng-chat', name: 'ninvfeng Chat', vendor: 'ninvfeng', category: 'chat', domains: ['chat.ninvfeng.xyz'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
  { id: 'xeasy-chat', name: 'xeasy Chat', vendor: 'xeasy.me', category: 'chat', domains: ['chat2.xeasy.me'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
  { id: 'yqcloud-chat', name: 'yqcloud Chat', vendor: 'yqcloud.top', category: 'chat', domains: ['dev.yqcloud.top'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
  { id: 'lanyun-chater', name: 'Chater', vendor: 'lanyun1103', category: 'chat', domains: ['chater.lanyun1103.top'], source: listed('embraceagi', 'examples/free_chatgpt_website.md'), region: 'china' },
], { checked: CHECKED_3 });
