// Twelfth-session pass, lists-f helper (2026-12-06, issue 15): AI tools for verticals from lists no earlier pass had read.
// Research and science: TuchuanLin/Awesome-AI-for-Research (tooling/collections/entries.yaml; CC BY 4.0 by its LICENSE,
// credit "Awesome AI for Research contributors"), TuchuanLin/Awesome-AI-Scientist (its "Commercial Platforms" section and
// paper links; Apache-2.0 licence file), Research-Equality/awesome-ai-scientists, natnew/awesome-ai-scientists and
// natnew/awesome-ai-for-bioengineering (MIT licence files), hanlulong/awesome-ai-for-economists (CC0 licence file).
// Healthcare: Norrisont/awesome-ai-healthcare (CC0 by its badge and License section) and the list in DeepNLP's
// HealthcareAgent README (MIT by its setup.py). Investing: georgezouq/awesome-ai-in-finance (CC0 licence file). Games:
// bowen-aigame/awesome-ai-game (MIT licence file). Only facts (name,
// host) were taken; every product host these files name was classified first, and rows are the AI-first products nothing
// matched, a general site's AI page only as the URL prefix the list gives.
// Left out: GitHub repositories, papers, benchmarks, datasets, courses and newsletters; libraries and frameworks with a
// site of their own (DeepChem, TorchDrug, scvi-tools, SciML, LeanDojo, BoTorch, Optuna, MONAI, Pydantic AI, DoubleML);
// scientific databases whose entries a model predicted (AlphaFold DB, ESM Atlas); scholarly search and citation-graph
// sites the lists do not call AI (Semantic Scholar, Connected Papers, Litmaps, Inciteful, OpenAlex, CORE); drug-discovery
// and biotech companies with no tool of their own for users (Isomorphic Labs, Generate Biomedicines, Profluent,
// Recursion, Atomwise, BenevolentAI, Tempus); health IT and general software the lists name beside AI (EHRs, FHIR
// servers, DICOM viewers, Twilio, Overleaf, ATLAS.ti, CARTO, Positron, Mathpix, Typst, Meta-Mar, Plural Policy); games
// whose AI is one feature (inZOI, PUBG, NARAKA, Mecha BREAK, Vaudeville's Steam page, Retail Mage's studio); a demo on
// onrender.com (LitLLM); market-data, crypto and SEC-filing APIs and MCP servers, trackers and benchmarks in the finance
// list (Nof1, BenchGecko, Sharpe, BitBank, 13F Insight, KeepRule, WalletLens); and pages of products already here, handed
// over (Dragon Medical's page on nuance.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const RESEARCH = 'tooling/collections/entries.yaml';

export const longTailC12FTools: Tool[] = defineTools(
  'search',
  [
    // research and science agents and assistants: TuchuanLin/Awesome-AI-for-Research (entries' project links)
    { id: 'scimaster', name: 'SciMaster', vendor: 'SJTU and DP Technology', category: 'agents', domains: ['scimaster.bohrium.com'], source: listed('tuchuanresearch', RESEARCH) },
    // open-scholar.allen.ai is the project link Research-Equality/awesome-ai-scientists gives for the same system
    { id: 'openscholar', name: 'OpenScholar', vendor: 'Ai2', domains: ['openscilm.allen.ai', 'open-scholar.allen.ai'], source: listed('tuchuanresearch', RESEARCH) },
    { id: 'aide-ml', name: 'AIDE', vendor: 'Weco AI', category: 'agents', domains: ['aide.ml'], source: listed('tuchuanresearch', RESEARCH) },
    { id: 'surveyx', name: 'SurveyX', vendor: 'IAAR-Shanghai', category: 'writing', domains: ['surveyx.cn'], source: listed('tuchuanresearch', RESEARCH), region: 'china' },
    { id: 'pasa-agent', name: 'PaSa', vendor: 'ByteDance', domains: ['pasa-agent.ai'], source: listed('tuchuanresearch', RESEARCH) },
    { id: 'alphafold-server', name: 'AlphaFold Server', vendor: 'Google DeepMind', category: 'other', domains: ['alphafoldserver.com'], source: listed('tuchuanresearch', RESEARCH) },
    { id: 'evoscientist', name: 'EvoScientist', vendor: 'EvoScientist', category: 'agents', domains: ['evoscientist.ai'], source: listed('tuchuanresearch', RESEARCH) },
    // Research-Equality/awesome-ai-scientists
    { id: 'deepscientist', name: 'DeepScientist', vendor: 'ResearAI', category: 'agents', domains: ['deepscientist.cc'], source: listed('researchequality') },
    { id: 'futurehouse', name: 'FutureHouse', vendor: 'FutureHouse', category: 'agents', domains: ['futurehouse.org'], source: listed('researchequality') },
    // TuchuanLin/Awesome-AI-Scientist ("Commercial Platforms" and paper links)
    { id: 'ai-researcher-net', name: 'AI Researcher (DeepReviewer)', vendor: 'AI Researcher', category: 'agents', domains: ['ai-researcher.net'], source: listed('tuchuanscientist') },
    { id: 'ibm-watson-discovery', name: 'IBM Watson Discovery', vendor: 'IBM', urlPrefixes: ['www.ibm.com/cloud/watson-discovery'], source: listed('tuchuanscientist') },
    { id: 'autoscience-carl', name: 'Autoscience (Carl)', vendor: 'Autoscience', category: 'agents', domains: ['autoscience.ai'], source: listed('tuchuanscientist') },
    { id: 'insilico-pharma-ai', name: 'Pharma.AI (DORA)', vendor: 'Insilico Medicine', category: 'agents', domains: ['pharma.ai'], source: listed('tuchuanscientist') },
    // natnew/awesome-ai-scientists (chemistry)
    { id: 'ibm-rxn', name: 'IBM RXN for Chemistry', vendor: 'IBM', category: 'other', domains: ['rxn.res.ibm.com'], source: listed('natnewscientists') },
    { id: 'askcos', name: 'ASKCOS', vendor: 'MIT', category: 'other', domains: ['askcos.mit.edu'], source: listed('natnewscientists') },
    // natnew/awesome-ai-for-bioengineering (model makers with hosted access)
    { id: 'chai-discovery', name: 'Chai Discovery', vendor: 'Chai Discovery', category: 'other', domains: ['chaidiscovery.com'], source: listed('natnewbio') },
    { id: 'evolutionaryscale', name: 'EvolutionaryScale (ESM)', vendor: 'EvolutionaryScale', category: 'developer-platform', domains: ['evolutionaryscale.ai'], source: listed('natnewbio') },
    // hanlulong/awesome-ai-for-economists
    { id: 'openecon', name: 'OpenEcon', vendor: 'OpenEcon', domains: ['openecon.ai'], source: listed('hanlulong') },
    { id: 'refine-ink', name: 'Refine', vendor: 'Refine', category: 'writing', domains: ['refine.ink'], source: listed('hanlulong') },
    { id: 'underleaf', name: 'Underleaf', vendor: 'Underleaf', category: 'writing', domains: ['underleaf.ai'], source: listed('hanlulong') },
    { id: 'worldbank-impactai', name: 'ImpactAI', vendor: 'World Bank (DIME)', domains: ['impactai.worldbank.org'], source: listed('hanlulong') },
    { id: 'flypix-ai', name: 'FlyPix AI', vendor: 'FlyPix AI', category: 'image', domains: ['flypix.ai'], source: listed('hanlulong') },
    { id: 'conveo-ai', name: 'Conveo', vendor: 'Conveo', category: 'meeting', domains: ['conveo.ai'], source: listed('hanlulong') },
    { id: 'outset-ai', name: 'Outset', vendor: 'Outset', category: 'meeting', domains: ['outset.ai'], source: listed('hanlulong') },
    { id: 'transkribus', name: 'Transkribus', vendor: 'READ-COOP', category: 'productivity', domains: ['transkribus.org'], source: listed('hanlulong') },

    // healthcare: Norrisont/awesome-ai-healthcare and DeepNLP's HealthcareAgent list
    { id: 'infermedica', name: 'Infermedica', vendor: 'Infermedica', category: 'other', domains: ['infermedica.com'], source: listed('norrisont') },
    { id: 'isabel-ddx', name: 'Isabel DDx', vendor: 'Isabel Healthcare', category: 'other', domains: ['isabelhealthcare.com'], source: listed('norrisont') },
    { id: 'elliq', name: 'ElliQ', vendor: 'Intuition Robotics', category: 'chat', domains: ['elliq.com'], source: listed('healthcareagent') },

    // investing research and trading assistants: georgezouq/awesome-ai-in-finance (only entries the list describes as AI products)
    { id: 'invictrade', name: 'InvicTrade', vendor: 'InvicTrade', category: 'other', domains: ['invictrade.com'], source: listed('georgezouq') },
    { id: 'cod3x', name: 'Cod3x', vendor: 'Cod3x', category: 'agents', domains: ['cod3x.org'], source: listed('georgezouq') },
    { id: 'pineify', name: 'Pineify', vendor: 'Pineify', category: 'coding', domains: ['pineify.app'], source: listed('georgezouq') },
    { id: 'marginsafe-ai', name: 'MarginSafe.ai', vendor: 'MarginSafe.ai', category: 'other', domains: ['marginsafe.ai'], source: listed('georgezouq') },
    { id: 'ddscore-ai', name: 'DDScore', vendor: 'DDScore', category: 'other', domains: ['ddscore.ai'], source: listed('georgezouq') },
    { id: 'fn2-ai', name: 'FN2', vendor: 'FN2', category: 'agents', domains: ['fn2.ai'], source: listed('georgezouq') },
    { id: 'quantlink-ai', name: 'QuantLink', vendor: 'QuantLink', domains: ['quantlink.ai'], source: listed('georgezouq') },

    // games whose play is an AI model: bowen-aigame/awesome-ai-game
    { id: 'anuttacon-whispers-from-the-star', name: 'Whispers from the Star', vendor: 'Anuttacon', category: 'other', domains: ['anuttacon.com'], source: listed('bowenaigame') },
    { id: 'suck-up-game', name: 'Suck Up!', vendor: 'Suck Up!', category: 'other', domains: ['playsuckup.com'], source: listed('bowenaigame') },
    { id: 'wanderfolk', name: 'Wanderfolk', vendor: 'Wanderfolk', category: 'other', domains: ['wanderfolk.ai'], source: listed('bowenaigame') },
    { id: 'friends-and-fables', name: 'Friends & Fables', vendor: 'Friends & Fables', category: 'chat', domains: ['fables.gg'], source: listed('bowenaigame') },
    { id: '1001-nights-ai', name: '1001 Nights', vendor: '1001 Nights', category: 'other', domains: ['1001nights.ai'], source: listed('bowenaigame') },
    { id: 'lorekeeper-ai-dm', name: 'LoreKeeper', vendor: 'LoreKeeper', category: 'chat', domains: ['lore-keeper.com'], source: listed('bowenaigame') },
    { id: 'infinite-craft', name: 'Infinite Craft', vendor: 'Neal Agarwal', category: 'other', urlPrefixes: ['neal.fun/infinite-craft'], source: listed('bowenaigame') },
    { id: 'death-by-ai', name: 'Death by AI', vendor: 'Death by AI', category: 'other', domains: ['deathbyai.gg'], source: listed('bowenaigame') },
    { id: 'status-ai', name: 'Status', vendor: 'Status', category: 'chat', domains: ['statusai.com'], source: listed('bowenaigame') },
    { id: 'goodai-ai-people', name: 'AI People', vendor: 'GoodAI', category: 'other', domains: ['goodai.com'], source: listed('bowenaigame') },
    { id: 'doodle-duel', name: 'Doodle Duel', vendor: 'Doodle Duel', category: 'other', domains: ['doodleduel.ai'], source: listed('bowenaigame') },
    { id: 'player2-game', name: 'Player2', vendor: 'Player2', category: 'chat', domains: ['player2.game'], source: listed('bowenaigame') },
  ],
  { checked: CHECKED_C12 },
);
