// Traps beside the rows the twenty-third session's second HR pass added (data/long-tail-c23-hr2.ts): the ordinary
// sites next to each kind of AI tool it added (job boards, ATSs and HR suites, video-meeting and telephony providers,
// performance-management and survey suites, LMSs and course-authoring tools, a staffing firm, a résumé builder), the
// left-out hosts and shared-platform copies the pass read, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Hr2Tools } from './data/long-tail-c23-hr2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.indeed.com/', // a job board, beside the AI matching and interview tools
  'https://www.linkedin.com/talent/', // a recruiting network, beside the recruiting agents
  'https://www.greenhouse.com/', // an ATS, beside the AI screeners
  'https://www.workable.com/', // an ATS, beside the AI screeners
  'https://www.bamboohr.com/', // an HR suite, beside the performance-review writers
  'https://www.workday.com/', // an HR suite, beside the performance-review writers
  'https://lattice.com/', // a performance-management suite, beside the review writers
  'https://www.cultureamp.com/', // an engagement-survey suite, beside the exit-interview platform
  'https://www.qualtrics.com/', // a survey platform, beside the exit-interview platform
  'https://zoom.us/', // a video-meeting service, beside the video interviewers
  'https://www.twilio.com/', // a telephony provider, beside the phone interviewers
  'https://www.apna.co/', // Apna's job platform, beside GetHired by Apna
  'https://www.docebo.com/', // an LMS, beside the course generators
  'https://www.articulate.com/', // course-authoring software, beside the course generators
  'https://www.randstad.com/', // a staffing firm, beside the staffing-agency recruiting tools
  'https://www.resume.com/', // a résumé builder, beside the job-seeker résumé tools
  'https://www.nyc.gov/site/dca/about/automated-employment-decision-tools.page', // the NYC page on hiring tools
];

const SHARED_PLATFORMS = [
  'https://ai-intervue.framer.ai/privacy-policy', // a policy on a shared platform
  'https://soma-dws.pages.dev/ll144.html', // a page on a shared platform
  'https://capstone-projects-2026-spring.github.io/project-rag-model-team/docs/requirements/features-and-requirements', // a student project on a shared platform
  'http://20709424.hs-sites.com/data-privacy-in-ai-modeling', // a survey vendor's policy on HubSpot's shared host
  'https://thealgorithmage.blogspot.com/2025/06/ai-takes-over-first-job-candidates.html', // a blog post on a shared platform
];

const LEFT_OUT = [
  'https://xpressapply.com/fr/legal/ai-transparency', // a draft notice with a placeholder registration
  'https://virtualspeech.com/?p=4209', // a bare `?p=` page
  'https://cazelabs.com/?p=125', // a bare `?p=` page
  'https://performancescoring.com/?p=245530', // a bare `?p=` page
  'https://dev.v1.incruiter.com/privacy-policy', // a development host
  'https://test-interview.hrone.studio/privacy-policy', // a test host
  'https://sandbox.intle.co.uk/trust/ai-transparency', // a sandbox host
  'https://betahelpcenter.ismartsolulab.com/ai-agents/sourcing-agent-sam', // a beta help centre
  'https://docs.better-comply.better-demos.com/admin/training/content', // a demo host
  'https://www.jobdescription.ai/privacy-policy/', // a policy that says AI only in the name
  'https://talentmirror.cloud/privacy-policy', // a policy that does not say AI
  'https://picked.ai/trust/fairness', // a fairness page that does not say AI
  'https://linkedin-sourcer.redigit.net/privacy', // a bring-your-own-key extension without a backend
  'https://peopleforce.io/es/artificial-intelligence-addendum', // an HR suite's AI addendum
  'https://support.marty.hr/en/articles/11454793-ai-policy', // an HR suite's AI policy
  'https://www.talentcards.com/ai-terms', // a training app's AI terms
  'https://clearreview.helpdocs.io/article/5fyskmspvz-feedback-draft-with-ai', // a performance suite's AI feature
  'https://help.peopleinsight.co.uk/en/articles/9772428-how-we-process-comments-data-in-surveys', // a survey suite's AI feature
  'https://support.govocal.com/en/articles/9015305-faq-on-our-ai-sensemaking-tool', // an engagement platform's AI feature
  'https://help.employmenthero.com/hc/en-gb/articles/15521423813135-AI-powered-Shortlisting-Agent', // an HR suite's AI feature
  'https://support.greenhouse.io/hc/en-us/articles/41131616864283-Talent-Matching-Data-Processing-FAQ', // an ATS's AI feature
  'https://www.gem.com/compliance/ai-early-access-terms', // a recruiting suite's AI terms
  'https://support.applaudsolutions.com/hc/en-us/articles/34889471834653-Personalized-answers-in-the-AI-assistant', // an HR service suite's AI assistant
  'https://support.thoughtindustries.com/hc/en-us/articles/26134964184471-AI-Content-Tools-FAQs', // an LMS's AI feature
  'https://support.360learning.com/hc/en-us/articles/17562881836564-AI-data-usage-protection-and-privacy', // an LMS's AI feature
  'https://coassemble.com/help/en/articles/9742362-harnessing-the-power-of-document-to-course', // an authoring tool's AI feature
  'https://www.myshyft.com/blog/privacy-implications', // a scheduling suite's blog
  'https://grownu.com/blog/ai-shift-scheduling-for-demand-based-workforce-planning', // a workforce suite's blog
  'https://urecruits.com/ai-policy', // a recruiting suite's AI policy
  'https://talentsearch.dev/subprocessors/', // a recruiting platform whose AI runs if enabled
  'https://www.portalapp.in/en/privacy', // a job marketplace
  'https://www.myinterviewhelper.com/privacy-policy', // a policy for another product's name
  'https://www.piola.io/datenschutz-call-carla.html', // an HR consultancy's automation brand
  'https://app.verilo.co/legal/sub-processors', // a page that does not say what the product is
  'https://www.consilio.com/de/privacy/ai-recruitment-information', // an employer's notice to its candidates
  'https://everworker.ai/blog/ai_recruiting_data_privacy_challenges_solutions', // seen only on its blog
  'https://www.heybeagle.com/blog/a-playbook-for-the-first-channel-flood', // seen only on its blog
  'https://sprad.io/blog/active-sourcing-ai-agent-automate-outreach-at-scale', // seen only on its blog
  'https://hyring.com/free-hr-toolkit/hr-glossary/ai-phone-screening', // a glossary page
  'https://lyfework.io/blog/ai-hiring-applicant-screening-agent/', // an automation studio's blog
  'https://www.aiagentiva.tech/blog/ai-interview-agent-what-happens-when-ai-screens-your-candidates', // seen only on its blog
  'https://refhub.ai/us/post/ai-skill-assessments-accuracy', // seen only on its blog
  'https://face-up.fr/en/blog/ai-roleplay-definition-how-it-works', // seen only on its blog
  'https://www.vidialearn.com/resources/blog/how-to-create-training-from-source-material', // seen only on its blog
  'https://rse-labs.com/research/voice-ai-for-roleplay-training', // a studio's research page
  'https://grow2.ai/en/automations/hr/employee-faq-bot', // an automation agency
  'https://4spotconsulting.com/the-strategic-imperative-of-ai-chatbots-for-modern-hr-onboarding-faqs/', // a consultancy
  'https://picklellama.studio/proof/hr-ai-assistant', // a studio's case study
  'https://www.raidenstack.com/case-studies/ai-training-platform', // a studio's case study
  'https://www.aiauditsusa.com/bias-audit/', // a bias-audit firm
  'https://proceptual.com/nyc-aedt-audit-intake/', // a bias-audit firm
  'https://www.jeaninetripodi.com/anchorit-privacy-policy', // a tool's policy on its author's site
];

const NAMESAKES = [
  'https://www.scoutup.com/', // beside ScoutUp (scoutup.ai)
  'https://www.welldin.io/', // beside Welldin (welldin.com)
  'https://www.intervio.com/', // beside Intervio (intervio.io)
  'https://www.intrvio.ai/', // beside Intrvio (intrvio.com)
  'https://www.nexxa.com/', // beside NexxaScreen (nexxascreen.com)
  'https://www.ishavi.com/', // beside Ishavi (ishavi.app)
  'https://www.aidhires.org/', // beside AiD Hires (aidhires.com)
  'https://www.gethired.com/', // beside GetHired by Apna (get-hired.ai)
  'https://www.candidatepool.com/', // beside CandidatePool (candidatepool.ai)
  'https://www.resumai.com/', // beside resumAI (resumai.eu)
  'https://www.recruitbook.com/', // beside ReckruitBook (reckruitbook.com)
  'https://www.opndig.com/', // beside Opndig (opndig.ai)
  'https://www.perfcopilot.ai/', // beside Perfcopilot (perfcopilot.com)
  'https://www.jarintel.com/', // beside JAR Intelligence (jarintel.ai)
  'https://www.feedbacknotes.com/', // beside Feedback Notes (feedbacknotes.ca)
  'https://www.lontra.com/', // beside Lontra (lontra.ai)
  'https://www.courseagent.com/', // beside CourseAgent (courseagent.ai)
  'https://www.learnbuilder.com/', // beside LearnBuilder (learnbuilder.org)
  'https://www.callsimulator.ai/', // beside Call Simulator (callsimulator.com)
  'https://www.applyguide.com/', // beside ApplyGuide (applyguide.net)
  'https://www.applyai.com/', // beside ApplyAI (applyai.me)
];

describe('twenty-third-session second HR (hr2) traps', () => {
  it('adds 21 rows, each with one domain and no prefix, all global', () => {
    expect(longTailC23Hr2Tools.length).toBe(21);
    expect(longTailC23Hr2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
    expect(longTailC23Hr2Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Hr2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.scoutup.ai/help/interview-process': 'scoutup-ai',
      'https://www.welldin.com/subprocessors': 'welldin',
      'https://intrvio.com/trust/dpia-helper': 'intrvio',
      'https://www.intervio.io/dpa/': 'intervio-io',
      'https://www.nexxascreen.com/legal/sub-processors': 'nexxascreen',
      'https://www.ishavi.app/legal/subprocessors': 'ishavi',
      'https://jobs.aidhires.com/recruitment-privacy': 'aid-hires',
      'https://get-hired.ai/privacy-policy': 'gethired-apna',
      'https://www.candidatepool.ai/privacy': 'candidatepool-ai',
      'https://resumai.eu/en-US/sub-processors': 'resumai-eu',
      'https://www.reckruitbook.com/privacy': 'reckruitbook',
      'https://opndig.ai/privacy': 'opndig',
      'https://v2.perfcopilot.com/privacy': 'perfcopilot',
      'https://www.jarintel.ai/privacy': 'jar-intelligence',
      'https://www.feedbacknotes.ca/terms': 'feedback-notes',
      'https://lontra.ai/blog/ai-exit-interview': 'lontra-ai',
      'https://courseagent.ai/blog/build-learning-programme/': 'courseagent-ai',
      'https://learnbuilder.org/blog/ai-assisted-hand-built-or-both-learnbuilder': 'learnbuilder',
      'https://callsimulator.com/ai-governance-policy': 'call-simulator',
      'https://applyguide.net/legal/subprocessors.html': 'applyguide',
      'https://www.applyai.me/en/data-processing': 'applyai-me',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
