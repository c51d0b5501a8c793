// Traps beside the rows the twenty-third session's second data-and-documents pass added
// (data/long-tail-c23-data2.ts): the ordinary spreadsheet, database, BI, survey, PDF, OCR, banking and store software
// next to each kind of AI tool it added, the parents of the three subdomains claimed alone, the shared-platform copies
// and left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify;
// every new host must reach its own entry.
// listed since by the c28 office3 pass (long-tail-c28-office3.ts), from ChatPDFPlus's own policy on chatpdfplus.com,
// which covers the preview host
// QualIntel OS is listed by the c28 research4 pass from its privacy policy, which says the platform generates AI-
// assisted coding suggestions
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Data2Tools } from './data/long-tail-c23-data2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.postgresql.org/', // a database, beside the text-to-SQL tools
  'https://www.mysql.com/', // a database, beside the text-to-SQL tools
  'https://www.tableau.com/', // a BI product, beside the AI BI analysts
  'https://www.metabase.com/', // a BI product, beside the AI dashboard generators
  'https://www.chartgo.com/', // a plain chart maker, beside the AI chart generators
  'https://www.libreoffice.org/', // an office suite, beside the spreadsheet AI
  'https://www.ablebits.com/docs/office-online-addins-privacy-policy/', // an Office add-in maker's policy that never says AI
  'https://excel-works.com/home/privacy365', // an Excel calculus add-in, beside the Excel AI add-ins
  'https://www.openrefine.org/', // a data-cleaning tool, beside the AI data cleaners
  'https://tesseract-ocr.github.io/', // an OCR engine's docs, beside the handwriting OCR
  'https://www.abbyy.com/', // an OCR vendor, beside the table and document extractors
  'https://pdftableconverter.com/privacy-policy', // a PDF table converter whose policy never says AI
  'https://www.bankpdfexcelconverter.com/privacy', // a statement converter whose policy never says AI
  'https://www.surveymonkey.com/', // a survey platform, beside the AI feedback analysis
  'https://www.qualtrics.com/', // a survey platform, beside the AI feedback analysis
  'https://www.shopify.com/', // a store platform, beside the AI Shopify analysts
  'https://stripe.com/', // a payments platform, beside the AI store analysts
  'https://paddle.com/', // a merchant of record named in the summariser's refund policy
  'https://www.irs.gov/forms-instructions', // a forms portal, beside the AI form fillers
  'https://algoscale.com/', // the consultancy parent of the claimed analystiq.algoscale.com
  'https://www.algoscale.com/', // the consultancy parent of the claimed analystiq.algoscale.com
  'https://epicglobalinc.com/', // the parent of the claimed promptcell.epicglobalinc.com
  'https://www.epicglobalinc.com/', // the parent of the claimed promptcell.epicglobalinc.com
  'https://elizeta.com/', // the parent of the claimed trendsadvisor.elizeta.com
  'https://www.elizeta.com/', // the parent of the claimed trendsadvisor.elizeta.com
];

const SHARED_PLATFORMS = [
  'https://csv-gpt-landing.pages.dev/privacy', // a chat-with-CSV tool on pages.dev
  'https://datavision-ai.vercel.app/terms', // an AI chart tool on vercel.app
  'https://petavue-help-docs.pages.dev/dashboards/dashboard-creation/', // an AI data workspace's help on pages.dev
  'https://unblur-text.pages.dev/ko/terms-of-use', // a handwriting OCR tool on pages.dev
  'https://x-lab.pages.dev/legal/privacy', // a placeholder BI policy on pages.dev
  'https://www-infograph-ai.pages.dev/privacy', // an AI dashboard tool's policy on pages.dev
  'https://data-science-7lg.pages.dev/latest/doc_parser_api', // a document parser's docs on pages.dev
  'https://ai-product-analyzer.vercel.app/privacy', // a Shopify app on vercel.app
  'https://tranquil-sopapillas-bf9892.netlify.app/terms', // an AI spreadsheet analyst on netlify.app
  'https://chartmakerterms.netlify.app/', // a chart app's terms on netlify.app
  'https://docmparker.github.io/mp-site/posts/bts_llm_survey_paper', // a researcher's post on github.io
  'https://chata.readme.io/docs/initial-database-connection', // a text-to-SQL vendor's docs on readme.io
];

const LEFT_OUT = [
  'https://deepnote.com/docs/ai-data-privacy', // a data notebook with an AI feature
  'https://docs.omni.co/docs/ai/data-security', // a BI product with AI features
  'https://astrato.io/blog/ai-chat-analytics-with-row-level-security', // a BI vendor's blog
  'https://www.clarityanalytic.com/privacy', // a BI platform with an assistant
  'https://docs.nps.today/ai/ai-feedback-assistant/', // an NPS platform with an AI feature
  'https://support.customergauge.com/support/solutions/articles/5000893296-system-settings-ai-privacy-settings', // a CX platform's AI settings
  'https://easy-feedback.com/privacy/ai-data-protection', // a survey tool with an AI module
  'https://kb.explori.com/knowledge/using-ai-open-text-analysis', // an event-survey platform with an AI feature
  'https://help.retently.com/en/articles/5210276-automated-topic-sentiment-classification', // an NPS tool with an AI feature
  'https://docs.kazinex.com/report-forge/tutorials/ai-vision-panel', // a reporting product with an AI fill feature
  'https://docs.nexalytica.com/dashboards/building-and-managing', // a dashboard product with an AI toggle
  'https://originchain.ai/product/ask', // a managed database with a natural-language endpoint
  'https://kissmetrics.io/blog/ai-report-generation-workflow', // an analytics vendor's blog
  'https://cleancsvai.com/privacy', // AI only in the brand name
  'https://handtextai.com/privacy', // a policy that does not say AI
  'https://www.synthdataflow.com/terms', // a test-data generator whose terms never say AI
  'https://statementsanalyzer.com/privacy-policy', // "automated and assisted" processing, no AI
  'https://www.agenticbi.com/privacy', // a policy that never says AI
  'https://syntheta.org/privacy-policy', // a policy that speaks of "our models" only
  'https://clairinsights.com/privacy', // "model-assisted planning" only
  'https://chartsai.pro/privacy', // a Slack chart app whose policy does not say it uses AI
  'https://steindb.com/privacy', // a SQL converter with an optional bring-your-own-key AI mode
  'https://www.pdfanalysis.co.uk/api', // an API page with an example.com placeholder base URL
  'https://sheetengine.xyz/privacy', // a pre-launch waitlist
  'https://repliox.chat/privacy', // a policy still marked for review before launch
  'https://ethics-pilot.elephantstripes.ai/privacy', // a prototype in development
  'https://dev.sheetai.co/privacy', // a dev host
  'https://dev.usevisual.ai/terms', // a dev host
  'https://wp-staging.revealbi.io/blog/ai-generated-dashboard', // a staging host
  'https://indigoedocs.com/?p=2980', // a bare `?p=` page
  'https://jupyter-express.com/?p=3', // a bare `?p=` page
  'https://outerbrain.co.jp/spdify/?p=935', // a bare `?p=` page
  'https://www.labsbit.ai/case-studies/feedback-classification-with-gpt-3-5-turbo', // an agency's case study
  'https://mecanik.dev/en/case-studies/enterprise-ai-document-processing', // a developer's case study
  'https://dyyota.com/use-cases/document-processing', // an agency's use case
  'https://kirweb.site/ai-integrations/ai-document-processing/', // an agency's page
  'https://snok.ai/en/offer/ai-automation/document-understanding/', // an agency's offer
  'https://avyukta.in/ai-expertise/chat-with-database', // an agency's page
  'https://www.goml.io/blog/ai-matic-intelligent-document-processing', // an agency's whitepaper
  'https://grow2.ai/en/automations/data-analytics/dashboard-narrative-generator', // an automation catalogue
  'https://bludiesel.ai/blog/automated-report-generation-ai', // a consultant's blog
  'https://theconcaveai.com/service-synthetic-data', // a QA service
  'https://www.queryveil.com/blog/what-your-ai-data-tool-actually-does-with-your-csv', // seen only on its blog
  'https://cubig.ai/glossary/synthetic-data-generation/', // a glossary page
  'https://scaffoldyourdocs.com/blog/compare-two-contracts-using-ai/', // seen only on its blog
  'https://sourcetodocs.com/ai-report-generator.html', // a guide
  'https://toolforte.com/blog/ai-pdf-summarizer-chat-documents', // a blog
  'https://umatechnology.org/can-chatgpt-make-a-summary-of-a-pdf', // a blog
  'http://penagos.net/politica-de-privacidad/', // a personal site's assistant policy
];

const NAMESAKES = [
  'https://www.claribi.ai/terms', // Claribi OÜ, beside clariBI (claribi.com)
  'https://www.analystiq.com/', // beside AnalystIQ (analystiq.algoscale.com)
  'https://www.sqlexplain.com/', // beside SQLExplain.ai (sqlexplain.ai)
  'https://www.fusedash.com/', // beside Fusedash (fusedash.ai)
  'https://www.vizllm.ai/', // beside Viz LLM (vizllm.com)
  'https://www.promptcell.com/', // beside PromptCell (promptcell.epicglobalinc.com)
  'https://www.opensheets.com/', // beside OpenSheets (opensheets.app)
  'https://www.foresightxl.net/', // beside ForesightXL (foresightxl.com)
  'https://www.goldentruth.com/', // beside GoldenTruth (goldentruth.io)
  'https://www.datachecker.com/', // beside DataCheckerPro (datacheckerpro.com)
  'https://www.imagetoexcel.com/', // beside Image to Excel (image-to-excel.com)
  'https://www.pdftable.com/', // beside PDF Table AI (pdftableai.com)
  'https://www.tablesnap.com/', // beside TableSnap (tablesnap.ai)
  'https://www.pdf2excel.com/', // beside Pdf2Excel (pdf2excel.pro)
  'https://www.qomplement.ai/', // beside Qomplement (qomplement.com)
  'https://www.logic.com/', // beside Logic (logic.inc)
  'https://www.mittelstand.de/', // beside Mittelstand.ai (mittelstand.ai)
  'https://www.handwriting.com/', // beside Handwriting OCR (handwritingocr.com)
  'https://www.handwriter.com/', // beside HandwriterAI (handwriterai.com)
  'https://www.bankstatementanalyzer.com/', // beside Bank Statement Analyzers (bankstatementanalyzers.com)
  'https://www.smartstats.com/', // beside Smart Statements (smartstats.pro)
  'https://www.feedpulse.com/', // beside FeedPulse AI (feedpulseai.com)
  'https://www.trendsadvisor.com/', // beside AI Trends Advisor (trendsadvisor.elizeta.com)
  'https://www.shopinsights.com/', // beside AI Shop Insights (aishopinsights.com)
  'https://www.summify.com/', // beside Summify (summify.net)
  'https://www.synthor.com/', // beside Synthorai (synthorai.io)
  'https://www.myhandwriting.com/', // beside MyHandwriting.org (myhandwriting.org)
];

describe('twenty-third-session data and documents (data2) traps', () => {
  it('adds 28 rows, each with one domain and no prefix, one of them in the europe region', () => {
    expect(longTailC23Data2Tools.length).toBe(28);
    expect(longTailC23Data2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC23Data2Tools.filter((t) => catalogRegion(t.id) === 'europe').map((t) => t.id)).toEqual([
      'mittelstand-ai',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Data2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://analystiq.algoscale.com/features': 'analystiq-algoscale',
      'https://claribi.com/knowledge-base/glossary-every-term-used-in-claribi-defined/': 'claribi',
      'https://promptcell.epicglobalinc.com/privacy': 'promptcell',
      'https://www.goldentruth.io/docs/concepts/data-handling': 'goldentruth',
      'https://www.pdftableai.com/privacy': 'pdftableai',
      'https://docs.qomplement.com/pdf-forms/auto-detect-mappings': 'qomplement',
      'https://logic.inc/resources/ai-pdf-form-filling-automate-complex-forms-scale': 'logic-inc',
      'https://mittelstand.ai/kundendatenschutz': 'mittelstand-ai',
      'https://www.handwritingocr.com/help/privacy': 'handwriting-ocr',
      'https://bankstatementanalyzers.com/blogs/privacy-policy.html': 'bankstatementanalyzers',
      'https://www.smartstats.pro/privacy': 'smart-statements',
      'https://trendsadvisor.elizeta.com/privacy-policy': 'ai-trends-advisor',
      'https://docs.ask-ai-data-connector.co.uk/privacy-policy': 'ask-ai-data-connector',
      'https://www.summify.net/refund-policy': 'summify-net',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
