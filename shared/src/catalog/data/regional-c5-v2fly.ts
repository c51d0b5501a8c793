// Fifth pass (CHECKED_3): hosts in v2fly/domain-list-community's AI categories (`category-ai-!cn`, `category-ai-cn`,
// `category-ai-ru` and the vendor files they include) that no entry claimed. The newest stored snapshot read on
// CHECKED_3 is still the pinned V2FLY_COMMIT, so every row cites `v2flyAt`. Hosts of known products went to their
// entries as aliases or API endpoints (Google AI Studio, Gemini Code Assist, NotebookLM, Google Labs, Antigravity,
// JetBrains AI, Trae, Diandian, ChatGPT's voice host); this file holds the products no entry had. Left out on
// purpose: CDN, static, user-content, telemetry and upload hosts (oaistatic.com, oaiusercontent.com,
// claudeusercontent.com, cursor-cdn.com, poecdn.net, *.blob.core.windows.net, ...), the hosting domains of apps users
// build on Coze and MarsCode (coze.site, cozeapp.net, mcdemo.show, ...), shared LiveKit hosts, Envato's stock
// marketplace (a general site), the Agent Client Protocol's specification site, and ByteDance hosts v2fly lists
// without naming the product (butterflyai.cn, building.fun, instreet.com, doudou.com, yoma.cn, ...).
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, v2flyAt } from './define';

export const regionalC5V2flyTools: Tool[] = defineTools('other', [
  // data/google-deepmind: "Google DeepMind"
  { id: 'google-deepmind', name: 'Google DeepMind', vendor: 'Google', domains: ['deepmind.google', 'deepmind.com'], source: v2flyAt('google-deepmind') },
  // data/openai lists crixet.com among OpenAI's main domains: the LaTeX editor OpenAI bought and relaunched as Prism.
  { id: 'openai-prism', name: 'Prism (Crixet)', vendor: 'OpenAI', category: 'writing', domains: ['crixet.com'], source: v2flyAt('openai') },
  // data/category-ai-!cn
  { id: 'openspec', name: 'OpenSpec', vendor: 'Fission AI', category: 'coding', domains: ['openspec.dev'], source: v2flyAt('category-ai-!cn') },
  { id: 'plannotator', name: 'Plannotator', vendor: 'Plannotator', category: 'coding', domains: ['plannotator.ai'], source: v2flyAt('category-ai-!cn') },
  // data/category-ai-cn
  { id: 'happyhorse', name: 'HappyHorse', vendor: 'Alibaba', category: 'video', domains: ['happyhorse.cn', 'happyshrimp.cn', 'aorizon.cn', 'sleeplesshorizon.cn'], source: v2flyAt('category-ai-cn'), region: 'china' },
  { id: 'safeskill', name: 'SafeSkill', vendor: 'ThreatBook', category: 'developer-platform', domains: ['safeskill.cn'], source: v2flyAt('category-ai-cn'), region: 'china' },
  { id: 'linknet-a2a', name: 'LinkNet', vendor: 'LinkNet', category: 'agents', domains: ['linka2a.net'], source: v2flyAt('category-ai-cn'), region: 'china' },
  { id: 'yzsgo', name: 'Platypus AI (鸭嘴兽AI)', vendor: 'Platypus AI', category: 'productivity', domains: ['yzsgo.com'], source: v2flyAt('category-ai-cn'), region: 'china' },
  { id: 'shunjing-ai', name: 'Shunjing AI (瞬境AI)', vendor: 'Shunjing AI', domains: ['shunjing.xin'], source: v2flyAt('category-ai-cn'), region: 'china' },
], { checked: CHECKED_3 });
