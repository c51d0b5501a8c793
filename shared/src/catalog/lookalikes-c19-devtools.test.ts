// Traps beside the rows the nineteenth session's devtools pass added (data/long-tail-c19-devtools.ts): the ordinary
// sites next to each kind of AI developer tool (code hosts, commit and changelog conventions, docs hosting, API and test
// tooling, paging and error monitoring, the MCP specification, an issue tracker, a terminal), the parents of the two
// claimed subdomains, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close
// to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19DevtoolsTools } from './data/long-tail-c19-devtools';

const GENERAL_SITES = [
  'https://github.com/', // code hosting, beside the AI PR reviewers and coding agents
  'https://gitlab.com/', // code hosting, beside the AI PR reviewers
  'https://bitbucket.org/', // code hosting, beside the AI PR reviewers
  'https://www.conventionalcommits.org/', // a commit-message convention, beside the AI commit tools
  'https://keepachangelog.com/', // a changelog convention, beside the AI changelog tools
  'https://readthedocs.org/', // documentation hosting, beside the AI documentation keepers
  'https://www.postman.com/', // API testing, beside the AI test generators
  'https://swagger.io/', // API tooling, beside SwaggerToMCP
  'https://playwright.dev/', // a test framework, beside the AI Playwright generators
  'https://www.pagerduty.com/', // on-call paging, beside the AI incident assistants
  'https://sentry.io/', // error monitoring, beside ErrorDecoder
  'https://modelcontextprotocol.io/', // the MCP specification, beside the hosted MCP platforms
  'https://www.atlassian.com/software/jira', // an issue tracker, beside the ticket-to-PR agent
  'https://iterm2.com/', // a terminal, beside the AI terminal assistants
  'https://adsanalitix.com/', // the parent of CommitMind's claimed subdomain
  'https://vtestcorp.com/', // the parent of TIA's claimed subdomain
  'https://www.vtestcorp.com/', // the parent of TIA's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://alertmind-ai.onrender.com/privacy.html', // a policy or page on a shared platform
  'https://code-y.vercel.app/docs/privacy', // a policy or page on a shared platform
  'https://mabhishekdwi.github.io/exploratory-agent-privacy/privacy-policy.html', // a policy or page on a shared platform
  'https://kumarvariable.github.io/devlabs/privacy', // a policy or page on a shared platform
  'https://piyushdoorwar.github.io/gitable/policy/', // a policy or page on a shared platform
  'https://mcp-builder-puce.vercel.app/terms', // a policy or page on a shared platform
  'https://creor-web.pages.dev/docs/cloud-agents/capabilities', // a policy or page on a shared platform
  'https://vibgrate-website.pages.dev/news/2025/12/05/ai-agents-code-migration-copilot-codex-2025', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://review.ai/docs/faq', // a review CLI FAQ that does not say AI
  'https://www.cmd-k.site/privacy.html', // a desktop overlay with no hosted service
  'https://ai-terminal.org/privacy.html', // a terminal remote control, not an AI
  'https://release.sydnb.shop/privacy', // an operator-deployed MVP
  'https://aissue.haavelund.no/privacy', // a personal host
  'https://docs.modelcode.ai/support/faq', // a FAQ that does not say AI
  'https://ai-code-mentor.com/terms', // terms that do not say AI
  'https://sqlstudio.binodswain.dev/terms', // a personal host
  'https://testforge-sandbox.teslastudio.com/privacy', // a sandbox host
  'https://api.iklab.dev/api/privacy', // an Azure DevOps add-on's API host
  'https://codepeer.com/docs/ai/pull-summaries', // a code review platform whose AI is one feature
  'https://metoro.io/ai-usage', // an observability platform whose AI is one feature
  'https://www.mdpilot.in/docs/explain', // docs that do not say AI
  'https://autoheal.ai/learn/questions-before-buying-ai-sre-platform', // seen only on its learn pages
  'https://testoro.dev/blog/from-description-to-playwright-how-testoro-generates-tests', // seen only on its blog
  'https://opsbrief.io/privacy', // a policy that does not say AI
  'https://specrunner.zeromeridian.biz/', // a homepage only
  'https://alexandersucala.com/tools/codereview-ai-privacy.html', // a personal site
  'https://codize.dev/terms', // terms that do not say AI
  'https://pattern51.com/privacy', // an off-kind prompt rewriter, left as a lead
  'https://docs.ssscript.app/reference/bug-reports/', // unclear what the product is
  'https://ydb-qdrant.tech/code-indexer/privacy/', // a code indexer whose page does not say AI
  'https://dbcode.io/docs/ai/privacy-and-security', // a database extension whose AI is one feature
  'https://policylayer.com/tools/aipaygen/cron-expression', // an MCP policy catalogue
  'https://www.bngcodefoundry.com/blog/the-developer-s-guide-to-ai-assisted-code-translation-expectations-vs-reality', // seen only on its blog
];

const NAMESAKES = [
  'https://www.postil.com/', // beside Postil (postil.dev)
  'https://www.codeintel.com/', // beside CodeIntel (codeintel.eu)
  'https://www.prilot.com/', // beside PRilot (prilot.dev)
  'https://www.commitmind.ai/', // beside CommitMind
  'https://www.smartcommit.com/', // beside Smart Commit (smartcommit.dev)
  'https://www.snapcommit.com/', // beside SnapCommit (snapcommit.dev)
  'https://www.clogai.com/', // beside ChangelogAI (clogai.app)
  'https://www.shipchanges.io/', // beside ShipChanges
  'https://www.diffyne.io/', // beside Diffyne
  'https://www.docskeeper.com/', // beside docs-keeper
  'https://www.docugardener.com/', // beside DocuGardener (docugardener.dev)
  'https://www.codebaselm.com/', // beside CodebaseLM (codebaselm.ai)
  'https://www.terminalhq.io/', // beside Terminal Labs (terminalhq.com)
  'https://www.thegit.com/', // beside TheGitAI (thegit.ai)
  'https://www.testers.com/', // beside Testers.AI
  'https://www.cotestpilot.com/', // beside coTestPilot (cotestpilot.ai)
  'https://www.welltested.com/', // beside Welltested AI
  'https://www.testaurora.com/', // beside Test Aurora (testaurora.tech)
  'https://www.testcaseai.com/', // beside TestCaseAI (testcaseaiapp.com)
  'https://www.testsprite.ai/', // beside TestSprite (testsprite.com)
  'https://www.testlab.com/', // beside Test-Lab (test-lab.ai)
  'https://www.modu.com/', // beside Modu (trymodu.com)
  'https://www.mergeloom.com/', // beside MergeLoom (mergeloom.ai)
  'https://www.alertmind.com/', // beside AlertMind AI (alert-mind.com)
  'https://www.errordecoder.com/', // beside ErrorDecoder (errordecoder.dev)
  'https://www.mcp360.com/', // beside MCP360 (mcp360.net)
  'https://www.swaggertomcp.io/', // beside SwaggerToMCP
  'https://www.enforgate.io/', // beside Enforgate
  'https://www.mcpmanager.com/', // beside MCP Manager (mcpmanager.ai)
  'https://www.kidach.de/', // beside KI-DACH (ki-dach.de)
];

describe('nineteenth-session devtools traps', () => {
  it('adds 35 rows, each with one domain and no prefix', () => {
    expect(longTailC19DevtoolsTools.length).toBe(35);
    expect(longTailC19DevtoolsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19DevtoolsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://commitmindweb.adsanalitix.com/terms': 'commitmind',
      'https://tia.vtestcorp.com/privacy': 'tia-vtest',
      'https://docs.welltested.ai/documentation/faqs/code-privacy': 'welltested-ai',
      'https://docs.testsprite.com/mcp/tools': 'testsprite',
      'https://mergeloom.ai/docs/getting-started/what-is-mergeloom/': 'mergeloom',
      'https://controller.mergeloom.ai/': 'mergeloom',
      'https://knowledge.mcpmanager.ai/hc/en-us/articles/44645299459981': 'mcp-manager',
      'https://www.postil.dev/privacy': 'postil-dev',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
