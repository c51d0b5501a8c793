// Twenty-second session, second secops pass (2026-12-07, helper `secops2`): AI products for IT, security and operations
// work that no entry claimed yet, beside the seventeenth session's secops pass (data/long-tail-c17-secops.ts: AI SOC
// analysts, AI pentest agents, AI code scanners, LLMOps) and the twentieth session's grc pass
// (data/long-tail-c20-grc.ts), whose rows are not repeated here. Here: AI agents and helpdesks for managed service
// providers (Junto AI, OpsBots, NeoAgent, Mizo, xop.ai, and MSPlex's gateway that puts a PSA behind AI assistants); AI
// IT helpdesks and computer troubleshooting for end users (AI Tech Pal, helpmypc.ai); a Kubernetes AI investigation
// agent (OpsWorker); AI phishing and email analysis (Phishing Inspector, StrongestLayer, CyDuck's AI Spam Checker); an
// AI cyber-security assistant (CyberGuard AI on securitigpt.com); an AI code-security scan (Cyber-Guardian AI); and AI
// writers of security policies for SOC 2 and ISO 27001 (Screenata, SecPolicy).
//
// Leads. 41 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, AI
// disclosures, sub-processor lists, acceptable-use terms, help articles and docs ("AI Analyst outputs", "subprocessors:
// OpenAI, Anthropic", "AI agents investigate every alert", "paste your logs", "white-label Teams bot", "AI-generated
// findings", "the AI may be wrong"), by product kind (SOC triage, pentest agents and reports, questionnaires, IT
// helpdesks and ITSM, MSP PSA and documentation agents, network and cloud operations, Kubernetes, log analysis,
// postmortems, phishing and BEC, threat intelligence, detection rules, vendor risk, policy generators, bug-bounty
// triage), and in German and French. Topic-level queries returned guides, course pages, papers and agencies; queries
// naming a page type and a data flow returned vendors. Every row cites a page with a path on a claimed host that says
// in the vendor's words that the product answers, investigates, classifies, drafts or generates with AI, named
// language models or named model providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in
// data/ first. Already listed and left to their entries: Procurize, XBOW, Fimil, SecPilot, ISMS Copilot, RunWhen,
// Relvy, Dex (dex365.ai), XT Systems, Synthgram, Vespper, PlainTech (plaintech.app), InnoGPT and CustomGPT.
//
// Measured with /work/helpers/classify-hosts.mts on the 251 hosts the searches returned (vendors, blogs, courses,
// papers, news, forums and shared hosts alike, in /work/helpers/out/secops2-hosts.txt): 16 classified before (6.4%), 31
// after (12.4%); cyduck.com itself stays unclassified, as only its spam-checker path is claimed. The low share is the
// kind: most results in this field are explainers, guides, papers and consultancies.
//
// Claimed alone. CyDuck (Veri Maden Bilişim A.Ş., Ankara) is a free security toolkit whose breach checks and password
// tools are not AI; only its AI Spam Checker path (cyduck.com/en/spam-checker), whose page says each message goes to an
// AI model for a verdict, is claimed. SecPolicy is one subdomain (secpolicy.arnav.au) of its maker's personal site;
// only that host is claimed, and arnav.au is a trap. helpmypc.ai's privacy policy sits on its operator's site,
// aidiagnosticsystems.com (AI Diagnostic Systems Ltd, whose business is that product), so both hosts are claimed.
//
// Doubtful rows: MSPlex is an MCP gateway that gives AI assistants tenant-scoped access to a PSA rather than a model of
// its own, kept as the catalog keeps LLM gateways; Mizo, xop.ai, StrongestLayer and Screenata cite the vendor's own
// article or answer page about its product rather than a legal page; NeoAgent's docs name the AI only in passing
// ("never from anything the user or the AI types") while describing its white-label chat agent.
//
// Left out. Staging, UAT and dev hosts (portal-uat.acme-mw.com's AI IT support portal, dev.wikisage.io); drafts and
// placeholders (athenaagentic.com's AI usage policy, marked as a draft for attorneys; securelogicai.com and the
// Threatalytics AI agreement, as the c17 pass found); general products where AI is one feature or one layer (Suptask's
// Slack helpdesk, PhishAnalyze's LLM check among several, Pentestas's Claude pass on higher plans, NetStacks's AI chat,
// Gravwell's Logbot, rConfig, Kentik, Riot's inbox pre-labels, Complyance's questionnaire module, TerraTrue's
// suggestions, ServiceDesk Plus MSP's ChatGPT integration, Escape's AI pentesting docs, logtraces.com's and AlienHost
// Logs' optional AI analysis, Attestly's trust-centre Q&A widget, 4conform's KI-Co-Berater); pages that do not say the
// product uses AI (docs.rallied.ai, nullsquare.net, cyber3.app, cyberti.work, inpolicy.ai; Insights for ConnectWise
// on vps.insightsmsp.com and AuditForge on docs.base2ml.com, whose product hosts the searches did not show: leads);
// vendors seen only on blogs, answer or learn pages (Strike48's agentic SOC, Stingrai, 0xClaw, Abnormal AI's phishing
// response post, Brightside, Metoro, Beagle, Dark Angel's Astra AI, iso-tech.co.uk's IT Support AI, Truvara and
// Humadroid as the grc pass found, SecurityBinder, CiteLLM: leads); SecurityPal's Copilot, documented only on a Zendesk
// help host (a lead); an internal corporate chatbot's terms (hivelink.info); a CISO newsletter (aithreatalert.com, as
// the c17 pass decided); agencies, consultancies and course sites (Fordel Studios, Barista Labs, grow2.ai, Inferensys,
// Cyberax, Kanopy Labs, aisecurity.llc, AESOP Academy, Sancto); a Google Sheets add-on on a general add-on maker's site
// (scriptit.fr's Security Survey Assistant, as the grc pass decided); tools that test or guard AI rather than use it
// (VeriGenAI, ComPSI, Generative Security); and shared platforms (github.io, netlify.app, pages.dev, onrender.com and
// run.app copies of phishing extensions, helpdesks and reports).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Secops2Tools: Tool[] = defineTools(
  'agents',
  [
    // --- AI agents and assistants for managed service providers ---
    { id: 'junto-ai', name: 'Junto AI', vendor: 'Junto AI', domains: ['juntoai.com'], source: 'https://help.juntoai.com/en/articles/13374434-ai-settings' }, // help centre: an AI agent handles an MSP's tickets, following organisation-wide and per-client custom instructions
    { id: 'opsbots', name: 'OpsBots', vendor: 'OpsBots', domains: ['opsbots.com.au'], source: 'https://opsbots.com.au/ai-disclosure.html' }, // AI disclosure: Anthropic's Claude is a core component of its IT support services for MSPs (ticket classification, routing, drafted replies)
    { id: 'neoagent', name: 'NeoAgent', vendor: 'NeoAgent', domains: ['neoagent.io'], source: 'https://docs.neoagent.io/agents/tools/end-user/overview' }, // docs: an MSP's white-label Teams chat agent answers client employees from the knowledge base and files tickets; identity is never taken from what the AI types
    { id: 'mizo-tech', name: 'Mizo', vendor: 'Mizo', domains: ['mizo.tech'], source: 'https://mizo.tech/blog/documentation-automation-it-glue-hudu-scaling-msp' }, // the vendor's own article: its AI agent platform for MSPs writes ticket resolutions into IT Glue or Hudu as AI-powered documentation
    { id: 'xop-ai', name: 'xop.ai', vendor: 'xop.ai', domains: ['xop.ai'], source: 'https://xop.ai/blog/auto-client-documentation' }, // product announcement: its Ask AI chatbot answers engineers about client environments and drafts missing documentation in IT Glue
    { id: 'msplex', name: 'MSPlex', vendor: 'MSPlex', domains: ['msplex.ai'], source: 'https://msplex.ai/blog/how-msplex-connects-your-psa-to-ai' }, // the vendor's article: an MCP gateway that connects a PSA to AI so technicians ask about tickets, contracts and SLAs in natural language
    // --- AI IT helpdesks and computer troubleshooting ---
    { id: 'ai-tech-pal', name: 'AI Tech Pal', vendor: 'AI Tech Pal', domains: ['aitechpal.com'], source: 'https://www.aitechpal.com/privacy' }, // privacy: an AI-powered IT helpdesk platform; AI agents generate troubleshooting solutions and read screenshots with AI vision
    { id: 'helpmypc-ai', name: 'helpmypc.ai', vendor: 'AI Diagnostic Systems Ltd', category: 'chat', domains: ['helpmypc.ai', 'aidiagnosticsystems.com'], source: 'https://aidiagnosticsystems.com/privacy' }, // privacy (the operator's site): helpmypc.ai is an AI-powered computer diagnostic and support platform with guided troubleshooting chat
    // --- AI for infrastructure operations ---
    { id: 'opsworker', name: 'OpsWorker', vendor: 'OpsWorker', domains: ['opsworker.ai'], source: 'https://www.opsworker.ai/docs/capabilities/ai-agents/kubernetes-agent' }, // docs: the Kubernetes AI Agent queries clusters read-only (pods, logs, events) for root-cause analysis
    // --- AI phishing and email analysis ---
    { id: 'phishing-inspector', name: 'Phishing Inspector', vendor: 'Phishing Inspector', category: 'other', domains: ['phishinginspector.com'], source: 'https://www.phishinginspector.com/docs' }, // docs: three language models (Llama 3.1 8B, SmolLM3 3B, Gemma 2 2B) categorise a submitted email within a weighted risk score
    { id: 'strongestlayer', name: 'StrongestLayer', vendor: 'StrongestLayer', category: 'other', domains: ['strongestlayer.com'], source: 'https://www.strongestlayer.com/blog/step-by-step-llm-phishing-defense-microsoft-365' }, // the vendor's guide: its LLM-based email defence adds intent-aware filtering and context analysis to Microsoft 365
    { id: 'cyduck-ai-spam-checker', name: 'CyDuck AI Spam Checker', vendor: 'Veri Maden Bilişim A.Ş.', category: 'other', urlPrefixes: ['cyduck.com/en/spam-checker'], source: 'https://cyduck.com/en/spam-checker' }, // the tool's page: each message is sent to an AI model that returns a phishing, spam, promotional or legitimate verdict with red flags
    // --- AI security assistants and scanners ---
    { id: 'cyberguard-ai-securitigpt', name: 'CyberGuard AI', vendor: 'CyberGuard AI', category: 'chat', domains: ['securitigpt.com'], source: 'https://www.securitigpt.com/privacy.html' }, // privacy: a cyber-security AI assistant (AI chat, AI phishing detection); prompts go to AI providers such as OpenAI
    { id: 'cyber-guardian-ai', name: 'Cyber-Guardian AI', vendor: 'Cyber-Guardian AI', category: 'coding', domains: ['cyberguardianscan.com'], source: 'https://cyberguardianscan.com/privacy.html' }, // privacy: submitted code gets static, AI-assisted security analysis by a third-party AI provider (Anthropic)
    // --- AI security policy writers for SOC 2 and ISO 27001 ---
    { id: 'screenata', name: 'Screenata', vendor: 'Screenata', category: 'other', domains: ['screenata.com'], source: 'https://screenata.com/resources/answers/why-do-soc-2-policies-fail-audits-when-written-by-chatgpt' }, // the vendor's answer page: as an AI compliance tool it writes SOC 2 policies from the customer's codebase
    { id: 'secpolicy-arnav', name: 'SecPolicy', vendor: 'Arnav Sharma (trading as SecPolicy)', category: 'writing', domains: ['secpolicy.arnav.au'], source: 'https://secpolicy.arnav.au/legal/privacy' }, // privacy: organisation profile, chosen frameworks and prompts are sent to AI providers to generate tailored security policy sets
  ],
  { checked: CHECKED_C22 },
);
