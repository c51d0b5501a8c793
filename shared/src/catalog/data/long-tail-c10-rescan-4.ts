// Tenth long-tail pass (2026-12-05, issue 15), fourth file: model-API providers in Cline's generated provider catalog
// (cline/cline `sdk/packages/llms/src/providers/providers.generated.ts` at the pinned commit: id, name, docs URL and
// default base URL per provider, a newer models.dev snapshot than the one pinned as `modelsdev`) whose base URL the
// classifier did not match. Each row claims the base URL's host, or the provider's own domain where the catalog names
// it as the provider's site (docs URL on that domain); local-only providers (127.0.0.1), general clouds and second hosts
// of providers already here (Modal's `modal.direct`, Alibaba's token-plan endpoints) were left out. One more relay
// comes from RAGFlow's model configuration (infiniflow/ragflow `conf/models/tokenhub.json`), whose default base URL
// nothing matched.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

const CLINE_PROVIDERS = listed('cline', 'sdk/packages/llms/src/providers/providers.generated.ts');
const RAGFLOW_TOKENHUB = listed('ragflow', 'conf/models/tokenhub.json');

export const longTailC10RescanTools4: Tool[] = defineTools(
  'developer-platform',
  [
    { id: 'ai-router-dev', name: 'AI-ROUTER', vendor: 'AI-ROUTER', domains: ['ai-router.dev'], source: CLINE_PROVIDERS },
    { id: 'aiand', name: 'ai&', vendor: 'ai&', domains: ['docs.aiand.com'], apiEndpoints: ['api.aiand.com'], source: CLINE_PROVIDERS },
    { id: 'auriko', name: 'Auriko', vendor: 'Auriko', domains: ['auriko.ai'], source: CLINE_PROVIDERS },
    { id: 'blue-claw', name: 'Blue Claw', vendor: 'Blue Claw', domains: ['blueclaw.network'], source: CLINE_PROVIDERS },
    { id: 'coralbricks', name: 'CoralBricks', vendor: 'CoralBricks', domains: ['coralbricks.ai'], source: CLINE_PROVIDERS },
    { id: 'crossmodel', name: 'CrossModel', vendor: 'CrossModel', domains: ['crossmodel.ai'], source: CLINE_PROVIDERS },
    { id: 'daoxe', name: 'DaoXE', vendor: 'DaoXE', domains: ['daoxe.com'], source: CLINE_PROVIDERS },
    { id: 'tracerml-echo', name: 'Echo (TracerML)', vendor: 'Echo (TracerML)', domains: ['echo.tracerml.ai'], source: CLINE_PROVIDERS },
    { id: 'empiriolabs', name: 'EmpirioLabs AI', vendor: 'EmpirioLabs AI', domains: ['empiriolabs.ai'], source: CLINE_PROVIDERS },
    { id: 'impossibl', name: 'Impossibl', vendor: 'Impossibl', domains: ['impossibl.com'], source: CLINE_PROVIDERS },
    { id: 'inceptron', name: 'Inceptron', vendor: 'Inceptron', domains: ['inceptron.io'], source: CLINE_PROVIDERS },
    { id: 'inferx', name: 'InferX', vendor: 'InferX', domains: ['model.inferx.net'], source: CLINE_PROVIDERS },
    { id: 'jalapeno-cloud', name: 'Jalapeno Cloud', vendor: 'Jalapeno Cloud', domains: ['jalapeno-cloud.ai'], source: CLINE_PROVIDERS },
    { id: 'kosmik-compute', name: 'Kosmik Compute', vendor: 'Kosmik Compute', apiEndpoints: ['api.koscompute.com'], source: CLINE_PROVIDERS },
    { id: 'lilac-inference', name: 'Lilac', vendor: 'Lilac', domains: ['docs.getlilac.com'], apiEndpoints: ['api.getlilac.com'], source: CLINE_PROVIDERS },
    { id: 'meganova', name: 'Meganova', vendor: 'Meganova', domains: ['meganova.ai'], source: CLINE_PROVIDERS },
    { id: 'model-oracle-ai', name: 'Model Oracle AI', vendor: 'Model Oracle AI', domains: ['modeloracle.com'], source: CLINE_PROVIDERS },
    { id: 'modelis', name: 'Modelis', vendor: 'Modelis', domains: ['modelishub.com'], source: CLINE_PROVIDERS },
    { id: 'runinfra', name: 'RunInfra', vendor: 'RunInfra', domains: ['runinfra.ai'], source: CLINE_PROVIDERS },
    { id: 'scx-ai', name: 'SCX.ai', vendor: 'SCX.ai', domains: ['scx.ai'], source: CLINE_PROVIDERS },
    { id: 'subconscious-dev', name: 'Subconscious', vendor: 'Subconscious', domains: ['subconscious.dev'], source: CLINE_PROVIDERS },
    { id: 'tensorx', name: 'TensorX', vendor: 'TensorX', domains: ['tensorx.ai'], source: CLINE_PROVIDERS },
    { id: 'trustedrouter', name: 'TrustedRouter', vendor: 'TrustedRouter', domains: ['trustedrouter.com'], source: CLINE_PROVIDERS },
    { id: 'unorouter', name: 'UnoRouter', vendor: 'UnoRouter', domains: ['unorouter.com', 'unorouter.ai'], source: CLINE_PROVIDERS }, // unorouter.ai (2026-12-07, CHECKED_C22, mergefix): UnoRouter's model pages there, e.g. https://unorouter.ai/zh-CN/moxing/kling-motion-control, tell developers to point any OpenAI-compatible SDK at UnoRouter (api.unorouter.ai/v1/chat/completions) and request a model by name: the same router
    { id: 'vivgrid', name: 'Vivgrid', vendor: 'Vivgrid', domains: ['vivgrid.com'], source: CLINE_PROVIDERS },
    { id: 'xpersona', name: 'Xpersona', vendor: 'Xpersona', domains: ['xpersona.co'], source: CLINE_PROVIDERS },
    { id: 'zeldoc', name: 'Zeldoc', vendor: 'Zeldoc', domains: ['zeldoc.ai'], source: CLINE_PROVIDERS },
    { id: 'zenifra-ai', name: 'Zenifra', vendor: 'Zenifra', domains: ['ai.zenifra.com'], source: CLINE_PROVIDERS },
    { id: 'tokenhub-aitok', name: 'TokenHub (aitok.cc)', vendor: 'TokenHub', domains: ['aitok.cc'], source: RAGFLOW_TOKENHUB },
  ],
  { checked: CHECKED_C10 },
);
