// Thirteenth-session list pass, helper lists-a (2026-12-06, issue 15), continued: AI tools beside the business
// functions in the same source, Y Combinator's company directory as scraped by akshaybhalotia/yc_company_scraper (MIT
// licence file at the pinned commit; see long-tail-c13-a.ts). Read: Active or Public companies in the sub-industries
// Engineering, Product and Design, Retail and Healthcare IT whose one-liner says AI, LLM, GPT, agent or copilot or whose
// tags say Generative AI, Artificial Intelligence, AI Assistant or Conversational AI. Of their 240 hosts the catalog
// classified 48 (20.0%) before these rows. Added: AI coding, testing, debugging and documentation agents, LLM and
// voice-agent evaluation and observability platforms, AI design and user-research tools, translation for software,
// e-commerce AI, and healthcare back-office agents and scribes, one domain each.
// Left out: hardware, chip, CAD, physics and materials AI, model-serving and data infrastructure, RL environments,
// data vendors, no-code and vibe-coding app builders, web-agent APIs and video or image generators (left to the
// creative and agents pass), general software with AI features (Archbee, Zoko, Qventus), companies whose one-liner is
// unclear or says "stealth", a YC record naming Void on a host that does not say Void (`useglass.ai`), and second
// hosts of entries already here, handed over for aliases: `cekura.ai` (cekura), `healthharbor.co` (health-harbor), `lmnr.ai` (laminar),
// `hamming.ai` (hamming) and `clarionhealth.com` (clarion-ai).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools, listed } from './define';

/** The batch file of the YC directory scrape that names the host. */
const yc = (file: string) => listed('c13ayc', `responses/${file.replace(/ /g, '%20')}`);

export const longTailC13A4Tools: Tool[] = defineTools(
  'agents',
  [
    { id: 'agentic-labs', name: 'Agentic Labs', vendor: 'Agentic Labs', category: 'coding', domains: ['agenticlabs.com'], source: yc('W24.json') },
    { id: 'artifact-engineer', name: 'Artifact', vendor: 'Artifact', category: 'coding', domains: ['artifact.engineer'], source: yc('W25.json') },
    { id: 'autosana', name: 'Autosana', vendor: 'Autosana', category: 'coding', domains: ['autosana.ai'], source: yc('Summer 2025.json') },
    { id: 'broccoli-ai', name: 'Broccoli AI', vendor: 'Broccoli AI', domains: ['broccoli.com'], source: yc('W22.json') },
    { id: 'camelai', name: 'camelAI', vendor: 'camelAI', domains: ['camelai.com'], source: yc('W24.json') },
    { id: 'cedarcopilot-com', name: 'Cedar', vendor: 'Cedar', category: 'developer-platform', domains: ['cedarcopilot.com'], source: yc('W25.json') },
    { id: 'chordio', name: 'Chordio', vendor: 'Chordio', category: 'presentation', domains: ['chordio.com', 'designrails.com'], source: yc('S22.json') }, // designrails.com: the same YC company's record in responses/Summer 2022.json (alias pass)
    { id: 'compyle', name: 'Compyle', vendor: 'Compyle', category: 'coding', domains: ['compyle.ai'], source: yc('Fall 2025.json') },
    { id: 'corelayer', name: 'Corelayer', vendor: 'Corelayer', category: 'coding', domains: ['corelayer.com'], source: yc('Winter 2026.json') },
    { id: 'datafruit', name: 'datafruit', vendor: 'datafruit', category: 'coding', domains: ['datafruit.dev'], source: yc('Summer 2025.json') },
    { id: 'docketqa', name: 'Docket', vendor: 'Docket', category: 'coding', domains: ['docketqa.com'], source: yc('Spring 2025.json') },
    { id: 'edgedive', name: 'Edgedive', vendor: 'Edgedive', domains: ['edgedive.com'], source: yc('F24.json') },
    { id: 'embedder', name: 'Embedder', vendor: 'Embedder', category: 'coding', domains: ['embedder.com'], source: yc('Summer 2025.json') },
    { id: 'fumedev-com', name: 'Fume', vendor: 'Fume', category: 'coding', domains: ['fumedev.com'], source: yc('W24.json') },
    { id: 'decipher-ai', name: 'Decipher AI', vendor: 'Decipher AI', category: 'coding', domains: ['getdecipher.com'], source: yc('W24.json') },
    { id: 'quetzal', name: 'Quetzal', vendor: 'Quetzal', category: 'translation', domains: ['getquetzal.com'], source: yc('S24.json') },
    { id: 'versive-research', name: 'Versive', vendor: 'Versive', domains: ['getversive.com'], source: yc('W23.json') },
    { id: 'giga-ml', name: 'Giga ML', vendor: 'Giga ML', domains: ['gigaml.com', 'giga.ai'], source: yc('S23.json') }, // giga.ai: the same YC company under its new name (Giga, formerly Giga ML, AI support agent for enterprises) in listed('c13ayc', 'responses/Summer 2023.json'), CHECKED_C14
    { id: 'humanlayer', name: 'HumanLayer', vendor: 'HumanLayer', category: 'coding', domains: ['humanlayer.dev'], source: yc('F24.json') },
    { id: 'lytix-co', name: 'Lytix', vendor: 'Lytix', category: 'developer-platform', domains: ['lytix.co'], source: yc('W24.json') },
    { id: 'magicode', name: 'MagiCode', vendor: 'MagiCode', category: 'coding', domains: ['magicode.ai'], source: yc('S24.json') },
    { id: 'magnaplay', name: 'MagnaPlay', vendor: 'MagnaPlay', category: 'translation', domains: ['magnaplay.com'], source: yc('W23.json') },
    { id: 'mobileboost', name: 'MobileBoost', vendor: 'MobileBoost', category: 'coding', domains: ['mobileboost.io'], source: yc('S21.json') },
    { id: 'nimbic-ai', name: 'Nimbic AI', vendor: 'Nimbic AI', category: 'coding', domains: ['nimbic-ai.com'], source: yc('Spring 2025.json') },
    { id: 'openlayer', name: 'Openlayer', vendor: 'Openlayer', category: 'developer-platform', domains: ['openlayer.com'], source: yc('S21.json') },
    { id: 'plexe-ai', name: 'Plexe', vendor: 'Plexe', category: 'developer-platform', domains: ['plexe.ai'], source: yc('Spring 2025.json') },
    { id: 'polymet', name: 'Polymet', vendor: 'Polymet', category: 'presentation', domains: ['polymet.ai'], source: yc('S24.json') },
    { id: 'promptless', name: 'Promptless', vendor: 'Promptless', category: 'writing', domains: ['promptless.ai', 'gopromptless.ai'], source: yc('W25.json') }, // gopromptless.ai: the same YC company's record in responses/W25.json (alias pass)
    { id: 'raindrop-ai', name: 'Raindrop', vendor: 'Raindrop', category: 'developer-platform', domains: ['raindrop.ai'], source: yc('W24.json') },
    { id: 'relvy-ai', name: 'Relvy AI', vendor: 'Relvy AI', category: 'coding', domains: ['relvy.ai'], source: yc('F24.json') },
    { id: 'sourcebot', name: 'Sourcebot', vendor: 'Sourcebot', category: 'coding', domains: ['sourcebot.dev'], source: yc('Fall 2025.json') },
    { id: 'spurtest-com', name: 'Spur', vendor: 'Spur', category: 'coding', domains: ['spurtest.com'], source: yc('S24.json') },
    { id: 'stably-ai', name: 'Stably', vendor: 'Stably', category: 'coding', domains: ['stably.ai'], source: yc('W22.json') },
    { id: 'stagewise', name: 'stagewise', vendor: 'stagewise', category: 'coding', domains: ['stagewise.io'], source: yc('Summer 2025.json') },
    { id: 'starsling', name: 'StarSling', vendor: 'StarSling', category: 'coding', domains: ['starsling.dev'], source: yc('Spring 2025.json') },
    { id: 'storia-ai', name: 'Storia AI', vendor: 'Storia AI', category: 'coding', domains: ['storia.ai'], source: yc('S24.json') },
    { id: 'sudocode', name: 'sudocode', vendor: 'sudocode', category: 'coding', domains: ['sudocode.ai'], source: yc('S23.json') },
    { id: 'sweetspot-so', name: 'Sweetspot', vendor: 'Sweetspot', domains: ['sweetspot.so'], source: yc('S23.json') },
    { id: 'synthetic-society', name: 'Synthetic Society', vendor: 'Synthetic Society', domains: ['syntheticsociety.ai'], source: yc('Summer 2025.json') },
    { id: 'the-context-company', name: 'The Context Company', vendor: 'The Context Company', category: 'developer-platform', domains: ['thecontext.company'], source: yc('Fall 2025.json') },
    { id: 'traceroot-ai', name: 'TraceRoot.AI', vendor: 'TraceRoot.AI', category: 'coding', domains: ['traceroot.ai'], source: yc('Summer 2025.json') },
    { id: 'unsurvey', name: 'unSurvey', vendor: 'unSurvey', domains: ['unsurvey.ai'], source: yc('W21.json') }, // current record (Winter 2021.json): Acquired, CHECKED_C14
    { id: 'upshift-dev', name: 'Upshift', vendor: 'Upshift', category: 'coding', domains: ['upshift.dev'], source: yc('F24.json') },
    { id: 'vetrec', name: 'VetRec', vendor: 'VetRec', category: 'meeting', domains: ['vetrec.io'], source: yc('S23.json') },
    { id: 'wild-moose', name: 'Wild Moose', vendor: 'Wild Moose', category: 'coding', domains: ['wildmoose.ai'], source: yc('W23.json') },
    { id: 'anglera-ai', name: 'Anglera', vendor: 'Anglera', category: 'other', domains: ['anglera.com'], source: yc('S24.json') },
    { id: 'kirana-ai', name: 'Kirana AI', vendor: 'Kirana AI', domains: ['kirana-ai.com'], source: yc('Spring 2025.json') },
    { id: 'lizza-link', name: 'Lizza', vendor: 'Lizza', domains: ['lizza.link'], source: yc('W22.json') },
    { id: 'versable', name: 'Versable', vendor: 'Versable', category: 'writing', domains: ['versableai.com'], source: yc('W22.json') },
    { id: 'adentris', name: 'Adentris', vendor: 'Adentris', category: 'other', domains: ['adentris.com'], source: yc('Spring 2025.json') },
    { id: 'baseline-ai', name: 'Baseline AI', vendor: 'Baseline AI', category: 'other', domains: ['baselinetrials.com'], source: yc('S24.json') },
    { id: 'combinehealth', name: 'CombineHealth', vendor: 'CombineHealth', domains: ['combinehealth.ai'], source: yc('W23.json') },
    { id: 'decoda-health', name: 'Decoda Health', vendor: 'Decoda Health', domains: ['decodahealth.com'], source: yc('S23.json') },
    { id: 'delfino-ai', name: 'Delfino AI', vendor: 'Delfino AI', domains: ['delfino.ai'], source: yc('S22.json') },
    { id: 'dodo-health', name: 'Dodo', vendor: 'Dodo', domains: ['dodo.health'], source: yc('S24.json') },
    { id: 'kaigo-health', name: 'Kaigo Health', vendor: 'Kaigo Health', domains: ['kaigohealth.ai'], source: yc('Fall 2025.json') },
    { id: 'locata', name: 'Locata', vendor: 'Locata', domains: ['locatahealth.com'], source: yc('Summer 2025.json') },
    { id: 'lunabill', name: 'LunaBill', vendor: 'LunaBill', domains: ['lunabill.com'], source: yc('Fall 2025.json') },
    { id: 'penciled-pt', name: 'Penciled', vendor: 'Penciled', domains: ['penciled.com'], source: yc('W24.json') },
    { id: 'sohar-health', name: 'Sohar Health', vendor: 'Sohar Health', category: 'other', domains: ['soharhealth.com'], source: yc('S23.json') },
    { id: 'syntra-com', name: 'Syntra', vendor: 'Syntra', category: 'other', domains: ['syntra.com'], source: yc('S24.json') },
    { id: 'amby-health', name: 'Amby Health', vendor: 'Amby Health', domains: ['tryamby.com'], source: yc('W25.json') },
    { id: 'kairo-health', name: 'Kairo Health', vendor: 'Kairo Health', domains: ['trykairo.com'], source: yc('S24.json') },
    { id: 'andy-ai', name: 'Andy AI', vendor: 'Andy AI', category: 'meeting', domains: ['with-andy.com'], source: yc('W24.json') },
  ],
  { checked: CHECKED_C13 },
);
