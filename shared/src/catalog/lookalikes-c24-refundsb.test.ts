// Traps beside the rows the twenty-fourth session's refund-wording pass B added (data/long-tail-c24-refundsb.ts): the
// ordinary sites next to each kind of AI tool it added (voice-actor marketplaces and audiobooks, music streaming and
// stores, podcast hosting, logo and design marketplaces, print-on-demand and craft shops, photo sharing and printing,
// 3D-model libraries and printing sites, furniture and home-design sites, architecture media and CAD software, slide
// templates, website builders and hosting, game-asset stores), the parent of Cadbull's claimed subdomain, the
// shared-platform copies and left-out hosts the pass read, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24RefundsbTools } from './data/long-tail-c24-refundsb';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.voices.com/', // a voice-actor marketplace, beside the AI voice tools
  'https://www.voice123.com/', // a voice-actor marketplace met in the searches
  'https://www.audible.com/', // audiobooks, beside the text-to-speech tools
  'https://bandcamp.com/', // a music store, beside the song generators
  'https://soundcloud.com/', // music streaming, beside the AI cover and song tools
  'https://www.buzzsprout.com/', // podcast hosting, beside the podcast tools
  'https://podcasts.apple.com/', // a podcast directory, beside the podcast tools
  'https://99designs.com/', // a human logo-design marketplace, beside the logo generators
  'https://www.teepublic.com/', // print-on-demand shirts, beside the design generators
  'https://www.etsy.com/', // a craft marketplace, beside the pottery mockups
  'https://www.flickr.com/', // photo sharing, beside the photo tools
  'https://www.snapfish.com/', // photo printing, beside the photo enhancers
  'https://www.thingiverse.com/', // a 3D-printing model library, beside the 3D generators
  'https://www.printables.com/', // a 3D-printing model library, beside the 3D generators
  'https://www.cgtrader.com/', // a 3D-model store, beside the 3D generators
  'https://www.houzz.com/', // home design and remodelling, beside the interior tools
  'https://www.ikea.com/', // furniture, beside the interior tools
  'https://www.archdaily.com/', // architecture media, beside the architectural renderers
  'https://www.dezeen.com/', // architecture and design media, beside the architectural renderers
  'https://www.autodesk.com/products/autocad/overview', // CAD software, beside the architectural renderers
  'https://www.slidescarnival.com/', // free slide templates, beside the slide generator
  'https://www.squarespace.com/', // a website builder, beside the AI site builder
  'https://www.godaddy.com/', // domains and hosting, beside the AI site builder
  'https://itch.io/', // an indie game store, beside the game-asset tools met in the searches
  'https://opengameart.org/', // a free game-asset library, beside the game-asset tools met in the searches
  'http://www.pixel-masters.com/services_credit.php', // a render farm billed in render credits, not AI
];

const PARENTS = [
  'https://cadbull.com/', // the CAD-drawing library under whose ai. subdomain the renderer lives
  'https://www.cadbull.com/', // the same
];

const SHARED_PLATFORMS = [
  'https://text-to-song.pages.dev/en/refund', // a song generator's policy on a shared platform
  'https://newweb-bwt.pages.dev/refund.html', // 87sonicace.com's policy on a shared platform
  'https://ai-image-to-video-generator.pages.dev/fr/refund-policy', // a policy on a shared platform
  'https://aivideotranslator.pages.dev/legal/refund', // a draft policy on a shared platform
  'https://avatarify.vercel.app/Refund', // an avatar generator's policy on a shared platform
  'https://parrotai.crisp.help/en/article/how-do-i-get-a-refund-1sgxup8/', // a help centre on a shared platform
  'https://remini.zendesk.com/hc/en-us/articles/17654244190609', // a help centre on a shared platform
  'https://sites.google.com/view/deepface/terms-conditions', // a face-swap app's terms on a shared platform
  'https://sites.google.com/view/termsfaceeeold/home', // a face-swap app's terms on a shared platform
];

const LEFT_OUT = [
  'https://clonevoiceapp.site/refund.html', // a refund policy that does not say AI
  'https://texttospeechvideomaker.com/refundterms', // a refund policy that does not say AI
  'https://faceswap.tech/refund-policy', // a refund policy that does not say AI
  'https://ultrafaceswap.com/refund-policy', // a refund policy that does not say AI
  'https://face-swapping.com/refund-policy', // a refund policy that does not say AI
  'https://www.face-swaps.com/termsofuse', // terms that do not say AI
  'https://interiordesigncenter.ai/refund-policy', // AI only in the product name
  'https://www.interiorgpt.ai/refund-policy', // AI only in the brand
  'https://www.ai3dgen.com/en/legal/refund', // AI only in the brand
  'https://image-to-cartoons.cc/refund-policy', // a refund policy that does not say AI
  'https://www.makeimageclearer.com/refund-policy', // a refund policy that does not say AI
  'https://www.soulmate3d.com/refund.html', // a refund policy that does not say AI
  'https://we0.ai/en/terms-of-service', // terms that do not say AI
  'https://picmorph.ai/es/legal/refund-policy', // AI only in the brand
  'https://www.vividoc.ai/refund-policy', // AI costs, but not what the product does (a lead)
  'https://modulrift.com/legal/refunds', // model runs, but not what the product does
  'https://sitesezy.in/refund-policy', // AI credits, but not what the product does
  'https://logotee.top/refund.html', // AI-generated design files; a lead
  'https://imagetostl.pro/zh/refund-policy', // support@your-domain.com
  'https://learnwithpodcast.com/refunds.html', // {{DATE}} placeholders
  'https://wonderfulfantasy.com/refund', // [Your Site Name] placeholders
  'https://webbuilder.d3e.studio/refund', // "product-policy drafts"
  'https://buttonai.co/refund', // a beta note
  'https://ai-prompt-master.com/refund-policy', // pre-launch notes
  'https://support.subbly.co/troubleshooting/cancelling-your-ai-website-builder', // commerce platform, AI one add-on
  'https://loopple.com/refund-policy', // a dashboard builder with AI credits
  'https://www.dsaistudio.com/terms', // restaurant website templates, AI one element
  'https://www.aibuildrs.com/refund-policy', // a web agency
  'https://webshake.ai/terms-conditions/', // a web agency
  'https://podcastcolor.com/terms/refunds/', // podcast design and editing services
  'https://echoforte.com/refunds', // mastering and mixing services
  'https://sonarisaudio-services.com/pages/refund-policy', // audio services
  'https://rackfx.com/refund-policy', // hardware audio processing
  'https://alibimusic.com/refund-policy', // a music library
  'https://tpillars.co/terms.html', // a studio's site
  'https://atlantidacore.com/face-swap', // a developer's site
  'https://docs.isquaredmarketing.com/billing-and-legal/refund-policy', // marketing automation
  'https://web.fanxinnet.cn/refund', // a policy that names another host
  'https://www.almvoixoff.com/pourquoi-la-voix-ia-coute-souvent-plus-cher', // a voice actor's article
  'https://onigc.fr/technologie-de-clonage-vocal', // an article
  'https://www.lebigdata.fr/ma-femme-a-adore-ma-voix-en-ia-plus-que-ma-propre-voix', // news
  'https://sonygamers.com/licensing-legalities-for-using-ai-generated-art-in-commercial-indie-games/', // an article
  'https://www.chusmeando.com/decoracion-del-hogar/como-sacarle-jugo-a-la-ia-para-disenar-tu-casa-sin-pagar-un-euro', // a blog
  'https://www.kippel01.com/tecnologia/inteligencia-artificial-democratiza-diseno-interiores-permitir-visualizaciones-virtuales-reformas-hogar', // news
  'https://www.metro.pr/tecnologia/2025/07/02/redecora-tu-casa-con-ia-y-dejate-de-dramas-tu-hogar-version-2077', // news
  'https://reasonthread.com/es/articles/diseno-de-interiores-con-inteligencia-artificial', // an article
  'https://www.mdzol.com/estilo/como-la-inteligencia-artificial-ia-cambio-el-diseno-interiores-n1328978', // news
  'https://www.diariotecnologia.es/posts/son-tiles-las-apps-de-inteligencia-artificial-sobre-decoracin-tres-expertos-responden', // news
  'https://help.stlflix.com/en/articles/12013917-stl-ai-platform-terms-of-use', // a model marketplace's help centre
];

const NAMESAKES = [
  'https://www.volex.com/', // a cable maker, beside Volexi (volexi.com)
  'https://www.vocalize.com/', // beside Vocalize.fm
  'https://www.sitefast.com/', // beside SiteFast (sitefast.ai)
  'https://www.logosmith.com/', // beside LogoSmith (logosmith.pro)
  'https://www.nanologo.com/', // beside NanoLogos (nanologos.com)
  'https://www.podextra.com/', // beside PodExtra (podextra.ai)
  'https://www.monocast.com/', // beside Monocasts (monocasts.com)
  'https://www.photoo.com/', // beside Photoo.AI (photoo.ai)
  'https://www.videoweb.com/', // beside videoweb.ai
  'https://www.helle.com/', // beside Helle AI (helle.ai)
  'https://www.homedesign.com/', // beside HomeDesignAI (homedesignai.shop)
  'https://aihomedesigner.com/', // the support address HomeDesignAI's policy names, not read
  'https://www.upshot.com/', // beside Upshot (upshot-it.com)
  'https://www.archscene.net/', // beside ArchScene (archscene.com)
  'https://www.pelican.com/', // beside Pelicad (pelicad.com)
  'https://www.clayd.com/', // the .com of Clayd's name, not read
  'https://www.goodavatar.com/', // beside GoodAvatar (goodavatar.dev)
  'https://www.probe.com/', // beside Probface (probface.com)
];

describe('twenty-fourth-session refund-wording pass B traps', () => {
  it('adds 33 rows, each with one domain and no prefix, in the global region', () => {
    expect(longTailC24RefundsbTools.length).toBe(33);
    expect(longTailC24RefundsbTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC24RefundsbTools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24RefundsbTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24RefundsbTools));
    expectEachClassifiedAs({
      'https://www.aivoiceglobal.com/': 'ai-voice-global',
      'https://www.podextra.ai/': 'podextra',
      'https://ai.cadbull.com/': 'cadbull-ai-render',
      'https://upscale.opendreamnet.com/': 'opendream-upscale',
      'https://www.nanologos.com/': 'nanologos',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
