// Traps beside the rows the twenty-third session's second finance pass added (data/long-tail-c23-finance2.ts): the
// ordinary sites next to each kind of AI tool it added (accounting and expense suites, tax authorities and tax
// software, market-data and filing sites, crypto exchanges and data sites, insurers and insurance bodies, mortgage and
// appraisal bodies, Telegram), the parent of the one claimed subdomain and the rest of the site that holds the one
// claimed path, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Finance2Tools } from './data/long-tail-c23-finance2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://quickbooks.intuit.com/', // an accounting suite, beside the receipt and invoice readers
  'https://www.xero.com/', // an accounting suite, beside the receipt and invoice readers
  'https://www.expensify.com/', // an expense suite, beside the receipt bots
  'https://www.irs.gov/', // the US tax authority, beside the tax-preparation and deduction tools
  'https://turbotax.intuit.com/', // consumer tax software, beside the AI tax tools
  'https://www.gst.gov.in/', // the Indian GST portal, beside the GST invoice analytics
  'https://www.sec.gov/', // the SEC, beside the 8-K summaries
  'https://finance.yahoo.com/', // a market-data site, beside the stock-research tools
  'https://www.tradingview.com/', // a charting site, beside the stock and crypto research tools
  'https://coinmarketcap.com/', // a crypto data site, beside the crypto research AI
  'https://www.binance.com/', // a crypto exchange, beside the crypto research AI
  'https://www.bnbchain.org/', // the BNB Chain site, beside the BNB Chain trading assistant
  'https://telegram.org/', // the messenger, beside the Telegram bots and Mini App
  'https://www.naic.org/', // the US insurance regulators' body, beside the insurance AI
  'https://www.lemonade.com/', // an insurer, beside the insurance-policy readers
  'https://www.acord.org/', // the insurance forms body, beside the broker-submission reader
  'https://www.fanniemae.com/', // a mortgage agency, beside the mortgage loan-file reviewer
  'https://www.appraisalinstitute.org/', // an appraisers' body, beside the appraisal assistant
  'https://www.aisocialfarm.co/', // the parent of CryptoNerve's claimed subdomain
  'https://aisocialfarm.co/', // the parent of CryptoNerve's claimed subdomain
  'https://www.nomad-data.com/', // the rest of the site that holds Doc Chat's claimed path
  'https://www.nomad-data.com/doc-chatter', // a sibling path of Doc Chat's claimed path
];

const SHARED_PLATFORMS = [
  'https://financelens-ai.vercel.app/methodology', // a policy or page on a shared platform
  'https://tax-seven-tau.vercel.app/privacy', // a policy or page on a shared platform
  'https://teleexpense.vercel.app/privacy-policy', // a policy or page on a shared platform
  'https://subhankarshukla.vercel.app/projects/earnings-intelligence-engine', // a policy or page on a shared platform
  'https://qb-categorizer-privacy.topbot.workers.dev/', // a policy or page on a shared platform
  'https://pennypoke.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://ai-and-tax-privacy.pages.dev/blog/ai-and-tax-privacy-article-1.html', // a policy or page on a shared platform
  'https://signalfabricinternaldocs.pages.dev/guides/09-stock-hunter.md', // a policy or page on a shared platform
  'https://openchat-landing.pages.dev/terms.html', // a policy or page on a shared platform
  'https://rtapulse-site.pages.dev/ai-augmented-governance/field-notes/auditing-generative-ai/', // a page on a shared platform
  'https://gitelitechapp.github.io/taxsort/privacy.html', // a policy or page on a shared platform
  'https://cy-frog.github.io/grok-ai-telegram-bot/privacy.html', // a policy or page on a shared platform
  'https://aifinnav.polsia.app/ai-policy', // a policy or page on a shared platform
  'https://vermont-ai-systems.polsia.app/case-studies/regional-insurance-carrier', // a page on a shared platform
  'https://telegra.ph/Privacy-Polic-11-28', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://www.papertosheet.online/privacy', // a demo-mode policy with a "TODO" note
  'https://www.taxnoticeclarity.com/privacy', // a policy with a "[Your Company, Inc.]" placeholder
  'https://www.policyclear.io/privacy', // a policy marked as a draft pending legal review
  'https://myloaniq.ai/ai-disclaimer', // a disclaimer with "[DATE]" placeholders
  'https://bridgetrading.ai/legal/ai-analyst', // a "v0 working draft" disclosure
  'https://app.sentienttrading.ai/legal/terms', // terms marked as a placeholder
  'https://www.tickety.tax/privacy', // a policy with "[TODO]" placeholders
  'https://getsorted.tax/legal/privacy', // a policy with an "[ICO NUMBER]" placeholder
  'https://businessvaluationcalculator.org/terms', // terms with "[LAUNCH DATE]" placeholders
  'https://www.neostoxai.com/legal-statement', // a statement naming another host
  'https://disclosures.optionsai.com/terms-and-conditions', // a company with a broker-dealer subsidiary
  'https://open.money/blog/ai-agents-accounts-payable-automation', // a business-banking platform's blog
  'https://www.ledge.co/content/ai-accounting-agent', // a finance-operations platform, AI one part (a lead)
  'https://puzzle.io/blog/ai-agents-month-end-close-guide', // an accounting suite (a lead)
  'https://stockup.cc/privacy.html', // a stock app with an AI assistant among its tools
  'https://tele.expensetracker.fyi/privacy-policy', // an expense tracker with optional AI insights
  'https://sgfinancetracker.app/privacy', // an expense tracker with optional AI features
  'https://expense-sync-bot.invntrm.ru/privacy', // an expense bot with an optional AI assistant
  'https://www.write-off.app/privacy', // a tax tracker whose AI is receipt scanning
  'https://www.smacktax.com/privacy', // a tax tracker whose AI is receipt scanning
  'https://adjusterphoto.com/privacy', // a claims-management app with AI research features
  'https://www.auditelligence.com/ai-feature-data-disclosure', // audit software with optional AI features
  'https://www.10studio.tech/docs/privacy', // an add-in maker with several products, as the grc pass decided
  'https://www.cp2000helper.com/privacy', // a policy that does not say AI
  'https://wallstsmart.com/terms', // terms that say "algorithmic analysis", not AI
  'https://www.stxic.com/pages/policy/privacy', // a policy that names only "AI-processing infrastructure"
  'https://feel.trading/en/privacy', // a policy that does not say AI
  'https://expensecapture.co.za/docs.html', // docs that do not say AI
  'https://tax-bot.co.uk/privacy', // a policy that does not say AI
  'https://taxbridge.cloud/privacy-policy', // a workflow platform's policy that does not say AI
  'https://expenser.pro/privacy', // a policy that does not say the product uses AI
  'https://taxmtd.uk/legal/privacy-policy', // a policy that does not say AI
  'https://ipaidthat.io/fr/conditions-generales-dutilisation-cgu/', // terms that do not say AI
  'https://www.billsaathi.com/privacy-policy', // a policy that does not say AI
  'https://deductsam.com/privacy', // a policy that does not say AI (a lead)
  'https://www.counterforcehealth.org/post/how-to-use-chatgpt-to-appeal-your-denied-health-insurance-claim', // a guide
  'https://statement-engine.com/transparency', // a forecasting tool that does not say AI
  'https://www.409.ai/valuation-terms-of-service', // valuation terms that do not say AI
  'https://clawdsniper.com/legal/privacy', // a trading bot's policy that does not say AI
  'https://smartdeductions.app/privacy', // a rules engine with no AI
  'https://taxtracker.brainfleck.app/privacy-policies', // on-device OCR, no AI service
  'https://www.paraglide.ai/blog/how-to-use-ai-agents-in-dunning-workflows', // seen only on its blog (a lead)
  'https://qosh.ai/blogs/whatsapp-to-tally-how-businesses-are-automating-invoice-processing-via-whatsapp', // only a blog
  'https://www.aiaccountant.com/blog/whatsapp-integration-vendor-communication-ap', // seen only on its blog (a lead)
  'https://xlagent.ai/news/blog/ai-investment-memo-deal-screening-private-capital', // seen only on its blog (a lead)
  'https://getorcha.com/en/community/posts/ai-data-privacy-gdpr/index.html', // a community guide
  'https://www.mlq.ai/gpt-4-for-crypto-on-chain-analysis/', // a tutorial
  'https://kansaro.com/learn/professional-standards', // a learning page that names no product
  'https://hub.openfinclaw.ai/en/fin-tax-report', // a skills-hub page with no product claim
  'https://feedough.com/ai-financial-projection-generator', // a generator page on a startup-content site
  'https://thetokencompany.com/terms-and-conditions', // API terms that do not say AI
  'https://www.coinmetrics.io/terms-of-use', // a crypto data company's terms
  'https://jtjdigital.com/private-equity-ai-deal-screener-case-study', // a consultant's case study
  'https://kanopylabs.com/blog/how-to-build-an-ai-accounts-payable-platform', // an agency's article
  'https://dyyota.com/use-cases/invoice-processing', // a consultancy's use case
  'https://mimir.company/work/fpa', // a consultancy's case study
  'https://beeeowl.com/blog/cfos-using-ai-agents-variance-commentary-cash-flow/', // an agency's article
  'https://www.padiso.co/blog/audit-workpaper-review-claude-opus-4-7/', // an agency's article
  'https://www.cognetryx.com/posts/private-ai-mortgage-lending', // a private-AI vendor's article
  'https://mostro360.com/blog/protected-ai-for-loan-officers.html', // a security vendor's article
  'https://waitlist.elevatemsp.ai/library/ai-for-insurance-agencies/gather-loss-runs-and-applications-and-submit-to/implementation', // an MSP guide
  'https://draftaipolicy.com/ai-policy-template/insurance-agencies', // a policy-template site
  'https://docs.keeptrusts.com/article/private-equity-due-diligence-ai-confidential-data-isolation/', // an AI gateway's docs
  'https://www.freelancerforecast.com/privacy', // left out by the c21 finance pass
  'https://cryptotaxedge.com/legal', // left out by the c21 finance pass
];

const NAMESAKES = [
  'https://www.tokenmetrics.io/', // beside Token Metrics (tokenmetrics.com)
  'https://www.fintwit.com/', // beside FinTwit (fintwit.ai)
  'https://www.coveredif.co/', // beside CoveredIf (coveredif.com)
  'https://www.excluria.io/', // beside Excluria (excluria.com)
  'https://www.prism.xyz/', // beside Prism (prismlayer.xyz)
  'https://www.cara.app/', // beside Cara (getcara.ai)
  'https://www.receiptist.com/', // beside Receiptist (receiptist.app)
  'https://www.billiq.com/', // beside BillIQ (billiqai.life)
  'https://www.taxfly.com/', // beside TaxFly AI (taxflyai.com)
  'https://www.deductiv.com/', // beside Deductiv (deductiv.io)
  'https://www.crypteh.io/', // beside Crypteh (crypteh.com)
  'https://www.cryptogpt.com/', // beside CryptoGPT (cryptogpt.chat)
  'https://www.finsail.com/', // beside finsail (finsail.ai)
  'https://www.aloan.com/', // beside Aloan (aloan.ai)
  'https://www.ergora.com/', // beside Appraiser Guru (ergora.ai)
  'https://www.docrew.com/', // beside docrew (docrew.ai)
  'https://www.callanalyst.com/', // beside Call Analyst (callanalyst.app)
  'https://www.secwatch.com/', // beside secwatch (secwatch.observer)
];

describe('twenty-third-session second finance pass (finance2) traps', () => {
  it('adds 25 rows, one of them a URL prefix, one in the india region', () => {
    expect(longTailC23Finance2Tools.length).toBe(25);
    expect(longTailC23Finance2Tools.filter((t) => t.urlPrefixes.length > 0).map((t) => t.id)).toEqual([
      'nomad-data-doc-chat',
    ]);
    expect(longTailC23Finance2Tools.filter((t) => catalogRegion(t.id) === 'india').map((t) => t.id)).toEqual([
      'billiq',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Finance2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.botthebills.com/privacy': 'botthebills',
      'https://receiptist.app/privacy.html?lang=it': 'receiptist',
      'https://www.billiqai.life/privacy': 'billiq',
      'https://taxflyai.com/privacy': 'taxfly-ai',
      'https://www.deductiv.io/privacy': 'deductiv',
      'https://www.tokenmetrics.com/blog/what-is-an-ai-agent-a-deep-dive-into-token-metrics-ai-agent':
        'token-metrics',
      'https://fintwit.ai/privacy-policy': 'fintwit-ai',
      'https://www.stocktrader-ai.com/privacy': 'stock-trader-ai',
      'https://secwatch.observer/methodology': 'secwatch-observer',
      'https://crypteh.com/privacy/': 'crypteh',
      'https://predict.aisocialfarm.co/privacy': 'cryptonerve',
      'https://cryptogpt.chat/privacy-policy': 'cryptogpt-chat',
      'https://www.finsail.ai/blog/ai-powered-crypto-analysis': 'finsail-ai',
      'https://docs.prismlayer.xyz/privacy.html': 'prism-bnb-trading',
      'https://coveredif.com/privacy.html': 'coveredif',
      'https://clarificover.com/privacy': 'clarificover',
      'https://www.excluria.com/privacy': 'excluria',
      'https://docs.getcara.ai/knowledge/accounts': 'cara-insurance',
      'https://docs.getcara.ai/copilot/explorepolicy': 'cara-insurance',
      'https://www.nomad-data.com/doc-chat/automated-broker-submission-triage-for-large-commercial-accounts-property-specialtymarine-general-liability-construction':
        'nomad-data-doc-chat',
      'https://nomad-data.com/doc-chat': 'nomad-data-doc-chat',
      'https://aloan.ai/solutions/ai-financial-statement-analyzer': 'aloan',
      'https://powerunderwriter.com/ai-policy.html': 'poweruw',
      'https://www.ergora.ai/ai-disclaimer': 'appraiser-guru',
      'https://docandtell.com/tools/financial-statement-analyzer': 'doc-and-tell',
      'https://docrew.ai/blog/analyze-financial-reports-locally': 'docrew',
      'https://callanalyst.app/privacy': 'call-analyst',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
