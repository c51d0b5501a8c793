// Fourteenth-session pass, helper ycnew (2026-12-06, issue 15): AI products a person uses in a browser that the
// thirteenth session's lists-a and yc passes (long-tail-c13-a*.ts, long-tail-c13-yc*.ts) did not take, from the same
// read of Y Combinator's company directory as scraped by akshaybhalotia/yc_company_scraper (one JSON file of Algolia
// answers per batch under responses/; MIT licence file LICENSE at the commit pinned as `c13ayc`, which is still that
// repository's newest stored commit, 2026-03-13; this pass reuses the pin). Only facts were taken: the company's name
// and the host of the website it gives. The scrape holds each company twice for batches before 2025: an older
// two-letter file (S24.json) and a current long-name file (Summer 2024.json). The current record was read first, and
// a host only the older file gives (a renamed or pivoted company's old site) was not added. Read: every company whose
// current record is Active or Public and whose one-liner says AI, LLM, GPT, agent, copilot or generative or whose tags
// say Generative AI, Artificial Intelligence, AI Assistant, AI, Conversational AI or Machine Learning: 1,825 distinct
// hosts, of which the catalog classified 829 (45.4%) before these rows (Winter 2026 17/44, Fall 2025 67/131, Summer
// 2025 72/139, Spring 2025 58/116, Winter 2025 74/131); the newest batches (Spring 2026 onward) are not in the scrape.
// Rows are AI-first products among the misses whose whole site is the product, one domain each, citing the current
// batch file that names the host (nine from the real-estate, insurance and security areas the thirteenth session
// skipped); a few come from records whose long description, not the one-liner, says AI.
// Left out: infrastructure (APIs, SDKs, agent sandboxes, RL environments, training data, evaluation), hardware, chip,
// EDA and CAD tools, services firms (AI-native law, accounting and brokerage firms such as Arcline, Cranston, OffDeal),
// phone and voice agents a business deploys rather than a person uses in a browser, general software with AI features
// (Abacum, Numeral, Humaans, Chatwoot, Heptabase, Akiflow), hosts only an older record gives (hostai.app, usecandid.com,
// heartbyte.ai, winfordwealth.com, tallyhq.com), the two companies named Metal (metal.ai, metal.so: an earlier trap
// keeps them out beside getmetal.io), records whose name and host disagree (HeartByte at storioai.com, Void at
// useglass.ai, TruthSuite now DataSuite), inactive records (Flasho, Fabius), and hosts already in the catalog.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools, listed } from './define';

/** The current batch file of the YC directory scrape that names the host. */
const yc = (file: string) => listed('c13ayc', `responses/${file.replace(/ /g, '%20')}`);

export const longTailC14YcnewTools: Tool[] = defineTools(
  'agents',
  [
    { id: 'aesthetic', name: 'Aesthetic', vendor: 'Aesthetic', category: 'image', domains: ['aesthetic.com'], source: yc('Summer 2018.json') },
    { id: 'alkali-engineering', name: 'Alkali', vendor: 'Alkali', category: 'productivity', domains: ['alkali.engineering'], source: yc('Spring 2025.json') },
    { id: 'applydesign-io', name: 'Apply Design', vendor: 'Apply Design', category: 'image', domains: ['applydesign.io'], source: yc('Summer 2022.json') },
    { id: 'argon-ai', name: 'Argon AI', vendor: 'Argon AI', category: 'search', domains: ['argon-ai.com'], source: yc('Winter 2024.json') },
    { id: 'autositu', name: 'AutoSitu', vendor: 'AutoSitu', category: 'productivity', domains: ['autositu.com'], source: yc('Winter 2026.json') },
    { id: 'basepilot', name: 'Basepilot', vendor: 'Basepilot', domains: ['basepilot.com'], source: yc('Winter 2024.json') },
    { id: 'boundo', name: 'Boundo', vendor: 'Boundo', domains: ['boundo.com'], source: yc('Summer 2022.json') },
    { id: 'cosmic-new', name: 'Cosmic', vendor: 'Cosmic', category: 'coding', domains: ['cosmic.new'], source: yc('Fall 2024.json') },
    { id: 'designarena-ai', name: 'Design Arena', vendor: 'Design Arena', category: 'other', domains: ['designarena.ai'], source: yc('Summer 2025.json') },
    { id: 'dolphinmade', name: 'Dolphin', vendor: 'Dolphin', category: 'coding', domains: ['dolphinmade.com'], source: yc('Spring 2025.json') },
    { id: 'duckie-ai', name: 'Duckie', vendor: 'Duckie', domains: ['duckie.ai'], source: yc('Winter 2024.json') },
    { id: 'f2-ai', name: 'F2', vendor: 'F2', category: 'search', domains: ['f2.ai'], source: yc('Summer 2025.json') },
    { id: 'firaresearch', name: 'Fira', vendor: 'Fira', category: 'search', domains: ['firaresearch.com'], source: yc('Winter 2025.json') },
    { id: 'getrima-ai', name: 'Rima AI', vendor: 'Rima AI', category: 'productivity', domains: ['getrima.ai'], source: yc('Summer 2022.json') },
    { id: 'getzorba', name: 'Zorba', vendor: 'Zorba', category: 'productivity', domains: ['getzorba.com'], source: yc('Winter 2022.json') },
    { id: 'harmoney-in', name: 'Harmoney', vendor: 'Harmoney', category: 'search', domains: ['harmoney.in'], source: yc('Winter 2022.json') },
    { id: 'henry-ai', name: 'Henry', vendor: 'Henry', category: 'presentation', domains: ['henry.ai'], source: yc('Summer 2024.json') },
    { id: 'karmenai', name: 'Karmen', vendor: 'Karmen', category: 'productivity', domains: ['karmenai.com'], source: yc('Fall 2024.json') },
    { id: 'mavenbio', name: 'Maven Bio', vendor: 'Maven Bio', category: 'search', domains: ['mavenbio.com'], source: yc('Summer 2023.json') },
    { id: 'mymindbase-ai', name: 'Mindbase', vendor: 'Mindbase', category: 'chat', domains: ['mymindbase.ai'], source: yc('Winter 2022.json') },
    { id: 'nitrode', name: 'Nitrode', vendor: 'Nitrode', category: 'coding', domains: ['nitrode.com'], source: yc('Winter 2025.json') },
    { id: 'novaflowapp', name: 'Novaflow', vendor: 'Novaflow', category: 'productivity', domains: ['novaflowapp.com'], source: yc('Summer 2025.json') },
    { id: 'odastudio-ai', name: 'Oda', vendor: 'Oda', category: 'image', domains: ['odastudio.ai'], source: yc('Winter 2020.json') },
    { id: 'open-cx', name: 'Open', vendor: 'Open', domains: ['open.cx'], source: yc('Winter 2024.json') },
    { id: 'orcaengine-ai', name: 'Orca', vendor: 'Orca', category: 'other', domains: ['orcaengine.ai'], source: yc('Summer 2024.json') },
    { id: 'pally', name: 'Pally', vendor: 'Pally', category: 'productivity', domains: ['pally.com'], source: yc('Summer 2025.json') },
    { id: 'palmier-io', name: 'Palmier', vendor: 'Palmier', category: 'video', domains: ['palmier.io'], source: yc('Summer 2024.json') },
    { id: 'pares-ai', name: 'PARES AI', vendor: 'PARES AI', category: 'productivity', domains: ['pares.ai'], source: yc('Summer 2025.json') },
    { id: 'patched-codes', name: 'Patched', vendor: 'Patched', domains: ['patched.codes'], source: yc('Summer 2024.json') },
    { id: 'paxhistoria-co', name: 'Pax Historia', vendor: 'Pax Historia', category: 'other', domains: ['paxhistoria.co'], source: yc('Winter 2026.json') },
    { id: 'pledge-health', name: 'Pledge Health', vendor: 'Pledge Health', domains: ['pledge.health'], source: yc('Winter 2023.json') },
    { id: 'popsy-ai', name: 'Popsy', vendor: 'Popsy', domains: ['popsy.ai'], source: yc('Summer 2022.json') },
    { id: 'powerdocs-so', name: 'Powerdocs', vendor: 'Powerdocs', category: 'writing', domains: ['powerdocs.so'], source: yc('Winter 2022.json') },
    { id: 'presti-ai', name: 'Presti AI', vendor: 'Presti AI', category: 'image', domains: ['presti.ai'], source: yc('Summer 2024.json') },
    { id: 'rocketsdr-ai', name: 'RocketSDR', vendor: 'RocketSDR', domains: ['rocketsdr.ai'], source: yc('Winter 2021.json') },
    { id: 'rowboatlabs', name: 'RowBoat', vendor: 'RowBoat Labs', domains: ['rowboatlabs.com'], source: yc('Summer 2024.json') },
    { id: 'sagaland-ai', name: 'Sagaland', vendor: 'Sagaland', category: 'other', domains: ['sagaland.ai'], source: yc('Winter 2024.json') },
    { id: 'sciloop-dev', name: 'Sciloop', vendor: 'Sciloop', domains: ['sciloop.dev'], source: yc('Fall 2025.json') },
    { id: 'scritchai', name: 'Scritch', vendor: 'Scritch', category: 'productivity', domains: ['scritchai.com'], source: yc('Winter 2024.json') },
    { id: 'sentiyen', name: 'Sentiyen', vendor: 'Sentiyen', category: 'chat', domains: ['sentiyen.com'], source: yc('Summer 2021.json') },
    { id: 'serra-io', name: 'Serra', vendor: 'Serra', domains: ['serra.io'], source: yc('Summer 2023.json') },
    { id: 'skypher-co', name: 'Skypher', vendor: 'Skypher', domains: ['skypher.co'], source: yc('Winter 2020.json') },
    { id: 'soraban', name: 'Soraban', vendor: 'Soraban', category: 'productivity', domains: ['soraban.com'], source: yc('Winter 2021.json') },
    { id: 'sprites-ai', name: 'Sprites', vendor: 'Sprites', domains: ['sprites.ai'], source: yc('Winter 2022.json') },
    { id: 'stream-claims', name: 'Stream', vendor: 'Stream', category: 'productivity', domains: ['stream.claims'], source: yc('Summer 2022.json') },
    { id: 'supercraft-ai', name: 'SuperCraft', vendor: 'SuperCraft', category: 'image', domains: ['supercraft.ai'], source: yc('Summer 2023.json') },
    { id: 'syncly-app', name: 'Syncly', vendor: 'Syncly', category: 'productivity', domains: ['syncly.app'], source: yc('Winter 2023.json') },
    { id: 'tasker-ai', name: 'Tasker AI', vendor: 'Tasker AI', domains: ['tasker.ai'], source: yc('Winter 2020.json') },
    { id: 'trace-so', name: 'Trace', vendor: 'Trace', domains: ['trace.so'], source: yc('Summer 2025.json') },
    { id: 'trynarrative', name: 'Narrative', vendor: 'Narrative', category: 'coding', domains: ['trynarrative.com'], source: yc('Winter 2023.json') },
    { id: 'trypivot-xyz', name: 'Pivot', vendor: 'Pivot', category: 'productivity', domains: ['trypivot.xyz'], source: yc('Summer 2022.json') },
    { id: 'tweeks-io', name: 'Tweeks', vendor: 'Tweeks', category: 'coding', domains: ['tweeks.io'], source: yc('Winter 2025.json') },
    { id: 'usebidflow', name: 'Bidflow', vendor: 'Bidflow', category: 'productivity', domains: ['usebidflow.com'], source: yc('Winter 2026.json') },
    { id: 'vantedgeai', name: 'VantedgeAI', vendor: 'VantedgeAI', category: 'search', domains: ['vantedgeai.com'], source: yc('Winter 2022.json') },
    { id: 'vetnio', name: 'Vetnio', vendor: 'Vetnio', category: 'productivity', domains: ['vetnio.com'], source: yc('Winter 2025.json') },
    { id: 'vimmerse-net', name: 'Vimmerse', vendor: 'Vimmerse', category: 'video', domains: ['vimmerse.net'], source: yc('Winter 2022.json') },
    { id: 'withbenchmark', name: 'Benchmark', vendor: 'Benchmark', category: 'search', domains: ['withbenchmark.com'], source: yc('Winter 2023.json') },
    { id: 'wolfia', name: 'Wolfia', vendor: 'Wolfia', domains: ['wolfia.com'], source: yc('Summer 2022.json') },
    { id: 'x1-new', name: 'x1', vendor: 'x1', category: 'coding', domains: ['x1.new'], source: yc('Fall 2024.json') },
    { id: 'zeit-ai', name: 'Zeit AI', vendor: 'Zeit AI', category: 'productivity', domains: ['zeit-ai.com'], source: yc('Summer 2024.json') },
  ],
  { checked: CHECKED_C14 },
);
