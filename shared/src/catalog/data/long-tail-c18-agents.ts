// Eighteenth session, agents pass (2026-12-06, issue 15, helper `agents`): AI agents and automation the catalog still
// missed. No-code and low-code agent builders and agent platforms, "AI employees" and AI coworkers that take a role and
// act in the user's apps, browser agents (an extension, cloud-browser agent APIs, a natural-language scraping API),
// assistants that act inside Gmail, Google Calendar, Google Sheets and Slack, and the hosted services that run the
// open-source OpenClaw and Hermes agents for their subscribers (managed instances with web dashboards and model access),
// plus one German model-API provider met by accident.
//
// Leads. 48 look-ups of the stored `pages` corpus (one of `docs`), worded the way vendors word their own terms, privacy
// policies, AI-use notices, help centres and docs: agent-builder terms, browser- and computer-use-agent privacy pages
// naming the model providers, "AI employee" and "AI worker" help articles, workflow docs with LLM steps, agent
// marketplaces, OpenClaw and Hermes hosting terms, Google Workspace assistants' limited-use notices, in English,
// German, French, Spanish, Portuguese, Italian, Japanese, Chinese and Korean. Every row cites a page, with a path, on
// the product's own host (or its vendor's); each page says in the vendor's words that the product runs AI agents,
// answers or acts with AI or names the model providers it sends work to. Candidate hosts were run through
// /work/helpers/classify-hosts.mts and the catalog grepped by name first. Already entries, left to them:
// myagentcloud.ai, avelion.in, xtagents.com, buildmyagent.io, sistava.com, omniatix.chat, elinaia.com.mx, iassistance.app,
// actordo.com, frony.ai, mycontentgpt.com, inteligenciabot.com, oatda.com, cortexion.ai, docs.credal.ai,
// help.browse.ai, docs.agience.ai, dibrain.wenge.com (Wenge's X-Agent platform, under the catalog's `wenge-ai`),
// spreadsheetagent.com, and the support pass's kind: anydialog, talkforce, cloud-i-a.it, aisupportpro.it. Two hosts
// are claimed alone because their parents are not the AI product: browsefleet.rematrixv.com (BrowseFleet's agent API)
// and slacktone.projectgreenbelt.com (SlackTone AI).
//
// Measured with /work/helpers/classify-hosts.mts on the 303 hosts the searches returned (vendors, blogs, news, docs
// mirrors and shared hosts alike, ../hosts-met.txt in the pass's worktree): 43 classified before (14.2%), 79 (26.1%)
// after.
//
// Left out. Blogs, glossaries, guides and news even where the publisher is an agent vendor (noca.ai, futurecoworker.ai,
// agenno.org, disp8ch.com, gobii.ai's blog, betteryeah.com, trydock.ai, yardwork.dev, jeeva.ai, zylos.ai, surfs.dev,
// startupformulas.com); agencies and done-for-you services that set up agents rather than sell a tool
// (agentsmith.agency, agenceautomate.com, lunioncom.com, incote.click, iafirstbrasil.com, ilmiobot.it,
// managemyclaw.com, managedopenclaw.com, aprettygoodclub.com, dashboard.touchworks.com.br); pages that never say AI or
// a model, only "agent" (runinterface.com's computer-use docs, phantombrowser.ai, agents.craft.do, sheetos.ai,
// usenaive.ai's browser docs, openteam.ai, webscrape.ai, asksecretary.com); general products with an AI
// feature (AffZero's Describe It, HasData's and Hypedata's LLM extraction, yetanotherapi.com, Coherent's Excel agent,
// Agiled's AI workers, autocloser.com.br, restaurant-startup.app, the Santiago anti-detect browser, bird.com,
// bureau24.fr, heyy.io's inbox); agent-payment and agent-job markets and x402 APIs that are not AI tools themselves
// (paegents.com, myagentguard.com, jobsinai.com, agiatm.ai, mobinet.ai, stablebrowser.dev, docs.memly.site) and the
// agentbuilders.app and sandbox0.ai hosting layers; drafts with placeholders (calendar-assistant.click,
// aiworkforce.app.agipro.dev, wardwoodshop.com, gosper-web.pages.dev); a staging host (staging.privateclawd.com); private or personal assistants (emilyaidigital.uk, ai-email.dhakalnirajan.com.np,
// leandroardissone.com, carlosplf.com); `?p=` pages (aibuildhubs.com); third-party Hermes sites (hermes-agent.ai,
// hermesbible.com, agent-hermes.ru); simpleclaw.org (a policy that names another product); and shared platforms and code
// mirrors (git.lzwcai.com's Page Agent policy, conan-online.fbcontent.cn, koreai.mintlify.app, agentxchange-web.vercel.app,
// assistant-2d7.pages.dev, digital-employee-docs.pages.dev, getclawdbot.pages.dev, open-claw-desktop-app.vercel.app,
// eggella.pages.dev, browserciity-website.pages.dev, chen-1912.github.io, agate-spoon-bc6.notion.site).
// Leads for other entries: autobrowser.dev (an extension the catalog's `autobrowser-extension` may already be; the
// seventeenth-session leads pass left it for the same reason), easyclaw.co (a hosted OpenClaw that may be the
// catalog's `easyclaw` at easyclaw.com), atiendeia.com and konsul.digital (WhatsApp answer bots, the support pass's kind),
// bldbot.site (an agent workspace for support channels).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18AgentsTools: Tool[] = defineTools(
  'agents',
  [
    // --- Agent builders and agent platforms ---
    { id: 'agentplugged', name: 'AgentPlugged', vendor: 'AgentPlugged', domains: ['agentplugged.ai'], source: 'https://agentplugged.ai/en/terms' }, // terms: a platform to generate, sandbox, deploy and host AI agents that use language models and skills
    { id: 'externai', name: 'ExternAI', vendor: 'ExternAI', domains: ['externai.com'], source: 'https://externai.com/terms' }, // terms: autonomous AI agents and APIs; inputs processed by OpenAI, Anthropic and other LLM providers
    { id: 'higent', name: 'Higent', vendor: 'KTR Solutions GmbH', domains: ['higent.ai'], region: 'europe', source: 'https://higent.ai/tos' }, // terms (German): an AI platform for building and running intelligent agents, workflows and automations
    { id: 'nowflow', name: 'NowFlow', vendor: 'NowFlow', domains: ['nowflow.io'], source: 'https://nowflow.io/docs/blocks/agent_orchestrator' }, // docs: a block that orchestrates several AI agents on GPT-4o, GPT-5 and Claude models
    { id: 'blueish-agents', name: 'BLUEISH Agents', vendor: 'BLUEISH Inc.', domains: ['blueish-agents.com'], region: 'japan', source: 'https://app.blueish-agents.com/terms' }, // terms (Japanese): a corporate AI-agent platform whose agents decide and act on their own, with browser operation
    { id: 'tale-dev', name: 'Tale (tale.dev)', vendor: 'Tale', domains: ['tale.dev'], source: 'https://docs.tale.dev/platform/automations/concepts' }, // docs: a chat and agent platform whose automations have LLM steps that prompt an AI model
    { id: 'prowpt', name: 'Prowpt', vendor: 'Prowpt', domains: ['prowpt.ai'], source: 'https://prowpt.ai/docs/workflows' }, // docs: workflows that combine data, notifications and AI steps, with LLM chat actions
    { id: 'crhq', name: 'CRHQ', vendor: 'CRHQ', domains: ['crhq.ai'], source: 'https://crhq.ai/agent-risk' }, // its AI agent risk notice: autonomous AI agents that send email, edit documents and browse on the user's behalf
    { id: 'aisapiens', name: 'AIsapiens', vendor: 'AIsapiens', domains: ['aisapiens.ai'], region: 'europe', source: 'https://www.app.aisapiens.ai/legal/terms/?lang=en' }, // terms: SaaS modules billed in AI/LLM credits, among them an omnichannel response agent (Italy)
    { id: 'skillswarm', name: 'SkillSwarm', vendor: 'SkillSwarm', domains: ['skillswarm.app'], source: 'https://www.skillswarm.app/docs/using-agents/hiring' }, // docs: hired agents chat and call tools, messages processed by Google Gemini
    { id: 'opencompany-cloud', name: 'OpenCompany (opencompany.cloud)', vendor: 'OpenCompany', domains: ['opencompany.cloud'], source: 'https://www.opencompany.cloud/privacy' }, // privacy: prompts routed to the model providers the user picks (OpenAI, Anthropic), results written back to the user's tools
    { id: 'the-ai-platform-zephyr', name: 'The AI Platform (theaiplatform.app)', vendor: 'Zephyr Cloud, Inc.', domains: ['theaiplatform.app'], source: 'https://theaiplatform.app/terms' }, // terms: AI model routing, specialist agents and mini apps in web, desktop and mobile apps
    // --- AI employees, AI workers and AI coworkers ---
    { id: 'gobii', name: 'Gobii', vendor: 'Gobii', domains: ['gobii.ai'], source: 'https://docs.gobii.ai/start-here/what-is-gobii' }, // docs: a Gobii is a persistent AI employee with a role, tools, browser work and approvals
    { id: 'humatron', name: 'Humatron', vendor: 'Humatron', domains: ['humatron.ai'], source: 'https://humatron.ai/overview' }, // overview: AI workers, autonomous digital employees that join a team's channels and processes
    { id: 'myemployees-ai', name: 'AI Employees (myemployees.ai)', vendor: 'AI Agency Group', domains: ['myemployees.ai'], source: 'https://myemployees.ai/privacy' }, // privacy: the AI Employees platform; chat, ticket and voice conversations with AI agents
    { id: 'groupthink-ai-coworkers', name: 'Groupthink', vendor: 'Groupthink', domains: ['groupthink.com'], source: 'https://groupthink.com/docs/ai_coworker_management' }, // docs: AI Coworkers, AI-powered systems given responsibilities, connections and monitors
    { id: 'zemuai', name: 'ZemuAI', vendor: 'ZemuAI', domains: ['zemuai.org'], source: 'https://zemuai.org/support/ai-workers' }, // help: AI workers configured with instructions, a model, knowledge, skills and triggers
    { id: 'kiworker', name: 'KI Worker', vendor: 'KI Worker', domains: ['kiworker.de'], region: 'europe', source: 'https://www.kiworker.de/agb' }, // terms (German): an "AI worker" service with AI-based handling of messages, operations and phone minutes
    { id: 'hire-kayla', name: 'Hire Kayla', vendor: 'Hire Kayla', domains: ['hirekayla.com'], source: 'https://hirekayla.com/privacy' }, // privacy: AI phone agent that answers calls, books appointments and writes AI call analysis
    // --- Browser agents and AI scraping ---
    { id: 'ai-web-agent-thebrowseragent', name: 'AI Web Agent (thebrowseragent.com)', vendor: 'AI Web Agent', domains: ['thebrowseragent.com'], source: 'https://www.thebrowseragent.com/privacy.html' }, // privacy: a Chrome agent that sends page DOM and screenshots to Anthropic, OpenAI or Google to decide its next action
    { id: 'rearray', name: 'Rearray', vendor: 'Rearray', domains: ['rearray.ai'], source: 'https://rearray.ai/docs/platforms-and-agents/agents' }, // docs: agents run tasks in isolated browser sessions, with an interactive AI chat that builds workflows
    { id: 'browsefleet', name: 'BrowseFleet', vendor: 'BrowseFleet', category: 'developer-platform', domains: ['browsefleet.rematrixv.com'], source: 'https://browsefleet.rematrixv.com/docs/agent' }, // docs: an Agent API where Claude or GPT-4o drives a cloud browser from a natural-language task (subdomain only)
    { id: 'skop-dev', name: 'Skop', vendor: 'Skop', category: 'developer-platform', domains: ['skop.dev'], source: 'https://docs.skop.dev/api-reference/endpoint/create-job' }, // API docs: scraping jobs described by a natural-language prompt, documents kept above an AI confidence score
    // --- Assistants that act in Gmail, Calendar, Sheets and Slack ---
    { id: 'personal-assist-sortedday', name: 'Personal Assist (sortedday.com)', vendor: 'Sorted Day', category: 'productivity', domains: ['sortedday.com'], source: 'https://www.sortedday.com/privacy-policy' }, // privacy: a Google Workspace assistant; OpenAI's GPT-4 drafts email replies and powers its chat
    { id: 'my-sheetagent', name: 'My SheetAgent', vendor: 'My SheetAgent', category: 'productivity', domains: ['mysheetagent.com'], source: 'https://mysheetagent.com/terms' }, // terms: a Google Sheets add-on that acts as an AI agent on natural-language commands
    { id: 'gridie', name: 'Gridie', vendor: 'Gridie', category: 'productivity', domains: ['gridie.ai'], source: 'https://gridie.ai/en/docs/agent/agent_settings' }, // docs: a spreadsheet agent with custom rules, AI memory and AI notes
    { id: 'slacktone-ai', name: 'SlackTone AI', vendor: 'Project Greenbelt', category: 'writing', domains: ['slacktone.projectgreenbelt.com'], source: 'https://slacktone.projectgreenbelt.com/privacy' }, // privacy: Slack messages sent to OpenAI's GPT-4o-mini for tone analysis (subdomain only)
    // --- Hosted OpenClaw and Hermes agents ---
    { id: 'openclaw-cloud-io', name: 'OpenClaw Cloud (openclaw-cloud.io)', vendor: 'OpenClaw Cloud', domains: ['openclaw-cloud.io'], source: 'https://openclaw-cloud.io/en-US/terms/' }, // terms: AI agent hosting; agents perform tasks for the user under AI providers' terms
    { id: 'clawhost', name: 'ClawHost', vendor: 'ClawHost', domains: ['clawhost.online'], source: 'https://clawhost.online/terms' }, // terms: managed servers running the OpenClaw AI agent with the user's Anthropic, OpenAI or Google keys
    { id: 'easyopenclaw', name: 'OpenClaw Hosting (easyopenclaw.org)', vendor: 'OpenClaw Hosting', domains: ['easyopenclaw.org'], source: 'https://www.easyopenclaw.org/terms' }, // terms: managed OpenClaw AI assistant instances; an AI output disclaimer for third-party models
    { id: 'openclawai-run', name: 'OpenClawAi.run', vendor: 'OpenClawAi.run', domains: ['openclawai.run'], source: 'https://openclawai.run/terms.html' }, // terms: hosted OpenClaw instances with a control console, using the user's OpenAI or Anthropic keys
    { id: 'secureopenclaw', name: 'SecureOpenClaw.ai', vendor: 'SecureOpenClaw.ai', domains: ['secureopenclaw.ai'], source: 'https://www.secureopenclaw.ai/terms' }, // terms: hosted OpenClaw agents whose AI requests go through its proxy to Anthropic, OpenAI and Google
    { id: 'clawcloud-net', name: 'ClawCloud (clawcloud.net)', vendor: 'ClawCloud', domains: ['clawcloud.net'], source: 'https://www.clawcloud.net/terms' }, // terms: OpenClaw instances in the cloud with web chat and included OpenAI and Anthropic model credits
    { id: 'hermes-fast', name: 'hermes.fast', vendor: 'Realtime Comms Ltd', domains: ['hermes.fast'], region: 'europe', source: 'https://hermes.fast/terms' }, // terms: servers pre-configured with the Hermes agent plus prepaid AI inference credit (England)
    // --- Found by accident ---
    { id: 'bns-ai-research-labs', name: 'BNS AI Research Labs', vendor: 'BNS AI Research Labs GmbH', category: 'developer-platform', domains: ['bns-labs.com'], region: 'europe', source: 'https://www.bns-labs.com/agb' }, // terms (German): API access to AI models plus training and fine-tuning (Berlin)
  ],
  { checked: CHECKED_C18 },
);
