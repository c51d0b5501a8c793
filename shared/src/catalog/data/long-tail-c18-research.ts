// Eighteenth session, research and knowledge pass (2026-12-06, issue 15): AI research tools the catalog still missed.
// Academic research assistants and AI paper search, paper summarisers and chat-with-paper readers (web apps and
// browser extensions), AI literature-review and systematic-review screening tools, AI pre-submission manuscript
// reviewers, a LaTeX editor's AI agent, AI patent drafting and patent-office document generators, deep-research
// report generators and research APIs, AI competitor-monitoring digests, and AI user-research platforms (synthetic
// personas, AI-moderated interviews); a few AI tools met on the way (an AI graphical-abstract maker, AI statistical
// insight reports, AI deal-deck generation) are kept too.
//
// Leads. The stored `pages` corpus searched by product kind (55 look-ups), worded the way vendors word their own
// terms, privacy policies, AI disclosures, help centres and docs ("AI-generated summaries may contain inaccuracies",
// "your manuscript is processed by large language models", "we send paper text to Anthropic", "AI credits", "deep
// research report"), in English, German, French, Spanish, Portuguese, Japanese, Korean and Chinese. Every row cites a
// page, with a path, on the product's own host (or its vendor's); each page says in the vendor's words that the
// product searches, summarises, reviews, drafts or reports with AI, a language model or a named model. Candidate hosts
// were run through /work/helpers/classify-hosts.mts and the catalog grepped by name first. Already entries, left to
// them: scholargent.com, swiftscholar.net (its terms name aipaper.cc), scite.ai, researchwith.ai, gettutor.app,
// tewtor.ai, aitutors.me, viberead.ing, paperguide.ai, jenni.ai, thesify.ai, ai-researcher.net (DeepScientist),
// syntheticusers.com, synthetic-people.ai, symar.ai, aciwriter.com, iatrox.com, citeme.app, sourcely.net, kimi.com,
// docgenius.app and alphabees.de. ScholarFlow (scholarflow.cv) stays a c16 trap. Two hosts are claimed together
// because one product serves both: rigorous.review and rigorous.company (the same AI peer-review service and policy).
// One subdomain is claimed alone because its parent is a journal publisher, not the AI tool: rql.newspringjournals.org.
//
// Measured with /work/helpers/classify-hosts.mts on the 327 hosts the searches returned (vendors, blogs, news sites,
// libraries, paper mirrors and shared hosts alike): 22 classified before (6.7%), 58 (17.7%) after.
//
// Left out. Blogs, guides, library guides and news rather than a product's own terms or help (manusights.com's blog,
// citeowl.com, compeers.ai, hodgen.ai, callsphere.tech, heyneo.com, docapybara.com's guides, paperdoc-app.com's blog,
// intellischreiber.de, write.studio, superfreshai.com); pages that never say the product uses AI, or say it only in
// the product's name (academe-ai.com's authorised-user terms, youyaku3.com, factaichecker.com, consuma.ai's credit
// docs, aicitationscan.com's client-side checker, the paper pages of sciencestack.ai and howistudyai.com,
// manusights.com's methods page); general products with an AI feature
// (ScholarFlow, PatSeer's GenAI add-on terms, Duden Learnattack's KI-Tutor, Userlytics, Respondent's AI moderator,
// Go Vocal, Arc Studio Pro, Tools for Students' math site, canadianpoliticaldata.org's reports); a template policy
// awaiting a lawyer (patnity.com, smartlyteai.com); an internal tool for verified clinicians (research.aeq.com);
// a tool that runs only on Chrome's on-device model (gagarinsoft.com's Nano Summarizer); directories, mirrors and
// paper sites (arxivlens.com, newx.sg, patentable.app, patents-review.com, firefox.marketplace.browsertotal.com);
// and shared platforms (axonready.pages.dev's SciLens, a ScholarLens policy on wixsite.com whose backend is
// wiseelement.cc, veracity-eval-frontend.vercel.app for veri-fact.ai, meme-paper.vercel.app, aitutor-api.vercel.app,
// proofbase-app.vercel.app, luna-client-one.vercel.app, several github.io pages).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18ResearchTools: Tool[] = defineTools(
  'search',
  [
    // --- AI paper search, research assistants and deep-research agents ---
    { id: 'paperly-software', name: 'Paperly (paperly.software)', vendor: 'Paperly', domains: ['paperly.software'], source: 'https://www.paperly.software/term' }, // terms: an AI journal search tool that finds and explains scientific references
    { id: 'litra-ai', name: 'Litra.ai', vendor: 'Hiroaki Nishimine', domains: ['litra-ai.com'], region: 'japan', source: 'https://litra-ai.com/terms' }, // terms: AI-powered academic paper search with AI-generated summaries and reports (Osaka)
    { id: 'omnilib-ai', name: 'OmniLib', vendor: 'OmniLib', category: 'agents', domains: ['omnilib.ai'], source: 'https://www.omnilib.ai/docs/research/deep-research' }, // docs: an LLM-driven Deep Research Hub plans, searches academic databases and synthesises results
    { id: 'cleartrace-ai', name: 'ClearTrace AI', vendor: 'ClearTrace AI', domains: ['cleartraceai.com'], source: 'https://www.cleartraceai.com/privacy' }, // privacy: AI research assistance for evidence mapping, synthesis, hypothesis drafting and grant editing
    { id: 'research-checker', name: 'ResearchChecker', vendor: 'ResearchChecker', domains: ['research-checker.com'], source: 'https://research-checker.com/privacy' }, // privacy: medical-literature queries sent to the Groq API (Llama 3.3) for AI analysis
    { id: 'pubmed-research-assistant-cliniprompt', name: 'PubMed Research Assistant (pubmed-mcp.com)', vendor: 'CliniPrompt Ltd', domains: ['pubmed-mcp.com'], source: 'https://www.pubmed-mcp.com/privacy' }, // privacy: PubMed results and queries analysed through the OpenAI API
    { id: 'nottio-research', name: 'nottio', vendor: 'Altevia', domains: ['nottio-research.com'], region: 'japan', source: 'https://nottio-research.com/terms' }, // terms (Japanese): academic and medical literature translated and summarised with AI (OpenAI API)
    { id: 'essence-report', name: 'Essence (essence.report)', vendor: 'Essence', category: 'agents', domains: ['essence.report'], source: 'https://essence.report/support/faq' }, // FAQ: every report is generated with multi-model synthesis and adjudication; refunds on model API outages
    { id: 'crawlforge', name: 'CrawlForge', vendor: 'CrawlForge', category: 'developer-platform', domains: ['crawlforge.dev'], source: 'https://www.crawlforge.dev/docs/api-reference/tools/deep-research' }, // API docs: an AI-powered multi-stage deep_research tool that synthesises sources
    { id: 'infrence-ai', name: 'Infrence', vendor: 'Infrence', category: 'developer-platform', domains: ['infrence.ai'], source: 'https://api.infrence.ai/faq' }, // FAQ: a /v1/research API whose cited briefs run on LLM and search vendors, priced in credits
    { id: 'webtutorial-ai', name: 'Web Tutorial AI', vendor: 'Web Tutorial AI', category: 'productivity', domains: ['webtutorialai.com'], source: 'https://www.webtutorialai.com/terms' }, // terms: browser extension with Gemini, OpenRouter and Claude personas plus Semantic Scholar, arXiv and patent search
    // --- Paper summarisers and readers ---
    { id: 'themoonlight-io', name: 'Moonlight (themoonlight.io)', vendor: 'Moonlight', domains: ['themoonlight.io'], source: 'https://www.themoonlight.io/review/aisysrev-llm-based-tool-for-title-abstract-screening' }, // its paper review page: "this review was written by AI", with the Moonlight extension for AI summaries of PDFs
    { id: 'pith-science', name: 'Pith (pith.science)', vendor: 'Pith', domains: ['pith.science'], source: 'https://pith.science/ref/arxiv/2510.06708' }, // paper page: a machine-rendered reading of each paper, reviewed by model grok-4.3
    { id: 'arxiv-tldr', name: 'ArXiv TLDR', vendor: 'ArXiv TLDR', domains: ['arxivtldr.org'], source: 'https://arxivtldr.org/privacy' }, // privacy: website and Chrome extension whose arXiv summaries come from Anthropic or OpenAI
    { id: 'paperpilot-tools', name: 'PaperPilot (paperpilot.tools)', vendor: 'PaperPilot', domains: ['paperpilot.tools'], source: 'https://www.paperpilot.tools/privacy' }, // privacy: Chrome extension and web service; paper text is sent to Anthropic for summaries
    // --- Literature reviews, systematic reviews and AI-written research drafts ---
    { id: 'litrev-app', name: 'LitRev (litrev.app)', vendor: 'LitRev', domains: ['litrev.app'], source: 'https://litrev.app/help/how-ai-screening-works' }, // help centre: GPT-4o and Claude screen every title, abstract and full text for systematic reviews
    { id: 'litreview-ai', name: 'LitReview AI', vendor: 'LitReview AI', category: 'writing', domains: ['literaturereview.ai'], source: 'https://www.literaturereview.ai/methodology' }, // methodology: cited literature-review drafts from uploaded PDFs, powered by MiniMax M3
    { id: 'truessay', name: 'Truessay', vendor: 'Truessay', category: 'writing', domains: ['truessay.com'], source: 'https://truessay.com/compare/jenni-alternative' }, // its comparison page: the model drafts paragraphs citing papers retrieved from 200M+ studies
    { id: 'tex64', name: 'TeX64', vendor: 'TeX64', category: 'writing', domains: ['tex64.com'], source: 'https://tex64.com/docs/ai' }, // docs: Axiom, a LaTeX AI agent that chats, completes and edits papers via the OpenAI or Gemini API
    { id: 'gaabstract', name: 'GAAbstract', vendor: 'GAAbstract', category: 'image', domains: ['gaabstract.com'], source: 'https://gaabstract.com/ja/terms' }, // terms (Japanese): an AI graphical-abstract maker for researchers
    // --- AI pre-submission manuscript review ---
    { id: 'rigorous-review', name: 'Rigorous (rigorous.review)', vendor: 'Rigorous', category: 'writing', domains: ['rigorous.review', 'rigorous.company'], region: 'europe', source: 'https://rigorous.review/terms' }, // terms: manuscripts processed by LLMs such as OpenAI's to generate AI peer-review feedback (ETH Zurich founders)
    { id: 'reviewmymanuscript', name: 'ReviewMyManuscript', vendor: 'ReviewMyManuscript', category: 'writing', domains: ['reviewmymanuscript.com'], source: 'https://reviewmymanuscript.com/terms' }, // terms: AI-assisted pre-review and quality-check reports on scientific manuscripts
    { id: 'openrevyu', name: 'OpenRevyu', vendor: 'OpenRevyu', category: 'writing', domains: ['openrevyu.com'], source: 'https://www.openrevyu.com/privacy' }, // privacy: an AI-powered academic paper review platform; papers sent to LLM providers
    { id: 'scrivalens', name: 'ScrivaLens', vendor: 'ScrivaLens', category: 'writing', domains: ['scrivalens.com'], source: 'https://www.scrivalens.com/agreementen.php' }, // service agreement: AI-assisted manuscript pre-submission analysis and AI authorship detection
    { id: 'newspring-rql', name: 'RQL Preliminary Assessment (rql.newspringjournals.org)', vendor: 'NewSpring Journals', category: 'writing', domains: ['rql.newspringjournals.org'], source: 'https://rql.newspringjournals.org/privacy' }, // privacy: AI reviews and polishing of uploaded papers sent to an AI provider (subdomain only)
    // --- AI patent drafting and patent-office documents ---
    { id: 'patenti-ai', name: 'Patenti.AI', vendor: 'Patenti', category: 'writing', domains: ['patenti.ai'], source: 'https://patenti.ai/privacy' }, // privacy: an AI-assisted patent drafting platform that processes invention disclosures through AI systems
    { id: 'patentproviso', name: 'PatentProviso', vendor: 'PatentProviso', category: 'writing', domains: ['patentproviso.com'], source: 'https://www.patentproviso.com/privacy' }, // privacy: AI-powered patent application drafting with Claude and Imagen figures
    { id: 'patent-assist-ai', name: 'Patent Assist (patentassist.ai)', vendor: 'Patent Assist', category: 'writing', domains: ['patentassist.ai'], region: 'india', source: 'https://patentassist.ai/privacy-policy/' }, // privacy: patent drafts generated by its isolated AI models, then proofread in its editor
    { id: 'aiip-jp', name: 'aiip', vendor: 'aiip Inc.', category: 'writing', domains: ['aiip.jp'], region: 'japan', source: 'https://aiip.jp/terms-of-service' }, // terms (Japanese): AI generation of patent-office filings via OpenAI, Anthropic and Google models
    // --- Market, competitor and user research ---
    { id: 'competitortracker-co', name: 'CompetitorTracker', vendor: 'CompetitorTracker', category: 'agents', domains: ['competitortracker.co'], region: 'europe', source: 'https://competitortracker.co/privacy' }, // privacy: weekly AI digests of competitor site changes via OpenRouter and Gemini (EU servers)
    { id: 'automatoir', name: 'Automatoir', vendor: 'Automatoir', category: 'agents', domains: ['automatoir.com'], source: 'https://www.automatoir.com/docs/competitive-intel/ai-summaries' }, // docs: every competitive check is turned into an AI summary with threat levels
    { id: 'trysynthia', name: 'Synthia (trysynthia.com)', vendor: 'Synthia', category: 'other', domains: ['trysynthia.com'], source: 'https://www.trysynthia.com/ai-disclosure' }, // AI disclosure: synthetic personas and research reports generated by Llama-3.3-70B on Together AI
    { id: 'userjourneys-ai', name: 'UserJourneys', vendor: 'KSP Studio, Inc.', category: 'other', domains: ['userjourneys.ai'], source: 'https://www.userjourneys.ai/privacy' }, // privacy: an AI-powered user research platform running AI voice interviews and insight summaries
    { id: 'mcpanalytics-ai', name: 'MCP Analytics', vendor: 'MCP Analytics', category: 'other', domains: ['mcpanalytics.ai'], source: 'https://mcpanalytics.ai/how-credits-work' }, // credits page: statistical reports priced by the AI-generated insight cards they produce
    { id: 'deliverables-ai', name: 'Deliverables AI', vendor: 'Deliverables AI', category: 'presentation', domains: ['deliverables.ai'], source: 'https://deliverables.ai/help/workspace/credits' }, // help centre: AI credits for processing deal documents and generating CIMs, pitch decks and reports
  ],
  { checked: CHECKED_C18 },
);
