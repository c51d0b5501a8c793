// Thirteenth-session list pass, helper lists-a (2026-12-06, issue 15), continued: the rest of Y Combinator's company
// directory as scraped by akshaybhalotia/yc_company_scraper (MIT licence file at the pinned commit; see
// long-tail-c13-a.ts): Active or Public companies in every sub-industry not read before whose one-liner says AI, LLM,
// GPT, agent or copilot or whose tags say Generative AI, Artificial Intelligence, AI Assistant or Conversational AI.
// Of their 317 hosts the catalog classified 11 (3.5%) before these rows. Added, one domain each: back-office agents for
// supply chain, procurement, collections and insurance claims; AI for government contractors; healthcare front-office
// and billing agents, scribes, clinical search and consumer health assistants; AI for construction plan review, property
// management and real-estate analysis. Last, from the Infrastructure and Security sub-industries (75 hosts not
// classified before, of 100 with AI in the one-liner or tags): AI coding, testing, DevOps and security agents,
// AI compliance and fraud-review agents, and infrastructure sold to AI-agent builders (memory, retrieval, MCP tooling,
// evaluation), one domain each; `bland.com` is handed over as Bland AI's second host (bland). Left out there: data,
// compute, GPU and model-serving infrastructure, identity, observability and physical-security companies, a research
// lab, an ad network and app builders.
// Left out: industrial, robotics, drug-discovery, diagnostics, medical-device, biology, climate, gaming, social and
// consumer-hardware companies, AI-run brokerages and appraisal firms, software with AI features (EHRs, fleet and
// trucking systems, a pricing system), law-enforcement tools, benchmarks, app builders, and a record whose name (Patika)
// does not match its host; `soniahealth.com` is handed over as a possible second host of sonia-ai (`sonia.ai`).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools, listed } from './define';

/** The batch file of the YC directory scrape that names the host. */
const yc = (file: string) => listed('c13ayc', `responses/${file.replace(/ /g, '%20')}`);

export const longTailC13A5Tools: Tool[] = defineTools(
  'agents',
  [
    { id: 'fulcrum-research', name: 'Fulcrum', vendor: 'Fulcrum', category: 'developer-platform', domains: ['fulcrumresearch.ai'], source: yc('Summer 2025.json') },
    { id: 'getrevamp-ai', name: 'Revamp', vendor: 'Revamp', domains: ['getrevamp.ai'], source: yc('S23.json') },
    { id: 'pleom-com', name: 'Pleom', vendor: 'Pleom', domains: ['pleom.com'], source: yc('Summer 2025.json') },
    { id: 'arnata-com', name: 'arnata', vendor: 'arnata', domains: ['arnata.com'], source: yc('W21.json') },
    { id: 'cellbyte', name: 'Cellbyte', vendor: 'Cellbyte', domains: ['cellbyte.com'], source: yc('W22.json') },
    { id: 'comena-ai', name: 'Comena', vendor: 'Comena', domains: ['comena.ai'], source: yc('Summer 2025.json') },
    { id: 'distro-app', name: 'Distro', vendor: 'Distro', domains: ['distro.app'], source: yc('S24.json') },
    { id: 'getburnt-ai', name: 'burnt', vendor: 'burnt', domains: ['getburnt.ai'], source: yc('Summer 2025.json') },
    { id: 'lumari-io', name: 'Lumari', vendor: 'Lumari', domains: ['lumari.io'], source: yc('Spring 2025.json') },
    { id: 'retailready', name: 'RetailReady', vendor: 'RetailReady', domains: ['retailreadyai.com'], source: yc('W24.json') },
    { id: 'spherecast', name: 'Spherecast', vendor: 'Spherecast', domains: ['spherecast.ai'], source: yc('S24.json') },
    { id: 'usetrava-com', name: 'Trava', vendor: 'Trava', domains: ['usetrava.com'], source: yc('W25.json') },
    { id: 'getswerve-com', name: 'Swerve', vendor: 'Swerve', category: 'chat', domains: ['getswerve.com'], source: yc('Winter 2025.json') },
    { id: 'getmentum-com', name: 'Mentum', vendor: 'Mentum', domains: ['getmentum.com'], source: yc('S21.json') }, // current record (Summer 2021.json): Acquired, CHECKED_C14
    { id: 'powderfi-com', name: 'Powder', vendor: 'Powder', domains: ['powderfi.com'], source: yc('W24.json') },
    { id: 'tryinvo-com', name: 'Invo', vendor: 'Invo', domains: ['tryinvo.com'], source: yc('W25.json') },
    { id: 'avallon-ai', name: 'Avallon AI', vendor: 'Avallon AI', domains: ['avallon.ai'], source: yc('Spring 2025.json') },
    { id: 'effigov', name: 'EffiGov', vendor: 'EffiGov', domains: ['effigov.com'], source: yc('Summer 2025.json') },
    { id: 'govdash', name: 'GovDash', vendor: 'GovDash', domains: ['govdash.com'], source: yc('W22.json') },
    { id: 'goveagle', name: 'GovEagle', vendor: 'GovEagle', domains: ['goveagle.com'], source: yc('W23.json') },
    { id: 'hazelai-com', name: 'Hazel', vendor: 'Hazel', domains: ['hazelai.com'], source: yc('W24.json') },
    { id: 'usecandor-ai', name: 'Candor', vendor: 'Candor', domains: ['usecandor.ai'], source: yc('W25.json') },
    { id: 'usul-com', name: 'Usul', vendor: 'Usul', domains: ['usul.com'], source: yc('S24.json') },
    { id: 'asha-health', name: 'Asha Health', vendor: 'Asha Health', domains: ['asha.health'], source: yc('F24.json') },
    { id: 'careswift', name: 'CareSwift', vendor: 'CareSwift', category: 'meeting', domains: ['careswift.com'], source: yc('Summer 2025.json') },
    { id: 'claim-health', name: 'Claim Health', vendor: 'Claim Health', domains: ['claimhealth.com'], source: yc('Spring 2025.json') },
    { id: 'embercopilot-ai', name: 'Ember', vendor: 'Ember', domains: ['embercopilot.ai'], source: yc('F24.json') },
    { id: 'getavora-ai', name: 'Avora', vendor: 'Avora', domains: ['getavora.ai'], source: yc('F24.json') },
    { id: 'joincenote-com', name: 'Cenote', vendor: 'Cenote', domains: ['joincenote.com'], source: yc('W25.json') },
    { id: 'mdhub-ai', name: 'mdhub', vendor: 'mdhub', domains: ['mdhub.ai'], source: yc('S24.json') },
    { id: 'rovi-health', name: 'Rovi Health', vendor: 'Rovi Health', domains: ['rovi.health'], source: yc('Fall 2025.json') },
    { id: 'simbie-ai', name: 'Simbie AI', vendor: 'Simbie AI', domains: ['simbie.ai'], source: yc('S23.json') },
    { id: 'tivara-com', name: 'Tivara', vendor: 'Tivara', domains: ['tivara.com'], source: yc('S24.json') },
    { id: 'useremedy-co', name: 'Remedy', vendor: 'Remedy', domains: ['useremedy.co'], source: yc('Fall 2025.json') },
    { id: 'galen-ai', name: 'Galen AI', vendor: 'Galen AI', category: 'chat', domains: ['galenai.com'], source: yc('Spring 2025.json') },
    { id: 'solum-health', name: 'Solum Health', vendor: 'Solum Health', domains: ['getsolum.com'], source: yc('S22.json') },
    { id: 'medisearch', name: 'MediSearch', vendor: 'MediSearch', category: 'search', domains: ['medisearch.io'], source: yc('S23.json') },
    { id: 'nori-ai', name: 'Nori', vendor: 'Nori', category: 'chat', domains: ['nori.ai'], source: yc('Fall 2025.json') },
    { id: 'ourmaia-com', name: 'Maia', vendor: 'Maia', category: 'chat', domains: ['ourmaia.com'], source: yc('W24.json') },
    { id: 'pranahealth-io', name: 'Prana', vendor: 'Prana', category: 'chat', domains: ['pranahealth.io'], source: yc('Winter 2026.json') },
    { id: 'botmd-io', name: 'Bot MD', vendor: 'Bot MD', category: 'chat', domains: ['botmd.io'], source: yc('S18.json') },
    { id: 'novoflow', name: 'Novoflow', vendor: 'Novoflow', domains: ['novoflow.io'], source: yc('Spring 2025.json') },
    { id: 'overdrive-health', name: 'Overdrive Health', vendor: 'Overdrive Health', domains: ['overdrive.health'], source: yc('Summer 2025.json') },
    { id: 'triomics', name: 'Triomics', vendor: 'Triomics', category: 'other', domains: ['triomics.com'], source: yc('W21.json') },
    { id: 'vera-health', name: 'Vera Health', vendor: 'Vera Health', category: 'search', domains: ['vera-health.ai'], source: yc('S24.json') },
    { id: 'vocality-health', name: 'Vocality Health', vendor: 'Vocality Health', category: 'translation', domains: ['vocalityhealth.com'], source: yc('W25.json') },
    { id: 'proprise', name: 'PropRise', vendor: 'PropRise', domains: ['proprise.ai'], source: yc('S23.json') },
    { id: 'schemeflow', name: 'SchemeFlow', vendor: 'SchemeFlow', category: 'writing', domains: ['schemeflow.com'], source: yc('S24.json') },
    { id: 'wayline', name: 'Wayline', vendor: 'Wayline', domains: ['wayline.com'], source: yc('Summer 2025.json') },
    { id: 'archilabs', name: 'ArchiLabs', vendor: 'ArchiLabs', category: 'other', domains: ['archilabs.ai'], source: yc('F24.json') },
    { id: 'bild-ai', name: 'Bild AI', vendor: 'Bild AI', category: 'other', domains: ['bild.ai'], source: yc('W25.json') },
    { id: 'contextfort', name: 'ContextFort', vendor: 'ContextFort', category: 'other', domains: ['contextfort.ai'], source: yc('Summer 2025.json') },
    { id: 'downtobid', name: 'Downtobid', vendor: 'Downtobid', category: 'other', domains: ['downtobid.com'], source: yc('S19.json') },
    { id: 'fresco-ai-com', name: 'Fresco', vendor: 'Fresco', domains: ['fresco-ai.com'], source: yc('F24.json') },
    { id: 'structured-ai', name: 'Structured AI', vendor: 'Structured AI', domains: ['getstructured.ai'], source: yc('Fall 2025.json') },
    { id: 'handoff-ai', name: 'Handoff', vendor: 'Handoff', domains: ['handoff.ai'], source: yc('W20.json') },
    { id: 'inspectmind-ai', name: 'InspectMind AI', vendor: 'InspectMind AI', domains: ['inspectmind.ai'], source: yc('W24.json') },
    { id: 'opusense-ai', name: 'Opusense AI', vendor: 'Opusense AI', category: 'writing', domains: ['opusense.com'], source: yc('Spring 2025.json') },
    { id: 'permitify', name: 'Permitify', vendor: 'Permitify', category: 'other', domains: ['permitify.com'], source: yc('W25.json') },
    { id: 'brickwise', name: 'Brickwise', vendor: 'Brickwise', domains: ['brickwiseai.com'], source: yc('Fall 2025.json') },
    { id: 'ironledger-ai', name: 'IronLedger.ai', vendor: 'IronLedger.ai', domains: ['ironledger.ai'], source: yc('Summer 2025.json') },
    { id: 'propaya', name: 'Propaya', vendor: 'Propaya', category: 'other', domains: ['propaya.com'], source: yc('S24.json') },
    // Infrastructure and Security sub-industries: AI coding, testing and security agents, agent infrastructure
    { id: 'airweave', name: 'Airweave', vendor: 'Airweave', category: 'developer-platform', domains: ['airweave.ai'], source: yc('Spring 2025.json') },
    { id: 'brickanta', name: 'Brickanta', vendor: 'Brickanta', domains: ['brickanta.com'], source: yc('Fall 2025.json') },
    { id: 'flowtel', name: 'Flowtel', vendor: 'Flowtel', domains: ['flowtel.ai'], source: yc('W25.json') },
    { id: 'hyperspell', name: 'Hyperspell', vendor: 'Hyperspell', category: 'developer-platform', domains: ['hyperspell.com'], source: yc('Fall 2025.json') },
    { id: 'infra-new', name: 'infra.new', vendor: 'infra.new', category: 'coding', domains: ['infra.new'], source: yc('W23.json') },
    // manufact.com (CHECKED_C16, ycrest pass): mcp-use's company renamed Manufact; the SDK's own README
    // (https://github.com/mcp-use/mcp-use/blob/5865e5c142589d0930d7e79de3e5e1d98e05b76e/README.md, MIT) badges it "made by
    // manufact.com" and sends users to Manufact's cloud to deploy MCP servers and ChatGPT/Claude apps.
    { id: 'mcp-use', name: 'mcp-use', vendor: 'mcp-use', category: 'developer-platform', domains: ['mcp-use.com', 'manufact.com'], source: yc('Summer 2025.json') },
    { id: 'revyl-ai', name: 'Revyl', vendor: 'Revyl', category: 'coding', domains: ['revyl.ai'], source: yc('F24.json') },
    { id: 'sre-ai', name: 'SRE.ai', vendor: 'SRE.ai', category: 'coding', domains: ['sre.ai'], source: yc('F24.json') },
    { id: 'withjanus-com', name: 'Janus', vendor: 'Janus', category: 'developer-platform', domains: ['withjanus.com'], source: yc('Spring 2025.json') },
    { id: 'clearly-ai', name: 'Clearly AI', vendor: 'Clearly AI', domains: ['clearly-ai.com'], source: yc('S24.json') },
    { id: 'cotool-ai', name: 'Cotool', vendor: 'Cotool', domains: ['cotool.ai'], source: yc('Spring 2025.json') },
    { id: 'delve-co', name: 'Delve', vendor: 'Delve', domains: ['delve.co'], source: yc('W24.json') },
    { id: 'kobalt-labs', name: 'Kobalt Labs', vendor: 'Kobalt Labs', domains: ['kobaltlabs.com'], source: yc('S23.json') },
    { id: 'promptarmor', name: 'PromptArmor', vendor: 'PromptArmor', category: 'developer-platform', domains: ['promptarmor.com'], source: yc('W24.json') },
    { id: 'kestrel-ai', name: 'Kestrel AI', vendor: 'Kestrel AI', domains: ['usekestrel.ai'], source: yc('Fall 2025.json') },
    { id: 'variance-co', name: 'Variance', vendor: 'Variance', domains: ['variance.co'], source: yc('W23.json') },
    { id: 'veria-labs', name: 'Veria Labs', vendor: 'Veria Labs', category: 'coding', domains: ['verialabs.com'], source: yc('Fall 2025.json') },
    { id: 'winfunc', name: 'winfunc', vendor: 'winfunc', category: 'coding', domains: ['winfunc.com'], source: yc('S24.json') },
    { id: 'zeropath', name: 'ZeroPath', vendor: 'ZeroPath', category: 'coding', domains: ['zeropath.com'], source: yc('S24.json') },
  ],
  { checked: CHECKED_C13 },
);
