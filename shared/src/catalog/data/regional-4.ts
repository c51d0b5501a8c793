// Fourth regional pass (CHECKED_3): assistants, model gateways and creative tools made for Russia, Korea, Japan,
// India, the Middle East, Latin America, Africa, South-East Asia and China that the catalog still missed. Each row
// cites the vendor's own product, docs or pricing page (a page, not the bare homepage) or the pinned list naming it.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const regionalTools4: Tool[] = defineTools('chat', [
  // Russia: model gateways that resell access to foreign models (their API hosts are subdomains of these),
  // Yandex's summariser and the Alice product page.
  { id: 'yandex-300', name: 'Yandex Пересказ (300)', vendor: 'Yandex', category: 'productivity', domains: ['300.ya.ru'], source: 'https://300.ya.ru/summary', region: 'russia' },
  { id: 'yandex-alice-page', name: 'Alice AI (product page)', vendor: 'Yandex', urlPrefixes: ['yandex.ru/alice', 'www.yandex.ru/alice', 'ya.ru/alice'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), region: 'russia' }, // the filter list hides Yandex's and ya.ru's header tabs linking /alice (lines 4484-4485); www.yandex.ru/alice is the same page
  { id: 'yandex-speechkit', name: 'Yandex SpeechKit', vendor: 'Yandex', category: 'audio', urlPrefixes: ['yandex.cloud/ru/services/speechkit', 'yandex.cloud/en/services/speechkit'], source: 'https://yandex.cloud/en/docs/speechkit/', region: 'russia' },
  { id: 'vsegpt', name: 'VseGPT', vendor: 'VseGPT', category: 'developer-platform', domains: ['vsegpt.ru'], source: 'https://vsegpt.ru/Docs/API', region: 'russia' }, // VseGPT's own API docs, stored copy read: one OpenAI-compatible API (api.vsegpt.ru) for many providers' neural networks, served from vsegpt.ru
  { id: 'proxyapi', name: 'ProxyAPI', vendor: 'ProxyAPI', category: 'developer-platform', domains: ['proxyapi.ru'], source: 'https://proxyapi.ru/docs/openai-text-generation', region: 'russia' },
  { id: 'aitunnel', name: 'AITunnel', vendor: 'AITunnel', category: 'developer-platform', domains: ['aitunnel.ru'], source: 'https://docs.aitunnel.ru/api/reference.html', region: 'russia' }, // AITUNNEL's own API reference, stored copy read: OpenAI-style access to many AI models through api.aitunnel.ru; docs.aitunnel.ru is under the row's host
  { id: 'gen-api', name: 'GenAPI', vendor: 'GenAPI', category: 'developer-platform', domains: ['gen-api.ru'], source: 'https://gen-api.ru/docs', region: 'russia' },
  { id: 'mashagpt', name: 'MashaGPT', vendor: 'MashaGPT', domains: ['mashagpt.ru'], source: 'https://mashagpt.ru/chat', region: 'russia' },
  { id: 'neurotexter', name: 'Нейротекстер', vendor: 'Neurotexter', category: 'writing', domains: ['neurotexter.ru'], source: 'https://neurotexter.ru/tariffs', region: 'russia' },
  // Korea
  { id: 'luda', name: 'Iruda (Luda)', vendor: 'Scatter Lab', domains: ['luda.ai'], source: 'https://luda.ai/about', region: 'korea' },
  { id: 'qanda', name: 'QANDA', vendor: 'Mathpresso', category: 'productivity', domains: ['qanda.ai'], source: listed('kostja94'), region: 'korea' },
  { id: 'allganize-alli', name: 'Alli', vendor: 'Allganize', category: 'agents', domains: ['allganize.ai'], source: listed('tiorai', 'data/ai-tools.csv'), region: 'korea' }, // names Allganize's enterprise AI platform at allganize.ai
  { id: 'klleon', name: 'Klleon (KLONE)', vendor: 'Klleon', category: 'video', domains: ['klleon.io'], source: 'https://klleon.io/en/klone', region: 'korea' },
  { id: 'tiro', name: 'Tiro', vendor: 'Tiro', category: 'meeting', domains: ['tiro.ooo'], source: 'https://api-docs.tiro.ooo/en/guide/notes/wiki', region: 'korea' }, // Tiro's own docs, stored copy read: meeting recording, transcription and summaries feeding a wiki and AI agents; api-docs.tiro.ooo is under the row's host
  // Japan
  { id: 'ubie', name: 'Ubie AI Symptom Checker', vendor: 'Ubie', category: 'other', domains: ['ubie.app', 'ubiehealth.com'], source: listed('yousefebrahimi0'), region: 'japan' },
  { id: 'nani-translate', name: 'Nani!?', vendor: 'Nani', category: 'translation', domains: ['nani.now'], source: 'https://nani.now/en', region: 'japan' },
  { id: 'mirai-translate', name: 'Mirai Translator', vendor: 'Mirai Translate', category: 'translation', domains: ['miraitranslate.com', 'miraitranslator.com'], source: 'https://miraitranslate.com/en/', region: 'japan' }, // miraitranslator.com: Mirai Translate's Mirai Desktop user manual at https://market.miraitranslator.com/desktop/apps/mirai-ipf.miraitranslator.com/Mirai_Desktop_App_User_Manual.html (the app connects to its MT service there)
  { id: 'ai-picasso-jp', name: 'AI Picasso (Japan)', vendor: 'AI Picasso Inc.', category: 'image', domains: ['aipicasso.app'], source: listed('tiorai', 'data/ai-tools.csv'), region: 'japan' }, // "AI Picasso" at aipicasso.app; also in listed('laylavish', 'noai_hosts.txt')
  { id: 'synthesizer-v', name: 'Synthesizer V', vendor: 'Dreamtonics', category: 'audio', domains: ['dreamtonics.com'], source: 'https://github.com/Dreamtonics/svstudio-scripts/blob/a138a5a8aa0208438700afc74c6f10b6bf31a21b/README.md', region: 'japan' }, // Dreamtonics' own scripting README for Synthesizer V Studio, manual at dreamtonics.com/synthv (stored MCP READMEs call it an AI vocal studio)
  { id: 'japan-ai-chat', name: 'JAPAN AI CHAT', vendor: 'JAPAN AI', domains: ['japan-ai.co.jp'], source: 'https://japan-ai.co.jp/chat/', region: 'japan' },
  { id: 'dx-suite', name: 'DX Suite', vendor: 'AI inside', category: 'productivity', domains: ['inside.ai'], source: listed('llmjp', 'figures/scripts/parameter_size_overview_ja.csv'), region: 'japan' }, // names AI inside's PolySphere LLMs on inside.ai, AI inside's own site (DX Suite is its product there)
  { id: 'shisa-ai', name: 'Shisa AI', vendor: 'Shisa.AI', domains: ['shisa.ai'], source: listed('llmjp'), region: 'japan' },
  // India
  { id: 'kissan-ai', name: 'KissanAI', vendor: 'KissanAI', domains: ['kissan.ai'], source: 'https://kissan.ai/about', region: 'india' },
  { id: 'gupshup', name: 'Gupshup', vendor: 'Gupshup', category: 'agents', domains: ['gupshup.io'], source: 'https://www.gupshup.io/ai-agents', region: 'india' },
  { id: 'kalaido', name: 'Kalaido.ai', vendor: 'Fractal', category: 'image', domains: ['kalaido.ai'], source: 'https://kalaido.ai/about', region: 'india' },
  { id: 'zoho-zia', name: 'Zia', vendor: 'Zoho', category: 'embedded-saas', urlPrefixes: ['zoho.com/zia', 'www.zoho.com/zia'], source: listed('arunagirinathan'), region: 'india' },
  { id: 'reverie', name: 'Reverie', vendor: 'Reverie Language Technologies', category: 'translation', domains: ['reverieinc.com'], source: 'https://github.com/reverieinc/reverie-api-docs/blob/7501592543b0b6747b333f919568b0b45d3d472e/golang/tts/README.md', region: 'india' }, // Reverie's own API samples: its text-to-speech API at revapi.reverieinc.com
  { id: 'devnagri', name: 'Devnagri', vendor: 'Devnagri', category: 'translation', domains: ['devnagri.com'], source: 'https://devnagri.com/pricing/', region: 'india' },
  { id: 'hanooman', name: 'Hanooman', vendor: '3AI Holding / SML', domains: ['hanooman.ai'], source: 'https://hanooman.ai/about', region: 'india' },
  // Middle East
  { id: 'verbit', name: 'Verbit', vendor: 'Verbit', category: 'audio', domains: ['verbit.ai'], source: 'https://verbit.ai/resources/verbits-data-policy', region: 'middle-east' },
  { id: 'anima-app', name: 'Anima', vendor: 'Anima', category: 'coding', domains: ['animaapp.com'], source: listed('aliammari1'), region: 'middle-east' },
  { id: 'aidoc', name: 'Aidoc', vendor: 'Aidoc', category: 'other', domains: ['aidoc.com'], source: listed('tiorai', 'data/ai-tools.csv'), region: 'middle-east' },
  { id: 'pecan', name: 'Pecan AI', vendor: 'Pecan', category: 'developer-platform', domains: ['pecan.ai'], source: 'https://help.pecan.ai/en/articles/15167169-using-your-model-to-schedule-automated-prediction-cycles', region: 'middle-east' }, // Pecan's own help centre, stored copy read: machine-learning prediction models with a predictions agent; help.pecan.ai is under the row's host
  // Latin America and Spain
  { id: 'yalo', name: 'Yalo', vendor: 'Yalo', category: 'agents', domains: ['yalo.com'], source: 'https://docs.yalo.com/yalodocs/docs/glossary', region: 'latam' }, // Yalo's own docs, stored copy read: Yalo Studio's conversational flows, storefront and human-agent transfer for WhatsApp commerce, on docs.yalo.com (2026-12-05)
  { id: 'tess-ai', name: 'Tess AI', vendor: 'Pareto', domains: ['tess.im'], source: 'https://tess.im/glossary.md', region: 'latam' }, // Tess AI's own glossary, stored copy read: agents, models and credits of the TESS AI platform, served from tess.im
  { id: 'jus-ia', name: 'Jus IA', vendor: 'Jusbrasil', category: 'writing', domains: ['ia.jusbrasil.com.br'], source: 'https://ia.jusbrasil.com.br/planos', region: 'latam' },
  { id: 'morada-ai', name: 'Morada.ai', vendor: 'Morada.ai', category: 'agents', domains: ['morada.ai'], source: 'https://morada.ai/produto', region: 'latam' },
  { id: 'clibrain', name: 'Clibrain', vendor: 'Clibrain', domains: ['clibrain.com'], source: 'https://www.clibrain.com/en/products', region: 'europe' },
  { id: 'maisa', name: 'Maisa', vendor: 'Maisa', category: 'agents', domains: ['maisa.ai'], source: 'https://github.com/maisaai/python-sdk/blob/76e020828f9cf7f5d7e481a74ea04ce6f91649bf/README.md', region: 'europe' }, // the vendor's own SDK README: the Maisa REST API documented on docs.maisa.ai (client default api.maisa.ai); Maisa's Hugging Face card calls it an AI knowledge-processing platform
  { id: 'narrativa', name: 'Narrativa', vendor: 'Narrativa', category: 'writing', domains: ['narrativa.com'], source: 'https://www.narrativa.com/generative-ai-platform-user-guide/', region: 'europe' }, // Narrativa's own user guide, stored copy read: its generative AI content automation platform, served from www.narrativa.com
  // Africa
  { id: 'spitch', name: 'Spitch', vendor: 'Spitch', category: 'audio', domains: ['spitch.app'], source: 'https://pypi.org/project/spitch/1.41.2/', region: 'africa' }, // the vendor's own Python library page: Spitch's speech API for African languages, documented at docs.spitch.app
  // api.botlhale.xyz (2026-12-05): the host every call in Botlhale's own API docs goes to (generateAuthToken, asr,
  // tts, startConversation), Botlhale-AI/docs-apis@023589b453cc5a6becaec698a85e9c43352fd35b docs/API.md and
  // docs/Speech-to-Text API.md.
  { id: 'botlhale', name: 'Botlhale AI', vendor: 'Botlhale AI', category: 'agents', domains: ['botlhale.ai', 'api.botlhale.xyz'], apiEndpoints: ['api.botlhale.xyz'], source: 'https://github.com/Botlhale-AI/docs-apis/blob/023589b453cc5a6becaec698a85e9c43352fd35b/docs/Speech-to-Text%20API.md', region: 'africa' }, // Botlhale AI's own API docs (speech-to-text, TTS, translation, chatbots): support at botlhale.ai; the APIs themselves answer at api.botlhale.xyz (claimed, see above)
  { id: 'ghananlp-khaya', name: 'Khaya Translator', vendor: 'GhanaNLP', category: 'translation', domains: ['ghananlp.org', 'khaya.ai'], source: 'https://github.com/GhanaNLP/website/blob/1bc41e0090f9ad6969ba328000edd74808b8ae15/README.md', region: 'africa' }, // GhanaNLP's own README: Khaya, its ML/AI translator and speech app, served from ghananlp.org; khaya.ai is not named there (unproven)
  { id: 'sunbird-ai', name: 'Sunbird AI (Sunflower)', vendor: 'Sunbird AI', category: 'translation', domains: ['sunbird.ai'], source: 'https://huggingface.co/sunbird', region: 'africa' }, // Sunbird AI's own organisation card: AI for African languages (ASR, TTS, LLMs), website www.sunbird.ai
  // South-East Asia
  { id: 'zalo-ai', name: 'Zalo AI', vendor: 'VNG', domains: ['zalo.ai'], source: 'https://zalo.ai/products', region: 'southeast-asia' },
  { id: 'viettel-ai', name: 'Viettel AI', vendor: 'Viettel', category: 'audio', domains: ['viettelai.vn', 'viettelgroup.ai'], apiEndpoints: ['viettelgroup.ai'], source: 'https://viettelai.vn/tts', region: 'southeast-asia' }, // viettelgroup.ai: Viettel's TTS API reference https://viettelgroup.ai/document/tts
  { id: 'glair', name: 'GLAIR', vendor: 'GDP Labs', category: 'developer-platform', domains: ['glair.ai'], source: 'https://github.com/glair-ai/glair-vision-node/blob/1b0042f54e36f62c954454c39c21275b7dfa72a7/README.md', region: 'southeast-asia' }, // GLAIR's own Vision SDK README: documented on docs.glair.ai, API at api.vision.glair.ai
  { id: 'nodeflux', name: 'Nodeflux', vendor: 'Nodeflux', category: 'other', domains: ['nodeflux.io'], source: 'https://github.com/nodefluxio/android-face-liveness/blob/91a67b2b6cd607dcee21ab170cc3e08c2bb5dcfb/java/README.md', region: 'southeast-asia' }, // Nodeflux's own face-liveness SDK demo README: keys from cloud.nodeflux.io, more at www.nodeflux.io
  { id: 'prosa-ai', name: 'Prosa.ai', vendor: 'Prosa', category: 'audio', domains: ['prosa.ai'], source: 'https://prosa.ai/products', region: 'southeast-asia' },
  { id: 'datasaur', name: 'Datasaur', vendor: 'Datasaur', category: 'developer-platform', domains: ['datasaur.ai'], source: 'https://github.com/datasaur-ai/robosaur/blob/004d838e5095aa128b0ae3933342c75bfc63bac3/readme.md', region: 'southeast-asia' },
  { id: 'zwiz-ai', name: 'ZWIZ.AI', vendor: 'ZWIZ.AI', category: 'agents', domains: ['zwiz.ai'], source: 'https://zwiz.ai/pricing', region: 'southeast-asia' },
  { id: 'iapp-ai', name: 'iApp AI', vendor: 'iApp Technology', category: 'developer-platform', domains: ['ai.iapp.co.th'], apiEndpoints: ['api.iapp.co.th'], source: 'https://github.com/iapp-technology/iapp_ai/blob/eabb05c0390312ce70b55e91c00cfeb16e52b4f6/README.md', region: 'southeast-asia' }, // iApp Technology's own AI API package README: request an API key at ai.iapp.co.th (OCR, Thai NLP, ASR/TTS). api.iapp.co.th: the vendor's AI API docs, e.g. https://iapp.co.th/docs/thai-document-optical-character-recognition/receipt (iapp.co.th itself stays an ordinary site)
  { id: 'vbee', name: 'Vbee', vendor: 'Vbee', category: 'audio', domains: ['vbee.vn'], source: 'https://api-docs.vbee.vn/dac-ta-api', region: 'southeast-asia' }, // Vbee's own API docs (Vbee AIVoice API), stored copy read: text-to-speech at vbee.vn/api/v1/tts; api-docs.vbee.vn is under the row's host
  // China
  { id: 'vidu-cn', name: 'Vidu (China)', vendor: 'Shengshu', category: 'video', domains: ['vidu.cn'], source: listed('embraceagi', 'docs/AI_tools.md'), region: 'china' },
  { id: 'wanzhi', name: 'Wanzhi', vendor: '01.AI', category: 'productivity', domains: ['wanzhi.com', 'wanzhi01.com'], source: 'https://www.wanzhi.com/ppt', region: 'china' }, // wanzhi01.com: listed('rvelamen', 'data.json') (万知, 01.AI's)
  { id: 'tusi-art', name: 'Tusi.Art (吐司)', vendor: 'Tensor.Art', category: 'image', domains: ['tusi.cn'], source: 'https://tusi.cn/models', region: 'china' },
  { id: 'shakker', name: 'Shakker AI', vendor: 'Liblib', category: 'image', domains: ['shakker.ai'], source: 'https://github.com/Shakker-Labs/ComfyUI-IPAdapter-Flux/blob/eef22b6875ddaf10f13657248b8123d6bdec2014/README.md', region: 'china' }, // Shakker Labs' own FLUX IP-Adapter README: try it in the Shakker generator and online ComfyUI on www.shakker.ai
  { id: 'mulerun', name: 'MuleRun', vendor: 'MuleRun', category: 'agents', domains: ['mulerun.com', 'mulerun.ai'], source: listed('zijianni'), region: 'china' }, // mulerun.ai: listed('jaylfc')
  { id: 'aidge', name: 'Aidge', vendor: 'Alibaba International', category: 'image', domains: ['aidge.com'], source: 'https://www.aidge.com/pricing', region: 'china' },
], { checked: CHECKED_3 });
