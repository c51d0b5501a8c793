// Twelfth regional pass (issue 15, 2026-12-06): European AI products and AI-first companies from
// jmbarrancoml/awesome-european-ai (README.md at the pinned commit; CC0 by its badge and License section). Only facts
// (name, host) were taken; the rows are ours. Every company and project site its Companies tables and open-model rows
// name was classified first: 147 hosts and pages, 49 already matched (Mistral, Aleph Alpha, Poolside, H Company, Cohere,
// Kyutai, Black Forest Labs, Stability, DeepL, Photoroom, Synthesia, Legora, Robin AI, Luminance, PolyAI, Corti,
// Speechmatics, ElevenLabs, Lovable, Langfuse, n8n, Dust, Parloa, Bielik, ...).
// Left out: defence, drones and autonomous driving (Helsing, Tekever, Quantum Systems, STARK, ARX, Comand AI, Delian,
// Wayve, MOTOR Ai, Oxa, Einride), robotics (NEURA, Sereact, Humanoid, Flexion, THEKER, Gideon, Robovision, Ecorobotix),
// AI chips and hardware (Graphcore, SiPearl, Axelera, Innatera, SEMRON, SpiNNcloud, Fractile, VSORA, Openchip,
// GreenWaves, Synthara, Neurobus, Ubitium), general clouds and hosts (Nscale, OVHcloud, Scaleway, Verda, Northern Data,
// VSHN), earth observation and climate analytics, drug discovery and biology labs (Owkin, Bioptimus, Turbine, Nuritas,
// CuspAI), identity, fraud, financial-crime and security suites (Veriff, Onfido, FacePhi, Feedzai, Hawk, Taktile,
// Resistant AI, ComplyAdvantage, Lucinity, Darktrace, Filigran, Hadrian), general software named beside AI (Framer,
// Codesphere, Quantexa, Seedtag, Shippeo, Transmetrics), a translation agency (Translated; its Lara is here), a quantum
// computing company (Multiverse; its CompactifAI is here), a directory of AI services (AI Atlas), research labs,
// events and communities.
// Also two French model makers from alexandre-darmon/awesome-french-ai (README.md, CC0): of its 15 product and company
// hosts 8 were already matched; left out there: a health insurer (Alan), a legal-research platform (Doctrine), a
// biotech (Owkin) and two clouds' pages (Scaleway, OVHcloud).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const readme = listed('jmbarrancoml');
const french = listed('alexandredarmon');

export const regionalC12EuropeTools: Tool[] = defineTools(
  'developer-platform',
  [
    // Foundation and open models made in Europe.
    { id: 'eurollm', name: 'EuroLLM', vendor: 'EuroLLM project', domains: ['eurollm.io'], source: readme },
    { id: 'openeurollm', name: 'OpenEuroLLM', vendor: 'OpenEuroLLM consortium', domains: ['openeurollm.eu'], source: readme },
    { id: 'apertus', name: 'Apertus', vendor: 'EPFL, ETH Zurich and CSCS (Swiss AI Initiative)', domains: ['apertus-ai.org'], source: readme },
    { id: 'opengpt-x', name: 'OpenGPT-X (Teuken)', vendor: 'OpenGPT-X', domains: ['opengpt-x.de'], source: readme },
    { id: 'tilde-ai', name: 'Tilde AI (TildeOpen)', vendor: 'Tilde', domains: ['tilde.ai'], source: readme },
    { id: 'silo-ai', name: 'Silo AI', vendor: 'Silo AI (AMD)', domains: ['silo.ai'], source: readme },
    { id: 'nxai', name: 'NXAI (xLSTM, TiRex)', vendor: 'NXAI', domains: ['nx-ai.com'], source: readme },
    { id: 'domyn', name: 'Domyn', vendor: 'Domyn (formerly iGenius)', domains: ['domyn.com'], source: readme },
    // aiwave.ai, Almawave's AI platform site holding Velvet's model pages (https://www.aiwave.ai/velvet-14b, read on
    // CHECKED_C13 by the thirteenth regional pass).
    { id: 'almawave', name: 'Almawave (Velvet)', vendor: 'Almawave', domains: ['almawave.com', 'aiwave.ai'], source: readme },
    { id: 'pleias', name: 'Pleias', vendor: 'Pleias', domains: ['pleias.fr'], source: french },
    { id: 'camembert-model', name: 'CamemBERT', vendor: 'Inria (ALMAnaCH)', domains: ['camembert-model.fr'], source: french },
    // Assistants and agent platforms.
    { id: 'sherpa-ai', name: 'Sherpa.ai', vendor: 'Sherpa.ai', category: 'chat', domains: ['sherpa.ai'], source: readme },
    { id: 'druid-ai', name: 'DRUID AI', vendor: 'DRUID', category: 'agents', domains: ['druidai.com'], source: readme },
    // Legal AI.
    { id: 'noxtua', name: 'Noxtua', vendor: 'Noxtua', category: 'other', domains: ['noxtua.com'], source: readme },
    { id: 'specter-law', name: 'SpecterAI', vendor: 'SpecterAI', category: 'other', domains: ['specterlaw.ai'], source: readme },
    { id: 'jimini-ai', name: 'Jimini AI', vendor: 'Jimini AI', category: 'other', domains: ['jimini.ai'], source: readme },
    // Voice and audio.
    { id: 'whispp', name: 'Whispp', vendor: 'Whispp', category: 'audio', domains: ['whispp.com'], source: readme },
    { id: 'ai-coustics', name: 'ai-coustics', vendor: 'ai-coustics', category: 'audio', domains: ['ai-coustics.com'], source: readme },
    // MLOps, monitoring and AI governance.
    { id: 'valohai', name: 'Valohai', vendor: 'Valohai', domains: ['valohai.com'], source: readme },
    { id: 'superwise', name: 'Superwise', vendor: 'Superwise', domains: ['superwise.ai'], source: readme },
    { id: 'latticeflow', name: 'LatticeFlow AI', vendor: 'LatticeFlow', domains: ['latticeflow.ai'], source: readme },
    // Vertical AI: insurance claims and medical imaging.
    { id: 'tractable', name: 'Tractable', vendor: 'Tractable', category: 'other', domains: ['tractable.ai'], source: readme },
    { id: 'oxipit', name: 'Oxipit ChestLink', vendor: 'Oxipit', category: 'other', domains: ['oxipit.ai'], source: readme },
    { id: 'aignostics', name: 'Aignostics', vendor: 'Aignostics', category: 'other', domains: ['aignostics.com'], source: readme },
    { id: 'quibim', name: 'Quibim', vendor: 'Quibim', category: 'other', domains: ['quibim.com'], source: readme },
  ],
  { checked: CHECKED_C12, region: 'europe' },
);
