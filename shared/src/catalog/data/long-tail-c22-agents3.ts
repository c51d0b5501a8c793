// Twenty-second session, third agents pass (2026-12-07, helper `agents3`): AI agent products the catalog still missed,
// beside data/agents.ts, data/cat-agents-2.ts, data/long-tail-agents.ts, the sixteenth and eighteenth sessions' agents
// passes (data/long-tail-c16-agents.ts, data/long-tail-c18-agents.ts), the nineteenth session's builders pass
// (data/long-tail-c19-builders.ts) and the twenty-first session's AI-workers pass (data/long-tail-c21-aiworkers.ts),
// whose rows are not repeated here. Here: no-code agent builders and hosted agent platforms (a Polish open agents
// builder, an agent builder for non-technical users, a German KI-Agenten platform, an agent platform with per-agent
// documents, an agents platform with an AI acceptable-use policy, a runtime for developers' agents, a credit-billed
// agent workspace, a Romanian agent platform with voice AI, an automation kit with LLM steps); LLM workflow automation
// (a workflow builder with AI agent nodes, an n8n workflow generator); browser and computer-use agents (a computer-use
// agent API, cloud desktops for agents, two desktop agents, a paid macOS agent on its maker's shop); AI voice and phone
// agents for businesses (AI receptionists and voice-agent services, among them a Toronto service, a German, a
// Polish-language and a Danish one); AI chat agents for websites and messaging (three agent builders with credit or
// conversation plans, a Spanish-language WhatsApp assistant for real-estate agents); an AI dunning agent (French); an
// AI warm-introduction planner for LinkedIn contacts; an agent reached by text that runs the user's calendar and email;
// a service whose AI agents build and maintain software projects; an AI chat aggregator for enterprises; an AI
// document-analysis service on DeepSeek; and a German AI document-processing cloud.
//
// Leads. 42 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms,
// acceptable-use policies, sub-processor lists, pricing FAQs and docs: AI voice agents answering calls with named
// sub-processors (OpenAI, ElevenLabs, Twilio, Vapi), no-code agent-builder terms, AI SDR and LinkedIn-outreach
// policies, browser- and computer-use-agent privacy pages and docs, Gmail and Calendar assistants' limited-use notices,
// multi-agent team workspaces, deep-research agents, LLM workflow automation with AI nodes and sub-processors, outbound
// AI calling under the TCPA, white-label voice-agent platforms, AI intake for law firms, agent marketplaces'
// acceptable-use policies, email scheduling agents, scheduled personal agents on SMS, credit-billed agent platforms,
// plain-English automation builders, voice-agent APIs, desktop agents, property-management and insurance agents,
// due-diligence research agents, job-application agents and agent builders for WhatsApp; and in German
// (Datenschutzerklärung KI-Telefonassistent, Auftragsverarbeitung KI-Agenten-Plattform), French (agent vocal IA, agent
// IA commercial), Spanish (agente de IA para WhatsApp, plataforma para crear agentes), Portuguese (agente de voz com
// IA), Italian (assistente vocale AI, piattaforma agenti AI), Dutch (AI-telefoniste), Polish (agent AI, asystent
// głosowy), Swedish (AI-agent svarar i telefon), Japanese (AIエージェント 構築 プラットフォーム) and Korean (AI 에이전트 이용약관). Two
// look-ups checked a named vendor (lector.ai's terms, Abundly's docs). The non-English queries returned mostly
// articles, law-firm notes and vendors already listed; Humaify, Billabex, SmartVoiceHub, HazCita, Agentland.saarland,
// lector.ai and AutoIntelligent came of them. Every row cites a page with a path on the product's own host (for Open
// Agents Builder its app. host, for Skylight, Xpress AI, Abundly and AI Kit their docs hosts, for lector.ai its
// legal.app. host, for Billabex its support. host, all under the claimed domain); each page says in the vendor's words
// that the product answers, calls, acts, drafts, researches or processes with AI, a language model or a named model
// provider. Two rows cite the vendor's own blog post about its own product (TextMyAgent, Lapu AI). Hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries: Call My Agent, AI Call Agent, AgentCloud (myagentcloud.ai), BuildMyAgent,
// AgentPlugged, Clara AI SDR, Graisol, VoiceHub, Personal Assist (sortedday.com), Callkom, Ecosysteme.ai, AgentX, Elina
// IA, AtiendeIA, iAssistance, OmnIAtix Chat, AnyDialog, fonio.ai, m8tes, Cua, Lilys AI, CustomGPT, LinkedIn Sales
// Assistant (nextbizness), SendCopy, Trillet, CallSphere, HMS Sovereign, TelAI, Garni Labs, Intake AI, AgentEnvoy,
// Nicole Assist, Agentic Calendars, NoviaMind, Auto Browser, Tale, Sigma Mind, smallest.ai, Skywork, Fazm, Sistava,
// RentalRelay, ResProAI, KaiCalls, Varick Agents, CAIBots, Revve, Chatbase, czat.ai, rozmawiajAI, informatyk.ai,
// JobPilotX, Job Agent, apply-copilot, PaolaGen, Vocra, AI Personal, Larabot, Svea AI and ai-one's CORA.
//
// Claimed alone: workflow.enpointe.io (an AI chat aggregator whose parent enpointe.io was not read as the product),
// agent.aisoftwareservices.ro (Agent AI, on its developer's company domain) and ai-kit.schnell.digital (the AI Kit's
// docs sit on docs.ai-kit.schnell.digital; schnell.digital itself was not read); the Autonomous Desktop Agent is the
// prefix mixedmakershop.com/autonomous-desktop-agent on its maker's shop, which sells other things.
//
// Same names kept apart: Flint (useflint.ai), a credit-billed AI agent for customer conversations, is not the catalog's
// Flint (flintk12.com) nor FlintAPI (flintapi.ai); its name carries its host. Skylight (launchskylight.com), a
// computer-use agent API, is not skylightchat.com, a WhatsApp API platform the mea3 pass left out; its id says agent.
//
// Measured with /work/helpers/classify-hosts.mts on the 284 hosts the searches returned (vendors, articles, docs
// mirrors and shared hosts alike, in /work/helpers/out/agents3-hosts.txt): 65 classified before (22.9%), 96 (33.8%)
// after.
//
// Doubtful rows, kept: Reseach AI (reseach-ai.org), whose policy names no brand beyond the misspelt domain but
// describes a service that sends uploaded research documents to DeepSeek for AI analysis and summaries; Umiplex, whose
// agent settings docs follow another builder's wording but describe its own AI agents and credits; the Autonomous
// Desktop Agent, a paid macOS download (bring your own Anthropic key) sold on a maker's shop; AI ChatterVox, a managed
// service that runs AI voice agents for its clients rather than a self-serve tool.
//
// Left out. Drafts and placeholders (voiceops.net's "[Company Name]" draft, welo-dev.mundt-it.de's "[FIRMA]" dev host,
// agnxxt.com's "[Insert Date]", hexelstudio.com's template notice, agnt8x.ai's draft for legal review, lektoria.eu's
// draft scaffold); shared platforms (a Firebase App Hosting receptionist, Workerflow's copy on
// workerflow-website.pages.dev, TextMyAgent's draft policy on pages.dev, an azurewebsites.net LinkedIn reply extension,
// Kore.ai's Mintlify previews, github.io, vercel.app and pages.dev pages); pages that never say the product uses AI,
// only "agent" or "voice agent" (telemancer.io, aptiva.cloud's Voice Agent, Scopes Consulting's Vox docs, JoAI's and
// Xybern's team docs, Veless's acceptable-use policy, web4guru.com's credit docs, Guayaba's billing docs, General Bots'
// task docs); general products where AI is one feature (myflow's AI trust page, Aesthetix CRM's Voice AI, Chosen's
// scheduling assistant, Kommo's AI agents, Firstwork's browser agents, respond.io, Zadarma, Workflow Machine,
// outreachKoi's AI-personalised LinkedIn outreach, devplace.net's DeepSearch tool, QueryPie's AIP docs, SERVICEME's AI
// Studio docs, AffZero's Describe It); agencies and done-for-you services (lunioncom.com, ilmiobot.it, incote.click,
// opennash.com, gosign.de, ijonis.com, neurotechnus.com, lektera.com, agentsmith.agency); vendors seen only on their
// blogs or generic help articles (bookflow-ai.com, voxfra.com, tala-assistant.com, pitchyes.com.br, help.talkeriq.com,
// tryspeakeasy.io, clearedgeresearch.com, equilima.com, agenno.org, solvea.cx, which may be VOC.AI's Solvea, listed as
// `voc-ai`); private or family tools (emilyaidigital.uk, calendar-agent.saanchalrentals.com,
// chase-williams-com.pages.dev, wardwoodshop.com's "[Your App Name]" policy); tools about agents that are not AI
// themselves (safepayment.ai's voice-agent payment routing, opena2a.org's AI Browser Guard, agentbuilders.app's hosting
// as the c18 pass decided); self-hosted framework docs (GoClaw on diginext.site, xhipai.com, Page Agent's code mirror
// on git.lzwcai.com); haulis.com's Answerio page, as the c17 voice pass decided; and getmyai.ai, whose docs describe AI
// agent teams but whose blog the mea3 pass trapped as left out (a lead for a pass that reconciles the two).
// Leads: sendout.ai (LinkedIn automation, met only on an extension-store mirror), godetailpro.com (terms of "VoiceAI
// Connect", a white-label AI receptionist, on a host of another name), argocruce.com (a German KI-Assistenzsystem
// policy with no product name), lektera.com (AI automation for trades), talkeriq.com, bookflow-ai.com and voxfra.com
// (voice agents seen on blogs), web4guru.com and guayaba.run (agent platforms whose docs name model tokens and LLM
// costs only).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Agents3Tools: Tool[] = defineTools(
  'agents',
  [
    // --- No-code agent builders and hosted agent platforms ---
    { id: 'open-agents-builder', name: 'Open Agents Builder', vendor: 'CT Tornado spółka z o.o.', domains: ['openagentsbuilder.com'], source: 'https://app.openagentsbuilder.com/content/terms' }, // terms (Wroclaw): a platform to create, distribute and manage AI-powered surveys, interactive chats and multifunctional AI agents
    { id: 'chatagents-io', name: 'Chatagents.io', vendor: 'Xenyo Limited', domains: ['chatagents.io'], source: 'https://www.chatagents.io/terms-service' }, // terms: build AI-powered agents that answer from added knowledge (RAG) and act through skill sets such as Sheets, Calendar and email
    { id: 'prowex', name: 'Prowex', vendor: 'Prowex', domains: ['prowex.ai'], source: 'https://prowex.ai/acceptable-use' }, // acceptable use: the Prowex AI Agents Platform, with AI-specific rules for agents' AI-generated outputs
    { id: 'agentland-saarland', name: 'Agentland.saarland', vendor: 'Agentland.saarland', domains: ['agentland.saarland'], source: 'https://agentland.saarland/avv' }, // AVV (German): a KI-Agenten-Plattform for creating AI-supported chatbots and agents, with RAG
    { id: 'abundly', name: 'Abundly', vendor: 'Abundly', domains: ['abundly.ai'], source: 'https://docs.abundly.ai/features/documents' }, // docs: each agent works on its own documents, Vision AI describes images and audio is transcribed for the agent
    { id: 'agentruntime', name: 'AgentRuntime', vendor: 'AgentRuntime Labs Ltd', domains: ['agentruntime.io'], source: 'https://agentruntime.io/legal/acceptable-use-policy' }, // acceptable use: infrastructure to build, deploy and operate AI agents and automated workflows
    { id: 'ohwow', name: 'ohwow', vendor: 'ohwow', domains: ['ohwow.fun'], source: 'https://www.ohwow.fun/docs/credits-and-plans' }, // docs: every agent action consumes credits that map to the AI model tokens the agents use
    { id: 'agent-ai-aisoftwareservices', name: 'Agent AI (AI Software Services)', vendor: 'AI Software Services', domains: ['agent.aisoftwareservices.ro'], source: 'https://agent.aisoftwareservices.ro/privacy-policy' }, // privacy (Romania, GDPR): conversations with Agent AI and Voice AI features with transcripts and voice synthesis
    { id: 'ai-kit-schnell', name: 'AI Kit (schnell.digital)', vendor: 'schnell.digital', domains: ['ai-kit.schnell.digital'], source: 'https://docs.ai-kit.schnell.digital/best-practices/data-privacy-in-automations' }, // docs: automations with LLM prompt steps on OpenAI, Anthropic, Mistral or self-hosted Ollama
    // --- LLM workflow automation ---
    { id: 'workerflow', name: 'Workerflow.ai', vendor: 'Workerflow.ai', domains: ['workerflow.ai'], source: 'https://workerflow.ai/privacy' }, // privacy: a workflow platform whose AI features (agent nodes, guardrails, data structuring) run on AI sub-processors such as OpenAI
    { id: 'autn', name: 'Autn', vendor: 'AI Workflow Inc.', domains: ['autn.io'], source: 'https://www.autn.io/privacy' }, // privacy: an AI workflow automation platform; workflow generation and AI chat go to OpenAI, Anthropic and Google
    // --- Browser and computer-use agents ---
    { id: 'skylight-agent', name: 'Skylight', vendor: 'Skylight', domains: ['launchskylight.com'], source: 'https://docs.launchskylight.com/features/agents/built-in' }, // docs: a proprietary computer-use agent on cloud instances, run on Anthropic's Sonnet 3.7
    { id: 'xpress-ai', name: 'Xpress AI', vendor: 'Xpress AI', domains: ['xpress.ai'], source: 'https://docs.xpress.ai/how-to/agents/assign-desktop-to-agent' }, // docs: agents given cloud desktops operate graphical apps through Claude computer use
    { id: 'usedesktop', name: 'UseDesktop', vendor: 'UseDesktop', domains: ['usedesktop.com'], source: 'https://usedesktop.com/privacy-policy' }, // privacy: a desktop agent app with local or cloud AI inference, screen perception and an agent marketplace
    { id: 'lapu-ai', name: 'Lapu AI', vendor: 'Lapu AI', domains: ['lapu.ai'], source: 'https://lapu.ai/blog/ai-desktop-companion' }, // vendor blog on its own product: a desktop AI agent for macOS and Windows that acts in real apps with permission
    { id: 'autonomous-desktop-agent', name: 'Autonomous Desktop Agent', vendor: 'MixedMakerShop', urlPrefixes: ['mixedmakershop.com/autonomous-desktop-agent'], source: 'https://mixedmakershop.com/autonomous-desktop-agent/privacy' }, // privacy: a macOS app that sends screenshots and your goal to Anthropic to plan mouse and keyboard actions
    // --- AI voice and phone agents for businesses ---
    { id: 'the-voice-pal', name: 'The Voice Pal', vendor: 'The Voice Pal, Inc.', category: 'audio', domains: ['thevoicepal.com'], source: 'https://www.thevoicepal.com/privacy.html' }, // privacy: an AI phone receptionist; call audio streams to OpenAI's Realtime API and the AI books appointments
    { id: 'aichattervox', name: 'AI ChatterVox', vendor: 'AI ChatterVox Consulting', category: 'audio', domains: ['aichattervox.com'], source: 'https://www.aichattervox.com/privacy' }, // privacy (Toronto): a managed AI voice agent service that answers calls, books appointments and qualifies leads
    { id: 'humaify', name: 'Humaify', vendor: 'Humaify UG (haftungsbeschränkt)', category: 'audio', domains: ['humaify.de'], source: 'https://humaify.de/legal/datenschutz-anrufende' }, // privacy notice for callers (German): a KI-Telefon-Agent that takes and transcribes incoming calls for businesses
    { id: 'smartvoicehub', name: 'SmartVoiceHub', vendor: 'SmartVoiceHub', category: 'audio', domains: ['smartvoicehub.com'], source: 'https://smartvoicehub.com/pl/terms-and-conditions' }, // terms (Polish): an AI agent service billed by call minutes; the AI agent announces call recording
    { id: 'autointelligent', name: 'AutoIntelligent', vendor: 'AutoIntelligent ApS', category: 'audio', domains: ['autointelligent.eu'], source: 'https://autointelligent.eu/en/privacy.html' }, // privacy (Denmark): an AI phone agent for auto service centres; Anthropic's model answers, Deepgram and ElevenLabs do speech
    // --- AI chat agents for websites and messaging ---
    { id: 'chative', name: 'Chative', vendor: 'Chative', domains: ['chative.io'], source: 'https://chative.io/docs/ai-agent-faqs' }, // docs: AI Agent plans whose agents are trained on files, products and URLs and answer customers
    { id: 'flint-useflint', name: 'Flint (useflint.ai)', vendor: 'Flint', domains: ['useflint.ai'], source: 'https://useflint.ai/pricing' }, // pricing: billed per conversation in which your AI agent responds; AI agents connected to CRMs and calendars
    { id: 'umiplex', name: 'Umiplex', vendor: 'Umiplex', domains: ['umiplex.com'], source: 'https://umiplex.com/docs/user-guide/agent/settings' }, // docs: AI agent settings with credit limits, embedding and lead webhooks
    { id: 'hazcita', name: 'HazCita', vendor: 'HazCita', domains: ['hazcita.com'], source: 'https://www.hazcita.com/terminos.html' }, // terms (Spanish): an AI-based assistant for real-estate agents that answers WhatsApp leads, qualifies them and books visits
    // --- Vertical agents and assistants that act for the user ---
    { id: 'billabex', name: 'Billabex', vendor: 'Billabex', domains: ['billabex.com'], source: 'https://support.billabex.com/portal/fr/kb/articles/fonctionnement-de-l-agent-ia' }, // help centre (French): the AI agent at its core plans and sends invoice reminders and follows up replies
    { id: 'textmyagent', name: 'TextMyAgent', vendor: 'TextMyAgent', domains: ['yourtextagent.com'], source: 'https://yourtextagent.com/blog/what-is-a-personal-ai-agent/' }, // vendor blog on its own product: an AI agent reached by text that checks calendars, books meetings and drafts email
    { id: 'inlinked', name: 'InLinked', vendor: 'InLinked', category: 'productivity', domains: ['inlinked.io'], source: 'https://inlinked.io/privacy' }, // privacy: turns a brief and a LinkedIn connections export into a ranked warm-intro plan with Anthropic's AI
    { id: '247agents', name: '247Agents', vendor: '247Agents', category: 'coding', domains: ['247agents.io'], source: 'https://247agents.io/docs/getting-started/add-credits' }, // docs: credits pay for the AI agents and language-model calls that plan, code and maintain your project
    // --- AI chat, research and documents ---
    { id: 'enpointe-workflow', name: 'Workflow (enpointe)', vendor: 'Workflow', category: 'chat', domains: ['workflow.enpointe.io'], source: 'https://workflow.enpointe.io/privacy-policy/' }, // privacy: an enterprise AI chat aggregation platform for many AI models in one interface
    { id: 'reseach-ai', name: 'Reseach AI', vendor: 'Reseach AI', category: 'search', domains: ['reseach-ai.org'], source: 'https://www.reseach-ai.org/en/privacy' }, // privacy: uploaded research documents analysed and summarised by AI on the DeepSeek API
    { id: 'lector-ai', name: 'lector.ai', vendor: 'lector.ai GmbH', category: 'productivity', domains: ['lector.ai'], source: 'https://legal.app.lector.ai/html/lector.ai_agbs.html' }, // terms (German, Bremen): a cloud service that processes uploaded documents with AI; LLMs on Azure OpenAI and Vertex AI
  ],
  { checked: CHECKED_C22 },
);
