// Fourteenth session, unlicensed-leads pass (2026-12-06, issue 15): AI products that four big lists of AI tools and
// AI companies name and the catalog did not match. None of the four has a licence file, so they were used only as a
// measurement and a lead, and nothing of theirs is taken or cited: manallen/awesome-ai-tools-by-traffic
// (data/traffic-snapshot-2026-06.json, the 30 most visited AI destinations of June 2026 by estimated monthly visits;
// commit 2f7d470b21f36775a28fcf2d06e6bdb1e1db946c), maysunyoung/awesome-ai-tools (the ten category files Art.md to
// Video.md; commit 5ec4c4c60566127abed364ca40148356a5802490), and the AI sectors of two portfolio scrapes,
// TheDarkNight21/a16z-oss-api (docs/sectors/ai.json with docs/companies/*.json; commit
// 018ed1aa2f03c855e2b48b59a66d3e5a579ccbb0) and TheDarkNight21/sequoia-oss-api (docs/categories/ai.json with
// docs/companies/*.json; commit 79a5364f5df6517b0be3c2b26ed7d6971d34d3e1). Measured before these rows, with
// /work/helpers/classify-hosts.mts on the distinct hosts: traffic list 28 of 30 (93.3%; the two misses are canva.com
// and notion.com, general software left out on purpose); maysunyoung 1,625 of 4,820 (33.7%); the a16z and Sequoia AI
// sectors together 79 of 219 (36.1%); after them 1,649 (34.2%) and 84 (38.4%). Most misses are general software with
// an AI feature (video and photo editors, CRMs, automation suites, site builders), infrastructure, biotech, robotics,
// defence and health-care companies, affiliate and app-store links, and small one-page tools nobody else lists.
// Selection rule: from the misses, the better known products that are AI-first and used in a browser (assistants and
// model aggregators, agent products for sales, support, IT and recruiting, AI research, voice, dubbing and image
// products); for each, one search of the stored `pages` or `docs` corpus for the vendor's own page, and a row only
// when that page (its docs, help centre or blog on its own host) or its own GitHub repository read at a commit names
// the product and sits on or links the host. Each row cites that exact page. Looked up and not found as the vendor's
// own page (left out for now): PixelDojo, ChatPlayground AI, OmniGPT, Syllaby, Highperformr, Markopolo, SurgeGraph,
// Telescope (gotelescope.ai), Blockit, Listen Labs, Insight7, Agency (agency.inc), Scribenote, Tennr, Kaiden AI,
// Quilt, Koolio, MindOS, DupDub, Twee, EarnBetter, mnml.ai, Epique AI, Mindy, Bible Chat (thebiblechat.com), Zocket,
// Booke AI, Tely AI, Hexus, Finster AI, Firsthand, Knowbase, Magicast, Tymely, Wizr, Vendict and Capably; only third
// parties (integration catalogues, MCP directories, blogs) describe them in the corpora. Orimon's docs are on
// gitbook.io, not its own host;
// Aidelly's docs are on aidelly.com, not the listed aidelly.ai, and it is a social-media manager with AI features.
// Crescendo's crescendocx.ai, named by its own blog, is added as a host of the existing `crescendo` entry
// (long-tail-vendors.ts); PolyAI's listed polyai.com has no vendor page in the corpora (its docs are on poly.ai, the
// existing entry's host). Hona's help centre is on hona.com, not the listed hona.ai, and is left out. Thoughtly's
// listed thought.ly belongs to the existing `thoughtly` entry's vendor, but no vendor page in the corpora names it, so
// no alias is added. Sensay (docs.sensay.io) is left out because an earlier pass (long-tail-c12-fa.ts) judged the
// name closed; its docs suggest the AI-replica product on sensay.io is live, a lead for a recheck. GoSearch
// (gosearch.ai, AI enterprise search) has its own API reference only at the root of docs.gosearch.ai, which the
// catalog counts as a homepage, so it waits for a page with a path.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools } from './define';

export const longTailC14UlleadsTools: Tool[] = defineTools(
  'agents',
  [
    // Vendors' own GitHub repositories, read at the commit in the URL.
    { id: 'myshell', name: 'MyShell', vendor: 'MyShell', category: 'chat', domains: ['myshell.ai'], source: 'https://github.com/myshell-ai/OpenVoice/blob/74a1d147b17a8c3092dd5430504bd83ef6c7eb23/README.md' }, // line 40: OpenVoice powers voice cloning on myshell.ai (app.myshell.ai), the platform of AI characters and bots; MIT licence file
    { id: 'thunderbit', name: 'Thunderbit', vendor: 'Thunderbit', domains: ['thunderbit.com'], source: 'https://github.com/thunderbit-com/thunderbit-mcp-server/blob/0167b2dd96199cc573ea9264506e2880f85353d2/README.md' }, // the AI web scraper; lines 9 and 17 link thunderbit.com/docs and app.thunderbit.com; MIT licence file
    { id: 'day-ai', name: 'Day AI', vendor: 'Day AI', category: 'productivity', domains: ['day.ai'], source: 'https://github.com/day-ai/day-ai-sdk/blob/f427c33d9d3d9b8f7e066bf4533992a2f9cf3966/README.md' }, // the AI-native CRM; line 194 gives https://day.ai as the instance URL (the vendor's own repository; no licence file)
    // Vendors' own documentation, help centres and pages, as stored in the `pages` corpus on the day.
    { id: 'heymilo', name: 'HeyMilo', vendor: 'HeyMilo', domains: ['heymilo.ai'], source: 'https://docs.heymilo.ai/guides/invite-candidates/sourcing' }, // AI interviewer and sourcing agents for hiring teams
    { id: 'wokelo', name: 'Wokelo', vendor: 'Wokelo', category: 'search', domains: ['wokelo.ai'], source: 'https://docs.wokelo.ai/buyer-screening-doc' }, // AI research for deals and corporate development
    { id: 'serval', name: 'Serval', vendor: 'Serval', domains: ['serval.com'], source: 'https://docs.serval.com/sections/documentation/platform/product-security' }, // AI help-desk and automation agents for IT teams
    { id: 'rox', name: 'Rox', vendor: 'Rox', domains: ['rox.com'], source: 'https://docs.rox.com/development/engineering/agent-swarm/human-agent-interaction' }, // agent swarm for sales teams
    { id: 'odin-ai-getodin', name: 'Odin AI', vendor: 'Odin AI', domains: ['getodin.ai'], source: 'https://learn.getodin.ai/agents/models' }, // agent builder with a model picker
    { id: 'hatz-ai', name: 'Hatz AI', vendor: 'Hatz', category: 'chat', domains: ['hatz.ai'], source: 'https://docs.hatz.ai/en/articles/13755447-ai-preferences' }, // secure AI chat and workflows sold through MSPs; tenants on subdomains such as MSP123.hatz.ai and admin.hatz.ai
    { id: 'straico', name: 'Straico', vendor: 'Straico', category: 'chat', domains: ['straico.com'], source: 'https://straico.com/platform-changelog/%F0%9F%9A%80-new-openai-compatible-api-v2' }, // one workspace for many chat, image and video models
    { id: 'speak-ai', name: 'Speak AI', vendor: 'Speak AI', category: 'meeting', domains: ['speakai.co'], source: 'https://help.speakai.co/en/articles/11898524-speak-live-transcription-api' }, // transcription and analysis of recordings and meetings (app.speakai.co)
    { id: 'zuma-leasing', name: 'Zuma', vendor: 'Zuma', domains: ['getzuma.com'], source: 'https://www.getzuma.com/post/multifamily-ai-operations-failures-and-solutions' }, // AI leasing agent for apartment operators
    { id: 'beyondwords', name: 'BeyondWords', vendor: 'BeyondWords', category: 'audio', domains: ['beyondwords.io'], source: 'https://docs.beyondwords.io/docs-and-guides/voices/customization' }, // AI voice and audio articles for publishers
    { id: 'ninjachat', name: 'NinjaChat AI', vendor: 'NinjaChat', category: 'chat', domains: ['ninjachat.ai'], source: 'https://docs.ninjachat.ai/search' }, // model aggregator with chat and AI search; API at ninjachat.ai/api/v1
    { id: 'gradient-labs', name: 'Gradient Labs', vendor: 'Gradient Labs', domains: ['gradient-labs.ai'], source: 'https://gradient-labs.ai/blog/why-your-knowledge-base-is-not-enough' }, // AI customer-support agent for financial services
    { id: 'spyne', name: 'Spyne', vendor: 'Spyne', category: 'image', domains: ['spyne.ai'], source: 'https://docs.spyne.ai/docs/transform-your-first-vehicle-1' }, // AI studio images, 360 spins and videos of vehicles for dealers
    { id: 'wordsmith-legal', name: 'Wordsmith', vendor: 'Wordsmith', category: 'productivity', domains: ['wordsmith.ai'], source: 'https://www.wordsmith.ai/articles/failure-analysis-the-critical-risk-of-general-purpose-llms' }, // legal AI for contract review and in-house legal teams
    { id: 'octocom', name: 'Octocom', vendor: 'Octocom', domains: ['octocom.ai'], source: 'https://docs.octocom.ai/docs/ai-knowledge-and-logic/bot-operating-model' }, // AI support agent for online shops
    { id: 'toqan', name: 'Toqan', vendor: 'Toqan', category: 'chat', domains: ['toqan.ai'], source: 'https://toqan.ai/knowledge/api-guide/' }, // AI assistant and agent builder; the app at work.toqan.ai
    { id: 'vodex', name: 'Vodex', vendor: 'Vodex', domains: ['vodex.ai'], source: 'https://docs.vodex.ai/api-reference/introduction' }, // AI voice agents for outbound and inbound calls
    { id: 'cx-genie', name: 'CX Genie', vendor: 'CX Genie', domains: ['cxgenie.ai'], source: 'https://documents.cxgenie.ai/bots/workflow' }, // AI support chatbots, live chat and tickets
    { id: 'ivy-ai', name: 'Ivy.ai', vendor: 'Ivy.ai', domains: ['ivy.ai'], source: 'https://ivy.ai/how-chatbots-work-the-4-step-process-to-maintain-human-supervised-ai/' }, // AI chatbots for colleges and public agencies
    { id: 'onereach-ai', name: 'OneReach.ai', vendor: 'OneReach.ai', domains: ['onereach.ai'], source: 'https://trust.onereach.ai/ai-governance-control/' }, // Generative Studio X, a platform for AI agents; customer environments on onereach.ai subdomains
    { id: 'freeday', name: 'Freeday', vendor: 'Freeday', domains: ['freeday.ai'], source: 'https://www.freeday.ai/blog-posts/ai-power-digital-employees' }, // AI "digital employees" for customer service, invoices and onboarding
    { id: 'superflows', name: 'Superflows', vendor: 'Superflows', domains: ['superflows.ai'], source: 'https://docs.superflows.ai/docs/api-specification/answers' }, // AI assistant that SaaS teams add to their product; the dashboard at dashboard.superflows.ai
    { id: 'lemni', name: 'Lemni', vendor: 'Lemni', domains: ['lemni.com'], source: 'https://lemni.com/docs/agents' }, // autonomous customer-care agents fed by email, phone, webhooks and store events
    { id: 'seam-ai', name: 'Seam AI', vendor: 'Seam AI', domains: ['getseam.ai'], source: 'https://docs.getseam.ai/guides/actions/routing' }, // AI prospecting and go-to-market agents that route contacts into the CRM
    { id: 'camb-ai', name: 'CAMB.AI', vendor: 'CAMB.AI', category: 'audio', domains: ['camb.ai'], source: 'https://docs.camb.ai/tutorials/transcription-with-sdk' }, // AI dubbing, speech and transcription; CAMB.AI Studio in the browser
  ],
  { checked: CHECKED_C14 },
);
