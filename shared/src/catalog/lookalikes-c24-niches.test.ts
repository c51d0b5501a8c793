// Traps beside the rows the twenty-fourth session's niche pass added (data/long-tail-c24-niches.ts): the ordinary
// sites next to each kind of AI tool it added (wedding and dating sites, college sports bodies, a Bible site, property
// portals, music and pet stores, photo-book printers, astrology, fitness, travel and genealogy sites, D&D tools, job
// boards, car-history and valuation services), the parent of the claimed subdomain, human services of the same kinds
// that the searches returned (speech writers, travel planners, landscape designers, mastering engineers, car
// inspectors), the shared-platform copies, mobile-only apps, drafts and other left-out hosts the pass read, and sites
// whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
//
// getnostalgia.ai dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24NichesTools } from './data/long-tail-c24-niches';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.theknot.com/', // a wedding planning site, beside the wedding-speech writer and wedding photos
  'https://www.zola.com/', // a wedding registry, beside the wedding tools
  'https://tinder.com/', // a dating app, beside the dating-photo generators
  'https://hinge.co/', // a dating app, beside the dating-photo generators
  'https://www.bumble.com/', // a dating app, beside the dating-photo generators
  'https://www.ncaa.org/', // the NCAA, beside the college coaches' recruiting tool
  'https://www.ncsasports.org/', // a recruiting service, beside the college coaches' recruiting tool
  'https://www.biblegateway.com/', // a Bible site, beside the sermon tools
  'https://www.zillow.com/', // a property portal, beside the virtual-staging tool
  'https://www.realtor.com/', // a property portal, beside the virtual-staging tool
  'https://support.mlsnow.com/hc/en-us/articles/47635315367067-MLS-Now-Rules-Section-3-Images-Media-Virtual-Staging', // an MLS's rules
  'https://www.bandcamp.com/', // a music store, beside the stem separator and the song maker
  'https://www.chewy.com/', // a pet store, beside the pet portraits and videos
  'https://www.akc.org/', // a kennel club, beside the pet tools
  'https://www.rover.com/', // a pet-sitting marketplace, beside the pet tools
  'https://www.shutterfly.com/', // a photo-book printer, beside the AI books and the photo restoration
  'https://www.wonderbly.com/', // a personalised children's books shop, beside the AI-illustrated books
  'https://www.astrology.com/', // an astrology site, beside the AI horoscope
  'https://www.myfitnesspal.com/', // a fitness tracker, beside the AI fitness plans
  'https://www.tripadvisor.com/', // a travel site, beside the AI trip planner
  'https://www.expedia.com/', // a travel agency, beside the AI trip planner
  'https://www.familysearch.org/', // a genealogy site, beside the photo restoration
  'https://www.dndbeyond.com/', // the D&D toolset the portrait generator reads, beside the character-art tools
  'https://roll20.net/', // a virtual tabletop, beside the character-art tools
  'https://www.indeed.com/', // a job board, beside the career tool
  'https://www.carfax.com/', // a vehicle-history service, beside the car-buying reports
  'https://www.kbb.com/', // a car-valuation site, beside the car-buying reports
  'https://www.edmunds.com/', // a car-buying guide, beside the car-buying reports
];

const PARENTS = [
  'https://technoworks-bots.com/', // the parent of AI Career Intelligence's claimed subdomain
  'https://www.technoworks-bots.com/', // the parent of AI Career Intelligence's claimed subdomain
];

const HUMAN_SERVICES = [
  'https://theconciergeauto.com/privacystatement', // a human car-buying negotiator
  'https://www.gardenette.com/design-terms-and-conditions', // a human landscape-design service
  'https://vinzpect.com/vinzpect-terms-conditions-for-inspection-refund-policy/', // a human vehicle inspection
  'https://nutriwade.com/pages/refund-policy', // human nutrition coaching
  'https://thespeechdepartment.com/terms-conditions', // a human speech-writing service
  'https://www.productlondon.com/refund-cancelation-policy/', // human mixing and mastering
  'https://8drecords.com/mastering-terms-conditions/', // a human mastering service
  'https://resurgencetravel.com/refund_returns', // a human itinerary-design service
  'https://cubetraveldesign.com/faq', // a human travel planner
  'https://www.roamreadytrips.com/refundpolicy', // a human travel planner
  'https://chinalocalfriend.com/refund.html', // a human trip-planning buddy
  'https://fanforlife.com/en/content/1-returns-refunds', // personalised books without AI
  'https://myadoptionstorybook.com/returns.html', // printed storybooks without AI
  'https://www.bigtinystory.com/blank-1-1', // printed personalised books
  'https://www.foulplayco.com/blog/why-we-do-not-use-ai-to-write-our-murder-mystery-games', // games written without AI
  'https://novelium.so/ai-writing-software-for-novelists.html', // novel-writing software that precludes AI writing
  'https://www.officialpetportraits.com/faq', // pet portraits whose FAQ does not say AI
  'https://www.autoinsight.pro/refund-policy', // vehicle reports whose refund page does not say AI
];

const SHARED_PLATFORMS = [
  'https://recruitiq-app.pages.dev/privacy.html', // SelfRecruit.me's policy on a shared platform
  'https://aitarot-online.pages.dev/privacy', // a tarot policy on a shared platform
  'https://dreimo.pages.dev/terms', // Dreimo's terms on a shared platform
  'https://yumelog-docs.pages.dev/en/terms.html', // a dream journal's terms on a shared platform
  'https://oldphotorestoration-org.pages.dev/privacy-policy', // a photo-restoration policy on a shared platform
  'https://plantguard-ai-legal.pages.dev/privacy.html', // a plant app's policy on a shared platform
  'https://myink-7yw.pages.dev/terms', // MyInk.ai's terms on a shared platform
  'https://pardonn.pages.dev/blog/parking-ticket-appeal-letter-template.html', // a blog on a shared platform
  'https://starbind-reports-design.pages.dev/faq', // an astrology FAQ on a shared platform
  'https://dream-voice-prod.web.app/terms-en.html', // a dream app's terms on a shared platform
  'https://wackleapps.github.io/tattoogen-ai-legal/terms-of-service', // a tattoo app's terms on a shared platform
  'https://dealerautopilot.polsia.app/privacy', // a dealer assistant on a shared platform
  'https://parrotai.crisp.help/en/article/how-do-i-get-a-refund-1sgxup8/', // a help article on a shared platform
  'https://sites.google.com/view/proposalpri/ana-sayfa', // an app policy on a shared platform
];

const LEFT_OUT = [
  'https://www.dateshotai.com/privacy.html', // a mobile-only app
  'https://omniboxes.net/apps/tarot-ai/privacy-policy', // a studio host
  'https://www.neuralworkshk.com/privacy/tarotflow.html', // a studio host
  'https://apps.viksva.com/garden/growgarden_privacy.html', // a studio host
  'http://ftm-it.com/terms-of-use', // a studio host
  'https://somosuno.jp/interviewmirrorprivacypolicy/', // a studio host
  'https://typesfast.com/terms/carbuyer', // a studio host
  'https://asaptera.com/labs/aidreamjournal/safety', // a studio host
  'https://www.playmakerai.io/privacy', // AI only in the brand
  'https://offersecured.com/privacy', // a policy that does not say AI
  'https://aitravelguide.co/refund-policy', // AI only in the brand
  'https://www.my-zodiac-ai.com/refund', // AI only in the brand
  'https://www.tailoresumeai.com/refund', // AI only in the brand
  'https://weddingspeechgenie.com/refund-policy/', // a page that does not say AI
  'https://vowscript.com/refund', // a page that does not say AI
  'https://dndgen.app/refunds', // a page that does not say AI
  'https://mealmagx.app/terms', // a page that does not say AI
  'https://www.astrov.icu/refund-policy', // a page that does not say AI
  'https://www.tarosight.com/ja/privacy', // a page that does not say AI
  'https://motorvehiclesai.com/privacy', // a car marketplace with voice search
  'https://www.autora.us/blog/how-ai-reduces-returns-arbitration-claims', // a blog that does not say its product is AI
  'https://vetgpt.app/blog/ai-pet-health-care.html', // a blog that does not say its product is AI
  'https://www.vetnote.pl/en/blog/ai-pet-health-guardian', // a blog that does not say its product is AI
  'https://stemsolo.com/acceptable-use', // a policy that never says AI or machine learning
  'https://www.textbuilder.ai/booknova-review-write-your-dream-novel/', // a review of other tools
  'https://myhouseofsongs.com/pages/refund-policy', // AI tools inside human curation
  'https://www.onceuponayou.net/english-refund-policy', // AI illustrations edited by a team
  'https://bazitraces.com/refund', // manual processing
  'https://astro.vedicfeed.com/cancellation-refund', // AI credits beside live consultations
  'https://echoforte.com/refunds', // a mastering service with one AI service
  'https://carveco.com/faq/can-i-get-a-refund-for-my-credit-use', // CAM software, AI one feature
  'https://storytime.mercadias.com/legal/coppa', // placeholders
  'https://stemify.space/copyright', // placeholders
  'https://masteryouraudio.com/en/refund-policy', // placeholders
  'https://int.chiamakalilianeze.com/privacy.html', // placeholders
  'https://staging.gifter.now/privacy', // a staging host
  'https://dating.studio/', // a page without a path
  'https://faithaistack.com/guides/ai-sermon-preparation/', // a guide site, trapped by the c21 localbiz pass
  'https://whodunit.kniberg.com/', // a game seen only in a third-party post
  'https://blog.crisp.se/2023/08/26/henrikkniberg/whodunit-ai-game-development-on-steroids', // a consultancy's blog
];

const NAMESAKES = [
  'https://www.weddingwords.com/', // beside WeddingWords (weddingwords.app)
  'https://www.swipeready.com/', // beside Swipe Ready (swipeready.net)
  'https://www.northcore.com/', // beside Northcore (northcore.app)
  'https://www.stemora.com/', // beside Stemora (stemora.app)
  'https://www.memoryrevive.com/', // beside MemoryRevive (memory-revive.com)
  'https://www.legendraw.de/', // beside LegenDraw (legendraw.com)
  'https://www.carwise.com/', // beside CarWise (carwiseapp.com)
  'https://www.forevermelody.com/', // beside ForeverMelody (forevermelody.co.uk)
  'https://www.tryviago.it/', // beside Tryviago (tryviago.com)
  'https://www.pawify.com/', // beside Pawify AI (pawifyai.com)
  'https://www.luvbyte.com/', // beside Luvbyte (luvbyte.org)
  'https://www.magicwand.com/', // beside Magic Wand AI (magicwandai.com)
  'https://www.fitgenie.com/', // beside FitGenie (fitgenie.fit)
  'https://www.mystorybooks.com/', // beside My Story Books (mystorybooks.co)
  'https://www.tinystarbooks.co.uk/', // beside Tiny Star Books (tinystarbooks.com)
];

const EUROPE = new Set(['weddingwords', 'forevermelody', 'legendraw']);

describe('twenty-fourth-session niche traps', () => {
  it('adds 26 rows, each with one domain and no prefix, three of them in Europe', () => {
    expect(longTailC24NichesTools.length).toBe(26);
    expect(longTailC24NichesTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      longTailC24NichesTools.every((t) => catalogRegion(t.id) === (EUROPE.has(t.id) ? 'europe' : 'global')),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24NichesTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24NichesTools));
    expectEachClassifiedAs({
      'https://www.northcore.app/privacy': 'northcore-recruiting',
      'https://app.tryviago.com/': 'tryviago',
      'https://www.weddingwords.app/en/': 'weddingwords',
      'https://career.technoworks-bots.com/': 'ai-career-intelligence',
    });
  });

  it('leaves general sites, parents, human services, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...PARENTS,
      ...HUMAN_SERVICES,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
