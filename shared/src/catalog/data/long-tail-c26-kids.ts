// Twenty-sixth session, schools-and-children pass (2026-12-07, helper `kids`): AI products for schools, teachers and
// children that no entry claimed yet, found through the student-privacy wording vendors put on their own pages (COPPA,
// FERPA and its "school official" exception, the Student Data Privacy Consortium's NDPA, SOPIPA, New York's Ed Law
// 2-d, verifiable parental consent, the UK Children's Code, Australia's ST4S) beside the kinds of product the brief
// named. The earlier education passes (long-tail-c17-edu.ts, c19-edu2.ts, c22-eduhr.ts, c23-edu3.ts) and the merge
// rows for tutors (c26-mergefix.ts) were read first; none of their rows or left-out hosts is taken up again. Here:
// AI tutors for children and school students (a math tutor that reads IEP accommodations, a voice-and-worksheet tutor
// for grades 2-8 from Dubai, a homework companion for ages 9-13, an English-speaking AI character for ages 4-12, an
// AI coach a Minnesota school centre runs over Messages and WhatsApp, and a puffed-up "enterprise" AI tutor); tools for
// teachers (an AI lesson drafter on Anthropic's Claude, an AI grading service, an AI lesson and standards suite, an AI
// writing-practice system for schools, a lesson studio whose outputs are AI generations); an AI-literacy quest game
// for grades 3-8; AI college counselling (an AI counselling platform on a parent company's subdomain and an AI
// college-application guide); an AI speech-therapy assistant for neurodivergent children; and children's AI stories
// and art (two AI story services, an AI bedtime-story player narrated by OpenAI's voices, and an AI art world built
// from a child's drawings).
//
// Leads. 38 look-ups, all in the stored `pages` corpus, counted as they were made. Queries anchored on the privacy
// wording (COPPA and FERPA with the school-official exception; SDPC and NDPA; Ed Law 2-d and the parents' bill of
// rights; SOPIPA with named model providers; the Student Privacy Pledge; Clever and ClassLink rostering; ST4S; the UK
// Children's Code; verifiable parental consent) and on the kinds the brief named (AI tutors, grading, lesson planning,
// feedback on student writing, reading coaches and phonics, math tutors, IEPs and behaviour plans, behaviour notes,
// college counselling, story and picture-book generators for children) and on a few neighbours (homeschool planning,
// kid-safe image generators, speech therapy, English-learner tools, language tutors for children, classroom quiz games,
// chatting with historical figures, counsellor check-in bots, science-fair helpers). The Ed Law 2-d, NDPA, ST4S,
// behaviour-notes, behaviour-plan, English-learner, counsellor, historical-figure and science-fair queries returned law
// explainers, news, ministries, state education departments, schools, consultancies and blogs about AI in general,
// and no vendor that qualified. Every row cites a page with a path on the product's own host (for ConnectED.ai and
// Lira Learning's studio, the claimed subdomain itself; for Charlie.AI, its app subdomain) where the vendor says the
// product tutors, generates, grades, coaches or counsels with AI, a language model or named model providers (OpenAI,
// Anthropic, xAI's Grok, ElevenLabs). Hosts were run through /work/helpers/classify-hosts.mts, and names grepped in
// data/ and in the other helpers' c26 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 212 hosts the searches returned (vendors, law explainers,
// news, ministries, schools, consultancies, blogs and shared hosts alike, in /work/helpers/out/kids-hosts.txt): 26
// classified before (12.3%), 45 after (21.2%). Most of the rest are articles and guides on student privacy and AI in
// schools, news, government and school pages, and shared hosts.
//
// Already listed and left to their entries: TutorLucid, Tutur, KidIQ, HeyOtto, TutorSprout, SchoolAI, Storyori,
// StoryNight, StoryTime Together, Kid Storytime, GradeWithAI, Grade Harbor, GradingPen, CoGrader, the Veritas grader,
// IEP Pilot, IEP Goal Writer, Mr. A's Writing Tools, the AI Teacher Assistant (ta.starlingtek.net), Lessona, College
// EssAI, aitutors.me, the AI Homework Tutor at math-kids.club and CallSphere.
//
// Subdomains claimed alone: connected-ai.vavoraventures.tech (ConnectED.ai; vavoraventures.tech, the parent company's
// host, was not read, nor connected.ai, the domain of its privacy mailbox) and app.liralearning.com (Lira Learning's
// studio; liralearning.com was not read). Charlie.AI's policy sits on app.charlie.kids and names help@charlie.kids, so
// the whole charlie.kids domain is claimed; its operator's general English-tutoring platform, allright.com, is a trap.
//
// Doubtful rows: GraideMind is read from a blog post on FERPA for AI grading tools whose own call to action offers AI
// that writes rubrics and grades essays (as the merge counted TutorLucid's signed blog). My Sleepy Tale's stories are
// written by people; the vendor's own stack post says narration is generated with OpenAI's text-to-speech and each
// story's cover art with OpenAI's image model, so it is counted as an AI story player. Instant Tutor AI's privacy page
// claims ten million users, a "Neural Learning Mirror" and a long list of certifications, which read as puffery; it
// still says its AI algorithms build each learner's path. Lira Learning's evidence page says each AI output is
// calibrated by research reports, without saying more about the product. Dynamic Learner is run by a centre at a
// private school (Breck School) but is a product of its own, an AI coach on messaging channels with a privacy policy
// written for partner schools. Tutro was not added: its kids notice stays a trap of the c19 pass. College Journey is
// read from its own statement on ethical AI use, which says its AI tools support reflection, research, essay-topic
// exploration and college matching.
//
// Left out. Pages on shared platforms (bmcks-apps.polsia.app's SmartTutor, elenstoryai-z7p8l.ondigitalocean.app,
// reading-coach-2f3f5.web.app, lumi-tutor.vercel.app (with placeholders too), mohitbainsla1440.github.io's MathWorld
// AI, samer-gif.github.io's ReadBorn, keyville.vercel.app, courpro-uk.netlify.app, sleepytales-legal.vercel.app,
// dakshr.pages.dev, aesopacademy-org.pages.dev, sites.google.com's Blue AI, stl-schools-ai.pages.dev); drafts,
// placeholders, staging and demo hosts (storytime.mercadias.com's "[PRIVACY CONTACT EMAIL]", yourbedtimestory.com
// again, the AI Math Mentor page on bayesianaisolutionsconsultingpartners.com with "{{Your business mailing address}}"
// and a consultancy's host, staging.tutorchatai.com and staging.tutorstudio.io, demo.stripesquest.com,
// astralearners.com's "draft policy statement"); GradeEarn's subprocessor list (the c25 pass left it as a general
// product; its OpenAI line still says "verify current terms before launch"); pages that do not say the product uses
// AI, or say it only in a name (whimsley.app's COPPA notice as before, readtoplay.org as before, bedtime-stories.fun
// as before, www.teacherassist.ai's grading policy, speechora.com, speechtherapymagic.com's pronunciation scoring,
// quiztheclass.com, learn-co.de, marvllanguage.com's Student Privacy Pledge, classroomhero.helpkit.so, buddy.ai's
// policy, whose company is AI Buddy, Inc. but whose text read does not say what the AI does, studybuddy.12brain.org's
// kids tutor, which speaks of embeddings and mascot replies only, and speech.briefcaseai.io's speech-practice policy:
// leads); general products where AI is one feature (ClassDojo's AI transparency note, Classworks, Clever, Koydo's
// learning app and its optional Koydo Intelligence, WobbleTalk's optional AI session summaries, Readiness Coach's AI
// Parent Coach inside a literacy-screening platform, iepOS on iepos.zldagroup.com, an IEP platform whose AI drafts
// progress notes, the VeilEngine consent gateway on verticaledgeai.ai, vischools.srmtech.com.au's school-management
// system, GradeEarn, placemeguardian.com's homework path as the leads6 pass decided); mobile-app pages on a general
// host (mathzem.com's KidMath AI); vendors seen only on blogs or guides that do not describe their own product
// (edugenius.app and teachtools.co as before, pixelos.app, draw-to-life.com, kidsai.app, heylolo.ai and brainlab.games
// as before, adaptipath.com, app.starredin.com's StarredIn story app, supermia.ai as before, quickexamai.com,
// argraide.com, behaviorschool.com's IEP Goal Writer for behaviour analysts: leads); hindispeakingtutor.in, an AI
// Hindi tutor for children that the c22 India pass keeps as a trap (a lead for the merge, which may list it and drop
// that trap); directories, course sites, skill libraries and consultancies (kidsaitools.com, theneuralbase.com,
// aitoolsmatic.com, krasa.ai's skill pages as the industry3 pass decided, implexa.ai, claudskills.com,
// akaiconsulting.com, leman-consulting.com, open-skills.ai, lesgreys.com's case study, aesopacademy.org's course
// module); and the law explainers, news, ministries, state education departments, schools and blogs met on the way.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26KidsTools: Tool[] = defineTools(
  'productivity',
  [
    // --- AI tutors for children and school students ---
    { id: 'mathmatix-ai', name: 'Mathmatix AI', vendor: 'Mathmatix AI', domains: ['mathmatix.ai'], source: 'https://www.mathmatix.ai/privacy.html' }, // privacy: students' messages with the AI tutor, AI-generated conversation summaries and IEP accommodations that tailor the AI's responses
    { id: 'bachu-ai', name: 'Bachu', vendor: 'Bachu AI', domains: ['heybachu.com'], source: 'https://heybachu.com/privacy-policy' }, // privacy (COPPA, UAE PDPL): an AI-powered tutor for grades 2-8; chats with the AI tutor, voice sent to an AI partner for transcription, worksheet uploads
    { id: 'neobuddi', name: 'NeoBuddi', vendor: 'NeoBuddi', domains: ['neobuddi.com'], source: 'https://neobuddi.com/privacy' }, // privacy (COPPA): an AI-powered educational companion for children aged 9-13 with homework help and parental oversight
    { id: 'charlie-ai-kids', name: 'Charlie.AI', vendor: 'Allright Limited', domains: ['charlie.kids'], source: 'https://app.charlie.kids/.well-known/legal/charlie-ai-privacy-policy.html' }, // privacy (GDPR, EU AI Act): an app in which children aged 4-12 learn English with an AI-powered animated character
    { id: 'dynamic-learner', name: 'Dynamic Learner', vendor: 'Peter Clark Center', domains: ['dynamiclearner.org'], source: 'https://dynamiclearner.org/privacy-policy' }, // privacy (FERPA school official, COPPA): an AI-powered educational companion giving AI coaching and tutoring over Apple Messages and WhatsApp
    { id: 'instant-tutor-ai', name: 'Instant Tutor AI', vendor: 'Instant Tutor Corporation', domains: ['instanttutorai.com'], source: 'https://instanttutorai.com/privacy' }, // privacy (COPPA, FERPA): AI algorithms build personalised learning paths and adapt difficulty in real time
    // --- teachers' tools ---
    { id: 'lessondraft', name: 'LessonDraft', vendor: 'LessonDraft', domains: ['lessondraft.com'], source: 'https://lessondraft.com/student-data-privacy' }, // student-data page (FERPA, COPPA): lesson, report-comment, IEP-goal and parent-email drafts generated with Anthropic's Claude API
    { id: 'graidemind', name: 'GraideMind', vendor: 'GraideMind', domains: ['graidemind.com'], source: 'https://graidemind.com/blog/ai-grading-privacy-compliance-guide' }, // vendor blog on FERPA for AI grading, whose own offer is AI that generates rubrics and grades essays
    { id: 'connectedclassroom-ai', name: 'ConnectedClassroom Intelligence Suite', vendor: 'ConnectedClassroom.org', domains: ['connectedclassroom.org'], source: 'https://connectedclassroom.org/privacy-policy' }, // privacy (FERPA, COPPA, GDPR): AI-powered educational tools (REAL Connections, CrossLink, UDL Pathways, EdConnect) that generate recommendations from educators' inputs
    { id: 'guided-scholar', name: 'Guided Scholar', vendor: 'Guided Scholar', domains: ['guidedscholar.ai'], source: 'https://guidedscholar.ai/trust.html' }, // trust page: an AI writing-practice system for schools that responds to what students write, with teacher visibility and no student data sent to third-party AI providers
    { id: 'lira-learning-studio', name: 'Lira Learning Studio', vendor: 'Lira Learning', domains: ['app.liralearning.com'], source: 'https://app.liralearning.com/studio/evidence' }, // studio evidence page: readiness and routine reports that calibrate each AI output the studio generates for teachers
    { id: 'gptquest', name: 'GPTQuest', vendor: 'GPTQuest', domains: ['gptquest.ai'], source: 'https://gptquest.ai/for-schools' }, // for-schools page: an AI-literacy quest game for grades 3-8 whose text, music and images come from OpenAI, ElevenLabs and Runware
    // --- college counselling ---
    { id: 'connected-ai-college', name: 'ConnectED.ai', vendor: 'ConnectED.ai', domains: ['connected-ai.vavoraventures.tech'], source: 'https://connected-ai.vavoraventures.tech/privacy' }, // privacy (FERPA, COPPA): an AI-powered college counselling platform for high-school students, counsellors and advisors
    { id: 'college-journey', name: 'College Journey', vendor: 'College Journey', domains: ['collegejourney.ai'], source: 'https://collegejourney.ai/blog/general/ethical-use-of-ai-in-college-applications' }, // vendor statement: its AI tools support students' self-reflection, research, essay-topic exploration and college matching
    // --- speech therapy ---
    { id: 'verbalyft', name: 'Verbalyft', vendor: 'Verbalyft', domains: ['verbalyft.com'], source: 'https://www.verbalyft.com/privacy' }, // privacy (COPPA, GDPR): an AI-powered speech-therapy assistant for neurodivergent children, with AI-generated stories and chat
    // --- children's AI stories and art ---
    { id: 'mystory-kids', name: 'MyStory.Kids', vendor: 'MyStory.Kids', category: 'writing', domains: ['mystory.kids'], source: 'https://mystory.kids/privacy' }, // privacy (COPPA): personalised children's stories and illustrations generated by xAI's Grok from parents' choices
    { id: 'kidstoryai', name: 'KidStoryAI', vendor: 'Elite Agentic Solutions LLC', category: 'writing', domains: ['mykidsbook.org'], source: 'https://www.mykidsbook.org/cookies' }, // privacy (COPPA): AI-generated children's stories and illustrations from parents' prompts; a child's photo becomes a text likeness
    { id: 'my-sleepy-tale', name: 'My Sleepy Tale', vendor: 'My Sleepy Tale', category: 'audio', domains: ['mysleepytale.com'], source: 'https://mysleepytale.com/blog/technology-stack' }, // vendor stack post: bedtime stories personalised with a child's name, narrated with OpenAI text-to-speech and illustrated with gpt-image-1
    { id: 'sketchlings', name: 'Sketchlings', vendor: 'Sketchlings', category: 'image', domains: ['sketchlingsworlds.com'], source: 'https://sketchlingsworlds.com/is-ai-art-safe-for-kids' }, // vendor page: a child's drawing becomes a character through a moderated AI image pipeline, for ages 4-12
  ],
  { checked: CHECKED_C26 },
);
