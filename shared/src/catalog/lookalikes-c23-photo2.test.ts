// Traps beside the rows the twenty-third session's second photo pass added (data/long-tail-c23-photo2.ts): the ordinary
// sites next to each kind of AI image tool it added (photo editors and galleries, sticker, meme and colouring sites,
// pet shops, toy makers, beauty shops, food delivery, manga and game-art sites, memorial and genealogy sites, a
// print shop), the parents of the two claimed subdomains, the shared-platform copies and the left-out hosts the pass
// read, and look-alike shapes of the new hosts. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Photo2Tools } from './data/long-tail-c23-photo2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.gimp.org/', // a photo editor, beside the AI image editors and watermark removers
  'https://www.flickr.com/', // a photo-sharing site, beside the restorers and upscalers
  'https://www.ancestry.com/', // a genealogy site, beside the old-photo restorer and memorial photos
  'https://www.legacy.com/', // an obituary site, beside the AI memorial photos
  'https://www.findagrave.com/', // a memorial site, beside the AI memorial photos
  'https://www.crayola.com/', // a crayon maker's colouring pages, beside the AI colouring-page generators
  'https://www.supercoloring.com/', // printable colouring pages, beside the AI colouring-page generators
  'https://www.stickermule.com/', // a sticker printer, beside the AI sticker makers
  'https://telegram.org/', // a messenger, beside the Telegram sticker generator
  'https://knowyourmeme.com/', // a meme encyclopaedia, beside the AI meme generator
  'https://www.chewy.com/', // a pet shop, beside the AI pet portraits
  'https://www.petsmart.com/', // a pet shop, beside the AI pet portraits
  'https://www.hasbro.com/', // a toy maker, beside the AI action-figure renders
  'https://www.lego.com/', // a toy maker, beside the AI minifigure renders
  'https://www.saatchiart.com/', // an art marketplace, beside the photo-to-painting service
  'https://www.doordash.com/', // a food-delivery marketplace, beside the AI menu photos
  'https://mangadex.org/', // a manga reader, beside the AI manga generator
  'https://itch.io/', // an indie game store, beside the AI sprite generators
  'https://www.aseprite.org/', // a pixel-art editor, beside the AI sprite generators
  'https://www.sephora.com/', // a beauty shop, beside the AI makeup and styling previews
  'https://www.ulta.com/', // a beauty shop, beside the AI makeup and styling previews
  'https://www.redbubble.com/', // a print-on-demand shop, beside the AI stickers and caricatures
  'https://cushlabs.ai/', // the parent of Unwatermark's claimed subdomain
  'https://www.cushlabs.ai/', // the parent of Unwatermark's claimed subdomain
  'https://aped.wtf/', // the parent of the APED profile-picture tool's claimed subdomain
  'https://www.aped.wtf/', // the parent of the APED profile-picture tool's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://restmemo-web.pages.dev/terms', // a policy or page on a shared platform
  'https://bgcut.pages.dev/terms', // a policy or page on a shared platform
  'https://tryon-9z6.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://styleforme.pages.dev/legal/ai-disclosure', // a policy or page on a shared platform
  'https://museface-legal.pages.dev/en/terms', // a policy or page on a shared platform
  'https://absolute-two-face.pages.dev/privacy', // a policy or page on a shared platform
  'https://knowledge-base-9t4.pages.dev/PRD/AI_Generated_Image_20250909171927', // a policy or page on a shared platform
  'https://diyphotographysc.pages.dev/posts/the-first-ai-food-photo-generator-has-launched-for-restaurant-menus-should-food-photographers-be-worried-', // a page on a shared platform
  'https://memoji-lake.vercel.app/', // a policy or page on a shared platform
  'https://ssamgr.github.io/privacy-policy-ai-photo-to-art.html', // a policy or page on a shared platform
  'https://tarantaranta.github.io/app-legal-pages/privacy_policy_memepilot.html', // a policy or page on a shared platform
  'https://sticky-privacy-legal.web.app/', // a policy or page on a shared platform
  'https://julianbeck.notion.site/Privacy-Policy-for-UNTAG-1c596d29972e800caed7f4e74fbfbd99', // a policy or page on a shared platform
  'https://sites.google.com/view/alpordcupriv/ana-sayfa', // a policy or page on a shared platform
  'https://sites.google.com/view/ai-mock-studio/home', // a policy or page on a shared platform
  'https://bigthiago.blogspot.com/2025/11/guia-etico-criacoes-digitais.html', // a page on a shared platform
];

const LEFT_OUT = [
  'https://coloringsheetai.com/privacy-policy', // a policy that calls itself an implementation draft
  'https://www.gptimage-2.run/privacy-policy', // a working draft for a public preview
  'https://gptimage2ai.online/legal/privacy-policy', // a policy still to be finalised by counsel
  'https://www.colorpages.app/privacy', // a policy that does not say the product uses AI
  'https://drawvee.com/privacy-policy/', // a policy that does not say the product uses AI
  'https://www.createacaricatureofme.com/refund-policy', // a refund policy that does not say AI
  'https://bananapie.ai/legal/refunds', // a refund policy that does not say AI
  'https://www.banananano.me/terms-of-service', // terms that do not say AI
  'https://imagetosketch.org/privacy', // a policy that does not say the product uses AI
  'https://www.photoai.cloud/pages/privacy.html', // AI only in the brand name
  'https://aiwatermark.com/privacy.html', // a watermarking service that does not say AI
  'https://gptwatermarker.com/privacy-policy', // a policy that does not say the product uses AI
  'https://aiwatermarkremover.in/hi/blog/watermark-removal-privacy-what-happens-to-your-images', // a generic blog post
  'https://toolforpet.com/guides/ai-pet-portrait-privacy-and-consent/', // a guide, not the product's own page
  'https://photocardmagic.com/guides/complete-guide-to-photo-to-painting', // a guide, not the product's own page
  'https://lovedonephoto.com/blog/27', // a generic blog post
  'https://pic2me.me/privacy', // a meme maker whose AI is an optional caption helper
  'https://besmeo.com/blog/ai-food-photography', // a generic blog post
  'https://photogen.com.br/blog/direitos-de-imagem-em-fotos-com-ia', // a generic blog post
  'https://comicpix.app/en/blog/how-ai-comic-generators-work', // a generic guide for a phone app
  'https://seedance21.co/privacy-policy', // a policy for another name on this host
  'https://infigate.net/?p=949', // a bare `?p=` page
  'https://memorialbuilder.com/trust', // a human-led memorial studio
  'https://refineailab.com/remove-objects/terms', // a phone-only app on a developer's host
  'https://ghibli.bitcoding.ai/terms-and-conditions.html', // a phone-only app on another name's host
  'https://www.umituz.com/projects/couple-relationships/ai-baby-face-predictor/privacy', // a phone-only app on a developer's site
  'https://stiqi.app/terms.html', // a phone-only app
  'https://aistickers.devpool.fr/privacy.html', // a phone-only app on a developer's host
  'https://meemai.app/privacy.html', // a phone-only app
  'https://lipsyncstudio.app/sitemap.xml', // a sitemap, not a page
  'https://web.mockupsgenerator.com/privacy', // PSD mockup rendering, not AI
];

const LOOKALIKE_SHAPES = [
  'https://pict.ai.example.com/', // a suffix shape of Pict.AI
  'https://notpict.ai/', // a label-boundary shape of Pict.AI
  'https://gptimage.ai.example.org/', // a suffix shape of GPTImage.ai
  'https://upimg.com.br.example.net/', // a suffix shape of UpImg AI
  'https://photoreviveai.com.example.com/', // a suffix shape of Photo Revive AI
  'https://unwatermark.cushlabs.ai.example.com/', // a suffix shape of Unwatermark
  'https://pfp.aped.wtf.example.com/', // a suffix shape of the APED generator
  'https://xloversnap.com/', // a label-boundary shape of Lover Snap
];

describe('twenty-third-session second photo (photo2) traps', () => {
  it('adds 38 image rows, each with one domain and no prefix; one is in latam', () => {
    expect(longTailC23Photo2Tools.length).toBe(38);
    expect(
      longTailC23Photo2Tools.every(
        (t) => t.category === 'image' && t.domains.length === 1 && t.urlPrefixes.length === 0,
      ),
    ).toBe(true);
    expect(longTailC23Photo2Tools.filter((t) => catalogRegion(t.id) === 'latam').map((t) => t.id)).toEqual([
      'upimg-ai',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Photo2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their www forms', () => {
    expectEachClassifiedAs({
      'https://www.photoreviveai.com/photorevive/terms': 'photo-revive-ai',
      'https://www.en.upimg.com.br/donate/terms.html': 'upimg-ai',
      'https://unwatermark.cushlabs.ai/privacy': 'unwatermark-cushlabs',
      'https://pfp.aped.wtf/terms': 'aped-pfp-generator',
      'https://pixelavatargenerator.com//terms-of-service': 'pixel-avatar-generator',
      'https://www.anisketch.com/terms': 'anisketch',
      'https://www.aipetgenerator.net/privacy-policy': 'aipetgenerator',
      'https://www.actionfiguretrend.com/terms': 'action-figure-trend',
      'https://www.spritecook.ai/blog/creating-pixel-art-assets': 'spritecook',
      'https://www.chargen.app/legal/copyright': 'chargen-app',
      'https://www.bellereflect.com/terms': 'bellereflect',
      'https://www.makeupinsight.us/privacy': 'makeupinsight-us',
      'https://loversnap.com/blog/2026/ai-photo-of-deceased-loved-one': 'lover-snap',
      'https://foodphoto.ai/blog/how-we-built-ai-food-photography': 'foodphoto-ai',
      'https://gptcaricature.com/en/tech/chatgpt-caricature-creation-method': 'gptcaricature',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and look-alike shapes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...LOOKALIKE_SHAPES]);
  });
});
