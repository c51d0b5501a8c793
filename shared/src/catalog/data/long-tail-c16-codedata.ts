// Sixteenth session, codedata pass (2026-12-06, issue 15, helper `codedata`): coding, app-building and data AI tools.
// Leads came from searches of the stored `pages` and `docs` corpora by product kind and by the wording vendors use in
// their own docs (AI code review GitHub apps, AI test generation and QA agents, autonomous coding agents that turn a
// ticket into a pull request, AI documentation generators, prompt-to-app and AI website builders, design-to-code, AI
// data analysts and text-to-SQL, AI spreadsheet analysts, AI BI and charting, prompt playgrounds and LLM routers with a
// web UI, data-engineering agents, AI backend generators, model API resellers): 56 look-ups to find leads, 4 more to
// check the uncertain ones. Every host met in the results that could be a product (145 hosts, general software and
// blogs included) was classified with /work/helpers/classify-hosts.mts: 28 of 145 (19.3%) before this pass, 77 of 145
// (53.1%) after. Each row cites the vendor's own page with a path (docs, help, blog or legal page) on the host it
// claims, as stored in the `pages` corpus on the day.
// Left out: general software whose AI is one feature (Codacy, DBeaver, Dorik, BrowserStack, TestingBot, Holistics,
// GoodData, Kvery, SaturnSQL, Devpilot's terminal, CNAP, Unstoppable Domains' site builder, TrustPager, SqlDBM,
// Optilogic, Vansah, TestPlanIt, Test Orchestrator, Specway, dbt Copilot with no URL of its own, select-db,
// ChartQuery's chart API, csvdiff.app), hosts users publish their apps on (vibelyagent.com, beside Vibely's own
// vibely.sh), products whose only page is a bare homepage (gitask.org, Quorum at quorum.hibernyte.com), hosts no stored
// page ties to a product (forgelo.com, codexirra.com, syntetica.ai, voov.ai, theaiplatform.app), Mistflow (its MCP
// tools for AI editors plan apps without a model, by its own docs), Intuned's scraper agent (one feature of a
// browser-automation platform), infrastructure (avm.codes sandboxes, typedef.ai), agencies and courses, shared hosts
// (vercel.app, pages.dev, framer.website, mintlify.wiki) and third-party blogs.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools } from './define';

export const longTailC16CodedataTools: Tool[] = defineTools(
  'coding',
  [
    // AI code review, test generation and QA agents.
    { id: 'critique-sh', name: 'Critique', vendor: 'Leemer Group', domains: ['critique.sh'], source: 'https://www.critique.sh/introduction' }, // its product guide: a GitHub App that runs AI review on every pull request and posts a "Critique / Review" check, with repo chat and fixes in its web app
    { id: 'codepeel', name: 'CodePeel', vendor: 'CodePeel', domains: ['codepeel.forinit.com'], source: 'https://codepeel.forinit.com/docs/auto-test' }, // its docs: after its AI review of a pull request it generates unit tests and opens a second pull request; only this host of forinit.com is claimed
    { id: 'burg-ai', name: 'Burg AI', vendor: 'Burg AI', domains: ['agent.raegent.com'], source: 'https://agent.raegent.com/docs/introduction/product-overview' }, // its product overview: an AI code-review assistant that reviews GitHub pull requests with your own LLM key; only the agent host is claimed
    { id: 'shiplight-ai', name: 'Shiplight AI', vendor: 'Shiplight', domains: ['shiplight.ai'], source: 'https://www.shiplight.ai/blog/the-best-pr-test-generation-service-does-not-start-with-test-generation' }, // its blog: an AI QA agent that reads a pull request's diff and verifies the affected user flow in a real browser
    { id: 'testgenai', name: 'TestGenAI', vendor: 'TestGenAI', domains: ['testgenai.com'], source: 'https://docs.testgenai.com/plan-and-credits/how-credits-work' }, // its docs: credits pay for the AI generating test checklists and test cases from requirements
    { id: 'priiism', name: 'Priiism', vendor: 'Priiism', domains: ['priiism.ai'], source: 'https://priiism.ai/docs/autonomous-agent' }, // its docs: an autonomous agent that works through a GitHub milestone's issues, writing code and opening pull requests
    { id: 'buildlyq', name: 'Buildly (buildlyq.com)', vendor: 'Buildly', domains: ['buildlyq.com'], source: 'https://buildlyq.com/blog/backlog-to-branch-anatomy-of-a-task' }, // its blog: its coding agent picks up a Jira ticket and opens the pull request
    { id: 'ensurefix', name: 'EnsureFix', vendor: 'EnsureFix', domains: ['ensurefix.com'], source: 'https://ensurefix.com/blog/anatomy-of-autonomous-pull-request' }, // its blog: tickets from Jira go through its planning and coding agents to an autonomous pull request
    // AI documentation generators.
    { id: 'codec8', name: 'Codec8', vendor: 'Codec8', domains: ['codec8.com'], source: 'https://codec8.com/blog/document-codebase-automatically-with-ai' }, // its blog: connects to a GitHub repository and generates README, API docs, architecture diagrams and setup guides with AI
    { id: 'repowise', name: 'Repowise', vendor: 'Repowise', domains: ['repowise.dev'], source: 'https://www.repowise.dev/blog/guides/auto-generate-codebase-documentation-ai' }, // its guide: LLM-generated codebase documentation kept in sync with the code, using Repowise
    // Prompt-to-app, design-to-code and AI website builders.
    { id: 'alchemify', name: 'Alchemify', vendor: 'Alchemify', domains: ['alchemify.ai'], source: 'https://docs.alchemify.ai/user-guide/builder' }, // its user guide: the AI Builder turns plain-language requests into tables, pages and sample data for your app
    { id: 'chattee', name: 'Chattee', vendor: 'Chattee', domains: ['chattee.ai'], source: 'https://chattee.ai/blog/how-prompt-to-app-works' }, // its blog on prompt-to-app building, naming Chattee among the AI app builders
    { id: 'sketchflow-ai', name: 'Sketchflow.ai', vendor: 'Sketchflow', domains: ['sketchflow.ai'], source: 'https://www.sketchflow.ai/blog/insights/what-you-need-beyond-ai-to-launch-complete-mobile-app' }, // its blog: an AI app builder that generates multi-screen apps and exports native Swift and Kotlin code
    { id: 'koder-ai', name: 'Koder.ai', vendor: 'Koder.ai', domains: ['koder.ai'], source: 'https://koder.ai/blog/build-mobile-app-idea-to-deployment-using-ai-generated-logic' }, // its blog: a vibe-coding tool that turns a chat-based plan into screens, APIs and data models
    { id: 'vibely', name: 'Vibely', vendor: 'Vibely', domains: ['vibely.sh'], source: 'https://docs.vibely.sh/docs/workspace/project-settings' }, // its docs: AI-built projects with builds, AI suggestions and publishing; the *.vibelyagent.com hosts users publish to are not claimed
    { id: 'craftpad-ai', name: 'Craftpad', vendor: 'Craftpad', domains: ['craftpad.ai'], source: 'https://craftpad.ai/blog/ai-website-builder-how-it-works' }, // its blog: describe a site and its AI generates editable blocks, then publishes
    { id: 'forge-ai-technology', name: 'Forge AI', vendor: 'Forge AI Technology', domains: ['forgeaitechnology.com'], source: 'https://www.forgeaitechnology.com/privacy.html' }, // its privacy policy: AI generation tools that build websites from prompts sent to Anthropic's API, paid in credits
    { id: 'webforger-ai', name: 'WebForger', vendor: 'Always Digital Limited (HornTech)', domains: ['webforger.ai'], source: 'https://webforger.ai/terms-of-use/' }, // its terms: a website-building service whose pages start as AI-generated drafts
    { id: 'firejet', name: 'FireJet', vendor: 'FireJet', domains: ['firejet.io'], source: 'https://firejet.io/blog/What%20makes%20FireJet%20different' }, // its blog: converts Figma designs to code, ranking layout groupings with a neural network
    { id: 'aion-agent', name: 'Aion', vendor: 'Aion', domains: ['aionagent.app'], source: 'https://www.aionagent.app/use-cases' }, // its use cases: a Sentry error becomes an agent-written fix and pull request that it deploys after your approval
    { id: 'vulk-dev', name: 'Vulk', vendor: 'Vulk', domains: ['vulk.dev'], source: 'https://vulk.dev/es/blog/how-ai-handles-backend-generation-automatically' }, // its blog: how its AI builder infers the database schema and backend from an app description
    { id: 'archiet', name: 'Archiet', vendor: 'Archiet', domains: ['archiet.com'], source: 'https://archiet.com/blog/ai-backend-code-generator' }, // its guide: an architecture-first AI generator that plans a system blueprint, then writes backend, frontend and mobile code
    { id: 'axtl', name: 'AXTL', vendor: 'AXTL', domains: ['axtl.dev'], source: 'https://docs.axtl.dev/guides/create-a-backend' }, // its docs: generate and deploy a backend API from plain-English requirements
    // Coding and data agents with a web console.
    { id: 'polpo', name: 'Polpo', vendor: 'Polpo', category: 'agents', domains: ['polpo.sh'], source: 'https://polpo.sh/blog/how-to-build-cloud-coding-agent' }, // its guide: define a coding agent and run it in Polpo Cloud's sandbox, with its LLM gateway
    { id: 'frona', name: 'Frona', vendor: 'Frona', category: 'agents', domains: ['frona.ai'], source: 'https://docs.frona.ai/platform/agents/apps/overview.html' }, // its docs: agents write and deploy web apps and dashboards after your approval
    { id: 'nairi', name: 'Nairi', vendor: 'Nairi', category: 'agents', domains: ['nairi.ai'], source: 'https://nairi.ai/use-cases/data-analyst' }, // its use-case page: an agent in Slack that writes and runs SQL on your warehouse
    { id: 'hellorecruiter', name: 'HelloRecruiter', vendor: 'HelloRecruiter', category: 'agents', domains: ['hellorecruiter.ai'], source: 'https://docs.hellorecruiter.ai/candidates-guide/code-interview' }, // its candidates' guide: an AI interviewer runs and scores a live coding interview in a browser editor
    // Prompt playgrounds and model routers with a web UI.
    { id: 'agentmark', name: 'AgentMark', vendor: 'AgentMark', category: 'developer-platform', domains: ['agentmark.co'], source: 'https://docs.agentmark.co/platform/prompt_management/playground' }, // its docs: a prompt playground that runs one prompt across several models side by side
    { id: 'strongly-ai', name: 'Strongly.AI', vendor: 'Strongly.AI', category: 'developer-platform', domains: ['strongly.ai'], source: 'https://docs.strongly.ai/docs/prompt-studio/comparing' }, // its docs: Prompt Studio compares up to four AI Gateway models on one prompt
    { id: 'privaterouter', name: 'PrivateRouter', vendor: 'PrivateRouter', category: 'developer-platform', domains: ['privaterouter.com'], source: 'https://dev.privaterouter.com/docs/playground' }, // its docs: a model router with a side-by-side model playground and auto-routing
    { id: 'llmroute', name: 'LLM Gateway (llmroute.xyz)', vendor: 'llmroute.xyz', category: 'developer-platform', domains: ['llmroute.xyz'], source: 'https://llmroute.xyz/docs' }, // its docs: an OpenAI-compatible routing gateway at api.llmroute.xyz that picks a model per request, with a key dashboard
    { id: 'ai-api-cloud', name: 'ai-api.cloud', vendor: 'ai-api.cloud', category: 'developer-platform', domains: ['ai-api.cloud'], source: 'https://ai-api.cloud/docs/faq/index' }, // its FAQ: one key and balance for OpenAI- and Anthropic-style model APIs, with a usage page
    { id: 'api-airforce', name: 'Airforce API', vendor: 'api.airforce', category: 'developer-platform', domains: ['api.airforce'], source: 'https://resell.api.airforce/en/app/docs' }, // its docs: OpenAI-, Anthropic- and Gemini-compatible endpoints for many models, billed from a credit balance
    // AI data analysts, spreadsheet analysts and AI BI.
    { id: 'sequel-sh', name: 'Sequel', vendor: 'Sequel', category: 'productivity', domains: ['sequel.sh'], source: 'https://sequel.sh/blog/what-is-an-ai-data-analyst' }, // its guide to AI data analysts, the text-to-SQL product it makes
    { id: 'colrows', name: 'Colrows AI Data Analyst', vendor: 'Colrows', category: 'productivity', domains: ['colrows.com'], source: 'https://www.colrows.com/docs/saas/ai_data_analyst.html' }, // its docs: the AI Data Analyst answers plain-English questions with generated SQL and charts over its semantic layer
    { id: 'bag-of-words', name: 'Bag of Words', vendor: 'Bag of Words', category: 'productivity', domains: ['bagofwords.com'], source: 'https://docs.bagofwords.com/using-bow/data_source' }, // its docs: AI agents query your databases and warehouses with tables, dbt and Tableau context
    { id: '42cells', name: '42cells', vendor: '42cells', category: 'productivity', domains: ['42cells.com'], source: 'https://docs.42cells.com/conversations' }, // its docs: a chat whose AI agent writes and runs SQL across your databases and builds charts
    { id: 'datahub-pro', name: 'DataHub Pro', vendor: 'DataHub Pro', category: 'productivity', domains: ['datahubpro.co.uk'], source: 'https://www.datahubpro.co.uk/how-ai-reads-excel-files' }, // its page: upload an Excel file and its AI answers questions about it in plain English
    { id: 'overten-ai', name: 'Overten AI', vendor: 'Overten AI', category: 'productivity', domains: ['overtenai.com'], source: 'https://apidocs.overtenai.com/guides/analyze' }, // its API guide: an Excel agent that builds or analyses uploaded workbooks from a prompt
    { id: 'sparkco-ai', name: 'Sparkco Text-to-Excel', vendor: 'Sparkco', category: 'productivity', domains: ['sparkco.ai'], source: 'https://sparkco.ai/blog/build-data-model-from-requirements' }, // its page: an AI Excel generator that builds models with formulas from plain-English requirements
    { id: 'analyzedata', name: 'AnalyzeData', vendor: 'AnalyzeData', category: 'productivity', domains: ['analyzedata.io'], source: 'https://analyzedata.io/blog/generative-ai-for-data-visualization' }, // its guide: its AI data visualization tool turns a spreadsheet and a request into charts
    { id: 'superbi', name: 'superbi', vendor: 'superbi', category: 'productivity', domains: ['superbi.live'], source: 'https://superbi.live/de/blog/generative-ai-data-visualization' }, // its blog names superbi as AI-native BI that turns questions into charts and dashboards
    { id: 'mljar', name: 'MLJAR', vendor: 'MLJAR', category: 'productivity', domains: ['mljar.com'], source: 'https://mljar.com/blog/why-ipynb-is-perfect-format-for-saving-ai-data-analysis-conversations/' }, // its blog: the AI data analyst it builds keeps each conversation as a Jupyter notebook
    { id: 'datus-ai', name: 'Datus', vendor: 'Datus', category: 'productivity', domains: ['datus.ai'], source: 'https://datus.ai/blog/data-engineering-agent' }, // its blog on the data engineering agent it makes (open source): SQL, pipelines and answers from natural language with learned context
    { id: 'datris-ai', name: 'Datris', vendor: 'Datris', category: 'productivity', domains: ['datris.ai'], source: 'https://datris.ai/blog/an-agent-should-build-the-path-not-just-narrate-it' }, // its blog: its agent builds the ingestion pipeline, requests credentials and runs the load from a plain request
    { id: 'matih', name: 'MATIH', vendor: 'MATIH', category: 'productivity', domains: ['matih.ai'], source: 'https://docs.matih.ai/blog/dp-09-nl-data-engineering/' }, // its docs blog: agents turn a plain request into a data pipeline, preview it and deploy after approval
  ],
  { checked: CHECKED_C16 },
);
