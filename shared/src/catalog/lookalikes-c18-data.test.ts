// Traps beside the rows the eighteenth session's data pass added (data/long-tail-c18-data.ts): the ordinary
// spreadsheet, database, BI, survey and chart software next to each kind of AI data tool, the parents of the claimed
// subdomains, the shared-platform copies and left-out hosts the pass read, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18DataTools } from './data/long-tail-c18-data';

const GENERAL_SITES = [
  'https://www.dbeaver.com/', // a database client with an optional AI feature, beside the text-to-SQL tools
  'https://www.typeform.com/', // a form builder, beside the AI survey tools
  'https://www.chartgo.com/', // a plain chart maker, beside the AI chart generator
  'https://graphing.tools/legal', // a charting API that never mentions AI
  'https://www.chartone.dev/terms-of-service', // a chart rendering API, beside the AI chart generator
  'https://datacleaningtools.com/how-cleaning-works/', // a deterministic CSV cleaner, beside the AI extractors
  'https://pdf2spreadsheet.com/privacy-policy', // a PDF table converter that never mentions AI
  'https://www.nutrient.io/guides/dws-data-extraction/pricing/', // a document SDK vendor, beside the parsing APIs
  'https://thinkn.cloud/', // parent of the claimed cld-ext.thinkn.cloud
  'https://edgework.fr/', // parent of the claimed facturely.edgework.fr
  'https://intellianalytics.co.za/', // parent of the claimed app.intellianalytics.co.za
  'https://symplyai.io/', // parent of the claimed charts.symplyai.io (and of the image pass's headshot subdomain)
];

const SHARED_PLATFORMS = [
  'https://csv-gpt-landing.pages.dev/privacy', // a chat-with-CSV tool on pages.dev
  'https://datavision-ai.vercel.app/terms', // an AI chart tool on vercel.app
  'https://invoices2excel.pages.dev/terms/', // an invoice converter on pages.dev
  'https://brandmar-ocr.pages.dev/terms.html', // a receipt scanner on pages.dev
  'https://easyanalytics.vercel.app/privacy', // a GA4 assistant on vercel.app
  'https://ygilany.github.io/AskDB/concepts/privacy-model/', // a text-to-SQL library's docs on github.io
  'https://aleclee1005.github.io/AIClipSheet/privacy-policy.html', // a clip-to-Sheets extension on github.io
  'https://kostertim87.github.io/dsp-sql-navigator-privacy', // a SQL navigator extension on github.io
  'https://sites.google.com/view/formula-builder-pro/accueil', // a formula extension's policy on Google Sites
  'https://openexcel.46.62.169.162.sslip.io/tos.html', // an Excel viewer on an sslip.io address
];

const LEFT_OUT = [
  'https://www.33aais.com/our-creations/ai-formula-builder/terms-of-service', // a studio's page for its Sheets add-on
  'https://creativedynamicinc.com/simplegpt-terms-of-use/', // a company page for its Sheets add-on
  'https://torontoinnovationlab.com/data-chat-policy.html', // a lab's page for its extension
  'https://tabon.io/qa/aiName.html', // an exporter's optional AI feature
  'https://www.formulapilot.com/privacy-policy', // a formula add-on whose policy never mentions AI
  'https://formulaworkspace.com/terms', // a formula tool whose terms never mention AI
  'https://www.ttsql.com/privacy', // a text-to-SQL policy that never mentions AI
  'https://www.plainquery.app/terms-of-service', // a query tool whose terms never mention AI
  'https://chart-gpt.app/privacy-policy', // a Sheets add-on whose policy never mentions AI
  'https://www.chartsai.com/privacy', // a chart platform whose policy never mentions AI
  'https://aichartmotion.com/privacy', // a Mac-only chart app
  'https://www.papertosheet.online/privacy', // a demo-mode extractor before launch
  'https://invoicextract.zeeshanai.cloud/privacy', // an extractor on a personal host
  // chatwithdb.steplus.co became its own row in the aliases pass (STEPlus's ChatWithDB, not chatwithdb.com's)
  'https://stage.expensebot.ai/privacy', // a staging host
  'https://staging.instantdashboards.com/privacy', // a staging host
  'https://www-dev.powerbiagent.nl/en/docs/privacy-en-data', // a dev host
  'https://app.analyticsassistant.ai/privacy', // a GA4 tool whose policy never says AI
  'https://chatwithga4.com/privacy', // a GA4 chat tool whose policy never says AI
  'https://www.sopact.com/use-case/how-to-analyze-qualitative-data-from-interviews', // an article, not terms or docs
  'https://www.paradime.io/guides/dbt-documentation-backfiller-ai-agent', // a guide, not terms or docs
  'https://formsai.app/ai-generated-form-review-checklist', // a blog post
  'https://www.queryveil.com/blog/chatgpt-data-analysis-privacy-comparison', // a blog post
  'https://paper2form.com/terms.html', // a mobile-only scanner app
  'https://rakuraku.info/manual-seikyu', // a Windows-only invoice reader
  'https://grids365.com/live-data', // a spreadsheet with an AI function among many
];

const NAMESAKES = [
  'https://www.sqliq.com/', // beside Sqliqs
  'https://www.autodb.com/', // beside AutoDB
  'https://www.documind.com/', // beside Documind (documind.cloud)
  'https://www.gateflow.com/', // beside GateFlow
  'https://www.opuz.com/', // beside Opuz Sheets Assistant
  'https://www.melya.com/', // beside Melya
  'https://www.myanalyst.com/', // beside MyAnalyst
  'https://www.unsiloed.com/', // beside Unsiloed AI
  'https://www.statswriter.org/', // beside StatsWriter
];

describe('eighteenth-session data traps', () => {
  it('adds 34 rows, each with one domain and no prefix', () => {
    expect(longTailC18DataTools.length).toBe(34);
    expect(longTailC18DataTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18DataTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.schemawhisper.com/privacy': 'schemawhisper',
      'https://docs.autodb.app/api/operations/generate_query_api_v1_connections__connection_id__queries_generate_post/':
        'autodb',
      'https://docs.documind.cloud/api-reference/extract': 'documind-cloud',
      'https://docs.worqhat.com/docs/database/natural-language-query': 'worqhat',
      'https://docs.unsiloed.ai/api-reference/parser/parse-document.md': 'unsiloed-ai',
      'https://docs.lawme.ai/block-reference/ai/create-chart': 'lawme-ai',
      'https://charts.symplyai.io/privacy': 'symplyai-chart-generator',
      'https://app.intellianalytics.co.za/settings': 'intellianalytics',
      'https://cld-ext.thinkn.cloud/terms': 'cld-ext-claude-for-sheets',
      'https://facturely.edgework.fr/cgu': 'facturely',
      'https://www.surveysai.com/privacy-policy-terms-of-service/': 'surveysai',
      'https://gateflow.ai/docs/data-compliance/ocr/table-extraction.html': 'gateflow-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
