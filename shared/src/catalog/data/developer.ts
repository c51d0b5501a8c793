// Model hubs, developer consoles and inference APIs. `apiEndpoints` are the hosts a web page calls when it
// embeds the vendor's models — the embedded-AI signal — and are matched on their own, apart from visits.
import type { Tool } from '../../schemas/tool';
import { AWS_REGIONS, VERTEX_REGIONS, awsConsole, defineTools, listed, CHECKED_2, CHECKED_3, v2flyAt, CHECKED_C10 } from './define';

export const developerTools: Tool[] = defineTools('developer-platform', [
  {
    id: 'openai-platform',
    name: 'OpenAI Platform',
    vendor: 'OpenAI',
    domains: ['platform.openai.com'],
    apiEndpoints: ['api.openai.com'],
    supplier: { trainsOnInputsByDefault: false, enterpriseTier: true, dataRegions: ['US', 'EU'] },
    // platform.openai.com as the OpenAI API's site: listed('digidai', 'README_EN.md'), CHECKED_C10
    source: 'https://developers.openai.com/docs/guides/your-data',
    checked: CHECKED_C10,
  },
  {
    id: 'anthropic-console',
    name: 'Claude Console',
    vendor: 'Anthropic',
    domains: ['console.anthropic.com', 'platform.claude.com'],
    // aws-external-anthropic.<region>.api.aws, the Claude API hosted in AWS: listed('vercelai', 'packages/anthropic-aws/src/anthropic-aws-provider.ts'), CHECKED_3
    apiEndpoints: ['api.anthropic.com', ...AWS_REGIONS.map((region) => `aws-external-anthropic.${region}.api.aws`)],
    supplier: { trainsOnInputsByDefault: false, enterpriseTier: true },
    source: listed('portkey', 'cookbook/providers/anthropic.ipynb'),
    checked: CHECKED_3,
  },
  {
    id: 'google-ai-studio',
    name: 'Google AI Studio',
    vendor: 'Google',
    domains: ['aistudio.google.com', 'ai.studio', 'makersuite.google.com', 'ai.google.dev', 'generativeai.google', 'ai.dev'],
    apiEndpoints: [
      'generativelanguage.googleapis.com',
      // The rest: v2flyAt('google-deepmind'), read on CHECKED_3 (Generative Language API and AI Studio backends).
      'geller-pa.googleapis.com',
      'proactivebackend-pa.googleapis.com',
      'robinfrontend-pa.googleapis.com',
      'alkalicore-pa.clients6.google.com',
      'alkalimakersuite-pa.clients6.google.com',
      'webchannel-alkalimakersuite-pa.clients6.google.com',
    ],
    supplier: { trainsOnInputsByDefault: true, enterpriseTier: true },
    source: v2flyAt('google-deepmind'),
    checked: CHECKED_3,
  },
  {
    id: 'vertex-ai',
    name: 'Vertex AI',
    vendor: 'Google Cloud',
    // console.cloud.google.com/agent-platform: listed('stevoisiakai', 'GenAI-Blocklist-Extra.txt') (line 235, the console's
    // "Create Gemini API Key" button to /agent-platform/studio), CHECKED_3
    // cloud.google.com/vertex-ai (the product page): listed('eudk'); cloud.google.com/products/agent-builder (Vertex AI
    // Agent Builder, folded into the agent platform): listed('zijianni'); both CHECKED_3
    // console.cloud.google.com/gen-app-builder (Agent Builder's console: data stores and search apps): Google's own
    // GoogleCloudPlatform/generative-ai@23b75dab2c25248f352d4c39e3c5984398b4b448
    // search/vais-building-blocks/inline_ingestion_of_documents.ipynb (Apache-2.0 licence file); cloud.google.com/generative-ai-app-builder
    // (Agent Builder's pages) and cloud.google.com/ai/generative-ai (Google Cloud's generative AI page): Google's own
    // GoogleCloudPlatform/contact-center-ai-samples@386e4048a59f866ee15b41aa543d6d821097e4b3 blood-donation-agent/site/views/index.html
    // and generative-chatbots/README.md (Apache-2.0); all CHECKED_C13
    urlPrefixes: ['console.cloud.google.com/vertex-ai', 'console.cloud.google.com/agent-platform', 'cloud.google.com/vertex-ai', 'cloud.google.com/products/agent-builder', 'console.cloud.google.com/gen-app-builder', 'cloud.google.com/generative-ai-app-builder', 'cloud.google.com/ai/generative-ai'],
    // aiplatform.<eu|us>.rep.googleapis.com, the multi-region endpoints: listed('vercelai', 'packages/google-vertex/src/google-vertex-provider-base.ts'), CHECKED_3
    apiEndpoints: [
      'aiplatform.googleapis.com',
      ...VERTEX_REGIONS.map((region) => `${region}-aiplatform.googleapis.com`),
      'aiplatform.eu.rep.googleapis.com',
      'aiplatform.us.rep.googleapis.com',
      // asia-east1-aiplatform.googleapis.com (2026-12-06), the Taiwan region's endpoint, which VERTEX_REGIONS lacks:
      // listed('aumosshadowai', 'src/aumos_shadow_ai_toolkit/core/providers.py') (mapped to Google), CHECKED_C12
      'asia-east1-aiplatform.googleapis.com',
      // firebasevertexai.googleapis.com (2026-12-05), the host web and mobile apps call Gemini through (Vertex AI in
      // Firebase, now Firebase AI Logic): DEFAULT_DOMAIN in Google's own SDK (Apache-2.0),
      // https://github.com/firebase/firebase-js-sdk/blob/0c6b17496f78121894b5756c694a82875347ce38/packages/ai/src/constants.ts
      'firebasevertexai.googleapis.com',
    ],
    supplier: { trainsOnInputsByDefault: false, enterpriseTier: true },
    source: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/resources/zero-data-retention',
    checked: CHECKED_C10,
  },
  {
    id: 'azure-ai-foundry',
    name: 'Azure AI Foundry',
    vendor: 'Microsoft',
    domains: ['ai.azure.com', 'oai.azure.com'],
    // api.cognitive.microsoft.com (2026-12-05): the Azure AI (Cognitive) services' regional endpoints
    // <region>.api.cognitive.microsoft.com, listed as AzureRegionBaseUrl in Microsoft's own Azure SDK for Ruby
    // (azure_cognitiveservices_contentmoderator 0.16.0, stored copy of its reference at
    // https://www.rubydoc.info/gems/azure_cognitiveservices_contentmoderator/0.16.0/Azure/CognitiveServices/ContentModerator/V1_0/Models/AzureRegionBaseUrl read)
    apiEndpoints: ['openai.azure.com', 'services.ai.azure.com', 'cognitiveservices.azure.com', 'models.ai.azure.com', 'api.cognitive.microsoft.com'],
    supplier: { trainsOnInputsByDefault: false, enterpriseTier: true },
    // ai.azure.com as Azure AI Foundry: listed('kostja94'); oai.azure.com, where Azure OpenAI deployments are managed:
    // listed('chatall', 'src/i18n/locales/en.json'); both CHECKED_C10
    source: 'https://learn.microsoft.com/en-us/legal/cognitive-services/openai/data-privacy',
    checked: CHECKED_C10,
  },
  {
    id: 'amazon-bedrock',
    name: 'Amazon Bedrock',
    vendor: 'Amazon Web Services',
    // aws.amazon.com/bedrock/agents (Bedrock Agents' page): listed('zijianni'), CHECKED_3
    urlPrefixes: [...awsConsole('bedrock'), 'aws.amazon.com/bedrock/agents'],
    // bedrock-mantle.<region>.api.aws, Bedrock's OpenAI-compatible API: listed('vercelai', 'packages/amazon-bedrock/src/mantle/bedrock-mantle-provider.ts'), CHECKED_3
    // bedrock.<region> (control plane: models, fine-tuning) and bedrock-agent-runtime.<region> (invoking agents and
    // flows, querying knowledge bases): AWS's endpoint reference https://docs.aws.amazon.com/general/latest/gr/bedrock.html
    // (stored copy read 2026-12-05), which gives each API its regional host. bedrock-agent.<region> (building agents)
    // is left out only because the schema caps an entry at 100 endpoints.
    apiEndpoints: AWS_REGIONS.flatMap((region) => [
      `bedrock-runtime.${region}.amazonaws.com`,
      `bedrock-mantle.${region}.api.aws`,
      `bedrock.${region}.amazonaws.com`,
      `bedrock-agent-runtime.${region}.amazonaws.com`,
    ]),
    supplier: { trainsOnInputsByDefault: false, enterpriseTier: true },
    source: 'https://docs.aws.amazon.com/he_il/bedrock/latest/userguide/data-protection.md',
    checked: CHECKED_C10,
  },
  {
    id: 'mistral-console',
    region: 'europe',
    name: 'Mistral AI Studio',
    vendor: 'Mistral AI',
    domains: ['console.mistral.ai', 'admin.mistral.ai'],
    apiEndpoints: ['api.mistral.ai', 'codestral.mistral.ai'],
    supplier: { trainsOnInputsByDefault: false, enterpriseTier: true, dataRegions: ['EU'] },
    source: listed('librechatdocs', 'content/docs/configuration/librechat_yaml/ai_endpoints/mistral.de.mdx'),
    checked: CHECKED_3,
  },
  {
    id: 'cohere-platform',
    name: 'Cohere Platform',
    vendor: 'Cohere',
    domains: ['dashboard.cohere.com', 'cohere.com', 'cohere.ai'],
    apiEndpoints: ['api.cohere.com', 'api.cohere.ai'],
    supplier: { enterpriseTier: true },
    source: v2flyAt('category-ai-!cn'),
    checked: CHECKED_3,
  },
  {
    id: 'xai-console',
    name: 'xAI Console',
    vendor: 'xAI',
    domains: ['console.x.ai'],
    apiEndpoints: ['api.x.ai'],
    source: listed('eudk'),
    checked: CHECKED_3,
  },
  {
    id: 'hugging-face',
    name: 'Hugging Face',
    vendor: 'Hugging Face',
    domains: ['huggingface.co', 'hf.co'],
    apiEndpoints: ['api-inference.huggingface.co', 'router.huggingface.co'],
    supplier: { enterpriseTier: true },
    source: v2flyAt('huggingface'),
    checked: CHECKED_3,
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    vendor: 'OpenRouter',
    domains: ['openrouter.ai'],
    apiEndpoints: ['openrouter.ai'],
    source: v2flyAt('category-ai-!cn'),
    checked: CHECKED_3,
  },
  { id: 'groq', name: 'GroqCloud', vendor: 'Groq', domains: ['groq.com'], apiEndpoints: ['api.groq.com'], source: v2flyAt('groq'), checked: CHECKED_3 },
  { id: 'cerebras', name: 'Cerebras Inference', vendor: 'Cerebras', domains: ['cerebras.ai', 'cerebras.net'], apiEndpoints: ['api.cerebras.ai'], source: v2flyAt('cerebras'), checked: CHECKED_3 }, // cerebras.net: listed('eudk'), listed('bsaisuryacharan')
  { id: 'together-ai', name: 'Together AI', vendor: 'Together AI', domains: ['together.ai', 'together.xyz'], apiEndpoints: ['api.together.xyz', 'api.together.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'fireworks-ai', name: 'Fireworks AI', vendor: 'Fireworks AI', domains: ['fireworks.ai'], apiEndpoints: ['api.fireworks.ai'], source: listed('arunagirinathan', 'README.md'), checked: CHECKED_3 },
  { id: 'replicate', name: 'Replicate', vendor: 'Replicate', domains: ['replicate.com'], apiEndpoints: ['api.replicate.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'deepinfra', name: 'DeepInfra', vendor: 'DeepInfra', domains: ['deepinfra.com'], apiEndpoints: ['api.deepinfra.com'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'perplexity-api', name: 'Perplexity API', vendor: 'Perplexity AI', apiEndpoints: ['api.perplexity.ai'], source: listed('librechatdocs', 'content/docs/configuration/librechat_yaml/ai_endpoints/perplexity.de.mdx'), checked: CHECKED_3 },
  { id: 'deepseek-platform', name: 'DeepSeek Platform', vendor: 'DeepSeek', domains: ['platform.deepseek.com'], apiEndpoints: ['api.deepseek.com'], supplier: { dataRegions: ['CN'] }, source: listed('eudk'), checked: CHECKED_2 },
  { id: 'github-models', name: 'GitHub Models', vendor: 'GitHub', domains: ['github.ai'], urlPrefixes: ['github.com/marketplace/models'], apiEndpoints: ['models.github.ai', 'models.inference.ai.azure.com'], source: v2flyAt('github'), checked: CHECKED_3 },
  { id: 'cloudflare-ai-gateway', name: 'Cloudflare AI Gateway', vendor: 'Cloudflare', apiEndpoints: ['gateway.ai.cloudflare.com'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  // vercel.com/ai-gateway (the gateway's page on Vercel's site): Vercel's own AI SDK docs, listed('vercelai',
  // 'content/docs/02-getting-started/02-nextjs-app-router.mdx'), CHECKED_C13
  { id: 'vercel-ai-gateway', name: 'Vercel AI Gateway', vendor: 'Vercel', urlPrefixes: ['vercel.com/ai-gateway'], apiEndpoints: ['ai-gateway.vercel.sh'], source: listed('roocode', 'packages/types/src/providers/vercel-ai-gateway.ts'), checked: CHECKED_3 },
  { id: 'modal', name: 'Modal', vendor: 'Modal Labs', domains: ['modal.com'], source: listed('zijianni', 'README.ja.md'), checked: CHECKED_3 },
  { id: 'baseten', name: 'Baseten', vendor: 'Baseten', domains: ['baseten.co'], source: listed('filipecalegario'), checked: CHECKED_3 },
  { id: 'anyscale', name: 'Anyscale', vendor: 'Anyscale', domains: ['anyscale.com'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'novita-ai', name: 'Novita AI', vendor: 'Novita AI', domains: ['novita.ai'], apiEndpoints: ['api.novita.ai'], source: listed('anythingllm', 'README.md'), checked: CHECKED_3 },
  { id: 'sambanova', name: 'SambaNova Cloud', vendor: 'SambaNova Systems', domains: ['sambanova.ai'], apiEndpoints: ['api.sambanova.ai'], source: listed('steven2358', 'DISCOVERIES.md'), checked: CHECKED_2 },
  { id: 'hyperbolic', name: 'Hyperbolic', vendor: 'Hyperbolic Labs', domains: ['hyperbolic.xyz'], apiEndpoints: ['api.hyperbolic.xyz'], source: listed('mvalentsev', 'README.md'), checked: CHECKED_3 },
  { id: 'nebius-ai-studio', name: 'Nebius AI Studio', vendor: 'Nebius', domains: ['studio.nebius.com', 'studio.nebius.ai'], apiEndpoints: ['api.studio.nebius.com', 'api.studio.nebius.ai'], source: listed('cline', 'docs/provider-config/other-30-plus-providers.mdx'), checked: CHECKED_3 },
  { id: 'nvidia-build', name: 'NVIDIA API Catalog', vendor: 'NVIDIA', domains: ['build.nvidia.com', 'ai.nvidia.com'], apiEndpoints: ['integrate.api.nvidia.com', 'ai.api.nvidia.com'], source: listed('anythingllm', 'README.md'), checked: CHECKED_3 }, // ai.nvidia.com (NIM's earlier home) and ai.api.nvidia.com (retrieval and rerank models): listed('haystack', 'integrations/nvidia/src/haystack_integrations/utils/nvidia/models.py')
  { id: 'ibm-watsonx', name: 'IBM watsonx.ai', vendor: 'IBM', domains: ['dataplatform.cloud.ibm.com'], urlPrefixes: ['www.ibm.com/products/watsonx-ai', 'www.ibm.com/watsonx'], apiEndpoints: ['us-south.ml.cloud.ibm.com', 'eu-de.ml.cloud.ibm.com', 'eu-gb.ml.cloud.ibm.com', 'jp-tok.ml.cloud.ibm.com', 'au-syd.ml.cloud.ibm.com', 'ca-tor.ml.cloud.ibm.com', 'ap-south-1.aws.wxai.ibm.com', 'api.au-syd.dai.cloud.ibm.com', 'api.ca-tor.dai.cloud.ibm.com'], source: listed('continuedev', 'docs/customize/model-providers/more/watsonx.mdx'), checked: CHECKED_3 }, // www.ibm.com/products/watsonx-ai: listed('mrkomiljon', 'docs/more_detailed.md'), CHECKED_3; www.ibm.com/watsonx, the provider's page: listed('anyllm', 'src/any_llm/providers/watsonx/watsonx.py'), CHECKED_3; the other regions' watsonx.ai API hosts (London, Tokyo, Sydney, Toronto, Mumbai on AWS) and the Sydney and Toronto platform API hosts: IBM's own SDK (Apache-2.0), https://github.com/IBM/watsonx-ai-java-sdk/blob/e07dd5110f39122db3530393451372d092b4c085/modules/watsonx-ai/src/main/java/com/ibm/watsonx/ai/CloudRegion.java, read 2026-12-05
  { id: 'aleph-alpha', region: 'europe', name: 'Aleph Alpha', vendor: 'Aleph Alpha', domains: ['aleph-alpha.com'], apiEndpoints: ['api.aleph-alpha.com'], supplier: { enterpriseTier: true, dataRegions: ['EU'] }, source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'voyage-ai', name: 'Voyage AI', vendor: 'Voyage AI', domains: ['voyageai.com'], apiEndpoints: ['api.voyageai.com', 'ai.mongodb.com'], source: listed('anythingllm', 'README.md'), checked: CHECKED_3 }, // ai.mongodb.com, Voyage's API for MongoDB Atlas keys: listed('langchainjs', 'libs/providers/langchain-mongodb/src/voyage.ts')
  { id: 'jina-ai', name: 'Jina AI', vendor: 'Jina AI', domains: ['jina.ai', 'promptperfect.jinaai.cn'], apiEndpoints: ['api.jina.ai', 'r.jina.ai', 's.jina.ai'], source: listed('filipecalegario'), checked: CHECKED_2 }, // promptperfect.jinaai.cn: listed('rvelamen', 'data.json') (PromptPerfect, as promptperfect.jina.ai)
  { id: 'kaggle-models', name: 'Kaggle Models', vendor: 'Google', urlPrefixes: ['www.kaggle.com/models'], source: listed('tensorchord'), checked: CHECKED_C10 },
  { id: 'langsmith', name: 'LangSmith', vendor: 'LangChain', domains: ['smith.langchain.com', 'langchain.com', 'langsmith.io'], apiEndpoints: ['api.smith.langchain.com'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 }, // langsmith.io (2026-12-06): listed('kennethanceyer', 'README.md'), "LangSmith … by the LangChain team"
  { id: 'weights-biases', name: 'Weights & Biases', vendor: 'CoreWeave', domains: ['wandb.ai'], apiEndpoints: ['api.wandb.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'comfy', name: 'ComfyUI', vendor: 'Comfy Org', category: 'image', domains: ['comfy.org', 'comfyregistry.org', 'comfyci.org'], source: v2flyAt('comfy'), checked: CHECKED_3 },
  { id: 'h2o-ai', name: 'H2O.ai', vendor: 'H2O.ai', domains: ['h2o.ai'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'mozilla-ai', name: 'Mozilla.ai', vendor: 'Mozilla', domains: ['mozilla.ai'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'assemblyai', name: 'AssemblyAI', vendor: 'AssemblyAI', domains: ['assemblyai.com'], apiEndpoints: ['api.assemblyai.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'deepgram', name: 'Deepgram', vendor: 'Deepgram', domains: ['deepgram.com'], apiEndpoints: ['api.deepgram.com'], source: listed('steven2358', 'DISCOVERIES.md'), checked: CHECKED_2 },
  { id: 'stability-api', region: 'europe', name: 'Stability AI Platform', vendor: 'Stability AI', domains: ['platform.stability.ai'], apiEndpoints: ['api.stability.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'lamini', name: 'Lamini', vendor: 'Lamini', domains: ['lamini.ai'], source: 'https://github.com/lamini-ai/lamini/blob/379059734824397808bd1605fdb506a3350a23a7/README.md', checked: CHECKED_C10 },
  { id: 'predibase', name: 'Predibase', vendor: 'Rubrik', domains: ['predibase.com'], source: listed('richawo', 'building.md'), checked: CHECKED_C10 },
  // api.runpod.ai (2026-12-05): the serverless endpoints' host, the default RUNPOD_ENDPOINT_BASE_URL of the vendor's
  // own SDK, https://api.runpod.ai/v2 (runpod/runpod-python@07fc6e2b02b6a97a0e94fbdcf53c66949c1a6164
  // runpod/__init__.py, MIT).
  { id: 'runpod', name: 'RunPod', vendor: 'RunPod', domains: ['runpod.io'], apiEndpoints: ['api.runpod.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'vast-ai', name: 'Vast.ai', vendor: 'Vast.ai', domains: ['vast.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'lepton', name: 'Lepton AI', vendor: 'NVIDIA', domains: ['lepton.ai'], apiEndpoints: ['llama3-1-405b.lepton.run'], source: listed('lihongzhai', 'ai_tools.csv'), checked: CHECKED_2 }, // llama3-1-405b.lepton.run: the Lepton provider's default URL (/api/v1) in listed('c16providers2zeroclaw', 'crates/zeroclaw-providers/src/factory.rs'), CHECKED_C16
  { id: 'featherless', name: 'Featherless', vendor: 'Featherless', domains: ['featherless.ai'], source: 'https://featherless.ai/docs', checked: CHECKED_C10 },
  { id: 'parasail', name: 'Parasail', vendor: 'Parasail', domains: ['parasail.io'], source: 'https://docs.parasail.io/parasail-docs/dedicated/dedicated-endpoint-management-api', checked: CHECKED_C10 },
  { id: 'friendli', name: 'FriendliAI', vendor: 'FriendliAI', domains: ['friendli.ai'], source: listed('modelsdev', 'providers/friendli/models/zai-org/GLM-5.2.toml'), checked: CHECKED_3 },
  { id: 'unify', name: 'Unify', vendor: 'Unify', domains: ['unify.ai'], source: 'https://github.com/unifyai/unify/blob/f5ed39fdd6e19f588f2c1f2723e407243f55ad22/README.md', checked: CHECKED_C10 }, // the README now presents unify.ai as AI teammates (agents), no longer an LLM router
  { id: 'litellm', name: 'LiteLLM', vendor: 'BerriAI', domains: ['litellm.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'arize', name: 'Arize AI', vendor: 'Arize', domains: ['arize.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  // braintrustdata.com (2026-12-05): Braintrust's earlier host: its own SDK's dev server lets in
  // https://www.braintrustdata.com beside the main origin https://www.braintrust.dev (braintrustdata/braintrust-
  // sdk@a696a72395bb5829c8579af7e108c8c52745a685 js/dev/authorize.ts).
  { id: 'braintrust', name: 'Braintrust', vendor: 'Braintrust', domains: ['braintrust.dev', 'braintrustdata.com'], source: listed('arunagirinathan', 'README.md'), checked: CHECKED_3 },
  { id: 'llamaindex', name: 'LlamaIndex', vendor: 'LlamaIndex', domains: ['llamaindex.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'weaviate', name: 'Weaviate', vendor: 'Weaviate', domains: ['weaviate.io'], source: listed('anythingllm', 'README.md'), checked: CHECKED_3 },
  { id: 'chroma', name: 'Chroma', vendor: 'Chroma', domains: ['trychroma.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'qdrant', name: 'Qdrant', vendor: 'Qdrant', domains: ['qdrant.tech', 'cloud.qdrant.io'], source: listed('anythingllm', 'README.md'), checked: CHECKED_3 }, // cloud.qdrant.io, Qdrant Cloud's console: listed('richawo', 'resources/free-compute-and-credits.md'), CHECKED_3
  { id: 'zilliz', name: 'Zilliz Cloud', vendor: 'Zilliz', domains: ['zilliz.com'], source: listed('anythingllm', 'README.md'), checked: CHECKED_3 },
  { id: 'unstructured', name: 'Unstructured', vendor: 'Unstructured', domains: ['unstructured.io'], apiEndpoints: ['api.unstructuredapp.io'], source: listed('natnew', 'README.md'), checked: CHECKED_3 }, // api.unstructuredapp.io: listed('langchaincommunity', 'libs/community/langchain_community/document_loaders/unstructured.py')
  { id: 'roboflow', name: 'Roboflow', vendor: 'Roboflow', domains: ['roboflow.com'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'scale-ai', name: 'Scale AI', vendor: 'Scale AI', domains: ['scale.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'labelbox', name: 'Labelbox', vendor: 'Labelbox', domains: ['labelbox.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'snorkel', name: 'Snorkel AI', vendor: 'Snorkel', domains: ['snorkel.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'openpipe', name: 'OpenPipe', vendor: 'CoreWeave', domains: ['openpipe.ai'], source: 'https://docs.openpipe.ai/features/fine-tuning/webapp', checked: CHECKED_C10 },
  { id: 'clarifai', name: 'Clarifai', vendor: 'Clarifai', domains: ['clarifai.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'cerebrium', name: 'Cerebrium', vendor: 'Cerebrium', domains: ['cerebrium.ai'], source: listed('mvalentsev', 'README.md'), checked: CHECKED_3 },
  { id: 'beam-cloud', name: 'Beam Cloud', vendor: 'Beam', domains: ['beam.cloud'], source: listed('richawo', 'building.md'), checked: CHECKED_C10 },
]);
