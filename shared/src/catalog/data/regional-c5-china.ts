// Fifth pass (CHECKED_3): Chinese AI services that the pinned Chinese lists name at their pinned commits and no entry
// claimed yet (each host diffed against the catalog). General sites those lists also name (Baidu Wenku, Tencent Docs,
// CSDN search, whiteboard, mind-map and design suites) stay out: only their AI sections could be claimed, and the lists
// name none.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const LHZ = listed('lihongzhai', 'ai_tools.csv');

export const regionalC5ChinaTools: Tool[] = defineTools('chat', [
  { id: 'baidu-chengpian', name: 'Chengpian (橙篇)', vendor: 'Baidu', category: 'writing', domains: ['cp.baidu.com'], source: LHZ },
  { id: 'yima-qr', name: 'Yima (艺码)', vendor: 'Yima', category: 'image', domains: ['yima.me'], source: LHZ },
  { id: 'more-rizzai', name: 'Liubai Jishi (留白记事)', vendor: 'Liubai Jishi', domains: ['more-rizzai.com'], source: LHZ },
  { id: 'joinmc', name: 'JoinMC AI customer service', vendor: 'JoinMC', category: 'agents', domains: ['panda.joinmc.cn'], source: LHZ },
  { id: 'lusun-teleprompter', name: 'Lusun AI Teleprompter (芦笋AI提词器)', vendor: 'Lusun', category: 'writing', domains: ['tcq.lusun.com'], source: LHZ },
  { id: 'youdao-read', name: 'Youdao Speed Read (有道速读)', vendor: 'NetEase Youdao', category: 'productivity', domains: ['read.youdao.com'], source: listed('wgwang') },
  { id: 'yuanchengxiang', name: 'Yuanchengxiang (元乘象)', vendor: 'Zhizi Engine', category: 'agents', domains: ['chatimg.aixiaoqingxu.com'], source: listed('wgwang') },
  { id: 'ommodel', name: 'OmModel', vendor: 'Linker Technology', category: 'developer-platform', domains: ['om.linker.cc'], source: listed('wgwang') },
  { id: 'baidu-lingyi', name: 'Lingyi Bot (灵医Bot)', vendor: 'Baidu', category: 'other', domains: ['01.baidu.com'], source: listed('wgwang') },
  { id: 'wenwen-ai-key', name: 'Wenwen API (问问)', vendor: 'Wenwen', category: 'developer-platform', domains: ['key.wenwen-ai.com'], source: listed('dreamtrainer', 'Awesome_LLM_github.md') },
  { id: 'rcrai-pangu', name: 'Recurrent AI Pangu (循环智能盘古)', vendor: 'Recurrent AI', category: 'agents', urlPrefixes: ['www.rcrai.com/product/ai/pangu', 'rcrai.com/product/ai/pangu'], source: listed('wgwang') },
], { checked: CHECKED_3, region: 'china' });
