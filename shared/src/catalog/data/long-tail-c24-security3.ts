// Twenty-fourth session, third security pass (2026-12-07, helper `security3`): AI products for IT, security and
// compliance teams whose product is the AI, beside the seventeenth session's secops pass (data/long-tail-c17-secops.ts),
// the twentieth session's grc pass (data/long-tail-c20-grc.ts) and the twenty-second session's secops2 pass
// (data/long-tail-c22-secops2.ts), whose rows are not repeated here. Here: AI SOC analysts and agentic SOCs (SOCFirst,
// SOCSage); AI pentest and code-security agents (Revelion, pwnkit, Hacktron's PR review, AI Vyuh Code QA); an AI
// security-questionnaire drafter (SecureFlow); AI email security and awareness (AegisAI, Adaptive Security); AI
// scam and phishing checkers for forwarded or pasted messages (FraudRoom, Scam Message Detector, ScamCheck, the text
// checker of IsThisValid and Gridinsoft's email checker, the last two claimed by their path alone); and AI analysis of
// logs and incidents for IT teams (CagsTech Sentinel's attack analysis, LogCast, the AAR Agent's after-action reviews).
//
// Leads. 40 look-ups (38 in the stored `pages` corpus, 2 in `docs`), counted as they were made. Queries worded the way
// vendors word their own privacy policies, trust pages, terms, DPAs, docs and pricing pages ("our AI SOC analyst",
// "customer data is not used to train models", "the AI agent will test only targets you are authorised to test",
// "your code is sent to Anthropic for AI security review", "paste a suspicious text and our AI tells you if it's a
// scam", "the logs you upload are sent to a large language model"), by kind: SOC triage, pentest agents and pentest
// reports, questionnaires and trust centres, SOC 2 / ISO 27001 policy writers and GRC copilots, DPA and contract review,
// DPIA generators, code-security review, phishing and BEC, scam checkers, IT helpdesk agents, detection rules, threat
// modelling, vulnerability management, threat intelligence, security awareness, MSSP SOCs, vibe-coded app scanners and
// log analysis. Topic-level queries (AI SOC analyst, AI pentest pricing, AI policy writers, AI DPA review, AI threat
// modelling, vendor risk) returned guides, explainers, course pages, papers and agencies; queries naming a page type and
// a data flow returned vendors. Every row cites a page with a path on the claimed host where the vendor says the product
// investigates, tests, reviews, drafts, classifies or analyses with AI, AI agents, language models or named model
// providers. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and hosts in the other
// helpers' c24 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 241 hosts the searches returned (vendors, blogs, news, courses,
// papers, forums and shared hosts alike, in /work/helpers/out/security3-hosts.txt): 25 classified before (10.4%), 40
// after (16.6%); isthisvalid.com and gridinsoft.com stay unclassified as hosts, as only their checker paths are
// claimed. The low share is the kind: most results in this field are explainers, guides, papers and consultancies.
//
// Already listed and left to their entries: Dropzone AI, SOCPilot, Vigilense, Rasec, Soleye, Maced, HackZero, Fimil,
// Pensar, Prev-ent, AntFleet, ErrorLens, CyberGuard AI (securitigpt.com), ISMS Copilot, Procurize, Screenata, GC AI,
// Serval and Legal Monk (legal-monk.com, whose contract-audit policy the DPA-review query returned).
//
// Claimed alone. AI Vyuh Code QA is a venture of AI Vyuh; its policy covers codeqa.aivyuh.com and the API host
// codeqa-api.aivyuh.com, so those two are claimed and aivyuh.com is a trap. CagsTech Sentinel lives on
// sentinel.cagstech.com; cagstech.com was not read and is a trap. IsThisValid's text checker
// (isthisvalid.com/check/text) says it sends each message to Claude; the site's other checks were not read, so only that
// path is claimed. Gridinsoft is a general anti-malware vendor; only its free email checker
// (gridinsoft.com/email-checker), whose page says AI models scan the message body, is claimed, as the secops2 pass
// claimed CyDuck's spam checker.
//
// Same names: AegisAI (aegisai.ai) carries a qualifier beside Aegis (aegishealth.us, a different vendor).
//
// Doubtful rows: SOCFirst's trust page repeats much of Dropzone AI's wording (an autonomous AI system pre-trained to do
// a Tier 1 SOC analyst's work) while naming its own tenant on Google Cloud; pwnkit is read from a research post on its
// docs host about its autonomous pentest agent's cost per flag on the XBOW benchmark (the name is also the 2021 polkit
// vulnerability, whose write-ups stay traps); Hacktron, AegisAI and SOCSage cite the vendor's own article or definition
// page about its product rather than a legal page; Adaptive Security's email-security addendum says its products use AI
// and machine learning, and its blog sells deepfake phishing simulations; Gridinsoft's checker runs AI beside MX and
// blacklist checks; CagsTech Sentinel's policy names AI only as "our AI models and analysis accuracy".
//
// Left out. General platforms where AI is one feature: Responsive's AI supplementary terms, Complyance's questionnaire
// module (as earlier passes did), Siit's AI trust model (an internal service desk whose AI is one layer: a lead),
// Suptask (as secops2 did), ServiceNow's smart assessments, ControlMap Copilot, Resolver's generated controls, KnowBe4's
// AI page, Trend Micro's agentic email AI, TeamViewer's AI add-ons, Datasite, Fluid Attacks' OpenAI subprocessor
// page, CraftedSignal (AI optional in a detection-engineering platform), Vega Security's NL2KQL, NullReport's AI drafting,
// Pentestas (as secops2 did), Query.ai's vulnerability agent inside its data mesh, ThreatCluster's Ask AI, QuestionPilot,
// Accordingly, Attestly's trust Q&A widget, PrivacyDocs (as the grc pass did), SafeCommit (AI only "where necessary")
// and Edge (edg3.io, a SIEM whose agentic triage page does not show that AI is the product: a lead). Pages that do not
// say the product uses AI: pentrova.ai and pentlix.com terms, saaspentest.io, forwardtosafety.com, isthisdodgy.co.uk
// (reputation services only), ghosteye.ai (training against AI threats), aivendorpacket.com, vibe-scan.app, flowpatrol.ai,
// cystene.com, scamscan.in ("may use" AI), the DPIA scaffolds of corelyx.app, startege.com and tools.gera.services.
// Tools that guard or test AI rather than use it: AgentScan, PromptScan, AgentSure, Stelvira's LLM firewall, GenZAgents,
// Sanctum, LeadByAI. Drafts and placeholders: researcher.center ("This is a placeholder"), pentestai.xyz (as c17 did);
// a demo host (demo.veiligheidszaken.nl); SOC.ai's app notice and PentestAI on ai.chlebicki.art (as c17 did).
// Blog-only vendors (leads): ContractAnalyze (as the c17 finlegal pass did), Truvara, cybercomply.ai, Vero AI,
// Thirdproof, BitLyft AIR, Brightside, Abnormal AI's phishing-response post (as secops2 did), Stingrai, AI Code Shield,
// iso-tech.co.uk. Agencies, consultancies and courses: afterbuildlabs.com, pixelfuel.io, Kanopy Labs, Inferensys,
// Barista Labs, theywork365.ai, Humanr, gregshine.com, AESOP Academy, Tendril. Shared platforms: PenReport AI on
// vercel.app (its own penreport.ai was not returned: a lead), ThreatKrew and EquanimGRC on pages.dev, Scam Checker on
// netlify.app, graph8's questionnaire docs, RedPick and nexcur on pages.dev, an extension policy on sites.google.com, AI
// Email Shield on notion.site, Threatbasis on mintlify.app, LogAnalytics on pages.dev.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const longTailC24Security3Tools: Tool[] = defineTools(
  'agents',
  [
    // --- AI SOC analysts and agentic SOCs ---
    { id: 'socfirst', name: 'SOCFirst', vendor: 'SOCFirst', domains: ['socfirst.com'], source: 'https://socfirst.com/security-trust' }, // trust page: its AI SOC analyst is an autonomous AI system pre-trained to do a Tier 1 analyst's investigations through the customer's security tools
    { id: 'socsage', name: 'SOCSage', vendor: 'SOCSage', domains: ['socsage.com'], source: 'https://socsage.com/agentic-soc' }, // vendor page: AI agents triage, enrich and investigate Sentinel alerts through a reasoning swarm and write the narrative for a human to approve
    // --- AI pentest and code-security agents ---
    { id: 'revelion', name: 'Revelion', vendor: 'Revelion', domains: ['revelion.ai'], source: 'https://docs.revelion.ai/api/scans/' }, // API docs: each web, network or bounty scan is run by an AI agent for a set number of iterations, with custom instructions for the agent
    { id: 'pwnkit', name: 'pwnkit', vendor: 'pwnkit', domains: ['pwnkit.com'], source: 'https://docs.pwnkit.com/research/2026-05-08-cost-per-flag/' }, // research post on its docs host: the cost per solved flag of its autonomous pentest agent on the XBOW benchmark
    { id: 'hacktron', name: 'Hacktron', vendor: 'Hacktron', category: 'coding', domains: ['hacktron.ai'], source: 'https://www.hacktron.ai/blog/ai-security-review' }, // the vendor's article: Hacktron Review indexes repositories and reviews pull requests with AI for exploitable vulnerabilities
    { id: 'ai-vyuh-code-qa', name: 'AI Vyuh Code QA', vendor: 'AI Vyuh', category: 'coding', domains: ['codeqa.aivyuh.com', 'codeqa-api.aivyuh.com'], source: 'https://codeqa.aivyuh.com/privacy' }, // privacy: a GitHub App whose scans send the repository's code to Anthropic to produce a code-quality report (subdomains only)
    // --- AI security questionnaires ---
    { id: 'secureflow-questionnaires', name: 'SecureFlow', vendor: 'SecureFlow', category: 'writing', domains: ['secureflow.tech'], source: 'https://www.secureflow.tech/whitepaper' }, // whitepaper: a hosted AI platform that drafts security-questionnaire answers from the vendor's own documents with citations
    // --- AI email security and awareness ---
    { id: 'aegisai-email-security', name: 'AegisAI (email security)', vendor: 'AegisAI', category: 'other', domains: ['aegisai.ai'], source: 'https://www.aegisai.ai/blog/ai-email-security-detect-explain-act' }, // the vendor's article: an AI-native email security platform whose email AI agents detect, explain and act
    { id: 'adaptive-security', name: 'Adaptive Security', vendor: 'TeamGuard AI, Inc. (Adaptive Security)', category: 'other', domains: ['adaptivesecurity.com'], source: 'https://www.adaptivesecurity.com/email-security-addendum' }, // email-security addendum: its email security products use AI and machine learning to detect and classify threats
    // --- AI scam and phishing checkers ---
    { id: 'fraudroom', name: 'FraudRoom', vendor: 'FraudRoom', category: 'other', domains: ['fraudroom.com'], source: 'https://fraudroom.com/legal/privacy' }, // privacy: forwarded messages go to its AI provider (Anthropic) to produce a scam analysis with red flags
    { id: 'scam-message-detector', name: 'Scam Message Detector', vendor: 'Scam Message Detector', category: 'other', domains: ['scammessagedetector.com'], source: 'https://scammessagedetector.com/privacy.html' }, // privacy: a pasted message is sent to an AI model that returns a scam-risk assessment
    { id: 'scamcheck-live', name: 'ScamCheck', vendor: 'ScamCheck', category: 'other', domains: ['scamcheck.live'], source: 'https://scamcheck.live/privacy.html' }, // privacy: an AI-powered scam and phishing detection tool for submitted text and URLs
    { id: 'isthisvalid-text-checker', name: 'IsThisValid Text Checker', vendor: 'IsThisValid', category: 'other', urlPrefixes: ['isthisvalid.com/check/text'], source: 'https://isthisvalid.com/check/text' }, // the checker's page: each pasted text or email goes to Claude, which returns a classification, risk score and red flags (path only)
    { id: 'gridinsoft-email-checker', name: 'Gridinsoft Email Checker', vendor: 'Gridinsoft', category: 'other', urlPrefixes: ['gridinsoft.com/email-checker'], source: 'https://gridinsoft.com/email-checker' }, // the checker's page: AI models scan a submitted email body for phishing patterns and social engineering (path only)
    // --- AI analysis of logs and incidents ---
    { id: 'cagstech-sentinel', name: 'CagsTech Sentinel', vendor: 'CagsTech', category: 'other', domains: ['sentinel.cagstech.com'], source: 'https://sentinel.cagstech.com/legal/privacy.php' }, // privacy: an attack-analysis service for uploaded log files, whose results come from its AI models (subdomain only)
    { id: 'logcast', name: 'LogCast', vendor: 'Nonatomic', category: 'other', domains: ['logcast.dev'], source: 'https://www.logcast.dev/privacy' }, // privacy: uploaded logs are redacted and sent to a third-party AI provider, which writes the analysis reports
    { id: 'aar-agent', name: 'AAR Agent', vendor: 'AAR Agent', category: 'writing', domains: ['aaragent.com'], source: 'https://aaragent.com/privacy' }, // privacy: incident details and uploaded files go to OpenAI's API to generate AI-powered after-action review reports
  ],
  { checked: CHECKED_C24 },
);
