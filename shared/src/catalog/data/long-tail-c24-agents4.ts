// Twenty-fourth session, fourth agents pass (2026-12-07, helper `agents4`): AI agent products the catalog still
// missed, beside data/agents.ts, data/cat-agents-2.ts, data/long-tail-agents.ts and the sixteenth, eighteenth and
// twenty-second sessions' agents passes (data/long-tail-c16-agents.ts, data/long-tail-c18-agents.ts,
// data/long-tail-c22-agents3.ts), whose rows are not repeated here. Here: "AI employees" and outreach agents (an
// AI cold-email platform, autonomous AI support agents answering a Gmail inbox, an RFP drafting engine with
// sub-agents, an agent that answers inbound link-building emails); AI agents for press and podcast pitching (an
// AI press-release and journalist-pitch service, agentic PR tools, a podcast-guest marketplace whose pitches are
// generated); hosted agent platforms (a managed OpenClaw service on Claude, ChatGPT or Gemini, an agent workspace
// whose AI agents take real-world actions); an AI QA agent that plans, runs and maintains tests; an AI data analyst
// over a company's database; consumer agents that act for the user (an AI matchmaker that works connected Instagram
// accounts, a dating app where the users' AI agents talk to each other first); vertical agents and assistants (an
// AI government-contracting platform for medical-supply firms, an AI college sports recruiting platform, AI chat for
// car dealers' sites, an AI wedding-guest concierge, AI phone and email assistants for wedding vendors, an
// AI-assisted recruitment platform, statement extraction and categorisation for bookkeepers on Claude).
//
// Leads. 40 look-ups (38 in the stored `pages` corpus, 2 in `docs`), counted as they were made, worded the way
// vendors word their own privacy policies, terms, acceptable-use policies, AI disclosures, pricing and docs: AI SDR
// and "AI employee" credits, browser and computer-use agents, AI recruiters, AI bookkeepers, Gmail and Calendar
// assistants' limited-use notices, managed OpenClaw hosting, AI SOC analysts, RFP and tender agents, deep-research
// credits, inbox agents, multi-agent acceptable-use policies, AI data analysts, autonomous QA agents, ads agents, AI
// travel agents, Slack chiefs of staff, agent builders' and AI SDRs' docs, freight-broker agents, marketplace-seller
// agents, security-questionnaire agents, AI browsers' agent modes, "Agent Actions" clauses, AI interns and
// teammates; then narrower kinds the earlier passes had not searched: government contracting on SAM.gov, press and
// podcast pitching, supplier negotiation, influencer outreach, link building, grant writing, consumer agents that
// wait on hold or cancel subscriptions, AI matchmaking agents, student-athlete recruiting, car buying, apartment
// hunting and wedding planning; and in German (digitaler KI-Mitarbeiter), Italian (piattaforma agenti AI) and Dutch
// (AI-medewerker), which returned law-firm notes, consultancies and vendors already listed. The first two thirds of
// the queries, on the kinds earlier passes searched, met mostly listed products; the narrow kinds at the end (PR,
// dating, athletes, dealers, weddings) gave most of the rows. Every row cites a page with a path on the product's
// own host (for Wobby its docs. host under the claimed domain) where the vendor says the product drafts, answers,
// matches, pitches, tests or acts with AI, AI agents, language models or a named model provider. Two rows cite the
// vendor's own blog post about its own product (Mojar, Autonoma), as the c22 agents pass did for TextMyAgent and Lapu
// AI. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 259 hosts the searches returned (vendors, articles, news,
// docs mirrors and shared hosts alike, in /work/helpers/out/agents4-hosts.txt): 64 classified before (24.7%), 84
// after (32.4%).
//
// Already listed and left to their entries: Clara AI SDR, Auto Browser, Sorted Day's Personal Assist, AIHirer, Actor
// (actordo.com), AutoMatch Books AI, Book-Agent (bookagent.mynexussolution.com), Adaptive AI's CPA agents, Earling
// Labs' Bookkeeper, Bookeeping.ai, ClawHost, OpenClaw Cloud, OpenClaw Hosting (easyopenclaw.org), OpenClawAi.run,
// Vigilense, Mitigate's procurement app, Kimi, CrawlForge, Infrence, MailDigest AI, AI Mail Agent, My Agent
// Platform, AgentRuntime, Prowex, Agentivity, AI Analyst (agenticanalyst.io), Jeeva, TestSprite, TestGenAI, Raddivus,
// Itinera Planner, Kapso, Agent.ai, Instantly, FreightSurge, Numeo, AnyDialog, AI voor Impact, Nakijken.ai, XT
// Agents, AutoAgent (avelion.in), AgentCloud, CRHQ, AceInfluence, Leadmetrics, Creator Agent OS, Call My Agent,
// DealerAutoPilot, DealSmart AI, Rentalot, Landlord, RentalRelay, Rent Genie, Wedding OS (weddingos.ai), Sales
// Automation (app.athium.ai), Talent.AI's ATS and AI Agent B.V. (aiagent.nl).
//
// Two earlier traps are dropped because the product is now listed from a page that says AI: Mojar's blog post (the
// c19 sales pass kept its `.md` copy as "seen only on its blog"; the post is the vendor's own account of its AI
// drafting engine) and AgentHub's API docs on mvsagents.ai (the c21 leads pass found they do not say AI; its
// acceptable-use policy does).
//
// Claimed alone: finops.ronindatasolutions.com, whose parent ronindatasolutions.com was not read as the product.
//
// Same names kept apart: Wedding OS on aido-planner.com, AI phone and email assistants for wedding vendors, is not
// the catalog's Wedding OS (weddingos.ai, Stoked Seagull's planning platform); its name carries its host. AgentHub
// carries its operator's name, MVS Holdings.
//
// Doubtful rows, kept: Mojar and Autonoma are read from their co-founders' posts about their own products; Medialyst
// from its ethics page on the agentic PR tools it builds; AuraHire's terms describe an AI-assisted recruitment
// platform whose AI features are resume parsing, match scoring and bias detection; Wedding OS (aido-planner.com) is a
// second use of a name the catalog already lists; the FinOps name is the subdomain's, the page naming no brand.
//
// Left out. Placeholders, drafts and template hosts (aiworkforce.app.agipro.dev's "[[COMPANY_LEGAL_NAME]]",
// bookiva.themesforwebsite.com's "Legal Review Required" template of CallAgent AI, fivehives.ai's "[Name der
// KI-Agentur]", assistenza-scuola.com's "[Inserisci Nome]", hexelstudio.com's template notice again); `?p=` pages
// (hurma.work, appsrecord.com, callagent007.com, auxiliobits.com, liteworkdesign.com, sportsintel.ai, smirktech.com);
// shared platforms (HireAI on vercel.app, an Assistant on pages.dev, SelfRecruit.me on pages.dev, a browser copilot
// and a SAM.gov copilot on github.io, dealerautopilot.polsia.app, a staging OpenMined host, stg.numeo.ai); general
// products where AI is one feature (selvion.io's CRM, a CRM script's AI SDR on docs.themesic.com,
// automatedcommerce.ai, agorum's ALBERT | AI, betterplanner.co, athletebound.com,
// ShowMojo's AI leasing add-on); pages that do not say the product uses AI (repliably.com, inboxagents.ai's terms,
// docs.miteos.com's email agent, adsagent.md as c18 found, podpitch.com, govdraft.com, samgovbidfinder.com,
// influoai.co, offersecured.com, wiathlete.com, aoagents.it's policy, aivendorpacket.com, askunclesam.ai as c22
// found); infrastructure for agents that is not an AI tool itself (multipowerai.com, myagentguard.com, paegents.com,
// loomal.ai, agentcall.co, negoshify.com's MCP server, aci.dev, agentmail.to); done-for-you services and agencies
// (huffmanai.com's AI employee engagements, cloudnsite.com, theconciergeauto.com's human negotiators); a
// student screening project (hiredrift.in, as c17 and c20 decided); an app developer's site whose AI Bookkeeping app
// has no host of its own (usovdigital.com).
// Leads: docs.revenuesol.com ("AI Employee" credits on a platform whose wider product was not read),
// govprocurementai.com (GovAI, whose summary policy names models only in a training disclaimer), aiployees.com
// (terms that speak of AI-powered platforms without describing one), spendsignoff.com (an agentic ad operator seen
// only in its guide), baudex.ai (a Dutch "Baudex AI" SaaS whose policy speaks of prompts and output), haulbase.ai and
// keelway.com again, qlane.ai (a testing agent whose billing docs do not say AI) and the freight, dating and wedding
// kinds, which the searches had only begun.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const longTailC24Agents4Tools: Tool[] = defineTools(
  'agents',
  [
    // --- AI employees and outreach agents ---
    { id: 'sendlume', name: 'Sendlume', vendor: 'Sendlume', category: 'writing', domains: ['sendlume.com'], source: 'https://sendlume.com/privacypolicy' }, // privacy: an AI-powered cold-email outreach platform that generates personalised emails from the user's profile and campaign data
    { id: 'emailsupportai', name: 'EmailSupportAI', vendor: 'Avantis Innovations LLC', domains: ['emailsupportai.com'], source: 'https://emailsupportai.com/terms' }, // terms: autonomous AI support agents, trained on the customer's website, that generate replies to incoming emails in a Gmail inbox
    { id: 'mojar', name: 'Mojar', vendor: 'Mojar', domains: ['mojar.ai'], source: 'https://www.mojar.ai/blog/marketing-sales/ai-rfp-proposal-drafting-engine' }, // co-founder's post on its own product: an RFP drafting engine that reads the knowledge base and drafts cited, gap-flagged proposal sections with sub-agents
    { id: 'citationbench', name: 'CitationBench', vendor: 'CitationBench', domains: ['citationbench.com'], source: 'https://www.citationbench.com/docs/playbooks/auto-respond-to-link-requests' }, // docs: an agent classifies inbound link-building emails, drafts and sends replies behind LLM-checked gates, billed in credits
    // --- Press and podcast pitching ---
    { id: 'pitchbud', name: 'PitchBud.io', vendor: 'Archieboy', category: 'writing', domains: ['pitchbud.io'], source: 'https://www.pitchbud.io/terms' }, // terms: AI-drafted press releases and an AI scanner that finds journalists and drafts personalised pitches
    { id: 'medialyst', name: 'Medialyst', vendor: 'Medialyst', domains: ['medialyst.ai'], source: 'https://medialyst.ai/ethics' }, // ethics page: the rules its agentic PR tools follow as AI agents research journalists and draft pitches
    { id: 'wirepitch', name: 'WirePitch', vendor: 'WirePitch', domains: ['wirepitch.com'], source: 'https://wirepitch.com/legal/privacy' }, // privacy: a podcast-guest marketplace whose pitches are generated for guests (model and prompt versions logged); guest bios embedded with OpenAI
    // --- Hosted agent platforms ---
    { id: 'openclaw-ag', name: 'OpenClaw.ag', vendor: 'CloudCraftr LLP', domains: ['openclaw.ag'], source: 'https://www.openclaw.ag/service-delivery' }, // service page: managed personal AI assistants on OpenClaw that run on Claude, ChatGPT or Gemini over Telegram, Discord or WhatsApp
    { id: 'agenthub-mvs', name: 'AgentHub (MVS Holdings)', vendor: 'MVS Holdings', domains: ['mvsagents.ai'], source: 'https://www.mvsagents.ai/legal/aup' }, // acceptable use: AgentHub lets teams trigger real-world actions through AI agents (email, ticketing, payments, sandboxed code)
    // --- Testing and data agents ---
    { id: 'autonoma', name: 'Autonoma', vendor: 'Autonoma', category: 'coding', domains: ['getautonoma.com'], source: 'https://getautonoma.com/blog/what-an-ai-qa-agent-actually-does' }, // co-founder's post on its own product: an AI QA agent whose three agents plan, execute and maintain tests from the codebase
    { id: 'wobby', name: 'Wobby', vendor: 'Wobby', category: 'search', domains: ['wobby.ai'], source: 'https://docs.wobby.ai/governance/how-ai-analyst-handles-your-data' }, // docs: its AI Analyst answers questions on a company's database; an AI provider writes the query from the semantic layer and summarises the rows
    // --- Consumer agents that act for the user ---
    { id: 'letsmatch', name: 'LetsMatch', vendor: 'LetsMatch', domains: ['letsmatch.ai'], source: 'https://www.letsmatch.ai/privacy-policy' }, // privacy: AI-powered matchmaking and social automation; the AI acts and writes messages for the user on a connected Instagram account
    { id: 'zibble', name: 'Zibble', vendor: 'Zibble', domains: ['zibble.pro'], source: 'https://zibble.pro/privacy' }, // privacy: a dating app whose users' custom AI agents talk with other users' agents to find matches and break the ice
    // --- Vertical agents and assistants ---
    { id: 'govetract', name: 'GovEtract', vendor: 'GovEtract', category: 'productivity', domains: ['govetract.com'], source: 'https://www.govetract.com/privacy' }, // privacy: an AI-powered government-contracting platform for medical-supply companies (SAM.gov opportunities, proposals, AI-generated recommendations)
    { id: 'athly-ai', name: 'Athly AI', vendor: 'Lorenzo Peluso (Athly AI)', category: 'productivity', domains: ['athlyai.com'], source: 'https://athlyai.com/privacy' }, // privacy (Italy, GDPR): an AI-powered college sports recruiting platform with an AI assistant and emails to coaches
    { id: 'car-genius-ai', name: 'Car Genius AI', vendor: 'Car Genius AI, Inc.', category: 'chat', domains: ['cargenius.ai'], source: 'https://www.cargenius.ai/privacy' }, // privacy: AI-powered tools for car dealers and the AI chat experiences it runs on dealers' sites to help consumers find a vehicle
    { id: 'luvvy-duvvy', name: 'Luvvy Duvvy (Venus)', vendor: 'Luvvy Duvvy', domains: ['luvvyduvvy.com'], source: 'https://luvvyduvvy.com/privacy' }, // privacy: Venus, an AI wedding-guest concierge that answers guests' texts and calls for couples and planners and flags what needs a human
    { id: 'wedding-os-aido-planner', name: 'Wedding OS (aido-planner.com)', vendor: 'Wedding OS', domains: ['aido-planner.com'], source: 'https://aido-planner.com/privacy' }, // privacy: AI-powered communication assistants for wedding vendors that handle email enquiries and calls and book appointments from Google Calendar
    { id: 'aurahire', name: 'AuraHire', vendor: 'AuraHire', category: 'productivity', domains: ['aurahire.site'], source: 'https://aurahire.site/legal/terms' }, // terms: an explainable AI-assisted recruitment platform whose machine-learning features parse resumes, score matches and detect bias
    { id: 'ronin-finops', name: 'FinOps (Ronin Data Solutions)', vendor: 'Ronin Data Solutions', category: 'other', domains: ['finops.ronindatasolutions.com'], source: 'https://finops.ronindatasolutions.com/privacy' }, // privacy: financial tools for bookkeepers that use Anthropic's Claude models to extract statement transactions, suggest charts of accounts and categorise (subdomain only)
  ],
  { checked: CHECKED_C24 },
);
