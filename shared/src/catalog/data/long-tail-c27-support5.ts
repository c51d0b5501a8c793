// Twenty-seventh session, fifth customer-support pass (2026-12-07, helper `support5`): AI customer-support products no
// entry claimed yet, beside the earlier support passes (data/cat-support.ts, data/long-tail-support.ts,
// data/long-tail-c18-support.ts, data/long-tail-c21-support2.ts, data/long-tail-c23-support3.ts,
// data/long-tail-c25-support4.ts and the support-marketing files), whose queries and rows are not repeated here. An
// outside check still named customer support a weak category. Here, mostly AI phone receptionists and chat agents built
// for one trade, which the earlier passes' generic wording did not reach: self-storage (Lumio), fitness studios on
// Mindbody (Studio Jovo), childcare centres (Hazel), senior care and childcare (Jonson), churches (GospelCall,
// ChurchAgent, Easychurch), funeral homes (Novacall AI), healthcare practices (OzyOps), MSP help desks (Rallied's voice
// agent), small service firms (Dispatch AI); AI call analysis for veterinary clinics (PetsVet Call Intelligence);
// website chat agents (Docimal, AI Website Helper, Helptrovert); and, met on the way, AI companion calls and texts for
// older people (CareFriend, Elder Voicecare, Gabe the Guardian) and AI screening of cloned-voice scam calls for senior
// living (Voipy).
//
// Leads. 40 look-ups, counted as they were made, all in the stored `pages` corpus. Queries were worded as small vendors
// word their own pages and not as the earlier passes did: "trained on your help center articles … pricing per
// resolution", AI receptionists for trades and niches (HVAC and plumbing, car dealerships, law-firm intake, veterinary
// clinics, med spas and salons, accounting and tax firms, funeral homes, self storage, senior living and home care,
// campgrounds, pharmacies, gyms, childcare, churches, golf courses, towing, optometry), AI call scoring for
// home-service CSRs and support QA scorecards, a Zoho Desk reply-drafting extension, embed-script docs of chat widgets,
// Instagram DM auto-reply apps, app-store and Google review reply tools, Slack Connect support, tour-operator WhatsApp
// assistants, Jira Service Management AI apps, MSP help-desk voice agents, Gemini named as the reply model in
// sub-processor lists, and French ("agent vocal IA … conditions générales"), German ("KI-Telefonassistent …
// Auftragsverarbeitung"), Spanish ("recepcionista virtual con inteligencia artificial"), Italian ("assistente virtuale
// … WhatsApp"), Dutch ("AI telefoonassistent … algemene voorwaarden") and Polish ("asystent głosowy AI … regulamin")
// wording. As the earlier passes found, the category is well mined: about a quarter of the hosts met were listed
// already, and the generic and non-English queries returned listed vendors, guides and agencies almost only (every row
// here came from an English page). The privacy-policy queries named by trade found most rows. Every row cites a page
// with a path on the product's own host (for Rallied and OzyOps their docs subdomains, for Elder Voicecare the claimed
// subdomain; for Novacall AI, Hazel and Voipy the vendor's own blog post naming its own product) where the vendor says
// the product answers, books, analyses, screens or talks with AI, a language model or a named model provider. Hosts
// were run through /work/helpers/classify-hosts.mts, names grepped in data/ and in the other helpers' c27 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 228 hosts the searches returned (vendors, help desks, blogs,
// agencies, directories, news and shared hosts alike, in /work/helpers/out/support5-hosts.txt): 60 classified before
// (26.3%), 79 after (34.6%).
//
// Already listed and left to their entries: Resply (docs.resply.io), The Call Taker, nbound, CALLKOM, Kaiflo's
// sanspause.com, SoulVoice, empfang.online, AtiendeIA, Upfirst, OmnIAtix Chat, Bookio, Dealer On Call, DealerAutoPilot
// (dealerautopilotai.com), Numa, VocaIQ, AutoShop Voice, JagCall, 365agents, CallSphere, AgentZap, VoiceFleet, DocsBot,
// InstaReplAI, Social Replies, SegreteriaZen, onreply.ai, Cloud.ia, Talkforce, Sainer, AI Netherlands, SmartCall
// Assist, T&B Automatik, Inkeep, SmartAI.Support, KaiCalls, ReplyReview, ReplyZen, Voiser AI Reply, Itinera Planner,
// Yonder, intusell, Apollo Space, MedSpa AI Employee, AI VOX, SmartVoiceHub, Haven, Acuity (unitiproperty.com),
// ResProAI, Answering Agent, TelAI, Landlord (uselandlord.com), VoxsAgents, Oaken AI, Omind, Retell, Yappr
// (goyappr.com), Keepme and ChurchWiseAI.
//
// Doubtful rows, kept. Rallied is cited from its voice-agent docs (an AI phone agent per MSP on Vapi's speech-to-text,
// LLM and text-to-speech that opens PSA tickets); the twenty-second session's secops pass left docs.rallied.ai out
// because the page it read did not say AI; the page read here does, and rallied.ai is claimed from it; that pass's trap
// on docs.rallied.ai/integrations/hudu.md was dropped with a note in its test (the merger decides). Helptrovert is
// cited from its home-services industry page, which measures hand-offs "from AI to human follow-up" rather than
// describing the model; its wider pages were not read. Voipy is cited from its own procurement guide on AI call
// screening for senior living, which names its own Voipy Shield detection pipeline; it screens scam calls rather than
// answering customers ('other'). AI Website Helper's help centre is written for clients of the agencies that resell it;
// the product (an AI website widget that scans the site and answers visitors) is the vendor's own. Jonson is cited from
// its llms-full.txt feed, where the vendor calls it an AI phone assistant for senior care and childcare operators.
// Elder Voicecare's policy was read at http with `?lng=zh-CN` (the text is English) and is cited at its https address
// without the query; only the subdomain elder.generousapp.com is claimed, because the parent generousapp.com was not
// read. Hazel is named apart from the catalog's Hazel (hazelai.com), a different product. CareFriend, Elder Voicecare
// and Gabe the Guardian are companion services, not support tools; they are kept as AI products met on the way
// ('chat').
//
// Left out. Demo, staging and dev hosts: voicedemo.callrecoveryhvac.com (Call Recovery's terms),
// staging.evercrestai.com, welo-dev.mundt-it.de (welovoice's AGB, with "[FIRMA]"). Drafts: frontdeskglobal.com's AI
// disclosure for TheAutoReply ("to be reviewed by counsel before public deployment"). General products where AI is one
// feature: getredo.com (returns), notiondesk.so, bureau24.fr (a virtual-secretary service with a chatbot), Deviniti's
// AI Ticket Assistant and Deview Studios' Issue AI Analytics (Atlassian app vendors), respond.io's and Aircall's AI
// voice agents (messaging and phone suites), ManageEngine's ChatGPT integration, Leena AI's Zoho Desk connector docs
// (as listed or general), lotrush.com (RV-park software), operating.church, Club Pilot (clubpilot.com, golfpilot.com),
// odpal.com, emitrr.com, replio.cc and reviewreplier.app (as before), homecallvets.com (a mobile vet service that uses
// an AI receptionist). Agencies, consultancies and done-for-you services: aiclientbuilder.com, businessaissist.com
// (V.O.F. Driehonderdzestig), ilmiobot.it, lessmanual.ai, wiseaiagency.com, openclawconsult.com, inferensys.com,
// readlaboratories.com, bbehmermedia.com, michaelheredia.com, adhirajhangal.com, steelenash.com. Blogs, guides and
// glossaries that do not say the writer's own product uses AI (leads for a later pass that reads their policies):
// useclearline.com (Clearline, dealer voice agents), topcalls.ai, lyfework.io, eaxy.ai, tradesforce.site, tradesly.ai,
// spaid.com, supp.support and thethinkingrobot.com and btrwrkai.com (as before), slipperai.com and getevaai.com
// (med-spa AI receptionist glossaries), automeit.ai, welco.ai, callflowlabs.com, callin.io, castellan.so, simbo.ai,
// widget-chat.com (as before), convergedhub.ai, resolvemark.com, smartqbot.com, enthu.ai (Enthu.AI's AI QA scorecards,
// seen only on a general explainer: a lead), ochrehq.com (a help desk whose Slack Connect page mentions "AI behavior"),
// kirezeptionist.de, son-ia.online, clevervoice.de and bots4you.de (as before), telefonie-strategie.de, and the Polish
// SEO sites pomoc.ai, pracownicy.ai, wsparcie.ai and postacie.ai. Pages that do not say AI: docs.bookline.io (as
// before), smartdmai.online, dmautomate.onemonk.in, docs.autotee.io, adaptlive.app's towing playbook,
// syntheticedge.co's widget guide, sendoracloud.com's changelog, support.zofiq.ai's Contact Agent article (zofiQ's AI
// assistant for ConnectWise is a lead), jacksolutionsllc.com (GymBot's data policy names Gemini and Vapi, but on the
// maker's company host: a lead), vps.insightsmsp.com (Insights for ConnectWise sends ticket text to OpenAI; the product
// host was not read: a lead). Human answering services: antwoordservice.nl, antwoordservice-telefoonservice.nl,
// minute-call.com, automatedstoragecallcenter.com. Single businesses: itamil.it's AI service rules,
// rfjfurnishedhome.com's concierge, aspenspringsstorage.com (a `?p=` page with "[COMPANY]"). Shared platforms:
// daily-dev-clone.vercel.app, contractoraihub-com.pages.dev, dealerautopilot.polsia.app, jiva-ten.vercel.app,
// lunivate.notion.site, sites.google.com/view/reviewops, ultracart.atlassian.net, ij-solutions.atlassian.net,
// homepage-01d.pages.dev (GolfAssist.ai's Telegram-bot terms: golfassist.ai is a lead), and an AI receptionist on
// hosted.app (as before).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Support5Tools: Tool[] = defineTools(
  'agents',
  [
    // --- AI phone receptionists built for one trade ---
    { id: 'lumio-storage', name: 'Lumio', vendor: 'Lumio Agents Inc.', domains: ['lumiostorage.com'], source: 'https://www.lumiostorage.com/privacy' }, // privacy: AI-powered voice agent and automation services for self-storage operators, processing tenants' and callers' data for customers
    { id: 'studio-jovo', name: 'Studio Jovo', vendor: 'Studio Jovo', domains: ['studiojovo.app'], source: 'https://www.studiojovo.app/privacy' }, // privacy: a virtual receptionist for fitness and wellness studios on Mindbody; data used to power its AI receptionist, which answers calls and books classes
    { id: 'hazel-childcare-receptionist', name: 'Hazel Childcare Receptionist', vendor: 'Hazel', domains: ['hazelhere.com'], source: 'https://hazelhere.com/blog/is-ai-receptionist-safe-for-childcare' }, // own blog: Hazel is an AI receptionist built childcare-first that escalates custody, medical and complaint calls to staff
    { id: 'jonson-ai', name: 'Jonson', vendor: 'Jonson', domains: ['jonson.ai'], source: 'https://jonson.ai/llms-full.txt' }, // own feed: Jonson is an AI phone assistant for US senior care operators and childcare centres, priced per month
    { id: 'gospelcall-ai', name: 'GospelCall', vendor: 'GospelCall', domains: ['gospelcall.ai'], source: 'https://www.gospelcall.ai/privacy' }, // privacy: an AI-powered phone answering service for churches that answers callers from the church's knowledge base and stores AI-generated transcripts
    { id: 'churchagent-ai', name: 'ChurchAgent', vendor: 'ChurchAgent.ai', domains: ['churchagent.ai'], source: 'https://churchagent.ai/privacy-policy' }, // privacy: an AI platform that gives churches a persistent AI agent across voice, chat, email, SMS and workplace messaging
    { id: 'easychurch', name: 'Easychurch', vendor: 'Easychurch', domains: ['easychur.ch'], source: 'https://www.easychur.ch/privacy' }, // privacy: churches' autonomous AI agents answer visitors from uploaded sermons and crawled pages, with prompts sent to OpenAI, Anthropic and xAI
    { id: 'novacall-ai', name: 'Novacall AI', vendor: 'Novacall AI', domains: ['novacallai.com'], source: 'https://novacallai.com/blog/ai-voice-agent-funeral-homes-after-hours' }, // own blog: Novacall AI's voice agent answers funeral homes' after-hours calls and follows up by SMS, email and WhatsApp, with its clients' results
    { id: 'ozyops', name: 'OzyOps', vendor: 'OzyOps', domains: ['ozyops.com'], source: 'https://docs.ozyops.com/healthcare/prescription-workflow' }, // docs: the AI receptionist captures prescription-refill requests during patients' calls and tracks them with staff and SMS notices
    { id: 'dispatch-ai-leads', name: 'Dispatch AI', vendor: 'Dispatch AI, LLC', domains: ['dispatch-leads.com'], source: 'https://www.dispatch-leads.com/terms.html' }, // terms: an AI receptionist that answers a business's forwarded calls, collects each caller's request and delivers the lead to its app
    { id: 'rallied-ai', name: 'Rallied', vendor: 'Rallied', domains: ['rallied.ai'], source: 'https://docs.rallied.ai/dashboard/voice-agent' }, // docs: a per-MSP AI phone agent (Vapi speech-to-text, LLM and text-to-speech) that takes help-desk calls and opens tickets in ConnectWise, HaloPSA or Autotask
    // --- AI call analysis ---
    { id: 'petsvet-call-intelligence', name: 'PetsVet Call Intelligence', vendor: 'PetsVet', category: 'productivity', domains: ['petsvet.cloud'], source: 'https://www.petsvet.cloud/privacy' }, // privacy: records, transcribes and AI-analyses veterinary clinics' phone calls to improve operations, staff performance and client experience
    // --- website chat agents ---
    { id: 'docimal', name: 'Docimal', vendor: 'Docimal', domains: ['docimal.site'], source: 'https://docimal.site/docs/developer-guides/embed-script' }, // docs: embedding Docimal AI Agents on a website as a chat bubble, with user identity for session history
    { id: 'ai-website-helper', name: 'AI Website Helper', vendor: 'AI Website Helper', domains: ['aiwebsitehelper.com'], source: 'https://aiwebsitehelper.com/support/' }, // help centre: an AI website widget that scans the client's site, answers visitors under built-in AI behaviour rules and captures leads
    { id: 'helptrovert', name: 'Helptrovert', vendor: 'Helptrovert', domains: ['helptrovert.com'], source: 'https://www.helptrovert.com/industries/home-services/' }, // industry page: AI replies to home-service customers in chat, with qualified conversations handed from AI to human follow-up
    // --- met on the way: companion calls and texts for older people, scam-call screening ---
    { id: 'carefriend-ai', name: 'CareFriend', vendor: 'CareFriend', category: 'chat', domains: ['carefriend.ai'], source: 'https://www.carefriend.ai/privacy' }, // privacy: an AI-powered companion calling service ("Sarah") for social engagement and wellness check-ins, with recordings, transcripts and summaries
    { id: 'elder-voicecare', name: 'Elder Voicecare', vendor: 'Generous App Enterprise', category: 'chat', domains: ['elder.generousapp.com'], source: 'https://elder.generousapp.com/privacy-policy' }, // privacy (English text): AI companion calls to an elderly person, with voice recordings, transcripts and conversation memory
    { id: 'gabe-the-guardian', name: 'Gabe the Guardian', vendor: 'Gabe the Guardian', category: 'chat', domains: ['gabetheguardian.net'], source: 'https://gabetheguardian.net/privacy.html' }, // privacy: SMS check-ins for seniors whose message text is sent to Anthropic to generate trivia and warm replies
    { id: 'voipy', name: 'Voipy', vendor: 'Voipy', category: 'other', domains: ['voipy.app'], source: 'https://voipy.app/blog/senior-living-ai-call-screening-procurement-guide-2026' }, // own guide: AI call screening for senior-living phone lines with deepfake-voice detection models (its Voipy Shield pipeline)
  ],
  { checked: CHECKED_C27, region: 'global' },
);
