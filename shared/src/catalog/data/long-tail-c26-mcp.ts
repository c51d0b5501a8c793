// Twenty-sixth session, long-tail pass `mcp` (2026-12-07): the 2025–2026 agent ecosystem as it is used in a browser,
// beside the earlier passes on the same ground (data/long-tail-c19-llmops.ts, long-tail-c16-providers.ts,
// long-tail-c20-inference.ts, long-tail-c22-agents3.ts, long-tail-c24-agents4.ts, long-tail-c24-devtools4.ts,
// long-tail-c6-gateways.ts, long-tail-c17-devai.ts), whose rows are not repeated here. Here: hosted Model Context
// Protocol gateways, registries, hosts and a paid MCP marketplace run by a company (MCP Stone, HasMCP, MintMCP,
// Praesidia, Authensor, an MCP agent studio on mcpplaygroundonline.com, ToolOracle); AI gateways and LLM routers
// (Posturio's AI Gateway, AI Warden's LLM gateway, LLM Router on llmrouter.app); LLM observability and evaluation
// consoles (ABV, Evals.do, OpenBox's agent governance and session replay); agent memory, RAG and vector services sold
// for AI apps (MemoryAI, LambdaDB, Ragapi); browser and computer agents behind an API (Browsa, OneShot Agent's browser
// API, Computer Agents); an agent builder (the Agent Builder WordPress plugin); and AI pull-request
// reviewers (PRMergeSafe, AutoPR, GitReviewed). Generic agent SDKs and framework docs were not sought, as catalog
// policy treats them as general developer sites.
//
// Leads. 33 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded as the vendors word
// their own pages: hosted MCP gateway privacy policy and pricing; deploying MCP servers with OAuth; MCP hosting terms
// and acceptable use; private MCP registries for teams; monetising MCP servers per call; HasMCP's own docs; AI agent
// memory API pricing and memory-layer privacy policies; LLM observability pricing and trace-storage privacy policies;
// agent observability and session replay; prompt-management privacy policies and prompt registries; LLM-as-a-judge
// evaluation platforms; AI gateways with guardrails and PII redaction; LLM routers' terms; team LLM key sharing;
// semantic caches; prompt-injection detection APIs; browser-automation APIs for agents priced per browser hour;
// computer-use agent APIs; agent runtimes priced per agent hour; no-code agent builders' privacy policies; agent
// marketplaces' terms; RAG-as-a-service credits; vector databases for AI apps (twice); AI code review for GitHub pull
// requests and GitLab merge requests (four wordings). Every row cites a page with a path on the product's own host
// where the vendor says the product runs on, routes to or serves large language models, named model providers or AI
// agents. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c26
// files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 216 hosts the searches returned (vendors, news, blogs,
// directories, shared hosts alike, in /work/helpers/out/mcp-hosts.txt): 39 classified before (18.1%), 64 after
// (29.6%).
//
// Already listed and left to their entries: Smithery, Composio, Glama, Langfuse, LangSmith, Helicone, Braintrust,
// Portkey (and its Mintlify docs copy), OpenRouter, Mem0, Zep, Letta, Browserbase, Browser Use, Steel, Hyperbrowser,
// Notte, Pinecone, Weaviate, Qdrant, CodeRabbit, Greptile, PromptLayer, Future AGI, Respan (Keywords AI), MCP Manager,
// Archestra, MCP Cloud, PMCP Run, MCP360, Cloud MCP, AgentVerse (agentverse.run), Mindset AI, RAGex, Ailog,
// BrowseFleet, web2md, Proxide, tokentrace, Logfare, trAIce, inference.net, LangMart, Orgo, Callstack.ai, CodePeel,
// Postil, CodeReviewr, Git AutoReview, CodeSentri, CodePulse Reviews, PromptOT, agilecloud.ai, Lakera and OpenCompany
// (opencompany.cloud, the c18 agents pass).
//
// Doubtful rows: HasMCP's privacy policy was read from a stored copy reached through a proxy address
// (soft31.com/proxy.php?url=…hasmcp.com/privacy) and is cited at its own address; its docs home (docs.hasmcp.com, no
// path) says each endpoint becomes a tool the LLM can call from Claude Desktop or Gemini. ToolOracle is read from its
// own blog post on running 73 paid MCP servers that AI agents pay for per call (x402): a company-run MCP marketplace,
// as the brief names, though the tools themselves are data feeds. Praesidia was left as a blog-only lead by the c17
// secops pass; its post describes its own managed MCP registry (register servers once, tool-level policy and logging
// for agents), which COMMON counts as the vendor's word. Authensor's page is a "learn" article, but it describes the
// Authensor MCP gateway (stdio and SSE) that vets agents' tool calls. OneShot Agent and OpenBox were read on their docs
// hosts only, and the parent domains oneshotagent.com and openbox.ai are claimed. LambdaDB is read from its own blog
// (RAG workloads and agent memory), the only vector database here, kept because the vendor sells it for AI agents.
//
// Left out. Homepage-only pages: memstore.dev (a memory API for agents), mcpharbor.io (an MCP registry),
// quorum.hibernyte.com (as before). Pages that do not say the product uses AI: review.ai's FAQ (a review CLI whose FAQ
// names neither AI nor a model), mcpcore.io's acceptable-use policy, docs.agentforgelab.com's memory API,
// app.crescora.ai's prompt-studio docs, www.defrag.app's policy, www.agentcomputer.ai's computer docs, anakin.io's
// browser API limits, scrapfly.io's cloud browser billing. Hosts whose owner is unclear: sophoris.in (Bool AI, an AI
// code-review GitHub App whose policy sits on a company host not read: a lead), alexandersucala.com's CodeReview AI (a
// personal host), conseguirclientes.com (terms of an "LLM AI Router" on an unrelated host), anvat.app (an LLM proxy
// "pilot" whose policy names only "the operator"), www.aisnapbuild.com (a memory API in docs of a product not read),
// memoryscope.dev (read only through its sitemap.xml address). Blog-only or guide-only vendors whose own product the
// page does not show: zivv.pro (team AI key budgets), oggycloud.com (LLM key governance, which may be one feature of a
// cloud-cost product), nexrelay-api.xyz, www.semanticguard.dev and blog.vcal-project.com (semantic caches; a tag page),
// adaptiverecall.com, zylos.ai's research notes. General products where AI is one feature: www.getexperimently.com
// (experimentation), usetransactional.com (messaging), amnic.com (FinOps), www.process.st, hostman.com (cloud),
// cachee.ai (caching, as c19 did), www.membrane-api.io (an API gateway), openapi.com and its console (an API
// marketplace), safeguard.sh. Tools that guard AI rather than use it, as the c24 security3 pass judged:
// docs.nopromptinjections.com, promptscan.dev, pinpout.dev, safeprompt.dev, api.lazy-mac.com, x402.hexl.dev,
// apimemo.com's PromptShield. Scraping APIs for agents with no model of their own: lastcrawler.xyz (as c19 did),
// v3dev.ujeebu.com. Agent payments and tokens: fluxapay.xyz, spawnpay.ai, docs.magnetlabs.xyz. A hosting product for
// AI agents' websites that does not itself use AI: www.agentbuild.it. A comparison site with a router API:
// llmversus.com. Drafts, staging and shared hosts: theedgeagent.com ("placeholder language"), staging.agent-seek.com
// (AgentSeek's staging host: a lead for agent-seek.com), agentnet-api.onrender.com, mcp-hack.onrender.com,
// mcp-builder-puce.vercel.app, quorum-sand.vercel.app, mcp-market.vercel.app, meta-agent-platform.pages.dev,
// godberrystudios-blog.pages.dev, coding-dev-tools.github.io, luzbetak.github.io, evanzhao119.github.io,
// tech-simplified.pages.dev, lakera's S3 bucket. Directories and MCP server lists: mcpgee.com, mcp-marketplace.io,
// mcpmarket.com, aitoolsatlas.ai, jobsinai.com (an AI-agent job board whose FAQ shows no model of its own: a lead).
// Leads: agent-seek.com, sophoris.in's Bool AI, memstore.dev and mcpharbor.io once a page with a path is seen.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26McpTools: Tool[] = defineTools(
  'developer-platform',
  [
    // --- MCP gateways, registries, hosts and marketplaces ---
    { id: 'mcp-stone', name: 'MCP Stone', vendor: 'MCP Stone', domains: ['mcpstone.com'], source: 'https://mcpstone.com/privacy' }, // privacy: a zero-trust gateway for AI agents using the Model Context Protocol, issuing agent tokens and auditing every tool call against allow/deny policies
    { id: 'hasmcp', name: 'HasMCP', vendor: 'HasMCP', domains: ['hasmcp.com'], source: 'https://hasmcp.com/privacy' }, // privacy (read through a proxy copy): a cloud proxy for MCP tool calls between the model, the user and upstream APIs; its docs turn API endpoints into tools an LLM calls
    { id: 'mintmcp', name: 'MintMCP', vendor: 'MintMCP', domains: ['mintmcp.com'], source: 'https://www.mintmcp.com/blog/internal-mcp-registry' }, // vendor blog: its MCP Gateway and internal registry where AI agents discover approved tools, with one-click deployment, OAuth, audit logs and PII detection
    { id: 'praesidia', name: 'Praesidia', vendor: 'Praesidia', domains: ['praesidia.ai'], source: 'https://praesidia.ai/blog/registering-governing-mcp-servers' }, // vendor blog: a managed MCP registry where servers are registered once and AI agents' tool calls are authenticated, policy-checked and logged
    { id: 'authensor', name: 'Authensor', vendor: 'Authensor', domains: ['authensor.com'], source: 'https://www.authensor.com/learn/what-is-an-mcp-gateway' }, // vendor learn page: the Authensor MCP gateway sits between AI agents and MCP servers and checks each tool call against safety policies
    { id: 'mcp-playground-online', name: 'MCP Playground (mcpplaygroundonline.com)', vendor: 'MCP Playground', domains: ['mcpplaygroundonline.com'], source: 'https://mcpplaygroundonline.com/acceptable-use' }, // acceptable use: MCP Agent Studio, for testing MCP servers with LLMs from Anthropic, OpenAI, Google DeepMind and others
    { id: 'tooloracle', name: 'ToolOracle', vendor: 'ToolOracle', domains: ['tooloracle.io'], source: 'https://tooloracle.io/blog/how-to-monetize-mcp-servers-x402-usdc-micropayments' }, // vendor blog: a paid MCP marketplace of 73 servers whose tools AI agents pay for per call in USDC
    // --- AI gateways and LLM routers ---
    { id: 'posturio-ai-gateway', name: 'Posturio AI Gateway', vendor: 'Posturio', domains: ['posturio.net'], source: 'https://posturio.net/ai-gateway-mcp-tools.html' }, // product page: an AI gateway that inspects and routes AI traffic across models and governs MCP-hosted tools per key
    { id: 'ai-warden', name: 'AI Warden', vendor: 'AI Warden', domains: ['aiwarden.com'], source: 'https://www.aiwarden.com/platform/llm-gateway.html' }, // platform page: an LLM gateway in front of OpenAI, Anthropic, Azure OpenAI, Bedrock and Vertex with team budgets and prompt-injection scanning
    { id: 'llmrouter-app', name: 'LLM Router (llmrouter.app)', vendor: 'SOOFY LLC', domains: ['llmrouter.app'], source: 'https://llmrouter.app/terms-of-service' }, // terms: middleware that routes requests to AI providers (OpenAI, Anthropic, Perplexity) by complexity scoring
    // --- LLM observability, evaluation and agent governance ---
    { id: 'abv-dev', name: 'ABV', vendor: 'ABV', domains: ['abv.dev'], source: 'https://docs.abv.dev/developer/basic-features/observability-tracing' }, // docs: traces of LLM calls (prompts, responses, tool calls, tokens, costs) with evaluations, prompt management and guardrails
    { id: 'evals-do', name: 'Evals.do', vendor: 'Evals.do', domains: ['evals.do'], source: 'https://evals.do/blog/Scaling-AI-Quality:-Using-LLM-as-a-Judge-for-Automated-Scoring' }, // vendor blog: a platform that scores AI agents' outputs with an LLM judge against rubrics
    { id: 'openbox-ai', name: 'OpenBox AI', vendor: 'OpenBox', domains: ['openbox.ai'], source: 'https://docs.openbox.ai/docs/agents/trust-lifecycle/monitor' }, // docs: monitoring AI agents' sessions with replays of LLM inference and tool events and governance verdicts
    // --- agent memory, RAG and vector storage ---
    { id: 'memoryai-dev', name: 'MemoryAI', vendor: 'MemoryAI Software Solutions JSC', domains: ['memoryai.dev'], source: 'https://memoryai.dev/privacy' }, // privacy: a memory API for agents whose memories are embedded with OpenAI's API and consolidated by an LLM on paid plans
    { id: 'lambdadb', name: 'LambdaDB', vendor: 'LambdaDB', domains: ['lambdadb.ai'], source: 'https://lambdadb.ai/blog/what-is-a-serverless' }, // vendor blog: a serverless vector database sold for RAG workloads and AI agents' long-term memory
    { id: 'ragapi-tech', name: 'Ragapi', vendor: 'Ragapi', domains: ['ragapi.tech'], source: 'https://docs.ragapi.tech/docs/credits-usage' }, // docs: credits for storing document embeddings and for conversation requests answered by an LLM from retrieved context
    // --- browser and computer agents behind an API ---
    { id: 'browsa', name: 'Browsa', vendor: 'Browsa', category: 'agents', domains: ['browsa.io'], source: 'https://browsa.io/docs' }, // docs: cloud browser identities for AI agents, or a plain-English task the agent carries out
    { id: 'oneshot-agent', name: 'OneShot Agent', vendor: 'OneShot Agent', category: 'agents', domains: ['oneshotagent.com'], source: 'https://docs.oneshotagent.com/api-reference/browser/create' }, // API docs: a browser agent that navigates, extracts and fills forms from a plain-English task, quoted and paid per task
    { id: 'computer-agents', name: 'Computer Agents', vendor: 'Computer Agents', category: 'agents', domains: ['computer-agents.com'], source: 'https://computer-agents.com/documentation/api' }, // API docs: AI-powered agents with chosen LLMs and instructions that write code and run commands in cloud environments
    // --- agent builders ---
    { id: 'agentic-plugin', name: 'Agent Builder (agentic-plugin.com)', vendor: 'Agentic Plugin', category: 'agents', domains: ['agentic-plugin.com'], source: 'https://agentic-plugin.com/gdpr-and-data-protection' }, // GDPR page: a WordPress agent builder that sends conversations to the configured LLM provider (OpenAI, Anthropic, xAI, Google, Mistral)
    // --- AI pull-request reviewers ---
    { id: 'prmergesafe', name: 'PRMergeSafe', vendor: 'PRMergeSafe', category: 'coding', domains: ['prmergesafe.com'], source: 'https://www.prmergesafe.com/legal/terms' }, // terms: an AI-powered GitHub App that runs pull-request diffs through an AI analysis pipeline and posts a risk assessment
    { id: 'autopr-dev', name: 'AutoPR', vendor: 'AutoPR', category: 'coding', domains: ['autopr.dev'], source: 'https://autopr.dev/terms.html' }, // terms: a GitHub Action that writes pull-request descriptions with a large language model on the user's OpenAI key
    { id: 'gitreviewed', name: 'GitReviewed', vendor: 'GitReviewed', category: 'coding', domains: ['gitreviewed.com'], source: 'https://www.gitreviewed.com/terms-of-service' }, // terms: a developer tool that reviews GitHub and GitLab pull requests with LLMs and posts comments
  ],
  { checked: CHECKED_C26 },
);
