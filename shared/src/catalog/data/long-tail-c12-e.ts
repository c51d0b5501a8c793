// Twelfth-session pass, lists-e helper (2026-12-06, issue 15): developer and AI-infrastructure products. Sources read,
// each at the commit pinned in `LISTS`: ishandutta2007's Awesome-GPU-Cloud-Platform, Awesome-Synthetic-Data-Platform,
// Awesome-AI-Gateways and Awesome-LLM-Token-Optimization-Tools (README.md, MIT licence files), Enterprise-AI-Atlas's
// awesome-gpu-cloud and awesome-vector-databases (README.md, CC0 licence files), KennethanCeyer/awesome-llmops and
// hbmartin/awesome-ai-tools-for-programmers-not-coding (README.md, CC0 licence files), KKWANG4444/awesome-ai-gateway
// (README.md, a copy of cuihuan/awesome-ai-gateway, CC0 licence file), HuangCongQing/awesome-data-labeling-tools
// (README.md, MIT licence file), backblaze-labs/awesome-agent-infrastructure (entries.yaml, CC0 licence file),
// fhiltscher/awesome-ai-coding-sandboxes (README.md, CC0 licence file) and yeaight7/awesome-ai-devtools
// (data/tools.yml, CC BY 4.0 by data/LICENSE.md: credit to awesome-ai-devtools). Only facts (name, host) were taken;
// every product host these files name was classified with the catalog first, and rows are the AI-first products nothing
// matched.
// Left out: GitHub repositories, papers, articles and benchmarks (LiveBench, Artificial Analysis); sites and docs of
// open-source libraries and SDKs without a hosted product (RAGAS, DeepEval, Unitxt, MLflow, MLC LLM, LMDeploy,
// llama-cpp-python, Monocle, WebMCP and MCP-B, ComputeSDK, VibeKit, AG2, Strands Agents, Google ADK, llm-d, Renovate,
// semantic-release, the MCP SDKs and registry); general clouds, databases, search engines, API gateways and
// observability vendors with an AI feature (AWS, Azure, Oracle, IBM, Alibaba Cloud, Akamai, Databricks, Koyeb, CUDO
// Compute, Nscale's company site (a trap in lookalikes.test.ts: only its inference API host is claimed), Cloudflare,
// Vercel, Kong, Tyk, Zuplo, MuleSoft, Gravitee, WSO2, Lunar.dev, Datadog, Grafana, Honeycomb, PostHog, OpenObserve,
// Docker, GitBook, ReadMe, Redis, Elastic, DataStax, Upstash, Turso, Vespa, Typesense, Meilisearch and the other
// general databases, Zenity, Cequence, Browserless, Northflank, Fly.io, CodeSandbox, Coder, Giant Swarm, Comet beyond
// its Opik pages already here); GPU price trackers and pricing guides (gpufindr.com, aipricing.guru, apiranking.com,
// rate.linux.do); prompt-engineering tutorials and directories; rule-based mock data (Mockaroo), driving simulation
// (Cognata), a health-data platform (MDClone), closed companies (AI Reverie, Playment), a human-labelling service
// (BasicFinder), an AI research institute's site (allenai.org), store pages and blogs. Handed over rather than added
// (second hosts of entries already here): `langsmith.io` (LangSmith, from KennethanCeyer) and `respan.ai` (Keywords
// AI's new name, from KKWANG4444 and yeaight7).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const gpu = listed('ishandutta2007gpu');
const eaiaGpu = listed('eaiagpu');
const synthetic = listed('ishandutta2007synthetic');
const gateway = listed('aigateway');
const devtools = listed('yeaight7', 'data/tools.yml');
const sandboxes = listed('fhiltscher');

export const longTailC12ETools: Tool[] = defineTools(
  'developer-platform',
  [
    // GPU clouds for AI training and inference
    { id: 'tensordock', name: 'TensorDock', vendor: 'TensorDock', domains: ['tensordock.com'], source: gpu },
    { id: 'crusoe-cloud', name: 'Crusoe Cloud', vendor: 'Crusoe', domains: ['crusoe.ai'], source: gpu },
    { id: 'voltage-park', name: 'Voltage Park', vendor: 'Voltage Park', domains: ['voltagepark.com'], source: gpu },
    { id: 'fluidstack', name: 'Fluidstack', vendor: 'Fluidstack', domains: ['fluidstack.io'], source: gpu },
    { id: 'shadeform', name: 'Shadeform', vendor: 'Shadeform', domains: ['shadeform.com'], source: eaiaGpu },
    { id: 'saladcloud', name: 'SaladCloud', vendor: 'Salad Technologies', domains: ['salad.com'], apiEndpoints: ['ai.salad.cloud'], source: eaiaGpu }, // ai.salad.cloud: the `salad_cloud` AI gateway base URL in listed('c16providerslitellm', 'litellm/llms/openai_like/providers.json') (on a branch side of a merge in that file), CHECKED_C16
    { id: 'prime-intellect', name: 'Prime Intellect', vendor: 'Prime Intellect', domains: ['primeintellect.ai'], source: eaiaGpu },
    { id: 'nvidia-run-ai', name: 'Run:ai', vendor: 'NVIDIA', domains: ['run.ai'], source: eaiaGpu },
    // LLM gateways and API relays (KKWANG4444/awesome-ai-gateway)
    { id: 'nexos-ai', name: 'nexos.ai', vendor: 'nexos.ai', domains: ['nexos.ai'], source: gateway },
    { id: 'aifast-club', name: 'AI快站', vendor: 'AI快站', domains: ['aifast.club'], source: gateway, region: 'china' },
    { id: 'nullsink', name: 'nullsink', vendor: 'nullsink', domains: ['nullsink.is'], source: gateway },
    { id: 'loop-gateway', name: 'Loop Gateway', vendor: 'Loop', domains: ['api.loopxxi.com'], source: gateway },
    { id: 'tierup-ai', name: 'TierUp', vendor: 'TierUp', domains: ['tierup.ai'], source: gateway },
    { id: 'routerplex', name: 'RouterPlex', vendor: 'RouterPlex', domains: ['routerplex.com'], source: gateway },
    { id: 'openpaths', name: 'OpenPaths', vendor: 'OpenPaths', domains: ['openpaths.io'], source: gateway },
    { id: 'keeprouter', name: 'KeepRouter', vendor: 'KeepRouter', domains: ['keeprouter.com'], source: gateway },
    { id: 'flowbar-ai', name: 'FlowBar', vendor: 'FlowBar', domains: ['flowbarai.com'], source: gateway },
    { id: 'flintapi', name: 'FlintAPI', vendor: 'FlintAPI', domains: ['flintapi.ai'], source: gateway },
    { id: 'meshs-one', name: 'Meshs One', vendor: 'Meshs', domains: ['api.meshs.one'], source: gateway },
    { id: 'lxg2it-modelrouter', name: 'ModelRouter', vendor: 'lxg2it', domains: ['api.lxg2it.com'], source: gateway },
    { id: 'runapi-ai', name: 'RunAPI', vendor: 'RunAPI', domains: ['runapi.ai'], source: listed('ishandutta2007gateways') },
    { id: 'prompteval-ai', name: 'PromptEval', vendor: 'PromptEval', domains: ['prompteval.ai', 'prompt-eval.com'], source: listed('ishandutta2007tokens') }, // prompt-eval.com: the same prompt-evaluation SaaS, with the same $19 Pro tier, per its terms, prompt-eval.com/en/terms (secops pass, c17)
    // Synthetic data for AI training (ishandutta2007/Awesome-Synthetic-Data-Platform)
    { id: 'ydata', name: 'YData', vendor: 'YData', domains: ['ydata.ai'], source: synthetic },
    { id: 'synthetaic', name: 'Synthetaic', vendor: 'Synthetaic', domains: ['synthetaic.com'], source: synthetic },
    { id: 'statice', name: 'Statice', vendor: 'Statice', domains: ['statice.ai'], source: synthetic },
    { id: 'rockfish-data', name: 'Rockfish Data', vendor: 'Rockfish Data', domains: ['rockfish.ai'], source: synthetic },
    { id: 'rendered-ai', name: 'Rendered.ai', vendor: 'Rendered.ai', domains: ['rendered.ai'], source: synthetic },
    { id: 'parallel-domain', name: 'Parallel Domain', vendor: 'Parallel Domain', domains: ['paralleldomain.com'], source: synthetic },
    { id: 'hazy', name: 'Hazy', vendor: 'Hazy', domains: ['hazy.com'], source: synthetic },
    { id: 'datomize', name: 'Datomize', vendor: 'Datomize', domains: ['datomize.com'], source: synthetic },
    { id: 'betterdata-ai', name: 'Betterdata', vendor: 'Betterdata', domains: ['betterdata.ai'], source: synthetic },
    // Vector database, moderation API, data labelling, repository diagrams
    { id: 'myscale', name: 'MyScale', vendor: 'MyScale', domains: ['myscale.com'], source: listed('eaiavector') },
    { id: 'perspective-api', name: 'Perspective API', vendor: 'Jigsaw (Google)', domains: ['perspectiveapi.com'], source: listed('kennethanceyer') },
    { id: 'supervisely', name: 'Supervisely', vendor: 'Supervisely', domains: ['supervise.ly'], source: listed('huangcongqing') },
    { id: 'gitdiagram', name: 'GitDiagram', vendor: 'GitDiagram', category: 'coding', domains: ['gitdiagram.com'], source: listed('hbmartin') },
    // backblaze-labs/awesome-agent-infrastructure: hosted agent-engineering and RAG products
    { id: 'latitude-so', name: 'Latitude', vendor: 'Latitude', domains: ['latitude.so'], source: listed('backblazeagentinfra', 'entries.yaml') },
    { id: 'puppyone', name: 'Puppyone', vendor: 'Puppyone', category: 'agents', domains: ['puppyone.ai'], source: listed('backblazeagentinfra', 'entries.yaml') },
    { id: 'ragflow-io', name: 'RAGFlow', vendor: 'InfiniFlow', domains: ['ragflow.io'], source: listed('backblazeagentinfra', 'entries.yaml') },
    // fhiltscher/awesome-ai-coding-sandboxes: managed sandboxes for agent-written code
    { id: 'leap0', name: 'Leap0', vendor: 'Leap0', domains: ['leap0.dev'], source: sandboxes },
    { id: 'instavm', name: 'InstaVM', vendor: 'InstaVM', domains: ['instavm.io'], source: sandboxes },
    { id: 'superserve', name: 'Superserve', vendor: 'Superserve', domains: ['superserve.ai'], source: sandboxes },
    { id: 'islo', name: 'Islo', vendor: 'Islo', domains: ['islo.dev'], source: sandboxes },
    { id: 'declaw', name: 'Declaw', vendor: 'Declaw', domains: ['declaw.ai'], source: sandboxes },
    { id: 'omnirun', name: 'OmniRun', vendor: 'OmniRun', domains: ['omnirun.io'], source: sandboxes },
    { id: 'opencomputer', name: 'OpenComputer', vendor: 'OpenComputer', domains: ['opencomputer.dev'], source: sandboxes },
    { id: 'blaxel', name: 'Blaxel', vendor: 'Blaxel', domains: ['blaxel.ai'], source: sandboxes },
    { id: 'qbox', name: 'Qbox', vendor: 'Qbox', domains: ['qbox.sh'], source: sandboxes },
    { id: 'freestyle-sh', name: 'Freestyle', vendor: 'Freestyle', domains: ['freestyle.sh'], source: sandboxes },
    { id: 'runloop', name: 'Runloop', vendor: 'Runloop', domains: ['runloop.ai'], source: sandboxes },
    { id: 'morph-cloud', name: 'Morph Cloud', vendor: 'Morph Labs', domains: ['morph.so'], source: sandboxes },
    { id: 'tensorlake', name: 'Tensorlake', vendor: 'Tensorlake', domains: ['tensorlake.ai'], source: sandboxes },
    { id: 'baponi', name: 'Baponi', vendor: 'Baponi', domains: ['baponi.ai'], source: sandboxes },
    { id: 'clusy', name: 'Clusy', vendor: 'Clusy', domains: ['clusy.io'], source: sandboxes },
    { id: 'ona', name: 'Ona', vendor: 'Ona (formerly Gitpod)', category: 'coding', domains: ['ona.com'], source: sandboxes },
    // yeaight7/awesome-ai-devtools: documentation agents
    { id: 'aigne', name: 'AIGNE DocSmith', vendor: 'ArcBlock', category: 'coding', domains: ['aigne.io'], source: devtools },
    { id: 'autocodedocs', name: 'AutoCodeDocs', vendor: 'AutoCodeDocs', category: 'coding', domains: ['autocodedocs.ai'], source: devtools },
    { id: 'deepdocs', name: 'DeepDocs', vendor: 'DeepDocs', category: 'coding', domains: ['deepdocs.dev'], source: devtools },
    { id: 'docs-dev', name: 'Docs.dev', vendor: 'Docs.dev', category: 'coding', domains: ['docs.dev'], source: devtools },
    { id: 'documentation-ai', name: 'Documentation.AI', vendor: 'Documentation.AI', category: 'coding', domains: ['documentation.ai'], source: devtools },
    { id: 'docwhizz', name: 'DocWhizz', vendor: 'DocWhizz', category: 'coding', domains: ['docwhizz.com'], source: devtools },
    { id: 'gitcrafts', name: 'GitCrafts', vendor: 'GitCrafts', category: 'coding', domains: ['gitcrafts.pro'], source: devtools },
    { id: 'gitdocs-ai', name: 'Gitdocs AI', vendor: 'Gitdocs AI', category: 'coding', domains: ['gitdocs.cloud', 'gitdocs.space'], source: devtools },
    { id: 'shelfi', name: 'Shelfi', vendor: 'Shelfi', category: 'coding', domains: ['shelfi.sh'], source: devtools },
    { id: 'woden-ai', name: 'AI Document Creator', vendor: 'Woden AI', category: 'coding', domains: ['woden-ai.com'], source: devtools },
    // yeaight7/awesome-ai-devtools: coding-agent companions, browser agents and MCP tools
    { id: 'ivy-tendril', name: 'Ivy Tendril', vendor: 'Ivy', category: 'coding', domains: ['tendril.ivy.app'], source: devtools },
    { id: 'agent-island', name: 'Agent Island', vendor: 'Agent Island', category: 'coding', domains: ['agent-island.dev'], source: devtools },
    { id: 'browseract', name: 'BrowserAct', vendor: 'BrowserAct', category: 'agents', domains: ['browseract.com'], source: devtools },
    { id: 'browser-mcp', name: 'Browser MCP', vendor: 'Browser MCP', category: 'agents', domains: ['browsermcp.io'], source: devtools },
    { id: 'komos', name: 'Komos', vendor: 'Komos', category: 'agents', domains: ['komos.ai'], source: devtools },
    { id: 'anki-mcp', name: 'Anki MCP Server', vendor: 'AnkiMCP', category: 'agents', domains: ['ankimcp.ai'], source: devtools },
    { id: 'mcpscan-ai', name: 'mcpscan.ai', vendor: 'mcpscan.ai', domains: ['mcpscan.ai'], source: devtools },
    // yeaight7/awesome-ai-devtools: LLM observability, evaluation and testing
    { id: 'deepchecks', name: 'Deepchecks', vendor: 'Deepchecks', domains: ['deepchecks.com'], source: devtools },
    { id: 'whylabs', name: 'WhyLabs', vendor: 'WhyLabs', domains: ['whylabs.ai'], source: devtools },
    { id: 'okahu', name: 'Okahu', vendor: 'Okahu', domains: ['okahu.ai'], source: devtools },
    { id: 'openlit', name: 'OpenLIT', vendor: 'OpenLIT', domains: ['openlit.io'], source: devtools },
    { id: 'noveum-ai', name: 'Noveum', vendor: 'Noveum', domains: ['noveum.ai'], source: devtools },
    { id: 'rhesis-ai', name: 'Rhesis AI', vendor: 'Rhesis AI', domains: ['rhesis.ai'], source: devtools },
    { id: 'dunetrace', name: 'Dunetrace', vendor: 'Dunetrace', domains: ['dunetrace.dev'], source: devtools },
    { id: 'untrace', name: 'Untrace', vendor: 'Untrace', domains: ['untrace.dev'], source: devtools },
    // yeaight7/awesome-ai-devtools: self-hosted AI stacks and local model runners
    { id: 'nosia', name: 'Nosia', vendor: 'Nosia', domains: ['nosia.ai'], source: devtools },
    { id: 'synaplan', name: 'Synaplan', vendor: 'Synaplan', domains: ['synaplan.com'], source: devtools },
    { id: 'pleng', name: 'Pleng', vendor: 'Pleng', category: 'agents', domains: ['pleng.dev'], source: devtools },
    { id: 'koboldcpp', name: 'KoboldCpp', vendor: 'KoboldCpp', category: 'chat', domains: ['koboldcpp.com'], source: devtools },
  ],
  { checked: CHECKED_C12 },
);
