// Traps beside the rows the twenty-second session's third video pass added (data/long-tail-c22-video3.ts): the
// ordinary sites next to each kind of AI video tool it added (streaming platforms, property portals, stock media, a
// car marketplace, a children's publisher, a video host, an obituary site, a story forum, a TikTok LIVE host
// marketplace), the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
//
// At the merge of the twenty-second session: clipfactoryai.com (Clip Factory) was listed from the vendor's own page
// (data/long-tail-c22-mergefix.ts), so its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Video3Tools } from './data/long-tail-c22-video3';

const GENERAL_SITES = [
  'https://www.twitch.tv/', // a streaming platform, beside the stream-VOD clippers
  'https://kick.com/', // a streaming platform, beside the stream-VOD clippers
  'https://www.zillow.com/', // a property portal, beside the real-estate listing video
  'https://www.realtor.com/', // a property portal, beside the real-estate listing video
  'https://www.pexels.com/', // a stock-footage site the AI editors pull b-roll from
  'https://pixabay.com/', // a stock-media site, beside the video generators
  'https://livehost.com/privacy', // a TikTok LIVE host marketplace met in the searches, beside the AI audio-drama tool
  'https://www.cars.com/', // a car marketplace, beside the dealership video tool
  'https://www.scholastic.com/', // a children's publisher, beside the AI kids' story tools
  'https://vimeo.com/', // a video host, beside the AI video editors
  'https://www.premiumbeat.com/', // a stock-music site, beside the AI music-video generator
  'https://www.legacy.com/', // an obituary site, beside the photo-animation service
  'https://www.reddit.com/r/WritingPrompts/', // a forum story videos are made from, beside the faceless-video makers
  'https://www.shutterstock.com/', // a stock-media site, beside the video generators
];

const SHARED_PLATFORMS = [
  'https://beatvid-ai.vercel.app/terms', // a policy or page on a shared platform
  'https://oy-dev.vercel.app/privacy/lingo', // a policy or page on a shared platform
  'https://uamyangel.github.io/voice-translator-site/privacy.html', // a policy or page on a shared platform
  'https://video-translate-ai.up.railway.app/privacy', // a policy or page on a shared platform
  'https://abuz8ai.pages.dev/blog/ai-cartoon-generator.html', // a policy or page on a shared platform
  'https://techfordev.netlify.app/articles/3977137', // a policy or page on a shared platform
  'https://xicon-web.vercel.app/terms', // a policy or page on a shared platform
  'https://echoeslive.manus.space/', // a policy or page on a shared platform
  'https://creatify.mintlify.app/api-reference/product_to_video/post-apiproduct_to_videos-gen_video', // a policy or page on a shared platform
  'https://digifella.github.io/ai-wiki/concepts/automatic-video-generation', // a policy or page on a shared platform
  'https://sites.google.com/view/hkaivideogenerator/privacy-policy', // a policy or page on a shared platform
  'https://dfetttx41ns2m.cloudfront.net/privacy-policy.html', // a policy or page on a shared platform
  'https://noticias-ia.blogspot.com/2026/01/e-insustentavel-criar-filmes-com-ia.html', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://clipperengine.com/privacy', // an internal operator tool
  'https://autoclip.studio/static/privacy.html', // a policy that does not say AI
  'https://starter.a3i.ai/privacy', // a starter-template host
  'https://animatecaptions.com/privacy', // names a speech-to-text provider only
  'https://6trim.com/blog/ai-captions', // a glossary page
  'https://www.bevyl.ai/glossary/auto-captions', // a glossary page
  'https://novusstreamsolutions.com/product-blog/how-to-add-captions-to-a-video-free', // visualizers with one AI feature
  'https://visualizers.novusstreamsolutions.com/', // visualizers with one AI feature
  'https://vistalia.ai/legal/privacy.html', // a policy still marked for review before launch
  'https://visualadvantagemedia.com/ai-processing-disclosure', // a media marketplace, AI one feature
  'https://mls.pixelpolishmedia.com/resources/ai-real-estate-video-ethics', // a media company's article
  'https://nudify.it/es/use-policy', // an adult undressing service, as earlier passes decided
  'https://genartstudios.com/blog/building-kids-content-with-ai', // a studio's kids channel
  'https://animy.ai/blog/is-it-safe-to-upload-kids-photos-to-ai-apps', // a generic blog post
  'https://video-subtitle.com/?action=privacy', // a query-only page
  'https://www.aitranslatevideo.org/privacy', // AI only in the name
  'https://www.expertinsightlimited.com/privacy/subtitles-translator', // a Meet caption extension on a company site
  'https://www.streamtwin.store/disclaimer', // a payment service for AI chat sites
  'https://cdn.tadkastudios.com/refund-policy', // a refund policy on a cdn. host that never names the product
  'https://www.reditors.com/Pages/privacy', // a policy that does not say the plugin uses AI
  'https://upload.captn.cc/legal/privacy', // a policy that does not say AI
  'https://marketplace.fozmu.studio/projects/video-editor/data-privacy', // a template marked for review
  'https://muuvi.ai/privacy', // a policy that does not say AI
  'https://lipsyncmyvideo.com/privacy', // a lyric-alignment tool on local Whisper
  'https://v2.dublab.app/privacy', // a policy that does not say AI, as the c20 translate pass decided
  'https://ai-story.fun/en/terms', // a mobile app's terms
  'https://appatio.com/terms', // a mobile-app developer's site
  'https://bgnetmobile.com/videoai_termsandconditions.html', // a mobile-app developer's site
  'https://www.warpefelt.se/videogen', // a research project
  'https://www.gradevideo.com/legal/ai-usage-policy', // a video assignment platform, AI one feature
  'https://teachtools.co/blog/how-to-use-ai-in-classroom-without-violating-ferpa', // a generic blog post
  'https://www.auralia.school/privacy', // a draft placeholder policy
  'https://funeralvideomaker.com/ai-changing-memorial-videos/', // a generic blog post
  'https://theirvoice.ai/digital-memorial-remembrance-slideshow-creation', // a generic blog post
  'https://blog.barsvision.ai/en/blog/hello-world', // a generic blog post
  'https://www.seedancev30.ai/en/terms', // a user agreement that does not say AI
  'https://www.aichannelcreator.com/acceptable-use', // an acceptable-use policy that does not say AI
  'https://faceless.my/youtube/youtube-inauthentic-content-policy-faceless-ai-2026/', // a guide site
  'https://clipper.thetechtive.id/privacy-policy', // a local app on a general site, as the c17 social pass decided
  'https://www.vidext.io/it/blog/ai-avatar-risks-best-practices-corporate-training', // a generic blog post
  'https://www.voicefy.com.br/blog/direitos-autorais-de-vdeos-de-ia-entendendo-as-implicaes-legais', // a generic blog post
  'https://mega-api-prod.nemovideo.ai/api/auth/anonymous-token', // an API host named only in third-party skill files
  'https://bobr.ai/p/9016de-animating-photos-into-ai-dance-videos-tech-ethical-guide/md', // a user's presentation page
  'https://valuatorai.online/blog/ai-education-video-lessons/', // a generic blog post
];

const NAMESAKES = [
  'https://www.maggi.com/', // beside Maggi Homes (maggi.homes)
  'https://storybook.js.org/', // beside Storybook (storybook.digital)
  'https://www.shortclip.com/', // beside ShortClipr (shortclipr.com)
  'https://www.clipr.com/', // beside Clipr AI (cliprai.app)
  'https://www.avatari.com/', // beside Avatari (avatari.app)
  'https://www.leadde.com/', // beside Leadde (leadde.ai)
  'https://www.musicbud.com/', // beside MusicBud.ai (musicbud.ai)
  'https://www.filmgine.ai/', // beside Filmgine (filmgine.com)
  'https://www.act3.com/', // beside ACT3 AI (act3ai.com)
  'https://www.aktionfilm.com/', // beside Aktion Film AI (aktionfilmai.com)
  'https://www.scenecrew.com/', // beside SceneCrew (scenecrewai.com)
  'https://www.dubformer.com/', // beside Dubformer (dubformer.ai)
  'https://www.subformer.ai/', // beside Subformer (subformer.com)
  'https://www.viralreels.com/', // beside ViralReelz (viralreelz.net)
  'https://www.echoes.live/', // beside Echoes Live (echoeslive.vip)
  'https://www.octopus.ai/', // beside OctopusX (octopusx.ai)
  'https://www.a4f.com/', // beside A4F (a4f.co)
  'https://www.samurai.ai/', // beside SamuraiAPI (samuraiapi.in)
  'https://www.chytr.ai/', // beside Chytr (chytr.com)
  'https://www.voxrefine.ai/', // beside VoxRefine (voxrefine.com)
  'https://www.kidario.ai/', // beside Kidario (kidario.com)
  'https://www.editorop.ai/', // beside EditorOP (editorop.com)
  'https://www.videopolished.ai/', // beside VideoPolished (videopolished.com)
  'https://www.momentclip.ai/', // beside MomentClip (momentclip.studio)
  'https://www.yevideo.com/', // beside Yevideo (yevideo.io)
  'https://www.aivadi.ai/', // beside AIVADI (aivadi.com)
  'https://www.toonystory.ai/', // beside ToonyStory (toonystory.com)
];

describe('twenty-second-session video (video3) traps', () => {
  it('adds 36 rows, each with one domain and no prefix', () => {
    expect(longTailC22Video3Tools.length).toBe(36);
    expect(longTailC22Video3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Video3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.aivadi.com/terms': 'aivadi',
      'https://documentation.act3ai.com/features/ai-video-generation': 'act3-ai',
      'https://doc.octopusx.ai/en/videos/video-generations': 'octopusx',
      'https://docs.samuraiapi.in/api/video/overview': 'samuraiapi',
      'https://www.a4f.co/docs/api-reference/video-generation': 'a4f',
      'https://studio.dubformer.ai/': 'dubformer',
      'https://www.clipdone.app/subprocessors': 'clipdone',
      'https://www.kidario.com/en/blog/ai-stories-for-kids-safety-quality': 'kidario',
      'https://yevideo.io/es/privacy-policy': 'yevideo',
      'https://leadde.ai/es/ethics': 'leadde',
      'https://momentclip.studio/legal': 'momentclip',
      'https://www.chytr.com/blog/how-to-create-ai-whiteboard-animation-2026': 'chytr',
      'https://maggi.homes/blog/ai-video-ethics-in-real-estate-disclosure-accuracy-and-buyer-trust':
        'maggi-homes',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
