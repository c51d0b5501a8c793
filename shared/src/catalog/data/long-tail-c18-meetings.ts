// Eighteenth session, meetings and productivity pass (2026-12-06, issue 15): AI meeting and personal-productivity
// tools the catalog still missed. AI notetakers and meeting bots (Zoom, Meet and Teams bots, browser-extension and
// desktop recorders, board-minutes and therapy-session scribes), AI transcription and minutes services, AI email
// assistants and inbox triage (Gmail and Outlook add-ins, inbox classifiers, "chief of staff" inbox agents), AI
// calendar and scheduling assistants, AI to-do and day planners, and AI second-brain and note apps; six AI services
// met on the way (a Telegram personal agent, a report generator, a workflow connector, two chat services and a
// questionnaire digitiser) are kept too.
//
// Leads. The stored `pages` corpus searched by product kind (55 look-ups), worded the way vendors word their own
// terms, privacy policies, trust centres, help centres and FAQs ("AI meeting notetaker that records, transcribes and
// summarizes", "meeting transcripts are sent to OpenAI", "drafts replies in your Gmail", "AI-assisted schedules",
// "AI-generated task lists", "ask questions about your notes", "AI Notes and AI tokens"), in English, German, French,
// Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Japanese, Korean and Chinese. Every row cites a page, with a
// path, on the product's own host (or its vendor's); each page says in the vendor's words that the product records,
// transcribes, summarises, drafts, classifies, schedules or answers with AI, a language model or a named model.
// Candidate hosts were run through /work/helpers/classify-hosts.mts and the catalog grepped by name first. Already
// entries, left to them: actordo.com, supermem.io, briefvox.com, wave2text.com, smartshoki.com, guide.rimo.app,
// help.spiky.ai, kuulo.ai, transcript.you, meetgeek.ai, meetily.ai, seameet.ai, sally.de, tldv.io, screenapp.io,
// summarizemeeting.com, telelogger.com, timetofu.com, quilltherapynotes.com, daisylocal.app, appboardbreeze.com,
// aireplygen.168.tokyo, podcast.ext-lab.xyz, mindchat.world and sortedday.com; Recapr (recapr.co) and OutlookReVision
// (revision.funcoding.nz), found here too, were added meanwhile by the music and writing passes and are kept once, in
// their rows. Three subdomains are claimed alone because the parent sites were not read as the AI product:
// inbox.aiforthebiz.com (Inbox Copilot), icalendar.sdm-ai.com (AI Calendar) and app.matchsales.com.br (Match Sales
// CIA). Zoom.ai (an AI workplace assistant of Zoom.ai Inc., Toronto) is a different company from Zoom Video; only
// zoom.ai is claimed.
//
// Measured with /work/helpers/classify-hosts.mts on the 327 hosts the searches returned (vendors, blogs, news sites,
// directories and shared hosts alike): 35 classified before (10.7%), 78 (23.9%) after.
//
// Left out. Pages that never say the tool uses AI (meetbot.automusk.ai's policy, telelogger's terms, calendaraiml.com,
// meetingwiz.com, app.meetingprep.ca, lognow.app, audiototextapp.com, voicenotetotext.com, tinytalkingtodos.com,
// plantodo.app, idazery.com, myflexnote.com, totalrecallhq.com, fishnetonline.com, help.getlowdown.com); iOS-,
// Android- or Mac-only apps with no web product (Email Assistant on ai-lab.com.au, PlanCraft, T-BreakAI, TaskAI on
// foundryone.tech, Voice Planner on kemuri.app, EchoTask, VoiceInsight, Record+Transcribe, VoiceMemory, Audio Notes,
// Smarty Voice Notes, LoroNote, AIタスク秘書, Armonai, Chief of Staff on jacdouy.com, AndyNote); personal, hobby,
// demo or self-hosted projects (meetingnotes.owengretzinger.com, ai-email.dhakalnirajan.com.np, gmail.rela.uy,
// todo.valdemird.com, hypercalendar.app, calender.winjo.xyz, henrydaum.site, danyangzhao.com, the AI Notetaker on
// zladson.com as in an earlier pass, captionai.akif.ie, meetpilot.perai.space,
// pymancer.ru's internal bot, zeus.cognitivesquad.com, app.thoughtful-ai.com's research add-in, sowards.ai's
// prototype); draft pages with placeholders (mailpilot.tedbotai.com, ristretto.ai); a domain imitating Microsoft Teams
// (miorosoftteams.com); staging or dev hosts (pa.dev.aeq.com, a feature-branch mnotes.framework.by host, staging.x.ai);
// general software with an AI feature (Zoom AI Companion, Teams Copilot, Gemini in Gmail and Meet, Webex, HubSpot's
// notetaker, NeetoRecord, Podigee, Owl Practice, Ensora Health, Echometer, AtlanticM&A, Telekom's Voice AI Notes,
// WEB.DE's writing assistant, the Installateur-MV member assistant); blogs, guides and articles as the only page read
// (audiomap.ai, basilai.app, agenticcalendars.com, minimadolist.com, couchnotes.app, rankfade.com, noinfra.ai,
// mycondo.space, manorwayhoa.com, tractops.com, genbacompass.com's MinuteKeep posts, legate.studio); AgentSend, an
// email API for agents rather than an AI tool; and shared platforms (meeting-note-production.up.railway.app,
// smart-meet.pages.dev, agmeet-privacy.pages.dev, meetmate-landing.vercel.app, copper-carolina-19.tiiny.site,
// voicenote-legal.pages.dev, web-red-journeys.vercel.app, dmsuitemonorepo.pages.dev, chronist-lp.pages.dev,
// therapist-support.helpscoutdocs.com, portfoliowebapp.wixsite.com, bugslayerzoro.github.io, a cloudfront.net Zephyr
// page, notion.site policies).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18MeetingsTools: Tool[] = defineTools(
  'meeting',
  [
    // --- AI notetakers, meeting bots and minutes ---
    { id: 'openesia-meetings', name: 'Openesia Meetings', vendor: 'Openesia', domains: ['conferences-ai.com'], source: 'https://conferences-ai.com/legal/privacy' }, // privacy: an AI meeting notetaker that joins Meet and Zoom calls, transcribes and summarises
    { id: 'aimeetings-net', name: 'AI Meetings (aimeetings.net)', vendor: 'aimeetings.net', domains: ['aimeetings.net'], source: 'https://www.aimeetings.net/privacy' }, // privacy: an AI assistant that takes part in meetings in real time, paid in credits
    { id: 'datumnotes', name: 'DatumNotes', vendor: 'DatumNotes', domains: ['datumnotes.com'], source: 'https://datumnotes.com/how-we-handle-your-data' }, // data handling page: meeting transcripts analysed by Anthropic's Claude API
    { id: 'meet2doc', name: 'Meet2Doc', vendor: 'Meet2Doc', domains: ['meet2doc.com'], source: 'https://meet2doc.com/en/terms-of-service' }, // terms: a meeting bot whose transcripts Google Gemini turns into filled Word templates
    { id: 'basenotes-ai', name: 'BaseNotes AI', vendor: 'BaseNotes AI', domains: ['basenotes.ai'], source: 'https://www.basenotes.ai/privacy.html' }, // privacy: meeting summaries and action items from GPT-4, with a Microsoft Teams bot
    { id: 'basha-meetings', name: 'Basha', vendor: 'Basha', domains: ['trybasha.in'], region: 'india', source: 'https://trybasha.in/privacy' }, // privacy: AI meeting transcription for Indian languages (Sarvam AI) and LLM summaries, with a Chrome extension
    { id: 'minutesmith', name: 'MinuteSmith', vendor: 'JES Ventures LLC', domains: ['minutesmith.com'], source: 'https://minutesmith.com/trust-center' }, // trust centre: AI-assisted minutes for HOA, condo and nonprofit boards (Claude, Whisper)
    { id: 'match-sales-cia', name: 'Match Sales CIA', vendor: 'Match Sales', domains: ['app.matchsales.com.br'], region: 'latam', source: 'https://app.matchsales.com.br/termos-e-politicas.html' }, // terms (Portuguese): an AI sales coach that analyses call recordings with Claude (subdomain only)
    { id: 'confidant-notes', name: 'Confidant Notes', vendor: 'Confidant', domains: ['confidantnotes.com'], source: 'https://help.confidantnotes.com/article/16-where-does-my-data-live' }, // help centre: therapy-session notes drafted by local Whisper and Gemma models
    { id: 'therapydraft', name: 'TherapyDraft', vendor: 'TherapyDraft', domains: ['therapydraft.com'], source: 'https://therapydraft.com/seo/therapy-note-ai-without-cloud' }, // product page: an on-device AI therapy scribe (whisper.cpp, Qwen 2.5 on MLX)
    // --- AI transcription and summary services ---
    { id: 'bonusvoice', name: 'BonusVoice', vendor: 'Bonus Service BS GmbH', domains: ['bonusvoice.de'], region: 'europe', source: 'https://bonusvoice.de/tr/legal/terms' }, // terms: AI transcription, summaries and translation of meetings, processed by Mistral AI
    { id: 'speech-to-text-co', name: 'Speech to Text (speech-to-text.co)', vendor: 'speech-to-text.co', domains: ['speech-to-text.co'], source: 'https://www.speech-to-text.co/pl/privacy' }, // privacy (Polish): AI transcription, with summaries and translation by DeepSeek through OpenRouter
    { id: 'notizpro', name: 'NotizPro', vendor: 'NotizPro', domains: ['notiz.pro'], source: 'https://notiz.pro/pl/privacy' }, // privacy (Polish): recordings transcribed and summarised through the OpenAI API
    { id: 'transcription-solutions', name: 'Transcription.Solutions', vendor: 'Transcription.Solutions', domains: ['transcription.solutions'], source: 'https://transcription.solutions/terms' }, // terms: audio and video transcription with speaker labels and AI summaries
    { id: 'audio-transcripteur', name: 'Audio Transcripteur', vendor: 'Audio Transcripteur', domains: ['audioscript.fr'], region: 'europe', source: 'https://www.audioscript.fr/terms' }, // terms (French): French audio transcribed by artificial intelligence, paid in credits
    // --- AI email assistants and inbox triage ---
    { id: 'inbox-ai-getinbox', name: 'Inbox AI (getinbox.ai)', vendor: 'Inbox AI', category: 'productivity', domains: ['getinbox.ai'], source: 'https://getinbox.ai/privacy' }, // privacy: OpenAI GPT models classify and prioritise Gmail messages
    { id: 'smartemails', name: 'SmartEmails', vendor: 'SmartEmails', category: 'productivity', domains: ['smartemails.ai'], source: 'https://www.smartemails.ai/privacy' }, // privacy: AI classification, thread summaries and draft replies for Gmail and Outlook
    { id: 'mail-assist', name: 'Mail Assist', vendor: 'Mail Assist', category: 'productivity', domains: ['mailassist.ai'], source: 'https://www.mailassist.ai/privacy-policy' }, // privacy: Gmail add-on whose replies are generated by OpenAI's GPT models from embeddings
    { id: 'inbox-copilot-aiforthebiz', name: 'Inbox Copilot (aiforthebiz.com)', vendor: 'aiforthebiz.com', category: 'productivity', domains: ['inbox.aiforthebiz.com'], source: 'https://inbox.aiforthebiz.com/privacy.html' }, // privacy: an AI email assistant that ranks, summarises and briefs a Gmail inbox (subdomain only)
    { id: 'outlookdog', name: 'OutlookDog', vendor: 'Speraj LLC', category: 'productivity', domains: ['outlookdog.com'], source: 'https://outlookdog.com/privacy.html' }, // privacy: Outlook add-in that summarises mail and drafts replies with Azure OpenAI
    { id: 'context-search-ai', name: 'Context Search AI', vendor: 'Context Search AI', category: 'search', domains: ['contextsearchai.com'], region: 'europe', source: 'https://contextsearchai.com/politica-de-privacidad' }, // privacy (Spanish): AI search, summaries and answers over Gmail, Outlook, Drive and OneDrive
    { id: 'chief-of-staff-getcos', name: 'Chief of Staff (getcos.ai)', vendor: 'HKO Engineering OÜ', category: 'productivity', domains: ['getcos.ai'], region: 'europe', source: 'https://getcos.ai/privacy' }, // privacy: classifies Gmail, Slack and Calendar items, writes AI summaries, briefs and draft replies
    { id: 'clockwork-chief-of-staff', name: 'Chief of Staff AI (Clockwork AI)', vendor: 'Clockwork AI Partners, LLC', category: 'productivity', domains: ['clockworkaipartners.com'], source: 'https://www.clockworkaipartners.com/privacy' }, // privacy: a Chief of Staff AI assistant on Telegram that scores email and drafts replies
    // --- AI calendars, schedulers and day planners ---
    { id: 'calassist', name: 'CalAssist', vendor: 'CalAssist', category: 'productivity', domains: ['calassist.ai'], source: 'https://calassist.ai/privacy' }, // privacy: meeting summaries and scheduling insights from OpenAI-powered AI services
    { id: 'smart-calendars-ai', name: 'Smart Calendars AI', vendor: 'Smart Calendars AI', category: 'productivity', domains: ['smartcalendars.ai'], source: 'https://smartcalendars.ai/en/privacy' }, // privacy: text and images turned into calendar events; content never used to train AI models
    { id: 'ai-calendar-sdm', name: 'AI Calendar (sdm-ai.com)', vendor: 'sdm-ai.com', category: 'productivity', domains: ['icalendar.sdm-ai.com'], source: 'https://icalendar.sdm-ai.com/privacy' }, // privacy: AI Calendar turns text, voice, photos and PDFs into calendar events (subdomain only)
    { id: 'zoom-ai-assistant', name: 'Zoom.ai', vendor: 'Zoom.ai Inc.', category: 'productivity', domains: ['zoom.ai'], source: 'https://www.zoom.ai/privacy' }, // privacy: an automated workplace assistant for scheduling and document generation built on AI
    { id: 'effortlist-ai', name: 'EffortList AI', vendor: 'EffortList AI', category: 'productivity', domains: ['effortlist.io'], source: 'https://www.effortlist.io/terms' }, // terms: AI task creation and scheduling through Firebase AI and Google Gemini models
    { id: 'todo-ai-ru', name: 'ToDo AI (todo-ai.ru)', vendor: 'ToDo AI', category: 'productivity', domains: ['todo-ai.ru'], region: 'russia', source: 'https://todo-ai.ru/privacy-policy' }, // privacy: web app and PWA that turns ideas into tasks with AI-assisted planning
    { id: 'smart-planner-ai', name: 'Smart Planner AI', vendor: 'Smart Planner AI', category: 'productivity', domains: ['smartpln.com'], source: 'https://www.smartpln.com/terms' }, // terms: a planning web app that generates AI-assisted schedules and suggestions
    { id: 'konsul-suite', name: 'Kônsul Suite', vendor: 'Kônsul', category: 'productivity', domains: ['konsul.digital'], source: 'https://konsul.digital/terminos-y-condiciones' }, // terms (Spanish): tasks extracted from notes, calendar and mail by Gemini, plus AI reply agents
    // --- AI second brains and note apps ---
    { id: 'second-brain-notes', name: 'Second Brain (secondbrainnotes.app)', vendor: 'Gökhan Çelikkaya', category: 'productivity', domains: ['secondbrainnotes.app'], source: 'https://www.secondbrainnotes.app/privacy.html' }, // privacy: a personal-memory app whose notes are read and answered by Anthropic and OpenAI
    { id: 'accordnote', name: 'AccordNote', vendor: 'AccordNote', category: 'productivity', domains: ['accordnote.com'], source: 'https://accordnote.com/terms' }, // terms: an AI memory layer (Chrome extension and web app) with Gemini summaries and insights
    { id: 'thinking-documents', name: 'Thinking Documents', vendor: 'Thinking Documents', category: 'productivity', domains: ['thinkingdocuments.com'], source: 'https://www.thinkingdocuments.com/legal/privacy' }, // privacy: documents and notes summarised and linked by Anthropic, Google and Mistral models
    { id: 'mindlib', name: 'mindlib', vendor: 'Carsten Klaffke', category: 'productivity', domains: ['mindlib.de'], region: 'europe', source: 'https://app.mindlib.de/privacy/en' }, // privacy: a knowledge app with self-hosted AI keywording and summaries and an Azure OpenAI chat
    { id: 'brainnotes', name: 'Brainnotes', vendor: 'Brainnotes', category: 'productivity', domains: ['brainnotes.app'], source: 'https://www.brainnotes.app/nl-NL/privacy' }, // privacy: summaries, notes, flashcards and quizzes generated by OpenAI and Gemini
    // --- AI services met on the way ---
    { id: 'meu-secretario-virtual', name: 'MeuSecretarioVirtual', vendor: 'MeuSecretarioVirtual', category: 'agents', domains: ['meusecretariovirtual.com.br'], region: 'latam', source: 'https://meusecretariovirtual.com.br/termos' }, // terms (Portuguese): a personal AI agent on Telegram, paid in "Pokens"
    { id: 'laplace-ai', name: 'LaplaceAI', vendor: 'LaplaceAI Co., Ltd.', category: 'productivity', domains: ['laplaceai.co'], source: 'https://www.laplaceai.co/terms' }, // terms (Chinese): an AI report generator and intelligent assistant platform
    { id: 'aixis', name: 'Aixis', vendor: 'Aixis', category: 'agents', domains: ['aixis.jp'], region: 'japan', source: 'https://aixis.jp/terms-of-use' }, // terms (Japanese): an AI connection and workflow service that chains models and tools
    { id: 'mindpower-hk', name: 'MindPower (mindpowerhk.com)', vendor: 'MindPower (HongKong) Limited', category: 'chat', domains: ['mindpowerhk.com'], source: 'https://mindpowerhk.com/terms-of-use-zh-hant' }, // terms (Chinese): an app whose replies come from a large-language-model interface
    { id: 'newking-chatbot', name: 'NewKing', vendor: 'NewKing', category: 'chat', domains: ['newking.com'], source: 'https://www.newking.com/legal-docs' }, // help and legal page: a general and document-search AI chatbot billed by LLM tokens
    { id: 'melya', name: 'Melya', vendor: 'Ensilog SAS', category: 'other', domains: ['melya.ai'], region: 'europe', source: 'https://melya.ai/fr/conditions-d-utilisation' }, // terms (French): paper questionnaires digitised by AI, with natural-language summaries
  ],
  { checked: CHECKED_C18 },
);
