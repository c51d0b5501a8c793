// Traps beside the rows the twenty-sixth session's fifth image-and-video pass added (data/long-tail-c26-imgvid5.ts):
// the ordinary sites next to each kind of tool it added (video sites and video review, stock photo libraries, comic,
// manga and webtoon publishers, audiobook stores, event ticketing, furniture and home-design sites, genealogy sites,
// background-free product photo marketplaces), the shared-platform copies, mobile-app policies, guides and left-out
// pages the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host
// must reach its own entry.
//
// Leads8 pass (same session): Outlier (outlier.so) is listed by data/long-tail-c26-leads8.ts from its own docs on
// AI-generated video ideas and Gemini thumbnails, so the trap on its thumbnail docs was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26Imgvid5Tools } from './data/long-tail-c26-imgvid5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.youtube.com/', // the video site the thumbnail tools (VidNo, TikTomato) make thumbnails for
  'https://vimeo.com/', // a video host, beside the video generators
  'https://frame.io/', // video review, beside Frameflow and Framehood
  'https://www.pexels.com/', // a stock photo and video library, beside the image generators
  'https://unsplash.com/', // a stock photo library, beside the image generators
  'https://www.webtoons.com/', // a webtoon publisher, beside the comic makers
  'https://www.crunchyroll.com/', // an anime streaming service, beside the manga and anime makers
  'https://www.audible.com/', // an audiobook store, beside the left-out AudioProducer.ai
  'https://www.eventbrite.com/', // event ticketing, beside EventStation.ai
  'https://www.ikea.com/', // furniture, beside Render My Room
  'https://www.familysearch.org/', // a genealogy site, beside AI Family Photo Generator
  'https://www.etsy.com/', // a marketplace for product photos, beside ImageBGRemover and PhotoStudio AI
];

const SHARED_PLATFORMS = [
  'https://sites.google.com/view/alpordcupriv/ana-sayfa?authuser=1', // AI Product Photo Studio's app policy
  'https://sites.google.com/view/alroommaker-pri/ana-sayfa?authuser=1', // AI Room Design's app policy
  'https://sites.google.com/view/creative-studio-privacypolicy', // a face-effects app policy
  'https://sites.google.com/view/punambenapps/repairx-privacy', // RepairX's app policy
  'https://sites.google.com/view/bgremovertap/home', // an on-device background remover's policy
  'https://haleemapps.blogspot.com/2026/05/privacy-policy-ai-home-design.html', // an app policy on Blogger
  'https://futurewinnerslabs.blogspot.com/2026/05/privacy-policy-ai-wallpaper.html', // an app policy on Blogger
  'https://mniwtech.blogspot.com/2025/06/ai-face.html', // Future Baby Generator's app policy on Blogger
  'https://aibackgroundremoverapplication.blogspot.com/2026/01/privacy-policy.html', // an app policy on Blogger
  'https://app.simplenote.com/p/bx9Mxt', // a face-effects app policy on a notes service
  'https://sticky-privacy-legal.web.app/', // Sticky's WhatsApp sticker app policy
  'https://olympos-apps-5adc1.web.app/homeai/privacy.html', // Home AI's app policy
  'https://aibackgroundremover-9td.pages.dev/privacy', // an in-browser background remover on a shared platform
  'https://image-background-remover-2jd.pages.dev/privacy', // a background remover on a shared platform
  'https://oldphotorestoration-org.pages.dev/privacy-policy', // a photo-restoration policy on a shared platform
  'https://next-level-creator-os.pages.dev/learn/animated-story-workflow.html', // a guide on a shared platform
  'https://techfordev.netlify.app/articles/3977137', // a repost of a developer's article
  'https://createaiart.zendesk.com/hc/en-us/articles/33057472806683-How-to-use-Background-Generation-History', // a help centre on Zendesk
  'https://vimmerse-api.redoc.ly/tag/Finetune', // API docs on a shared docs host
  'https://skillshub.wtf/skills/linmillsd7/music-video-generator', // an agent-skill listing
  'https://skills.sh/bassimeledath/manim-video-maker/manimate', // an agent-skill listing
];

const LEFT_OUT = [
  'https://audioproducer.ai/blog/comic-character-consistency-with-ai', // seen only on its blog, as the c18 music pass decided
  'https://getmangai.com/terms', // Mangai, a mobile-only AI comic app (a lead)
  'https://storyboardcreatorai.app/llm.txt', // an iOS storyboard app
  'http://app.visagex.xyz/visagex/api/2epu9_red_?from=AppAgg.com', // an app policy served from an API path
  'https://www.manimate.ai/terms', // terms that do not say what the service makes
  'https://vtubeme.com/privacy', // 3D avatars from selfies, not said to be AI
  'https://optipix.art/guides/ai-image-commercial-use', // a guide to commercial use in general
  'https://www.veo3gen.app/blog/ai-video-generator-pricing-and-watermarks-2026-a-creator-faq-for-picking-the-rig', // a pricing FAQ for AI video tools in general
  'https://freegen.aivaded.com/de/blog/ai-image-generation-under-privacy-scrutiny-lessons-for-product-teams-1781655035401', // a blog on image-generation privacy in general
  'https://www.tattooaiart.com/blog/own-ai-tattoo-design-legally', // a guide to AI tattoo ownership in general
  'https://actionfigureai.site/en/blog/behind-the-scenes-ai-action-figures', // a blog on generative models in general
  'https://www.lantaai.com/blog/how-does-ai-make-people-kiss-in-photos', // a blog on AI kissing videos in general
  'https://www.raia.global/results-shirt-man-salon', // a page on image-generation rights in general
  'https://marketrithm.com/ai-generated-image-rights', // image rights for a platform not described
  'https://videostew.com/en/guide/account/credits', // a video editor's rendering credits (as before)
  'https://wallspy.app/ai-disclaimer', // a wallpaper app with an AI studio (as before)
  'https://wallpaperhubapp.com/blog/what-is-ai-wallpaper-generator', // a wallpaper app with an AI generator
  'https://docs.videfy.ai/ai-generation-credits', // AI one feature (as before)
  'https://carveco.com/faq/can-i-get-a-refund-for-my-credit-use', // CAM software, AI one feature (as before)
  'https://docs.klingai2.org/prepaid-resource-packs', // a copy of Kling's API docs (as before)
  'https://pictman.com/en/?p=158', // a `?p=` page
  'https://eatsip365.com/copyright-rules-for-an-ai-anime-generator', // a blog on AI images in general
  'https://visualfoodie.com/the-copyright-of-an-ai-tattoo-generator', // a blog on AI images in general
  'https://www.softplorer.com/ai-tools/guides/image/ai-image-privacy-guide', // an affiliate guide
  'https://tripleminds.co/blogs/technology/flux-vs-sdxl-vs-pony', // a development agency's blog
];

const NAMESAKES = [
  'https://www.frameflow.com/', // beside Frameflow (frameflow.tech), not read
  'https://www.mountsea.com/', // beside Mountsea (mountsea.ai), not read
  'https://www.framehood.com/', // beside Framehood (framehood.ai), not read
  'https://www.vidno.com/', // beside VidNo (vidno.ai), not read
  'https://www.fairstack.com/', // beside FairStack (fairstack.ai), not read
  'https://www.eventstation.com/', // beside EventStation.ai, not read
  'https://www.storycomic.com/', // beside StoryComic AI (storycomicai.com), not read
  'https://www.nanobanana.org/', // beside the Nano Banana sites, not read
  'https://www.photostudio.com/', // beside PhotoStudio AI (photostudioai.app), not read
];

describe('twenty-sixth-session fifth image-and-video traps', () => {
  it('adds 18 rows, each with one domain and no prefix, in the global region', () => {
    expect(longTailC26Imgvid5Tools.length).toBe(18);
    expect(longTailC26Imgvid5Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC26Imgvid5Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26Imgvid5Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26Imgvid5Tools));
    expectEachClassifiedAs({
      'https://frameflow.tech/': 'frameflow-tech',
      'https://api.mountsea.ai/hub/v1/video': 'mountsea-ai',
      'https://www.photostudioai.app/': 'photostudioai-app',
      'https://imagebgremover.tech/': 'imagebgremover-tech',
      'https://www.rendermyroom.com/': 'render-my-room',
      'https://www.anykoma.com/': 'anykoma',
      'https://nanobananaeditor.ai/': 'nanobananaeditor-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
