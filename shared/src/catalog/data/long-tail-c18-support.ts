// Eighteenth session, customer-support pass (2026-12-06, issue 15): AI customer-support tools the catalog still
// missed. Website chatbot builders trained on a business's own site and documents, AI agents that answer customers
// and hand off to a human help desk, AI helpdesk drafting and triage (Zendesk, Shopify and Slack-side), agent-assist
// suggestion panels, AI email-support agents, WhatsApp, Instagram and Messenger AI reply bots for businesses,
// Discord support bots, a WordPress AI chatbot plugin and a few knowledge-base answer bots; three AI chat services
// met on the way (MindChat, a Japanese end-of-life advice bot on LINE, Ecosysteme.ai's AI staff) are kept too.
//
// Leads. The stored `pages` corpus searched by product kind (55 look-ups), worded the way vendors word their own
// terms, privacy policies, AI disclaimers, acceptable-use policies, subprocessor lists, help centres and docs ("train
// your AI agent on website URLs, PDFs and FAQs", "escalation to human", "AI resolution pricing", "Draft with AI",
// "WhatsApp Business AI replies", "agent assist suggestions"), in English, German, French, Spanish, Portuguese,
// Italian, Dutch, Polish, Turkish, Indonesian, Russian, Japanese, Korean and Chinese. Every row cites a page, with a
// path, on the product's own host (or its vendor's); each page says in the vendor's words that the product answers,
// drafts, triages or replies with AI, a language model or a named model. Candidate hosts were run through
// /work/helpers/classify-hosts.mts and the catalog grepped by name first. Already entries, left to them: grounded.sh,
// chatloom.app, elinaia.com.mx, omniatix.chat, whatsbotgpt.store, atendus.com.br, inteligenciabot.com,
// iassistance.app, ai-chie.com, socialreplies.app, replybites.com, shopexpert.ai, aisupportpro.it, talkforce.ai,
// segreteriazen.it, anydialog.com, zeptix.io, chats-llm.com, chatvise.de, chatreact.ai, quickchat.ai, chatbase.co,
// eesel.ai, open.cx, fin.ai, usefini.com, ai-netherlands.nl, botz4u.com, sainer.nl, chatbot.satria.technology,
// rozmawiajai.pl, czat.ai, hellomatik.com, ascn.ai, tifana.ai, serval.com, moin.ai, ia-first-brasil and
// talktonobunaga.site. atiendeia.com and airmailer.app had been left by earlier passes (leads, marketing) for a
// support pass; they are rows here. Three subdomains are claimed alone because the parent sites were not read as the
// AI product: resolveai-zendesk.dasgroupllc.com (a Zendesk app of DAS Group), reply.polenest.com (ReplyGuru) and
// assist.omnibots.ai (Omnibots' agent-assist product, whose docs sit on docs.assist.omnibots.ai). ResolveAI for
// Zendesk is a different product from the catalog's `resolveai` (resolveai.co) and is named apart; Botify on
// mybotify.ai (an Instagram DM bot builder) is named apart from Ex-Human's Botify AI (botify.ai, botif.ai).
//
// Measured with /work/helpers/classify-hosts.mts on the 305 hosts the searches returned (vendors, blogs, news sites,
// directories and shared hosts alike): 44 classified before (14.4%), 84 (27.5%) after.
//
// Left out. Pages whose company or address is still a template placeholder (chatbot.eyratech.com's "[COMPANY NAME]"
// terms, velarapex.com's "[Company Name]" policy, avantbit.de's "Musterstraße 123" terms); done-for-you services and
// agencies that build bots for clients rather than a product (terms.aichatservices.co on Chatbase, targetfirst.com,
// lunioncom.com, iafirstbrasil.com's agency terms, ilmiobot.it, lessmanual.ai, incote.click, ip2.ru, fitterads.com,
// automatesai.co); general helpdesk, CRM, live-chat, phone-answering and commerce software with an AI feature
// (Zendesk, Freshdesk, Gorgias, HubSpot, Intercom, Jitbit, Tickiti, Nura24, SDesk, Suptask, Elysium Service Desk,
// TribeCRM, HotCRM, Notiondesk, Redo, STORES, bureau24.fr and ebuero.de with their Aida chat add-on, Ticketcord,
// tg.app, BotSailor, ChatSense's reseller terms, Breakground's digital-adoption chat widget, Aesthetix CRM, Practice
// Numbers, SymphonyAI Summit); one business's own customer bot (thoptec.com, elgueydelcalzado.com, openmindpro.tech,
// itamil.it, asas.art.br, policy.sm-erp.cn's unnamed Shopify app); pages that never say the tool uses AI
// (achille.ai's terms, ihrchatbot.de, contratechat.com.br, legal.assistentesonia.com.br, talkabot.net,
// chatmanger.gs-server1.com, dischelp.xyz,
// shopagent.gerg.cloud, instareplai.com's integrations page, docs.humagician.com, docs.relayn.io, duggai.com's
// install page, chatgent.com, bot.silkhorizon.uz); unclear products (hivelink.info's internal corporate chatbot,
// backend.chat's subprocessor list, gptagent.ai, whose name clashes with the catalog's `gptagent`); `?p=` pages
// (ai-netherlands.nl, buenclick.com's Glifo Chatbot, tuneaibot.com, ramozal.net); blogs, guides, glossaries and
// news rather than a product's own terms or docs, even where the vendor is an AI support tool (helmsly.io,
// mailon.ai, crmai.kz, heeya.fr, intusell.com, oxaide.com, sitebot24.com, tg-staff.com, embed.crawlbot.ai,
// cswithai.com, syntalith.ai, chatbot4you.io, getmacha.com, worknet.ai, trydock.ai, gravity.fast, kanopylabs.com);
// WordPress plugins read only on directories or mirrors (AxiaChat AI on weixiaoduo.com, Aspired Chatbot and
// Attendant on pluginforthat.com, SansTerra on wordpress.org) and raplsworks.com, a plugin maker's general site;
// staging, test and development hosts (test.anydialog.com, public.staging.botweaver.fr, welo-dev.mundt-it.de,
// dev.quantumbyte.ai, staging.tinfiz.com, faq.shin-test3.net, dev-agents.humanizing.com); and shared platforms
// (echosage.vercel.app, getaillm.vercel.app, thankyou-autosolve-gpt-zendesk.pages.dev, askvault-docs.pages.dev,
// breakground-docs.pages.dev, gosqo-site.pages.dev, ChattyAI's subprocessors on notion.site, policy-lineai.web.app,
// a Google Sites auto-reply app, a WhatsApp AI CRM's terms on app.notion.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18SupportTools: Tool[] = defineTools(
  'agents',
  [
    // --- Website chatbot builders trained on a business's own site and documents ---
    { id: 'bot-on-site', name: 'Bot On Site', vendor: 'AI Web Consulting Group LLC', domains: ['botonsite.com'], source: 'https://botonsite.com/legal/terms' }, // terms: an AI receptionist and chat widget built from a crawl of the customer's website, using third-party AI model providers
    { id: 'botsupport-ai', name: 'BotSupport.ai', vendor: 'BotSupport.ai', domains: ['botsupport.ai'], region: 'europe', source: 'https://www.botsupport.ai/terms-conditions/' }, // terms (UK): an AI chat widget answering from website content, catalogues and PDFs; "AI Output" defined, OpenAI usage fees billed apart
    { id: 'chatleaf', name: 'ChatLeaf', vendor: 'ChatLeaf', domains: ['chatleaf.app'], source: 'https://www.chatleaf.app/terms' }, // terms: an AI-powered chatbot platform with website analysis and knowledge-base generation
    { id: 'chatboots', name: 'Chatboots', vendor: 'Chatboots Inc.', domains: ['chatboots.com'], source: 'https://chatboots.com/terms-of-service' }, // terms: create AI chatbots, upload knowledge bases and embed them on websites
    { id: 'chatboz', name: 'Chatboz', vendor: 'Chatboz', domains: ['chatboz.com'], source: 'https://api.chatboz.com/api/v1/terms-of-use' }, // terms (served on its API host): AI chatbots for customer support trained on documents; "Chatboz uses AI models to generate responses"
    { id: 'respondable-ai', name: 'Respondable AI', vendor: 'Respondable AI', domains: ['respondableai.com'], source: 'https://www.respondableai.com/terms' }, // terms: crawls the client's site into a vector store and answers in a chat widget with large language models
    { id: 'answermind-ai', name: 'AnswerMind AI', vendor: 'AnswerMind AI', domains: ['answermindai.com'], source: 'https://answermindai.com/aup' }, // acceptable-use policy: AI-powered chatbot infrastructure for businesses serving their customers
    { id: 'webchatagent', name: 'WebChatAgent', vendor: 'Dominik Weber', domains: ['webchatagent.com'], region: 'europe', source: 'https://webchatagent.com/terms' }, // terms (Bielefeld): AI chatbots built from the user's data sources on GPT, Gemini, Grok or Mistral models
    { id: 'chatfluss', name: 'Chatfluss', vendor: 'Chatfluss', domains: ['chatfluss.com'], region: 'europe', source: 'https://chatfluss.com/agb' }, // terms (German): chat widget with FAQ playbooks and lead capture; an AI notice says its answers may be wrong
    { id: 'askthe-bot', name: 'Ask The Bot (askthe.bot)', vendor: 'askthe.bot', domains: ['askthe.bot'], source: 'https://askthe.bot/docs/agent/knowledge' }, // docs: the agent answers visitors from uploaded files, crawled URLs and FAQs and cites them
    { id: 'easy-ai-chatbot', name: 'Easy AI Chatbot', vendor: 'Easy AI Chatbot', domains: ['easyaichatbot.ai'], source: 'https://easyaichatbot.ai/docs/' }, // docs: a WordPress AI chatbot plugin (free and Pro) with hosted LLM access and no API key needed
    { id: 'billy-chat', name: 'Billy (billy.chat)', vendor: 'billy.chat', domains: ['billy.chat'], source: 'https://billy.chat/docs/knowledge-base-explained' }, // docs: AI chatbots for an agency's clients, trained on text, files, sites and Q&A pairs
    { id: 'ultimo-bots', name: 'Ultimo Bots', vendor: 'Ultimo Bots', domains: ['ultimo-bots.com'], source: 'https://docs.ultimo-bots.com/getting-started/how-it-works' }, // docs: an AI assistant that answers visitors from the business's website, documents and FAQs and hands off to a human
    { id: 'snapit-agent', name: 'SnapIT Agent', vendor: 'SnapIT', domains: ['snapitagent.com'], source: 'https://snapitagent.com/docs.html' }, // docs: AI customer-service agents on GPT, Gemini and Claude, embedded as a widget or called by API
    { id: 'leadiosa', name: 'Leadiosa', vendor: 'Leadiosa', domains: ['leadiosa.com'], source: 'https://leadiosa.com/docs/knowledge-base' }, // docs: help articles become the AI agent's cited answers through embeddings and retrieval
    // --- AI support agents with help-desk handoff, drafting and triage ---
    { id: 'zuhile', name: 'Zuhile', vendor: 'Zuhile', domains: ['usezuhile.com'], source: 'https://docs.usezuhile.com/platform/ai-agent' }, // docs: the AI agent answers in the widget from the knowledge base, routes models by difficulty and escalates to a human
    { id: 'resply', name: 'Resply', vendor: 'Resply', domains: ['resply.io'], source: 'https://docs.resply.io/ai/how-it-works' }, // docs: ResolveBot answers tickets by retrieval and GPT-4o mini, then auto-sends, drafts or escalates
    { id: 'apoyo-heyapoyo', name: 'Apoyo (heyapoyo.com)', vendor: 'Apoyo', domains: ['heyapoyo.com'], source: 'https://docs.heyapoyo.com/knowledge-base' }, // docs: train the AI agent on websites, files, Notion, GitBook and Zendesk help centres
    { id: 'totebot', name: 'Totebot', vendor: 'Totebot', domains: ['totebot.ai'], source: 'https://docs.totebot.ai/dashboard/help-desk' }, // docs: AI agents on web, Telegram and WhatsApp escalate to a help desk where operators pause the AI
    { id: 'alonchat', name: 'AlonChat', vendor: 'AlonChat', domains: ['alonchat.com'], source: 'https://alonchat.com/docs/help-desk/overview' }, // docs: the AI opens tickets when it cannot resolve a request; teams pause or resume the AI per conversation
    { id: '7en-ai', name: '7en.ai', vendor: '7en.ai', domains: ['7en.ai'], source: 'https://docs.7en.ai/docs/build-your-agent/escalation' }, // docs: an LLM chatbot agent hands off to Freshdesk or Zendesk tickets or to other departmental bots
    { id: 'protodesk', name: 'Protodesk', vendor: 'Protodesk', domains: ['protodesk.io'], source: 'https://protodesk.io/docs/ai-sidekick' }, // docs: an AI-first help desk (AI triage, suggested drafts, auto-resolve, KB gap detection) billed in AI credits
    { id: 'ridgehq', name: 'RidgeHQ', vendor: 'RidgeHQ', domains: ['ridgehq.com'], source: 'https://ridgehq.com/use-cases/ai-helpdesk-drafting/' }, // use-case page: its AI helpdesk drafting agent reads tickets and drafts replies in Front for human review
    { id: 'resolveai-zendesk-das', name: 'ResolveAI for Zendesk (DAS Group)', vendor: 'DAS Group LLC', domains: ['resolveai-zendesk.dasgroupllc.com'], source: 'https://resolveai-zendesk.dasgroupllc.com/privacy' }, // privacy: a Zendesk app that sends tickets to an LLM provider (Groq, Gemini, SambaNova, Nvidia) for reply previews (subdomain only)
    { id: 'omnibots-agent-assist', name: 'Omnibots Agent Assist', vendor: 'Omnibots', domains: ['assist.omnibots.ai'], source: 'https://docs.assist.omnibots.ai/agent/suggestions' }, // docs: real-time LLM answer cards with citations for contact-centre agents (subdomain only)
    { id: 'airmailer', name: 'Airmailer', vendor: 'Airmailer', domains: ['airmailer.app'], source: 'https://www.airmailer.app/docs/ai-agent/overview' }, // docs: an AI agent reads customer emails, searches the business's documents and writes replies
    // --- Shopify and e-commerce support agents ---
    { id: 'actdesk-ai', name: 'ActDesk AI', vendor: 'ActDesk AI', domains: ['actdeskai.com'], source: 'https://app.actdeskai.com/privacy' }, // privacy: an AI support platform for Shopify merchants answering through Claude
    { id: 'replyguru', name: 'ReplyGuru', vendor: 'Polenest', domains: ['reply.polenest.com'], source: 'https://reply.polenest.com/privacy' }, // privacy: an AI support suite for Shopify that drafts replies with the Gemini API (subdomain only)
    // --- WhatsApp, Instagram, Messenger, Telegram and Discord AI reply bots ---
    { id: 'whatsapp-ai-sales', name: 'WhatsApp AI Sales (whatssale.online)', vendor: 'WhatsApp AI Sales', domains: ['whatssale.online'], source: 'https://whatssale.online/terms' }, // terms: WhatsApp Business inbox whose automated replies are written by Anthropic Claude from the merchant's catalogue
    { id: 'atiendeia', name: 'AtiendeIA', vendor: 'AtiendeIA', domains: ['atiendeia.com'], region: 'latam', source: 'https://atiendeia.com/ai-disclaimer' }, // AI disclaimer (Spanish): customer replies, sentiment and triage by OpenAI and Anthropic models
    { id: 'chasebot', name: 'ChaseBot', vendor: 'ChaseBot', domains: ['thechasebot.com'], source: 'https://www.thechasebot.com/terms' }, // terms: WhatsApp chatbot responses and AI-assisted interactions through AI model providers
    { id: 'chebot', name: 'CheBot', vendor: 'CheBot', domains: ['chebot.xyz'], region: 'latam', source: 'https://www.chebot.xyz/privacy.html' }, // privacy (Spanish): WhatsApp chatbots for businesses with appointment booking, language processing by AI providers
    { id: 'whatsguest', name: 'WhatsGuest', vendor: 'Büttner Holding GmbH', domains: ['whatsguest.de'], region: 'europe', source: 'https://www.whatsguest.de/agb' }, // terms (German): WhatsApp guest messaging for holiday lets with AI-driven automatic answers to guest questions
    { id: 'mybotify', name: 'Botify (mybotify.ai)', vendor: 'Botify', domains: ['mybotify.ai'], source: 'https://mybotify.ai/privacy-policy.html' }, // privacy: an AI chatbot platform that answers Instagram direct messages for creators and businesses
    { id: 'reply-master-ai', name: 'Reply Master AI', vendor: 'Reply Master AI', domains: ['replymaster.ai'], source: 'https://replymaster.ai/privacy' }, // privacy: an AI-powered platform answering Facebook Page, Instagram and WhatsApp Business messages
    { id: 'clio-supportbot', name: 'SupportBot (cliobot.com)', vendor: 'Clio', domains: ['cliobot.com'], source: 'https://cliobot.com/docs' }, // docs: a Discord bot giving AI-powered support replies from uploaded documentation, escalating to staff
    { id: 'nitroclaw', name: 'NitroClaw', vendor: 'NitroClaw', domains: ['nitroclaw.com'], source: 'https://www.nitroclaw.com/learn/team-knowledge-base-discord-bot' }, // its guide: a managed OpenClaw AI assistant on Discord answering from team docs with the LLM of one's choice
    // --- AI chat services met on the way ---
    { id: 'mindchat-world', name: 'MindChat', vendor: 'LUDOMATIQUE SASU', category: 'chat', domains: ['mindchat.world'], region: 'europe', source: 'https://mindchat.world/fr/legal/terms-of-service' }, // terms (French): conversations with AIs, AI-generated content defined, embeddable on authors' sites
    { id: 'shukatsu-soudan-ai', name: 'Shukatsu Soudan AI', vendor: 'Famitra', category: 'chat', domains: ['shukatsu.ai'], region: 'japan', source: 'https://www.shukatsu.ai/terms' }, // terms (Japanese): 終活相談AI, a LINE account that returns generated text for end-of-life planning questions
    { id: 'ecosysteme-ai', name: 'Ecosysteme.ai', vendor: 'Ecosysteme.ai', domains: ['ecosysteme.ai'], region: 'europe', source: 'https://docs.ecosysteme.ai/fr/articles/11675879-respect-de-la-vie-privee-donnees-personnelles' }, // help centre (French): AI staff (copywriter, callers, an HR assistant) that deal with clients and employees
  ],
  { checked: CHECKED_C18 },
);
