// Traps beside the rows the twenty-seventh session's sixth image-and-video pass added
// (data/long-tail-c27-imgvid6.ts): the ordinary sites next to each kind of tool it added (stock photo libraries, photo
// studios and portrait photographers, illustration marketplaces, the model makers whose names the wrapper sites carry,
// streaming sites beside the highlight finder), the shared-platform copies, drafts and left-out pages the pass read,
// and sites whose names sit close to the new entries. None of them may classify; every new host must reach its own
// entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Imgvid6Tools } from './data/long-tail-c27-imgvid6';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.pexels.com/', // a stock photo library, beside the image generators
  'https://www.shutterstock.com/', // a stock photo library, beside the image generators
  'https://www.behance.net/', // an illustration portfolio site, beside Artifisio
  'https://www.studio-portrait.de/', // a portrait photographer, beside ProfiPortrait and PictureLab AI
  'https://www.mercadopago.com.ar/', // the payment provider named by Replicape
  'https://www.paddle.com/', // the payment provider named by flux-kontext.club
  'https://www.alibabacloud.com/', // the maker of the Wan video models, beside hushgen.com and wan2-2.com
  'https://www.twitch.tv/', // the streaming site beside ViddyFlow
  'https://www.youtube.com/', // the video site beside the video tools
];

const SHARED_PLATFORMS = [
  'https://bigrockf.github.io/RAPP/', // an iOS app's fal.ai policy on a shared platform
  'https://absolute-two-face.pages.dev/privacy', // a face-style app's policy on a shared platform
  'https://app-two-sepia-95.vercel.app/privacy', // a headshot policy with "[Month DD, YYYY]" on a shared platform
  'https://dfetttx41ns2m.cloudfront.net/privacy-policy.html', // an avatar app's policy on a CDN host
  'https://ai-image-to-video-generator.pages.dev/fr/refund-policy', // a refund policy on a shared platform
  'https://wan2-2-org.pages.dev/refund-policy', // a Wan 2.2 site's copy on a shared platform
  'https://seedream-4oz.pages.dev/terms-conditions', // a Seedream site's copy on a shared platform
  'https://somantix-ledger.pages.dev/posts/a-no-training-pledge-at-seedance2-ai-from-a-site-that-won-t-say-who-s-making-it', // a blog on seedance2.ai's policy
  'https://peakclips-marketing.pages.dev/privacy', // PeakClips' policy, read only on pages.dev
  'https://clipjury.pages.dev/can-you-monetize/hailuo', // a monetisation checker on a shared platform
  'https://aiart0011.github.io/LogoWiz/', // a logo app's policy on a shared platform
  'https://replate-service-production.up.railway.app/terms', // a photo service's terms on a shared platform
];

const LEFT_OUT = [
  'https://eu-east.go.ro/privacy', // "PLACEHOLDER — replace with reviewed legal text"
  'https://speedsgpt.com/fr/privacy-policy', // a product template before launch
  'https://stylepromptstudio.com/privacy', // an MVP placeholder (as before)
  'https://ai-tools.modeltheme.com/logogenai-saas/?p=234', // a theme's `[Your Brand Name]` policy
  'https://wan-ai.org/en/refund-policy', // AI only in the name
  'https://www.vidio.ai/fr-CA/support/refunds-and-billing-policy', // refunds for rendering errors, AI not named
  'https://www.genieimage.com/legal.php?page=cgv', // credits without AI named
  'https://trysora2.org/fr/privacy', // a generic policy
  'https://banana-ai.me/it/terms', // terms naming another host
  'https://www.animatemydrawing.com/privacy.html', // DrawAnimator, a mobile app
  'https://drawtales.com/privacy', // DrawTales, an iOS app
  'https://computer.falin.today/Policy.html', // an app's policy
  'https://techdevprime.com/', // a developer's page
  'https://art.openworldregister.com/privacy', // a hobby deployment
  'https://docs.giraffe360.com/pl/articles/12930335-virtual-staging-dla-zdjec-statycznych', // a tour platform's AI feature
  'https://www.photomaticai.com/de/terms-and-conditions', // terms that are FlowHunt's
  'https://www.homezia.fr/blog/combien-coute-le-home-staging-virtuel', // a home-staging price guide
  'https://deptho.ai/fr/blog/ethics-compliance-real-estate-photo-editing', // a photo-ethics article
  'https://framerevive.com/articles/ai-upscaling-vs-real-restoration/', // a restoration service's article
  'https://savevhs.com/ai-upscaling-old-home-videos', // a digitising service's article
  'https://kitmul.com/de/blog/automatic-subtitle-generator-whisper-ai-browser', // a tools site's article
  'https://thedownloader.co.uk/automating-subtitle-and-metadata-generation-with-cloud-ai-a-', // a developer guide
  'https://aimoneymatters.com/can-i-use-an-ai-generated-logo-for-my-business', // a guide to AI logos in general
  'https://withwhiz.net/web-production/ai-content-commercial-use', // a guide to AI content in general
  'https://marketing-ki.de/ki-im-einsatz/flux-lora-training-freepik-und-krea-ai-haben-eure-daten-zum-fressen-gern', // a blog on terms of use
  'https://conductatlas.com/platform/stability-ai/stability-ai-privacy-policy/', // a policy tracker
  'https://desnuda.app/privacy', // an undressing service
];

const NAMESAKES = [
  'https://www.visioforge.com/', // VisioForge, a video SDK vendor, beside Visioforge (visioforge.me)
  'https://www.vidio.com/', // an Indonesian streaming service, beside the left-out vidio.ai
  'https://www.profiportrait.de/', // beside ProfiPortrait (profiportrait.ai), not read
  'https://www.picturelab.com/', // beside PictureLab AI (picturelab.ai), not read
  'https://www.genimage.com/', // beside GenImage.org, not read
  'https://www.artifisio.it/', // beside Artifisio (artifisio.com), not read
  'https://www.replicape.com.ar/', // beside Replicape (replicape.com), not read
  'https://www.viddyflow.io/', // beside ViddyFlow (viddyflow.com), not read
  'https://www.hushgen.ai/', // beside hushgen.com, not read
  'https://www.wsy400.com/', // the parent of aiimage.wsy400.com, not read
  'https://www.photoprompt.com/', // beside PhotoPrompt AI (photopromptaiapp.com), not read
];

describe('twenty-seventh-session sixth image-and-video traps', () => {
  it('adds 14 rows, each with one domain and no prefix, in the expected regions', () => {
    expect(longTailC27Imgvid6Tools.length).toBe(14);
    expect(longTailC27Imgvid6Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regions = Object.fromEntries(longTailC27Imgvid6Tools.map((t) => [t.id, catalogRegion(t.id)]));
    expect(regions).toEqual({
      'ia-image-online': 'europe',
      artifisio: 'europe',
      'photoprompt-ai': 'global',
      'visioforge-me': 'europe',
      'profiportrait-ai': 'europe',
      'picturelab-ai': 'europe',
      replicape: 'latam',
      'genimage-org': 'global',
      'flux-kontext-club': 'global',
      'imageai-wsy400': 'global',
      gptimage2prompts: 'global',
      'hushgen-com': 'global',
      'wan2-2-com': 'global',
      viddyflow: 'global',
    });
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Imgvid6Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Imgvid6Tools));
    expectEachClassifiedAs({
      'https://www.ia-image.online/': 'ia-image-online',
      'https://www.artifisio.com/': 'artifisio',
      'https://www.visioforge.me/': 'visioforge-me',
      'https://www.profiportrait.ai/': 'profiportrait-ai',
      'https://www.genimage.org/': 'genimage-org',
      'https://www.flux-kontext.club/': 'flux-kontext-club',
      'https://www.viddyflow.com/': 'viddyflow',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
