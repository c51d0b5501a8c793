// Sixth regional pass (CHECKED_3): model-API providers made in or for one region, taken from the MIT-licensed
// models.dev provider list (LISTS.modelsdev), which gives each provider's API base URL and docs page in
// providers/<id>/provider.toml, and from Cline's Apache-2.0 provider catalog, which carries a newer models.dev
// snapshot and Cline's built-in providers (LISTS.cline). Only the API host (and a host the provider runs for the AI service alone) is claimed;
// the providers' company sites, docs on shared hosts (a Yuque book, help.aliyun.com) and localhost entries stay out.
// Global gateways from the same list are left to the long-tail files; the rows below are the Chinese, European and
// South-East Asian ones no entry matched. Five European and three Chinese providers the lists lack were read on a page naming the host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const md = (provider: string) => listed('modelsdev', `providers/${provider}/provider.toml`);
const CLINE = listed('cline', 'sdk/packages/llms/src/providers/providers.generated.ts');
const CLINE_BUILTINS = listed('cline', 'sdk/packages/llms/src/providers/builtins.ts');

export const regionalC6ProviderTools: Tool[] = defineTools('developer-platform', [
  // China
  { id: 'ant-bailing', name: 'Bailing (Ant Group Ling models, Tbox API)', vendor: 'Ant Group', apiEndpoints: ['api.tbox.cn'], source: md('bailing'), region: 'china' },
  { id: 'drun', name: 'D.Run', vendor: 'DaoCloud', domains: ['d.run'], apiEndpoints: ['chat.d.run'], source: md('drun'), region: 'china' },
  { id: 'iflow', name: 'iFlow (心流)', vendor: 'iFlow', domains: ['iflow.cn'], apiEndpoints: ['apis.iflow.cn'], source: md('iflowcn'), region: 'china' },
  { id: 'kuae-cloud-coding-plan', name: 'KUAE Cloud Coding Plan', vendor: 'Moore Threads', category: 'coding', apiEndpoints: ['coding-plan-endpoint.kuaecloud.net'], source: md('kuae-cloud-coding-plan'), region: 'china' },
  { id: 'moark', name: 'Moark (模力方舟)', vendor: 'Moark', domains: ['moark.com'], source: md('moark'), region: 'china' },
  { id: 'qihang-ai', name: 'QiHang AI', vendor: 'QiHang', domains: ['qhaigc.net'], apiEndpoints: ['api.qhaigc.net'], source: md('qihang-ai'), region: 'china' },
  { id: 'qiniu-ai', name: 'Qiniu AI inference', vendor: 'Qiniu', apiEndpoints: ['api.qnaigc.com'], source: md('qiniu-ai'), region: 'china' },
  // cloud.tencent.com/product/tokenhub: the page listed('kapibala', 'data/navigation.json') gives for TokenHub.
  { id: 'tencent-tokenhub', name: 'Tencent TokenHub', vendor: 'Tencent Cloud', apiEndpoints: ['tokenhub.tencentmaas.com', 'tokenhub.tencentmaas.cn'], urlPrefixes: ['cloud.tencent.com/product/tokenhub'], source: md('tencent-tokenhub'), region: 'china' }, // tokenhub.tencentmaas.cn: an endpoint candidate of the "Tencent Hunyuan" preset in listed('c16providersccswitch', 'src/config/codexProviderPresets.ts'), CHECKED_C16
  // China, read on a page naming the API host (not in the two lists): Kuaishou's StreamLake model API (KAT-Coder and
  // others; LiteLLM's provider page), PPIO's LLM API (the vendor's own docs skill; api.ppinfra.com is its earlier API
  // host, which CAMEL's PPIO backend still defaults to), and Infinigence's GenStudio MaaS (its console host serves
  // /maas/v1). PPIO's and Infinigence's company sites stay out.
  { id: 'kuaishou-streamlake', name: 'StreamLake (Kuaishou model API)', vendor: 'Kuaishou', domains: ['streamlake.ai'], apiEndpoints: ['vanchin.streamlake.ai'], source: 'https://docs.litellm.ai/docs/providers/streamlake', region: 'china' },
  { id: 'ppio-llm-api', name: 'PPIO LLM API', vendor: 'PPIO', apiEndpoints: ['api.ppio.com', 'api.ppinfra.com'], source: 'https://raw.githubusercontent.com/PPIO/ppio-skills/main/skills/ppio-docs/references/llm-guide.md', region: 'china' },
  { id: 'infini-ai-genstudio', name: 'Infini-AI GenStudio MaaS', vendor: 'Infinigence AI', domains: ['cloud.infini-ai.com', 'cloud.infiniai.cn'], apiEndpoints: ['cloud.infini-ai.com'], source: 'https://raw.githubusercontent.com/api-evangelist/docs/refs/heads/main/conventions/docs-conventions.yml', region: 'china' }, // cloud.infiniai.cn: its model list (cloud.infiniai.cn/models) in listed('c16providersdbgpt', 'packages/dbgpt-core/src/dbgpt/model/proxy/llms/infiniai.py'), CHECKED_C16
  // South-East Asia: HPC-AI Tech (Singapore), its model API host only (www.hpc-ai.com is also its GPU cloud).
  { id: 'hpc-ai-inference', name: 'HPC-AI Model APIs', vendor: 'HPC-AI Tech', apiEndpoints: ['api.hpc-ai.com'], source: md('hpc-ai'), region: 'southeast-asia' },
  // Europe: sovereign inference providers (Sweden, Poland, Austria, Italy, Germany).
  { id: 'berget-ai', name: 'Berget AI', vendor: 'Berget AI', domains: ['berget.ai'], apiEndpoints: ['api.berget.ai'], source: md('berget'), region: 'europe' },
  { id: 'cloudferro-sherlock', name: 'CloudFerro Sherlock', vendor: 'CloudFerro', domains: ['docs.sherlock.cloudferro.com'], apiEndpoints: ['api-sherlock.cloudferro.com'], source: md('cloudferro-sherlock'), region: 'europe' },
  { id: 'cortecs', name: 'Cortecs', vendor: 'Cortecs', domains: ['cortecs.ai'], apiEndpoints: ['api.cortecs.ai'], source: md('cortecs'), region: 'europe' },
  { id: 'evroc-think', name: 'evroc Think', vendor: 'evroc', urlPrefixes: ['docs.evroc.com/products/think'], apiEndpoints: ['models.think.evroc.com'], source: md('evroc'), region: 'europe' },
  { id: 'regolo-ai', name: 'Regolo AI', vendor: 'Seeweb', domains: ['regolo.ai'], apiEndpoints: ['api.regolo.ai'], source: md('regolo-ai'), region: 'europe' },
  { id: 'stackit-ai-model-serving', name: 'STACKIT AI Model Serving', vendor: 'STACKIT (Schwarz Group)', urlPrefixes: ['docs.stackit.cloud/products/data-and-ai/ai-model-serving'], apiEndpoints: ['api.openai-compat.model-serving.eu01.onstackit.cloud'], source: md('stackit'), region: 'europe' },
  // From Cline's provider catalog (LISTS.cline): its newer models.dev entries and its built-in Huawei MaaS provider.
  // scnet.cn/ui/mall/service/llm: SCNet's LLM service page in listed('kapibala', 'data/navigation.json').
  { id: 'scnet-token-plan', name: 'SCNet Token Plan', vendor: 'SCNet (National Supercomputing Internet)', apiEndpoints: ['api.scnet.cn'], urlPrefixes: ['scnet.cn/ui/mall/service/llm'], source: CLINE, region: 'china' },
  { id: 'huawei-cloud-maas', name: 'Huawei Cloud MaaS (ModelArts Studio)', vendor: 'Huawei Cloud', apiEndpoints: ['infer-modelarts.cn-southwest-2.myhuaweicloud.com', 'api.modelarts-maas.com', 'api-ap-southeast-1.modelarts-maas.com', 'infer-modelarts-ap-southeast-1.modelarts-infer.com'], source: CLINE_BUILTINS, region: 'china' }, // api.modelarts-maas.com (2026-12-06): listed('difyofficialplugins', 'models/huaweicloud_maas/models/llm/llm.py'); the Hong Kong/Asia-Pacific endpoints (CHECKED_C13, twelfth fetch passes' hand-over): listed('difyofficialplugins', 'models/huaweicloud_maas_hk/provider/maas.yaml')
  { id: 'ebcloud-maas', name: 'EBCloud Model API', vendor: 'EBTech', urlPrefixes: ['docs.ebtech.com/ai'], apiEndpoints: ['maas-api.ebcloud.com'], source: CLINE, region: 'china' },
  { id: 'amd-tokenfactory-cn', name: 'AMD Radeon Token Factory (China)', vendor: 'AMD', urlPrefixes: ['developer.amd.com.cn/radeon/tokenfactory', 'developer.amd.com.cn/radeon/api'], source: CLINE, region: 'china' },
  { id: 'hetzner-ai-inference', name: 'Hetzner AI Inference', vendor: 'Hetzner', urlPrefixes: ['experiments.hetzner.com/docs/inference'], apiEndpoints: ['inference.hetzner.com'], source: CLINE, region: 'europe' },
  { id: 'greenpt', name: 'GreenPT', vendor: 'GreenPT', domains: ['greenpt.ai', 'greenpt.com'], apiEndpoints: ['api.greenpt.ai'], source: CLINE, region: 'europe' }, // greenpt.com: GreenPT's official site in listed('c16providersdeepchat', 'src/main/provider/defaults.ts'), CHECKED_C16
  { id: 'aki-io', name: 'AKI.IO', vendor: 'AIME', domains: ['aki.io'], apiEndpoints: ['aki.io'], source: CLINE, region: 'europe' },
  // Europe, read on pages naming the API host (these providers are not in the two lists): Nscale's sovereign AI cloud
  // (UK/EU), Multiverse Computing's CompactifAI API (Spain), T-Systems' AI Foundation Services LLM hub (Germany).
  // Only their inference hosts and CompactifAI's product-only domain are claimed, not the companies' sites.
  // Also European: Infercom (EU-hosted inference on SambaNova hardware; its Hugging Face organisation names the console)
  // and LLMrouter.eu (a Munich LLM gateway); both domains serve only the AI service.
  { id: 'infercom', name: 'Infercom', vendor: 'Infercom', domains: ['infercom.ai'], source: 'https://huggingface.co/infercomai', region: 'europe' },
  { id: 'llmrouter-eu', name: 'LLMrouter.eu', vendor: 'LLMrouter', domains: ['llmrouter.eu'], source: 'https://raw.githubusercontent.com/api-evangelist/llmrouter/refs/heads/main/apis.yml', region: 'europe' },
  { id: 'nscale-inference', name: 'Nscale Serverless Inference', vendor: 'Nscale', apiEndpoints: ['inference.api.nscale.com'], source: 'https://raw.githubusercontent.com/api-evangelist/nscale/refs/heads/main/apis.yml', region: 'europe' },
  { id: 'compactifai', name: 'CompactifAI API', vendor: 'Multiverse Computing', domains: ['compactif.ai'], apiEndpoints: ['api.compactif.ai'], source: 'https://docs.litellm.ai/docs/providers/compactifai', region: 'europe' },
  { id: 't-systems-ai-foundation-services', name: 'T-Systems AI Foundation Services (LLM Hub)', vendor: 'T-Systems', domains: ['llmhub.t-systems.net'], apiEndpoints: ['llm-server.llmhub.t-systems.net'], source: 'https://metacpan.org/pod/Langertha::Engine::TSystems', region: 'europe' },
  // Germany: Edgeless Systems' confidential-computing inference API (its docs host is on privatemode.ai; the API itself
  // is reached through a local proxy, so only the vendor's own domain is claimed).
  { id: 'privatemode-ai', name: 'Privatemode AI', vendor: 'Edgeless Systems', domains: ['privatemode.ai'], source: md('privatemode-ai'), region: 'europe' },
  // Turkey: LLMTR, a Turkish-language OpenAI-compatible gateway whose API and docs share its one host.
  { id: 'llmtr', name: 'LLMTR', vendor: 'LLMTR', domains: ['llmtr.com'], apiEndpoints: ['llmtr.com'], source: md('llmtr'), region: 'middle-east' },
  { id: 'kenari', name: 'Kenari', vendor: 'Kenari', domains: ['kenari.id'], apiEndpoints: ['kenari.id'], source: CLINE, region: 'southeast-asia' },
], { checked: CHECKED_3 });
