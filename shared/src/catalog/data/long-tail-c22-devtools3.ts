// Twenty-second session, third devtools pass (2026-12-07, helper `devtools3`): AI developer products the catalog still
// missed, beside the earlier developer passes (data/coding.ts, long-tail-coding.ts, long-tail-c5-vibe-coding.ts,
// long-tail-c16-codedata.ts, long-tail-c17-devai.ts, long-tail-c19-devtools.ts, long-tail-c19-llmops.ts), whose rows
// are not repeated here. Here: AI pull-request reviewers and repository agents run as GitHub Apps, an AI code-audit
// and autofix agent, cloud workspaces with an AI agent, AI test generation for web pages and REST APIs, an AI runner
// that repairs failing CI, an AI documentation generator, AI infrastructure-as-code workflows, an LLM agent loop that
// writes Verilog and testbenches, a Roblox-native AI scripting tool, AI smart-contract pre-audits, prompt workbenches
// and an LLM guardrail API, a text-to-SQL workforce for Postgres, an AI synthetic-data API, AI agent platforms whose
// docs set up on-call and database agents, and two off-kind AI products met on the way (a home tech troubleshooter on
// OpenAI and an AI reply writer).
//
// Leads. 43 look-ups in the stored `pages` corpus, worded the way vendors word their own terms, privacy policies, AI
// disclosures, trust pages and docs ("AI-generated code may contain errors", "changed-file content sent to model
// providers", "acceptable use ... generate applications", "AI-powered test generation", "not a substitute for a
// professional audit", "we store your prompts", "connect a read-only Postgres role", "logs sent to OpenAI", "routed
// through OpenRouter") and by kinds the earlier passes searched less (Solidity auditors, PLC and Verilog code,
// Roblox/Luau, notebooks, Terraform and Kubernetes assistants, schema designers, mock-data APIs, accessibility
// scanners, CI repair, framework migration, air-gapped assistants, warehouse analysts), one in Japanese (which returned
// blogs and a terms page an earlier pass had judged). Every row cites a page with a path on the product's own host
// (for Enji Guard, ContractScan, Forge AI, NexEDA and DataGen, the claimed subdomain; for AI Docs, Metatext and ratl.ai,
// their docs hosts; for limerIQ, TESTIO.AI, Forge AI and Forkline, a post on the vendor's own blog about its own
// product), and each page says in the vendor's words that the product reviews, writes, tests, audits, generates,
// answers or routes with AI, language models or named model providers. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to their entries:
// Cinnacode, CodeGPT, CodePeel, OpenCompany, AI for Database, Anything App, Appoven, Applora, AppCafe, App2,
// BuildLegal, AnalyzeData, docs-keeper, Codec8, Repowise, Bito, AI Employee, Potpie, Syntho, AlertMind AI, Jeeva AI,
// ReelMind, OpenComputer, Stack AI, ErrorLens, PromptEval and Vals AI.
//
// Five subdomains are claimed alone because their parents were not read or are general sites: guard.enji.ai (Enji
// Guard), contract-scanner.raccoonworld.xyz (ContractScan), forge.loopmobile.io (Forge AI), nexeda.vlsiweb.com
// (NexEDA, on a VLSI learning site) and datagen.gptlab.ae (DataGen). The parents are traps in the test.
//
// Measured with /work/helpers/classify-hosts.mts on the 264 hosts the searches returned (vendors, articles, papers,
// forums, mirrors and shared hosts alike, in /work/helpers/out/devtools3-hosts.txt): 41 classified before (15.5%),
// 64 after (24.2%).
//
// Same names: Forge AI here (forge.loopmobile.io, a Roblox Luau tool) is not Forge AI Technology
// (forgeaitechnology.com, long-tail-c16-codedata.ts); Nexora Labs (nexoralabs.co.nz) is not Nexora Agent
// (agent.nexoraai.ch, long-tail-c21-leads3.ts). Different vendors and products in each pair.
//
// Doubtful rows: arcx.run's policy describes cloud workspaces whose AI agent sends prompts to Anthropic, OpenAI or a
// local Ollama through a secret-scrubbing proxy, names the operator only as the infrastructure's manager (Outlaw
// Research Labs) and says the service is in beta; ratl.ai's docs call its API tester "agentic" and driven by natural
// language without the word AI; TESTIO.AI was left out by the c17 devai pass as blog-only, and is listed here from its
// own blog post describing its product on Claude, which these rules accept.
//
// Left out. Placeholder or dev pages (app.dev.adopilot.dev's "[YOUR BUSINESS ENTITY NAME]" terms for an Azure DevOps
// AI reviewer, accessglade.com's "[Legal entity]" terms, which in any case scan with axe-core and no AI); a copy of
// another vendor's terms (platformtechnology.ai's IDE-extension terms naming Salesforce); `?p=` pages
// (jupyter-express.com, a Jupyter AI assistant: a lead); a docs root with no path (www.docs.wcag-scan.com, whose
// product page describes AI-generated accessibility fixes: a lead); a second host of an existing entry
// (logfare.logorhythms.dev's dataset-consent page, which reads as the LLM proxy `logfare` lists at logfare.ai: a lead
// for that entry); products whose AI is one feature (accesslumens.com's AI executive summary over a deterministic
// scanner, tabon.io's optional AI column naming, Deepnote's notebook AI, Facets' Kubernetes agent as c17 judged,
// JetBrains AI Assistant); cost trackers that take no prompts (opsmeter.io; costhawk.ai, left out by c20 as a cost
// site); pages that do not say the product uses AI or say it only in a name (synthgenapp.dev's API docs, marbot.io,
// aidrawio.com's ERD page, adapt.com's Postgres docs, which say "natural language" only, docs.ssscript.app, whose
// product is not named on the page); vendors seen only on blogs, guides or topic pages (kubeintellect.com,
// susatest.com, plccopilot.com, scindo.one's and kition.ai's CI-repair agents, queryveil.com as c18 judged,
// gravity.fast, aispendguard.com, riskreview.ai, obto.co, jupiterbrains.com, devos.team, qate.ai as c17 judged:
// leads); personal projects, courses and research (iambatman.tech, victorblog.me, blog.aniketbindhani.com,
// app.thetestingacademy.com, arXiv papers, patents); and shared platforms (vercel.app, netlify.app, onrender.com,
// pages.dev, github.io copies).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Devtools3Tools: Tool[] = defineTools(
  'coding',
  [
    // --- AI pull-request reviewers, repository agents and audit agents ---
    { id: 'antfleet', name: 'AntFleet', vendor: 'AntFleet', domains: ['antfleet.dev'], source: 'https://www.antfleet.dev/policy' }, // data policy: a GitHub App that sends changed files to Anthropic (Claude Opus) and OpenAI (GPT-5) for review and posts agreed findings on the PR
    { id: 'aratel', name: 'Aratel', vendor: 'Aratel', domains: ['aratel.dev'], source: 'https://www.aratel.dev/privacy' }, // privacy: a GitHub App that runs an AI agent against the repository on each push or PR; diffs go to Anthropic
    { id: 'enji-guard', name: 'Enji Guard', vendor: 'Enji', domains: ['guard.enji.ai'], source: 'https://guard.enji.ai/legal/ai-data-use/' }, // AI data use: audits, reports and autofixes run by the Enji Fleet agents orchestrator on third-party AI model providers
    { id: 'arcx-run', name: 'arcx', vendor: 'Outlaw Research Labs', domains: ['arcx.run'], source: 'https://arcx.run/privacy' }, // privacy: cloud workspaces with an AI agent whose prompts go to Anthropic, OpenAI or local Ollama via a secret-scrubbing proxy
    // --- AI test generation and CI repair ---
    { id: 'aegisrunner', name: 'AegisRunner', vendor: 'AegisRunner', domains: ['aegisrunner.com'], source: 'https://aegisrunner.com/docs/ai-test-generation' }, // docs: writes a Playwright test suite for every scanned page with an LLM materializer
    { id: 'testio-ai', name: 'TESTIO.AI', vendor: 'TESTIO.AI', domains: ['testio.ai'], source: 'https://www.testio.ai/blog/how-testio-ai-works' }, // vendor blog on its product: an AI agent on Claude that generates REST API test cases from an OpenAPI spec
    { id: 'ratl-ai', name: 'ratl.ai', vendor: 'ratl.ai', domains: ['ratl.ai'], source: 'https://docs.ratl.ai/guide/features/api-test' }, // docs: an agentic API tester that generates and runs test scenarios from a spec and a natural-language request
    { id: 'forkline', name: 'Forkline', vendor: 'Forkline', domains: ['forkline.dev'], source: 'https://forkline.dev/blog/fix-failing-github-actions-ai-runners' }, // vendor blog on its product: AI runners that turn failed GitHub Actions runs into fix commits and PRs
    // --- AI documentation, infrastructure code and hardware code ---
    { id: 'docup-ai-docs', name: 'AI Docs', vendor: 'AI Docs', domains: ['docup.dev'], source: 'https://docs.docup.dev/how-ai-docs-works' }, // docs: generates and maintains documentation from connected GitHub repositories with AI
    { id: 'limeriq', name: 'limerIQ', vendor: 'limerIQ', domains: ['limeriq.ai'], source: 'https://www.limeriq.ai/blog/infrastructure-as-code-generation-from-architecture-diagrams' }, // vendor blog on its product: orchestrates AI through workflows that turn architecture requirements into Terraform and Kubernetes code
    { id: 'nexeda', name: 'NexEDA', vendor: 'NexEDA', domains: ['nexeda.vlsiweb.com'], source: 'https://nexeda.vlsiweb.com/how-it-works' }, // how it works: five LLM agents turn specs into Verilog and self-checking testbenches, repaired against real simulation
    { id: 'forge-ai-roblox', name: 'Forge AI', vendor: 'Forge AI', domains: ['forge.loopmobile.io'], source: 'https://forge.loopmobile.io/blog/lua-vs-luau-ai-codegen-differences' }, // founder's blog on its product: a Roblox-native AI tool that generates Luau code that compiles in Studio
    // --- AI smart-contract audits ---
    { id: 'litmus-audit', name: 'Litmus Audit', vendor: 'Litmus Audit', domains: ['litmusaudit.xyz'], source: 'https://www.litmusaudit.xyz/legal' }, // legal: AI-generated pre-audit reports on smart contracts, not a formal audit
    { id: 'contractscan', name: 'ContractScan', vendor: 'ContractScan', domains: ['contract-scanner.raccoonworld.xyz'], source: 'https://contract-scanner.raccoonworld.xyz/terms' }, // terms (a Korean sole proprietorship): AI-assisted static analysis of Solidity contracts as a pre-audit screen
    // --- prompt workbenches, guardrails, text-to-SQL and synthetic data ---
    { id: 'prompt-assay', name: 'Prompt Assay', vendor: 'Prompt Assay', category: 'developer-platform', domains: ['promptassay.ai'], source: 'https://promptassay.ai/trust' }, // trust center: a prompt workbench with in-editor AI actions, a multi-model playground and evals on customers' provider keys
    { id: 'promptseng', name: 'Promptseng', vendor: 'Promptseng', category: 'developer-platform', domains: ['promptseng.com'], source: 'https://promptseng.com/privacy' }, // privacy: a prompt-engineering workbench running prompts on users' OpenAI, Anthropic and Google keys
    { id: 'metatext-ai', name: 'Metatext', vendor: 'Metatext', category: 'developer-platform', domains: ['metatext.ai'], source: 'https://docs.metatext.ai/safety-overview' }, // docs: an evaluate API that checks LLM messages against policies and corrects the LLM's response
    { id: 'chion-ai', name: 'Chion', vendor: 'Chion', category: 'developer-platform', domains: ['chion.ai'], source: 'https://chion.ai/integrations/postgresql' }, // integration docs: an AI SQL workforce turning plain-English questions into verified SQL against Postgres
    { id: 'datagen-gptlab', name: 'DataGen', vendor: 'DataGen', category: 'developer-platform', domains: ['datagen.gptlab.ae'], source: 'https://datagen.gptlab.ae/api-developer-info.html' }, // API docs: synthetic data with AI-powered intelligence; an AI mode infers types and values from column names
    // --- AI agent platforms ---
    { id: 'dezifi', name: 'Dezifi', vendor: 'Dezifi', category: 'agents', domains: ['dezifi.ai'], source: 'https://dezifi.ai/docs/use-cases/incident-response' }, // docs: on-call agents on GPT-4o or Claude that read Datadog, Grafana and PagerDuty and post incident context to Slack
    { id: 'nexora-labs', name: 'Nexora Labs', vendor: 'Nexora Labs', category: 'agents', domains: ['nexoralabs.co.nz'], source: 'https://nexoralabs.co.nz/integrations/postgresql' }, // integration page: AI agents that generate SQL against a read-only Postgres replica to answer customers and staff
    // --- met on the way: off-kind AI products ---
    { id: 'plaintech-app', name: 'PlainTech', vendor: 'PlainTech', category: 'chat', domains: ['plaintech.app'], source: 'https://plaintech.app/privacy' }, // privacy: home tech troubleshooting generated by OpenAI from the user's description and screenshot
    { id: 'replywise-pro', name: 'ReplyWise Pro', vendor: 'ReplyWise Pro', category: 'writing', domains: ['replywisepro.in'], source: 'https://replywisepro.in/privacy-policy' }, // privacy: AI reply generation, including from chat screenshots
  ],
  { checked: CHECKED_C22 },
);
