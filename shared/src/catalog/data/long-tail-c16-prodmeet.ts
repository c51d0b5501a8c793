// Sixteenth session, prodmeet pass (2026-12-06, issue 15): 71 productivity, meeting and presentation AI tools. AI
// note-takers and meeting recorders (bots that join Zoom, Meet and Teams, and bot-free desktop recorders), AI
// transcription services and voice-note apps, AI calendars and email schedulers, AI email assistants and inbox
// agents, AI PDF and document chat, AI spreadsheet agents, AI slide and deck generators, AI mind maps and second
// brains, AI survey and research agents, AI resume tailors and interview copilots, and personal AI assistants.
//
// Leads. First a seed list of 153 well-known hosts of these kinds, typed from memory and classified before anything
// was searched: 122 (79.7%) were already entries, so the well-known products are covered and this pass went to the
// long tail. Then 62 look-ups of the stored `pages` and `docs` corpora (one `find_string` and one `read_file` among
// them) by product kind and by the wording of vendors' own help centres ("connect your calendar so the notetaker
// joins", "how to stop the bot joining", "forward or CC the assistant", "chat with your PDF", "turn a Word document
// into a presentation", "=AI() formula", "AI survey analysis", "mind map from a PDF", credit and minute FAQs of
// transcription and resume tools, privacy policies of AI assistants reading Gmail and Calendar, and German, French,
// Spanish, Portuguese, Japanese and Korean queries), keeping a result only where the page is the vendor's own (docs,
// help centre, FAQ, pricing, privacy policy, terms or blog on its host) and names or plainly describes its AI
// product. One vendor repository was fetched and read at a commit (VoiceInk).
//
// Measured with /work/helpers/classify-hosts.mts on every distinct host met in those look-ups (vendors, blogs, news,
// directories and shared hosts alike): 33 of 332 classified (9.9%) before, 108 of 332 (32.5%) after. The two seed
// lists (208 distinct well-known hosts, the second typed after the first searches) went from 159 (76.4%) to 162
// (77.9%: Cora, Kin, VoiceInk). All 534 distinct hosts together: 191 (35.8%) before, 267 (50.0%) after. Most of the
// remaining misses are blogs, news sites, consultancies, directories and shared hosts, never claimed, and the general
// software and unsourced products named below.
//
// Left out: general software with an AI feature (Clockwise, kept out as a trap by the twelfth-session passes, whose
// own help centre calls it AI-powered; CalendarBridge's AI Assistant, Mailbird, SurveyThis, Explori, YouTestMe,
// Workflow86's AI form step, Jotform, Tally, Fillout, MindMeister, Boardmix, Akiflow, Morgen, Vimcal, Sunsama, Rows,
// Mailbutler, MailCopilot, eM Client, Teal, Enhancv, Huntr, Jobscan); SaneBox (ML email filtering, but its help pages
// describe header rules and training, not AI); AI products with no usable vendor page in the corpora (Howie, Dola,
// whose hidola.ai and dola.me come only from third parties, Twistly, Pop.ai, Presenti, Beyz, Chronicle, GitMind,
// SkedPal, Clara Labs, Resumaker, Kickresume, SkyScribe, Replyless, whose only stored page is a one-line guide,
// Agentic Calendars, SmallAI's Text to Diagram, MeetingFlow's Korean minutes, whose guide does not mention AI);
// personal or hobby apps on personal domains or shared hosts (Reso and RoleFit on personal subdomains, Meetings
// Recorder on a developer's subdomain, LucidPal's docs on pages.dev, Emily Personal Assistant, "Personal Assist" on
// sortedday.com); DeckMorph (rebuilds slide images as editable slides; its FAQ does not say it is an AI product).
// Sparkco (sparkco.ai) and MyAgentPlatform (myagentplatform.com), found here too, are kept once, in the codedata and
// verticals passes.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools } from './define';

const EVERY = 'https://every.to/source-code/how-to-build-agent-native-lessons-from-four-apps';

export const longTailC16ProdmeetTools: Tool[] = defineTools(
  'productivity',
  [
    // AI note-takers and meeting recorders.
    { id: 'memordesk', name: 'MemorDesk', vendor: 'MemorDesk', category: 'meeting', domains: ['memordesk.com'], source: 'https://memordesk.com/docs/recording-meetings.md' }, // its docs: an AI note taker (Kojo) joins Zoom, Meet and Teams calls and writes summaries and action items
    { id: 'taqriry', name: 'Taqriry', vendor: 'Taqriry', category: 'meeting', domains: ['taqriry.ai'], source: 'https://docs.taqriry.ai/meeting-setup/remove-agent' }, // its docs: removing its AI agent from Zoom, Meet and Teams calls and turning off calendar auto-join
    { id: 'sally-ai', name: 'Sally AI', vendor: 'Sally', category: 'meeting', domains: ['sally.de', 'sally.io'], source: 'https://www.sally.de/blog/meeting-transkribieren-automatisch-und-datenschutzkonform', region: 'europe' }, // its blog on transcribing meetings, naming Sally AI as the tool that writes summaries and task lists; sally.io (twentieth session, leads pass): its help centre explains Sally's AI transcription, https://help.sally.io/guides/transcription/transcription-explained
    { id: 'reline', name: 'Reline', vendor: 'Reline', category: 'meeting', domains: ['reline.so'], source: 'https://www.reline.so/glossary' }, // its glossary of AI meeting notes: bot-free recording, citation-backed summaries, chat over transcripts
    { id: 'meeting-rec', name: 'Meeting-Rec', vendor: 'Infopeak AB', category: 'meeting', domains: ['meetingrec.app'], source: 'https://meetingrec.app/privacy/', region: 'europe' }, // its privacy policy: a macOS app that records and transcribes meetings (Whisper on device or a chosen provider) and structures, searches and chats over them
    { id: 'daisy-meetings', name: 'Daisy', vendor: 'Daisy', category: 'meeting', domains: ['daisylocal.app', 'daisy.smallbricktory.com'], source: 'https://www.daisylocal.app/help/privacy' }, // its help page: on-device meeting transcription with AI summaries (a local or cloud model); the same help text is published on daisy.smallbricktory.com/help/privacy
    { id: 'summarizemeeting', name: 'SummarizeMeeting', vendor: 'SummarizeMeeting', category: 'meeting', domains: ['summarizemeeting.com'], source: 'https://summarizemeeting.com/fr/faq/gdpr-meeting-transcription' }, // its FAQ on GDPR and meeting transcription for its AI meeting summaries

    // AI transcription services and voice notes.
    { id: 'briefvox', name: 'BriefVox', vendor: 'BriefVox', category: 'audio', domains: ['briefvox.com'], source: 'https://briefvox.com/en/faq' }, // its FAQ: AI transcription minutes and "AI Notes" (summaries, tasks, translations) paid in AI tokens
    { id: 'audiogest', name: 'Audiogest', vendor: 'Audiogest', category: 'audio', domains: ['audiogest.app'], source: 'https://audiogest.app/en/helpcenter/faqs/billing' }, // its help centre: transcript credits per audio minute, AI summaries and notes included
    { id: 'recolx', name: 'RecolX', vendor: 'RecolX', category: 'audio', domains: ['recolx.ai'], source: 'https://support.recolx.ai/hc/en-us/articles/50196889277587-What-if-I-selected-the-wrong-language-for-transcription' }, // its help centre: the app's AI transcription runs as a cloud task billed in minutes
    { id: 'transcript-you', name: 'transcript.you', vendor: 'transcript.you', category: 'audio', domains: ['transcript.you'], source: 'https://transcript.you/transcription-guide' }, // its guide to AI transcription and the pipeline its own tool uses
    { id: 'voxscriber', name: 'VoxScriber', vendor: 'VoxScriber', category: 'audio', domains: ['voxscriber.com'], source: 'https://www.voxscriber.com/blog/understanding-the-credit-and-cycle-system-a-guide-to-voxscriber-pricing' }, // its blog on pricing its AI transcription in cycles across several AI engines
    { id: 'audioconverter-ai', name: 'Audio Converter AI', vendor: 'Audio Converter AI', category: 'audio', domains: ['audioconverter.ai'], source: 'https://audioconverter.ai/credit-usage-policies' }, // its credit policy: AI transcriber, AI voice generator, summary, chat and mind-map tools
    { id: 'mojiokoshi-san', name: 'Mojiokoshi-san', vendor: 'Mojiokoshi-san', category: 'audio', domains: ['mojiokoshi3.com'], source: 'https://mojiokoshi3.com/ja/post/time-processing-specification/', region: 'japan' }, // its own article: 文字起こしさん transcribes audio, video, images and PDFs with speech-recognition AI, with monthly plans
    { id: 'voice-notes-ai', name: 'Voice Notes AI', vendor: 'Yay Apps Ltd', domains: ['voicenotesai.app'], source: 'https://voicenotesai.app/privacy/' }, // its privacy policy: on-device Whisper transcription, then OpenAI or Gemini extract titles, tasks and dates
    { id: 'bossai', name: 'BossAI', vendor: 'BossAI', domains: ['bossai.tech'], source: 'https://bossai.tech/blog/what-is-a-voice-note' }, // its blog: BossAI turns speech into cleaned-up text with AI
    { id: 'voiceink', name: 'VoiceInk', vendor: 'VoiceInk', domains: ['tryvoiceink.com'], source: 'https://github.com/Beingpax/VoiceInk/blob/d6da6ba864827a52e40114e395b3db988832b428/README.md' }, // the vendor's repository (read at this commit): a macOS app transcribing speech with Whisper and Parakeet models, downloaded from tryvoiceink.com

    // AI calendars, schedulers and email assistants.
    { id: 'timemanager-dev', name: 'TimeManager', vendor: 'TimeManager', domains: ['timemanager.dev'], source: 'https://app.timemanager.dev/blog/why-ai-scheduling-is-different' }, // its blog on the AI scheduling engine it builds (slot detection, task scoring with LLMs)
    { id: 'timetofu', name: 'TimeTofu', vendor: 'TimeTofu', domains: ['timetofu.com'], source: 'https://timetofu.com/blog/posts/2026/05/ai-calendar-daily-planning' }, // its blog: AI calendar planning that turns tasks into calendar blocks in TimeTofu
    { id: 'calendaria', name: 'Calendaria', vendor: 'Calendaria', domains: ['calendaria.co'], source: 'https://calendaria-docs.pages.dev/features/telegram-commands/' }, // its docs (published on pages.dev, which stays unclaimed): an AI calendar assistant in Telegram (@AICalendarBot) and WhatsApp, branded Calendaria.co
    { id: 'calendar-tg', name: 'Calendar Bot', vendor: 'Calendar Bot', domains: ['calendar-tg.app'], source: 'https://calendar-tg.app/llms-full.txt' }, // its own documentation: an AI calendar assistant in Telegram (@Calendar0bot) that parses text, voice and images into events
    { id: 'nicole-assist', name: 'Nicole', vendor: 'Nicole', domains: ['nicoleassist.com'], source: 'https://nicoleassist.com/how-it-works' }, // its how-it-works page: a model classifies forwarded scheduling emails and an agent books the meeting
    { id: 'julie-desk', name: 'Julie Desk', vendor: 'Julie Desk', domains: ['juliedesk.com'], source: 'https://blog.juliedesk.com/handbook-ai-assistant/' }, // its handbook for Julie, the AI assistant you CC to schedule meetings by email
    { id: 'cora-every', name: 'Cora', vendor: 'Every', domains: ['cora.computer'], source: EVERY }, // Every's own article: Cora, its email assistant at cora.computer, built agent-native; Every's help centre (help.every.to) describes its AI email categories, briefs and drafts
    { id: 'nora-bennett', name: 'Nora', vendor: 'Nora', domains: ['nora-bennett.com'], source: 'https://docs.nora-bennett.com/documentation/' }, // its docs: forward an email thread and Nora drafts a reply or summary with Claude
    { id: 'mailboardai', name: 'MailboardAI', vendor: 'MailboardAI', domains: ['mailboardai.com'], source: 'https://preview.mailboardai.com/support/docs/usermanual/mailboardai/board/summarize/' }, // its user manual: Summarize condenses an email thread with AI and proposes a reply
    { id: 'aiemaily', name: 'AI Emaily', vendor: 'AI Emaily', domains: ['aiemaily.com'], source: 'https://aiemaily.com/docs/auto-triage' }, // its docs: an agent gives every incoming thread a priority, intent, one-line summary and AI label

    // Personal AI assistants.
    { id: 'pug-bot', name: 'pug.bot', vendor: 'pug.bot', domains: ['pug.bot'], source: 'https://pug.bot/blog/ai-personal-assistant' }, // its blog on its AI personal assistant (Winston) that remembers context and acts on calendar, email and files
    { id: 'heyemil', name: 'Emil', vendor: 'Emil', domains: ['heyemil.com'], source: 'https://heyemil.com/blog/ai-you-can-text' }, // its blog: a personal AI you text by SMS, WhatsApp or Telegram that remembers you
    { id: 'alfred-assistant', name: 'alfred_', vendor: 'alfred_', domains: ['get-alfred.ai'], source: 'https://get-alfred.ai/glossary/ai-personal-assistant' }, // its glossary entry naming alfred_ among AI personal assistants for email, calendar and tasks
    { id: 'kin-personal-ai', name: 'Kin', vendor: 'Kin AI ApS', domains: ['mykin.ai'], source: 'https://blog.mykin.ai/p/privacy-in-personal-ai', region: 'europe' }, // its blog on privacy in personal AI and how Kin approaches it; its privacy notice names the Danish company operating mykin.ai
    { id: 'kin-ai-family', name: 'Kin AI', vendor: 'Kin Technologies', domains: ['kinai.family'], source: 'https://kinai.family/privacy' }, // its privacy policy: an AI that reads your calendar and texts family schedule briefings
    { id: 'kin-chat', name: 'Kin', vendor: 'Opal Harmony', category: 'chat', domains: ['thekin.chat'], source: 'https://thekin.chat/how-your-data-works', region: 'europe' }, // its data page: messages go to Claude through OpenRouter and Kin builds a person model from your conversations
    { id: 'actor-assistant', name: 'Actor', vendor: 'Actor', domains: ['actordo.com'], source: 'https://actordo.com/privacy' }, // its privacy policy for its AI assistant bot that connects calendars and tasks
    { id: 'peakprivacy', name: 'PeakPrivacy', vendor: 'PeakPrivacy', category: 'chat', domains: ['peakprivacy.ch'], source: 'https://help.peakprivacy.ch/de/articles/466914-wie-werden-verschiedene-dateitypen-in-peakprivacy-verarbeitet', region: 'europe' }, // its help centre: uploaded files are chunked for retrieval-augmented answers from its AI
    { id: 'ajutant', name: 'Ajutant', vendor: 'Ajutant', category: 'chat', domains: ['ajutant.ai'], source: 'https://docs.ajutant.ai/platform/document-chat' }, // its docs: document chat with retrieval-augmented generation in a tenant's own assistant platform

    // AI PDF and document chat, summarisers.
    { id: 'pdfwiseai', name: 'PdfWiseAI', vendor: 'PdfWiseAI', domains: ['pdfwiseai.com'], source: 'https://pdfwiseai.com/guides/what-happens-when-you-chat-with-a-pdf' }, // its guide to how its AI PDF chat sends extracted text to an AI service
    { id: 'azelaai', name: 'AzelaAI', vendor: 'AzelaAI', domains: ['azelaai.com'], source: 'https://www.azelaai.com/blog/how-to-chat-with-pdfs-and-files-using-ai' }, // its blog on the file types AzelaAI's document chat supports
    { id: 'dockdocs', name: 'DockDocs', vendor: 'DockDocs', domains: ['dockdocs.app'], source: 'https://dockdocs.app/ai-read-pdf-without-storing/' }, // its page: AI document chat that sends only text extracted in the browser
    { id: 'vust', name: 'Vust', vendor: 'Vust', domains: ['vust.io'], source: 'https://vust.io/summary/pdf' }, // its PDF summariser page: text extracted in the browser and summarised by Claude
    { id: 'creatornote', name: 'CreatorNote', vendor: 'CreatorNote', domains: ['creatornote.ai'], source: 'https://www.creatornote.ai/blog/summarize-pdf-with-ai-complete-guide' }, // its guide to AI PDF summaries with a walk-through of a CreatorNote run
    { id: 'documentiq-algoscale', name: 'DocumentIQ', vendor: 'Algoscale', domains: ['documentiq.algoscale.com'], source: 'https://documentiq.algoscale.com/blog/chat-with-your-pdfs-rag-powered-document-assistants' }, // its blog on DocumentIQ's RAG chat assistant; only this product host is claimed, not Algoscale's consultancy site

    // AI spreadsheets.
    { id: 'easywork-agents', name: 'EasyWork Agents', vendor: 'EasyWork Agents', domains: ['easyworkagents.com'], source: 'https://www.easyworkagents.com/docs/api-reference' }, // its docs: the actions its AI performs on your spreadsheet

    // AI slide and deck generators.
    { id: 'octigen', name: 'Octigen', vendor: 'Octigen', category: 'presentation', domains: ['octigen.com'], source: 'https://cloud.octigen.com/docs/slide-decks/overview' }, // its docs: AI structures, populates and refines PowerPoint decks from templates
    { id: 'aislidegenerator', name: 'AI Slide Generator', vendor: 'AI Slide Generator', category: 'presentation', domains: ['aislidegenerator.ai'], source: 'https://aislidegenerator.ai/blog/how-does-ai-create-presentations' }, // its blog on how its AI creates presentations
    { id: 'gixo-lumen', name: 'Gixo Lumen', vendor: 'Gixo', category: 'presentation', domains: ['gixo.ai'], source: 'https://gixo.ai/turn-a-document-into-a-presentation' }, // its page: Lumen turns Word, PDF or notes into an editable deck with AI
    { id: 'tosea', name: 'Tosea', vendor: 'Tosea', category: 'presentation', domains: ['tosea.ai'], source: 'https://tosea.ai/blog/mastering-document-transformation-executive-presentations' }, // its guide to AI document-to-presentation transformation

    // AI mind maps, second brains and file organisers.
    { id: 'mapifast', name: 'Mapifast', vendor: 'Mapifast', domains: ['mapifast.space'], source: 'https://www.mapifast.space/blog/ai-mindmaps-the-complete-guide' }, // its guide: mapifast's multi-agent pipeline builds mind maps from videos and PDFs
    { id: 'scholarly-so', name: 'Scholarly', vendor: 'Scholarly', domains: ['scholarly.so'], source: 'https://scholarly.so/help/features/mind-maps' }, // its help centre: Scholarly builds AI mind maps from PDFs, Drive files, links or prompts
    { id: 'mappy-ai', name: 'Mappy AI', vendor: 'Mappy AI', domains: ['mappy-ai.com'], source: 'https://mappy-ai.com/blog/how-to-turn-a-pdf-into-a-mind-map/' }, // its guide to turning a PDF into a mind map in Mappy AI
    { id: 'noeis', name: 'Noeis', vendor: 'Noeis', domains: ['noeis.io'], source: 'https://noeis.io/ai-second-brain' }, // its page on an AI second brain for research and writing
    { id: 'sparkle-every', name: 'Sparkle', vendor: 'Every', domains: ['makeitsparkle.co'], source: EVERY }, // Every's own article: Sparkle, its Mac desktop organiser, whose AI agent cleans folders
    { id: 'spiral-every', name: 'Spiral', vendor: 'Every', category: 'writing', domains: ['writewithspiral.com'], source: EVERY }, // the same article's footer: "Write brilliantly with Spiral", one of the AI tools Every builds

    // AI survey, research and interviewing agents.
    { id: 'koji-research', name: 'Koji', vendor: 'Koji', domains: ['koji.so'], source: 'https://www.koji.so/docs/ai-analyze-open-ended-survey-responses' }, // its docs: an AI-native customer research platform with AI-moderated interviews and AI analysis
    { id: 'flashpoint-ai', name: 'Flashpoint.AI', vendor: 'Flashpoint.AI', domains: ['flashpoint.ai'], source: 'https://docs.flashpoint.ai/analyze-ai' }, // its docs: an agent that analyses survey open-ends and writes summaries
    { id: 'intervyo', name: 'Intervyo', vendor: 'Intervyo', category: 'agents', domains: ['intervyo.ai'], source: 'https://www.intervyo.ai/docs/introduction' }, // its docs: configure the AI interviewer's profile, rubric and scoring
    { id: 'theinterviews-ai', name: 'TheInterviews.ai', vendor: 'TheInterviews.ai', category: 'agents', domains: ['theinterviews.ai'], source: 'https://docs.theinterviews.ai/business/glossary' }, // its glossary: AI voice interviews with transcription, evaluation and an AI interviewer avatar
    { id: 'smartqubot', name: 'SmartQubot', vendor: 'SmartQubot', category: 'agents', domains: ['smartqubot.com'], source: 'https://smartqubot.com/connect-knowledge-base-chatbot-to-notion-confluence-google-drive' }, // its guide to connecting its knowledge-base chatbot to Notion, Confluence and Drive
    { id: 'aleeup', name: 'Aleeup', vendor: 'Aleeup', category: 'agents', domains: ['aleeup.com'], source: 'https://aleeup.com/resources/confluence-notion-knowledge-bot' }, // its resources: building a retrieval-augmented knowledge chatbot on Confluence and Notion
    { id: 'zeptix', name: 'Zeptix', vendor: 'Zeptix', category: 'agents', domains: ['zeptix.io'], source: 'https://zeptix.io/en/knowledge-center/beispiele/internal-knowledge-bot-onboarding' }, // its knowledge centre: a private knowledge bot answering from imported Notion, Confluence and Drive sources

    // AI resume tailors and interview copilots.
    { id: 'resumes-vegas', name: 'resumes.vegas', vendor: 'resumes.vegas', domains: ['resumes.vegas'], source: 'https://resumes.vegas/pricing' }, // its pricing FAQ: each credit is an AI tailoring run of your resume against a job description
    { id: 'myawesomeresume', name: 'MyAwesomeResume', vendor: 'MyAwesomeResume', domains: ['myawesomeresume.com'], source: 'https://www.myawesomeresume.com/faq' }, // its FAQ: monthly limits on AI actions (normalize, tailor, improve)
    { id: 'resumello', name: 'Resumello', vendor: 'Resumello', domains: ['resumello.com'], source: 'https://dev.resumello.com/faq' }, // its FAQ: an AI career platform that extracts resumes and generates tailored ones
    { id: 'sparrowcv', name: 'SparrowCV', vendor: 'SparrowCV', domains: ['sparrowcv.com'], source: 'https://sparrowcv.com/blog/ai-resume-builder' }, // its blog on AI resume tailoring
    { id: 'yespile', name: 'YesPile', vendor: 'YesPile', domains: ['yespile.app'], source: 'https://yespile.app/faq' }, // its FAQ: AI rewrites your resume for each job posting, paid in credits
    { id: 'craft-resume-ai', name: 'Craft Resume AI', vendor: 'Craft Resume AI', domains: ['craftresumeai.com'], source: 'https://craftresumeai.com/blog/how-ai-resume-builders-work-2026' }, // its blog: Craft Resume AI generates resumes with Google Gemini
    { id: 'kandid-pro', name: 'Kandid.pro', vendor: 'Kandid.pro', domains: ['kandid.pro'], source: 'https://kandid.pro/guides/documents' }, // its user guide: AI-generated resumes, cover letters and email drafts with ATS scores
    { id: 'amigo-interview', name: 'Amigo', vendor: 'Amigo', domains: ['amigohelp.ai'], source: 'https://www.amigohelp.ai/docs/ai-copilot' }, // its docs: an AI copilot that listens to interviews and drafts answers in real time
    { id: 'winitai', name: 'WinItAI', vendor: 'WinItAI', domains: ['winitai.com'], source: 'https://www.winitai.com/glossary' }, // its glossary of the AI interview copilot it sells
    { id: 'subcue', name: 'Subcue', vendor: 'Subcue', domains: ['subcue.ai'], source: 'https://subcue.ai/answers/topic/how-it-works?lang=en' }, // its answers page: live transcription and GPT-4o answer suggestions during interviews
    { id: 'mirly', name: 'Mirly', vendor: 'Mirly', domains: ['mirly.co.uk'], source: 'https://www.mirly.co.uk/blog/how-interview-copilots-actually-work' }, // its blog on the pipeline of its interview copilot
  ],
  { checked: CHECKED_C16 },
);
