// Traps beside the rows the seventeenth session's finance and legal pass added (data/long-tail-c17-finlegal.ts): the
// accounting, tax, banking and legal sites next to each AI tool, the parent of the one claimed subdomain, the staging,
// shared-platform and general hosts the pass read and left out, and sites whose names resemble the new entries. Every
// trap must stay unclassified; every new host, and every page a row cites, must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17FinlegalTools } from './data/long-tail-c17-finlegal';

const GENERAL_SITES = [
  'https://quickbooks.intuit.com/', // accounting software, beside the AI bookkeepers
  'https://www.xero.com/', // accounting software the AI CFO and AP tools connect to
  'https://www.irs.gov/', // the tax authority, beside the AI tax assistants
  'https://www.incometax.gov.in/', // India's filing portal, beside TaxCorp AI and IndiaTax.AI
  'https://www.fbr.gov.pk/', // Pakistan's revenue board, beside TaxAible
  'https://www.americanbar.org/', // the bar association, beside the legal assistants
  'https://www.aicpa.org/', // the accountants' institute, beside the accounting tools
  'https://www.chase.com/', // a bank, beside the bank-statement converters
  'https://www.docusign.com/', // e-signature, beside the contract reviewers
  'https://www.expensify.com/', // expense reports, beside the receipt readers
  'https://www.mondaq.com/', // legal news the searches returned
  'https://taxtech.blog/', // a German tax blog the searches returned
  'https://earlinglabs.com/', // parent of the claimed bookkeeper.earlinglabs.com
  'https://www.alexanderbeckermedia.de/', // a media agency hosting TaxLetterAI on a subdomain, left out
];

const LEFT_OUT = [
  'https://www-staging.optax.ai/ai-data-processing', // a staging host, left out
  'https://legal-redliner.web.app/privacy.html', // Legal Redliner's policy copied on web.app
  'https://statementextract.pages.dev/privacy-policy', // a statement converter on pages.dev
  'https://bank2xl.pages.dev/privacy.html', // a statement converter on pages.dev
  'https://tax-seven-tau.vercel.app/privacy', // AutoTax AI on vercel.app
  'https://financelens-ai.vercel.app/methodology', // a filing summariser on vercel.app
  'https://killoffski.github.io/autoreceipt-privacy/', // a receipt app's policy on github.io
  'https://wisewallet.manuswebworks.org/terms.html', // a template policy with a placeholder name
  'https://bookkeepers.cloud/terms', // a bookkeeping app whose AI is a receipt-scanning feature
  'https://simplyexpensed.com/privacy', // an expense tracker whose AI is a receipt-scanning feature
  'https://www.invoicenavigator.eu/legal/ai-processing', // e-invoice validation that is not AI at its core
  'https://legal-gpt.eu/terms-of-service', // a custom GPT that runs on chatgpt.com
  'https://www.perceptive-analytics.com/financial-summarizer-pro/privacy-policy.html', // a ChatGPT app on a consultancy's host
  'https://www.nexgenanalysis.com/privacy', // CFO-Bot, whose page does not say AI
  'https://www.myvisaflow.ai/legal/terms', // visa preparation pages that do not say AI
  'https://ai.gsupb.today/terms.html', // a stock "diagnosis" funnel
  'https://dyyota.com/use-cases/contract-review', // an agency building AI for clients
];

const NAMESAKES = [
  'https://www.legalzoom.com/', // beside LegalAI and LegalBridge AI
  'https://www.lawyers.com/', // beside LawyerAI and LawyersLife
  'https://www.findlaw.com/', // beside Find Legal Help
  'https://www.justia.com/', // beside The AI Jurist
  'https://www.taxact.com/', // beside Taxu and TaxAible
  'https://www.taxslayer.com/', // beside TaxCorp AI
  'https://www.aupair.com/', // beside AuPairTax
  'https://www.invoicely.com/', // beside Invoice Itemizer
  'https://www.bankofamerica.com/', // beside the AI bank-statement converters
  'https://www.receipts.com/', // beside ReceiptSanity and Receipt Extractor
];

describe('seventeenth-session finance and legal traps', () => {
  it('adds 44 rows, each with one domain and no prefix', () => {
    expect(longTailC17FinlegalTools.length).toBe(44);
    expect(longTailC17FinlegalTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17FinlegalTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://ai.lexgpt.com/terms': 'lexgpt-legal',
      'https://hygiene.adaptiveai.ai/privacy': 'adaptive-ai-cpa-agents',
      'https://aicfo.fintellectai.com/help/integrations': 'fintellect-ai-cfo',
      'https://help.kuberan.ai/reference/books/ai-agent/': 'kuberan-ai',
      'https://bookkeeper.earlinglabs.com/ai-disclosure.html': 'earling-labs-bookkeeper',
      'https://www.lawyerai.me/de/terms': 'lawyerai-me',
    });
  });

  it('leaves general sites, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...NAMESAKES]);
  });
});
