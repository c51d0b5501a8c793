// Twenty-third session, second legal pass (2026-12-07, helper `legal2`): AI tools for legal work that the catalog still
// missed, beside the twenty-first session's legal pass (data/long-tail-c21-legal.ts) and the seventeenth session's
// finance-and-legal pass (data/long-tail-c17-finlegal.ts), whose rows are not repeated. Here: UK legal-information and
// practice assistants (LAW-BUD, LawFuze, Qanooni's drafting agents), a Canadian litigant's research assistant on Claude
// and Gemini with CanLII look-ups, an Australian platform on Anthropic (LawReach AI) and an Australian AI tool for
// estimating a divorce property split (Separately); AI e-discovery review (DecoverAI, eDiscovery AI's privilege app); a
// pro se litigation workspace on Claude (ProperResponse); contract reviewers that send contracts to a model (Anactel,
// ContractGuard AI, NDOR's document tools); patent drafting and prior-art search (Patent Drafting AI on ipdraft.com,
// XLSCOUT); immigration petition and visa tools (VisaSherpa, visaworker.ai, Immigration Copilot on Claude through
// Bedrock, VisaMap AI on OpenAI); an Indian advocates' platform with AI drafting, research and a WhatsApp command
// center (Legalese); a German in-house legal platform whose texts are pseudonymised before the model sees them
// (LEGALinhouse); the French legal research platform Doctrine, which documents its use of GPT and Mistral models; and
// a legal Q&A bot that explains its own machine-learning answers and hallucinations (Lawson).
//
// Leads. 43 look-ups in the stored `pages` corpus. Topic-worded queries (AI patent drafting risks, e-discovery and
// LLMs, deposition summaries, trademark clearance, estate planning, compliance, employment tribunals, tenants, India's
// DPDP Act, online dispute resolution, Canadian immigration) returned bar guidance, law-firm articles, papers and news;
// German and French queries returned guides, news and law-firm notes (and Doctrine). Queries naming a page type and a
// data flow ("privacy policy … invention disclosures processed by Anthropic", "… visa petition documents sent to
// Anthropic", "… uploaded agreements are sent to OpenAI", "… pleadings generated with Gemini API", "… UK GDPR OpenAI
// API legal", "… Privacy Act 1988 Pty Ltd") returned vendors. Every row cites a page with a path on the product's own
// host (for the Byzantium research assistant, its claimed subdomain; for eDiscovery AI, its help. host under the
// claimed domain) that says in the vendor's words that the product answers, reviews, drafts or analyses with AI, a
// language model or a named model provider. Four rows cite the vendor's own blog or guide about its own product
// (DecoverAI, XLSCOUT, Qanooni) or its help centre (eDiscovery AI). Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 262 hosts the searches returned (vendors, law firms, bar
// bodies, news, papers and shared hosts alike, in /work/helpers/out/legal2-hosts.txt): 23 classified before (8.8%), 45
// after (17.2%). As in the c21 pass, most results in this field are law-firm articles, bar guidance and explainers.
//
// Already listed and left to their entries: DISCO (csdisco.com), Solve Intelligence, Patenti.AI, PatentProviso,
// Patent Assist, Spellbook, SimplifyLaw, Clearbrief, LawDroid, JagCall, TelAI Agent, Wald.ai, RentalRelay, AI Lawyer
// (ailawyer.pro), MeshLaw, Periagoge, Legal Monk, QuickPetition, CustomGPT and ComplianceGate's AI tool.
//
// One subdomain is claimed alone: legal.byzantiumai.com, the only Byzantium host the searches returned; byzantiumai.com
// was not read, so only the research assistant's host is claimed. LawReach AI's policy has a section on its relation to
// lawreach.com.au, which was not read and is not claimed.
//
// Doubtful rows. visaworker.ai's policy names AI only as "third-party AI models" that case content does not train and as
// token budgets per case, beside the petition drafts the service produces; eDiscovery AI's cited page is a help
// article on running its privilege prompts over documents in Relativity; LawReach AI's policy was read through its
// contents, whose section 6 is "AI Processing: Anthropic", without a page saying what the product does; NDOR's policy
// says its tools (Review, Sanity, Draft, Interpret) send documents to AI but not for what kind of document; LEGALinhouse
// describes itself as in beta.
//
// Left out. Pages with placeholders, templates or drafts (auxilis.co.uk's "[Your Company Name Ltd]", a Canadian
// template for "[INSERT LEGAL FIRM NAME]" on aicanadiansolutions.ca, anchorlegal.ca's "pilot draft", patnity.com's
// "This is a template", intelligence.vatvocate.com's "(to be completed)" controller, canopath.ca's draft at a `?p=`
// address, tenantwiki.com's "internal prototype" on a rules engine); shared platforms (solicitor-proposal.pages.dev,
// website-maulylegal.pages.dev, citationshield.pages.dev, lawyerdesk.pages.dev, airgap-llm.pages.dev,
// turbocall-website.pages.dev, substack feeds); general software where AI is one feature (Opus 2, AppColl's office-action
// drafts, ComplyFOI's FOI case management, FinLegal's medical-chronology AI inside its claims platform, DAISY's GDPR
// documentation app, PrivacyDocs, Everlaw, Street-Lawyer UK's app, whose AI assistant sits beside a handbook and an
// incident log); law firms' own AI pages and chatbots (DivorceWorks' chatbot addendum, Occam Immigration, INVENTIMM,
// jasonlysandrides.co.uk, Compound Law); consultancies and agencies (houle.ai, intelligex.ai, deyan7.de,
// davydovconsulting.com, terms.law's builds, northbridgelab.com); a citation checker that says it uses no AI
// (certavi.legal); pages that do not say the product uses AI (legalfab.ai's policy as read, patentideagenerator.com,
// freelanceshield.me's in-browser scanner, myvisaprompts.com's prompt library); and demo or research pages
// (claimforge.cloud's demo, LLMediator, chatbotdemo on homoki.net).
//
// Leads not finished: ClaimWise (askclaimwise.com, whose article implies but does not say that its tool uses AI), Zedly
// (zedly.ai, a blog on private AI for law firms), Solvea (solvea.cx, an AI receptionist whose relation to VOC.AI's
// Solvea, listed on solvea.voc.ai, was not checked), August (august.law), NuComply (nucomply.com), Quillio
// (quillio.au's legal-AI knowledge base), MyDepoPrep, Ordolux, TrialView, Haiku (haiku.fr), Condensia, Zevra,
// Durwankur AI, MatterLabs, FirmAdapt, widget-chat.com's law-firm guide, LAW-BUD's mail domain lawbud.co.uk (not read),
// LawDroid's CiteCheck AI host (named only in news) and DocuLex (doculex.ai, now met on tag and category pages of its
// blog, still without a page that says its own product uses AI).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Legal2Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- Legal information, research and practice assistants (UK, Canada, Australia, France, Germany, India) ---
    { id: 'law-bud', name: 'LAW-BUD', vendor: 'LAW-BUD', category: 'chat', domains: ['law-bud.com'], region: 'europe', source: 'https://law-bud.com/privacy' }, // privacy: AI-assisted UK legal information for England & Wales and Scotland; prompts and uploads go to OpenAI and Anthropic to generate answers
    { id: 'lawfuze', name: 'LawFuze', vendor: 'LawFuze AI Systems Limited', domains: ['lawfuze.com'], region: 'europe', source: 'https://www.lawfuze.com/privacy' }, // privacy (UK GDPR, SRA numbers): matter documents and prompts produce AI outputs through Anthropic and OpenAI APIs, every output logged for audit
    { id: 'qanooni', name: 'Qanooni', vendor: 'Qanooni', category: 'writing', domains: ['qanooni.ai'], source: 'https://qanooni.ai/blog/ai-agents-contract-drafting-microsoft-word-governance-checklist' }, // vendor blog: Qanooni's AI agents for contract drafting in Microsoft Word for UK law firms and in-house teams
    { id: 'byzantium-legal-research-assistant', name: 'Legal Research Assistant (Byzantium)', vendor: 'Byzantium', domains: ['legal.byzantiumai.com'], source: 'https://legal.byzantiumai.com/privacy' }, // privacy (PIPEDA, Alberta PIPA): case data processed by Claude and Gemini for assessments, court documents and a chatbot; CanLII look-ups (subdomain only)
    { id: 'lawreach-ai', name: 'LawReach AI', vendor: 'LawReach Pty Ltd', domains: ['lawreach.ai'], source: 'https://lawreach.ai/privacy' }, // privacy (Australia, ACN given): a section on AI processing of user content by Anthropic
    { id: 'separately-ai', name: 'Separately', vendor: 'Patuwi Pty Ltd', domains: ['separately.ai'], source: 'https://www.separately.ai/privacy' }, // privacy (Privacy Act 1988): an Australian divorce asset-division estimator that pseudonymises data before AI processing
    { id: 'doctrine-fr', name: 'Doctrine', vendor: 'Doctrine', category: 'search', domains: ['doctrine.fr'], region: 'europe', source: 'https://www.doctrine.fr/ia-generative/code-conduite-ia' }, // code of conduct on generative AI (French): its legal intelligence platform uses LLMs such as GPT-3.5, GPT-4 and Mistral models
    { id: 'legalinhouse', name: 'LEGALinhouse', vendor: 'LEGALinhouse', domains: ['legalinhouse.de'], region: 'europe', source: 'https://legalinhouse.de/en/security/' }, // security: client texts are pseudonymised in Germany, processed by a language model in Frankfurt and re-personalised
    { id: 'legalese-pro', name: 'Legalese', vendor: 'Legalese', domains: ['legalesepro.com'], region: 'india', source: 'https://www.legalesepro.com/security' }, // security (DPDP Act): AI drafting, research, summarisation and a WhatsApp command center for advocates, sent to commercial LLM providers
    { id: 'lawson-bot', name: 'Lawson', vendor: 'Lawson', category: 'chat', domains: ['lawson.bot'], source: 'https://lawson.bot/responsible-use' }, // responsible use: a legal Q&A assistant that generates answers with machine-learning and rule-based techniques and explains its hallucinations
    // --- E-discovery and litigation ---
    { id: 'decover-ai', name: 'DecoverAI', vendor: 'DecoverAI', domains: ['decover.ai'], source: 'https://www.decover.ai/blog/ai-document-review-guide/' }, // vendor guide: how law firms use DecoverAI's AI classification for responsiveness and privilege review of ESI
    { id: 'ediscovery-ai', name: 'eDiscovery AI', vendor: 'eDiscovery AI', domains: ['ediscoveryai.com'], source: 'https://help.ediscoveryai.com/portal/en/kb/articles/ediscovery-ai-privilege-review' }, // help: its privilege application applies privilege prompts to documents sent from Relativity and drafts privilege-log entries
    { id: 'properresponse', name: 'ProperResponse', vendor: 'ProperResponse', category: 'writing', domains: ['properresponse.com'], source: 'https://properresponse.com/ai-policy.php' }, // AI policy: a legal theory generator, strategy suggestions and motion drafting powered by Anthropic's Claude
    // --- Contract review ---
    { id: 'anactel', name: 'Anactel', vendor: 'Anactel', domains: ['anactel.com'], source: 'https://www.anactel.com/privacy' }, // privacy: uploaded contracts are analysed by AI in memory and discarded; a risk score is kept per analysis
    { id: 'contractguard-ai', name: 'ContractGuard AI', vendor: 'ContractGuard AI', domains: ['contractguard-ai.com'], source: 'https://www.contractguard-ai.com/privacy' }, // privacy: AI contract analysis and risk detection, processed by OpenAI and Anthropic via API
    { id: 'ndor-app', name: 'NDOR', vendor: 'NDOR', domains: ['ndor.app'], source: 'https://ndor.app/privacy' }, // privacy: uploaded documents go through AI tools (Review, Sanity, Draft, Interpret); AI prompts and outputs are not stored
    // --- Patents ---
    { id: 'ipdraft', name: 'Patent Drafting AI', vendor: 'Patent Drafting AI', category: 'writing', domains: ['ipdraft.com'], source: 'https://www.ipdraft.com/en/privacy' }, // privacy: uploaded technical documents are processed through AI models to generate patent drafts
    { id: 'xlscout', name: 'XLSCOUT', vendor: 'XLSCOUT', category: 'search', domains: ['xlscout.ai'], source: 'https://xlscout.ai/how-do-ai-prior-art-search-tools-aid-in-drafting-more-defensible-patent-applications' }, // vendor blog: its Novelty Checker LLM runs prior-art searches with LLMs and generative AI and writes ranked reports
    // --- Immigration petitions and visas ---
    { id: 'visasherpa', name: 'VisaSherpa', vendor: 'VisaSherpa', category: 'writing', domains: ['visasherpa.ai'], source: 'https://visasherpa.ai/privacy.html' }, // privacy: AI assists with immigration case preparation; petitions go to independent attorneys the user engages
    { id: 'visaworker-ai', name: 'visaworker.ai', vendor: 'visaworker.ai', category: 'writing', domains: ['visaworker.ai'], source: 'https://visaworker.ai/privacy' }, // privacy: software that drafts and compiles immigration petitions, with token budgets per case and third-party AI models
    { id: 'immigration-copilot', name: 'Immigration Copilot', vendor: 'Immigration Copilot', category: 'writing', domains: ['immigrationcopilot.com'], source: 'https://www.immigrationcopilot.com/privacy' }, // privacy: an AI-powered petition drafting platform for law firms; inference on Claude models through Amazon Bedrock
    { id: 'visamap-ai', name: 'VisaMap AI', vendor: 'Visa Map AI', domains: ['visamapai.com'], source: 'https://visamapai.com/privacy' }, // privacy: a visa strategy tool whose scorecard and lawyer packet are generated by LLMs including OpenAI's
  ],
  { checked: CHECKED_C23 },
);
