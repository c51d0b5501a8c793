// Twenty-fifth session, fourth customer-support pass (2026-12-07, helper `support4`): AI customer-support products no
// entry claimed yet, beside the earlier support passes (data/cat-support.ts, data/long-tail-support.ts,
// data/long-tail-c18-support.ts, data/long-tail-c21-support2.ts, data/long-tail-c23-support3.ts and the
// support-marketing files) and the other twenty-fifth-session passes, whose rows are not repeated here. Customer
// support was one of the weakest kinds in an independent recall measurement. Here: website chatbot builders and AI
// support agents that answer visitors from a business's own site and documents (ChatbotIQ, AI Chat for Business,
// SmartChatBot, Sitemind AI, Adey, Wingbot, Avar AI, inGenious AI, Infer Chatbot, SimpledAId, Loyalleads' chatbot,
// Chatref, TrolleyChat, Duochat, Aissist, Simple Chat); AI agents inside a SaaS product for onboarding and support
// (iTeri); AI shopping and order-support assistants for online stores (ShopAssist, StoreClerk, noorflows' Order &
// Support Agent on Anthropic's Claude); an AI email-reply assistant for support inboxes (Chat Flow's SYNC); AI reply
// bots on WhatsApp (AutoReply AI, RoboTalk); an AI hotel receptionist on the web (ChatBook); an AI voice front desk for
// clinics (frontdesk.care); and an AI moderation bot for Telegram groups met on the way (Telegram Bot App).
//
// Leads. 40 look-ups, counted as they were made: 37 in the stored `pages` corpus and 3 in `docs`. Queries worded the
// way such vendors word their own pages: "train the chatbot on your website content", "message credits … AI responses
// per month", "human handoff when the AI cannot answer", "we use OpenAI to generate answers", "resolution rate … AI
// agent" and pay-per-resolution, sub-processor lists naming OpenAI, Pinecone, Mistral and Anthropic, refund policies
// for unused message credits, AI voice agents and receptionists for call centres and restaurants, Instagram and
// WhatsApp reply bots, Gmail and Outlook reply drafting, ticket triage, knowledge-base builders, Slack and Teams IT
// help desks, Discord and Telegram bots, hotel chatbots, a Spanish privacy-policy query, and terms of service anchored
// on company forms (registered in England and Wales, Pty Ltd with ABN, GmbH, UG, B.V., s.r.o., Private Limited).
// The generic wording ("train your chatbot", "human handoff", "resolution rate", ticket triage, knowledge-base
// builders, voice-agent stacks, Slack IT help desks) returned vendors' guides and blogs, Zendesk's and Freshdesk's own
// help pages and tutorials almost only; the terms-of-service queries that name a company form and the words "AI
// customer-service chatbot" found most rows (SimpledAId, Loyalleads, inGenious AI, Avar AI, iTeri, ShopAssist,
// StoreClerk, Infer Chatbot, AI Chat for Business), and the sub-processor and help-centre queries the rest. About a
// quarter of what the searches met was already listed. Every row cites a page with a path on the product's own host
// (for TrolleyChat and ChatBook their docs subdomains, for noorflows the claimed subdomain) where the vendor says the
// product answers, drafts, replies or moderates with AI, a language model or a named model provider. Hosts were run
// through /work/helpers/classify-hosts.mts, names grepped in data/ and in the other helpers' c25 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 277 hosts the searches returned (vendors, help desks, blogs,
// agencies, directories, news and shared hosts alike, in /work/helpers/out/support4-hosts.txt): 67 classified before
// (24.2%), 93 after (33.6%).
//
// Already listed and left to their entries: Chatbase, Chatling, Stammer AI, TinyTalk, ChatReact, Paperchat, open.cx,
// eesel AI, Savena, InstaReplAI, Social Replies, Respondable AI, BotSupport.ai, Bot On Site, WebsiteGPT (widgetora.com),
// Chatbotty, Chatboz, Chatboots, Chatcot, Live Chat Agent and Call Eva, Kairos AI (trykairos.in), ChatLab, ChatBotKit,
// SmartAI.Support, Teammates, Revve, LiveChatAI, CX Genie, HelpGuides, Protodesk, GPT-trainer, Retell, Bolna, itellico,
// Receptabot, Answering Agent, TelAI, Rinqly, AI Call Agent, BusyOtter, Bite Buddy, Bookbag, Kalcend, SmartChat
// Solutions, ChatOrbit, AI Virtual Staff, CheBot, WhatsApp AI Sales, OmnIAtix Chat, gnius.ai, ReplAI, taurin.io, Moveworks,
// Wayak, Dock (trydock.ai) and AI Chat Support (ai-chat.support).
//
// One subdomain is claimed alone: agent.noorflows.com, the Shopify order and support agent, because the parent
// noorflows.com was not read. ChatBook's chat widget loads from widget.hotelchatbook.io; only hotelchatbook.com, whose
// docs subdomain carries the cited page, is claimed. Infer Chatbot is named apart from the catalog's Infer and INFER.
//
// Doubtful rows: Chatref is cited from a guide in its own knowledge base about human handoff for teams that run its AI
// agent, not from a policy. Simple Chat's FAQ defines the AI-resolved conversations it bills at $0.99 under
// usage-based pricing; the product may be a chat inbox where the AI agent is one part, but the billing page is about
// the AI. RoboTalk's refund policy calls it an AI assistant billed by tokens and messages, reached through WhatsApp; it
// is a general chat assistant rather than a support tool and takes the 'chat' category. Loyalleads' terms describe
// "Loyalleads Limited's AI Customer Service Chatbot" with a Cardiff address and a gmail contact; the host name reads
// like a lead-generation firm's, but the terms are for the chatbot service. Chat Flow is cited from its SYNC page, an
// AI email assistant inside a chatbot product whose wider pages were not read. Telegram Bot App moderates groups with
// machine-learning models rather than answering customers; it is kept as an AI product met on the way ('other').
// Regions: Duochat and ChatbotIQ sit on .in and .eu hosts; only ChatbotIQ's page (EU hosting, Mistral, Hetzner in
// Germany) is read as European; Duochat stays 'global'. Infer Chatbot's operator is a "Pvt Ltd" (Metclouds
// Technologies), read as Indian. Sitemind AI's policy points to an Impressum but names no country; it stays 'global'.
// inGenious AI and iTeri are Australian Pty Ltds and take 'global', as the twenty-fifth session's ANZ pass does.
//
// Left out. Drafts and placeholders: verbalise.ai's Ivy AI receptionist terms ("[your company address]"), emiri.io's
// terms (a "Przykładowa 1" example street in Warsaw), maxifyshops.com's merchant terms ("[Your Jurisdiction]"),
// AI.Support B.V.'s terms on aichat.xxxx.website ("operational draft for lawyer review", on an odd host),
// velarapex.com ("[Company Name]", as before), voiceops.net (a draft, as before), chatbot.eyratech.com (as before).
// Pages that do not say the product uses AI in the part read: chatagent.io's terms (Chat Agent of InstaReply W.L.L.,
// Bahrain: a lead), onchat.ai's training guide (OnChat: a lead; its AI wording was not on the page read), chatclient.ai's
// terms, aiboosters.co.uk (Consui Limited's "csb Juliet" chatbot), fimblefits.com's chatbot refund page, chatwarden.com,
// replyrun.in, swingaroo.ca (no AI, as it says). General products where AI is one feature: onwebchat.com (live chat with
// a GPT-4o bot), text.com (a live-chat and help-desk suite), goseny.com, commslayer.com (a Shopify help desk, as the seventeenth
// session decided), 8returns.com (returns management), suptask.com, support.jitbit.com, elysium.systems, docs.tickiti.com,
// atender.com, help.salesmessage.com, support.shippedsuite.com, help.proposaly.io, usejimo.com, aamu.app, hotelary.ai
// (a hotel platform whose WhatsApp AI is one module), automatedcommerce.ai (as before), scheduling.studio (as before),
// docs.nextaibot.tech (a messaging platform whose per-client chat AI is one module; its docs are still marked TODO),
// fliqr.ai (a chatbot-builder docs page for a product not named on it), zavu.dev, and a hosting company's own chatbot
// terms (centralserver.com). Agencies, consultancies, case studies and done-for-you services: pivotpoint.biz,
// virtualassistant.com.au (as before), ephratasolutions.com, thinkbot.agency, theaidevelopment.com, icerockdev.com,
// novasolutions.technology, liamsawyer.com, sentientarc.com, aiagentics.io, aitakesaxion.com, embyr.ai, digelite.de,
// ajphygitalgroup.com. Blogs, guides and glossaries that do not describe the writer's own product: robylon.ai (an AI
// support platform seen only on its training guide: a lead), supportoasis.com's glossary (a lead), chatsy.app,
// gojumba.com (a US AI receptionist seen only on its limitations post: a lead), octopusbuilds.com, kryden.ai,
// helmsly.io, aipromptgear.com, callsphere.tech, localgrow.ai, nerova.ai, ai.morsl.ai, ergini.com, gogoai.xin and the
// Zendesk, Freshdesk and Google help and docs pages. Skill files and directories: skills.sh (AgentPhone on
// agentphone.to: a lead), appsumo.com, vercel.com's marketplace page for AssistLoop. Shared platforms: two notion.site
// pages (a WhatsApp bot's training guide and ChattyAI's sub-processors), bob-e-ai-docs.gitbook.io, jiva-ten.vercel.app,
// lending-agent-docs.vercel.app, aionloop.pages.dev (HelloCalls: a lead), openchat-landing.pages.dev, adasite-main.pages.dev,
// ideablueprint.pages.dev, aigums.pages.dev, aguidetocloud-plainai.pages.dev, voozh.deno.dev, intercom.help's Bot Space
// help centre, davinciai.canny.io, an AI receptionist on hosted.app (as before), and bot101.app, seen again only at its
// sitemap address.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25Support4Tools: Tool[] = defineTools(
  'agents',
  [
    // --- website chatbots and AI support agents trained on a business's content ---
    { id: 'chatbotiq-eu', name: 'ChatbotIQ', vendor: 'ChatbotIQ', domains: ['chatbotiq.eu'], region: 'europe', source: 'https://chatbotiq.eu/subprocessors' }, // sub-processors: chat answers generated by Mistral, OpenAI, Anthropic and Gemini LLMs from customers' document text, embeddings in Pinecone, hosting at Hetzner in Germany (read at http)
    { id: 'ai-chat-for-business', name: 'AI Chat for Business', vendor: 'Pinstripe Business Services LLC', domains: ['aichatforbusiness.com'], source: 'https://aichatforbusiness.com/terms' }, // terms (New York LLC): AI-powered chatbots trained on a business's documents for web, WhatsApp, Instagram and more, with human handoff; third-party AI providers including OpenAI
    { id: 'smartchatbot-ch', name: 'SmartChatBot', vendor: 'UndiWeb', domains: ['smartchatbot.ch'], region: 'europe', source: 'https://smartchatbot.ch/en/privacy' }, // privacy: an AI chatbot that answers website visitors from the operator's knowledge base; messages sent to AI services to generate replies; EU hosting in Frankfurt, Swiss nDSG
    { id: 'sitemind-ai', name: 'Sitemind AI', vendor: 'Sitemind Ai Labs', domains: ['sitemindai.app'], source: 'https://sitemindai.app/privacy.html' }, // privacy: customers create an AI agent, connect a website and install a widget that answers visitors; AI web assistants and content processing
    { id: 'adey-chatbot', name: 'Adey', vendor: 'Adey', domains: ['adey-chatbot.website'], source: 'https://www.adey-chatbot.website/tos' }, // terms: an embeddable AI-driven chat widget that answers a business's customers from the data and documents it uploads, tiers by monthly conversations
    { id: 'wingbot-ai', name: 'Wingbot', vendor: 'wingbot.ai s.r.o.', domains: ['wingbot.ai'], region: 'europe', source: 'https://wingbot.ai/terms-and-conditions' }, // business terms (Prague): chatbot applications that pass client customers' messages to a language model and deliver its output in chat and messaging apps; OpenAI among cloud services
    { id: 'avar-ai', name: 'Avar AI', vendor: 'Avar AI', domains: ['avar.ai'], source: 'https://avar.ai/terms' }, // terms: a cloud artificial-intelligence platform providing chatbots for customer support, sales and user engagement
    { id: 'ingenious-ai', name: 'inGenious AI', vendor: 'inGenious AI Pty Ltd', domains: ['ingenious.ai'], source: 'https://ingenious.ai/terms-of-service' }, // SaaS terms (Melbourne): a platform for creating and managing artificially intelligent chatbots deployed on messaging services
    { id: 'infer-chatbot', name: 'Infer Chatbot', vendor: 'Metclouds Technologies Pvt Ltd', domains: ['inferchatbot.com'], region: 'india', source: 'https://inferchatbot.com/terms-of-services' }, // terms: the AI-Assisted Customer Support Platform of Metclouds Technologies Pvt Ltd
    { id: 'simpledaid', name: 'SimpledAId', vendor: 'Simpled Tech Limited', domains: ['simpledaid.com'], region: 'europe', source: 'https://simpledaid.com/legal/terms/' }, // terms (England and Wales): an AI customer-service and sales chatbot that learns a store's knowledge base, answers shoppers and escalates to humans; per-resolution pricing
    { id: 'loyalleads-chatbot', name: 'Loyalleads AI Customer Service Chatbot', vendor: 'Loyalleads Limited', domains: ['loyalleads.co.uk'], region: 'europe', source: 'https://loyalleads.co.uk/terms-of-service' }, // terms (Cardiff): the Service is Loyalleads Limited's AI customer service chatbot
    { id: 'chatref-ai', name: 'Chatref', vendor: 'Chatref', domains: ['chatref.ai'], source: 'https://chatref.ai/kb/guides/handle-human-handoff-questions' }, // own knowledge-base guide: teams connect their docs to Chatref's AI agent, which answers first and hands chats to an operator inbox
    { id: 'trolleychat', name: 'TrolleyChat', vendor: 'TrolleyChat', domains: ['trolleychat.ai'], source: 'https://docs.trolleychat.ai/ai-knowledge-base/handoff' }, // docs: the AI assistant answers from the store's knowledge base and product catalog and hands customers to the team when it cannot answer confidently
    { id: 'duochat', name: 'Duochat', vendor: 'Duochat', domains: ['duochat.in'], source: 'https://www.duochat.in/help-center/ai-support-agent/when-ai-should-transfer-to-human-agent' }, // help centre, AI support agent: when the AI hands a conversation to a human (requests, complaints, refunds, low AI confidence)
    { id: 'aissist-io', name: 'Aissist', vendor: 'Aissist', domains: ['aissist.io'], source: 'https://aissist.io/industries/cost-benchmark-of-ai-service' }, // own pricing explainer: Aissist's AI customer service billed per AI interaction, capped per resolution
    { id: 'simple-chat-com', name: 'Simple Chat', vendor: 'Simple Chat', domains: ['simple-chat.com'], source: 'https://simple-chat.com/pages/sc-faq/what-counts-as-an-ai-closed-conversation' }, // FAQ: conversations closed after customer-visible AI replies are billed as AI resolutions at $0.99 under usage-based pricing
    // --- in-product agents, shop assistants and support inboxes ---
    { id: 'iteri-ai', name: 'iTeri', vendor: 'iTeri Pty Ltd', domains: ['iteri.ai'], source: 'https://iteri.ai/terms.html' }, // terms: an embeddable AI agent inside a SaaS product for customer success, onboarding, support and feature adoption, with LLM inference routing
    { id: 'shopassist-kremic', name: 'ShopAssist', vendor: 'Kremic Ventures UG (haftungsbeschränkt)', domains: ['getshopassist.com'], region: 'europe', source: 'https://www.getshopassist.com/terms' }, // terms (BGB, B2B): an AI-powered shopping assistant for Shopify stores that answers shoppers in a chat widget with large language models
    { id: 'storeclerk-ai', name: 'StoreClerk', vendor: 'InfinitAI UG (haftungsbeschränkt)', domains: ['storeclerkai.com'], region: 'europe', source: 'https://storeclerkai.com/sh-app/tos.html' }, // Shopify app terms: an AI-powered chatbot for retailers' sites whose conversations pair shoppers' queries with generated responses
    { id: 'noorflows-order-support-agent', name: 'noorflows Order & Support Agent', vendor: 'noorflows', domains: ['agent.noorflows.com'], source: 'https://agent.noorflows.com/privacy' }, // privacy: a Shopify app that answers shoppers about orders, returns and refunds; messages and order facts sent to Anthropic's Claude to write replies
    { id: 'chat-flow-app', name: 'Chat Flow', vendor: 'Chat Flow', domains: ['chat-flow.app'], source: 'https://chat-flow.app/docs/how-to/bots-agents/sync-emails' }, // docs: SYNC, an AI email assistant that drafts replies with a confidence score for review, and an AI Agent that answers confident emails itself
    // --- messaging, hotels and voice ---
    { id: 'autoreply-ai-in', name: 'AutoReply AI', vendor: 'AutoReply AI', domains: ['autoreplyai.in'], region: 'india', source: 'https://autoreplyai.in/privacy-policy.html' }, // privacy (Razorpay): customer messages on a business's WhatsApp number processed to generate AI replies from its FAQ content
    { id: 'robotalk-me', name: 'RoboTalk', vendor: 'RoboTalk', category: 'chat', domains: ['robotalk.me'], source: 'https://robotalk.me/refund' }, // refund policy: RoboTalk, an AI assistant, priced per message by tokens consumed, with notices sent on WhatsApp
    { id: 'hotelchatbook', name: 'ChatBook', vendor: 'ChatBook', domains: ['hotelchatbook.com'], source: 'https://doc.hotelchatbook.com/en/docs/configuracion/chatbot' }, // docs: an AI sales agent acting as a hotel's 24/7 virtual receptionist, answering guests from a vector knowledge base (RAG) and booking with a PMS
    { id: 'frontdesk-care', name: 'frontdesk.care', vendor: 'frontdesk.care', domains: ['frontdesk.care'], source: 'https://frontdesk.care/help/voice-and-ai/what-your-ai-can-and-cant-do' }, // help centre: an AI voice receptionist for clinics that books, reschedules and cancels appointments, answers FAQs from trained knowledge and transfers to staff
    { id: 'telegram-bot-app', name: 'Telegram Bot App', vendor: 'Telegram Bot App', category: 'other', domains: ['telegram-bot.app'], source: 'https://telegram-bot.app/terms' }, // terms: an AI-powered moderation bot for Telegram groups that detects spam, NSFW and toxic messages with machine-learning and computer-vision models
  ],
  { checked: CHECKED_C25, region: 'global' },
);
