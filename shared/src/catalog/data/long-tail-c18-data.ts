// Eighteenth session, data and analytics pass (2026-12-06, helper `data`): AI tools that work on tables and numbers,
// which the catalog still missed. AI spreadsheet and formula assistants (Excel and Google Sheets add-ins, a Sheets
// extension, formula generators), text-to-SQL and chat-with-your-database tools and APIs, AI data analysts and
// statistics writers, AI analytics assistants for Google Analytics 4 and Power BI, AI survey and questionnaire tools,
// AI extraction of invoices, bank statements, photos, charts and web pages into spreadsheet data, document-parsing
// APIs, and an AI chart generator. Three products of other kinds met on the way are kept: two AI gateways
// (BrainstormRouter, GateFlow) and a chatbot service (newking.com).
//
// Leads. The stored `pages` corpus searched by product kind (49 look-ups) plus one `docs` look-up (50 in all), worded
// the way vendors word their own terms, privacy policies, AI-use statements, help centres and API docs, in English,
// German, French, Spanish, Portuguese, Italian, Japanese, Chinese and Korean. Every row cites a page, with a path, on
// the product's own host (or its vendor's); each page says in the vendor's words that the product answers, writes SQL,
// extracts, analyses or summarises with AI, or names the model or AI provider it uses. Candidate hosts were run through
// /work/helpers/classify-hosts.mts and the catalog grepped by name first; hosts already listed are left to their
// entries (Excel SOS, Sheetsbase, Cellify, AI-SQL-Chat, Invoice Data Extraction, Invoice Itemizer, RestInvoice's
// InvoiceAI, AI for Database, AskYourDatabase, DataHub Pro, Supersheets, Overten AI, FormGPT, DataInsight, SheetApps,
// Surveyi, onlinesurvey.ai, EasyWork Agents, Insights for Sheets, GPT for Sheets (docgpt.ai), AI4Sheets, Facturalix,
// Factumensaje, Landing AI, Dumpling AI, LlamaIndex, Reducto, Stack AI, Credal). Three subdomains are claimed alone
// because their parents are not the AI product or were not read: charts.symplyai.io (the image pass claims only
// headshot.symplyai.io), cld-ext.thinkn.cloud and facturely.edgework.fr; app.intellianalytics.co.za is claimed alone
// because only its app was read. The four browser extensions (Opuz, Page2Table, Website Extractor, ChromePilot) stay
// under productivity, as no store id was read for them.
//
// Measured with /work/helpers/classify-hosts.mts on the 327 hosts the searches returned (vendors, blogs, news sites and
// shared hosts alike): 41 classified before (12.5%), 77 (23.5%) after.
//
// Left out. Pages that never say the product uses AI (formulaworkspace.com, formulapilot.com, ttsql.com,
// plainquery.app, chart-gpt.app, chartsai.com, statementparse.dev, statementocr.com, pdf2spreadsheet.com,
// texttotableconverter.com, survai.io, quizaibuilder.ovh, formcreatorai.com, datastatz.com, stateze.com,
// app.analyticsassistant.ai, chatwithga4.com, organizatusfacturas.com, fracto.tech, normalizeonline.com and the
// deterministic CleanSheet at datacleaningtools.com); blogs, guides and articles rather than the product's own terms or
// docs (queryveil.com, analyzedata.io, askerium.com, formsai.app, paperaiapp.com, konfuzio.com, tigerscribe.com,
// skopx.com, paradime.io's DinoAI guides, sopact.com's use-case article, formspring.io, blog.formize.ai); add-ons
// documented only on a studio's or a person's own site (33aais.com, creativedynamicinc.com's SimpleGPT, alexpaul.io,
// alicemrongovius.com, lincolnapps.co, torontoinnovationlab.com's Data Chat, docs-labs.com's formula extension, the
// http-only botcom.fi); general products with an AI feature (DBeaver, DATPROF, Workflow86, Typeform, Bold BI,
// Polyteia, SpreadJS, Jobcan, Yokoy, People Insight, tabon.io, grids365.com, SurveyThis, kept out by the sixteenth
// session's productivity pass, and SheetFormR); mobile or desktop apps with no web product (aichartmotion.com,
// zazmic.at's Receipt Scanner, smejapan.com, paper2form.com, rakuraku.info, ReceiptIQ, AI Receipts to Excel);
// pre-launch or placeholder pages (papertosheet.online's demo mode, ibsdex.com's template policy); staging and dev
// hosts (stage.expensebot.ai, staging.instantdashboards.com, www-dev.powerbiagent.nl, staginghelp.boldbi.com);
// statory.org, whose only stored policy sits under an odd /sitemap.xml/privacy path; chatwithdb.steplus.co, which may be
// the ChatWithDB already listed at chatwithdb.com (a lead, not a row); personal hosts (invoicextract.zeeshanai.cloud,
// scan.talktomydoc.xyz); and shared platforms (csv-gpt-landing.pages.dev, datavision-ai.vercel.app,
// invoices2excel.pages.dev, brandmar-ocr.pages.dev, easyanalytics.vercel.app, an sslip.io Open Excel, github.io
// policies, a sites.google.com formula extension).
//
// Found by another pass too and kept once (merge, 2026-12-06): NewKing chatbot, Melya in the meetings pass's file.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18DataTools: Tool[] = defineTools(
  'productivity',
  [
    // --- AI spreadsheet, formula and Excel/Sheets assistants ---
    { id: 'formules-excel-ia', name: 'Formules Excel IA', vendor: 'formules-excel-ia.com', domains: ['formules-excel-ia.com'], region: 'europe', source: 'https://formules-excel-ia.com/en/legal.html' }, // legal notice and privacy: the request typed into the formula generator is sent to the Google Gemini API
    { id: 'cld-ext-claude-for-sheets', name: 'cld-ext (Claude for Sheets)', vendor: 'cld-ext', domains: ['cld-ext.thinkn.cloud'], source: 'https://cld-ext.thinkn.cloud/terms' }, // terms: a Google Sheets add-on that works with Anthropic's Claude models on the user's own key (subdomain only)
    { id: 'opuz-sheets-assistant', name: 'Opuz Sheets Assistant', vendor: 'Opuz', domains: ['opuzapp.com'], source: 'https://opuzapp.com/privacy' }, // privacy: Chrome extension giving AI-powered assistance in Google Sheets, data sent to its servers for AI processing
    { id: 'excelio-gptbeyond', name: 'Excelio (gptbeyond.com)', vendor: 'Excelio', domains: ['gptbeyond.com'], source: 'https://www.gptbeyond.com/privacy' }, // privacy: its AI assistant sends prompts and the schema to OpenAI's API to generate SQL over the user's files
    { id: 'iaexcel', name: 'iaExcel', vendor: 'iaExcel', domains: ['iaexcel.app'], source: 'https://www.iaexcel.app/en/privacy' }, // privacy: an AI-powered data analysis service for uploaded Excel files (questions, charts, reports)
    { id: 'myanalyst-net', name: 'MyAnalyst', vendor: 'MyAnalyst', domains: ['myanalyst.net'], source: 'https://myanalyst.net/privacy' }, // privacy: an AI narrator writes the conclusions of the dashboard built from a spreadsheet
    { id: 'orcasheets', name: 'OrcaSheets', vendor: 'OrcaSheets', domains: ['orcasheets.ai'], source: 'https://orcasheets.ai/docs/ai-report-generator.md' }, // its docs: the AI Report Generator turns a dashboard into a narrative report, metered like its AI Chat
    { id: 'statswriter', name: 'StatsWriter', vendor: 'StatsWriter', category: 'writing', domains: ['statswriter.com'], source: 'https://www.statswriter.com/privacy' }, // privacy: statistical data sent to OpenAI to generate AI write-ups
    { id: 'pbi-ai-agent', name: 'PBI AI Agent for Power BI', vendor: 'PBI AI Agent', domains: ['pbi-ai-agent.com'], source: 'https://pbi-ai-agent.com/privacy-policy' }, // privacy: AI analysis of Power BI data, on the user's own keys or its built-in AI API service
    // --- Text-to-SQL and chat with your database ---
    { id: 'schemawhisper', name: 'SchemaWhisper', vendor: 'SchemaWhisper', domains: ['schemawhisper.com'], source: 'https://app.schemawhisper.com/privacy' }, // privacy: natural-language prompts go to the selected model provider through its SQL agent
    { id: 'sqliqs', name: 'Sqliqs', vendor: 'Sqliqs', domains: ['sqliqs.com'], source: 'https://www.sqliqs.com/privacy' }, // privacy: chat with a database; prompt and schema sent to the user's chosen LLM provider
    { id: 'chatdb-live', name: 'ChatDB (chatdb.live)', vendor: 'ChatDB', category: 'developer-platform', domains: ['chatdb.live'], source: 'https://chatdb.live/docs/api/sql-endpoint' }, // its API docs: natural language to SQL with a chosen AI model (gpt-4o in the example)
    { id: 'autodb', name: 'AutoDB', vendor: 'AutoDB', category: 'developer-platform', domains: ['autodb.app'], source: 'https://docs.autodb.app/api/operations/generate_query_api_v1_connections__connection_id__queries_generate_post/' }, // its API docs: SQL generated by Claude Sonnet on AWS Bedrock, run against the customer database
    { id: 'intellianalytics', name: 'IntelliAnalytics', vendor: 'IntelliAnalytics', domains: ['app.intellianalytics.co.za'], region: 'africa', source: 'https://app.intellianalytics.co.za/settings' }, // its app settings: the schema and results go to the selected OpenAI model, which writes the SQL (subdomain only)
    { id: 'worqhat', name: 'WorqHat', vendor: 'WorqHat', category: 'developer-platform', domains: ['worqhat.com'], source: 'https://docs.worqhat.com/docs/database/natural-language-query' }, // its docs: an endpoint where the AI turns plain-English questions into SQL on WorqHat's database
    // --- AI extraction: invoices, statements, photos, charts and web pages into data ---
    { id: 'invoicesparser', name: 'InvoicesParser', vendor: 'InvoicesParser', domains: ['invoicesparser.com'], source: 'https://invoicesparser.com/privacy' }, // privacy: invoices parsed by AI models from Anthropic and OpenAI
    { id: 'bankstatemently', name: 'Bankstatemently', vendor: 'Bankstatemently', domains: ['bankstatemently.com'], source: 'https://bankstatemently.com/developers' }, // its developer page: bank-statement PDFs converted by LLM extraction checked against running balances
    { id: 'phototosheet', name: 'PhotoToSheet', vendor: 'Datalytics LLC', domains: ['phototosheet.com'], source: 'https://www.phototosheet.com/terms' }, // terms: Google Gemini turns photos and PDFs of receipts, invoices and tables into spreadsheet data
    { id: 'facturely', name: 'Facturely', vendor: 'Facturely', domains: ['facturely.edgework.fr'], region: 'europe', source: 'https://facturely.edgework.fr/cgu' }, // terms (French): OCR plus a language model turn selected Drive or OneDrive invoices into CSV (subdomain only)
    { id: 'documind-cloud', name: 'Documind (documind.cloud)', vendor: 'Documind', category: 'developer-platform', domains: ['documind.cloud'], source: 'https://docs.documind.cloud/api-reference/extract' }, // its API docs: schema-based extraction with Qwen VL or Gemini models, or a VLM mode
    { id: 'unsiloed-ai', name: 'Unsiloed AI', vendor: 'Unsiloed AI', category: 'developer-platform', domains: ['unsiloed.ai'], source: 'https://docs.unsiloed.ai/api-reference/parser/parse-document.md' }, // its API docs: documents parsed and segmented with advanced AI models
    { id: 'page2table', name: 'Page2Table AI', vendor: 'Page2Table', domains: ['page2table.com'], source: 'https://page2table.com/privacy.html' }, // privacy: Chrome extension sending page HTML to third-party AI providers to extract tables
    { id: 'website-extractor', name: 'Website Extractor', vendor: 'Website Extractor', domains: ['websiteextractor.net'], source: 'https://www.websiteextractor.net/ru/privacy-policy' }, // privacy: Chrome extension sending page content to Anthropic or OpenAI for structured output
    { id: 'datafromchart', name: 'DataFromChart', vendor: 'DataFromChart', domains: ['datafromchart.com'], source: 'https://www.datafromchart.com/terms-of-service' }, // terms: chart images sent to the chosen AI provider to extract their data
    // --- AI charts and analytics assistants ---
    { id: 'symplyai-chart-generator', name: 'AI Chart Generator (charts.symplyai.io)', vendor: 'SymplyAI', domains: ['charts.symplyai.io'], source: 'https://charts.symplyai.io/privacy' }, // privacy: AI Chart Generator builds charts from the data and descriptions users give it (subdomain only)
    { id: 'ga4-ai-insights-thrivemattic', name: 'GA4 AI Insights (thrivemattic.com)', vendor: 'Dreamnotion Innovations', domains: ['thrivemattic.com'], region: 'india', source: 'https://thrivemattic.com/privacy-policy' }, // privacy: GA4 Insights Generator sends analytics metrics to OpenAI's API for insights
    { id: 'plainlyapp', name: 'plainlyAPP (myplainly.com)', vendor: 'plainlyAPP', domains: ['myplainly.com'], source: 'https://myplainly.com/privacy' }, // privacy: reads Google Analytics data and explains it in plain English with AI
    { id: 'sweet-spot-analytics', name: 'Sweet Spot Analytics', vendor: 'Sweet Spot Analytics', domains: ['sweetspotanalytics.com'], source: 'https://sweetspotanalytics.com/privacy' }, // privacy: an AI assistant for GA4 and Search Console whose prompts run on OpenAI GPT-5 models
    // --- AI surveys and questionnaires ---
    { id: 'surwayr', name: "SURWAY'R", vendor: "SURWAY'R", domains: ['surwayr.com'], region: 'europe', source: 'https://surwayr.com/ai-transparency' }, // AI transparency statement: GPT-4 and Claude suggest survey questions and analyse results (Hungary)
    { id: 'surveysai', name: 'SurveysAI', vendor: 'i-dotazník s.r.o.', domains: ['surveysai.com'], region: 'europe', source: 'https://www.surveysai.com/privacy-policy-terms-of-service/' }, // privacy and terms: CrossChat, a Google Forms service, open-answer analysis and multi-model transcription (Czech Republic)
    // --- Met along the way: AI gateways, an AI workflow block and a chatbot ---
    { id: 'brainstormrouter', name: 'BrainstormRouter', vendor: 'BrainstormRouter', category: 'developer-platform', domains: ['brainstormrouter.com'], source: 'https://brainstormrouter.com/integrations/claude-excel' }, // integration page: an Anthropic-compatible AI gateway with model routing for Claude in Excel and PowerPoint
    { id: 'gateflow-ai', name: 'GateFlow', vendor: 'GateFlow', category: 'developer-platform', domains: ['gateflow.ai'], source: 'https://gateflow.ai/docs/data-compliance/ocr/table-extraction.html' }, // its docs: an OpenAI-compatible gateway whose table extraction uses advanced AI
    { id: 'chromepilot', name: 'ChromePilot', vendor: 'ChromePilot', domains: ['chromepilot.org'], source: 'https://chromepilot.org/docs/database-connector-read-only-sql' }, // its docs: a browser AI assistant that answers questions over a connected database with read-only SQL
    { id: 'lawme-ai', name: 'Lawme', vendor: 'Lawme', category: 'agents', domains: ['lawme.ai'], source: 'https://docs.lawme.ai/block-reference/ai/create-chart' }, // its docs: an AI workflow block that writes chart code from a table and a prompt
  ],
  { checked: CHECKED_C18 },
);
