// Seventeenth session, social pass (2026-12-06, issue 15): social-media and creator AI tools the catalog still missed:
// AI clippers that cut long videos and streams into shorts, faceless and text-to-short-video generators, AI caption and
// subtitle makers, AI thumbnail generators, AI UGC-ad, avatar, VTuber and influencer makers, AI profile-picture makers,
// AI post, tweet, carousel, Pinterest-pin and comment-reply writers, autonomous posting agents, and AI meme makers.
//
// Leads. 52 look-ups in the stored `pages` corpus, by product kind and in the words vendors put on their own terms,
// privacy, acceptable-use, AI-policy and docs pages (English, plus German, French, Spanish, Portuguese, Japanese,
// Korean, Russian, Chinese and Indonesian wordings); six of the later look-ups named a lead seen only on a blog, to
// reach its vendor's own policy page. Every row cites such a page, with a path, on the product's own host (one,
// carousels-generator.com, on a second host of the same vendor), and each page says in its own words that the product
// generates, transcribes or picks clips with AI, LLMs or a named model. The rest of data/ was grepped and run through
// classify-hosts.mts first; none of these hosts classified. At the merge, five products the voice and ecom passes had
// added the same day were kept there and taken out here (EasySub and subs.rip in voice; UGCfy, EzUGC and UGC Studio in
// ecom): 69 → 64 rows.
//
// Measured with /work/helpers/classify-hosts.mts on the 325 hosts the searches returned (vendors, blogs, news sites
// and shared hosts alike, www. dropped): 13 classified before (4.0%), 83 (25.5%) after.
//
// Same name: names.mts pairs Clip AI (clipai.app, an AI short-video studio) with 'clip' on clip.audio
// (long-tail-c5-media.ts), an unrelated audio tool from another vendor; the two stay separate entries.
//
// Left out. Mobile-only apps whose pages are store-app policies (Auto Clipper on nitedreamworks.com, SUBTL, Caption AI
// on bytecovesoftware.com, AI-Powered Auto-Captions on subtitlesapp.site, Meem AI, MemeFast, Autoslides on
// charts-gpt.com, Trendify AI, AI Story, SubFlow AI on speaksubtitle.com, Vesora, JoyClip, Caption It); Telegram-only
// bots (Carousel Maker on carouselmaker.one); shared platforms and personal hosts (vercel.app, pages.dev, workers.dev,
// netlify.app, github.io, webflow.io, sites.google.com and cloudfront.net copies, transcript.nnws.qzz.io,
// x-share.iamdev.me, imagemaster.schulabs.com, webscenen8n.xyz, warpefelt.se, viral.ieltsaitutor.com); staging or
// template hosts (makeugc-staging, staging.vlogme.ai, pre.shortplaystudio.com, starter.a3i.ai, dzreward.online's demo,
// fabricsjoi.com's unfilled SocialAI draft); blogs, glossaries and guides with no policy page found (clipfactoryai.com,
// joyspace.ai, versely.studio, clip-forge.io, shorz.ai, viddyflow.com, getsocialclaw.com, ugcgen.ai, stitchr.app,
// easyssub.com, autoclip.dev, lychee.video, editbuddy.app, eliro.pro, ppl.studio, lipsync.com, arteza.ai,
// aiinfluencergenerator.net, carouselstudio.design); pages that do not tie the product to AI (clipmaker.art's optional
// AI moment pick, reelcaption.cc, clipper.emsa.pro, titles.video, scriptlark.com, lithoughts.com, downsub.io,
// capshun.cc, subtlesubtitle.com, commentsstudio.com, replio.cc, post2youtube.com, vizai.art, aimediastudio.biz,
// aichannelcreator.com, vidai.help, createa.meme, mememes.app, clipfusionapp.com, studio.belisc.com,
// streamer-summaries.com, docs.vod.ing); schedulers and general suites with an AI feature (socialcal.app,
// simplifyyoursocials.com, postsmith.app, PostPilot on borstphoto.com, picsart.com's AI Influencer Studio, CapCut);
// ClipsAI Studio, a local app on a subdomain of a general tech site (clipper.thetechtive.id); PeakClips, whose policy
// was read only on pages.dev; and hosts of other kinds left for their passes (SEO and AI-visibility writers, AI
// transcription and TTS sites, general text-to-video generators, AI stock-image taggers, developer frameworks).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17SocialTools: Tool[] = defineTools(
  'other',
  [
    // --- AI clippers: long videos, podcasts and streams cut into shorts ---
    { id: 'clipperok', name: 'Clipperok', vendor: 'Clipperok', category: 'video', domains: ['clipperok.com'], source: 'https://clipperok.com/terms' }, // terms: AI clip creation with AI transcription and subtitles
    { id: 'clipengine', name: 'ClipEngine', vendor: 'ClipEngine', category: 'video', domains: ['clipengine.tv', 'clipengine.app'], source: 'https://clipengine.tv/terms' }, // terms: long video to short clips with AI cropping, captions and hooks; the app is on clipengine.app
    { id: 'clip-ai-app', name: 'Clip AI', vendor: 'Clip AI', category: 'video', domains: ['clipai.app'], source: 'https://www.clipai.app/terms' }, // terms: AI-assisted short videos for Shorts, Reels and TikTok from Claude, OpenAI, Gemini and ElevenLabs
    { id: 'clipscraft', name: 'ClipsCraft', vendor: 'ClipsCraft', category: 'video', domains: ['clipscraft.com'], source: 'https://www.clipscraft.com/terms' }, // terms: uses AI to make and publish short videos for TikTok and YouTube
    { id: 'clipus', name: 'Clipus', vendor: 'InsperLab', category: 'video', domains: ['clipus.io'], source: 'https://clipus.io/terms' }, // terms: AI platform turning SaaS product demos into multilingual short marketing videos
    { id: 'klipse-ai', name: 'Klipse', vendor: 'SfacSpace', category: 'video', domains: ['klipse-ai.com'], source: 'https://klipse-ai.com/terms', region: 'korea' }, // terms: AI short-form video generation with automatic YouTube upload
    { id: 'flow-state-clips', name: 'Flow State', vendor: 'Flow State', category: 'video', domains: ['flowstateclips.com'], source: 'https://flowstateclips.com/privacy' }, // privacy: Gemini analyses stream VODs to pick clips; Whisper captions
    { id: 'clipbot-gg', name: 'ClipBot', vendor: 'ClipBot.gg', category: 'video', domains: ['clipbot.gg'], source: 'https://www.clipbot.gg/Privacy' }, // privacy: generates highlight clips from Twitch VODs with AI
    { id: 'clipforge-tv', name: 'ClipForge', vendor: 'ClipForge', category: 'video', domains: ['clipforge.tv'], source: 'https://clipforge.tv/privacy' }, // privacy: an AI short-form video generator (scripts, voiceover)
    { id: 'clippilot', name: 'ClipPilot', vendor: 'ClipPilot', category: 'video', domains: ['clippilot.app'], source: 'https://www.clippilot.app/terms-of-service' }, // terms: AI-driven video creation from prompts with generated images, TTS and captions
    { id: 'clipmaker-video', name: 'ClipMaker', vendor: 'ClipMaker', category: 'video', domains: ['clipmaker.video'], source: 'https://clipmaker.video/privacy' }, // privacy: AI video clip generation from prompts and characters
    { id: 'clipcrafter', name: 'ClipCrafter', vendor: 'ClipCrafter', category: 'video', domains: ['clipcrafter.app'], source: 'https://www.clipcrafter.app/privacy' }, // privacy: AI video creation that posts to YouTube, TikTok and Instagram
    { id: 'ai-clip-studio', name: 'AI Clip Studio', vendor: 'Seibert Software Solutions', category: 'video', domains: ['aiclipstudio.com'], source: 'https://aiclipstudio.com/en/privacy-policy' }, // privacy: videos with audio and captions generated from text prompts
    { id: 'videoforce-ai', name: 'VideoForce.ai', vendor: 'VideoForce.ai', category: 'video', domains: ['videoforce.ai'], source: 'https://videoforce.ai/terms-of-use.html' }, // terms: clips made by a proprietary AI generator, with a creator-brand marketplace

    // --- Faceless and text-to-short-video generators ---
    { id: 'script2shorts', name: 'Script2Shorts', vendor: 'Script2Shorts', category: 'video', domains: ['script2shorts.com'], source: 'https://script2shorts.com/privacy' }, // privacy: an AI video generation platform sending prompts to AI models
    { id: 'script-video-ai', name: 'Script Video AI', vendor: 'Script Video AI', category: 'video', domains: ['scripttovideoai.online'], source: 'https://www.scripttovideoai.online/privacy-policy' }, // privacy: AI script-to-video with storyboards
    { id: 'reelgenius', name: 'ReelGenius', vendor: 'ReelGenius', category: 'video', domains: ['getreelgenius.app'], source: 'https://www.getreelgenius.app/legal/ai-media-policy' }, // AI media policy: AI scripts, TTS voiceovers, avatar presenters and AI-edited video
    { id: 'threadvid', name: 'ThreadVid', vendor: 'ThreadVid', category: 'video', domains: ['threadvid.com'], source: 'https://www.threadvid.com/terms' }, // terms: public Reddit stories turned into narrated short videos, AI-made media disclosed
    { id: 'voxstories', name: 'VoxStories', vendor: 'VoxStories', category: 'video', domains: ['voxstories.com'], source: 'https://www.voxstories.com/terms' }, // terms: GPT-5 book writing, AI audiobooks and animated videobooks for YouTube
    { id: 'viral-slide-post', name: 'Viral Slide Post', vendor: 'Primo Technology', category: 'video', domains: ['viralslidepost.com'], source: 'https://viralslidepost.com/terms-of-service' }, // terms: AI slideshow and short-video generation posted to TikTok
    { id: 'clipdraft', name: 'ClipDraft', vendor: 'ClipDraft', category: 'video', domains: ['clipdraft.de'], source: 'https://clipdraft.de/privacy', region: 'europe' }, // privacy: Seedance video generation, OpenAI caption and script tools, TikTok drafts
    { id: 'vibemv', name: 'VibeMV', vendor: 'Techila AI', category: 'video', domains: ['vibemv.app'], source: 'https://vibemv.app/pt-BR/terms' }, // terms (Portuguese): AI music-video creation platform

    // --- AI captions and subtitles for short videos and posts ---
    { id: 'reel-video-captions', name: 'Reel Video Captions', vendor: 'Reel Video Captions', category: 'video', domains: ['reelvideocaptions.com'], source: 'https://reelvideocaptions.com/privacy.html' }, // privacy: short-video captions transcribed with OpenAI Whisper
    { id: 'instacaptions', name: 'instacaptions AI', vendor: 'instacaptions', category: 'writing', domains: ['instacaptions.online'], source: 'https://instacaptions.online/privacy' }, // privacy: caption, hashtag and quote generators run on an LLM API
    { id: 'captionmakerai', name: 'CaptionMakerAI', vendor: 'CaptionMakerAI', category: 'writing', domains: ['captionmakerai.com'], source: 'https://captionmakerai.com/privacy-policy/' }, // privacy: social captions and hashtags generated through OpenAI

    // --- AI thumbnails ---
    { id: 'thumbnail-studio', name: 'Thumbnail Studio', vendor: 'Thumbnail Studio', category: 'image', domains: ['thumbnailstudioo.com'], source: 'https://www.thumbnailstudioo.com/terms' }, // terms: edits and generates YouTube thumbnails with AI
    { id: 'aithumbnail-io', name: 'AI Thumbnail', vendor: 'AI Thumbnail', category: 'image', domains: ['aithumbnail.io'], source: 'https://aithumbnail.io/terms-of-service' }, // terms: AI-generated images aimed at YouTube thumbnails
    { id: 'thumbmaker', name: 'ThumbMaker', vendor: 'ThumbMaker.ai', category: 'image', domains: ['thumbmaker.ai'], source: 'https://www.thumbmaker.ai/jp/terms-of-service' }, // terms: AI thumbnail generation for social content
    { id: 'thumbnail-face', name: 'Thumbnail Face', vendor: 'Thumbnail Face', category: 'image', domains: ['thumbnailface.app'], source: 'https://www.thumbnailface.app/terms-of-service' }, // terms: AI swaps facial expressions on uploaded faces for thumbnails
    { id: 'thumbnailed', name: 'Thumbnailed', vendor: 'Findoria', category: 'image', domains: ['thumbnailed.app'], source: 'https://thumbnailed.app/terms', region: 'europe' }, // terms: thumbnails generated from uploaded videos by third-party AI
    { id: 'ebonash', name: 'Ebonash', vendor: 'Ebonash', category: 'image', domains: ['ebonash.space'], source: 'https://ebonash.space/terms' }, // terms: an AI thumbnail generator working from a video title

    // --- AI UGC ads, avatars, VTubers, influencers and profile pictures ---
    { id: 'coreaivideo', name: 'CoreAIVideo', vendor: 'CoreAIVideo', category: 'video', domains: ['coreaivideo.com'], source: 'https://coreaivideo.com/avatar-voice-clone-likeness-consent-policy/' }, // likeness policy: AI avatars, influencers, voices and UGC-style videos
    { id: 'toki-ai', name: 'Toki AI', vendor: 'Toki AI', category: 'video', domains: ['toki.ai'], source: 'https://toki.ai/terms-of-service' }, // terms: photos turned into talking AI avatars with lip-sync
    { id: 'avatarli', name: 'Avatarli', vendor: 'Avatarli', category: 'video', domains: ['avatarli.com'], source: 'https://avatarli.com/acceptable-use' }, // acceptable use: AI models render synthetic presenters speaking user scripts
    { id: 'ugc-engineer', name: 'UGC Engineer', vendor: 'UGC Engineer', category: 'video', domains: ['ugc.engineer'], source: 'https://ugc.engineer/privacy-policy' }, // privacy: AI hooks and content for TikTok slideshows, Anthropic named
    { id: 'slidegenie-org', name: 'SlideGenie', vendor: 'SlideGenie', category: 'video', domains: ['slidegenie.org'], source: 'https://www.slidegenie.org/privacy' }, // privacy: AI-made TikTok slideshows published by API
    { id: 'ugc-creator-ai', name: 'UGC Creator AI', vendor: 'UGC Creator AI', category: 'video', domains: ['ugccreatorai.app'], source: 'https://www.ugccreatorai.app/privacy-policy' }, // privacy: an AI UGC video generator
    { id: 'layers-ai-influencers', name: 'Layers', vendor: 'Layers', category: 'video', domains: ['layers.com'], source: 'https://developers.layers.com/docs/projects/settings-influencers' }, // docs: AI-generated influencer personas as the face of generated UGC
    { id: 'personalityai', name: 'PersonalityAI', vendor: 'Engage AI Ventures', category: 'video', domains: ['personalityai.net'], source: 'https://www.personalityai.net/legal/terms' }, // terms: artists' digital twins rendered for licensed brand use ("Digital Twin AI")
    { id: 'ai-vtuber-org', name: 'AI VTuber', vendor: 'AI VTuber', category: 'image', domains: ['aivtuber.org'], source: 'https://aivtuber.org/terms-of-service' }, // terms: AI VTuber starter kits, expression variants and short clips
    { id: 'vtube-chat', name: 'vtube.chat', vendor: 'vtube.chat', category: 'chat', domains: ['vtube.chat'], source: 'https://vtube.chat/terms' }, // terms: AI conversations with voice and avatar rendering via Anthropic, OpenAI and ElevenLabs
    { id: 'profilephoto-me', name: 'ProfilePhoto.me', vendor: 'ProfilePhoto.me', category: 'image', domains: ['profilephoto.me'], source: 'https://profilephoto.me/privacy.php' }, // privacy: AI profile photos generated from a selfie
    { id: 'trendavatar', name: 'TrendAvatar', vendor: 'TrendAvatar', category: 'image', domains: ['trendavatar.app'], source: 'https://trendavatar.app/privacy' }, // privacy: AI-generated profile pictures from uploaded selfies

    // --- AI post, tweet, carousel and pin writers; replies; posting agents ---
    { id: 'postautomatic', name: 'PostAutomatic', vendor: 'PostAutomatic', category: 'writing', domains: ['postautomatic.com'], source: 'https://postautomatic.com/terms' }, // terms: AI content creation and scheduling for LinkedIn, Instagram, Facebook, Threads
    { id: 'poststudio-ai', name: 'PostStudio', vendor: 'PostStudio', category: 'writing', domains: ['poststudio.ai'], source: 'https://www.poststudio.ai/terms' }, // terms: AI generation of social posts and images in the brand's voice
    { id: 'twinwrite', name: 'TwinWrite', vendor: 'TwinWrite', category: 'writing', domains: ['twinwrite.com'], source: 'https://twinwrite.com/terms', region: 'europe' }, // terms: AI reframes news in the brand voice and schedules LinkedIn and X posts
    { id: 'tweetx-ai', name: 'TweetX', vendor: 'TweetX', category: 'writing', domains: ['tweetx.ai'], source: 'https://tweetx.ai/privacy' }, // privacy: X drafting with an AI persona through OpenAI and Anthropic
    { id: 'tweetreplier', name: 'TweetReplier', vendor: 'TweetReplier', category: 'writing', domains: ['tweetreplier.com'], source: 'https://www.tweetreplier.com/privacy.html' }, // privacy: AI-generated replies and tweets (extension and site)
    { id: 'tweetwizard', name: 'TweetWizard', vendor: 'TweetWizard', category: 'writing', domains: ['tweetwizard.ai'], source: 'https://tweetwizard.ai/privacy' }, // privacy: AI-generated tweet ideas and tweets, scheduled to X
    { id: 'tweetskill', name: 'TweetSkill', vendor: 'TweetSkill', category: 'writing', domains: ['tweetskill.com'], source: 'https://www.tweetskill.com/privacy' }, // privacy: an LLM distils a persona from an X account to draft posts
    { id: 'carousels-generator', name: 'Carousels Generator', vendor: 'Lyten Agency', category: 'writing', domains: ['carousels-generator.com'], source: 'https://tanstack.carousels-generator.com/cgu', region: 'europe' }, // terms: LinkedIn carousels written and designed by generative AI
    { id: 'carousel-gen', name: 'Carousel-gen', vendor: 'Carousel-gen', category: 'writing', domains: ['carousel-gen.com'], source: 'https://www.carousel-gen.com/privacy' }, // privacy: an AI social carousel generator
    { id: 'creatorcarousel', name: 'CreatorCarousel', vendor: 'CreatorCarousel', category: 'writing', domains: ['creatorcarousel.com'], source: 'https://creatorcarousel.com/privacy' }, // privacy: carousels from video URLs through third-party AI text and image APIs
    { id: 'pinlaunchr', name: 'PinLaunchr', vendor: 'PinLaunchr', category: 'image', domains: ['pinlaunchr.com'], source: 'https://pinlaunchr.com/legal/ai-content-policy' }, // AI policy: Pinterest pin images, titles and descriptions generated by AI
    { id: 'pinsmachine', name: 'PinsMachine', vendor: 'PinsMachine', category: 'writing', domains: ['pinsmachine.com'], source: 'https://pinsmachine.com/privacy' }, // privacy: Pinterest-ready pins generated from blog URLs with AI
    { id: 'postune', name: 'Postune', vendor: 'Postune', category: 'writing', domains: ['postune.app'], source: 'https://www.postune.app/privacy' }, // privacy: AI-drafted LinkedIn posts from articles
    { id: 'social-replies', name: 'Social Replies', vendor: 'Social Replies', category: 'writing', domains: ['socialreplies.app'], source: 'https://socialreplies.app/privacy-policy' }, // privacy: AI drafts replies to Instagram direct messages
    { id: 'replybites', name: 'ReplyBites', vendor: 'ReplyBites', category: 'writing', domains: ['replybites.com'], source: 'https://www.replybites.com/legal/privacy' }, // privacy: AI replies to Instagram comments and private replies
    { id: 'autoposting-ai', name: 'Autoposting.ai', vendor: 'Autoposting.ai', category: 'agents', domains: ['autoposting.ai'], source: 'https://docs.autoposting.ai/concepts/agents.md' }, // docs: scheduled AI agents write social posts from a knowledge base and publish them
    { id: 'sarudo', name: 'Sarudo', vendor: 'Sarudo', category: 'agents', domains: ['sarudo.com'], source: 'https://www.sarudo.com/docs/social-media/social-approval' }, // docs: an "AI employee" drafts social posts for approval
    { id: 'heew', name: 'heew', vendor: 'Heew AI', category: 'writing', domains: ['heew.ru'], source: 'https://heew.ru/terms', region: 'russia' }, // terms (Russian): social-media tool generating texts, images, video, AI avatars and SMM bots
    { id: 'mossworks', name: 'Mossworks', vendor: 'Mossworks', category: 'writing', domains: ['mossworks.io'], source: 'https://docs.mossworks.io/guide/ideas.html' }, // docs: YouTube channel ideas generated with AI and turned into scripts

    // --- AI memes ---
    { id: 'memeai-art', name: 'MemeAI', vendor: 'MemeAI', category: 'image', domains: ['memeai.art'], source: 'https://memeai.art/en/privacy-policy', region: 'china' }, // privacy: memes generated from uploaded faces on templates (WeChat login)
    { id: 'memeface', name: 'MemeFace', vendor: 'MemeFace', category: 'video', domains: ['memeface.app'], source: 'https://memeface.app/privacy' }, // privacy: meme videos rendered from a face photo, labelled as AI parody
  ],
  { checked: CHECKED_C17 },
);
