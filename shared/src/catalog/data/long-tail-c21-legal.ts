// Twenty-first session, pass `legal` (2026-12-07, helper `legal`): AI legal tools worldwide that the catalog still
// missed, beside the seventeenth session's finance-and-legal pass (data/long-tail-c17-finlegal.ts) and the legal rows of
// the twentieth session's CEE and India passes, none of whose rows is repeated here. Here: contract, NDA and lease
// reviewers that send the document to a named model (Claude, DeepSeek, an OpenAI-compatible API) and return risk notes
// or redlines, an AI contract drafting and review workspace, and commercial-lease abstraction; legal research and
// Q&A for Japanese lawyers and the public; drafting tools for demand letters (personal injury), divorce papers,
// small-claims packs, parking-ticket appeals (US and UK), immigration petitions and RFE responses, and USPTO trademark
// descriptions; AI intake chatbots and phone agents for law firms; and a Brazilian AI platform for lawyers' pleadings.
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way such vendors word their privacy policies, terms, AI
// disclosures and help pages ("contract text is sent to our AI provider", "Claude analyzes clauses", "we use Gemini to
// extract intake data", "AI-generated letters, not a law firm", "AI transparency … petition drafts"), by kind (contract
// review and redlining, legal research, demand letters and pleadings, intake and receptionists, e-discovery, patent and
// trademark drafting, immigration forms, tenant, small-claims and ticket help, compliance policies, wills, DMCA letters)
// and in German, French, Spanish, Portuguese, Italian, Dutch and Japanese. Topic-worded queries (e-discovery, patent
// drafting, compliance policies, estate planning, Italian and Dutch legal AI) returned guides, bar-association notes,
// law-firm articles and news only; queries naming a page type and a data flow returned vendors. Every row cites a page
// with a path on the product's own host (for LAWBO, its claimed subdomain) that says in the vendor's words that the
// product reviews, drafts, answers or takes intake with AI, a language model or a named model provider. Six rows cite
// the vendor's own blog or guide where that page describes the vendor's own product (Lextract, ProPlaintiff, Anytime
// AI, Fight My Fine, LegistAI, Drafty AI) and one its own product blog section (Cria.AI). Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries: Legal Monk, Legal Redliner, LegalAI (ailegalassistant.cloud), LawLM, Legal
// AI (legal-ai.pl), Law Practice AI, TelAI Agent, Elephas, Patlytics, AI Lawyer (ailawyer.pro), MeshLaw, Periagoge, GC
// AI, Lawfree, LexIA (lexiach.com), LegalOn (legalontech.com), Vespper and OpenClaw (clawhub.ai).
//
// One subdomain is claimed alone: lawbo.x-legal-association.org (LAWBO), because its parent is the site of the X-Legal
// association that runs it with AIDAO, not the product.
//
// Measured with /work/helpers/classify-hosts.mts on the 303 hosts the searches returned (vendors, blogs, law firms,
// bar bodies, news and shared hosts alike, in /work/helpers/out/legal-hosts.txt): 17 classified before (5.6%), 42 after
// (13.9%). The low share is the kind: most results in this field are law-firm articles, bar guidance and explainers.
//
// Cria.AI (criaai.app.br) was left out by the eighteenth- and nineteenth-session Latin America passes as "vendor blog
// only"; its page has a section on how Cria.AI itself applies generative AI to Brazilian law, which the rule for a
// vendor's own product page now accepts. No other file's trap lists it.
//
// Left out. Template or draft policies (callmy.attorney's "template notice", knowme.law's "product scaffolding",
// ailegalchatbots.com's bracketed effective date, SophieScribe's "draft for review" on sophiescribe.ai and its app
// host, FamilyCase.AI's "counsel-review draft" on app.familycase.ai, einsicht.ink's [Name/Firma], the ジャスティ・アイ
// terms with a bracketed company name posted on netscape.co.jp rather than the product's host); staging and
// development hosts (app-staging.clmspace.com, a Litigators AI copy on dev.…amplifyapp.com); pages at a bare `?p=`
// address (doculex.ai, ipauthor.com, inventimm.com); a mobile-only app left out by three earlier passes (Abogado IA on
// abogadogpt.org); a project on a personal site (TicketFight on watchmefail.com) and a course case study
// (datastack.academy's ActionResponder); law firms' own AI pages and custom GPTs (occamimmigration.com, mc-law.jp,
// legal-gpt.eu) and a marketing agency's chatbot service (jurismarketinglab.com); pages that do not say the product
// uses AI (LEGAL SMART Case Check on legalsmart.de, smallclaimshelper.com's trust page, clauze.xyz); and software where
// generative AI is one feature (Patent Bots, Ladra, as the seventeenth-session pass also decided). Leads not tried, for
// a later pass: DISCO (csdisco.com, an e-discovery platform met only on a general blog post), CasePal's research guide
// (knowledge.casepal.co, which never says "AI" in the part read), AppFabrik AI's AI Contract Manager
// (appfabrik-ai.de/ai-data-processing, OpenAI via api.appfabrik-ai.de; unclear whether the site is the product's),
// OraClaim (oraclaim.com, seen only in a listicle on its blog), IntakeAI (getintake.ai, met on a malformed host),
// PlainClause's service host clearclauses.com (named on its policy, not met as a result), LegalOn's second host
// legalon-cloud.com (an alias for the legalon entry), Immigration Copilot, Voxsynthesis, InventGenie, PowerPatent
// (wp.powerpatent.com) and cnipa.ai (general articles only), and Jurídico AI (juridico.ai, trapped by the c20 leads pass).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21LegalTools: Tool[] = defineTools(
  'productivity',
  [
    // --- Contract, NDA and lease review ---
    { id: 'redlinebot', name: 'RedlineBot', vendor: 'RedlineBot', domains: ['redlinebot.io'], source: 'https://www.redlinebot.io/privacy' }, // privacy: contract text from an uploaded PDF goes to an OpenAI-compatible API for clause-by-clause AI analysis
    { id: 'unclaws', name: 'Unclaws', vendor: 'Unclaws', domains: ['unclaws.com'], source: 'https://www.unclaws.com/privacy' }, // privacy: a contract analysis service; uploaded contracts go to a third-party AI service, only results are kept
    { id: 'guard-clause', name: 'Guard-Clause', vendor: 'Guard-Clause', domains: ['guard-clause.com'], source: 'https://www.guard-clause.com/trust' }, // trust center: contract text processed by Claude for a risk score, findings and a negotiation pack
    { id: 'clausewize', name: 'ClauseWize', vendor: 'ClauseWize', domains: ['clausewize.com'], source: 'https://www.clausewize.com/privacy' }, // privacy: uploaded contracts extracted and sent to Anthropic's Claude for analysis and a chat feature
    { id: 'clauseai-live', name: 'ClauseAI', vendor: 'ClauseAI', domains: ['clauseai.live'], source: 'https://clauseai.live/privacy' }, // privacy: document text sent to Anthropic Claude and DeepSeek to generate findings
    { id: 'plainclause', name: 'PlainClause', vendor: 'PlainClause', domains: ['getplainclause.com', 'clearclauses.com'], source: 'https://getplainclause.com/privacy' }, // privacy: an AI-powered legal document assistant that relays contract text to the Anthropic API; it names clearclauses.com as its service host (added at the merge)
    { id: 'hiveacts', name: 'HiveActs', vendor: 'HiveActs', domains: ['hiveacts.com'], source: 'https://hiveacts.com/legal/ai-disclaimer' }, // AI disclaimer: Claude models power contract analysis, clause review, drafting from briefs and rewrites
    { id: 'leaselens-org', name: 'LeaseLens', vendor: 'LeaseLens', domains: ['leaselens.org'], source: 'https://leaselens.org/methodology' }, // methodology: an uploaded lease is analysed by Claude into 16 categories, risk flags and a grade
    { id: 'lextract', name: 'Lextract', vendor: 'Lextract', domains: ['lextract.io'], source: 'https://lextract.io/resources/articles/ai-lease-review' }, // vendor article: its commercial-lease abstraction uses OCR and an LLM to fill 126 fields with confidence scores
    // --- Legal research and questions ---
    { id: 'lawbo', name: 'LAWBO', vendor: 'X-Legal Association and AIDAO', category: 'search', domains: ['lawbo.x-legal-association.org'], region: 'japan', source: 'https://www.lawbo.x-legal-association.org/terms-public' }, // terms (Japanese): legal research AI for lawyers and a business legal AI, "powered by ChatGPT"
    { id: 'robot-lawyer-jp', name: 'Robot Lawyer', vendor: 'Robot Consulting Co., Ltd.', category: 'chat', domains: ['robotlawyer.jp'], region: 'japan', source: 'https://www.robotlawyer.jp/terms-service' }, // terms (Japanese): answers to legal questions generated with generative AI
    // --- Drafting: demand letters, pleadings, consumer disputes, immigration, trademarks ---
    { id: 'proplaintiff', name: 'ProPlaintiff', vendor: 'ProPlaintiff', category: 'writing', domains: ['proplaintiff.ai'], source: 'https://www.proplaintiff.ai/post/how-to-generate-ai-demand-letters' }, // vendor guide: its AI demand letter tool for personal-injury pre-litigation
    { id: 'anytime-ai', name: 'Anytime AI', vendor: 'Anytime AI', category: 'writing', domains: ['anytimeai.ai'], source: 'https://www.anytimeai.ai/resources/blog/how-ai-demand-letters-cut-pi-firms-drafting-time-85-percent' }, // vendor case study: agentic AI drafts personal-injury demand letters from medical records
    { id: 'cria-ai', name: 'Cria.AI', vendor: 'Cria.AI', category: 'writing', domains: ['criaai.app.br'], region: 'latam', source: 'https://criaai.app.br/blog/ia-generativa-no-direito' }, // vendor blog (Portuguese): how Cria.AI applies generative AI to Brazilian pleadings and drafts
    { id: 'divorce-portal', name: 'Divorce Portal', vendor: 'Axiom AI LLC', category: 'writing', domains: ['divorce-portal.com'], source: 'https://divorce-portal.com/ai-policy' }, // AI usage policy: OpenAI GPT-4o and Anthropic Claude draft divorce documents and support calculations
    { id: 'getsmallclaims', name: 'GetSmallClaims', vendor: 'GetSmallClaims', category: 'writing', domains: ['getsmallclaims.com'], source: 'https://getsmallclaims.com/how-it-works' }, // how it works: Llama 3.3 70B on Cloudflare Workers AI drafts a small-claims court pack
    { id: 'ticket-pilot', name: 'Ticket Pilot', vendor: 'Ticket Pilot', category: 'writing', domains: ['useticketpilot.com'], source: 'https://www.useticketpilot.com/privacy' }, // privacy: ticket photos read and contest letters drafted with AI from Anthropic
    { id: 'fight-my-fine', name: 'Fight My Fine', vendor: 'Fight My Fine', category: 'writing', domains: ['fightmyfine.com'], region: 'europe', source: 'https://fightmyfine.com/blog/how-ai-helping-fight-parking-tickets.html' }, // vendor blog: its AI tool reads a UK parking ticket photo and writes the appeal letter
    { id: 'quickpetition', name: 'QuickPetition', vendor: 'QuickPetition', category: 'writing', domains: ['quickpetition.com'], source: 'https://www.quickpetition.com/ai-transparency' }, // AI transparency: large language models draft immigration petition letters for user review
    { id: 'legistai', name: 'LegistAI', vendor: 'LegistAI', category: 'writing', domains: ['legistai.com'], source: 'https://www.legistai.com/ai-assisted-drafting-for-immigration-petitions-and-responses-from-intake-to-final-review' }, // vendor guide: its AI-native tool drafts immigration petitions and RFE responses under attorney review
    { id: 'drafty-ai', name: 'Drafty AI', vendor: 'Drafty AI', category: 'writing', domains: ['draftyai.com'], source: 'https://www.draftyai.com/blog/ai-use-policy-template-immigration-law-firm/' }, // vendor blog: AI-powered legal drafting for immigration attorneys
    { id: 'descryber', name: 'Descryber', vendor: 'Descryber', category: 'writing', domains: ['descryber.com'], source: 'https://www.descryber.com/filing-guide' }, // filing guide: its AI trademark application software writes USPTO goods-and-services descriptions
    // --- Law-firm intake chatbots and phone agents ---
    { id: 'intake-ai-irlegal', name: 'Intake AI', vendor: 'IR Legal Solutions LLC', category: 'audio', domains: ['intake-ai.com'], source: 'https://intake-ai.com/privacy' }, // privacy: AI intake calls for law firms; transcripts classified and summarised by Google Gemini
    { id: 'firmfront-ai', name: 'FirmFront.ai', vendor: 'FirmFront.ai', category: 'agents', domains: ['firmfront.ai'], source: 'https://firmfront.ai/privacy' }, // privacy: an AI-powered client intake and FAQ chatbot platform for law firms
    { id: 'legallady-ai', name: 'LegalLady AI', vendor: 'LegalLady AI', category: 'agents', domains: ['legallady.ai'], source: 'https://www.legallady.ai/privacy' }, // privacy: AI chat widgets and voice agents law firms deploy for intake
  ],
  { checked: CHECKED_C21 },
);
