// Seventeenth session, devai pass (2026-12-06, issue 15): developer AI tools the catalog still missed: AI pull-request
// reviewers, coding assistants and cloud coding agents, an AI testing co-pilot, prompt-to-app and prompt-to-site
// builders, design-to-code converters, AI WordPress plugin builders, text-to-SQL and AI BI assistants, MCP server
// hosting, agent-building platforms, a RAG API, model fine-tuning platforms, a prompt playground and an AI API relay.
//
// Leads. The stored `pages` corpus searched by product kind (53 look-ups, two of them in Chinese and German, which
// returned only articles), worded the way vendors word their own terms of service, privacy policies, acceptable-use
// policies, help and docs pages. Every row cites such a page, with a path, on the product's own host (or, for four
// products on a general parent site, on the claimed subdomain); each page says in the vendor's words that the
// product reviews, writes, tests or answers with AI, large language models or named model providers, or (MCP hosting)
// that it runs Model Context Protocol servers for AI agents. The other c16 and c17 files on main were grepped first.
//
// Measured with /work/helpers/classify-hosts.mts on the 337 hosts the searches returned (vendors, blogs, mirrors and
// shared hosts alike, in /work/helpers/hosts-devai.txt): 38 (11.3%) classified before, 91 (27.0%) after.
//
// Left out. Blogs, glossaries, courses and articles about other products (the large majority of hosts met); vendor
// blogs with no terms, help or docs page in the corpus (testio.ai, totalshiftleft.ai, qate.ai, makegame.io,
// cobol2now.com, specway.com, getdashbud.com); pages on shared or foreign hosts (Revisor and codingplan.ai on pages.dev,
// QuraEx and DataVision AI on vercel.app, LlamaPReview on github.io, testagent.io's copy on pages.dev, cloudscode's
// terms on pages.dev, Codient AI on an sslip.io address, Web IDE and Creor on pages.dev); hosts customers publish
// their generated sites on (promptpage.site, and vibe.site, where it was unclear whether apps are served from the
// same host); general products whose AI is one feature (DBeaver, Facets, Ankra's Kubernetes platform, dbt Cloud,
// eltpulse.dev's pipeline builder, restapi.com, back4app, datafi.co, Saturn Cloud, aerostack.dev, openapi.com's RAG
// API); generic infrastructure with no model of its own (avm.codes sandboxes, as the c16 codedata pass also judged,
// agenttool.dev, code.to.design's converter); pages that do not say the product uses AI (codingassist.bot calls its
// reviewer deterministic, ttsql.com, plainquery.app, formulaworkspace.com, websiteinc.ai, FinetuneDB's privacy
// notice); placeholder or template pages (easymvp.io); self-hosted open-source tools (promptmetrics.dev); personal or
// shared-company pages (neuronx.jagatab.uk, council.stardreamgames.com, botcom.fi, docs-labs.com's formula extension,
// vibecc.viettk.com, meridian.getnimbus.net); add-ons with no web app of their own (QAxelerate in Jira on
// qa24by7.com, AI Formula Builder on 33aais.com, FormulaPilot); and products another kind covers (AgentBuild's
// site publishing, ButtonAI, AI Prompt Master, palvoro.com). Two hosts belong to existing entries in other passes'
// files and are left as leads for them rather than added as second rows: testerarmy.ai serves the same terms as
// `testerarmy` (tester.army, long-tail-c14-ycleads.ts), and qualgent.ai (its acceptable-use policy describes
// autonomous AI testing of mobile apps) is the site of `qualgent-link` (qualgent.link, long-tail-c13-yc.ts).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17DevaiTools: Tool[] = defineTools(
  'coding',
  [
    // --- AI pull-request and code review ---
    { id: 'codereviewr', name: 'CodeReviewr', vendor: 'CodeReviewr', domains: ['codereviewr.app'], source: 'https://codereviewr.app/terms' }, // terms: AI-generated reviews of GitHub pull requests, billed by tokens
    { id: 'codepulse-reviews', name: 'CodePulse Reviews', vendor: 'Keep Pushing Forward Ltd (CodePulse)', domains: ['review.codepulsehq.com'], source: 'https://review.codepulsehq.com/terms' }, // terms: pull requests run through a large language model, review posted to GitHub and Slack
    { id: 'reviewww', name: 'Reviewww', vendor: 'Antech Software Pty Ltd', domains: ['reviewww.ai'], source: 'https://reviewww.ai/terms.html' }, // terms: AI code review GitHub App with embeddings for context
    { id: 'codesentri', name: 'CodeSentri', vendor: 'CrashBytes', domains: ['codesentri.com'], source: 'https://codesentri.com/terms' }, // terms: AI review of GitHub pull requests and GitLab merge requests
    // --- AI coding assistants and cloud coding agents ---
    { id: 'chatcode-co', name: 'ChatCode', vendor: 'ChatCode', domains: ['chatcode.co'], source: 'https://chatcode.co/privacy' }, // privacy: coding containers whose chat goes to Anthropic, OpenAI and Google models
    { id: 'hellocode-ai', name: 'hellocode.ai', vendor: 'hellocode.ai', domains: ['hellocode.ai'], source: 'https://hellocode.ai/privacy' }, // privacy: coding service routing AI requests with file context to model providers
    { id: 'coder-model', name: 'Coder Model', vendor: 'Coder Model', domains: ['codermodel.com'], source: 'https://codermodel.com/legal/privacy-policy' }, // privacy: desktop app and LLM proxy that logs model requests
    { id: 'codecloud-dev', name: 'codecloud', vendor: 'codecloud', domains: ['codecloud.dev'], source: 'https://codecloud.dev/privacy' }, // privacy: cloud AI coding agent running on GitHub repositories with the user's LLM keys
    { id: 'vycode', name: 'Vycode', vendor: 'Vycode', domains: ['vycode.ai'], source: 'https://vycode.ai/privacy' }, // privacy: VS Code extension whose completions come from several AI model providers
    { id: 'debugai-io', name: 'DebugAI', vendor: 'DebugAI', domains: ['debugai.io'], source: 'https://debugai.io/privacy' }, // privacy: VS Code debugger that sends errors and code snippets for AI analysis
    { id: 'code-solver-pro', name: 'Code Solver Pro', vendor: 'aiprogrammer.top', domains: ['aiprogrammer.top'], source: 'https://aiprogrammer.top/privacy.html' }, // privacy: screenshots of coding problems solved by an OpenAI model
    { id: 'codealive', name: 'CodeAlive', vendor: 'CodeAlive', domains: ['codealive.ai'], source: 'https://docs.codealive.ai/features/codebase-chat' }, // docs: AI chat over a knowledge graph of the codebase
    { id: 'cinnacode', name: 'Cinnacode', vendor: 'Cinnacode', domains: ['cinnacode.in'], source: 'https://cinnacode.in/terms.html', region: 'india' }, // terms: VS Code assistant on Claude, paid by credits
    { id: 'fizzlycode', name: 'FizzlyCode', vendor: 'FizzlyCode', category: 'developer-platform', domains: ['fizzlycode.com'], source: 'https://fizzlycode.com/terms' }, // terms: AI code-generation API with several language models
    { id: 'codecraft-expert', name: 'CodeCraft AI', vendor: 'CodeCraft AI, Inc.', domains: ['codecraft.expert'], source: 'https://www.codecraft.expert/terms' }, // terms: code generated by language models, then reviewed by developers
    { id: 'biab-agents', name: 'agents.biab.cloud', vendor: 'biab.cloud', domains: ['agents.biab.cloud'], source: 'https://agents.biab.cloud/legal/terms.html' }, // terms: in-browser IDE with configurable AI agents
    // --- AI testing co-pilot ---
    { id: 'veloai-testing-copilot', name: 'VeloAI Testing Co-pilot', vendor: 'Inspired Testing', domains: ['velo-ai.tech'], source: 'https://velo-ai.tech/terms-and-policies/user-terms-of-service' }, // terms: a credit-metered testing co-pilot service
    // --- prompt-to-app and prompt-to-site builders ---
    { id: 'app2-dev', name: 'App2', vendor: 'App2 Labs Inc.', domains: ['app2.dev'], source: 'https://app2.dev/terms' }, // terms: web and mobile apps built from descriptions with Claude, GPT-4 and Gemini
    { id: 'appcafe', name: 'AppCafe', vendor: 'AppCafe', domains: ['appcafe.com'], source: 'https://clone.appcafe.com/terms' }, // terms: AI-powered generation of apps and websites
    { id: 'blox-ios-builder', name: 'Blox', vendor: 'Blox', domains: ['tryblox.app'], source: 'https://docs.tryblox.app/terms' }, // terms: AI builds native SwiftUI apps from descriptions
    { id: 'applora', name: 'Applora', vendor: 'PitchCall, Inc.', domains: ['applora.io'], source: 'https://www.applora.io/terms' }, // terms: an AI agent builds Flutter apps from plain-language prompts
    { id: 'builtbyme-ai', name: 'BuiltByMe.ai', vendor: 'BuiltByMe.ai', domains: ['builtbyme.ai'], source: 'https://builtbyme.ai/terms' }, // terms: AI models generate deployable web apps from prompts
    { id: 'build0-ai', name: 'build0', vendor: 'build0', domains: ['build0.ai'], source: 'https://build0.ai/tos' }, // terms: AI assistants generate and deploy web applications
    { id: 'vibe-to-app', name: 'Vibe to App', vendor: 'Vibe to App', domains: ['vibe-to-app.com'], source: 'https://www.vibe-to-app.com/terms-and-conditions' }, // terms: AI-powered app development from natural language
    { id: 'websiteguy-ai', name: 'websiteguy.ai', vendor: 'websiteguy.ai', domains: ['websiteguy.ai'], source: 'https://websiteguy.ai/refund-policy' }, // refund policy: the setup fee pays for AI generation of the customer's site
    { id: 'mobincube-ai', name: 'Mobincube AI', vendor: 'Mobincube', domains: ['ai.mobincube.com'], source: 'https://ai.mobincube.com/terms' }, // terms: native Android and iOS apps generated by AI from prompts
    { id: 'aiplugin-dev', name: 'AIPlugin.dev', vendor: 'AIPlugin.dev', domains: ['aiplugin.dev'], source: 'https://aiplugin.dev/docs/key-concepts/' }, // docs: WordPress plugins and themes built with AI from a requirements document
    { id: 'ai-wp-coder', name: 'AI WP Coder', vendor: 'AI WP Coder', domains: ['aiwpcoder.com'], source: 'https://www.aiwpcoder.com/pages/terms' }, // terms: WordPress plugins and themes generated by artificial intelligence
    { id: 'buildplugins-ai', name: 'BuildPlugins.ai', vendor: 'BuildPlugins.ai', domains: ['buildplugins.ai'], source: 'https://buildplugins.ai/help/how-it-works' }, // help: a chain of AI agents writes the WordPress plugin
    // --- design-to-code ---
    { id: 'pixtocode', name: 'PixToCode', vendor: 'PixToCode', domains: ['pixtocode.com'], source: 'https://pixtocode.com/terms' }, // terms: Figma designs turned into code by Claude
    { id: 'nextmark-studio', name: 'NextMark Studio', vendor: 'NextMark', domains: ['studio.nextmark.ae'], source: 'https://www.studio.nextmark.ae/terms' }, // terms: AI converts Figma designs into Tailwind CSS
    { id: 'design2liquid', name: 'Design2Liquid', vendor: 'Design2Liquid', domains: ['design2liquid.com'], source: 'https://design2liquid.com/terms' }, // terms: AI turns Figma frames into Shopify Liquid sections
    { id: 'figmate-app', name: 'Figmate', vendor: 'Figmate', category: 'image', domains: ['figmate.app'], source: 'https://www.figmate.app/terms' }, // terms: AI UI generation inside Figma, paid by credits
    { id: 'figma2jira', name: 'Figma2Jira', vendor: 'Good Looking Code, LLC', category: 'productivity', domains: ['figma2jira.com'], source: 'https://www.figma2jira.com/terms' }, // terms: Gemini turns Figma comments into Jira tickets
    // --- text-to-SQL and AI data analysis ---
    { id: 'ai-sql-chat', name: 'AI-SQL-Chat', vendor: 'AI-SQL-Chat', category: 'other', domains: ['aisql.pl'], source: 'https://aisql.pl/en/privacy.html', region: 'europe' }, // privacy: SQL generated from prompts and an uploaded schema
    { id: 'chatwithdb', name: 'ChatWithDB', vendor: 'ChatWithDB', category: 'other', domains: ['chatwithdb.com'], source: 'https://chatwithdb.com/privacy' }, // privacy: AI-powered natural-language queries on connected databases
    { id: 'write2sql', name: 'Write2SQL', vendor: 'Write2SQL', category: 'other', domains: ['write2sql.com'], source: 'https://write2sql.com/privacy' }, // privacy: prompts logged for AI SQL generation
    { id: 'datainsight-live', name: 'DataInsight', vendor: 'DataInsight', category: 'other', domains: ['datainsight.live'], source: 'https://www.datainsight.live/terms' }, // terms: AI-native spreadsheet analysis with an AI disclaimer
    { id: 'agentic-analyst', name: 'AI Analyst (agenticanalyst.io)', vendor: 'agenticanalyst.io', category: 'other', domains: ['agenticanalyst.io'], source: 'https://www.agenticanalyst.io/privacy' }, // privacy: SQL and insights generated by OpenAI and Anthropic models
    { id: 'vibe-bi', name: 'Vibe BI', vendor: 'Obliq LLC', category: 'other', domains: ['vibe-bi.ai'], source: 'https://www.vibe-bi.ai/terms' }, // terms: AI-powered BI over the user's databases in natural language
    { id: 'bi-jedi', name: 'BI Jedi', vendor: 'BI Jedi', category: 'other', domains: ['bijedi.com'], source: 'https://www.bijedi.com/terms' }, // terms: AI-powered BI with monthly AI token quotas
    { id: 'sheet-formula-ai', name: 'Sheet Formula AI', vendor: 'Sheet Formula AI', category: 'productivity', domains: ['sheetformulaai.com'], source: 'https://sheetformulaai.com/privacy' }, // privacy: formula generation for Sheets and Excel
    // --- MCP hosting, agent platforms and RAG ---
    { id: 'mcp-cloud-io', name: 'MCP Cloud', vendor: 'MCP Cloud', category: 'developer-platform', domains: ['mcp-cloud.io'], source: 'https://mcp-cloud.io/terms.html' }, // terms: launches and hosts Model Context Protocol servers, pay per call
    { id: 'pmcp-run', name: 'PMCP Run', vendor: 'PMCP Run', category: 'developer-platform', domains: ['pmcp.run'], source: 'https://eu-west.pmcp.run/terms' }, // terms: managed hosting for MCP servers
    { id: 'mcpfordevs', name: 'MCPForDevs', vendor: 'MCPForDevs', category: 'developer-platform', domains: ['mcpfordevs.com'], source: 'https://mcpfordevs.com/terms' }, // terms: exposes customer APIs as MCP servers for AI agents
    { id: 'cloud-mcp', name: 'Cloud MCP', vendor: 'Cloud MCP, Inc.', category: 'developer-platform', domains: ['cloudmcp.dev'], source: 'https://app.cloudmcp.dev/terms' }, // terms: hosted MCP management platform
    { id: 'agentic-studio-dev', name: 'Agentic Studio', vendor: 'Agentic Studio', category: 'agents', domains: ['agenticstudio.dev'], source: 'https://agenticstudio.dev/privacy' }, // privacy: platform for building and testing agentic workflows
    { id: 'agentivity', name: 'Agentivity', vendor: 'Agentivity', category: 'agents', domains: ['agentivity.io'], source: 'https://www.agentivity.io/legal/ai-policy' }, // AI policy: AI agent teams powered by LLMs the user connects
    { id: 'ailog-rag', name: 'Ailog', vendor: 'Ailog', category: 'developer-platform', domains: ['ailog.fr'], source: 'https://app.ailog.fr/fr/docs/api', region: 'europe' }, // API docs: RAG-as-a-Service for AI-driven applications
    // --- fine-tuning, prompt tooling and API relays ---
    { id: 'fine-tune-lab', name: 'Fine-Tune Lab', vendor: 'Fine-Tune Lab', category: 'developer-platform', domains: ['finetunelab.ai'], source: 'https://finetunelab.ai/terms' }, // terms: cloud fine-tuning, testing and deployment of LLMs
    { id: 'llmtune-io', name: 'LLMTune', vendor: 'LLMTune', category: 'developer-platform', domains: ['llmtune.io'], source: 'https://docs.llmtune.io/fine-tuning/overview' }, // docs: fine-tuning jobs and inference for platform models
    { id: 'aisle-sh', name: 'Aisle', vendor: 'Aisle', category: 'developer-platform', domains: ['aisle.sh'], source: 'https://aisle.sh/docs/features/using-playgrounds' }, // docs: prompt library with playgrounds comparing models
    { id: 'aicodewith', name: 'aicodewith', vendor: 'aicodewith.com', category: 'developer-platform', domains: ['aicodewith.com'], source: 'https://aicodewith.com/en/terms' }, // terms: prepaid proxy forwarding to AI model APIs
  ],
  { checked: CHECKED_C17 },
);
