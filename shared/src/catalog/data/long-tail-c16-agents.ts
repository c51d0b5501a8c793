// Sixteenth session, agents pass (2026-12-06, issue 15, helper `agents`): AI agents, the category the issue calls weak
// (general agents, browser and computer-use agents, agent builders, vertical agents for sales, recruiting, finance,
// IT operations and security, agent marketplaces, voice-agent builders, coding agents with web apps).
//
// Leads. The pinned agent lists were fetched again (free): ARUNAGIRINATHAN-K, Zijian-Ni, bsaisuryacharan, jaylfc and
// Keesan12's awesome-ai-agents-2026, alternbits/awesome-ai-agents, aiagenta2z/ai-agent-marketplace (DeepNLP),
// slavakurilyak/awesome-ai-agents, danielrosehill/Awesome-AI-Agents-And-Assistants and LiNoah/awesome-ai-agent-products
// all still stand at the commit pinned in LISTS, so no new list was pinned (Agenta-AI/awesome-ai-agent-platforms has
// no snapshot here). e2b-dev/awesome-ai-agents (CC BY-NC-SA 4.0 licence file, at 6af02e9) was measured only, as a
// lead. Every link of those eleven lists, GitHub, badge, social, paper and store hosts left out, gives 1,509 distinct
// hosts (one URL each): 704 classified (46.7%) before this pass, 710 (47.1%) after. Nearly all the misses are news,
// blogs, articles, AI directories, robots, crypto-agent projects, consultancies and general software; the earlier
// passes (twelfth-session lists-d, fourteenth-session lead pass) took the products and named what they left. Per list:
// ARUNAGIRINATHAN-K 117/173, Keesan12 113/168, Zijian-Ni 140/301 (146 after), jaylfc 118/240 (122 after),
// bsaisuryacharan 99/136, slavakurilyak 140/165, danielrosehill 45/51, LiNoah 29/38, alternbits 11/15, DeepNLP
// 269/734, e2b-dev 112/228.
// What the pinned lists still named and the catalog lacked is cited to them with `listed(...)`: Thinking Machines
// Lab, the Hunyuan Hy3 pages on hy.tencent.com, Amazon Nova's page on aws.amazon.com, Microsoft AI's site, the Phi
// page on Azure and the Hermes voice-agent platform (Zijian-Ni's list, MIT, at the pinned commit).
//
// The second lead list was assembled by hand: 555 hosts and URLs of well-known and newer agent products in the kinds
// above (Manus-like general agents, browser agents, agent builders, SDR, recruiting, finance, legal, SOC, SRE and
// voice agents, coding agents, the agent pages of clouds and suites), in five batches. It classified 416 of 555
// (75.0%) before and 445 (80.2%) after; most of the 110 misses left are suites' marketing pages, guessed hosts and
// leads with no vendor page. For each real AI miss one search of the stored `docs` or `pages` corpus (58 look-ups in
// all, one of them a find_files for a commit) or a free fetch of the vendor's own repository; a row only where the
// vendor's own docs, help centre, blog or repository (at the commit in the URL) names the AI product on its host.
// Five hosts went to existing entries, each with its source in a comment on that row: hy.tencent.com (`hunyuan`,
// regional-china.ts), the prefix aws.amazon.com/nova (`amazon-nova`, long-tail-vendors-8.ts), pickaxe.co and
// api.pickaxe.co (`pickaxe`, long-tail-c12-c.ts), pipecat.daily.co (`pipecat`, long-tail-vendors-6.ts) and
// studio.botpress.cloud (`botpress`, agents.ts).
//
// Left out: news, blogs and articles; AI directories (findyouragent.ai, aiagentstore.ai, ohmyaiagent.com); robots and
// self-driving companies; crypto-agent projects and x402 API markets (AgentPump, AgentServices, minia2a, xaiagent,
// ElizaOS); AI governance and AI-security layers that are not AI tools themselves (Zenity, Straiker, Lineation, First
// Recon, Prismix status pages); `www.gprbots.ai` (a misspelling of GPTBots' gptbots.ai, which is already here);
// `runway.com` (Runway Financial, not Runway ML); suites' marketing pages for an AI feature (Five9, Automation
// Anywhere, SysAid, CallHippo, Puzzel, Glide, Bird, Rootly's and incident.io's AI SRE, Make's AI agents), as the
// twelfth-session pass decided; and leads with only third-party pages in the corpora: Jack & Jill (jackandjill.ai),
// Jazon, Clarify (clarify.ai, only a Homebrew cask), Finster AI, Nelima, Baidu's Xinxiang, Actively, Causely, Basis
// (getbasis.ai, only OpenAI's customer story in copies), Shortcut, Charlie Labs, Trillet, OpenMic, RunSybil, Autotab,
// Otto grid, Atomicwork, Layercode (layercode.com now redirects to a new host no page names), Browserbase's Director
// (director.ai), II-Agent's agent.ii.inc (named only in a README at an unpinned branch) and Magnitude (its repository
// now documents a different product on magnitude.dev).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

export const longTailC16AgentsTools: Tool[] = defineTools(
  'agents',
  [
    // Named by a pinned, permissively licensed agents list at its pinned commit (Zijian-Ni's README.md, MIT).
    { id: 'thinking-machines-lab', name: 'Thinking Machines Lab', vendor: 'Thinking Machines Lab', category: 'developer-platform', domains: ['thinkingmachines.ai'], source: listed('zijianni') }, // lines 253-254: the Inkling models at thinkingmachines.ai/inkling; the lab's own site is all AI (models, Tinker)
    { id: 'microsoft-ai-mai', name: 'Microsoft AI (MAI models)', vendor: 'Microsoft', category: 'developer-platform', domains: ['microsoft.ai'], source: listed('zijianni') }, // lines 316-317: MAI-Code-1-Flash and MAI-Thinking-1 announced on microsoft.ai/news, the site of Microsoft's AI division
    { id: 'microsoft-phi', name: 'Phi (Microsoft small language models)', vendor: 'Microsoft', category: 'developer-platform', urlPrefixes: ['azure.microsoft.com/en-us/products/phi'], source: listed('zijianni') }, // lines 321-324: the Phi-4 models link Azure's Phi product page; only that path of Azure's site is claimed
    { id: 'hermes-voice-agents', name: 'Hermes', vendor: 'Hermes', domains: ['buildwithhermes.com'], source: listed('zijianni') }, // line 1014: a white-label voice-agent platform for agencies (the list marks it a founders' beta)
    // General agents, agent builders and marketplaces: vendors' own docs, help pages or repositories.
    { id: 'macaron-ai', name: 'Macaron AI', vendor: 'Macaron', category: 'chat', domains: ['macaron.im'], source: 'https://macaron.im/ko/macaron-deep-memory-personal-ai-agent' }, // Macaron's own blog on its personal AI agent with "Deep Memory" that builds mini-apps in chat
    { id: 'lemon-ai', name: 'Lemon AI', vendor: 'Lemon AI', domains: ['lemonai.cc'], source: 'https://github.com/hexdocom/lemonai/blob/35e9cf70e12a695d11e7c17fcbd43a22c7c3a97a/README.md' }, // line 12: "Visit the official website" lemonai.cc, a self-evolving general AI agent like Manus
    { id: 'accomplish-ai', name: 'Accomplish', vendor: 'Accomplish', domains: ['accomplish.ai'], source: 'https://github.com/accomplish-ai/accomplish/blob/97c622adbd5525331df4657b76872ec7dd1edd80/README.md' }, // lines 14-30: the open-source AI desktop agent (formerly Openwork), its site www.accomplish.ai and downloads.accomplish.ai
    { id: 'pokee-ai', name: 'Pokee AI', vendor: 'Pokee AI', domains: ['pokee.ai'], source: 'https://docs.pokee.ai/docs/quickstart' }, // the Pokee Enterprise API quickstart: sessions with the Pokee agent on <tenant>.enterprise.pokee.ai
    { id: 'airia', name: 'Airia', vendor: 'Airia', domains: ['airia.com'], source: 'https://explore.airia.com/admin-hub/airia-agent/access-and-privacy' }, // Airia's own docs: the enterprise platform where teams build and deploy AI agents, and its Airia Agent
    { id: 'agentverse', name: 'Agentverse', vendor: 'Fetch.ai', domains: ['agentverse.ai'], source: 'https://docs.agentverse.ai/docs' }, // Fetch.ai's platform to build, host, list and discover AI agents (a no-code builder and agent marketplace)
    { id: 'asi-one', name: 'ASI:One', vendor: 'Fetch.ai', category: 'chat', domains: ['asi1.ai'], source: 'https://docs.agentverse.ai/documentation/getting-started/overview.md' }, // Agentverse's docs link ASI:One at asi1.ai, the agentic chat that discovers and calls Agentverse agents
    { id: 'dume-ai', name: 'Dume.ai', vendor: 'Dume.ai', category: 'productivity', domains: ['dume.ai'], source: 'https://www.dume.ai/blog/how-ai-assistants-work-dume-ai-architecture' }, // a personal AI agent over email, calendar, docs and tasks, chatted with in its web app
    // Browser and computer-use agent infrastructure.
    { id: 'cua', name: 'Cua', vendor: 'Cua', category: 'developer-platform', domains: ['cua.ai', 'trycua.com'], source: 'https://github.com/trycua/cua/blob/b296ec9cbf460f360cf8ea2e203c26bcc92614b0/README.md' }, // line 13 links cua.ai, the computer-use agent SDK and cloud sandboxes; Cua's docs (https://www.cua.ai/docs/quickstart-devs) sign in at trycua.com
    { id: 'scrapybara', name: 'Scrapybara', vendor: 'Scrapybara', category: 'developer-platform', domains: ['scrapybara.com'], source: 'https://docs.scrapybara.com/introduction.md' }, // remote Ubuntu, browser and Windows desktops for computer-use agents, dashboard at scrapybara.com/dashboard
    // Coding agents with a web app.
    { id: 'tembo', name: 'Tembo', vendor: 'Tembo', category: 'coding', domains: ['tembo.io'], source: 'https://docs.tembo.io/quickstart.md' }, // background coding agents that open pull requests; the dashboard at app.tembo.io
    // Vertical agents: IT operations, security, recruiting.
    { id: 'deductive-ai', name: 'Deductive AI', vendor: 'Deductive AI', domains: ['deductive.ai'], source: 'https://docs.deductive.ai/product/reasoning-engine' }, // an AI SRE agent whose reasoning engine investigates production incidents
    { id: 'rezolve-ai', name: 'Rezolve.ai', vendor: 'Rezolve.ai', domains: ['rezolve.ai'], source: 'https://docs.rezolve.ai/docs/reference/Quick-Guide-on-Assigning-Roles-and-Queues-NEW-v2' }, // the AI service desk: its docs set roles for the Virtual Agent (chat bot) beside live chat
    { id: 'qevlar-ai', name: 'Qevlar AI', vendor: 'Qevlar AI', domains: ['qevlar.com'], source: 'https://help.qevlar.com/hc/en-001/articles/30826828972562-Email-Investigations' }, // an autonomous AI SOC analyst that investigates alerts; help centre on help.qevlar.com
    { id: 'command-zero', name: 'Command Zero', vendor: 'Command Zero', domains: ['commandzero.ai', 'cmdzero.io'], source: 'https://www.commandzero.ai/ai-soc-platform' }, // an AI SOC platform whose agents investigate alerts; its older blog is on cmdzero.io (https://www.cmdzero.io/blog-posts/rediscover-threat-hunting-and-investigations)
    { id: 'terra-security', name: 'Terra Security', vendor: 'Terra Security', domains: ['terra.security'], source: 'https://www.terra.security/blog/what-human-in-the-loop-means-at-terra-security' }, // agentic AI penetration testing with humans in the loop (Terra Portal)
    { id: 'classet', name: 'Classet', vendor: 'Classet', domains: ['classet.ai'], source: 'https://help.classet.ai/articles/2190155439-how-does-candidate-filtering-and-assessment-work' }, // an AI recruiter that phone-interviews hourly applicants; its API docs on classet.readme.io are not claimed
    { id: 'carv', name: 'Carv', vendor: 'Carv', domains: ['carv.com'], source: 'https://carvos.carv.com/docs/guides/meeting-intelligence/' }, // an AI recruiting assistant: interview transcripts, summaries, notes and application scoring
    { id: 'crogl', name: 'Crogl', vendor: 'Crogl', domains: ['crogl.com'], source: 'https://www.crogl.com/resources/blog/crogl-skills-soc-institutional-knowledge' }, // an AI security analyst: the Crogl agent investigates SOC alerts with a knowledge engine
    { id: 'legion-security', name: 'Legion', vendor: 'Legion Security', domains: ['legionsecurity.ai'], source: 'https://www.legionsecurity.ai/blog-posts/introducing-ai-investigator' }, // an AI SOC analyst that learns analysts' browser workflows (Legion AI Investigator)
    { id: 'dex365', name: 'Dex (autonomous IT engineer)', vendor: 'Dex365', domains: ['dex365.ai'], source: 'https://dex365.ai/docs' }, // an AI IT engineer in Microsoft Teams that investigates and resolves IT requests
    // Voice-agent builders.
    { id: 'tabbly', name: 'Tabbly', vendor: 'Tabbly', category: 'audio', domains: ['tabbly.io'], source: 'https://docs.tabbly.io/api-reference/trigger-call' }, // AI voice agents that place and answer phone calls, driven from www.tabbly.io's dashboard and API
    { id: 'famulor', name: 'Famulor', vendor: 'Famulor', category: 'audio', domains: ['famulor.io', 'famulor.de'], source: 'https://github.com/bekservice/Famulor-MCP/blob/c6f776565a8aa5bd85059ae9b731a2d6560ba1d2/README.md' }, // the Famulor voice-agent platform's own MCP server: app.famulor.io/mcp, docs.famulor.io, www.famulor.io; famulor.de (2026-12-07, CHECKED_C22, mergefix): Famulor's privacy notice https://www.famulor.io/de/privacy names famulor.de as its website (BEK Service GmbH), and its German docs https://docs.famulor.de/ai-assistants/tools-and-functions describe the tools "Ihr KI-Assistent" uses during a call
  ],
  { checked: CHECKED_C16 },
);
