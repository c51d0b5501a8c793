// Twenty-sixth session, fifth image-and-video pass (2026-12-07, helper `imgvid5`): AI image and video generators and
// editors that no entry claimed yet, found by the wording of their own terms, privacy, FAQ, docs and help pages, after
// the image and video passes before it (image-video.ts, cat-image-video*.ts, lists-c3-image.ts, long-tail-image.ts,
// long-tail-video.ts, long-tail-c5-image-tools.ts, long-tail-c16-imgvid.ts, long-tail-c16-wrappers.ts,
// long-tail-c18-image.ts, long-tail-c18-video.ts, long-tail-c21-photo.ts, long-tail-c22-video3.ts,
// long-tail-c23-photo2.ts, long-tail-c24-image4.ts, long-tail-c24-video4.ts), whose rows and left-out hosts are not
// repeated. Here: a credit-pack AI video renderer whose lanes route to video models (Frameflow); an AI photo studio
// sold in AI credits (PhotoStudio AI); two model-API hubs whose docs sell Veo, Seedance and other video models
// (Mountsea, Framehood); AI comic and manga makers (AnyKoma, StoryComic AI) and a multi-model generation platform
// met through its comic guide (FairStack); an in-browser AI background remover (ImageBGRemover); six more independent sites named after Google's Nano Banana image model that sell Gemini image
// generation and editing (nanobanana.bot, nanobananaaiimageeditor.com, nanobananaeditor.ai, trynanobanana2.im,
// nanobananaart.io, nanobananapro2.org), named with their host as the wrappers pass named theirs; an AI photo-booth
// platform whose API animates face-swapped images into video (EventStation.ai); an AI room-design service (Render My
// Room); a credit-based AI generation site with a thumbnail generator (TikTomato); AI family portraits (AI Family
// Photo Generator); and an AI video tool for coding tutorials whose thumbnail generator reads the video (VidNo).
//
// Leads. 37 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded as vendors word their
// own pages: "you own the images you generate" and commercial use; watermarks removed on paid plans; prompts public in
// a community feed; NSFW filters and generation queues with Flux and SDXL; image-to-video with Kling, Veo, Wan,
// Hunyuan and Seedance credits; talking photos and lip sync; anime and manga generators; AI product photography; AI
// thumbnails; AI upscalers; AI comics; AI music videos; text-to-video refunds for failed generations; AI background
// removers; "we use Stable Diffusion"; Nano Banana, Seedream and Flux Kontext editors; AI hug and kiss videos; AI
// storyboards; face swap and consent; AI interior design; AI tattoos; photo restoration and colourising; German and
// Spanish terms for image and video generators; priority queues and private mode; lip-sync APIs; pet portraits and
// baby faces; video enhancers; stickers and emoji; virtual try-on; LoRA photo training; AI short dramas; VTuber
// avatars; AI action figures; AI wallpapers; and two look-ups for Manimate and TikTomato's own pages. As the theme
// brief expected, most results were products already listed (visionstory.ai, creatify.ai, invideo.io, imagine.art,
// neuralframes.com, picassoia.com, clipstudios.ai, image-to-video.app, tellow.ai, neuvid.com, aiphotocraft.com,
// charactergen.app, comicink.ai, comicpad.app, musicbud.ai, vibemv.app, upres.ai, picupscaler.com, bgremover.org,
// removebgapp.com, socialdiff.net, aikissvideo.app, llamagen.ai, videodraft.ai, faceswapai.com, aifaceswaps.app,
// deepfaker.app, carat.im, magichour.ai, ideogram.ai, leonardo.ai, petportrait.ai, imagesticker.pro, weshop.ai,
// apiframe.ai, bestphoto.ai, anividai.com, aivtuber.org, heygen.com, vidu.com, reelmind.ai and many more), guides,
// news and agent-skill listings; the German and Spanish queries returned guides and listed products only.
//
// Measured with /work/helpers/classify-hosts.mts on the 215 hosts the searches returned (vendors, blogs, guides,
// docs hosts and shared hosts alike, in /work/helpers/out/imgvid5-hosts.txt): 92 classified before (42.8%), 111
// after (51.6%).
//
// Already listed or claimed elsewhere and left to those entries: ai.mikuapi.org (its AI image terms, which the
// concurrent aiact pass claims in data/long-tail-c26-aiact.ts), help.tessai.io (a help centre for Tess AI, whose entry
// `tess-ai` in regional-4.ts holds tess.im and tess.pareto.io: tessai.io is a lead for an alias), aifaceswaps.app,
// faceswapai.com and deepfaker.app (the concurrent apps2 pass), and ai-photo.pandastudio.store, photoflipai.com,
// aiportraitlab.app and shopos.ai (earlier or concurrent entries).
//
// Doubtful rows: Frameflow's FAQ names no model, but says each render lane routes to the video model that does its job
// best and prices each lane from that model's compute rate. StoryComic AI, FairStack and VidNo are read from their own
// blogs, each describing its own product's AI generation (StoryComic's character sheets, FairStack's per-panel costs
// with GPT Image 1.5, VidNo's thumbnail generator), which the brief's rules allow; the c18 music pass left vendors seen
// only on their blogs out, so these three rows are the ones to drop first if that stricter reading is preferred.
// Framehood's and Mountsea's docs sell model calls by credits or API key (model-API resellers, as the wrappers pass
// counted them). EventStation.ai's page is in its help centre's API section, at an address with escaped `!` signs, and
// is cited as read. ImageBGRemover runs its AI model in the visitor's browser; the host is still where the tool is used.
//
// Left out. AudioProducer.ai, whose blog describes an AI comic and webtoon mode that draws panels from chapter text:
// the c18 music pass keeps audioproducer.ai/blog/multi-speaker-ai-podcast as a trap ("seen only on its blog",
// lookalikes-c18-music.test.ts), so the host stays out until a page of the product itself is read (a lead).
// Mobile-only apps whose pages speak of the app alone, as the c24 niches pass decided for getnostalgia.ai:
// getmangai.com (Mangai, an AI comic and manga app by a Turkish company: a lead if the app gains a web version),
// storyboardcreatorai.app (an iOS storyboard app whose llm.txt lists the image and video models it calls),
// app.visagex.xyz (a policy served from an API path with an app-directory referrer), sites.google.com pages (AI
// Product Photo Studio, AI Room Design, Creative Studio, RepairX, AI Background Remover), blogspot.com policies (AI
// Home Design, AI Wallpaper, Future Baby Generator, AI Background Remover), app.simplenote.com's face-effects policy
// and sticky-privacy-legal.web.app (Sticky's WhatsApp sticker app). Pages that do not say what the product makes:
// www.manimate.ai (terms with an AI disclaimer but no description of the service: a lead), vtubeme.com (selfie-to-3D
// avatars through an avatar SDK, not said to be AI). Guides and blogs that do not describe the vendor's own product:
// optipix.art, www.veo3gen.app (a pricing FAQ for AI video tools in general; veo3gen.co is listed), freegen.aivaded.com,
// www.tattooaiart.com, actionfigureai.site, www.lantaai.com, vidseeds.ai's guide (listed), www.raia.global,
// marketrithm.com (a page on image rights for a platform's AI image tools that does not say what the platform is).
// General products where AI is one feature: videostew.com (as the c25 limits pass decided), wallspy.app and
// wallpaperhubapp.com (wallpaper apps with an AI studio), outlier.so (a YouTube tool whose docs describe a Gemini
// thumbnail generator: a lead once the product itself is read), docs.videfy.ai (as the c16 langs pass decided),
// carveco.com (as before). Copies and shared platforms: docs.klingai2.org (a copy of Kling's API docs, as before),
// createaiart.zendesk.com (a help centre on Zendesk's shared host: a lead once its product host is seen),
// vimmerse-api.redoc.ly, oldphotorestoration-org.pages.dev, aibackgroundremover-9td.pages.dev,
// image-background-remover-2jd.pages.dev, next-level-creator-os.pages.dev, olympos-apps-5adc1.web.app,
// techfordev.netlify.app, hatchetnews.vercel.app, intercom.help and skill registries (skillshub.wtf, skills.sh,
// skills.cat, jindage.com). A `?p=` page: pictman.com (AI-generated comics and novels). News, guides and blogs about AI
// in general: eatsip365.com, visualfoodie.com, winenfood.com, datarecovee.com, softplorer.com, localaimaster.com,
// tripleminds.co, unfragile.ai, blog.silverpc.hu, stefangolling.de, cismart.de, estupidez-artificial.com and others.
// At the merge: PhotoStudio AI (photostudioai.app) was found the same day by the pricing pass from the same page and
// is kept once, in data/long-tail-c26-pricing.ts (id photostudioai-app); 18 rows remain here.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26Imgvid5Tools: Tool[] = defineTools(
  'image',
  [
    // --- video generation and model hubs ---
    { id: 'frameflow-tech', name: 'Frameflow', vendor: 'Frameflow', category: 'video', domains: ['frameflow.tech'], source: 'https://www.frameflow.tech/faq' }, // FAQ: AI video renders bought in credit packs, each lane routed to the video model best for it, first and last frames from your stills, commercial use without watermark
    { id: 'mountsea-ai', name: 'Mountsea', vendor: 'Mountsea', category: 'developer-platform', domains: ['mountsea.ai'], source: 'https://docs.mountsea.ai/zh/api-reference/hub/video.md' }, // API docs: a model hub whose video endpoint runs text-to-video and image-to-video models such as Google's Veo 3.1, chosen by model id
    { id: 'framehood-ai', name: 'Framehood', vendor: 'Framehood', category: 'video', domains: ['framehood.ai'], source: 'https://docs.framehood.ai/reference/models/video' }, // docs: video generation, image-to-video, editing, swap and upscaling models (ByteDance's Seedance 2.0 among them) charged in credits per call
    { id: 'vidno-ai', name: 'VidNo', vendor: 'VidNo', category: 'video', domains: ['vidno.ai'], source: 'https://vidno.ai/blog/ai-thumbnail-maker-youtube' }, // vendor blog: AI thumbnail makers, including VidNo's own content-aware generator that analyses coding-tutorial videos and extracts key code frames
    // --- photo studios, editing and design ---
    { id: 'imagebgremover-tech', name: 'ImageBGRemover', vendor: 'ImageBGRemover', domains: ['imagebgremover.tech'], source: 'https://www.imagebgremover.tech/privacy-policy' }, // privacy: an AI-powered background-removal tool whose AI processing of uploaded images runs in the browser
    { id: 'eventstation-ai', name: 'EventStation.ai', vendor: 'EventStation', domains: ['eventstation.ai'], source: 'https://helpcenter.eventstation.ai/%21Helpcenter%21/API/Core%20Products%20API/Video/How%20does%20Video%20work_' }, // help centre (API): images made with its AI models (FaceSwap, MultiSwap) are animated into short clips by the Video endpoint from a motion prompt
    { id: 'render-my-room', name: 'Render My Room', vendor: 'Render My Room', domains: ['rendermyroom.com'], source: 'https://rendermyroom.com/privacy' }, // privacy: an AI-powered room design service that analyses and transforms uploaded room photos into design variations with AI models
    { id: 'ai-family-photo-generator', name: 'AI Family Photo Generator', vendor: 'aifamilyphotogenerator.org', domains: ['aifamilyphotogenerator.org'], source: 'https://aifamilyphotogenerator.org/privacy-policy' }, // privacy: AI family photos and portraits from uploaded photos, processed by AI model and infrastructure partners
    { id: 'tiktomato', name: 'TikTomato', vendor: 'TikTomato', domains: ['tiktomato.com'], source: 'https://tiktomato.com/terms-of-service' }, // terms: a credit-based generation platform whose outputs are subject to the underlying AI model licences; its blog offers an AI YouTube thumbnail generator and GPT Image 1.5
    // --- comics, manga and multi-model generation ---
    { id: 'anykoma', name: 'AnyKoma', vendor: 'AnyKoma', domains: ['anykoma.com'], source: 'https://anykoma.com/help/commercial-rights/ownership' }, // help centre: who owns images made with AnyKoma, commercial rights by plan, anonymised data used to improve its AI models
    { id: 'storycomic-ai', name: 'StoryComic AI', vendor: 'StoryComic AI', domains: ['storycomicai.com'], source: 'https://storycomicai.com/zh/blog/how-to-make-ai-comics-with-consistent-characters' }, // vendor blog: its AI comic tool generates a character sheet from an uploaded reference and reuses it to keep characters consistent across panels
    { id: 'fairstack-ai', name: 'FairStack', vendor: 'FairStack', domains: ['fairstack.ai'], source: 'https://fairstack.ai/blog/ai-comic-generator' }, // vendor blog: AI comic generation with per-panel and per-page costs on FairStack using GPT Image 1.5
    // --- sites named after Google's Nano Banana model ---
    { id: 'nanobanana-bot', name: 'Nano Banana (nanobanana.bot)', vendor: 'nanobanana.bot', domains: ['nanobanana.bot'], source: 'https://nanobanana.bot/privacy' }, // privacy: image editing through Google's Gemini 2.5 Flash Image API, with subscription plans
    { id: 'nanobananaaiimageeditor-com', name: 'Nano Banana AI Image Editor (nanobananaaiimageeditor.com)', vendor: 'nanobananaaiimageeditor.com', domains: ['nanobananaaiimageeditor.com'], source: 'https://nanobananaaiimageeditor.com/privacy-policy' }, // privacy: an AI platform to create and edit images from text prompts, metered by credits
    { id: 'nanobananaeditor-ai', name: 'Nano Banana Editor (nanobananaeditor.ai)', vendor: 'nanobananaeditor.ai', domains: ['nanobananaeditor.ai'], source: 'https://www.nanobananaeditor.ai/zh/legal/privacy-policy' }, // privacy: AI image generation and editing through Google's Nano Banana (Gemini 2.5 Flash Image) model via API, not affiliated with Google
    { id: 'trynanobanana2-im', name: 'Nano Banana 2 (trynanobanana2.im)', vendor: 'trynanobanana2.im', domains: ['trynanobanana2.im'], source: 'https://trynanobanana2.im/pt/privacy-policy' }, // privacy: AI image generation from text prompts and image-to-image uploads, with credit balances
    { id: 'nanobananaart-io', name: 'Nano Banana Art (nanobananaart.io)', vendor: 'nanobananaart.io', domains: ['nanobananaart.io'], source: 'https://nanobananaart.io/privacy-policy' }, // privacy: AI image generation with credits, prompts and reference images sent to Replicate's diffusion models and Google Gemini
    { id: 'nanobananapro2-org', name: 'Nano Banana Pro (nanobananapro2.org)', vendor: 'nanobananapro2.org', domains: ['nanobananapro2.org'], source: 'https://nanobananapro2.org/docs/using-the-website/gallery-overview' }, // docs: a public gallery of generated images with prompts and model metadata; generations shared by default on the free tier, private on paid plans
  ],
  { checked: CHECKED_C26 },
);
