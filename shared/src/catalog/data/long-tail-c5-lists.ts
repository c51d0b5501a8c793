// Fifth pass (CHECKED_3): AI tools named by more pinned lists (generative-AI lists by Mrkomiljon, natnew and kwokwile,
// ercolesptr's older fork of steven2358's list, lihongzhai's CSV) and three AI-named rows of the 1000-AI collection
// known to be live products. Kept only when the host is the AI product itself. Each row cites the list file that
// names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5ListsTools: Tool[] = defineTools('productivity', [
  { id: 'gptgeminigrok-ai', name: 'GPTGeminiGrok.AI', vendor: 'trygrokai.asia', category: 'chat', domains: ['trygrokai.asia'], source: listed('mrkomiljon', 'docs/text-to-image.md') },
  { id: 'secondbrain-fyi', name: 'SecondBrain', vendor: 'SecondBrain', category: 'agents', domains: ['secondbrain.fyi'], source: listed('natnew') },
  { id: 'magicform', name: 'MagicForm', vendor: 'MagicForm', category: 'agents', domains: ['magicform.ai'], source: listed('natnew') },
  { id: 'candide-ai', name: 'Candide', vendor: 'Candide', category: 'agents', domains: ['candide.ai'], source: listed('natnew') },
  { id: 'pandorabots', name: 'Pandorabots', vendor: 'Pandorabots', category: 'agents', domains: ['home.pandorabots.com'], source: listed('natnew') },
  { id: 'pygma', name: 'Pygma', vendor: 'Pygma', category: 'coding', domains: ['pygma.app'], source: listed('ercolesptr') },
  { id: 'llama-api', name: 'Llama API', vendor: 'Llama API', category: 'developer-platform', domains: ['llama-api.com'], source: listed('mrkomiljon', 'docs/more_detailed.md') },
  { id: 'chooch', name: 'Chooch', vendor: 'Chooch', category: 'developer-platform', domains: ['chooch.com'], source: listed('mrkomiljon', 'docs/more_detailed.md') },
  { id: 'sharpapi', name: 'SharpAPI', vendor: 'SharpAPI', category: 'developer-platform', domains: ['sharpapi.com'], source: listed('mrkomiljon', 'docs/more_detailed.md') },
  { id: 'lycee-ai', name: 'Lycee AI', vendor: 'Lycee AI', category: 'productivity', domains: ['lycee.ai'], source: listed('natnew') },
  { id: 'k-explorer', name: 'K-Explorer', vendor: 'K-Explorer', category: 'coding', domains: ['k-explorer.ai'], source: listed('natnew') },
  { id: 'fronty', name: 'Fronty AI', vendor: 'Fronty', category: 'coding', domains: ['fronty.com'], source: listed('natnew') },
  { id: 'hiredscore', name: 'HiredScore', vendor: 'HiredScore', category: 'productivity', domains: ['hiredscore.com'], source: listed('natnew') },
  { id: 'attract-ai', name: 'Attract', vendor: 'Attract', category: 'productivity', domains: ['attract.ai'], source: listed('natnew') },
  { id: 'effy-ai', name: 'Effy', vendor: 'Effy', category: 'productivity', domains: ['effy.ai'], source: listed('natnew') },
  { id: 'adaline', name: 'Adaline', vendor: 'Adaline', category: 'developer-platform', domains: ['adaline.ai'], source: listed('natnew') },
  { id: 'foldify', name: 'Foldify', vendor: 'Foldify', category: 'productivity', domains: ['foldify.ai'], source: listed('natnew') },
  { id: 'traq-ai', name: 'Traq.ai', vendor: 'Traq.ai', category: 'meeting', domains: ['traq.ai'], source: listed('yousefebrahimi0') },
  { id: 'solidpoint', name: 'Solidpoint', vendor: 'Solidpoint', category: 'productivity', domains: ['solidpoint.ai'], source: listed('yousefebrahimi0') },
  { id: 'charavox', name: 'CharaVox', vendor: 'CharaVox', category: 'audio', domains: ['charavox.com'], source: listed('mrkomiljon') },
  { id: 'rao-edits', name: 'Rao Edits', vendor: 'Rao Edits', category: 'image', domains: ['raoedits.top'], source: listed('mrkomiljon', 'docs/text-to-image.md') },
  { id: 'llasa-tts', name: 'Llasa-TTS', vendor: 'Llasa TTS', category: 'audio', domains: ['llasatts.com'], source: listed('mrkomiljon', 'docs/tts.md') },
  { id: 'evoke-music', name: 'Evoke', vendor: 'Evoke Music', category: 'audio', domains: ['evokemusic.ai'], source: listed('natnew') },
  { id: 'pvid', name: 'PVID', vendor: 'PVID', category: 'video', domains: ['pvid.app'], source: listed('natnew') },
  { id: 'ltx-model', name: 'LTX', vendor: 'Lightricks', category: 'video', domains: ['ltx.io'], source: listed('kwokwile', 'data/tools.json') },
  { id: 'meijian', name: '美间', vendor: '美间', category: 'image', domains: ['meijian.com'], source: listed('lihongzhai', 'ai_tools.md'), region: 'china' },
  { id: 'ggpredict', name: 'GGPredict', vendor: 'GGPredict', category: 'productivity', domains: ['ggpredict.io'], source: listed('yousefebrahimi0'), region: 'europe' },
], { checked: CHECKED_3 });
