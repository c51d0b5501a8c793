// Traps beside the rows the twenty-seventh session's fifth devtools pass added (data/long-tail-c27-devtools5.ts): the
// ordinary developer sites next to each kind of AI tool it added (app frameworks and mobile previews, code hosts and
// PR tooling, browser-test frameworks and test management, static analysers and error monitors, editors, docs
// generators and repository browsers), the parents of the two claimed subdomains, the shared-platform copies and
// left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every
// new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Devtools5Tools } from './data/long-tail-c27-devtools5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://expo.dev/', // the mobile framework, beside ShipNative
  'https://snack.expo.dev/', // the live preview ShipNative uploads to
  'https://reactnative.dev/', // the mobile framework, beside ShipNative
  'https://www.docker.com/', // containers, beside Buildream
  'https://www.hetzner.com/', // the host Buildream names
  'https://github.com/marketplace', // the app marketplace, beside the PR reviewers and writers
  'https://docs.github.com/en/apps', // GitHub Apps docs, beside the PR reviewers and doc generators
  'https://www.conventionalcommits.org/', // the commit convention, beside the PR writer
  'https://playwright.dev/', // a browser-test framework, beside the AI QA agents
  'https://www.cypress.io/', // a browser-test framework, beside the AI QA agents
  'https://www.selenium.dev/', // a browser-test framework, beside the AI QA agents
  'https://www.browserstack.com/', // a browser cloud, beside the AI QA agents
  'https://semgrep.dev/', // a static analyser, beside Kulvex
  'https://codeql.github.com/', // a static analyser, beside Kulvex
  'https://owasp.org/', // the security project, beside Kulvex
  'https://sentry.io/', // error monitoring, beside Seal
  'https://www.bugsnag.com/', // error monitoring, beside Seal
  'https://code.visualstudio.com/', // the editor, beside SyntX
  'https://marketplace.visualstudio.com/', // the extension marketplace, beside SyntX
  'https://www.doxygen.nl/', // a documentation generator, beside the AI doc generators
  'https://www.mkdocs.org/', // a documentation generator, beside the AI doc generators
  'https://readthedocs.org/', // a docs host, beside the AI doc generators
  'https://sourcegraph.com/search', // code search, beside GitAskHub
  'https://www.lemonsqueezy.com/', // the payment provider mergepls and docs-keeper name
];

const PARENTS = [
  'https://desicon.ai/', // parent of the claimed seal.desicon.ai
  'https://www.desicon.ai/', // parent of the claimed seal.desicon.ai
  'https://ogbuilds.ai/', // parent of the claimed assertly.ogbuilds.ai
];

const SHARED_PLATFORMS = [
  'https://quorum-sand.vercel.app/pricing', // Quorum's pricing on a shared platform
  'https://diffsense-landing.vercel.app/', // a review bot's landing page on a shared platform
  'https://dev-review-alpha.vercel.app/privacy', // DevReview's policy on a shared platform
  'https://agentmachines.vercel.app/terms', // an agent-runtime project on a shared platform
  'https://hacktronai-docs-changelog-page.mintlify.app/code-review/billing', // Hacktron's docs copy on a shared platform
  'https://personal-ce79cb71.mintlify.app/configuration/review-models', // BugViper's docs on a shared platform
  'https://codesight-0358.polsia.app/privacy', // CodeSight's policy on a shared platform
  'https://devopsarg-website.pages.dev/blog/building-ai-incident-responder-with-claude', // a blog on a shared platform
  'https://modelpilot.pages.dev/legal/privacy.html', // a router's policy on a shared platform
  'https://theluckystrike.github.io/ai-tools-compared/ai-postmortem-generation', // a guide on a shared platform
  'https://imbus.github.io/testbench-ecosystem-documentation/testbench-ai-service/llm-providers/', // docs on a shared platform
  'https://3-7-90-50.sslip.io/terms', // Codient AI's terms on an IP-address host (as before)
  'https://sites.google.com/view/automateit/home', // AutoMate IT's policy on a shared platform
];

const LEFT_OUT = [
  'https://review.ai/docs/faq', // a CLI FAQ that does not say AI (as c19 judged)
  'https://trykivo.co/developers/limits', // plan limits that do not say AI
  'https://querysafe.ai/security.html', // a security page that does not say AI
  'https://docs.marketrix.ai/qa-flows/qa-runs/', // QA runs by "the agent", AI not said
  'https://enhance.pm/docs/workflows/daily-summary', // a project tool's daily summary, AI not said
  'https://doxynix.space/privacy', // a docs generator whose policy does not say AI
  'https://customrouter.ai/privacy', // a router policy that does not say AI
  'https://www.agent-gen.com/terms', // an HTML renderer
  'https://regexguide.com/privacy.html', // a browser-only regex explainer
  'https://www.calcworks.app/en/tools/regex-explainer', // a deterministic regex explainer
  'https://devutl.com/natural-language-to-n8n-workflow-converter', // rule-based, "does not call an external AI model"
  'https://docs.heartbeet.downfall24.com/features/ai-explanations', // monitoring, AI one feature
  'https://help.vansah.com/en/articles/12084287-what-data-is-processed-by-ai-engines', // test management, AI one feature
  'https://www.alteradatasuite.com/en/privacy', // a desktop data suite, AI one feature
  'https://support.digidenone.tech/hc/articles/75/ai-integration-and-data-handling', // optional AI in an analyser
  'https://delightfulhammers.com/docs/configuration', // Bop, a code-review CLI run with the user's own keys
  'https://www.vishwacli.com/privacy', // a BYOK autocomplete with no hosted service
  'https://valkyrlabs.com/v1/docs/Products/VLCode/vlcode-privacy-policy', // a client-side extension on a company site
  'https://promptcompiled.growthsolv.com/privacy-policy', // a draft policy ("public clone phase")
  'https://www.videopilotai.com/legal/credits', // "Legal placeholder required"
  'https://distill.ttsolutions.cloud/privacy', // a prompt library on a company subdomain
  'https://grow2.ai/en/automations/it-devops/incident-postmortem-draft', // an automation agency's page
  'https://www.rianinfotech.com/caseStudy/datacense-analytics-platform', // an agency's case study
  'https://devos.team/blog/ai-agent-that-owns-jira-tickets-end-to-end', // seen only on its blog (as c22 judged)
  'https://www.hermesbible.com/flows/jira-to-pr-four-agents/', // a guide on agent flows
  'https://aidevreview.com/blog/evaluating-ai-tool-privacy', // a blog about other products
  'https://sloppish.com/opt-out-illusion.html', // an article about other products
  'https://security-resilience.ai/article_llm_scanner.html', // an article on LLM scanning
  'https://skillsuites.com/?p=51', // a `?p=` page
  'https://whycare.aisgf.us/privacy.html', // off-kind, on a nonprofit's subdomain
];

const NAMESAKES = [
  'https://www.buildream.com/', // beside Buildream (buildream.dev)
  'https://www.shipnative.com/', // beside ShipNative (shipnative.dev)
  'https://www.revvu.com/', // beside Revvu (revvu.xyz)
  'https://www.mergepls.app/', // beside mergepls (mergepls.com), whose support mail is on mergepls.app
  'https://www.bug0.ai/', // beside Bug0 (bug0.com)
  'https://www.assertly.com/', // beside Assertly (assertly.ogbuilds.ai)
  'https://www.productloop.com/', // beside ProductLoop (productloop.ai)
  'https://www.appvance.com/', // beside Appvance (appvance.ai)
  'https://www.kulvex.com/', // beside Kulvex (kulvex.ai)
  'https://www.seal.io/', // beside Seal (seal.desicon.ai)
  'https://www.syntx.com/', // beside SyntX (syntx.dev)
  'https://www.docflow.com/', // beside DocFlow (aicodedocumentationgenerator.com)
  'https://www.repowrite.com/', // beside RepoWrit (repowrit.com)
  'https://www.doccier.fr/', // beside Doccier (doccier.com)
  'https://www.gitask.com/', // beside GitAskHub (gitaskhub.com)
];

describe('twenty-seventh-session devtools (devtools5) traps', () => {
  it('adds 15 rows, each with one domain and no prefix, in the global region', () => {
    expect(longTailC27Devtools5Tools.length).toBe(15);
    expect(longTailC27Devtools5Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC27Devtools5Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Devtools5Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Devtools5Tools));
    expectEachClassifiedAs({
      'https://www.buildream.dev/': 'buildream',
      'https://docs.bug0.com/': 'bug0',
      'https://bug0.com/': 'bug0',
      'https://aicodedocumentationgenerator.com/privacy/': 'docflow-ai',
      'https://seal.desicon.ai/': 'seal-desicon',
      'https://assertly.ogbuilds.ai/': 'assertly',
      'https://productloop.ai/': 'productloop',
      'https://repowrit.com/privacy': 'repowrit',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
