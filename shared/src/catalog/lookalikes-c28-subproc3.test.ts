// Traps beside the rows the twenty-eighth session's third sub-processor pass added
// (data/long-tail-c28-subproc3.ts): the ordinary services those products' lists name beside their model providers
// (review platforms, fulfilment, billing, hosting, public data sources), the bodies next to each kind of tool (customs,
// housing, the bar), pages the pass read and left out (staging, drafts, placeholders, general SaaS with one AI feature,
// developer and shared hosts, status hosts, trackers and guides), and near-namesakes of the new entries. None of them
// may classify; every new host and every page read on it must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Subproc3Tools } from './data/long-tail-c28-subproc3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://business.google.com/', // Google Business Profile, whose reviews OptiReply and ReviewToReport answer
  'https://printify.com/', // the print fulfilment fancy.pet names
  'https://world.openfoodfacts.org/', // the barcode database saviMon names
  'https://open.fda.gov/', // the drug data saviMon names
  'https://www.revenuecat.com/', // subscription billing named in the app lists
  'https://www.paddle.com/', // a merchant of record named in the lists
  'https://resend.com/', // transactional email named in the lists
  'https://render.com/', // hosting named in the lists
  'https://www.hetzner.com/', // hosting named in the lists
  'https://www.cbp.gov/', // US Customs, beside GingerControl
  'https://hts.usitc.gov/', // the tariff schedule GingerControl classifies against
  'https://www.hud.gov/', // US housing department, beside Sublex
  'https://www.nar.realtor/', // the realtors' association, beside the property tools met
  'https://www.americanbar.org/', // the bar association, beside ChronoLaw
];

const LEFT_OUT = [
  'https://app-staging.clmspace.com/docs/security/ai-handling', // a staging host
  'https://trysnapreport.com/subprocessors', // "[[your hosting / server provider]]" placeholders
  'https://api.sum28.com/privacy', // "Effective: [DATE]", a draft pending legal review
  'https://www.myrevly.com/legal/subprocessors', // "[EFFECTIVE DATE]" placeholders
  'https://www.praediuminsights.com/legal/ai-use-disclosure', // a real-estate CRM with one AI assistant
  'https://www.invoicenavigator.eu/legal/ai-processing', // e-invoice validation, AI only in its PDF converter
  'https://mindality.io/privacy-policy', // a mood log whose AI chat is optional
  'https://docs.nps.today/ai/ai-feedback-assistant/', // an AI feature of an NPS survey platform
  'https://support.govocal.com/en/articles/9015305-faq-on-our-ai-sensemaking-tool', // a feature of a participation platform
  'https://help.peopleinsight.co.uk/en/articles/9772428-how-we-process-comments-data-in-surveys', // a survey feature
  'https://cloudtrucks.com/blog-post/automating-rate-confirmation-processing-in-trucking-operations', // a trucking firm's blog
  'https://status.outbound.ustack.ai/dpa', // a status host
  'https://scrupp.com/data-protection', // lead scraping and outreach, not AI
  'https://www.mindawaregroup.com/privacy-policy', // a mood app whose policy does not say AI
];

const SHARED_AND_DEVELOPER_HOSTS = [
  'https://apps.viksva.com/garden/growgarden_privacy.html', // one of a developer's apps
  'https://sites.google.com/view/plantidentifierplantcare/home', // a plant app on Google Sites
  'https://plantguard-ai-legal.pages.dev/privacy.html', // a plant app's policy on a shared host
  'https://gardenmind-345f1.web.app/privacy.html', // a garden app's policy on a shared host
  'https://beat-journal-2ig.pages.dev/subprocessors', // a journal app's list on a shared host
  'https://autoreviewlab.pages.dev/privacy.html', // a review tool on a shared host
  'https://consumer-dividends.pages.dev/legal/listingpro-terms.html', // ListingPro's terms on a shared host
];

const TRACKERS_AND_GUIDES = [
  'https://conductatlas.com/platform/perplexity-ai/perplexity-data-processing-addendum/subprocessor-engagement/', // a tracker
  'https://companyscope.io/vendors/google-gemini', // a compliance research page
  'https://noboiler.com/blog/subprocessor-management', // a legal blog on sub-processors
  'https://kanopylabs.com/blog/how-to-build-an-ai-podcast-editor', // an agency's build guide
  'https://codeables.dev/article/bem-api-quickstart-what-s-the-simplest-rest-example-to-send-a-pdf-and', // a third-party article on bem
];

const NAMESAKES = [
  'https://www.fancy.com/', // a shopping site, beside fancy.pet
  'https://www.ginger.io/', // a mental-health coaching service, beside GingerControl
];

describe('twenty-eighth-session third sub-processor pass: AI products from their own processor pages', () => {
  it('adds 20 rows, two in the europe region', () => {
    expect(longTailC28Subproc3Tools.map((t) => t.id)).toEqual([
      'iteachwise',
      'coachai-tech',
      'fitra360',
      'savimon',
      'kraftsport-coach',
      'mindsle',
      'sherleaf',
      'objekt-ai',
      'neofashion-ai',
      'fancy-pet',
      'fauxto-labs',
      'gemini3proimage-pics',
      'optireply',
      'reviewtoreport',
      'sublex-ai',
      'veriva',
      'chronolaw',
      'gingercontrol',
      'bem-ai',
      'eranova',
    ]);
    expect(catalogRegion('kraftsport-coach')).toBe('europe');
    expect(catalogRegion('reviewtoreport')).toBe('europe');
    expect(catalogRegion('savimon')).toBe('global');
  });

  it('classifies each new host and the page read on it to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Subproc3Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Subproc3Tools));
  });

  it('leaves general sites, left-out pages, shared hosts, trackers and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...LEFT_OUT,
      ...SHARED_AND_DEVELOPER_HOSTS,
      ...TRACKERS_AND_GUIDES,
      ...NAMESAKES,
    ]);
  });
});
