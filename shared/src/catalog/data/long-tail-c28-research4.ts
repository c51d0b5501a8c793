// Twenty-eighth session, fourth research pass (2026-12-08, helper `research4`): AI products for research and analysis
// that no entry claimed yet, beside the earlier research, science and data passes (data/long-tail-c18-research.ts,
// c21-science.ts, c21-uxforms.ts, c22-research2.ts, c27-research3.ts, c16-codedata.ts, c18-data.ts, c23-data2.ts) and
// this session's other files (consumer3 took the AI genealogy reports), whose rows, queries and decisions are not
// repeated here. Here: AI qualitative analysis of interviews and focus groups (QualIntel OS, Quallie.ai, QUALLEE,
// QualMill, Skimle), an AI interviewer (QualiaInterviews) and meeting-transcript insights (Qualitative);
// synthetic-persona research (VektoraSim, versim); AI systematic-review and evidence tools (Study Screener, SYMPRO AI,
// EvidenceScope) and AI grading of preprints (Preprints.ai); AI grant discovery (Fundizzle, Grant-AI); AI patent
// office-action analysis (patentreply.ai); AI competitor monitoring (Competitor Watch) and AI market-trend chat
// (Trendier); AI metadata for archives (Archively); and AI family-history tools (Roots We Planted, The 1870 Project).
// One AI product met on the way is kept: Trendteller, a Brazilian e-commerce analytics service whose insights are
// written by GPT-4 and Gemini.
//
// Leads. 35 look-ups, all `search` in the stored `pages` corpus, counted as they were made. Queries worded the way
// vendors word their own privacy, terms, AI-use, methodology and help pages, by niche: qualitative "AI coding" of
// interview transcripts; UX-research synthesis naming OpenAI; genealogy transcription and family-history AI naming
// Claude or OpenAI; "AI-generated reports" for market research with credits; grant finders naming OpenAI and grant
// credits; chat-with-your-data CSV terms; systematic-review screening terms and evidence-synthesis subprocessors;
// competitive-intelligence subprocessors and competitor-change digests; historians' and archives' AI transcription
// and cataloguing; open-ended survey coding; AI patent-search credit and refund terms; research repositories with AI
// tagging; synthetic respondents; electronic lab notebooks with an LLM; focus-group transcript analysis; PubMed
// evidence assistants; due-diligence company research; TAM and market-report generators; citation-graph literature
// maps; historical newspapers; and six look-ups naming a product met (Qualz.ai, veritaslinks, Blix, Trendier, Quallie,
// Preprints.ai). The qualitative-research and synthetic-persona wording found most rows; the systematic-review,
// lab-notebook, PubMed, due-diligence, TAM, archives and newspaper queries returned papers, journals, library guides,
// content farms and listed products almost only. Every row cites a page with a path on the product's own host (for
// Trendier its help subdomain, for VektoraSim its app subdomain, both covered by the claimed domain) where the vendor
// says the product analyses, codes, screens, grades, matches, generates or answers with AI, an LLM or named model
// providers (OpenAI, Anthropic's Claude, Google Gemini, Perplexity). Hosts were run through
// /work/helpers/classify-hosts.mts and names and hosts grepped in data/ (this session's c28 files and the other
// helpers' worktrees included) first.
//
// Measured with /work/helpers/classify-hosts.mts on the 211 hosts the searches returned (vendors, papers, journals,
// library guides, blogs, content farms and shared hosts alike, in /work/helpers/out/research4-hosts.txt): 20
// classified before (9.5%), 44 after (20.9%). The low share is the kind, as the c21 and c22 passes found: research
// queries return papers, guides and articles far more than vendors.
//
// Already listed and left to their entries: 7gens, Genealogic, Rooted History, Genealogy Genie AI (aigroup.digital),
// GedCom ReportWriter AI (consumer3), Grants & Equity, 4granted, GrantFounders (writing7), GrantorAI, Grant Assistant,
// AI Grants, PatentNexus, EasySLR, Synthetic Users, Insight7, Surveyi, DataInsight, PubMed.ai, Medicrawl, Emergent
// Mind, StatGenius and AudioHighlight.
//
// Doubtful rows. Quallie.ai is read from its own llms-full.txt ("an AI analysis platform for qualitative research",
// thematic analysis "powered by LLMs"); its resource-centre privacy page does not say AI in the part read. QUALLEE and
// Skimle are read from their own blog posts, each describing its own product's AI (QUALLEE's AI governance and use;
// Skimle's quote-verification architecture). Archively is read from its own blog post on how its AI extraction drafts
// archival metadata for curator review. Trendier's help article says credits are charged by the input and output tokens
// of each question and "the AI's response" in its AI Chat; what else the product does was not read. patentreply.ai's
// credit page sells office-action analyses with AI chat included. Grant-AI sits on grant.mithgard.ai; only that
// subdomain is claimed, and mithgard.ai, not read, is neither claimed nor trapped. VektoraSim's methodology page is on
// app.vektorasim.com; the whole vektorasim.com domain is claimed as the product's own, a judgement. Qualitative's
// policy gives a privacy@qualitative.app contact; only the host read is claimed. QualIntel OS's blog post was a c23
// data2 trap ("seen only on its blog"); its privacy policy, read here, says the platform generates AI-assisted coding
// suggestions, so that trap line is dropped with a note.
//
// Left out. A placeholder (familylore.ai's handwriting-transcription policy, "Registered agent address: [address
// pending]": a lead once filled); an agency's subdomain and `?p=` pages (SpotRivals' AI-use policy and glossary on
// compwatch.wordpressexpert.nl: a lead once spotrivals' own host is seen); shared platforms (userplay.pages.dev,
// Userplay's AI-processing page, a lead; kwantumlabs' pages.dev methodology as c22 decided; grant-ai-indol.vercel.app
// with "[COMPANY LEGAL NAME]"; grantable-6.webflow.io; bijani-xyz.pages.dev; feebee-94b09.web.app, a template;
// datavision-ai.vercel.app and csv-gpt-landing.pages.dev as before); dev hosts (dev--synilly-deck.adbullah.com, whose
// deck says no LLM runs); pages that do not say the product uses AI, or say it only in the name (lumenradar.com's
// credit policy, aireport.pro's billing terms, ideaconsult.biz's intellihance terms, medcite.eu's safety page,
// aigrants.co as before, vdynamiq.ai's persona how-to, veritaslinks.com's focus-group page, which speaks of
// "model-authored synthesis" only, vecbase.com's interview-analysis page, as c22 decided); vendors seen only on blogs
// about the kind in general (qualz.ai, blix.ai, promptmax.io, kicue.com, rivalflag.com, praxiainsights.com); a
// consultancy's platform story (gipam-health.com's ANCHOR); a use-case page whose product could not be placed
// (morphmind.ai's QualCode under an "AgentLab" banner: a lead); general products with an AI feature (Userlytics as
// c18 decided, Conjointly's Deep probe, People Insight, Go Vocal, Optimal Workshop, Userbrain, TARE as c21 decided);
// personal and study projects (shermanux.com, aiprojects.saviranta.com, Transcription Pearl and Archive Studio on a
// Substack, the War Department Papers' transcription pipeline); a mentor chatbot off this pass's kind whose policy's
// effective date is "TBD" (blixi.io); and papers, journals, library guides, directories and content farms (the
// large majority of hosts met).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Research4Tools: Tool[] = defineTools(
  'productivity',
  [
    { id: 'qualintel-os', name: 'QualIntel OS', vendor: 'QualIntel OS Limited', domains: ['qualintel.io'], source: 'https://qualintel.io/privacy' }, // privacy: uploaded transcripts and codebooks used "to generate AI-assisted coding suggestions"; accepted/rejected AI suggestions logged
    { id: 'quallie-ai', name: 'Quallie.ai', vendor: 'Quallie.Ai Ltd', domains: ['quallie.ai'], source: 'https://quallie.ai/llms-full.txt' }, // "an AI analysis platform for qualitative research": transcription, thematic analysis powered by LLMs, AI-generated clips
    { id: 'quallee', name: 'QUALLEE', vendor: 'QUALLEE', domains: ['quallee.ai'], source: 'https://quallee.ai/en/insights/ai-usage-quallee-transparency' }, // own post: where and how QUALLEE uses AI in qualitative interview research, with humans in the loop
    { id: 'qualmill', name: 'QualMill', vendor: 'H2i Digital', domains: ['qualmill.app'], source: 'https://qualmill.app/privacy' }, // privacy: "Process your transcripts and generate reports using AI" for qualitative research
    { id: 'skimle', name: 'Skimle', vendor: 'Skimle', domains: ['skimle.com'], source: 'https://skimle.com/blog/ai-qualitative-analysis-hallucinations-context-black-box' }, // own post: Skimle's AI identifies passages and themes in transcripts, each quote verified verbatim
    { id: 'qualiainterviews', name: 'QualiaInterviews', vendor: 'QualiaInterviews', domains: ['qualiainterviews.com'], source: 'https://qualiainterviews.com/documentation/where-is-the-data-stored' }, // docs: interview questions and answers pass through OpenAI or Perplexity servers; AI interviews with an auto respondent
    { id: 'qualitative-one', name: 'Qualitative', vendor: 'Qualitative', category: 'meeting', domains: ['qualitative.one'], source: 'https://qualitative.one/privacy' }, // privacy: meeting transcripts processed through large language models (Google Gemini) into extracts, summaries and tags
    { id: 'vektorasim', name: 'VektoraSim', vendor: 'VektoraSim', domains: ['vektorasim.com'], source: 'https://app.vektorasim.com/methodology' }, // methodology: simulated personas interviewed via prompts to a large language model; LLM-generated attributes and reports
    { id: 'versim', name: 'versim', vendor: 'versim', domains: ['versim.ai'], source: 'https://versim.ai/methodology' }, // methodology: personas distilled from community archives by a team of specialised agents, queried like "AI persona" tools
    { id: 'study-screener', name: 'Study Screener', vendor: 'Study Screener', category: 'search', domains: ['study-screener.com'], source: 'https://study-screener.com/responsible-use-statement' }, // responsible-use statement: AI recommendations with confidence scores for systematic-review screening
    { id: 'sympro-ai', name: 'SYMPRO AI', vendor: 'SYMPRO AI', category: 'search', domains: ['sympro.ai'], source: 'https://sympro.ai/methodology' }, // methodology: AI-powered literature review suite, AI title/abstract screening, data extraction, risk of bias
    { id: 'evidencescope', name: 'EvidenceScope', vendor: 'EvidenceScope', category: 'search', domains: ['evidencescope.com'], source: 'https://evidencescope.com/privacy.html' }, // privacy: AI Review, Risk of Bias, Translate and Enrich send article metadata to Anthropic Claude
    { id: 'preprints-ai', name: 'Preprints.ai', vendor: 'Preprints.ai', category: 'search', domains: ['preprints.ai'], source: 'https://preprints.ai/methodology' }, // methodology: a nine-agent AI peer-review panel on Claude, GPT-4o and Gemini grades bioRxiv/medRxiv preprints
    { id: 'fundizzle', name: 'Fundizzle', vendor: 'Fundizzle', category: 'search', domains: ['fundizzle.ai'], source: 'https://fundizzle.ai/privacy' }, // privacy: "an AI-powered grant discovery platform"; profiles processed by AI models to rank grants and draft applications
    { id: 'grant-ai-mithgard', name: 'Grant-AI', vendor: 'Grant-AI', category: 'writing', domains: ['grant.mithgard.ai'], source: 'https://grant.mithgard.ai/privacy' }, // privacy: matches startups with funding programs; OpenAI for application generation
    { id: 'patentreply', name: 'patentreply.ai', vendor: 'patentreply.ai', category: 'writing', domains: ['patentreply.ai'], source: 'https://www.patentreply.ai/documentation/billing-credits/credit-system' }, // docs: credits buy patent office-action analyses, AI chat messages included
    { id: 'competitor-watch', name: 'Competitor Watch', vendor: 'Competitor Watch', domains: ['competitor.watch'], source: 'https://competitor.watch/en/docs/getting-started/understanding-changes' }, // docs: "AI-powered analysis" of competitor site changes, an AI-generated summary and impact analysis for each
    { id: 'trendier', name: 'Trendier', vendor: 'Trendier', category: 'search', domains: ['trendier.ai'], source: 'https://help.trendier.ai/en/articles/14879059-what-can-i-do-with-one-credit' }, // help: credits charged by input/output tokens of each question and the AI's response in its AI Chat; Generator reports
    { id: 'archively', name: 'Archively', vendor: 'Archively', domains: ['archively.ai'], source: 'https://archively.ai/en/blog/ai-extraction-archival-workflow' }, // own post: AI extraction drafts OCR, transcription, entities, keywords and captions for curator review
    { id: 'roots-we-planted', name: 'Roots We Planted', vendor: 'Roots We Planted', category: 'writing', domains: ['rootsweplanted.com'], source: 'https://www.rootsweplanted.com/faq' }, // FAQ: AI transcription, OCR and narrative generation for family archives with OpenAI, Anthropic, ElevenLabs, HeyGen, Pika
    { id: 'the-1870-project', name: 'The 1870 Project', vendor: 'The 1870 Project', category: 'search', domains: ['the1870project.com'], source: 'https://the1870project.com/terms.html' }, // terms: credit-priced genealogy archive searches ("the AI work happened"), AI portraits and an AI Family Guide
    { id: 'trendteller', name: 'Trendteller', vendor: 'Trendteller', domains: ['trendteller.com.br'], region: 'latam', source: 'https://docs.trendteller.com.br/guides/ai-insights.md' }, // docs: OpenAI GPT-4 and Google Gemini generate insights, forecasts and recommendations from e-commerce data
  ],
  { checked: CHECKED_C28 },
);
