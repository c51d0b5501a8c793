// Traps beside the rows the twenty-sixth session's schools-and-children pass added (data/long-tail-c26-kids.ts): the
// ordinary sites next to each kind of tool it added (student-privacy bodies and explainers, rostering and classroom
// platforms whose AI is one feature, state education departments and schools, news, law and counselling bodies, a
// science fair), the shared-platform copies, drafts, staging and demo hosts and left-out hosts the pass read, the
// parents of the subdomains it claimed, and sites whose names sit close to the new entries. None of them may classify;
// every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26KidsTools } from './data/long-tail-c26-kids';

const GENERAL_SITES = [
  'https://studentprivacycompass.org/the-first-national-model-student-data-privacy-agreement-launches', // an NDPA explainer
  'https://fpf.org/blog/the-first-national-model-student-data-privacy-agreement-launches', // a privacy forum's NDPA post
  'https://home.a4l.org/', // the Access 4 Learning community behind the SDPC
  'https://clever.com/trust/compliance', // rostering, beside the school-facing tools
  'https://www.classdojo.com/pl-pl/legal-history/ai-transparency-note', // a classroom platform, AI one feature
  'https://legal.classworks.com/privacy-policy', // a K-12 curriculum vendor
  'https://education.sa.gov.au/department/media-centre/our-news/nation-leading-trial-in-sa-schools-to-focus-on-the-safe-use-of-ai', // a state education department
  'https://nsw.gov.au/media-releases/safety-first-as-nsw-public-schools-trial-new-purpose-built-ai-tool-for-students', // a state government release
  'https://explain.scas.nsw.edu.au/teaching-and-learning/artificial-intelligence', // a school's AI page
  'https://www.fwparker.org/page/news-detail?pk=1480632&fromId=231933', // a school's news on AI picture books
  'https://www.edsurge.com/news/2026-03-03-with-teens-comfortable-confiding-in-ai-should-schools-embrace-it-for-mental-health-care', // news
  'https://edutopia.org/article/laws-ai-education', // an education magazine
  'https://www.route-fifty.com/artificial-intelligence/2025/08/teachers-lean-ai-help-english-learners-trump-pushes-schools-integrate-technology/407441', // news
  'https://spedlawblog.com/2026/06/23/using-artificial-intelligence-ai-to-assist-in-writing-iep-goals/', // a special-education law blog
  'https://www.iecaonline.com/journal-article/the-rise-of-ai-in-college-applications-and-practical-strategies-for-iecs/', // consultants' association, beside the college tools
  'https://collegecliffs.com/ferpa-ai-privacy-risks-students-campus/', // a college guide, beside the college tools
  'https://www.bettermindlabs.org/post/ai-and-college-admissions-what-counselors-need-to-tell-students-about-ethics-privacy-and-responsi', // a course provider's blog
  'https://www.speechpathology.org/?p=3985', // a speech-pathology site, beside Verbalyft
  'https://sstfi.org/ai-policy/', // a state science fair's AI policy
  'https://www.allright.com/', // Charlie.AI's operator's general English-tutoring platform
];

const SHARED_PLATFORMS = [
  'https://bmcks-apps.polsia.app/smarttutor-privacy.html', // SmartTutor on an app-builder's subdomain
  'https://elenstoryai-z7p8l.ondigitalocean.app/children-privacy', // a story app on a cloud platform host
  'https://reading-coach-2f3f5.web.app/privacy', // a reading app on a shared platform
  'https://lumi-tutor.vercel.app/legal/privacy', // a placeholder policy on a shared platform
  'https://mohitbainsla1440.github.io/mathworld-privacy/', // MathWorld AI's policy on a shared platform
  'https://samer-gif.github.io/readborn-legal/beginners-privacy-policy.html', // a reading app's policy on a shared platform
  'https://keyville.vercel.app/privacy', // a district pilot on a shared platform
  'https://courpro-uk.netlify.app/legal/children-privacy', // a children's notice on a shared platform
  'https://dakshr.pages.dev/project-story-magic.html', // a personal story-app project on a shared platform
  'https://aesopacademy-org.pages.dev/policies/ai-policy.html', // an AI course's policy on a shared platform
  'https://sites.google.com/hoc10.vn/blueai-englishforkids/home', // an app policy on a shared platform
  'https://stl-schools-ai.pages.dev/blog/ferpa-ai-tools-schools', // a FERPA article on a shared platform
  'https://ai-language-learning.netlify.app/ai-language-learning-for-kids-safe-and-fun-options', // an article on a shared platform
  'https://aiforedu.pages.dev/policy/coppa-and-ai-tools-for-schools/', // a review site on a shared platform
];

const LEFT_OUT = [
  'https://storytime.mercadias.com/legal/coppa', // "[PRIVACY CONTACT EMAIL]" in the notice
  'https://www.bayesianaisolutionsconsultingpartners.com/ai-math-mentor-privacy-and-terms-and-conditions', // placeholders on a consultancy's host
  'https://staging.tutorstudio.io/blog/the-childrens-code-in-plain-english', // a staging host
  'https://demo.stripesquest.com/trust/childrens-code', // a demo host
  'https://astralearners.com/child-safeguarding', // a draft policy statement
  'https://www.teacherassist.ai/privacy.html', // a grading policy that does not say AI
  'https://speechora.com/privacy-policy', // a policy that does not say AI
  'https://speechtherapymagic.com/privacy', // pronunciation scoring, not said to be AI
  'https://quiztheclass.com/privacy.php', // a policy that does not say AI
  'https://learn-co.de/legal/safeguarding-and-childrens-code', // a statement that does not say AI
  'https://marvllanguage.com/legal/amp', // a privacy pledge that does not say AI
  'https://classroomhero.helpkit.so/privacy/7u7E96si9JY5EAiurDLjRg/how-does-classroom-hero-use-information-it-collects-from-children/7u7E96si9J5h4aqo6L7Xvr', // a help page that does not say AI
  'https://readiness-coach.com/privacy', // a literacy platform with an AI coach as one feature
  'https://www.wobbletalk.com/privacy', // speech therapy with optional AI summaries
  'https://app.koydo.app/legal/privacy', // a learning app with optional AI features
  'https://iepos.zldagroup.com/resources/ai-guardrails-for-ieps', // an IEP platform, AI one feature
  'https://www.verticaledgeai.ai/verticals/education.html', // a consent gateway, not an education AI tool
  'https://vischools.srmtech.com.au/responsible-ai', // a school-management system
  'https://mathzem.com/kidmath-ai-privacy-policy/', // an app policy on a general host
  'https://www.pixelos.app/blog/safe-ai-art-tools-for-kids', // a blog post on AI art in general
  'https://draw-to-life.com/blog/is-ai-art-safe-for-kids/', // a blog post on AI art in general
  'https://www.adaptipath.com/blog/ai-powered-lesson-planning', // a blog post on AI lesson planning in general
  'https://app.starredin.com/blog/ai-art-generators-should-kids-use-them-for-school-projects', // a blog post on AI art in general
  'https://www.quickexamai.com/blog/teens-confiding-ai-instead-counselors-schools', // a blog post on AI counsellors in general
  'https://argraide.com/blog/navigating-student-data-regulations-a-teacher-s-guide-to-ai-safety', // a blog post on student-data rules
  'https://behaviorschool.com/posts/ferpa-safe-ai-iep-goals-school-bcbas', // a training site's blog
  'https://www.kidsaitools.com/en/articles/ai-image-generation-for-kids', // a kids-AI directory's article
  'https://theneuralbase.com/ai-for-education/learn/beginner/student-support/', // a course site
  'https://aitoolsmatic.com/blog/the-ferpa-safe-classroom-ai-shortlist-what-teachers-can-use-before-district-approval/96', // a tools blog
  'https://implexa.ai/s/clawhub/behavior-intervention-plan-drafter', // a skill library
  'https://claudskills.com/skills/classroom-ai-ethics/SKILL.md', // a skill library
  'https://www.akaiconsulting.com/ak-ai-blog/what-schools-need-to-know-about-ai-privacy-and-staying-compliant', // a consultancy
  'https://leman-consulting.com/tips/compliance/education-ferpa', // a consultancy
  'https://open-skills.ai/blog/ai-training-education-staff-ferpa-student-data-privacy', // a training provider
  'https://www.lesgreys.com/case-study/edtech', // a designer's case study
  'https://aesopacademy.org/ai-academy/modules/ai-tools-for-real-teaching/ai-tools-for-real-teaching-m1.html', // a course module
];

const PARENTS_AND_NAMESAKES = [
  'https://vavoraventures.tech/', // the parent of ConnectED.ai's subdomain, not read
  'https://liralearning.com/', // the parent of Lira Learning's studio host, not read
  'https://www.liralearning.com/', // likewise
  'https://www.mathmatix.com/', // beside Mathmatix AI (mathmatix.ai)
  'https://www.bachu.com/', // beside Bachu (heybachu.com)
  'https://www.neobuddy.com/', // beside NeoBuddi (neobuddi.com)
  'https://www.gptquest.com/', // beside GPTQuest (gptquest.ai)
  'https://www.collegejourney.com/', // beside College Journey (collegejourney.ai)
  'https://www.guidedscholar.com/', // beside Guided Scholar (guidedscholar.ai)
  'https://www.dynamiclearner.com/', // beside Dynamic Learner (dynamiclearner.org)
  'https://www.instanttutor.com/', // beside Instant Tutor AI (instanttutorai.com)
  'https://www.connectedclassroom.com/', // beside ConnectedClassroom (connectedclassroom.org)
  'https://www.mystory.com/', // beside MyStory.Kids (mystory.kids)
  'https://www.mykidsbook.com/', // beside KidStoryAI (mykidsbook.org)
  'https://www.sketchlings.com/', // beside Sketchlings (sketchlingsworlds.com)
];

describe('twenty-sixth-session schools-and-children traps', () => {
  it('adds 19 rows, each with one domain and no prefix', () => {
    expect(longTailC26KidsTools.length).toBe(19);
    expect(longTailC26KidsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26KidsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26KidsTools));
    expectEachClassifiedAs({
      'https://mathmatix.ai/': 'mathmatix-ai',
      'https://www.heybachu.com/': 'bachu-ai',
      'https://charlie.kids/': 'charlie-ai-kids',
      'https://www.mykidsbook.org/privacy': 'kidstoryai',
      'https://www.lessondraft.com/': 'lessondraft',
      'https://www.sketchlingsworlds.com/': 'sketchlings',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts, parents and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...PARENTS_AND_NAMESAKES]);
  });
});
