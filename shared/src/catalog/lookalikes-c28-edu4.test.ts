// Traps beside the rows the twenty-eighth session's fourth education pass added (data/long-tail-c28-edu4.ts): the
// ordinary sites next to each kind of AI tool it added (exam bodies and test-prep publishers, ground schools, civics
// and immigration guides, human tutoring services, research and education news), the shared-platform copies, drafts
// and left-out pages the pass read, and names close to the new entries. None of them may classify; every new host
// must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Edu4Tools } from './data/long-tail-c28-edu4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.ged.com/gedworks-healthcare-terms-conditions/', // the GED exam body, beside the exam-prep rows
  'https://www.gedtestingservice.com/testers/second-shot-terms', // the GED exam body's older site
  'https://www.path2usa.com/blog/uscis-releases-app-to-assist-with-naturalization-interview/', // an immigration guide, beside PassTheCivics
  'https://clearboxlegal.com/guides/naturalization-101-the-interview', // a naturalisation guide, beside PassTheCivics
  'https://www.hanscomaeroclub.com/private-pilot-ground-school/', // a flying club's ground school, beside the pilot rows
  'https://www.jadelearning.com/journeyman-exam-prep', // electrician exam prep that does not say AI
  'https://usmle-rx.com/terms-and-conditions/', // a USMLE question bank whose terms do not say AI
  'https://app.usmlepreps.com/auth/terms_and_conditions', // USMLE prep terms that do not say AI
  'https://www.dummies.com/test-prep/what-is-the-sie-exam-and-how-to-sign-up/', // a test-prep publisher's article
  'https://www.everand.com/book/641019221/Securities-Industry-Essentials-Exam-2023-2024-For-Dummies-with-Online-Practice', // an ebook store
  'https://www.kennisnet.nl/trends/kansen-en-beperkingen-van-ai-tutoren-voor-het-onderwijs', // a Dutch education agency's article on AI tutors
  'https://thanhnien.vn/trien-khai-ai-trong-truong-hoc-can-lam-ro-trach-nhiem-phap-ly-185260222204455686.htm', // Vietnamese news on AI in schools
  'https://pmc.ncbi.nlm.nih.gov/articles/PMC12385150/', // a review of AI for students with learning disabilities
  'https://www.mdpi.com/2813-141X/4/4/39', // a study of LLM virtual patients, beside DIMEDUS
  'https://spedlawblog.com/2026/06/23/using-artificial-intelligence-ai-to-assist-in-writing-iep-goals/', // a special-education law blog, beside SPEDGenie
  'https://blog.tcea.org/personalizing-reading-stamina-in-an-ai-world/', // an educators' association blog
  'https://www.tesol.org/blog/posts/create-your-own-leveled-readers/', // a teachers' association blog
];

const HUMAN_SERVICES = [
  'https://capitallearningcollective.com/privacy', // human tutoring
  'https://engvarta.com/terms-and-conditions/', // human English study partners by phone
  'https://11pluspracticepapers.co.uk/privacy-policy.html', // 11+ practice papers, no AI
  'https://11plusmocks.co.uk/privacy-policy/', // 11+ mock exams in person
  'https://11plusmadesimple.co.uk/privacy-policy', // 11+ tutoring by people
  'https://londonmedicalacademy.co.uk/mmi-interview-prep-course/', // MMI workshops run by doctors
  'https://mytutor.work/help', // tutoring-business software whose help centre does not say AI
];

const SHARED_PLATFORMS = [
  'https://ace-prep-mvp-v1-8bpo.vercel.app/', // Aceprep's WAEC/JAMB policy on a shared platform
  'https://uscitizenshiptestapp.netlify.app/privacy', // a citizenship-test app's policy on a shared platform
  'https://music-forte.pages.dev/docs/practice', // FORTE's practice docs on a shared platform
  'https://diamondbelema.github.io/expo-landing-page/privacy.html', // EXPO's policy on a shared platform
  'https://accentlab-4ec30.web.app/privacy-policy.html', // AccentLab's policy on a shared platform
  'https://p-api.fykp88.cn/html_article/61/291.html', // an app-policy host carrying several apps
  'https://www.e-droid.net/privacy.php?ida=3921237&idl=en', // an app builder's policy page
];

const LEFT_OUT = [
  'https://aviationchat.org/privacy', // a draft with "[LEGAL REVIEW]" placeholders
  'https://practilly.com/privacy', // "[Insert Date]" placeholders
  'https://pilotpreponline.com/privacy', // a ground school whose policy does not say AI
  'https://aiexamplanner.com/privacy-policy', // an exam-timetable optimiser; AI only in the name
  'https://uscivicspractice.com/editorial-standards', // a civics site whose page does not say AI
  'https://journeymaniq.com/llms.txt', // electrician exam prep that does not say AI
  'https://organized-tutoring.com/privacy', // tutoring management; Gemini summaries are one feature
  'https://looppie.app/privacy-policy', // piano lessons; audio-to-MIDI is one feature
  'https://jazzpracticepro.com/privacy', // a local-first practice log with optional AI
  'https://teacher.technischools.com/privacy-policy', // a cookie notice that does not say what the AI does
  'https://aifarm.live/privacy', // HSK Hanzi, a flashcard app whose policy does not say AI
];

const NAMESAKES = [
  'https://pilotprep.com/', // near Pilot License Prep, not read
  'https://checkride.com/', // near Checkride Academy and Checkride.bot, not read
  'https://www.intelliplan.com/', // near IntelliPlan, not read
  'https://talkme.com/', // near TalkMe, not read
  'https://courseassist.com/', // near CourseAssist, not read
  'https://www.crescendo.com/', // near Crescend, not read
];

describe('twenty-eighth-session fourth education pass', () => {
  it('adds 17 rows, EXAMORA in the africa region', () => {
    expect(longTailC28Edu4Tools.map((t) => t.id)).toEqual([
      'pilot-license-prep',
      'checkride-academy',
      'checkride-bot',
      'passthecivics',
      'examora',
      'intelliplan',
      'spedgenie',
      'courseassist',
      'myta-courseops',
      'yoonle',
      'talkme-ai',
      'gabby-english-tutor',
      'tutortrack',
      'ican-icantech',
      'dimedus',
      'mymusicbuddy',
      'crescend',
    ]);
    expect(catalogRegion('examora')).toBe('africa');
    expect(catalogRegion('intelliplan')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Edu4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, and pages on the claimed hosts', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Edu4Tools));
    expectEachClassifiedAs({
      'https://learn.checkride.academy/': 'checkride-academy',
      'http://checkride.academy/privacy': 'checkride-academy',
      'https://demo.spedgenie.com/privacy': 'spedgenie',
      'http://icantech.ai/insights/ai-generated-scorm-courses': 'ican-icantech',
      'http://crescend.ai/privacy': 'crescend',
    });
  });

  it('leaves general sites, human services, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...HUMAN_SERVICES,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
