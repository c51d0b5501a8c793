// Nineteenth session, second education pass (2026-12-06, helper `edu2`): AI tools for learning and teaching that the
// catalog still missed after the seventeenth session's education pass (data/long-tail-c17-edu.ts, read first; none of
// its rows or left-out hosts is repeated here). Here: AI tutors and homework helpers for children and school students,
// AI study companions that turn lecture videos, PDFs and notes into summaries, quizzes and study plans, an AI
// thesis-drafting tool, AI test prep (SAT, NCLEX and the Philippine nursing and bar exams, IELTS writing), AI college
// essay feedback, AI language-learning tutors, AI quiz and exam generators, AI lesson-plan and teaching-material
// generators for teachers (including the Philippines' DepEd curriculum and Brazil's school assessments), and AI
// grading of essays and handwritten papers. One AI job-interview coach was met on the way (TrueInterviewAI).
//
// Leads. 55 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their own terms,
// privacy policies, AI policies, FAQs and help pages (homework photo solvers, flashcard and quiz generators, lesson
// plans and worksheets, essay graders, lecture and YouTube notes, language conversation partners, course authoring,
// college admissions, bar, nursing, medical-board, SAT/ACT, GRE/GMAT, TOEFL and IELTS prep, report-card comments,
// reading tutors for children, interview practice, slides for teachers, handwritten-exam grading, study planners),
// and in German, French, Spanish, Portuguese, Chinese, Japanese, Korean and Turkish (the Chinese, Turkish and Korean
// queries returned articles and news only; the Japanese ones mostly services already listed). Every row cites a page
// with a path on the product's own host (for Academly its docs subdomain, for Revision Time its docs subdomain) that
// says in the vendor's words that the product tutors, generates, grades or gives feedback with AI, a named model or an
// AI provider. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed
// and left to their entries: TutorAI (gettutor.app), GTB AI, Lessona, Grade Harbor, VibeRead, Math.AI, AItoCards,
// ClassNerd, Flash Cards AI, Pop Quiz Pro, QuizUs, Quizly AI, AI Language Tutor, AI Lingo Chat, LexPrep, SATCoach.ai,
// Synvia AI, StudyNova, MySmartStudyPartner, Words on Repeat, LinguaMind, Tutel, Prometheus Education, Exponentielle
// Schule, Arthur (LeProfIA), TeachThemAll, Kyokasho AI Wakaru, Redação Play, Axcxept's AI英会話, NeoTutor, SpeakL,
// Ora AI, DEFINES, Tewtor.ai, thesify, Coursebox, IA Online, GodLogic, TheInterviews and Chatty Hiring.
//
// Two subdomains are claimed alone because their parents are a vendor's trade-name site or a company site:
// evalia.oriantation.fr (EvalIA) and thermo-tutor.qwyzzee.com (Thermo Tutor); grader.veritas-data.io and
// app.solveai.besolo.dev are claimed alone too, their parents not being shown to be the AI product. Olly English's
// IELTS writing checker is a URL prefix on a general IELTS-prep site.
//
// Measured with /work/helpers/classify-hosts.mts on the 331 hosts the searches returned (vendors, articles, schools,
// ministries, stores and shared hosts alike, /work/helpers/out/edu2-hosts.txt): 47 classified before (14.2%), 78 after
// (23.6%). Most of the rest are articles about AI in education, school, ministry and university pages, research
// papers, blogs and shared hosts.
//
// Left out. Pages on shared or borrowed hosts (Flashcard Generator on replit.app, the AI Teacher Assistant's pages.dev
// copy, StudyForge's vercel.app copy, Lumi Tutor on vercel.app with placeholder brackets, LawCoach on vercel.app, Core
// Legal Rules on pages.dev, WhateverGo Study on pages.dev, Math Helper AI and Math.Photos on pages.dev, Mathos' help on
// vercel.app, Speak English AI Tutor, Lumi and ReadBorn on github.io, MATHGPT AI on blogspot, Math AI on notion.site,
// ELIOTT on webflow.io, My Speaking Score's help on freshdesk.com, a Coursebox help page on freshdesk.com, an English
// essay checker on netlify.app, a meeting-notes extension on railway.app, Lecture Transcriber on rentry.co); staging or
// sandbox hosts (staging.tutorchatai.com, sandbox.intle.co.uk); mobile-only apps whose pages are app policies (Homework
// Helper - AI on kalyzee.com, Homeroom, Speak Out, Conversa, StudyLess, StudyForge, Kwizz AI, VocabFlow, mimilog,
// SnapQuiz on snap-tool.com, NCLEX AI on moniyazilim.com, NurseNotes, BarPrep, Saywell, Bookworm, ReadBeam and ReadBorn
// Beginners on theaiconveyor.com, AylernAI on a developer's host); pages with placeholders or drafts (Lecture Recorder's
// `[vps-region]`, GradeWise's draft AI policy, TheInterviews' "placeholder copy", Kisy student coaching, Target
// Practice's first beta text, SHEP's draft product spec); pages that do not say the product uses AI or what the AI does
// (MyLessonStudio, Kwizie, Video Notes, Tutro's kids notice, RedaAI's ENEM page, Mathiter, BoardsVault, Tiwtor,
// Readability, Read2Play, MetTutor, StudyFlash's German terms, StudySmarter's terms, vidyadip.com, aistudie.com,
// Ignacio Mancilla's teacher platform, learn.viechoice.com); products whose AI is one feature of a general service
// (NCLEX Up's note scanner, repeat.cards with your own API key, Flashcards Cymraeg's image moderation, sylearning.com as
// in the c17 pass, Thought Industries, Lectora, Coassemble, Russian Math Tutors' course creator, OppaLang's Virtual
// Tutor, StudySmarter, a general IELTS-prep site's AI checker page on ielts.international that reads like an article);
// vendors known here only from blogs, guides or resource pages (BarScoreAI, EduGenius, Astra AI, EssayGradeWise, Cuflow,
// ReelMind, AskTodo, TeachTools, ResearchThink, inspir.uk, Examino, schulKI's blog, Project Mentor's insights,
// theEducator.ai, cited only with a `?p=` address); personal or studio hosts (the AI Notetaker on zladson.com, as the
// c17 docs and c18 meetings passes left it; the AI Worksheet Generator on usovdigital.com; TeachSheet AI on a school-named
// host, the AI Flashcard Generator on digitalskeleton.com.ng); an AI-safety explainer on aisgf.us, outside this kind;
// and school, ministry and state services (Hesse's telli, Klett's schulKI help, Smart Enseigno, the MEC's ENEM app).
// classmateai.in, a Claude-based tutor for Indian school students, may be the same product as Classmate AI
// (classmate.6senai.com, regional-c17-asia.ts); it is left as a lead for whoever owns that entry.
// At the merge (2026-12-06) this file's row for Ensinia (ensinia.com.br) was dropped: the Latin America pass, merged
// first, lists it from the same FAQ page.
//
// Listed since: schulKI (schulki.de), by the twenty-first session's DACH and France pass (regional-c21-dachfr.ts),
// from its own blog page on the product; the trap this pass's test set on that page was dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const longTailC19Edu2Tools: Tool[] = defineTools(
  'other',
  [
    // --- AI tutors and homework helpers. ---
    { id: 'tutorsprout', name: 'TutorSprout', vendor: 'TutorSprout', category: 'chat', domains: ['tutorsprout.ai'], source: 'https://www.tutorsprout.ai/privacy' }, // privacy: personalised AI tutoring for children, chat transcripts with AI tutors that parents can review
    { id: 'thetutorai', name: 'The Tutor (TheTutorAI)', vendor: 'Ethan Pyatt', category: 'chat', domains: ['thetutorai.app'], source: 'https://www.thetutorai.app/privacy', region: 'europe' }, // privacy (UK): questions are sent to the Anthropic API to generate explanations
    { id: 'thermo-tutor-qwyzzee', name: 'Thermo Tutor', vendor: 'Qwyzzee', category: 'chat', domains: ['thermo-tutor.qwyzzee.com'], source: 'https://thermo-tutor.qwyzzee.com/privacy' }, // privacy: AI tutoring and AI grading of practice answers through OpenAI; only this subdomain is claimed
    { id: 'acesat-ai', name: 'ACESAT', vendor: 'ACESAT', category: 'chat', domains: ['acesatai.com'], source: 'https://acesatai.com/privacy.html' }, // privacy: SAT prep whose Snap & Solve photos and Socratic voice coach are processed by AI engines such as OpenAI
    { id: 'problem-solver-solveai', name: 'Problem Solver (SolveAI)', vendor: 'Problem Solver', category: 'chat', domains: ['app.solveai.besolo.dev'], source: 'https://app.solveai.besolo.dev/privacy' }, // privacy: a Chrome extension and website that solve math problems by sending them to AI providers; only this host is claimed

    // --- AI study companions, notes and planners. ---
    { id: 'globalcoach-ai', name: 'GlobalCoach AI', vendor: 'GlobalCoach AI', domains: ['globalcoachai.com'], source: 'https://globalcoachai.com/terms' }, // terms: an AI-powered learning platform that generates practice tests, AI-graded essay feedback and study plans from uploaded documents
    { id: 'studyflow-courses', name: 'StudyFlow', vendor: 'StudyFlow', domains: ['studyflow.courses'], source: 'https://studyflow.courses/terms/' }, // terms: an AI-powered study companion turning course PDFs and images into summaries, exam questions and quizzes (app.studyflow.courses)
    { id: 'lectureaid', name: 'LectureAid', vendor: 'LectureAid', domains: ['lectureaid.com'], source: 'https://lectureaid.com/privacy' }, // privacy: lecture videos, slides and YouTube links turned into transcripts, AI-powered slide descriptions and structured notes
    { id: 'academly-ai', name: 'Academly', vendor: 'Academly', category: 'writing', domains: ['academly.ai'], source: 'https://docs.academly.ai/books/academic-integrity/page/university-guidelines' }, // docs: an AI tool that drafts thesis paragraphs from the student's own sources
    { id: 'revision-time', name: 'Revision Time', vendor: 'Revision Time', domains: ['revision-time.com'], source: 'https://docs.revision-time.com/legal/terms', region: 'europe' }, // terms (England and Wales): a revision web app at app.revision-time.com whose automated marking feedback uses AI

    // --- AI test prep and admissions. ---
    { id: 'nclex-ai', name: 'NCLEX AI', vendor: 'NCLEX AI', domains: ['nclexai.ai'], source: 'https://www.nclexai.ai/privacy' }, // privacy: app and website whose AI features generate answer explanations and study guidance
    { id: 'smartpass-nursing', name: 'SmartPass AI', vendor: 'SmartPass', category: 'chat', domains: ['smartpassnursing.com'], source: 'https://smartpassnursing.com/privacy' }, // privacy: NCLEX-RN and Philippine nurse-licensure prep whose AI tutor and rationales come from a third-party AI provider
    { id: 'lexreview-ph', name: 'LexReview', vendor: 'LexReview', domains: ['lexreview.ph'], source: 'https://lexreview.ph/Home/Terms', region: 'southeast-asia' }, // terms: Philippine bar review with AI-assisted answers, case digests, quiz explanations and essay feedback
    { id: 'imadmitted', name: "I'mAdmitted", vendor: "I'mAdmitted", category: 'writing', domains: ['imadmitted.com'], source: 'https://imadmitted.com/privacy' }, // privacy: AI feedback and scores on college application essays; essays go to OpenAI
    { id: 'college-essai', name: 'College EssAI', vendor: 'College Essay Advisors', category: 'writing', domains: ['collegeess.ai'], source: 'https://collegeess.ai/ethical-ai-guidelines' }, // guidelines: the advisors' proprietary AI tool for writing college essays
    { id: 'ielts-writing-ai', name: 'IELTS Writing AI', vendor: 'IELTS Writing AI', category: 'writing', domains: ['ieltswritinganalytics.com'], source: 'https://ieltswritinganalytics.com/about/methodology' }, // methodology: how the AI turns an essay into criterion-based IELTS band diagnostics
    { id: 'olly-english-ielts-writing-checker', name: 'Olly English IELTS Writing Checker', vendor: 'Olly English', category: 'writing', urlPrefixes: ['ollyenglish.com/ielts/writing-checker'], source: 'https://ollyenglish.com/ielts/writing-checker' }, // the checker page: "our AI examiner" scores each IELTS criterion; the rest of the site is IELTS prep
    { id: 'ielts-diary', name: 'IELTS Diary', vendor: 'IELTS Diary', category: 'writing', domains: ['ielts-diary.com'], source: 'https://ielts-diary.com/terms', region: 'japan' }, // terms (Japanese): AI correction and scoring of diaries and essays through the Gemini API, conversation practice
    { id: 'trueinterviewai', name: 'TrueInterviewAI', vendor: 'TrueInterviewAI', domains: ['trueinterviewai.com'], source: 'https://trueinterviewai.com/privacy-policy' }, // privacy: interview practice with AI-driven feedback on transcribed answers (met on the way; job interviews)

    // --- AI language learning. ---
    { id: 'languageeverest', name: 'LanguageEverest', vendor: 'LanguageEverest', category: 'chat', domains: ['languageeverest.com'], source: 'https://languageeverest.com/de/privacy' }, // privacy (German): conversations with AI tutors, AI-generated answers and corrections

    // --- AI quiz, exam and teaching-material generators for teachers. ---
    { id: 'quizeve', name: 'QuizEve', vendor: 'Synapsetech', domains: ['quizeve.com'], source: 'https://www.quizeve.com/en/terms', region: 'korea' }, // terms: an AI-powered exam-item and quiz generation service
    { id: 'lessonarity', name: 'Lessonarity', vendor: 'Lessonarity', domains: ['lessonarity.com'], source: 'https://www.lessonarity.com/terms' }, // terms: an AI-powered teaching assistant with an AI question generator, exam papers and lesson plans
    { id: 'lessonlab-ai', name: 'LessonLab AI', vendor: 'LessonLab AI', domains: ['lessonlabai.com'], source: 'https://lessonlabai.com/terms' }, // terms: AI tools generating lesson materials, reports, feedback, quizzes and images for teachers
    { id: 'ilaw-lesson-plan-ai', name: 'ILAW Lesson Plan AI', vendor: 'ILAW Lesson Plan AI', domains: ['ilawlessonplan.com'], source: 'https://ilawlessonplan.com/ilaw_v2/terms-and-conditions.html', region: 'southeast-asia' }, // terms: an AI-powered generator of DepEd lesson plans and daily lesson logs for Filipino teachers
    { id: 'teached-tech', name: 'TeachEd', vendor: 'TeachEd', domains: ['teached.tech'], source: 'https://teached.tech/privacy.html' }, // privacy: an AI workspace for language teachers that generates lessons, worksheets and quizzes from prompts and links
    { id: 'bildungsautomat', name: 'Bildungsautomat', vendor: 'Bildungsautomat', domains: ['bildungsautomat.com'], source: 'https://bildungsautomat.com/agb/', region: 'europe' }, // AGB (German): reading and spelling exercises for therapists and teachers, with AI suggesting individual exercises

    // --- AI grading and feedback on students' work. ---
    { id: 'mathison-ai', name: 'Mathison AI', vendor: 'Mathison AI', domains: ['mathisonai.com'], source: 'https://mathisonai.com/terms' }, // terms: feedback on uploaded handwritten student papers generated by Google's Gemini model
    { id: 'proctor-ai-grading', name: 'Proctor AI', vendor: 'Proctor AI', domains: ['proctorai.io'], source: 'https://proctorai.io/faq' }, // FAQ: an AI agent that reads scanned handwritten answer sheets and grades them against the teacher's rubric
    { id: 'veritas-data-grader', name: 'Veritas Data Grader', vendor: 'Veritas Data', domains: ['grader.veritas-data.io'], source: 'https://grader.veritas-data.io/privacy' }, // data practices: professors' submissions are evaluated through Anthropic's Claude API; only this subdomain is claimed
    { id: 'evalia-oriantation', name: 'EvalIA', vendor: 'OrIAntation', domains: ['evalia.oriantation.fr'], source: 'https://evalia.oriantation.fr/mentions-legales', region: 'europe' }, // mentions légales (French): AI-assisted marking for teachers through Google Gemini on Vertex AI; only this subdomain is claimed
    { id: 'ecrivor', name: 'Écrivor', vendor: 'Écrivor SAS', category: 'writing', domains: ['ecrivor.fr'], source: 'https://ecrivor.fr/legal/cgu', region: 'europe' }, // CGU (French): writing activities whose live correction hints and text analysis use AI
  ],
  { checked: CHECKED_C19 },
);
