// Fifteenth session, second wave, yc26b pass (2026-12-06, issue 15): AI products a person uses in a browser (or whose
// API a page calls) from Y Combinator's Winter 2026 batch and the 2025 batches, each row citing the vendor's own page.
//
// Part 1, Winter 2026 (the records the first wave did not read). Leads came from yc-oss/api at commit 0105239:
// batches/winter-2026.json from its start to offset 208,000 (the first wave read 200,000 to its end), about 95 company
// records. yc-oss/api has NO licence, so it is a lead and a measurement only: nothing of its text or data is cited or
// copied. Measured on the 83 hosts whose record reads as AI (agents, copilots, models, AI-native apps and services, AI
// infrastructure; moon hotels, radars, batteries, drones, payments and marketplaces left out): 10 classified (12.0%)
// before these rows and 16 (19.3%) after. One search of the stored `pages` corpus per company; a row needs a page on
// the vendor's own host with a path. Kita's record gives kita.ai, but its own documentation is on usekita.com (the host
// the licensed scrape below also gives), so the row claims usekita.com and kita.ai stays a miss. Looked up and no own
// page found (left out): Pollen (pollen.cx), Syntropy (syntropy.io), Perfectly (perfectly.so), Unisson, Lucent
// (lucenthq.com), Rhizome AI, Prana (pranadoc.com), Cardboard (usecardboard.com), Cofia, MouseCat, Aemon, Tepali,
// Proximitty, REV1, Verdex (verdexai.com), Payna, FullSeam, Lance (lance.live), Ventura (ventura.ai), Beacon Health,
// Burt (burthq.com), Axis (axisanalysis.com), ClaimGlide, Synthetic Sciences, Opalite Health, Klaus AI, Skillsync
// (skillsync.com), /dev/fast (dev.fast), 10x Science and Lexius; for Cardboard, Cofia, MouseCat and Lexius the corpus
// holds only third-party write-ups. Bluejay's documentation found is on a shared mintlify.app host and is not cited.
// Left out by rule: infrastructure and APIs for agents or models (Agentic Fabriq, Captain, Cumulus Labs, Compresr,
// Overshoot, Zatanna, Salus, Orthogonal, Sponge, RunAnywhere, Envariant, Luel, Chamber, Mantis, Cascade), AI-run
// services firms (Vector Legal, Moritz, Docura Health, Panta; Overdrive Health is an earlier entry), a desktop app
// (BaseFrame), labs and benchmarks without a product (Ndea, ARC Prize, Confluence Labs, Cajal), hardware, robots and
// drones, and businesses that are not AI products. The aliases the brief named were looked up and not settled: no
// vendor page in the corpora names copperlane.ai (Coevolved's new name) or chasi.ai (a second host of the catalog's
// chasi.co), so neither is added.
//
// Part 2, the 2025 batches: misses in Y Combinator's directory as scraped by akshaybhalotia/yc_company_scraper (MIT,
// pinned as `c13ayc`, read locally from the free mirror; Spring, Summer and Fall 2025, Winter and Spring 2026, 521
// hosts, 272 classified (52.2%) before and 277 (53.2%) after). The first wave (long-tail-c15-yc26.ts) took the records
// whose one-liner or tags say AI; these are records whose one-liner does not (AnswerThis, Kaelio, Parsewise) or that
// the first wave did not take (AgentHub), each sourced from the vendor's own documentation rather than the directory.
// Looked up and no own page found: Semiotic (semiotic.so), Ambral, Sanctum (withsanctum.com), Solva, Perspectives
// Health, SigmanticAI, Godela, Nucleo (nucleoresearch.com), Rivet (rivet.design), AtlasGrid, Wedge (wedge.health) and
// Iris (textiris.com); left out on what was found: Human Behavior (its docs found show a session-recording SDK, not the
// AI) and Articulate (its blog found describes RFI automation without saying AI).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

export const longTailC15Yc26bTools: Tool[] = defineTools(
  'agents',
  [
    // Part 1: Winter 2026 (yc-oss/api leads), each citing the vendor's own page.
    { id: 'codewisp', name: 'CodeWisp', vendor: 'CodeWisp', category: 'coding', domains: ['codewisp.ai'], source: 'https://codewisp.ai/documentation/2-how-to-write-an-initial-prompt' }, // a prompt box that builds a playable browser game; the guide shows writing the first prompt and watching it build
    { id: 'eigenpal', name: 'EigenPal', vendor: 'EigenPal', domains: ['eigenpal.com'], source: 'https://docs.eigenpal.com/concepts/agents' }, // AI document workflows: a coding agent in a sandbox reads documents and returns structured output, trained by chat in its studio
    { id: 'incidentfox', name: 'IncidentFox', vendor: 'IncidentFox', category: 'developer-platform', domains: ['incidentfox.ai'], source: 'https://docs.incidentfox.ai/how-it-works' }, // AI SRE: a planner agent delegates an incident investigation to Kubernetes, AWS and metrics agents
    { id: 'stilta', name: 'Stilta', vendor: 'Stilta', category: 'search', domains: ['stilta.com'], source: 'https://stilta.com/news-page/can-ai-find-what-was-cited-at-the-ptab' }, // agentic AI for patent litigation: its research post benchmarks its AI prior-art search against PTAB citations
    { id: 'sentrial', name: 'Sentrial', vendor: 'Sentrial', category: 'developer-platform', domains: ['sentrial.com'], source: 'https://www.sentrial.com/docs/concepts/sessions' }, // monitoring for AI agents: each session records the agent's LLM calls, tool uses and outcome for its dashboard
    { id: 'ashr-labs', name: 'Ashr Labs', vendor: 'Ashr Labs', category: 'developer-platform', domains: ['ashr.io'], source: 'https://ashr.io/docs/python-sdk/testing-your-agent' }, // tests AI agents against generated datasets and grades the runs on its dashboard (API at api.ashr.io)
    { id: 'usekita', name: 'Kita', vendor: 'Kita', category: 'productivity', domains: ['usekita.com'], source: 'https://www.usekita.com/documentation' }, // turns scanned bank statements, payslips and IDs into checked data for lenders through a portal and api.usekita.com

    // Part 2: 2025 batches (misses in the licensed directory scrape), each citing the vendor's own page.
    { id: 'answerthis', name: 'AnswerThis', vendor: 'AnswerThis', category: 'search', domains: ['answerthis.io'], source: 'https://answerthis.io/doctor-home' }, // AI research platform: finds papers and trials, drafts cited literature reviews and formats citations
    { id: 'kaelio', name: 'Kaelio', vendor: 'Kaelio', category: 'productivity', domains: ['kaelio.com'], source: 'https://docs.kaelio.com/docs/guides/connect-first-data-source' }, // connects a data warehouse, scans it with AI and answers business questions in natural language
    { id: 'agenthublabs', name: 'AgentHub', vendor: 'AgentHub', category: 'developer-platform', domains: ['agenthublabs.com'], source: 'https://www.agenthublabs.com/docs/basic-entities' }, // simulates and grades AI agents in a sandbox with query sets, graders and experiments
    { id: 'parsewise', name: 'Parsewise', vendor: 'Parsewise', category: 'productivity', domains: ['parsewise.ai'], source: 'https://docs.parsewise.ai/platform' }, // AI extraction agents across document packages, with Navi, an AI assistant over the extracted data
  ],
  { checked: CHECKED_C15 },
);
