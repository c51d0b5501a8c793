// Twenty-first session, pass `science` (2026-12-07, helper `science`): AI tools for scientists, engineers and R&D teams
// that the catalog still missed, beside the eighteenth session's research pass (data/long-tail-c18-research.ts:
// literature review, paper chat, pre-submission reviewers, patent drafting) and data pass (data/long-tail-c18-data.ts),
// none of whose rows is repeated here. Here: an AI electronic lab notebook; a plasmid-design assistant; an AI
// literature-monitoring system for pharmacovigilance; AI regulatory and medical writing (a Word add-in drafting CSRs,
// PSURs and CTD modules on Claude, a CTD and CSR authoring platform, a French clinical-protocol generator for academic
// research, a research-methodology and study-design assistant); AI patent tools (a Japanese patent practice platform
// with AI search and specification drafting, a patentability-report service on Gemini and Claude); an R IDE with an AI
// assistant; an AI agent that runs CFD from geometry to post-processing; a QGIS AI agent; and an AI reviewer of
// sustainability reports for auditors. One AI product met on the way is kept: a browser AI assistant (R2 Copilot).
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way such vendors word their privacy policies, terms, AI
// and data-security disclosures, docs and help pages ("we use Google's Gemini AI to classify … your content",
// "AI design requests are sent to Anthropic and OpenAI", "a large language model writes and executes Python code",
// "invention descriptions … Claude for report generation", "AI-generated outputs are drafts"), by kind (lab notebooks
// and protocols, retrosynthesis and chemistry, protein and plasmid design, bioinformatics, patent search and drafting,
// medical, regulatory and CER writing, pharmacovigilance, informed consent, grants and Horizon Europe proposals,
// manuscript and peer review, statistics, R and notebooks, CFD and simulation, materials, Lean and mathematics,
// geospatial and Earth observation, CSRD, VSME and carbon accounting, SDS authoring), and in German, French,
// Japanese and Chinese. Topic-worded queries (retrosynthesis, protein design, Lean, mathematics, pharmacovigilance,
// informed consent, SDS authoring, materials informatics, Chinese patent drafting) returned papers, reviews, guides,
// journal policies and news only; queries naming a page type and a data flow returned the vendors. Every row cites a
// page with a path on the product's own host (for ReportingGPT and GeoEdge AI, their claimed subdomains) that says in
// the vendor's words that the product drafts, designs, analyses, searches or answers with AI, a language model or a
// named model provider. Two rows cite the vendor's own blog where the page describes the vendor's own product
// (AuroraPrime, Insilicom IPV). Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/
// first.
//
// Already listed and left to their entries: MolForge, Edison Scientific, FutureHouse, aiip (aiip.jp), Zhima Zhuyan
// (zhuyan.zhimawork.com), Patent Assist (patentassist.ai), StatsWriter, Research Checker, Rigorous (rigorous.review),
// thesify, ProofreaderPro, Vespper, Moonlight, Emergent Mind, Pith, OpenClaw's skill pages (clawhub.ai) and Hugging
// Face.
//
// Two subdomains are claimed alone: reportinggpt.justreporting.eu (ReportingGPT), because its parent is the general
// site of the reporting firm behind it, and public.geoedge.com.au (GeoEdge AI), because only the plugin's privacy page
// on that host was read and the parent was not.
//
// Measured with /work/helpers/classify-hosts.mts on the 252 hosts the searches returned (vendors, papers, journals,
// guides, law firms, news and shared hosts alike, in /work/helpers/out/science-hosts.txt): 20 classified before (7.9%),
// 35 after (13.9%). The low share is the kind: most results for scientific AI are papers, preprint mirrors, journal
// and funder AI policies, and guides.
//
// Left out. Pages that do not say the product uses AI, or say it only in the product's name (docs.openprotein.ai's
// FAQ, humangeneai.org, app.discoveryos.tech's terms, materialscodegraph.com, Concept Life Sciences' peptide profiler,
// astragenomics-tools.com, patenteerapp.com's security page, esgbot.de's terms, Ruthless Evaluator's guides on
// app.ruthlessevaluator.ai, rakenne.app's SDS-author skill page); general products whose AI is one feature (TARE's
// Digital Lab Assistant on tareops.com, material.codes, ClaimMaster's GPT drafting help on patentclaimmaster.com,
// Materiality Master's AI assistant, the journalslibrary.com manuscript engine, Biosmith's bring-your-own-key
// assistant, Bhusatyam EOS, Bsustain's VSME reports, Posit's assistants, Carbonfact's AI policy on notion.site); draft
// or working-draft policies (manuscripts-app.com's "not yet published" AI page, docs.moltrace.co's terms with counsel
// notes); a host whose only stored policy sits under an odd /sitemap.xml/privacy path (statory.org, as the c18 data
// pass also decided); a hosted agent whose operator is not named (the geeViz Agent on askterra.io policy subdomains);
// vendors seen only on their blogs, articles or case studies (Patentext, Olto Discovery, FluidityIQ, GxP Agents,
// Nexpred Solutions' AI Medical Writer, patentki.eu, Manusights, as the c18 research pass found); personal, portfolio,
// research-study and university tools (lab.jogatech.com, LabLogger's copy of its policy on lablogger.rishib.com,
// Einbrain Lab's AIM4ALL add-on, app.thoughtful-ai.com's study add-in, TBEP at missouri.edu); a measurement API for AI
// emissions that is not itself an AI tool (carbon-llm.com); a look-alike of a plagiarism checker with no named operator
// (turnitins.org); a consultancy's agent pages (usdm.dev); and shared platforms (pages.dev, notion.site, github.io,
// synology.me, azurefd.net copies). Leads for a later pass: bsustain.eu (VSME reports written with OpenAI),
// askterra.io (geeViz Agent), ruthlessevaluator.ai (Horizon Europe proposal evaluation), patentext.com,
// oltodiscovery.com, patentbutler.AI (ABP Patent Network, seen only in news), rakenne.app, openprotein.ai.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21ScienceTools: Tool[] = defineTools(
  'productivity',
  [
    // --- Lab notebooks, molecular biology and literature monitoring ---
    { id: 'lablog', name: 'LabLog', vendor: 'LabLog', domains: ['lab-logger.com'], source: 'https://lab-logger.com/privacy' }, // privacy: an electronic lab notebook; saved entries, voice questions and imported PDFs go to Google Gemini for classification and extraction
    { id: 'plasmid-studio', name: 'Plasmid Studio', vendor: 'Plasmid Studio', domains: ['plasmidstudio.ai'], source: 'https://plasmidstudio.ai/privacy' }, // privacy: plasmid constructs designed with an AI assistant; design requests proxied to Anthropic and OpenAI
    { id: 'insilicom-ipv', name: 'Insilicom IPV', vendor: 'Insilicom', category: 'search', domains: ['insilicom.com'], source: 'https://blog.insilicom.com/index.php/2025/11/06/what-can-ai-really-do-in-literature-monitoring-of-adverse-events-aes' }, // vendor blog: its IPV system uses AI to retrieve, screen and extract adverse events from papers, map them to MedDRA and draft reports
    // --- Regulatory, medical and clinical-research writing ---
    { id: 'asthra-writer', name: 'Asthra', vendor: 'Asthra AI', category: 'writing', domains: ['asthra-writer.ai'], source: 'https://www.asthra-writer.ai/product' }, // product page: a regulatory writing co-pilot in Microsoft Word that drafts CSRs, PSURs and CTD sections with Anthropic's Claude
    { id: 'auroraprime', name: 'AuroraPrime', vendor: 'AlphaLife Sciences', category: 'writing', domains: ['alphalifesci.com'], source: 'https://alphalifesci.com/blog/navigating-regulatory-acceptance-of-ai-generated-clinical-documents' }, // vendor blog: its AuroraPrime RMA authoring software writes CSRs and CTD documents with health-authority instructions built into the AI's prompts
    { id: 'protocolis', name: 'Protocolis', vendor: 'Protocolis', category: 'writing', domains: ['protocolis.fr'], region: 'europe', source: 'https://protocolis.fr/en/cgu' }, // terms (France): AI synopsis drafting, full protocol generation and a regulatory chat for academic clinical research
    { id: 'protocol-med', name: 'ProtoCol', vendor: 'Royyak Co., Ltd.', domains: ['protocol.med'], region: 'southeast-asia', source: 'https://www.protocol.med/terms' }, // terms: an AI-powered research methodology assistant; gap analysis, study design and statistics generated with large language models
    // --- Patents ---
    { id: 'patenty', name: 'Patenty', vendor: 'Patenty株式会社', category: 'search', domains: ['patenty.ai'], region: 'japan', source: 'https://www.patenty.ai/terms' }, // terms (Japanese): an AI-based patent practice platform; AI patent search and analysis, specification drafting, prior-art surveys
    { id: 'patentnexus', name: 'PatentNexus', vendor: 'PatentNexus', category: 'search', domains: ['patentnexus.net'], source: 'https://patentnexus.net/security' }, // security page: invention descriptions classified with Gemini and patentability reports written with Claude
    // --- Data analysis, simulation and geospatial ---
    { id: 'rchat-dev', name: 'RChat.dev', vendor: 'Amygware s.r.o.', category: 'coding', domains: ['rchat.dev'], region: 'europe', source: 'https://rchat.dev/privacy' }, // privacy (Czech company): an R IDE whose AI assistant sends prompts, code and file previews to Claude and GPT through OpenRouter
    { id: 'simpilot', name: 'SimPilot', vendor: 'SimPilot', category: 'agents', domains: ['simpilot.dev'], source: 'https://www.simpilot.dev/docs/core/engineering-pipeline' }, // docs: an AI agent that turns one natural-language request into geometry (LLM-written CadQuery), mesh, CFD run and plots
    { id: 'geoedge-ai', name: 'GeoEdge AI', vendor: 'GeoEdge', category: 'agents', domains: ['public.geoedge.com.au'], source: 'https://public.geoedge.com.au/privacy' }, // privacy: a QGIS plugin whose agent receives chat requests and layer metadata in GeoEdge Cloud and plans geoprocessing
    // --- Sustainability reporting ---
    { id: 'reportinggpt', name: 'ReportingGPT', vendor: 'Just Reporting', domains: ['reportinggpt.justreporting.eu'], region: 'europe', source: 'https://reportinggpt.justreporting.eu/en/trust/ai' }, // AI transparency page: sustainability reports reviewed by models on AWS Bedrock for auditors, classed under the EU AI Act
    // --- Met on the way ---
    { id: 'r2-copilot', name: 'R2 Copilot', vendor: 'R2 Copilot', domains: ['r2copilot.ai'], source: 'https://r2copilot.ai/privacy-policy-extension' }, // extension privacy: a Chrome AI assistant that writes, rewrites, summarises, translates and analyses page content on request
  ],
  { checked: CHECKED_C21 },
);
