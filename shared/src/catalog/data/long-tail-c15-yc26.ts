// Fifteenth session, yc26 pass (2026-12-06, issue 15): AI products a person uses in a browser (or whose API a page
// calls) from Y Combinator's 2026 batches and, where the licensed directory scrape still has misses, its 2025 batches.
//
// Part 1, newest batches (Summer, Spring and Winter 2026). Leads came from yc-oss/api at commit 0105239:
// batches/summer-2026.json from offset 112,000 to its end (294,790 characters) and batches/spring-2026.json from
// 272,000 to its end (322,279), the parts the fourteenth session's ycleads pass had not read, and batches/winter-2026.json
// from 200,000 to its end (335,241; its Winter 2026 holds about 150 companies, the licensed scrape below only 55).
// yc-oss/api has NO licence, so it is a lead and a measurement only: nothing of its text or data is cited or copied.
// Each row below cites the vendor's own page about its own host (docs, API reference, help guides, blog) as stored in
// the `pages` corpus, found with one search per company. Measured on the hosts whose record reads as AI (agents,
// copilots, models, AI-native apps, AI-run services and AI infrastructure; robots, drones, chips, biotech,
// marketplaces and brokerages left out): Summer and Spring 2026, 96 hosts, 2 classified (2.1%; KugelAudio, Playabl)
// before these rows and 11 (11.5%) after; the Winter 2026 records absent from the scrape, 52 hosts, 2 before (o11,
// Pocket) and 5 after (Martini is counted as a miss: its record's martini.film is not the host added). With the
// scrape's 45 Winter and Spring 2026 hosts, all 191 YC 2026 AI hosts read classified 23 (12.0%) before and 39 (20.4%)
// after. Looked up and no own page found (left out): Wondering (wondering.app), Revnu,
// Modern (getmodern.ai), Glen, Decawork, Akkari, Osseus, Gigacatalyst, Rational (rational.to), CentralComs, Enjamb,
// Cohesion, COACH (getcoach.com), Definite (usedefinite.com; definite.app is another company), Pluto
// (talentpluto.com), Zaplar, Marble (joinmarble.ai), Bloomy, Cerenovus, LATO, Levocred, Whitespace, Buildbox, Denta,
// Avoca, Oximy, Foreman (foreman.co), Squid (squid.energy), Maywood, Robby (tryrobby.com), Approxima, End Close,
// Fenrock AI (only third-party write-ups), Supafax, Cardinal, Ritivel, Sila, Khotan, Canary (runcanary.ai; the pages
// found are an open-source namesake) and Wideframe (its blog found is on a shared pages.dev host). Left out on what was found: Skymerse (its Notamify page found does not say
// AI), HyperProbe (its docs describe live code probes, not an AI product), Astraea (its own page says it runs inside
// the sponsor's environment, not as a web-hosted service), Almanac (a wiki kept in the repository by a CLI and hooks),
// Conifer (a local model runtime and CLI), Vendo (vendo.run also hosts tenants' deployed apps, a shared platform).
// Left out by rule: infrastructure and APIs for agents (Context.dev, Codag, Executor, Inkbox, Agentcard, OneCLI,
// machine0, Amulet, Clawvisor, ReasonBlocks, InsForge, Mireye, hiloop, Experiential Labs, OpenRelay, Tracer,
// Polymath, The Token Company, Maven, Grade, VOYGR, Talking Computers, Shofo), AI-run services firms (Last Accounting Company, Billow, Derya, Florin, Locke, flowscope, Panacea,
// Manicule, Balance, General Legal, MochaCare), voice agents (Samora), desktop apps (screenpipe, HeyClicky, Emdash), and
// businesses that are not AI products (Stoa, Computable, Luca IQ, Risklytics, Caution, Klaimee, SuperPenguin's AI cost
// tracking). Chasi's record there
// gives chasi.ai, a second host of the Chasi the scrape lists at chasi.co (a lead for an alias, not added).
//
// Part 2, the 2025 batches and Winter 2026 in the licensed scrape: Y Combinator's directory as scraped by
// akshaybhalotia/yc_company_scraper (MIT, pinned as `c13ayc`, still its newest stored commit), read locally from the
// free mirror: the current batch files Spring 2025, Summer 2025, Fall 2025, Winter 2026 and Spring 2026 (one company).
// Only facts were taken: the company's name and the host of the website it gives. Same selection as the fourteenth
// session's ycnew pass (Active or Public records whose one-liner says AI, LLM, GPT, agent, agentic, copilot or
// generative, or whose tags say AI): 431 distinct hosts, 226 classified (52.4%) before these rows and 265 (61.5%)
// after (Spring 2025 59 to 72 of 116, Summer 2025 78 to 89 of 139, Fall 2025 68 to 79 of 131, Winter 2026 and Spring
// 2026 21 to 25 of 45). Rows are AI-first products a person signs in to in a browser (vertical AI agents and copilots, AI video
// and analysis tools, AI evaluation and fine-tuning platforms, an embeddable copilot whose API a page calls), one
// domain each, citing the batch file that names the host. Left out: services firms (Arcline, LegalOS, Cranston,
// Minerva, Denki, Fernstone, Panta, Absurd and Claybird, which make ads for clients), phone and voice agents a business
// deploys (Patientdesk.ai, Trapeze, Codyco, Phases), infrastructure and data vendors (Coevolved, Chamber, Sonarly,
// Dedalus Labs, Cyberdesk, Imprezia, Kernel, Cua, Morphik, Chonkie, the robot-data companies), hardware and robotics,
// general software whose record only tags AI (Nautilus, Palace, Zavo, SellRaze), vague records (Sylvian, Theta,
// Thesis), Stratus Aviation (its record is tagged hardware), and Casco (`casco.com`, a generic-word host an earlier
// trap keeps out).
//
// Later: the twentieth session's GRC pass listed thebillow.ai (Billow AI Companion, an Excel add-in for AI spreadsheet
// help) from its own privacy policy; its trap among the services firms was dropped then.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools, listed } from './define';

/** The current batch file of the YC directory scrape that names the host. */
const yc = (file: string) => listed('c13ayc', `responses/${file.replace(/ /g, '%20')}`);

export const longTailC15Yc26Tools: Tool[] = defineTools(
  'agents',
  [
    // Part 1: Summer, Spring and Winter 2026 (yc-oss/api leads), each citing the vendor's own page.
    { id: 'nex-ai', name: 'Nex', vendor: 'Nex', category: 'productivity', domains: ['nex.ai'], source: 'https://docs.nex.ai/api-reference/introduction' }, // Nex's API reference: keys are made in the Nex web app and calls go to app.nex.ai (records and context its GTM agent works on)
    { id: 'trydock', name: 'Dock', vendor: 'Dock', domains: ['trydock.ai'], source: 'https://trydock.ai/docs/web/workspaces' }, // shared workspaces of tables and docs that people and their AI agents read and write at trydock.ai/{org}/{workspace}
    { id: 'coasty', name: 'Coasty', vendor: 'Coasty', domains: ['coasty.ai'], source: 'https://coasty.ai/docs' }, // a computer-use agent run from its web app; the API reference puts every endpoint under coasty.ai/v1
    { id: 'asendia-ai', name: 'Asendia AI', vendor: 'Asendia AI', category: 'productivity', domains: ['asendia.ai'], source: 'https://docs.asendia.ai/ai-sourcing/Findingtalent' }, // AI recruiting agent: recruiters describe a role in plain language and its sourcing agent runs a semantic candidate search
    { id: 'heyhyper', name: 'Hyper', vendor: 'Hyper', category: 'productivity', domains: ['heyhyper.ai'], source: 'https://hmm.heyhyper.ai/concepts/memory' }, // a company brain for AI agents: an LLM files what agents remember into team documents and answers their questions
    { id: 'agnost-ai', name: 'Agnost AI', vendor: 'Agnost AI', category: 'developer-platform', domains: ['agnost.ai'], source: 'https://docs.agnost.ai/typescript-conversation' }, // analytics for chat and voice AI agents: its SDK sends each conversation to api.agnost.ai and the dashboard is app.agnost.ai
    { id: 'fabraix', name: 'Fabraix', vendor: 'Fabraix', category: 'developer-platform', domains: ['fabraix.com'], source: 'https://docs.fabraix.com/api-reference/nyx/endpoint/submit-run' }, // Nyx, an LLM-driven agent that red-teams a customer's AI agent within a budget, with dashboards and reports
    { id: 'spaceflow-tech', name: 'SpaceFlow', vendor: 'SpaceFlow Technologies', domains: ['spaceflow.tech'], source: 'https://spaceflow.tech/docs/api' }, // supply-chain agents (quote comparison, purchase orders) invoked from a workspace or through api.spaceflow.tech
    { id: 'alloovium', name: 'Alloovium', vendor: 'Alloovium', category: 'productivity', domains: ['alloovium.com'], source: 'https://www.alloovium.com/en/docs/guides/ai-assistant' }, // construction document AI: an assistant answers questions about a project's documents with citations to the source passage
    { id: 'sitefire', name: 'Sitefire', vendor: 'Sitefire', category: 'writing', domains: ['sitefire.ai'], source: 'https://docs.sitefire.ai/docs/kpis' }, // Winter 2026 (yc-oss lead, not in the scrape): tracks a brand in ChatGPT, Gemini and Perplexity answers and has a diagnosis agent recommend content
    { id: 'mendral', name: 'Mendral', vendor: 'Mendral', category: 'coding', domains: ['mendral.com'], source: 'https://www.mendral.com/blog/anatomy-of-a-production-ai-agent' }, // Winter 2026 (yc-oss lead, not in the scrape): an AI DevOps agent that diagnoses CI failures, quarantines flaky tests and opens fix PRs
    { id: 'fixture-app', name: 'Fixture', vendor: 'Fixture, Inc.', category: 'productivity', domains: ['fixture.app'], source: 'https://fixture.app/privacy' }, // Winter 2026 (yc-oss lead): an AI-first CRM; its privacy policy covers the web app, APIs, browser extension and AI assistant conversations
    { id: 'martini-art', name: 'Martini', vendor: 'Martini', category: 'video', domains: ['martini.art'], source: 'https://martini.art/zh-CN/blog/ai-video-production-pipeline' }, // Winter 2026 (yc-oss lead, whose record gives martini.film): one canvas chaining image, video, voice and lip-sync models into an editor-ready sequence

    // Part 2: 2025 batches and Winter 2026 in the licensed scrape, each citing the batch file that names the host.
    { id: 'tensol-ai', name: 'Tensol', vendor: 'Tensol', category: 'productivity', domains: ['tensol.ai'], source: yc('Winter 2026.json') }, // AI-native operating system for hotels: guest messages, bookings, reviews, procurement and invoices
    { id: 'arzule', name: 'Arzule', vendor: 'Arzule', category: 'developer-platform', domains: ['arzule.com'], source: yc('Winter 2026.json') }, // ingests failed multi-agent traces (CrewAI, LangChain, Claude Code) and finds coordination failures
    { id: 'trainburt', name: 'Burt', vendor: 'Burt', category: 'developer-platform', domains: ['trainburt.com'], source: yc('Winter 2026.json') }, // fine-tunes and deploys specialised models
    { id: 'travoai', name: 'Travo', vendor: 'Travo', category: 'search', domains: ['travoai.com'], source: yc('Winter 2026.json') }, // searches properties and land parcels with AI-collected real-estate data
    { id: 'markittrade', name: 'MarkIt', vendor: 'MarkIt', category: 'productivity', domains: ['markittrade.com'], source: yc('Fall 2025.json') }, // AI agents for trade compliance: tariff classification and customs-report audits
    { id: 'narrative-sports', name: 'Narrative', vendor: 'Narrative', category: 'video', domains: ['narrative-sports.com'], source: yc('Fall 2025.json') }, // makes and distributes sports highlight videos with AI for broadcasters, teams and leagues
    { id: 'withrovr', name: 'Rovr', vendor: 'Rovr', domains: ['withrovr.com'], source: yc('Fall 2025.json') }, // an AI front desk that takes in, triages and routes engineering requests
    { id: 'lunavo', name: 'Lunavo', vendor: 'Lunavo', domains: ['lunavo.ai'], source: yc('Fall 2025.json') }, // AI assistant that runs trucking carriers' operations
    { id: 'movedot', name: 'MOVEdot', vendor: 'MOVEdot', domains: ['movedot.ai'], source: yc('Fall 2025.json') }, // a platform where hardware engineers orchestrate AI agents for engineering tasks
    { id: 'prox-inc', name: 'Prox', vendor: 'Prox', domains: ['prox.inc'], source: yc('Fall 2025.json') }, // AI agents that do back-office work for third-party logistics and fulfilment centres
    { id: 'sembleai', name: 'Semble AI', vendor: 'Semble AI', domains: ['sembleai.com'], source: yc('Fall 2025.json') }, // AI agents that design building systems (fire, HVAC, plumbing) for construction companies
    { id: 'withplayvision', name: 'PlayVision', vendor: 'PlayVision', category: 'video', domains: ['withplayvision.ai'], source: yc('Fall 2025.json') }, // teams upload basketball footage and AI tags and analyses it
    { id: 'mayflowervisa', name: 'Mayflower', vendor: 'Mayflower', category: 'productivity', domains: ['mayflowervisa.com'], source: yc('Fall 2025.json') }, // AI HR plug-in for immigration screening, visa eligibility and compliance
    { id: 'arcten', name: 'Arcten', vendor: 'Arcten', category: 'embedded-saas', domains: ['arcten.com'], source: yc('Fall 2025.json') }, // embeds AI copilots into other companies' applications
    { id: 'soren-ai', name: 'Soren', vendor: 'Soren', category: 'developer-platform', domains: ['soren-ai.com'], source: yc('Fall 2025.json') }, // AI agents that evaluate and debug AI systems
    { id: 'aventindustrial', name: 'Avent', vendor: 'Avent', domains: ['aventindustrial.com'], source: yc('Summer 2025.json') }, // AI agents that build quotes and enter orders for manufacturers and industrial distributors
    { id: 'noso-so', name: 'NOSO LABS', vendor: 'NOSO LABS', domains: ['noso.so'], source: yc('Summer 2025.json') }, // AI agents that help home-services field technicians diagnose, sell and do paperwork
    { id: 'sira-team', name: 'Sira', vendor: 'Sira', category: 'productivity', domains: ['sira.team'], source: yc('Summer 2025.json') }, // AI-run scheduling, time tracking, payroll and HR for hourly teams
    { id: 'b12-labs', name: 'b12', vendor: 'b12 Labs', category: 'search', domains: ['b12-labs.com'], source: yc('Summer 2025.json') }, // AI copilot that plans how chemists make and test new molecules
    { id: 'doe-so', name: 'Doe', vendor: 'Doe', domains: ['doe.so'], source: yc('Summer 2025.json') }, // connect your tools and AI agents do the work
    { id: 'stockline-ai', name: 'Stockline', vendor: 'Stockline', category: 'productivity', domains: ['stockline.ai'], source: yc('Summer 2025.json') }, // AI-native ERP for food wholesalers whose agents start with order entry
    { id: 'ondeckai', name: 'OnDeck AI', vendor: 'OnDeck AI', category: 'video', domains: ['ondeckai.com'], source: yc('Summer 2025.json') }, // finds objects, behaviours and events in any footage with vision-language models
    { id: 'monarcha', name: 'Monarcha', vendor: 'Monarcha', category: 'productivity', domains: ['monarcha.ai'], source: yc('Summer 2025.json') }, // AI geospatial platform: plain-language requests become spatial analyses and maps
    { id: 'zeroeval', name: 'ZeroEval', vendor: 'ZeroEval', category: 'developer-platform', domains: ['zeroeval.com'], source: yc('Summer 2025.json') }, // calibrated LLM judges and automatic evaluations that optimise AI agents
    { id: 'fluidize', name: 'Fluidize', vendor: 'Fluidize', category: 'productivity', domains: ['fluidize.ai'], source: yc('Summer 2025.json') }, // builds and runs scientists' and engineers' simulations and experiments with AI
    { id: 'theinterface', name: 'The Interface', vendor: 'The Interface', category: 'video', domains: ['theinterface.com'], source: yc('Summer 2025.json') }, // create and share shows and games on the fly with multimodal AI
    { id: 'aegishealth', name: 'Aegis', vendor: 'Aegis', category: 'productivity', domains: ['aegishealth.us'], source: yc('Spring 2025.json') }, // AI agents that appeal denied health-insurance claims
    { id: 'delty', name: 'Delty', vendor: 'Delty', domains: ['delty.ai'], source: yc('Spring 2025.json') }, // AI agents for healthcare operations
    { id: 'rimba', name: 'Rimba', vendor: 'Rimba', category: 'productivity', domains: ['rimba.ai'], source: yc('Spring 2025.json') }, // AI that replaces manual environmental-compliance reporting
    { id: 'mesmer-co', name: 'Mesmer', vendor: 'Mesmer', category: 'productivity', domains: ['mesmer.co'], source: yc('Spring 2025.json') }, // "Cursor for CTOs": an AI view of the whole engineering organisation
    { id: 'hemut', name: 'Hemut', vendor: 'Hemut', category: 'productivity', domains: ['hemut.com'], source: yc('Spring 2025.json') }, // AI-powered operating system for trucking companies (document AI, agents)
    { id: 'saffron-health', name: 'Saffron Health', vendor: 'Saffron Health', domains: ['saffron.health'], source: yc('Spring 2025.json') }, // AI agents that arrange specialist referrals for primary care
    { id: 'jazzberry', name: 'Jazzberry', vendor: 'Jazzberry', category: 'coding', domains: ['jazzberry.ai'], source: yc('Spring 2025.json') }, // an AI agent that runs code and debugging tools to find bugs
    { id: 'flotthq', name: 'Flott', vendor: 'Flott', category: 'productivity', domains: ['flotthq.com'], source: yc('Spring 2025.json') }, // AI-native control centre for vehicle fleets and transport companies
    { id: 'percy-tech', name: 'Percival', vendor: 'Percival', category: 'search', domains: ['percy.tech'], source: yc('Spring 2025.json') }, // AI copilot that helps researchers analyse real-world data
    { id: 'ralo', name: 'Ralo', vendor: 'Ralo', category: 'productivity', domains: ['ralo.com'], source: yc('Spring 2025.json') }, // AI mortgage co-pilot: rate shopping, negotiation and paperwork
    { id: 'synthiolabs', name: 'SynthioLabs', vendor: 'SynthioLabs', category: 'chat', domains: ['synthiolabs.com'], source: yc('Spring 2025.json') }, // conversational AI agents for life-sciences companies' engagement with doctors and patients
    { id: 'rungroundcontrol', name: 'GroundControl', vendor: 'GroundControl', category: 'productivity', domains: ['rungroundcontrol.com'], source: yc('Spring 2025.json') }, // vertical AI that writes regulated quality documentation for manufacturers
    { id: 'getkashikoi', name: 'Kashikoi', vendor: 'Kashikoi', category: 'developer-platform', domains: ['getkashikoi.com'], source: yc('Spring 2025.json') }, // simulation engine that benchmarks AI agents
  ],
  { checked: CHECKED_C15 },
);
