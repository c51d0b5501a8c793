// Traps beside the rows the twenty-second session's second secops pass added (data/long-tail-c22-secops2.ts): the
// ordinary sites next to each kind of AI tool it added (PSA, RMM and IT documentation platforms for MSPs, identity and
// device management, ITSM, Kubernetes, breach and malware lookups, phishing lists, compliance standards bodies), the
// parents of the one claimed subdomain and the one claimed path, the shared-platform copies and the left-out hosts the
// pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach
// its own entry.
// The twenty-seventh session's support5 pass listed Rallied (rallied.ai) from its voice-agent docs, which say AI;
// its Hudu page is no longer a trap.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Secops2Tools } from './data/long-tail-c22-secops2';

const GENERAL_SITES = [
  'https://www.connectwise.com/', // a PSA and RMM vendor, beside the MSP agents
  'https://www.datto.com/', // Autotask's maker, beside the MSP agents
  'https://www.kaseya.com/', // an MSP platform, beside the MSP agents
  'https://www.ninjaone.com/', // an RMM platform, beside the MSP agents
  'https://halopsa.com/', // a PSA, beside the MSP agents and MSPlex
  'https://www.itglue.com/', // IT documentation, beside Mizo and xop.ai
  'https://www.hudu.com/', // IT documentation, beside Mizo and xop.ai
  'https://www.servicenow.com/', // ITSM, beside the AI helpdesks
  'https://www.okta.com/', // identity, beside the AI helpdesks
  'https://www.jamf.com/', // device management, beside the AI helpdesks
  'https://teams.microsoft.com/', // the chat surface of NeoAgent's white-label bot
  'https://www.manageengine.com/products/service-desk-msp/help/adminguide/integrations/chatgpt-integrations.html', // an MSP service desk's ChatGPT integration, one feature of a general product
  'https://kubernetes.io/', // Kubernetes itself, beside OpsWorker
  'https://www.pagerduty.com/', // on-call paging, beside the operations agents
  'https://www.microsoft.com/en-us/security', // Microsoft's security pages, beside the email defences
  'https://haveibeenpwned.com/', // breach lookups, beside CyDuck and CyberGuard AI
  'https://www.virustotal.com/', // malware lookups, beside CyberGuard AI
  'https://phishtank.org/', // a phishing list, beside the phishing analysers
  'https://www.cisa.gov/', // a government security agency, beside the security assistants
  'https://owasp.org/', // an application-security foundation, beside Cyber-Guardian AI
  'https://www.aicpa-cima.com/', // SOC 2's standards body, beside the policy writers
  'https://www.iso.org/', // ISO 27001's standards body, beside the policy writers
];

const PARENTS = [
  'https://arnav.au/', // the parent of SecPolicy's claimed subdomain
  'https://www.arnav.au/', // the parent of SecPolicy's claimed subdomain
  'https://cyduck.com/', // CyDuck's home, whose toolkit is not AI
  'https://cyduck.com/en/privacy', // a sibling path of the claimed spam checker
  'https://cyduck.com/en/password-generator', // a sibling tool that is not AI
  'https://dashboard.cyduck.com/en/privacy', // CyDuck's dashboard host
];

const SHARED_PLATFORMS = [
  'https://phishguardext.netlify.app/privacy', // a phishing extension's policy on a shared platform
  'https://4-dhi.github.io/webshield-privacy-policy/privacy-policy', // a phishing extension's policy on a shared platform
  'https://davidebuldrini.github.io/AI-Phishing-Guard/privacy-policy.html', // a phishing extension's policy on a shared platform
  'https://codemaestrorishit.github.io/Privacy_Policy_Page', // a phishing extension's policy on a shared platform
  'https://privacy-policy-tnvc.onrender.com/', // a phishing extension's policy on a shared platform
  'https://cyberguard-security.github.io/CyberGuard-Support/CyberGuard_PrivacyPolicy.html', // an iOS app's policy on a shared platform
  'https://ai-helpdesk-1095465864763.us-central1.run.app/privacy-policy.html', // a helpdesk on a shared platform
  'https://nexcur.pages.dev/blog/pentest-report-literary-form.html', // a page on a shared platform
  'https://mistro.pages.dev/blog/how-to-write-a-pentest-report-evidence-cvss-remediation', // a page on a shared platform
  'https://skillvetai.pages.dev/skills/log-analyzer', // a page on a shared platform
  'https://daretechie.github.io/api-reliability-suite/adr/0003-ai-error-analysis', // a page on a shared platform
  'https://vinayvobbili.github.io/security-ops-platform/features/customer-assurance', // a page on a shared platform
];

const LEFT_OUT = [
  'https://portal-uat.acme-mw.com/privacy', // a UAT host
  'https://dev.wikisage.io/terms-of-service', // a dev host
  'https://www.athenaagentic.com/legal/ai-usage', // a policy marked as a draft for attorneys
  'https://securelogicai.com/ai-policy/', // a policy with "[INSERT DATE]" placeholders
  'https://www.threatalyticsai.com/terms-and-conditions', // an agreement with "Insert Date" placeholders
  'https://www.suptask.com/trust/ai-policy', // a Slack helpdesk whose AI is one set of features
  'https://phishanalyze.mdpstudio.com.au/trust', // an email analyser whose LLM check is one of several
  'https://help.pentestas.com/ai/claude-analysis/', // a scanner with an AI pass on higher plans
  'https://www.netstacks.net/docs/ai/chat', // a network tool whose AI chat is one feature
  'https://docs.gravwell.io/search/ai/ai.html', // a log platform's beta AI feature
  'https://rconfig.com/blog/how-rconfig-uses-ai-safely-practical-genai-and-mcp-without-exposing-your-data', // a network tool's AI features
  'https://www.kentik.com/resources/ai-assisted-network-monitoring-real-or-hype', // a network platform's webinar
  'https://support.tryriot.com/en/articles/12538126-inbox-everything-you-need-to-know-about-the-new-version', // AI pre-labels inside an awareness platform
  'https://support.complyance.com/hc/en-us/articles/45855118226577', // a GRC platform's questionnaire module
  'https://support.terratruehq.com/hc/en-us/articles/40393629413517-AI-Suggestions-for-Workflows', // a privacy platform's AI suggestions
  'https://docs.escape.tech/documentation/ai-pentesting/guardrails/', // a security platform's AI pentesting docs
  'https://logtraces.com/terms/', // optional AI analysis in an audit-trail tool
  'https://logs.alienhost.ovh/terms', // optional AI analysis in a log-sharing site
  'https://attestly.dev/docs/assistant/trust-qna', // a trust-centre product's Q&A widget
  'https://4conform.com/datenschutzerklaerung-coberater/', // a consultancy's AI co-advisor
  'https://nullsquare.net/docs/overview/authorization-model/', // a page that does not say the product uses AI
  'https://www.cyber3.app/privacy', // a page that does not say how the product uses AI
  'https://vps.insightsmsp.com/user-guide/data-flow-within-insights', // Insights for ConnectWise, whose product host was not seen
  'https://docs.base2ml.com/auditforge/sub-processors/', // AuditForge's docs, whose product host was not seen
  'https://www.strike48.com/post/ai-soc', // a vendor seen only on its blog
  'https://www.stingrai.io/blog/autonomous-pentest-against-production-safety', // a vendor seen only on its blog
  'https://www.0xclaw.dev/blog/ai-pentest-report-template-for-ai-agents', // a vendor seen only on its blog
  'https://abnormal.ai/blog/implemented-automated-phishing-response', // a vendor seen only on its blog
  'https://www.brside.com/blog/train-employees-against-ai-phishing-attacks', // a vendor seen only on its blog
  'https://metoro.io/knowledge-base/ai-log-analysis', // a vendor seen only on a glossary page
  'https://www.heybeagle.com/blog/ai-incident-postmortem-playbook-for-slack-channels', // a vendor seen only on its blog
  'https://www.darkangel.gr/reports/ai-threat-intelligence-automation.html', // a vendor seen only on a report page
  'https://www.iso-tech.co.uk/blog/cve-triage', // a vendor seen only on its blog
  'https://truvara.ai/blog/ai-for-grc/ai-written-policies-auditors', // a vendor seen only on its blog
  'https://humadroid.io/posts/why-general-purpose-ai-won-t-survive-your-soc-2-audit', // a vendor seen only on its blog
  'https://securitypal4069.zendesk.com/hc/en-us/articles/27009072538007-Co-pilot-FAQs', // SecurityPal's Copilot on a Zendesk help host
  'https://hivelink.info/terms', // an internal corporate chatbot's terms
  'https://www.aithreatalert.com/terms', // a CISO newsletter
  'https://www.fordelstudios.com/agents/security-threat-detection-response-agent', // an agency
  'https://www.baristalabs.io/blog/vulnerability-agent-triage-alert-flood', // an agency
  'https://scriptit.fr/security-survey-privacy-policy', // a Google Sheets add-on on a general add-on maker's site
  'https://verigen.ai/privacy', // a tool that tests AI rather than uses it
];

const NAMESAKES = [
  'https://www.junto.com/', // beside Junto AI (juntoai.com)
  'https://www.opsbots.com/', // beside OpsBots (opsbots.com.au)
  'https://www.neoagent.com/', // beside NeoAgent (neoagent.io)
  'https://www.mizo.com/', // beside Mizo (mizo.tech)
  'https://xop.com/', // beside xop.ai
  'https://www.msplex.com/', // beside MSPlex (msplex.ai)
  'https://www.techpal.com/', // beside AI Tech Pal (aitechpal.com)
  'https://www.helpmypc.com/', // beside helpmypc.ai
  'https://www.opsworker.com/', // beside OpsWorker (opsworker.ai)
  'https://www.phishinginspector.net/', // beside Phishing Inspector (phishinginspector.com)
  'https://www.strongestlayer.net/', // beside StrongestLayer (strongestlayer.com)
  'https://www.cyberguard.com/', // beside CyberGuard AI (securitigpt.com)
  'https://www.securitygpt.com/', // beside CyberGuard AI (securitigpt.com)
  'https://www.cyberguardian.com/', // beside Cyber-Guardian AI (cyberguardianscan.com)
  'https://www.screenata.app/', // beside Screenata (screenata.com)
];

describe('twenty-second-session secops (secops2) traps', () => {
  it('adds 16 rows, one by a URL prefix alone and the rest by domains', () => {
    expect(longTailC22Secops2Tools.length).toBe(16);
    const byPrefix = longTailC22Secops2Tools.filter((t) => t.urlPrefixes.length > 0);
    expect(byPrefix.map((t) => t.id)).toEqual(['cyduck-ai-spam-checker']);
    expect(byPrefix.every((t) => t.domains.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Secops2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://help.juntoai.com/en/articles/13374434-ai-settings': 'junto-ai',
      'https://opsbots.com.au/ai-disclosure.html': 'opsbots',
      'https://docs.neoagent.io/agents/tools/end-user/overview': 'neoagent',
      'https://mizo.tech/blog/documentation-automation-it-glue-hudu-scaling-msp': 'mizo-tech',
      'https://xop.ai/blog/auto-client-documentation': 'xop-ai',
      'https://msplex.ai/blog/how-msplex-connects-your-psa-to-ai': 'msplex',
      'https://www.aitechpal.com/privacy': 'ai-tech-pal',
      'https://aidiagnosticsystems.com/privacy': 'helpmypc-ai',
      'https://www.opsworker.ai/docs/capabilities/ai-agents/kubernetes-agent': 'opsworker',
      'https://www.phishinginspector.com/docs': 'phishing-inspector',
      'https://www.strongestlayer.com/blog/step-by-step-llm-phishing-defense-microsoft-365': 'strongestlayer',
      'https://cyduck.com/en/spam-checker': 'cyduck-ai-spam-checker',
      'https://www.securitigpt.com/privacy.html': 'cyberguard-ai-securitigpt',
      'https://cyberguardianscan.com/privacy.html': 'cyber-guardian-ai',
      'https://screenata.com/resources/answers/why-do-soc-2-policies-fail-audits-when-written-by-chatgpt':
        'screenata',
      'https://secpolicy.arnav.au/legal/privacy': 'secpolicy-arnav',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
