// Twenty-second session, second research pass (2026-12-07, helper `research2`): AI research products that no entry
// claimed yet, beside the eighteenth session's research pass (data/long-tail-c18-research.ts), the twenty-first
// session's science pass (data/long-tail-c21-science.ts), the list-based long-tail-search.ts and the sixteenth
// session's chatsearch pass (data/long-tail-c16-chatsearch.ts), none of whose rows is repeated here. Here: AI
// literature-review and systematic-review tools (an AI-assisted platform for systematic and targeted literature reviews,
// an academic literature search and review-drafting service, a literature-review blog vendor whose AI screens papers);
// academic writing assistants (a Japanese AI assistant for research and academic writing, an AI thesis reviewer, a
// credit-billed AI paper service); AI patent tools (open AI prior-art search trained on USPTO examination data, an AI
// patent search and drafting platform, an AI office-action response drafter that runs locally, an IP-analytics vendor's
// AI invention screening); AI competitive intelligence (a Chrome extension whose AI models write competitor reports);
// and AI fact-checkers (a fact-checker extension and web checker showing model agreement, a YouTube and article
// fact-check extension whose verdicts come from the user's chosen model).
//
// Leads. 45 look-ups in the stored `pages` corpus. Queries worded the way vendors word their own privacy policies,
// terms and help pages ("paper text is sent to an AI provider", "AI-generated summaries may contain inaccuracies",
// "invention descriptions processed by language models"), by kind (literature review, systematic-review screening,
// chat-with-papers extensions, citation checkers, paper digests, paper-to-podcast, qualitative and open-ended survey
// analysis, AI survey platforms, patent search and invention disclosure, competitive intelligence and battlecards, AI
// market sizing, equity research on filings, deep-research reports, answer engines, fact-checkers for readers and
// newsrooms, consultants' desk research), and in German, French, Spanish, Portuguese (TCC), Indonesian (skripsi),
// Japanese, Korean and Chinese. The non-English queries returned university guides, journal AI policies and news only
// (one Japanese vendor, nottio, is already listed); so did most queries naming a topic. The wording that reached
// unlisted vendors was the billing kind: refund and credit policies ("credits consumed by AI requests", "completed AI
// patent searches are non-refundable", "AI-assisted literature review drafts"), which found half the rows. Every row
// cites a page with a path on the product's own host, and each page says in the vendor's words that the product
// searches, screens, drafts, reviews, checks or reports with AI, a language model or a named model provider. Hosts
// were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries: LitReview AI (literaturereview.ai), Paperly, LitRev, Scholar Agent,
// nottio, Sharly, PaperPilot, ArXiv TLDR, AI Research Radar, Paper Digest, Sourcely, Kimi, Koji, CrawlForge, Aitronos,
// SurveysAI, Surveyi, onlinesurvey.ai, GeoMonitor, GenRank Engine, Cite AI (usecite.com), Periagoge, Podhoc, Patent
// Assist, IP Author, IPRally, OpenRead, Thematic, GAAbstract, DeepScientist (ai-researcher.net) and intellischreiber.
//
// Measured with /work/helpers/classify-hosts.mts on the 289 hosts the searches returned (vendors, university guides,
// journals, preprint mirrors, blogs, agencies and shared hosts alike, in /work/helpers/out/research2-hosts.txt): 33
// classified before (11.4%), 46 after (15.9%). The low share is the kind, as the c21 science pass found: research
// queries return guides, journal AI policies and papers far more than vendors.
//
// Doubtful rows: ScholarDock cites its own blog, which ranks ScholarDock among the AI screening tools for systematic
// reviews rather than describing it in a policy; AI Thesis Reviewer's refund policy says payments are not yet live
// while the product is in beta, though the review service itself runs; PaperPin.ai's refund policy says only that its
// credits buy AI services and AI-generated content, so its category is left at `other`; Claimpit's Fact-Check runs
// on the user's own model key, but the vendor runs the shared result cache the policy describes.
//
// Left out. Pages that do not say the product uses AI, or say it only in the name (Patere AI's refund page,
// PatLab.AI's terms, PatentabilityScore's refund policy, Patentext's beta terms, which speak of prompts and outputs
// only, writepaper.app's credit policy for drafted IEEE papers, LitSource's guide and refund policy, SourceVerify,
// ReferenceVerify and aicitationchecker.org, which check references against databases, The Academic Digest's ranking
// pages, Scholar Sidekick's policy, Search Real Fast's warning about generative AI, SourceScore's claim-verification
// API, woips.ai's and Wunder IP's articles on AI patent search, Themera's and Innogath's blog and learn pages);
// drafts, templates and placeholders (PatentNest.ai's "[Insert date]" terms, researcher.center's placeholder policy,
// Aireka's policy with a you@example.com contact, Framebase's pre-launch refund baseline, Consulting AIOS's policy
// awaiting counsel, pylip.com's template notes); general products where AI is one feature (Patent Bots' Gen AI tools,
// PatSeer's GenAI terms as the c18 pass decided, People Insight's survey comments, Go Vocal, Typeform, rss.app's AI
// Brief, EQL's AI insights inside a financial data API, Eschatos Research's AI briefs beside edited research notes);
// agencies, consultancies and research firms (In-Pulse, TGM Research, B2B International, humanr.ai, mylesai.com's
// ScholarlySync portfolio page, BioClaritas's responsible-AI page, whose product the page does not name); directories,
// skills and course pages (toolmage.com, skillmd.ai, skills.sh, v50.ai, eduailast.com); a paper-to-podcast teardown
// that speaks of ArticleCast in the third person (articlecast.ai: a lead); an interview-analysis agent page that never
// says AI in the part read (vecbase.com: a lead); TRUVENTO's post on invention data, which implies LLM providers without
// naming the product (truvento.de: a lead); and shared platforms (proofbase-app.vercel.app, kwantumlabs' pages.dev
// methodology, an AI fact-checker policy on github.io, Zotero plugin pages on github.io, axonready.pages.dev as before).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Research2Tools: Tool[] = defineTools(
  'search',
  [
    // --- literature review and systematic reviews ---
    { id: 'easyslr', name: 'EasySLR', vendor: 'EasySLR', domains: ['easyslr.com'], source: 'https://www.easyslr.com/methods' }, // how we use AI: an AI-assisted platform for systematic and targeted literature reviews (search strategy, de-duplication, title/abstract and full-text screening), zero data retention with its AI model provider
    { id: 'literfy', name: 'Literfy', vendor: 'Literfy', domains: ['literfy.ai'], source: 'https://literfy.ai/refund-policy' }, // refund policy: academic literature search and review writing services whose credits generate AI-assisted literature review drafts
    { id: 'scholardock', name: 'ScholarDock', vendor: 'ScholarDock', domains: ['scholardock.com'], source: 'https://scholardock.com/blog/how-to-use-ai-to-screen-papers-for-systematic-reviews' }, // own blog: compares the AI screening tools for systematic reviews, ScholarDock among them, that learn from reviewers' decisions to prioritise records
    // --- academic writing and reviewing ---
    { id: 'paper-clue-ai', name: 'Paper Clue AI', vendor: 'Paper Clue Inc.', category: 'writing', domains: ['paperclue.ai'], source: 'https://www.paperclue.ai/refund-policy' }, // refund policy (Hiroshima, Japan): PaperClue.ai is an AI assistant designed to support research and academic writing, with Prime, Premium, Pro and Team plans
    { id: 'ai-thesis-reviewer', name: 'AI Thesis Reviewer', vendor: 'AI Thesis Reviewer', category: 'writing', domains: ['thesisreviewer.com'], source: 'https://www.thesisreviewer.com/refund-policy' }, // cancellation and refund policy: one-time and subscription AI reviews of theses with Deep Review add-ons, fees non-refundable once AI review starts
    { id: 'paperpin-ai', name: 'PaperPin.ai', vendor: 'PaperPin.ai', category: 'other', domains: ['paperpin.ai'], source: 'https://paperpin.ai/refund' }, // refund policy: credits buy immediate access to AI services, consumed as AI requests are processed and content generated, at rates that vary by AI model
    // --- patents ---
    { id: 'pqai', name: 'PQAI', vendor: 'PQAI', domains: ['projectpq.ai'], source: 'https://projectpq.ai/how-pqai-maintains-user-privacy/' }, // own article: prior-art searches on PQAI never stored; its AI is trained on USPTO examination data, with the model and a training dataset published openly
    { id: 'patentmind', name: 'PatentMind', vendor: 'PatentMind', domains: ['patentmind.ai'], source: 'https://www.patentmind.ai/refund-policy' }, // refund policy (Miami): immediate access to proprietary AI tools and automated patent services; completed AI patent searches, reports and draft generations are non-refundable
    { id: 'patentoaresponse', name: 'PatentOAResponse', vendor: 'PatentOAResponse.com', category: 'writing', domains: ['patentoaresponse.com'], source: 'https://www.patentoaresponse.com/terms.html' }, // terms: software that uses AI to help legal professionals analyse and draft responses to patent office actions, with processing on the user's own computer
    { id: 'relecura', name: 'Relecura', vendor: 'Relecura', domains: ['relecura.com'], source: 'https://relecura.com/screening-inventions-with-a-360o-view-of-its-impact-on-a-corporation/' }, // own case study: fully automated, AI-based invention screening with Relecura's Novelty and custom AI classification models before a prior-art search
    // --- competitive intelligence ---
    { id: 'ci-hq', name: 'CI HQ', vendor: 'CI HQ', domains: ['getcihq.com'], source: 'https://getcihq.com/privacy-policy.html' }, // privacy (web app and Chrome extension): website content the user analyses is processed through AI models to generate competitive intelligence reports
    // --- fact-checking ---
    { id: 'factsentinel', name: 'FactSentinel', vendor: 'FactSentinel', domains: ['factsentinel.com'], source: 'https://factsentinel.com/how-to-fact-check-news-articles-on-chrome' }, // own guide: an AI fact-checker browser extension and web checker giving a verdict, confidence, model agreement, reasoning and sources for a selected claim
    { id: 'claimpit-fact-check', name: 'Fact-Check (Claimpit)', vendor: 'Claimpit', domains: ['claimpit.com'], source: 'https://www.claimpit.com/privacy' }, // privacy: a browser extension that checks the claims in a YouTube video or article with the user's chosen AI model (OpenAI, Google or Anthropic), results kept in a shared cache
  ],
  { checked: CHECKED_C22 },
);
