// Twenty-first session, finance pass (2026-12-07, helper `finance`): AI tools for money work that the catalog still
// missed, beside the seventeenth session's finance-and-legal pass (data/long-tail-c17-finlegal.ts) and the twentieth
// session's grc pass (data/long-tail-c20-grc.ts), whose rows are not repeated here. Here: earnings-call and stock
// research assistants, an AI research workbench, AI technical-analysis chat and trade planning, a Japanese AI reader of
// company disclosures, an AI portfolio monitor; crypto and DeFi AI agents (a Telegram DeFi assistant, three
// natural-language DeFi agents, an AI wallet-analysis bot, an AI coach for crypto traders); personal-finance and
// budgeting assistants (two budget apps, a pay-document explainer, two Brazilian WhatsApp money assistants); AI
// bookkeeping and extraction (a bookkeeping agent, a QuickBooks command agent, a bank-statement extractor, a WhatsApp
// receipt reader, a Brazilian invoice-to-spreadsheet extractor); FP&A and CFO copilots and a financial-modelling
// copilot; two AI trade journals; AI real-estate underwriting and an AI bank-statement analyst for lenders; a Japanese
// AI tax-answer service; and two AI investment-memo tools for venture investors.
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms, AI
// policies and docs ("queries are sent to OpenAI and Anthropic", "powered by Google Gemini", "AI-generated trade plans",
// "processed by our LLM provider", "not investment advice") plus the kind of product, in English, German, French,
// Spanish, Portuguese and Japanese. Topic-level queries (AI credit memos, AI wealth-advisor notes, AI accounts payable,
// AI financial statement analysis) returned guides, courses, glossaries and agencies; the German, French and Spanish
// queries returned news and explainers only; the Portuguese and Japanese ones found the Brazilian and Japanese rows.
// Every row cites a page with a path on the product's own host (for Book-Agent and Leo AI Assistant, the claimed
// subdomain; for AgentifyAI, aarnâ and Sozo AI, the docs subdomain of the claimed domain; for StratEngine AI, its
// founder's blog post about the product) that says in the vendor's words that the product works with AI, a language
// model or a named model provider. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/
// first.
//
// Already listed and left to their entries: Chanlun AI, Supersheets, Kuulo, AiNote, Taxu, TaxCheckMe AI, Le Chat,
// StackAI, Fintellect's AI CFO Assistant, BooksGPT, Invoice Data Extraction, YesChat, Rallies AI, Mintlify, Model
// Opinions, Macaron, DX Suite, Scanreceipt AI and Botpress. Two subdomains are claimed alone because their parents are
// general company sites: bookagent.mynexussolution.com (Book-Agent) and leoai.leinaro.com (Leo AI Assistant); and one
// URL prefix, meridia.cloud/ai-investment-memo-generator, the memo generator's own page on a venture platform's site.
// Leo AI Assistant is a WhatsApp receipt reader; the catalog's Leo AI (getleo.ai) is a CAD image tool, and the names
// differ.
//
// Measured with /work/helpers/classify-hosts.mts on the 295 distinct hosts the searches returned (vendors, articles,
// news, courses, stores and shared hosts alike, in /work/helpers/out/finance-hosts.txt): 19 classified before (6.4%),
// 51 (17.3%) after; the 32 new hits are the 32 host-claiming rows (the Meridia row claims a path, not a host). The low
// share is the kind: most results in this field are guides, news, consultancies and courses.
//
// Left out. General products where AI is one feature (Follow Through Advisor's optional email drafter, Kerdora's beta
// assistant, CashFlowSmart's AI Financial Advisor, CFO Pal's AI insights, Finance Forecast's optional OpenAI insights,
// Budget Buddy's bring-your-own-key AI, the trade journals Prop Survival Engine, TradeCore Lab and Trading Allianz Pro,
// ConformiDoc's AI module, Claws Signals on a payment subdomain, Finary and TaxWallet, as earlier passes decided, CARV's
// data framework and Space and Time's chatbot); pages that do not say AI (Market Scanner's "multi-agent pipeline",
// StockEngine, OrbitFin's earnings-call bot page, n0ir, imtoken.fans, Booki AI, PitchVault, Cap Orbit, Cashflowy,
// Crypto Tax Edge, cryptoBASIS, Portfolio Motif, Ramsey Quant, AI Financial Plan's deterministic engines, the Telegram
// trading bots foggybot.io, tgbot.com and Blum); templates and placeholders (researcher.center's draft, InvestOS's pilot
// placeholder, tm.zickzackkind.de's "[Company Name]", the Financial Statement Reader on a duckdns host, allcryptobots.com's
// outline, AI Money's policy on cuentate.com that still carries a chatbot's preamble); staging hosts
// (staging.tradelyst.ai, staging.aistockanalyzer.org, stg-kospi.hawks.kr: tradelyst.ai and aistockanalyzer.org are
// leads for a pass that finds their production pages); lead-funnel "stock diagnosis" sites and a ratings publication
// (ai.gsupb.today, us.signallayer.info, tjhxjxf.com, GptInvest, as the finlegal pass decided); a self-hosted tool on its
// operator's machine (BSAI Bookkeeper), a founder's student project (Startup Screener), a capstone (dynamasoft.com), a
// hackathon entry (DeFi Swarm) and a personal build log (kathyong.online); a company AI-processing notice naming no
// product (laigo.ai); phone apps on a tools directory or a developer's site (Expense Manager on toolspedia.net, Recibo
// on oshiralabs.com, 領収書らくらく読取 on rakuraku.info, which earlier passes also left out); hosts earlier passes left
// out (Perceptive Analytics' Financial Summarizer Pro, CFO-Bot on nexgenanalysis.com, TaxLetterAI, quai.kr,
// happypig.cloud, simplyexpensed.com, smejapan.com); consultancies and agencies (Quiet Machines, Holm, Reruption, Dyyota,
// Grow2, Humanr, beeeowl); a tax firm's own AI policy (faris-tax.jp); vendors seen only on blogs, glossaries or guides
// (Kolena, Arya.ai, Leni, UPTIQ, Zeplyn, VeriNote, SelfCapsule, Aivestio, ChatFin, Metadatamorph, Innavera, Inweb3);
// and shared platforms (pages.dev, vercel.app, github.io, notion.site, gitbook.io, telegra.ph, polsia.app and lovable.app
// copies). Leads not tried: book-agent.com (the service host Book-Agent's policy names), portfolioguardian.app (Portfolio
// Guardian's mail host), yv.boola.ai's pitch-deck analyser (its parent boola.ai unread), tradelyst.ai and
// aistockanalyzer.org.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21FinanceTools: Tool[] = defineTools(
  'productivity',
  [
    // --- Equity research, earnings calls and stock analysis ---
    { id: 'earningscalls-ai', name: 'EarningsCalls.ai', vendor: 'EarningsCalls.ai', category: 'search', domains: ['earningscalls.ai'], region: 'europe', source: 'https://earningscalls.ai/privacy' }, // privacy (GDPR): questions about earnings-call transcripts answered by OpenAI and Anthropic
    { id: 'algothesis', name: 'AlgoThesis', vendor: '1232216 B.C. Ltd.', category: 'search', domains: ['algothesis.ai'], source: 'https://algothesis.ai/terms' }, // terms: an AI-powered research workbench turning a thesis into a basket of stocks; messages classified by Google Gemini
    { id: 'kotstock', name: 'KotStock', vendor: 'KotStock', domains: ['kotstock.com'], source: 'https://kotstock.com/terms' }, // terms: an AI-powered trade planning assistant whose trade plans are AI-generated
    { id: 'technical-analysis-mcp', name: 'Technical Analysis MCP', vendor: 'Technical Analysis MCP', category: 'chat', domains: ['technical-analysis-mcp.com'], source: 'https://www.technical-analysis-mcp.com/privacy/' }, // privacy: a chat for stock analysis; queries processed by DeepSeek and OpenAI models
    { id: 'apex-stock-intel', name: 'Apex Stock Intel', vendor: 'Apex Stock Intel', domains: ['apexstockintel.com'], source: 'https://apexstockintel.com/privacy' }, // privacy: ticker analyses; Anthropic named as the AI analysis processor
    { id: 'ir-weather-jp', name: 'IR気象台', vendor: 'IR気象台', domains: ['irweather.jp'], region: 'japan', source: 'https://irweather.jp/ai-policy' }, // AI policy (Japanese): generative AI summarises company disclosures and extracts points, then a review pass checks them
    { id: 'portfolio-guardian', name: 'Portfolio Guardian', vendor: 'Portfolio Guardian', domains: ['portfolioguardian.co.uk'], region: 'europe', source: 'https://portfolioguardian.co.uk/legal/privacy' }, // privacy (UK): portfolio data sent to Anthropic Claude for analysis; outputs labelled AI-generated
    // --- Crypto and DeFi AI agents ---
    { id: 'aspis-telegram-assistant', name: 'Aspis', vendor: 'Epos Development Limited', category: 'agents', domains: ['aspis.finance'], source: 'https://aspis.finance/terms' }, // terms: an AI-powered assistant on Telegram for blockchain data and DeFi interactions
    { id: 'anneli-aml', name: 'ANNELI', vendor: 'ANNELI LLC', domains: ['anneli-aml.com'], source: 'https://anneli-aml.com/terms' }, // terms: a Telegram bot that analyses blockchain wallet activity using AI/ML
    { id: 'agentifyai', name: 'AgentifyAI', vendor: 'AgentifyAI', category: 'agents', domains: ['agentifyai.xyz'], source: 'https://docs.agentifyai.xyz/system-architecture/high-level-system-flow' }, // docs: plain-language DeFi commands parsed by an NLP engine built on OpenAI and LangChain
    { id: 'aarna-ai', name: 'aarnâ', vendor: 'aarnâ', category: 'agents', domains: ['aarna.ai'], source: 'https://docs.aarna.ai/aarna-agentic-engine/atars/conversational-ai-agent' }, // docs: an LLM-powered conversational agent that turns DeFi vault requests into instructions
    { id: 'sozo-ai', name: 'Sozo AI', vendor: 'Sozo AI', category: 'agents', domains: ['sozoai.xyz'], source: 'https://docs.sozoai.xyz/architecture-and-technology' }, // docs: an AI model turns natural-language messages into DeFi operations on Solana
    { id: 'mytradingcoach', name: 'MyTradingCoach', vendor: 'MyCryptoParadise', category: 'chat', domains: ['mytradingcoach.online'], source: 'https://www.mytradingcoach.online/terms' }, // terms: a Telegram Mini App and web coach; daily conversations with an AI coach for crypto traders
    // --- Personal finance and budgeting ---
    { id: 'ai-clarity-budget', name: 'AI Clarity Budget', vendor: 'AI Clarity Budget', domains: ['ai-claritybudget.com'], source: 'https://www.ai-claritybudget.com/privacy' }, // privacy: AI transaction categorisation, health scoring and a conversational assistant via OpenAI's API
    { id: 'budget-ai-ru', name: 'Budget AI', vendor: 'Budget AI', domains: ['budget-ai.ru'], region: 'russia', source: 'https://budget-ai.ru/privacy' }, // privacy: a budgeting app; voice input and receipt photos sent to AI services to create transactions
    { id: 'readmypay', name: 'ReadMyPay', vendor: 'ReadMyPay', domains: ['readmypay.com'], source: 'https://readmypay.com/privacy' }, // privacy: uploaded pay documents explained by OpenAI; AI-generated explanations not stored
    { id: 'sobranada', name: 'SobraNada', vendor: 'SobraNada', category: 'chat', domains: ['sobranada.com'], region: 'latam', source: 'https://www.sobranada.com/privacy' }, // privacy (Portuguese): a WhatsApp money assistant; messages sent to LLM providers (OpenRouter, OpenAI, Google)
    { id: 'meuassessor', name: 'meuassessor.com', vendor: 'Tittanium INC', category: 'chat', domains: ['meuassessor.com'], region: 'latam', source: 'https://www.meuassessor.com/pages/politica-de-privacidade' }, // privacy (Portuguese): WhatsApp messages interpreted with AI to record expenses and answer money questions
    // --- AI bookkeeping and document extraction ---
    { id: 'book-agent', name: 'Book-Agent', vendor: 'Book-Agent', category: 'agents', domains: ['bookagent.mynexussolution.com'], source: 'https://bookagent.mynexussolution.com/privacy' }, // privacy: an AI-powered bookkeeping platform; bills read with OCR and AI into draft entries for Odoo and QuickBooks
    { id: 'books-commander', name: 'Books Commander', vendor: 'BooksCommander.com', category: 'agents', domains: ['bookscommander.com'], source: 'https://bookscommander.com/llmDisclaimer' }, // LLM disclaimer: ChatGPT interprets instructions and picks QuickBooks Online API actions
    { id: 'exceltract', name: 'Exceltract', vendor: 'Exceltract', domains: ['exceltract.com'], source: 'https://exceltract.com/privacy' }, // privacy: bank-statement PDFs sent to Anthropic to extract transactions into a spreadsheet
    { id: 'leo-ai-assistant-leinaro', name: 'Leo AI Assistant', vendor: 'Leinaro', category: 'chat', domains: ['leoai.leinaro.com'], source: 'https://leoai.leinaro.com/privacy' }, // privacy: receipts and invoices sent over WhatsApp extracted with Google's Gemini
    { id: 'notapraplanilha', name: 'NotaPraPlanilha', vendor: 'ALS tecnologia e treinamento', domains: ['fechames.app'], region: 'latam', source: 'https://fechames.app/privacy' }, // privacy (Brazil): uploaded invoices and documents read by Google Gemini vision into fields
    // --- FP&A, CFO and modelling copilots ---
    { id: 'finreports-ai', name: 'Finance & Reporting Intelligence', vendor: 'Finance & Reporting Intelligence', domains: ['finreportsai.com'], source: 'https://finreportsai.com/privacy' }, // privacy: GL reporting agents with AI conversations through managed AI or your own Claude, OpenAI or Gemini key
    { id: 'cfoly-ai', name: 'CFOly.ai', vendor: 'Profit Matters', domains: ['cfoly.ai'], source: 'https://www.cfoly.ai/privacy-policy' }, // privacy: an AI-powered advisory platform on QuickBooks data with an AI assistant
    { id: 'fimo-copilot', name: 'FiMo Copilot', vendor: 'Modeling Copilot LLC', domains: ['financialmodeling.tech'], source: 'https://financialmodeling.tech/privacy_policy' }, // privacy: FiMo Copilot, a financial-modelling service described as artificial intelligence
    // --- AI trade journals ---
    { id: 'ai-trading-coach-app', name: 'AI Trading Coach', vendor: 'AI Trading Coach', domains: ['aitradingcoach.app'], source: 'https://www.aitradingcoach.app/privacy' }, // privacy: chart screenshots and trade data sent to OpenAI for AI coaching
    { id: 'traderjack', name: 'TraderJack', vendor: 'Pip4x LLC', domains: ['traderjack.ai'], source: 'https://traderjack.ai/privacy-policy' }, // privacy: an AI-powered trade journal; charts sent to OpenAI and to Anthropic's Claude Sonnet
    // --- Lending and real-estate underwriting ---
    { id: 'ai-underwriting-net', name: 'AI Underwriting', vendor: 'AI Underwriting', domains: ['aiunderwriting.net'], source: 'https://aiunderwriting.net/privacy' }, // privacy: real-estate deal underwriting; AI narrative through OpenRouter (DeepSeek, GLM, Anthropic)
    { id: 'lendingiq', name: 'LendingIQ', vendor: 'LendingIQ', category: 'agents', domains: ['lendingiq.ai'], source: 'https://www.lendingiq.ai/agent-catalogue/eu/bank-statement-analyst-ai' }, // agent profile: a Bank Statement Analyst AI that reads statements and writes a narrative for credit officers
    // --- Tax ---
    { id: 'zeily', name: 'ZEILY', vendor: 'ZEILY', category: 'search', domains: ['zeily.ai'], region: 'japan', source: 'https://www.zeily.ai/ai-disclosure.html' }, // AI disclosure (Japanese): tax answers from public tax sources generated with Google Gemini on Vertex AI
    // --- Venture investors ---
    { id: 'stratengine-ai', name: 'StratEngine AI', vendor: 'StratEngine AI', domains: ['stratengineai.com'], source: 'https://stratengineai.com/blog/posts/ai-in-investment-memos.html' }, // founder's post: StratEngineAI screens pitch decks and generates investment memos with AI
    { id: 'meridia-memo-generator', name: 'Meridia AI Investment Memo Generator', vendor: 'Meridia', urlPrefixes: ['meridia.cloud/ai-investment-memo-generator'], source: 'https://meridia.cloud/ai-investment-memo-generator' }, // product page: an AI system reads a pitch deck and writes an investment memo
  ],
  { checked: CHECKED_C21 },
);
