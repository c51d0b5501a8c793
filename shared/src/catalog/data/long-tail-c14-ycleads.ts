// Fourteenth session, ycleads pass (2026-12-06, issue 15): AI products a person uses in a browser from the newest Y
// Combinator batches (Spring, Summer and Fall 2026; Winter 2026 was read by the ycnew pass from its licensed scrape).
// Leads came from yc-oss/api (batches/spring-2026.json, summer-2026.json, fall-2026.json at commit 0105239: company
// name, website and one-liner), which has NO licence file, so it is used only as a lead and a measurement: none of its
// text or data is cited or copied. Each row cites the vendor's own page about its own host (terms, privacy policy,
// docs, changelog) as stored in the `pages` corpus on the day, found with one search per company ("<name> <host>").
// Read: the first 272,000 of 322,000 characters of the Spring 2026 file, the first 112,000 of 295,000 of the Summer
// 2026 file and the whole Fall 2026 file (6 companies). Measured: the 185 distinct hosts there whose record reads as
// AI (agents, copilots, models, AI-native apps and AI-run services; robots, chips, drones, reactors and other hardware
// left out) were classified 4/185 (2.2%) before these rows (jo, Miso Labs, Tasklet, RunInfra) and 16/185 (8.6%) after.
// Selection rule: an AI-first product a person signs in to in a browser, whose whole host is the product, and whose own
// page was found in the corpus. Looked up and no own page found (left out): Drafted (drafted.ai, only press), Clara
// (askclara.com), Linzumi (only its npm CLI), Bloom (trybloom.ai), Rudus, Memoir (trymemoir.ai), Poth Labs, Collar,
// GodHands, GovGuard, WithAI, Stage (stagereview.app, only a Hacker News post and reviews), Juno (junocompanion.com;
// the corpus has other apps named Juno), Palette, Deep Interactions, Salesgraph, Sherpa, Osmaura, Shepherd, Illume,
// Standout, Gojiberry, Lamina (Simi), Kimpton, Andco, Pavoot, Savant, Infera, Drip, tday, Kebra, Torus, Pango, PLAN0,
// Soria, Kuli, Pops, Memory Store, Amboras (only a third-party copy of its README), Auxos, Plena, YouArt, Prized,
// Zomma, LemonLime, Instaplay, Verdant. Left out on what was found: Userlens (its own privacy policy calls it product
// analytics), Taiga (the docs found are a partner billing API on usetaiga.com, not the taigabilling.com of the
// record), Pentagon (pentagon.run, a native macOS app). Left out by rule: infrastructure and APIs (Humwork,
// primitive, Chert, Limrun, Incandor, Hub, PerfectBit, Datoric, Archal, TrustAI, Superlog, Sazabi, Simantic, Rindler,
// Ardent, Silmaril, Chronicle Labs, BentoLabs, Minicor), desktop apps (Superset, Zenbu, OpenWork), phone and voice
// agents (Elyra, Callab, Parrot), AI-run services firms and agencies (Prism, Hedge, Andustry, Atlia, Cova, Async,
// Alchemize, Harbor, Foaster, Trope, Saudara, Kinro, Donkey, Standard Signal, Light Anchor), hardware and robotics, and
// vague records (Ploy, Autostep, The Company Company). TesterArmy's docs are also served on www.testerarmy.app
// (a lead for an alias).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools } from './define';

export const longTailC14YcleadsTools: Tool[] = defineTools(
  'agents',
  [
    { id: 'klarify', name: 'Klarify', vendor: 'Klarify Health', category: 'productivity', domains: ['klarify.ca'], source: 'https://klarify.ca/terms-of-service' }, // AI practice management for therapists (notes, treatment plans, claims); its terms name www.klarify.ca as the platform
    { id: 'tsenta', name: 'Tsenta', vendor: 'Tsenta', category: 'productivity', domains: ['tsenta.com'], source: 'https://tsenta.com/privacy' }, // finds jobs and applies for the user, tailoring resumes with AI; the policy names the dashboard.tsenta.com web app
    { id: 'replicas', name: 'Replicas', vendor: 'Replicas', category: 'coding', domains: ['tryreplicas.com', 'replicas.dev'], source: 'https://docs.tryreplicas.com/changelog' }, // background coding agents (Claude Code, Codex) in cloud workspaces; the changelog moves the dashboard to tryreplicas.com and says replicas.dev redirects
    { id: 'lightsprint', name: 'Lightsprint', vendor: 'Lightsprint', category: 'coding', domains: ['lightsprint.ai'], source: 'https://lightsprint.ai/docs' }, // PRD collaboration with AI chat, then tasks run by cloud coding agents
    { id: 'trellis-tech', name: 'Trellis', vendor: 'Trellis', domains: ['trellistech.com'], source: 'https://docs.trellistech.com/platform/tasks' }, // short-term-rental operations run by an AI agent (guest inbox, tasks, automations); docs on its own host
    { id: 'ontora', name: 'Ontora', vendor: 'Ontora', domains: ['ontora.com'], source: 'https://docs.ontora.com/concepts/campaigns' }, // an AI agent interviews employees (chat, voice or async) and synthesises a map of how work gets done; docs on its own host
    { id: 'complir', name: 'Complir', vendor: 'Complir ApS', category: 'productivity', domains: ['complir.io'], source: 'https://complir.io/legal/terms' }, // AI agents for product compliance across markets; its terms define the platform as AI tools, dashboards and APIs
    { id: 'ara-so', name: 'Ara', vendor: 'Ara', category: 'coding', domains: ['ara.so'], source: 'https://docs.ara.so/architecture' }, // a cloud coding agent with its own sandbox; the docs name the web app at app.ara.so
    { id: 'testerarmy', name: 'TesterArmy', vendor: 'TesterArmy', category: 'coding', domains: ['tester.army', 'testerarmy.ai'], source: 'https://docs.tester.army/run/pull-request-testing' }, // testerarmy.ai: its terms there (https://testerarmy.ai/terms) describe the same tester.army AI QA platform, CHECKED_C18; an AI agent that tests web and mobile apps in a real browser from plain-English tests and on every pull request
    { id: 'runtm', name: 'Runtime', vendor: 'Runtime', category: 'coding', domains: ['runtm.com'], source: 'https://www.runtm.com/blog/sandbox-coding-agents' }, // sandboxed cloud sessions in which anyone on a team runs coding agents (Claude Code, Codex, Cursor); its own blog on its host
    { id: 'characterquilt', name: 'CharacterQuilt', vendor: 'CharacterQuilt', category: 'productivity', domains: ['characterquilt.com'], source: 'https://characterquilt.com/blog/agentic-marketing-stack' }, // agents that build segments and creative and deploy marketing campaigns into HubSpot, Marketo and the like
    { id: 'arden-audit', name: 'Arden', vendor: 'Arden', category: 'productivity', domains: ['ardentech.ai'], source: 'https://ardentech.ai/blog' }, // AI agents that test SOX controls and draft audit workpapers; its blog on its own host places it among AI SOX-testing platforms
  ],
  { checked: CHECKED_C14 },
);
