// Traps beside the rows the twenty-fifth session's AI-output clauses pass added (data/long-tail-c25-outputs.ts): the
// ordinary sites next to each kind of AI tool it added (video, store, ad and social platforms, newsletter and music
// services, Bible and church software beside the sermon tools, restaurant and review sites, payment providers,
// marketplaces and publishing, the copyright office and the consumer regulator), the law-firm notes, articles, blogs and
// terms trackers about AI output that the clause-worded queries returned, press-release and content services, the
// shared-platform copies and left-out hosts the pass read, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25OutputsTools } from './data/long-tail-c25-outputs';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.youtube.com/', // the video platform, beside ScriptWritr and the creator tools
  'https://www.shopify.com/', // the store platform, beside ShopIQ and the product-copy tools met
  'https://ads.google.com/', // the ad platform, beside PPCmanager.ai
  'https://www.instagram.com/', // the social network, beside VoxBurst, BrandVoice AI and PostMyStyle.ai
  'https://www.facebook.com/', // the social network, beside BrandVoice AI
  'https://substack.com/', // the newsletter platform, beside the newsletter tools
  'https://www.spotify.com/', // the streaming service, beside ArtistPromoter
  'https://bandcamp.com/', // a music store, beside ArtistPromoter and COSMIC
  'https://distrokid.com/', // a music distributor, beside the musicians' tools
  'https://www.biblegateway.com/', // a Bible site, beside the sermon tools
  'https://www.bible.com/', // a Bible app, beside the sermon tools
  'https://www.planningcenter.com/', // church management software, beside the sermon tools
  'https://www.opentable.com/', // restaurant reservations, beside BarBoost AI
  'https://www.yelp.com/', // local reviews, beside BarBoost AI and PostMyStyle.ai
  'https://www.paddle.com/', // the merchant of record named by BarBoost AI
  'https://stripe.com/', // the payment provider named in most policies read
  'https://www.etsy.com/', // a marketplace, beside the listing tools met
  'https://kdp.amazon.com/', // self-publishing, beside InkMagnet
  'https://www.gutenberg.org/', // a public-domain library, beside the book writers
  'https://www.acefitness.org/', // a fitness certification body, beside Lyrox
  'https://www.copyright.gov/', // the copyright office, cited by every ownership article met
  'https://www.ftc.gov/', // the consumer-protection regulator, cited by the ad-copy articles met
  'https://www.prnewswire.co.uk/resources/articles/disclose-ai-in-press-releases.html', // a newswire's guide, met in the searches
  'https://pressat.co.uk/terms-and-conditions', // a press-release distributor's terms
  'https://prmwire.com/terms-conditions/', // a press-release writing and distribution service
  'https://www.passionforbusiness.com/blog/who-owns-your-ai-generated-content/', // a consultant's blog on AI terms
  'https://legiswiki.com/q/11748/ai-tool-terms-own-part-of-output-created', // a legal Q&A site
  'https://inbusinessphx.com/marketing/the-ai-platform-terms-businesses-cant-afford-to-ignore', // a business magazine
  'https://conductatlas.com/platform/writer/writer-terms-of-service/ai-output-non-exclusivity/', // a terms-of-service tracker
  'https://melodyswright.com/2023/08/08/can-ai-blogs-product-descriptions-and-other-web-content-be-copyrighted/', // a copywriter's blog
  'https://www.wavgroup.com/2023/07/18/using-chatgpt-is-probably-an-mls-violation/', // a real-estate consultancy's article
  'https://activerain.com/blogsview/5929875/what-you-should-never-let-ai-write-in-a-real-estate-listing', // a real-estate community blog
  'https://www.ratgeberrecht.eu/aktuell/urheberrecht-an-ki-texten/', // a law firm's article (German)
  'https://www.lawderis.com/pourquoi-faut-il-lire-les-terms-of-services-des-outils-ia-que-vous-choisissez/', // a law firm's article (French)
  'https://www.managingip.com/article/2bsbva5rzah1rm3dkbt34/expert-analysis/local-insights/generative-ai-considerations-for-brand-creators-and-owners', // an IP journal
  'https://jurislawgroup.com/?p=6446', // a law firm's article
  'https://dealershipattorney.com/ai-in-dealership-operations-legal-risks-and-compliance-strategies-for-2025/', // a law firm's article
  'https://modernpracticesolutions.com/?p=3898', // a dental consultancy's article
  'https://www.authormedia.com/book-promotion-in-2025-how-ai-gives-authors-more-time-to-write/', // an author-marketing blog
  'https://ladiesofmystery.com/2023/04/27/12236/', // an authors' blog
];

const SHARED_PLATFORMS = [
  'https://clipstudiosai.pages.dev/terms', // terms of a video tool on a shared platform
  'https://ai-email-writer-dzv.pages.dev/privacy/', // an email writer's policy on a shared platform
  'https://sitegen-app.pages.dev/privacy.html', // a site builder's policy on a shared platform
  'https://website-brandsnag.pages.dev/blog/ai-named-your-startup-uspto-rejected-it/', // a naming blog on a shared platform
  'https://shipup-sprite-sheet-maker.pages.dev/privacy/', // a logo-generator policy on a shared platform
  'https://photocaptions-d1690.web.app/privacy-policy.html', // a caption app's policy on a shared platform
  'https://antorai-tools.netlify.app/tools/image_caption/privacy', // an in-browser caption tool on a shared platform
  'https://eugder.github.io/ai-for-ebay-seller-pages/privacy.html', // an eBay extension's policy on a shared platform
  'https://molhamalfa.github.io/coachy-legal/privacy.html', // a fitness app's policy on a shared platform
  'https://spotcircuit.github.io/clarity-wiki-site/apps/ai-content-pipeline', // a developer wiki on a shared platform
  'https://sites.google.com/view/caption-it-tos/caption-it-ai-photo-captions-tos', // an app's terms on Google Sites
];

const LEFT_OUT = [
  'https://www.textbroker.de/extended-terms-clients', // a content agency's terms for its AI order type (as before)
  'https://www.universalads.com/creative-tools-terms', // an ad network's creative-tools terms
  'https://release.media/pr/empowering-digital-agencies-and-internet-professionals-with-comprehensive-press-release-distribution-solutions/release.media', // press-release distribution
  'https://vsl-studio.com/eng/terms-of-service', // a video-sales-letter production service
  'https://stevenhovater.com/sermon-scrubber-privacy', // an app policy on a personal host
  'https://subscription.codespeedy.com/post/privacy-policy-for-youtube-to-wordpress-ghost-video-to-blog-EYC83RDK8UKDSCSU', // an extension policy on a coding blog's store
];

const NAMESAKES = [
  'https://burst.shopify.com/', // free stock photos, beside VoxBurst
  'https://www.wired.com/', // a magazine, beside Harkwire
];

describe('twenty-fifth-session AI-output clauses traps', () => {
  it('adds 24 rows, each with one domain and no prefix, global but for two', () => {
    expect(longTailC25OutputsTools.length).toBe(24);
    expect(longTailC25OutputsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regional = Object.fromEntries(
      longTailC25OutputsTools
        .filter((t) => catalogRegion(t.id) !== 'global')
        .map((t) => [t.id, catalogRegion(t.id)]),
    );
    expect(regional).toEqual({ 'newsbriefly-ai': 'india', 'fotos-de-mi-producto': 'latam' });
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25OutputsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25OutputsTools));
    expectEachClassifiedAs({
      'https://app.voxburst.io/': 'voxburst',
      'https://www.voxburst.io/': 'voxburst',
      'https://www.authors-voice.com/privacy': 'authors-voice',
      'https://app.inkmagnet.com/': 'inkmagnet',
      'https://sermonai.app/': 'sermon-ai-app',
      'https://app.sermonwright.com/': 'sermonwright',
      'https://www.fotodemiproducto.com/': 'fotos-de-mi-producto',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
