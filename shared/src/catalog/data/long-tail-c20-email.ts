// Twentieth session, email pass (2026-12-07, helper `email`): AI email and personal-productivity assistants the catalog
// still missed, after the eighteenth session's meetings pass (data/long-tail-c18-meetings.ts), whose email, calendar and
// planner rows and left-outs are not repeated here, and the nineteenth session's office and sales passes. Here: AI inbox
// triage and classification, AI reply writers (Gmail add-ons, extensions and web apps), AI newsletter and inbox
// digests and daily briefs, AI calendar and scheduling assistants (CC-an-assistant schedulers, a scheduling agent,
// Telegram and WhatsApp calendar bots, email-to-calendar parsers), AI follow-up and reminder assistants, AI
// task extraction and planners, "chief of staff" assistants, and one Spanish-language AI automation platform met on
// the way.
//
// Leads. 45 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their privacy policies,
// terms, AI-transparency pages and Google API Limited Use disclosures ("email content is sent to OpenAI", "Limited Use
// requirements", "Anthropic does not use API inputs to train models", "CC our assistant", "forward an email to create
// the event", "AI parsing accuracy"), and in German, French, Spanish and Japanese (those returned almost only news
// about Gmail's and Outlook's own AI and services already listed). Every row cites a page with a path on the product's
// own host (for Jootle its docs host; for AI Assistant for Gmail a page under the prefix claimed) that says in the
// vendor's words that the product classifies, summarises, drafts, schedules or answers with AI, a language model or a
// named model provider. Two rows (AI in Mail, AssistantAI) cite the vendor's own blog post describing how its own
// product sends email to AI providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in
// data/ first. The ground is well mined: already listed and left to their entries are GPT for Gmail (docgpt.ai),
// ReplAI, SmartEmails, CalAssist, Smart Calendars AI, Actor, Personal Assist (sortedday.com), OutlookReVision,
// OutlookDog, Smart Planner AI, EffortList AI, FreelanceAI, Context Search AI, AI秘書 (ai-hisho.net), AI自動返信メール,
// Inbox AI (getinbox.ai), Inbox Copilot, AI Email Chain, EmailResponder, EA Assistant, NewsletterOS, AI Planner
// (analogdigital), GAutoMail, AI Emaily, Email Writing AI, GmAssist, MailBox Unjunker, ToDo AI (todo-ai.ru), Chief of
// Staff (getcos.ai), Clockwork's Chief of Staff AI, Voice Notes AI, the AI Google Disk Helper bot and Skywork. Four
// subdomains are claimed alone because their parents were not read as the AI product: mail.voicetext.world,
// reach.beamercloud.com, email.lettherebe.io and chief.mynewtons.com; AI Assistant for Gmail is a prefix
// (appsrecord.com/gmail-ai-assistant) on Apps Record's general site.
//
// Measured with /work/helpers/classify-hosts.mts on the 242 hosts the searches returned (vendors, news, blogs, stores
// and shared hosts alike, in /work/helpers/out/email-hosts.txt): 37 classified before (15.3%), 67 (27.7%) after.
//
// Left out. Personal, demo, family or sandbox projects (hypercalendar.app and gmail.rela.uy and
// ai-email.dhakalnirajan.com.np as in the meetings pass, zhipeng.dev, manases.space, lwyz.org, akrafts.com,
// aliciacheung.com, calendar-agent.saanchalrentals.com, legal.vantil.xyz, joshuaknapp.me, julianbesteiro.com,
// wardwoodshop.com's template); staging or alpha hosts (staging.maildigest.ai, alpha.forage.xyz, whose parent was not
// read); iOS, Android or desktop-only apps (ToDo's AI on todosai.org, TaskBreaker, Keep on getkeep.xyz, Keepah, Kept,
// KeepKonnect, Mail Digest's desktop app, Chief of Staff on jacdouy.com, AIタスク秘書, TrueDay, WhisperDirect, the
// Thunderbird add-ons ThunderAI on micz.it, InboxAI, ThunderClaude and Outbound Guardian); pages that do not say the
// product uses AI (otomail.ai's policy, Dakodak, mail.paicha.cloud, calendardigest.app, Planner24 on
// calendar.jhunterpro.ru, schedulebyemail.com, Nudgey AI's and Notenugget's policies, SentboxHQ, MailOver's help page,
// Moonbow AI's Chief of Staff, thegist.tech, calendar-assistant.click's placeholder draft, myagentplatform.com's docs
// entry already listed); an ask-ChatGPT backend with no product of its own (gpt-calendar-manager.com); a family
// assistant whose policy sits on its maker's company site (cxdatalab.com for askjon.me); a brand that could not be
// placed (letcairn.work's "Chief"); a `?p=` policy (agreeontime.com); vendors seen only on guides, blogs or learn pages
// (emailai.me, flymail.ai, brainpage.com, inboxwright.com, prometheusmail.com, mail2do.org, zerofriction.app,
// launchlemonade.app, innerzero.com's local assistant); general software whose AI is one feature (Spark Mail, eM
// Client, Microsoft Copilot in Outlook, Gmail's Gemini, automaticleader.com's Sheets add-on, reloadium.com's projects,
// the kdfortress.com cleanup tool whose AI summary needs the user's key); and shared platforms (pages.dev, vercel.app,
// netlify.app, github.io, web.app, run.app, koyeb.app, notion.site, sites.google.com).
//
// At the merge: the leads pass then listed maildigest.ai (which covers the staging host met here), MailOver, Chief
// (letcairn.work) and PrometheusMail from their own pages; their traps here were dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const longTailC20EmailTools: Tool[] = defineTools(
  'productivity',
  [
    // --- AI inbox triage, classification and digests ---
    { id: 'taurin-io', name: 'Taurin', vendor: 'Taurin', domains: ['taurin.io'], source: 'https://taurin.io/privacy' }, // privacy: email subjects, contents and attachments from Google Workspace APIs shared with AI service providers
    { id: 'email-triage-app', name: 'Email Triage AI', vendor: 'Email Triage AI', domains: ['email-triage.app'], source: 'https://email-triage.app/privacy' }, // privacy: AI categories, priority scores and draft replies; bring-your-own Anthropic key
    { id: 'inboxie-ai', name: 'inboxie', vendor: 'inboxie', domains: ['inboxie.ai'], source: 'https://www.inboxie.ai/privacy' }, // privacy: full email content sent to the OpenAI API for AI categorisation and reply urgency
    { id: 'inboximp', name: 'Inboximp Email Triage', vendor: 'Inboximp', domains: ['inboximp.com'], source: 'https://inboximp.com/static/privacy.html' }, // privacy: AI-powered Gmail classification, email content sent to OpenRouter
    { id: 'sumletter', name: 'Sumletter', vendor: 'Sumletter', domains: ['sumletter.com'], source: 'https://sumletter.com/privacy' }, // privacy: Gmail newsletters summarised by AI models into cards
    { id: 'daybriefer', name: 'Daybriefer', vendor: 'Studio Pi & Pi BV', domains: ['daybriefer.com'], source: 'https://daybriefer.com/privacy/google-api-data-use' }, // Google data disclosure: a daily brief and AI-drafted replies, email bodies sent to OpenAI
    { id: 'ai-in-mail', name: 'AI in Mail', vendor: 'AI in Mail', domains: ['aiinmail.com'], source: 'https://www.aiinmail.com/landing/blog/ai-email-security-privacy' }, // its security post: inbox summaries and drafts delivered in WhatsApp, processed by OpenAI and Anthropic APIs
    { id: 'assistantai247', name: 'AssistantAI', vendor: 'AssistantAI', domains: ['assistantai247.com'], source: 'https://assistantai247.com/blog/how-does-ai-email-management-work' }, // its maker's post: the AI classifies incoming email and drafts responses
    { id: 'logamail', name: 'LogaMail', vendor: 'LogaMail', domains: ['logamail.com'], source: 'https://logamail.com/how-it-works/' }, // how it works: AI reads selected inboxes and prepares summaries, tasks, calendar and reply drafts
    // --- AI reply writers ---
    { id: 'appsrecord-gmail-ai-assistant', name: 'AI Assistant for Gmail (Apps Record)', vendor: 'Apps Record LLC', urlPrefixes: ['appsrecord.com/gmail-ai-assistant'], source: 'https://appsrecord.com/gmail-ai-assistant/privacy' }, // privacy: a Gmail add-on that generates AI email responses with external AI services
    { id: 'voicetext-mail', name: 'Gmail AI reply (mail.voicetext.world)', vendor: 'voicetext.world', domains: ['mail.voicetext.world'], source: 'https://mail.voicetext.world/privacy' }, // privacy: the open Gmail thread sent to its backend so the AI model writes a reply (subdomain only)
    { id: 'email-ai-helper', name: 'Email AI Helper', vendor: 'Email AI Helper', category: 'writing', domains: ['emailaihelper.com'], source: 'https://emailaihelper.com/privacy-policy.html' }, // privacy: emails processed in real time through OpenAI's API
    { id: 'emailwrite-ai', name: 'EmailWrite AI', vendor: 'EmailWrite AI', category: 'writing', domains: ['emailwriteai.com'], source: 'https://www.emailwriteai.com/privacy' }, // privacy: generator inputs sent to OpenAI to write emails for real-estate agents
    { id: 'reach-beamercloud', name: 'Reach (reach.beamercloud.com)', vendor: 'beamercloud.com', category: 'writing', domains: ['reach.beamercloud.com'], source: 'https://reach.beamercloud.com/help/privacy-and-security/' }, // its help: prompts and pasted context sent to OpenAI to generate emails (subdomain only)
    { id: 'lettherebe-email', name: 'AI email drafts (email.lettherebe.io)', vendor: 'lettherebe.io', category: 'writing', domains: ['email.lettherebe.io'], source: 'https://email.lettherebe.io/privacy' }, // privacy: AI services called for email drafting, translation and rewriting, paid in tokens (subdomain only)
    { id: 'freelancemail', name: 'FreelanceMail', vendor: 'FreelanceMail', category: 'writing', domains: ['freelancemails.com'], source: 'https://freelancemails.com/privacy' }, // privacy: inputs sent to an OpenAI-compatible AI provider to generate email sequences
    // --- AI follow-ups, reminders and tasks ---
    { id: 'followupeasy', name: 'FollowUpEasy', vendor: 'FollowUpEasy', domains: ['followupeasy.com'], source: 'https://www.followupeasy.com/privacy' }, // privacy: cold relationships found in Gmail, summaries and follow-up drafts via Anthropic
    { id: 'autoremind-ai', name: 'AutoRemind.ai', vendor: 'AutoRemind.ai', domains: ['autoremind.ai'], source: 'https://autoremind.ai/privacy' }, // privacy: an AI assistant turns instructions and Gmail context into reminders
    { id: 'task-ally', name: 'Task Ally', vendor: 'Task Ally', domains: ['tasksally.app'], source: 'https://tasksally.app/privacy' }, // privacy: tasks extracted from mail and meeting recordings in Claude calls
    { id: 'taskspot', name: 'TaskSpot', vendor: 'TaskSpot', domains: ['taskspot.app'], source: 'https://www.taskspot.app/legal/ai' }, // AI transparency: pasted text sent to Anthropic's Claude Haiku to extract tasks
    // --- AI calendar and scheduling assistants ---
    { id: 'calenai', name: 'CalenAI', vendor: 'CalenAI', domains: ['calenai.com'], source: 'https://calenai.com/privacy' }, // privacy: AI calendar management, an AI assistant and semantic embeddings of events
    { id: 'agentenvoy', name: 'AgentEnvoy', vendor: 'AgentEnvoy', domains: ['agentenvoy.ai'], source: 'https://agentenvoy.ai/privacy' }, // privacy: an AI scheduling agent ("Envoy") powered by Anthropic's Claude
    { id: 'skylar-ccskylar', name: 'Skylar', vendor: 'Brad Fry Ltd', domains: ['ccskylar.com'], source: 'https://www.ccskylar.com/privacy' }, // privacy: a CC'd scheduling assistant; AI language models read threads and draft replies
    { id: 'calcommand-caliapp', name: 'calcommand', vendor: 'calcommand', domains: ['caliapp.co'], source: 'https://caliapp.co/privacy' }, // privacy: a WhatsApp household calendar assistant; messages processed by Anthropic's models
    { id: 'telegram-calendar-bot', name: 'Telegram Calendar Bot', vendor: 'Telegram Calendar Bot', domains: ['telegramcalendarbot.com'], source: 'https://telegramcalendarbot.com/privacy' }, // privacy: the bot uses AI to turn text or images into Google Calendar events
    { id: 'mailtocal', name: 'MailToCal', vendor: 'MailToCal', domains: ['mailtocal.com'], source: 'https://mailtocal.com/privacy' }, // privacy: forwarded emails parsed into calendar events; "our AI parsing accuracy"
    { id: 'school2calendar', name: 'School2Calendar', vendor: 'School2Calendar', domains: ['school2calendar.com'], source: 'https://school2calendar.com/pp.html' }, // privacy: an LLM interprets forwarded school emails and writes calendar events
    // --- AI personal assistants and chiefs of staff ---
    { id: 'resonar-ai', name: 'ResonarAI', vendor: 'ResonarAI', domains: ['resonar.ai'], source: 'https://resonar.ai/privacy-policy' }, // privacy: a Telegram AI assistant for email, calendar and files; data sent to Gemini
    { id: 'jootle', name: 'Jootle', vendor: 'Jootle', domains: ['jootle.com'], source: 'https://docs.jootle.com/integrations/calendar/' }, // docs: "your AI" reads the connected calendar for daily briefs and meeting prep
    { id: 'chief-staff-mynewtons', name: 'Chief.Staff', vendor: 'Newtonian Consulting LLC', domains: ['chief.mynewtons.com'], source: 'https://chief.mynewtons.com/privacy' }, // privacy: an AI assistant over Gmail, Calendar, Tasks and Drive; Claude API (subdomain only)
    // --- met on the way ---
    { id: 'nappai', name: 'Nappai', vendor: 'Nappai', category: 'agents', domains: ['nappai.ai'], source: 'https://nappai.ai/plantillas/Chat-with-GMail--Calendar' }, // template (Spanish): a conversational agent on Gemini answers over Gmail and Google Calendar
  ],
  { checked: CHECKED_C20 },
);
