// Twenty-third session, third education pass (2026-12-07, helper `edu3`): AI products for learning and teaching that no
// entry claimed yet, beside the seventeenth session's education pass (long-tail-c17-edu.ts), the nineteenth session's
// second education pass (long-tail-c19-edu2.ts) and the twenty-second session's education and HR pass
// (long-tail-c22-eduhr.ts). Their headers and left-out lists were read first, and none of their rows or left-out hosts
// is taken up again here. What this pass added: AI tutors and exam prep for the bar exam, the SAT and driving tests (US
// state tests and the UK's DVSA theory and practical tests); an AI tutor that answers from a learner's own uploaded
// material; a university pilot's AI mentor; K-12 AI tutor platforms with AI grading; a homework photo solver; AI study
// notes and flashcards from PDFs and YouTube; an AI YouTube summariser; a lesson-recording Chrome extension that
// transcribes with Whisper; an AI quiz platform; an AI lesson drafter for teachers; two AI course generators; AI
// grading and feedback tools for teachers and course assistants; an AI report-comment workspace for teachers in the
// Australian Capital Territory; an AI oral-exam platform for academic integrity; and two AI story and reading apps for
// children.
//
// Leads. 40 look-ups in the stored `pages` corpus (the limit for this pass), worded the way vendors word their own
// privacy policies, terms, AI policies, FAQs, refund pages and help docs, and anchored on exams (MCAT, USMLE, bar exam,
// CFA, CPA, GMAT/GRE, PMP, real-estate licence, NEET/JEE, CBSE, IELTS/TOEFL/DET, the digital SAT, driving theory) and
// on kinds (lesson plans and worksheets, ESL lessons, report-card comments, essay grading, quiz and exam generators,
// flashcards, lecture and YouTube notes, reading companions and read-aloud tutors, coding tutors for children, course
// generators, homework and math solvers, K-12 tutor platforms, debate coaching). One German (KI-Tutor,
// Datenschutzerklärung), one Spanish (tutor con inteligencia artificial) and one French (aide aux devoirs IA) query
// returned listed products, news and ministry guidance only. The CPA, PMP, coding-tutor, CBSE and debate queries returned
// no vendor that qualified. Every row cites a page with a path on the product's own host (for Testudy its blog
// subdomain; for Guiden and the AI Course Assistant the claimed subdomain itself) that says in the vendor's words that
// the product tutors, generates, transcribes, grades, interviews or writes feedback with AI, an AI model or named model
// providers (Anthropic, OpenAI, Groq's Whisper). Hosts were run through /work/helpers/classify-hosts.mts and names grepped
// in data/ and in the other twenty-third-session passes first.
//
// Measured with /work/helpers/classify-hosts.mts on the 264 hosts the searches returned (vendors, articles, research
// papers, ministries, stores and shared hosts alike, in /work/helpers/out/edu3-hosts.txt): 37 classified before (14.0%),
// 61 after (23.1%). Most of the rest are articles and guides about AI in education, research papers, exam-body and
// ministry pages, and shared hosts.
//
// Already listed and left to their entries: Lessona (and its dev. copy), LexPrep, GTB AI, the AI Teacher Assistant
// (ta.starlingtek.net), StudyNova, AItoCards, Flash Cards AI, Grade Harbor, ClassLens, GradeWithAI, the Veritas grader,
// SATCoach.ai, SAT Reps, Ora AI, Tutel, TutorPlai, Alphabees, JEE2U, Neetsi, MockTutor, Ernie AI Driving Instructor,
// Little Story Bear, Diane, Notedrill, AI Test Prep (aitestprep.academy), SpeakToScore, IELTS AI Examiner, HomeworkO and Solve AI's Problem Solver.
//
// Subdomains claimed alone: guiden.colorcodedkids.com (Guiden; colorcodedkids.com was not read, so only the tutor's host
// is claimed) and app.hultedtech.club (the AI Course Assistant grading tool; hultedtech.club was not read). Both parents
// are traps in the test. Testudy's blog is on blog.testudy.io; the whole testudy.io domain is claimed.
//
// Same names: iTutor (itutor.study) is not iTutors.mx, the human tutoring marketplace the c17 pass left out, nor
// itutor.com; nothing read ties the iTutor the c17 pass saw only on a blog to this host.
//
// Doubtful rows: Mentora's policy is "academic pilot documentation", but it describes a running AI mentor with
// lecturer dashboards; TrySAT's policy names Anthropic and OpenAI as the providers that run its coaching rather than
// describing each AI feature; DriveReady AI's and Mentora's names are read from their domains, since the policies say
// only "the Service" and "the platform"; Storyori's policy says stories, characters and images are generated in the app
// and that a child's name reaches "AI services" only if the parent opts in, without naming a model.
//
// Left out. Pages with placeholders or drafts (ReadBy's "DRAFT pending legal review", G's Storytime's "[REVIEW WITH
// COUNSEL]", PassPilot's "placeholder notice", Veritas Lessons' "XXXX" sponsor number, aprofundeaza.ro and
// lecture-recorder.app again) and staging hosts (staging.tutoraisat.com, stage.clevercreator.ai again); `?p=` pages
// (phirshiksha.com's AI policy, edtechinstitute.com, recited.io, clearguidehub.com); pages that never say the product
// uses AI or say it only in the name (cfaexam.ai, gcseaitutor.co.uk, Ulearn AI's YouTube terms,
// taleberry.app's COPPA page, Story Gliders' speech notice, kira-learning.com's COPPA notice, Courseau's credits doc,
// Lumini's real-estate tutoring page, fluencyiq.app, mentu.co); an MCAT platform on mcat.biovizlab.dev whose policy
// gives no product name (a lead); mobile-only apps whose pages are app policies, as the c19 pass decided (nerzia GRE
// Prep, NEET Prep Easy on hlsrtech.com, NEET Codex, Flashy on a personal host, Read For Kids, AI Course Companion, IELTS
// SpeakReady again); products whose AI is one feature of a general service (OpenYogi's AI search, Vrenberg's CFA AI
// tutor page, Charlie's Notebook as the c17 pass decided, MedBoard's USMLE question bank, SAT Prep Mastery's AI
// explanations, PredictJEE's AI hints, Apollo MedSkills' NEET doubt solver, KidsCode Gift's CodeWhiz tutor inside a
// coding course platform, DriveRoutes' optional AI co-pilot, Memogate's AI card generation in a spaced-repetition app,
// Arbor Slate's homeschool tutor, Real Estate Exam Scholar's A.I. tutor, Speakly's AI lesson generation inside its
// school platform, EzyCourse and Edwiser's Moodle plugin, AppAcademia's school platform); vendors seen only on blogs,
// guides or resources that do not describe their own product (TutorLucid, whose blog post two earlier passes keep as a
// trap, EduGenius, TeacherForge, Testopia, SkyScribe, ESLTutorHub, myplanningpartner.ai, Softech's PenLeap post,
// astra-ai.es, flipeducation.ai: leads); a content site built with AI rather than an AI tool (cbsegrade10studyguide.com);
// Kids OpenCode's parent guide on airbotix.ai, a program installed locally; personal and agency hosts (matisandoval.com,
// penagos.net, internetadvertisingsolutions.nl's YouTube summariser); and shared platforms (pages.dev copies of a CFA
// Level 1 extension, Math.Photos, ReadZoo, LessonElf and a DOL English wiki; vercel.app, lovable.app, replit.app,
// github.io, notion.site, blogspot, web.app and b-cdn.net pages).
//
// Leads not finished: cfa-l1-prep.com (the CFA L1 AI Prep extension's own site, whose policy was read only on
// pages.dev); Lesson Transcriber's Chrome Web Store id; PenLeap's own host; Mentu's AI assistants in Colombia.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Edu3Tools: Tool[] = defineTools(
  'other',
  [
    // --- AI tutors and exam prep (bar exam, SAT, driving tests, courses) ---
    { id: 'oryxlex', name: 'OryxLex', vendor: 'Oryx Edge LLC', category: 'chat', domains: ['oryxlex.com'], source: 'https://www.oryxlex.com/terms' }, // terms: an educational platform that leverages artificial intelligence to help law graduates prepare for the bar examination
    { id: 'sat-hacker', name: 'SAT Hacker', vendor: 'SAT Hacker', category: 'chat', domains: ['sathacker.app'], source: 'https://sathacker.app/privacy' }, // privacy: SAT practice whose AI tutor, Hacker, is sent the current question, recent performance and conversation history through the AI model
    { id: 'trysat', name: 'TrySAT', vendor: 'TrySAT', category: 'chat', domains: ['trysat.com'], source: 'https://www.trysat.com/privacy' }, // privacy: adaptive SAT prep with personalised coaching, run with Anthropic and OpenAI among its service providers
    { id: 'driveready-ai', name: 'DriveReady AI', vendor: 'DriveReady AI', category: 'chat', domains: ['drivereadyai.com'], source: 'https://drivereadyai.com/privacy' }, // privacy: state driving-test practice with an AI Tutor chat and AI explanations personalised to the learner
    { id: 'licencepath-ai', name: 'LicencePath AI', vendor: 'LicencePath AI', category: 'chat', domains: ['licencepath.co.uk'], region: 'europe', source: 'https://licencepath.co.uk/privacy' }, // privacy (UK GDPR): DVSA theory, hazard-perception and practical-test prep whose AI coach generates replies to learners' questions
    { id: 'itutor-study', name: 'iTutor', vendor: 'iTutor', category: 'chat', domains: ['itutor.study'], source: 'https://itutor.study/ai-safety' }, // AI safety page: an AI tutor that answers from the learner's uploaded textbooks, notes and slides, with layered content filtering
    { id: 'mentora-edu', name: 'Mentora', vendor: 'Mentora', category: 'chat', domains: ['mentora-edu.com'], source: 'https://www.mentora-edu.com/privacy' }, // privacy (academic pilot): students chat with an AI mentor whose replies server-side AI services generate from course context
    { id: 'guiden', name: 'Guiden', vendor: 'Guiden', category: 'chat', domains: ['guiden.colorcodedkids.com'], source: 'https://guiden.colorcodedkids.com/coppa' }, // COPPA page: K-12 AI tutors and an AI grader; chats and submissions go to OpenAI's API; only this subdomain is claimed
    { id: 'digital-dog-tech', name: 'Digital Dog Tech', vendor: 'iTeachAI LLC', category: 'chat', domains: ['digitaldog.tech'], source: 'https://digitaldog.tech/ai-policy' }, // AI use policy: Blossom, College Buddy and Open Rover, with the Bubbles AI tutor, AI lesson-plan drafts and AI-assisted grading

    // --- Homework help, study notes and quizzes ---
    { id: 'photosolver-picsolverai', name: 'PhotoSolver', vendor: 'PhotoSolver', category: 'chat', domains: ['picsolverai.com'], source: 'https://picsolverai.com/privacy.php' }, // privacy: uploaded homework images are analysed to generate AI-powered solutions and explanations, with follow-up questions
    { id: 'notetube', name: 'NoteTube', vendor: 'Acasa Labs', category: 'productivity', domains: ['notetube.ai'], source: 'https://notetube.ai/policy' }, // privacy: an AI-powered learning platform turning PDFs, YouTube videos, images and articles into flashcards and study materials
    { id: 'y2sum', name: 'Y2Sum', vendor: 'Y2Sum Studio', category: 'productivity', domains: ['y2sum.ai'], source: 'https://www.y2sum.ai/privacy' }, // privacy: an AI-powered YouTube video summariser and learning platform, on the web and iOS
    { id: 'lesson-transcriber', name: 'Lesson Transcriber', vendor: 'Lesson Transcriber', category: 'meeting', domains: ['lessontranscriber.com'], source: 'https://lessontranscriber.com/privacy' }, // privacy: a Chrome extension recording lessons in a tab; audio goes through api.lessontranscriber.com to the Groq Whisper API
    { id: 'testudy', name: 'Testudy', vendor: 'Testudy', category: 'productivity', domains: ['testudy.io'], source: 'https://blog.testudy.io/quality-control-in-ai-generated-quizzes-how-testudy-ensures-accuracy-and-pedagogical-soundness/' }, // its blog on its product: AI-generated quizzes checked by subject-matter reviewers and aligned to Bloom's taxonomy

    // --- Lesson and course generators for teachers and creators ---
    { id: 'draft-my-lesson', name: 'Draft My Lesson', vendor: 'Draft My Lesson', category: 'productivity', domains: ['draftmylesson.com'], source: 'https://draftmylesson.com/faq' }, // FAQ: Pre-K to grade 12 lessons generated and regenerated on request; lesson content is sent to an AI model for generation
    { id: 'creacourses', name: 'Creacourses', vendor: 'Creacourses', category: 'productivity', domains: ['creacourses.com'], source: 'https://creacourses.com/refund-policy' }, // refund policy: credits buy AI-powered course content creation and are consumed when AI content is generated
    { id: 'courseware-studio', name: 'Courseware Studio', vendor: 'Software Tutorial Services LLC', category: 'productivity', domains: ['coursewarestudio.ai'], source: 'https://www.coursewarestudio.ai/refund-policy' }, // refund policy: a pipeline generating interactive e-learning courses (HTML5, SCORM, manuals) whose content is AI-generated

    // --- Grading, feedback and assessment ---
    { id: 'gradingpen', name: 'GradingPen', vendor: 'GradingPen', category: 'productivity', domains: ['gradingpen.com'], source: 'https://www.gradingpen.com/privacy.html' }, // privacy (FERPA): an AI-powered grading platform for educators that generates grades and feedback on essays and assignments
    { id: 'tai-grader', name: 'TAi Grader', vendor: 'TAi Grader', category: 'productivity', domains: ['taigrader.com'], source: 'https://taigrader.com/privacy' }, // privacy (FERPA): AI-assisted grading and feedback on student submissions, with gradebooks and LMS grade sync
    { id: 'ai-course-assistant-hultedtech', name: 'AI Course Assistant', vendor: 'AI Course Assistant', category: 'productivity', domains: ['app.hultedtech.club'], source: 'https://app.hultedtech.club/privacy' }, // privacy: AI-powered homework analysis and automated feedback for course assistants grading Canvas submissions; only this subdomain is claimed
    { id: 'act-school-reports', name: 'ACT School Reports', vendor: 'ACT School Reports', category: 'writing', domains: ['actschoolreports.com.au'], source: 'https://actschoolreports.com.au/privacy' }, // privacy: a teacher feedback workspace for ACT schools that keeps teacher notes and AI-generated feedback drafts on de-identified students
    { id: 'oralexam-ai', name: 'OralExam.AI', vendor: 'OralExam.AI, Inc.', category: 'chat', domains: ['oralexam.ai'], source: 'https://oralexam.ai/privacy' }, // privacy (FERPA): an AI-powered academic-integrity platform that holds AI-conducted oral interviews on students' submitted work

    // --- Stories and reading for children ---
    { id: 'storyori', name: 'Storyori', vendor: 'Storyori', domains: ['storyori.com'], source: 'https://storyori.com/privacy' }, // privacy (COPPA): stories, characters and images generated for a child's reading level; the child's name reaches AI services only if the parent opts in
    { id: 'goreadling', name: 'GoReadling', vendor: 'Big Data LLC', domains: ['goreadling.com'], source: 'https://goreadling.com/privacy-policy.html' }, // privacy (COPPA): a children's story and reading app whose policy has a section on AI-generated content and data sent to AI services
  ],
  { checked: CHECKED_C23 },
);
