// Traps beside the rows the twentieth session's inference pass added (data/long-tail-c20-inference.ts): the ordinary
// sites next to each kind of AI model API (crypto payments and chains, containers and GPU hosting, databases, video
// and audio sites, payments and API tooling), the parents of the claimed subdomains, the shared-platform copies and the
// left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every
// new host must reach its own entry.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists Caesar (caesar.xyz), whose
// research API names the AI model used for synthesis; the compatibility-stub trap is dropped.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists EcoLink on docs.ecohash.com
// (managed LoRA fine-tuning served as an OpenAI-compatible API; ecohash.com itself stays unclassified); the trap is
// dropped.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists Float16 (float16.cloud) from its
// LLM-as-a-service API reference; the serverless-GPU trap is dropped.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists the AI Stats Gateway (ai-
// stats.phaseo.app, api.phaseo.app; phaseo.app itself stays unclassified); the music-generate trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20InferenceTools } from './data/long-tail-c20-inference';

const GENERAL_SITES = [
  'https://www.coinbase.com/', // a crypto exchange, beside the USDC-paid inference APIs
  'https://solana.com/', // a blockchain, beside the decentralised inference networks
  'https://www.docker.com/', // containers, beside the GPU clouds that serve model endpoints
  'https://kubernetes.io/', // container orchestration, beside the dedicated inference deployments
  'https://www.hetzner.com/', // server hosting, beside the GPU clouds
  'https://www.nvidia.com/', // a GPU maker, beside the GPU clouds
  'https://www.postgresql.org/', // a database, beside the embedding and rerank APIs
  'https://ffmpeg.org/', // video tooling, beside the video model APIs
  'https://soundcloud.com/', // audio hosting, beside the speech API
  'https://www.spotify.com/', // audio streaming, beside the speech API
  'https://stripe.com/', // payments, beside the per-token billing of the gateways
  'https://www.postman.com/', // API testing, beside the OpenAI-compatible APIs
  'https://swagger.io/', // API tooling, beside the API references
  'https://www.kaggle.com/', // a data-science community, beside the model APIs
  'https://provocative.earth/', // the parent of provocapi's claimed subdomain
  'https://deep.sa/', // the parent of alAPI's claimed subdomain
  'https://www.deep.sa/', // the parent of alAPI's claimed subdomain
  'https://fptcloud.com/', // a general cloud whose AI Factory docs were left out
];

const SHARED_PLATFORMS = [
  'https://opengpu-network.gitbook.io/relay', // docs or a page on a shared platform
  'https://kelaenderkoe.pages.dev/Using-https-docs.relaygpu.com', // docs or a page on a shared platform
  'https://orfeuai.pages.dev/api', // docs or a page on a shared platform
  'https://homeapidata.oopy.io/1ab228ab-36a0-80eb-b730-e6a89befe0cb', // docs or a page on a shared platform
  'https://world-router.vercel.app/llms.txt', // docs or a page on a shared platform
  'https://inferyai.mintlify.app/api-reference/music', // docs or a page on a shared platform
  'https://wiz-myvocal.mintlify.app/api-reference/tts/ttsStream', // docs or a page on a shared platform
  'https://elto-1.mintlify.app/api-reference/voicelab-websocket-tts', // docs or a page on a shared platform
  'https://zeroentropy.mintlify.app/api-reference/models/rerank', // docs or a page on a shared platform
  'https://budecosystem-b7b14df4.mintlify.app/api-sdk/audio/text-to-speech', // docs or a page on a shared platform
  'https://morpheus.mintlify.app/api-reference/models/list', // docs or a page on a shared platform
  'https://modelsmarter-com.pages.dev/docs/models/embeddings-reranking/', // docs or a page on a shared platform
];

const LEFT_OUT = [
  'https://docs.stage.rafay.dev/aiml/serverless_inference/users/api', // a Kubernetes platform's staging docs
  'https://ai-docs.fptcloud.com/ai-factory-guideline-jp/akaunto/ke-jin/chtoriaru/nonitsuite/ai-tui-lun', // a general cloud's AI docs
  'https://docs.daocloud.io/hydra/deploy', // a general cloud-native company's docs
  'https://redbtco.com/privacy', // a policy whose operator and product are unclear
  'https://app.tos.run/privacy', // a policy whose operator and product are unclear
  'https://yuechengjituan.vip/API', // a group company's DeepSeek page, operator unclear
  'https://cn8.io/catalog/text-embeddings', // a general API catalogue
  'https://api3-siamai.aieat.or.th/guide', // a keyless gateway instance
  'https://bashcat.net/en/llm_cluster', // a GPU-sharing page on an unclear site
  'https://docs.yutoai.net/en/api/api-246660634.html', // a bare rerank reference
  'https://docs.all-llms.com/460254851e0', // a bare rerank reference
  'https://www.uboosts.com/zh/docs/api/chat/openai/createchatcompletion/', // docs the c19 llmops pass left out
  'https://snaga.ai/docs/api-compatibility', // template docs the c19 llmops pass left out
  'https://bmt2.shihuai.tech/docs', // docs with a localhost base URL
  'https://modelbridgeapi.com/legal/privacy.html', // a draft MVP policy
  'https://doc.airoutix.com/281603040d0.html', // a bare TTS schema
  'https://git.opencomputing.cn/yumoqing/sage/src/commit/74da86f7bf6278341d56b39840b58fc19998dc4c/wwwroot/public/api/api_ja.md', // a source file, not a product page
  'https://carpathian.ai/publications/ai-inference-api', // seen only on its publications, left as a lead
  'https://luminoai.co.in/blog/openai-compatible-api-india', // seen only on its blog, left as a lead
  'https://deploycue.com/blog/audio-transcription-api-pricing/', // seen only on its blog
  'https://www.x402scan.com/server/74c8d46e-0b82-45d8-ab87-58747f1d702a', // a directory entry
  'https://loraexchange.ai/reference/openai_api', // self-hosted software
  'https://musegpt.org/anthropic.html', // self-hosted software docs
  'https://tokonomix.ai/en/models/eu-gehost', // a comparison site
  'https://costhawk.ai/glossary/serverless-inference', // a cost-tracking glossary
  'https://apio.sh/apis/openai-transcribe', // an API directory
  'https://s.serge.cc/docs', // a personal host
  'https://openrouter.9syun.com/docs/cookbook/evaluate-and-optimize/rag', // a docs mirror
  'https://docs.thenewscc.com.br/api-reference/openai/introduction', // a newsletter company's internal API docs
  'https://llm-vault.voithrucorp.com/', // a homepage only
];

const NAMESAKES = [
  'https://www.spotinference.ai/', // beside spotinference (spotinference.com)
  'https://www.qdiv.com/', // beside qdiv0
  'https://www.lyceum.com/', // beside Lyceum (lyceum.technology)
  'https://www.inferway.com/', // beside Inferway (inferway.ai)
  'https://www.freeinference.com/', // beside FreeInference (freeinference.org)
  'https://www.tera.com/', // beside Tera (tera.gw)
  'https://www.cheapinference.com/', // beside CheapestInference
  'https://www.melious.com/', // beside Melious (melious.ai)
  'https://www.tensorone.com/', // beside TensorOne (tensorone.ai)
  'https://www.nsfwllm.ai/', // beside NSFW LLM (nsfwllm.com)
  'https://www.decentral.org/', // beside Decentral (usedecentral.org)
  'https://www.inferexchange.io/', // beside INFER (inferexchange.com)
  'https://www.blockrun.com/', // beside BlockRun (blockrun.ai)
  'https://www.gpuworker.io/', // beside GPUWorker (gpuworker.com)
  'https://www.provocative.com/', // beside provocapi (inference.provocative.earth)
  'https://www.alaya.com/', // beside Alaya NeW (alayanew.com)
  'https://www.linkmodel.com/', // beside LinkModel (linkmodel.ai)
  'https://www.routerbrain.com/', // beside RouterBrain (51kik.com)
  'https://www.osmapi.io/', // beside osmAPI (osmapi.com)
  'https://www.apigo.com/', // beside APIGo (apigo.ai)
  'https://www.kaiho.com/', // beside Kaiho (kaiho.cc)
  'https://www.modelgates.com/', // beside ModelGates (modelgates.ai)
  'https://www.nextmodel.com/', // beside NextModel (nextmodel.app)
  'https://www.meshapi.com/', // beside MeshAPI (meshapi.ai)
  'https://www.exerati.io/', // beside Exerati (exerati.com)
  'https://www.barqapi.io/', // beside BarqAPI (barqapi.com)
  'https://www.techvera.com/', // beside TechVera (techvera.ai)
  'https://www.krouter.com/', // beside K-Router (k-router.com)
  'https://www.nugen.com/', // beside Nugen (nugen.in)
  'https://www.geekai.com/', // beside GeekAI (geekai.co)
  'https://www.beyondnetwork.com/', // beside Beyond Network (beyondnetwork.xyz)
  'https://www.infinityblue.com/', // beside Infinity Blue (getinfinityblue.com)
  'https://www.enhancenix.io/', // beside Enhancenix (enhancenix.com)
  'https://www.concurred.com/', // beside Concurred (concurred.ai)
  'https://www.nexhina.com/', // beside Nexhina (nexhina.ai)
  'https://www.laplas.com/', // beside APILaplas (apilaplas.com)
  'https://www.induslabs.com/', // beside Indus Labs (induslabs.io)
  'https://www.forii.com/', // beside Forii (forii.ai)
  'https://www.alapi.com/', // beside alAPI (alapi.deep.sa)
  'https://www.widebot.com/', // beside AQL by WideBot (widebot.sa)
  'https://www.mx4.com/', // beside MX4 (mx4.ai)
  'https://www.sawalni.ma/', // beside Sawalni (sawalni.com)
  'https://www.finiflow.com/', // beside Sauti ASR (finiflowlabs.com)
];

describe('twentieth-session inference traps', () => {
  it('adds 43 rows, each with one domain and no prefix', () => {
    expect(longTailC20InferenceTools.length).toBe(43);
    expect(longTailC20InferenceTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host and API endpoint to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20InferenceTools), { api: true });
  });

  it('classifies the vendor pages the rows cite to their entries', () => {
    expectEachClassifiedAs({
      'https://spotinference.com/glossary/openai-compatible-api': 'spotinference',
      'https://qdiv0.com/docs/public-models/pricing/': 'qdiv0',
      'https://docs.lyceum.technology/docs/inference/dedicated': 'lyceum-technology',
      'https://inferway.ai/aup': 'inferway',
      'https://freeinference.org/terms': 'freeinference',
      'https://docs.tera.gw/privacy': 'tera-gw',
      'https://docs.cheapestinference.com/privacy': 'cheapestinference',
      'https://melious.ai/docs/get-started/anthropic-sdk': 'melious',
      'https://docs.tensorone.ai/api-reference/ai/uncensored-chat': 'tensorone',
      'https://www.nsfwllm.com/docs': 'nsfwllm',
      'https://docs.usedecentral.org/api-reference/index': 'usedecentral',
      'https://docs.inferexchange.com/api-reference': 'inferexchange',
      'https://blockrun.ai/signal/pay-for-ai-api-calls-in-usdc': 'blockrun-ai',
      'https://gpuworker.com/docs/serverless/': 'gpuworker',
      'https://inference.provocative.earth/docs/lora-adapters/': 'provocapi',
      'https://docs.alayanew.com/en/docs/serverless/modelservice/servicelora': 'alaya-new',
      'https://docs.linkmodel.ai/api-reference/chat/anthropic-messages': 'linkmodel-ai',
      'https://www.51kik.com/en/docs/gateway/compatibility/anthropic-differences': 'routerbrain-51kik',
      'https://docs.osmapi.com/features/anthropic-endpoint': 'osmapi',
      'https://docs.apigo.ai/ja/api-reference/examples/structured-output-openai': 'apigo-ai',
      'https://doc.kaiho.cc/jp/api-manual/text/general-chat': 'kaiho-cc',
      'https://modelgates.ai/docs/cookbook/evaluate-and-optimize/rag': 'modelgates',
      'https://nextmodel.app/en-SG/docs/chat-completions': 'nextmodel-app',
      'https://developers.meshapi.ai/docs/guides/rag-files-search': 'meshapi',
      'https://www.exerati.com/privacy': 'exerati',
      'https://www.barqapi.com/en/docs/chat-completions': 'barqapi',
      'https://techvera.ai/docs': 'techvera',
      'https://docs.k-router.com/api-reference/generate': 'k-router',
      'https://docs.nugen.in/api-reference/inference/re-ranks-a-list-of-documents-based-on-their-relevance-to-the-input-query-using-an-llm-based-reranking-model':
        'nugen-in',
      'https://docs.geekai.co/en/api/rerank': 'geekai-co',
      'https://docs.beyondnetwork.xyz/api-reference/image-generation': 'beyond-network',
      'https://newdocs.getinfinityblue.com/en-videos/videos/create-video-generation-task': 'infinity-blue',
      'https://enhancenix.com/docs/api/videos': 'enhancenix',
      'https://www.concurred.ai/docs/api/video': 'concurred-ai',
      'https://doc.nexhina.ai/479755260e0': 'nexhina-ai',
      'https://docs.apilaplas.com/api-references/video-models/kling-ai/v1.6-standart-image-to-video':
        'apilaplas',
      'https://docs.induslabs.io/llm': 'induslabs',
      'https://docs.forii.ai/docs/concepts/architecture': 'forii-ai',
      'https://alapi.deep.sa/docs': 'alapi-deep',
      'https://doc.widebot.sa/api-reference/aql-chat/chat-completion': 'widebot-aql',
      'https://www.mx4.ai/docs/api/chat': 'mx4-ai',
      'https://api.sawalni.com/docs': 'sawalni',
      'https://www.finiflowlabs.com/docs/api-reference/asr': 'finiflow-sauti-asr',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
