// Traps beside the rows the twenty-second session's education and HR pass added (data/long-tail-c22-eduhr.ts): the
// ordinary sites next to each kind of AI tool it added (classrooms, flashcard and reading sites, LMSs, exam boards and
// curriculum authorities, job boards, ATSs and HR suites, a background-check provider, a coding-test site, a telephony
// provider, a trades marketplace, the NYC page on automated employment decision tools), the parents of the claimed
// subdomains and of the URL prefix, the left-out hosts and shared-platform copies the pass read, and sites whose names
// sit close to the new entries. None of them may classify; every new host must reach its own entry.
//
// At the merge of the twenty-third session: usespeakout.com (Speak Out) and heyconversa.com (Conversa) were listed
// from their own privacy policies, which describe AI tutors (data/long-tail-c23-translate2.ts), on the rule that an
// AI product's own site counts even when the product runs in an app; their traps were dropped.
// At the twenty-sixth session's merge: TutorLucid (tutorlucid.com) is listed from its own blog, which calls it an AI
// tutor (data/long-tail-c26-mergefix.ts); its trap was dropped.
// Also dropped then: Tutur's iPad-app policy (tutur.ai; apps with their own host count since the twenty-fifth
// session's apps pass) and Lumikids' blog on its own product (lumikids.dev), both listed in the same file.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22EduhrTools } from './data/long-tail-c22-eduhr';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://classroom.google.com/', // a classroom tool, beside the graders and the Google Classroom AI grader
  'https://www.khanacademy.org/', // a learning site, beside the AI tutors
  'https://quizlet.com/', // a flashcard site, beside the AI quiz generators
  'https://www.ankiweb.net/', // a flashcard site, beside the AI quiz generators
  'https://www.commonlit.org/', // a reading site, beside the AI worksheet builder and writing feedback
  'https://www.canvaslms.com/', // an LMS, beside the LTI-embedded AI platform
  'https://moodle.org/', // an LMS, beside the LTI-embedded AI platform
  'https://www.understood.org/', // a learning-differences site, beside the IEP drafting tools
  'https://www.ielts.org/', // the IELTS test's site, beside the IELTS trainers
  'https://www.vcaa.vic.edu.au/', // a curriculum authority, beside the VCE marker
  'https://www.qcaa.qld.edu.au/', // a curriculum authority, beside the Australian exam-feedback tool
  'https://www.aqa.org.uk/', // an exam board, beside the UK exam-answer feedback
  'https://www.linkedin.com/', // a professional network, beside the networking copilot and recruiting tools
  'https://www.indeed.com/', // a job board, beside the résumé screeners
  'https://www.seek.com.au/', // an Australian job board, beside the Australian voice screener
  'https://www.stepstone.de/', // a German job board, beside the German applicant-management AI
  'https://www.greenhouse.io/', // an ATS, beside the AI ATSs and recruiting assistants
  'https://www.bamboohr.com/', // an HR suite, beside the AI recruiting assistants
  'https://www.workday.com/', // an HR suite, beside the AI recruiting assistants
  'https://www.checkr.com/', // a background-check provider, beside the AI reference-check caller
  'https://www.hackerrank.com/', // a coding-test site, beside the AI skills-assessment generator
  'https://www.twilio.com/', // a telephony provider, beside the AI voice screeners and phone agent
  'https://www.angi.com/', // a trades marketplace, beside the AI phone agent for trades firms
  'https://www.nyc.gov/site/dca/about/automated-employment-decision-tools.page', // the NYC AEDT page met in the searches
];

const PARENTS = [
  'https://readtheory.org/', // the site beside the worksheet builder's URL prefix
  'https://www.readtheory.org/', // the site beside the worksheet builder's URL prefix
  'https://excomweb.com/', // the parent of IEP Pilot's claimed subdomain
  'https://www.excomweb.com/', // the parent of IEP Pilot's claimed subdomain
  'https://numerixlabs.com/', // the parent of AI Math Test's claimed subdomain
  'https://www.numerixlabs.com/', // the parent of AI Math Test's claimed subdomain
  'https://tutor2u.net/', // the parent of Examiner AI's claimed subdomain
  'https://www.tutor2u.net/', // the parent of Examiner AI's claimed subdomain
  'https://studypulse.au/', // the parent of StudyPulse's claimed subdomain
  'https://www.studypulse.au/', // the parent of StudyPulse's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://ysrlearn.github.io/tutori-app-privacy', // a policy or page on a shared platform
  'https://ta-starlingtek.pages.dev/terms.html', // a policy or page on a shared platform
  'https://pavkos.github.io/Docs/privacy.html', // a policy or page on a shared platform
  'https://postify-official.github.io/speakmate_privacy_policy', // a policy or page on a shared platform
  'https://privacypolicy-omeworkai.blogspot.com/', // a policy or page on a shared platform
  'https://sites.google.com/view/privacy-homework-scanner/home', // a policy or page on a shared platform
  'https://mohitbainsla1440.github.io/mathworld-privacy/', // a policy or page on a shared platform
  'https://evanescent-drain-dc9.notion.site/Privacy-Policy-1a73ffc2ecfc8024a279e825e933fe13', // a policy or page on a shared platform
  'https://ralph-specs.vercel.app/prd/0tAVtXh9kOGn7pFCUEzPJ', // a policy or page on a shared platform
  'https://braindrip-v2.vercel.app/blueprints/create-an-ai-study-buddy/01-build-ai-study-buddy/05-build-your-study-plan', // a policy or page on a shared platform
  'https://manishreddy01.github.io/connectnote-ai/PRIVACY', // a policy or page on a shared platform
  'https://saadithya.github.io/LinkedIn-Job-Leads/privacy_policy.html', // a policy or page on a shared platform
  'https://fineanmol.github.io/linkedin-ai-reply/privacy-policy.html', // a policy or page on a shared platform
  'https://maxnieuwenhuijs.github.io/LinkedIn-CoPilot/privacy-policy.html', // a policy or page on a shared platform
  'https://soricue-public.pages.dev/privacy/', // a policy or page on a shared platform
  'https://yap-2.gitbook.io/yap-docs/technology-and-implementation/ai-and-data', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://www.compilatio.net/', // Gingo's maker, seen only in the press
  'https://www.tutorchatai.com/', // seen only on its staging host
  'https://staging.tutorchatai.com/privacy', // a staging host
  'https://talkandhire.ai/terms', // terms with an "[Insert Full Business Address]" placeholder
  'https://lingospeak.ai/privacy', // a mobile-only app's policy
  'https://speakfloweng.com/en/privacy', // a mobile-only app's policy
  'https://projectcollege.ai/ai-providers', // a college-planning platform with optional AI features
  'https://quizplant.com/privacy-policy', // a policy that does not say AI
  'https://quizly.saschaheinze.de/pages/privacy.html', // a personal host whose policy does not say AI
  'https://www.getscansolve.com/privacy', // a policy that does not say AI
  'https://mywritingtutor.com.au/?p=543', // a bare `?p=` page
  'https://stage.clevercreator.ai/blog/how-we-think-about-ai-safety-for-young-learners', // a staging host
  'https://staging.essay-marker.com/privacy', // a staging host
  'https://monsha.ai/blog/how-to-generate-reading-passages-with-ai', // seen only on its blog
  'https://performreview.io/blog/is-it-ok-to-use-ai-to-write-your-performance-review', // seen only on its blog
  'https://www.mind-interview.com/en/articles/na-personal-data-ai-resume-screening', // seen only in its articles
  'https://docs.firstwork.com/features/ai-caller', // a hiring-flows platform whose AI caller is one feature
  'https://ai.djangozen.com/resume-screening/privacy', // a demo on a template vendor's host
  'https://talentsource.totumtechnologies.com/privacy-policy', // a policy that does not say AI
  'https://www.jaikin.eu/en/blog/ia-recrutement-rgpd-ai-act', // seen only on its blog
  'https://yourhrcoach.ai/resources/ai-hr-software', // seen only in its resources
  'https://app.aarubiacademy.com/ai', // an unfinished AI page
  'https://intelligrader360.com/privacy-policy', // a policy that does not say AI
  'https://grade-assistant.com/page/privacy', // a grade-transfer extension that does not say AI
  'https://www.edcafe.ai/blog/ai-chatbot-safety', // seen only on its blog
  'https://everworker.ai/blog/ai_recruiting_data_privacy_challenges_solutions', // seen only on its blog
  'https://aihr.software/blog/how-ai-is-transforming-job-description-writing-and-reducing-bias-from-the-first-line-NsXKt', // seen only on its blog
  'https://hootrecruit.com/blog/data-privacy-ai-recruitment-complete-compliance-guide/', // seen only on its blog
  'https://www.vitae.ai/resources/ai-recruiting-privacy-data-security', // seen only in its resources
  'https://www.decisionledgerai.com/compliance/nyc-ll144', // a compliance vendor, not an HR AI product
  'https://www.hael.ai/frameworks/nyc-ll-144', // a governance vendor, not an HR AI product
  'https://www.haiec.com/nyc-hiring-bias', // a compliance vendor, not an HR AI product
  'https://regulome.io/blog/nyc-ll-144-bias-audit-walkthrough', // a compliance vendor's blog
  'https://cleanoria.com/aivoiceinterviewpricacypolicy', // a sample policy
  'https://www.cornjobs.com/terms/candidate', // terms that do not say AI
  'https://software-personalvermittler.de/wissen/eu-ai-act-compliance', // a guide site
  'https://supermia.ai/blog/conversational-ai-safe-school-students/', // seen only on its blog
  'https://calcstack.co/blog/how-ai-generates-complete-courses', // a tools site's blog
  'https://www.aiqarus.com/blog/employee-onboarding-automation', // seen only on its blog
];

const NAMESAKES = [
  'https://www.studybuddy.com/', // beside aiStudyBuddy.academy
  'https://www.essaytrainer.com/', // beside Essay-Trainer (essay-trainer.com)
  'https://www.writesmart.com/', // beside WriteSmart (mywritesmart.org)
  'https://www.quizfuse.io/', // beside QuizFuse (quizfuse.com)
  'https://www.smartsnap.com/', // beside SmartSnap (smartsnap.io)
  'https://www.revisiongenie.co.uk/', // beside Revision Genie (revisiongenie.com)
  'https://www.classlens.ai/', // beside ClassLens (classlens.com)
  'https://www.gradeai.com/', // beside GradeAI (gradeai.net)
  'https://www.intelgrader.ai/', // beside IntelGrader (intelgrader.com)
  'https://www.ausgrader.com.au/', // beside AusGrader (ausgrader.com)
  'https://www.scoreready.com/', // beside ScoreReady (scoreready.uk)
  'https://www.ieppilot.com/', // beside IEP Pilot (ieppilot.excomweb.com)
  'https://www.iepgoalwriter.com/', // beside IEP Goal Writer (iepgoalwriter.pro)
  'https://www.tarklearn.org/', // beside TARK Learn (tarklearn.com)
  'https://www.ibl.com/', // beside mentorAI (ibl.ai)
  'https://www.candidsourced.com/', // beside CandidSourcedAI (candidsourcedai.com)
  'https://www.resumerank.com/', // beside ResumeRank (resumerank.co)
  'https://www.resumescreener.com/', // beside Resume Screener (resumescreener.io)
  'https://www.hireo.com/', // beside Hireo (hireo.ro)
  'https://www.intellix.com/', // beside IntellixHR (intellixhr.com)
  'https://www.week29.com/', // beside Week 29 (week29.se)
  'https://www.turiya.ai/', // beside Turiya Skills (turiyaskills.co)
  'https://www.elagent.com/', // beside elAgent (elagent.ai)
  'https://www.recruitvector.com/', // beside RecruitVector (recruitvector.com.au)
  'https://www.voiceref.com/', // beside VoiceRef (getvoiceref.com)
  'https://www.offerloop.com/', // beside Offerloop.ai (offerloop.ai)
  'https://www.voxilo.com/', // beside Voxilo (voxilo.ai)
];

describe('twenty-second-session education and HR (eduhr) traps', () => {
  it('adds 39 rows, one with a URL prefix and the rest with one domain each', () => {
    expect(longTailC22EduhrTools.length).toBe(39);
    const prefixed = longTailC22EduhrTools.filter((t) => t.urlPrefixes.length > 0);
    expect(prefixed.map((t) => t.id)).toEqual(['readtheory-worksheet-builder']);
    expect(prefixed[0]!.domains).toEqual([]);
    expect(
      longTailC22EduhrTools.filter((t) => t.urlPrefixes.length === 0).every((t) => t.domains.length === 1),
    ).toBe(true);
    expect(longTailC22EduhrTools.filter((t) => catalogRegion(t.id) === 'europe').length).toBe(6);
    expect(longTailC22EduhrTools.filter((t) => catalogRegion(t.id) === 'india').map((t) => t.id)).toEqual([
      'quizi-ai',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22EduhrTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.aistudybuddy.academy/privacy': 'aistudybuddy-academy',
      'https://www.math-kids.club/MOBILE_APP/web/webPrivacy.html': 'ai-homework-tutor-math-kids',
      'https://aimathtest.numerixlabs.com/privacy.html': 'ai-math-test-numerixlabs',
      'https://support.revisiongenie.com/legal/ai-ethics': 'revision-genie',
      'https://app.tarklearn.com/ai-use-policy': 'tark-learn',
      'https://ibl.ai/blog/standards-that-matter-lti-xapi-why-education-native-plumbing-beats-generic-chat':
        'ibl-ai-mentorai',
      'https://docs.preproadrunner.com/practice-dojo/debate': 'preproadrunner',
      'https://readtheory.org/teacher-worksheets//story/our-new-playground-27718':
        'readtheory-worksheet-builder',
      'https://readtheory.org/teacher-worksheets': 'readtheory-worksheet-builder',
      'https://www.mywritesmart.org/en/privacy': 'writesmart-mywritesmart',
      'https://www.donegrading.com/Privacy-Policy': 'donegrading',
      'https://www.donegrading.com/Terms-of-Service': 'donegrading',
      'https://www.classlens.com/privacy': 'classlens',
      'https://vce.studypulse.au/help/ai': 'studypulse-vce',
      'https://ai.tutor2u.net/support': 'examiner-ai-tutor2u',
      'https://ieppilot.excomweb.com/blog/how-iep-pilot-handles-student-data-privacy': 'iep-pilot',
      'https://www.iepgoalwriter.pro/ferpa': 'iep-goal-writer',
      'https://www.candidsourcedai.com/privacy': 'candidsourcedai',
      'https://hireo.ro/llm-data-policy': 'hireo-ro',
      'https://week29.se/en/guider/eu-ai-act-rekrytering': 'week29',
      'https://www.ki-bewerber-management.de/en/guides/ai-act-2026-recruiting-checkliste':
        'ki-bewerber-management',
      'https://docs.turiyaskills.co/features/workflow': 'turiya-skills',
      'https://www.elagent.ai/privacy': 'elagent-ai',
      'https://getvoiceref.com/privacy': 'voiceref',
      'https://www.offerloop.ai/extension-privacy': 'offerloop-ai',
      'https://voxilo.ai/legal/privacy': 'voxilo',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
