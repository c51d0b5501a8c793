// Twenty-eighth session, third finance-and-legal pass (2026-12-08, helper `finlegal3`): AI tools for money and law work
// the catalog still missed, beside the seventeenth session's finance-and-legal pass (data/long-tail-c17-finlegal.ts),
// the twenty-first session's finance and legal passes (data/long-tail-c21-finance.ts, data/long-tail-c21-legal.ts) and
// the twenty-third session's second finance and legal passes (data/long-tail-c23-finance2.ts,
// data/long-tail-c23-legal2.ts), whose rows are not repeated here. Here: AI bookkeeping and tax preparation (an
// AI-powered bookkeeping service on QuickBooks, an AI transaction and deduction analyser, an AI bookkeeping and
// tax-data tool for preparers' review, a two-stage AI document classifier for tax preparers); an AI reader of SEC
// filings that scores them with Claude; AI review of leases (two renter-side lease analysers), of employment agreements
// (Clause Labs) and of contracts in general (plainterms.ai); AI-drafted credit-report dispute letters; and an AI
// visa-document checker.
//
// Leads. 38 look-ups, all in the stored `pages` corpus, counted as they were made. Queries in the vendors' own wording:
// "AI-generated" / "not legal advice" terms, "not financial advice" with "artificial intelligence", contract review
// with "your documents", bookkeeping privacy policies with "bank transactions", "tax" with "AI assistant", patent "AI
// drafting"; then insurance claims, immigration forms, budgeting coaches, legal research on Anthropic, audit
// workpapers, IRS-notice explainers, German, Spanish, Korean and Polish accounting and legal policies, lease review,
// credit-repair dispute letters, crypto tax, trademark search, SEC-filing stock analysis, property-tax appeals, FINRA
// marketing review, probate, insurance-agency AI disclosures, tax-practice subprocessors, AI legal document generators,
// and "how it works" / FAQ pages for severance and offer-letter review, homeowners-policy review, chargeback letters,
// self-employed deductions, patent drafting, visa documents, AI bookkeepers and legal assistants for freelancers.
// Topic-worded and non-English queries returned guides, courses, news, bar and CPA-society notes, patent publications
// and agencies almost only (the Korean query only news; the German and Spanish ones guides and listed vendors); "how it
// works", "trust", "methodology", help and FAQ pages found most rows. Every row cites a page with a path on the
// product's own host (for AI2Fin, the docs subdomain of the claimed domain; for Clause Labs, its own blog post about
// its own employment-agreement review) that says in the vendor's words that the product categorises, analyses, drafts
// or checks with AI, a language model or a named model provider. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 226 distinct hosts the searches returned (vendors, guides,
// news, courses, patent sites, law and CPA firms and shared hosts alike, in /work/helpers/out/finlegal3-hosts.txt): 34
// classified before (15.0%), 45 after (19.9%); the 11 new hits are the 11 rows. As in the earlier finance and legal
// passes, most results in this field are guides, explainers, professional bodies and agencies.
//
// Already listed and left to their entries: LegalAI (ailegalassistant.cloud), Legal AI (legal-ai.pl), SmartLegal AI,
// LegalBridge AI, FinTwit, Elevatools, Tholos AI, Allibee, Gab AI's document reviewer, Adaptive AI, Bank Statement
// Analysis (mybankstatementanalysis.com), Bookeeping.ai, Ronin's FinOps tools, Earling Labs Bookkeeper, TaxCheckMe AI,
// TaxCorp (thetaxcorp.in), DeepIP, Budget AI (budget-ai.ru), ProperResponse, Facturalix, Asientos, AtiendeIA, LeaseLens
// (leaselens.org), Model Opinions, Cara (docs.getcara.ai), Harvey, Periagoge, OpenClaw's skill hub, AI Tax Accountant,
// Alingo, AgentDock, Skywork, czat.ai and OpenAI.
//
// Same names. plainterms.ai is not the catalog's PlainTerms on plainterms.us (an AI contract analyser for creators):
// nothing on the page read ties the two, so the new row is named with its host. Book-Keep.ai (book-keep.ai, an
// AI-powered bookkeeping service on QuickBooks) is not Book Keeps (book-keeps.com, an Australian GST and BAS app).
//
// Doubtful rows: plainterms.ai is read from one feature page ("AI-powered analysis", clause detection, risk scoring and
// plain-language explanations) without a legal page naming the vendor; Clause Labs is cited from its own blog post,
// which says an uploaded employment agreement gets an AI clause-by-clause risk analysis; StockHuntr's FAQ says it
// predicts filing-driven returns with a regression model fed by Claude concern and sentiment scores, so its AI is one
// input to the model, not the whole product.
//
// Left out. Hosts earlier passes left out or trapped (aistock.tools, whose controller is a private person; the stock
// "diagnosis" funnels ai.gsupb.today and e.metam.cyou; thesmartinvestor.com, financial education with an AI chat;
// fi-journey.com; Budget Buddy on budget.korlab.team; usovdigital.com's AI Bookkeeping; TaxWallet; Crypto Tax Edge;
// EasyFacturas; Maatdesk's contract reviewer; GptInvest; kinro.ai, mybonnie.ai and protestmax.ai, seen on their blogs
// only; offer-letter-clarity.com); templates, placeholders and drafts (FLexlaw's "[ENTITY NAME]" policy on
// lloydesq.pages.dev, ibsdex.com's AIBX template, datev-bereit.de's "[FIRMENNAME]" template, aisolutions.legal's and
// hivetax.ai's `?p=` pages); development and staging hosts (dev.lawcite.app, LawCite's trust page: lawcite.app is a
// lead; stagingqb.cryptotax.ai; dev.cypherpal.kodehauz.dev); shared platforms (stewardly.manus.space,
// iampandiyan.github.io, toma5od.github.io, cryptatax-landing.pages.dev, kounter-io.pages.dev,
// idea-coveragelens-ai-insurance-policy-coverag.pages.dev, heyvize.vercel.app, ai-accounting-global.pages.dev,
// algo-finance.pages.dev, ai-lab-library.pages.dev, a netlify.app copy of PowerPatent's blog); a chat policy hosted on
// a CDN bucket rather than the product's host (AI Ticker Chat on digitaloceanspaces.com); general software where AI is
// one feature or optional (DisputeDesk's optional AI strategy review beside template-driven letters, Jasnopis's
// text-simplification call to ChatGPT, biurko.io's "potential AI-based features", Beancount.io, Rocket Lawyer's Rocket
// Copilot, TaxAct's human Xpert Assist); pages that do not say the product uses AI (praktik.ai's contract-review docs,
// severance-clarity.com, "not a chatbot", CryptoTax.AI's 2019 terms, IRS Guard Dog, Pallo's deduction swipe, Keeper's
// rules article, gemini.legal's DraftEngine licence, Legacy Logix's CEO essay, Gridlyx's sample report, Caira on
// unwildered.com); vendor blogs and guides not about the vendor's own product (usimmigration.ai, 123creditboost.com,
// aitrademarkreview.com, termsdock.com, WealthReach, noborders.ai, yuverse.ai, Misar, findskill.ai); agencies,
// consultancies, courses, prompt and skill libraries (terms.law, g3nr8.ai, neuralchainai.com, impakers.club, Klyne
// Labs, Genesee AI, krasa.ai, cueball.ai, freeacademy.ai, prmptapp.com, v50.ai, skillspool.org, MetaProp's skills,
// Interloom's agent marketplace, Claw Mart); and patent publication sites (patents-review.com, patentable.app,
// patents.justia.com, trea.com).
//
// Leads: lawcite.app (LawCite's AI legal scenarios on Claude, read only on its dev host), severance-clarity.com and
// offer-letter-clarity.com (review sites that say they are "not a chatbot" but run "a quality system, not a prompt"),
// saferlease.com (an AI lease review tool described by its founder on dev.to), visadocumentchecker.com (a visa-prep
// SaaS described on its builder's site), protestmax.ai (a property-tax protest service whose blog describes an LLM
// hybrid), hivetax.ai (HIVE AI's answers on a `?p=` page), Caira by Unwildered, and praktik.ai.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Finlegal3Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- bookkeeping and tax preparation ---
    { id: 'book-keep-ai', name: 'Book-Keep.ai', vendor: 'Book-Keep.ai', domains: ['book-keep.ai'], source: 'https://www.book-keep.ai/privacy' }, // privacy: "our AI-powered bookkeeping service"; QuickBooks and bank transactions processed and categorised "using AI"
    { id: 'ai2fin', name: 'AI2Fin', vendor: 'AI2Fin', domains: ['ai2fin.com'], source: 'https://docs.ai2fin.com/features/ai-analysis-tools' }, // docs: three AI analysis tools on the transactions page: Smart Categorize, Pattern Analysis and Intelligent Tax Analysis (deduction identification)
    { id: 'dynatax-ai', name: 'DynaTax AI', vendor: 'DynaTax AI', domains: ['dynatax.ai'], source: 'https://dynatax.ai/help/ai-tax-preparation' }, // help: "DynaTax AI categorizes transactions, generates tax data" with confidence scores, for review by a CPA or EA
    { id: 'prepdesk', name: 'PrepDesk', vendor: 'PrepDesk', domains: ['prepdeskapp.com'], source: 'https://prepdeskapp.com/education/preparers/document-intelligence/how-categorization-works' }, // preparers' guide: "Every uploaded document passes through two AI stages" that classify it and map it to a tax-form line
    // --- investing research ---
    { id: 'stockhuntr', name: 'StockHuntr', vendor: 'StockHuntr', category: 'search', domains: ['stockhuntr.net'], source: 'https://www.stockhuntr.net/faq' }, // FAQ: "This app uses AI to analyze SEC filings (10-K, 10-Q, and 8-K)", with Claude AI concern and sentiment scores in its model
    // --- contracts, leases and employment agreements ---
    { id: 'plainterms-ai', name: 'PlainTerms (plainterms.ai)', vendor: 'PlainTerms', domains: ['plainterms.ai'], source: 'https://plainterms.ai/features/ai-review-process' }, // feature page: "AI-powered analysis" of an uploaded contract: clause detection, risk scoring and plain-language explanations
    { id: 'leaseguard-ai', name: 'LeaseGuard AI', vendor: 'LeaseGuard AI', domains: ['leaseguardai.com'], source: 'https://leaseguardai.com/trust' }, // trust page: "How the AI Analysis Works": lease text and state sent to a legal analysis pipeline that flags clauses against statutes
    { id: 'leaseplain', name: 'LeasePlain', vendor: 'LeasePlain', domains: ['leaseplain.com'], source: 'https://leaseplain.com/how-leaseplain-works' }, // how it works: "The extracted text is sent to a large language model" that interprets and risk-scores each lease clause
    { id: 'clause-labs', name: 'Clause Labs', vendor: 'Clause Labs', domains: ['clauselabs.com'], source: 'https://www.clauselabs.com/blog/free-employment-agreement-review-tool' }, // own blog: "Upload any employment agreement to Clause Labs" for an "AI-Powered" clause-by-clause risk analysis
    // --- consumer self-help ---
    { id: 'creditrefresh', name: 'CreditRefresh', vendor: 'CreditRefresh', category: 'writing', domains: ['creditrefresh.ai'], source: 'https://creditrefresh.ai/support/disputes/review-letters-before-sending' }, // help: "The AI flags the issue and writes the letter citing the legal grounds"; every dispute letter waits for the user's approval
    { id: 'visacheck-ai', name: 'VisaCheck', vendor: 'VisaCheck', domains: ['visacheck.ai'], source: 'https://visacheck.ai/faq' }, // FAQ: "VisaCheck is an AI visa document checker" that reads uploaded documents and scores each item pass, warn or fail
  ],
  { checked: CHECKED_C28 },
);
