// Fifth pass over the pinned lists (CHECKED_3): tools made for one region that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5RegionalTools: Tool[] = defineTools('chat', [
  { id: 'smoothride', name: 'SmoothRide', vendor: 'SmoothRide', category: 'productivity', domains: ['smoothri.de'], source: listed('steven2358', 'DISCOVERIES.md'), region: 'europe' },
  { id: 'free-tegami-tools', name: 'Free Tegami Tools', vendor: 'Free Tegami Tools', category: 'writing', domains: ['free-tegami-tools.jp'], source: listed('eudk'), region: 'japan' },
  { id: 'threedee-3d-bust-maker', name: 'ThreeDee 3D Bust Maker', vendor: 'ThreeDee', category: 'image', urlPrefixes: ['www.threedee.design/products/3d-bust-maker', 'threedee.design/products/3d-bust-maker'], source: listed('eudk'), region: 'europe' },
  { id: 'mara-review-reply', name: 'Mara AI Review Reply Assistant', vendor: 'Mara Solutions', category: 'writing', domains: ['mara-solutions.com'], source: listed('yousefebrahimi0'), region: 'europe' },
  { id: 'autopredict', name: 'AutoPredict', vendor: 'AutoPredict', category: 'productivity', domains: ['autopredict.co.uk'], source: listed('yousefebrahimi0'), region: 'europe' },
  { id: 'suenagringo', name: 'SuenaGringo AI', vendor: 'SuenaGringo', category: 'writing', domains: ['suenagringo.com'], source: listed('yousefebrahimi0'), region: 'latam' },
  { id: 'vee-ai', name: 'Vee', vendor: 'Vee', category: 'agents', domains: ['vee.ai'], source: listed('yousefebrahimi0'), region: 'europe' },
  { id: 'ai-tools-cn-resume', name: 'AI简历-求职帮手', vendor: 'ai-tools.cn', category: 'writing', urlPrefixes: ['ai-tools.cn/resume'], source: listed('lihongzhai', 'ai_tools.md'), region: 'china' },
], { checked: CHECKED_3 });
