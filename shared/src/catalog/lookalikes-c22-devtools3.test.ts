// Traps beside the rows the twenty-second session's third devtools pass added (data/long-tail-c22-devtools3.ts): the
// ordinary developer sites next to each kind of AI tool it added (code hosts, test frameworks, API tools, databases,
// smart-contract references, game and hardware standards sites, infrastructure and incident tools), the parents of the
// claimed subdomains, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close
// to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Devtools3Tools } from './data/long-tail-c22-devtools3';

const GENERAL_SITES = [
  'https://github.com/', // a code host, beside the AI PR reviewers and repository agents
  'https://gitlab.com/', // a code host, beside the AI PR reviewers and repository agents
  'https://docs.github.com/en/actions', // CI docs, beside the AI CI-repair runner
  'https://playwright.dev/', // a test framework, beside the AI test generators
  'https://www.selenium.dev/', // a test framework, beside the AI test generators
  'https://swagger.io/', // OpenAPI tooling, beside the AI API testers
  'https://www.postgresql.org/', // a database, beside the text-to-SQL workforce and agents
  'https://www.snowflake.com/', // a data warehouse, beside the text-to-SQL workforce
  'https://fakerjs.dev/', // a mock-data library, beside the AI synthetic-data API
  'https://soliditylang.org/', // the Solidity language, beside the AI smart-contract pre-audits
  'https://www.openzeppelin.com/', // an audit firm and contract library, beside the AI pre-audits
  'https://etherscan.io/', // a block explorer, beside the AI pre-audits
  'https://create.roblox.com/', // Roblox's creator hub, beside the Roblox AI scripting tool
  'https://www.accellera.org/', // the SystemVerilog standards body, beside the Verilog LLM agents
  'https://developer.hashicorp.com/terraform', // Terraform docs, beside the AI infrastructure-code workflows
  'https://kubernetes.io/', // Kubernetes, beside the AI infrastructure-code workflows
  'https://www.pagerduty.com/', // an incident tool, beside the AI on-call agents
  'https://grafana.com/', // an observability tool, beside the AI on-call agents
  'https://www.readthedocs.org/', // a docs host, beside the AI documentation generator
  'https://www.docker.com/', // a container platform, beside the AI cloud workspaces
  'https://www.w3.org/', // web and accessibility standards, beside the accessibility scanners the pass read
  'https://enji.ai/', // the parent of Enji Guard's claimed subdomain, not read
  'https://raccoonworld.xyz/', // the parent of ContractScan's claimed subdomain, not read
  'https://loopmobile.io/', // the parent of Forge AI's claimed subdomain, not read
  'https://vlsiweb.com/', // the VLSI learning site under which NexEDA runs
  'https://gptlab.ae/', // the parent of DataGen's claimed subdomain, not read
];

const SHARED_PLATFORMS = [
  'https://ai-reliability-copilot.vercel.app/investigate', // a page on a shared platform
  'https://mcp-market.vercel.app/server/prompt-version-control', // a page on a shared platform
  'https://dev-art.vercel.app/neurelo/in-the-land-of-llms-can-we-do-better-mock-data-generation-489', // a page on a shared platform
  'https://web-tau-bice-50.vercel.app/item/47264642', // a page on a shared platform
  'https://ccm-design-engineer.netlify.app/summaries/d0084691000e862c-building-an-autonomous-visual-testing-agent-for-mo-summary', // a page on a shared platform
  'https://alertmind-ai.onrender.com/privacy.html', // a copy of a listed product's policy on a shared platform
  'https://ai-tools-compared.pages.dev/best-workflow-for-using-ai-to-write-infrastructure-as-code-f', // a page on a shared platform
  'https://sysdesign-wiki.pages.dev/systems/gitlab/', // a page on a shared platform
  'https://gptshunter-v2.pages.dev/gpts/profile/user-jZaxlJkxORAQLfSjlRAEJxeL', // a page on a shared platform
  'https://evaluation-curriculum.pages.dev/curriculum/l1/month8/step3_1_code_review_ai', // a page on a shared platform
  'https://opentrouterchange.pages.dev/terms', // a page on a shared platform
  'https://gauthierdmn.github.io/nominal-code/review/', // a self-hosted reviewer's docs on a shared platform
  'https://theluckystrike.github.io/ai-tools-compared/how-to-use-ai-for-automated-code-migration', // a page on a shared platform
];

const LEFT_OUT = [
  'https://app.dev.adopilot.dev/terms', // a dev host with "[YOUR BUSINESS ENTITY NAME]" placeholders
  'https://accessglade.com/terms', // terms with a "[Legal entity]" placeholder, scanning without AI
  'https://platformtechnology.ai/ide-extension-terms-ai-1', // a copy of another vendor's terms
  'https://jupyter-express.com/?p=3', // a bare `?p=` page
  'https://www.docs.wcag-scan.com/', // a docs root with no path
  'https://logfare.logorhythms.dev/consent', // a second host of the listed Logfare proxy: a lead for that entry
  'https://www.accesslumens.com/ai-disclosure', // a deterministic scanner whose AI is one summary feature
  'https://tabon.io/qa/aiName.html', // an optional AI feature of a table tool
  'https://deepnote.com/docs/ai-data-privacy', // a notebook whose AI is one feature
  'https://readme.facets.cloud/docs/kubernetes-ai-agent', // one feature of a platform, as c17 judged
  'https://opsmeter.io/integrations/langsmith-cost-attribution', // a cost tracker that takes no prompts
  'https://costhawk.ai/glossary/opentelemetry', // a cost site, as c20 judged
  'https://www.synthgenapp.dev/docs/endpoints', // API docs that do not say AI
  'https://marbot.io/privacy-policy.html', // an alerting bot whose policy does not say AI
  'https://aidrawio.com/ja/ai-erd-generator', // AI only in the name
  'https://adapt.com/docs/integrations/postgresql', // docs that say "natural language" only
  'https://docs.ssscript.app/reference/bug-reports/', // docs that do not name the product
  'https://kubeintellect.com/kubernetes-ai-ops', // seen only on a topic page
  'https://susatest.com/blog/autonomous-mobile-app-qa-complete-guide-2026', // seen only on its blog
  'https://plccopilot.com/blogs/ai-for-plc-programming', // seen only on a general blog post
  'https://scindo.one/blog/your-agent-reads-the-build-logs', // seen only on its blog
  'https://kition.ai/blog/agent-cicd-integration', // seen only on its blog
  'https://www.queryveil.com/blog/what-your-ai-data-tool-actually-does-with-your-csv', // seen only on its blog, as c18 judged
  'https://gravity.fast/blog/ai-agent-for-datadog-incident-summary/', // seen only on its blog, as c18 judged
  'https://www.aispendguard.com/blog/why-we-dont-store-prompts', // seen only on its blog
  'https://www.riskreview.ai/blog/llm-observability-sensitive-data-logging-compliance', // seen only on its blog
  'https://www.obto.co/site/ob/connect-postgres-to-an-ai-agent', // a guide, not a product page
  'https://www.jupiterbrains.com/technicalblogs/why-your-next-ai-assistant-should-live-behind-your-firewall', // a blog
  'https://devos.team/blog/ai-agent-ci-cd-pipeline-github-actions', // a tutorial
  'https://iambatman.tech/projects/deploywhisper-ai', // a personal project page
  'https://app.thetestingacademy.com/playwright/learn/playwright-ai-agents/', // a course page
];

const NAMESAKES = [
  'https://www.antfleet.com/', // beside AntFleet (antfleet.dev)
  'https://www.aratel.com/', // beside Aratel (aratel.dev)
  'https://www.arcx.com/', // beside arcx (arcx.run)
  'https://aegisrunner.io/', // beside AegisRunner (aegisrunner.com)
  'https://testio.com/', // a crowd-testing company, beside TESTIO.AI (testio.ai)
  'https://www.ratl.com/', // beside ratl.ai (ratl.ai)
  'https://www.forkline.com/', // beside Forkline (forkline.dev)
  'https://www.docup.com/', // beside AI Docs (docup.dev)
  'https://www.limeriq.com/', // beside limerIQ (limeriq.ai)
  'https://www.nexeda.com/', // beside NexEDA (nexeda.vlsiweb.com)
  'https://www.forge.com/', // beside Forge AI (forge.loopmobile.io)
  'https://www.litmus.com/', // an email-testing company, beside Litmus Audit (litmusaudit.xyz)
  'https://www.contractscan.com/', // beside ContractScan (contract-scanner.raccoonworld.xyz)
  'https://www.promptassay.com/', // beside Prompt Assay (promptassay.ai)
  'https://promptseng.io/', // beside Promptseng (promptseng.com)
  'https://metatext.io/', // beside Metatext (metatext.ai)
  'https://www.chion.com/', // beside Chion (chion.ai)
  'https://www.datagen.com/', // beside DataGen (datagen.gptlab.ae)
  'https://www.dezifi.com/', // beside Dezifi (dezifi.ai)
  'https://www.nexoralabs.com/', // beside Nexora Labs (nexoralabs.co.nz)
  'https://www.plaintech.com/', // beside PlainTech (plaintech.app)
  'https://www.replywise.com/', // beside ReplyWise Pro (replywisepro.in)
];

describe('twenty-second-session devtools (devtools3) traps', () => {
  it('adds 23 rows, each with one domain and no prefix', () => {
    expect(longTailC22Devtools3Tools.length).toBe(23);
    expect(longTailC22Devtools3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Devtools3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.antfleet.dev/policy': 'antfleet',
      'https://www.antfleet.dev/about/policy': 'antfleet',
      'https://www.aratel.dev/privacy': 'aratel',
      'https://guard.enji.ai/legal/ai-data-use/': 'enji-guard',
      'https://arcx.run/privacy': 'arcx-run',
      'https://aegisrunner.com/docs/ai-test-generation': 'aegisrunner',
      'https://www.testio.ai/blog/how-testio-ai-works': 'testio-ai',
      'https://docs.ratl.ai/guide/features/api-test': 'ratl-ai',
      'https://forkline.dev/blog/fix-failing-github-actions-ai-runners': 'forkline',
      'https://docs.docup.dev/how-ai-docs-works': 'docup-ai-docs',
      'https://www.limeriq.ai/blog/infrastructure-as-code-generation-from-architecture-diagrams': 'limeriq',
      'https://nexeda.vlsiweb.com/how-it-works': 'nexeda',
      'https://forge.loopmobile.io/blog/lua-vs-luau-ai-codegen-differences': 'forge-ai-roblox',
      'https://www.litmusaudit.xyz/legal': 'litmus-audit',
      'https://contract-scanner.raccoonworld.xyz/terms': 'contractscan',
      'https://promptassay.ai/trust': 'prompt-assay',
      'https://promptseng.com/privacy': 'promptseng',
      'https://docs.metatext.ai/safety-overview': 'metatext-ai',
      'https://chion.ai/integrations/postgresql': 'chion-ai',
      'https://datagen.gptlab.ae/api-developer-info.html': 'datagen-gptlab',
      'https://dezifi.ai/docs/use-cases/incident-response': 'dezifi',
      'https://nexoralabs.co.nz/integrations/postgresql': 'nexora-labs',
      'https://plaintech.app/privacy': 'plaintech-app',
      'https://replywisepro.in/privacy-policy': 'replywise-pro',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
