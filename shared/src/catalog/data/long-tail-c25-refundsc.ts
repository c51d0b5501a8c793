// Twenty-fifth session, refund-wording pass C (2026-12-07, helper `refundsc`): AI products for coding, app and site
// building, agents and automation, chatbot building, spreadsheets and data, SEO and content automation, QA and testing
// that no entry claimed yet, found through the vendors' own refund, cancellation, credit and billing pages, the style
// the twenty-fourth session's refund passes (data/long-tail-c24-refundsa.ts for writing, chat, study and careers,
// data/long-tail-c24-refundsb.ts for voice, avatars, 3D, logos and renders) found most productive; their rows are not
// repeated here. Here: AI coding helpers and app builders (CodeDeBhai's AI-generated solutions, Angularize.dev's
// AI code generation, JAIPilot's Gemini-written unit tests, AutoRunner.ai's AI browser automation and testing);
// agent platforms and hosted agents (Assmblx, Swiftask, ClippyBot, unOpen.AI, an OpenClaw host on
// openclawplatform.com, Maui Marketers' OpenClaw agent); chatbot builders and AI assistants for businesses (Chatwith on
// chatwith.so, ChatInsight, Watsy on WhatsApp, Immo-Agenten for estate agents, SleekAI for WordPress); AI phone agents
// (PhoneCalls.pro, Dial It AI, ConvertYourCalls, an AI Voice Agent on a subdomain of aiwhizpro.com); a spreadsheet
// formula generator (SheetSolver AI); SEO and content automation (OpenAI AutoBlogger and WP Auto SEO for WordPress,
// AutoCommentAI); an AI quiz maker (TextToTest); an AI lead-intent finder (getleadit.xyz); developer model-credit
// services (OpenCodex, Contox); an AI chat front-end on GPT models (BudgChat); AI app-store screenshots (AppMockup);
// and AI-researched website reports (Website Credit Score).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made (the budget). Queries worded the way
// vendors word their refund and billing pages ("credits are non-refundable once consumed", "unused tokens do not roll
// over", "dissatisfaction with AI model outputs", "AI-generated code may contain errors", "bring your own API key …
// we cannot refund your provider's charges", "agent runs", "AI queries", "message credits per AI response"), one kind
// at a time (code generation and app builders, prompt-to-app and vibe-coding tools, agent runs and workflow
// executions, hosted OpenClaw agents, chatbot builders, WhatsApp and DM agents, AI phone agents, AI SDRs, spreadsheet
// add-ons, text-to-SQL, data analysts, autoblogging and programmatic SEO, SEO agents, AI website and landing-page
// builders, mobile-app builders, QA test generators and browser automation, documentation generators, scraping and
// extraction, Telegram and Discord bot builders), one Indian "cancellation and refund policy … Razorpay" query, and
// one query each in Spanish, German and French. As the twenty-fourth session found, repeats grew fast: after about 20
// look-ups most results were pages already read (photoshopkungfu.com and uni-docs-staging.pages.dev came back in
// almost every answer) or vendors earlier passes had listed or judged; the hosted-OpenClaw query, the last one, was
// still returning new vendors. Every row cites a page with a path on the product's own host or a subdomain of it
// (docs.swiftask.ai, beta.angularize.dev; for two rows their claimed subdomain, for SleekAI its claimed path) where the
// vendor says the product works with AI, AI models, named model providers (OpenAI, Anthropic's Claude, Google Gemini)
// or model tokens. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ and in the other helpers' c25 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 210 hosts the searches returned (vendors, blogs, news, guides,
// templates and shared hosts alike, in /work/helpers/out/refundsc-hosts.txt): 42 classified before (20.0%), 71 after
// (33.8%).
//
// Already listed and left to their entries: My Agent Platform, AgentVerse (agentverse.run), Glarity, SheetAI, PBI AI
// Agent, OGWriter, Websiteguy.ai, SiteFast, Test-Lab.ai, GitDocs AI, Softgen, Verdent, Applora, AI Chat Support,
// Chatabot.ai, DeepChatBI, ChatCode, Cinnacode, ChatWithDB, AI for Database, AskYourDatabase, TestGenAI, Sheetsbase,
// My SheetAgent, GPT for Work, Writes AI, Natural Write AI, Stammer.ai, Zipchat, Cotera, Kodif, SipPulse, AppShots AI,
// Stuffer AI, BrowserAct, AI Call Agent (aicallagent.ai), VibeNote Studio, OpenClaw.ag, remove.bg, and of other kinds
// AIFacefy, ArtiverseHub AI and chdaoai.com.
//
// Doubtful rows, kept: CodeDeBhai's refunds page speaks of AI-generated "solutions" bought with credits through
// Cashfree and never says they are code; it is counted as a coding helper in India from its name and gateway. OpenCodex
// (opencodex.hk) sells prepaid credits spent on "third-party model providers" through an API, a relay of the kind
// earlier passes listed as developer platforms; it keeps the global region though its host is in Hong Kong. Contox's
// docs sell "AI token packs" spent on enrichment and "other AI operations" without saying what the product is beyond
// that. ClippyBot's refund page counts credits spent on "AI conversations" and plugin executions. getleadit.xyz names
// no product on its refund page and is named by its host; it bills third-party AI tokens for AI intent classification.
// Chatwith on chatwith.so may be the same Chatwith the catalog lists at chatwith.tools; nothing on the page read links
// the two, so it carries its host and a merge is a lead. OpenAI AutoBlogger's page names a second shop host,
// openaiautoblogger.com, that was not read and is not claimed. Swiftask and Immo-Agenten take the europe region from
// their French and German pages. The OpenClaw host on openclawplatform.com gives its support address at openclaw.jobs,
// not read and not claimed; it carries its host beside OpenClaw (openclaw.ai).
//
// Claimed below a parent that is not the product: aivoiceagent.aiwhizpro.com (aiwhizpro.com itself not read),
// agent.mauimarketers.com (Maui Marketers, a marketing agency's agent service; the parent is left unclaimed) and
// SleekAI's sleekwp.com/ai path (SleekWP sells other WordPress plugins).
//
// Left out. Placeholders, drafts, beta and development pages: applora.io's "[FOUNDER: …]" notes (Applora is listed
// anyway), bikriai.expert ({platform_name}), easymvp.io (support@yourcompany.com), decalyst.com ([legal-entity-name]),
// videopilotai.com ("Legal placeholder required"), privora.nexdark.com ("review with counsel before public launch"),
// buttonai.co, webbuilder.d3e.studio, wonderfulfantasy.com, filefixerai.com and sitesezy.in as before,
// devnextapiany.mexxxxai.win (a development host). Pages that say AI only in the brand or not at all: aiwebchat.com
// ("AI webchat services" and nothing more), chatbotai.me, exceltemplategenerator.com (ExcelAI), DocFlow on
// aicodedocumentationgenerator.com, testfabric.quagix.tech, agentx.pragetx.com, autobuilder.noaerth.com, agentium.space
// (an agent marketplace), spreadsheetflow.com, querydb.ai, autoquery.io, app.drippi.ai (a fulfilment policy for cold
// outreach credits: a lead), rankgent.com, getagenticseo.com, wp-auto-publish.com, open-claw.org, open-claw.net,
// clawfirewall.ai, voicei.ai, vibracodeapp.com, vibecoderskit.ai, apps.infozeen.com, codexkey.ru (a token balance for
// "the API"), rocode.org (an "AI relay" of unclear kind), scrapeintel.com, jsonscraper.com, sourceoftruth.io,
// topleadora.in, koal.us, corebot.app, mw-multi.com, destarion.com, urbix.com.au, totalautomation.xyz and
// sheetsconnect.com. General products or services where AI is one feature: docs.heyy.io (an inbox, as c18 decided),
// citapro.app (scheduling), v1.smartsell.africa, documentation.notice.studio (a site builder's AI add-on),
// api.mailoutly.app (email campaigns), 8apps.co's GPT Mate (an add-on maker's FAQ behind a query string),
// docs.alpessniper.io, fimblefits.com. Agencies, consultancies and done-for-you services: luxisdesign.io,
// michiganseo.net, tryseoexpert.com, aisalesdroids.ai, ainotworking.com, seoforai.co (SEO for AI search, not an AI
// product), docs.isquaredmarketing.com as before. Another company's host: btmug.com (callthe.bot's policy: a lead once
// callthe.bot is read). Kinds other passes cover, met on the way: ergonchat.com (résumés and mock interviews),
// sellshot.ai, tooeasyapps.com (a humanizer), describeimage.ai, ki-foto.de, picsi.art. Shared platforms:
// uni-docs-staging.pages.dev, codebrae.pages.dev, structurify.pages.dev, policyfile.pages.dev, deeplogo.vercel.app,
// schema-lens.vercel.app, bob-e-ai-docs.gitbook.io, lety.gitbook.io and a us-central1.hosted.app studio host. News,
// guides, forums and directories: devactivity.com, aiproductivity.ai's news post, umatechnology.org,
// returnpolicyfinder.com, joinchargeback.com, status.audit.id, wakemeup.fr, pctechmag.com, sbhn.g1b.me, specbase.net.
//
// Same names: Chatwith (chatwith.so) beside Chatwith (chatwith.tools); OpenClaw (openclawplatform.com) beside OpenClaw;
// AI Voice Agent (aiwhizpro.com) beside the catalog's other AI voice agents.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25RefundscTools: Tool[] = defineTools(
  'agents',
  [
    // --- Coding, app building and testing ---
    { id: 'codedebhai', name: 'CodeDeBhai', vendor: 'CodeDeBhai', category: 'coding', domains: ['codedebhai.com'], region: 'india', source: 'https://www.codedebhai.com/refunds' }, // refunds page: prepaid credits per solution generation, non-refundable because its AI processing costs money at once; AI models improved from feedback; Cashfree payments
    { id: 'angularize-dev', name: 'Angularize.dev', vendor: 'Pythrust Technologies OPC Private Limited', category: 'coding', domains: ['angularize.dev'], region: 'india', source: 'https://beta.angularize.dev/refund-policy' }, // refund policy: a SaaS platform whose AI-powered code generation is paid with subscriptions and credits (angularize.dev and beta.angularize.dev)
    { id: 'jaipilot', name: 'JAIPilot', vendor: 'JAIPilot', category: 'coding', domains: ['jaipilot.com'], source: 'https://jaipilot.com/terms_and_conditions' }, // terms: AI-powered test generation through Google Gemini, code context sent to its servers; prepaid usage credits are not refundable
    { id: 'autorunner-ai', name: 'AutoRunner.ai', vendor: 'AutoRunner.ai', category: 'coding', domains: ['autorunner.ai'], source: 'https://autorunner.ai/refund-policy' }, // refund policy: AI-powered browser automation and testing services on Individual and Company plans (page stored at http)
    // --- Agent platforms and hosted agents ---
    { id: 'assmblx', name: 'Assmblx', vendor: 'Assmblx', domains: ['assmblx.com'], source: 'https://assmblx.com/refund' }, // refund policy: an AI agent platform for workflow execution and agent deployment; credits spent on third-party AI providers; no refunds for disliked AI model outputs
    { id: 'swiftask', name: 'Swiftask', vendor: 'Swiftask', domains: ['swiftask.ai'], region: 'europe', source: 'https://docs.swiftask.ai/fr/help/articles/1415896-faq-facturation' }, // billing FAQ (French): credits spent by agents and their skills, premium AI models such as GPT-4 and Claude, knowledge-base scraping
    { id: 'clippybot', name: 'ClippyBot', vendor: 'ClippyBot', domains: ['clippybot.ai'], source: 'https://clippybot.ai/refund' }, // refund policy: credits are consumed by AI conversations and plugin executions; failed jobs refunded automatically
    { id: 'unopen-ai', name: 'unOpen.AI', vendor: 'unOpen.AI', domains: ['unopen.ai'], source: 'https://unopen.ai/legal/refund' }, // refund and cancellation: private VPS sandboxes tuned for AI agents on the OpenClaw framework; no refunds for the AI's logic or hallucinations
    { id: 'openclawplatform', name: 'OpenClaw (openclawplatform.com)', vendor: 'openclawplatform.com', domains: ['openclawplatform.com'], source: 'https://openclawplatform.com/refund' }, // money-back guarantee: hosted OpenClaw subscriptions whose AI assistant instances are switched off after a refund
    { id: 'mauimarketers-agent', name: 'AI Agent (Maui Marketers)', vendor: 'Maui Marketers', domains: ['agent.mauimarketers.com'], source: 'https://agent.mauimarketers.com/faq/' }, // FAQ: an OpenClaw agent on WhatsApp, Telegram, Discord, Slack and web chat; monthly AI credits pay model tokens (Claude Sonnet, GPT-4.1, DeepSeek V3) (subdomain only)
    // --- Chatbot builders and business assistants ---
    { id: 'chatwith-so', name: 'Chatwith (chatwith.so)', vendor: 'Chatwith', domains: ['chatwith.so'], source: 'https://chatwith.so/help/get-started/billing-faq' }, // billing FAQ: chatbots trained on your sources; messages counted per AI model (GPT 3.5 1x, GPT 4 20x) or sent with your own OpenAI or OpenRouter key
    { id: 'chatinsight', name: 'ChatInsight', vendor: 'Sand Studio', domains: ['chatinsight.ai'], source: 'https://www.chatinsight.ai/pricing/' }, // pricing FAQ: knowledge-base bots whose queries spend credits by GPT model (GPT-3.5 one credit, GPT-4 ten); data kept on Sand Studio's servers
    { id: 'watsy', name: 'Watsy', vendor: 'Watsy', domains: ['watsy.app'], source: 'https://watsy.app/fr/guides/ai-credits-guide' }, // AI-credits guide (French): the WhatsApp AI reads messages and the uploaded knowledge base and writes replies, one credit per token
    { id: 'immo-agenten', name: 'Immo-Agenten', vendor: 'Immo-Agenten', domains: ['immo-agenten.com'], region: 'europe', source: 'https://www.immo-agenten.com/information/allgemein/pricing' }, // pricing (German): credits for chat tokens, phone calls with speech-AI token costs, SMS and WhatsApp for estate agents' assistants
    { id: 'sleekai', name: 'SleekAI', vendor: 'SleekWP', urlPrefixes: ['sleekwp.com/ai'], source: 'https://sleekwp.com/ai/chatbot-for/refund-request-chatbot/' }, // product page: a WordPress AI chatbot that reads WooCommerce orders and the refund policy, on your own OpenAI, Anthropic, Google or OpenRouter key (path only)
    // --- AI phone agents ---
    { id: 'phonecalls-pro', name: 'PhoneCalls.pro', vendor: 'PhoneCalls.pro', domains: ['phonecalls.pro'], source: 'https://phonecalls.pro/refund-policy' }, // refund policy: AI answering services; first-week refunds only under 60 minutes of AI phone or chat time
    { id: 'dial-it-ai', name: 'Dial It AI', vendor: 'Dial It AI', domains: ['dialitai.com'], source: 'https://dialitai.com/refund' }, // refund policy: prepaid credits per second of calls placed by its AI agent; credits returned when the AI agent fails a task
    { id: 'convertyourcalls', name: 'ConvertYourCalls', vendor: 'ConvertYourCalls', domains: ['convertyourcalls.com'], source: 'https://www.convertyourcalls.com/refund-policy.html' }, // refund policy: a custom-built AI agent on an assigned phone number; AI voice minutes and OpenAI, Claude and Gemini costs are not refunded
    { id: 'aiwhizpro-voice-agent', name: 'AI Voice Agent (aiwhizpro.com)', vendor: 'AI Voice Agent', domains: ['aivoiceagent.aiwhizpro.com'], source: 'https://aivoiceagent.aiwhizpro.com/refund-cancellation-policy' }, // refund and cancellation: AI-powered voice interaction and automation services sold by subscription and AI credit (subdomain only)
    // --- Spreadsheets, SEO and content ---
    { id: 'sheetsolver-ai', name: 'SheetSolver AI', vendor: 'SheetSolver AI', category: 'productivity', domains: ['sheetsolverai.com'], source: 'https://www.sheetsolverai.com/refund' }, // refund policy: a 14-day money-back guarantee on its AI-powered formula generation service, billed through Paddle
    { id: 'openai-autoblogger', name: 'OpenAI AutoBlogger', vendor: 'OpenAI AutoBlogger', category: 'writing', domains: ['wpaiautoblogger.com'], source: 'https://wpaiautoblogger.com/refund-policy/' }, // refund policy: a WordPress autoblogging plugin run on the buyer's OpenAI API usage, which the plugin price does not include
    { id: 'wp-auto-seo', name: 'WP Auto SEO', vendor: 'WP Auto SEO', category: 'writing', domains: ['wpautoseo.ai'], source: 'https://wpautoseo.ai/refund-policy/' }, // refund policy: an automatic SEO plugin for WordPress that optimises sites with AI technology
    { id: 'autocommentai', name: 'AutoCommentAI', vendor: 'ZHU GE', category: 'writing', domains: ['autocommentai.cc'], source: 'https://autocommentai.cc/refund-policy' }, // refund policy: an AI comment-generation service sold in credit plans, unused credits refunded pro rata
    { id: 'texttotest', name: 'TextToTest', vendor: 'TextToTest', category: 'productivity', domains: ['texttotest.com'], source: 'https://texttotest.com/refund-policy/' }, // refund policy: documents turned into questions through AI processing providers; no refunds over the quality of AI-generated questions
    { id: 'getleadit', name: 'getleadit.xyz', vendor: 'getleadit.xyz', category: 'productivity', domains: ['getleadit.xyz'], source: 'https://www.getleadit.xyz/refunds' }, // refund policy: wallet top-ups buy third-party AI token allocations; a free tier to test its AI intent classification; Paddle
    { id: 'websitecreditscore', name: 'Website Credit Score', vendor: 'Website Credit Score', category: 'search', domains: ['websitecreditscore.com'], source: 'https://www.websitecreditscore.com/refunds' }, // refund policy: website scans whose reports come from live web searches and AI research; invalid AI responses refunded
    // --- Developer credits, chat and images ---
    { id: 'opencodex-hk', name: 'OpenCodex', vendor: 'OpenCodex', category: 'developer-platform', domains: ['opencodex.hk'], source: 'https://opencodex.hk/id/refund' }, // refund policy: prepaid credits spent on API requests to third-party model providers as they are used
    { id: 'contox', name: 'Contox', vendor: 'Contox', category: 'developer-platform', domains: ['contox.dev'], source: 'https://contox.dev/docs/pricing/credits' }, // credits docs: prepaid AI token packs beyond the plan's monthly AI token quota, deducted for enrichment and other AI operations
    { id: 'budgchat', name: 'BudgChat', vendor: 'BudgChat', category: 'chat', domains: ['budgchat.com'], source: 'https://www.budgchat.com/refund' }, // refund policy: AI chat answers paid in tokens on premium models (GPT-5, GPT-4.1); consumed tokens not refunded
    { id: 'appmockup-generator', name: 'AppMockup', vendor: 'Patel Nirvik Mansukhbhai', category: 'image', domains: ['appmockupgenerator.com'], region: 'india', source: 'https://appmockupgenerator.com/refund-policy' }, // refund policy: app-store screenshots generated and regenerated by AI, one credit each; Indian sole proprietorship, Dodo Payments
  ],
  { checked: CHECKED_C25, region: 'global' },
);
