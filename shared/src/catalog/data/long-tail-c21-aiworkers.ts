// Twenty-first session, AI-workers pass (2026-12-07, helper `aiworkers`): "AI employees" and agent products sold as
// digital workers that the catalog still missed, beside the eighteenth session's agents pass
// (data/long-tail-c18-agents.ts), the nineteenth session's sales pass (data/long-tail-c19-sales.ts) and the twentieth
// session's browse and email passes (data/long-tail-c20-browse.ts, data/long-tail-c20-email.ts), whose rows are not
// repeated here. Here: "AI employee" platforms for small businesses (a hosted agent on its own cloud computer,
// role-based AI employees that draft for approval, voice, SMS and chat agent services, an autonomous-agent "business
// brain"); an AI accounts-receivable agent, AI back-office and bookkeeping agents, AI invoice extraction and e-invoice
// conversion and an AI email-handling agent (German); AI data analysts that answer in chat; AI SDR and lead agents (one
// French); AI marketing agents that run ad accounts and social posting; an AI LinkedIn recruiter and an AI voice
// screener; an AI chief of staff; an AI investment-research agent; agent marketplaces where businesses hire AI agents;
// a Chinese desktop workflow agent; no-code agent builders with cloud and scheduled agents; AI assistants that phone
// businesses and book for you; and AI voice receptionists (one in South Africa, one for Vancouver dental clinics).
//
// Leads. 45 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their own privacy
// policies, terms, AI-use policies, sub-processor lists, security pages and docs ("our AI agents act on your behalf",
// "AI employee", "hire an AI worker", "digital workers powered by large language models", "autonomous agent uses
// OpenAI", "sub-processors OpenAI Anthropic", "the agent may take actions in connected apps"), by kind (AI SDRs and
// BDRs, recruiters and sourcers, executive assistants and chiefs of staff, accounts receivable, bookkeeping and
// procurement agents, data analysts in chat, IT helpdesk agents, browser and computer-use agents, marketing and ad
// agents, research analysts, agent marketplaces, multi-agent workspaces, scheduled personal agents, no-code agent
// builders, phone assistants), and in German, French, Spanish and Japanese (those returned mostly articles, law-firm
// notes and products already listed; VendorZero, AIFlow, Invoice-Converter.com and Leadsia came of them). Every row
// cites a page with a path on the product's own host (for Brewit, Raddivus, Hyponema and PrivateMind their docs
// subdomains, for AIFlow a page under the claimed prefix); each page says in the
// vendor's words that the product acts, drafts, answers, calls, screens or extracts with AI, a language model or a
// named model provider. Three rows cite the vendor's own knowledge-base, answers or blog page describing its own
// product (StrategyBrain AI Recruiter, Liv, Hoogway); the seventeenth session's HR pass had left hoogway.ai out when
// blog pages did not count. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries: AI Employees (myemployees.ai), Sarudo, Sales Automation (app.athium.ai),
// Graisol, AutoReach (autoreach.work), ChattyHiring, AIHirer, Actor (actordo.com), Grok (x.ai), ProcIndex, ChatWithDB,
// IntelliAnalytics, AI for Database, AI Analyst (agenticanalyst.io), Moveworks, Empleado.uno, Adinize, GoMarble,
// Rezolve.ai, Tray.ai, Book-Agent (bookagent.mynexussolution.com), Adaptive AI's CPA agents, Leonar, Lessie AI, Cold AI
// (getcoldai.com), coldcall.pro, Groupthink's AI Coworkers, Sistava, Avelion's AutoAgent, Nairi, 42cells, TextQL's Ana,
// DX Suite (inside.ai), AI自動返信メール, Ecosysteme.ai, Callkom, Salescaling, Agent-S, Alex (alex.com), Ultimo Bots, KI
// Worker (kiworker.de), オフィスの知恵子さん (ai-chie.com), Eraberu AI Shain (ai-shain.eraberu-agent.com), AI4SmallBusiness's
// ZzzBot (ai4smallbusiness.co.za), Automationly AI and Clotilde AI.
//
// Claimed alone: salesaio.perstoc.ai (SalesAIO's platform and policies), because its parent perstoc.ai was not read as
// the product; AIFlow is the prefix tegos-group.com/aiflow on the TEGOS group's general site.
//
// Same names kept apart: AgentVerse (agentverse.run), a hiring marketplace whose terms describe AI agents with profiles
// and posts, is not Fetch.ai's Agentverse (agentverse.ai, the c16 agents pass): the hosts, vendors and products differ,
// so its name carries its host. Operator (operator.fyi) is a small-business agent service, not OpenAI's Operator; its
// name carries its host too. AIFlow (tegos-group.com), TEGOS's email agent on Azure OpenAI, is not AI-Flow
// (ai-flow.net), listed earlier from a discovery list under another vendor and host; its name carries its host as well.
//
// Measured with /work/helpers/classify-hosts.mts on the 311 hosts the searches returned (vendors, articles, stores,
// docs mirrors and shared hosts alike, in /work/helpers/out/aiworkers-hosts.txt): 56 classified before (18.0%), 90
// (28.9%) after.
//
// Left out. Articles, glossaries, guides, newsletters, papers and law-firm notes (the large majority of hosts met);
// general blog posts even where the publisher sells agents (solaceagi.com, workflowstackai.com, raegan.ai, myfigaro.ai,
// enterprise.righthand.ai, the-square.io, dilr.ai, home.aiemployee.com, synpromedia.com, brainroad.com, pivotapp.ai,
// klipy.ai); templates and placeholders (pia.horizon-connect.fr's dummy SIRET, humanlinker.com's "[URL]" terms,
// cleanoria.com's sample policy); development, demo, alpha and beta hosts (dev.brixi.ai, deej.co's demo,
// 88service.biz's alpha terms, betahelpcenter.ismartsolulab.com); a bare `?p=` page (tuneaibot.com); personal and
// self-hosted tools (secretary.xaviesteve.com, bootstrapai.biz, yeep.jokaisen.org, tophertech.org,
// tradebot.alexturner-portfolio.com); pages that never say the product uses AI, only "agent" or the brand name
// (aiaragent.com, booki-ai.com, nexgenanalysis.com, getcoldagent.com's DPA, sdrai.ai, agentplanners.com, automads.ai,
// phantombrowser.ai's agent page as the c18 pass also found, riff.ai's purchasing agent, syncops.zooberim.com,
// invoice-processor.de, swingaroo.ca); general products where AI is one feature (myrevly.com's invoicing, ebuero.de's
// Aida chat for a phone-answering service, Employment Hero's Recruitment Agent, xplusfinance.org); agencies and managed
// services (blog.nextto.ai, aiteam.ae, virtualassistant.com.au, and agentsmith.agency and incote.click as in the c18
// pass); agent-job markets that host no AI themselves (heepr.ai's beta on points, moltjobs.io, and jobsinai.com as in
// the c18 pass); an AI FAQ chat on an academic society's site (entre-s.com's 社長代理); a customer-relations agent whose
// policy sits on 2am-music.com, a host that does not read as the product's; laigo.ai, which the c21 finance pass keeps
// as a trap; and shared platforms (netlify.app, pages.dev, web.app, mintlify.app, notion.site, webflow.io, vercel.app,
// collectblogs.com), among them EGON's policy on egon-2.webflow.io (bookmanSolutions GmbH, whose own host was not
// seen).
// Leads not tried: swarmmarshal.com (an inbox agent team whose page names models but not AI), scheduling.studio (AI
// voice agents on a scheduling product), genmb.com (AI agents on an app builder's business plan), mvsagents.ai (an
// agent marketplace's seller docs), egonai.de (EGON's likely host, seen only in a contact address), agentecology.com
// (an agent builder's creator agreement).
//
// At the merge: Mervin AI (mervin-ai.com), which this pass found too, is kept once, in the
// advertising pass's file (long-tail-c21-adsugc.ts).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21AiworkersTools: Tool[] = defineTools(
  'agents',
  [
    // --- "AI employee" platforms and agent services for businesses ---
    { id: 'clawman', name: 'Clawman', vendor: 'Clawman', domains: ['clawman.com'], source: 'https://clawman.com/privacy' }, // privacy: your AI agent runs on a dedicated cloud computer; prompts go to AI model providers through its proxy
    { id: 'general-employee', name: 'General Employee', vendor: 'General Employee', domains: ['generalemployee.com'], source: 'https://generalemployee.com/security' }, // security: AI employees that handle calls, texts and customer work; conversations not used to train models
    { id: 'aiworksforus', name: 'aiworksforus', vendor: 'aiworksforus', domains: ['aiworksforus.io'], source: 'https://www.aiworksforus.io/privacy-policy' }, // privacy: AI-driven voice, SMS, WhatsApp and web-chat services run by configurable AI agents
    { id: 'operator-fyi', name: 'Operator (operator.fyi)', vendor: 'Operator', domains: ['operator.fyi'], source: 'https://www.operator.fyi/ai-policy/' }, // AI use policy: autonomous agents read connected systems, draft and execute work for the business
    { id: 'ai-field-guide', name: 'AI Field Guide', vendor: 'AI Field Guide', domains: ['ai-field-guide.com'], source: 'https://www.ai-field-guide.com/how-it-works' }, // how it works: hire one AI employee per role (calls, invoice chasing, dispatch) that drafts for approval
    { id: 'agentverse-run', name: 'AgentVerse (agentverse.run)', vendor: 'AgentVerse', domains: ['agentverse.run'], source: 'https://agentverse.run/terms' }, // terms: a marketplace where businesses hire AI agents; every agent post and output is generated by AI models
    { id: 'applyoperator', name: 'ApplyOperator', vendor: 'ApplyOperator', domains: ['applyoperator.com'], source: 'https://applyoperator.com/terms-of-service' }, // terms: a managed AI agent marketplace; pre-built agents for verification, company intelligence and research
    // --- Back-office agents: receivables, bookkeeping, invoices, email ---
    { id: 'accountsreceivable-ai', name: 'AccountsReceivable.ai', vendor: 'AccountsReceivable.ai', domains: ['accountsreceivable.ai'], source: 'https://accountsreceivable.ai/terms' }, // terms: an AI accounts receivable agent that chases invoices by email, SMS and phone and applies payments
    { id: 'sbss-small-business-support', name: 'SBSS (Small Business Support Services)', vendor: 'SBSS (Small Business Support Services)', domains: ['smallbusinessessupport.services'], source: 'https://www.smallbusinessessupport.services/terms.html' }, // terms: an AI-powered back-office platform whose AI agents handle email, bills, vendors and QuickBooks
    { id: 'greendoorai', name: 'GreenDoorAI', vendor: 'GreenDoorAI Ltd', domains: ['greendoorai.com'], source: 'https://www.greendoorai.com/subprocessors.html' }, // sub-processors: OpenAI, Anthropic and Gemini draft, summarise and extract from connected email and CRM data
    { id: 'vendorzero', name: 'VendorZero', vendor: 'Digitalagentur Schneider', category: 'productivity', domains: ['vendorzero.de'], region: 'europe', source: 'https://vendorzero.de/datenschutz' }, // Datenschutz (German): a platform that OCRs supplier documents and extracts their data with AI
    { id: 'invoice-converter', name: 'Invoice-Converter.com', vendor: 'Felix Graeber', category: 'productivity', domains: ['invoice-converter.com'], region: 'europe', source: 'https://www.invoice-converter.com/de/dpa' }, // DPA (German): invoice PDFs converted into ZUGFeRD and XRechnung by artificial intelligence
    { id: 'aiflow-tegos', name: 'AIFlow (tegos-group.com)', vendor: 'TEGOS Group', urlPrefixes: ['tegos-group.com/aiflow'], region: 'europe', source: 'https://tegos-group.com/aiflow/' }, // product page (German): automates reading and answering business email with Azure OpenAI models
    // --- AI data analysts ---
    { id: 'brewit', name: 'Brewit', vendor: 'Brewit', category: 'other', domains: ['brewit.ai'], source: 'https://docs.brewit.ai/docs/others/security' }, // security docs: OpenAI's GPT-4 writes the data-analysis code from table metadata
    { id: 'datologist', name: 'Datologist', vendor: 'Datologist', category: 'other', domains: ['datologist.ai'], source: 'https://datologist.ai/privacy' }, // privacy: an AI-powered data query service; its AI agent writes SQL from plain-language questions
    // --- Sales and lead agents ---
    { id: 'salesaio', name: 'SalesAIO', vendor: 'SalesAIO, Inc.', domains: ['salesaio.perstoc.ai'], source: 'https://salesaio.perstoc.ai/docs' }, // acceptable use: an AI-powered sales platform with AI-generated email copy and lead scoring
    { id: 'leadsia', name: 'Leadsia', vendor: 'Leadsia', domains: ['leadsia.io'], region: 'europe', source: 'https://leadsia.io/en/legal/privacy/' }, // privacy: conversational AI agents in the client's CRM and mailboxes draft replies and score leads
    // --- Marketing and ad agents ---
    { id: 'let-it-run', name: 'Let It Run', vendor: 'Let It Run', domains: ['letitrun.ai'], source: 'https://letitrun.ai/privacy' }, // privacy: writes content, sends emails, posts and manages ad campaigns for the business with Anthropic's Claude
    { id: 'raddivus', name: 'Raddivus', vendor: 'Raddivus', domains: ['raddivus.com'], source: 'https://docs.raddivus.com/account/security-and-privacy' }, // docs: an AI Agent that reads the connected Meta ad account and creates ads and campaign changes
    { id: 'adsrun', name: 'AdsRun', vendor: 'AdsRun', domains: ['adsrun.ai'], source: 'https://adsrun.ai/ar/privacy' }, // privacy: an AI-powered social-media workspace whose AI agent sends prompts to OpenAI and Anthropic
    // --- Recruiting agents ---
    { id: 'strategybrain-ai-recruiter', name: 'StrategyBrain AI Recruiter', vendor: 'StrategyBrain', domains: ['strategybrain.ca'], source: 'https://www.strategybrain.ca/knowledge-base/industryInsights/linkedin_insights/recruiting_sourcing_definition_process_and_roles_2026/detail' }, // knowledge base: its AI Recruiter connects, introduces roles, answers questions and collects résumés on LinkedIn
    { id: 'hoogway', name: 'Hoogway', vendor: 'Hoogway', domains: ['hoogway.ai'], source: 'https://hoogway.ai/blog/ai-voice-screening-hiring' }, // blog on its own product: a voice agent phone-screens candidates in parallel and scores the answers
    // --- Assistants, research and workflow agents ---
    { id: 'liv-ai-chief-of-staff', name: 'Liv', vendor: 'Liv', domains: ['liv4all.com'], source: 'https://liv4all.com/answers/what-is-an-ai-chief-of-staff' }, // answers page: Liv, an AI chief of staff on Gmail and Google Calendar that drafts mail for approval
    { id: 'caibots', name: 'CAIBots', vendor: 'CAIBots', domains: ['caibots.com'], source: 'https://caibots.com/demos/ir/ir-architecture.html' }, // demo architecture: an agentic AI investment-research assistant (valuation, filings, transcripts)
    { id: 'iagent7', name: 'iAgent', vendor: 'Shanghai Aijingte Artificial Intelligence Technology Co., Ltd', domains: ['iagent7.com'], region: 'china', source: 'https://www.iagent7.com/docs/terms' }, // terms: a desktop app that turns requests into workflows; cloud AI features send prompts to model providers
    { id: 'updatemate', name: 'UpdateMate', vendor: 'UpdateMate', domains: ['updatemate.ai'], source: 'https://updatemate.ai/docs/agents' }, // docs: AI-powered agents built from a chat description that run reports and monitors on schedules
    { id: 'privatemind', name: 'PrivateMind', vendor: 'PrivateMind', domains: ['privatemind.com'], source: 'https://docs.privatemind.com/cloud-agents.html' }, // docs: cloud agents run the assistant's model on a prompt in the background or on a schedule
    { id: 'hyponema', name: 'Hyponema', vendor: 'Hyponema', domains: ['hyponema.ai'], source: 'https://docs.hyponema.ai/concepts/agents/' }, // docs: agents are the AI experiences configured and distributed to web, API, phone and WhatsApp
    { id: 'revve-ai', name: 'Revve', vendor: 'Revve', domains: ['revve.ai'], source: 'https://www.revve.ai/docs/getting-started/what-is-a-chat-agent' }, // docs: chat agents answer with an LLM over website, WhatsApp, email, SMS, Zalo and Messenger
    // --- Phone assistants and AI voice receptionists ---
    { id: 'ai-calling-assistant-phone-ai', name: 'AI Agent: AI Calling Assistant', vendor: 'Phone AI', domains: ['ai-agents.in'], source: 'https://www.ai-agents.in/privacy-policy' }, // privacy: an AI-powered phone-call service with its own number that books calendar appointments for the user
    { id: 'callgenie', name: 'CallGenie', vendor: 'CallGenie', domains: ['supportcallgenie.com'], source: 'https://supportcallgenie.com/privacy.html' }, // privacy: an AI-assisted booking platform that places calls to businesses to request appointments
    { id: 'askandbook', name: 'AskAndBook', vendor: 'AskAndBook', domains: ['askandbook.app'], region: 'africa', source: 'https://askandbook.app/privacy' }, // privacy (POPIA, Paystack): AI voice agents answer and book calls for South African businesses
    { id: 'always-booked-ai', name: 'Always Booked', vendor: 'Always Booked', domains: ['alwaysbookedai.ca'], source: 'https://alwaysbookedai.ca/privacy' }, // privacy (PIPEDA, BC PIPA): an AI voice receptionist that books patients for Vancouver dental clinics
    { id: 'brokai-labs', name: 'BrokAI Labs', vendor: 'BrokAI Labs', domains: ['brokailabs.com'], source: 'https://www.brokailabs.com/messaging-consent' }, // messaging consent: an AI voice receptionist that asks callers before texting them
  ],
  { checked: CHECKED_C21 },
);
