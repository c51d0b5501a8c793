// Twentieth session, inference pass (2026-12-07, helper `inference`): AI model APIs and inference providers the
// catalog still missed. Here: serverless and dedicated inference for open-weight models, decentralised and
// crypto-paid inference networks, GPU clouds that sell model endpoints and LoRA serving, OpenAI- and
// Anthropic-compatible resellers, routers and gateways, embedding and rerank APIs, image, video and music model APIs,
// regional LLM APIs (an EU-sovereign router, two Indian inference services and an Indian rerank API, a Korean router,
// Arabic and Darija LLM APIs) and a Swahili speech-recognition API. Where a vendor's docs name an API host of its
// own, that host is an `apiEndpoints` entry (the cited page names it).
//
// Leads. 44 look-ups in the stored `pages` corpus, worded the way vendors word their API docs, terms and privacy
// policies ("OpenAI-compatible endpoint base_url", "/v1/chat/completions", "serverless inference pricing per
// million tokens", "dedicated endpoint per-token API", "embeddings and rerank API", "serverless GPU pay per second",
// "Anthropic-compatible messages endpoint ANTHROPIC_BASE_URL", "x402 pay per inference USDC", "LoRA adapters serve",
// "we do not store prompts open-weight models on our GPUs", image, video, music and speech model APIs), and in
// Chinese (大模型 API base_url 兼容 OpenAI, 算力平台 模型API, GPU 云 模型广场), Japanese (OpenAI互換 APIキー 推論,
// 基盤モデル API, GPUクラウド 推論エンドポイント), Korean (LLM API 키 base_url), Portuguese (API de IA compatível
// com OpenAI) and for the Middle East, India, Southeast Asia and Africa. Every row cites a page with a path on the
// product's own host or its docs subdomain, which says in the vendor's words that the product serves, routes or
// hosts AI models (LLMs, named model providers or named models such as Claude, Gemma, Kling, Veo or FLUX). Hosts
// were run through /work/helpers/classify-hosts.mts and names and hosts grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 248 hosts the searches returned (vendors, docs mirrors,
// articles, directories and shared hosts alike, in /work/helpers/out/inference-hosts.txt): 65 classified before
// (26.2%), 125 (50.4%) after. 43 rows.
//
// Already listed and left to their entries: Inference.net, OpenServ, Nebius (AI Studio and Token Factory), Together
// AI, SambaNova, Friendli, DeepInfra, Fireworks, GMI Cloud, deAPI, Mixedbread, smally.dev, HiWay2LLM, Dumpling AI,
// Sandbase, Vtrix, SpikeLabs, FlexAI, 302.AI, LLMMart, The Grid, BlackRoute, ModelsLab, Eden AI, Chuizi, Cohere,
// OpenRouter, NanoGPT, EvoLink, APIMart, SenseCore, d.run, PiAPI, APIFrame, UdioAPI, apiin.one, SipPulse, RuAPI,
// HolySheep, Smallest.ai, Gnani, Spitch, RAGex, Two AI (SUTRA), iApp, SAKURA AI Engine (api.ai.sakura.ad.jp),
// Voice.ai, WriteTex, LemonData, Sunbird AI, Dify, aicodewith and SeaArt. Bytez is listed by its API host alone
// (left so by the c19 llmops pass). Two subdomains are claimed alone because the parent is not shown to be the
// product: inference.provocative.earth (provocapi) and alapi.deep.sa (alAPI); WideBot's AQL docs sit on
// doc.widebot.sa and widebot.sa is claimed because WideBot is an AI chatbot company. names.mts puts INFER
// (inferexchange.com, a decentralised inference API) in one group with Infer (infer.so, a YC S21 company listed in
// another file): two different companies and products, so both rows stay.
//
// Left out. General clouds and hosts of general companies (Rafay's Kubernetes docs, FPT Cloud's AI Factory docs on
// ai-docs.fptcloud.com, DaoCloud's docs, AWS Bedrock, Google Cloud, Scaleway, OVHcloud); docs on shared platforms
// (OpenGPU Relay on gitbook.io and a pages.dev copy of docs.relaygpu.com, OrfeuAI on pages.dev, Hometip's LLM API on
// oopy.io, WorldRouter on vercel.app, InferyAI, MyVocal, Elto, ZeroEntropy, Bud Ecosystem and Morpheus on mintlify,
// ModelSmarter on pages.dev); pages that do not say the product is AI or whose operator is unclear (redbtco.com's
// privacy policy, app.tos.run, yuechengjituan.vip's DeepSeek page, cn8.io's API catalogue, docs.caesar.xyz's
// compatibility stub, the keyless vLLM gateway api3-siamai.aieat.or.th, docs.ecohash.com whose parent site was not
// read, bashcat.net's GPU-sharing page, docs.yutoai.net and docs.all-llms.com's bare rerank references); pages other
// passes judged and left out (uboosts.com's docs, snaga.ai's template docs, bmt2.shihuai.tech, modelbridgeapi.com's
// draft policy, float16.cloud's serverless-GPU docs, doc.airoutix.com); a research cluster's source file
// (git.opencomputing.cn) rather than a product page; vendors seen only on blogs, articles or directories, left as
// leads (Carpathian, Lumino AI, deploycue.com, Omnicall on x402scan, AI Stats on phaseo.app); self-hosted software
// with no hosted service (LoRAX, LiteLLM, musegpt.org); cost and pricing comparison sites (tokonomix.ai,
// costhawk.ai, apio.sh); and articles, tutorials, forums and news (the large majority of hosts met).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const longTailC20InferenceTools: Tool[] = defineTools(
  'developer-platform',
  [
    // --- Serverless and dedicated inference for open-weight models ---
    { id: 'spotinference', name: 'spotinference', vendor: 'spotinference', domains: ['spotinference.com'], source: 'https://spotinference.com/glossary/openai-compatible-api' }, // glossary: its gateway serves an OpenAI-compatible /v1/chat/completions over vLLM for open-weight models
    { id: 'qdiv0', name: 'qdiv0', vendor: 'qdiv0', domains: ['qdiv0.com'], source: 'https://qdiv0.com/docs/public-models/pricing/' }, // docs: public models (e.g. deepseek-v3.2) billed per token through its public-model router, beside GPU compute
    { id: 'lyceum-technology', name: 'Lyceum', vendor: 'Lyceum', domains: ['lyceum.technology'], source: 'https://docs.lyceum.technology/docs/inference/dedicated' }, // docs: dedicated inference deployments of Hugging Face models on its GPUs, OpenAI chat-completions format
    { id: 'inferway', name: 'Inferway', vendor: 'GWMM LLC', domains: ['inferway.ai'], source: 'https://inferway.ai/aup' }, // AUP: its inference API bound by the Google Gemma use policy, no scraping of its underlying models (terms: OpenAI-compatible access to open-weight models)
    { id: 'freeinference', name: 'FreeInference', vendor: 'FreeInference', domains: ['freeinference.org'], source: 'https://freeinference.org/terms' }, // terms: an experimental research service for hosted and routed large language model inference
    { id: 'tera-gw', name: 'Tera', vendor: 'Tera', domains: ['tera.gw'], source: 'https://docs.tera.gw/privacy' }, // privacy: inference served on its own US GPUs, no third-party model providers, no training on traffic
    { id: 'cheapestinference', name: 'CheapestInference', vendor: 'CheapestInference', domains: ['cheapestinference.com'], source: 'https://docs.cheapestinference.com/privacy' }, // privacy: serves only open-source models on its own inference infrastructure; prompts processed in memory
    { id: 'melious', name: 'Melious', vendor: 'Melious', domains: ['melious.ai'], apiEndpoints: ['api.melious.ai'], source: 'https://melious.ai/docs/get-started/anthropic-sdk' }, // docs: Claude Code and the Anthropic SDK pointed at api.melious.ai run on open-weight models (GLM, DeepSeek)
    { id: 'tensorone', name: 'TensorOne', vendor: 'TensorOne', domains: ['tensorone.ai'], apiEndpoints: ['api.tensorone.ai'], source: 'https://docs.tensorone.ai/api-reference/ai/uncensored-chat' }, // docs: access to AI models (Llama, Mistral, Mixtral) without standard filtering at api.tensorone.ai
    { id: 'nsfwllm', name: 'NSFW LLM', vendor: 'NSFW LLM', domains: ['nsfwllm.com'], apiEndpoints: ['api.nsfwllm.com'], source: 'https://www.nsfwllm.com/docs' }, // docs: an OpenAI-compatible LLM API for uncensored adult content, base URL api.nsfwllm.com/v1
    // --- Decentralised and crypto-paid inference ---
    { id: 'usedecentral', name: 'Decentral', vendor: 'Decentral', domains: ['usedecentral.org'], apiEndpoints: ['api.usedecentral.org'], source: 'https://docs.usedecentral.org/api-reference/index' }, // docs: an OpenAI-compatible API backed by a decentralised inference network, base URL api.usedecentral.org
    { id: 'inferexchange', name: 'INFER', vendor: 'INFER', domains: ['inferexchange.com'], source: 'https://docs.inferexchange.com/api-reference' }, // docs: an OpenAI-compatible interface to decentralised AI inference (base URL inferexchange.com/api/v1)
    { id: 'blockrun-ai', name: 'BlockRun', vendor: 'BlockRun', domains: ['blockrun.ai'], source: 'https://blockrun.ai/signal/pay-for-ai-api-calls-in-usdc' }, // vendor guide: Claude and other models called at blockrun.ai/v1/chat/completions, paid per call in USDC (x402)
    // --- GPU clouds that sell model endpoints and LoRA serving ---
    { id: 'gpuworker', name: 'GPUWorker', vendor: 'GPUWorker', domains: ['gpuworker.com'], apiEndpoints: ['api.gpuworker.com'], source: 'https://gpuworker.com/docs/serverless/' }, // docs: auto-scaling serverless GPU inference endpoints (e.g. Llama) at api.gpuworker.com
    { id: 'provocapi', name: 'provocapi', vendor: 'Provocative Earth', domains: ['inference.provocative.earth'], source: 'https://inference.provocative.earth/docs/lora-adapters/' }, // docs: LoRA adapters hot-loaded onto vLLM workers serving Llama 3.1 base models
    { id: 'alaya-new', name: 'Alaya NeW', vendor: 'Alaya NeW', domains: ['alayanew.com'], apiEndpoints: ['api.alayanew.com'], region: 'china', source: 'https://docs.alayanew.com/en/docs/serverless/modelservice/servicelora' }, // docs: serverless inference model services with LoRA deployment on api.alayanew.com
    // --- Routers, gateways and resellers (OpenAI- and Anthropic-compatible) ---
    { id: 'linkmodel-ai', name: 'LinkModel', vendor: 'LinkModel', domains: ['linkmodel.ai'], source: 'https://docs.linkmodel.ai/api-reference/chat/anthropic-messages' }, // docs: an Anthropic-compatible endpoint for its chat models (Claude, DeepSeek, Kimi)
    { id: 'routerbrain-51kik', name: 'RouterBrain', vendor: 'RouterBrain', domains: ['51kik.com'], source: 'https://www.51kik.com/en/docs/gateway/compatibility/anthropic-differences' }, // docs: a model gateway with an Anthropic Messages-compatible surface and a shared model catalogue
    { id: 'osmapi', name: 'osmAPI', vendor: 'osmAPI', domains: ['osmapi.com'], apiEndpoints: ['api.osmapi.com'], source: 'https://docs.osmapi.com/features/anthropic-endpoint' }, // docs: any LLM in its catalogue (OpenAI, Google, Cohere, Claude) through an Anthropic-compatible endpoint at api.osmapi.com
    { id: 'apigo-ai', name: 'APIGo', vendor: 'APIGo', domains: ['apigo.ai'], apiEndpoints: ['maas.apigo.ai'], source: 'https://docs.apigo.ai/ja/api-reference/examples/structured-output-openai' }, // docs (Japanese): GPT-4.1 called through its MaaS base URL maas.apigo.ai/v1 with the OpenAI SDK
    { id: 'kaiho-cc', name: 'Kaiho', vendor: 'Kaiho', domains: ['kaiho.cc'], apiEndpoints: ['ai.kaiho.cc'], source: 'https://doc.kaiho.cc/jp/api-manual/text/general-chat' }, // docs (Japanese): one chat API for all text-generation AI models, OpenAI-compatible, at ai.kaiho.cc
    { id: 'modelgates', name: 'ModelGates', vendor: 'ModelGates', domains: ['modelgates.ai'], source: 'https://modelgates.ai/docs/cookbook/evaluate-and-optimize/rag' }, // docs: a unified API gateway for LLMs from several providers, with embeddings and rerank
    { id: 'nextmodel-app', name: 'NextModel', vendor: 'NextModel', domains: ['nextmodel.app'], source: 'https://nextmodel.app/en-SG/docs/chat-completions' }, // docs: an OpenAI-compatible gateway to chat models (e.g. doubao-seed) across providers
    { id: 'meshapi', name: 'MeshAPI', vendor: 'MeshAPI', domains: ['meshapi.ai'], source: 'https://developers.meshapi.ai/docs/guides/rag-files-search' }, // docs: files embedded for RAG search and fed into its chat completions
    { id: 'exerati', name: 'Exerati', vendor: 'Exerati', domains: ['exerati.com'], source: 'https://www.exerati.com/privacy' }, // privacy: API requests fulfilled by AI model providers, wallet billing per model and token
    { id: 'barqapi', name: 'BarqAPI', vendor: 'BarqAPI', domains: ['barqapi.com'], apiEndpoints: ['api.barqapi.com'], source: 'https://www.barqapi.com/en/docs/chat-completions' }, // docs: chat completions with GPT-4o, Claude Sonnet and DeepSeek models at api.barqapi.com
    { id: 'techvera', name: 'TechVera', vendor: 'TechVera', domains: ['techvera.ai'], apiEndpoints: ['api.techvera.ai'], region: 'europe', source: 'https://techvera.ai/docs' }, // docs: an EU-sovereign, OpenAI-compatible LLM gateway (Mistral and others) at api.techvera.ai
    { id: 'k-router', name: 'K-Router', vendor: 'K-Router', domains: ['k-router.com'], region: 'korea', source: 'https://docs.k-router.com/api-reference/generate' }, // docs (Korean): text generated with AI models (GPT-4o, Claude Sonnet) through one router key
    // --- Embedding and rerank APIs ---
    { id: 'nugen-in', name: 'Nugen', vendor: 'Nugen', domains: ['nugen.in'], region: 'india', source: 'https://docs.nugen.in/api-reference/inference/re-ranks-a-list-of-documents-based-on-their-relevance-to-the-input-query-using-an-llm-based-reranking-model' }, // docs: an inference API reranking documents with an LLM or cross-encoder model (bge-reranker)
    { id: 'geekai-co', name: 'GeekAI', vendor: 'GeekAI', domains: ['geekai.co'], source: 'https://docs.geekai.co/en/api/rerank' }, // docs: rerank and embedding models behind an OpenAI-compatible API (e.g. rerank-multilingual-v3.0)
    // --- Image, video and music model APIs ---
    { id: 'beyond-network', name: 'Beyond Network', vendor: 'Beyond Network', domains: ['beyondnetwork.xyz'], source: 'https://docs.beyondnetwork.xyz/api-reference/image-generation' }, // docs: images generated with its AI models (FLUX.1-schnell by default) through its API
    { id: 'infinity-blue', name: 'Infinity Blue', vendor: 'Infinity Blue', domains: ['getinfinityblue.com'], source: 'https://newdocs.getinfinityblue.com/en-videos/videos/create-video-generation-task' }, // docs: text- and image-to-video tasks with Kling and Google Veo models through its API
    { id: 'enhancenix', name: 'Enhancenix', vendor: 'Enhancenix', domains: ['enhancenix.com'], source: 'https://enhancenix.com/docs/api/videos' }, // docs: a video generation API that makes AI videos from images or text (Kling)
    { id: 'concurred-ai', name: 'Concurred', vendor: 'Concurred', domains: ['concurred.ai'], source: 'https://www.concurred.ai/docs/api/video' }, // docs: a video API generating with Veo 3.1, Kling 3 and Wan 2.6 (via fal.ai), beside a media API
    { id: 'nexhina-ai', name: 'Nexhina', vendor: 'Nexhina', domains: ['nexhina.ai'], source: 'https://doc.nexhina.ai/479755260e0' }, // docs: text- and image-to-video generation with Kling models through its API
    { id: 'apilaplas', name: 'APILaplas', vendor: 'APILaplas', domains: ['apilaplas.com'], source: 'https://docs.apilaplas.com/api-references/video-models/kling-ai/v1.6-standart-image-to-video' }, // docs: Kling AI video models called through its API with an API key
    // --- Regional LLM and speech APIs ---
    { id: 'induslabs', name: 'Indus Labs', vendor: 'Indus Labs', domains: ['induslabs.io'], apiEndpoints: ['voice.induslabs.io'], region: 'india', source: 'https://docs.induslabs.io/llm' }, // docs: an OpenAI-compatible LLM service (gpt-oss-120b, Llama 4 Maverick) with a voice-agent fine-tune, base URL voice.induslabs.io
    { id: 'forii-ai', name: 'Forii', vendor: 'Forii', domains: ['forii.ai'], region: 'india', source: 'https://docs.forii.ai/docs/concepts/architecture' }, // docs: inference of prompts, completions and embeddings run in Indian data centres
    { id: 'alapi-deep', name: 'alAPI', vendor: 'DEEP', domains: ['alapi.deep.sa'], region: 'middle-east', source: 'https://alapi.deep.sa/docs' }, // docs: OpenAI-compatible LLM, OCR and retrieval APIs (e.g. llama-3.3-70b) at alapi.deep.sa/v1
    { id: 'widebot-aql', name: 'AQL (WideBot)', vendor: 'WideBot', domains: ['widebot.sa'], region: 'middle-east', source: 'https://doc.widebot.sa/api-reference/aql-chat/chat-completion' }, // docs: chat completion with its AQL model, optimised for Arabic
    { id: 'mx4-ai', name: 'MX4', vendor: 'MX4', domains: ['mx4.ai'], apiEndpoints: ['api.mx4.ai'], region: 'middle-east', source: 'https://www.mx4.ai/docs/api/chat' }, // docs: an OpenAI-compatible chat API for its models (mx4-atlas-core), Arabic dialect translation
    { id: 'sawalni', name: 'Sawalni', vendor: 'Sawalni', domains: ['sawalni.com'], apiEndpoints: ['api.sawalni.com'], region: 'africa', source: 'https://api.sawalni.com/docs' }, // API docs: chat and search with its sawalni-large/small models, embeddings-based reranking (Arabic, French, English)
    { id: 'finiflow-sauti-asr', name: 'Sauti ASR (Finiflow Labs)', vendor: 'Finiflow Labs', category: 'audio', domains: ['finiflowlabs.com'], apiEndpoints: ['sauti.finiflowlabs.com'], region: 'africa', source: 'https://www.finiflowlabs.com/docs/api-reference/asr' }, // docs: Swahili speech recognition with its fine-tuned sauti-asr-v1 model at sauti.finiflowlabs.com
  ],
  { checked: CHECKED_C20 },
);
