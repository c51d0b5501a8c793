// Traps beside the rows the twenty-eighth session's third consumer pass added (data/long-tail-c28-consumer3.ts): the
// ordinary sites next to each kind of consumer AI it added (sports-data platforms and device makers, chess sites,
// genealogy databases, wine and recipe sites, home-repair and contractor directories, Santa trackers), the articles,
// guides, news and content farms the searches returned, the shared-platform copies, drafts, test hosts and developers'
// hosts the pass left out, pages that do not say the product uses AI, and names close to the new entries. None of them
// may classify; every new host must reach its own entry. Hosts that are likely AI but were not confirmed (the pass's
// leads) are deliberately not trapped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Consumer3Tools } from './data/long-tail-c28-consumer3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.garmin.com/', // the device maker whose data the cycling and triathlon coaches read
  'https://www.withings.com/', // the scale maker CycleCoach connects to
  'https://lichess.org/', // the chess site whose public games the chess coaches import
  'https://www.usatriathlon.org/', // the sport's governing body, beside the triathlon coaches
  'https://www.runnersworld.com/', // a running magazine, beside the running coaches
  'https://www.wine-searcher.com/', // a wine price search, beside VinoSipSavvy
  'https://www.allrecipes.com/', // recipes, beside Chefenie
  'https://www.homeadvisor.com/', // a contractor directory, beside the home-repair diagnosers
  'https://www.familysearch.org/en/home/portal/', // the genealogy database the family-history tools read
  'https://www.noradsanta.org/', // the Santa tracker, beside the Santa products
  'https://www.akc.org/', // the kennel club, beside the pet portraits
];

const ARTICLES_AND_GUIDES = [
  'https://tarotbysharan.com/why-ai-cannot-replace-a-real-tarot-reader/', // a human reader's article
  'https://www.thetarotlady.com/the-hit-list-trouble-ai-tarot/', // a tarot blog
  'https://www.tarottalkshow.com/protecting-your-tarot-practice-in-the-age-of-ai-tarot-for-modern-tarot-readers', // a podcast page
  'https://www.britbrief.co.uk/tech/ai/ai-fitness-apps-warned-as-dangerous-for-runners-by-experts.html', // news
  'https://www.ukbreakingnews24x7.com/technology/runners-using-ai-chatbots-as-personal-trainers-are-warned-they-are-putting-themselves-at-risk-by-using-dangerous-training-plans/', // news
  'https://andrewskurka.com/should-you-let-ai-plan-your-next-backpacking-trip/', // a backpacking guide
  'https://www.backpacker.com/stories/ai-hike-planning/', // a magazine story
  'https://www.rvtravel.com/readers-dont-trust-ai-trip-planning-test-1114/', // a reader poll
  'https://www.pokerscout.com/generative-ai-llms-still-cant-help-with-poker/', // poker news
  'https://winenfood.com/data-privacy-and-the-ai-baby-generator', // a content farm
  'https://visualfoodie.com/understanding-ai-baby-generator-privacy-risks', // a content farm
  'https://www.generatorwebsite.com/blog/ai-baby-generator-privacy-ethics/', // a guide
  'https://docs.bswen.com/blog/2026-03-16-ai-journal-privacy-risks', // a blog post
  'https://craigen.org/examples/protecting-privacy-when-using-ai', // a genealogists' guide
  'https://chroniclemakers.com/ai-privacy-for-family-historians/', // a family-history blog
  'https://spryexecutiveos.com/what-is-an-ai-life-coach/', // an explainer
  'https://www.rapiddoctools.com/blog/privacy-first-photo-restoration', // a tools site's blog
];

const SHARED_PLATFORMS = [
  'https://travela-for-you.vercel.app/privacy', // a trip planner's policy on a shared platform
  'https://stylist-ai-website.vercel.app/privacy.html', // a stylist app's policy on a shared platform
  'https://styleforme.pages.dev/legal/ai-disclosure', // a placeholder disclosure on a shared platform
  'https://veterinaryai-privacy.netlify.app/', // a pet app's policy on a shared platform
  'https://petsafe.webflow.io/', // a pet app's policy on a shared platform
  'https://dream-voice-prod.web.app/terms-en.html', // a dream app's terms on a shared platform
  'https://suiterhythm.vercel.app/privacy', // a policy on a shared platform
  'https://michaelw.github.io/strava-coach/privacy-policy', // a custom GPT's policy on a shared platform
  'https://jackrubiralta.github.io/workout-tracker-privacy-policy-web/', // an app policy on a shared platform
  'https://martind1881-theheavy.github.io/meal-genie-privacy/', // an extension policy on a shared platform
  'https://whatthefood.notion.site/wtf-Privacy-Policy-31d47349dd2b809a8e0cea9679c85365', // an app policy on Notion
  'https://alperenciftlikci.github.io/clothes/privacy-policy.html', // an app policy on a shared platform
  'https://vitalbrief-site.pages.dev/private-apple-health-app', // an app page on a shared platform
];

const LEFT_OUT = [
  'https://www.chess-ai-coach.com/legal/privacy', // a policy with a placeholder controller
  'https://foodow.io/terms', // terms that call themselves a template
  'https://otherminds.florentinf.dev/privacy.html', // a personal art project with a placeholder address
  'https://smoke.aicoloringpagegenerator.org/refund-policy', // a test host
  'https://contextml.cloud/?p=622', // a WordPress draft address
  'https://trainer-gym-ai.iagocavalcante.com/privacy', // a developer's personal host (the app is listed on its own)
  'https://healthcoach.teknicalsolutionz.com/whoop', // an agency's subdomain
  'https://www.mealstack.io/terms', // a practice tool for nutrition professionals that does not say AI
  'https://mealengine.com/terms', // human coaching plans
  'https://www.mynutricart.com/terms', // meal plans without AI in its terms
  'https://dreamstorylive.com/terms-and-conditions', // terms that do not say AI
  'https://lullavoice.app/voice-consent', // a voice-consent page that does not say AI
  'https://garden.happyfactory.app/privacy', // a garden planner with AI plant tips as one feature
  'https://habitofliving.com/content/managed-care-terms.html', // human managers with AI-assisted notes
  'https://skillbuilder.club/aitacs-crm-terms-of-service.html', // a practice CRM for therapists
  'https://dogmaportraits.uservoice.com/knowledgebase/articles/164207-what-do-you-do-with-my-pet-photo', // human portraits
];

const NAMESAKES = [
  'https://www.cyclecoach.com/', // beside CycleCoach (cyclecoach.ai), not read
  'https://www.pacebuilder.com/', // beside Pace Builder (pacebuilder.run), not read
  'https://www.chesstrain.com/', // beside CHESS.TRAIN (chesstrain.net), not read
  'https://www.housecall.com/', // beside HouseCall (housecall.help), not read
  'https://www.genealogic.com/', // beside Genealogic (genealogic.ai), not read
  'https://www.soulbook.com/', // beside SoulBook (soulbook.io), not read
  'https://www.warbler.com/', // beside Warbler Travel (warblertravel.com), not read
];

describe('twenty-eighth-session consumer3 traps', () => {
  it('adds 33 rows, each with one domain and no prefix, one in the russia region', () => {
    expect(longTailC28Consumer3Tools.length).toBe(33);
    expect(longTailC28Consumer3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      longTailC28Consumer3Tools.filter((t) => catalogRegion(t.id) !== 'global').map((t) => t.id),
    ).toEqual(['your-running-coach-runtrener']);
    expect(catalogRegion('your-running-coach-runtrener')).toBe('russia');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Consumer3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, and other pages on the claimed hosts', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Consumer3Tools));
    expectEachClassifiedAs({
      'https://runtrener.ru/oferta-en.html': 'your-running-coach-runtrener',
      'https://app.genealogic.ai/': 'genealogic',
      'https://www.chefenie.ai/': 'chefenie',
      'https://www.tri.build/': 'tri-build',
    });
  });

  it('leaves general sites, articles, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified(GENERAL_SITES);
    expectNoneClassified(ARTICLES_AND_GUIDES);
    expectNoneClassified(SHARED_PLATFORMS);
    expectNoneClassified(LEFT_OUT);
    expectNoneClassified(NAMESAKES);
  });
});
