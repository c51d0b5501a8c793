// Twenty-seventh session, fifth agents pass (2026-12-07, helper `agents5`): AI agent products the catalog still missed,
// beside data/agents.ts, data/cat-agents-2.ts, data/long-tail-agents.ts, the sixteenth, eighteenth, twenty-second and
// twenty-fourth sessions' agents passes (data/long-tail-c16-agents.ts, long-tail-c18-agents.ts,
// long-tail-c22-agents3.ts, long-tail-c24-agents4.ts) and the twenty-sixth session's MCP pass
// (data/long-tail-c26-mcp.ts), whose queries were not repeated here. Here: agent builders and hosted agent platforms
// (Triform, Prodgy and AIVAX from their docs, Zihin's terms, inference.sh's "creating an agent" docs, Oya's "AI
// employees" docs); "AI workers" for a job (an AI contract-review platform of specialised legal agents, an AI
// recruiting platform with AI Workers, an AI transaction coordinator for real-estate agents, an AI service-desk pod for
// MSPs in ConnectWise); freelancers' agents that score Upwork jobs and draft proposals (Scout4Work, BidScout); German
// AI inbox agents (InboxRobot on Mistral or OpenAI, MailAgent AI), a German platform for industry-specific AI chat
// advisers on GPT models (fachagent) and AI chatbots for trades (Handwerksbot); and German AI phone agents
// (hotcalls.ai's self-serve voice-agent platform, Anton for trades, Work2Ai on OpenAI).
//
// Leads. 36 look-ups (33 in the stored `pages` corpus, 3 in `docs`), counted as they were made, worded as small vendors
// word their own pages and not repeating the earlier passes' queries: an AI paralegal's terms naming model
// sub-processors; accounts-payable agents priced per invoice; "create your first agent" docs (twice in `pages`, once in
// `docs`); pay-per-task agent pricing with refunds for failed tasks; "contrata un empleado de IA" (Spanish); an AI
// recruiter's privacy policy naming OpenAI and Anthropic; competitor-monitoring agents' terms; "per agent per month"
// pricing FAQs; AI transaction coordinators for realtors; insurance-claim and prior-authorisation agents for medical
// practices; an "AI CFO" on QuickBooks and Xero; French CGV of autonomous-agent platforms and a French privacy policy
// of an "employé IA"; an "AI technician" for MSPs; agent marketplaces' creator terms; Portuguese terms of no-code agent
// builders and a Portuguese "funcionário digital" policy; German Nutzungsbedingungen of a KI-Agenten platform, a German
// "KI-Sachbearbeiter" privacy policy and German AGB of lead-research and trades agents; Spanish terms of agent
// platforms; Japanese terms of "AI社員"; terms saying the user answers for the agent's actions; AML/KYC analyst agents;
// browser-agent docs (`docs`); AI-employee docs (`docs`); an AI loan processor for mortgage brokers; Czech obchodní
// podmínky of AI-agent platforms; agents that score Upwork jobs and draft proposals; agents that watch Reddit and X for
// buying intent; an AI booking agent for musicians; help-centre pages on agents' credits; and one look-up to confirm a
// lead (Agent Ecology). The English queries on agent kinds the earlier passes searched met mostly listed products,
// blogs and agencies; the docs-worded queries, the German AGB and the freelancer niche gave most rows. Every row cites
// a page with a path on the product's own host (for Triform, Prodgy and AIVAX their docs hosts under the claimed
// domain) where the vendor says the product acts, answers, drafts, calls or routes with AI, AI agents, a language model
// or a named model provider. Two rows cite the vendor's own post or guide about its own product (JieGou's ConnectWise
// pod, ListedKit's Ava). Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and in the
// other helpers' c27 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 243 hosts the searches returned (vendors, blogs, news,
// agencies, directories and shared hosts alike, in /work/helpers/out/agents5-hosts.txt): 54 classified before (22.2%),
// 73 after (30.0%).
//
// Already listed and left to their entries: Tale, Rezolve.ai, Gobii, ohwow, Dezifi, Hyponema, Aurora AI, AgentPlugged,
// XT Agents, AutoAgent (avelion.in), OmnIAtix Chat, OATDA, iaiaz, Ecosysteme.ai, Siesta AI, KI Worker, Tripleblue AI
// Agents, Agentland.saarland, BLUEISH Agents, aiorio, Kaica AI, trimna, The Intelligent Agent, Chatzy, Fintellect's AI
// CFO, hanapbiz, AIsuru, Lindo, Aidero, Taibot, 247agents.io (WriteIt.ai), PřekladačAI, obtains.io, FreelanceAI.tech,
// Approid Tech's Upwork writer (a prefix), Handwerker Rechnungen, Rallied (support5 pass), Browser Use, Hyperbrowser,
// Toolhouse and the large suites met (Infobip, Agora, Oracle, WSO2, Alibaba Cloud, Automation Anywhere, monday.com,
// ConnectWise).
//
// Same names kept apart: MailAgent AI (mailagentai.de), a German AI e-mail classifier and router, is not the catalog's
// MailAgent Gmail add-on (mailagent.email) nor MailAgent (mailagent.ai); its name carries its host. Anton
// (meinanton.de), an AI phone assistant for trades, carries its host too.
//
// Doubtful rows, kept: Work2Ai's terms are a B2B service contract (set-up fee, 24-month term) for a branded AI voice
// agent on OpenAI, a managed service more than a self-serve tool, kept as the c22 pass kept AI ChatterVox; ListedKit is
// read from its own resource guide, which describes Ava, its AI engine that reads purchase agreements and builds the
// coordinator's checklist; JieGou from its own post on its ConnectWise pod; Triform's agent docs name provider, model,
// temperature and top-p rather than the word AI; AIVAX is an inference and agent platform priced at the model
// providers' rates, filed as a developer platform; Prodgy and AIVAX are counted as Brazilian from their R$ prices and
// Portuguese docs, a judgement.
//
// Left out. Placeholders: getagentos.eu (AgentOS s.r.o., "ID: [TBD]"), ai.senorit.de ("Gerichtsstand ist [Stadt]"),
// review-responder.eu ("Your Company, S.L."), ben-goodwin.com's Healthcare Agent ("[Company Name]", a personal host).
// `?p=` pages: offered-jobs.com, educationalengine.com, codeelevatorsolutions.com, algos-ai.com, linux-os.net. Shared
// platforms: ag2trust-docs.pages.dev, meta-agent-platform.pages.dev, xtweetly-agent.pages.dev, ki-entlastung.pages.dev,
// xagent-api.furkanbeydemirr.workers.dev, masadaqmk.github.io, iruochen.github.io, conor-code.github.io,
// v0-privacy-policy-generation-smoky.vercel.app, upwork-proposal-writer-production.up.railway.app, koreai.mintlify.app,
// cxf.mintlify.app, a preview host (preview.sois.ai, as c26 found). General products where AI agents are one feature:
// app.ladra.io (as earlier passes found), finzcard.com's AI CFO, docs.cxf.app (a CX platform's orchestration section),
// docs.superwaba.com (a WhatsApp platform's AI credits), docs.chargepanda.com (a SaaS kit), priamed.com (prior
// authorisation, AI not said). Agencies, consultancies and done-for-you services: bearplex.com, theaidevelopment.com,
// brightlume.ai, gugubrand.com, insightriot.com, intellivon.com, oakenai.tech, lowcode.agency, nerova.ai,
// ustechautomations.com, aotechne.com, krawczyk.solutions, agentsmith.agency, agenceautomate.com, lunioncom.com,
// incote.click, threeger.com.br, dkral.cz, nexantera.com, sapius-ai.com, future-ops.io, fitterads.com, locallr.com
// (VRSEN's development agreement), vector-ai-agents.com (a Stammer.ai reseller). Blogs, guides and news about agents in
// general, even on vendors' hosts: mightybot.ai, safebooks.ai, chatfin.ai (as c21 found), ai-agent-ops.com, arivana.com
// (as c23 found), callsphere.ai, simbo.ai, agentzap.ai, hawk.ai, yardwork.dev (as c18 found), lava.so, agenbook.io,
// usagepricing.com, nexairi.com, prototipeai.com, sendapp.live, and the Spanish and French press. Pages that do not say
// the product uses AI, or only in its name: talentsource.totumtechnologies.com, replymine.com, freelancerllm.com (AI
// only in the name "LLM"), agregata.ai, pilotfish.co.jp's パイロットAI, patterno.ai's DPA, agntia.com, ajuda.vya.digital,
// docs.taskpod.ai, docs.agentvault.chat, api.agenttool.dev (agent marketplaces' billing only). Agent-payment, crypto
// and x402 layers: docs.magnetlabs.xyz, qs.iotex.ai's QuickSilver, www.ailcs.net, docs.nevermined.io, paegents.com and
// myagentguard.com (as c18 found). A demo or sample: bank.unsol.dev, siagents.ai's agent catalogue. A host on a
// business of another kind: www.2am-music.com (2AM SAS's e-mail agent "Lenny", on a music company's host: a lead).
// Leads: agentecology.com (an agent builder's creator agreement that charges per agent invocation; a second look-up did
// not reach a page that says AI), help.indie.money (an agent marketplace whose billing passes through "AI provider
// costs" per run, paid in credits bought with a stablecoin), openlaw.tech (Milliard Law's "OpenLaw AI Platform" Office
// plug-in, whose terms define AI without saying what it does), zofiQ (app.zofiq.ai, an AI assistant and agents inside
// ConnectWise, seen only in a third party's demo script, as support5 left it), Zenning and Dozal (AI-employee platforms
// seen only in MCP and skill directories), Chickpea (chickpea.co, self-hosted AI teammates in Slack),
// smart.agent.net.ai ("Smart Agents" credits), docs.guayaba.run again, and 2am-music.com's Lenny.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Agents5Tools: Tool[] = defineTools(
  'agents',
  [
    // --- Agent builders and hosted agent platforms ---
    { id: 'triform', name: 'Triform', vendor: 'Triform', domains: ['triform.ai'], source: 'https://docs.triform.ai/concepts/agents' }, // docs: agents built from a system prompt, a model configuration (provider, model, temperature, top-p) and a toolbox of callable tools, with traces per execution
    { id: 'prodgy', name: 'Prodgy', vendor: 'Prodgy', domains: ['prodgy.ai'], source: 'https://docs.prodgy.ai/en/user-guide/admin-panel/subscription', region: 'latam' }, // docs: credits consumed by AI agent executions, playground chats and knowledge-base embeddings (prices in R$ or US$)
    { id: 'aivax', name: 'AIVAX', vendor: 'AIVAX', category: 'developer-platform', domains: ['aivax.net'], source: 'https://docs.aivax.net/docs/pricing', region: 'latam' }, // docs (Portuguese): prepaid inference and agentic assistants, text generation billed at Google's and OpenAI's list prices, RAG and web-search tools
    { id: 'zihin', name: 'Zihin', vendor: 'Zihin AI Inc.', domains: ['zihin.ai'], source: 'https://www.zihin.ai/en/terms' }, // terms: a multi-tenant SaaS platform for building and operating autonomous AI agents over a gateway to OpenAI, Anthropic, Google and other LLM providers
    { id: 'inference-sh', name: 'inference.sh', vendor: 'inference.sh', domains: ['inference.sh'], source: 'https://inference.sh/docs/agents/creating' }, // docs: create an agent, choose the LLM that powers its reasoning (GPT-4, Claude), write its system prompt and add app, agent and MCP tools
    { id: 'oya-ai', name: 'Oya', vendor: 'Oya', domains: ['oya.ai'], source: 'https://oya.ai/docs/agents' }, // docs: "your AI employees", assistants that run on an LLM with tool calling in a sandbox, reached by chat, an OpenAI-compatible API and gateways
    // --- AI workers for a job ---
    { id: 'paralegent-ai', name: 'Paralegent AI', vendor: 'Cognilium AI', domains: ['paralegent.ai'], source: 'https://paralegent.ai/legal/terms' }, // terms: an AI-powered contract review platform of 18+ specialised agents, with AI-generated risk assessments, a Word add-in and an API
    { id: 'perfectrecruit', name: 'PerfectRecruit', vendor: 'CARDAPPS LLC', domains: ['perfectrecruit.ai'], source: 'https://www.perfectrecruit.ai/privacy' }, // privacy: an AI-powered recruiting and workforce-planning service with AI skill evaluations, AI-drafted outreach and AI Workers run from prompts and SOPs
    { id: 'listedkit', name: 'ListedKit', vendor: 'ListedKit', domains: ['listedkit.com'], source: 'https://www.listedkit.com/resources/real-estate-transaction-coordinator-checklist' }, // vendor guide on its own product: Ava, ListedKit's AI engine, reads an executed purchase agreement and builds the transaction coordinator's checklist
    { id: 'jiegou', name: 'JieGou', vendor: 'JieGou', domains: ['jiegou.ai'], source: 'https://jiegou.ai/blog/connectwise-ai-ticket-resolution' }, // vendor blog on its own product: an AI assistant pod inside ConnectWise PSA that reads, triages and suggests resolutions for MSP tickets
    // --- Freelancers' job agents ---
    { id: 'scout4work', name: 'Scout4Work', vendor: 'Scout4Work', category: 'productivity', domains: ['scout4.work'], source: 'https://scout4.work/privacy' }, // privacy: scores Upwork listings and drafts proposals with AI features billed in credits, through an app and a browser extension
    { id: 'bidscout', name: 'BidScout', vendor: 'BidScout', category: 'productivity', domains: ['bidscout.co'], source: 'https://www.bidscout.co/privacy' }, // privacy: an AI-powered Upwork monitoring and proposal-drafting Mac app run on the user's Anthropic API key
    // --- German AI inbox agents and chat advisers ---
    { id: 'inboxrobot', name: 'InboxRobot', vendor: 'InboxRobot', category: 'productivity', domains: ['inboxrobot.de'], source: 'https://inboxrobot.de/software-agreement?locale=de', region: 'europe' }, // software agreement (German): a KI-based inbox management service; generative tasks run on Mistral AI, or on OpenAI in the US
    { id: 'mailagentai-de', name: 'MailAgent AI (mailagentai.de)', vendor: 'MailAgent AI', category: 'productivity', domains: ['mailagentai.de'], source: 'https://www.mailagentai.de/agb', region: 'europe' }, // AGB (German): software that analyses, classifies and forwards incoming e-mails with künstlicher Intelligenz
    { id: 'fachagent', name: 'fachagent', vendor: 'Elsen Media GmbH', domains: ['fachagent.com'], source: 'https://www.fachagent.com/terms', region: 'europe' }, // SaaS contract (Hamburg): a platform for industry-specific KI-Fachberater (agents) on configurable GPT models, with OpenAI as a sub-contractor
    { id: 'handwerksbot', name: 'Handwerksbot', vendor: 'Andreas Stegemann', domains: ['handwerksbot.de'], source: 'https://handwerksbot.de/agb', region: 'europe' }, // AGB (German): industry-specific KI-Chatbots for trades businesses, embedded on their sites with appointment booking, by subscription
    // --- German AI phone agents ---
    { id: 'hotcalls-ai', name: 'hotcalls.ai', vendor: 'malmachen GbR', category: 'audio', domains: ['hotcalls.ai'], source: 'https://hotcalls.ai/agbs', region: 'europe' }, // AGB (Deggendorf): a SaaS platform to create, configure and run KI-gestützte voice agents for automated phone calls
    { id: 'anton-meinanton', name: 'Anton (meinanton.de)', vendor: 'Kuatsu (Maximilian Krause)', category: 'audio', domains: ['meinanton.de'], source: 'https://www.meinanton.de/agb', region: 'europe' }, // AGB (German): a KI-gestützter phone assistant for trades that answers calls, handles requests and writes call summaries
    { id: 'work2ai', name: 'Work2Ai', vendor: 'SKOSITES (Serkan Er)', category: 'audio', domains: ['work2ai.de'], source: 'https://work2ai.de/agb', region: 'europe' }, // AGB (German): a KI-based voice agent (on OpenAI, among others) that takes calls, books appointments and works with a chatbot
  ],
  { checked: CHECKED_C27 },
);
