// Sixteenth session, ycrest pass (2026-12-06, issue 15): Y Combinator companies the catalog still missed, after the
// fifteenth session's yc26, yc26b and yc25 passes.
//
// Leads. yc-oss/api (NO licence: a lead and a measurement only, nothing of it cited or copied), the parts the fifteenth
// session left unread: batches/fall-2025.json from 160,000 to 240,000 and batches/summer-2025.json from 64,000 to
// 260,000 (commit 0105239, 240,000-244,000 of Summer skimmed only), then the first 80,000 characters of
// batches/spring-2025.json (commit 02ee63e) and the first 16,000 of batches/winter-2025.json (commit 01f23d4). The
// stored Spring 2025 file is OLDER than the licensed scrape below (its Waffle, Tropir, Approval AI, Anvil and Sim Studio
// are the scrape's Opine, Aviro, Ralo, Acolite and Sim renamed since: the scrape's records list the yc-oss names as
// former names), and its Winter 2025 file agrees with the scrape, so neither was read further: they give only old hosts.
// Most Fall and Summer 2025 records read are companies the catalog has; what they add is renamed companies' new hosts.
// The licensed directory scrape akshaybhalotia/yc_company_scraper (MIT, pinned as `c13ayc`, read locally from the free
// mirror): its current Winter 2025 file (not among the batches the fifteenth session re-read), its Fall 2025 file, and
// its Fall, Summer and Winter 2024 files, whose AI misses the fourteenth session's ycnew pass had left.
//
// Measured with /work/helpers/classify-hosts.mts. The 143 yc-oss hosts read (Fall and Summer 2025 records whose record
// reads as AI, the Spring 2025 hosts checked, the nine renamed hosts the brief named, and the new hosts of renamed
// companies): 70 (49.0%) before, 77 (53.8%) after. The scrape's 271 AI hosts of Winter and Fall 2025 (one-liner,
// description or tags say AI, agent, LLM, GPT, copilot, generative, chatbot or assistant; Active or Public): 156
// (57.6%) before, 172 (63.5%) after. The scrape's 383 AI hosts of Fall, Summer and Winter 2024 (same selection, on the
// one-liner and tags): 237 (61.9%) before, 253 (66.1%) after. The brief's nine renamed hosts: 0 before, 0 after.
//
// Rows. Thirty-two cite the scrape's batch file that names the host (the fifteenth session's yc26 pass did the same):
// AI-first products a person signs in to in a browser, one domain each: AI code review for Salesforce teams, testing
// and monitoring of voice agents, no-code agents for supply chain and for engineering projects, dental insurance and
// dental billing agents, provider credentialing and shift-scheduling AI for clinics, an AI GTM research workspace,
// AI analysis of engineering work, reinforcement fine-tuning of LLMs, AI landing-page design agents, an AI short-form
// video engine, a visual AI editor for product designers, AI user simulations that test new features, and a platform
// that keeps AI agents improving; from 2024, AI bots for supply chain, an estate
// copilot, AI for manufacturers' quotes, a chemical-process co-pilot, home-care intake, patient-intake and
// hospital-quality AI, receipt-reading consumer agents, an AI-agent customer-service platform, hospital admin agents,
// AI engineering analytics, AI security automation, AI for nursing and for behavioral-health compliance, custom vision
// models and AI permitting review for energy developers. Names shared with other entries are qualified (Sage, Fuse,
// Parallel, Spark). The yc26b pass had looked for vendor pages for Semiotic, Sanctum and Rivet and found
// none; the scrape names their hosts, so they are cited to it. Two cite the vendor's own page: ProcIndex (its blog; YC
// lists it as the company formerly April, whose `tryapril-com` entry keeps the voice assistant's old host) and Magnitude
// (its own repository's README at a commit; the same YC company as the `sagekit` entry, now an open-source coding agent
// with local models, like the catalog's Aider and OpenCode). Three renamed hosts went to existing entries, each with a
// comment on that row: aside.com (`asidehq-com`, long-tail-c13-a-2.ts; Aside's help centre), knowlify.com (`knowlify`,
// long-tail-c13-a.ts; Knowlify's own article) and manufact.com (`mcp-use`, long-tail-c13-a-5.ts; the mcp-use README).
//
// Left out. Renamed hosts with no page of their own in the stored corpora: janet.ai (Janet AI, the `janet-ai` entry's
// tryjanet.ai), vulcan.ai (`vulcan-technologies`), clickshealth.com (Clicks, `goclicks-ai`), quotain.com (Eden,
// `tryeden-ai`), caddy.app and trycaddy.ai (Caddy; only a magazine write-up, and caddieagent.ai and hirecaddie.ai are
// other products called Caddie), semiotic.com, and the brief's clerked.ai, pingo.ai, getlark.ai, datafruit.ai
// (datafruit's own repositories name only datafruit.dev), bitrig.com (only third-party posts; the bitrig/bitrig
// repository is the old OpenBSD fork, a namesake), copperlane.ai and chasi.ai (only third-party lists and scans) and
// usearticulate.com. Pivots away from the entry's product or away from AI: perseus.computer (Mantle, now search
// infrastructure for coding agents), panoptive.com (AgentHub, now clinical-trial oversight), onestop.sh, costream.ai,
// madethis.com and everestagi.com (empty or vague records). The Spring 2025 file's old hosts (waffle.ai, tropir.com,
// getapproval.ai, joinanvil.com, claimhealth.ai, trycua.com). By rule, as the earlier YC passes: infrastructure and
// APIs for agents (Kernel, Cyberdesk, Metis, Alter, Dedalus Labs, superglue, assistant-ui, hud, Osmosis, Butter,
// Truffle, A1Base), model labs and data vendors (Lucid, Stellon Labs, Kalpa Labs, Idler, Panels, Velvet), AI-run
// services firms (Absurd, Denki, Automax, Spotlight Realty, PARES), phone and voice agents a business deploys (Flai,
// LunaBill, Certus, Altur, careCycle, Paratus Health), EDA, CAD and hardware (SigmanticAI, BootLoop, Dalus), robots,
// biotech, mobile-only apps (Iris, RealRoots, Parrot), general software whose record only tags AI (Nautilus, Scout,
// Zavo) and vague records (Sylvian, Thesis, Pickle, Verbiflow). From 2024: phone agents (Careforce, Domu, Simple AI),
// a location-data vendor (Reprompt), public-safety camera intelligence (EdgeTrace), engineering simulation and CAD
// (Navier AI, camfer, Hestus), brokerages and services (Tandem, Callback, OffDeal), records that say AI only in tags
// (PermitPortal, Planbase, Pillar, Centralize), HeartByte (its name and storioai.com disagree, as ycnew found) and
// soniahealth.com (Sonia's AI therapy; not tied by any page to the catalog's sonia-ai at sonia.ai), and usesynth.ai
// (Synth's research-engineering agents; the fourteenth session's alias test keeps it out as an unproven host beside
// the `synth` entry's synth.run, so it is left for a check rather than edited here).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

/** The current batch file of the YC directory scrape (`c13ayc`) that names the host. */
const yc = (file: string) => listed('c13ayc', `responses/${file.replace(/ /g, '%20')}`);

export const longTailC16YcrestTools: Tool[] = defineTools(
  'agents',
  [
    // Winter 2025, the scrape's current batch file.
    { id: 'sennu-ai', name: 'Sennu AI', vendor: 'Sennu AI', category: 'coding', domains: ['sennu.ai'], source: yc('Winter 2025.json') }, // reviews each pull request of a Salesforce codebase with AI
    { id: 'roark-ai', name: 'Roark', vendor: 'Roark', category: 'developer-platform', domains: ['roark.ai'], source: yc('Winter 2025.json') }, // tests, monitors and evaluates voice AI agents from recorded and simulated calls
    { id: 'ovlo-ai', name: 'Ovlo', vendor: 'Ovlo', domains: ['ovlo.ai'], source: yc('Winter 2025.json') }, // no-code AI agents for supply chain teams (forecasting, compliance checks, invoice reconciliation)
    { id: 'macadamia-labs', name: 'Macadamia', vendor: 'Macadamia', domains: ['macadamialabs.com'], source: yc('Winter 2025.json') }, // AI agents for engineering projects that read technical documents and engineering data
    { id: 'toothy-ai', name: 'Toothy AI', vendor: 'Toothy AI', domains: ['toothy.ai'], source: yc('Winter 2025.json') }, // AI agents that verify dental patients' insurance and handle billing and claims
    { id: 'egress-health', name: 'Egress Health', vendor: 'Egress Health', domains: ['tryegress.com'], source: yc('Winter 2025.json') }, // AI agents for dental revenue-cycle work (eligibility, claims scrubbing, payment posting, denials)
    { id: 'harbera', name: 'Harbera', vendor: 'Harbera', domains: ['harbera.com'], source: yc('Winter 2025.json') }, // AI software that monitors and re-credentials a clinic's providers
    { id: 'youshift', name: 'YouShift', vendor: 'YouShift', domains: ['you-shift.com'], source: yc('Winter 2025.json') }, // AI agents that schedule hospital shifts
    { id: 'lopus-ai', name: 'Lopus AI', vendor: 'Lopus AI', category: 'search', domains: ['lopus.ai'], source: yc('Winter 2025.json') }, // an AI GTM research workspace over CRM, billing, product and call data
    { id: 'workweave', name: 'Weave', vendor: 'Weave', category: 'coding', domains: ['workweave.dev'], source: yc('Winter 2025.json') }, // uses AI to measure and explain engineering teams' work
    { id: 'trainloop-ai', name: 'TrainLoop', vendor: 'TrainLoop', category: 'developer-platform', domains: ['trainloop.ai'], source: yc('Winter 2025.json') }, // reinforcement fine-tuning of LLMs for developers
    // Fall 2025, the scrape's batch file (the yc26b pass found no vendor page for Semiotic, Sanctum or Rivet).
    { id: 'semiotic-so', name: 'Semiotic', vendor: 'Semiotic', category: 'presentation', domains: ['semiotic.so'], source: yc('Fall 2025.json') }, // AI design agents that build startups' landing pages
    { id: 'getbluma', name: 'Bluma', vendor: 'Bluma', category: 'video', domains: ['getbluma.com'], source: yc('Fall 2025.json') }, // an AI engine that generates on-brand short-form and UGC-style videos
    { id: 'rivet-design', name: 'Rivet', vendor: 'Rivet', category: 'coding', domains: ['rivet.design'], source: yc('Fall 2025.json') }, // a visual AI editor in which product designers change UI in production code
    { id: 'withsanctum', name: 'Sanctum', vendor: 'Sanctum', category: 'developer-platform', domains: ['withsanctum.com'], source: yc('Fall 2025.json') }, // AI user models, built from session recordings, that test new features (not the sanctum.ai local-AI app)
    { id: 'uselemma', name: 'Lemma', vendor: 'Lemma', category: 'developer-platform', domains: ['uselemma.ai'], source: yc('Fall 2025.json') }, // detects AI agents' failures in production and proposes prompt fixes
    // Fall, Summer and Winter 2024, the scrape's current batch files (misses the fourteenth session's ycnew pass left).
    { id: 'vortexify-ai', name: 'VortexifyAI', vendor: 'VortexifyAI', domains: ['vortexify.ai'], source: yc('Fall 2024.json') }, // a platform for building AI bots and workflows for supply chain operations
    { id: 'elayne', name: 'Elayne', vendor: 'Elayne', category: 'productivity', domains: ['elayne.com'], source: yc('Summer 2024.json') }, // an AI copilot that organises a family's assets and estate documents
    { id: 'soff-ai', name: 'Soff', vendor: 'Soff', domains: ['soff.ai'], source: yc('Summer 2024.json') }, // AI for manufacturers' sales: drafts quotes and customer and supplier messages
    { id: 'reactwise', name: 'ReactWise', vendor: 'ReactWise', category: 'other', domains: ['reactwise.com'], source: yc('Summer 2024.json') }, // an AI co-pilot for optimising chemical processes from experimental data
    { id: 'sagecare-ai', name: 'Sage (home care)', vendor: 'Sage', domains: ['sagecare.ai'], source: yc('Summer 2024.json') }, // an AI-native intake and communication platform for home care agencies
    { id: 'fuseinsight', name: 'Fuse (patient intake)', vendor: 'Fuse', domains: ['fuseinsight.com'], source: yc('Summer 2024.json') }, // AI helpers for patient intake and insurance eligibility and benefits checks (not the FuseAI entry)
    { id: 'pharos-health', name: 'Pharos', vendor: 'Pharos', domains: ['pharos.health'], source: yc('Summer 2024.json') }, // AI that abstracts facts from medical records for hospital quality reporting
    { id: 'joinpap', name: 'pap!', vendor: 'pap!', domains: ['joinpap.com'], source: yc('Summer 2024.json') }, // consumer agents that read e-mailed receipts and claim price drops and refunds
    { id: 'fourteen-ai', name: '14.ai', vendor: '14.ai', domains: ['14.ai'], source: yc('Winter 2024.json') }, // a customer-service platform built around AI agents (formerly Markprompt)
    { id: 'beparallel', name: 'Parallel (healthcare admin)', vendor: 'Parallel', domains: ['beparallel.com'], source: yc('Winter 2024.json') }, // AI agents that operate hospital software for admin work such as medical coding
    { id: 'bilanc', name: 'Bilanc', vendor: 'Bilanc', category: 'coding', domains: ['bilanc.co'], source: yc('Winter 2024.json') }, // AI analysis of a team's code for engineering-productivity insights
    { id: 'tracecat', name: 'Tracecat', vendor: 'Tracecat', domains: ['tracecat.com'], source: yc('Winter 2024.json') }, // AI agents, workflows and case management for security and IT teams
    { id: 'kabilah', name: 'Kabilah', vendor: 'Kabilah', domains: ['kabilah.com'], source: yc('Winter 2024.json') }, // a generative-AI platform for nursing workflows
    { id: 'attunement-ai', name: 'Attunement', vendor: 'Attunement', domains: ['attunement.ai'], source: yc('Winter 2024.json') }, // AI compliance software that keeps behavioral-health documentation audit-ready
    { id: 'dragoneye', name: 'Dragoneye', vendor: 'Dragoneye', category: 'developer-platform', domains: ['dragoneye.ai'], source: yc('Winter 2024.json') }, // custom image and video detection models built without labelling, with a playground
    { id: 'sparkhq-ai', name: 'Spark (energy projects)', vendor: 'Spark', domains: ['sparkhq.ai'], source: yc('Winter 2024.json') }, // AI review of zoning and permitting documents for solar, storage and data-center developers
    // The vendor's own page or repository.
    { id: 'procindex', name: 'ProcIndex', vendor: 'ProcIndex', domains: ['procindex.com'], source: 'https://procindex.com/blog/getting-started-ai-accounting-automation' }, // ProcIndex's blog: its AI agents for accounts payable, receivable and reconciliation on top of the ERP
    { id: 'magnitude-dev', name: 'Magnitude', vendor: 'Magnitude', category: 'coding', domains: ['magnitude.dev'], source: 'https://github.com/magnitudedev/magnitude/blob/6902ba1ee1d7be21d9dbcf9f8909b4b11a3e7ea9/README.md' }, // the open-source Magnitude agent with local models built in; at the same commit packages/launcher/package.json calls it the "Magnitude AI coding agent" and gives https://magnitude.dev
  ],
  { checked: CHECKED_C16 },
);
