// Traps beside the rows the twenty-fifth session's usage-limits pass added (data/long-tail-c25-limits.ts): the ordinary
// sites next to each kind of AI tool it added (astrology sites, writing software and reading communities, WordPress,
// flashcard and coding-lesson sites, a Zimbabwean payment service and exam board, job boards in the US, India and
// Switzerland, a Swiss payment app, accounting, stock photos, home-design and furniture sites, office software,
// messaging and payments), namesakes of the new names, the news posts and explainers the searches returned, the
// shared-platform copies, and the left-out hosts whose pages are general products with an AI feature or never say AI.
// None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25LimitsTools } from './data/long-tail-c25-limits';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.astrology.com/', // horoscopes, beside Stellaveda
  'https://www.horoscope.com/', // horoscopes, beside Stellaveda
  'https://wordpress.org/plugins/', // the plugin directory, beside Contentinator
  'https://www.literatureandlatte.com/scrivener/overview', // writing software, beside Bookwiz and Slima
  'https://www.nanowrimo.org/', // a novel-writing challenge, beside Bookwiz and Slima
  'https://www.wattpad.com/', // a reading and writing community, beside the writing tools
  'https://www.goodreads.com/', // book reviews, beside the book-writing tools
  'https://ankiweb.net/', // flashcards, beside EduSolver
  'https://www.freecodecamp.org/', // coding lessons, beside Cultural Coder
  'https://www.ecocash.co.zw/', // the payment service Cultural Coder names
  'https://www.zimsec.co.zw/', // Zimbabwe's exam board, beside Cultural Coder
  'https://www.scholastic.com/', // children's reading, beside PicoBuddy and AI Parent
  'https://www.readworks.org/', // reading passages for teachers, beside PicoBuddy
  'https://www.commonsense.org/', // parents' guidance, beside AI Parent
  'https://www.indeed.com/', // a job board, beside ResumEdit and WhatIsACoverLetter.com
  'https://www.naukri.com/', // an Indian job board, beside Educators360
  'https://www.jobs.ch/', // a Swiss job board, beside preparAItor
  'https://www.twint.ch/', // the Swiss payment app Visioneria names
  'https://www.xero.com/', // accounting, beside AccurateDigits
  'https://unsplash.com/', // stock photos, beside the image generators
  'https://www.pexels.com/', // stock photos, beside the image generators
  'https://www.houzz.com/', // home design, beside AIHDStudio
  'https://www.ikea.com/', // furniture, beside AIHDStudio
  'https://www.libreoffice.org/', // office software, beside Preso
  'https://www.whatsapp.com/', // messaging, beside the chatbot builders
  'https://www.paypal.com/', // payments named by several rows
  'https://stripe.com/', // payments named by several rows
];

const NAMESAKES = [
  'https://www.spoton.com/', // a restaurant point-of-sale company, beside SpotOn AI (spoton-ai.com)
  'https://www.reply.com/', // an IT consultancy, beside Reply.cx
];

const NEWS_AND_EXPLAINERS = [
  'https://www.roborhythms.com/character-ai-daily-message-limit/', // a blog on message caps
  'https://www.gbit.com.pl/blog/does-character-ai-have-a-message-limit-exploring-the-boundaries-of-ai-communication/', // a blog
  'https://bestaigirlfriend.co.uk/?p=998', // a review blog
  'https://www.agenticaipricing.com/fair-usage-policies-preventing-abuse-in-unlimited-ai-plans', // a pricing course's article
  'https://www.frozenlight.ai/opinion/frozenlight/691/ai-credit-pricing-model-truth', // an opinion piece
  'https://aivideocreators.org/guides/the-beginners-guide-to-ai-video-credits-what-they-really-cost', // a guide
  'https://ai-cost-estimator.com/blog/ai-coding-rate-limits-explained-caps-cursor-copilot-codex-2026', // a blog
  'https://promptmeter.app/tokens-vs-words/', // a token calculator
  'https://skuto.app/glossary/usage-limits/', // a plan-comparison glossary
  'https://www.teknofilo.com/google-revela-los-limites-de-uso-de-gemini-asi-queda-cada-plan/', // news
  'https://newswatchtv.com/2025/05/14/forget-professional-photos-people-are-turning-to-ai-for-headshots/?amp=1', // news
  'https://eatsip365.com/the-tech-behind-an-ai-professional-headshot', // a blog
  'https://true-america.us/ai-tokens-explained-plain-english-models-pricing', // an explainer
];

const SHARED_PLATFORMS = [
  'https://jottings-me-landing.pages.dev/blog/ai-usage-limits.html', // a blog on a shared platform
  'https://help-zenovay.pages.dev/en/article/ai-message-limits/', // an analytics tool's help copy
  'https://tools-34m.pages.dev/en/what-are-ai-tokens-understanding-ai-pricing-en/', // a guide on a shared platform
  'https://poison-docs.zeabur.app/en/6-account-billing/credits-details.html', // docs on a shared platform
  'https://roomvisualizerai.featurebase.app/help/articles/3478592-how-do-design-credits-work', // Room Visualizer AI's help
  'https://bob-e-ai-docs.gitbook.io/resources/overview/pricing-and-plans/message-credits-explained', // Bob-e's docs
  'https://writerzroom.mintlify.app/getting-started/glossary', // a copy of WriterzRoom's docs
  'https://zerotwo.mintlify.app/tools/deep-research/limits-and-availability', // ZeroTwo's docs
  'https://mod.mintlify.app/image-editing/head-shot.md', // an API's docs copy
  'https://intercom.help/speakable_io/en/articles/11722878-what-are-ai-credits-and-how-do-they-work', // Speakable's help
  'https://docs.channel.io/dropshot_help/en/articles/Credits-9bfef397', // Dropshot's help
  'https://vexels.crisp.help/en/article/how-does-the-request-credit-system-work-a1s1dl/', // human design requests
];

const LEFT_OUT = [
  'https://help.metricool.com/how-to-create-posts-with-metricools-ai-text-generator-sv0j8', // social-media tool, AI one feature
  'https://workdonecorp.com/help/credits-pro-features-worker/can-i-roll-over-my-unused-credits-to-the-next-month', // not AI
  'https://help.clearstream.io/en/articles/1048590-do-credits-rollover-every-month', // text-message credits
  'https://help.adaface.com/en/articles/6363673-can-i-purchase-more-credits-on-my-current-plan', // assessment credits
  'https://persontrail.com/docs/ai/usage-limits', // a job tracker, AI one feature
  'https://help.zenovay.com/en/article/ai-message-limits/', // web analytics, AI one feature
  'https://www.writerflow.com/docs/ai-features/ai-credits', // a content workflow, AI one feature
  'https://ignite.video/de/artikel/tutorials/ki-credits', // video hosting, AI one feature
  'https://planfix.com/ro/help/Credite_AI', // a CRM, AI one feature
  'https://lawzana.com/flow/support/billing-and-plans', // practice-management software, AI one feature
  'https://thebigclass.com/help/ai-presentation-limits', // a course platform, AI one feature
  'https://help.roomsketcher.com/hc/en-us/articles/4402598280593-Credit-History-in-Web-Portal', // floor plans
  'https://help.autoscout24.ch/hc/de/articles/35732023282194-How-do-AI-Studio-credits-work', // a car marketplace
  'https://help.booth.events/article/124-ai-credits-faq', // a photo-booth app, AI one feature
  'https://www.vollna.com/docs/ai-credits', // freelance job alerts, AI one feature
  'https://www.videotovoice.com/docs/en/audio-production/billing.html', // audio-description authoring
  'https://www.voxabot.com/help-payments', // text-to-speech characters, AI not said
  'https://intellect.co.nz/ufaq/what-happens-if/', // word credits of unstated kind
  'https://www.tattoogenerator.co/faq', // a manual tattoo-design editor
  'https://apidocs.pdf.co/kb/Account%20Questions/do-credits-expire', // a PDF API's credits
];

describe('twenty-fifth-session usage-limits traps', () => {
  it('adds 29 rows, each with one domain and no prefix; 3 in Europe, 1 in India, 1 in Africa', () => {
    expect(longTailC25LimitsTools.length).toBe(29);
    expect(longTailC25LimitsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regions = longTailC25LimitsTools.map((t) => catalogRegion(t.id));
    expect(regions.filter((r) => r === 'europe').length).toBe(3);
    expect(regions.filter((r) => r === 'india').length).toBe(1);
    expect(regions.filter((r) => r === 'africa').length).toBe(1);
    expect(regions.filter((r) => r === 'global').length).toBe(24);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25LimitsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25LimitsTools));
    expectEachClassifiedAs({
      'https://slima.ai/es/docs/billing/understand-credits-and-quota': 'slima-ai',
      'https://moyna.ai/': 'moyna-ai',
      'https://picobuddy.com/': 'picobuddy',
      'https://www.cludan.com/': 'cludan',
      'https://writerzroom.com/': 'writerzroom',
      'https://docs.writerzroom.com/architecture/model-routing': 'writerzroom',
      'https://contentinator.com/': 'contentinator',
      'https://aihdstudio.com/': 'aihdstudio',
      'https://preso.ink/': 'preso-ink',
      'https://accuratedigits.com/docs/managing-pages?hsLang=en': 'accuratedigits',
    });
  });

  it('leaves general sites, namesakes, news, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...NAMESAKES,
      ...NEWS_AND_EXPLAINERS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
    ]);
  });
});
