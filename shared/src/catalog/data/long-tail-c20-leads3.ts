// Twentieth session, leads3 pass (2026-12-07, helper `leads3`): AI tools that other passes of this session met only on
// blogs, guides or thin pages (industry, games, careers, Western Europe, India, bots, notes, browse), re-read for a page
// on the vendor's own host that says the product itself uses AI. Here a vendor's own blog, guide, docs or help page
// counts when it describes how its OWN product uses AI, language models or named model providers; a generic article
// about AI on a vendor's blog does not.
//
// Leads. 40 look-ups in the stored `pages` corpus, about one per host (the host or product name with the product's own
// words: "Site Manager AI COSHH", "Sherlock AI interview cheating", "Upfirst AI receptionist", in French, Swedish,
// Norwegian, Spanish, Italian, Dutch, Finnish and Japanese where the vendor is local). Every row cites a page with a
// path on the claimed host or its subdomain: Tenderbolt's, SafeBrief's, Site Manager AI's, Camtom's, StormScape's,
// Sherlock AI's, AetherLink's and BharatLaw.ai's own blog posts naming their own product's AI; Pilars' product
// explainer; Journale's SDK docs; Archivist's founder AMA (myarchivist.ai; rpgarchivist.io carries the same "Archivist
// AI" header and the same "AI in TTRPGs" article, so both hosts go to one row); Upfirst's help centre; Cite AI's docs
// on usecite.com; Soulkyn's FAQ. Numeo's only pages met sit on its staging host stg.numeo.ai; the row claims the
// production host numeo.ai, never the staging one, and cites the staging page because it is the vendor's own words
// ("a set of AI agents"). Hosts were grepped in data/ and run through /work/helpers/classify-hosts.mts first: none was
// listed.
//
// Cite AI: usecite.com ("Cite AI tracks how ChatGPT, Claude, Gemini, and Perplexity cite your brand", run by a Cite AI,
// LLC) shares its name with the existing entry `cite-ai-citehq` (citehq.ai), but the two products' docs, dashboards and
// supported engines differ (citehq.ai's docs track Google AI Overviews and AI Mode, usecite.com grades visibility A-F
// across GPT-4 and Gemini) and no page ties the two companies together, so they are kept as two entries; if one
// company is later shown, fold usecite.com into cite-ai-citehq.
//
// Measured with /work/helpers/classify-hosts.mts on the 228 hosts the searches returned (vendors, articles, directories,
// mirrors and shared hosts alike, in /work/helpers/out/leads3-hosts.txt): 13 classified before (5.7%), 31 (13.6%)
// after.
//
// Left out, still seen only on blogs, guides or pages that never say the product uses AI, or not found in the corpus at
// all: bidterms.com (its test blog names "a purpose-built extraction engine", not
// AI), cleantender.co.uk (its privacy policy lists bid drafts and scans but not AI), visitoai.com (an events FAQ
// without AI), tarifflens.ai (a buyer's guide to AI HTS tools, not its own), summerengine.com (a generic asset guide),
// loopcv.pro (knowledge base on freshdesk.com only), hiration.com, wobo.ai, usemassive.com (only a third-party
// jobaistream.com page), interviewsidekick.com, jobsolv.com, reapply.io, jobpilotx.com and jobr.pro (generic agent
// explainers), zyndra.ai, akira-agent.com, lagdinai.no (a GDPR guide), linea-bot.es, chataziendale.it, medivox.ai,
// inquira.health (voice-agent guides that never name its own product), sitebot24.com, eplep.ai, aikias.no,
// dialogfy.com, 3l3c.ai, zonda-ai.com, xyntra.tech, NyayAI, Niyam AI, Glomiq, Medoriax, chola.college, howsit.ai,
// matrixgo.ai, paperchat.co and groath.ai (generic real-estate chatbot guides), automely.ai, oncrew.ai, voziaperu.com,
// novachatia.com, fono24.it, dialpal.ai, orbitonline.io, instanexus.io, eaxy.ai, crawlroo.com, bot101.app,
// mnemolog.com, deepnote.ai, kotae.ai, kocoro.ai and musubot.com. Third-party pages met on the way (hitchensgroup.com's
// article on Site Manager AI, theailibrary.co and trendhunter.com on Sherlock AI) are leads only.
//
// Listed since: zonda-ai.com, xyntra.tech and paperchat.co, by the twenty-first session's leads pass
// (long-tail-c21-leads.ts), and summerengine.com and jobpilotx.com, by its second leads pass (long-tail-c21-leads2.ts),
// from pages on the vendors' own hosts; the traps this pass's test set on them were dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const longTailC20Leads3Tools: Tool[] = defineTools(
  'chat',
  [
    // --- industry: tenders, freight, site safety, customs, construction takeoff ---
    { id: 'tenderbolt', name: 'Tenderbolt', vendor: 'Tenderbolt', category: 'writing', domains: ['tenderbolt.ai'], region: 'europe', source: 'https://www.tenderbolt.ai/post/ia-analyse-dce-enjeux-cles' }, // blog (French): how AI analyses public-tender DCE files, Tenderbolt among the AI solutions for tender responses
    { id: 'numeo-ai', name: 'Numeo', vendor: 'Numeo', category: 'agents', domains: ['numeo.ai'], source: 'https://stg.numeo.ai/blog/numeo-ai-building-the-digital-workforce-for-logistics' }, // vendor blog (staging host): a digital workforce of AI agents for carrier dispatch, load boards and broker email
    { id: 'safebrief-ai', name: 'SafeBrief', vendor: 'SafeBrief', category: 'writing', domains: ['safebrief.ai'], source: 'https://safebrief.ai/blog/ai-vs-traditional-toolbox-talks/' }, // blog: AI-generated daily toolbox talks written for today's site, weather and crew language
    { id: 'site-manager-ai', name: 'Site Manager AI', vendor: 'Site Manager AI', category: 'writing', domains: ['sitemanagerai.com'], region: 'europe', source: 'https://sitemanagerai.com/blog/construction-coshh-assessment-ai.html' }, // blog (UK): Site Manager AI uses trained language models to generate COSHH assessments
    { id: 'camtom', name: 'Camtom', vendor: 'Camtom', category: 'other', domains: ['camtomx.com'], region: 'latam', source: 'https://camtomx.com/blog/ai-revolutionizes-tariff-classification' }, // blog: Camtom's AI (NLP, ML models, rule engine) recommends HTS tariff codes
    { id: 'pilars-ai', name: 'Pilars', vendor: 'Pilars', category: 'other', domains: ['pilars.ai'], source: 'https://pilars.ai/how-ai-takeoff-works' }, // explainer: how Pilars' AI takeoff reads plan sets and spec books with trade-specific models
    // --- games: AI NPCs, tabletop campaign recaps, AI companions ---
    { id: 'journale-ai', name: 'Journale', vendor: 'Journale', domains: ['journale.ai'], source: 'https://www.journale.ai/docs/sdks' }, // SDK docs: Unity and Roblox SDKs whose ChatToAi and character chat calls give NPCs generated replies
    { id: 'archivist-ai', name: 'Archivist AI', vendor: 'Archivist', category: 'meeting', domains: ['myarchivist.ai', 'rpgarchivist.io'], source: 'https://www.myarchivist.ai/blog/behind-the-screen-ama-april-2026' }, // founder AMA: session audio transcribed, diarized and analysed by AI into recaps, quests and a campaign chatbot
    { id: 'stormscape-app', name: 'StormScape', vendor: 'StormScape', category: 'meeting', domains: ['stormscape.app'], source: 'https://stormscape.app/blog/stop-taking-notes-start-playing' }, // blog: StormScape's session recording, where the AI processes the session every 20 minutes into summaries
    { id: 'soulkyn', name: 'Soulkyn', vendor: 'Soulkyn', domains: ['soulkyn.com'], source: 'https://soulkyn.com/help/faq' }, // FAQ: an unfiltered AI core language model for persona chat, with AI text and image generation
    // --- careers ---
    { id: 'sherlock-ai-interviews', name: 'Sherlock AI', vendor: 'Sherlock AI', category: 'agents', domains: ['withsherlock.ai'], source: 'https://www.withsherlock.ai/blog/securing-remote-interviews-against-ai-assistance-with-sherlock-ai' }, // blog: a real-time AI monitoring and detection platform, an interview proctoring agent
    // --- Western Europe, India ---
    { id: 'aetherlink-ai', name: 'AetherLink', vendor: 'AetherLink', domains: ['aetherlink.ai'], region: 'europe', source: 'https://aetherlink.ai/fi/blog/ai-chatbotit-muuttavat-eurooppalaista-asiakaspalvelua-vuonna-2026' }, // blog (Finnish): its AetherBot, an EU AI Act-compliant AI chatbot for customer service
    { id: 'bharatlaw-ai', name: 'BharatLaw.ai', vendor: 'BharatLaw.ai', category: 'search', domains: ['bharatlaw.ai'], region: 'india', source: 'https://www.bharatlaw.ai/post/bharatlaw-ai-vs-manual-legal-research-speed-source-tracking-and-citation-control' }, // blog: BharatLaw AI's system-assisted legal research against manual research
    // --- bots, AI answer monitoring ---
    { id: 'upfirst-ai', name: 'Upfirst', vendor: 'Upfirst', category: 'agents', domains: ['upfirst.ai'], source: 'https://help.upfirst.ai/en/articles/13889138-understanding-your-analytics-dashboard' }, // help centre: calls answered by your AI receptionist, spam flagged by its AI
    { id: 'cite-ai-usecite', name: 'Cite AI', vendor: 'Cite AI, LLC', category: 'search', domains: ['usecite.com'], source: 'https://usecite.com/docs/' }, // docs: tracks how ChatGPT, Claude, Gemini and Perplexity cite a brand in their answers
  ],
  { checked: CHECKED_C20 },
);
