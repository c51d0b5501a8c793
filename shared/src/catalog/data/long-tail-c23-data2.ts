// Twenty-third session, second data-and-documents pass (2026-12-07, helper `data2`): AI tools for tables, databases
// and documents that no entry claimed yet, beside the sixteenth session's codedata pass (data/long-tail-c16-codedata.ts),
// the seventeenth session's docs pass (data/long-tail-c17-docs.ts) and the eighteenth session's data pass
// (data/long-tail-c18-data.ts), whose rows are not repeated here. Here: text-to-SQL and AI BI analysts (AnalystIQ,
// clariBI, SQLExplain.ai), AI dashboard and chart generators (Fusedash, Viz LLM), spreadsheet AI (PromptCell and
// OpenSheets in Google Sheets, ForesightXL's forecasting in Excel), AI data cleaning (GoldenTruth's merge review,
// DataCheckerPro), table and document extraction (Image to Excel, PDF Table AI, TableSnap, Pdf2Excel, Qomplement's
// form filling, Logic's form agents, Mittelstand.ai's incoming-mail analysis), handwriting OCR (Handwriting OCR,
// HandwriterAI), bank-statement analysers (Bank Statement Analyzers, Smart Statements), AI feedback and review analysis
// (FeedPulse AI), AI analysts for Shopify stores (AI Trends Advisor, AI Shop Insights, Ask AI - Data Connector) and a
// summariser (Summify on summify.net). Two products of other kinds met on the way are kept: an LLM API gateway
// (Synthorai) and an AI handwriting generator (MyHandwriting.org).
//
// Leads. 44 look-ups, all in the stored `pages` corpus, worded the way vendors word their own privacy, terms, refund,
// security, help and docs pages ("sent to OpenAI", "processed by Claude", "AI provider", "large language model",
// sub-processors), by kind: chat with PDF, text-to-SQL, AI data analysts, Excel and Sheets add-ins, AI-native
// spreadsheets, extraction and IDP APIs, PDF-to-JSON, handwriting OCR, PDF tables to Excel, survey and feedback
// analysis, synthetic and mock data, data cleaning, chart and dashboard generators, notebooks, SQL explainers, Shopify
// analysts, bank statements, form filling, report writers, document comparison, plus one German, one Spanish and one
// Japanese query (they returned listed products and news only). The corpus is well mined on this topic: most vendor
// pages returned were already listed. Every row cites a page with a path on the host it claims (the docs subdomain
// for Ask AI - Data Connector and Qomplement, whose whole product domains are claimed), and each page says in the
// vendor's words that the product analyses, extracts, answers, writes SQL or generates with AI, a language model or a
// named model provider. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 262 hosts the searches returned (vendors, blogs, agencies,
// news and shared hosts alike, in /work/helpers/out/data2-hosts.txt): 52 classified before (19.8%), 80 after (30.5%).
//
// Already listed and left to their entries: pdf.chat, ChatWithPDFAI, AI for Database, AnalyzeData, MyAnalyst, Agentic
// Analyst, AI4Sheets (getsheetsdone.app), Insights for Sheets, GPT for Sheets (docgpt.ai), the GPT Sheets Assistant,
// Dumpling AI, Landing AI, Thematic, MOSTLY AI, SymplyAI's chart generator, Infograph.app, DataFromChart, TextQL,
// 42cells, Supersheets, textsummarizer.net, PBI AI Agent, Reviewlytics, Invoice Data Extraction, Cloosphere, Dashn.ai,
// Spreadsheet Agent, Koji, Beyond the Loop, Sparkco, PDF.ai, Kognitos, DeepChatBI, ShopExpert AI, IntelliAnalytics,
// ChatWithDB, AI-SQL-Chat, SchemaWhisper, Write2SQL, AIACI, PdfWiseAI, HappyCapy, otio, iaExcel, Instafill, Periagoge,
// Exceltract, MyBankStatementAnalysis, Excel SOS and DataHub Pro.
//
// Subdomains claimed alone: analystiq.algoscale.com (Algoscale is a consultancy; its DocumentIQ subdomain is listed
// already the same way), promptcell.epicglobalinc.com and trendsadvisor.elizeta.com, whose parents were not read and
// do not read as the products.
//
// Same names: Summify on summify.net (AI transcription and summarisation credits) is not the Summify listed at summify.io
// (long-tail-c12-b.ts); clariBI on claribi.com (a BI service whose data controller is in Prague) is not Claribi OÜ's
// claribi.ai, whose terms read here do not say AI and which is kept as a trap.
//
// Doubtful rows: Pdf2Excel's policy (EBG.AI) says only that service providers supply its "OCR/AI tooling"; Logic's
// page is a resource article on AI PDF form filling that describes its own product routing form tasks to agents;
// Mittelstand.ai's page is a data-protection notice for its customer institutions describing its KI-based document
// analysis; Ask AI - Data Connector connects store data to AI assistants over MCP rather than answering itself.
//
// Left out. General products where AI is one feature (Deepnote's notebooks, Omni, Astrato, DBeaver, Clarity's BI
// assistant at clarityanalytic.com, nps.today, CustomerGauge, easyfeedback, Explori, Retently, SurveyMonkey, SurveyThis
// as before, Report Forge at kazinex.com, Nexalytica's dashboards, OriginChain's managed database, Kissmetrics,
// 10studio.tech as the c20 pass decided); pages that do not say the product uses AI or say it only in the brand
// (cleancsvai.com, handtextai.com, synthdataflow.com, statementsanalyzer.com, bankpdfexcelconverter.com,
// pdftableconverter.com, agenticbi.com, syntheta.org's "our models", ClairInsights' "model-assisted planning", Charts AI
// for Slack at chartsai.pro, Zuva's document-comparison page, docs.extract.page's schema extraction); pages whose
// product could not be named or placed (checklist-ai.com's refund page for "automated document parsing using advanced AI
// models"; cc.badai.tech, a Gemini statement parser on a subdomain; kb.cosinechat.com; ragdc.aivault.asia; Autype,
// whose document API has one AI extraction endpoint among PDF operations: leads); a steindb.com SQL converter whose AI
// is an optional bring-your-own-key mode; pdfanalysis.co.uk's API page, whose base URL is an example.com placeholder;
// pre-launch and prototype pages (sheetengine.xyz, repliox.chat, ethics-pilot.elephantstripes.ai); dev, staging and
// preview hosts (dev.sheetai.co, dev.usevisual.ai, wp-staging.revealbi.io, preview.chatpdfplus.com: leads for SheetAI,
// Visual and ChatPDFPlus); `?p=` pages (indigoedocs.com, jupyter-express.com, outerbrain.co.jp's Spdify); agencies and
// case studies (labsbit.ai, mecanik.dev, dyyota.com, kirweb.site, snok.ai, avyukta.in, goml.io, grow2.ai,
// bludiesel.ai, theconcaveai.com); blogs, guides and glossaries (queryveil.com, qualintel.io, cubig.ai's glossary,
// scaffoldyourdocs.com, artificio.ai, sourcetodocs.com, toolforte.com, umatechnology.org); a personal policy for an
// OpenAI assistant on penagos.net; and shared platforms (csv-gpt-landing.pages.dev, datavision-ai.vercel.app,
// petavue-help-docs.pages.dev, a Petavue AI data-workspace lead; unblur-text.pages.dev; x-lab.pages.dev, Klairr's
// placeholder policy; www-infograph-ai.pages.dev, an Infograph AI lead; data-science-7lg.pages.dev;
// ai-product-analyzer.vercel.app; tranquil-sopapillas-bf9892.netlify.app, SheetMind AI; chartmakerterms.netlify.app;
// chata.readme.io).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Data2Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- Text-to-SQL, AI BI analysts, dashboards and charts ---
    { id: 'analystiq-algoscale', name: 'AnalystIQ', vendor: 'Algoscale', domains: ['analystiq.algoscale.com'], source: 'https://analystiq.algoscale.com/features' }, // features: plain-English questions go through a multi-agent pipeline whose planner (Opus 4.7) writes the SQL, then a chart is picked
    { id: 'claribi', name: 'clariBI', vendor: 'clariBI', domains: ['claribi.com'], source: 'https://claribi.com/knowledge-base/glossary-every-term-used-in-claribi-defined/' }, // knowledge-base glossary: an AI engine powers clariBI's analyses, report generation and conversational analytics, metered in AI credits
    { id: 'sqlexplain-ai', name: 'SQLExplain.ai', vendor: 'REVISEBYPHONE LTD', category: 'coding', domains: ['sqlexplain.ai'], source: 'https://sqlexplain.ai/privacy-policy' }, // privacy (UK): runs SQL in sandboxes and generates AI-powered explanations through third-party AI providers
    { id: 'fusedash', name: 'Fusedash', vendor: 'Fusedash', domains: ['fusedash.ai'], source: 'https://fusedash.ai/blog/post/what-is-an-ai-dashboard' }, // vendor blog on its own product: an AI dashboard platform with AI chart generation and plain-language questions
    { id: 'vizllm', name: 'Viz LLM Chart Generator', vendor: 'Viz LLM', domains: ['vizllm.com'], source: 'https://vizllm.com/privacy' }, // privacy: stores prompts, the responses generated by AI models and the charts created from them
    // --- Spreadsheet AI and data cleaning ---
    { id: 'promptcell', name: 'PromptCell', vendor: 'PromptCell', domains: ['promptcell.epicglobalinc.com'], source: 'https://promptcell.epicglobalinc.com/privacy' }, // privacy: spreadsheet formulas and a sidebar whose AI requests go to Gemini and Claude through its backend
    { id: 'opensheets-app', name: 'OpenSheets', vendor: 'OpenSheets', domains: ['opensheets.app'], source: 'https://opensheets.app/privacy' }, // privacy: an AI assistant for Google Sheets and the web that sends prompts and sheet context to Anthropic's Claude API
    { id: 'foresightxl', name: 'ForesightXL', vendor: 'ForesightXL', domains: ['foresightxl.com'], source: 'https://www.foresightxl.com/faq' }, // FAQ: AI-assisted forecasting in Excel; forecast data is processed by enterprise AI services on Azure
    { id: 'goldentruth', name: 'GoldenTruth', vendor: 'goldentruth.io', domains: ['goldentruth.io'], source: 'https://www.goldentruth.io/docs/concepts/data-handling' }, // docs: CSV deduplication whose AI review agent receives the duplicate groups' values from an AI provider to judge each merge
    { id: 'datacheckerpro', name: 'DataCheckerPro', vendor: 'datacheckerpro.com', domains: ['datacheckerpro.com'], source: 'https://datacheckerpro.com/security' }, // security: uploaded data is sent to OpenAI's API to detect issues and suggest fixes before the cleaned export
    // --- Table, form and document extraction ---
    { id: 'image-to-excel', name: 'Image to Excel', vendor: 'Image to Excel', domains: ['image-to-excel.com'], source: 'https://image-to-excel.com/privacy.html' }, // privacy: a hosted extraction service and Chrome extension turning images and PDFs into tables, logging AI provider and model diagnostics
    { id: 'pdftableai', name: 'PDF Table AI', vendor: 'PDF Table AI', domains: ['pdftableai.com'], source: 'https://www.pdftableai.com/privacy' }, // privacy: an AI-powered document service that processes PDFs with AI and OCR to extract tables
    { id: 'tablesnap-ai', name: 'TableSnap', vendor: 'TableSnap', domains: ['tablesnap.ai'], source: 'https://tablesnap.ai/privacy' }, // privacy: PDF table extraction and a Sheets add-on; uploaded PDFs go to Anthropic's Claude API
    { id: 'pdf2excel-pro', name: 'Pdf2Excel', vendor: 'EBG.AI', domains: ['pdf2excel.pro'], source: 'https://www.pdf2excel.pro/privacy-policy' }, // privacy: an OCR and table-extraction product whose service providers supply its OCR/AI tooling
    { id: 'qomplement', name: 'Qomplement', vendor: 'Qomplement', domains: ['qomplement.com'], source: 'https://docs.qomplement.com/pdf-forms/auto-detect-mappings' }, // docs: the AI reads a PDF form's fields and fills them from data extracted from processed documents
    { id: 'logic-inc', name: 'Logic (logic.inc)', vendor: 'Logic', category: 'agents', domains: ['logic.inc'], source: 'https://logic.inc/resources/ai-pdf-form-filling-automate-complex-forms-scale' }, // resource article: AI PDF form filling, with Logic routing structured tasks to workflows and unstructured ones to agents
    { id: 'mittelstand-ai', name: 'Mittelstand.ai', vendor: 'Mittelstand.ai GmbH & Co. KG', domains: ['mittelstand.ai'], region: 'europe', source: 'https://mittelstand.ai/kundendatenschutz' }, // data-protection notice (German): scanned incoming mail is read by OCR and analysed by KI-based software that routes it
    { id: 'handwriting-ocr', name: 'Handwriting OCR', vendor: 'Automatic Eye Limited', domains: ['handwritingocr.com'], source: 'https://www.handwritingocr.com/help/privacy' }, // help on privacy (UK): handwriting transcription whose own AI models are never trained on customer documents
    { id: 'handwriterai', name: 'HandwriterAI', vendor: 'HandwriterAI', category: 'writing', domains: ['handwriterai.com'], source: 'https://www.handwriterai.com/privacy' }, // privacy: photos of notes are read by Claude Sonnet vision and titles written by Llama on Groq before handwriting rendering
    // --- Bank statements, feedback and stores ---
    { id: 'bankstatementanalyzers', name: 'Bank Statement Analyzers', vendor: 'Bank Statement Analyzers', domains: ['bankstatementanalyzers.com'], source: 'https://bankstatementanalyzers.com/blogs/privacy-policy.html' }, // privacy: uploaded bank statements are analysed with Azure OpenAI (GPT-3.5 Turbo) for extraction and insights
    { id: 'smart-statements', name: 'Smart Statements', vendor: 'Smart Statements', domains: ['smartstats.pro'], source: 'https://www.smartstats.pro/privacy' }, // privacy and terms: a bank statement PDF is sent to OpenAI's API to extract and parse transactions
    { id: 'feedpulse-ai', name: 'FeedPulse AI', vendor: 'feedpulseai.com', domains: ['feedpulseai.com'], source: 'https://www.feedpulseai.com/resources/guides/how-our-ai-works' }, // guide: its AI pipeline scores sentiment, drivers and urgency in survey feedback, using LLMs such as OpenAI
    { id: 'ai-trends-advisor', name: 'AI Trends Advisor', vendor: 'Eli Z Group', domains: ['trendsadvisor.elizeta.com'], source: 'https://trendsadvisor.elizeta.com/privacy-policy' }, // privacy: an AI-powered analytics app inside the Shopify admin with AI trend matching and a natural-language AI chat
    { id: 'ai-shop-insights', name: 'AI Shop Insights', vendor: 'AI Shop Insights', domains: ['aishopinsights.com'], source: 'https://aishopinsights.com/privacy' }, // privacy (English and Chinese): store data analysed with AI, only necessary data transmitted, AI output supplementary
    { id: 'ask-ai-data-connector', name: 'Ask AI - Data Connector', vendor: 'Ask AI - Data Connector', domains: ['ask-ai-data-connector.co.uk'], source: 'https://docs.ask-ai-data-connector.co.uk/privacy-policy' }, // privacy: connects e-commerce data sources to AI through the Model Context Protocol for analytics and insights
    { id: 'summify-net', name: 'Summify (summify.net)', vendor: 'Summify', domains: ['summify.net'], source: 'https://www.summify.net/refund-policy' }, // refund policy: prepaid credits for AI transcription and summarisation, sold through Paddle
    // --- Met on the way ---
    { id: 'synthorai', name: 'Synthorai', vendor: 'Synthorai', category: 'developer-platform', domains: ['synthorai.io'], source: 'https://synthorai.io/terms' }, // terms: an LLM API gateway connecting clients to large language models, billed by tokens, with bring-your-own-key
    { id: 'myhandwriting-org', name: 'MyHandwriting.org', vendor: 'MyHandwriting.org', category: 'image', domains: ['myhandwriting.org'], source: 'https://myhandwriting.org/privacy-policy' }, // privacy: an AI handwriting generation service; samples are processed by its AI provider Replicate
  ],
  { checked: CHECKED_C23 },
);
