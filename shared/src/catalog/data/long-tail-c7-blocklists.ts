// Seventh long-tail pass (2026-12-05): model providers named by endpoint lists, the per-provider default base URLs
// of an LLM gateway (Portkey-AI/gateway, MIT), an AI SDK (vercel/ai, Apache-2.0), a coding assistant
// (continuedev/continue, Apache-2.0) and a desktop chat client (Mintplex-Labs/anything-llm, MIT), each pinned in
// LISTS and cited by the one file that names the host. A base URL is the provider's own API host, so it is claimed as
// an endpoint; the product's site is claimed only where the same list links it. Shared API hosts that some providers
// sit behind (api.cloudflare.com for Workers AI, Oracle's regional oraclecloud.com hosts, storage and login hosts of
// the big clouds) were left out: a URL template names no single host an AI tool owns.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const portkey = (provider: string) => listed('portkey', `src/providers/${provider}/api.ts`);
const continueLlm = (file: string) => listed('continuedev', `core/llm/llms/${file}.ts`);
const libreChat = (page: string) =>
  listed('librechatdocs', `content/docs/configuration/librechat_yaml/ai_endpoints/${page}.mdx`);
const catwalk = (provider: string) => listed('catwalk', `internal/providers/configs/${provider}.json`);
const lc = (module: string) => listed('langchaincommunity', `libs/community/langchain_community/${module}.py`);
const ragflowModels = (file: string) => listed('ragflow', `conf/models/${file}.json`);
const anythingLlm = (provider: string) => listed('anythingllm', `server/utils/AiProviders/${provider}/index.js`);

export const longTailC7BlocklistTools: Tool[] = defineTools(
  'developer-platform',
  [
    { id: 'nextbit', name: 'Nextbit', vendor: 'Nextbit', apiEndpoints: ['api.nextbit256.com'], source: portkey('nextbit') },
    { id: 'ncompass', name: 'nCompass', vendor: 'nCompass Technologies', domains: ['app.ncompass.tech'], apiEndpoints: ['api.ncompass.tech', 'api.gcp.ncompass.tech'], source: portkey('ncompass') }, // app. and api.gcp.: continueLlm('NCompass') and docs/customize/model-providers/more/ncompass.mdx
    { id: 'matterai', name: 'MatterAI', vendor: 'MatterAI', apiEndpoints: ['api.matterai.so'], source: portkey('matterai') },
    { id: 'lemonfox-ai', name: 'Lemonfox.ai', vendor: 'Lemonfox', apiEndpoints: ['api.lemonfox.ai'], source: portkey('lemonfox-ai') },
    { id: 'io-intelligence', name: 'IO Intelligence', vendor: 'io.net', urlPrefixes: ['io.net/intelligence'], apiEndpoints: ['api.intelligence.io.solutions'], source: portkey('iointelligence') }, // io.net/intelligence: listed('portkey') (README.md's provider table), CHECKED_3
    { id: 'deepbricks', name: 'DeepBricks', vendor: 'DeepBricks', apiEndpoints: ['api.deepbricks.ai'], source: portkey('deepbricks') },
    { id: 'cometapi', name: 'CometAPI', vendor: 'CometAPI', domains: ['cometapi.com'], apiEndpoints: ['api.cometapi.com'], source: portkey('cometapi') }, // also anythingLlm('cometapi'); www.cometapi.com: listed('continuedev', 'gui/src/pages/AddNewModel/configs/providers.ts')
    { id: 'bytez', name: 'Bytez', vendor: 'Bytez', domains: ['bytez.com'], apiEndpoints: ['api.bytez.com'], source: portkey('bytez') }, // bytez.com (twentieth session, leads pass): its model API docs, https://docs.bytez.com/model-api/docs/under-the-hood
    { id: 'aibadgr', name: 'AI Badgr', vendor: 'AI Badgr', domains: ['aibadgr.com'], source: portkey('aibadgr') },
    { id: 'quiverai', name: 'QuiverAI', vendor: 'QuiverAI', category: 'image', domains: ['quiver.ai'], apiEndpoints: ['api.quiver.ai'], source: listed('vercelai', 'packages/quiverai/src/quiverai-provider.ts') }, // quiver.ai: packages/quiverai/README.md
    { id: 'byteplus-modelark', name: 'BytePlus ModelArk', vendor: 'BytePlus', apiEndpoints: ['ark.ap-southeast.bytepluses.com', 'ark.eu-west.bytepluses.com'], source: listed('vercelai', 'packages/bytedance/src/bytedance-provider.ts') }, // ark.eu-west.bytepluses.com (2026-12-06): listed('difyofficialplugins', 'models/byteplus/README.md')
    { id: 'google-cloud-text-to-speech', name: 'Google Cloud Text-to-Speech', vendor: 'Google Cloud', category: 'audio', urlPrefixes: ['cloud.google.com/text-to-speech'], apiEndpoints: ['texttospeech.googleapis.com'], source: listed('vercelai', 'packages/google-vertex/src/google-vertex-cloud-tts-speech-model.ts') }, // cloud.google.com/text-to-speech, the product's page: listed('kostja94', 'README.md'), CHECKED_3
    { id: 'ask-sage', name: 'Ask Sage', vendor: 'Ask Sage', category: 'chat', domains: ['asksage.ai'], apiEndpoints: ['api.asksage.ai'], source: continueLlm('Asksage') }, // www., chat. and docs.asksage.ai: docs/customize/model-providers/more/asksage.mdx
    { id: 'function-network', name: 'Function Network', vendor: 'Function Network', domains: ['function.network'], apiEndpoints: ['api.function.network'], source: continueLlm('FunctionNetwork') }, // www.function.network: docs/customize/model-providers/more/function-network.mdx
    { id: 'kindo', name: 'Kindo', vendor: 'Kindo', category: 'agents', domains: ['kindo.ai'], apiEndpoints: ['llm.kindo.ai'], source: continueLlm('Kindo') }, // app.kindo.ai: docs/customize/model-providers/more/kindo.mdx
    { id: 'nous-portal', name: 'Nous Portal', vendor: 'Nous Research', domains: ['portal.nousresearch.com'], apiEndpoints: ['inference-api.nousresearch.com'], source: continueLlm('Nous') }, // portal.: docs/customize/model-providers/more/nous.mdx
    { id: 'relace', name: 'Relace', vendor: 'Relace', category: 'coding', domains: ['relace.ai'], apiEndpoints: ['instantapply.endpoint.relace.run'], source: continueLlm('Relace') }, // app.relace.ai: docs/customize/model-providers/more/relace.mdx
    { id: 'tetrate-agent-router', name: 'Tetrate Agent Router Service', vendor: 'Tetrate', domains: ['router.tetrate.ai'], apiEndpoints: ['api.router.tetrate.ai'], source: continueLlm('TARS') }, // router.: docs/customize/model-providers/top-level/tetrate_agent_router_service.mdx
    { id: 'tensorix', name: 'Tensorix', vendor: 'Tensorix', domains: ['tensorix.ai'], apiEndpoints: ['api.tensorix.ai'], source: continueLlm('Tensorix') }, // tensorix.ai, app.tensorix.ai: docs/customize/model-providers/more/tensorix.mdx
    { id: 'gitee-ai', name: 'Gitee AI', vendor: 'Gitee (OSChina)', domains: ['ai.gitee.com'], source: anythingLlm('giteeai'), region: 'china' },
    { id: 'apipie', name: 'APIpie', vendor: 'APIpie', domains: ['apipie.ai'], source: anythingLlm('apipie') },
    { id: 'crusoe-managed-inference', name: 'Crusoe Managed Inference', vendor: 'Crusoe', apiEndpoints: ['api.inference.crusoecloud.com', 'managed-inference-api-proxy.crusoecloud.com'], source: listed('pydanticai', 'pydantic_ai_slim/pydantic_ai/providers/crusoe.py') }, // managed-inference-api-proxy.: the `crusoe` base URL in listed('c16providerslitellm', 'litellm/llms/openai_like/providers.json'), CHECKED_C16
    { id: 'pydantic-ai-gateway', name: 'Pydantic AI Gateway', vendor: 'Pydantic', apiEndpoints: ['gateway-us.pydantic.dev'], source: listed('pydanticai', 'pydantic_ai_slim/pydantic_ai/providers/gateway.py') },
    { id: 'heroku-managed-inference', name: 'Heroku Managed Inference and Agents', vendor: 'Heroku (Salesforce)', apiEndpoints: ['us.inference.heroku.com'], source: listed('pydanticai', 'pydantic_ai_slim/pydantic_ai/providers/heroku.py') },
    { id: 'unbound-ai', name: 'Unbound', vendor: 'Unbound', domains: ['getunbound.ai'], apiEndpoints: ['api.getunbound.ai'], source: listed('roocode', 'src/api/providers/unbound.ts') }, // gateway.getunbound.ai: packages/types/src/providers/unbound.ts
    { id: 'neosantara-ai', name: 'Neosantara AI', vendor: 'Neosantara', domains: ['neosantara.xyz'], apiEndpoints: ['api.neosantara.xyz'], source: listed('anyllm', 'src/any_llm/providers/registry.py'), region: 'southeast-asia' }, // neosantara.xyz, its own site and docs (Indonesian-optimised models priced in rupiah): https://docs.neosantara.xyz/en/about/token-credits, read on CHECKED_C15 by the fifteenth regional pass
    { id: 'canopy-wave', name: 'Canopy Wave', vendor: 'Canopy Wave', apiEndpoints: ['inference.canopywave.io'], source: listed('pageassist', 'src/utils/oai-api-providers.ts') },
    { id: 'shuttleai', name: 'ShuttleAI', vendor: 'ShuttleAI', domains: ['shuttleai.com', 'shuttleai.app'], apiEndpoints: ['api.shuttleai.com'], source: libreChat('shuttleai') }, // shuttleai.app (c27 rebrands3): ShuttleAI's earlier host, where its own docs page https://docs.shuttleai.app/getting-started/making-requests walks through a chat-completion request to "ShuttleAI's gpt-4 model"; LibreChat-AI/librechat.ai pull request #119 moved the provider from shuttleai.app to shuttleai.com ("Both work")
    { id: 'vultr-cloud-inference', name: 'Vultr Cloud Inference', vendor: 'Vultr', apiEndpoints: ['api.vultrinference.com'], source: libreChat('vultrcloudinference') },
    { id: 'neurochain-ai', name: 'NeurochainAI', vendor: 'NeurochainAI', domains: ['neurochain.ai'], apiEndpoints: ['ncmb.neurochain.io'], source: libreChat('neurochain') },
    { id: 'near-ai-cloud', name: 'NEAR AI Cloud', vendor: 'NEAR AI', domains: ['cloud.near.ai'], apiEndpoints: ['cloud-api.near.ai'], source: libreChat('nearai') },
    { id: 'avian', name: 'Avian', vendor: 'Avian', domains: ['avian.io'], apiEndpoints: ['api.avian.io'], source: catwalk('avian') }, // avian.io: its pricing page avian.io/pricing in listed('c16providersgenaiprices', 'prices/providers/avian.yml'), CHECKED_C16
    { id: 'neuralwatt', name: 'Neuralwatt', vendor: 'Neuralwatt', apiEndpoints: ['api.neuralwatt.com'], source: catwalk('neuralwatt') },
    { id: 'pioneer-ai', name: 'Pioneer', vendor: 'Pioneer', apiEndpoints: ['api.pioneer.ai'], source: catwalk('pioneer') },
    { id: 'arcee-ai', name: 'Arcee AI', vendor: 'Arcee AI', domains: ['arcee.ai'], apiEndpoints: ['api.arcee.ai'], source: lc('llms/arcee') },
    { id: 'bookend-ai', name: 'Bookend AI', vendor: 'Bookend AI', domains: ['bookend.ai'], apiEndpoints: ['api.bookend.ai'], source: lc('embeddings/bookend') },
    { id: 'dappier', name: 'Dappier', vendor: 'Dappier', domains: ['platform.dappier.com', 'marketplace.dappier.com'], apiEndpoints: ['api.dappier.com'], source: lc('chat_models/dappier') }, // marketplace.dappier.com, its data-model marketplace: listed('mcpservers'), CHECKED_C12
    { id: 'embaas', name: 'embaas', vendor: 'embaas', apiEndpoints: ['api.embaas.io'], source: lc('embeddings/embaas') },
    { id: 'konko-ai', name: 'Konko AI', vendor: 'Konko', apiEndpoints: ['api.konko.ai'], source: lc('chat_models/konko') },
    { id: 'llmrails', name: 'LLMRails', vendor: 'LLMRails', apiEndpoints: ['api.llmrails.com'], source: lc('embeddings/llm_rails') },
    { id: 'neural-internet', name: 'Neural Internet (Bittensor LLM API)', vendor: 'Neural Internet', apiEndpoints: ['api.neuralinternet.ai'], source: lc('llms/bittensor') },
    { id: 'layerup-security', name: 'Layerup Security', vendor: 'Layerup', apiEndpoints: ['api.uselayerup.com'], source: lc('llms/layerup_security') },
    { id: 'prem-ai', name: 'Prem AI', vendor: 'Prem Labs', domains: ['app.premai.io'], source: lc('chat_models/premai') },
    { id: 'everlyai', name: 'EverlyAI', vendor: 'EverlyAI', domains: ['everlyai.xyz'], source: lc('chat_models/everlyai') },
    { id: 'oci-generative-ai', name: 'OCI Generative AI', vendor: 'Oracle', apiEndpoints: ['inference.generativeai.us-chicago-1.oci.oraclecloud.com'], source: lc('chat_models/oci_generative_ai') }, // the regional template: portkey('oracle')
    { id: 'mosaicml-inference', name: 'MosaicML Inference', vendor: 'Databricks (MosaicML)', apiEndpoints: ['models.hosted-on.mosaicml.hosting'], source: lc('llms/mosaicml') },
    { id: 'opaqueprompts', name: 'OpaquePrompts', vendor: 'Opaque Systems', apiEndpoints: ['opaqueprompts.opaque.co'], source: lc('llms/opaqueprompts') },
    { id: 'cogniswitch', name: 'CogniSwitch', vendor: 'CogniSwitch', apiEndpoints: ['api.cogniswitch.ai'], source: lc('tools/cogniswitch/tool') },
    { id: 'pebblo-daxa', name: 'Pebblo', vendor: 'Daxa', apiEndpoints: ['api.daxa.ai'], source: lc('utilities/pebblo') },
    { id: 'docugami', name: 'Docugami', vendor: 'Docugami', apiEndpoints: ['api.docugami.com'], source: lc('document_loaders/docugami') },
    { id: 'rememberizer', name: 'Rememberizer', vendor: 'Rememberizer', apiEndpoints: ['api.rememberizer.ai'], source: lc('utilities/rememberizer') },
    { id: 'breebs', name: 'Breebs', vendor: 'Breebs', domains: ['breebs.promptbreeders.com'], source: lc('retrievers/breebs') },
    { id: 'kay-ai', name: 'Kay', vendor: 'Kay', domains: ['kay.ai'], source: lc('retrievers/kay') },
    { id: 'llmsherpa', name: 'LLMSherpa', vendor: 'NLMatics', apiEndpoints: ['readers.llmsherpa.com'], source: lc('document_loaders/llmsherpa') },
    { id: 'zenguard-ai', name: 'ZenGuard AI', vendor: 'ZenGuard', apiEndpoints: ['api.zenguard.ai'], source: lc('tools/zenguard/tool') },
    { id: 'uptrain', name: 'UpTrain', vendor: 'UpTrain', domains: ['uptrain.ai'], source: lc('callbacks/uptrain_callback') },
    { id: 'orcarouter', name: 'OrcaRouter', vendor: 'OrcaRouter', domains: ['orcarouter.ai'], apiEndpoints: ['api.orcarouter.ai'], source: listed('haystack', 'integrations/orcarouter/src/haystack_integrations/components/generators/orcarouter/chat/chat_generator.py') },
    { id: 'astraflow', name: 'Astraflow (ModelVerse)', vendor: 'UCloud', domains: ['astraflow.ucloud.cn'], apiEndpoints: ['api.modelverse.cn', 'api-us-ca.umodelverse.ai', 'cp.compshare.cn'], source: ragflowModels('astraflow'), region: 'china' }, // cp.compshare.cn: base URL of the "Compshare Coding Plan" preset (UCloud's Compshare, whose other preset uses api.modelverse.cn) in listed('c16providersccswitch', 'src/config/claudeProviderPresets.ts'), CHECKED_C16; astraflow.ucloud.cn: the official site, key page and playground of DeepChat's Astraflow presets in listed('c16providersdeepchat', 'src/main/provider/defaults.ts'), CHECKED_C16
    { id: 'deerapi', name: 'DeerAPI', vendor: 'DeerAPI', apiEndpoints: ['api.deerapi.com'], source: listed('ragflow', 'rag/llm/__init__.py') },
    { id: 'n1n-ai', name: 'n1n', vendor: 'n1n', apiEndpoints: ['api.n1n.ai'], source: ragflowModels('n1n') },
    { id: 'perfxcloud', name: 'PerfXCloud', vendor: 'PerfXLab', apiEndpoints: ['cloud.perfxlab.cn'], source: listed('ragflow', 'rag/llm/__init__.py'), region: 'china' },
    { id: 'futurmix', name: 'FuturMix', vendor: 'FuturMix', domains: ['futurmix.ai'], source: ragflowModels('futurmix') },
    { id: 'ragcon', name: 'RAGcon', vendor: 'RAGcon', apiEndpoints: ['connect.ragcon.com'], source: ragflowModels('ragcon') },
    { id: 'tokenpony', name: 'TokenPony', vendor: 'TokenPony', domains: ['tokenpony.cn'], apiEndpoints: ['api.tokenpony.cn', 'ragflow.vip-api.tokenpony.cn'], source: ragflowModels('tokenpony'), region: 'china' }, // ragflow.vip-api.: conf/llm_factories.json; tokenpony.cn: listed('kapibala', 'data/navigation.json')
    { id: 'mws-gpt', name: 'MWS GPT', vendor: 'MTS Web Services', apiEndpoints: ['gpt.mwsapis.ru'], source: listed('ragflow', 'rag/llm/mws_utils.py'), region: 'russia' },
    { id: 'llama-family', name: 'Llama Family', vendor: 'Llama Chinese community (AtomEcho)', domains: ['llama.family'], apiEndpoints: ['api.atomecho.cn'], source: listed('simpleoneapi', 'samples/config_llama_familly.json'), region: 'china' }, // llama.family: docs/llama_family接入指南.md
    { id: 'any-llm-platform', name: 'any-llm platform', vendor: 'Mozilla.ai', domains: ['any-llm.ai'], apiEndpoints: ['platform-api.any-llm.ai'], source: listed('anyllm', 'src/any_llm/providers/registry.py') },
  ],
  { checked: CHECKED_3 },
);
