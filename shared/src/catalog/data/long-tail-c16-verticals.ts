// Sixteenth session, verticals pass (2026-12-06, issue 15): AI tools made for one industry or function (legal,
// healthcare, finance and accounting, HR and recruiting, education, research, real estate, insurance, construction)
// that the catalog still missed.
//
// Leads. First the pinned vertical lists at their current commits: every one of them (zeweihan/awesome-legaltech,
// lilialla/awesome-legal-ai-zh, KaynXu/awesome-ai-education, YoshidaNakamura/awesome-ai-for-students,
// TuchuanLin/Awesome-AI-for-Research, Digidai/HireAI, shadowaltz/aiandbusiness, lsb11/awesome-ai-ecommerce-tools,
// natnew/Awesome-Generative-AI) is still at the commit already pinned, so no new LISTS key was needed. Their hosts were
// classified (2,119 hosts over the nine lists, 519 classified, 24.5%); nearly all misses are courts, statute
// databases, journals, datasets, news, general HR, CLM, ATS and e-discovery suites with an AI feature, which the
// twelfth-session legal and HR pass (long-tail-c12-b-2.ts) had already judged and left out, so those stay out. The
// pinned lists were then read again, at their pinned commits, for the vertical tools a hand-made lead list of 534
// well-known legal, clinical, finance, HR, education, research, real-estate, insurance, construction, ecommerce,
// productivity and presentation hosts showed missing (306 of 534 classified before, 57.3%); sixteen rows cite the
// list line that names the host. Then the stored `pages` corpus was searched by product kind (70 look-ups), mostly for
// the vendors' own terms of service, AI policies, help centres and blogs, which say in the vendor's own words what the
// product does; every other row cites such a page on the product's own host.
//
// Measured with /work/helpers/classify-hosts.mts. The nine pinned vertical lists: 519 of 2,119 hosts (24.5%) before,
// 532 (25.1%) after. The hand-made lead list: 306 of 534 (57.3%) before, 316 (59.2%) after (most of its misses are
// general software, guessed hosts or names the corpora hold no vendor page for). The 99 product hosts the `pages`
// searches returned: 4 classified before (interviewer.ai, trydock.ai, gradewithai.com, thesify.ai), 79 after.
//
// Left out. General software with an AI feature (Kickresume, a resume builder on a top-100k site whose list line
// says AI, left out to keep the false-positive scan unchanged; Gradescope, Teamtailor, Workable's AI Recruiter, Quizlet, Brainly,
// Wayground, ClickUp, Clockwise, SaneBox, Tana, Akiflow, Pitch), practice-management and EHR suites with an AI scribe
// inside (PetChart, PawChart, VetSheet, Curaverto, Ladra), data vendors and APIs for agents (FocusAlpha, StockAInsights,
// Tax MCP), consultancies and agencies writing about AI (Inferensys, Syntora, Paiteq, Digiqt, Elevate), pages on
// shared or borrowed hosts (DeepCura's help centre on zendesk.com, Autokkeep on a datac.com host, ConstructScan AI on a
// staging host, a scribe on a bare IP address, JobMojito on a customer's subdomain), pages whose address has no path
// (IP Author's ?p=2240, LegalPower's ?p=28777), a placeholder accounting site (aicpa.com.au, whose terms call
// themselves a template), and products no page in the corpora ties to a host: Marveri, Syllo, Screens, vLex's Vincent,
// Trunk Tools, Document Crunch (only its CEO's column in a trade paper), Augnito, Tandem Health, Tenzo, Classet, Pin,
// Edison Scientific, Buildots, Kreo, Gizmo, Teachy, Jobright and Zeplyn (zeplynai.org does not look like its host).
// Teachmate (teachmate.com, in KaynXu's list) may be TeachMate AI, which the catalog has on teachmateai.com; nothing
// ties the two, so neither host was moved.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

export const longTailC16VerticalsTools: Tool[] = defineTools(
  'other',
  [
    // --- From the pinned permissively licensed lists, at the pinned commit (the list line names the host). ---
    { id: 'carv-recruiting', name: 'Carv', vendor: 'Carv', category: 'agents', domains: ['carv.com'], source: listed('kostja94') }, // "AI Recruitment & Job Search" section, for recruiters: automates recruiting workflow and updates the ATS
    { id: 'digits-accounting', name: 'Digits', vendor: 'Digits', category: 'productivity', domains: ['digits.com'], source: listed('richawo', 'operations.md') }, // "Accounting & Bookkeeping": AI-driven accounting
    { id: 'doxel', name: 'Doxel', vendor: 'Doxel', domains: ['doxel.ai'], source: listed('c15newlistsmadry', 'AIDeploymentSupplyChain.csv') }, // construction progress monitoring with predictive insights (FirstMark's MAD landscape row)
    { id: 'termscout', name: 'TermScout', vendor: 'TermScout', domains: ['termscout.com'], source: listed('c15newlistsmadry', 'AIDeploymentSupplyChain.csv') }, // "ML Powered Tool", legal, contract review
    { id: 'count-accounting', name: 'COUNT', vendor: 'COUNT', category: 'productivity', domains: ['getcount.com'], source: listed('filipecalegario') }, // AI-powered accounting for small businesses
    { id: '13f-insight', name: '13F Insight', vendor: '13F Insight', category: 'search', domains: ['13finsight.com'], source: listed('georgezouq') }, // AI-powered tracker of 13F filings
    { id: 'congressional-stock-brain', name: 'Congressional Stock Brain', vendor: 'Congressional Stock Brain', category: 'search', domains: ['congressionalstockbrain.com'], source: listed('georgezouq') }, // AI scoring of STOCK Act trade disclosures
    { id: 'keeprule', name: 'KeepRule', vendor: 'KeepRule', category: 'productivity', domains: ['keeprule.com'], source: listed('georgezouq') }, // AI-powered investment-discipline platform (also in steven2358's DISCOVERIES.md)

    // --- Healthcare: clinical and therapy documentation, each on the vendor's own page. ---
    { id: 'twofold-health', name: 'Twofold', vendor: 'Twofold Health', category: 'meeting', domains: ['trytwofold.com'], source: 'https://help.trytwofold.com/en/articles/9780272-how-to-generate-your-note' }, // help centre: records or takes dictation and generates the clinical note
    { id: 'quill-therapy-notes', name: 'Quill', vendor: 'Quill Therapy Notes', category: 'writing', domains: ['quilltherapynotes.com'], source: 'https://quilltherapynotes.com/articles/ai-scribes-and-clinical-reasoning' }, // shapes the therapist's typed summary into a clinical note with AI
    { id: 'therapy-scribe', name: 'Therapy Scribe', vendor: 'Left Equals Right', category: 'meeting', domains: ['therapyscribe.app'], source: 'https://therapyscribe.app/legal/tos' }, // terms: an AI-powered platform drafting documentation, referrals and reports from recorded sessions
    { id: 'medscriptai', name: 'MedScriptAI', vendor: 'MedScriptAI', category: 'meeting', domains: ['medscriptai.com'], source: 'https://medscriptai.com/terms-of-use' }, // terms: real-time transcription and automated medical documentation
    { id: 'mediscribe-pro', name: 'Mediscribe Pro', vendor: 'Mediscribe Pro', category: 'meeting', domains: ['mediscribe.pro'], source: 'https://app.mediscribe.pro/terms-and-conditions' }, // terms: web app summarising visit audio into notes with Azure OpenAI or Claude
    { id: 'scribemd-ai', name: 'ScribeMD.ai', vendor: 'EE Dojo', category: 'meeting', domains: ['scribemd.ai'], source: 'https://ca.scribemd.ai/terms?locale=fr' }, // terms: note-taking tool and API for AI-based medical scribing
    { id: 'scribing-io', name: 'Scribing.io', vendor: 'Scribing.io', category: 'meeting', domains: ['scribing.io'], source: 'https://www.scribing.io/blog/baa-requirements-ai-medical-scribes' }, // its own blog on its HIPAA-compliant AI scribe platform
    { id: 'clinic-notes-ai', name: 'Clinic Notes AI', vendor: 'Niceley', category: 'meeting', domains: ['niceley.ai'], source: 'https://niceley.ai/compliance' }, // transcribes consented session audio and drafts notes for clinician review
    { id: 'document-medical', name: 'Document Medical', vendor: 'Document LLC', category: 'meeting', domains: ['documentmedical.com'], source: 'https://www.documentmedical.com/terms-of-use' }, // terms: licenses its artificial-intelligence-based medical scribe software
    { id: 'scribeai-health', name: 'ScribeAI', vendor: 'ScribeAI', category: 'meeting', domains: ['getscribeai.co'], source: 'https://www.getscribeai.co/terms-of-service' }, // terms of the ScribeAI Platform for health-care documentation

    // --- Legal. ---
    { id: 'hintyr', name: 'Hintyr', vendor: 'Hintyr', category: 'search', domains: ['hintyr.com'], source: 'https://www.hintyr.com/docs/ai-agent/research' }, // docs: an AI agent answers questions over a case's documents with citations
    { id: 'law-practice-ai', name: 'Law Practice AI', vendor: 'Law Practice AI', category: 'writing', domains: ['lawpractice.ai'], source: 'https://www.lawpractice.ai/blog/ai-demand-letter-pi-attorneys' }, // its blog: AI demand letters and intake for personal-injury firms
    { id: 'draftpilot-ai', name: 'Draftpilot', vendor: 'Draftpilot', category: 'writing', domains: ['draftpilot.ai'], source: 'https://draftpilot.ai/article/what-is-ai-contract-redlining/' }, // its own guide to LLM contract redlining in Word against a playbook
    { id: 'legal-ai-pl', name: 'Legal AI', vendor: 'Legal AI', category: 'chat', domains: ['legal-ai.pl'], source: 'https://legal-ai.pl/landing/en/legal.html', region: 'europe' }, // terms: AI-powered legal assistant (contract analysis, case-law research, drafting)
    { id: 'legatiai', name: 'LegatiAI', vendor: 'AI Legal Support', domains: ['legatiai.com'], source: 'https://legatiai.com/terms' }, // terms: AI-powered legal document processing and analysis platform
    { id: 'legaldraft-pro', name: 'LegalDraft.pro', vendor: 'LegalDraft.pro', category: 'writing', domains: ['legaldraft.pro'], source: 'https://www.legaldraft.pro/terms' }, // terms: AI-powered legal drafting, redlining and clause analysis
    { id: 'lawlm', name: 'LawLM', vendor: 'LawLM', domains: ['lawlm.ai'], source: 'https://lawlm.ai/terms' }, // terms: AI summaries of depositions and a chatbot over them
    { id: 'askfeather', name: 'Feather', vendor: 'Feather', category: 'search', domains: ['askfeather.dev'], source: 'https://askfeather.dev/resources/how-to-use-ai-for-tax-research-a-cpa-guide' }, // its guide: AI tax research with citations to IRC, regulations and IRS guidance
    { id: 'wissly', name: 'Wissly', vendor: 'Wissly', category: 'writing', domains: ['wissly.ai'], source: 'https://www.wissly.ai/en/blog/ai-patent-drafting-for-attorneys' }, // its blog on AI patent-application drafting

    // --- Finance and accounting. ---
    { id: 'equabooks', name: 'Equabooks', vendor: 'Equabooks', category: 'productivity', domains: ['equabooks.com'], source: 'https://equabooks.com/terms' }, // terms: AI-powered document scanning and transaction extraction for bookkeepers
    { id: 'backbone4', name: 'Backbone4', vendor: 'Backbone4', category: 'productivity', domains: ['backbone4.com'], source: 'https://backbone4.com/terms-of-use/' }, // terms: AI and ML matching, reconciliation and classification for accounting offices
    { id: 'chanlun-ai', name: 'Chanlun AI', vendor: 'Chanlun AI', category: 'chat', domains: ['chanlun.ai'], source: 'https://chanlun.ai/terms', region: 'china' }, // terms: market analysis and AI chat in /chat, for research and education
    { id: 'elevatools', name: 'Elevatools', vendor: 'Elevatools', category: 'productivity', domains: ['elevatools.in'], source: 'https://www.elevatools.in/ai-policy', region: 'india' }, // AI usage policy: routes each task to GPT, Claude or Gemini over the user's "Finance Digital Twin"

    // --- HR and recruiting. ---
    { id: 'jobuai', name: 'Jobuai', vendor: 'Jobuai', category: 'agents', domains: ['jobuai.com'], source: 'https://jobuai.com/blog/how-to-automate-first-round-interviews' }, // its AI Interview and Notetaker for first-round interviews
    { id: 'interviewagent-ai', name: 'InterviewAgent.ai', vendor: 'InterviewAgent.ai', category: 'agents', domains: ['interviewagent.ai'], source: 'https://interviewagent.ai/blog/ai-interview-guide-for-recruiters' }, // its guide: an AI interview agent runs and scores first-round screens
    { id: 'zinterview-ai', name: 'Zinterview.ai', vendor: 'Zinterview.ai', category: 'agents', domains: ['zinterview.ai'], source: 'https://zinterview.ai/blog/ai-is-becoming-your-new-first-round-interviewer' }, // its blog on AI-led first-round interviews
    { id: 'aihirer', name: 'AIHirer', vendor: 'AIHirer', category: 'agents', domains: ['aihirer.com'], source: 'https://aihirer.com/Terms-Conditions.html' }, // terms: AI interview analysis, automated assessment
    { id: 'aiinterviews-io', name: 'AI Interviews', vendor: 'AI Interviews', category: 'agents', domains: ['aiinterviews.io'], source: 'https://www.aiinterviews.io/legal/terms' }, // terms: AI-scored candidate interviews
    { id: 'resume-bestie', name: 'Resume Bestie', vendor: 'Resume Bestie', category: 'writing', domains: ['resumebestie.com'], source: 'https://resumebestie.com/legal/ai-agreement' }, // AI agreement: LLM resume rewriting, cover letters, interview prep
    { id: 'resubldr-ai', name: 'resubldr.ai', vendor: 'resubldr.ai', category: 'writing', domains: ['resubldr.ai'], source: 'https://www.resubldr.ai/terms' }, // terms: AI-powered resume and job-application tool
    { id: 'cresumely', name: 'Cresumely', vendor: 'Cresumely', category: 'writing', domains: ['cresumely.com'], source: 'https://www.cresumely.com/terms' }, // terms: resumes and cover letters generated with AI models
    { id: 'haojianli', name: 'Haojianli (好简历)', vendor: 'Haojianli', category: 'writing', domains: ['haojianli.me'], source: 'https://haojianli.me/en/term', region: 'china' }, // terms: AI resume optimisation service
    { id: 'apply-copilot', name: 'apply-copilot', vendor: 'apply-copilot', category: 'agents', domains: ['callbackagent.ai'], source: 'https://callbackagent.ai/terms' }, // terms: generates resume content and answers and helps submit job applications
    { id: 'cv-analyzer-b8', name: 'CV Analyzer', vendor: 'CV Analyzer', category: 'writing', domains: ['cv.b8.lt'], source: 'https://cv.b8.lt/terms', region: 'europe' }, // terms: runs a CV and job description through Claude, GPT-4 and Gemini for a cover letter; only this subdomain is claimed

    // --- Education. ---
    { id: 'gradeharbor', name: 'GradeHarbor', vendor: 'GradeHarbor', category: 'productivity', domains: ['gradeharbor.com'], source: 'https://gradeharbor.com/ai' }, // AI scores essays against the teacher's rubric, teacher approves
    { id: 'tutorai-gettutor', name: 'TutorAI', vendor: 'AKSA Corp', category: 'chat', domains: ['gettutor.app'], source: 'https://gettutor.app/terms', region: 'europe' }, // terms: AI-powered homework help with step-by-step explanations
    { id: 'tutorcloud', name: 'TutorCloud', vendor: 'TutorCloud', category: 'chat', domains: ['tutorcloud.ai'], source: 'https://tutorcloud.ai/terms-of-service/' }, // terms: the AI-based tutoring platform
    { id: 'aitutors-me', name: 'aitutors.me', vendor: 'aitutors.me', category: 'chat', domains: ['aitutors.me'], source: 'https://aitutors.me/zh/terms', region: 'europe' }, // terms: the Mentor and Professor Pi tutors, run on Anthropic's agents for UK pupils
    { id: 'tewtor-ai', name: 'Tewtor.ai', vendor: 'Tewtor.ai', category: 'chat', domains: ['tewtor.ai'], source: 'https://tewtor.ai/terms' }, // terms: AI tutoring, quiz generation and study agents
    { id: 'lessona', name: 'Lessona', vendor: 'Lessona', category: 'productivity', domains: ['lessona.ai'], source: 'https://lessona.ai/legal/ai-policy' }, // AI policy: generates lesson plans, presentations and resources with Anthropic and Google models
    { id: 'gtb-ai', name: 'GTB AI', vendor: 'Global Teaching Block', category: 'productivity', domains: ['globalteachingblock.com'], source: 'https://globalteachingblock.com/ai-policy' }, // AI usage policy: an LLM generates lesson plans and teaching materials
    { id: 'formswrite', name: 'Formswrite', vendor: 'Formswrite', category: 'productivity', domains: ['formswrite.com'], source: 'https://formswrite.com/blog/lesson-plan-generator' }, // its AI lesson-plan generator drafts the plan and its quiz, worksheet and rubric

    // --- Research. ---
    { id: 'scholar-agent', name: 'Scholar Agent', vendor: 'Scholar Agent', category: 'search', domains: ['scholargent.com'], source: 'https://scholargent.com/terms' }, // terms: AI-powered academic research platform (paper search, AI summaries)
    { id: 'aci-writer', name: 'ACI Writer', vendor: 'ACI Writer', category: 'writing', domains: ['aciwriter.com'], source: 'https://aciwriter.com/terms' }, // terms: multi-LLM pipeline that drafts research articles and peer-review drafts

    // --- Real estate. ---
    { id: 'my-agent-platform', name: 'My Agent Platform', vendor: 'My Agent Platform', category: 'agents', domains: ['myagentplatform.com'], source: 'https://myagentplatform.com/docs/workflows/listing-descriptions/' }, // docs: the agent writes MLS, portal and website listing descriptions
    { id: 'realtype-ai', name: 'RealType.ai', vendor: 'HelloData', category: 'writing', domains: ['realtype.ai'], source: 'https://hellodata.ai/blog/why-realtype.ai/' }, // HelloData's own blog on its automated listing-description product
    { id: 'ai-property-writer', name: 'AI Property Writer', vendor: 'AI Property Writer', category: 'writing', domains: ['aipropertywriter.com'], source: 'https://www.aipropertywriter.com/privacy' }, // privacy policy: AI-generated marketing copy and listing pages for agents
    { id: 'listingwizard-ai', name: 'ListingWizard.ai', vendor: 'ListingWizard', category: 'writing', domains: ['listingwizard.ai'], source: 'https://listingwizard.ai/privacy' }, // privacy policy: sends listing photos to OpenAI and generates listing content
    { id: 'estatepro-realestateai', name: 'RealEstateAI (EstatePro)', vendor: 'RealEstateAI', category: 'writing', domains: ['estatepro.house'], source: 'https://www.estatepro.house/privacy' }, // privacy policy: generates AI property descriptions

    // --- Insurance. ---
    { id: 'brokerstack', name: 'BrokerStack', vendor: 'Eastlink LLC', domains: ['brokerstack.net'], source: 'https://brokerstack.net/terms' }, // terms: LLM extraction and side-by-side comparison of insurance quotes for brokers
    { id: 'the-intelligent-agent', name: 'The Intelligent Agent', vendor: 'The Intelligent Agent', category: 'agents', domains: ['theintelligentagent.ai'], source: 'https://www.theintelligentagent.ai/acceptable-use' }, // acceptable use: AI drafting for licensed insurance professionals
    { id: 'insurecheck', name: 'InsureCheck', vendor: 'InsureCheck', domains: ['insurecheck.io'], source: 'https://insurecheck.io/terms' }, // terms: AI-powered certificate-of-insurance processing and compliance checks

    // --- Construction. ---
    { id: 'togal-ai', name: 'Togal.AI', vendor: 'Togal.AI', domains: ['togal.ai'], source: 'https://help.togal.ai/glossary-workflow-and-ai-terms' }, // help centre: AI takeoff of construction drawings
    { id: 'boon-estimating-agent', name: 'Boon', vendor: 'Boon', category: 'agents', domains: ['getboon.ai'], source: 'https://www.getboon.ai/blogs/agentic-estimator-microsoft-teams' }, // its agentic estimator "Bob", working in Microsoft Teams
    { id: 'pelles-ai', name: 'Pelles', vendor: 'Pelles', category: 'agents', domains: ['pelles.ai'], source: 'https://www.pelles.ai/university/articles/ai-agents-construction-explained' }, // its own "university" on AI agents reading specifications and building submittal logs
    { id: 'trueleveler', name: 'TrueLeveler', vendor: 'TrueLeveler', domains: ['trueleveler.com'], source: 'https://trueleveler.com/help/engines/contract_review' }, // help: the AI reviews every clause of a construction contract
    { id: 'takeoffqs', name: 'TakeoffQS', vendor: 'BuildFoundry', domains: ['takeoffqs.com'], source: 'https://takeoffqs.com/terms-of-service' }, // terms: AI-powered estimation aid extracting quantities from plans
    { id: 'takeofftrak', name: 'TakeOffTrak', vendor: 'TrakWorks', domains: ['takeofftrak.co'], source: 'https://www.takeofftrak.co/terms' }, // terms: AI pipe-fabrication takeoffs from isometric drawings
    { id: 'estimatenext', name: 'EstimateNext', vendor: 'EstimateNext', domains: ['estimatenext.ai'], source: 'https://estimatenext.ai/blog/how-ai-powered-tools-streamline-preconstruction-estimation-5' }, // its blog on AI takeoffs from uploaded drawings

    // --- Productivity and meetings, for advisers. ---
    { id: 'kuulo', name: 'Kuulo', vendor: 'Kuulo', category: 'meeting', domains: ['kuulo.ai'], source: 'https://kuulo.ai/blog/ai-notes-financial-advisors-us' }, // on-device AI meeting notes for financial advisers
    { id: 'ainote-live', name: 'AiNote', vendor: 'AiNote', category: 'meeting', domains: ['ainote.live'], source: 'https://ainote.live/blog/finance.html' }, // timestamped AI transcription of client meetings
    { id: 'agent-s', name: 'Agent-S', vendor: 'Agent-S', category: 'agents', domains: ['agent-s.app'], source: 'https://blog.agent-s.app/blog/ai-agent-recruiting-hiring-automation/' }, // its blog: AI agents across sourcing, screening and scheduling, built on its platform
  ],
  { checked: CHECKED_C16 },
);
