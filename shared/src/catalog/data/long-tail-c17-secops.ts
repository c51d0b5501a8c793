// Seventeenth session, secops pass (2026-12-06, issue 15): AI tools for IT and security work that the catalog still
// missed: AI SOC analysts and security copilots, autonomous AI pentest and bug-hunting agents, AI code-security
// scanners and reviewers, AI log and incident analysis, AI questionnaire and GRC assistants that run on LLMs, and the
// LLMOps layer around them (LLM gateways and proxies, guardrail and hallucination-detection APIs, evaluation and
// prompt-management platforms, RAG-as-a-service APIs).
//
// Leads. The `search` tool, 55 look-ups: 49 in the stored `pages` corpus and 6 in `docs`, worded by product kind the
// way vendors word their own terms, acceptable-use policies, privacy policies, AI-transparency notices, docs and
// pricing pages (AI SOC analyst, AI pentest agent, AI code scanner, AIOps and incident copilot, LLM gateway, guardrails,
// LLM evaluation, prompt management, RAG platform, AI governance, plus German and Japanese wordings, which returned
// only articles). Every row cites a page, with a path, on the product's own host, and each page says in the vendor's
// words that the product works with AI models, LLMs or AI agents. Each host was run through classify-hosts.mts and
// grepped in data/ first. Two hosts went to existing entries: giskard.cloud (Giskard's hosted guardrail service, whose
// docs say its groundedness detector is LLM-based) on `giskard` in regional-4b.ts, and prompt-eval.com (its terms show
// the same prompt-evaluation product and $19 Pro tier as the listed prompteval.ai) on `prompteval-ai` in
// long-tail-c12-e.ts. A licensed list was looked at (ottosulin/awesome-ai-security, MIT), but it holds frameworks and
// papers rather than products, so nothing was pinned.
//
// Measured with /work/helpers/classify-hosts.mts on the 307 hosts the searches returned (/work/helpers/hosts-secops.txt:
// vendors, blogs, glossaries, news and shared hosts alike): 25 (8.1%) classified before, 70 (22.8%) after. Most hosts
// met are blogs, explainers and papers about the category, which stay unclassified by design.
//
// Left out. Pages that are drafts with unfilled placeholders (pentestai.xyz, cyber3.ai, securelogicai.com, the
// Threatalytics AI agreement); a personal site's subdomain (PentestAI on ai.chlebicki.art); an open-source demo on a
// maintainer's machine (tryaisoc.com); shared hosts (ragview.pages.dev, vectorize-6xv.pages.dev, roval-ai.pages.dev,
// promptgate-website.pages.dev, my-shadowaiguard.pages.dev, defense-ai-weekly.pages.dev, threatbasis.mintlify.app,
// klaralabs.gitbook.io, an AI firewall on a Hugging Face space); products that guard or test AI but do not say they run
// on AI themselves (AgentSure, Nythora, Governor AI, AgentScan, DLPShield, Veil-it, LogosGuard, Rehydra); scanners and
// vector stores whose pages make no AI claim (Vector Panda, Decompressed, Intrudr, Vulnify, TurboPentest, MetricTower,
// securityalert.ai); general platforms where AI is one feature (Rootly's incident AI, Complyance's questionnaire
// module, SAFE Security, SafeGuardGRC, Oodle's evaluators, Elementary's triage agent, Checkly's Rocky, Fluid Attacks,
// ZeriFlow, Cloudforce's nebulaONE, Golden Owl's DocBot, Openapi's RAG endpoints); SOC.ai's app privacy notice, which
// names no web product; a CISO newsletter with AI-assisted writing (aithreatalert.com); consultancies and course sites
// (aisecurity.llc, Raptoric, Red Team Partner, AESOP Academy); and vendors met only through blog posts, with no product
// page in the results (AquilaX, DevArmor, Threat Vector Security, AI Code Shield, Tokonomics, OggyCloud, praesidia.ai,
// AgentID, Semia). promptshield.live was seen only on PyPI, so it stays a lead.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17SecopsTools: Tool[] = defineTools(
  'other',
  [
    // --- AI SOC analysts and security copilots ---
    { id: 'vigilense-ai', name: 'Vigilense AI SOC Analyst', vendor: 'Vigilense', category: 'agents', domains: ['vigilense.ai'], source: 'https://vigilense.ai/platform/ai-soc-analyst/' }, // platform page: an autonomous AI analyst enriches and correlates alerts and returns verdicts
    { id: 'socpilot', name: 'SOCPilot', vendor: 'SOCPilot, Inc.', category: 'agents', domains: ['socpilot.co'], source: 'https://socpilot.co/privacy' }, // privacy: describes the product as an AI investigation analyst for SOC teams; AI providers run in zero-retention mode
    { id: 'secpilot-ai', name: 'SecPilot', vendor: 'SecPilot', domains: ['secpilotai.com'], source: 'https://secpilotai.com/terms' }, // terms: AI models help with incident reports, phishing analysis and indicator extraction
    { id: 'hacker-sidekick', name: 'Hacker Sidekick', vendor: 'Nictsu Inc.', category: 'chat', domains: ['hackersidekick.com'], source: 'https://hackersidekick.com/terms' }, // terms: a proprietary AI tool for security work, with lawful-use undertakings about its generated content
    { id: 'aicrisk-air-gpt', name: 'AI Risk (AIR-GPT)', vendor: 'AI Risk', domains: ['aicrisk.com'], source: 'https://www.aicrisk.com/user-terms' }, // terms: governance, risk, compliance and cybersecurity services delivered with LLM-based natural language processing
    { id: 'procurize', name: 'Procurize', vendor: 'Procurize', domains: ['procurize.ai'], source: 'https://www.procurize.ai/blog/unified-ai-orchestrator-for-adaptive-security-questionnaire' }, // the vendor's own article on its platform: LLMs with retrieval draft security-questionnaire answers and attach evidence

    // --- Autonomous AI pentest and bug-hunting agents ---
    { id: 'fimil', name: 'Fimil', vendor: 'Fimil, Inc.', category: 'agents', domains: ['fimil.dev'], source: 'https://fimil.dev/legal/ai-pentest-addendum' }, // AI-pentest addendum: terms for Fimil's autonomous penetration-testing agent
    { id: 'hackzero', name: 'HackZero', vendor: 'Agentic Security, Inc.', category: 'agents', domains: ['hackzero.ai'], source: 'https://hackzero.ai/legal/ai/' }, // AI transparency notice: pentests are run by autonomous AI agents; findings are AI output
    { id: 'maced-ai', name: 'Maced', vendor: 'Maced', category: 'agents', domains: ['maced.ai'], source: 'https://www.maced.ai/terms' }, // terms: an autonomous AI penetration testing platform whose agents run real commands
    { id: 'phantava', name: 'Phantava', vendor: 'Phantava', category: 'agents', domains: ['phantava.com'], source: 'https://phantava.com/legal/terms' }, // terms: AI-powered offensive security with LLM agents and MCP integrations running assessments
    { id: 'soleye', name: 'Soleye', vendor: 'Soleye', category: 'agents', domains: ['soleye.tech'], source: 'https://www.soleye.tech/privacy' }, // privacy: hosted security testing whose AI agent (Anthropic's API) keeps transcripts of prompts and tool calls
    { id: 'rasec', name: 'Rasec', vendor: 'Rasec', category: 'agents', domains: ['rasec.app'], source: 'https://rasec.app/security' }, // security page: a hunting agent works inside a locked scope; findings are not called AI-confirmed without reproduction
    { id: 'pentra-ai', name: 'Pentra', vendor: 'Pentra', category: 'agents', domains: ['pentra.ai'], source: 'https://pentra.ai/privacy' }, // privacy: a penetration-testing platform that develops and refines its AI capabilities from usage
    { id: 'pensar', name: 'Pensar', vendor: 'Pensar', category: 'agents', domains: ['pensar.dev'], source: 'https://docs.pensar.dev/console/features/billing-usage' }, // docs: credits pay for the AI inference behind continuous pentesting and the Apex CLI
    { id: 'prebreach', name: 'PreBreach', vendor: 'PreBreach', category: 'agents', domains: ['prebreach.dev'], source: 'https://www.prebreach.dev/docs/billing/credits' }, // docs: each scan ends with eight AI agents validating findings and writing the report

    // --- AI code-security scanners and reviewers ---
    { id: 'prev-ent', name: 'Prev-ent', vendor: 'Prev-ent', category: 'coding', domains: ['prev-ent.com'], source: 'https://www.prev-ent.com/privacy' }, // privacy: repository files go to Claude, which identifies the vulnerabilities and proposes fixes
    { id: 'foundry-security-scanner', name: 'Foundry Security Scanner', vendor: 'Foundry', category: 'coding', domains: ['withfoundry.ai'], source: 'https://docs.withfoundry.ai/security/overview' }, // docs: the scanner analyses a repository for vulnerabilities using AI
    { id: 'macroscope', name: 'Macroscope', vendor: 'Macroscope', category: 'coding', domains: ['macroscope.com'], source: 'https://macroscope.com/content/ai-code-review-security-soc-2-data-privacy' }, // the vendor's own page on its AI code reviewer: OpenAI and Anthropic are its model subprocessors
    { id: 'git-autoreview', name: 'Git AutoReview', vendor: 'Git AutoReview', category: 'coding', domains: ['gitautoreview.com'], source: 'https://gitautoreview.com/docs/security' }, // docs: pull-request diffs go to Claude, Gemini or GPT with the user's own key for AI review
    { id: 'errorlens-ai', name: 'ErrorLens', vendor: 'ErrorLens', category: 'coding', domains: ['errorlens.ai'], source: 'https://www.errorlens.ai/blog/log-safety-ai-analysis-data-handling.html' }, // the vendor's data-handling post: submitted logs and stack traces are analysed by the Claude API

    // --- LLM gateways, proxies and guardrail APIs ---
    { id: 'acai-agilecloud', name: 'ACAI', vendor: 'Agile Cloud & AI LLC', category: 'developer-platform', domains: ['agilecloud.ai'], source: 'https://agilecloud.ai/docs/guardrails' }, // docs: an LLM API whose every request passes content-safety, PII and prompt-injection guardrails; also RAG
    { id: 'aicredits', name: 'AICredits', vendor: 'AICredits', category: 'developer-platform', domains: ['aicredits.in'], source: 'https://aicredits.in/docs/guardrails', region: 'india' }, // docs: an LLM gateway that masks PII (Aadhaar, PAN) before requests reach the model provider
    { id: 'theo-hitheo', name: 'Theo', vendor: 'Theo', category: 'developer-platform', domains: ['hitheo.ai'], source: 'https://hitheo.ai/guardrails' }, // guardrails page: policies bound to API keys across completions, images and code, with a Haiku JSON-repair step; not the catalog's `theo-ai` (theoai.ai, litigation AI)
    { id: 'llmwise', name: 'LLMWise', vendor: 'LLMWise', category: 'developer-platform', domains: ['llmwise.ai'], source: 'https://llmwise.ai/llm-guardrails' }, // the vendor's guardrails page: one credit wallet with model routing and failover across LLM providers
    { id: 'proxle', name: 'Proxle', vendor: 'Proxle', category: 'developer-platform', domains: ['proxle.dev'], source: 'https://proxle.dev/docs/features/cost-tracking' }, // docs: an LLM proxy that prices every OpenAI, Anthropic, Cohere and Gemini request
    { id: 'enkrypt-ai', name: 'Enkrypt AI', vendor: 'Enkrypt AI', category: 'developer-platform', domains: ['enkryptai.com'], source: 'https://docs.enkryptai.com/guardrails-api-reference/Hallucination' }, // guardrails API docs: a detector flags hallucination in LLM responses
    { id: 'blue-guardrails', name: 'Blue Guardrails', vendor: 'Blue Guardrails', category: 'developer-platform', domains: ['blueguardrails.com'], source: 'https://docs.blueguardrails.com/api/hallucination-detection/detect_hallucinations_v1_detect_hallucinations_post' }, // API docs: hallucination detection on the assistant turn of an OpenAI-format conversation
    { id: 'pi-labs-withpi', name: 'Pi Labs', vendor: 'Pi Labs', category: 'developer-platform', domains: ['withpi.ai'], source: 'https://code.withpi.ai/api-reference/search/check-groundedness' }, // API reference: a groundedness check that returns hallucinated spans of an LLM output

    // --- LLM evaluation, tracing and prompt management ---
    { id: 'inspeq-ai', name: 'Inspeq AI', vendor: 'Inspeq AI', category: 'developer-platform', domains: ['inspeq.ai'], source: 'https://docs.inspeq.ai/endpoints' }, // API docs: scores LLM outputs for bias, coherence, factual consistency and more
    { id: 'vals-ai', name: 'Vals AI', vendor: 'Vals AI', category: 'developer-platform', domains: ['vals.ai'], source: 'https://docs.vals.ai/get_started/glossary' }, // docs glossary: test suites graded with LLM-as-judge operators against model outputs
    { id: 'inwire-ai', name: 'Inwire', vendor: 'Inwire', category: 'developer-platform', domains: ['inwire.ai'], source: 'https://inwire.ai/docs/modules/evaluation.html' }, // docs: evaluation jobs, LLM-assisted judges and leaderboards for models and prompts
    { id: '2signal', name: '2Signal', vendor: '2Signal', category: 'developer-platform', domains: ['2signal.dev'], source: 'https://2signal.dev/docs/evaluators/groundedness' }, // docs: an LLM-powered evaluator that checks agent output for unsupported claims
    { id: 'agenticants', name: 'AgenticAnts', vendor: 'AgenticAnts', category: 'developer-platform', domains: ['agenticants.ai'], source: 'https://www.agenticants.ai/docs/llmops/evaluations' }, // LLMOps docs: LLM-as-a-judge evaluators score incoming traces
    { id: 'browserstack-ai-evals', name: 'BrowserStack AI Evaluation', vendor: 'BrowserStack', category: 'developer-platform', domains: ['evals.browserstack.com'], source: 'https://evals.browserstack.com/docs_v2/docs/platform/evaluation/' }, // docs: datasets, evaluators and experiments that score LLM pipelines; subdomain only, browserstack.com is a general testing site
    { id: 'promptot', name: 'PromptOT', vendor: 'PromptOT', category: 'developer-platform', domains: ['promptot.com'], source: 'https://www.promptot.com/glossary/prompt-management' }, // the vendor's glossary page: a platform to version, test and deliver LLM prompts by API
    { id: 'terranoha', name: 'Terranoha', vendor: 'Terranoha', category: 'agents', domains: ['terranoha.ai'], source: 'https://www.terranoha.ai/architecture/platform/observability' }, // platform docs: traces each agent run step by step (planning, retrieval, tool calls) with token costs

    // --- RAG platforms and agent infrastructure sold as AI products ---
    { id: 'ragchats', name: 'RAG Chats', vendor: 'RAG Chats, Inc.', category: 'developer-platform', domains: ['ragchats.ai'], source: 'https://ragchats.ai/es/privacy' }, // privacy: a platform for building retrieval-augmented chat assistants
    { id: 'ragex', name: 'RAGex', vendor: 'RAGex', category: 'developer-platform', domains: ['useragex.com'], source: 'https://docs.useragex.com/api-reference' }, // API reference: managed RAG for AI features; documents are parsed, embedded and searched in natural language
    { id: 'retrievy', name: 'Retrievy', vendor: 'Retrievy', category: 'productivity', domains: ['retrievy.com'], source: 'https://retrievy.com/terms-of-service' }, // terms: a RAG service that indexes uploaded files for chat through third-party AI models
    { id: 'agentcloud-myagentcloud', name: 'AgentCloud', vendor: 'AgentCloud', category: 'agents', domains: ['myagentcloud.ai'], source: 'https://myagentcloud.ai/terms' }, // terms: infrastructure to build, deploy and scale AI agents
    { id: 'prompt-privacy', name: 'Prompt Privacy', vendor: 'Prompt Privacy', category: 'chat', domains: ['promptprivacy.com'], source: 'https://docs.promptprivacy.com/Logs-34c327e063dd8122ae34e75104f27d61' }, // docs: audit logs of the platform's AI chat, with model, inference time and encrypted prompts
  ],
  { checked: CHECKED_C17 },
);
