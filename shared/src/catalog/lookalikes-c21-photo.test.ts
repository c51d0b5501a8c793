// Traps beside the rows the twenty-first session's photo pass added (data/long-tail-c21-photo.ts): the ordinary sites
// next to each kind of AI photo tool it added (a professional network, passport-photo rules, Lightroom and photo
// galleries, property portals and car marketplaces, genealogy sites, an eyewear shop, beauty sites, a photo editor),
// the parent of the claimed subdomain and an operator's company site, the shared-platform copies and the left-out hosts
// the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must
// reach its own entry.
// Listed since: snapto.sale (Snapto) by the twenty-fourth session's image pass, from its own article about its AI car-photo backgrounds.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists Vestaro (vestaro.ai) from its
// standards page (a renderer of its own that stages rooms); the comparison-page trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC21PhotoTools } from './data/long-tail-c21-photo';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.linkedin.com/', // a professional network, beside the AI headshot services
  'https://travel.state.gov/content/travel/en/passports/how-apply/photos.html', // US passport-photo rules, beside the AI passport-photo makers
  'https://www.gov.uk/photos-for-passports', // UK passport-photo rules, beside the AI passport-photo makers
  'https://www.adobe.com/products/photoshop-lightroom-classic.html', // Lightroom Classic, beside the AI culling plugins
  'https://www.flickr.com/', // a photo-sharing site, beside the photo pickers and captioners
  'https://www.smugmug.com/', // a photographers' gallery host, beside the AI culling tools
  'https://pixieset.com/', // client galleries for photographers, beside the AI culling tools
  'https://www.zillow.com/', // a property portal, beside the AI listing-photo tools
  'https://www.realtor.com/', // a property portal, beside the AI listing-photo tools
  'https://www.autotrader.com/', // a car marketplace, beside the AI dealer-photo tool
  'https://www.cars.com/', // a car marketplace, beside the AI dealer-photo tool
  'https://www.ancestry.com/', // a genealogy site, beside the old-photo restorers
  'https://www.warbyparker.com/', // an eyewear shop, beside the AI glasses try-on
  'https://www.sephora.com/', // a beauty shop, beside the AI hairstyle previews
  'https://www.gimp.org/', // a photo editor, beside the AI photo editors and enhancers
  'https://www.glamour.com/', // a beauty magazine, beside the AI hairstyle previews
  'https://jerrizz.com/', // the parent of Framecast's claimed subdomain
  'https://www.jerrizz.com/', // the parent of Framecast's claimed subdomain
  'https://www.rightmove.co.uk/', // a property portal, beside the AI listing-photo tools
  'https://www.familysearch.org/', // a genealogy site, beside the old-photo restorers
  'https://www.passport.gov.au/', // the Australian passport office, beside the AI passport-photo makers
  'https://www.vasooapps.com/', // Hair Styling AI's operator's company site
];

const SHARED_PLATFORMS = [
  'https://oldphotorestoration-org.pages.dev/privacy-policy', // a policy or page on a shared platform
  'https://bgcut.pages.dev/terms', // a policy or page on a shared platform
  'https://workshot.pages.dev/terms', // a policy or page on a shared platform
  'https://remove-object.pages.dev/privacy-policy', // a policy or page on a shared platform
  'https://ailightlab-site.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://absolute-two-face.pages.dev/privacy', // a policy or page on a shared platform
  'https://makeupgpt.vercel.app/PRIVACY', // a policy or page on a shared platform
  'https://museface-legal.pages.dev/en/privacy', // a policy or page on a shared platform
  'https://dr-privacy.vercel.app/stylova-hairstyle-try-on', // a policy or page on a shared platform
  'https://photospro-marketing-production.pages.dev/terms', // a policy or page on a shared platform
  'https://replate-service-production.up.railway.app/terms', // a policy or page on a shared platform
  'https://nicklewers.github.io/ai-photo-sorter-public/privacy.html', // a policy or page on a shared platform
  'https://colorhub.notion.site/ColorHub-Privacy-Policy-29a420a5764780469156f343f3947f81', // a policy or page on a shared platform
  'https://maze-roarer-705.notion.site/FramePlay-Privacy-Policy-3494d1a4006f8076bc57ec7055c762d5', // a policy or page on a shared platform
  'https://tamnguyenvan.github.io/glassfit-policy/policy.html', // a policy or page on a shared platform
  'https://tryframe-app.pages.dev/privacy', // a policy or page on a shared platform
  'https://restmemo-web.pages.dev/privacy', // a policy or page on a shared platform
  'https://sak1361.github.io/privacy-policy/photosorter', // a policy or page on a shared platform
  'https://sites.google.com/view/hairstyleapp/privacy-policy', // a policy or page on a shared platform
  'https://sites.google.com/view/aicartoongenerator-privacy', // a policy or page on a shared platform
  'https://tally.so/r/44jVVr', // a policy or page on a shared platform
  'https://kernelreload.blogspot.com/2025/11/la-nueva-vida-de-tus-fotos-antiguas.html', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://www.vintagerestorer.app/privacy', // a policy marked as a draft
  'https://reframe-ai.de/datenschutz', // a policy with a `[Dein Name / Firma]` placeholder
  'https://bgremove-ai.neltech.uk/terms', // draft terms with placeholders
  'https://tm-projeler-restoreaiapp-ak0gfn-b1ffff-104-248-142-175.traefik.me/en/terms', // a development host
  'https://artifex-staging.exera.cloud/privacy', // a staging host
  'https://imagesupscaler.ai/?p=3', // a bare `?p=` page that says only "our technology"
  'https://aiphotoenhancer.ai/refund-policy', // AI only in the brand name
  'https://remove-bg.ai/term-of-service', // terms that do not say AI
  'https://photorepair.app/en/privacy-policy', // a policy that does not say AI
  'https://asian-beauty-assistant.com/privacy-policy', // a policy that does not say AI
  'https://www.fittingbox.com/en/resources/help-center/terms', // try-on terms that do not say AI
  'https://virtualtwilights.com/terms', // human editors, not AI
  'https://lightroom-tools.com/privacy', // a Lightroom publishing plugin, not AI
  'https://teamsolo.dev/mobile/umax/privacy-policy', // a phone-only app on its developer's site
  'https://sansho.fun/terms-animeka/', // a phone-only app on its developer's site
  'https://picailens.com/privacyPolicy.html', // a phone-only app under another name
  'https://smarterphoto.gallery/help/features/ai-photo-culling', // client galleries, AI culling one feature
  'https://visualadvantagemedia.com/ai-processing-disclosure', // a real-estate media marketplace, AI one feature
  'https://www.teamshotspro.com/blog/are-ai-headshots-safe', // seen only on its blog or guide
  'https://fotolabs.co/blog/ai-sky-replacement-real-estate', // seen only on its blog or guide
  'https://www.proplylens.com/blog/ai-item-removal-for-real-estate-photos-when-to-declutter-digitally-vs-physically', // seen only on its blog or guide
  'https://progon.pro/en/blog/declutter-photos-before-sale', // seen only on its blog or guide
  'https://snapcorn.com/blog/ai-portrait-relighting-techniques', // seen only on its blog or guide
  'https://www.quickremove.it/de/blog/why-privacy-matters-image-processing', // seen only on its blog or guide
  'https://www.id-wizard.com/en/blog/passport-photo-ai-tools-guide', // seen only on its blog or guide
  'https://profilepic.app/avatar-maker-terms-of-use-compared', // seen only on its blog or guide
  'https://portrait.ai-biz.app/blog/ai-headshot-privacy', // seen only on its blog or guide
  'https://daftei.com/blog/posts/ai-wedding-photo-culling-privacy', // seen only on its blog or guide
  'https://joet.co.uk/ai-policy/', // a photographer's no-AI policy
  'https://kapture-studio.fr/avis-portrait-pro-et-ia', // a photographer's review
  'https://www.veroke.com/inside-the-ai-photo-gallery-how-clip-powers-advanced-vision-solutions', // a software agency's write-up
  'https://bizphotojapan.com/faq', // an AI stock-photo shop
];

const NAMESAKES = [
  'https://www.headshot.com/', // beside Headshot.ai (headshot.ai)
  'https://www.headshotphoto.com/', // beside HeadshotPhoto.io
  'https://www.framecast.com/', // beside Framecast (framecast.jerrizz.com)
  'https://www.photoshooter.com/', // beside Photoshooter.team
  'https://freeheadshot.app/', // beside FreeHeadshot.org
  'https://www.freeheadshot.com/', // beside FreeHeadshot.org
  'https://www.fotoria.de/', // beside Fotoria (fotoria.com)
  'https://www.luemee.app/', // beside Luemee (luemee.com)
  'https://www.photopo.com/', // beside Photopo (photopo.xyz)
  'https://www.lovelit.com/', // beside Lovelit (lovelitweddingphotography.com)
  'https://www.hairstylingai.app/', // beside Hair Styling AI (hairstylingai.com)
  'https://www.hairpreview.com/', // beside HairPreview (hairpreview.app)
  'https://www.artryon.com/', // beside AI Vision (artryon.cn)
  'https://www.lens4web.net/', // beside Lens4Web (lens4web.com)
  'https://www.passphoto-labs.de/', // beside PassPhoto Labs (passphoto-labs.at)
  'https://www.passportsnap.com/', // beside PassportSnap (passportsnap.org)
  'https://www.photo-restoration.com/', // beside AI Photo Restoration (photo-restoration.org)
  'https://www.restorelens.app/', // beside RestoreLens (restorelens.com)
  'https://www.photorestore.com/', // beside The Photo Restore (thephotorestore.com)
  'https://www.picupscaler.ai/', // beside PicUpscaler (picupscaler.com)
  'https://www.imageenhancerapp.net/', // beside Image Enhancer (imageenhancerapp.com)
  'https://www.photoer.com/', // beside AI Photo Enhancer (photoer.ai)
  'https://www.mejorarcalidaddeimagen.com/', // beside AI Image Enhancer (mejorarcalidaddeimagen.app)
  'https://www.qaimagic.com/', // beside QAI Magic (qaimagic.website)
  'https://www.bgremover.com/', // beside BG Remover (bgremover.org)
  'https://www.photo-ai.net/', // beside Photo-AI.top
  'https://www.nanophoto.com/', // beside NanoPhoto (nanophoto-studio.com)
  'https://www.pictage.com/', // beside Pictage (pictage.ai)
  'https://www.photopicker.com/', // beside Photo Picker (myphotopicker.com)
  'https://www.shotlist.com/', // beside Shotlist (getshotlist.com)
  'https://www.lrgenius.ai/', // beside LrGenius (lrgenius.com)
  'https://www.lightvision.com/', // beside LightVision (lightvision.studio)
  'https://www.searchablefs.com/', // beside Searchable FS (searchable-fs.xyz)
  'https://www.listedright.com/', // beside ListedRight.ai (listedright.ai)
  'https://www.buildmylisting.ai/', // beside BuildMyListing (buildmylisting.com)
  'https://www.carpix.com/', // beside CarPixAI (carpixai.com)
];

describe('twenty-first-session photo traps', () => {
  it('adds 35 image rows, each with one domain and no prefix', () => {
    expect(longTailC21PhotoTools.length).toBe(35);
    expect(longTailC21PhotoTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC21PhotoTools.every((t) => t.category === 'image')).toBe(true);
    expect(catalogRegion('photopo')).toBe('japan');
    expect(catalogRegion('qaimagic')).toBe('china');
    expect(catalogRegion('passphoto-labs')).toBe('europe');
    expect(catalogRegion('headshot-ai')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21PhotoTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC21PhotoTools));
    expectEachClassifiedAs({
      'https://en.artryon.cn/privacyPolicyForVirtualTryOn.html': 'artryon-ai-vision',
      'https://framecast.jerrizz.com/refund': 'framecast-jerrizz',
      'https://www.passphoto-labs.at/en/technology/': 'passphoto-labs',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
