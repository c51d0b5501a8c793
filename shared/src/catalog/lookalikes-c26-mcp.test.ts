// Traps beside the rows the twenty-sixth session's `mcp` pass added (data/long-tail-c26-mcp.ts): the ordinary sites
// next to each kind of agent-ecosystem tool it added (the MCP project, code hosts and CI, cloud and API gateways,
// vector and cache stores, browser-automation libraries, WordPress, payment rails), the shared-platform copies,
// drafts, staging hosts and left-out hosts the pass read, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26McpTools } from './data/long-tail-c26-mcp';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://modelcontextprotocol.io/', // the protocol's own site, beside the MCP gateways and hosts
  'https://github.com/modelcontextprotocol/servers', // the reference servers, beside the MCP hosts
  'https://github.com/marketplace', // the app marketplace the code reviewers install from
  'https://github.com/features/actions', // the CI runner AutoPR runs in
  'https://about.gitlab.com/', // the code host GitReviewed also reviews
  'https://konghq.com/', // an API gateway, beside the AI gateways
  'https://aws.amazon.com/api-gateway/', // a cloud API gateway, beside the AI gateways
  'https://www.cloudflare.com/', // the edge network several of the products run on
  'https://redis.io/', // a cache and store, beside the semantic caches and memory APIs
  'https://www.postgresql.org/', // a database, beside the vector database and RAG API
  'https://github.com/pgvector/pgvector', // a vector extension, beside LambdaDB
  'https://playwright.dev/', // a browser-automation library, beside the browser agents
  'https://pptr.dev/', // a browser-automation library, beside the browser agents
  'https://wordpress.org/plugins/', // the plugin directory, beside the Agent Builder plugin
  'https://www.x402.org/', // the payment protocol ToolOracle and OneShot Agent use
  'https://stripe.com/', // the payment provider several terms name
  'https://opentelemetry.io/', // the tracing standard, beside the observability consoles
];

const SHARED_PLATFORMS = [
  'https://soft31.com/proxy.php?url=https%3A%2F%2Fhasmcp.com%2Fprivacy', // the proxy address HasMCP's policy was read through
  'https://mcp-hack.onrender.com/', // an MCP test server on a shared host
  'https://agentnet-api.onrender.com/terms', // an agent marketplace's terms on a shared host
  'https://mcp-builder-puce.vercel.app/terms', // an MCP builder's terms on a shared host
  'https://quorum-sand.vercel.app/pricing', // an AI PR reviewer's pricing on a shared host
  'https://mcp-market.vercel.app/server/prompt-version-control', // an MCP list on a shared host
  'https://meta-agent-platform.pages.dev/dev/marketplace-development', // an agent-platform guide on a shared host
  'https://godberrystudios-blog.pages.dev/posts/how-to-monetize-mcp-servers-2026/', // a blog on a shared host
  'https://coding-dev-tools.github.io/devforge/blog/monetize-mcp-servers-x402-mpp.html', // a blog on a shared host
  'https://luzbetak.github.io/Design/AI_Systems/LLM-Eval-Platform.html', // a design note on a shared host
  'https://evanzhao119.github.io/ai/2025/10/15/llm-gateway.html', // a tutorial on a shared host
  'https://tech-simplified.pages.dev/10-ai-and-llms/vector-databases', // notes on a shared host
  'https://lakera-marketing-public.s3.eu-west-1.amazonaws.com/what-ai-gateways-control.html', // a briefing in a storage bucket
];

const LEFT_OUT = [
  'https://memstore.dev/', // a memory API seen only on its homepage
  'https://mcpharbor.io/', // an MCP registry seen only on its homepage
  'https://quorum.hibernyte.com/', // an AI PR reviewer seen only on its homepage (as before)
  'https://review.ai/docs/faq', // a review CLI whose FAQ names no AI
  'https://mcpcore.io/acceptable-use', // an acceptable-use policy that does not say AI
  'https://docs.agentforgelab.com/api/memory/', // memory API docs that do not say AI
  'https://app.crescora.ai/docs/prompt-studio-operations', // prompt-studio docs that do not say AI
  'https://www.defrag.app/privacy', // a policy that does not say AI
  'https://www.agentcomputer.ai/docs/computers', // computer docs that do not say AI
  'https://anakin.io/docs/api-reference/browser-api/limits', // a browser API's billing
  'https://scrapfly.io/docs/cloud-browser-api/billing', // a scraping service's cloud browser billing
  'https://sophoris.in/privacy', // Bool AI's policy on a company host not read
  'https://alexandersucala.com/tools/codereview-ai-privacy.html', // a code reviewer on a personal host
  'https://conseguirclientes.com/terms', // an LLM router's terms on an unrelated host
  'https://anvat.app/privacy', // an LLM proxy pilot run by an unnamed operator
  'https://www.aisnapbuild.com/docs/memory-api/cost', // memory API docs of a product not read
  'https://memoryscope.dev/sitemap.xml', // read only through its sitemap address
  'https://zivv.pro/en/blog/team-api-key-budget-best-practices/', // a blog on team AI key budgets
  'https://oggycloud.com/blog/api-key-token-management-market-problem', // a blog on LLM key governance
  'https://nexrelay-api.xyz/guides/team-api-key-management', // a general guide on API keys
  'https://www.semanticguard.dev/blog/slash-openai-api-costs-semantic-caching-for-40-70-savings', // blog-only (as c19)
  'https://blog.vcal-project.com/tags/startups', // a tag page of a semantic-cache blog
  'https://adaptiverecall.com/ai-memory/memory-api-costs.php', // an article on AI memory costs
  'https://zylos.ai/en/research/2026-04-28-memory-privacy-retention-persistent-ai-agents', // research notes
  'https://www.getexperimently.com/docs/llm-evaluation/overview', // an experimentation platform
  'https://usetransactional.com/blog/introducing-llm-observability', // a messaging platform's feature
  'https://amnic.com/blogs/llm-observability', // a FinOps platform's blog
  'https://www.process.st/ai-agent-builder/', // workflow software
  'https://hostman.com/docs/ai-agents/pricing/billing-models/', // a cloud provider's feature
  'https://cachee.ai/blog/posts/2026-03-24-llm-caching-how-to-cut-api-costs-60-percent-with-semantic-cache', // a general cache
  'https://www.membrane-api.io/api-key-sharing-for-ai-and-llm-models.html', // a general API gateway
  'https://openapi.com/products/rag-search', // an API marketplace
  'https://safeguard.sh/resources/blog/enterprise-mcp-registry-onboarding-process', // a supply-chain security blog
  'https://docs.nopromptinjections.com/', // guards AI prompts
  'https://promptscan.dev/llms-full.txt', // guards AI prompts
  'https://pinpout.dev/llms.txt', // guards AI prompts
  'https://safeprompt.dev/llms.txt', // guards AI prompts
  'https://api.lazy-mac.com/prompt-shield', // guards AI prompts
  'https://x402.hexl.dev/catalog/llm-injection-scan', // guards AI prompts
  'https://apimemo.com/api/promptshield-api', // an API listing of a prompt scanner
  'https://lastcrawler.xyz/blog/url-to-markdown-api', // a scraping API for LLMs (as c19)
  'https://v3dev.ujeebu.com/docs/apis/markdown', // a scraping API's markdown endpoint
  'https://fluxapay.xyz/learning/mcp-server-monetization', // agent payments
  'https://spawnpay.ai/blog/the-mcp-monetization-gap', // agent payments
  'https://docs.magnetlabs.xyz/tech-stack/agent-marketplace', // agent tokens
  'https://www.agentbuild.it/legal/privacy', // hosting for AI agents' sites, no AI of its own
  'https://www.llmversus.com/router', // a comparison site's router API
  'https://theedgeagent.com/terms', // "placeholder language"
  'https://staging.agent-seek.com/terms', // a staging host
  'https://mcpgee.com/use-cases/claude-mcp-vs-chatgpt-plugins', // an MCP server directory
  'https://mcp-marketplace.io/server/com-xhostd-mcp', // an MCP server directory
  'https://jobsinai.com/agents/faq', // an AI-agent job board
  'https://aitoolsatlas.ai/blog/complete-guide-vector-databases-ai-agents', // a directory's guide
];

const NAMESAKES = [
  'https://www.stone.com/', // beside MCP Stone (mcpstone.com)
  'https://www.mint.com/', // beside MintMCP (mintmcp.com)
  'https://www.praesidia.com/', // beside Praesidia (praesidia.ai)
  'https://www.warden.com/', // beside AI Warden (aiwarden.com)
  'https://www.posturio.com/', // beside Posturio (posturio.net)
  'https://www.llmrouter.com/', // beside LLM Router (llmrouter.app)
  'https://www.abv.com/', // beside ABV (abv.dev)
  'https://www.openbox.com/', // beside OpenBox AI (openbox.ai)
  'https://www.openbox.ca/', // beside OpenBox AI (openbox.ai)
  'https://www.memoryai.com/', // beside MemoryAI (memoryai.dev)
  'https://www.lambdadb.com/', // beside LambdaDB (lambdadb.ai)
  'https://www.browsa.com/', // beside Browsa (browsa.io)
  'https://www.oneshot.com/', // beside OneShot Agent (oneshotagent.com)
  'https://www.computeragents.com/', // beside Computer Agents (computer-agents.com)
  'https://www.autopr.com/', // beside AutoPR (autopr.dev)
  'https://www.oracle.com/', // beside ToolOracle (tooloracle.io)
  'https://www.mcpplayground.com/', // beside the MCP agent studio (mcpplaygroundonline.com)
];

describe('twenty-sixth-session mcp traps', () => {
  it('adds 23 rows, each with one domain and no prefix, in the global region', () => {
    expect(longTailC26McpTools.length).toBe(23);
    expect(longTailC26McpTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
    expect(longTailC26McpTools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26McpTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26McpTools));
    expectEachClassifiedAs({
      'https://docs.hasmcp.com/': 'hasmcp',
      'https://docs.abv.dev/': 'abv-dev',
      'https://docs.openbox.ai/docs/trust-lifecycle/session-replay': 'openbox-ai',
      'https://docs.oneshotagent.com/': 'oneshot-agent',
      'https://computer-agents.com/developers/libraries/computers': 'computer-agents',
      'https://lambdadb.ai/blog/ai-agents-should-sleep-cheap': 'lambdadb',
      'https://agentic-plugin.com/?p=244': 'agentic-plugin',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
