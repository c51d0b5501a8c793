// Traps beside the rows the nineteenth session's second education pass added (data/long-tail-c19-edu2.ts): the
// ordinary sites next to each kind of AI learning tool (homework help by people, quiz games, test-prep courses and
// question banks, language courses, the official IELTS and NCLEX sites, a general study platform), the parents and
// siblings of the subdomains and the URL prefix claimed alone, the shared-platform copies and the left-out hosts the
// pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach
// its own entry.
//
// At the merge of the twenty-third session: usespeakout.com (Speak Out) and heyconversa.com (Conversa) were listed
// from their own privacy policies, which describe AI tutors (data/long-tail-c23-translate2.ts), on the rule that an
// AI product's own site counts even when the product runs in an app; their traps were dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19Edu2Tools } from './data/long-tail-c19-edu2';

const GENERAL_SITES = [
  'https://www.chegg.com/', // homework help by people, beside the AI homework helpers
  'https://kahoot.com/', // a quiz game platform, beside the AI quiz generators
  'https://magoosh.com/', // test-prep courses, beside the AI test-prep coaches
  'https://www.uworld.com/', // a question bank for boards, beside NCLEX AI and SmartPass
  'https://www.busuu.com/', // a language course, beside the AI language tutors
  'https://www.studysmarter.us/terms/', // a general study platform with AI features, left out
  'https://www.ielts.org/', // the official IELTS site, beside the AI IELTS writing checkers
  'https://www.nclex.com/', // the official NCLEX site, beside NCLEX AI
  'https://www.collegeessayadvisors.com/', // the advisors' own site; only collegeess.ai is claimed
  'https://oriantation.fr/', // the trade-name site of EvalIA's maker; only evalia.oriantation.fr is claimed
  'https://www.qwyzzee.com/', // parent of the claimed thermo-tutor.qwyzzee.com
  'https://veritas-data.io/', // parent of the claimed grader.veritas-data.io
  'https://besolo.dev/', // parent of the claimed app.solveai.besolo.dev
  'https://ollyenglish.com/', // Olly English's IELTS-prep site; only the writing checker is claimed
  'https://ollyenglish.com/ielts/', // the IELTS section above the checker
  'https://ollyenglish.com/ielts/speaking', // a sibling path of the checker
  'https://solveai.besolo.dev/', // a sibling of the claimed app.solveai.besolo.dev
];

const SHARED_PLATFORMS = [
  'https://flashcard-forge--konarkmurarka1.replit.app/privacy', // a flashcard generator on replit.app
  'https://study-ai-app-six.vercel.app/en/terms', // StudyForge's copy on vercel.app
  'https://lumi-tutor.vercel.app/legal/privacy', // a kids tutor on vercel.app, with placeholders
  'https://lawcoach-ai.vercel.app/guides/how-ai-essay-grading-works', // a bar-essay grader on vercel.app
  'https://visual-mbe-prep.pages.dev/trust/', // a bar-rules site on pages.dev
  'https://whatevergo.pages.dev/content/privacy.html', // a study tutor on pages.dev
  'https://math-helper-ai.pages.dev/privacy', // a mobile math app on pages.dev
  'https://gt-math-online.pages.dev/privacy', // a math-solving extension on pages.dev
  'https://pavkos.github.io/Docs/privacy.html', // an iOS English tutor on github.io
  'https://ddefiebre.github.io/LumiDatenschutz', // a language app on github.io
  'https://privacypolicy-mathgptai.blogspot.com/', // a mobile math solver on blogspot
  'https://eliott-25751a.webflow.io/cgv-cgu', // a homework app on webflow.io
  'https://myspeakingscore.freshdesk.com/support/solutions/articles/101000440355-terms-and-conditions', // My Speaking Score's help on freshdesk.com
  'https://courseboxptyltd.freshdesk.com/support/solutions/articles/51000509874-privacy-security-updated-26th-feb-2026-', // Coursebox's help on freshdesk.com
  'https://cosmic-empanada-81b9ea.netlify.app/terms', // an English essay checker on netlify.app
  'https://meeting-note-production.up.railway.app/privacy', // a meeting-notes extension on railway.app
  'https://rentry.co/8936v9mp', // a lecture-transcriber policy on rentry.co
  'https://filing-beacon.notion.site/Privacy-Policy-293f82bf87088021a442c4b8e2e5ef7d', // a mobile math app on notion.site
  'https://mathos-help-center-nextra.vercel.app/doc/policy/privacy-policy', // Mathos' help on vercel.app
];

const LEFT_OUT = [
  'https://lecture-recorder.app/privacy', // a policy with a [vps-region] placeholder
  'https://www.mylessonstudio.ai/terms', // terms that do not say the product uses AI
  'https://kwizie.ai/es/terms-of-use', // terms that do not say the quizzes are made with AI
  'https://www.video-notes.co/privacy', // a policy that does not say AI
  'https://tutro.ai/coppa', // a kids notice that does not say what makes the lessons
  'https://www.redaai.com.br/correcao-enem', // an essay-correction page that does not say AI
  'https://mathiter.com/zh/terms', // terms that do not say AI
  'https://boardsvault.com/how-it-works', // a question-writing page that does not say AI
  'https://tiwtor.app/legal/privacy-policy', // a policy that does not say AI
  'https://www.readabilitytutor.com/privacy-policy', // a policy that does not say AI
  'https://readtoplay.org/privacy-policy', // a reading app whose policy does not say AI
  'https://mettutor.com/coppa/', // a notice that does not say what the AI does
  'https://studyflash.ai/de/tos', // terms that do not say AI
  'https://nclexup.com/privacy/', // a question bank with one AI feature
  'https://repeat.cards/terms', // a flashcard app with optional AI on your own key
  'https://flashcardscymraeg.com/privacy', // a flashcard app using AI only for moderation
  'https://barscore.ai/resources/the-future-of-bar-exam-grading-ai-scoring-and-its-implications', // seen only on its resource articles
  'https://www.essaygradewise.com/blog/tools/how-accurate-ai-ielts-writing-checkers/', // seen only on its blog
  'https://cuflow.ai/blog/ai-video-summarization-for-studying', // seen only on its blog
  'https://teachtools.co/blog/ai-worksheet-generators-privacy-checklist', // seen only on its blog
  'https://researchthink.com/guides/using-ai-scoring-as-a-feedback-tool/', // seen only on its guides
  'https://examino.ai/en/blog/ai/grade-handwritten-assignments-ai', // seen only on its blog
  'https://www.ielts.international/en/ielts-ai-writing-checker', // an IELTS-prep site whose checker page reads like an article
  'https://staging.tutorchatai.com/privacy', // a staging host
  'https://sandbox.intle.co.uk/trust/ai-transparency', // a sandbox host
  'https://mail.usovdigital.com/privacy/ai-worksheet-generator/', // a worksheet generator on a studio's mail host
  'https://www.lafryhi-elmostafa-school-primary.com/privacy-policy/', // a worksheet tool on a school-named host
  'https://www.digitalskeleton.com.ng/privacy', // a flashcard generator on a studio's host
  'https://equipements.kalyzee.com/pages/homework-helper-ai-terms-and-conditions', // a mobile homework app on an equipment store
  'https://thehomeroom.app/terms', // a mobile app sold through app stores
  'https://studyless.app/en/terms', // a mobile flashcard app
  'https://studyforgeai.app/en/terms', // a mobile study app
  'https://kwizz.ai/de/rechtliches/agb', // an iOS quiz app
  'https://vocabflow.net/legal/terms-of-service', // a mobile vocabulary app
  'https://mimilog.im/terms.html', // a mobile language-diary app
  'https://quiz.snap-tool.com/termsofservice', // a mobile quiz app
  'https://nclexai.moniyazilim.com/privacy-policy', // a mobile NCLEX app on its studio's host
  'https://barprep.app/terms', // an iOS bar-prep app that does not say AI
  'https://aylernai.sefayilmaz.dev/en/privacy/', // a mobile language app on a developer's host
  'https://www.oppalang.com/en/help-center/virtual-tutor-policy', // an AI tutor inside a general Korean-learning platform
  'https://whycare.aisgf.us/privacy.html', // an AI-safety explainer, outside this kind
  'https://www.smartenseigno.fr/conditions-generales-utilisation', // the French ministry's maths platform
  'https://targetpracticelearning.com/terms', // test prep with AI explanations on the side
  'https://www.ignaciomancilla.com/privacidad', // a teacher platform whose policy does not say AI
  'https://www.aistudie.com/condition-general-dutilisation/', // terms that do not say AI
  'https://www.vidyadip.com/glossary', // a question-paper glossary that does not say AI
  'https://learn.viechoice.com/vi/auth/terms', // a vocabulary platform that does not say AI
  'https://russianmathtutors.com/docs/ai-tutor-course-creator/getting-started-with-ai-tutor-course-creator/', // a tutoring company's admin tool
  'https://coassemble.com/help/en/articles/9742362-harnessing-the-power-of-document-to-course', // a general course builder with an AI feature
  'https://support.thoughtindustries.com/hc/en-us/articles/26134964184471-AI-Content-Tools-FAQs', // a general learning platform with AI content tools
  'https://knowledgebase.elblearning.com/utilizing-generative-ai-features-in-lectora', // a general authoring tool with optional AI
];

const NAMESAKES = [
  'https://www.lessonlab.com/', // beside LessonLab AI (lessonlabai.com)
  'https://www.studyflow.com/', // beside StudyFlow (studyflow.courses)
  'https://www.academly.com/', // beside Academly (academly.ai)
  'https://www.revisiontime.com/', // beside Revision Time (revision-time.com)
  'https://www.lexreview.com/', // beside LexReview (lexreview.ph)
  'https://www.mathison.com/', // beside Mathison AI (mathisonai.com)
  'https://www.tutorsprout.com/', // beside TutorSprout (tutorsprout.ai)
  'https://www.languageeverest.org/', // beside LanguageEverest (languageeverest.com)
  'https://www.teached.com/', // beside TeachEd (teached.tech)
];

describe('nineteenth-session second education traps', () => {
  it('adds 31 rows, each with one domain or one prefix', () => {
    expect(longTailC19Edu2Tools.length).toBe(31);
    expect(longTailC19Edu2Tools.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19Edu2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.studyflow.courses/': 'studyflow-courses',
      'https://docs.academly.ai/books/academic-integrity/page/university-guidelines': 'academly-ai',
      'https://docs.revision-time.com/legal/terms': 'revision-time',
      'https://app.revision-time.com/': 'revision-time',
      'https://www.ollyenglish.com/ielts/writing-checker': 'olly-english-ielts-writing-checker',
      'https://evalia.oriantation.fr/mentions-legales': 'evalia-oriantation',
      'https://www.quizeve.com/en/terms': 'quizeve',
      'https://www.ensinia.com.br/faq': 'ensinia', // the Latin America pass's row
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
