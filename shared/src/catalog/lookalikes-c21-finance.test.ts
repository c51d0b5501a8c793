// Traps beside the rows the twenty-first session's finance pass added (data/long-tail-c21-finance.ts): the ordinary sites
// next to each kind of AI tool it added (filings, quotes and charting sites, crypto explorers and a DEX, accounting
// and budgeting software, tax authorities, a disclosure service, a trading platform, a property-listing site, a
// start-up database, bank-data and payment services), the parents of the two claimed subdomains and of the claimed
// path, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists Orbit (orbitfin.ai) from its
// deep-research API page (comprehensive AI research analysis); the earnings-call bot trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC21FinanceTools } from './data/long-tail-c21-finance';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.sec.gov/edgar/search/', // SEC filings, beside the earnings-call and stock research assistants
  'https://seekingalpha.com/', // stock news and transcripts, beside the research assistants
  'https://finance.yahoo.com/', // quotes, beside the stock analysis tools
  'https://www.tradingview.com/', // charting, beside the trade planners, journals and coaches
  'https://www.metatrader5.com/', // a trading platform, beside the AI trade journals
  'https://www.coingecko.com/', // crypto prices, beside the DeFi agents
  'https://etherscan.io/', // a block explorer, beside the wallet-analysis bot
  'https://app.uniswap.org/', // a DEX, beside the natural-language DeFi agents
  'https://quickbooks.intuit.com/', // accounting software, beside the bookkeeping agents and CFO copilots
  'https://www.xero.com/', // accounting software, beside the bookkeeping agents
  'https://www.ynab.com/', // budgeting software, beside the AI budget apps
  'https://business.whatsapp.com/', // WhatsApp Business, beside the WhatsApp money assistants and receipt reader
  'https://www.gov.br/receitafederal/', // the Brazilian tax authority, beside the Brazilian tools
  'https://www.irs.gov/', // the US tax authority, beside the pay and tax tools
  'https://www.nta.go.jp/', // the Japanese tax agency, beside ZEILY
  'https://www.release.tdnet.info/', // Japanese disclosures, beside IR気象台
  'https://www.loopnet.com/', // property listings, beside the AI underwriting tool
  'https://www.crunchbase.com/', // a start-up database, beside the investment-memo tools
  'https://plaid.com/', // bank data, beside the budgeting and CFO tools
  'https://stripe.com/', // payments, named in many of the policies
  'https://mynexussolution.com/', // the parent of Book-Agent's claimed subdomain
  'https://www.mynexussolution.com/', // the parent of Book-Agent's claimed subdomain
  'https://leinaro.com/', // the parent of Leo AI Assistant's claimed subdomain
  'https://www.leinaro.com/', // the parent of Leo AI Assistant's claimed subdomain
  'https://meridia.cloud/', // the site around the claimed memo-generator path
  'https://www.meridia.cloud/', // the site around the claimed memo-generator path
  'https://meridia.cloud/pricing', // a sibling path beside the claimed memo-generator path
];

const SHARED_PLATFORMS = [
  'https://algo-finance.pages.dev/ai/generative-ai/how-wall-street-uses-gpt4-for-earnings-analysis/', // a shared-platform page
  'https://autheriq-ai.gitbook.io/autheriq-ai-documentation/other/privacy-policy', // a shared-platform page
  'https://bumpy-share-b52.notion.site/MyBudget-AI-Privacy-Policy-3760bbbc583081608631f6578a267a6c', // a shared-platform page
  'https://tidysheet-1fl.pages.dev/legal/privacy-policy.html', // a shared-platform page
  'https://hermes-pages-d55.pages.dev/financial-planning-ai-wiki/governance.html', // a shared-platform page
  'https://aifinnav.polsia.app/ai-policy', // a shared-platform page
  'https://tax-seven-tau.vercel.app/privacy', // a shared-platform page
  'https://ai-and-tax-privacy.pages.dev/blog/ai-and-tax-privacy-article-1.html', // a shared-platform page
  'https://ethanwheatthin.github.io/PortfolioPulsePrivacyPage/', // a shared-platform page
  'https://shadow6119192837-prog.github.io/index.html', // a shared-platform page
  'https://kmazda-prog.github.io/kakeibo/', // a shared-platform page
  'https://tukuttemita.notion.site/3186ea56e52f80abbb80ecfd1e31c80a', // a shared-platform page
  'https://japan-travel-receipt-app.vercel.app/privacy/index.html', // a shared-platform page
  'https://statementextract.pages.dev/blogs/bank-statement-analysis-loan-underwriting-automation/', // a shared-platform page
  'https://documentoia.pages.dev/privacidade', // a shared-platform page
  'https://hari08112000.github.io/expense-scan/privacy.html', // a shared-platform page
  'https://killoffski.github.io/autoreceipt-privacy/', // a shared-platform page
  'https://telegra.ph/Privacy-Polic-11-28', // a shared-platform page
  'https://opstatement.duckdns.org/privacy', // a template on a dynamic-DNS host
  'https://parse-ai-magic.lovable.app/', // the lovable.app copy NotaPraPlanilha's policy names
  'https://dev.2nth-skills.pages.dev/fin/modelling', // a shared-platform page
  'https://bensbites-site.pages.dev/tutorial/analyze-and-summarize-financial-statements', // a shared-platform page
];

const LEFT_OUT = [
  'https://followthroughadvisor.com/ai-disclosure', // an optional AI email feature
  'https://help.kerdora.com/en/articles/14844786-using-the-assistant-beta', // planning software with a beta assistant
  'https://cashflowsmart.io/privacy', // AI Financial Advisor is one feature
  'https://www.cfopal.co.uk/privacy', // AI insights are one feature among reports and forecasts
  'https://www.freelancerforecast.com/privacy', // optional OpenAI insights
  'https://budget.korlab.team/privacy-policy', // bring-your-own-key AI in a budget app
  'https://propsurvivalengine.com/privacy', // a trade journal, AI one feature
  'https://tradecorelab.com/privacy', // a trade journal, AI one feature
  'https://www.tradingallianzpro.com/privacy', // a trade journal, AI one feature
  'https://conformidoc.com/politica_de_privacidade', // an AI module in a reconciliation product
  'https://pay-s.0xtgi.dev/terms?lang=en', // a payment subdomain of a signals service
  'https://market-scanner.net/legal/terms', // a "multi-agent pipeline" that the page does not call AI
  'https://www.stockengine.ai/notices/', // notices that do not say AI
  'https://docs.n0ir.ai/legal/privacy-policy', // a policy that does not say AI
  'https://hi.imtoken.fans/en/privacy', // a policy that does not say AI
  'https://booki-ai.com/legal/privacy', // a policy that does not say the processing is AI
  'https://cap-orbit.com/underwriting', // a product page that does not say AI
  'https://www.cashflowy.ai/legal-pages/privacy-policy', // a policy that does not say AI
  'https://cryptotaxedge.com/legal', // a policy that does not say AI
  'https://cryptobasis.ai/faq', // an FAQ that does not say AI
  'https://www.portfoliomotif.com/privacy.html', // a browser-only tool with no AI
  'https://softhouse-owl.com/ramsey-quant/privacy', // a policy that does not say AI
  'https://myaifinancialplan.com/privacy-policy', // deterministic engines, AI only in the name
  'https://www.foggybot.io/?p=1418', // a trading bot's terms that do not say AI
  'https://www.tgbot.com/terms', // a trading bot's terms that do not say AI
  'https://blum.io/post/blum-trading-bot-terms-and-conditions', // a trading bot's terms that do not say AI
  'https://researcher.center/legal/privacy', // a placeholder draft
  'https://investos.fyi/privacy', // a pilot placeholder
  'https://tm.zickzackkind.de/privacy', // a policy with a `[Company Name]` placeholder
  'https://allcryptobots.com/terms-and-conditions/', // a terms outline
  'https://www.cuentate.com/ai-money-privacy-policy/', // a policy still carrying a chatbot's preamble
  'https://staging.tradelyst.ai/de/docs/privacy-mode', // a staging host
  'https://staging.aistockanalyzer.org/privacy', // a staging host
  'https://stg-kospi.hawks.kr/ja/paid-report/guardrail', // a staging host
  'https://ai.gsupb.today/terms.html', // a lead-funnel stock diagnosis site
  'https://us.signallayer.info/terms-of-service', // a lead-funnel stock diagnosis site
  'https://tjhxjxf.com/risk.html', // a lead-funnel market-insight site
  'https://gptinvest.ai/legal/terms', // a ratings publication, not a tool
  'https://bootstrapai.biz/legal/privacy', // a tool self-hosted on its operator's machine
  'https://startupscreener.io/privacy', // a student founder's project
  'https://dynamasoft.com/underwriting-sucks-so-i-built-an-ai-that-does-it-for-me', // a capstone write-up
  'https://ethglobal.com/showcase/defi-swarm-skzd9', // a hackathon entry
  'https://kathyong.online/writing/build-finance-analyzer', // a personal build log
  'https://laigo.ai/data-processing/', // an AI-processing notice that names no product
  'https://toolspedia.net/pages/expense-manager-ai-budget-tracker-privacy-policy', // a phone app on a tools directory
  'https://oshiralabs.com/privacy-recibo.html', // an on-device phone app with no AI
  'https://rakuraku.info/ryoshu-privacy', // a desktop app on its developer's site
  'https://www.perceptive-analytics.com/financial-summarizer-pro/privacy-policy.html', // a ChatGPT app on a consultancy's site
  'https://www.nexgenanalysis.com/privacy', // a policy that does not say AI
  'https://www.taxletterai.alexanderbeckermedia.de/', // a tool on a media agency's subdomain
  'https://quai.kr/portal/privacy-policy.html', // a policy not tied to its product host
  'https://taxwallet.ai/legal/ai-policy', // tax software, AI one feature
  'https://help.finary.com/en/articles/7988691-how-is-my-data-used-for-finary-ai', // a wealth app, AI one feature
  'https://docs.carv.io/d.a.t.a.-ai-framework/examples/on-chain-insights', // a protocol whose AI framework is one part
  'https://www.spaceandtime.io/blog/data-engineering-and-analytics-with-natural-language', // a database, AI one feature
  'https://www.quietmachines.ai/answers/how-does-ai-handle-client-confidentiality-at-an-ria', // a consultancy
  'https://holm.com/en/ai-for-wealth-managers', // a consultancy
  'https://reruption.com/de/knowledge/how-to-ai/finanzen/cashflow-prognosen-staerken/unzuverlaessige-kurzfristprognosen/chatgpt', // a consultancy's guide
  'https://dyyota.com/use-cases/invoice-processing', // an agency
  'https://grow2.ai/en/automations/finance/credit-memo-automation', // an agency
  'https://www.humanr.ai/intelligence/ai-workflow-automation-finance-variance-notes', // a consultancy
  'https://beeeowl.com/blog/cfos-using-ai-agents-variance-commentary-cash-flow/', // an agent installer's blog
  'https://faris-tax.jp/genai', // a tax firm's own AI policy
  'https://www.kolena.com/blog/ai-bank-statement-analysis-lenders/', // seen only on its blog
  'https://arya.ai/blog/ai-powered-bank-statement-analysis-mortgage-underwriting', // seen only on its blog
  'https://leni.co/help-articles/ai-underwriting-real-estate', // seen only on a general article
  'https://www.uptiq.ai/glossary/what-is-ai-credit-memo', // seen only on its glossary
  'https://zeplynai.org/blog/ai-meeting-notes-wealth-management.html', // seen only on its blog
  'https://verinoteai.com/blog/ai-notetaker-compliance-checklist-2026', // seen only on its blog
  'https://selfcapsule.com/blog/ai-features-budgeting-app-privacy-cost', // seen only on its blog
  'https://www.aivestio.com/ai-automated-earnings-analysis-beginners-guide', // a guide
  'https://chatfin.ai/blog/step-by-step-guide-to-automating-accounts-payable-with-ai-agents-finance-ai', // seen only on its blog
  'https://metadatamorph.com/blog/ap-automation-invoice-processing-agent', // seen only on its blog
  'https://recon.innavera.com/blog/ai-financial-modeling', // seen only on its blog
  'https://www.inweb3.com/chatcrypto-chatgpt-for-blockchain-data/', // seen only on its blog
];

const NAMESAKES = [
  'https://www.earningscalls.com/', // beside EarningsCalls.ai
  'https://www.algothesis.com/', // beside AlgoThesis (algothesis.ai)
  'https://www.kotstock.ai/', // beside KotStock (kotstock.com)
  'https://www.technicalanalysis.com/', // beside Technical Analysis MCP
  'https://www.apexstock.com/', // beside Apex Stock Intel
  'https://www.irweather.com/', // beside IR気象台 (irweather.jp)
  'https://www.portfolioguardian.com/', // beside Portfolio Guardian (portfolioguardian.co.uk)
  'https://www.aspis.com/', // beside Aspis (aspis.finance)
  'https://www.anneli.com/', // beside ANNELI (anneli-aml.com)
  'https://www.agentifyai.com/', // beside AgentifyAI (agentifyai.xyz)
  'https://www.aarna.com/', // beside aarnâ (aarna.ai)
  'https://www.sozo.com/', // beside Sozo AI (sozoai.xyz)
  'https://www.mytradingcoach.com/', // beside MyTradingCoach (mytradingcoach.online)
  'https://www.claritybudget.com/', // beside AI Clarity Budget
  'https://www.budget-ai.com/', // beside Budget AI (budget-ai.ru)
  'https://www.readmypay.ai/', // beside ReadMyPay (readmypay.com)
  'https://www.sobranada.com.br/', // beside SobraNada (sobranada.com)
  'https://www.meuassessor.com.br/', // beside meuassessor.com
  'https://www.bookscommander.ai/', // beside Books Commander (bookscommander.com)
  'https://www.exceltract.ai/', // beside Exceltract (exceltract.com)
  'https://www.fechames.com.br/', // beside NotaPraPlanilha (fechames.app)
  'https://www.finreports.com/', // beside Finance & Reporting Intelligence (finreportsai.com)
  'https://www.cfoly.com/', // beside CFOly.ai
  'https://www.fimo.ai/', // beside FiMo Copilot (financialmodeling.tech)
  'https://www.aitradingcoach.com/', // beside AI Trading Coach (aitradingcoach.app)
  'https://www.traderjack.com/', // beside TraderJack (traderjack.ai)
  'https://www.aiunderwriting.com/', // beside AI Underwriting (aiunderwriting.net)
  'https://www.lendingiq.com/', // beside LendingIQ (lendingiq.ai)
  'https://www.zeily.com/', // beside ZEILY (zeily.ai)
  'https://www.stratengine.com/', // beside StratEngine AI (stratengineai.com)
  'https://www.meridia.com/', // beside Meridia's memo generator (meridia.cloud)
];

describe('twenty-first-session finance traps', () => {
  it('adds 33 rows, each with one host or one path', () => {
    expect(longTailC21FinanceTools.length).toBe(33);
    expect(
      longTailC21FinanceTools.every(
        (t) => t.domains.length + t.urlPrefixes.length === 1 && t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
    expect(longTailC21FinanceTools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(25);
  });

  it('classifies every new host and path to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21FinanceTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, their subdomains and the claimed path', () => {
    expectEachClassifiedAs(sourceUrls(longTailC21FinanceTools));
    expectEachClassifiedAs({
      'https://docs.agentifyai.xyz/system-architecture/high-level-system-flow': 'agentifyai',
      'https://docs.aarna.ai/aarna-agentic-engine/atars/conversational-ai-agent': 'aarna-ai',
      'https://docs.sozoai.xyz/architecture-and-technology': 'sozo-ai',
      'https://meridia.cloud/ai-investment-memo-generator': 'meridia-memo-generator',
      'https://www.meridia.cloud/ai-investment-memo-generator': 'meridia-memo-generator',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
