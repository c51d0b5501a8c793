// Eighteenth session, video pass (2026-12-06): AI video tools the catalog still missed. Text- and image-to-video
// generators (independent sites on Veo, Kling, Seedance, Sora and Wan among them, as the sixteenth session's wrappers
// pass admitted), talking-avatar and presenter platforms, AI clippers that cut long videos and podcasts into shorts,
// faceless-channel and blog-to-video tools, AI video-ad and UGC generators, AI dubbing, subtitling and lip-sync,
// AI animation, story and short-drama video makers, AI video background removal, AI product-demo videos and AI video
// summarisers; a few image and audio tools met on the way.
//
// Leads. The stored `pages` corpus searched by product kind (54 look-ups), worded the way vendors word their own terms,
// privacy policies, AI-data and consent policies, refund and credit pages, help centres and API docs, in English,
// German, French, Spanish, Portuguese, Italian, Japanese, Chinese and Korean. Every row cites a page, with a path, on
// the product's own host; each page says in the vendor's words that the product makes, edits, dubs, clips or
// summarises video with AI or names the models or AI providers it calls. Candidate hosts were run through
// /work/helpers/classify-hosts.mts and the catalog grepped by name first. Already listed and left to their entries:
// scenestreet.xyz, reelvideogenerator.com, illustro.app, iaonline.ai, see-dance-2.org, smartavatar.net, vmai.site,
// inviai.com, aikino.film862.com, mirage.ai.kr, ai-photo.pro, vibemv.app, locutoria.com.br, createvision.ai,
// wanvideoai.org, ugcfy.ai, faceswapmaker.com, faceswapai.com, coreaivideo.com, vevora.app, www-veo.com, digen.ai,
// personalityai.net, veo3o1.com, admaker.ai, liquidads.theluxephotos.ca, adcreator-ai.com,
// videobackgroundremover.org, linghuiai.net, klingo1.xyz, kling-5.com, lipdubber.com, kompozy.io, qorden.ai (Dubbix),
// multivoice.ai, vidau.ai, powercut.ai, makeugc.ai, vidwave.ai, jellypod.com, pictory.ai, magichour.ai, heygen.com,
// jogg.ai, videogen.io, visionstory.ai, visla.us, dubly.ai, aistudios.com, animeify.co and fal.ai; aisummary.app is
// the site of the YouTube Transcript AI Summary extension, already an entry by its store id (extensions-c12-2.ts).
// Two generic one-model sites the sixteenth languages pass left out (image-to-image-ai.org, aimusicmaker.ai) are
// admitted here, as the wrappers pass admitted model-named sites: their own terms say they run the AI generation
// they sell. Products met only through their own blogs, glossaries or guides, with no terms or help page read, are
// leads for a later pass: clipmachine.io, viralnote.app, shortgenius.com, filmgine.com, dramamint.io,
// propertyvideos.ai, musicbud.ai, ugcvids.ai, textideo.com, shortube.pro, repostit.io, wurifypeak.com and
// clipfactoryai.com (the seventeenth social pass left that last one out on the same ground). One subdomain is claimed
// alone because its parent is not the AI product: record.featherimpact.com (Guide Recorder). moonshot.kaizynn.com, a
// clipper the seventeenth social pass left out (its parent is a trap there), stays out.
//
// Measured with /work/helpers/classify-hosts.mts on the 346 hosts the searches returned (vendors, blogs, news sites and
// shared hosts alike): 69 classified before (19.9%), 148 (42.8%) after.
//
// Left out. Blogs, guides, glossaries and news; terms with a placeholder company or contact (toaigpt.com's template,
// aicartoon.app's "[Company]", realtoursai.com, liveproperty.io, projectiris.space, qxai.app); demo or
// private tools (dzreward.online, synthlogix.monkhub.in, videogen-tiktok-legal.lucasol.cc); staging hosts
// (docs-stg.dji.elqnt.ai); mobile-app pages (api.obzena.com's VideoShot, genievideo.app, coremoose.com, chattwin.app's
// AI Kiss, aiavatar.fun's `?p=` page); policies on an agency's or a person's host (moads.agency's MoTrend,
// autodub.serfaty.site, cemkoyluoglu.codes, internetadvertisingsolutions.nl); production agencies that use AI for
// clients (animatemystorybook.com, officinacreativa25.com, goodhouse-ai.com, animakertips.com); general products with
// an AI feature (Pirsonal's personalised video, Spiideo's AI highlights, TeachBoard's whiteboard, Screenvod's recorder,
// Tilda's assistant); pages that never say the product uses AI (lipsync.studio's API page, docs.foxapi.cc,
// seedancevideogenerator.net's pricing, vidmageai.com, aishowx.com, demoit.ai, demoable.io, happyreleaseday.com,
// animation.inc, toonstudio.ai, bedtime-stories.fun, avvy's help, AvaMo); shortsmonkey.com, whose AI terms never say
// what it makes; generator.enchantstartup.com, a generator whose contact is an adult site; a plain-http policy
// (storytimespinner.com); and shared platforms (netlify.app, blogspot.com, cloudfront.net, pages.dev, vercel.app,
// zeabur.app, ondigitalocean.app, github.io, notion.site).
//
// Found by another pass too and kept once (merge, 2026-12-06): AISnapEdit in the marketing pass's file; Image-to-Image AI (image-to-image-ai.org) in the image pass's file; MusicToVideo in the music pass's file.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18VideoTools: Tool[] = defineTools(
  'video',
  [
    // --- Text- and image-to-video generators ---
    { id: 'video-generator-ai', name: 'Video-Generator.ai', vendor: 'Video-Generator.ai', domains: ['video-generator.ai'], source: 'https://video-generator.ai/content-ownership-usage-policy' }, // content policy: AI-powered tools generate videos from prompts, images or ideas
    { id: 'image-to-video-app', name: 'Image to Video (image-to-video.app)', vendor: 'image-to-video.app', domains: ['image-to-video.app'], source: 'https://image-to-video.app/terms' }, // terms: AI-powered image-to-video generation, credits per AI model
    { id: 'elfvid', name: 'ElfVid', vendor: 'ElfVid', domains: ['elfvid.com'], source: 'https://elfvid.com/terms' }, // terms: AI-generated personalised elf videos from scripts and prompts
    { id: 'neuvid', name: 'Neuvid', vendor: 'Neuvid', domains: ['neuvid.com'], source: 'https://neuvid.com/privacy-policy' }, // privacy: AI-powered video generation from uploaded images and videos
    { id: 'grokvideogenerator-com', name: 'Grok Video Generator (grokvideogenerator.com)', vendor: 'grokvideogenerator.com', domains: ['grokvideogenerator.com'], source: 'https://grokvideogenerator.com/de/terms' }, // terms (German): an independent AI video-generation platform, text to video with several AI models
    { id: 'seadanceai-com', name: 'seadanceai.com', vendor: 'seadanceai.com', domains: ['seadanceai.com'], source: 'https://seadanceai.com/de/legal/terms-of-service' }, // terms (German): its AI video-generation tools make videos from prompts and images
    { id: 'veo-video-org', name: 'Veo Video (veo-video.org)', vendor: 'veo-video.org', domains: ['veo-video.org'], source: 'https://veo-video.org/ja/terms-of-service' }, // terms (Japanese): an AI video-generation platform making videos from text prompts and images
    { id: 'botgo-ai', name: 'BotGo AI', vendor: 'BotGo AI', domains: ['botgo.ai'], source: 'https://botgo.ai/ja/terms-of-service' }, // terms (Japanese): AI-based video generation from text prompts, free of charge
    { id: 'vo3-ai', name: 'VO3 AI', vendor: 'VO3 AI', domains: ['vo3ai.com'], source: 'https://www.vo3ai.com/ko/terms' }, // terms (Korean): rights in the videos generated on paid and free plans
    { id: 'makefilm-ai', name: 'makefilm.ai', vendor: 'makefilm.ai', domains: ['makefilm.ai'], source: 'https://makefilm.ai/pt-PT/terms-of-service' }, // terms (Portuguese): creative exploration with AI tools; prompts, images and videos generated
    { id: 'animationai-art', name: 'AnimationAI.art', vendor: 'AnimationAI.art', domains: ['animationai.art'], source: 'https://animationai.art/terms' }, // terms (Chinese): an AI video platform (image, text and reference to video) on Sora 2, Veo 3.1, Wan 2.6 and Seedance
    { id: 'sketchvideo-ai', name: 'SketchVideo AI', vendor: 'sketchtovideoai.com', domains: ['sketchtovideoai.com'], source: 'https://www.sketchtovideoai.com/terms-of-service' }, // terms: an AI-powered service that turns sketches and storyboards into short videos
    { id: 'genaintel', name: 'GenAIntel', vendor: 'GenAIntel', domains: ['genaintel.com'], source: 'https://www.genaintel.com/terms' }, // terms: videos generated with various third-party AI models, credits per model
    { id: 'seedancev2ai-com', name: 'SeedanceV2 AI (seedancev2ai.com)', vendor: 'seedancev2ai.com', domains: ['seedancev2ai.com'], source: 'https://seedancev2ai.com/en/refund' }, // refund policy: GPU costs of running Seedance 2.0, Sora and Veo3; failed AI generations refunded in credits
    { id: 'aivideogenerator-se', name: 'AI Video Generator (aivideogenerator.se)', vendor: 'aivideogenerator.se', domains: ['aivideogenerator.se'], region: 'europe', source: 'https://aivideogenerator.se/sv/refund-policy' }, // refund policy: credits for an AI video-generation service, refunded on provider API failures
    { id: 'novavideo-ai', name: 'NovaVideo', vendor: 'novavideo.ai', domains: ['novavideo.ai'], source: 'https://novavideo.ai/zh/terms' }, // terms (Chinese): image-to-video platform on Sora 2, Veo 3, Kling and Runway models
    { id: 'replace-video', name: 'Replace.Video', vendor: 'Replace.Video Ltd', domains: ['replace.video'], source: 'https://replace.video/docs/terms-of-use' }, // terms: generative AI video models, artists keep rights in works made with their models
    { id: 'clipstudios-ai', name: 'ClipStudios.ai', vendor: 'ClipStudios.ai', domains: ['clipstudios.ai'], source: 'https://clipstudios.ai/model-terms/' }, // model terms: generation with Veo 3.1, Kling 2.6, Wan 2.6 and Seedance, each provider's rules summarised
    { id: 'flowideo', name: 'Flowideo', vendor: 'Genez LLC', domains: ['flowideo.com'], source: 'https://flowideo.com/terms' }, // terms: prompts and uploads turned into short videos by third-party AI models, long videos into clips
    { id: 'klipvo', name: 'Klipvo', vendor: 'Klipvo', domains: ['klipvo.com'], source: 'https://klipvo.com/ja/privacy' }, // privacy: an AI video and image generation aggregator that forwards prompts to AI providers
    { id: 'kliptix', name: 'Kliptix', vendor: 'Eldoranext', domains: ['kliptix.ai'], source: 'https://www.kliptix.ai/legal/privacy?lang=en' }, // privacy: AI-driven video creation (script, visuals, voice, edit) through an AI model broker
    { id: 'aivdo', name: 'AIVDO', vendor: 'AIVDO', domains: ['aivdo.ai'], region: 'southeast-asia', source: 'https://aivdo.ai/terms' }, // terms: AI text-to-video with generated images, clips, narration and subtitles; Thai payments
    { id: 'koy-studio', name: 'Koy Studio', vendor: 'koy.studio', domains: ['koy.studio'], source: 'https://koy.studio/privacy' }, // privacy: briefs and prompts sent to the AI model providers that generate the videos and audio
    { id: 'ultimatecreator-ai', name: 'Ultimate Creator', vendor: 'ultimatecreator.ai', domains: ['ultimatecreator.ai'], source: 'https://ultimatecreator.ai/privacy' }, // privacy: AI video generation, digital-twin avatars and C2PA-marked outputs
    { id: 'tellow-ai', name: 'Tellow', vendor: 'Tellow', category: 'image', domains: ['tellow.ai'], source: 'https://tellow.ai/ai-data-sharing/' }, // AI data-sharing consent: personalised images and videos generated through fal and Replicate
    // --- Avatars, presenters and talking photos ---
    { id: 'twin-actor', name: 'Twin Actor', vendor: 'twin.actor', domains: ['twin.actor'], source: 'https://www.twin.actor/docs/api/avatar-projects' }, // API docs: talking-head avatar videos generated with Kling AI and voice lip-sync
    { id: 'anymate-me', name: 'Anymate Me', vendor: 'Anymate Me GmbH', domains: ['anymateme.com'], region: 'europe', source: 'https://anymateme.com/terms-and-conditions' }, // terms (German): automated video creation based on AI, with personalised avatars (Cologne)
    { id: 'zenit-media-markethub', name: 'Zenit Media (markethub.live)', vendor: 'Zenit Media GmbH', domains: ['markethub.live'], region: 'europe', source: 'https://markethub.live/nutzung' }, // terms (German): an AI video-generation platform with script input and avatar presenters (Hamburg)
    { id: 'aidentical', name: 'AIdentical', vendor: 'Maximfied GmbH', domains: ['aidentical.de'], region: 'europe', source: 'https://aidentical.de/agbs' }, // terms (German): custom AI avatars and AI-generated video, with self-serve platform access
    { id: 'spreadfilms-ai', name: 'spreadfilms.ai', vendor: 'Spreadfilms GmbH', domains: ['spreadfilms.ai'], region: 'europe', source: 'https://spreadfilms.ai/agbs/' }, // terms (German): template videos and new language versions made with third-party AI (e.g. OpenAI) and AI voices
    { id: 'maidan13', name: 'Maidan13', vendor: 'Maidan13', category: 'image', domains: ['maidan13.com'], source: 'https://www.maidan13.com/legal/ai-likeness' }, // AI likeness consent: uploaded faces processed by AI to generate and transform visual outputs
    { id: 'aikissvideo-app', name: 'KissMotion', vendor: 'KissMotion', domains: ['aikissvideo.app'], source: 'https://aikissvideo.app/privacy-policy' }, // privacy: AI-powered kissing videos generated from uploaded photos
    { id: 'atveanimation', name: 'AtVeAnimation', vendor: 'AtVeAnimation', domains: ['atveanimation.com'], source: 'https://www.atveanimation.com/privacy' }, // privacy: cartoon videos from a selfie (a LoRA on Replicate, fal.ai image-to-video, XTTS voice cloning, Claude)
    // --- AI clipping: long videos and podcasts into shorts ---
    { id: 'unspool-studio', name: 'Unspool Studio', vendor: 'Unspool Studio', domains: ['unspoolstudio.com'], source: 'https://unspoolstudio.com/docs/guides/agent' }, // docs: an AI Clip Agent transcribes new podcast episodes, finds and scores clip-worthy moments
    { id: 'longtoshorts', name: 'LongToShorts', vendor: 'LongToShorts', domains: ['longtoshorts.com'], source: 'https://longtoshorts.com/privacy?lang=en' }, // privacy: video audio sent to the OpenAI API for transcription and analysis into clips
    { id: 'ai-podcast-clipper-a-pch', name: 'AI Podcast Clipper', vendor: 'a-pch.com', domains: ['a-pch.com'], source: 'https://a-pch.com/privacy' }, // privacy: short clips generated by AI, highlight detection and metadata by Gemini
    { id: 'podcut-dev', name: 'PodCut', vendor: 'PodCut', domains: ['podcut.dev'], source: 'https://podcut.dev/privacy' }, // privacy: uploads transcribed by Whisper and analysed by GPT-4o for highlights
    { id: 'hookmachine-ai', name: 'HookMachineAI', vendor: 'HookMachineAI', domains: ['hookmachineai.com'], source: 'https://hookmachineai.com/legal/privacy-policy' }, // privacy: viral hooks generated through the Gemini AI API and overlaid on uploaded videos
    // --- Faceless channels, blog-to-video and social shorts ---
    { id: 'facelessflow', name: 'FacelessFlow', vendor: 'FacelessFlow', domains: ['facelessflow.ai'], source: 'https://facelessflow.ai/privacy' }, // privacy: AI-powered video generation, uploads the AI-generated videos to YouTube
    { id: 'faceless-lab', name: 'Faceless Lab', vendor: 'Faceless Lab', domains: ['facelesslab.video'], source: 'https://facelesslab.video/privacy' }, // privacy: an AI video-generation service publishing to YouTube, LinkedIn and Meta
    { id: 'shortslab-pro', name: 'ShortsLab', vendor: 'ShortsLab', domains: ['shortslab.pro'], source: 'https://shortslab.pro/terms' }, // terms: personalised videos generated by artificial intelligence and shared to social platforms
    { id: 'shortspilot', name: 'Shortspilot', vendor: 'Chatbyte GmbH', domains: ['shortspilot.ai'], region: 'europe', source: 'https://www.shortspilot.ai/terms-of-service' }, // terms: requests shared with Microsoft and OpenAI for their AI offerings (Hamburg)
    { id: 'shorts-ai-shortsai-com', name: 'Shorts AI (shortsai.com)', vendor: 'Shorts AI', domains: ['shortsai.com'], source: 'https://shortsai.com/privacy' }, // privacy: AI short-form videos with AI voiceovers, images, captions and UGC-style talking videos
    { id: 'reelsmakerai', name: 'ReelsMakerAI', vendor: 'ReelsMakerAI', domains: ['reelsmakerai.com'], source: 'https://reelsmakerai.com/privacy' }, // privacy: AI video creation services, uploads to the user's YouTube channel
    { id: 'tikreels', name: 'TikReels', vendor: 'TikReels', domains: ['tikreels.com'], source: 'https://www.tikreels.com/privacy' }, // privacy: TikTok slideshow automation with scripts generated through OpenAI's API
    { id: 'logreel', name: 'LogReel', vendor: 'LogReel', domains: ['logreel.com'], source: 'https://logreel.com/legal/privacy-policy' }, // privacy: blog posts into videos, scripts and keywords written by Google Gemini
    { id: 'reelink-studio', name: 'Reelink', vendor: 'reelink.studio', domains: ['reelink.studio'], source: 'https://reelink.studio/privacy' }, // privacy: article URLs into reels; OpenAI and Anthropic models for script, voice, captions and visuals
    { id: 'aivideoai-net', name: 'AIVideoAI', vendor: 'AIVideoAI', domains: ['aivideoai.net'], source: 'https://aivideoai.net/privacy' }, // privacy: AI-powered video creation, scripts through Anthropic and voices through ElevenLabs
    { id: 'viralvideo-app', name: 'ViralVideo (viralvideo.app)', vendor: 'viralvideo.app', domains: ['viralvideo.app'], source: 'https://viralvideo.app/en/create/billing' }, // billing help: points spent on AI voiceover and AI script writing for each video
    { id: 'writers-studio-io', name: 'Writers Studio (writersstudio.io)', vendor: 'writersstudio.io', domains: ['writersstudio.io'], source: 'https://www.writersstudio.io/legal/privacy' }, // privacy: books into videos through Claude, Gemini, Kling and ElevenLabs
    // --- Video ads and UGC ---
    { id: 'shorto-app', name: 'Shorto', vendor: 'Shorto', domains: ['shorto.app'], source: 'https://shorto.app/terms' }, // terms: AI influencers and short-form UGC ads posted to YouTube, Instagram and TikTok
    { id: 'aiadzy', name: 'AiAdzy', vendor: 'AiAdzy', domains: ['aiadzy.com'], source: 'https://aiadzy.com/privacy' }, // privacy: AI video ads, product images read by GPT-5-mini and videos made through the Sora 2 API
    { id: 'copyads-ai', name: 'copyads.ai', vendor: 'copyads.ai', domains: ['copyads.ai'], source: 'https://copyads.ai/privacy' }, // privacy: video ads generated through kie.ai (Seedance), Replicate and Gemini vision
    { id: 'viral-ad', name: 'Viral.ad', vendor: 'CJ Studio LLC', domains: ['viral.ad'], source: 'https://www.viral.ad/privacy' }, // privacy: AI video ads from product URLs, AI-generated scripts and voiceovers
    // --- Dubbing, subtitles and lip-sync ---
    { id: 'chamelaion', name: 'CHAMELAION', vendor: 'CHAMELAION GmbH', domains: ['chamelaion.com'], region: 'europe', source: 'https://www.chamelaion.com/terms' }, // terms: video translation and AI-supported lip synchronisation, with API access (Frankfurt)
    { id: 'dubbstudio', name: 'DubbStudio', vendor: 'DubbStudio', domains: ['dubbstudio.com'], source: 'https://dubbstudio.com/privacy' }, // privacy: an AI video-dubbing pipeline (Deepgram, ElevenLabs, OpenAI) with voice clones
    { id: 'hey-subtitle', name: 'Hey Subtitle', vendor: 'Hey Subtitle', domains: ['heysubtitle.com'], source: 'https://heysubtitle.com/en/privacy' }, // privacy: subtitle transcription and translation through Azure OpenAI, plus AI voice dubbing
    { id: 't1dub', name: 'T1Dub', vendor: 'T1Dub', domains: ['t1dub.tech'], source: 'https://t1dub.tech/legal/privacy' }, // privacy: an AI-powered video-dubbing platform with voice clones and live meeting dubbing
    // --- Animation, stories and short dramas ---
    { id: 'draftmotion', name: 'DraftMotion', vendor: 'DraftMotion', domains: ['draftmotion.ai'], source: 'https://draftmotion.ai/terms' }, // terms: an AI-powered platform that generates motion graphics from text prompts
    { id: 'science-video-generator', name: '3D Science Video Generator', vendor: 'sciencevideo.site', domains: ['sciencevideo.site'], source: 'https://sciencevideo.site/terms-of-service' }, // terms: an AI educational platform generating 3D science animations
    { id: 'voooai', name: 'VoooAI', vendor: 'VoooAI', domains: ['voooai.com'], source: 'https://voooai.com/templates/short-drama-script-template' }, // template page: short-drama scripts rendered through the Kling O3, Seedance 2.0 and Wan2.6 AI video engines
    { id: 'kidsstoryteller-ai', name: 'KidsStoryteller.ai', vendor: 'KidsStoryteller.ai', domains: ['kidsstoryteller.ai'], source: 'https://kidsstoryteller.ai/privacy' }, // privacy: an AI-powered text-to-speech and story-video generation service
    { id: 'starrytalez', name: 'StarryTalez', vendor: 'StarryTalez', domains: ['starrytalez.com'], source: 'https://starrytalez.com/privacy' }, // privacy: AI-powered personalised bedtime-story videos (scripts, illustrations, audio)
    { id: 'storybookly', name: 'StoryBookly', vendor: 'StoryBookly', category: 'image', domains: ['storybookly.app'], source: 'https://storybookly.app/zh-Hant-HK/policies/terms' }, // terms (Chinese): an AI-assisted platform for personalised storybooks and comics
    // --- Background removal ---
    { id: 'bgless-video', name: 'bgless.video', vendor: 'bgless.video', domains: ['bgless.video'], source: 'https://bgless.video/privacy-policy' }, // privacy: transparent-video maker and background remover; prompts, selected model and AI-provider tasks
    { id: 'unbg-video', name: 'unbg.video', vendor: 'unbg.video', domains: ['unbg.video'], source: 'https://unbg.video/privacy-policy' }, // privacy: AI video background removal and editing tools
    // --- Product-demo and guide videos ---
    { id: 'guide-recorder-featherimpact', name: 'Guide Recorder', vendor: 'Feather Impact', domains: ['record.featherimpact.com'], source: 'https://record.featherimpact.com/terms.html' }, // terms: Chrome extension with AI script generation, text-to-speech narration and MP4 export (subdomain only)
    { id: 'demogenius-ai', name: 'DemoGenius AI', vendor: 'DemoGenius', category: 'productivity', domains: ['demogenius.ai'], source: 'https://www.demogenius.ai/privacy' }, // privacy: an AI-agent platform for interactive product demos, AI narration and translations
    { id: 'demokaze', name: 'Demokaze', vendor: 'Demokaze', domains: ['demokaze.com'], source: 'https://demokaze.com/privacy' }, // privacy: Claude writes the demo script from page screenshots, then a demo video is recorded
    // --- Video summarisers ---
    { id: 'videosummarizer-net', name: 'VideoSummarize (videosummarizer.net)', vendor: 'videosummarizer.net', category: 'productivity', domains: ['videosummarizer.net'], source: 'https://videosummarizer.net/privacy.html' }, // privacy: YouTube summaries and AI chat through OpenAI, Google Gemini and DeepSeek
    { id: 'aivideosummarizer-io', name: 'AI Video Summarizer (aivideosummarizer.io)', vendor: 'aivideosummarizer.io', category: 'productivity', domains: ['aivideosummarizer.io'], source: 'https://aivideosummarizer.io/privacy-policy/' }, // privacy: summaries, key points and outlines generated from uploaded videos
    // --- Image and audio tools met on the way ---
    { id: 'studioshootai', name: 'StudioShootAI', vendor: 'StudioShootAI', category: 'image', domains: ['studioshootai.com'], region: 'europe', source: 'https://www.studioshootai.com/terms' }, // terms (French): personalised AI photos and AI models, data hosted in France
    { id: 'animate-myself', name: 'Animate Myself', vendor: 'Animate Myself', category: 'image', domains: ['animatemyself.com'], source: 'https://www.animatemyself.com/terms-of-use' }, // terms: AI-generated digital portraits from submitted photos
    { id: 'aimusicmaker-ai', name: 'AI Music Maker (aimusicmaker.ai)', vendor: 'aimusicmaker.ai', category: 'audio', domains: ['aimusicmaker.ai'], source: 'https://aimusicmaker.ai/it/terms-of-service' }, // terms (Italian): AI music generation, voice cloning, stem separation and lyrics
    { id: 'audiclip', name: 'audiclip', vendor: 'audiclip', category: 'audio', domains: ['audiclip.com'], source: 'https://www.audiclip.com/privacy' }, // privacy: saved articles turned into podcast episodes by an AI pipeline
  ],
  { checked: CHECKED_C18 },
);
