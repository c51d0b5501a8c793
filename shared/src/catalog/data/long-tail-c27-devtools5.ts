// Twenty-seventh session, fifth devtools pass (2026-12-07, helper `devtools5`): AI developer products the catalog still
// missed, beside the earlier developer passes (data/coding.ts, long-tail-coding.ts, long-tail-c5-vibe-coding.ts,
// long-tail-c16-codedata.ts, long-tail-c17-devai.ts, long-tail-c19-devtools.ts, long-tail-c19-llmops.ts,
// long-tail-c22-devtools3.ts, long-tail-c24-devtools4.ts, long-tail-c25-apis.ts), whose rows and queries are not
// repeated here. Here: prompt-to-app builders (a web-app builder and a mobile-app builder whose prompts go to Claude),
// AI pull-request reviewers and a PR-description writer, AI QA agents that run plain-English tests in a browser (and
// one enterprise AI test platform), an LLM verifier for static-analysis findings, a VS Code AI extension, an AI error
// analyser, AI documentation generators fed from GitHub and a chat over GitHub repositories.
//
// Leads. 39 look-ups, all with the `search` tool in the stored `pages` corpus, counted as they were made. Queries worded
// the way small vendors word their own pages: pricing ("per seat", "per PR", "credits", "BYOK for unlimited reviews"),
// docs and getting-started pages that name the model ("defaultModel: claude-sonnet-4-5", "uses Claude Sonnet to review
// diffs", "GPT-4o-mini"), privacy pages that say what is sent where ("code diffs are sent to OpenAI and Anthropic",
// "stack traces sent to OpenAI", "schema and questions sent to Claude", "repository files sent to an LLM to generate
// documentation", "page HTML and screenshots sent to generate tests", "prompts logged through our proxy") and "we do
// not train on your code", by kinds (code review, unit and end-to-end test generation, commit messages, docs
// generators, text-to-SQL, regex and DAX generators, n8n workflow generators, standup summaries, postmortems, LLM SAST
// triage, AI pentest, ticket-to-PR agents, warehouse copilots, code converters, LLM observability and proxies, VS Code
// extensions, vibe-coding builders) and in German (twice), French, Japanese, Portuguese, Spanish, Korean and Chinese.
// The non-English queries returned articles, tutorials, big vendors' pages and hosts already listed; every row below
// came from an English vendor page. Most vendor hosts met were listed already (see below). Every row cites a page with
// a path on the product's own host (for Bug0 its docs host; for Seal and Assertly, the claimed subdomain; for Appvance,
// ProductLoop and Kulvex, a post on the vendor's own blog about its own product) where the vendor says the product
// builds, reviews, tests, documents, explains or answers with AI, an LLM or named model providers. Hosts were run
// through /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c27 files checked first.
//
// Two subdomains are claimed alone because their parents are not the product or were not read: seal.desicon.ai (Seal,
// an error-analysis service of desicon.ai) and assertly.ogbuilds.ai (Assertly, on a studio's host whose other
// subdomain, accentai.ogbuilds.ai, is already its own entry and whose root is a trap of lookalikes-c18-companions).
//
// Measured with /work/helpers/classify-hosts.mts on the 244 hosts the searches returned (vendors, docs hosts, blogs,
// news, mirrors, forges and shared hosts alike, in /work/helpers/out/devtools5-hosts.txt): 42 classified before
// (17.2%), 58 after (23.8%).
//
// Same names: SyntX here (syntx.dev, a VS Code AI extension by Orangecat Technologies) is not Syntx AI (syntx.ai, a
// Russian AI aggregator in regional-3.ts); different vendors and products.
//
// Doubtful rows: SyntX's policy says it connects to the model the user configures and ships no default model (a
// bring-your-own-model extension, listed because its site is the product's and the policy calls it an AI integration
// platform); GitAskHub's privacy page describes a chat over GitHub repositories whose packed code goes into a system
// prompt without naming a model provider; DocFlow was left out by long-tail-c25-refundsc.ts on a page that said AI only
// in the brand, and its privacy page read here says an LLM drafts the documentation from merged PRs; ProductLoop's and
// Kulvex's rows rest on their own blog posts (plain-English browser tests run by an AI agent; a local LLM that
// downgrades SAST false positives, "shipping for six months"); Appvance's post names its AIQ platform as powered by
// generative AI.
//
// Already listed and left to their entries: CodePeel, CodePulse Reviews, CodeReviewr, Welltested, CommitMind,
// docs-keeper, Repowise, Vycode, aisql.pl (AI-SQL-Chat), Intelli Analytics, BuildLegal, SiteMachine, GPT0, Zenslate,
// Koder.ai, Fimil, Priiism, Brewit, TrustedRouter, aicodewith, Testim, testers.ai and coTestPilot, AntFleet,
// PRMergeSafe, ErrorDecoder, SchemaWhisper, ChatCode, GoCodeo, OpenCompany, wdllm, Logfare, BlackRoute, codecloud.
//
// Left out. Traps of earlier passes: anvat.app (an LLM proxy pilot, lookalikes-c26-mcp), faray.tech's LMCS Cloud
// (lookalikes-c19-llmops), preview.naturalquery.ai (a preview host, lookalikes-c18-aliases; NaturalQuery's privacy
// page there names Claude: a lead once its own host is read), heybeagle.com (seen only on its blog). Products whose AI
// is one feature: docs.heartbeet.downfall24.com (monitoring with an "Explain with AI" button), help.vansah.com (Jira
// test management), www.alteradatasuite.com (a desktop data suite with a DeepSeek regex generator), dbeaver.com,
// docs.coalesce.io, docs.datprof.com, cloud.cdata.com, mongodb.com's query converter, docs.n8n.io's workflow builder,
// aitest.docs.amdocs.com (Amdocs), www.safecommit.app (AI optional, as c24 judged), support.digidenone.tech.
// Pages that do not say the product uses AI, or only in a name or an agent: review.ai's FAQ (as c19 judged),
// trykivo.co's plan limits, querysafe.ai's security page, docs.marketrix.ai's QA runs ("the agent"), enhance.pm's
// daily summary, doxynix.space, customrouter.ai, www.agent-gen.com (an HTML renderer), regexguide.com and
// www.calcworks.app (deterministic explainers), devutl.com (rule-based, "does not call an external AI model").
// Open-source or self-run tools with no hosted service: delightfulhammers.com's Bop (a code-review CLI run with the
// user's own keys: a lead if a hosted plan appears), www.vishwacli.com (a BYOK autocomplete), valkyrlabs.com's VLCode
// (client-side only), rs-guard, review-bot and Serge copies on forges and docs.rs, dsgrid.github.io (datasight),
// ygilany.github.io (AskDB). Drafts and placeholders: promptcompiled.growthsolv.com ("public clone phase"),
// www.videopilotai.com ("Legal placeholder required"). Off-kind or general: distill.ttsolutions.cloud (a prompt
// library on a company subdomain), whycare.aisgf.us, slangify.me, grow2.ai (an automation agency), www.jeeva.ai's and
// deepspeedai.com's guides. Vendors seen only on blogs, forums or mirrors: devos.team (as c22 judged), codpal.io (a
// Reddit mirror), www.hermesbible.com, www.rianinfotech.com (an agency case study),
// aidevreview.com, sloppish.com, theneuralbase.com, security-resilience.ai, makrushin.com, skillsuites.com (`?p=`),
// technewstoday.info (`?p=`). Shared platforms: vercel.app (quorum-sand, diffsense-landing, dev-review-alpha,
// agentmachines), pages.dev, github.io, mintlify.app (Hacktron's docs copy, BugViper), polsia.app (CodeSight),
// workers.dev, sslip.io (Codient AI, as c17 judged), sites.google.com (AutoMate IT), notion.so (SnapRun). Leads:
// Hacktron's code review (on a mintlify copy), BugViper, CodeSight and Quorum once their own hosts are read;
// NaturalQuery (naturalquery.ai); Bop; Marketrix's QA flows if a page says AI.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Devtools5Tools: Tool[] = defineTools(
  'coding',
  [
    // --- prompt-to-app builders ---
    { id: 'buildream', name: 'Buildream', vendor: 'Buildream', domains: ['buildream.dev'], source: 'https://buildream.dev/privacy' }, // privacy: prompts to the AI agent are sent to Anthropic's Claude API; generated code runs in isolated containers and published apps are hosted
    { id: 'shipnative', name: 'ShipNative', vendor: 'ShipNative', domains: ['shipnative.dev'], source: 'https://shipnative.dev/privacy' }, // privacy: app prompts are sent to Anthropic's Claude API to generate mobile-app projects, previewed live in Expo Snack
    // --- AI pull-request reviewers and PR writers ---
    { id: 'revvu', name: 'Revvu', vendor: 'Revvu', domains: ['revvu.xyz'], source: 'https://revvu.xyz/docs/configuration' }, // docs: per-repo settings for what the AI reviewer's findings post as PR comments (confidence floor, categories, auto-resolve)
    { id: 'mergepls', name: 'mergepls', vendor: 'mergepls', domains: ['mergepls.com'], source: 'https://mergepls.com/privacy' }, // privacy: a GitHub App whose pull-request descriptions are generated by Anthropic from the PR's commits and diff
    // --- AI QA agents and test platforms ---
    { id: 'bug0', name: 'Bug0', vendor: 'Bug0', domains: ['bug0.com'], source: 'https://docs.bug0.com/running-tests/live-preview' }, // docs: test steps run by an AI in a cloud browser, with AI reasoning shown for each step
    { id: 'assertly', name: 'Assertly', vendor: 'ogbuilds', domains: ['assertly.ogbuilds.ai'], source: 'https://assertly.ogbuilds.ai/privacy' }, // privacy: natural-language test specs turned into steps by Anthropic's Claude and run in a sandboxed headless browser (subdomain only)
    { id: 'productloop', name: 'ProductLoop', vendor: 'ProductLoop', domains: ['productloop.ai'], source: 'https://www.productloop.ai/blog/testing-in-plain-english/' }, // vendor blog on its product: plain-English regression checks that an AI agent runs in a real browser, graded pass/fail/blocked with screenshots
    { id: 'appvance', name: 'Appvance IQ', vendor: 'Appvance', domains: ['appvance.ai'], source: 'https://appvance.ai/blog/11-considerations-for-responsible-generative-ai-in-software-testing' }, // vendor blog: its AIQ testing platform is powered by generative AI, set against cobbling tests together with an LLM
    // --- AI security triage and error analysis ---
    { id: 'kulvex', name: 'Kulvex', vendor: 'Kulvex', domains: ['kulvex.ai'], source: 'https://kulvex.ai/blog/sast-false-positives-local-llm-verifier' }, // vendor blog on its product: a deterministic code scanner with a small local LLM verifier that downgrades false positives
    { id: 'seal-desicon', name: 'Seal', vendor: 'Desicon', domains: ['seal.desicon.ai'], source: 'https://seal.desicon.ai/privacy' }, // privacy: error telemetry from its SDK is sent to OpenAI (BYOK) and AI-generated error analysis is delivered to Slack or Discord (subdomain only)
    // --- IDE assistants, docs generators and repository Q&A ---
    { id: 'syntx-vscode', name: 'SyntX for VS Code', vendor: 'Orangecat Technologies Private Limited', domains: ['syntx.dev'], source: 'https://syntx.dev/privacy-policy' }, // privacy: a VS Code extension, "an AI integration platform", for code generation, refactoring, bug fixes and docs with OpenAI, Anthropic, Google, OpenRouter or local models
    { id: 'docflow-ai', name: 'DocFlow', vendor: 'DocFlow', domains: ['aicodedocumentationgenerator.com'], source: 'https://www.aicodedocumentationgenerator.com/privacy/' }, // privacy: a GitHub App that analyses merged PRs and has an LLM draft the code documentation, not trained on customer code
    { id: 'repowrit', name: 'RepoWrit', vendor: 'RepoWrit', domains: ['repowrit.com'], source: 'https://www.repowrit.com/privacy' }, // privacy: a GitHub App whose documentation syncs send code snippets and diffs to Anthropic's Claude API for summaries and doc updates
    { id: 'doccier', name: 'Doccier', vendor: 'Doccier', domains: ['doccier.com'], source: 'https://www.doccier.com/privacy' }, // privacy: documentation, visuals and summaries generated from selected repositories with third-party AI providers (OpenAI, Anthropic)
    { id: 'gitaskhub', name: 'GitAskHub', vendor: 'GitAskHub', domains: ['gitaskhub.com'], source: 'https://gitaskhub.com/privacy/' }, // privacy: a chat over GitHub repositories that packs a repo's source into the system prompt to answer questions
  ],
  { checked: CHECKED_C27 },
);
