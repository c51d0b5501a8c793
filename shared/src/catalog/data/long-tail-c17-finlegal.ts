// Seventeenth session, finance and legal pass (2026-12-06, issue 15): AI tools for money and law work that the catalog
// still missed: AI bookkeeping and transaction categorisation, AI receipt, invoice and bank-statement extraction, AI
// tax assistants (United States, India, Pakistan), AI equity-research notes, AI legal assistants and legal research
// for lawyers and for the public, AI contract review and redlining, AI dispute and demand letters, AI legal time
// entries and AI RFP answering, with a few European (German, Czech, Spanish) vendors.
//
// Leads. 55 look-ups, nearly all in the stored `pages` corpus (two in `docs`, which returned GitHub projects and
// Hugging Face spaces only), phrased by product kind the way vendors word their own terms, privacy policies, AI-use
// disclosures, subprocessor lists and help pages, in English, German, French, Spanish and Portuguese. Queries about
// "AI contract review", "AI procurement", "AI FP&A" or "AI due diligence" as topics returned blogs and agencies; queries
// naming a page type and a data flow ("privacy policy … receipt images are sent to OpenAI") returned vendors. Every row
// cites a page with a path on the product's own host (or its vendor's subdomain) that says the product reads, answers
// or drafts with AI, an LLM or a named model. The c16 files on main were grepped first (verticals, consumer, wrappers
// and the rest); none of these products is in the catalog.
//
// Measured with /work/helpers/classify-hosts.mts on /work/helpers/hosts-finlegal.txt, the 345 distinct hosts the
// searches returned (vendors, blogs, law and accounting firms, shared hosts alike): 17 classified before (4.9%), 62
// after (18.0%); the 45 new hits are the 44 rows plus a staging copy of one cited policy. The low share is the kind:
// most results in this field are guides, glossaries, agency pages and professional bodies.
//
// Left out. Blogs, glossaries, explainers and course pages rather than terms or help (Procurize, VeriRFP, BidosAI,
// Hyperbots, Marvin Labs, Docula, untxt, LegesGPT, Talking Tree, DistillDoc, AnwaltGPT, MeshLaw, TaxScout, Lunar,
// Termzy, Privileged, ContractAnalyze, Zango, top.legal, Cabrillo Club, Periagoge); general
// software with an AI feature (Maatdesk's contract reviewer, DocMgt, RSI LogicFlow, Invoice Navigator, whose core
// validation is not AI, LoanWell, Ladra, Oprex, TaxWallet and the bookkeeping and expense apps bookkeepers.cloud and
// simplyexpensed.com, whose AI is a receipt-scanning feature); agencies and consultancies building AI for others
// (Dyyota, CloudNSite, Leaplytics, Brixon, Grow2, Omni Online Strategies, Agent Works, Humanr, CAIBots); a placeholder
// accounting site (aicpa.com.au, left out by the c16 verticals pass too) and a template with "<AppName>" (WiseWallet on
// manuswebworks.org); a custom GPT that lives on chatgpt.com (LegalGPT, legal-gpt.eu); a ChatGPT app on an analytics
// consultancy's host (Perceptive Analytics' Financial Summarizer Pro); staging and development hosts
// (www-staging.optax.ai, ocr-dev.dexai.app, opstatement.duckdns.org); shared-platform copies
// (Legal Redliner on web.app, Statement Extractor and Bank2XL on pages.dev, AutoTax AI and FinanceLens on vercel.app,
// AUTOReceipt and Expense scan on github.io); pages that do not say AI or tie the product to its host (myvisaflow.ai,
// EasyFacturas, bsconv.com, CFO-Bot on nexgenanalysis.com, Web Tax AI's policy on quai.kr); a bare homepage
// (TaxLetterAI on a media agency's subdomain); stock "diagnosis" sites that look like lead funnels (gsupb.today,
// signallayer.info) and a publication of AI stock ratings rather than a tool (GptInvest); mobile-only apps (Receipt
// Scanner on happypig.cloud, AI Bookkeeping by Usov Digital); and law firms' own AI-use policies (J. Nunes Advocacia,
// F. Guimarães Advocacia). Hosts already classified: equabooks.com, allibee.ai, taxcheckme.ai, legartis.ai,
// chanlun.ai, support.rallies.ai, visaprepagent.com, legal-ai.pl, askfeather.dev, immify.ai, inspectai.eu, goveagle.com
// and wissly.ai.
//
// Same names. LegalAI (ailegalassistant.cloud, a Claude-based assistant) is not the Polish Legal AI the catalog has on
// legal-ai.pl; the two AI Bank Statement Converter sites (aibankstatementconvert.com, aibankstatementconvertor.com)
// publish different policies, payment providers and dates and nothing on either ties them, so each keeps its own row.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17FinlegalTools: Tool[] = defineTools(
  'other',
  [
    // --- AI bookkeeping, accounting assistants and finance copilots ---
    { id: 'clarity-books-ai', name: 'ClarityBooks AI', vendor: 'ClarityBooks AI', category: 'other', domains: ['claritybooksai.com'], source: 'https://claritybooksai.com/help/ai' }, // help: Claude assigns each bank transaction a category and a confidence score, and learns rules from corrections
    { id: 'earling-labs-bookkeeper', name: 'Bookkeeper', vendor: 'Earling Labs', category: 'other', domains: ['bookkeeper.earlinglabs.com'], source: 'https://bookkeeper.earlinglabs.com/ai-disclosure.html' }, // AI disclosure: Claude sorts transactions into bookkeeping categories and answers help questions (subdomain only; the parent hosts a suite of apps)
    { id: 'chartofaccounts-ai', name: 'ChartOfAccounts.ai', vendor: 'ChartOfAccounts.ai', category: 'other', domains: ['chartofaccounts.ai'], source: 'https://chartofaccounts.ai/legal/subprocessors' }, // subprocessors: Anthropic runs the AI analysis and clean-up of a QuickBooks chart of accounts
    { id: 'adaptive-ai-cpa-agents', name: 'Adaptive AI', vendor: 'Adaptive AI', category: 'agents', domains: ['adaptiveai.ai'], source: 'https://hygiene.adaptiveai.ai/privacy' }, // privacy: AI agents pull statements, tax papers and ledgers for CPA firms and keep nothing after the session
    { id: 'accountingpipe', name: 'AccountingPipe', vendor: 'AccountingPipe', category: 'other', domains: ['accountingpipe.com'], source: 'https://accountingpipe.com/privacy' }, // privacy: Anthropic Claude extracts and codes receipts and bills sent in by email, then syncs them to accounting software
    { id: 'fintellect-ai-cfo', name: 'AI CFO Assistant', vendor: 'Fintellect AI', category: 'other', domains: ['fintellectai.com'], source: 'https://aicfo.fintellectai.com/help/integrations' }, // help: the AI CFO Assistant imports general-ledger data from QuickBooks or Xero for its analysis
    { id: 'kuberan-ai', name: 'Kuberan', vendor: 'Kuberan', category: 'other', domains: ['kuberan.ai'], source: 'https://help.kuberan.ai/reference/books/ai-agent/' }, // help: an AI agent inside each client's books answers questions, proposes transactions and queues documents for AI extraction
    { id: 'mybankstatementanalysis', name: 'My Bank Statement Analysis', vendor: 'My Bank Statement Analysis', category: 'other', domains: ['mybankstatementanalysis.com'], source: 'https://mybankstatementanalysis.com/responsible-ai' }, // responsible-AI page: AI reads statement scans, classifies spending and writes summaries
    { id: 'modelopinions', name: 'Model Opinions', vendor: 'Model Opinions', category: 'search', domains: ['modelopinions.com'], source: 'https://www.modelopinions.com/about' }, // methodology: an LLM reads filings, call transcripts and news to write stock outlooks and volatility estimates

    // --- AI receipt, invoice and bank-statement extraction ---
    { id: 'scanreceipt-ai', name: 'Scanreceipt AI Expense Tracker', vendor: 'Scanreceipt', category: 'other', domains: ['scanreceipt.ai'], source: 'https://www.scanreceipt.ai/privacy' }, // privacy: receipts, invoices and statements are read by OCR and parsed and categorised by AI, then synced to QuickBooks
    { id: 'receiptsanity', name: 'ReceiptSanity', vendor: 'ReceiptSanity', category: 'other', domains: ['receiptsanity.com'], source: 'https://receiptsanity.com/privacy.html' }, // privacy: receipt photos go to GPT-4o for reading and field extraction
    { id: 'receiptextractor', name: 'Receipt Extractor', vendor: 'Receipt Extractor', category: 'other', domains: ['receiptextractor.com'], source: 'https://receiptextractor.com/privacy' }, // privacy: Claude reads invoices and pricing agreements to find overcharges
    { id: 'invoice-data-extraction', name: 'Invoice Data Extraction', vendor: 'Invoice Data Extraction', category: 'other', domains: ['invoicedataextraction.com'], source: 'https://invoicedataextraction.com/ai-data-use' }, // AI data-use page: invoice files and prompts go to OpenAI, Anthropic or Gemini models for extraction
    { id: 'invoice-itemizer', name: 'Invoice Itemizer', vendor: 'Invoice Itemizer', category: 'other', domains: ['invoiceitemizer.com'], source: 'https://www.invoiceitemizer.com/privacy' }, // privacy: invoice images are sent to GPT-4o to pull out line items
    { id: 'process-ai-ap', name: 'Process AI', vendor: 'Process AI Pty Ltd', category: 'other', domains: ['processai.com.au'], source: 'https://processai.com.au/privacy' }, // privacy: an AI accounts-payable service that extracts invoices and predicts line-item codes before syncing to Xero
    { id: 'restinvoice-invoiceai', name: 'InvoiceAI', vendor: 'RestInvoice', category: 'other', domains: ['restinvoice.com'], source: 'https://restinvoice.com/privacy' }, // privacy: restaurant invoices and delivery notes go to AI providers for OCR, discrepancy checks and reports
    { id: 'aibankstatementconvert', name: 'AI Bank Statement Converter', vendor: 'AI Bank Statement Converter', category: 'other', domains: ['aibankstatementconvert.com'], source: 'https://aibankstatementconvert.com/privacy-policy' }, // privacy: AI-assisted OCR turns statement PDFs into CSV and Excel
    { id: 'aibankstatementconvertor', name: 'AI Bank Statement Converter', vendor: 'aibankstatementconvertor.com', category: 'other', domains: ['aibankstatementconvertor.com'], source: 'https://www.aibankstatementconvertor.com/privacy-policy' }, // privacy: statements are run through AI and OCR engines to return transactions (a separate site with a near-identical name)
    { id: 'bankstatementconverters-ai', name: 'Bank Statement Converters', vendor: 'bankstatementconverters.ai', category: 'other', domains: ['bankstatementconverters.ai'], source: 'https://bankstatementconverters.ai/privacy' }, // privacy: an AI service pulls the transactions out of uploaded statement PDFs
    { id: 'statementconverts', name: 'StatementConverts', vendor: 'StatementConverts', category: 'other', domains: ['statementconverts.com'], source: 'https://statementconverts.com/data' }, // data page: scanned statements are read by AI and an AI model extracts and reconciles the transactions
    { id: 'facturalix', name: 'Facturalix', vendor: 'Facturalix', category: 'other', domains: ['facturalix.com'], source: 'https://facturalix.com/privacidad.html', region: 'europe' }, // privacidad: OCR and artificial intelligence extract and classify uploaded invoices for tax reports (Spain)
    { id: 'factumensaje', name: 'Factumensaje', vendor: 'Factumensaje', category: 'other', domains: ['factumensaje.app'], source: 'https://factumensaje.app/privacidad', region: 'europe' }, // privacidad: receipts sent over WhatsApp are read by Gemini to build the VAT register (Spain)

    // --- AI tax assistants ---
    { id: 'taxcorp-ai', name: 'TaxCorp AI', vendor: 'TaxCorp Total Solution', category: 'search', domains: ['thetaxcorp.in'], source: 'https://thetaxcorp.in/ai-disclaimer', region: 'india' }, // AI policy: LLMs search Indian tax case law, summarise documents and draft notice replies for professionals
    { id: 'indiatax-ai', name: 'IndiaTax.AI', vendor: 'IndiaTax.AI', category: 'other', domains: ['indiatax.ai'], source: 'https://www.indiatax.ai/terms-of-use', region: 'india' }, // terms: AI-assisted income-tax filing with an LLM answering tax questions
    { id: 'taxaible', name: 'TaxAible', vendor: 'TaxAible', category: 'chat', domains: ['taxaible.co'], source: 'https://taxaible.co/acceptable-use' }, // acceptable use: rules for the LLM tax assistant that prepares Pakistani FBR returns
    { id: 'taxu-io', name: 'Taxu', vendor: 'Taxu', category: 'other', domains: ['taxu.io'], source: 'https://taxu.io/data-usage' }, // data usage: AI extracts tax documents, finds deductions and answers questions through its assistant Sophie
    { id: 'aupairtax', name: 'AuPairTax', vendor: 'AuPairTax', category: 'chat', domains: ['aupairtax.app'], source: 'https://aupairtax.app/privacy' }, // privacy: a Claude chat walks au pairs through their US tax forms

    // --- AI legal assistants and legal research ---
    { id: 'lexgpt-legal', name: 'LexGPT', vendor: 'LexGPT', category: 'search', domains: ['lexgpt.com'], source: 'https://ai.lexgpt.com/terms' }, // terms: an AI and machine-learning service for legal professionals to research and analyse legal material
    { id: 'lawgpt-com', name: 'LawGPT', vendor: 'LawGPT', category: 'chat', domains: ['lawgpt.com'], source: 'https://lawgpt.com/legal/aup/' }, // acceptable use: rules for the AI features of a legal AI service, including its model weights
    { id: 'legalai-cloud', name: 'LegalAI', vendor: 'LegalAI', category: 'chat', domains: ['ailegalassistant.cloud'], source: 'https://ailegalassistant.cloud/terms' }, // terms: Claude answers legal questions, reviews contracts and drafts documents
    { id: 'theaijurist', name: 'The AI Jurist', vendor: 'The AI Jurist', category: 'search', domains: ['theaijurist.com'], source: 'https://theaijurist.com/termsandconditions' }, // terms: retrieval plus an LLM finds case law and drafts summaries and documents
    { id: 'lawyerslife-ai', name: 'LawyersLife', vendor: 'LawyersLife', category: 'other', domains: ['lawyerslife.ai'], source: 'https://www.lawyerslife.ai/privacy-policy/' }, // privacy: AI models produce case analysis, contract redrafts and research for law firms
    { id: 'legalbridge-ai', name: 'LegalBridge AI', vendor: 'LegalBridge AI', category: 'chat', domains: ['legalbridge-ai.com'], source: 'https://legalbridge-ai.com/ai-policy' }, // AI policy: an assistant that explains legal concepts and drafts informational templates
    { id: 'findlegalhelp-online', name: 'Find Legal Help', vendor: 'Find Legal Help', category: 'chat', domains: ['findlegalhelp.online'], source: 'https://www.findlegalhelp.online/terms' }, // terms: an AI chatbot answers from public California employment-law sources
    { id: 'smartlegal-ai', name: 'SmartLegal AI', vendor: 'SmartLegal AI, Inc.', category: 'embedded-saas', domains: ['smartlegal.ai'], source: 'https://smartlegal.ai/terms' }, // terms: an AI intake chatbot law firms embed on their websites
    { id: 'counselorai', name: 'CounselorAI', vendor: 'CounselorAI LLC', category: 'other', domains: ['counselorai.io'], source: 'https://counselorai.io/terms/' }, // terms: AI settlement-value estimates and AI-drafted demand letters for personal-injury firms
    { id: 'legaltime-ai', name: 'LegalTime', vendor: 'LegalTime', category: 'productivity', domains: ['legaltime.ai'], source: 'https://www.legaltime.ai/faq' }, // FAQ: AI drafts billable time entries from an attorney's activity for review
    { id: 'leges-ai', name: 'LegesAI', vendor: 'LegesAI', category: 'chat', domains: ['leges.ai'], source: 'https://leges.ai/nutzungsrichtlinie.html', region: 'europe' }, // Nutzungsrichtlinie: a machine-learning app giving general answers to legal questions (German)
    { id: 'erst-recht', name: 'Erst Recht', vendor: 'Erst Recht GbR', category: 'chat', domains: ['erst-recht.com'], source: 'https://erst-recht.com/agb', region: 'europe' }, // AGB: an AI system gives a first assessment of German legal questions and uploaded documents
    { id: 'lawyerai-me', name: 'LawyerAI', vendor: 'Basad, s.r.o.', category: 'other', domains: ['lawyerai.me'], source: 'https://www.lawyerai.me/de/terms', region: 'europe' }, // Nutzungsbedingungen: an AI platform that helps lawyers draft, research and analyse (Czech vendor)

    // --- AI contract review, dispute letters and RFP answering ---
    { id: 'legal-redliner', name: 'Legal Redliner', vendor: 'Legal Redliner', category: 'embedded-saas', domains: ['legalredliner.com'], source: 'https://legalredliner.com/privacy' }, // privacy: a Word add-in sends the contract to an AI provider and returns suggested redlines
    { id: 'legal-monk', name: 'Legal Monk', vendor: 'Legal Monk', category: 'other', domains: ['legal-monk.com'], source: 'https://legal-monk.com/legal/privacy' }, // privacy: uploaded contracts go to OpenAI to produce an audit report
    { id: 'mydisputekit', name: 'MyDisputeKit', vendor: 'MyDisputeKit', category: 'writing', domains: ['mydisputekit.com'], source: 'https://mydisputekit.com/legal/acceptable-use' }, // AI use policy: LLMs assemble consumer and credit dispute letters
    { id: 'proposalforge', name: 'ProposalForge', vendor: 'ProposalForge', category: 'writing', domains: ['proposalforge.io'], source: 'https://proposalforge.io/help/platform-feature-reference' }, // help: AI analyses uploaded RFPs and drafts proposal responses, with an AI help bot
  ],
  { checked: CHECKED_C17 },
);
