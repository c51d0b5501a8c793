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
  { id: 'pandorabots', name: 'Pandorabots', vendor: 'Pandorabots', category: 'agents', domains: ['home.pandorabots.com', 'pandorabots.com'], source: listed('natnew') }, // pandorabots.com (2026-12-06; also covers its A.L.I.C.E. demo at alice.pandorabots.com): listed('jstumppchatbots', 'README.md')
  { id: 'pygma', name: 'Pygma', vendor: 'Pygma', category: 'coding', domains: ['pygma.app'], source: listed('ercolesptr') },
  { id: 'llama-api', name: 'Llama API', vendor: 'Llama API', category: 'developer-platform', domains: ['llama-api.com'], source: listed('mrkomiljon', 'docs/more_detailed.md') },
  { id: 'chooch', name: 'Chooch', vendor: 'Chooch', category: 'developer-platform', domains: ['chooch.com', 'chooch.ai'], source: listed('mrkomiljon', 'docs/more_detailed.md') }, // chooch.ai (2026-12-07, c27 newtopa): Chooch's own page https://chooch.ai/computer-vision/what-does-chooch-mean/ ("Chooch AI", visual AI, edge AI and AI training) and chooch.com/api's calls to apiv2.chooch.ai show the one vendor
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
  // ltx.video (2026-12-05): the LTX-Video model's website, linked as 'Website' (and its blog at website.ltx.video)
  // from Lightricks' own model repository (Lightricks/LTX-Video@5260738e171955b66c0827f9af7e84d68fd1d919 README.md).
  { id: 'ltx-model', name: 'LTX', vendor: 'Lightricks', category: 'video', domains: ['ltx.io', 'ltx.video'], source: listed('kwokwile', 'data/tools.json') },
  { id: 'meijian', name: '美间', vendor: '美间', category: 'image', domains: ['meijian.com'], source: listed('lihongzhai', 'ai_tools.md'), region: 'china' },
  { id: 'ggpredict', name: 'GGPredict', vendor: 'GGPredict', category: 'productivity', domains: ['ggpredict.io'], source: listed('yousefebrahimi0'), region: 'europe' },
  // mvalentsev/awesome-free-ai-coding: model gateways and APIs, with the API hosts the list gives for them.
  { id: 'inception-labs', name: 'Inception Labs (Mercury)', vendor: 'Inception Labs', category: 'developer-platform', domains: ['platform.inceptionlabs.ai', 'inceptionlabs.ai'], apiEndpoints: ['api.inceptionlabs.ai'], source: listed('mvalentsev') }, // inceptionlabs.ai: the provider's documentation URL in listed('anyllm', 'src/any_llm/providers/inception/inception.py'), CHECKED_C16
  { id: 'routeway', name: 'Routeway', vendor: 'Routeway', category: 'developer-platform', domains: ['routeway.ai'], source: listed('mvalentsev') },
  { id: 'bazaarlink', name: 'BazaarLink', vendor: 'BazaarLink', category: 'developer-platform', domains: ['bazaarlink.ai'], source: listed('mvalentsev') },
  { id: 'tokenrouter', name: 'TokenRouter', vendor: 'PaleBlueDot AI', category: 'developer-platform', domains: ['tokenrouter.com'], source: listed('mvalentsev') },
  { id: 'charm-hyper', name: 'Charm Hyper', vendor: 'Charm', category: 'developer-platform', domains: ['hyper.charm.land'], source: listed('mvalentsev') },
  { id: 'scaleway-generative-apis', name: 'Scaleway Generative APIs', vendor: 'Scaleway', category: 'developer-platform', urlPrefixes: ['www.scaleway.com/en/generative-apis'], apiEndpoints: ['api.scaleway.ai'], source: listed('mvalentsev'), region: 'europe' },
  { id: 'ovhcloud-ai-endpoints', name: 'OVHcloud AI Endpoints', vendor: 'OVHcloud', category: 'developer-platform', domains: ['endpoints.ai.cloud.ovh.net'], urlPrefixes: ['www.ovhcloud.com/en/public-cloud/ai-endpoints'], apiEndpoints: ['oai.endpoints.kepler.ai.cloud.ovh.net'], source: listed('mvalentsev'), region: 'europe' }, // endpoints.ai.cloud.ovh.net (the AI Endpoints portal): https://docs.docker.com/ai/docker-agent/providers/ovhcloud.md
  // yantoumu/awesome-ai-video-generation-1: a hosted video-model API.
  { id: 'atlas-cloud', name: 'Atlas Cloud', vendor: 'Atlas Cloud', category: 'developer-platform', domains: ['atlascloud.ai'], apiEndpoints: ['api.atlascloud.ai'], source: listed('yantoumu') },
], { checked: CHECKED_3 });
