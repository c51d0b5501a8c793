// Traps beside the rows the twenty-seventh session's third research pass added (data/long-tail-c27-research3.ts): the
// ordinary sites next to each kind of tool it added (exam bodies and their official prep, question banks and tutoring
// sites that are not said to be AI, news and guides on AI in exams and research, journals and preprint servers), the
// shared-platform copies, drafts, mobile-app policies and left-out hosts the pass read, and sites whose names sit close
// to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { catalogRegion } from './data/regions';
import { longTailC27Research3Tools } from './data/long-tail-c27-research3';

const GENERAL_SITES = [
  'https://www.accaglobal.com/ie/en/student/sa/study-skills/cbes.html', // an exam body's study advice
  'https://home.pearsonvue.com/Clients/CIMA-Practice-Exams/FAQS-About-Question-Tutorials.aspx', // a test provider's official tutorials
  'https://apcentral.collegeboard.org/exam-administration-ordering-scores/administering-exams/preparing-for-exam-day/exam-security/artificial-intelligence-tools', // an exam body's AI guidance
  'https://usmle-rx.com/terms-and-conditions/', // a USMLE question bank, not said to be AI
  'https://app.usmlepreps.com/auth/terms_and_conditions', // a USMLE prep site, not said to be AI
  'https://lsatdemon.com/terms', // an LSAT course, not said to be AI
  'https://goodquestiontutoring.com/lsat-tutoring', // a human tutor
  'https://ubeessays.com/category/ube-exam/', // bar-essay materials, beside the exam tools
  'https://myspeakingscore.freshdesk.com/support/solutions/articles/101000440355-terms-and-conditions', // My Speaking Score's help on freshdesk.com (a c19 trap)
  'https://www.plab2nhs.com/post/__oet', // an OET guide, beside OET Live and Exafy
  'https://suresuccess.ca/oet', // an OET course page
  'https://englishbykate.com.au/2024/11', // an OET teacher's blog
  'https://www.navigatorsoverseas.com/toefl/', // a study-abroad consultancy
  'https://insidehighered.com/news/tech-innovation/artificial-intelligence/2024/06/24/murky-guidelines-ai-recording-devices', // news
  'https://www.financialexpress.com/life/technology-ai-cheating-forces-worlds-biggest-accounting-body-to-scrap-online-exams-impacting-over-5-lakh-students-worldwide-4093168', // news
  'https://www.lto.de/karriere/jura-studium/stories/detail/klausur-digitalisierung-jurastudium-pilot-online-gesetzbuch', // news on AI-graded law exams
  'https://www.20minutos.es/noticia/5117820/0/estudiar-oposiciones-inteligencia-artificial-profe-va-a-pillar/', // news on AI for oposiciones
  'https://paranaextra.com.br/candidato-contesta-nota-em-redacao-e-alega-que-ia-teve-melhor-pontuacao', // news on AI essay correction
  'https://libguides.bcu.ac.uk/generativeAI/tools', // a university library guide
  'https://handbook.tomorrow.university/academic-integrity-plagiarism-use-of-ai-policy', // a university's AI policy
  'https://viva-survivors.com/2026/04/', // a viva-preparation blog
  'https://www.sipoch.com/en/article/300330020387760', // an article on AI journal finders
  'https://www.proof-reading-service.com/blogs/ai-in-scholarly-publishing/ai-powered-manuscript-screening-automating-submission-review-for-accuracy', // an editing service's blog
  'https://arxiv.org/html/2512.20292v1', // a paper on slide generation
];

const SHARED_PLATFORMS = [
  'https://lawcoach-ai.vercel.app/guides/how-ai-essay-grading-works', // a bar-essay grader on a shared platform
  'https://examprepai-app.lovable.app/privacy', // a study planner on a shared platform
  'https://grant-ai-indol.vercel.app/privacy.html', // "[COMPANY LEGAL NAME]" on a shared platform
  'https://ai-explain-webpage.pages.dev/terms.html', // an Anki add-on's terms on a shared platform
  'https://aifreetextpro.pages.dev/blog/academic-ai-writing-safely', // a humanizer blog on a shared platform
  'https://itrnlabscom.pages.dev/medblitz/privacy.html', // a mobile app's policy on a shared platform
  'https://ideablueprint.pages.dev/blueprints/ai-research-assistant/', // a build guide on a shared platform
  'https://masteryexamprep-com.pages.dev/exams/aws/aif-c01/exam-blueprint/', // an exam blueprint on a shared platform
  'https://rkalani1.github.io/agent-builder-field-guide/recipes/grant-proposal-draft/', // a recipe on a shared platform
  'https://jlpt-legal.hayate-k-0704.workers.dev/privacy', // a mobile app's policy on a shared platform
];

const LEFT_OUT = [
  'https://paperchat.dosmakers.dev/legal/privacy', // PaperChat.ai on a developer's host (as c21 decided)
  'https://nursekindai.com/privacy-policy.html', // a policy that says AI only in the name
  'https://www.datastatz.com/privacy', // a policy that does not say AI
  'https://stateze.com/privacy.html', // deterministic statistics
  'https://www.charitygrantwriter.com/privacy', // a policy that does not say AI
  'https://memia.app/en/resources/faq', // a credit FAQ that does not say AI
  'https://barreps.com/blog/grade-your-own-bar-exam-essays', // self-grading, not said to be AI
  'https://thesisroom.com/blog/introducing-thesisroom-thesis-defense-preparation', // a launch post that does not say AI
  'https://mockdefense.org/guides/what-is-a-mock-viva', // a guide to mock vivas in general
  'https://studyly.io/t/secure-study-notes-for-medical-students', // a threat-model page
  'https://myjlptstudy.com/My_JLPT_Study_Privacy_Policy.txt', // "[registered or contact address]"
  'https://aicpa.com.au/terms', // template terms
  'https://cloud.sheplegal.com/Technical%20Docs/Runtime%20Bar%20Grading%20Upload/%23%20Product%20Spec%20SHEP%20Runtime%20Bar%20Essay.md', // a draft product spec
  'https://nclexup.com/privacy/', // a question bank, AI one feature
  'https://hibimondai.app/privacy', // optional AI feedback in a grammar app
  'https://optionspractice.com/privacy', // options trading practice, AI one feature
  'https://www.tuition.in/documents/auto-captions/', // a tutoring platform's captions
  'https://nclexai.moniyazilim.com/privacy-policy', // a mobile app's policy on a developer's host
  'https://muehldorfsd.com/privacy-policy-nursenotes.html', // a mobile app's policy
  'https://prepaiapp.com/privacypolicy', // a mobile app's policy
  'https://stephenai.co/it/privacy-it', // a mobile app's policy
  'https://mail.usovdigital.com/privacy/pdf-ai-summarizer/', // an app on a developer's mail host
  'https://www.cgpa2percentage.com/refund-policy', // AIQuiz's refund page on the parent host
  'https://anyaneko.com/pdf-upload-terms-rag', // a chatbot-development service
  'https://agenticlabvn.com/insights/responsible-ai-in-thesis-writing', // an AI studio's post
  'https://getsidenote.app/blog/how-to-get-ai-to-cite-sources', // a blog on AI citations in general
  'https://www.edisonos.com/faq/how-are-free-response-questions-graded', // an FAQ on AP grading
  'https://inspir.uk/blog/ai-study-planner-personalized-schedules', // a blog on study planners in general
  'https://summarizeragents.com/research-paper-summarizer/', // a review site
  'https://www.eduailast.com/courses/ai-certifications-made-simple-plain-english-exam-prep.php', // a course site
  'https://kadriva.com/i/thesionyx/the-integrity-first-thesis-navigating-the-intersection-of-ai-and-academic-excell', // a publishing platform
  'https://voceconcursado.com.br/minhas-correcoes/correcoes-ia/', // a course site, AI one feature
  'https://simplistats.com/?p=699', // a `?p=` page
  'https://sophie.ani.ink/docs/api/core/notes', // an API doc on a personal-looking host
];

const PARENTS_AND_NAMESAKES = [
  'https://www.citeguardian.org/', // beside CiteGuardian (citeguardian.com)
  'https://www.eaglestudio.com/', // beside PaperVideo (eaglestudio.ai)
  'https://www.oet.com/', // the OET test's own site, beside OET Live and Exafy
  'https://www.exafy.com/', // beside Exafy (exafy.ai)
  'https://www.revisy.com/', // beside ReviseAI (revisy.org)
  'https://www.revizion.com/', // beside RevizionBot (revizionbot.com)
  'https://www.flipeducation.com/', // beside Flip Education (flipeducation.ai)
  'https://www.anymentor.com/', // beside Quiz Patente AI (anymentor.net)
  'https://www.quizpatenteb.it/', // an ordinary driving-licence quiz
  'https://www.dooit.com/', // beside Dooit UPSC (dooitupsc.com)
  'https://www.quizmaker.com/', // beside Quiz Maker (aiquizbuilder.com)
  'https://www.ets.org/toefl.html', // the TOEFL's owner, beside My Speaking Score
];

describe('twenty-seventh-session third research traps', () => {
  it('adds 11 rows, each with one domain and no prefix, in their regions', () => {
    expect(longTailC27Research3Tools.length).toBe(11);
    expect(longTailC27Research3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('dooit-upsc')).toBe('india');
    expect(catalogRegion('quiz-patente-ai')).toBe('europe');
    expect(catalogRegion('revizionbot')).toBe('europe');
    expect(catalogRegion('citeguardian')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Research3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Research3Tools));
    expectEachClassifiedAs({
      'https://exafy.ai/': 'exafy',
      'https://eaglestudio.ai/': 'papervideo-eaglestudio',
      'https://myspeakingscore.com/': 'my-speaking-score',
      'https://www.revisy.org/': 'reviseai-revisy',
      'https://www.flipeducation.ai/': 'flip-education',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...PARENTS_AND_NAMESAKES]);
  });
});
