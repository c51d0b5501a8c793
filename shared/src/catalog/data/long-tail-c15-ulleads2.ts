// Fifteenth session, second unlicensed-leads pass (2026-12-06, issue 15): AI products that four unlicensed AI-tool
// directories on GitHub name and the catalog did not match. None of the four has a licence file, so they served only as
// measurements and leads and nothing of them is taken or cited:
// - ionut85/ai-marketing-tools-directory at 0f3002f9abbddba9b7cf7b55b816a74d082d527e, `client/src/data/tools.json`
//   (134 AI marketing tools, 121 distinct hosts): 22 classified (18.2%) before these rows, 26 (21.5%) after;
// - shade-solutions/ai-agents-directory at 00ecdffb72dc5bba1d13db80e56564a4265e6173, `data/ai_agents_database.json`
//   (a scrape of an AI-agents directory; the product links carry its ref= tag; 84 distinct hosts): 36 (42.9%) before,
//   41 (48.8%) after;
// - artkittisak2541/All-Ai at 0e716f222e48fca36a33ed0e196dc503aff51ec3, `ai-data.js` (a Thai "every AI" directory, 187
//   distinct hosts): 129 (69.0%) before and after; its misses are mostly general software (Notion, Figma, Canva, Monday, Tableau);
// - mnjkairi1-tech/my-new-repo at 842cd8d006d00e1b49ef3c336e58ff0b8d14c496, the tool files under `src/lib/` (6,384
//   links, 2,786 distinct hosts): 497 (17.8%) before, 498 (17.9%) after; most misses are general software, school and converter tools,
//   fact-checkers and defunct 2010s chatbot vendors.
// All four together: 585 of 3,031 hosts (19.3%) before, 595 (19.6%) after (recapio.com and getzingdata.com are the
// vendors' hosts, not the lists' recapio.ai and zingdata.com, so they do not raise the lists' figures).
// Selection rule, as in long-tail-c15-ulleads.ts: for each chosen miss in the weak categories (marketing, support,
// agents, writing, image and video), one search of the stored `pages` corpus for the vendor's own page; a row only when
// that page names the product and sits on or links the host, and the product is AI-first and used in a browser (or its
// API is called by a page). Each row cites that exact page.
// Looked up and not found as the vendor's own page (left out; only third parties, or nothing, in the corpus): HYPD.ai,
// GoMarble, Blobr, Poolday (a designer's portfolio only), Gooseworks, NewMail AI, Tendi, Gojiberry, Assista, BrowseGPT,
// Molly, Daizy, Basis (getbasis.ai: only third-party write-ups), Maige (its GitHub repository could not be fetched),
// MailMaestro's mailmaestro.ai (the catalog has it at maestrolabs.com), Presentation.ai, JotBot, GrantWriter, DeckPilot,
// Clippit.ai's web host (its extension is listed), Glorya, Pagent, Newton Research, BlueAlpha, AgentMark, Spell
// (spell.so), ASK BOSCO, Streamr.ai, Fyli, Massive Dynamic, Mesha, OctonetAI, Web Gremlin, UBOS, Aivah, PodExtra,
// ProPhotos, Nextvestment, Taxxa, Friday (friday-email.ai), AiNGEL, Hypermindz, TeknaLab, Cramly, PrepAI, Booke.ai,
// Crumbless, Cloudairy, Buildpad, Clawe, Omniperform, PenPrism, Entobase, ContentForge, /dev/agents (sdsa.ai), Excel
// Formula GPT and Jenesys.
// Found but left out: FileGPT (its API docs are on a shared gitbook.io host; they name filegpt.app, not the list's
// filegpt.io), Paragone (its help centre shows multi-platform campaign management, not AI), viral.app (its docs show
// video tracking and creator payouts, not AI), Thrad (thrad.ai) and Koah (koahlabs.com), ad networks that place ads inside other companies' AI
// chat apps, not AI tools a person uses; Kayzen's kAI (its blog on kayzen.io names the agent but not the list's
// kai.kayzen.io); Swivel (swivel.ai's page shows ad-trafficking operations without AI; useswivel.com is another company);
// Aviator (its Runbooks agents are one section of a developer-workflow suite at aviator.co); Quarkle (its docs sit on
// a shared mintlify.app host); markdown2pdf.ai (a pay-per-call PDF converter for agents, not AI itself); Flux (flux.ai:
// the Copilot page found is on a preview subdomain). Equal Time turned out to be listed already at equaltime.io (the
// list's equaltime.ai is not named by its blog). The lists' plus.ai is the autonomous-trucking company PlusAI, not Plus AI for
// Slides (already listed at plusdocs.com and plusai.com). Leads for other areas: PostHog's older posthog.com/max page
// for the `posthog-ai` entry (no redirect read), Triple Whale's Moby (triplewhale.com/moby-ai) and Walmart's Sparky
// as AI sections, and the Clippit.ai web host for its extension entry.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

export const longTailC15Ulleads2Tools: Tool[] = defineTools(
  'agents',
  [
    // Marketing (ionut85's directory).
    { id: 'markifact', name: 'Markifact', vendor: 'Markifact', domains: ['markifact.com'], source: 'https://docs.markifact.com/core-concepts/glossary' }, // marketing workflows with AI agent nodes, task agents and a Copilot that builds workflows
    { id: 'toffu-ai', name: 'Toffu', vendor: 'Toffu', domains: ['toffu.ai'], source: 'https://toffu.ai/blog/toffu-agency-operating-system' }, // AI marketing agent for agencies, with skills loaded into every conversation
    { id: 'promptwatch', name: 'Promptwatch', vendor: 'Promptwatch', category: 'search', domains: ['promptwatch.com'], source: 'https://promptwatch.com/academy/competitive-landscape' }, // brand visibility in ChatGPT, Claude, Perplexity and Gemini answers
    { id: 'ryze-ai', name: 'Ryze AI', vendor: 'Ryze', domains: ['get-ryze.ai'], source: 'https://get-ryze.ai/blog/setup-automated-rules-google-ads-with-ai' }, // AI agents that run Google and Meta ads; the blog's own product panel
    // Agents (the AI-agents directory scrape).
    { id: 'wald-ai', name: 'Wald.ai', vendor: 'Wald', category: 'chat', domains: ['wald.ai'], source: 'https://wald.ai/privacy' }, // AI assistant that sanitises sensitive data in prompts before they reach external LLMs
    { id: 'suada-ai', name: 'Suada', vendor: 'Suada', domains: ['suada.ai'], source: 'https://docs.suada.ai/api-reference/overview' }, // AI business analyst chat; API at suada.ai/api/public
    { id: 'nofire-ai', name: 'NOFire AI', vendor: 'NOFire', domains: ['nofire.ai'], source: 'https://nofire.ai/blog/introducing-workflows-always-on-agents-for-production' }, // AI SRE agents for health checks, post-mortems and deploy checks
    { id: 'testzeus', name: 'TestZeus', vendor: 'TestZeus', category: 'coding', domains: ['testzeus.com'], source: 'https://testzeus.com/blog/mastering-ai-driven-testing-writing-effective-tests-for-hercules' }, // Hercules, AI agents that run end-to-end tests from Gherkin steps
    { id: 'capital-companion', name: 'Capital Companion', vendor: 'Capital Companion', domains: ['capitalcompanion.ai'], source: 'https://capitalcompanion.ai/docs/smart-risk-management-with-ai' }, // AI trading assistant: position sizing, stops and risk metrics asked in plain language
    // The Thai directory and mnjkairi1's directory.
    { id: 'janis-ai', name: 'Janis', vendor: 'Janis', domains: ['janis.ai'], source: 'https://www.janis.ai/docs/manychat/human-takeover.html' }, // AI for Messenger chatbots (Dialogflow) with live takeover from Slack
    { id: 'zing-data', name: 'Zing Data', vendor: 'Zing Data', category: 'productivity', domains: ['getzingdata.com'], source: 'https://docs.getzingdata.com/docs/modeling-layer' }, // natural-language questions over a company's data; the list's zingdata.com is not named by it
    { id: 'recapio', name: 'Recapio', vendor: 'Recapio', category: 'productivity', domains: ['recapio.com'], source: 'https://recapio.com/undefined/blog/how-to-build-a-second-brain' }, // AI summaries of videos and documents kept as a second brain; the list's recapio.ai is not named by it
  ],
  { checked: CHECKED_C15 },
);
