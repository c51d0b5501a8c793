// Twenty-seventh session, long-tail pass `leads9` (2026-12-07, helper `leads9`): the leads the session's merged passes
// left in their data-file headers and READMEs (reconcile, subproc2, changelog, faqmodel, marketing5, support5, sections5,
// rebrands3, newtopa-e, wellknown3, writing6, imgvid6, research3, agents5, ecom2), collected, ranked by how likely one
// look-up finds the vendor's own page (a named product whose host is known, a vendor page already half-seen, a docs or
// help host likely to be stored) and tried in that order, with the second hosts of listed entries those passes named.
// Here, from the leads: AI call-QA scoring (Enthu.AI), AI agents on ConnectWise tickets (zofiQ), AI résumé sorting
// (SortResume.ai), AI screening and interviews of applicants (Spheric), an AI SEO content platform on OpenAI (AlmaSEO),
// AI-answer visibility tracking (Citatra), a talking-avatar video API (Vlogme), AI-written push notifications
// (PushPilot), and AI phone agents and receptionists (TopCalls, Welco, Eva AI for medical spas); and AI products the
// same look-ups met on their own hosts: AI ad creatives (Superscale), an AI receptionist with SMS (Close The Call), AI
// sales-chat agents (Kordless, Makinari), a team AI platform with connectors (Achiral AI), group chats with an AI bot
// over shared sources (Edgebric) and an LLM-inference and GPU platform in Dubai (Hyperfusion). One second host:
// kaily.ai, Copilot.Live's product under its new name, added to `copilot-live` (data/cat-support.ts, one edit).
//
// Leads. 40 look-ups, all `search` in the stored `pages` corpus, counted as they were made (7 more calls returned
// "the pages corpus did not answer" and are not counted; two of those queries were repeated and answered). One query
// per lead, naming the product and what it does (e.g. "Enthu.AI call quality monitoring AI scorecards contact center",
// "TopCalls AI phone agent outbound calls docs"): Enthu.AI, zofiQ, Kukarella, SortResume.ai, Search Atlas, AlmaSEO,
// Citatra, AkashChat, fello.ai, gettwig.ai, kruti.ai, hyperbolic.ai, Salespeak, Sonant, Gaya, Kaily, grik.io, Spheric,
// Vlogme, PushPilot, ScriptFlo, BarGPT, Answerr, Chickpea, Clearline, TopCalls, ChatRAG, Storyarn, Welco, Slipper AI,
// Supermaker, Eva AI, Automeit, StockInsights, Inventory AI (insights.sale), nPosts, Discovr, MockDefense, Particle and
// Higress. Leads whose vendors keep docs or help centres (zofiQ, Enthu, Spheric, TopCalls, Welco, Kaily, PushPilot,
// Vlogme, AlmaSEO, Citatra) were found at once; the second-host leads (fello.ai, gettwig.ai, kruti.ai, hyperbolic.ai)
// and the products seen only in news (Particle, BarGPT) returned nothing on the hosts asked about. Every row cites a page
// with a path on the product's own host (or a docs or help subdomain of it) where the vendor says the product
// generates, answers, scores, calls or routes with AI or a named model provider. Hosts were run through
// /work/helpers/classify-hosts.mts, names grepped in data/ and in the other helpers' c27 files first; none was listed.
//
// Measured with /work/helpers/classify-hosts.mts on the 236 hosts the searches returned (vendors, blogs, news,
// directories and shared hosts alike, in /work/helpers/out/leads9-hosts.txt): 26 classified before (11.0%), 47 after
// (19.9%): the 18 rows' hosts and kaily.ai's docs host.
//
// Doubtful rows, kept. AlmaSEO: the c27 newtopa and sections5 passes left docs.almaseo.com out as "a general product
// with an AI feature"; its own feature-dependency page says 48 features hard-depend on the OpenAI API, "the AI backbone
// powering content generation, analysis, and recommendations", with all article creation, an AI chat and an AI search
// optimiser among them, so it is read here as an AI content platform (a reversal; the merger may keep the older view).
// SortResume.ai is read from its founder's post on building "the world's first AI hiring assistant". Eva AI's terms
// speak of rolling out "new AI models" for the platform "that greets your patients", with recorded calls and
// transcripts; its glossary on the same host (the support5 trap) calls it a medical-spa AI receptionist. Makinari is
// read from one API page (its sales agent's message endpoint "returns the AI response"). Vlogme is cited from a
// localised docs path (/zh-cn/) whose text is English. Citatra tracks brands in AI answers by sending prompts to
// ChatGPT, Perplexity, Claude and Gemini, like Limy (newtopb). Hyperfusion takes region 'middle-east' (a Jebel Ali Free
// Zone company).
//
// Second host. kaily.ai for `copilot-live`: Boltic's own integration docs for the Copilot.Live node
// (docs.boltic.io/integrations/Copilot.Live/boltic_ai_agent) say the AI agent is "managed via Kaily" and to create an
// account at kaily.ai; docs.kaily.ai/overview-architecture describes the same AI Agent with its LLM provider, memory and
// Boltic workflow actions. The c27 newtopb pass had seen kaily.ai only through Boltic's docs.
//
// Old traps dropped (each file's header notes it): staging.vlogme.ai/glossary (lookalikes-c17-social and
// lookalikes-c27-changelog: a staging host of a product now listed); help.spheric.com and sortresume.ai pages
// (lookalikes-c27-faqmodel); pushpilot.ai's blog (lookalikes-c27-marketing5); enthu.ai, support.zofiq.ai, topcalls.ai,
// welco.ai and getevaai.com pages (lookalikes-c27-support5). They were leads' pages; the hosts are now listed.
//
// Already listed and met: santaclues.ai and satur.app (listed before this pass), getgc.ai (GC AI's entry), Twig
// (twig.so; leadership.twig.so and help.twig.so were met, gettwig.ai was not), Fello AI (felloai.com; fello.ai not met),
// effectly.ai, aiwebsitehelper.com, callsphere.ai, rallies.ai, signalinvest.ai and the other hosts of the list that
// classified before.
//
// Left out. General products where AI is one feature or a section: Search Atlas (help.searchatlas.com's Content Genius
// and OTTO articles, as the c16 and c17 passes decided; not trapped, the merger may revisit), CleanEstimate Pro's voice
// agent (docs.cleanestimate.pro), Aesthetix CRM's conversational AI (help.aesthetixcrm.com), Meltwater's Klear.
// Pages that do not say the product uses AI, or only a general guide: gaya.ai's blog (again), useclearline.com's blogs
// and automeit.ai's blog (as before), nposts.ai's posting guides, salespeak.ai's post on humanising AI sales agents
// (a guide more than the product: a lead), reasonvoice.ai's voice-agent docs (latency figures, no word on the model),
// docs.getcitable.com (an explainer of AI citations; Citable's scans are not described: a lead), mockdefense.org's guide
// (as research3 decided), staging.storyarn.com (a staging host whose docs do not say AI). Shared platforms:
// answerlabsinc.mintlify.app (Answerr's API docs), storywright-docs.pages.dev, crm-scope.pages.dev,
// dlx-group-website.pages.dev, hypersave.pages.dev, skuclerk-preview.pages.dev, techfordev.netlify.app,
// evadotai.atlassian.net, insightiq.freshdesk.com, crewopspro.tawk.help. Namesakes: pushpilot.in (a WordPress
// web-push plug-in, not PushPilot), EVA (evadotai, a recruiting chatbot) and Voicea's EVA beside Eva AI. News about
// Particle (pressgazette.co.uk and others), BarGPT (actualnewsmagazine.com, vinepair.com) and Higress (newsearly.cc,
// besthub.dev).
//
// Leads for later: inventorymate.app (its own blog now calls Inventory Mate "AI-powered restock intelligence" with
// machine-learning forecasts; the c17 ecom pass had read statistical forecasts), foxy.ai (credits per image and video;
// AI not said in the text read), docs.klonit.ai (KlonIT chatbot docs), superduperai.co (an AI video generator's
// Russian terms), hyper.ai (HyperAI's AI resources and cloud computing), staging.evercrestai.com (a plumbing
// missed-call AI on a staging host), salespeak.ai, getcitable.com, reasonvoice.ai, eva.ai and fello.ai (second hosts
// still unconfirmed), kruti.ai, gettwig.ai, hyperbolic.ai, particle.news, bargpt.app, higress.ai, grik.io,
// kukarella.com, sonant.ai, stockinsights.ai, supermaker.ai, slipperai.com, chatrag.co, chickpea.co, scriptflo.ai,
// getdiscovr.ai and insights.sale (no page of their own returned). None of these is trapped here.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Leads9Tools: Tool[] = defineTools(
  'agents',
  [
    // --- from the leads: hiring and call quality ---
    { id: 'enthu-ai', name: 'Enthu.AI', vendor: 'Enthu.AI', category: 'productivity', domains: ['enthu.ai'], source: 'https://help.enthu.ai/support/solutions/articles/82000922420-enthu-magic-auto-qa-ai-based-quality-evaluations' }, // help centre: Enthu Magic, the AI that reads call transcripts and fills QA scorecards to evaluate contact-centre agents' calls (Auto QA)
    { id: 'zofiq', name: 'zofiQ', vendor: 'zofiQ', domains: ['zofiq.ai'], source: 'https://support.zofiq.ai/articles/5236972995-navigating-your-agent-environment-connectwise' }, // support: the zofiQ Agents Platform, where its AI agents fill fields, assign, prioritise and route MSP tickets in ConnectWise, with simulations and logs
    { id: 'sortresume-ai', name: 'SortResume.ai', vendor: 'SortResume.ai', category: 'productivity', domains: ['sortresume.ai'], source: 'https://sortresume.ai/building-sortresume' }, // founder's post: building SortResume.ai, an AI hiring assistant that sorts the flood of applicants' résumés for recruiters
    { id: 'spheric-hiring', name: 'Spheric', vendor: 'Spheric', category: 'productivity', domains: ['spheric.com'], source: 'https://help.spheric.com/docs/evaluation-insights/how-candidates-are-scored' }, // help centre: Spheric's AI screens résumés, evaluates intake forms and runs AI interviews or technical challenges, scoring each candidate
    // --- from the leads: marketing and SEO ---
    { id: 'almaseo', name: 'AlmaSEO', vendor: 'AlmaSEO', category: 'writing', domains: ['almaseo.com'], source: 'https://docs.almaseo.com/features/feature-dependencies' }, // docs: 48 features hard-depend on the OpenAI API, the AI backbone for all article creation, AI content recommendations (GPT-4o-mini), Alma AI Chat and a GEO/AI search optimiser
    { id: 'citatra', name: 'Citatra', vendor: 'Citatra', category: 'search', domains: ['citatra.cloud'], source: 'https://citatra.cloud/docs/faq' }, // FAQ: an AI visibility platform that sends the prompts a brand tracks to ChatGPT, Google AI Overviews, Perplexity, Claude and Gemini and records citations and sentiment
    { id: 'pushpilot-ai', name: 'PushPilot', vendor: 'PushPilot', category: 'writing', domains: ['pushpilot.ai'], source: 'https://www.pushpilot.ai/docs/notifications' }, // docs: PushPilot generates a campaign's push notifications with AI from its goal and business context, for approval before delivery through Firebase or OneSignal
    { id: 'vlogme', name: 'Vlogme', vendor: 'Vlogme', category: 'video', domains: ['vlogme.ai'], source: 'https://vlogme.ai/zh-cn/docs/api' }, // API docs (English text): generates talking-avatar videos from a portrait and a script or audio, with voices, emotion presets and video prompts, billed in credits per second
    // --- from the leads: AI phone agents and receptionists ---
    { id: 'topcalls-ai', name: 'TopCalls', vendor: 'TopCalls', domains: ['topcalls.ai'], source: 'https://docs.topcalls.ai/concepts/overview' }, // docs: AI phone calls at scale over SIP/PSTN, with speech recognition, AI conversation handling, voice synthesis and post-call analysis
    { id: 'welco-ai', name: 'Welco', vendor: 'Welco', domains: ['welco.ai'], source: 'https://docs.welco.ai/getting-started/welco-explained' }, // docs: Welco AI Receptionist, whose core receptionist, prompt and knowledge base answer a business's incoming calls
    { id: 'eva-ai-receptionist', name: 'Eva AI Receptionist', vendor: 'Eva AI', domains: ['getevaai.com'], source: 'https://www.getevaai.com/terms' }, // terms: the Eva AI platform that greets a practice's patients, with recorded calls, transcripts and new AI models rolled out (a medical-spa AI receptionist)
    // --- met in the same look-ups ---
    { id: 'superscale-ai', name: 'Superscale', vendor: 'Superscale', category: 'image', domains: ['superscale.ai'], source: 'https://docs.superscale.ai/billing/how-credits-work' }, // docs: credits for AI work, generating static ad creatives and rendering AI video ads, with an agent that plans before generating
    { id: 'closethecall', name: 'Close The Call', vendor: 'Close The Call', domains: ['closethecall.com'], source: 'https://docs.closethecall.com/conversations/sms-setup' }, // docs: an AI phone number whose AI receptionist books appointments and whose AI replies to texts from the same knowledge base
    { id: 'kordless', name: 'Kordless', vendor: 'Kordless', domains: ['kordless.ai'], source: 'https://docs.kordless.ai/platform/sales-chat-conversations' }, // docs: sales-chat agents' conversations with AI-assessed lead scores, AI-generated summaries and AI-extracted insights
    { id: 'makinari', name: 'Makinari', vendor: 'Makinari', domains: ['makinari.com'], source: 'https://docs.makinari.com/agents/sales/message' }, // API docs: the sales agent's message endpoint handles sales conversations and returns the AI response, with tool results such as booked meetings
    { id: 'achiral-ai', name: 'Achiral AI', vendor: 'Achiral AI', category: 'chat', domains: ['achiral.ai'], source: 'https://achiral.ai/docs/integrations/slack/' }, // docs: a privacy-first collaborative AI platform for businesses whose assistant Chiro takes in Slack and other connectors' knowledge
    { id: 'edgebric', name: 'Edgebric', vendor: 'Edgebric', category: 'chat', domains: ['edgebric.com'], source: 'https://docs.edgebric.com/guide/group-chats.html' }, // docs: group chats where members share data sources and tag the AI bot, which answers from them with citations
    { id: 'hyperfusion', name: 'Hyperfusion', vendor: 'Hyperfusion Computing Services FZE', category: 'developer-platform', region: 'middle-east', domains: ['hyperfusion.io'], source: 'https://hyperfusion.io/terms' }, // terms (Jebel Ali Free Zone): an AI platform of LLM inference APIs, GPU instances and fine-tuning jobs, paid in credits
  ],
  { checked: CHECKED_C27, region: 'global' },
);
