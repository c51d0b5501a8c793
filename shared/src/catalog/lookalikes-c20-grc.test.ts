// Traps beside the rows the twentieth session's grc pass added (data/long-tail-c20-grc.ts): the ordinary sites next to
// each kind of AI governance, risk, compliance and back-office tool (standards and regulators, procurement suites,
// accounting software, tax authorities, a tax engine, Excel and its add-in store), the shared-platform copies and the
// left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every
// new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20GrcTools } from './data/long-tail-c20-grc';

const GENERAL_SITES = [
  'https://www.iso.org/standard/27001', // the ISO 27001 standard, beside AI-Copliance
  'https://www.aicpa-cima.com/', // the accountants' body behind SOC reports, beside SOX&AUDIT
  'https://www.sec.gov/', // the US securities regulator (SOX filings), beside SOX&AUDIT
  'https://www.coupa.com/', // a procurement suite, beside ProcureLabs
  'https://www.ariba.com/', // a procurement network, beside ProcureLabs
  'https://www.xero.com/', // accounting software, beside the AI accounting assistants
  'https://quickbooks.intuit.com/', // accounting software, beside the AI accounting assistants
  'https://www.sii.cl/', // Chile's tax service, beside Asientos
  'https://sede.agenciatributaria.gob.es/', // Spain's tax agency, beside CopilotGestoria
  'https://www.itaa.be/', // Belgium's tax advisers and accountants institute, beside Accaio
  'https://tax.gov.ae/', // the UAE's tax authority, beside GCC Tax GPT
  'https://www.avalara.com/', // a tax determination engine, beside DeterminedVAT
  'https://www.incibe.es/', // Spain's cybersecurity institute, beside Centinela IA
  'https://www.microsoft.com/en-us/microsoft-365/excel', // Excel itself, beside the AI Excel add-ins
  'https://appsource.microsoft.com/', // Microsoft's add-in store, beside the AI Excel add-ins
];

const SHARED_PLATFORMS = [
  'https://privacy-3lw.pages.dev/disclosure', // a policy or page on a shared platform
  'https://tidysheet-1fl.pages.dev/legal/privacy-policy.html', // a policy or page on a shared platform
  'https://taxheaven-chatgpt-app.vercel.app/privacy', // a policy or page on a shared platform
  'https://stateofai.pages.dev/findings/rfp-ai-clauses-vendor-services/', // a policy or page on a shared platform
  'https://beesensible-website.pages.dev/resources/blog/topics/compliance-and-ai', // a policy or page on a shared platform
  'https://edwy.vercel.app/edwy/compliance/sox-testing-when-ai-participates', // a policy or page on a shared platform
  'https://ghost-app-crimson-sky-3267.fly.dev/blog/author/andrios/page/396/', // a policy or page on a shared platform
  'https://denis2054.github.io/Context-Engineering-for-Multi-Agent-Systems/media/compliance_risk_management.html', // a policy or page on a shared platform
  'https://ai4-accountancy.ghost.io/veilig-klantgegevens-uploaden-naar-chatgpt-voor-accountants-2', // a policy or page on a shared platform
  'https://yannietan.mystrikingly.com/blog/priva-using-generative-ai-for-privacy-policies', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://support.complyance.com/hc/en-us/articles/45855118226577', // a GRC platform whose AI is one module
  'https://geniusrfp.com/legal/terms', // a placeholder draft of terms
  'https://www.responsive.io/ai-supplementary-terms', // an RFP platform whose AI is an add-on
  'https://docs.offloadsecurity.com/ai-threat-intelligence/knowledge-base', // a security platform whose AI assistant is one module
  'https://www.spendflo.com/ai-data-usage-policy', // a spend platform whose AI is one feature
  'https://www.rgpd-start.com/politique-ia', // a GDPR platform and service whose AI assists
  'https://privacydocs.eu/fr/ask_ai.html', // GDPR documentation software whose AI is one feature
  'https://knowledge-base.datalegaldrive.com/fr/knowledge/lassistant-ia-dld', // GDPR software whose AI assistant is one feature
  'https://docs.daisy.comply-app.com/developers/features/structured-calls.html', // a DPO suite whose AI is one feature
  'https://help.finary.com/en/articles/7988691-how-is-my-data-used-for-finary-ai', // a consumer wealth app whose AI is one feature
  'https://www.gotax.com.au/ai-policy', // a tax return service whose AI is one feature
  'https://www.vatcalc.com/global/adopting-generative-ai-in-vat/', // an article on VAT software
  'https://aitaxagentpro.com.au/privacy', // a placeholder policy
  'https://ibsdex.com/es/privacy', // a template policy with placeholders
  'https://www-staging.optax.ai/ai-data-processing', // a staging host
  'https://stagingdocs.canirunthat.com/docs/advanced-features/vendor-review', // a staging docs host
  'https://deej.co/privacy', // a policy for a ddns demo
  'https://scriptit.fr/security-survey-privacy-policy', // an add-on on a general add-on maker's site, a lead
  'https://www.10studio.tech/docs/privacy', // an add-in maker whose AI products are some of several
  'https://www.mijnbouwapp.nl/privacy.php', // a construction admin app whose AI is one feature
  'https://www.invoicenavigator.eu/legal/ai-processing', // core validation is not AI (left out in c17 too)
  'https://www.oprex.tools/ai-usage', // AI is optional matching (left out in c17 too)
  'https://aivendorpacket.com/use-cases/ai-vendor-risk-assessment', // review packets, not said to be AI
  'https://aipolicy.cc/faq', // a policy generator not said to use AI
  'https://www.corelyx.app/tools/dpia-generator', // unclear whether the generator is AI
  'https://afterthoughtai.com/subprocessors', // a subprocessor page of an unclear product
  'https://truvara.ai/blog/ai-for-grc/ai-written-policies-auditors', // seen only on its blog, learn or resource pages
  'https://humadroid.io/posts/why-general-purpose-ai-won-t-survive-your-soc-2-audit', // seen only on its blog, learn or resource pages
  'https://cybercomply.ai/articles/eu-ai-act-risk-level-check', // seen only on its blog, learn or resource pages
  'https://clarier.ai/glossary/vendor-risk-assessment', // seen only on its blog, learn or resource pages
  'https://puzzle.io/blog/ai-bookkeeping-automation-vs-judgment', // seen only on its blog, learn or resource pages
  'https://iabuddy.ai/resources/ai-handling-unstandardized-audit-evidence', // seen only on its blog, learn or resource pages
  'https://ar-ti-fi.com/blog/claude-for-ap-teams', // seen only on its blog, learn or resource pages
  'https://arthas.ai/blog/sox-compliance-ai-guide', // seen only on its blog, learn or resource pages
  'https://tenetai.dev/blog/sox-itgc-ai-financial-reporting-compliance', // seen only on its blog, learn or resource pages
  'https://citellm.com/blog/vendor-risk-soc2-iso-insurance-extraction', // seen only on its blog, learn or resource pages
  'https://securitybinder.com/learn/security-policies-ai-vs-platform', // seen only on its blog, learn or resource pages
  'https://audvera.com/blog/ai-in-audit-without-failing-qar', // seen only on its blog, learn or resource pages
  'https://www.deepinspect.ai/blog/tools-ai-policy-generator', // seen only on its blog, learn or resource pages
  'https://useguardian.tech/privacy/extension', // a tool that watches AI use
  'https://korasafe.ai/privacy/chrome-extension', // a tool that watches AI use
  'https://organizatusfacturas.com/privacy.html', // a policy that does not say AI
  'https://saritonix.com/data-privacy.html', // a policy that does not say AI
  'https://www.chaintrust.io/la-confidentialite-chez-chaintrust/', // a page that does not say AI
  'https://ipaidthat.io/fr/conditions-generales-dutilisation-cgu/', // terms that do not say AI
  'https://invoiceaudit.com/security', // a page that does not say AI
  'https://www.moneycloud.be/algemene-voorwaarden', // invoicing terms that do not say AI
  'https://efxplatform.energyfeeds.net/agents/legal/', // an internal ERP agent
  'https://docs.keeptrusts.com/article/procurement-ai-governed-vendor-analysis-without-data-exposure/', // an AI governance gateway, off-kind, a lead
];

const NAMESAKES = [
  'https://www.copliance.com/', // beside AI-Copliance (aicopliance.com)
  'https://www.aicopliance.net/', // beside AI-Copliance (aicopliance.com)
  'https://www.soxaudit.com/', // beside SOX&AUDIT (soxaudit.ai)
  'https://www.centinela.es/', // beside Centinela IA (centinela-ai.es)
  'https://www.procurelabs.com/', // beside ProcureLabs (procure-labs.com)
  'https://www.procurelabs.io/', // beside ProcureLabs (procure-labs.com)
  'https://www.gcctax.com/', // beside GCC Tax GPT (gcctaxgpt.com)
  'https://www.determinedvat.com/', // beside DeterminedVAT (determinedai.co)
  'https://www.acaio.com/', // beside Accaio (accaio.com)
  'https://www.copilotgestoria.es/', // beside CopilotGestoria (copilotgestoria.com)
  'https://www.gestoriacopilot.com/', // beside CopilotGestoria (copilotgestoria.com)
  'https://www.asientos.com/', // beside Asientos (asientos.ai)
  'https://www.asientos.cl/', // beside Asientos (asientos.ai)
  'https://www.billow.com/', // beside Billow AI Companion (thebillow.ai)
  'https://www.thebillow.com/', // beside Billow AI Companion (thebillow.ai)
  'https://www.ai-for-excel.net/', // beside AI For Excel (ai-for-excel.com)
];

describe('twentieth-session grc traps', () => {
  it('adds 11 rows, each with one domain and no prefix', () => {
    expect(longTailC20GrcTools.length).toBe(11);
    expect(longTailC20GrcTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20GrcTools), { api: true });
  });

  it('classifies the vendor pages the rows cite to their entries', () => {
    expectEachClassifiedAs({
      'https://www.aicopliance.com/legal/acceptable-use-policy.html': 'ai-copliance',
      'https://soxaudit.ai/privacy': 'soxaudit-ai',
      'https://www.centinela-ai.es/privacy': 'centinela-ia',
      'https://www.procure-labs.com/ai-transparency': 'procurelabs',
      'https://gcctaxgpt.com/privacy': 'gcc-tax-gpt',
      'https://determinedai.co/privacy': 'determinedvat',
      'https://www.accaio.com/en/privacy-policy': 'accaio',
      'https://copilotgestoria.com/privacy-policy': 'copilotgestoria',
      'https://www.asientos.ai/privacy': 'asientos-ai',
      'https://thebillow.ai/privacy-policy': 'billow-ai-companion',
      'https://ai-for-excel.com/privacy-policy': 'ai-for-excel-nextbp',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
