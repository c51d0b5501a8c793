// Twenty-second session, second productivity pass (2026-12-07, helper `productivity2`): AI productivity products no
// entry claimed yet, beside the earlier productivity passes (data/long-tail-productivity.ts, long-tail-c16-prodmeet.ts,
// long-tail-c17-docs.ts, long-tail-c19-office.ts, long-tail-c20-notes.ts, long-tail-c20-email.ts), whose rows are not
// repeated here. Here: AI email assistants and inbox triage (NewMail AI, Butler, Butler OS, Postscript, DUGGAI's email
// product), an AI scheduling product with two LLM agents (TEAMCAL AI), AI knowledge bases and enterprise search for teams
// (QAnswer, Assist, Exahia, Aurora AI's document-grounded agents, Unless), AI PDF and document chat (QuickChatPDF,
// AiDocX, ArcSolve, PapumBot's WhatsApp summaries), a newsletter and source summariser (SummarAIzeIT), an AI assistant
// add-on for Google Sheets, Docs and Slides (Adara AI Assistant) and an LLM query tool over construction ERP data
// (IDBQuery).
//
// Leads. 45 look-ups in the stored `pages` corpus. Queries worded the way vendors word their own privacy pages, terms,
// sub-processor lists, LLM data policies and Google API Limited Use disclosures (Gmail drafts, Calendar scopes, Drive
// read-only access, Microsoft Graph Mail.Read, Office add-ins, Slack app LLM disclosures), by kind (inbox triage, AI
// scheduling agents, second-brain apps, read-later summaries, AI chiefs of staff, task planners, time blocking, Gantt
// planners, CSV and Excel analysts, enterprise search, Teams bots, SOP generators, team wikis, browser copilots) and in
// German, French, Spanish, Portuguese, Italian, Japanese, Korean and Chinese found the rows below. The corpus is well mined
// for these kinds: most results were already listed or already left out by the earlier passes, and the non-English
// email queries returned news about Gmail's Gemini features almost only. Targeted look-ups for TEAMCAL AI, NewMail AI
// (which the fifteenth session's leads pass had not found on its own host), Butler and MXGo found the vendor pages.
// Every row cites a page with a path on the product's own host (for QAnswer, Assist, Aurora AI and Butler their docs
// or guide subdomains, for Unless its blog host, for SummarAIzeIT the kamal. host, for Butler OS its app. host, all
// under the claimed domains), and each page says in the vendor's words that the product drafts, classifies, answers,
// summarises or schedules with AI, an LLM or named model providers. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries: Taurin, GPT for Gmail on docgpt.ai, Email Triage AI, SmartEmails, Jootle,
// AgentEnvoy, ask-pdf.net, chatwithpdfai.com, Excel Formula Generator (Docs Labs), Sheet Formula AI, Second Brain
// (secondbrainnotes.app), Smart Planner AI, SlackTone AI, the 168.tokyo reply generator, PodcastMail, OutlookReVision,
// virtualworkforce.ai, Gist, Actor, ChatBotKit, SynthGram, OpenCompany, ProjectGPT, Vantero, AnalyzeData, DataHub Pro,
// DataInsight, Aisera, Supersheets, EffortList AI, ToDo AI, DAGEC PDF AI, MyContentGPT, Newking, SoftlyAI, LilysAI,
// Voice Notes AI, AI Web Reader, Read AI, Iterate's Generate, Mixus, AI Emaily, My Agent Platform, Ailog, IA Online,
// GPT0, Aiudantes, eesel and ProcessReel.
//
// Claimed by URL prefix: DUGGAI's email product (duggai.com/email), whose docs describe an inbox classifier and reply
// drafting; the rest of duggai.com (an install page an earlier pass read for a support widget) is not claimed.
// TEAMCAL AI is claimed on both its hosts, teamcalendar.ai (the LLM policy) and teamcal.ai (named there as the site);
// studentsync.ai, whose terms are TEAMCAL AI's, is not claimed: a lead for a pass that reads what it sells.
//
// Same names: Butler (butler.ai, an AI inbox) and Butler OS (useinboxbutler.com, InnovateIQ's AI email triage) are
// different products; Mailbutler (mailbutler.io) is an email plug-in earlier passes left out as a general product with
// an AI feature. Postscript (usepostscript.com, AI email drafts and labels) is not Postscript (postscript.io, SMS
// marketing). Assist (tryassist.in) is not the catalog's other assistants. Aurora AI (aurora-ai.co) is not Aurora Inbox,
// AuroraPrime or Test Aurora.
//
// Measured with /work/helpers/classify-hosts.mts on the 268 hosts the searches returned (vendors, news, blogs, docs,
// stores and shared hosts alike, in /work/helpers/out/productivity2-hosts.txt): 50 classified before (18.7%), 69 after
// (25.7%).
//
// Doubtful rows: ArcSolve's terms call it document management, a viewer and AI services, but define its AI services
// (chat, summarisation, transcription, image generation, web search) at length and most of the terms concern them;
// SummarAIzeIT's policy sits on a kamal. host, perhaps one customer's instance; IDBQuery is named as its host spells it,
// since the security page read does not spell the product's name; Unless's page is a usage-policy addendum on its blog
// host, and an earlier pass left Unless out as a support assistant outside its kind, not as a non-AI product.
//
// Left out. Personal, demo, test and side projects (gmail.rela.uy, ai-email.dhakalnirajan.com.np, danyangzhao.com,
// hypercalendar.app, todo.valdemird.com, calender.winjo.xyz, joshuaknapp.me, zhipeng.dev, automail.jacktest.net,
// docu.mrvg.dev, plancraft.iamdev.me); dev, alpha and demo hosts (dev.wikisage.io, WikiSage, ProAgility's Slack
// knowledge app: a lead; alpha.forage.xyz; demo.lumarox.com; dev-document.xn--il0b54k.net, a Korean AI document editor:
// a lead); pages with placeholders or drafts (sortie.cloud's "github.com/your-username" link, roboticulous.com's
// "replace with your real contact", mailpilot.tedbotai.com's "add a support contact method for production",
// consultingaios.com's note that counsel must still review it); `?p=` pages (appsrecord.com, indigoedocs.com,
// agreeontime.com, prospecthor.fr, kiesswetter-net.de, umatechnology.org); pages that do not say the product uses AI,
// or only in its name (calendaraiml.com as before, formulapilot.com, auto-scheduler.net, auto-cron.com, dailymarks.online,
// email-labeler.com's FAQ, new.neatmail.app's policy, docs.mailcopilot.io's Italian policy, AI Sokres on
// mx.wovn.io/product/aisokres, whose terms say only that drafts are generated automatically: a lead); mobile-only or
// desktop apps (pdfchatai.app, getaudionote.com, aidd.app, jacdouy.com's Chief of Staff, ai-lab.com.au's Email
// Assistant, abogadogpt.org, loronote.com); browser extensions, outside this pass (intentifyx.com, webai.pc.am and the
// github.io copilots); general products where AI is one feature (GanttPilot, Online Gantt and ganty.app as before,
// keepreader.com's optional summaries, tabon.io, itmplatform.com's Teams bot, docs.nforged.com's project inbox,
// atender.com's knowledge-base editor, plutio.com's wiki, pdftoepub.org's AI Pro tier of a converter, aiplanner.rightbonds
// .com as c19 judged); vendors seen only on blogs or guides, or only through third parties (hellobutler.app's guide to
// AI chiefs of staff, MXGo on zobyt.com and dev.to, joysuite.com, algomind.ai, girardai.com, Replyless as before,
// syntetica.ai, micromanage.io, mursa.me, papera.io, queryveil.com: leads); a Gmail-and-Calendar scheduler named only
// "Auto Voice AI" on meetstreamline.com, whose product name the page leaves unclear: a lead; M365Chatbuddy on
// cloudappsmastery.com, a Microsoft partner's site: a lead; an agency's own product (perform.digital's Second Brain
// Agent) and agencies and consultancies (dyyota.com, 2vautomation.ai, xither.com, synclaro.de, peerigon.com,
// ki-mittelstand.eu, itsailor.io, magilium.com); talk-docs.saninternet.com, docs of a Brazilian AI support product
// whose own host the searches did not return: a lead; and shared platforms (pages.dev, notion.site, github.io,
// blogspot.com, hf.space, sites.google.com copies).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Productivity2Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- AI email assistants and inbox triage ---
    { id: 'newmail-ai', name: 'NewMail AI', vendor: 'NewMail AI', domains: ['newmail.ai'], source: 'https://www.newmail.ai/privacy' }, // privacy: an AI assistant that builds context from your Gmail or Outlook sent mail and drafts in your voice, processing mail ephemerally
    { id: 'butler-ai-inbox', name: 'Butler', vendor: 'Butler', domains: ['butler.ai'], source: 'https://guide.butler.ai/features/automations' }, // guide: monitors your inbox, labels mail by rules and drafts responses in your tone with AI, over a knowledge base of connected apps
    { id: 'butler-os-inboxbutler', name: 'Butler OS', vendor: 'InnovateIQ', domains: ['useinboxbutler.com'], source: 'https://app.useinboxbutler.com/privacy' }, // privacy: an AI-powered email triage and draft-generation service for Microsoft 365 and Gmail, zero retention of mail content
    { id: 'postscript-email', name: 'Postscript', vendor: 'Postscript', domains: ['usepostscript.com'], source: 'https://www.usepostscript.com/gmail/how-to-label-gmail-with-ai' }, // its guide: review-first AI email for Gmail and Outlook, with draft suggestions, AI labels with reasons, priority and tone memory
    { id: 'duggai-email', name: 'DUGGAI Email', vendor: 'DUGGAI', urlPrefixes: ['duggai.com/email', 'www.duggai.com/email'], source: 'https://www.duggai.com/email/docs/smart-inbox' }, // docs: Smart Inbox classifies every Gmail thread with a model, applies labels and queues AI reply drafts

    // --- AI scheduling ---
    { id: 'teamcal-ai', name: 'TEAMCAL AI', vendor: 'Calndr Inc.', domains: ['teamcalendar.ai', 'teamcal.ai'], source: 'https://teamcalendar.ai/llm' }, // LLM data policy: two AI-powered scheduling assistants, ADI (LLM-powered) and Zara AI, fulfil scheduling requests from the web, Slack and Teams

    // --- AI knowledge bases and enterprise search for teams ---
    { id: 'qanswer', name: 'QAnswer', vendor: 'QAnswer', category: 'search', domains: ['qanswer.ai'], source: 'https://doc.qanswer.ai/fr/tutorial-ui/data-source/email' }, // docs (French): AI assistants over connected data sources, here a mailbox indexed for AI-powered natural-language search and analysis
    { id: 'assist-tryassist', name: 'Assist', vendor: 'Assist', category: 'search', domains: ['tryassist.in'], source: 'https://docs.tryassist.in/data-flows' }, // docs: a knowledge base deployed per client; documents are chunked and embedded, and queries are answered by the LLM configured for the deployment
    { id: 'exahia', name: 'Exahia', vendor: 'Exahia', category: 'chat', domains: ['exahia.fr'], source: 'https://exahia.fr/docs/02-rag-features' }, // docs (French): an AI chat that answers from team knowledge bases and uploaded files with RAG, documents stored on OVH servers in France
    { id: 'aurora-ai-agents', name: 'Aurora AI', vendor: 'Aurora AI', category: 'agents', domains: ['aurora-ai.co'], source: 'https://docs.aurora-ai.co/geral/pt-BR/documents/introduction' }, // docs (Portuguese): document collections give its AI agents knowledge through retrieval-augmented generation
    { id: 'unless-ai', name: 'Unless', vendor: 'Unless', category: 'chat', domains: ['unless.com'], source: 'https://blog.unless.com/en/platform/third-party-usage-policies' }, // usage-policy addendum: connected Google Drive files are indexed to give its AI assistant context at inference time, not for training

    // --- AI PDF and document chat, summaries ---
    { id: 'quickchatpdf', name: 'QuickChatPDF', vendor: 'QuickChatPDF', domains: ['quickchatpdf.com'], source: 'https://www.quickchatpdf.com/terms' }, // terms: AI-powered PDF chat, summaries, quizzes and related document tools on credit plans
    { id: 'aidocx', name: 'AiDocX', vendor: 'AiDocX Inc.', domains: ['aidocx.ai'], source: 'https://aidocx.ai/terms' }, // terms: AI-powered document analysis and generation tools whose results may contain hallucinations; AI tokens included in the subscription
    { id: 'arcsolve', name: 'ArcSolve', vendor: 'ArcSolve', domains: ['arcsolve.ai'], source: 'https://arcsolve.ai/terms' }, // terms: document management and viewer with AI services (chat, summarisation, transcription, image generation, web search) producing derived data
    { id: 'papumbot', name: 'PapumBot', vendor: 'PapumBot', domains: ['papumbot.com'], source: 'https://papumbot.com/terms' }, // terms (Portuguese): an AI service on WhatsApp that summarises audio, text, video and PDF documents, paid by Pix credits
    { id: 'summaraizeit', name: 'SummarAIzeIT', vendor: 'SummarAIzeIT', domains: ['summaraizeit.com'], source: 'https://kamal.summaraizeit.com/privacy' }, // privacy: imports newsletters and connected sources and has them summarised by AI providers such as OpenAI

    // --- AI in spreadsheets, documents and data ---
    { id: 'adara-ai-assistant', name: 'Adara AI Assistant', vendor: 'Adara AI Assistant', domains: ['adaraaiassistant.com'], source: 'https://www.adaraaiassistant.com/privacy' }, // privacy: a Google Workspace add-on for Sheets, Docs and Slides that sends the content you select to AI models (GPT, Gemini)
    { id: 'idbquery', name: 'IDBQuery', vendor: 'IDBQuery', domains: ['idbquery.com'], source: 'https://idbquery.com/security' }, // security page: sends your prompt, schema metadata and small row samples to the LLM to generate SQL over connected construction ERP and BIM sources
  ],
  { checked: CHECKED_C22 },
);
