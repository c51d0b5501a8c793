// Twenty-second session, third video pass (2026-12-07, helper `video3`): AI video products no entry claimed yet, beside
// the eighteenth session's video pass (data/long-tail-c18-video.ts), the sixteenth session's imgvid pass
// (data/long-tail-c16-imgvid.ts), the image-video category files (cat-image-video*.ts, image-video.ts) and the
// long-tail video file (long-tail-video.ts), whose rows are not repeated here. Here: text- and image-to-video
// generators and studios (AIVADI, polzj.com's AI Studio, VideoGen AI, VideoMaker AI, Yevideo, ViralReelz, Bring Photos
// Alive); AI filmmaking and short-drama platforms (Filmgine, ACT3 AI, Aktion Film AI, Storybook's Film Studio,
// SceneCrew); AI clippers that cut long videos, podcasts and stream VODs into shorts (ShortClipr, ClipThemAll,
// MomentClip, Clipr AI, AAKlipper, Clipdone); an AI video-recap maker (AI Video Recap); AI video editors and captioning
// (EditorOP, VideoPolished); AI avatars and talking photos (Avatari, Leadde, MyAvatarZone); AI dubbing and voice-cloned
// video (Dubformer, Subformer, VoxRefine's dealership videos); an AI music-video generator (MusicBud); AI whiteboard
// animation (Chytr); AI real-estate listing video (Maggi Homes); AI children's stories turned into animated video or
// books (ToonyStory, Kidario); an AI audio-drama tool for TikTok LIVE creators (Echoes Live); and three unified
// video-model APIs (A4F, OctopusX, SamuraiAPI).
//
// Leads. 44 look-ups in the stored `pages` corpus. Queries worded the way vendors word their own terms, privacy
// policies, refund policies, AI disclosures, sub-processor lists and docs ("credits are non-refundable", "we send your
// prompts and images to fal.ai", "OpenAI Whisper for transcription, Anthropic for analysis", "HeyGen render pipeline",
// "Deepgram, ElevenLabs", "unified video generation API"), by kind (text/image-to-video, talking photos, dubbing and
// lip-sync APIs, faceless channels, Reddit-story videos, clippers, captions, silence and filler removal, music videos,
// kids' cartoons, real-estate listing video, training video, personalised outreach video, whiteboard explainers, hug
// and dance effects, upscaling, memorial videos, motion capture, livestream avatars, sign language, short dramas, AI
// film studios, video-model API routers) and in German, French, Spanish, Portuguese, Japanese, Korean and Chinese. The
// non-English queries returned listed products (reelvideogenerator.com, scenestreet.xyz, vo3ai.com, vibemv.app,
// makefilm.ai, visionstory.ai, inviai.com, vmai.site, smartavatar.net, aikino.film862.com, botgo.ai, heritagepixel.com,
// nanobananafree.net, studioshootai.com, playturbo.cn), law-firm notes, guides and news; Yevideo's and Leadde's Spanish
// pages are the exceptions. The upscaling, hug/dance, memorial, livestream-avatar and sign-language queries returned
// articles, listed products and research pages only. Every row cites a page with a path on the product's own host (for
// ACT3 AI, OctopusX and SamuraiAPI their docs hosts, under the claimed domains), and each page says in the vendor's
// words that the product generates, clips, edits, dubs, captions or animates video (or, for Kidario and Echoes Live,
// stories and audio) with AI or names the AI models and providers it calls. Eight rows cite the vendor's own blog or
// guide about its own product, which earlier passes left as leads when no terms page turned up: MusicBud and Filmgine
// (named as leads in data/long-tail-c18-video.ts), Kidario (left among guides in data/long-tail-c18-companions.ts),
// Maggi Homes, ToonyStory, VoxRefine, Chytr and Aktion Film AI. Hosts were run through /work/helpers/classify-hosts.mts
// and names grepped in data/ first. Already listed and left to their entries: image-to-video.app, aivideogenerator.se,
// visionstory.ai, tellow.ai, sonicscriptelite.com, docs.api.rask.ai, clipstudios.ai, seedancev2.ai, seedancefast.com,
// www-veo.com, see-dance-2.org, docs.magichour.ai, lipsync.studio, sync.so, lipdubber.com, dubbstudio.com, reel.studio,
// neuvid.com, musictovideo.im, threadvid.com, longtoshorts.com, a-pch.com (AI Podcast Clipper), pollinatorstudio.ai,
// knowlify.com, listingwizard.ai, listedright.ai, docs.nouvel.ai, ai-roundabout.com, sorawithoutwatermark.com,
// aivdo.ai, upuply.com, picassoia.com, reelmind.ai, deepmotion.com, dreamfaceapp.com, sandbase.ai, coreaivideo.com,
// personalityai.net and coconote.app; moonshot.kaizynn.com stays out as the c17 and c18 passes decided.
//
// Measured with /work/helpers/classify-hosts.mts on the 254 hosts the searches returned (vendors, blogs, news sites,
// research pages and shared hosts alike, in /work/helpers/out/video3-hosts.txt): 62 classified before (24.4%), 98 after
// (38.6%).
//
// Hosts for existing entries, not added here (another file's row is the place): unorouter.ai, whose Kling
// motion-control model page reads like UnoRouter's (long-tail-c10-rescan-4.ts claims unorouter.com); and
// visualadvantagestudio.com, whose AI processing disclosure names Better Listing Media LLC (better-listing-media,
// long-tail-c18-verticals.ts, as the c19 spaces pass noted).
//
// Doubtful rows: MyAvatarZone's policy says its payments are still in a sandbox, but it describes renders made today
// through HeyGen with an AI-disclosure consent; Echoes Live's web app runs on echoeslive.manus.space, a shared host
// that is not claimed, so only its own echoeslive.vip is; Clipdone's sub-processor page names LLMs for "AI features"
// and GPU video processing without saying what it cuts, and its name and the faces/voices it processes make it a
// clipper.
//
// Left out. Clip Factory (clipfactoryai.com), whose own blog describes an AI faceless-video maker that scripts,
// narrates, illustrates and renders, because the seventeenth social pass's test keeps that page as a trap
// (lookalikes-c17-social.test.ts): a lead for a pass that revisits that decision. Pages that do not say the product
// uses AI, or only in its name (autoclip.studio, animatecaptions.com, which names a speech-to-text provider only,
// muuvi.ai, aitranslatevideo.org, aichannelcreator.com's AUP, seedancev30.ai's user agreement, reditors.com,
// upload.captn.cc, v2.dublab.app as the c20 translate pass decided); drafts and templates (vistalia.ai's "before
// launch" note, auralia.school's placeholder, marketplace.fozmu.studio's template, starter.a3i.ai, a starter-template
// host for an AI video editor: a lead); a query-only page (video-subtitle.com's `?action=privacy`); an internal
// operator tool (clipperengine.com); ClipsAI Studio on clipper.thetechtive.id, a local app on a general tech site's
// subdomain, as the c17 social pass decided; a refund policy on a cdn. host that never says what the product is
// (cdn.tadkastudios.com: AI characters and photos, a lead); general products where AI is one feature
// (visualadvantagemedia.com's media marketplace, gradevideo.com's video assignments, novusstreamsolutions.com's
// visualizers with on-device captions, livehost.com's TikTok LIVE host marketplace, expertinsightlimited.com's Meet
// caption extension, a lead for an extension pass); mobile apps and their developers' sites (ai-story.fun, appatio.com,
// bgnetmobile.com, coremoose.com and genievideo.app as before); an adult undressing service (nudify.it, as earlier
// passes decided); studios and agencies (genartstudios.com's kids channel, mls.pixelpolishmedia.com, goodhouse-ai.com
// and animakertips.com as before); a research project (warpefelt.se's Videogen); a payment provider for AI chat sites
// (streamtwin.store); lipsyncmyvideo.com, a lyric-alignment tool on local Whisper; vendors seen only in generic blog
// posts or glossaries that do not say their product uses AI (6trim.com's Envizion AI, bevyl.ai, vidext.io,
// voicefy.com.br, blog.barsvision.ai, animy.ai, funeralvideomaker.com, theirvoice.ai, teachtools.co, faceless.my,
// valuatorai.online: leads); products named only on third-party pages (NemoVideo's API host mega-api-prod.nemovideo.ai
// in skill files, Freebeat in an interview, signer.ai as the c20 pass decided); bobr.ai, a user's presentation page (an
// AI presentation maker: a lead for that pass); and shared platforms (vercel.app, netlify.app, pages.dev, github.io,
// up.railway.app, manus.space, mintlify.app, cloudfront.net, sites.google.com, blogspot.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Video3Tools: Tool[] = defineTools(
  'video',
  [
    // --- Text- and image-to-video generators and studios ---
    { id: 'aivadi', name: 'AIVADI', vendor: 'AIVADI', domains: ['aivadi.com'], source: 'https://www.aivadi.com/terms' }, // terms: an AI video generation platform; prompts and credits spent on renders that consume GPU hours and third-party licensing
    { id: 'polzj-ai-studio', name: 'AI Studio (polzj.com)', vendor: 'polzj.com', domains: ['polzj.com'], source: 'https://polzj.com/terms' }, // terms: AI Studio, an AI-powered platform for generating videos and images from text prompts and uploads; credit cost varies by model
    { id: 'videogen-ai-pro', name: 'VideoGen AI', vendor: 'VideoGen AI', domains: ['videogenai.pro'], source: 'https://videogenai.pro/refund' }, // refund policy: an AI video generation platform whose GPU time and model inference make renders non-refundable
    { id: 'videomaker-ai-app', name: 'VideoMaker AI', vendor: 'VideoMaker AI', domains: ['videomakerai.app'], source: 'https://videomakerai.app/refund-and-fraud-policy' }, // refund and fraud policy: digital services powered by advanced AI video generation, sold as AI credits
    { id: 'yevideo', name: 'Yevideo', vendor: 'Yevideo', domains: ['yevideo.io'], source: 'https://yevideo.io/es/privacy-policy' }, // privacy (Spanish): AI image and video generation spaces; prompts, uploads, chosen models and generated results
    { id: 'viralreelz', name: 'ViralReelz', vendor: 'ViralReelz', domains: ['viralreelz.net'], source: 'https://www.viralreelz.net/terms-of-service' }, // terms: an AI video generation platform making short vertical videos with captions, images and audio generated by AI models
    { id: 'bring-photos-alive', name: 'Bring Photos Alive', vendor: 'Bring Photos Alive', domains: ['bringphotosalive.com'], source: 'https://www.bringphotosalive.com/refund' }, // refund policy: AI-generated videos that animate uploaded still photos, paid per video credit
    // --- AI filmmaking and short-drama platforms ---
    { id: 'filmgine', name: 'Filmgine', vendor: 'Filmgine', domains: ['filmgine.com'], source: 'https://filmgine.com/blog/best-ai-story-generator-short-drama' }, // vendor blog on its own product: an AI showrunner that writes short-drama stories, keeps a character bible and drives the video generation phase
    { id: 'act3-ai', name: 'ACT3 AI', vendor: 'ACT3 AI', domains: ['act3ai.com'], source: 'https://documentation.act3ai.com/features/ai-video-generation' }, // docs: turns scripts, scenes and shot prompts into clips with AI rendering engines (Veo 3.1, Grok Video, Wan 2.1)
    { id: 'aktion-film-ai', name: 'Aktion Film AI', vendor: 'Aktion Film AI', domains: ['aktionfilmai.com'], source: 'https://www.aktionfilmai.com/blog/generative-ai-film' }, // vendor blog on its own product: a writers room, storyboard and canvas over image-to-video and video-to-video models chosen per shot
    { id: 'storybook-digital', name: 'Storybook (storybook.digital)', vendor: 'storybook.digital', domains: ['storybook.digital'], source: 'https://storybook.digital/docs/film-studio/visual-studio' }, // docs: a film studio whose AI turns a screenplay into a shot list and generates the clips with Kling, Runway or Luma for credits
    { id: 'scenecrew', name: 'SceneCrew', vendor: 'SceneCrew', domains: ['scenecrewai.com'], source: 'https://scenecrewai.com/ai-disclosures' }, // AI disclosures: an "AI harness" routing a brief through Gemini, Veo, Claude and other providers into story, cast, script, scenes and a final video
    // --- Clippers: long videos, podcasts and streams into shorts ---
    { id: 'shortclipr', name: 'ShortClipr', vendor: 'ShortClipr', domains: ['shortclipr.com'], source: 'https://shortclipr.com/privacy' }, // privacy: a video-to-shorts AI service whose AI processing pipeline turns uploads and URLs into short clips
    { id: 'clipthemall', name: 'ClipThemAll', vendor: 'ClipThemAll', domains: ['clipthemall.com'], source: 'https://clipthemall.com/pages/knowledge-base/ai-preferences-explained.php' }, // knowledge base: AI watches and listens to a long video and picks the moments that become short clips
    { id: 'momentclip', name: 'MomentClip', vendor: 'Shape d.o.o.', domains: ['momentclip.studio'], source: 'https://momentclip.studio/legal' }, // privacy: uploaded videos transcribed by OpenAI Whisper and analysed by Anthropic Claude to generate clips
    { id: 'clipr-ai', name: 'Clipr AI', vendor: 'Clipr AI', domains: ['cliprai.app'], source: 'https://cliprai.app/privacy' }, // privacy: Twitch, YouTube and Kick VODs analysed with Google Gemini and OpenAI Whisper to find, caption and edit clips
    { id: 'aaklipper', name: 'AAKlipper', vendor: 'AAKlipper', domains: ['aaklipper.com'], source: 'https://aaklipper.com/privacy' }, // privacy: a desktop clipper that sends the transcript to its hosted AI (credits) or to OpenAI or Anthropic with the user's own keys
    { id: 'clipdone', name: 'Clipdone', vendor: 'Clipdone', domains: ['clipdone.app'], source: 'https://www.clipdone.app/subprocessors' }, // sub-processors: GPU video processing on Modal and AI features through OpenRouter to Gemini and Grok
    // --- Story recap videos ---
    { id: 'ai-video-recap', name: 'AI Video Recap', vendor: 'AI Video Recap', domains: ['aivideorecap.com'], source: 'https://www.aivideorecap.com/terms' }, // terms: AI speech recognition, scene analysis, script generation, voice synthesis and editing of uploaded videos into recaps
    // --- AI video editors and captions ---
    { id: 'editorop', name: 'EditorOP', vendor: 'EditorOP', domains: ['editorop.com'], source: 'https://www.editorop.com/privacy' }, // privacy: uploads go through an AI editing pipeline (AWS Bedrock) with OpenAI Whisper captions and stock b-roll suggestions
    { id: 'videopolished', name: 'VideoPolished', vendor: 'VideoPolished', domains: ['videopolished.com'], source: 'https://videopolished.com/privacy' }, // privacy: removes filler words and burns captions; transcripts by OpenAI Whisper, chapters and summaries by GPT-4o-mini
    // --- AI avatars and talking photos ---
    { id: 'avatari-app', name: 'Avatari', vendor: 'Avatari', domains: ['avatari.app'], source: 'https://avatari.app/privacy' }, // privacy: generates characters, voices, scenes and videos with AI; ElevenLabs voices and fal.ai image and lip-sync
    { id: 'leadde', name: 'Leadde', vendor: 'Leadde', domains: ['leadde.ai'], source: 'https://leadde.ai/es/ethics' }, // ethics policy (Spanish): professional video made with responsible AI, including video avatars and scripts
    { id: 'myavatarzone', name: 'MyAvatarZone', vendor: 'MyAvatarZone', domains: ['myavatarzone.com'], source: 'https://myavatarzone.com/privacy' }, // privacy: uploaded photos rendered into talking videos through HeyGen, voice synthesis tools, an AI-disclosure consent per render
    // --- AI dubbing and voice-cloned video ---
    { id: 'dubformer', name: 'Dubformer', vendor: 'Dubformer, Inc.', domains: ['dubformer.ai'], source: 'https://www.dubformer.ai/data-processing' }, // data processing agreement: the Dubformer Studio platform (studio.dubformer.ai) offers AI dubbing and localization
    { id: 'subformer', name: 'Subformer', vendor: 'Subformer', domains: ['subformer.com'], source: 'https://subformer.com/privacy' }, // privacy: automated voice cloning, voice synthesis and video dubbing, paid in credits
    { id: 'voxrefine', name: 'VoxRefine', vendor: 'VoxRefine', domains: ['voxrefine.com'], source: 'https://voxrefine.com/blog/voice-cloning-for-dealerships' }, // vendor blog on its own product: personalised dealership videos whose audio is a neural voice clone of the assigned rep
    // --- Music video, explainers, listings and kids' stories ---
    { id: 'musicbud', name: 'MusicBud.ai', vendor: 'MusicBud.ai', domains: ['musicbud.ai'], source: 'https://musicbud.ai/blog/ai-music-video-generator-from-audio' }, // vendor blog on its own product: an AI music-video generator that turns songs, prompts and images into synced videos
    { id: 'chytr', name: 'Chytr', vendor: 'Chytr', domains: ['chytr.com'], source: 'https://www.chytr.com/blog/how-to-create-ai-whiteboard-animation-2026' }, // vendor blog on its own pipeline: AI whiteboard animations from one prompt (LLM script, image model, TTS narration, doodle renderer)
    { id: 'maggi-homes', name: 'Maggi Homes', vendor: 'Maggi Homes', domains: ['maggi.homes'], source: 'https://maggi.homes/blog/ai-video-ethics-in-real-estate-disclosure-accuracy-and-buyer-trust' }, // vendor blog on its own product: listing-to-video AI real-estate video with AI motion, staging and avatars
    { id: 'toonystory', name: 'ToonyStory', vendor: 'ToonyStory', domains: ['toonystory.com'], source: 'https://toonystory.com/blog/scene-by-scene-ai-storytelling-for-kids' }, // vendor blog on its own product: AI-illustrated children's story scenes stitched into an animated video or a printed book
    { id: 'kidario', name: 'Kidario', vendor: 'Kidario', category: 'writing', domains: ['kidario.com'], source: 'https://www.kidario.com/en/blog/ai-stories-for-kids-safety-quality' }, // vendor guide on its own product: personalised AI bedtime stories and books built on dynamic story generation
    { id: 'echoes-live', name: 'Echoes Live', vendor: 'Echoes Live', category: 'audio', domains: ['echoeslive.vip'], source: 'https://echoeslive.vip/privacy' }, // privacy: an interactive AI audio-drama platform for TikTok LIVE creators; AI-powered story scripts and audio, voted by the audience
    // --- Unified video-model APIs ---
    { id: 'a4f', name: 'A4F', vendor: 'A4F', category: 'developer-platform', domains: ['a4f.co'], source: 'https://www.a4f.co/docs/api-reference/video-generation' }, // API docs: a video generation endpoint over Kling, Sora, Veo and Seedance models, paid to upstream providers
    { id: 'octopusx', name: 'OctopusX', vendor: 'OctopusX', category: 'developer-platform', domains: ['octopusx.ai'], source: 'https://doc.octopusx.ai/en/videos/video-generations' }, // API docs: a unified video generation API dispatching text- and image-to-video tasks to models such as Kling, Sora 2 and Veo 3
    { id: 'samuraiapi', name: 'SamuraiAPI', vendor: 'SamuraiAPI', category: 'developer-platform', domains: ['samuraiapi.in'], source: 'https://docs.samuraiapi.in/api/video/overview' }, // API docs: asynchronous video generation with Sora 2, Veo 3.1, Luma, Hailuo, Kling and Runway models
  ],
  { checked: CHECKED_C22 },
);
