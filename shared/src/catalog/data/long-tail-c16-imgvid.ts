// Sixteenth session, imgvid pass (2026-12-06, issue 15): image, video, audio, voice, music and 3D generation tools.
// Leads: the pinned licensed lists for these kinds, fetched again (stimQQ, yantoumu, ScreenKite, wildminder,
// ishandutta2007's music list, ZeroLu, ezremove, filipecalegario, steven2358, fengxiaolonger, csteinmetz1, stark-ydq,
// Timurtek, kwokwile, Hanzawa-1's services.yml, meetpateltech, kostja94, mahseema, autoventure-projects' CSV): every
// one's newest stored commit is the commit already pinned in define.ts, so no list is pinned anew. Their 2,512
// distinct hosts classified 1,678 (66.8%) before and 1,681 (66.9%) after; the misses are almost all general software
// (Canva, Adobe, Figma, CapCut, Clipchamp, Pixlr, Picsart's site, Meitu), image CDNs and converters, papers, news,
// directories, game engines and localization tools that earlier passes left out, so only one row comes from a list
// (ImgUpscaler.ai, ezremove's CC BY list). Unlicensed leads (SaddexRnx's directory, whose LICENSE file is a one-line
// stub, and two video-tool comparison repositories; 220 hosts, 103 classified before and after) added nothing.
// The rest came from two kinds of lead: lists assembled by hand from memory of image, video, voice, music and 3D
// products (905 hosts and URLs: 674 classified before, 74.5%; 685 after, 75.7%) and of their API hosts (136: 117
// before, 86.0%; 122 after, 89.7%); and searches of the stored `docs` and `pages` corpora for media-generation API
// docs and for the help, FAQ, pricing and refund pages small AI media services keep (121 hosts met: 19 before, 95
// after). All leads together: 1,140 hosts, 801 (70.3%) before, 880 (77.2%) after. Each row cites the vendor's own
// docs or help page, its own npm package or its own GitHub repository at a commit.
// Hosts given to existing entries, each with its source in a comment on that row: aihorde.net (`stable-horde`,
// long-tail-image.ts; AI Horde's own repository), duix.com (`duix`) and hifly.cc with its API host hfw-api.hifly.cc
// (`flyworks`), both in long-tail-c8-lists-3.ts from the vendors' own repositories, jellypod.com (`jellypod`,
// long-tail-vendors-8.ts) and vmeg.ai (`vmeg`, long-tail-c5-media-2.ts), both from the vendors' own help pages.
// Left out: general software with an AI feature (Canva, Picsart's and Freepik's sites, Artlist's AI Toolkit, Animoto,
// Clipchamp, Flixier, Wave.video, HitPaw, Wondershare, Spline, Rokoko), third-party sites named after a model
// (nanobanana.ai, sunoai.io, fluxai.art, mmaudio.net, hunyuan3d.ai, comfyui.org, fooocus.ai, infinitetalkai.org,
// heart-mula.com), guessed hosts no page showed (invideo.ai for InVideo AI, playht.com, hour.one), products with no
// vendor page or repository in the corpora (Dubformer, Revoldiv, Vidwud, Hitem3D, BlipCut, Radical, Frosting AI,
// MusicHero, Lyric Studio, RetouchUp, ClipGoat, StreamLadder, Apiframe, GoAPI), Clipdrop's API host clipdrop-api.co
// (only third-party code and an API-directory probe name it), Odyssey's consumer host odyssey.world (only a
// third-party profile names it), Canopy Labs (model release notes only), ACE-Step (no product host), hosts on shared
// platforms (sceneswapai.it.com, a help desk on tawk.help), an adult image board whose AI generator is one feature
// (rule34.hot), and sites whose pages do not show their own AI product (archmaster.app, crepal.ai, beatstorapon.com,
// how-to and tool-collection blogs).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

export const longTailC16ImgvidTools: Tool[] = defineTools(
  'image',
  [
    // From a pinned licensed list.
    { id: 'imgupscaler-ai', name: 'ImgUpscaler.ai', vendor: 'ImgUpscaler.ai', category: 'image', domains: ['imgupscaler.ai'], source: listed('ezremove') }, // the list's row 2: an online AI enhancer that upscales and restores videos (its Sora enhancer page is on this host); a separate host from the catalog's imgupscaler.com, with no page tying the two

    // Vendors' own docs pages, as stored in the `docs` and `pages` corpora on the day.
    { id: 'picsart-creative-apis', name: 'Picsart Creative APIs', vendor: 'Picsart', category: 'image', apiEndpoints: ['api.picsart.io', 'genai-api.picsart.io', 'video-api.picsart.io'], source: 'https://docs.picsart.io/docs/ai-model-provider-picsart' }, // Picsart's developer docs list its in-house models (background removal, upscaling, inpainting, outpainting, expansion, AI effects) and the endpoints on these three API hosts; picsart.com (the general editor) and picsart.io (its developer site) stay unclaimed
    { id: 'useapi-net', name: 'useapi.net', vendor: 'useapi.net', category: 'developer-platform', domains: ['useapi.net'], source: 'https://useapi.net/docs/articles/flowmusic-bash' }, // its own docs: REST APIs that drive a user's own accounts on AI generators (here Google's Flow Music with Lyria 3 Pro; also Midjourney, per its own npm client)
    { id: 'muapi', name: 'Muapi', vendor: 'Muapi', category: 'developer-platform', domains: ['muapi.ai'], source: 'https://muapi.ai/virtual-try-on-api' }, // its own model page: one REST API over image and video generation models (here an AI virtual try-on at a price per generation)
    { id: 'crazyrouter', name: 'Crazyrouter', vendor: 'Crazyrouter', category: 'developer-platform', domains: ['crazyrouter.com'], source: 'https://docs.crazyrouter.com/jp/images/midjourney/overview' }, // its own docs: an AI API proxy whose Midjourney endpoints (imagine, blend, describe, upscale) run as tasks under crazyrouter.com/mj

    // Small AI image, video and audio services found by searching the stored `pages` corpus for the help, FAQ, pricing,
    // refund and docs pages such services keep; each row cites that page on the service's own host.
    // Headshots and portraits.
    { id: 'drheadshot', name: 'Dr. Headshot', vendor: 'Dr. Headshot', domains: ['drheadshot.com'], source: 'https://drheadshot.com/refund' }, // its refund policy: AI-generated profile headshots, with a free re-training of the AI when too few images are usable
    { id: 'headshotsbyai', name: 'HeadshotsByAI', vendor: 'HeadshotsByAI', domains: ['headshotsbyai.com'], source: 'https://headshotsbyai.com/refund-policy' }, // its refund policy: custom AI-generated headshot galleries, redos and AI edit credits
    { id: 'jobfoto', name: 'jobfoto', vendor: 'jobfoto', domains: ['jobfoto.ch'], region: 'europe', source: 'https://jobfoto.ch/help/troubleshooting/generation-failed' }, // its help centre: AI headshot generation by style combination, credits refunded when a generation fails
    { id: 'aiheadshotgenerator-pro', name: 'AI Headshot Pro', vendor: 'AI Headshot Pro', domains: ['aiheadshotgenerator.pro'], source: 'https://aiheadshotgenerator.pro/refund-policy' }, // its refund policy for the AI headshot generator: a free watermarked preview, then paid high-resolution AI portraits
    { id: 'getheadshot-pro', name: 'HeadshotPro (getheadshot.pro)', vendor: 'getheadshot.pro', domains: ['getheadshot.pro'], source: 'https://getheadshot.pro/refund' }, // its refund policy: credits spent on AI processing of prompts into headshot images; not the catalog's headshotpro.com
    // Image generation, editing and background removal.
    { id: 'magggic', name: 'Magggic', vendor: 'Magggic', domains: ['magggic.com'], source: 'https://magggic.com/help' }, // its help centre: an AI image generator driven by prompt templates, with image-to-image uploads and per-model credit prices
    { id: 'atxp-pics', name: 'ATXP Pics', vendor: 'ATXP', domains: ['atxp.pics'], source: 'https://atxp.pics/blog/ai-image-commercial-license-explained' }, // its own blog under the site's "Create an image" generator, on the rights in AI-generated images
    { id: 'mikuapi-ai-image', name: 'MikuAPI AI image generation', vendor: 'MikuAPI', domains: ['ai.mikuapi.org'], source: 'https://ai.mikuapi.org/en/terms/' }, // the terms of its AI image generation service, on this subdomain only
    { id: 'ai-photogenerator-org', name: 'AI Photo Generator (ai-photogenerator.org)', vendor: 'ai-photogenerator.org', domains: ['ai-photogenerator.org'], source: 'https://ai-photogenerator.org/pricing' }, // its pricing page: credits for product-image generation with Google's "nano banana" models and an HD background remover
    { id: 'aiphotogenerator-net', name: 'AI Photo Generator (aiphotogenerator.net)', vendor: 'aiphotogenerator.net', domains: ['aiphotogenerator.net'], source: 'https://www.aiphotogenerator.net/blog/2025/08/old-photo-restoration' }, // its own blog on repairing and colorizing old photos with its AI tools
    { id: 'backgroundcut', name: 'BackgroundCut', vendor: 'BackgroundCut', domains: ['backgroundcut.co'], source: 'https://backgroundcut.co/pricing/' }, // its pricing page: credits for AI background removal, AI segmentation and hair segmentation, with a separate API
    { id: 'removebg-ai-com', name: 'RemoveBG AI (removebg-ai.com)', vendor: 'removebg-ai.com', domains: ['removebg-ai.com'], source: 'https://removebg-ai.com/refund' }, // its refund policy for its AI background removal service; not remove.bg (the catalog's `remove-bg`)
    { id: 'crop-photo', name: 'Crop.photo', vendor: 'Crop.photo', domains: ['crop.photo'], source: 'https://help.crop.photo/en/articles/6805403-learn-about-crop-photo-subscription-plans' }, // its help centre: image credits for automated product-image operations (smart crop, background removal, lifestyle crops)
    { id: 'face-swapper-org', name: 'Face Swapper (face-swapper.org)', vendor: 'face-swapper.org', domains: ['face-swapper.org'], source: 'https://face-swapper.org/learn/image-upscaling-guide/' }, // its own guide to its AI image upscaler, offered beside its face swap
    { id: 'photoflip-ai', name: 'PhotoFlip', vendor: 'PhotoFlip', domains: ['photoflipai.com'], source: 'https://photoflipai.com/blog/ai-upscaling-increase-photo-resolution' }, // its own blog on its upscale tool, which runs Real-ESRGAN
    { id: 'colorizethis', name: 'ColorizeThis', vendor: 'ColorizeThis', domains: ['colorizethis.io'], source: 'https://colorizethis.io/knowledge/how_can_i_restore_and_colorize_this_picture_of_mine.php' }, // its own knowledge page on AI restoration and colorization of old photos, the service it sells
    { id: 'restory-online', name: 'Restory', vendor: 'Restory', domains: ['restory.online'], source: 'https://restory.online/en/blog/ai-photo-restoration-guide' }, // its own guide to restoring old photos with AI
    { id: 'muryou-aigazou', name: 'Muryou AI Gazou', vendor: 'muryou-aigazou.com', domains: ['muryou-aigazou.com'], region: 'japan', source: 'https://muryou-aigazou.com/discussions/7933a5b08070' }, // the site's own help discussion: rules for its free AI image generation (credits, daily tasks, gallery review)
    { id: 'logogengenius', name: 'LogoGenGenius', vendor: 'LogoGenGenius', domains: ['logogengenius.com'], source: 'https://logogengenius.com/en/legal/privacy-policy' }, // the privacy policy of its AI logo generator platform (prompts, styles and generated logos)
    { id: 'picoberry', name: 'Picoberry', vendor: 'Picoberry', domains: ['picoberry.ai'], source: 'https://picoberry.ai/manual/3d/text-to-3d' }, // its manual: AI text-to-3D (its own engines, Tripo, Trellis, Meshy) beside image generation in one workspace
    // Interior design and 3D.
    { id: 'designdraft', name: 'DesignDraft.ai', vendor: 'DesignDraft', domains: ['designdraft.ai'], source: 'https://www.designdraft.ai/faq' }, // its FAQ: an AI design visualization tool that redesigns photographed rooms and exteriors from a prompt
    { id: 'room-viz', name: 'RoomViz', vendor: 'RoomViz', domains: ['room-viz.com'], source: 'https://room-viz.com/methodology' }, // its methodology page: room photos restyled or repainted by AI image models it runs on Replicate
    { id: 'homai', name: 'Homai', vendor: 'Homai', domains: ['homaihq.com'], source: 'https://homaihq.com/how-ai-home-design-works' }, // its own explainer: AI room redesign and staging of real-estate photos with image-to-image diffusion models
    { id: 'makerforge-3d-studio', name: 'MakerForge 3D Studio', vendor: 'MakerForge', domains: ['makerforge3dstudio.com'], source: 'https://makerforge3dstudio.com/help' }, // its help centre: AI-generated 3D models downloaded as STL or GLB, free and Pro tiers
    { id: 'printpal', name: 'PrintPal', vendor: 'PrintPal', domains: ['printpal.io'], source: 'https://printpal.io/academy/course/3d-design-with-ai/lesson/your-first-3d-model-text-to-3d' }, // its own academy lesson on its text-to-3D generator for 3D printing
    // Video generation, face swap and video translation.
    { id: 'hooc-ai', name: 'Hooc', vendor: 'Hooc', category: 'video', domains: ['hooc.ai'], source: 'https://help.hooc.ai/docs/templates-video-creation/what-to-do-if-generation-fails-will-credits-auto-restore' }, // its help centre: template video creation run by AI models, credits restored when a generation fails
    { id: 'lookscraft', name: 'LooksCraft', vendor: 'LooksCraft', category: 'video', domains: ['lookscraft.com'], source: 'https://www.lookscraft.com/docs/credits-billing/credit-refunds' }, // its docs: credits refunded when an AI video or image generation fails
    { id: 'vevora', name: 'Vevora', vendor: 'Vevora', category: 'video', domains: ['vevora.app'], source: 'https://vevora.app/help' }, // its help centre: credits for AI video and image generation across models (Kling 2.5 Turbo named)
    { id: 'bestphoto-ai', name: 'BestPhoto', vendor: 'BestPhoto', category: 'video', domains: ['bestphoto.ai'], source: 'https://bestphoto.ai/guides/video-generator/credits-info' }, // its guide to its AI video generator: text-to-video, image-to-video and talking-head videos priced per second
    { id: 'sorawithoutwatermark', name: 'Sora Without Watermark', vendor: 'sorawithoutwatermark.com', category: 'video', domains: ['sorawithoutwatermark.com'], source: 'https://sorawithoutwatermark.com/refund-policy' }, // its refund policy: credit packages for AI video generation, refunded automatically when a generation fails
    { id: 'resofter-ai-video-creator', name: 'AI Video Creator (Resofter)', vendor: 'Resofter', category: 'video', domains: ['aivideocreator.resofter.com'], source: 'https://aivideocreator.resofter.com/terms' }, // the terms of its AI video creator (prompts, references, model credits), on this subdomain only
    { id: 'apob-ai', name: 'APOB AI', vendor: 'APOB AI', category: 'video', domains: ['apob.ai'], source: 'https://help.apob.ai/en/articles/15699710-voice-models' }, // its help centre: AI portrait models, voice models and talking or storyboard videos
    { id: 'aifaceswaps-app', name: 'AI Face Swap (aifaceswaps.app)', vendor: 'aifaceswaps.app', category: 'video', domains: ['aifaceswaps.app'], source: 'https://aifaceswaps.app/terms-of-service' }, // its terms: AI face swapping in photos and videos and AI image generation, for credits
    { id: 'faceswapmaker', name: 'FaceSwapMaker', vendor: 'FaceSwapMaker', category: 'video', domains: ['faceswapmaker.com'], source: 'https://faceswapmaker.com/safety-policy' }, // its safety policy for its AI face swap tools (photos, videos, GIFs)
    { id: 'faceswapai-com', name: 'FaceSwapAI', vendor: 'FaceSwapAI', category: 'video', domains: ['faceswapai.com'], source: 'https://faceswapai.com/ko/trust' }, // its trust page (in English): a consumer AI face-swap and video platform, distinct from deepswap.ai
    // Music, voice, podcasts and audio separation.
    { id: 'musicapi-ai', name: 'MusicAPI', vendor: 'MusicAPI', category: 'audio', domains: ['musicapi.ai'], source: 'https://docs.musicapi.ai/credits-usage-guide' }, // its docs: credits per API call for AI song and lyrics generation across its music models
    { id: 'aimusicapi-ai', name: 'AI Music API', vendor: 'AIMusicAPI', category: 'audio', domains: ['aimusicapi.ai'], source: 'https://docs.aimusicapi.ai/ai-music-api-credits-usage-guide' }, // its docs: endpoints to create, extend, cover and split AI music, billed in credits
    { id: 'melonsound', name: 'MelonSound', vendor: 'MelonSound', category: 'audio', domains: ['melonsound.com'], source: 'https://www.melonsound.com/docs/track-generator/cover' }, // its docs: an AI track generator that makes covers and new songs from uploaded audio and lyrics
    { id: 'brainports', name: 'Brainports', vendor: 'Brainports', category: 'audio', domains: ['brainports.ai'], source: 'https://docs.brainports.ai/help-center/guides/voice-cloning-guide' }, // its help centre: AI voice cloning for character dialogue and narration in audio projects
    { id: 'breezeblue', name: 'Breeze (breezeblue.ai)', vendor: 'Breeze', category: 'audio', domains: ['breezeblue.ai'], source: 'https://docs.breezeblue.ai/guides/voice-clone' }, // its API docs: voice cloning and text-to-speech endpoints
    { id: 'sonicscript-elite', name: 'SonicScript Elite', vendor: 'SonicScript', category: 'audio', domains: ['sonicscriptelite.com'], source: 'https://sonicscriptelite.com/docs/dubbing' }, // its docs: AI dubbing (transcription, translation, voice synthesis) billed per minute
    { id: 'podpulsar', name: 'PodPulsar', vendor: 'PodPulsar', category: 'audio', domains: ['podpulsar.com'], source: 'https://podpulsar.com/docs/' }, // its docs: an AI podcast generator that turns pasted text into episodes with AI voices
    { id: 'easyvoice-ae', name: 'EasyVoice', vendor: 'EasyVoice', category: 'audio', domains: ['easyvoice.ae'], source: 'https://easyvoice.ae/article-to-podcast' }, // its own page: two-host AI podcast scripts from articles, voiced by neural text-to-speech
    { id: 'podcastify-io', name: 'Podcastify', vendor: 'Podcastify', category: 'audio', domains: ['podcastify.io'], source: 'https://podcastify.io/blog/how-do-ai-podcasts-work' }, // its own blog on its AI podcast pipeline (LLM script, neural TTS)
    { id: 'cleanstems', name: 'CleanStems', vendor: 'CleanStems', category: 'audio', domains: ['cleanstems.com'], source: 'https://www.cleanstems.com/guides/what-are-music-stems/' }, // its own guide to its AI vocal remover and stem separation tools
    { id: 'stemconsole', name: 'StemConsole', vendor: 'StemConsole', category: 'audio', domains: ['stemconsole.ai'], source: 'https://www.stemconsole.ai/blog/how-ai-stem-separation-works/' }, // its own blog: an AI separation engine that splits songs into stems and opens them in a mixer
    { id: 'jeeum', name: 'Jeeum', vendor: 'Jeeum', category: 'audio', domains: ['jeeum.space'], source: 'https://www.jeeum.space/en/blog/stem-separation-explained' }, // its own blog: AI stem separation of songs for cover practice
    { id: 'vibesing', name: 'VibeSing', vendor: 'VibeSing', category: 'audio', domains: ['vibesing.me'], source: 'https://www.vibesing.me/glossary/what-is-stem-separation' }, // its own glossary: stem separation as the first step of its AI cover songs with voice models

    // Vendors' own packages and repositories, read at the version or commit in the URL.
    { id: 'odyssey-world-model', name: 'Odyssey', vendor: 'Odyssey', category: 'video', domains: ['odyssey.ml'], apiEndpoints: ['api.odyssey.ml'], source: 'https://www.npmjs.com/package/@odysseyml/odyssey/v/1.3.1' }, // the vendor's own SDK: homepage odyssey.ml, streams from api.odyssey.ml, docs on documentation.api.odyssey.ml (Odyssey-2 Pro, an interactive video world model); not the catalog's `odyssey-app` (odysseyapp.io)
    { id: 'speechlab', name: 'SpeechLab', vendor: 'SpeechLab', category: 'audio', domains: ['speechlab.ai'], apiEndpoints: ['translate-api.speechlab.ai'], source: 'https://github.com/speechlabinc/speechlab-platform-skill/blob/d75eaff7ae0b384741999c1c9df1c02bab019674/speechlab-api/skills/speechlab-api/SKILL.md' }, // SpeechLab's own skill for its AI dubbing platform: sign-up on translate.speechlab.ai (line 23), production API on translate-api.speechlab.ai (line 71); the README links speechlab.ai
    { id: 'krita-ai-diffusion-interstice', name: 'Krita AI Diffusion (Interstice)', vendor: 'Interstice', category: 'image', domains: ['interstice.cloud'], apiEndpoints: ['api.interstice.cloud'], source: 'https://github.com/Acly/krita-ai-diffusion/blob/0217cd2197fcadbd70d7e63af25e29cc21cb7c8b/README.md' }, // the plugin's own README sends users to www.interstice.cloud and docs.interstice.cloud; its cloud client calls api.interstice.cloud (ai_diffusion/backend/cloud_client.py line 82) for hosted image generation
    { id: 'facefusion', name: 'FaceFusion', vendor: 'FaceFusion', category: 'video', domains: ['facefusion.io'], source: 'https://github.com/facefusion/facefusion/blob/33cc6b40a4a538023e12893a0439ce5062e56e36/README.md' }, // the face-swapping and face-manipulation tool's own README: docs on docs.facefusion.io, installers and subscriptions on facefusion.io subdomains
    { id: 'sand-ai-magi', name: 'MAGI (Sand AI)', vendor: 'Sand AI', category: 'video', domains: ['sand.ai'], source: 'https://github.com/SandAI-org/MAGI-1/blob/6ff822e74ded50611e81e1d0e115146b5c4dd2a5/README.md' }, // Sand AI's own model repository links sand.ai as its homepage and magi.sand.ai as the product where MAGI-1 video generation runs (lines 8, 9, 21)
    { id: 'boson-ai', name: 'Boson AI (Higgs Audio)', vendor: 'Boson AI', category: 'audio', domains: ['boson.ai'], source: 'https://github.com/boson-ai/higgs-audio/blob/f04f5df76a6a7b14674e0d6d715b436c422883c6/README.md' }, // Boson AI's own Higgs Audio v2 repository links its text-to-speech playground at boson.ai/demo/tts and its launch post on boson.ai (lines 4, 5)
  ],
  { checked: CHECKED_C16 },
);
