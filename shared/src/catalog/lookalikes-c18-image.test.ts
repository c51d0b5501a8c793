// Traps beside the rows the eighteenth session's image pass added (data/long-tail-c18-image.ts): the ordinary sites
// next to each kind of AI image tool (stock photos, photo studios, print shops, property listings, clothing shops,
// accessibility checkers), the parents of the claimed subdomains, the shared-platform pages the pass read, the
// left-out hosts and sites whose names sit close to the new entries. None of them may classify; every new host must
// reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18ImageTools } from './data/long-tail-c18-image';

const GENERAL_SITES = [
  'https://www.shutterstock.com/', // stock photos, beside the text-to-image generators
  'https://www.gettyimages.com/', // stock photos, beside the AI headshot generators
  'https://www.vistaprint.com/', // a print shop, beside the AI pet-portrait makers
  'https://www.zillow.com/', // property listings, beside the AI virtual-staging tools
  'https://www.zara.com/', // a clothing shop, beside the AI try-on tools
  'https://wave.webaim.org/', // an accessibility checker, beside the AI alt-text writers
  'https://www.gimp.org/', // an image editor, beside the AI image editors
  'https://www.passport-photo.online/', // a passport-photo maker, left out beside the AI portrait tools
  'https://symplyai.io/', // parent of the claimed headshot.symplyai.io
  'https://pandastudio.store/', // parent of the claimed ai-photo.pandastudio.store
  'https://road2.app/', // parent of the claimed app.road2.app
  'https://wcagworkflow.com/', // parent of the claimed ai.wcagworkflow.com
];

const SHARED_PLATFORMS = [
  'https://absolute-two-face.pages.dev/privacy', // an AI portrait site on pages.dev
  'https://bgcut.pages.dev/terms', // a background remover's terms on pages.dev
  'https://styleforme.pages.dev/legal/ai-disclosure', // a placeholder try-on disclosure on pages.dev
  'https://ai-editor-rsp.pages.dev/privacy/', // an AI photo editor on pages.dev
  'https://oldphotorestoration-org.pages.dev/privacy-policy', // a restoration site's policy on pages.dev
  'https://vision-saas-web.pages.dev/legal/privacy/', // an image-to-prompt policy on pages.dev
  'https://workshot.pages.dev/blog/ai-headshot-generator-safety-privacy/', // a headshot blog on pages.dev
  'https://ecommerceco.netlify.app/privacy', // a product-photo prompt app on netlify.app
  'https://ai-character-studio-i5tdfr1uo-jerrychans-projects.vercel.app/privacy', // a vercel.app copy beside aiportraitlab.app
  'https://sital-ai-try-on.vercel.app/tr/kullanim-sartlari', // a try-on app on vercel.app
  'https://replate-service-production.up.railway.app/terms', // a food-photo service on railway.app
  'https://bigrockf.github.io/RAPP/', // an iOS AI app's policy on github.io
  'https://ai-avatar-generator.blogspot.com/2023/01/faq.html', // an avatar app's FAQ on blogspot.com
  'https://motley-foxtrot-777.notion.site/ImageToPrompt-Privacy-Policy-33497a2c9ee9806a8f76da6fc9826fc9', // notion.site
  'https://sites.google.com/view/hairstyleapp/privacy-policy', // a hairstyle app's policy on sites.google.com
];

const LEFT_OUT = [
  'https://www.removingbackground.io/terms-and-conditions', // terms that never say AI
  'https://facefantasy.net/terms-of-use/en', // a face-swap app whose terms never say AI
  'https://tatts.ai/privacy', // a tattoo generator whose policy never says AI
  'https://www.passportphotool.com/privacy', // a passport-photo tool whose policy never says AI
  'https://photoresto.art/en/privacy-policy', // a restoration service whose policy never says AI
  'https://auto-camera.mobi/terms', // a mobile-only product-photo app
  'https://passportphotoid.com/privacy-policy', // a mobile-only passport-photo app
  'https://pepperai.jreij.info/legal/tos', // a Discord bot
  'https://www.wesmilebooth.nl/en-gb/privacy-policy', // an event photo-booth rental
  'https://carveco.com/faq/can-i-get-a-refund-for-my-credit-use', // CAD software with an AI feature
  'https://bgremove-ai.neltech.uk/terms', // draft terms with placeholders
  'https://freeheadshot.app/your-photos/', // a pre-launch page
  'https://ai-tachie.com/userpolicy', // an AI stock-image shop
  // upscale-media.ai became its own row in the aliases pass (its terms never name upscale.media)
  'https://artifex-staging.exera.cloud/privacy', // a staging host
];

const NAMESAKES = [
  'https://www.costume.com/', // beside CostumePlay AI
  'https://www.picgen.com/', // beside PicGen (picgen.org)
  'https://www.facepic.com/', // beside FacePic
  'https://www.anypic.com/', // beside AnyPic
  'https://www.modela.com/', // beside Modela AI
  'https://www.comicpad.com/', // beside COMICPAD
  'https://www.propstage.com/', // beside PropStage
  'https://www.visionprompter.ai/', // beside VisionPrompter
  'https://www.facerating.com/', // beside FaceRating
];

describe('eighteenth-session image traps', () => {
  it('adds 50 rows, each with one domain and no prefix (PropStage has gained its own host since)', () => {
    expect(longTailC18ImageTools.length).toBe(50);
    const oneHost = (t: (typeof longTailC18ImageTools)[number]) =>
      t.domains.length === (t.id === 'propstage' ? 2 : 1) && t.urlPrefixes.length === 0;
    expect(longTailC18ImageTools.every(oneHost)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18ImageTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.qolaba.ai/api-platform/face-avatar': 'qolaba',
      'https://docs.apiframe.ai/my-account/image-credits': 'apiframe',
      'https://www.picgen.org/fr-FR/terms': 'picgen-org',
      'https://www.comicpad.app/comic-panel-generator': 'comicpad',
      'https://headshot.symplyai.io/privacy-policy': 'symplyai-headshots',
      'https://ai-photo.pandastudio.store/privacy': 'pandastudio-product-photo-ai',
      'https://app.road2.app/terms': 'propstage',
      'https://propstage.app/privacy': 'propstage', // its own host, named by its privacy policy (nineteenth session)
      'https://ai.wcagworkflow.com/privacy': 'wcagworkflow-ai-alt-text',
      'https://image-describe.com/background/privacy': 'image-describe-background-studio',
      'https://www.aiclotheschanger.org/legal/privacy': 'aiclotheschanger-org',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
