// Fourth pass, second file (CHECKED_3): more regional assistants (Korea, Japan, Russia, India, Europe, China),
// model gateways, and tools named only by two CC0 forks of steven2358's list. Rows cite the vendor's own product,
// pricing or docs page, or the pinned list file that names the host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C12 } from './define';

export const regionalTools4b: Tool[] = defineTools('chat', [
  // Korea
  { id: 'lilys-ai', name: 'Lilys AI', vendor: 'Lilys AI', category: 'productivity', domains: ['lilys.ai'], source: 'https://lilys.ai/notes/ko/rag-20251023/ai-engineering-rag-and-agents', region: 'korea' }, // LilysAI's own published insight note, stored copy read: a YouTube lecture summarised by LilysAI, its AI summariser for videos, PDFs and recordings, on lilys.ai (2026-12-05)
  { id: 'perso-ai', name: 'Perso AI', vendor: 'ESTsoft', category: 'video', domains: ['perso.ai'], source: 'https://perso.ai/blog/voice-over-translation-guide', region: 'korea' }, // Perso AI's own blog, stored copy read: AI voice-over translation and dubbing with voice cloning, served from perso.ai
  { id: 'estsoft-alan', name: 'Alan (앨런)', vendor: 'ESTsoft', category: 'search', domains: ['alan.estsoft.ai'], source: 'https://alan.estsoft.ai/about', region: 'korea' },
  { id: 'vcat', name: 'VCAT.AI', vendor: 'VCAT', category: 'video', domains: ['vcat.ai'], source: 'https://github.com/pioncorp/creagen-plugin/blob/d9d86b4dec9583f4ee04ee625b8126974f64a32c/README.md', checked: CHECKED_3, region: 'korea' }, // PION Corporation's own plugin README: its AI marketing-creative service (product images and short video ads) at creagen.vcat.ai, policies and support on vcat.ai; it names the service Creagen, not VCAT
  // Japan
  { id: 'nolang', name: 'NoLang', vendor: 'Mavericks', category: 'video', domains: ['no-lang.com'], source: 'https://no-lang.com/pricing', region: 'japan' },
  { id: 'cotomo', name: 'Cotomo', vendor: 'Starley', domains: ['cotomo.ai'], source: 'https://cotomo.ai/about', region: 'japan' },
  { id: 'amptalk', name: 'amptalk', vendor: 'amptalk', category: 'meeting', domains: ['amptalk.co.jp'], source: 'https://amptalk.co.jp/analysis', region: 'japan' },
  { id: 'zeals', name: 'ZEALS', vendor: 'ZEALS', category: 'agents', domains: ['zeals.ai'], source: 'https://zeals.ai/en/service', region: 'japan' },
  // Russia
  { id: 'porfirevich', name: 'Порфирьевич', vendor: 'Porfirevich', category: 'writing', domains: ['porfirevich.ru', 'porfirevich.com'], region: 'russia', source: 'https://github.com/rendrom/porfirevich/blob/9d26e4b18412fa4382e6f998cee6ddbd425d252a/shared/config.ts', checked: CHECKED_C12 }, // the product's own source repository; its config gives the site porfirevich.ru and the API api.porfirevich.com
  { id: 'jay-copilot', name: 'Jay Copilot', vendor: 'Just AI', domains: ['jaycopilot.com'], source: 'https://jaycopilot.com/pricing', region: 'russia' },
  { id: 'just-ai', name: 'Just AI Conversational Platform', vendor: 'Just AI', category: 'agents', domains: ['just-ai.com'], source: 'https://github.com/just-ai/jaicf-kotlin/blob/2b329a52647dc68a44595aa6f77a3d99d3c84b7a/README.md', region: 'russia' },
  // India
  { id: 'smallest-ai', name: 'Smallest.ai', vendor: 'Smallest.ai', category: 'audio', domains: ['smallest.ai'], source: 'https://github.com/smallest-inc/smallest-python-sdk/blob/86842be489bac64cb3d17a9573e519b4d3c08f48/README.md', region: 'india' },
  { id: 'gushwork', name: 'Gushwork', vendor: 'Gushwork', category: 'agents', domains: ['gushwork.ai'], source: 'https://www.gushwork.ai/pricing', region: 'india' },
  { id: 'mihup', name: 'Mihup', vendor: 'Mihup', category: 'audio', domains: ['mihup.ai', 'mihup.com'], source: 'https://mihup.ai/blog/realtime-agent-assist-indic-languages-how-it-works', checked: CHECKED_3, region: 'india' }, // Mihup's own blog, stored copy read: Mihup's real-time agent assist (streaming ASR in Indian languages) on mihup.ai; the original mihup.com stays as an alias, unproven
  { id: 'docsumo', name: 'Docsumo', vendor: 'Docsumo', category: 'productivity', domains: ['docsumo.com'], source: 'https://github.com/docsumo/docsumo_python_client/blob/04a99661ebacd7219054f052886d89606b25c2de/README.md', region: 'india' }, // Docsumo's own API client README: the product at www.docsumo.com, web app and API keys at app.docsumo.com (document AI: extraction from invoices, statements)
  // Europe
  { id: 'giskard', name: 'Giskard', vendor: 'Giskard', category: 'developer-platform', domains: ['giskard.ai'], source: listed('natnew'), region: 'europe' },
  { id: 'voize', name: 'voize', vendor: 'voize', category: 'audio', domains: ['voize.de'], source: 'https://en.voize.de/blog/interview-bw', region: 'europe' }, // voize's own blog, stored copy read: its voice-assisted care documentation system; en.voize.de is under the row's host
  { id: 'tucan-ai', name: 'Tucan.ai', vendor: 'Tucan.ai', category: 'meeting', domains: ['tucan.ai'], source: 'https://www.tucan.ai/blog/tucan-bot-chat-commands-meeting-control', region: 'europe' }, // Tucan.ai's own blog, stored copy read: its AI-powered meeting documentation bot for Teams, Zoom, Meet and Webex, served from www.tucan.ai
  // China
  { id: 'chatppt', name: 'ChatPPT', vendor: 'Biyou Technology', category: 'presentation', domains: ['chatppt.cn'], source: 'https://github.com/YOOTeam/OpenPPT/blob/26c7f40d59555db73145b4a977d3881e9d3d867f/README.md', checked: CHECKED_3, region: 'china' }, // OpenPPT README by ChatPPT's own team (必优科技, YOOTeam): ChatPPT's official site is www.chatppt.cn; only the fact is used
  { id: 'maxkb', name: 'MaxKB', vendor: 'FIT2CLOUD', category: 'agents', domains: ['maxkb.cn'], source: 'https://github.com/1Panel-dev/MaxKB/blob/121614fb81c0a72387974f3ebcb86cbf756a84af/README.md', region: 'china' },
  { id: 'alipay-tbox', name: 'Tbox (百宝箱)', vendor: 'Ant Group', category: 'agents', domains: ['tbox.alipay.com'], source: 'https://tbox.alipay.com/community', region: 'china' },
  { id: 'tiamat', name: 'Tiamat', vendor: 'Tiamat', category: 'image', domains: ['tiamat.world'], source: listed('rvelamen'), checked: CHECKED_3, region: 'china' }, // README at the pinned commit: Tiamat, a Chinese team's AI art generator, at www.tiamat.world
  { id: 'feishu-aily', name: 'Aily', vendor: 'Feishu (ByteDance)', category: 'agents', domains: ['aily.feishu.cn'], source: 'https://www.feishu.cn/product/aily', region: 'china' },
  { id: 'csdn-inscode', name: 'InsCode', vendor: 'CSDN', category: 'coding', domains: ['inscode.csdn.net'], source: 'https://inscode.csdn.net/ai', region: 'china' },
  { id: 'tencent-hunyuan-cloud', name: 'Tencent Hunyuan (Tencent Cloud)', vendor: 'Tencent', category: 'developer-platform', urlPrefixes: ['cloud.tencent.com/product/hunyuan', 'console.cloud.tencent.com/hunyuan'], source: 'https://github.com/Tencent/Tencent-Hunyuan-Large/blob/cdc37358aa7ce74f4883ae639726804a63ea99f6/README.md', region: 'china' }, // console.cloud.tencent.com/hunyuan (2026-12-05), Hunyuan's console on Tencent Cloud, given as the model's sign-up address: listed('simpleoneapi', 'docs/腾讯混元hunyuan-lite模型申请流程.md')
  { id: 'tencent-lke', name: 'Tencent Cloud LKE (DeepSeek API)', vendor: 'Tencent', category: 'developer-platform', apiEndpoints: ['api.lkeap.cloud.tencent.com'], source: 'https://cloud.tencent.com/document/product/1772/126272', region: 'china' }, // stored copy of Tencent Cloud's own docs: the DeepSeek models of its knowledge engine (知识引擎原子能力) served at api.lkeap.cloud.tencent.com
  { id: 'aihubmix', name: 'AiHubMix', vendor: 'AiHubMix', category: 'developer-platform', domains: ['aihubmix.com'], source: listed('mvalentsev'), region: 'china' },
  // More regional assistants and chatbot platforms
  { id: 'bielik', name: 'Bielik', vendor: 'SpeakLeash', domains: ['bielik.ai'], source: 'https://bielik.ai/wywiad-z-sebastianem/', region: 'europe' }, // Bielik's own blog, stored copy read (through a proxy that wraps this address): an interview with Sebastian Kondracki of the SpeakLeash foundation on building the Polish Bielik LLM, on bielik.ai (2026-12-05)
  { id: 'moin-ai', name: 'moin.ai', vendor: 'moin.ai', category: 'agents', domains: ['moin.ai'], source: 'https://helpcenter.moin.ai/en/moinai-live-chat-features', region: 'europe' }, // moinAI's own help centre, stored copy read: the moinAI AI chatbot with live-chat handover, managed in the moinAI Hub; helpcenter.moin.ai is under the row's host
  { id: 'onlim', name: 'Onlim', vendor: 'Onlim', category: 'agents', domains: ['onlim.com'], source: 'https://onlim.com/en/how-do-chatbots-work/page/4/', region: 'europe' }, // Onlim's own guide, stored copy read (Onlim, a provider of conversational AI, builds AI-supported chatbots), served from onlim.com
  { id: 'k2-think', name: 'K2 Think', vendor: 'MBZUAI / G42', domains: ['k2think.ai'], source: 'https://www.k2think.ai/about', region: 'middle-east' },
  { id: 'wittify', name: 'Wittify', vendor: 'Wittify', category: 'agents', domains: ['wittify.ai'], source: 'https://www.wittify.ai/es/preguntas-frecuentes', region: 'middle-east' }, // Wittify's own FAQ, stored copy read: a no-code conversational AI platform for text and voice agents (25+ Arabic dialects), served from www.wittify.ai
  { id: 'cloudhumans', name: 'Cloud Humans', vendor: 'Cloud Humans', category: 'agents', domains: ['cloudhumans.com'], source: 'https://cloudchat.cloudhumans.com/hc/claudia/en/categories/eddie-conecte-seu-backoffice', region: 'latam' }, // Cloud Humans' own help centre, stored copy read: Eddie, the agent that connects its GPT-powered support AI ClaudIA to a company's back office; cloudchat.cloudhumans.com is under the row's host
  { id: 'engati', name: 'Engati', vendor: 'Engati', category: 'agents', domains: ['engati.com'], source: 'https://www.engati.com/blog/train-your-bot-instantaneously-with-docusense', region: 'india' },
  { id: 'vnpt-ai', name: 'VNPT AI (SmartBot)', vendor: 'VNPT', category: 'agents', domains: ['vnpt.ai', 'smartbot.vnpt.vn'], source: 'https://vnpt.ai/en/smartbot', region: 'southeast-asia' },
  { id: 'magie', name: 'Magie', vendor: 'Magie', domains: ['magie.com.br'], source: 'https://magie.com.br/como-funciona', region: 'latam' },
  { id: 'zaia', name: 'Zaia', vendor: 'Zaia', category: 'agents', domains: ['zaia.app'], source: 'https://www.zaia.app/precos', region: 'latam' },
  { id: 'dapta', name: 'Dapta', vendor: 'Dapta', category: 'agents', domains: ['dapta.ai'], source: 'https://docs.dapta.ai/agent-actions/transfer-call', region: 'latam' }, // Dapta's own docs, stored copy read: actions of its AI phone agents (AI-directed call transfer); docs.dapta.ai is under the row's host
  { id: 'kapso', name: 'Kapso', vendor: 'Kapso', category: 'agents', domains: ['kapso.ai'], source: 'https://docs.kapso.ai/docs', region: 'latam' }, // stored copy of Kapso's docs (pages corpus): a WhatsApp API whose quickstart offers personal AI agents and AI workflow steps
  { id: 'dataprophet', name: 'DataProphet', vendor: 'DataProphet', category: 'other', domains: ['dataprophet.com'], source: 'https://dataprophet.com/why-is-real-time-manufacturing-is-too-late/', region: 'africa' }, // DataProphet's own blog, stored copy read: AI-as-a-Service prescriptive process optimisation for manufacturers, served from dataprophet.com
  { id: 'aerobotics', name: 'Aerobotics', vendor: 'Aerobotics', category: 'other', domains: ['aerobotics.com'], source: 'https://www.aerobotics.com/products', region: 'africa' },
  // Named by the CC0 forks of steven2358/awesome-generative-ai
  { id: 'rendernet', name: 'RenderNet', vendor: 'RenderNet', category: 'image', domains: ['rendernet.ai'], source: listed('obrais'), region: 'india' },
  { id: 'synthical', name: 'Synthical', vendor: 'Synthical', category: 'search', domains: ['synthical.com'], source: listed('obrais') },
  { id: 'tubesum', name: 'TubeSum', vendor: 'TubeSum', category: 'productivity', domains: ['tubesum.com'], source: listed('yksanjo', 'DISCOVERIES.md') },
  { id: 'character-gateway', name: 'Character Gateway', vendor: 'Character Gateway', domains: ['charactergateway.com'], source: listed('yksanjo', 'DISCOVERIES.md') },
  { id: 'promptimize', name: 'Promptimize', vendor: 'Promptimize', category: 'productivity', domains: ['promptimizeai.com'], source: listed('yksanjo', 'DISCOVERIES.md') },
], { checked: CHECKED_3 });
