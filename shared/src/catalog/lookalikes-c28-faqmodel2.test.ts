// Traps beside the rows the twenty-eighth session's `faqmodel2` pass added (data/long-tail-c28-faqmodel2.ts), found
// through vendors' help-centre and FAQ answers to "which AI model do you use?", "is my data used to train the AI?", "how
// accurate is the AI?" and "how many AI credits…?": the ordinary sites next to each kind of AI tool it added (property
// portals and the realtors' body, a marketplace, a CRM and the review platform, a podcast host, the solicitors'
// regulator, a graphing calculator, a children's reading charity), general products where AI is one feature, guides,
// news and content farms, shared-platform copies, draft pages and names close to the new entries. None of them may
// classify; every new host must reach its own entry.
// Merge: cefrtales.com's child-safety page (a draft) is not trapped: the host is likely an AI product the pass could
// not confirm, so a later pass may list it.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Faqmodel2Tools } from './data/long-tail-c28-faqmodel2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.zillow.com/', // a property portal, beside ListingAI
  'https://www.realtor.com/', // a property portal, beside ListingAI
  'https://www.nar.realtor/', // the realtors' association, beside ListingAI's virtual staging
  'https://www.etsy.com/', // the marketplace, beside ListerPilot
  'https://www.pipedrive.com/', // the CRM OutSales reads deals from
  'https://www.trustpilot.com/', // a review platform, beside Yerly
  'https://www.buzzsprout.com/', // a podcast host, beside GeraCast
  'https://www.sra.org.uk/', // the solicitors' regulator, beside Alingo
  'https://www.desmos.com/', // a graphing calculator, beside AI-Math
  'https://www.booktrust.org.uk/', // a children's reading charity, beside Primary Story and TaleTykes
];

const LEFT_OUT = [
  'https://help.arcstudiopro.com/guides/ai-faq', // screenwriting software whose AI features are opt-in
  'https://vantacrm.com/blog/how-ai-follow-up-drafts-actually-work', // a CRM's follow-up drafts (as c18 decided)
  'https://platform.reuzio.com/docs/ai-assistant', // a CRM platform's copilot, one module among many
  'http://backend.baitaservices.com/web/home/privacy-policy', // a CRM's backend host
  'https://desktopclient.icewarp.com/ai', // eM Client's AI reply feature, on IceWarp's host
  'https://support.duda.co/hc/en-us/articles/39632344103063-AI-Credits', // a website builder's AI credits
  'https://docs.contentstudio.io/article/878-generate-caption', // social-media management with an AI caption feature
  'https://www.mobititle.com/guides/ai-translate', // a surtitle editor with an AI translate option
  'https://www.closedcaptioncreator.com/docs/ai-tools/automatic-translation', // captioning software with MT
  'https://www.viallo.app/blog/ai-photo-editor-privacy', // a photo-sharing platform that runs no AI
];

const GUIDES_AND_NEWS = [
  'https://themakers.store/when-ai-gets-it-wrong-a-maker-s-guide-to-verifying-ai-genera', // a makers' guide
  'https://llcommerce.co.uk/articles/ai-content-quality-problem', // a commerce publication
  'https://www.partsadvisory.com/insights-archive/the-great-catalog-collapse', // an auto-parts advisory essay
  'https://visualfoodie.com/the-privacy-risks-of-an-ai-picture-editor', // a content farm
  'https://winenfood.com/explaining-how-a-trip-planner-ai-functions', // a content farm
  'https://eatsip365.com/understanding-how-an-ai-powerpoint-generator-works', // a content farm
  'https://www.reference.com/business-finance/ai-homework-tools-accuracy-policy-study-workflows', // a reference site
  'https://samples.technavio.com/ai-for-writing-performance-reviews', // a market-research sample page
  'https://www.explore.com/1303517/what-is-ai-travel-planning/', // a travel magazine
  'https://gigazine.net/gsc_news/en/20260623-generative-ai-impossible-homes/', // news on AI listing photos
  'https://theeverygirl.com/ways-people-use-ai-on-dating-apps/', // a lifestyle magazine
  'https://www.njstatelib.org/using-ai-in-genealogy-program-recap/', // a state library's talk recap
  'https://pressbooks.bccampus.ca/socialmedia/chapter/13-writing-with-ai/', // an open textbook
  'https://www.rocketfive.design/news-insights/your-ai-logo-does-the-job-but-who-owns-it', // a design agency
  'https://trea.com/information/llm-integrations-with-spreadsheet-environments/patentapplication/622405dd-3b67-4b78-a307-6427e2f704b2', // a patent
];

const SHARED_PLATFORMS = [
  'https://nemos-landing.pages.dev/blog/private-ai-note-taking-on-device', // a note app's blog copy
  'https://propaifyastroblog.pages.dev/docs/credits-system', // an image tool's docs copy
  'https://catscribe-translate-app.pages.dev/docs/features/translation-engines/', // a translation app's docs
  'https://pfcopy-site.pages.dev/help/getting-started-with-credits', // a content tool's help copy
  'https://symphonycore-docs.pages.dev/synced/operations/sops/ghl-ai-review-response-sop', // an agency's SOP
  'https://mtc-design-library-review.pages.dev/requirements/agents.html', // a trainer platform's requirements
  'https://privacypolicy-notegptainote.blogspot.com/', // a mobile app's policy on Blogspot
];

const NAMESAKES = [
  'https://www.ephe.psl.eu/', // the École pratique des hautes études, beside Éphé (ephe.art)
  'https://www.outsales.com/', // a namesake .com, not read, beside OutSales (outsales.ai)
  'https://bittystudio.com/', // the studio whose ledger subdomain was left as a lead
];

describe('twenty-eighth-session faqmodel2 traps', () => {
  it('adds 13 rows, each with one domain and no prefix, two in the europe region', () => {
    expect(longTailC28Faqmodel2Tools.map((t) => t.id)).toEqual([
      'listingai-co',
      'listerpilot',
      'outsales-ai',
      'yerly-ai',
      'ephe-art',
      'authorevo',
      'geracast',
      'alingo-ai',
      'ai-math-ai',
      'primary-story',
      'taletykes',
      'journail',
      'yewmark',
    ]);
    expect(longTailC28Faqmodel2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('journail')).toBe('europe');
    expect(catalogRegion('primary-story')).toBe('europe');
    expect(catalogRegion('outsales-ai')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Faqmodel2Tools), { api: true });
  });

  it('classifies the pages the rows cite, on the claimed hosts and their help subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Faqmodel2Tools));
    expectEachClassifiedAs({
      'https://ephe.art/': 'ephe-art',
      'https://outsales.ai/': 'outsales-ai',
      'https://alingo.ai/': 'alingo-ai',
      'https://www.authorevo.com/': 'authorevo',
      'https://ai-math.top/': 'ai-math', // the other AI Math stays on its own entry
    });
  });

  it('leaves general sites, left-out hosts, guides, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...LEFT_OUT,
      ...GUIDES_AND_NEWS,
      ...SHARED_PLATFORMS,
      ...NAMESAKES,
    ]);
  });
});
