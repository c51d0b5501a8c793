// Twenty-eighth session, third HR pass (2026-12-08, helper `hr3`): AI products for hiring, careers and people work that
// no entry claimed yet, beside the seventeenth session's HR and careers pass (long-tail-c17-hr.ts), the twentieth
// session's careers pass (long-tail-c20-careers.ts), the twenty-second session's education and HR pass
// (long-tail-c22-eduhr.ts) and the twenty-third session's second HR pass (long-tail-c23-hr2.ts), whose rows, left-out
// hosts and leads were read first and are not repeated. Here: a Japanese conversational AI interviewer (SHaiN); AI CV
// formatting for recruitment agencies (FormaCV, CVFormatic); an AI CV tailor (RoleFitCV); an AI interview-practice
// platform (LearntoInterview); AI career coaches for students and young people (CareerVillage's Coach, CareerGuide's AI
// coach); an AI résumé-parsing API (The Resume Parser); a candidate-evaluation platform with AI fit scores
// (RecruitBase); an AI performance-record tool that drafts evaluations from 1:1 notes (Performle); an AI pay-stub
// explainer for workers (PayslipIQ); and, met on the way, an AI practice advisor for collaborative-divorce
// professionals (Collaborative Coach AI).
//
// Leads. 36 look-ups in the stored `pages` corpus (of the 38 allowed). Queries worded the way vendors word their own
// privacy policies, terms, AI disclosures and security pages, by kind: AI interviewers and voice screening, NYC Local
// Law 144 / automated-employment-decision notices, AI recruiters and sourcing extensions, job-description writers,
// performance reviews and 1:1 coaching for managers, HR helpdesk and onboarding assistants, interview notetakers,
// technical-assessment proctoring, skills assessments, WhatsApp screening, career coaches, agency CV reformatting and
// job-ad writing, résumé-parsing APIs, payroll and pay-stub assistants, small-business HR advisors and structured
// interview guides; and in German, French, Spanish, Portuguese, Japanese, Korean and Chinese (AI interview privacy
// wording). The non-English look-ups returned law-firm notes, news and HR-suite blogs almost only, apart from the
// Japanese one (SHaiN; People XRecruit and HeyJob are already listed). The LL144, job-description, HR-helpdesk,
// onboarding, notetaker, proctoring, skills-assessment, WhatsApp and small-business look-ups returned guides,
// consultancies, courses and HR suites almost only, as the c22 and c23 passes found. The agency CV-formatting and
// résumé-parser look-ups were the most productive. Every row cites a page with a path on the product's own host (for
// CareerGuide and Collaborative Coach AI the claimed subdomain itself) that says in the vendor's words that the product
// interviews, formats, tailors, coaches, parses, scores, drafts or explains with AI, a language model or named model
// providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 228 hosts the searches returned (vendors, news, law firms,
// consultancies, courses, HR suites and shared hosts alike, in /work/helpers/out/hr3-hosts.txt): 39 classified before
// (17.1%), 51 (22.4%) after.
//
// Already listed and left to their entries: Chatty Hiring, AIHirer, Talent Systems, Mock Interview
// (mockinterview.info), Prep For Interview, Interwhew, InterviewPracticeAI, CantoCoach, Talent.AI (talentats.ai),
// RecruitBot, OpenJobs AI, Withsherlock, AI Sakura-san (tifana.ai), People XRecruit, HeyJob, Career Architect AI,
// CAREER iNTEL, Careera AI, CareerPilot, Resumate, Offerloop.ai, SyncCV Agency, Turiya Skills, DeckHire, PerfCopilot,
// BlindScreen, InterviewAgent.ai, PlacementFlow, AI Interviews (aiinterviews.io), ScoutUp, CVTailorAI, PerfectRecruit,
// CandidSourcedAI, Hireo, InsertChat and Textio; and the well-known assessment platforms met (CodeSignal, HackerRank,
// HackerEarth, Codility) are left as they are.
//
// Same names: FormaCV (formacv.ai, CV formatting for agencies) is not FormCV (formcv.app, a CV builder whose AI is an
// optional feature, left out); The Resume Parser (theresumeparser.com) is not the Resume Parser API on
// resumeparser.herizon.io, whose docs do not say AI. Nothing read ties either pair together.
//
// Doubtful rows: Performle's policy never says "AI" of the pipeline itself, but it is "a Meadow Mountain AI product"
// that extracts wins, roadblocks, commitments and sentiment scores from meeting notes and drafts evaluations, and it
// promises not to train "AI models — ours or anyone else's"; PayslipIQ uses AI "in three specific places" (the pay-stub
// explainer, the calculator summaries and the drafted message to payroll), which together are the product, while its
// numbers come from rule-based code; RecruitBase's terms call its fit scores and projections "AI-assisted
// decision-support tools" and its persona-form results "AI-generated assessments", without naming a model; SHaiN is
// cited from the vendor's own 2022 statement on AI-interview regulation, which says it transcribes answers with a
// speech recognition engine and probes thin answers with follow-up questions; Collaborative Coach AI is outside this
// pass's kinds (an AI advisor for divorce professionals, on Gemini) and was kept because nothing claimed it; its parent
// lexpertai.com was not read and is not trapped.
//
// Left out. Pages with placeholders or drafts (int.chiamakalilianeze.com's MockMate "draft template", velara.tech's
// "[COMPANY NAME]" CV-builder policy, howtolearnaifast.com's "[COMPANY LEGAL NAME]"); development and studio hosts
// (dev.icsstech.io's PerformAi, careersathi.labs.zelphine.com's CareerSathi); shared platforms (ai-intervue.framer.ai
// again, my-hirebiasaudit.pages.dev, ai-interview-policies.pages.dev, markaicode-hugo.pages.dev,
// pinnacle-anyreach-demo.pages.dev, interview-prep-gamma-pink.vercel.app again, 20709424.hs-sites.com, github.io
// extension policies); ATSs, HR suites and general products whose AI is one feature (recruitin.app, Marty, Betterworks,
// Clear Review, 15Five, Lever, Applaud, Hurma, HireFlow's optional AI parsing, FormCV's and Reslift's optional AI,
// SocialTalent's interview plans, Coodesh again, Slide Practice again, Pulse on pulse.nurix.ai, an HR platform whose
// addendum lists many AI features: a lead); pages that do not say the product is an AI product (HiringOpsHQ's AI
// disclosure, which describes "AI features" of a hiring-ops tool: a lead; Saberr's CoachBot Slack notice; Performs360;
// RecruitBPM; resumeparser.herizon.io); an operator-less page already trapped (easyrecruitee.com); vendors seen only on
// blogs, guides or glossaries (aimockcase.org, whose beta policy does not say AI, wizideo.ai, ipuls.ai, mosaic.ai,
// callsiq.com, refine-cv.com, cvault.tech, tryren.com, heypinnacle.com, 1on1.works, agasi.ai, gethirex.com,
// candidately.com, blog.ninjahire.co: leads); Call Carla on piola.io (still trapped by the c23 test); coaching firms
// and consultancies (oceanus-leadership.co.uk, coachlead.co, picklellama.studio, grow2.ai, 4spotconsulting.com,
// inferensys.com, gosign.it); compliance and audit vendors (warden-ai.com, holisticai.com, bookbag.ai); a university's
// major explorer (uguide.utah.edu); and sli.lugha.ie's "AI Coach", a tenant host whose owner the page does not name (a
// lead).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Hr3Tools: Tool[] = defineTools(
  'other',
  [
    // --- AI interviewers and candidate evaluation ---
    { id: 'shain-ai-interview', name: 'SHaiN', vendor: 'SHaiN', category: 'audio', domains: ['shain-ai.jp'], region: 'japan', source: 'https://shain-ai.jp/post-news/20220420_2' }, // statement (Japanese): the conversational AI interview service transcribes answers with speech recognition AI and asks follow-up questions
    { id: 'recruitbase', name: 'RecruitBase', vendor: 'RecruitBase', domains: ['recruitbase.work'], source: 'https://www.recruitbase.work/terms' }, // terms: candidate-evaluation platform whose fit scores and projections are AI-assisted and whose persona forms yield AI-generated assessments
    // --- AI CV formatting, tailoring and parsing ---
    { id: 'formacv', name: 'FormaCV', vendor: 'FormaCV', category: 'writing', domains: ['formacv.ai'], source: 'https://formacv.ai/security' }, // security page: CV formatting for recruitment agencies on OpenAI and Anthropic models with zero-retention APIs
    { id: 'cvformatic', name: 'CVFormatic', vendor: 'Parshwanth Formatting (OPC) Pvt Ltd', category: 'writing', domains: ['cvformatic.com'], source: 'https://cvformatic.com/website/privacy.html' }, // privacy: AI-powered CV formatting for recruitment agencies; uploaded CVs are formatted through the Anthropic Claude API
    { id: 'rolefitcv', name: 'RoleFitCV', vendor: 'RoleFitCV', category: 'writing', domains: ['rolefitcv.com'], source: 'https://rolefitcv.com/privacy' }, // privacy: tailored CVs generated from the user's CV and a job description by Anthropic, its AI sub-processor
    { id: 'theresumeparser', name: 'The Resume Parser', vendor: 'The Resume Parser', category: 'developer-platform', domains: ['theresumeparser.com'], source: 'https://theresumeparser.com/docs/api-reference/parse-endpoint' }, // API docs: résumés parsed to JSON by model tiers, with AI-generated summaries and job-match scores
    // --- Interview practice and career coaching ---
    { id: 'learntointerview', name: 'LearntoInterview', vendor: 'LearntoInterview.com', category: 'chat', domains: ['learntointerview.com'], source: 'https://learntointerview.com/privacy-policy' }, // privacy: "our AI-powered interview practice platform", with recorded answers, feedback and scores
    { id: 'careervillage-coach', name: 'Coach (CareerVillage)', vendor: 'CareerVillage', category: 'chat', domains: ['aicareercoach.org'], source: 'https://www.aicareercoach.org/guidelines' }, // guidelines: career activities delivered through real-time chat with CareerVillage's AI-based platform
    { id: 'careerguide-ai-coach', name: 'CareerGuide AI Coach', vendor: 'CareerGuide', category: 'chat', domains: ['ai.careerguide.com'], region: 'india', source: 'https://ai.careerguide.com/privacy' }, // privacy: students' conversations with the AI coach and an AI-generated career profile shared with counsellors (subdomain only)
    // --- People work: performance and pay ---
    { id: 'performle', name: 'Performle', vendor: 'Meadow Mountain AI', category: 'productivity', domains: ['performle.com'], source: 'https://performle.com/privacy' }, // privacy: extracts wins, roadblocks and sentiment from 1:1 notes and drafts evaluations; "a Meadow Mountain AI product"
    { id: 'payslipiq', name: 'PayslipIQ', vendor: 'PayslipIQ', domains: ['payslipiq.com'], source: 'https://payslipiq.com/ai-transparency' }, // AI transparency: an LLM explains uploaded pay stubs, summarises paycheck calculators and drafts messages to payroll
    // --- Met on the way ---
    { id: 'collaborative-coach-ai', name: 'Collaborative Coach AI', vendor: 'Collaborative Coach AI', category: 'chat', domains: ['coach.lexpertai.com'], source: 'https://coach.lexpertai.com/privacy' }, // privacy: an AI-powered practice advisor for collaborative-divorce professionals, answering through the Gemini API (subdomain only)
  ],
  { checked: CHECKED_C28 },
);
