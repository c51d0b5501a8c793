// Traps beside the rows the twenty-fourth session's fourth image pass added (data/long-tail-c24-image4.ts): the ordinary
// sites next to each kind of AI image tool it added (interior, architecture and paint sites, passport offices, anime
// and children's-book sites, colouring pages, photographers' galleries and culling software, car marketplaces, 3D
// model libraries, chat and music services), the parent of the claimed subdomain, human services the searches
// returned, the shared-platform copies, app-store-only apps, adult services, guides and other left-out hosts the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its
// own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24Image4Tools } from './data/long-tail-c24-image4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.houzz.com/', // a home-design site, beside the facade and interior redesign tools
  'https://www.archdaily.com/', // an architecture magazine, beside the architectural rendering studio
  'https://www.sherwin-williams.com/', // a paint maker, beside the facade redesign tool
  'https://travel.state.gov/content/travel/en/passports.html', // a passport office, beside the ID photo generator
  'https://www.gov.uk/photos-for-passports', // passport photo rules, beside the ID photo generator
  'https://myanimelist.net/', // an anime database, beside the anime-art generators
  'https://www.crunchyroll.com/', // an anime streaming site, beside the anime-art generators
  'https://www.scholastic.com/', // a children's publisher, beside the AI picture books
  'https://www.supercoloring.com/', // printable colouring pages, beside the AI colouring-page generator
  'https://www.crayola.com/', // a crayon maker with free colouring pages, beside the AI colouring-page generator
  'https://pixieset.com/', // client galleries for photographers, beside the AI culling tools
  'https://www.photomechanic.net/', // culling software without AI, beside the AI culling tools
  'https://www.autotrader.com/', // a car marketplace, beside the dealership photo tools
  'https://www.cars.com/', // a car marketplace, beside the dealership photo tools
  'https://www.thingiverse.com/', // a 3D model library, beside the image-to-3D tool
  'https://sketchfab.com/', // a 3D model platform, beside the image-to-3D tool
  'https://www.etsy.com/', // a marketplace for paper textures and patterns, beside the texture generator
  'https://www.spotify.com/', // a music service, beside the AI music generator
  'https://www.stocklib.es/licencia-imegenes-ai.html', // a stock-photo agency's AI-image licence, one feature
  'https://smarterphoto.gallery/help/features/ai-photo-culling', // client galleries with AI culling as a Pro feature
  'https://zakeke.zendesk.com/hc/en-us/articles/24190036352924-AI-Design-Generator', // a product customiser's AI tool
  'https://www.printitmyway.com/blog/pod-designer-ai-image-generation-shopify', // a print-on-demand app's blog
  'https://www.spreadshirt.co.uk/blog/2024/06/07/ai-and-designs-dos-donts/', // a print-on-demand shop's blog
  'https://greeting-e-cards.com/blog/how-our-e-cards-are-born-a-journey-with-an-ai-that-can-read-images', // an e-card site
  'https://info.mewpot.com/image/license', // a stock music and image site's AI-image licence
];

const PARENTS = [
  'https://letsmakestories.com/', // the parent of Story Weaver Studio's claimed app. subdomain, not read
  'https://www.letsmakestories.com/', // the parent of Story Weaver Studio's claimed app. subdomain, not read
];

const HUMAN_SERVICES = [
  'https://en.antinteriordevelopment.com/refund-policy', // human interior designers
  'https://www.cathysunu.com/new-page/', // a photographer's commissioned digital portraits
];

const SHARED_PLATFORMS = [
  'https://wackleapps.github.io/tattoogen-ai-legal/terms-of-service', // TattooGen AI's terms on a shared platform
  'https://myink-7yw.pages.dev/terms', // MyInk.ai's terms on a shared platform
  'https://ghliblify-dashboard.vercel.app/privacy-policy', // Studio Anime's policy on a shared platform
  'https://shiyongshuomingexterior.pages.dev/', // an exterior-design app's manual on a shared platform
  'https://ai-svg-icon-gen.vercel.app/terms', // an icon generator on a shared platform
  'https://privacy-nailart.vercel.app/', // a nail-art app's policy on a shared platform
  'https://sital-ai-try-on.vercel.app/tr/kullanim-sartlari', // a try-on app's terms on a shared platform
  'https://xicon-web.vercel.app/terms', // a content generator's terms on a shared platform
  'https://bluequbits.vercel.app/writing/ai-manga-translator', // a personal write-up on a shared platform
  'https://lyven81.github.io/ai-project/unusual-coloring-book.html', // a portfolio project on a shared platform
  'https://sites.google.com/view/hairstyletryonhaircut-privacy?usp=sharing', // an app policy on a shared platform
  'https://sites.google.com/view/deepface/terms-conditions', // an app's terms on a shared platform
  'https://dev.to/daniyal_khan_fd094511e963/introducing-the-picverce-ai-public-api-for-image-tools-and-generation-models-33eh', // a post on a shared platform
  'https://medium.com/@winkletter/the-flood-of-ai-coloring-books-2fe720667cfe', // a post on a shared platform
];

const LEFT_OUT = [
  'https://nudify.it/es/use-policy', // an undressing service
  'https://slygen.ai/ru/acceptable-use', // an adult generator
  'https://dejanu.app/en/terms-of-use', // an undressing service
  'https://logico.thematrixapp.com/terms', // an app-store-only logo app (as earlier passes decided)
  'https://passportphotoid.com/privacy-policy', // an app-store-only passport photo app
  'https://photoforpassport.app/privacy/', // an app-store-only passport photo app
  'https://ornatai1.com/contract/UserAgreement.html', // an app-store-only jewellery try-on app
  'http://ftm-it.com/terms-of-use', // an app maker's company site
  'https://www.easytech-agency.net/privacy/ai-nail-design', // an agency's app policy
  'https://www.customemoji.com/terms-of-service', // an emoji collection with an AI bot
  'https://appicongenerator.org/ar/acceptable-use', // AI features of an icon tool
  'https://xportrait.ai/fr/blog/how-ai-headshots-work', // a guide that does not describe its own product
  'https://www.portraitphoto.ai/how-do-ai-headshot-generators-work.html', // a guide
  'https://www.archigpt.ai/blogs/sketch-to-render-ai-1', // a guide
  'https://archgee.com/blog/ai-sketch-to-render', // a guide
  'https://archmaster.app/blog/ai-design/sketch-to-render-ai-architects', // a guide
  'https://www.optimaimage.com/blog/ai-house-design-generator', // a guide
  'https://patternweaver.ai/blog/commercial-license-ai-patterns', // a guide
  'https://www.property-glow.com/es/blog/interior-ai-para-inmobiliaria', // a guide
  'https://www.moldaspace.com/es/blog/interior-design-rendering', // a guide
  'https://www.drawstory.ai/blog/ai-comic-maker-how-to-create-comic-book', // a guide
  'https://pxz.ai/it/blog/is-ai-image-generator-safe', // a guide
  'https://www.stytrix.com/glossary/generative-ai', // a glossary
  'https://www.caimera.ai/blogs/ai-generated-fashion-imagery-your-complete-legal-and-ethical-guide', // a legal guide
  'https://booktranslator.ai/blog/ai-image-translator', // a guide
  'https://www.girardai.com/blog/ai-fashion-design-generation', // a guide
  'https://www.decodem.ai/post/autonomous-fashion-trends-with-stable-diffusion', // an essay
  'https://genaiwear.com/faqs', // an FAQ that does not say AI
  'https://12icon.com/license', // a licence that does not say AI
  'https://theappiconfactory.com/privacy', // "a third-party generation service"
  'https://www.passportsize.in/privacy_policies', // a policy that does not say the product is AI
  'https://www.coloringbus.com/docs', // API docs that do not say generation is AI
  'https://secondstream.co/generation-terms', // generation terms of an unnamed platform
  'https://test.web.picturepicker.com/vi/terms', // a test host (as the sixteenth session decided)
  'https://labs.simplyscapes.com/ideas/generative-ai-chat-interface', // draft research notes
  'https://atlantidacore.com/face-swap', // a company site's app disclaimer
  'https://www.passportphotomaker.sbs/privacy', // an odd host
  'https://visual-foundry.com/tr/wp-json/wp/v2/product/14767', // a WordPress JSON record
  'https://www.happycolorz.de/?p=7408', // a `?p=` page
  'https://www.gazai.ai/blog/?p=742', // a `?p=` page
  'https://www.koushith.in/blog/how-i-built-roomcraftAI', // a personal blog
];

const NAMESAKES = [
  'https://www.narrative.com/', // beside Narrative (narrative.so)
  'https://www.hiflux.com/', // beside HiFlux AI (hiflux.ai)
  'https://www.neolemon.ai/', // beside Neolemon (neolemon.com)
  'https://www.storygenius.com/', // beside StoryGenius (storygenius.me)
  'https://www.framearto.ai/', // beside FrameArto (framearto.com)
  'https://www.colornest.com/', // beside ColorNest (colornest.ai)
  'https://www.carbg.com/', // beside CarBG (carbackground.ai)
  'https://www.globalgpt.com/', // beside GlobalGPT (glbgpt.com)
  'https://www.musicai.com/', // beside MusicAI.ai (musicai.ai)
  'https://www.pixextender.ai/', // beside PixExtender (pixextender.com)
  'https://www.papertexture.com/', // beside PaperTexture.io (papertexture.io)
  'https://www.threedimensions.com/', // beside threedimensions (threedimensions.studio)
  'https://www.sillyscribe.com/', // beside Silly Scribe (sillyscribe.app)
  'https://www.instantheadshot.com/', // beside InstantHeadshot.ai (instantheadshot.ai)
];

describe('twenty-fourth-session fourth image pass traps', () => {
  it('adds 24 rows with no prefix, one of them with two domains, all in the global region', () => {
    expect(longTailC24Image4Tools.length).toBe(24);
    expect(longTailC24Image4Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(longTailC24Image4Tools.filter((t) => t.domains.length !== 1).map((t) => t.id)).toEqual([
      'hiflux-ai',
    ]);
    expect(longTailC24Image4Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24Image4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24Image4Tools));
    expectEachClassifiedAs({
      'https://www.hiflux.ai/': 'hiflux-ai',
      'https://www.carbackground.ai/': 'carbg',
      'https://glbgpt.com/': 'globalgpt',
      'https://app.letsmakestories.com/': 'story-weaver-studio',
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
