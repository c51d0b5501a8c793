// Twenty-eighth session, fourth education pass (2026-12-08, helper `edu4`): AI products for learning and teaching that
// no entry claimed yet, beside the earlier education, children's, research and careers passes (long-tail-c17-edu.ts,
// c19-edu2.ts, c22-eduhr.ts, c23-edu3.ts, c26-kids.ts, c20-careers.ts, c27-research3.ts), whose headers and left-out
// lists were read first; none of their rows or left-out hosts is taken up again. Here: AI exam prep for niches the
// earlier passes did not reach (FAA pilot knowledge tests and checkrides, the US citizenship civics interview, and
// Nigeria's WAEC/JAMB exams); an AI study planner; an AI tool that reads IEPs and evaluations for special educators; AI
// language partners (a conversation app and a Telegram English tutor); AI course tools for universities (a course
// tutor and discussion board, an AI course-operations assistant that grades and drafts replies); an AI session-recap
// tool for private tutors; an AI course generator for trainers; AI virtual patients for OSCE practice; two AI music
// practice coaches; and a learning-trail platform with an AI tutor.
//
// Leads. 38 look-ups, all in the stored `pages` corpus, counted as they were made (the limit for this pass). Queries
// worded the way vendors word their own privacy policies, terms, help pages and guides, on the brief's kinds (AI
// tutors with COPPA, lesson-plan generators, AI grading with FERPA, flashcards from PDFs, AI conversation partners,
// USMLE prep, IEP writers, course builders with SCORM export, reading coaches, study planners) and on niches the
// earlier passes had not tried: FAA written tests and ground school, Quran recitation, OSCE virtual patients, MMI and
// UCAS interviews, the UK 11+, accent and pronunciation coaching, the USCIS civics test, GED and ASVAB, AWS
// certification, nursing care plans, law-school case briefs, ADHD and dyslexia study aids, tutoring-business session
// notes, notes-to-podcast study audio, homeschool planning, course-specific teaching assistants, Mandarin and Japanese
// tutors, leveled reading passages, SIE/Series 7, electrician licensing, WhatsApp and Telegram language tutors,
// WAEC/JAMB prep and music practice; and four queries in Italian, Polish, Dutch and Vietnamese (news, ministries and
// the Wondel.ai network's blogs only). The lesson-plan, grading, flashcard, Quran, accent, MMI, 11+, GED, AWS, nursing,
// law-school, SIE and electrician queries returned listed products, guides, research, ministries or human services
// and no vendor that qualified. The last look-up went to the name behind usemynk.com and found nothing. Every row
// cites a page with a path on the product's own host (for MyTA the claimed subdomain itself) where the vendor says the
// product tutors, examines, generates, grades, transcribes or gives feedback with AI, an AI model, machine learning or
// named providers (Google Gemini, Anthropic's Claude on Amazon Bedrock, OpenRouter, Azure). Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 250 hosts the searches returned (vendors, articles, research,
// ministries, schools, exam bodies, human tutoring services and shared hosts alike, in
// /work/helpers/out/edu4-hosts.txt): 26 classified before (10.4%), 43 after (17.2%). Most of the rest are articles
// and guides about AI in education, research papers, news, ministries, schools, test-prep publishers and shared hosts.
//
// Already listed and left to their entries: aiStudyBuddy.academy, Lessona (and its dev. copy), Draft My Lesson,
// GradingPen, AItoCards, ClassNerd, StudyNova, Flash Cards AI, SpeakPal, Chicky, SUDA, Ora AI, LearnBuilder, IEP Goal
// Writer, IEP Pilot, HafizPrime, accent·ai (ogbuilds), Chinese Tutor (chinesetutor.app), ExamsTutor AI and TutorLucid.
// Wayground (a general quiz platform) is not listed and is not added. Quran tools met (Tajweed Mate, RecitID, Mushaf
// Al-Qari) and the OSCE vendors MedAscend and Gestalt stay as the mea, gulf, personal and health3 passes decided.
//
// Subdomain claimed alone: myta.courseops.ai (MyTA); courseops.ai was not read and may be the same AI vendor's site,
// so it is left as a lead rather than trapped.
//
// Same names: Checkride Academy (checkride.academy, Oneways AI, Inc.) and Checkride.bot (checkride.bot, AIviation LLC)
// are two vendors' products, each from its own policy; Pilot License Prep (pilotlicenseprep.com) is not Pilot Prep
// Online (pilotpreponline.com, a ground school whose policy does not say AI: a trap). Crescend (crescend.ai, a piano
// practice coach) is not Crescendo (crescendo.ai, a CX vendor, long-tail-vendors.ts).
//
// Doubtful rows: DIMEDUS is read from its own OSCE study page, which calls its virtual patients AI-powered with
// AI-driven debriefing; the simulator is older than today's language models. iCAN is read from its own insights
// article on AI-generated SCORM courses, whose call to action says iCAN generates courses from a customer's documents
// (as the merge counted Testudy's blog). EXAMORA is an exam-practice platform whose policy names NOVA, its AI tutor on
// OpenRouter, and AI recommendations; the AI is its tutor rather than every part. Yoonle is read from its tutor guide,
// which says tutor turns run on "the same Azure-hosted model as the rest of Yoonle". Crescend calls its analysis
// machine-learning models and "AI-generated observations". TalkMe's terms describe conversation-based lessons with AI
// partners and give only a gmail contact. Gabby's policy is an individual operator's (named only as based in Ukraine)
// for a Telegram bot with a website; the page read sits under a /hi/ locale path but is in English. Checkride Academy's
// and Crescend's policies were read at http:// and are cited at https.
//
// Left out. Pages with placeholders or drafts (AviationChat's "[LEGAL REVIEW]" draft, Practilly's "[Insert Date]");
// pages on shared platforms (Aceprep on vercel.app, a US citizenship test app on netlify.app, FORTE on pages.dev, EXPO
// and Tutori and ReadBorn on github.io, Reading Coach and AccentLab on web.app, an app-policy host p-api.fykp88.cn,
// e-droid.net's app builder); Tutoring Notes on usemynk.com (its OpenAI transcription is stated only on
// preview.usemynk.com, and the product's name beside the host is unclear: a lead); pages that do not say the product
// uses AI (Pilot Prep Online, AI Exam Planner's timetable optimiser, US Civics Practice's editorial page, JourneymanIQ's
// llms.txt, TutorThings and Practice Room: the last two leads, as their wording suggests an AI tutor; USMLE-Rx,
// usmlepreps.com, JADE Learning, HSK Hanzi on aifarm.live, mytutor.work); general products whose AI is one feature
// (Organized Tutoring's Gemini summaries, Looppie Piano's audio-to-MIDI, JazzPracticePro's optional AI, Hani and
// HanziiGo's Chinese courses, obqo.co's coaching notes, Lynk's academy management, Japanese Ai by HelloTalk, whose
// policy read does not say what the AI does: leads); vendors seen only on blogs or guides that do not describe their
// own product (easyclass.ai, vidialearn.com and keeptrusts.com as earlier passes decided, planwith.ai, qverlabs.com,
// supwriter.com, theaicareerlab.com, nursechartingpro.com, sprep.ch, scholarly.so's guide, paper-checker.com's hub,
// AIdeazz's EspaLuz on dev.to: leads); Teacher AI on teacher.technischools.com, whose policy is a cookie notice; human
// tutoring and study-partner services (Capital Learning Collective, EngVarta, the 11+ tutors and mock-exam centres);
// personal pages and studio case studies (ksnk.me, matmar10.com, lesgreys.com as before); and the ministries, exam
// bodies, schools, research and news met on the way.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Edu4Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Exam prep: pilot tests, the civics interview, West African exams ---
    { id: 'pilot-license-prep', name: 'Pilot License Prep', vendor: 'Pilot License Prep', domains: ['pilotlicenseprep.com'], source: 'https://pilotlicenseprep.com/privacy' }, // privacy: an AI Instructor whose chat queries are processed with the Google Gemini API for personalised tutoring
    { id: 'checkride-academy', name: 'Checkride Academy', vendor: 'Oneways AI, Inc.', domains: ['checkride.academy'], source: 'https://checkride.academy/privacy' }, // privacy: FAA checkride self-study course whose learning app (learn.checkride.academy) has an in-app AI tutor
    { id: 'checkride-bot', name: 'Checkride.bot', vendor: 'AIviation LLC', domains: ['checkride.bot'], source: 'https://checkride.bot/privacy' }, // privacy: an AI examiner for checkride oral exams; responses generated by Claude Haiku on Amazon Bedrock
    { id: 'passthecivics', name: 'PassTheCivics', vendor: 'PassTheCivics', domains: ['passthecivics.com'], source: 'https://passthecivics.com/legal/privacy/' }, // privacy: US civics-interview study tool whose AI tutor answers through OpenRouter's language models
    { id: 'examora', name: 'EXAMORA', vendor: 'EXAMORA', domains: ['examora.com.ng'], region: 'africa', source: 'https://examora.com.ng/privacy.html' }, // privacy: Nigerian exam practice with NOVA, an AI tutor whose messages go to OpenRouter, and AI recommendations

    // --- Study planning, special education and university courses ---
    { id: 'intelliplan', name: 'IntelliPlan', vendor: 'IntelliPlan', category: 'productivity', domains: ['intelliplan.tech'], source: 'https://intelliplan.tech/legal' }, // privacy (COPPA, FERPA): a student planner that generates personalised study schedules and powers AI Tutor responses
    { id: 'spedgenie', name: 'SPEDGenie', vendor: 'SPEDGenie', category: 'productivity', domains: ['spedgenie.com'], source: 'https://spedgenie.com/privacy' }, // privacy: IEPs and evaluations are PII-scrubbed, then an AI extraction call pulls strengths, needs and goal areas for teachers
    { id: 'courseassist', name: 'CourseAssist', vendor: 'CourseAssist', domains: ['courseassistai.com'], source: 'https://courseassistai.com/privacy.html' }, // privacy (FERPA): an AI-powered tutoring and discussion platform designed for university courses
    { id: 'myta-courseops', name: 'MyTA', vendor: 'MyTA', category: 'productivity', domains: ['myta.courseops.ai'], source: 'https://myta.courseops.ai/privacy' }, // privacy (FERPA): an AI course-operations platform: AI-assisted grading, inbox triage and draft replies; only this subdomain is claimed
    { id: 'yoonle', name: 'Yoonle', vendor: 'Yoonle', category: 'productivity', domains: ['yoonle.com'], source: 'https://yoonle.com/guides/ai-tutor' }, // guide: learning trails and quizzes with an AI tutor on "the same Azure-hosted model as the rest of Yoonle"

    // --- Language partners ---
    { id: 'talkme-ai', name: 'TalkMe', vendor: 'TALKME', domains: ['talkme.ai'], source: 'https://talkme.ai/terms.html' }, // terms: language-learning software with interactive conversation-based lessons with AI partners
    { id: 'gabby-english-tutor', name: 'Gabby English Tutor', vendor: 'Gabby English Tutor', domains: ['speakwithgabby.online'], source: 'https://www.speakwithgabby.online/hi/privacy-policy' }, // privacy: @GabbyEnglishTutorBot, an AI tutor in Telegram generating replies, corrections, transcription and speech

    // --- Tutors, trainers and clinical skills ---
    { id: 'tutortrack', name: 'TutorTrack', vendor: 'TutorTrack', category: 'productivity', domains: ['tutortrackai.com'], source: 'https://tutortrackai.com/privacy' }, // privacy: tutoring-session transcripts go to Google's Gemini API to draft recaps, assignments, parent emails and memory files
    { id: 'ican-icantech', name: 'iCAN', vendor: 'iCAN', category: 'productivity', domains: ['icantech.ai'], source: 'https://icantech.ai/insights/ai-generated-scorm-courses' }, // its insights article: AI-generated SCORM courses from SOPs and manuals; "See how iCAN generates SCORM courses from your documents"
    { id: 'dimedus', name: 'DIMEDUS', vendor: 'DIMEDUS', category: 'other', domains: ['dimedus.com'], source: 'https://dimedus.com/osce' }, // OSCE study page: DIMEDUS AI-powered virtual patients with embedded feedback and AI-driven debriefing

    // --- Music practice ---
    { id: 'mymusicbuddy', name: 'MyMusicBuddy', vendor: 'MyMusicBuddy', category: 'other', domains: ['mymusicbuddy.com'], source: 'https://www.mymusicbuddy.com/privacy' }, // privacy: recorded practice videos get AI-generated analysis and AI-powered feedback for the learner's instrument and level
    { id: 'crescend', name: 'Crescend', vendor: 'Crescend', category: 'other', domains: ['crescend.ai'], source: 'https://crescend.ai/privacy' }, // privacy: piano recordings analysed by machine-learning models; practice data keeps AI-generated observations
  ],
  { checked: CHECKED_C28 },
);
