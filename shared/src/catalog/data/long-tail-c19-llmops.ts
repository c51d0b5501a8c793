// Nineteenth session, LLM-ops pass (2026-12-06, helper `llmops`): platforms developers send prompts and data to, which
// the catalog still missed. Here: LLM gateways, routers and relays (OpenAI- and Anthropic-compatible resellers and
// aggregators, Chinese 大模型 API 中转 services, a Russian-market gateway paid in USDT, crypto-paid per-token APIs, an
// embeddings router), inference APIs for open-weight models and image models, LLM observability, tracing and cost
// trackers, prompt-engineering and evaluation tools, RAG and document-extraction APIs, AI guardrail, hallucination and
// PII-redaction proxies, a vision API and a Japanese LLM-security service. Where a vendor's docs name an API host of its
// own, that host is an `apiEndpoints` entry.
//
// Leads. 48 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their own terms, privacy
// policies, DPAs and API docs (LLM gateway, AI API aggregator, serverless GPU inference, fine-tuning, LLM observability
// and cost tracking, prompt management, LLM evaluation, RAG-as-a-service, PDF-to-markdown and structured extraction,
// guardrails, hallucination detection, PII redaction, semantic caching, red teaming, embeddings, vision/OCR, speech and
// image-generation APIs, Claude Code relays, crypto-paid APIs, EU-sovereign inference), and in Chinese (大模型 API
// 中转, 推理平台, 聚合平台, GPU 算力), Japanese (LLM API 利用規約, LLMOps, 生成AI API) and Korean (LLM API
// 게이트웨이). Every row cites a page with a path on the product's own host (docs, terms, privacy, DPA, guides, a
// glossary for Future AGI) that says in the vendor's words that the product routes prompts to, hosts, evaluates,
// traces or guards AI models. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
// Already listed and left to their entries: LLM Gateway (llmgateway.io), Inference.net, DeepInfra, ALLTKN, PromptEval,
// PromptOT, Lakera, ACAI (agilecloud.ai), LLMTune, Autogon, AssemblyAI, OfoxAI, Text Generator, DubSmart, SenseCore,
// Gitee AI, Infini-AI GenStudio (cloud.infini-ai.com), Meetcody, Emergent Mind, laozhang.ai, Shengsuanyun Router,
// PoloAPI, Nebius AI Studio, LLM API (llmapi.ai), APIpie, Vivgrid, HolySheep, Fine-Tune Lab, Sunbird AI, Blue
// Guardrails, Enkrypt AI, Regolo, Dumpling AI, Sarvam, Vals AI, Replicate, Together AI and Terranoha; Bytez is listed
// by its API host (api.bytez.com) alone, and bytez.com is left to that entry. Five subdomains are claimed alone because the parent is
// not shown to be the product: llmparser.aveya.ca (LLM PDF Parser), open.blackroute.space, visowork.sensefoundry.cn,
// claude.ai-platform.space and zhongzhuan.aihenkuai.cn (its API host api.aihenkuai.cn is an endpoint).
// names.mts puts FlexAI (flex.ai, a compute and inference company) in one group with FlexApp (flexapp.ai, an AI app
// builder in long-tail-coding.ts): two different companies and products, so both rows stay.
//
// Measured with /work/helpers/classify-hosts.mts on the 314 hosts the searches returned (vendors, articles, stores and
// shared hosts alike): 56 classified before (17.8%), 116 (36.9%) after.
//
// Left out. Template or draft pages (wdllm.com's docs with api.your-domain.com and support@example.com,
// modelbridgeapi.com's "draft MVP" policy, stelvira.com's [COMPANY NAME] terms, integralbi.ai's [Your LLC Name] terms,
// researcher.center's placeholder policy, adaptorch.ai.kr's draft pending legal review, bmt2.shihuai.tech's docs with a
// localhost base URL, snaga.ai's your-api-host.com docs); pages that do not say the product uses AI (llmcontrols.ai's
// usage policy, parsedocs.ai, llmocr.com's API docs, modkie.com's terms, texttospeechskills.com, doc.airoutix.com,
// float16.cloud's serverless-GPU docs, faray.tech's LMCS Cloud page, openweb3.ai, uboosts.com's docs,
// promptmanage.com's policy; docuparseapi.com mentions AI only as a fallback); scraping APIs for agents rather than AI
// tools (theagentmag.com, agentmag.dev, web2md.app, yetanotherapi.com's LLM scraper on a general API marketplace,
// lastcrawler.xyz); a general caching product (cachee.ai); vendors seen only on their blogs, articles or homepages,
// left as leads (BlockRun, LLM4Agents, OneKeyModel, NovAI on aiapi-pro.com, Iteration Layer, Carpathian, SemanticGuard,
// TruthVouch, ShareAI, ApplyGuardrails, LLM Vault, ThreadSync's LLM gateway product page); personal or unclear
// operators (devsonline.engineer's gateway instance, docs.mka1.com, Athena Intelligence's extractor docs,
// meridian.getnimbus.net, which the c17 devai pass also left out); hosts other passes left out (jiu96.com's bare-IP
// relay and maas.wwcsp.com, left out by the c19 China pass; FinetuneDB's policy, left out by c13 and c17); an embedded
// generative-AI feature of a restaurant app (restaurant-startup.app); and shared platforms (pages.dev, vercel.app,
// mintlify.app, github.io, zeabur.app, happyseeds.space app hosts).
//
// Later: the twentieth session's inference pass listed BlockRun (blockrun.ai) from a guide on its own site about its
// own product, and its browse pass listed web2md.app (left out here as a scraper for agents) because its own API
// description offers AI extraction; their traps here were dropped then.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const longTailC19LlmopsTools: Tool[] = defineTools(
  'developer-platform',
  [
    // --- LLM gateways, routers and model API resellers ---
    { id: 'neurorouters', name: 'NeuroRouters', vendor: 'NeuroRouters', domains: ['neurorouters.com'], source: 'https://neurorouters.com/privacy' }, // privacy: routes prompts and responses to third-party model providers at the customer's direction
    { id: 'modelmax-io', name: 'ModelMax', vendor: 'ModelMax', domains: ['modelmax.io'], source: 'https://www.modelmax.io/privacy' }, // privacy: an API gateway routing prompts to AI providers (OpenAI, Anthropic, Google)
    { id: 'onekey-1key4ai', name: 'OneKey AI (1key4ai)', vendor: 'OneKey', domains: ['1key4ai.com'], apiEndpoints: ['api.1key4ai.com'], source: 'https://1key4ai.com/under-the-hood' }, // docs: one API key and base URL (api.1key4ai.com) for 40+ models from OpenAI, Anthropic, Google, xAI
    { id: 'ruapi-ai', name: 'RuAPI', vendor: 'RuAPI', domains: ['ruapi.ai'], region: 'russia', source: 'https://docs.ruapi.ai/en/legal/privacy' }, // privacy: API calls pass through its gateway to OpenAI, Anthropic, Google, xAI, DeepSeek; USDT top-ups, Yandex Metrica
    { id: 'gatekeeper-run', name: 'Gatekeeper (gatekeeper.run)', vendor: 'Gatekeeper', domains: ['gatekeeper.run'], source: 'https://gatekeeper.run/privacy' }, // privacy: a gateway forwarding requests to AI providers (OpenAI, Anthropic) with cost analytics
    { id: 'llmai-dev', name: 'LLMAI', vendor: 'LLMAI', domains: ['llmai.dev'], apiEndpoints: ['api.llmai.dev'], source: 'https://llmai.dev/terms' }, // terms: an OpenAI-compatible API gateway proxying to upstream AI inference providers; API at api.llmai.dev
    { id: 'llmcloud-studio', name: 'LLM Cloud', vendor: 'LLM Cloud', domains: ['llmcloud.studio'], source: 'https://llmcloud.studio/terms' }, // terms: a unified API gateway to large language models from Anthropic, Google and OpenAI
    { id: 'uniapi-0-0-pro', name: 'UniAPI (0-0.pro)', vendor: 'UniAPI', domains: ['0-0.pro'], source: 'https://0-0.pro/terms' }, // terms: an LLM API gateway forwarding requests to upstream model and inference providers
    { id: 'logfare', name: 'Logfare', vendor: 'Logfare', domains: ['logfare.ai'], source: 'https://logfare.ai/privacy' }, // privacy: a free anonymous LLM API proxy that sends requests to LLM providers and may sell the logged prompts
    { id: 'paypertoken-dev', name: 'paypertoken', vendor: 'paypertoken', domains: ['paypertoken.dev'], source: 'https://paypertoken.dev/docs' }, // docs: OpenAI-compatible LLM access paid per token in USDC, no signup
    { id: 'llmmart', name: 'LLMMart', vendor: 'LLMMart', domains: ['tryllmmart.com'], source: 'https://www.tryllmmart.com/docs' }, // docs: OpenAI-compatible inference marketplace paid in USDC; works with Claude Code
    { id: 'relayplane', name: 'RelayPlane', vendor: 'RelayPlane', domains: ['relayplane.com'], source: 'https://relayplane.com/docs/providers/anthropic' }, // docs: proxies the Anthropic Messages API for Claude Code and converts OpenAI-format calls
    { id: 'spendlil', name: 'SpendLil', vendor: 'SpendLil', domains: ['spendlil.io'], apiEndpoints: ['anthropic.gateway.spendlil.ai'], source: 'https://spendlil.io/guides/anthropic' }, // guide: proxies Anthropic Claude API calls through anthropic.gateway.spendlil.ai
    { id: 'ai-platform-claude-proxy', name: 'Claude Code API Proxy (ai-platform.space)', vendor: 'ai-platform.space', domains: ['claude.ai-platform.space'], source: 'https://claude.ai-platform.space/api/docs/json' }, // API docs: an OpenAI-compatible proxy to Claude through a Claude Max subscription
    { id: 'blackroute-open', name: 'BlackRoute Open API', vendor: 'BlackRoute', domains: ['open.blackroute.space'], source: 'https://open.blackroute.space/privacy' }, // privacy: a pass-through API proxy to upstream AI providers (Google Vertex AI)
    { id: 'hiway2llm', name: 'Hiway2LLM', vendor: 'Hiway2LLM', domains: ['hiway2llm.com'], source: 'https://www.hiway2llm.com/docs/multimodal/multimodal-images' }, // docs: an LLM gateway; image generation through fal.ai Flux, DALL-E 3 and Stability models with your keys
    { id: 'embedroute', name: 'EmbedRoute', vendor: 'EmbedRoute', domains: ['embedroute.com'], source: 'https://www.embedroute.com/terms' }, // terms: one API routing embedding requests to OpenAI, Voyage AI, Cohere and Mistral
    { id: 'aigateway-sh', name: 'AI Gateway (aigateway.sh)', vendor: 'AI Gateway', domains: ['aigateway.sh'], source: 'https://aigateway.sh/docs/embeddings' }, // docs: OpenAI-shape inference endpoints across OpenAI, Cohere, Voyage and open-weight models
    { id: 'gptproto', name: 'GPTProto', vendor: 'GPTProto', domains: ['gptproto.com'], source: 'https://docs.gptproto.com/docs/api/openai/gpt-41-nano/official-format%28response%29/image-analysis' }, // API docs: image analysis with vision-enabled models such as GPT-4.1 nano through its API keys
    // --- Chinese and Japanese model API relays (大模型 API 中转) ---
    { id: 'claude-relay-cldapi', name: 'Claude Relay (cldapi.com)', vendor: 'Claude Relay', domains: ['cldapi.com'], region: 'china', source: 'https://www.cldapi.com/docs' }, // docs (Chinese): a Claude API 中转 service forwarding requests to Anthropic's endpoint
    { id: 'clpai', name: 'CLPAI Agent', vendor: 'CLPAI', domains: ['clpai.com'], region: 'china', source: 'https://www.clpai.com/privacy-policy.html' }, // privacy (Chinese): API routing and agent infrastructure; prompts, files and images go to models
    { id: 'aiproxynode', name: 'AIProxyNode', vendor: 'AIProxyNode', domains: ['aiproxynode.com'], region: 'china', source: 'https://docs.aiproxynode.com/en/legal.html' }, // terms: an API gateway for AI models, billed per token at upstream model rates
    { id: 'anyhop-ai', name: 'AnyHop AI', vendor: 'AnyHop AI', domains: ['anyhop.ai'], region: 'china', source: 'https://www.anyhop.ai/terms.html' }, // terms (Chinese): AI 大模型 API aggregation and relay
    { id: 'aihenkuai-zhongzhuan', name: 'AIHenKuai 大模型 API 中转', vendor: 'AIHenKuai', domains: ['zhongzhuan.aihenkuai.cn'], apiEndpoints: ['api.aihenkuai.cn'], region: 'china', source: 'https://zhongzhuan.aihenkuai.cn/docs/api' }, // docs (Chinese): one relay for all major AI model APIs at api.aihenkuai.cn
    { id: 'visowork-vision-api', name: 'VisoWork Vision API', vendor: 'SenseFoundry', domains: ['visowork.sensefoundry.cn'], region: 'china', source: 'https://visowork.sensefoundry.cn/docs/api/vision' }, // API docs: image description, OCR and detection on the qwen-vl-max model
    { id: 'llm-audit', name: 'LLM-Audit', vendor: 'LLM-Audit', domains: ['llm-audit.com'], region: 'japan', source: 'https://llm-audit.com/terms' }, // terms (Japanese): multi-layer security guardrails for employees' and products' LLM use
    // --- Inference APIs for open-weight and image models ---
    { id: 'servellm', name: 'ServeLLM', vendor: 'ServeLLM', domains: ['servellm.com'], source: 'https://www.servellm.com/terms' }, // terms: an OpenAI-compatible inference API for open-source LLMs (Qwen, Llama, Mistral, DeepSeek)
    { id: 'open-inference-xyz', name: 'Open Inference', vendor: 'Open Inference', domains: ['openinference.xyz'], apiEndpoints: ['api.openinference.xyz'], source: 'https://docs.openinference.xyz/api-reference/introduction' }, // API docs: chat responses from models at api.openinference.xyz, OpenAI SDK compatible
    { id: 'sodura-ai', name: 'Sodura', vendor: 'Sodura', domains: ['sodura.ai'], source: 'https://platform.sodura.ai/docs/api-reference' }, // API docs: OpenAI-compatible chat completions with streaming, tool calling and JSON mode
    { id: 'smally-dev', name: 'Smally', vendor: 'Smally', domains: ['smally.dev'], source: 'https://smally.dev/docs/api/create-embedding-handler' }, // API docs: text embeddings from the all-MiniLM-L6-v2 sentence-transformer model
    { id: 'flexai', name: 'FlexAI', vendor: 'FlexAI', domains: ['flex.ai'], source: 'https://docs.flex.ai/api-reference/images/generate-an-image' }, // API docs: image generation on FLUX.1 models with FlexAI virtual API keys
    { id: 'sandbase-ai', name: 'Sandbase', vendor: 'Sandbase', domains: ['sandbase.ai'], source: 'https://www.sandbase.ai/docs/api-reference/models/image.html' }, // API docs: images from AI models such as FLUX, Stable Diffusion and DALL-E
    { id: 'vtrix-ai', name: 'Vtrix', vendor: 'Vtrix', domains: ['vtrix.ai'], source: 'https://doc.vtrix.ai/docs/api/blackforestlabs/flux-2-pro' }, // API docs: Black Forest Labs FLUX.2 Pro image generation through its API keys
    // --- LLM observability, tracing, cost and evaluation ---
    { id: 'tokentrace', name: 'tokentrace', vendor: 'tokentrace', domains: ['tokentrace.app'], source: 'https://tokentrace.app/privacy' }, // privacy: LLM observability capturing every prompt, completion, model and cost
    { id: 'traice', name: 'trAIce', vendor: 'trAIce', domains: ['runtraice.com'], source: 'https://www.runtraice.com/legal/dpa' }, // DPA: ingestion and analysis of LLM-call metadata for cost and margin analytics
    { id: 'llm-cost-tracker', name: 'LLM Cost Tracker', vendor: 'LLM Cost Tracker', domains: ['llmcosttracker.com'], source: 'https://www.llmcosttracker.com/terms' }, // terms: LLM cost attribution and observability for calls to Anthropic, OpenAI, Google, xAI
    { id: 'llmtrack', name: 'LLMtrack', vendor: 'LLMtrack', domains: ['llm-track.com'], source: 'https://llm-track.com/privacy' }, // privacy: tracks LLM usage, model activity, token counts, cost and latency
    { id: 'histeeria', name: 'Histeeria', vendor: 'Histeeria', domains: ['histeeria.com'], source: 'https://docs.histeeria.com/sdk/tracing' }, // SDK docs: traces chains of LLM calls (RAG, ReAct, multi-agent) for monitoring
    { id: 'kloddy', name: 'Kloddy', vendor: 'Kloddy', domains: ['kloddy.com'], source: 'https://kloddy.com/terms' }, // terms: prompt engineering, model evaluation (LLM-as-a-judge) and AI governance on GPT-4o, Claude, Gemini
    { id: 'future-agi', name: 'Future AGI', vendor: 'Future AGI', domains: ['futureagi.com'], source: 'https://futureagi.com/glossary/rag-as-a-service' }, // glossary: its knowledge-base setup, retriever spans and groundedness evals for LLM apps
    // --- RAG, document parsing and extraction ---
    { id: 'rag-buddy', name: 'RAG-Buddy', vendor: 'RAG-Buddy', domains: ['ragbuddy.ai'], apiEndpoints: ['api.ragbuddy.ai'], source: 'https://docs.ragbuddy.ai/guidebook/rest-api-endpoint' }, // docs: a RAG+citation endpoint (api.ragbuddy.ai) placed in an LLM pipeline
    { id: 'usageguard', name: 'UsageGuard', vendor: 'UsageGuard', domains: ['usageguard.com'], source: 'https://docs.usageguard.com/features/documents' }, // docs: AI-powered RAG document processing with embeddings
    { id: 'llm-pdf-parser-aveya', name: 'LLM PDF Parser', vendor: 'Aveya', domains: ['llmparser.aveya.ca'], source: 'https://llmparser.aveya.ca/privacy' }, // privacy: parses uploaded PDFs with the user's OpenAI API key and system prompt
    { id: 'retab', name: 'Retab', vendor: 'Retab', domains: ['retab.com'], source: 'https://docs.retab.com/api-reference/documents/extract' }, // API docs: extracts structured data from documents using LLMs and a JSON schema
    { id: 'extruct-ai', name: 'Extruct AI', vendor: 'Extruct AI', category: 'search', domains: ['extruct.ai'], source: 'https://www.extruct.ai/docs/extruct-ai/technology' }, // docs: research answers found by an LLM and checked by a second LLM with citations
    // --- Guardrails, hallucination detection and PII redaction ---
    { id: 'assurancehub-ai', name: 'AssuranceHub', vendor: 'AssuranceHub', domains: ['assurancehub.ai'], apiEndpoints: ['api.assurancehub.ai'], source: 'https://www.assurancehub.ai/docs/api/hallucination' }, // API docs: detects hallucinations in AI-generated responses with multiple models
    { id: 'nyraxis', name: 'Nyraxis', vendor: 'Nyraxis', domains: ['nyraxis.io'], source: 'https://nyraxis.io/docs/providers/hallucination' }, // docs: a guardrail provider flagging ungrounded claims in LLM output
    { id: 'proxide', name: 'Proxide', vendor: 'Proxide', domains: ['proxide.ai'], source: 'https://proxide.ai/docs/pii-redaction' }, // docs: its gateway redacts PII from prompts before forwarding them to any LLM provider
    { id: 'grepture', name: 'Grepture', vendor: 'Grepture', domains: ['grepture.com'], source: 'https://grepture.com/en/guides/redact-pii-openai-api' }, // guide: a security proxy between your app and OpenAI that masks PII and secrets
  ],
  { checked: CHECKED_C19 },
);
