// Traps beside the rows the twenty-third session's third education pass added (data/long-tail-c23-edu3.ts): the
// ordinary sites next to each kind of AI tool it added (exam bodies and official test pages, driving-test services,
// video and course platforms, LMSs, teacher marketplaces, plagiarism checkers, children's reading libraries, a school
// directorate), the parents of the two claimed subdomains, the shared-platform copies and the left-out hosts the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its
// own entry.
// At the twenty-sixth session's merge: TutorLucid (tutorlucid.com) is listed from its own blog, which calls it an AI
// tutor (data/long-tail-c26-mergefix.ts); its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Edu3Tools } from './data/long-tail-c23-edu3';

const GENERAL_SITES = [
  'https://www.ncbex.org/', // the US bar-exam body, beside the bar-exam prep platform
  'https://satsuite.collegeboard.org/', // the SAT's own site, beside the SAT tutors
  'https://www.gov.uk/book-theory-test', // the UK theory-test booking page, beside the UK driving-test coach
  'https://www.dmv.ca.gov/portal/', // a US driving-licence agency, beside the driving-test tutor
  'https://www.youtube.com/', // a video platform, beside the YouTube summariser and notes tools
  'https://www.udemy.com/', // a course marketplace, beside the AI course generators
  'https://www.thinkific.com/', // a course platform, beside the AI course generators
  'https://www.instructure.com/canvas', // an LMS, beside the grading assistant for Canvas submissions
  'https://www.teacherspayteachers.com/', // a teacher resource marketplace, beside the lesson drafter
  'https://www.getepic.com/', // a children's reading library, beside the children's story apps
  'https://www.education.act.gov.au/', // the ACT education directorate, beside the report-comment workspace
  'https://www.desmos.com/calculator', // a graphing calculator, beside the homework photo solver
  'https://colorcodedkids.com/', // the parent of Guiden's claimed subdomain
  'https://www.colorcodedkids.com/', // the parent of Guiden's claimed subdomain
  'https://hultedtech.club/', // the parent of the AI Course Assistant's claimed subdomain
  'https://www.hultedtech.club/', // the parent of the AI Course Assistant's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://cfa-l1-ai-prep.pages.dev/privacy', // a policy on a shared platform
  'https://gmat-platform-61zf.vercel.app/privacy', // a policy on a shared platform
  'https://examprepai-app.lovable.app/privacy', // a policy on a shared platform
  'https://flashcard-forge--konarkmurarka1.replit.app/privacy', // a policy on a shared platform
  'https://mytutorapp.github.io/mytutor-support/privacy.html', // a policy on a shared platform
  'https://bonnie1109.github.io/CFA-Ethix-APP/cfa_ethix_privacy.html', // a policy on a shared platform
  'https://filing-beacon.notion.site/Privacy-Policy-293f82bf87088021a442c4b8e2e5ef7d', // a policy on a shared platform
  'https://gt-math-online.pages.dev/privacy', // a policy on a shared platform
  'https://privacypolicy-mathgptai.blogspot.com/', // a policy on a shared platform
  'https://masteryexamprep-com.pages.dev/exams/pmi/capm/quick-review/', // a page on a shared platform
  'https://readzoo-site.pages.dev/privacy', // a policy on a shared platform
  'https://lessonelf.pages.dev/blog/what-are-ai-esl-lesson-generators.html', // a page on a shared platform
  'https://reading-coach-2f3f5.web.app/privacy', // a policy on a shared platform
  'https://helpdoc.b-cdn.net/article/extra-ai-credits', // a help page on a CDN host
];

const LEFT_OUT = [
  'https://mcat.biovizlab.dev/privacy', // an MCAT platform whose policy gives no product name
  'https://www.openyogi.com/privacy', // AI search, one feature of a question bank
  'https://education.vrenberg.com/features/ai-tutor', // an AI-tutor feature page of a CFA prep platform
  'https://nerzia.com/gre/privacy/', // an iOS app policy
  'https://cfaexam.ai/privacy', // a policy that does not say AI
  'https://www.gcseaitutor.co.uk/privacy', // AI only in the name
  'https://passpilot.uk/privacy.html', // a placeholder notice
  'https://driveroutes.app/privacy', // an optional AI co-pilot in a route-practice app
  'https://readby.app/privacy.html', // a draft pending legal review
  'https://gsstorytime.com/privacy', // a "[REVIEW WITH COUNSEL]" placeholder
  'https://www.storygliders.com/privacy', // a speech notice that does not say AI
  'https://taleberry.app/coppa', // a COPPA page that does not say AI
  'https://www.ulearnai.org/youtube-terms.html', // AI only in the name
  'https://www.kidscodegift.com/privacy', // an AI tutor inside a coding-course platform
  'https://airbotix.ai/parent-guide', // a parent guide to a locally installed program
  'https://kira-learning.com/coppa-statement', // a COPPA notice that does not say AI
  'https://myplanningpartner.ai/resources/ai-grading-feedback/', // a resource article
  'https://neet.apollomedskills.com/privacy-policy', // a doubt solver, one feature of a test-prep platform
  'https://www.predictjee.com/privacy', // AI hints, one feature of a JEE practice site
  'https://neetcodex.com/legal/privacy', // a mobile app policy
  'https://hlsrtech.com/marie-curie-ai/privacy.html', // a mobile app policy on a company host
  'https://memogate.app/privacy', // AI card generation in a spaced-repetition app
  'https://matisandoval.com/privacy_policy.html', // a personal host
  'https://medboard.pro/privacy', // an AI tutor inside a USMLE question bank
  'https://satprepmastery.com/privacy', // AI explanations, one feature of an SAT course
  'https://www.cbsegrade10studyguide.com/about', // a content site built with AI
  'https://softechinfra.com/blog/penleap-cbse-class-10-pre-board-question-generator-deduplication-rubric', // an agency's blog
  'https://arborslate.com/help/using-the-ai-tutor', // an AI tutor inside a homeschool planner
  'https://docs.courseau.co/en/articles/10357161-how-credits-work', // a credits doc that does not say AI
  'https://edwiser.org/documentation/edwiser-ai-course-creator/credits-system/credit-estimation/', // a Moodle plugin vendor
  'https://smartmoves.ai/plan/view/69bca018682a433308c23b04', // a generated plan page
  'https://uselumini.com/en/tutoring/real-estate-exam', // a tutoring page that does not say AI
  'https://www.realestateexamscholar.com/real-estate-practice-exam-free/', // an AI tutor inside an exam course
  'https://veritaslessons.com/general.html', // a course about AI with an "XXXX" placeholder
  'https://www.sapienstales.com/read-for-kids', // a mobile app's policy
  'https://docs.speakly.pro/docs/school/ai-lesson-generation', // AI generation inside a school platform
  'https://ai-course-companion.com/privacy.html', // an Android app policy
  'https://www.aprofundeaza.ro/privacy-policy', // a policy with placeholders
  'https://fluencyiq.app/privacy', // a policy that does not say AI
  'https://mentu.co/privacidad-seguridad', // a privacy page that does not say what the AI does
  'https://penagos.net/politica-de-privacidad/', // a personal site
  'https://myappacademia.com/blog/why-schools-need-ai-report-cards-2026.html', // a school platform's blog
  'https://teacherforge.io/blog/ai-worksheet-generators-esl', // seen only on its blog
  'https://blog.esltutorhub.com/ai-english-language-teaching-materials/', // teaching materials made with AI
  'https://testopia.app/blog/ai-for-students/ai-lecture-transcription-smart-study-slippery-slope-com', // a blog
  'https://www.sky-scribe.com/en/blog/ai-lecture-note-taker-privacy-and-classroom-consent-tips', // a general blog post
  'https://staging.tutoraisat.com/privacy', // a staging host
  'https://stage.clevercreator.ai/blog/how-we-think-about-ai-safety-for-young-learners', // a staging host
  'https://lecture-recorder.app/privacy', // a "[vps-region]" placeholder
  'https://www.internetadvertisingsolutions.nl/yt-extension-privacy-policy.html', // an agency host
  'https://phirshiksha.com/?p=959', // a bare `?p=` page
  'https://edtechinstitute.com/?p=215', // a bare `?p=` page
];

const NAMESAKES = [
  'https://www.oryx.com/', // beside OryxLex (oryxlex.com)
  'https://www.sathacker.com/', // beside SAT Hacker (sathacker.app)
  'https://www.trysat.org/', // beside TrySAT (trysat.com)
  'https://www.driveready.com/', // beside DriveReady AI (drivereadyai.com)
  'https://www.licencepath.com/', // beside LicencePath AI (licencepath.co.uk)
  'https://www.itutor.com/', // beside iTutor (itutor.study)
  'https://www.itutors.mx/', // beside iTutor (itutor.study)
  'https://www.mentora.com/', // beside Mentora (mentora-edu.com)
  'https://www.guiden.com/', // beside Guiden (guiden.colorcodedkids.com)
  'https://www.digitaldog.com/', // beside Digital Dog Tech (digitaldog.tech)
  'https://www.photosolver.com/', // beside PhotoSolver (picsolverai.com)
  'https://www.notetube.com/', // beside NoteTube (notetube.ai)
  'https://www.y2sum.com/', // beside Y2Sum (y2sum.ai)
  'https://www.testudy.com/', // beside Testudy (testudy.io)
  'https://www.coursewarestudio.com/', // beside Courseware Studio (coursewarestudio.ai)
  'https://www.gradingpen.org/', // beside GradingPen (gradingpen.com)
  'https://www.actschoolreports.com/', // beside ACT School Reports (actschoolreports.com.au)
  'https://www.oralexam.com/', // beside OralExam.AI (oralexam.ai)
  'https://www.hult.edu/', // the business school beside the AI Course Assistant (app.hultedtech.club)
  'https://www.readling.com/', // beside GoReadling (goreadling.com)
];

describe('twenty-third-session education (edu3) traps', () => {
  it('adds 24 rows, each with one domain and no prefix', () => {
    expect(longTailC23Edu3Tools.length).toBe(24);
    expect(longTailC23Edu3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Edu3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.oryxlex.com/terms': 'oryxlex',
      'https://www.trysat.com/privacy': 'trysat',
      'https://licencepath.co.uk/privacy': 'licencepath-ai',
      'https://itutor.study/ai-safety': 'itutor-study',
      'https://itutor.study/ms/blog/ai-tutoring-privacy-what-data-is-collected': 'itutor-study',
      'https://www.mentora-edu.com/privacy': 'mentora-edu',
      'https://guiden.colorcodedkids.com/coppa': 'guiden',
      'https://www.y2sum.ai/privacy': 'y2sum',
      'https://api.lessontranscriber.com/': 'lesson-transcriber',
      'https://blog.testudy.io/quality-control-in-ai-generated-quizzes-how-testudy-ensures-accuracy-and-pedagogical-soundness/':
        'testudy',
      'https://www.coursewarestudio.ai/refund-policy': 'courseware-studio',
      'https://www.gradingpen.com/privacy.html': 'gradingpen',
      'https://app.hultedtech.club/privacy': 'ai-course-assistant-hultedtech',
      'https://goreadling.com/privacy-policy.html': 'goreadling',
    });
  });

  it('leaves general sites, the parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
