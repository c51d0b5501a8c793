// Twenty-second session, education and HR pass (2026-12-07, helper `eduhr`): AI products for learning, teaching and
// hiring that no entry claimed yet, beside the seventeenth session's education and HR passes (long-tail-c17-edu.ts,
// long-tail-c17-hr.ts), the nineteenth session's second education pass (long-tail-c19-edu2.ts) and the twentieth
// session's careers pass (long-tail-c20-careers.ts), whose rows and left-out hosts were read first and are not
// repeated. Education: AI tutors and homework helpers for children and school students, a study-assistant Chrome
// extension, AI quiz generators, AI essay feedback for students, AI grading and marking for teachers and tutoring
// centres (essays, handwritten answer sheets, Google Classroom work, Australian and UK exam answers), AI IEP drafting
// for special educators, an AI IELTS debate and speaking trainer, an IELTS speaking platform with AI grading, an
// LTI-embedded AI platform for universities, and an AI worksheet builder that is its own path on a general reading
// site. HR: AI résumé screeners and rankers, AI recruiting assistants and ATSs that parse, score and match, AI
// interviewers and voice screeners, an AI reference-check caller, an AI skills-assessment generator, AI recruiting
// agents, a networking copilot for job seekers, and (met on the way) an AI phone agent for trades businesses.
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms, AI
// policies, FERPA and COPPA pages, help centres and docs, and anchored on student-data and hiring laws (FERPA, COPPA,
// student data privacy agreements, NYC Local Law 144 bias audits, the Illinois AI Video Interview Act, the EU AI Act's
// high-risk recruitment class, the Australian Privacy Act) and on kinds (reading tutors, IEP goals, Socratic math
// hints, flashcards, quiz and worksheet generators, report-card and essay feedback, IELTS speaking, NAPLAN/VCE/GCSE
// marking, LMS tutors, Google Classroom extensions, voice and WhatsApp screening, reference checks, interview notes,
// skills assessments, recruiter outreach extensions, HR policy bots, performance reviews, survey comment analysis,
// onboarding). French and Spanish look-ups (IA correction de copies, reclutamiento con IA) returned news and vendors
// seen only in press (Examino, Gingo by Compilatio, Ed.ai, PyxiScience, AIRA in Chile): leads. The LL144, Illinois,
// performance-review, HR-policy-bot, onboarding and survey-analysis look-ups returned law texts, compliance vendors and
// articles almost only. Every row cites a page with a path on the product's own host (for PrepRoadrunner, Revision
// Genie, TARK Learn and Turiya Skills a docs, support or app subdomain of the claimed domain; for IEP Pilot, AI Math
// Test, StudyPulse and Examiner AI the claimed subdomain itself) that says in the vendor's words that the product
// tutors, grades, marks, generates, screens, interviews, ranks or calls with AI, a language model or named model
// providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed
// and left to their entries: InterviewAgent.ai, Grade Harbor, GradeWithAI, Chatty Hiring, Lessona, the AI Teacher
// Assistant (ta.starlingtek.net), GTB AI, MemoThings, notes2cards, AItoCards, Bevinzey, Glasp, Photomath, Periagoge,
// Textio, AIHirer, Interviewer.AI, Quizly AI (quizly.ca), Recruitability AI, ScreeningResume.com, OpenJobs AI, Maieu
// (Socrates), LearnLingo, PlacementFlow, EvalIA, SchoolAI and withSherlock. DoneGrading was a note of the c17 detection
// pass, which left teachers' grading assistants to an education pass. Talent Systems (talentsystems.ai, an AI
// interviewer whose candidate docs say an AI scorer scores the transcript) is left out here only because the c21
// uxforms pass's test keeps candidate.talentsystems.ai as a trap: a lead for the merge, which may list it and drop that
// trap.
//
// Subdomains claimed alone: ieppilot.excomweb.com (IEP Pilot, by Expatiate Communications, whose excomweb.com is a
// communications firm's site), aimathtest.numerixlabs.com (AI Math Test; numerixlabs.com was not read),
// vce.studypulse.au (StudyPulse's VCE product; studypulse.au was not read) and ai.tutor2u.net (Examiner AI on tutor2u's
// general resource site). The parents are traps in the test. ReadTheory's Instant Worksheet Builder is a URL prefix
// (readtheory.org/teacher-worksheets), since ReadTheory is a general reading-comprehension site.
//
// SmartSnap is a Chrome extension whose store id the searches did not return: its own host is claimed under `chat`,
// and the id is a lead.
//
// Measured with /work/helpers/classify-hosts.mts on the 277 hosts the searches returned (vendors, law texts, news,
// compliance vendors, blogs, research pages and shared hosts alike, in /work/helpers/out/eduhr-hosts.txt): 32
// classified before (11.6%), 71 after (25.6%).
//
// Same names: EssayGrader Pro (essaygraderpro.ai) is not EssayGrader (essaygrader.ai, long-tail-vendors-7.ts);
// Offerloop.ai, a networking and outreach copilot for students, is not Offerloop (offerloop.in, long-tail-c17-hr.ts),
// an Indian interview-practice service; the AI Homework Tutor at math-kids.club is not AI Homework Helper
// (aihomeworkhelper.co). Nothing read ties any of these pairs together.
//
// Doubtful rows: ScoreReady grades with AI only on its Pro+AI plan, but automatic speech grading is the product's
// headline and its terms describe it as the service; Hireo's page is an LLM data-handling policy for CV parsing and
// analysis, so Hireo may be an ATS whose AI is its parsing layer; ibl.ai is claimed whole because its mentorAI and
// agent platform are the company's products; Voxilo is outside this pass's kinds (an AI phone agent for HVAC firms,
// plumbers and dental practices) and was kept because nothing claimed it.
//
// Left out. Mobile-only apps whose pages are app policies, as the c19 pass decided (Speak Out, LingoSpeak, Speak Flow,
// Conversa, Tutur on the iPad, Speak English AI Tutor, SpeakMate, Tutori, MathWorld AI, Homework Scanner, HOMEWORK AI,
// Realtime Interpreter); pages with placeholders or on staging hosts (Talk & Hire's "[Insert Full Business Address]"
// terms, staging.tutorchatai.com again, stage.clevercreator.ai's TutorMate post, staging.essay-marker.com,
// cleanoria.com's sample policy again); `?p=` pages (mywritingtutor.com.au's AI disclosure, a lead for a NAPLAN writing
// tutor; news and blog `?p=` pages); pages that never say the product uses AI (quizplant.com, quizly.saschaheinze.de,
// getscansolve.com, intelligrader360.com, grade-assistant.com, talentsource.totumtechnologies.com's
// interview-intelligence policy, cornjobs.com again, an employer's recruiting SMS notice on recruiting.paylocity.com);
// general products whose AI is one feature (Project College's optional AI essay feedback, Firstwork's AI Caller in a
// hiring-flows platform); vendors seen only on blogs, guides or resources that do not describe their own product
// (TutorLucid, Lumikids, Monsha and EduGenius again, Performreview.io, Mind Interview, Jaikin, Your HR Coach, Edcafe
// AI, EverWorker, AIHR Software, HootRecruit, Vitae, Huntlo, Fonzi, aiqarus.com, supermia.ai, calcstack.co: leads);
// compliance and governance vendors rather than HR AI products (DecisionLedger AI, Hael, HAIEC, Regulome, XIRA, Captain
// Compliance); a demo on ai.djangozen.com; app.aarubiacademy.com's unfinished AI page; studio and personal pages
// (mikhaiwilson.ca, ergini.com); consultancies and agencies (4spotconsulting.com, inferensys.com, jayporelabs.com,
// sonata.agency, avahi.ai, grow2.ai); and shared platforms (github.io extension and app policies, pages.dev,
// vercel.app, notion.site, gitbook.io, blogspot, sites.google.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22EduhrTools: Tool[] = defineTools(
  'other',
  [
    // --- AI tutors, homework helpers and study assistants ---
    { id: 'aistudybuddy-academy', name: 'aiStudyBuddy.academy', vendor: 'aiStudyBuddy.academy', category: 'chat', domains: ['aistudybuddy.academy'], source: 'https://www.aistudybuddy.academy/privacy' }, // privacy (COPPA): an AI-powered tutoring service for children aged 5-18, with conversation logs parents can review
    { id: 'school-homework-helper', name: 'School Homework Helper', vendor: 'School Homework Helper', category: 'chat', domains: ['schoolhomeworkhelper.com'], source: 'https://www.schoolhomeworkhelper.com/privacy' }, // privacy: an AI-powered education site for Class 1-12 whose homework solver, essay and math tools send prompts to third-party AI providers
    { id: 'ai-homework-tutor-math-kids', name: 'AI Homework Tutor', vendor: 'AI Homework Tutor', category: 'chat', domains: ['math-kids.club'], source: 'https://www.math-kids.club/MOBILE_APP/web/webPrivacy.html' }, // privacy: helps students with homework using AI, in an Android app and a web/PC browser experience
    { id: 'ai-math-test-numerixlabs', name: 'AI Math Test', vendor: 'AI Math Test', category: 'productivity', domains: ['aimathtest.numerixlabs.com'], source: 'https://aimathtest.numerixlabs.com/privacy.html' }, // privacy (COPPA): generates K-12 math practice with the Google Gemini API; only this subdomain is claimed
    { id: 'smartsnap-io', name: 'SmartSnap', vendor: 'SmartSnap', category: 'chat', domains: ['smartsnap.io'], source: 'https://smartsnap.io/terms.html' }, // terms: a Chrome extension that captures questions from the screen and explains them with artificial intelligence
    { id: 'revision-genie', name: 'Revision Genie', vendor: 'Revision Genie', category: 'chat', domains: ['revisiongenie.com'], region: 'europe', source: 'https://support.revisiongenie.com/legal/ai-ethics' }, // AI ethics policy (ICO code): AI tutors on Azure OpenAI answer, quiz and mark exam-style answers
    { id: 'tark-learn', name: 'TARK Learn', vendor: 'TARK Learn', domains: ['tarklearn.com'], source: 'https://app.tarklearn.com/ai-use-policy' }, // AI use policy: AI summarises uploaded notes, drafts study packs, explains mistakes and suggests practice
    { id: 'ibl-ai-mentorai', name: 'mentorAI (ibl.ai)', vendor: 'ibl.ai', category: 'agents', domains: ['ibl.ai'], source: 'https://ibl.ai/blog/standards-that-matter-lti-xapi-why-education-native-plumbing-beats-generic-chat' }, // its blog on its product: mentorAI, an AI platform for campuses that embeds in the LMS via LTI and emits xAPI
    { id: 'preproadrunner', name: 'PrepRoadrunner', vendor: 'PrepRoadrunner', category: 'chat', domains: ['preproadrunner.com'], source: 'https://docs.preproadrunner.com/practice-dojo/debate' }, // docs: IELTS practice where the student argues a motion turn by turn against an AI opponent and is scored

    // --- AI quiz generators and worksheets ---
    { id: 'quizfuse', name: 'QuizFuse', vendor: 'QuizFuse', category: 'productivity', domains: ['quizfuse.com'], source: 'https://quizfuse.com/privacy' }, // privacy: an AI assistant generates quizzes from class material sent to the Anthropic API, exported to Google Forms
    { id: 'quizi-ai', name: 'Quizi AI', vendor: 'Quizi AI', category: 'productivity', domains: ['quiziai.com'], region: 'india', source: 'https://quiziai.com/privacy-policy' }, // privacy (DPDPA 2023): generates quizzes from text, image and PDF uploads sent to AI models
    { id: 'readtheory-worksheet-builder', name: 'ReadTheory Instant Worksheet Builder', vendor: 'ReadTheory', category: 'productivity', urlPrefixes: ['readtheory.org/teacher-worksheets'], source: 'https://readtheory.org/teacher-worksheets//story/our-new-playground-27718' }, // its worksheet pages: AI-powered worksheets whose passages, questions and answers are generated by its AI, Lexi

    // --- AI feedback on student writing ---
    { id: 'essay-trainer', name: 'Essay-Trainer', vendor: 'Essay-Trainer', category: 'writing', domains: ['essay-trainer.com'], source: 'https://www.essay-trainer.com/privacy' }, // privacy: students from Grade 5 to college submit essays to receive AI-powered feedback
    { id: 'writesmart-mywritesmart', name: 'WriteSmart', vendor: 'WriteSmart', category: 'writing', domains: ['mywritesmart.org'], source: 'https://www.mywritesmart.org/en/privacy' }, // privacy (COPPA): writing practice whose submissions are graded and given feedback by Anthropic's Claude API
    { id: 'mr-as-writing-tools', name: "Mr. A's Writing Tools", vendor: "Mr. A's Writing Tools", category: 'writing', domains: ['writingtools.org'], source: 'https://www.writingtools.org/privacy' }, // privacy (FERPA, COPPA): classroom writing assignments with AI-powered feedback for students from grade 2

    // --- AI grading and marking for teachers and tutors ---
    { id: 'donegrading', name: 'DoneGrading', vendor: 'DoneGrading', category: 'productivity', domains: ['donegrading.com'], source: 'https://www.donegrading.com/Privacy-Policy' }, // privacy: AI interprets uploaded student work and suggests grades and feedback for the educator to approve
    { id: 'essaygrader-pro', name: 'EssayGrader Pro', vendor: 'EssayGrader Pro', category: 'productivity', domains: ['essaygraderpro.ai'], source: 'https://essaygraderpro.ai/privacy' }, // privacy: essays in Google Docs graded by Google Gemini and Anthropic Claude, scorecards inserted into copies
    { id: 'gradeai-net', name: 'GradeAI', vendor: 'GradeAI', category: 'productivity', domains: ['gradeai.net'], source: 'https://gradeai.net/privacy.html' }, // privacy: professors' essay grading, with grading and feedback from an AI API
    { id: 'intelgrader', name: 'IntelGrader', vendor: 'IntelGrader', category: 'productivity', domains: ['intelgrader.com'], source: 'https://intelgrader.com/privacy' }, // privacy: photos of handwritten answer sheets graded by its AI models, for tutoring centres and schools
    { id: 'classlens', name: 'ClassLens', vendor: 'Evolved Academics LLC', category: 'productivity', domains: ['classlens.com'], source: 'https://www.classlens.com/privacy' }, // privacy: an AI-assistive grading tool for Google Classroom that drafts grades and comments
    { id: 'ausgrader', name: 'AusGrader', vendor: 'AusGrader', category: 'productivity', domains: ['ausgrader.com'], source: 'https://www.ausgrader.com/terms' }, // terms: practice of QCAA, SCSA, VCAA and NESA exam questions with AI-generated feedback
    { id: 'studypulse-vce', name: 'StudyPulse', vendor: 'StudyPulse', category: 'productivity', domains: ['vce.studypulse.au'], source: 'https://vce.studypulse.au/help/ai' }, // help: an AI answer marker, AI essay marker and AI tutor chatbot for VCE students; only this subdomain is claimed
    { id: 'examiner-ai-tutor2u', name: 'Examiner AI', vendor: 'tutor2u', category: 'productivity', domains: ['ai.tutor2u.net'], region: 'europe', source: 'https://ai.tutor2u.net/support' }, // support: formative AI feedback on exam answers for UK students and teachers; only this subdomain is claimed
    { id: 'scoreready', name: 'ScoreReady', vendor: 'ScoreReady', category: 'productivity', domains: ['scoreready.uk'], region: 'europe', source: 'https://scoreready.uk/terms' }, // terms: IELTS Speaking practice whose student recordings are transcribed and graded by an AI model (Pro+AI)

    // --- AI for special education ---
    { id: 'iep-pilot', name: 'IEP Pilot', vendor: 'Expatiate Communications', category: 'writing', domains: ['ieppilot.excomweb.com'], source: 'https://ieppilot.excomweb.com/blog/how-iep-pilot-handles-student-data-privacy' }, // its blog on its product: special-education AI that generates IEP goals, PLAAFP statements and service recommendations from uploaded evaluations
    { id: 'iep-goal-writer', name: 'IEP Goal Writer', vendor: 'IEP Goal Writer', category: 'writing', domains: ['iepgoalwriter.pro'], source: 'https://www.iepgoalwriter.pro/ferpa' }, // FERPA page: de-identified student descriptions sent to a third-party AI API to generate IEP goals and PLAAFPs

    // --- AI résumé screening, ranking and recruiting assistants ---
    { id: 'candidsourcedai', name: 'CandidSourcedAI', vendor: 'CandidSourcedAI', domains: ['candidsourcedai.com'], source: 'https://www.candidsourcedai.com/privacy' }, // privacy: a recruiter workflow tool that evaluates résumés and generates content with Anthropic's Claude API
    { id: 'resumescreener-io', name: 'Resume Screener', vendor: 'SD IT Support Ltd', domains: ['resumescreener.io'], source: 'https://resumescreener.io/privacy' }, // privacy: an AI-powered résumé screening service that processes résumés via AI
    { id: 'resumerank-co', name: 'ResumeRank', vendor: 'Polsia Inc.', domains: ['resumerank.co'], source: 'https://resumerank.co/privacy' }, // privacy: ranks batches of résumés against a job description with OpenAI's API
    { id: 'hireo-ro', name: 'Hireo', vendor: 'Hireo', domains: ['hireo.ro'], region: 'europe', source: 'https://hireo.ro/llm-data-policy' }, // LLM data policy: CVs parsed and analysed by Claude via OpenRouter with zero retention
    { id: 'intellixhr', name: 'IntellixHR', vendor: 'IntellixHR', domains: ['intellixhr.com'], source: 'https://intellixhr.com/privacy-policy' }, // privacy: an AI-powered ATS that parses CVs with AI, scores relevance and runs a WhatsApp chatbot for candidates
    { id: 'week29', name: 'Week 29', vendor: 'Week 29', domains: ['week29.se'], region: 'europe', source: 'https://week29.se/en/guider/eu-ai-act-rekrytering' }, // its EU AI Act guide on its product: a Swedish recruiting AI whose every match comes with a rationale, data pseudonymised before AI
    { id: 'ki-bewerber-management', name: 'KI BMS (KI Bewerber-Management)', vendor: 'KI Bewerber-Management', domains: ['ki-bewerber-management.de'], region: 'europe', source: 'https://www.ki-bewerber-management.de/en/guides/ai-act-2026-recruiting-checkliste' }, // its guide: an applicant-management system whose AI pre-sorts applications with a score and reasoning
    { id: 'turiya-skills', name: 'Turiya Skills', vendor: 'Turiya Skills', domains: ['turiyaskills.co'], source: 'https://docs.turiyaskills.co/features/workflow' }, // docs: an AI-driven assessment platform that parses job descriptions and generates skill tests for AI credits
    { id: 'elagent-ai', name: 'elAgent', vendor: 'ELAGENT, INC.', category: 'agents', domains: ['elagent.ai'], source: 'https://www.elagent.ai/privacy' }, // privacy: AI agents including a Recruiter Agent for the full recruiting lifecycle and a Secretary Agent on the phone

    // --- AI interviewers, voice screeners and reference checks ---
    { id: 'recruitvector', name: 'RecruitVector', vendor: 'RecruitVector', category: 'audio', domains: ['recruitvector.com.au'], source: 'https://recruitvector.com.au/privacy' }, // privacy: an AI-powered screening platform for recruitment agencies, with voice AI phone screens and AI coaching
    { id: 'voiceref', name: 'VoiceRef', vendor: 'Smart Hub LLC', category: 'audio', domains: ['getvoiceref.com'], source: 'https://getvoiceref.com/privacy' }, // privacy: AI-conducted reference calls, recorded and transcribed, with AI evaluation scores and summary reports

    // --- Job seekers ---
    { id: 'offerloop-ai', name: 'Offerloop.ai', vendor: 'Offerloop.ai', category: 'writing', domains: ['offerloop.ai'], source: 'https://www.offerloop.ai/extension-privacy' }, // extension privacy: finds professionals on LinkedIn and generates outreach emails, coffee-chat and interview prep with AI

    // --- Met on the way ---
    { id: 'voxilo', name: 'Voxilo', vendor: 'CraftsmenLeads LLC', category: 'audio', domains: ['voxilo.ai'], source: 'https://voxilo.ai/legal/privacy' }, // privacy: an AI voice agent platform that answers subscribers' business phone calls for HVAC, plumbing and dental firms
  ],
  { checked: CHECKED_C22 },
);
