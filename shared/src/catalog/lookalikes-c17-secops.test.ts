// Traps beside the rows the seventeenth session's secops pass added (data/long-tail-c17-secops.ts): the security,
// monitoring and compliance vendors that sit next to each AI kind without being AI tools, the parent of the one
// claimed subdomain, the drafts, shared hosts and feature pages the pass read and did not cite, and sites that share a
// name with the new entries on another domain. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17SecopsTools } from './data/long-tail-c17-secops';

const GENERAL_SITES = [
  'https://www.splunk.com/', // a SIEM, beside the AI SOC analysts
  'https://www.crowdstrike.com/', // endpoint security, beside the AI SOC analysts
  'https://www.hackerone.com/', // a bug-bounty marketplace, beside the AI pentest agents
  'https://www.bugcrowd.com/',
  'https://www.tenable.com/', // a vulnerability scanner, beside the AI pentest agents
  'https://www.pagerduty.com/', // on-call paging, beside the AI incident tools
  'https://owasp.org/', // security guidance, beside the AI code scanners
  'https://www.browserstack.com/', // parent of the claimed evals.browserstack.com
  'https://www.cloudflare.com/', // a CDN and gateway, beside the LLM gateways
  'https://chlebicki.art/', // a personal site whose subdomain hosts a pentest chatbot, left out
];

const LEFT_OUT = [
  'https://pentestai.xyz/aup/', // a draft policy with unfilled placeholders
  'https://cyber3.ai/legal/en/', // a draft with placeholders for the operator
  'https://securelogicai.com/ai-policy/', // a draft with placeholder dates
  'https://ai.chlebicki.art/privacy', // a chatbot on a personal site's subdomain
  'https://tryaisoc.com/', // an open-source demo on a maintainer's machine
  'https://ragview.pages.dev/terms.html', // a RAG monitor on pages.dev
  'https://vectorize-6xv.pages.dev/terms.html', // an embeddings service on pages.dev
  'https://promptgate-website.pages.dev/features/cost-dashboard', // an LLM gateway's site on pages.dev
  'https://threatbasis.mintlify.app/ai-knowledge/threat-intelligence-ai', // a knowledge site on mintlify.app
  'https://www.agentsure.tech/legal/aup', // tests AI systems, does not say it runs on AI
  'https://mta-sts.nythora.ai/legal/acceptable-use-policy', // an AI governance register, no AI of its own
  'https://governortechnologies.com/terms', // governance software, no AI claim on the page
  'https://dlpshield.com/en/chatgpt-datenschutz-unternehmen', // browser DLP in front of chatbots
  'https://next.vectorpanda.com/terms', // a vector store whose terms make no AI claim
  'https://docs.rootly.com/ai/data-privacy-for-ai', // an incident platform with an AI feature
  'https://support.complyance.com/hc/en-us/articles/45855118226577', // a GRC suite with an AI questionnaire module
  'https://safe.security/ai-policy/', // a cyber-risk platform with AI features
  'https://www.socai.net/socai/privacy.html', // an app privacy notice that names no web product
  'https://www.aithreatalert.com/terms', // a newsletter written with AI assistance
  'https://aquilax.ai/blog/ai-auto-remediation-security-vulnerabilities', // seen only through its blog
];

const NAMESAKES = [
  'https://www.foundry.com/', // visual-effects software, beside the Foundry security scanner (withfoundry.ai)
  'https://www.enkrypt.com/', // a crypto wallet, beside Enkrypt AI
  'https://www.socpilot.com/', // beside SOCPilot (socpilot.co)
  'https://www.secpilot.com/', // beside SecPilot (secpilotai.com)
  'https://www.hackzero.com/', // beside HackZero (hackzero.ai)
  'https://www.proxle.com/', // beside Proxle (proxle.dev)
  'https://www.ragex.com/', // beside RAGex (useragex.com)
  'https://www.pentra.com/', // beside Pentra (pentra.ai)
];

describe('seventeenth-session secops traps', () => {
  it('adds 41 rows, each with one domain and no prefix', () => {
    expect(longTailC17SecopsTools.length).toBe(41);
    expect(longTailC17SecopsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17SecopsTools), { api: true });
  });

  it('classifies the pages the rows cite, and the two hosts added to older entries', () => {
    expectEachClassifiedAs({
      'https://docs.pensar.dev/console/features/billing-usage': 'pensar',
      'https://www.prebreach.dev/docs/billing/credits': 'prebreach',
      'https://docs.withfoundry.ai/security/overview': 'foundry-security-scanner',
      'https://evals.browserstack.com/docs_v2/docs/platform/evaluation/': 'browserstack-ai-evals',
      'https://code.withpi.ai/api-reference/search/check-groundedness': 'pi-labs-withpi',
      'https://www.maced.ai/terms': 'maced-ai',
      'https://guards.giskard.cloud/docs/policies/detectors/groundedness': 'giskard',
      'https://prompt-eval.com/en/terms': 'prompteval-ai',
    });
  });

  it('leaves general sites, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...NAMESAKES]);
  });
});
