// Traps beside the rows the twenty-fourth session's third security pass added (data/long-tail-c24-security3.ts): the
// ordinary sites next to each kind of AI tool it added (SIEM and EDR vendors, ATT&CK and OWASP, vulnerability databases,
// bug-bounty platforms, compliance bodies, email-security and awareness vendors, fraud-reporting services, log and
// incident platforms), the parents and sibling paths of the claimed subdomains and checker paths, the shared-platform
// copies, drafts and left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24Security3Tools } from './data/long-tail-c24-security3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.splunk.com/', // a SIEM, beside the AI SOC analysts
  'https://www.crowdstrike.com/', // an EDR vendor, beside the AI SOC analysts
  'https://attack.mitre.org/', // ATT&CK, beside the SOC agents and log analysers
  'https://owasp.org/', // OWASP, beside the pentest and code-review agents
  'https://nvd.nist.gov/', // the vulnerability database, beside the pentest agents
  'https://www.cisa.gov/known-exploited-vulnerabilities-catalog', // CISA's KEV catalogue
  'https://www.hackerone.com/', // a bug-bounty platform, beside the pentest agents
  'https://www.bugcrowd.com/', // a bug-bounty platform, beside the pentest agents
  'https://www.aicpa-cima.com/', // the SOC 2 body, beside the questionnaire drafter
  'https://cloudsecurityalliance.org/', // the CAIQ's publisher, beside the questionnaire drafter
  'https://sharedassessments.org/', // the SIG's publisher, beside the questionnaire drafter
  'https://www.proofpoint.com/', // an email-security vendor, beside AegisAI
  'https://www.knowbe4.com/', // a security-awareness vendor, beside Adaptive Security
  'https://support.knowbe4.com/hc/en-us/articles/33974730005139-KnowBe4-Data-Usage-Artificial-Intelligence', // AI one feature
  'https://success.trendmicro.com/en-US/solution/KA-0022508', // Trend Micro's agentic email AI, one feature
  'https://reportfraud.ftc.gov/', // the FTC's fraud reports, beside the scam checkers
  'https://www.actionfraud.police.uk/', // the UK's fraud reports, beside the scam checkers
  'https://haveibeenpwned.com/', // breach checks, beside the scam checkers
  'https://www.pagerduty.com/', // incident response, beside the after-action reviews
  'https://www.datadoghq.com/', // logs and monitoring, beside the log analysers
  'https://www.elastic.co/', // logs and SIEM, beside the log analysers
  'https://www.teamviewer.com/cs/products/add-ons/ai/security/faq/?language-switched=true', // remote support, AI add-ons
  'https://www.responsive.io/ai-supplementary-terms', // RFP software whose AI is one feature
  'https://support.complyance.com/hc/en-us/articles/45855118226577', // a GRC platform's questionnaire module
  'https://docs.siit.io/ai/ai-trust-model', // a service desk whose AI is one layer (a lead)
  'https://www.suptask.com/trust/ai-policy', // a Slack helpdesk whose AI is one feature
  'https://www.datasite.com/en/legal/data-privacy-security-and-compliance-faqs', // a data room, AI one feature
  'https://docs.fluidattacks.com/compliance/privacy/openai-subprocessor', // a security platform, AI one feature
  'https://craftedsignal.io/docs/ai', // detection engineering with optional AI
  'https://blog.vegasecurity.com/posts/natural_language_to_kusto_query_language', // a SIEM's NL2KQL feature
  'https://docs.nullreport.app/findings', // pentest reporting with optional AI drafting
  'https://docs.query.ai/docs/vulnerability-management-agent', // an agent inside a federated-search platform
  'https://threatcluster.io/about/ai', // a threat graph with an Ask AI layer
  'https://questionpilot.com/ai-terms.html', // deal Q&A with AI column mapping
  'https://www.accordingly.com/resources/policies/aiuse', // a platform's AI features policy
  'https://attestly.dev/docs/assistant/trust-qna', // a trust-centre Q&A widget, one feature
  'https://docs.concertogrc.com/docs/compliance/trust-center/', // a GRC platform's trust centre
  'https://securehive.ai/documentation/vendor-risk/trust-platform', // a GRC platform's trust portal
  'https://docs.opengrc.com/features/trustcenter/', // an open-source GRC trust centre
  'https://help.controlmap.io/hc/en-us/articles/48834078245915-ControlMap-Copilot-Open-Beta-Frequently-Asked-Questions', // a copilot in a GRC platform
  'https://helpcenter.resolver.com/hc/en-ca/articles/46427037198484-Using-AI-Generated-Controls-on-a-Form', // a GRC feature
  'https://privacydocs.eu/en/ask_ai.html', // a GDPR suite whose AI is one feature
  'https://www.safecommit.app/privacy', // PR checks with AI only where necessary
  'https://www.edg3.io/learn-ai.html', // a SIEM's agentic triage page (a lead)
];

const PARENTS_AND_SIBLINGS = [
  'https://aivyuh.com/', // the parent of AI Vyuh Code QA's claimed subdomains
  'https://www.aivyuh.com/', // the parent of AI Vyuh Code QA's claimed subdomains
  'https://cagstech.com/', // the parent of CagsTech Sentinel's claimed subdomain
  'https://www.cagstech.com/', // the parent of CagsTech Sentinel's claimed subdomain
  'https://isthisvalid.com/', // IsThisValid's home; only the text checker is claimed
  'https://isthisvalid.com/privacy', // a sibling path of the claimed text checker
  'https://isthisvalid.com/check/textual', // a path that only starts like the claimed one
  'https://gridinsoft.com/', // Gridinsoft's home, an anti-malware vendor
  'https://gridinsoft.com/online-virus-scanner', // a sibling tool of the claimed email checker
  'https://gridinsoft.com/email-checkers', // a path that only starts like the claimed one
];

const SHARED_PLATFORMS = [
  'https://scam-checker.netlify.app/privacy-policy', // a scam checker on a shared platform
  'https://threatkrew.pages.dev/ai-disclaimer', // an AI threat modeller on a shared platform
  'https://penreport-ai-web.vercel.app/privacy', // an AI pentest-report tool on a shared platform
  'https://equanimgrc-marketing-site.pages.dev/trust/ai', // a GRC tool on a shared platform
  'https://g8-dji.pages.dev/studio/security-questionnaires/', // questionnaire docs on a shared platform
  'https://redpick-docs.pages.dev/features/cost-roi', // pentest docs on a shared platform
  'https://nexcur.pages.dev/blog/pentest-report-literary-form.html', // a blog on a shared platform
  'https://loganalytics-hud.pages.dev/privacy', // a log tool on a shared platform
  'https://sites.google.com/view/extensionprivacy', // an extension policy on a shared platform
  'https://pentagonal-swordfish-dbd.notion.site/Privacy-Policy-AI-Email-Shield-35366e4a4dcf807595f8cc2f1484e396', // notion.site
  'https://threatbasis.mintlify.app/ai-knowledge/threat-intelligence-ai', // docs on a shared platform
];

const LEFT_OUT = [
  'https://researcher.center/legal/privacy', // "This is a placeholder"
  'https://pentestai.xyz/aup/', // a draft pending legal review
  'https://demo.veiligheidszaken.nl/en/privacy-terms', // a demo host
  'https://www.socai.net/socai/privacy.html', // an app notice naming no web product
  'https://ai.chlebicki.art/privacy', // a personal site's subdomain
  'https://pentrova.ai/legal/terms', // terms that do not say AI
  'https://pentlix.com/terms', // terms that do not say AI
  'https://saaspentest.io/terms.html', // an automated scanner's terms without AI
  'https://forwardtosafety.com/legal/privacy', // a phishing checker whose policy does not say AI
  'https://isthisdodgy.co.uk/privacy', // a scam checker on reputation services
  'https://www.ghosteye.ai/privacy-policy', // training against AI threats, no AI claim
  'https://aivendorpacket.com/use-cases/ai-vendor-risk-assessment', // a review packet without an AI claim
  'https://vibe-scan.app/blog', // a scanner blog without an AI claim
  'https://flowpatrol.ai/blog/introducing-flowpatrol', // a scanner without an AI claim
  'https://www.cystene.com/blog/articles/vibe-coded-app-security-guide', // a scanner without an AI claim
  'https://scamscan.in/privacy/', // "may use" third-party AI
  'https://www.corelyx.app/tools/dpia-generator', // a DPIA scaffold
  'https://startege.com/tools/dpia-generator', // a DPIA scaffold that runs locally
  'https://tools.gera.services/ai-dpia-template', // a DPIA template in the browser
  'https://agentscan.sh/docs', // tests AI agents rather than uses AI
  'https://promptscan.dev/pricing', // guards AI prompts
  'https://www.agentsure.tech/legal/aup', // tests AI systems
  'https://dashboard.stelvira.com/policies/privacy-policy', // an LLM firewall
  'https://genzagents.com/use-cases/compliance-soc2', // audits AI activity
  'https://www.sanctumruntime.com/blog/can-ai-agents-be-soc2-compliant', // guards AI agents
  'https://leadbyai.co/blog/soc2-ai-agents-audit-compliance', // audits AI agents
  'https://contractanalyze.com/blog/can-ai-review-data-processing-agreements-dpas-for-gdpr-and-ccpa-compliance-automatically', // blog only
  'https://truvara.ai/blog/ai-for-grc/ai-written-policies-auditors', // blog only, in beta
  'https://cybercomply.ai/articles/dpa-check-ai', // an article that does not name a product
  'https://www.vero-ai.com/blog/cognitive-ai-for-grc-guide', // blog only
  'https://thirdproof.ai/learn/vendor-risk-assessment-for-ai-tools', // blog only
  'https://www.bitlyftair.ai/blog/autonomous-soc-msps-multi-tenant-guardrails-slas', // blog only
  'https://www.brside.com/blog/train-employees-against-ai-phishing-attacks', // blog only
  'https://abnormal.ai/blog/implemented-automated-phishing-response', // blog only
  'https://www.stingrai.io/blog/autonomous-pentest-against-production-safety', // blog only
  'https://aicodeshield.com/blog/from-whiteboards-to-llms-automating-stride-threat-models-with-genai', // blog only
  'https://www.iso-tech.co.uk/blog/cve-triage', // blog only
  'https://afterbuildlabs.com/services/security-audit', // an agency
  'https://www.pixelfuel.io/prototype-audit/security', // an agency
  'https://kanopylabs.com/blog/how-to-build-an-ai-vendor-risk-assessment-tool', // an agency
  'https://inferensys.com/integration/security-information-and-event-platforms/ai-integration-for-microsoft-sentinel-analytics-rules', // an agency
  'https://theywork365.ai/blog/ai-agents-it-support-backlog/', // an agency
  'https://gregshine.com/whitepapers/ai-in-grc', // a consultant's whitepaper
  'https://aesopacademy.org/ai-academy/modules/ai-network-pentesting/ai-network-pentesting-m8.html', // a course
  'https://tendril.neural-forge.io/learn/adults/legal-AI-and-DPA-vendor-review-adults/print', // a course
  'https://canadiancyber.ca/?p=5522', // a `?p=` blog page
  'https://www.thenextgentechinsider.com/?p=27006', // a `?p=` news page
];

const NAMESAKES = [
  'https://www.qualys.com/2022/01/25/cve-2021-4034/pwnkit.txt', // the 2021 polkit vulnerability, beside pwnkit
  'https://www.sentinelone.com/', // beside CagsTech Sentinel
  'https://www.socfirst.io/', // beside SOCFirst (socfirst.com)
  'https://www.socsage.io/', // beside SOCSage (socsage.com)
  'https://www.revelion.com/', // beside Revelion (revelion.ai)
  'https://www.hacktron.com/', // beside Hacktron (hacktron.ai)
  'https://www.secureflow.com/', // beside SecureFlow (secureflow.tech)
  'https://www.aegis.com/', // beside AegisAI (aegisai.ai)
  'https://www.adaptive.com/', // beside Adaptive Security (adaptivesecurity.com)
  'https://www.fraud.com/', // beside FraudRoom (fraudroom.com)
  'https://www.scamcheck.com/', // beside ScamCheck (scamcheck.live)
  'https://www.logcast.com/', // beside LogCast (logcast.dev)
  'https://www.aar.org/', // beside the AAR Agent (aaragent.com)
  'https://www.codeqa.com/', // beside AI Vyuh Code QA
];

describe('twenty-fourth-session security (security3) traps', () => {
  it('adds 17 rows, two by a URL prefix alone and the rest by domains, in the global region', () => {
    expect(longTailC24Security3Tools.length).toBe(17);
    const byPrefix = longTailC24Security3Tools.filter((t) => t.urlPrefixes.length > 0);
    expect(byPrefix.map((t) => t.id)).toEqual(['isthisvalid-text-checker', 'gridinsoft-email-checker']);
    expect(byPrefix.every((t) => t.domains.length === 0)).toBe(true);
    expect(longTailC24Security3Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24Security3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24Security3Tools));
    expectEachClassifiedAs({
      'https://docs.pwnkit.com/research/2026-05-08-cost-per-flag/': 'pwnkit',
      'https://docs.revelion.ai/api/scans/': 'revelion',
      'https://codeqa-api.aivyuh.com/': 'ai-vyuh-code-qa',
      'https://www.adaptivesecurity.com/blog/deepfake-awareness-training-for-employees-complete-guide-2026':
        'adaptive-security',
      'https://socsage.com/blog/what-is-agentic-ai-cybersecurity.html': 'socsage',
      'https://fraudroom.com/legal/retention': 'fraudroom',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...PARENTS_AND_SIBLINGS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
