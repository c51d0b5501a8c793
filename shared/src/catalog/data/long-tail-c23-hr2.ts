// Twenty-third session, second HR pass for employers (2026-12-07, helper `hr2`): AI products for hiring and people
// work that no entry claimed yet, beside the seventeenth session's HR and careers pass (long-tail-c17-hr.ts), the
// twentieth session's careers pass (long-tail-c20-careers.ts) and the twenty-second session's education and HR pass
// (long-tail-c22-eduhr.ts), whose rows and left-out hosts were read first and are not repeated. Here: AI phone, voice
// and video interviewers (ScoutUp, Welldin, Intrvio, Intervio, NexxaScreen, Ishavi, AiD Hires, GetHired by Apna); AI
// candidate matching, CV analysis and recruiting agents (CandidatePool, resumAI, ReckruitBook, Opndig); AI
// performance-review and feedback writers (Perfcopilot, JAR Intelligence, Feedback Notes); an AI exit-interview
// platform (Lontra); AI course generators and an AI call-simulation trainer for staff training (CourseAgent,
// LearnBuilder, Call Simulator); and, met on the way, two job-seeker résumé tools (ApplyGuide, ApplyAI on applyai.me).
//
// Leads. 37 look-ups in the stored `pages` corpus (of the 40 allowed). Queries worded the way vendors word their own
// privacy policies, terms, AI policies, DPAs and sub-processor lists, by kind: recruiting and sourcing agents, AI
// interviewers, job-description writers, performance reviews, HR policy and onboarding bots, survey-comment analysis,
// course generation, shift scheduling, resume screening, interview notetakers, exit interviews, reference checks,
// skills assessments, staffing-agency matching and roleplay training; plus one German (Unterauftragsverarbeiter,
// KI-Interview) and one Spanish (entrevistas con inteligencia artificial) look-up. Sub-processor wording ("sub-processors
// OpenAI ElevenLabs Deepgram interview") found most rows; the HR-policy-bot, onboarding, survey-analysis, job-description,
// scheduling and skills-assessment look-ups returned guides, articles, consultancies and HR suites almost only, as the
// c22 pass found. Every row cites a page with a path on the product's own host (for AiD Hires its jobs. subdomain and
// for Perfcopilot its v2. subdomain, both under the claimed domain) that says in the vendor's words that the product
// interviews, scores, ranks, matches, drafts, generates or simulates with AI, a language model or named model
// providers; CourseAgent's, LearnBuilder's and Lontra's pages are the vendors' blog posts on their own products. Hosts
// were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 224 hosts the searches returned (vendors, articles, law firms,
// consultancies, HR suites, staging and shared hosts alike, in /work/helpers/out/hr2-hosts.txt): 31 classified before
// (13.8%), 52 (23.2%) after.
//
// Already listed and left to their entries: OpenJobs AI, Recruitability AI, InterviewAgent.ai, Chatty Hiring, AI
// Interviews (aiinterviews.io), HiringCoachAI, AIHirer, AI CV Scanner, Hireo, Resume Screener, RecruitVector,
// RecruitBot, PlacementFlow, Talent Systems, Sherlock AI, Scrine, ConvoAI, Sleak, Turiya Skills, IntellixHR (an
// AI-powered ATS), Leonar, CallSphere and BewerbungsFreund; Aidoc's notice to its own job candidates sits on its listed
// host.
//
// Earlier traps these rows reach: www.scoutup.ai/help/interview-process (lookalikes-c21-uxforms.test.ts, "a hiring tool,
// another kind") and v2.perfcopilot.com/docs/integrations/call-quality (lookalikes-c21-support2.test.ts, "another kind
// of tool") were traps only because those passes covered other kinds; both products are now listed from their own
// pages, and the merge may drop the two traps.
//
// Same names: ApplyAI on applyai.me is not ApplyAI on jobapp.best (long-tail-c21-leads.ts); resumAI (resumai.eu), a CV
// parsing and analysis service, is not ResumAI (getresumai.com, long-tail-c17-hr.ts); Intervio (intervio.io) and Intrvio
// (intrvio.com) are two AI interview products whose pages name different sub-processors, and neither is Intervioo.ai
// (long-tail-c17-hr.ts). Nothing read ties any of these together.
//
// Doubtful rows: Feedback Notes drafts with AI only on the user's own Anthropic or OpenAI key, but it is a hosted
// service that stores the key and makes the calls, unlike the bring-your-own-key extensions left out below; Lontra is
// cited from a blog post describing its AI exit-interview model; JAR Intelligence's policy covers "all JAR Intelligence
// services", of which the Performance Review Engine is the one it describes; resumAI's sub-processor page does not say
// whether recruiters or job seekers upload the CVs; ReckruitBook's AI is its registered agents and AI matching.
//
// Left out. Pages with placeholders, drafts or pre-release terms (xpressapply.com's AI notice, "Draft for review" with
// a "HE 000000" registration; www.aiinterviews.io's bootstrap terms, listed anyway; cleanoria.com's sample policy again);
// `?p=` pages (virtualspeech.com's AI data page, cazelabs.com's HireSense policy, performancescoring.com,
// efrontlearning.com, offered-jobs.com, avahi.ai, aitools.thelezen.com, wintechub.com, goutsourcing.net,
// www.certkiller.com); staging, test, sandbox, beta or demo hosts (dev.v1.incruiter.com, test-interview.hrone.studio,
// sandbox.intle.co.uk's AI transparency page for intle, a lead, betahelpcenter.ismartsolulab.com,
// docs.better-comply.better-demos.com); pages that never say the product uses AI or only in its name
// (www.jobdescription.ai, talentmirror.cloud's "automated methods", picked.ai's fairness page); tools with no hosted
// service (linkedin-sourcer.redigit.net, a bring-your-own-key extension without a backend; hr.trayangle.com and
// app.openjobai.com's local agent again);
// ATSs, HR suites, LMSs and survey platforms whose AI is one feature (PeopleForce, Marty, TalentCards, eFront,
// Betterworks, Clear Review, People Insight, Go Vocal, Employment Hero, Greenhouse, Gem, Applaud, Firstwork's AI Caller,
// Thought Industries, 360Learning, Coassemble, Shyft, Grownu, Emplyx, uRecruits, talentsearch.dev, whose AI processing runs "if enabled", and Executive Elite Group again); a job marketplace whose AI is
// matching and voice profiles (portalapp.in, a lead); a policy for "HireAI", a WhatsApp recruiting bot, on
// www.myinterviewhelper.com, whose host and product the page does not tie together; Call Carla, an AI phone-interview
// system on www.piola.io, the automation brand of an HR consultancy (a lead: its own host was not returned); Verilo
// (app.verilo.co), whose page does not say what the product is; an employer's own AI notice to candidates
// (consilio.com); vendors seen only on their blogs, guides or glossaries (everworker.ai, heybeagle.com's AI onboarding
// teammate, wizideo.ai, sprad.io, hyring.com, lyfework.io, aiagentiva.tech, refhub.ai, acesphereai.com,
// face-up.fr's AI roleplay, vidialearn.com, aicrafters.ai, rse-labs.com: leads); consultancies,
// agencies and studios (grow2.ai, 4spotconsulting.com, jayporelabs.com, picklellama.studio, raidenstack.com,
// bastelia.com, lowcode.agency, heeya.fr's general chatbot); compliance and bias-audit firms (aiauditsusa.com,
// proceptual.com, peopleexcellence.com.au); AnchorIt, a message-refinement tool on Anthropic seen only on its author's
// site (jeaninetripodi.com; useanchorit.com was not returned); and shared platforms (ai-intervue.framer.ai again,
// soma-dws.pages.dev, a capstone project on github.io, a HubSpot hs-sites.com survey policy, a blogspot post).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Hr2Tools: Tool[] = defineTools(
  'other',
  [
    // --- AI interviewers and voice screeners ---
    { id: 'scoutup-ai', name: 'ScoutUp', vendor: 'ScoutUp', category: 'audio', domains: ['scoutup.ai'], source: 'https://www.scoutup.ai/help/interview-process' }, // help centre: an AI phone interview that greets the candidate, asks the employer's questions with follow-ups, then transcribes the call and generates a scored evaluation
    { id: 'welldin', name: 'Welldin', vendor: 'Welldin', category: 'audio', domains: ['welldin.com'], source: 'https://www.welldin.com/subprocessors' }, // sub-processors: a live AI interview agent on OpenAI's Realtime API with ElevenLabs voice, Whisper transcription and gpt-4o-mini post-interview scoring
    { id: 'intrvio', name: 'Intrvio', vendor: 'Intrvio', category: 'audio', domains: ['intrvio.com'], source: 'https://intrvio.com/trust/dpia-helper' }, // DPIA data flows: interview transcripts scored with AI (ElevenLabs, OpenRouter model metadata) for recruiter decision support
    { id: 'intervio-io', name: 'Intervio', vendor: 'Intervio', category: 'video', domains: ['intervio.io'], source: 'https://www.intervio.io/dpa/' }, // DPA and sub-processors: video interviews transcribed, then OpenAI rates each answer and writes feedback
    { id: 'nexxascreen', name: 'NexxaScreen', vendor: 'Sentient AI Inc.', category: 'audio', domains: ['nexxascreen.com'], source: 'https://www.nexxascreen.com/legal/sub-processors' }, // sub-processors: phone and video interviews analysed and scored by Claude models on AWS Bedrock, with Deepgram transcription and Polly voice
    { id: 'ishavi', name: 'Ishavi', vendor: 'Ishavi', category: 'audio', domains: ['ishavi.app'], source: 'https://www.ishavi.app/legal/subprocessors' }, // sub-processors: an AI interviewer whose voice is OpenAI TTS, whose conversation Claude runs and whose scorecards Gemini writes
    { id: 'aid-hires', name: 'AiD Hires', vendor: 'AiD Hires', domains: ['aidhires.com'], source: 'https://jobs.aidhires.com/recruitment-privacy' }, // recruitment privacy notice: AI-powered interviews with AI-generated evaluations and scored reports for employers
    { id: 'gethired-apna', name: 'GetHired by Apna', vendor: 'Apna', domains: ['get-hired.ai'], source: 'https://get-hired.ai/privacy-policy' }, // privacy: AI-driven interviews and assessments; artificial intelligence assesses and ranks candidate responses
    // --- AI screening, matching and recruiting agents ---
    { id: 'candidatepool-ai', name: 'CandidatePool', vendor: 'CandidatePool', domains: ['candidatepool.ai'], source: 'https://www.candidatepool.ai/privacy' }, // privacy: matches candidates with jobs using AI; OpenAI models embed profiles and rank candidate matches
    { id: 'resumai-eu', name: 'resumAI (resumai.eu)', vendor: 'resumAI', domains: ['resumai.eu'], source: 'https://resumai.eu/en-US/sub-processors' }, // sub-processors: large-language-model inference for CV parsing and analysis by Anthropic, with OpenAI as fallback
    { id: 'reckruitbook', name: 'ReckruitBook', vendor: 'ReckruitBook', category: 'agents', domains: ['reckruitbook.com'], source: 'https://www.reckruitbook.com/privacy' }, // privacy: a platform for AI agent-powered recruiting, where registered AI agents match candidates with jobs
    { id: 'opndig', name: 'Opndig', vendor: 'Opndig', category: 'agents', domains: ['opndig.ai'], source: 'https://opndig.ai/privacy' }, // privacy: AI-powered recruiting tools that screen candidates for staffing agencies, with actions logged by human user or AI agent
    // --- Performance reviews and feedback ---
    { id: 'perfcopilot', name: 'Perfcopilot', vendor: 'Perfcopilot', category: 'writing', domains: ['perfcopilot.com'], source: 'https://v2.perfcopilot.com/privacy' }, // privacy: performance review drafts are generated by Anthropic Claude from work signals of connected tools
    { id: 'jar-intelligence', name: 'JAR Intelligence', vendor: 'JAR Intelligence', category: 'writing', domains: ['jarintel.ai'], source: 'https://www.jarintel.ai/privacy' }, // privacy: a Performance Review Engine that sends anonymised supervisor notes to AI services to draft reviews
    { id: 'feedback-notes', name: 'Feedback Notes', vendor: 'Feedback Notes', category: 'writing', domains: ['feedbacknotes.ca'], source: 'https://www.feedbacknotes.ca/terms' }, // terms: drafts performance feedback documentation with AI from Anthropic or OpenAI, on the user's own API key
    { id: 'lontra-ai', name: 'Lontra', vendor: 'Lontra', domains: ['lontra.ai'], source: 'https://lontra.ai/blog/ai-exit-interview' }, // its blog on its model: adaptive AI exit-interview conversations whose themes AI structures for HR review
    // --- Training and L&D ---
    { id: 'courseagent-ai', name: 'CourseAgent', vendor: 'CourseAgent', category: 'productivity', domains: ['courseagent.ai'], source: 'https://courseagent.ai/blog/build-learning-programme/' }, // its blog on its product: AI programme generation turns a source document into a multi-course programme with objectives and content
    { id: 'learnbuilder', name: 'LearnBuilder', vendor: 'LearnBuilder', category: 'productivity', domains: ['learnbuilder.org'], source: 'https://learnbuilder.org/blog/ai-assisted-hand-built-or-both-learnbuilder' }, // its blog on its product: generates a full course with questions and knowledge checks from an uploaded document with AI
    { id: 'call-simulator', name: 'Call Simulator', vendor: 'Call Simulator, Inc.', domains: ['callsimulator.com'], source: 'https://callsimulator.com/ai-governance-policy' }, // AI governance policy: AI systems create, run and score the training call simulations customers build
    // --- Job-seeker side, met on the way ---
    { id: 'applyguide', name: 'ApplyGuide', vendor: 'ApplyGuide', category: 'writing', domains: ['applyguide.net'], source: 'https://applyguide.net/legal/subprocessors.html' }, // sub-processors: résumé parsing, scoring, optimisation and tailoring through the OpenAI API, with Anthropic as a secondary provider
    { id: 'applyai-me', name: 'ApplyAI (applyai.me)', vendor: 'ApplyAI', category: 'writing', domains: ['applyai.me'], source: 'https://www.applyai.me/en/data-processing' }, // data processing: résumés and job descriptions sent to foundation models via OpenRouter for AI analysis, optimisation and matching scores
  ],
  { checked: CHECKED_C23 },
);
