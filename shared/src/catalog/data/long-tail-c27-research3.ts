// Twenty-seventh session, third research pass (2026-12-07, helper `research3`): AI research and study tools that no
// entry claimed yet, beside the eighteenth session's research pass (data/long-tail-c18-research.ts), the twenty-second
// session's second research pass (data/long-tail-c22-research2.ts), the twenty-third session's third education pass
// (data/long-tail-c23-edu3.ts) and the twenty-sixth session's schools-and-children pass (data/long-tail-c26-kids.ts),
// whose headers were read first and none of whose queries, rows or left-out hosts is taken up again. Here: a citation
// verifier for AI-generated text; an AI research-paper video service; AI exam prep for professional and language exams
// (an AI platform for TOEFL Speaking, an OET platform with live-audio AI patients, an AI exam-prep app with AI-graded
// OET writing, AI answer evaluation for the UPSC Civil Services Mains, an AI study assistant for the Italian
// driving-licence quiz); AI revision, flashcard and quiz tools (a notes-to-flashcards-and-essay-marking service, an AI
// revision platform for Northern Ireland's GCSEs, an AI quiz builder); and an AI generator of classroom active-learning
// missions for teachers, which closes a lead the c23 pass left.
//
// Leads. 40 look-ups, all in the stored `pages` corpus (the limit), counted as they were made. Queries worded the way
// small vendors word their own pages: privacy policies naming the model provider ("document text is sent to OpenAI",
// "processed by Anthropic's Claude API"), credit and refund pages ("credits used for AI generation are non-refundable",
// "each paper analysis costs one credit"), academic-integrity statements ("our AI will not write your thesis"), "our AI
// tutor" terms and AI-grading help pages; by kind (chat-with-PDF and paper summarisers, lecture note-takers, flashcard
// and quiz generators, grant writers, manuscript checkers, journal finders, citation finders, statistics assistants for
// researchers, thesis assistants and viva practice, paper-to-slides, study planners, research assistants over Semantic
// Scholar) and by exam (USMLE, NCLEX, CPA, ACCA/CIMA, bar essays, LSAT, IELTS, TOEFL, OET/PLAB, JLPT/HSK/DELE, AP,
// certification exams, UPSC Mains, Spain's oposiciones, Brazil's concursos, Germany's law Staatsexamen); and in German,
// French, Japanese, Spanish, Dutch, Italian and Portuguese. The German, French, Japanese, Spanish, Dutch, Portuguese
// and oposiciones/concursos/Staatsexamen queries returned news, university guides, law explainers and listed products
// only; the Italian query found two of the rows. Most English queries returned products already listed: this kind is
// well covered now (the c18, c22 and c23 passes and the education passes before them), and roughly a third of every
// query's vendor hosts already classified. Every row cites a page with a path on the product's own host (for Exafy its
// app subdomain) where the vendor says the product evaluates, grades, generates, tutors or verifies with AI, a model or
// named model providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ and in the
// other helpers' c27 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 265 hosts the searches returned (vendors, news, university
// guides, exam bodies, papers, directories and shared hosts alike, in /work/helpers/out/research3-hosts.txt): 46
// classified before (17.4%), 57 after (21.5%). Most of the rest are news, guides, exam bodies, papers and shared hosts.
//
// Already listed and left to their entries: pdf.chat, LectureAid, PolarNotes, Tewtor, TutorAI (gettutor.app),
// viberead.ing, ClinicChat (empathetics.ai), NCLEX AI (nclexai.ai), SmartPass Nursing, Flashcards AI (janki.app), PDF
// to Study Cards, notes2cards, MemoThings, GrantPilot, GrantorAI, Granted, Paperguide, EasySLR, StudyNova, StatsWriter,
// Thesis Generator, IELTS Writing AI (ieltswritinganalytics.com), EssayHero, SpeakToScore, MedQBank, Truessay, Chat
// with PDF AI (chatwithpdfai.com), the psychiatry AI at ai.psychiatryletter.com, Diane, Pop Quiz Pro, Voice Memos, AI
// Questions (aiquestions.intrazero.com), Build Understanding, LexPrep, LexReview, UPSC Answer Check, Skimup, EasySlide,
// LearnLingo, Chinese Tutor (chinesetutor.app), DeepScientist (ai-researcher.net), AI Research Radar, Emergent Mind and
// pith.science.
//
// Doubtful rows: PaperVideo is a product "within the EagleStudio platform"; its terms describe AI avatars, synthesized
// voice-overs and AI-generated research-paper videos, and the other EagleStudio products were not read, so
// eaglestudio.ai is claimed on the strength of that page and its .ai name. Exafy's page is its OET exam page on
// app.exafy.ai (AI-graded writing and a speaking coach); the whole exafy.ai domain is claimed as the product's own. My
// Speaking Score and OET Live are read from their own blog posts, which describe their own AI (SpeechRater and the
// vendor's VoX; live-audio AI patients). CiteGuardian checks whether AI-generated citations support their claims with a
// verifier model rather than generating text itself; it is kept as an AI research tool. Quiz Patente AI is an Italian
// driving-licence quiz, an exam beside the professional exams the brief named; its policy sits on anymentor.net, whose
// only product read is this one.
//
// Left out. Decisions of earlier passes kept: BarScoreAI's resource article (a c19 trap), NibandhAI's blog (a c22 India
// trap), manusights.com (c18, c21 traps), statory.org's odd /sitemap.xml/privacy page (c18, c21), PaperChat.ai on
// dosmakers.dev and paperchat.dosmakers.dev (c21), studycardsai.com (c26), medboard.pro (c23), research.aeq.com (c18),
// Scholar Sidekick (c22) and Charlie's Notebook (c17). Placeholders and templates (myjlptstudy.com's "[registered or
// contact address]", aicpa.com.au's template terms, GrantAI on vercel.app with "[COMPANY LEGAL NAME]", SHEP's draft
// spec on cloud.sheplegal.com); `?p=` pages (simplistats.com, indigoedocs.com, ardututor.edubot.it, chatai.guide);
// pages that do not say the product uses AI or say it only in the name (nursekindai.com's policy, datastatz.com,
// stateze.com's deterministic statistics, charitygrantwriter.com, memia.app's credit FAQ, barreps.com,
// jlptpro.jlptexampro.com, thesisroom.com's launch post, studyly.io's threat-model page, learnassist.de); general
// products where AI is one feature (nclexup.com's Scan Notes, hibimondai.app's optional AI feedback,
// optionspractice.com's AI tutor, voceconcursado.com.br's AI corrections, tuition.in's captions, help.bun-ken.net's AI
// assist); mobile-only apps whose pages are app policies, as the c19 pass decided (nclexai.moniyazilim.com,
// muehldorfsd.com's NurseNotes, prepaiapp.com, stephenai.co, jlpt-legal.hayate-k-0704.workers.dev,
// mail.usovdigital.com's PDF AI Summarizer); an AIQuiz whose refund page sits on the parent host
// www.cgpa2percentage.com rather than aiquiz.cgpa2percentage.com; agencies and services (anyaneko.com's PDF chatbot
// development, agenticlabvn.com's Project Mentor post, digitalscientists.com); vendors seen only on guides or articles
// about the kind in general (mockdefense.org, getsidenote.app, edisonos.com, inspir.uk, sky-scribe.com); directories,
// course and skill sites (eduailast.com, theneuralbase.com, skillspool.org, summarizeragents.com); and shared platforms
// (lawcoach-ai.vercel.app, examprepai-app.lovable.app, ai-explain-webpage.pages.dev, aifreetextpro.pages.dev,
// itrnlabscom.pages.dev's MedBlitz, ideablueprint.pages.dev, masteryexamprep-com.pages.dev, kadriva.com's Thesionyx
// post, rkalani1.github.io).
//
// Leads for later: KlausurenKIste (a Cologne start-up grading law exams with AI) and DeepWrite (Universität Passau),
// seen only in German news; CazaTuPlaza (AI tests for Spain's oposiciones) and Glau (AI essay correction for Brazil's
// concursos), seen only in news; Thesionyx (on kadriva.com), Thesisroom and MockDefense (viva practice), whose own
// pages read did not say AI plainly; the Sophie notes app (sophie.ani.ink, a personal-looking host); whycare.aisgf.us
// (an LLM explainer on AI safety, off this pass's kind).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Research3Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- research: citations and papers ---
    { id: 'citeguardian', name: 'CiteGuardian', vendor: 'CiteGuardian', category: 'search', domains: ['citeguardian.com'], source: 'https://citeguardian.com/faq' }, // FAQ: verifies whether AI-generated citations support their claims, running a verifier model with and without the cited evidence; credits per verification
    { id: 'papervideo-eaglestudio', name: 'PaperVideo', vendor: 'EagleScope, Inc.', category: 'video', domains: ['eaglestudio.ai'], source: 'https://www.eaglestudio.ai/terms/papervideo' }, // terms: converts medical research-paper PDFs into AI-generated video presentations with AI avatar presenters (HeyGen) and synthesized voice-overs (ElevenLabs)
    // --- professional and language exam prep ---
    { id: 'my-speaking-score', name: 'My Speaking Score', vendor: 'My Speaking Score', domains: ['myspeakingscore.com'], source: 'https://www.myspeakingscore.com/blog/how-ai-is-changing-toefl-speaking-practice' }, // vendor blog: an AI-powered platform for TOEFL Speaking practice scoring answers with ETS SpeechRater and its own AI, VoX
    { id: 'oet-live', name: 'OET Live', vendor: 'OET Live', domains: ['oetlive.com'], source: 'https://oetlive.com/blog/how-ai-patients-change-oet-practice/' }, // vendor blog: OET Speaking role-plays with live-audio AI patients, scored each time
    { id: 'exafy', name: 'Exafy', vendor: 'Exafy', domains: ['exafy.ai'], source: 'https://app.exafy.ai/exams/oet' }, // OET exam page: referral and discharge letters AI-graded to the OET rubric and a speaking coach for the role-plays
    { id: 'dooit-upsc', name: 'Dooit UPSC', vendor: 'Dooit', domains: ['dooitupsc.com'], source: 'https://dooitupsc.com/help/ai-evaluation-explained', region: 'india' }, // help page: UPSC Mains answers submitted for AI evaluation, graded on a six-area rubric with a written verdict
    { id: 'quiz-patente-ai', name: 'Quiz Patente AI', vendor: 'Quiz Patente AI', domains: ['anymentor.net'], source: 'https://anymentor.net/privacy', region: 'europe' }, // privacy (GDPR): Italian driving-licence exam preparation with AI-powered study assistance from Google Gemini, OpenAI and Groq
    // --- revision, flashcards and quizzes ---
    { id: 'reviseai-revisy', name: 'ReviseAI', vendor: 'ReviseAI', domains: ['revisy.org'], source: 'https://revisy.org/privacy' }, // privacy: notes processed through AI models to generate flashcards, summaries, audio lessons, quizzes and podcasts, and essays marked by AI
    { id: 'revizionbot', name: 'RevizionBot', vendor: 'RevizionBot', domains: ['revizionbot.com'], source: 'https://revizionbot.com/privacy', region: 'europe' }, // privacy: an AI-powered revision platform for CCEA GCSE students; the AI tutor, exam marking and flashcard generation run on OpenAI
    { id: 'aiquizbuilder', name: 'Quiz Maker (AI Quiz Builder)', vendor: 'Quiz Maker', domains: ['aiquizbuilder.com'], source: 'https://aiquizbuilder.com/refund' }, // refund policy: an AI-powered quiz builder platform with AI quiz generation (MCQ, true/false, short answer)
    // --- teachers ---
    { id: 'flip-education', name: 'Flip Education', vendor: 'Flip Education', domains: ['flipeducation.ai'], source: 'https://flipeducation.ai/it/privacy' }, // privacy (Italian): an AI-based platform that generates classroom active-learning experiences ("Missions") for teachers
  ],
  { checked: CHECKED_C27 },
);
