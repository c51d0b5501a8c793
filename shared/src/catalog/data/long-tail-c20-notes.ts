// Twentieth session, notes pass (2026-12-07, helper `notes`): AI note-taking and personal knowledge tools the catalog
// still missed, beside the earlier docs (c17), meetings and research (c18), office (c19) and education (c17, c19)
// passes, whose rows are not repeated here. Here: AI note apps and "second brain" memory tools (including Telegram
// note bots), AI voice-memo transcribers and summarisers for individuals, AI journaling and diary apps, AI mind-map
// generators, AI flashcard makers from notes, AI read-later, bookmark and newsletter-digest summarisers, and an AI chat
// canvas; plus one off-kind RAG chatbot met on the way.
//
// Leads. 38 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their own privacy
// policies, terms and AI disclosures ("your notes are processed by OpenAI", "voice notes transcribed by Whisper",
// "journal entries sent to Anthropic", "AI features use third-party large language models", "AI-generated flashcards
// may be inaccurate", "content sent to OpenAI to generate mind maps"), and in German, French, Spanish, Japanese and
// Korean (those returned mostly articles and shared-platform policies; a German voice-note service, a German WhatsApp
// voice-message summariser, a German gratitude journal, a Japanese AI memo app, a Japanese Telegram journal, a Korean
// photo diary and a Mexican journal came of them). Every row cites a page with a path on the product's own host (for
// Reflect and Sunshine Gratitude, the claimed subdomain; for JournAI, the claimed path); each page says in the vendor's
// words that the product transcribes, summarises, analyses, reflects, generates or answers with AI, large language
// models or named model providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/
// first. Already listed and left to their entries: Voice Notes AI (voicenotesai.app), Second Brain (secondbrainnotes.app),
// NotizPro, MindSnap, MindLM, Infinite Canvas AI (mindglass.net), AItoCards, ClassNerd, Whiteboard by Athena AI,
// Supermem, ProjectGPT, Thinking Documents, Brainnotes, IELTS Diary, AI秘書 (ai-hisho.net), Smart Calendars AI,
// NewsletterOS, YouTube Transcript AI Summary (aisummary.app), transcriptyoutube.app, Rosebud, Mindsera, VoiceInk.
// Two subdomains are claimed alone because their parents are not the product: reflectapp.nexybox.app (Reflect) and
// gratitude.maxot.de (Sunshine Gratitude, on its maker's personal domain); JournAI is claimed by the path
// sketchmyapp.com/journai because sketchmyapp.com is an app studio. AudioNotes (audionotes.one, Novara Solutions SAS) is
// a different company from the listed AudioNotes (audionotes.app); both are kept. ClipMind (clipmind.tech) was left out
// by an earlier pass that met only its blog; its privacy policy now says it generates AI-powered mind maps. Gist
// (gist.website, a 2026 article summariser on Claude) is named with its host: the listed Gist AI (gistai.tech and its
// extension) is another product.
//
// Measured with /work/helpers/classify-hosts.mts on the 245 hosts the searches returned (vendors, articles, mirrors,
// stores and shared hosts alike, in /work/helpers/out/notes-hosts.txt): 20 classified before (8.2%), 67 (27.3%)
// after.
//
// Left out. Articles, guides, patents and news (the large majority of hosts met); vendors seen only on blogs, guides or
// comparison pages (ireflect.app, aureliusagent.com, mindfulflowjournal.com, daftei.com, dessence.ai, jasnoo.com,
// daylogue.io's comparison); tools with no hosted service, run on the device or on the user's own key (loronote.com,
// jan-huber.ch's NoteFinder, henrydaum.site, danyangzhao.com, BYO-key bookmark and mind-map extensions, jotty.pro,
// local-ai-notes.app, leenchat.com's Obsidian plugin, privateboard.ai, blitzmemo.com, tryspeakly.com, hiyoko.app,
// laterread.online); pages that do not say the product uses AI (totalrecallhq.com, ainotes.site, mnemolog.com's trust
// page, deepnote.ai's terms, cohesivejournal.com's truncated policy, brainfo.ai's terms); general products whose AI is
// one feature (NotePlan, Evernote, keepreader.com, urlflows.app, TeachBoard, Ideanote, speakdiary.com,
// gratitudelock.app, gollog.app, noti.ink, annote on novairedigital.com, cardsmith.io); hosts earlier passes left out
// and not reopened here (NoteAssist's draft policy, VoiceMemory, chat2mind.site, mindmap.viddex.ink, mimilog.im,
// VoiceNote on paperpai.com); personal, hobby, staging or preview hosts (journal.willvincentparrone.com,
// aicanvas.donbarger.com, otherminds.florentinf.dev, leandroardissone.com, ksnk.me, jacksonl.com,
// staging.maildigest.ai, a feature-branch mnotes.framework.by host, papertldr.sydnb.shop, whisperdirect.oci.mydns.jp);
// developer and company sites carrying one app's policy (gistdev.com, co-okchem.com, power-asset.jp,
// internetadvertisingsolutions.nl, osinity.info, bycoding.kr, mail.usovdigital.com); off-kind products left as leads
// (hndl.app's client CRM, keyfred.com's keyboard, eldiario.io, app.themeadowsmindset.com, dictata.app's dictation,
// whydoyoucreate.com); and shared platforms (blogspot.com, notion.site, github.io, pages.dev, web.app, vercel.app,
// netlify.app, replit.app, onrender.com, gitbook.io, tiiny.site, sites.google.com, tistory.com, firebasestorage).
//
// At the merge: the leads pass listed maildigest.ai, which covers the staging host left out here; its trap was dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const longTailC20NotesTools: Tool[] = defineTools(
  'productivity',
  [
    // --- AI note apps and second-brain memory tools ---
    { id: 'omninote-app', name: 'OmniNote', vendor: 'OmniNote', domains: ['omninote.app'], source: 'https://www.omninote.app/privacy' }, // privacy: an AI note and knowledge platform; content processed by OpenAI and Azure OpenAI
    { id: 'notedrill', name: 'Notedrill', vendor: 'Pixelgumstudio', domains: ['notedrill.com'], source: 'https://www.notedrill.com/privacy-policy' }, // privacy: recordings, PDFs and notes turned into transcripts, summaries, quizzes and AI chat
    { id: 'handnote-pro', name: 'HandNote Pro', vendor: 'HandNote Pro', domains: ['handnotepro.online'], source: 'https://handnotepro.online/privacy' }, // privacy: handwritten-style notes generated by Google Gemini from uploads
    { id: 'notesmakr', name: 'Notesmakr', vendor: 'Notesmakr', domains: ['notesmakr.com'], source: 'https://notesmakr.com/privacy-policy' }, // privacy: recordings transcribed and turned into study notes with Google's Gemini API
    { id: 'mathnotes-io', name: 'MathNotes', vendor: 'MathNotes', domains: ['mathnotes.io'], source: 'https://www.mathnotes.io/privacy' }, // privacy: notes, handwriting and PDFs sent to Anthropic, Gemini, OpenAI and Grok
    { id: 'ssocnote', name: 'SSOCNote', vendor: 'SSOCNote', domains: ['ssocnote.com'], source: 'https://ssocnote.com/en/ai-data-processing/' }, // AI data processing: Document AI, lecture transcription and summaries on server-side AI
    { id: 'notist-ai', name: 'Notist', vendor: 'Notist', domains: ['notist-ai.com'], region: 'japan', source: 'https://notist-ai.com/privacy' }, // privacy (Japanese): memos formatted, tagged and answered by third-party AI services
    { id: 'linked-note-ai', name: 'Linked Note AI', vendor: 'Linked Note AI', domains: ['linkednote.vip'], source: 'https://www.linkednote.vip/pub/policy.html' }, // privacy: note chains with AI-assisted responses from third-party services
    { id: 'whichnotes', name: 'WhichNotes', vendor: 'WhichNotes', domains: ['whichnotes.io'], source: 'https://whichnotes.io/legal/privacy' }, // privacy: notes and URLs processed for AI summaries and knowledge graphs
    { id: 'compounding-mind', name: 'Knowledge Base (Compounding Mind)', vendor: 'Compounding Mind', domains: ['compoundingmind.com'], source: 'https://www.compoundingmind.com/privacy' }, // privacy: sources compiled into a wiki by LLM providers (OpenAI, Anthropic)
    { id: 'memoryiq', name: 'MemoryIQ', vendor: 'MemoryIQ', domains: ['memoryiq.app'], source: 'https://memoryiq.app/privacy' }, // privacy: thoughts embedded by OpenAI for semantic search across "brains"
    { id: 'memset-io', name: 'Memset', vendor: 'Memset', domains: ['memset.io'], source: 'https://memset.io/privacy' }, // privacy: memories embedded and synthesised with OpenAI (gpt-4o-mini), voice memos transcribed
    { id: 'jotbud', name: 'JotBud', vendor: 'JotBud', domains: ['jotbud.com'], source: 'https://jotbud.com/privacy' }, // privacy: an AI memory companion on Telegram; messages sent to OpenAI and DeepSeek
    { id: 'memteg', name: 'memteg', vendor: 'memteg', domains: ['memteg.com'], source: 'https://www.memteg.com/en/privacy' }, // privacy: a Telegram notes bot; Whisper transcription, Claude tags, summaries and answers
    { id: 'vibenotes-io', name: 'VibeNotes', vendor: 'Replay Technologies LLC', category: 'writing', domains: ['vibenotes.io'], source: 'https://vibenotes.io/privacy.html' }, // privacy: a Telegram bot whose notes are formatted into posts by Google Gemini
    { id: 'memorystore-in', name: 'MemoryStore', vendor: 'MemoryStore', domains: ['memorystore.in'], region: 'india', source: 'https://www.memorystore.in/privacy' }, // privacy: saved reels and videos analysed by AI into searchable summaries, AI chat search
    // --- AI voice memos ---
    { id: 'voicememos-co', name: 'Voice Memos (voicememos.co)', vendor: 'Voice Memos', domains: ['voicememos.co'], source: 'https://voicememos.co/privacy-policy' }, // privacy: audio to AssemblyAI, notes to OpenAI and Gemini for summaries and flashcards
    { id: 'notizpilot', name: 'NotizPilot', vendor: 'Hannes Bullwinkel', domains: ['notizpilot.de'], region: 'europe', source: 'https://www.notizpilot.de/datenschutz.html' }, // privacy (German): transcription by Whisper API and summaries by GPT API
    { id: 'brieflyvoice', name: 'BrieflyVoice', vendor: 'BrieflyVoice', domains: ['brieflyvoice.app'], region: 'europe', source: 'https://www.brieflyvoice.app/privacy-policy' }, // privacy (German): WhatsApp/Telegram voice messages transcribed and summarised by OpenAI
    { id: 'audionotes-one', name: 'AudioNotes (audionotes.one)', vendor: 'Novara Solutions SAS', domains: ['audionotes.one'], source: 'https://www.audionotes.one/privacy' }, // privacy: audio to AssemblyAI, structured notes generated by Anthropic
    // --- AI journaling and diaries ---
    { id: 'belong-journal', name: 'Belong', vendor: 'Belong', domains: ['belongjournal.ai'], source: 'https://belongjournal.ai/how-we-protect' }, // how we protect: reflections by Anthropic, audio by OpenAI, WhisperKit on device
    { id: 'dear-journal', name: 'Dear Journal', vendor: 'Dear Journal', domains: ['dearjournal.me'], source: 'https://www.dearjournal.me/privacy' }, // privacy: AI chat and insights on journal content through the Google Gemini API
    { id: 'eir-chat', name: 'Eir', vendor: 'Eir', domains: ['eir.chat'], source: 'https://www.eir.chat/privacy' }, // privacy: encrypted diary whose AI reflections are generated by Claude (zero retention)
    { id: 'thatwasmyday', name: 'ThatWasMyDay', vendor: 'ThatWasMyDay', domains: ['thatwasmyday.today'], source: 'https://www.thatwasmyday.today/privacy' }, // privacy: AI reflection conversations by Anthropic Claude, voice by ElevenLabs
    { id: 'reflect-nexybox', name: 'Reflect (nexybox)', vendor: 'nexybox', domains: ['reflectapp.nexybox.app'], source: 'https://reflectapp.nexybox.app/legal/privacy.html' }, // privacy: weekly mood insights written by the Claude API from anonymised aggregates
    { id: 'voicejournal-site', name: 'Voice Journal (voicejournal.site)', vendor: 'Voice Journal', domains: ['voicejournal.site'], source: 'https://voicejournal.site/privacy-policy.html' }, // privacy: transcripts analysed by Anthropic's Claude API for mood and insights
    { id: 'aletheia-journal', name: 'Aletheia', vendor: 'Aletheia', domains: ['myaletheia.app'], source: 'https://www.myaletheia.app/privacy' }, // privacy: voice transcripts read by the model to build writing, with an audit log
    { id: 'journai', name: 'JournAI', vendor: 'SketchMyApp', urlPrefixes: ['sketchmyapp.com/journai', 'www.sketchmyapp.com/journai'], source: 'https://sketchmyapp.com/journai/privacy' }, // privacy: an AI-powered voice journal; recordings transcribed and analysed by AI
    { id: 'usememori', name: 'Memori (usememori.life)', vendor: 'Memori', domains: ['usememori.life'], source: 'https://usememori.life/privacy' }, // privacy: transcripts and entries sent to a third-party AI provider (OpenAI) for reflections
    { id: 'pensio-app', name: 'Pensio', vendor: 'Pensio', domains: ['pensio.app'], source: 'https://pensio.app/pt-br/answers/is-my-journal-private-with-ai/' }, // answers: an AI journal that reads entries to surface emotions and patterns
    { id: 'involved-diary', name: 'Involved Diary', vendor: 'Involved Diary', domains: ['involved.ink'], source: 'https://involved.ink/terms' }, // terms: a journaling app with AI hints, insights and an AI coach
    { id: 'mindjourney-ai-diary', name: 'AI Diary - Voice Mood Journal', vendor: 'MindJourney', domains: ['mindjourney.space'], source: 'https://www.mindjourney.space/privacy' }, // privacy: voice entries transcribed, AI summaries and mood analysis
    { id: 'mindly-ai', name: 'Mindly (mindlyai.app)', vendor: 'Mindly', domains: ['mindlyai.app'], region: 'latam', source: 'https://mindlyai.app/privacy' }, // aviso de privacidad (Spanish, Mexico): diary analyses and summaries with AI
    { id: 'log-iloveyoubeingyou', name: '/log', vendor: '/log', domains: ['iloveyoubeingyou.com'], region: 'japan', source: 'https://iloveyoubeingyou.com/privacy' }, // privacy (Japanese): AI journal entries from Telegram messages, Anthropic Claude
    { id: 'sunshine-gratitude', name: 'Sunshine Gratitude', vendor: 'Maximilian Otto', domains: ['gratitude.maxot.de'], region: 'europe', source: 'https://gratitude.maxot.de/en/privacy' }, // privacy: reflection questions generated by AI (Anthropic) through its server
    { id: 'marzlog', name: 'MarZlog', vendor: 'JJSIM', domains: ['marzlog.com'], region: 'korea', source: 'https://marzlog.com/privacy' }, // privacy (Korean): a photo log with AI photo analysis and search
    // --- AI mind maps ---
    { id: 'mimap-ai', name: 'Mimap', vendor: 'Mimap', domains: ['mimap.ai'], source: 'https://www.mimap.ai/privacy' }, // privacy: input sent to OpenAI to generate mind maps
    { id: 'clipmind', name: 'ClipMind', vendor: 'ClipMind', domains: ['clipmind.tech'], source: 'https://clipmind.tech/es/policy/privacy' }, // privacy: AI-powered mind maps and brainstorming from pages, videos and documents
    { id: 'llmindmap', name: 'LLMindMap', vendor: 'LLMindMap', domains: ['llmindmap.com'], source: 'https://llmindmap.com/privacy.html' }, // privacy: AI chats turned into mind maps by Anthropic Claude
    // --- AI flashcards from notes ---
    { id: 'memothings', name: 'MemoThings', vendor: 'MemoThings', domains: ['memothings.com'], source: 'https://memothings.com/en/ai-terms' }, // AI terms: flashcards generated from text by large language models
    { id: 'notes2cards', name: 'notes2cards', vendor: 'notes2cards', domains: ['notes2cards.study'], source: 'https://www.notes2cards.study/terms' }, // terms: study files turned into Anki decks by third-party AI (Google Gemini)
    // --- AI read-later, bookmarks and digests ---
    { id: 'bookmark-new', name: 'Bookmark.new', vendor: 'Bookmark.new', domains: ['bookmark.new'], source: 'https://www.bookmark.new/privacy' }, // privacy: AI summarisation and embeddings of saved pages run in the browser
    { id: 'ai-video-organizer', name: 'AI Organizer', vendor: 'AI Organizer', domains: ['aivideoorganizer.com'], source: 'https://www.aivideoorganizer.com/privacy' }, // privacy: saved YouTube videos summarised by OpenAI into knowledge packages
    { id: 'gist-website', name: 'Gist (gist.website)', vendor: 'Gist', domains: ['gist.website'], source: 'https://www.gist.website/privacy' }, // privacy: article summaries by the Anthropic Claude API
    { id: 'newsdiary', name: 'NewsDiary', vendor: 'Cape Wesley', domains: ['newsdiary.app'], source: 'https://newsdiary.app/privacy' }, // privacy: saved articles and diary entries with LLM tools on the Claude API
    { id: 'digestbox', name: 'digestbox', vendor: 'digestbox', domains: ['digestbox.email'], source: 'https://digestbox.email/privacy' }, // privacy: newsletters ranked into digests by Claude Haiku
    // --- AI canvases and chatbots ---
    { id: 'chat-canvas', name: 'Chat Canvas', vendor: 'Chat Canvas', category: 'chat', domains: ['chatcanvas.co'], source: 'https://www.chatcanvas.co/terms' }, // terms: a canvas whose messages are routed to OpenAI, Anthropic, Google and OpenRouter
    { id: 'knowbot-kilgoreai', name: 'KnowBot', vendor: 'KnowBot', category: 'chat', domains: ['kilgoreai.com'], source: 'https://app.kilgoreai.com/privacy' }, // privacy: a RAG chatbot over uploaded documents, OpenAI embeddings and Claude answers
  ],
  { checked: CHECKED_C20 },
);
