// Sixteenth session, chatsearch pass (2026-12-06, issue 15): 74 chat, companion, search, translation and tutoring AI
// tools. Chat and companions: AI character and roleplay platforms (SFW and adult, the adult ones in the same file as
// the rest because each row cites the operator's own terms or docs, not a list), AI interactive-story apps, character
// APIs for streamers, games and apps, AI companions for language practice and for children. Multi-model and document
// chat: front-ends with their own accounts and credits across GPT, Claude and Gemini, chat-with-your-files services and
// AI assistants built for schools and enterprises. Answers: clinical AI assistants that cite guidelines, an LLM symptom
// checker, Bible-question answerers and AI tarot and palm readers. Translation: AI text and document translators, an AI
// phone-call translator, live two-way translation and AI live captions. Tutors and career: AI exam and homework tutors,
// AI mock interviewers and AI career coaches. Two more hosts go on existing entries: ydc-index.io on `you-com`
// (chat.ts) and aitranslator.com on `machinetranslation-com` (long-tail-c12-c.ts).
//
// Leads. No licensed list was read for this pass: the rows come from 68 searches of the stored `pages` and `docs`
// corpora by product kind and by the wording of vendors' own pages ("create your own AI character" terms, community
// guidelines for bot creators, AI-character policies, "one subscription, every model" pricing and credits pages,
// model-picker docs, answer-engine docs, document-translation and AI-translator terms, phone-call and live-event
// translation, AI tutors and homework helpers, mock-interview and career-coach help pages, privacy pages naming the
// model providers that answer, AI tarot and palm-reading disclosures, Bible-chat "how we use AI" pages, clinical
// citation assistants, kids' AI chat, German and Spanish queries). A result was kept only where the page is the
// operator's own (terms, privacy, help, docs, API reference, pricing, or a blog post that names or plainly describes
// its own AI product) on the host claimed.
//
// Measured with /work/helpers/classify-hosts.mts on the 212 distinct hosts met in those searches (vendors, blogs,
// agencies, news and shared hosts alike): 27 classified (12.7%) before, 104 (49.1%) after. The rest are blogs and review
// sites, agencies and consultancies, research papers, open-source projects and demo apps, shared hosts and the products
// left out below.
//
// Left out: pages that do not show the operator's own AI product (vexyapp.com, funfun.ai, hosaai.com, aiangels.io,
// holodream.ai, castloop.ai, oneaipass.com, lumichats.com, camocopy.com, iatrox.com, dodopdf.com, pdfsub.com, glot.dev,
// owaa.ai, usetalktool.com, lulawe.com, onlinetranslation.ai, aicred.ai, sapiochat.com, asktodo.ai,
// interviewclarity.co.uk, momentarylab.com, blog.tidalspace.tech, polly2.com, regpermit.com, chattables.ch,
// channel.tel, neurtureapp.com, thepantheonai.com, and deepinquiry.ai, seen only in a third-party copy of its pricing);
// host and brand that do not match or draft terms with blanks (doranchat.com's "character.chat" terms, rutta.io's
// Reflo, ai-translate.live, aurelius.work, virtualfriend.chat, and aigirlfriend.com, whose privacy policy still has a
// blank operator name and which the fourteenth session keeps as a trap in lookalikes-c14-lead-2); general software with
// an AI feature (EnglishCentral, Conference Compass, HolyJot, Homeroom, Arbor Slate, ScholarFlow, Speaklay's human
// examiners, Brave Search's API, Lingraphica's AAC device, Grow Therapy's coach, Next Chapters' Book Chat, Inkthar,
// TicketCord, Nura24, Habit of Living, WorldLingo, 1 OAK MLS's assistant, which has no URL of its own, and Zoom's
// Interpreter API, documented on developers.zoom.us with no endpoint host named); mobile-only apps (aicompaniondev.com,
// Homework Helper - AI) and pages on shared hosts (babechat.vercel.app, yaar-pro.web.app, sites.google.com,
// charsnap.gitbook.io, pages.dev handbooks, bump.sh's Aurora Interactive API, Apify actors, glama.ai and mintlify.com
// project pages for AINPCEngine, lingua.direct, ChatbotAI-Free and OmniSearches); ChatGOT (aichatgot.com is a blog
// naming it, not its vendor, as the fifteenth session found); and hosts that are already entries (Janitor AI, Cici,
// Anam, Exa, Glean, OpenRouter, Consensus, Perplexity, Parallel, Reverie, DocuGlot, Doclingo, TextCortex, VoxScriber,
// aitutors.me, DocumentIQ, Langdock, Secrets AI, Speak, Issen, Brancher, Pipecat, Graphlit, whose docs.graphlit.dev
// host is left for a later pass).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools } from './define';

export const longTailC16ChatsearchTools: Tool[] = defineTools(
  'chat',
  [
    // AI character, roleplay and companion platforms, each cited to the operator's own terms, policy, help or docs.
    { id: 'rolepl-ai', name: 'Rolepl.ai', vendor: 'Rolepl.ai', domains: ['rolepl.ai'], source: 'https://rolepl.ai/legal/terms-of-service' }, // its terms: an AI-driven tabletop role-playing campaign simulator, with its own models and outputs
    { id: 'play-role', name: 'Play Role', vendor: 'Play Role AI', domains: ['play-role.com'], source: 'https://www.play-role.com/privacy' }, // its privacy policy: users create characters, worlds and lorebooks and chat with them; the messages are generated by AI and models can be chosen
    { id: 'sparkmeai', name: 'SparkMeAI', vendor: 'SparkMeAI', domains: ['sparkmeai.com'], source: 'https://sparkmeai.com/profile/legal/ai-character' }, // its AI Character Policy: fictional characters powered by AI for roleplay, companionship and AI-generated media
    { id: 'clavgpt', name: 'ClavGPT', vendor: 'ClavGPT', domains: ['clavgpt.com'], source: 'https://clavgpt.com/how-it-works/' }, // its how-it-works page: AI chat companions with persistent (RAG) memory and adaptive personas
    { id: 'the-act-ai', name: 'Act.AI', vendor: 'Act.AI', domains: ['theact.ai'], source: 'https://theact.ai/community-guidelines' }, // its community guidelines for chatting with and creating virtual AI chatbots
    { id: 'dyva-ai', name: 'Dyva', vendor: 'Dyva', domains: ['dyva.ai'], source: 'https://dyva.ai/help/privacy-security' }, // its help centre: AI characters users publish and talk to in chats and rooms, with memory and real-time voice
    { id: 'botchat-ai', name: 'BotChat', vendor: 'BotChat', domains: ['botchat.ai'], source: 'https://botchat.ai/collection/third-party-ai-services' }, // its page on the AI providers (OpenRouter, MiniMax, OpenAI) that generate its chatbots' replies
    { id: 'onlykin-ai', name: 'OnlyKin', vendor: 'OnlyKin', domains: ['onlykin.ai'], source: 'https://onlykin.ai/llms/blog/tag/parent-guide-ai-companions' }, // its own guides index: story-first AI character chat and roleplay
    { id: 'keoby', name: 'Keoby', vendor: 'Keoby', domains: ['keoby.com'], source: 'https://help.keoby.com/docs/social-features/sharing?lang=en' }, // its help centre: AI-generated Characters living in Worlds, shared and chatted with
    { id: 'charactercards-app', name: 'CharacterCards', vendor: 'CharacterCards', domains: ['charactercards.app'], source: 'https://charactercards.app/api' }, // its API page: characters to search and talk to through models behind api.charactercards.app (OpenRouter, Chutes, DeepSeek)
    { id: 'lucy-d2', name: 'Lucy', vendor: 'Lucy', domains: ['lucyd2.com', 'lucyd2.ai'], source: 'https://lucyd2.com/ai-companion-for-language-learning' }, // its own page: Lucy, an AI companion with memory, voice notes and voice calls, used for language practice; lucyd2.ai: its privacy page (https://lucyd2.ai/privacy, read 2026-12-07) names Lucy (lucyd2.com) and its operator, Half Light Studio
    { id: 'yapworld', name: 'YapWorld', vendor: 'YapWorld', domains: ['yapworld.io'], source: 'https://yapworld.io/blog/parents-guide-ai-companions' }, // its own blog: the YapWorld AI companion and its Guardian System for young users
    { id: 'heyotto', name: 'HeyOtto', vendor: 'HeyOtto', domains: ['heyotto.app'], source: 'https://www.heyotto.app/blog/safe-ai-chatbot-for-kids' }, // its own blog: an AI chatbot built for ages 6-18 with parental controls
    // Adult AI companion and roleplay sites (18+), each on the operator's own terms, privacy or creator FAQ.
    { id: 'sextbots', name: 'SextBots', vendor: 'SextBots', domains: ['sextbots.com'], source: 'https://sextbots.com/community-guidelines' }, // its guidelines: fictional roleplay powered by open-source third-party AI models
    { id: 'meuchico', name: 'Meu Chico', vendor: 'Meu Chico', domains: ['meuchico.com'], source: 'https://www.meuchico.com/terms-of-service' }, // its terms: an adult AI roleplay platform with AI-generated character conversations
    { id: 'coquette-ai', name: 'Coquette', vendor: 'Coquette', domains: ['coquette.ai'], source: 'https://coquette.ai/legal-information' }, // its terms: AI-powered conversational companions, 18+
    { id: 'onlyvibe-ai', name: 'OnlyVibe', vendor: 'OnlyVibe', domains: ['onlyvibe.ai'], source: 'https://docs.onlyvibe.ai/faq/ai-creators' }, // its creator FAQ: publishing AI characters, reviewed by AI analysis, that users chat with
    // AI interactive stories and games.
    { id: 'feelora', name: 'FeelOra', vendor: 'FeelOra', domains: ['feelora.ai'], source: 'https://www.feelora.ai/blog/interactive-ai-stories-guide' }, // its own blog: interactive stories told through real-time AI character chat on FeelOra
    { id: 'roletopia', name: 'Roletopia', vendor: 'Roletopia', domains: ['roletopia.ai'], source: 'https://www.roletopia.ai/en/blog/what-is-an-ai-interactive-story' }, // its builder's own blog: branching stories with AI co-stars to text or voice-chat
    { id: 'skeinscribe', name: 'Skeinscribe', vendor: 'Skeinscribe', domains: ['skeinscribe.com'], source: 'https://skeinscribe.com/blog/i-came-to-read-a-story-i-lived-one-instead' }, // its own blog: AI-driven interactive fiction that answers what the reader types
    { id: 'heywaii', name: 'HeyWaii', vendor: 'HeyWaii', category: 'other', domains: ['heywaii.com'], source: 'https://www.heywaii.com/en/blog/ai-gamebook-interactive-fiction-guide-2026' }, // its own blog: an AI game platform for LLM-driven gamebooks and text-adventure characters
    // Character APIs for streamers, games and apps.
    { id: 'ai-licia', name: 'ai_licia', vendor: 'ai_licia', domains: ['getailicia.com'], source: 'https://docs.getailicia.com/docs/public-api/rest/endpoints' }, // its API reference: an AI character that joins a stream's chat and generates reactions to events
    { id: 'alakazam-gg', name: 'Alakazam', vendor: 'Alakazam', category: 'developer-platform', domains: ['alakazam.gg'], source: 'https://docs.alakazam.gg/api-reference/characters/fork-a-character' }, // its API reference: AI characters (persona, lore, "brain") that apps embed and talk to turn by turn
    { id: 'animus-ai', name: 'Animus', vendor: 'Animus', category: 'developer-platform', domains: ['animusai.co'], source: 'https://docs.animusai.co/api-reference/character/create-character.md' }, // its API reference: characters and text generation from its LLMs, served from api.animusai.co
    // Multi-model chat with their own accounts and credits, document chat and assistants built on uploaded material.
    { id: 'atxp-chat', name: 'ATXP Chat', vendor: 'ATXP', domains: ['atxp.chat'], source: 'https://atxp.chat/blog/posts/multi-model-ai-chat.html' }, // its own blog: one chat routing each task to Claude, GPT, Gemini or Grok on pay-as-you-go pricing
    { id: 'babbily', name: 'Babbily', vendor: 'Babbily', domains: ['babbily.com'], source: 'https://docs.babbily.com/features/model-capabilities' }, // its docs: a model picker with web search, deep research, image and video generation and an API usage budget
    { id: 'extraai', name: 'ExtraAI', vendor: 'ExtraAI', domains: ['extraai.ai'], source: 'https://extraai.ai/pricing' }, // its pricing: one points balance to chat with every model, GPT-5 and Gemini included
    { id: 'panelsai', name: 'PanelsAI', vendor: 'PanelsAI', domains: ['panelsai.com'], source: 'https://panelsai.com/ai-credits-vs-subscription/' }, // its own page: one credit wallet for GPT-4o, Claude, Gemini, Mistral and others
    { id: 'kral-ai', name: 'Kral', vendor: 'Kral', domains: ['kral.ai'], source: 'https://kral.ai/docs/files' }, // its docs: files in the prompt box, vision-capable models, OCR and file search, agents with knowledge
    { id: 'verba-ink', name: 'Verba', vendor: 'Verba', domains: ['verba.ink'], source: 'https://docs.verba.ink/guides/credits' }, // its docs: credits for text, image and voice generation, with models and web search by plan
    { id: 'novakit', name: 'NovaKit', vendor: 'NovaKit', domains: ['novakit.ai'], source: 'https://www.novakit.ai/docs/guides/documents' }, // its docs: Document Chat, RAG answers with citations from PDFs, URLs and YouTube
    { id: 'chatdocs-eu', name: 'ChatDocs', vendor: 'ChatDocs', domains: ['chatdocs.eu'], source: 'https://chatdocs.eu/docs' }, // its docs: AI answers with cited pages from uploaded documents, also over WhatsApp, scans read by AI vision
    { id: 'aiaci', name: 'AIACI', vendor: 'AIACI', domains: ['aiaci.com'], source: 'https://aiaci.com/chatpdf' }, // its ChatPDF agent page: document-grounded answers beside its AI Chat
    { id: 'iterate-generate', name: 'Generate (Iterate.ai)', vendor: 'Iterate.ai', domains: ['generateapps.iterate.ai'], source: 'https://help.generateapps.iterate.ai/features/chat/citations-and-sources' }, // its help centre: the Generate AI chat answering from a knowledge base with citations; iterate.ai itself stays unclaimed
    { id: 'nectir', name: 'Nectir', vendor: 'Nectir', domains: ['nectir.io'], source: 'https://support.nectir.io/creating/sources' }, // its help centre: AI assistants built on a course's training documents, showing their sources
    // Answers in a field: clinicians, health, scripture, divination.
    { id: 've-lyra', name: 'Lyra', vendor: 'Lyra', domains: ['ve-lyra.com'], source: 'https://www.ve-lyra.com/platform/ai-assistant' }, // its platform page: an AI assistant reading the patient record and PubMed and guidelines to give cited recommendations
    { id: 'rounds-ai', name: 'Rounds AI', vendor: 'Rounds AI', category: 'search', domains: ['joinrounds.com'], source: 'https://blog.joinrounds.com/blog/citation-first-clinical-ai-assistant-complete-guide-for-hospital-cmos/' }, // its own blog: Rounds AI gives clinicians concise, cited answers
    { id: 'medsage', name: 'MedSage', vendor: 'MedSage', domains: ['mymedsage.com'], source: 'https://mymedsage.com/blog/how-ai-symptom-checkers-work' }, // its own blog: the LLM-powered symptom checker and triage behind MedSage
    { id: 'scripturedepth', name: 'ScriptureDepth', vendor: 'ScriptureDepth', domains: ['scripturedepth.com'], source: 'https://scripturedepth.com/how-we-use-ai' }, // its "How We Use AI" page: a language model answers Bible questions with verse citations
    { id: 'bible-study-pro', name: 'Bible Study Pro', vendor: 'Godchaser', domains: ['bible.godchaserpodcast.com'], source: 'https://bible.godchaserpodcast.com/guarded-intelligence' }, // its terms page: the Bible Study Pro AI and the system prompt that constrains it; the podcast's own site stays unclaimed
    { id: 'chaos-tarot', name: 'Chaos Tarot', vendor: 'Chaos Tarot', domains: ['chaos-tarot.com'], source: 'https://chaos-tarot.com/answers/what-is-ai-tarot-reading' }, // its own page: readings interpreted by Claude from the spread and the user's history
    { id: 'readmypalms', name: 'ReadMyPalms', vendor: 'ReadMyPalms', domains: ['readmypalms.com'], source: 'https://www.readmypalms.com/about/ai-disclosure' }, // its AI disclosure: palm, aura and tarot readings and the "Ask Stella" chat, all generated by AI models
    // AI translation: text and documents, phone calls, live conversations and captions.
    { id: 'translaition', name: 'TranslAItion', vendor: 'TranslAItion', category: 'translation', domains: ['translaite.it.com'], source: 'https://translaite.it.com/legal' }, // its terms: an AI-powered text translation service
    { id: 'dl-translator', name: 'DL.Translator', vendor: 'Office Translator, Inc.', category: 'translation', domains: ['dltranslator.com'], source: 'https://dltranslator.com/el/terms-and-conditions' }, // its terms: documents analysed, translated and formatted by third-party AI models (OpenAI, Gemini)
    { id: 'smarttranslate-ai', name: 'SmartTranslate.ai', vendor: 'SmartTranslate.ai', category: 'translation', domains: ['smarttranslate.ai'], source: 'https://smarttranslate.ai/en-BD/terms' }, // its terms: content and document translation by AI models with translation profiles
    { id: 'ai-call', name: 'AI Call', vendor: 'AI Call', category: 'translation', domains: ['1aicall.com'], source: 'https://1aicall.com/phone-call-translation-guide' }, // its own guide: the AI Call app translating live phone calls, with voice cloning
    { id: 'livetranslate-live', name: 'LiveTranslate', vendor: 'LiveTranslate', category: 'translation', domains: ['livetranslate.live'], source: 'https://livetranslate.live/blog/app-that-translates-both-sides-of-conversation' }, // its own blog: simultaneous two-way speech translation and its face-to-face display
    { id: 'eventrecast', name: 'EventRecast', vendor: 'EventRecast', category: 'translation', domains: ['eventrecast.com'], source: 'https://eventrecast.com/use-cases/conferences' }, // its use-case page: real-time captions and caption translation for conferences, learning each event's vocabulary
    { id: 'subanana', name: 'Subanana', vendor: 'Subanana', category: 'audio', domains: ['subanana.com'], source: 'https://subanana.com/en/blog/what-is-live-captioning' }, // its founder's own blog: Subanana, AI speech-to-text with a live-caption and translation mode
    // AI tutors, homework helpers, mock interviewers and career coaches.
    { id: 'learnlingo', name: 'LearnLingo', vendor: 'LearnLingo', domains: ['learnlingo.ai'], source: 'https://www.learnlingo.ai/exams/ielts' }, // its IELTS page: its AI plays the speaking examiner and points to band gains
    { id: 'maieu-socrates', name: 'Socrates (maieu.ai)', vendor: 'maieu.ai', domains: ['maieu.ai'], source: 'https://maieu.ai/legal/ai-transparency' }, // its AI transparency statement: AI reads homework, generates learning games and tutors Socratically
    { id: 'homeworko', name: 'HomeworkO', vendor: 'HomeworkO', domains: ['homeworko.com'], source: 'https://homeworko.com/ai-homework-helper-app/academic-integrity-ai-homework' }, // its own guide: HomeworkO, an AI homework helper giving step-by-step explanations
    { id: 'bevinzey', name: 'Bevinzey', vendor: 'Bevinzey', category: 'productivity', domains: ['bevinzey.com'], source: 'https://bevinzey.com/help/article/flashcard-system' }, // its help centre: AI-generated summaries, questions and flashcards with AI study recommendations
    { id: 'keoma-app', name: 'Keoma', vendor: 'Keoma', category: 'writing', domains: ['keoma.app'], source: 'https://keoma.app/en/blog/ai-stories-safe-for-kids' }, // its maker's own blog: an AI storytelling app for children with parent preview
    { id: 'godlogic', name: 'GodLogic Mock Interview', vendor: 'GodLogic', domains: ['godlogic.in'], source: 'https://www.godlogic.in/interview.html' }, // its FAQ: a real-time voice AI interviewer, then an AI-scored report
    { id: 'resreader', name: 'ResReader', vendor: 'ResReader', domains: ['resreader.com'], source: 'https://resreader.com/en/help/resreader-no-mogi-mensetsu-no-shikumi' }, // its help centre: a voice and video mock interview with the AI interviewer "Alex", then a score
    { id: 'vocalhyre', name: 'vocalhyre', vendor: 'vocalhyre', domains: ['vocalhyre.com'], source: 'https://vocalhyre.com/blog/what-is-ai-mock-interview/' }, // its own guide: mock interviews run on Gemini Live, scored from the transcript
    { id: 'jobseeker-ai', name: 'JobSeeker-AI', vendor: 'JobSeeker-AI', category: 'writing', domains: ['jobseeker-ai.com'], source: 'https://jobseeker-ai.com/help/manual' }, // its user manual: an AI Career Coach interview that builds the profile, then AI-written resumes and cover letters
    { id: 'rezscore', name: 'RezScore', vendor: 'RezScore', domains: ['rezscore.com'], source: 'https://blog.rezscore.com/dev/building-proactive-job-search/' }, // its engineering blog: Jen, its AI career advisor, and AI resume tailoring
    // Second wave: more multi-model chat, companions, professional answers and research.
    { id: 'moely', name: 'Moely', vendor: 'Moely', domains: ['moely.ai'], source: 'https://www.moely.ai/docs?article=chat-billing-pro-max-included-usage' }, // its docs: Chat billed in credits by model tier (basic, advanced, expert), DeepSeek and Gemini among them
    { id: 'callbyrd', name: 'CallByrd', vendor: 'CallByrd', domains: ['callbyrd.com'], source: 'https://callbyrd.com/journal/how-to-use-an-ai-you-can-call' }, // its founder's journal: a voice AI companion reached by phone call
    { id: 'openpaper', name: 'Open Paper', vendor: 'Khoj', category: 'search', domains: ['openpaper.ai'], source: 'https://github.com/khoj-ai/openpaper/blob/62143763f62b63230a3f10e082d3f81c8743c0df/README.md' }, // the vendor's own repository: a paper-reading workspace whose AI assistant answers with citations into the PDF, hosted at openpaper.ai (lines 5-7)
    { id: 'citorum', name: 'Citorum', vendor: 'Citorum', category: 'search', domains: ['citorum.ai'], source: 'https://citorum.ai/solutions/legal/compliance-qa' }, // its solutions page: compliance and legal Q&A answered with citations and faithfulness labels
    { id: 'compliancegate-ai-tool', name: 'ComplianceGate AI Tool', vendor: 'ComplianceGate', category: 'search', urlPrefixes: ['compliancegate.com/ai-tool'], source: 'https://www.compliancegate.com/ai-tool/' }, // its AI tool page: natural-language questions answered by an LLM over regulation collections; the rest of compliancegate.com (compliance guides) stays unclaimed
    { id: 'rockhood', name: 'Rockhood', vendor: 'Rockhood', category: 'search', domains: ['rockhood.ai'], source: 'https://rockhood.ai/engineering/mls-grounded-agentic-search' }, // its engineering blog: its AI assistant answers real-estate questions from licensed MLS data with citations
    { id: 'speako-ai', name: 'Speako', vendor: 'Speako', category: 'agents', domains: ['speako.ai'], source: 'https://speako.ai/help/billing-and-subscription/voice-minutes-explained' }, // its help centre: voice minutes of its AI phone agent answering a business's calls
    { id: 'vexa-ai', name: 'Vexa', vendor: 'Vexa', category: 'meeting', domains: ['vexa.ai'], source: 'https://docs.vexa.ai/how-to/zoom-transcript-api' }, // its docs: a bot sent into Zoom that streams a live transcript or translation, hosted at api.cloud.vexa.ai
    { id: 'anythingapp', name: 'AnythingApp', vendor: 'AnythingApp', category: 'developer-platform', domains: ['anythingapp.ai'], source: 'https://docs.anythingapp.ai/ai/models' }, // its docs: apps built on the platform call text, image, video and speech models picked by plan tier
    // Third wave: AI therapy and companion apps, book chat, meeting translation.
    { id: 'peacify', name: 'Peacify', vendor: 'Peacify', domains: ['peacify.app'], source: 'https://peacify.app/privacy-policy' }, // its privacy policy: chat sessions with its AI therapist, tailored from onboarding answers, with crisis detection
    { id: 'therappai', name: 'therappai', vendor: 'therappai', domains: ['therappai.com'], source: 'https://www.therappai.com/privacy-policy' }, // its privacy policy: live AI video therapy and conversational features for mental wellbeing
    { id: 'companion-connect', name: 'Companion Connect', vendor: 'Companion Connect', domains: ['companion-connect.org'], source: 'https://companion-connect.org/ethics' }, // its AI ethics page: an AI companion with documented prompts, safety checks and crisis escalation
    { id: 'book-soulmate', name: 'Book.Soulmate', vendor: 'Book.Soulmate', domains: ['booksoulmate.com'], source: 'https://booksoulmate.com/blog/5-tips-better-ai-book-chat' }, // its own blog: Book.Soulmate, AI chat about the book being read
    { id: 'intermind', name: 'InterMIND', vendor: 'InterMIND', category: 'translation', domains: ['intermind.com', 'mind.com'], source: 'https://intermind.com/docs/chat/translation' }, // its docs: meetings whose chat and voice are translated automatically; mind.com (twentieth session, translate pass): its privacy architecture page (https://mind.com/product/overview/privacy-architecture) is InterMIND's, for multilingual meetings with live AI interpretation into each participant's language
    // An API relay named in the docs read.
    { id: 'apiyi', name: 'APIYI', vendor: 'APIYI', category: 'developer-platform', domains: ['apiyi.com'], source: 'https://docs.apiyi.com/en/scenarios/chat/chathub.md', region: 'china' }, // its docs: one key for 400+ models (OpenAI, Claude, Gemini, DeepSeek, Qwen), used from clients such as ChatHub
  ],
  { checked: CHECKED_C16 },
);
