// Long-tail headshot, language-learning, teaching and study, product-research, security-agent, travel and
// creator tools written on CHECKED_2 from the vendors' own sites (source: the product's site, counted as
// homepage-only by `lantern catalog stats` until re-verified), or a licensed list where a row says listed(...).
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C13 } from './define';

export const vendorTools8: Tool[] = defineTools('productivity', [
  { id: 'dropzone', name: 'Dropzone AI', vendor: 'Dropzone AI', category: 'agents', domains: ['dropzone.ai'], source: 'https://docs.dropzone.ai/overview', checked: CHECKED_C10 },
  { id: 'prophet-security', name: 'Prophet Security', vendor: 'Prophet Security', category: 'agents', domains: ['prophetsecurity.ai'], source: 'https://www.prophetsecurity.ai/blog/why-human-expertise-remains-irreplaceable-in-ai-powered-security-operations', checked: CHECKED_C10 },
  { id: 'podium', name: 'Podium', vendor: 'Podium', category: 'audio', domains: ['podium.page'] },
  { id: 'swell-ai', name: 'Swell AI', vendor: 'Swell AI', category: 'audio', domains: ['swellai.com'] },
  { id: 'chefgpt', name: 'ChefGPT', vendor: 'ChefGPT', category: 'chat', domains: ['chefgpt.xyz'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'dishgen', name: 'DishGen', vendor: 'DishGen', category: 'chat', domains: ['dishgen.com'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // DishGen at dishgen.com
  { id: 'iplan', name: 'iPlan.ai', vendor: 'iPlan.ai', category: 'chat', domains: ['iplan.ai'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // IPlan AI at iplan.ai
  { id: 'mindtrip', name: 'Mindtrip', vendor: 'Mindtrip', category: 'chat', domains: ['mindtrip.ai'], source: listed('aiagenta2z', 'AGENT.md'), checked: CHECKED_C12 }, // entry "mindtrip ai" at mindtrip.ai (travel planning)
  { id: 'tripplanner-ai', name: 'Trip Planner AI', vendor: 'Trip Planner AI', category: 'chat', domains: ['tripplanner.ai'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'wonderplan', name: 'Wonderplan', vendor: 'Wonderplan', category: 'chat', domains: ['wonderplan.ai'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Wonderplan at wonderplan.ai
  { id: 'betterpic', name: 'BetterPic', vendor: 'BetterPic', category: 'image', domains: ['betterpic.io'], region: 'europe', source: 'https://support.betterpic.io/article/30-onboarding-employees-in-teams', checked: CHECKED_C12 }, // BetterPic's own help centre on support.betterpic.io (headshots)
  { id: 'dreamwave', name: 'Dreamwave', vendor: 'Dreamwave', category: 'image', domains: ['dreamwave.ai'], source: listed('stimqq', 'README.md'), checked: CHECKED_3 },
  { id: 'instaheadshots', name: 'InstaHeadshots', vendor: 'InstaHeadshots', category: 'image', domains: ['instaheadshots.com'] },
  { id: 'pfpmaker', name: 'PFPMaker', vendor: 'PFPMaker', category: 'image', domains: ['pfpmaker.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'pikzels', name: 'Pikzels', vendor: 'Pikzels', category: 'image', domains: ['pikzels.com'] },
  { id: 'portraitpal', name: 'PortraitPal', vendor: 'PortraitPal', category: 'image', domains: ['portraitpal.ai'] },
  { id: 'profilepicture-ai', name: 'ProfilePicture.AI', vendor: 'ProfilePicture.AI', category: 'image', domains: ['profilepicture.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'secta', name: 'Secta Labs', vendor: 'Secta Labs', category: 'image', domains: ['secta.ai'], source: 'https://secta.ai/ko/terms', checked: CHECKED_C12 }, // Secta Labs' own terms (English text) for its web application secta.ai, which generates headshots with Stable Diffusion
  { id: 'coconote', name: 'Coconote', vendor: 'Coconote', domains: ['coconote.app'] },
  { id: 'cograder', name: 'CoGrader', vendor: 'CoGrader', domains: ['cograder.com'], source: 'https://production.cograder.com/categories/assessment', checked: CHECKED_C12 }, // CoGrader's own rubric library on production.cograder.com; the page does not itself call the product AI (its help centre, on intercom.help, does)
  { id: 'elsa-speak', name: 'ELSA Speak', vendor: 'ELSA', domains: ['elsaspeak.com'], region: 'southeast-asia', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'enterpret', name: 'Enterpret', vendor: 'Enterpret', domains: ['enterpret.com'], source: 'https://helpcenter.enterpret.com/en/articles/8068575-what-is-the-taxonomy', checked: CHECKED_C10 },
  { id: 'essaygrader', name: 'EssayGrader', vendor: 'EssayGrader', domains: ['essaygrader.ai'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // EssayGrader at essaygrader.ai
  { id: 'formless', name: 'Formless', vendor: 'Typeform', domains: ['formless.ai'] },
  { id: 'kraftful', name: 'Kraftful', vendor: 'Kraftful', domains: ['kraftful.com'], source: 'https://github.com/kraftful/kraftful-analytics-react-native/blob/6225d54e2a0541427cd3b1d26b8c2125b3f06aab/README.md', checked: CHECKED_C12 }, // the vendor's own analytics SDK; its account pages on analytics.kraftful.com
  { id: 'langotalk', name: 'LangoTalk', vendor: 'LangoTalk', domains: ['langotalk.org'], region: 'europe', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'mathgpt-pro', name: 'MathGPTPro', vendor: 'MathGPTPro', domains: ['mathgptpro.com'], source: listed('mahseema') },
  { id: 'mizou', name: 'Mizou', vendor: 'Mizou', domains: ['mizou.com'] },
  { id: 'polymer', name: 'Polymer', vendor: 'Polymer', domains: ['polymersearch.com'], source: listed('lseuopen', 'Docs/Data_Analysis.md'), checked: CHECKED_C12 }, // Polymer at polymersearch.com
  { id: 'praktika', name: 'Praktika', vendor: 'Praktika', domains: ['praktika.ai'], region: 'europe', source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'revisiondojo', name: 'RevisionDojo', vendor: 'RevisionDojo', domains: ['revisiondojo.com'], source: listed('c13ayc', 'responses/F24.json'), checked: CHECKED_C13 }, // YC directory entry: RevisionDojo, revisiondojo.com, "AI tutors for students"
  { id: 'schoolai', name: 'SchoolAI', vendor: 'SchoolAI', domains: ['schoolai.com'], source: listed('kaynxu', 'README.md'), checked: CHECKED_3 },
  { id: 'solvely', name: 'Solvely', vendor: 'Solvely', domains: ['solvely.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'speak', name: 'Speak', vendor: 'Speak', domains: ['speak.com'], region: 'korea', source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'studyfetch', name: 'StudyFetch', vendor: 'StudyFetch', domains: ['studyfetch.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'talkpal', name: 'TalkPal', vendor: 'TalkPal', domains: ['talkpal.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'teachermatic', name: 'TeacherMatic', vendor: 'TeacherMatic', domains: ['teachermatic.com'], region: 'europe', source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // TeacherMatic at teachermatic.com
  { id: 'turbolearn', name: 'TurboLearn AI', vendor: 'TurboLearn', domains: ['turbolearn.ai'] },
  { id: 'univerbal', name: 'Univerbal', vendor: 'Univerbal', domains: ['univerbal.app'], region: 'europe', source: listed('c13ayc', 'responses/W23.json'), checked: CHECKED_C13 }, // YC directory entry: Univerbal, univerbal.app, language learning with a conversational AI tutor
  { id: 'unstuck', name: 'Unstuck AI', vendor: 'Unstuck', domains: ['unstuckstudy.com'] },
  { id: 'viable', name: 'Viable', vendor: 'Viable', domains: ['askviable.com'], source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'zenlytic', name: 'Zenlytic', vendor: 'Zenlytic', domains: ['zenlytic.com'], source: 'https://docs.zenlytic.com/tips-and-tricks/zoe_context_ingestion', checked: CHECKED_C10 },
  { id: 'chatprd', name: 'ChatPRD', vendor: 'ChatPRD', category: 'writing', domains: ['chatprd.ai'], source: listed('vercelai', 'apps/docs/lib/showcase.ts'), checked: CHECKED_3 },
  { id: 'subscribr', name: 'Subscribr', vendor: 'Subscribr', category: 'writing', domains: ['subscribr.ai'], source: 'https://subscribr.ai/help/creating-scripts/canvas', checked: CHECKED_C12 }, // Subscribr's own help centre (AI script writing for YouTube)
], { checked: CHECKED_2 });
