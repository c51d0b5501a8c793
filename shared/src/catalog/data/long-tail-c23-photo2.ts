// Twenty-third session, second photo pass (2026-12-07, helper `photo2`): AI image tools that no entry claimed yet, beside
// the twenty-first session's photo pass (long-tail-c21-photo.ts), the eighteenth session's image and design passes
// (long-tail-c18-image.ts, long-tail-c18-design.ts), the twenty-second session's second design pass
// (long-tail-c22-design2.ts), the sixteenth session's imgvid pass (long-tail-c16-imgvid.ts) and the older image lists
// (long-tail-image.ts, long-tail-c5-image-tools.ts, cat-image-video*.ts, image-video.ts, lists-c3-image.ts), whose
// headers were read first and whose rows and left-out hosts are not repeated. Here: old-photo repair and colourising
// (Photo Revive AI); text-to-image and prompt-editing sites (Flux Image AI, FLUX Kontext AI on fluxkontextai.ai, Nano
// Banana Pro on nano-bananapro.com, GPTImage.ai, AI Image Editor on ai-image-editor.ai, Pict.AI); a Brazilian background
// remover and 4K upscaler (UpImg AI) and a Replicate-backed upscaler (Upscaler.online); AI watermark removers
// (WatermarkRemoverVIP, CushLabs' Unwatermark); avatars, anime and caricatures (Pixel Avatar Generator, AniSketch, an
// AI caricature maker on gptcaricature.com, a Gemini profile-picture tool for a Solana community); action-figure and
// miniature renders (Action Figure Trend, AI Miniatur Generator, MiniFigureAI); photo-to-painting and step-by-step
// sketches (PhotoToPainting, Rest of the Owl); AI colouring pages (Coloring Magic, GenColoring AI, Mooli); AI stickers
// (ImageSticker.pro, Sticky for Telegram, StickerAIArt) and an AI meme generator (MemeFactory); AI pet portraits
// (PetPortrait AI on aipetgenerator.net, AI Pet Adventures); AI food photography for menus (FoodPhoto.ai); AI manga and
// game sprites (Text To Manga, Pixie.haus, SpriteCook, SpriteGen, CharacterGen on chargen.app); AI makeup and styling
// previews (BelleReflect, MakeupInsight.us); and AI memorial photos of deceased relatives (Lover Snap).
//
// Leads. 37 look-ups, all in the stored `pages` corpus, worded the way vendors word their own terms, privacy, refund,
// training-data and content policies and help pages, by kind (headshots, restoration and colourising, refund policies
// of Flux and Nano Banana sites, background removers, upscalers, logo makers, anime avatars, product photos, try-on,
// tattoos, thumbnails, colouring pages, stickers, pet portraits, object removal, watermark removal, Ghibli and action
// figures, baby generators, food photography, fashion models, manga, photo-to-painting, line art, makeup, memes,
// profile pictures, mockups, memorial photos, real-estate photo editing, game sprites, original characters) and in
// German (KI-Bildgenerator), Japanese (画像生成AI 利用規約) and Portuguese (foto profissional com IA). The German and
// Portuguese look-ups returned news, law notes and blogs only; the Japanese one returned listed services, AI stock-image
// sites and a `?p=` page. Two look-ups tried to confirm pages first met without an AI statement (createacaricatureofme.com,
// bananapie.ai) and found nothing more, so neither is listed. Every row cites a page with a path on the product's own
// host (for UpImg AI its en. subdomain, for Unwatermark and the APED generator the claimed subdomain) that says in the
// vendor's words that the product generates, restores, edits, removes, upscales or renders with AI, an AI model or a
// named provider (OpenAI, Google Gemini and Imagen, Replicate, Flux, KIE). Eight rows cite the vendor's own blog, guide,
// resource or comparison page where that page describes the vendor's own product (FoodPhoto.ai's build write-up, Text
// To Manga's character pipeline, Pict.AI's Nano Banana editor, Lover Snap's memorial generation on Flux, the caricature
// generator embedded in gptcaricature.com's article, Pixie.haus's credit-based pixel pipeline, SpriteCook's /create
// walkthrough, SpriteGen's comparison page). Hosts were run through /work/helpers/classify-hosts.mts and names grepped in
// data/ first; neighbouring passes' new files (/work/wt/*/…/*-c23-*.ts) hold none of these hosts.
//
// Already listed and left to their entries: OldRestore, Huestoric, RestoreClick, ColorizeThis, Remove.pictures,
// RemoveAny, Erase Background Pro, photo-ai.top, Contenttoimage, virtualstaging.art, LogoGenGenius, LogoFactory,
// Animate Myself, AnyPic, Animeify, Image Describe's AI Background Studio, GenerateProductPhotos, PicPhoto
// (ai-photogenerator.org), Product Photo Studio AI, Product Creative Generator, Try Before Wear, AI Clothes Changers,
// AI Thumbnail, Thumbnail Studio, Thumbnail Face, Ebonash, ThumbMaker, Thumbnailed, PetPortrait.ai, Pet Portrait App,
// Image Editor AI (imageeditorai.org), AiPhotoEdit (listed by this session's china6 pass), AI Figure Generator,
// MemeAI, Comicink, the Nano Banana sites (usenanobanana.com, nanobananafree.net, nanobananas.ai, trynanobanana.io,
// nanobananaprofree.pro, nanobananapro.online, Aggiii's Nano Banana), Upscale8, Images Upscale, AI Crafts, ラク写,
// Autoenhance, Mock It AI, PosterMock AI, JustMock, Sprite AI and Oniichan.
//
// Two subdomains are claimed alone: unwatermark.cushlabs.ai (its parent, CushLabs AI Services' site, was not read and
// is a trap) and pfp.aped.wtf (the $APED community's profile-picture tool; aped.wtf is a memecoin's site and a trap).
// UpImg AI's terms sit on www.en.upimg.com.br and name upimg.com.br as the service, which is claimed whole.
//
// Measured with /work/helpers/classify-hosts.mts on the 237 hosts the searches returned (vendors, blogs, news, content
// farms, app-policy hosts and shared hosts alike, in /work/helpers/out/photo2-hosts.txt): 65 classified before (27.4%),
// 103 after (43.5%).
//
// Same names: Unwatermark of CushLabs (unwatermark.cushlabs.ai) is not Unwatermark AI (unwatermark.ai,
// long-tail-c5-image-tools.ts); PetPortrait AI (aipetgenerator.net) is not PetPortrait.ai (petportrait.ai) nor Pet
// Portrait App (petportraitapp.com); AI Image Editor (ai-image-editor.ai, whose terms give an aggiii.com contact) is not
// AI Image Editor (ai-image-editor.io); Nano Banana Pro on nano-bananapro.com is one of several sites of that name, each
// with its own row; CharacterGen (chargen.app) shares its name with CharacterGen (charactergen.app,
// long-tail-c20-games.ts), and nothing read ties the two hosts together, so each keeps its own row and the host in its name;
// Mooli (kidscolorai.com) is not Mooliv. Rows with generic names carry the host in the name.
//
// Doubtful rows: BelleReflect calls itself "the app" without saying whether it runs in the browser; Lover Snap is met
// only on its own blog, which describes its memorial generation and rules; Sticky makes sticker packs for Telegram from
// a web service; the APED generator is a free tool for a crypto community; MemeFactory uses OpenAI for the meme text
// and stores the generated meme images; Text To Manga was left out by the c18 image pass as blog-only, but its blog
// describes the vendor's own generation pipeline (the rule this session follows for vendors' own blogs).
//
// Left out. Drafts and pre-launch pages (coloringsheetai.com's "implementation draft", museface-legal.pages.dev's
// draft terms, gptimage-2.run's "working draft", gptimage2ai.online's policy awaiting counsel, mockupsgenerator's
// unfinished entity line); pages that do not say the product uses AI, or only in its name (colorpages.app,
// drawvee.com, createacaricatureofme.com's refund policy, bananapie.ai's refund policy, banananano.me's terms,
// imagetosketch.org, photoai.cloud, aiwatermark.com, gptwatermarker.com, aiwatermarkremover.in's blog,
// toolforpet.com's guide, photocardmagic.com's guide, lovedonephoto.com's blog, pic2me.me's optional captions);
// vendors known only by a generic blog article (besmeo.com, metamodels.ai, vizmo.studio, wearview.co, photogen.com.br,
// comicpix.app, whose comics continue in its phone app); a page on another name's host (seedance21.co's "Banana Pro"
// policy); a `?p=` page (infigate.net's PicG); a terms page that names no operator and is already a trap
// (retouchtools.work, c21 leads2); a human-led memorial studio (memorialbuilder.com); phone-only apps on a developer's
// or another name's host (refineailab.com's Remove Objects, ghibli.bitcoding.ai, umituz.com's AI Baby, stiqi.app,
// aistickers.devpool.fr, meemai.app, lipsyncstudio.app, whose page is a sitemap); a caption writer outside this pass's
// kinds (memewala.online); an adult image board (rule34.hot, as c16 decided); and shared platforms (pages.dev, vercel.app,
// github.io, web.app, notion.site, sites.google.com and blogspot copies: tryon-9z6.pages.dev, styleforme.pages.dev's
// placeholder AI disclosure, absolute-two-face.pages.dev, memoji-lake.vercel.app, ssamgr.github.io's AI Photo to Art,
// tarantaranta.github.io's MemePilot, sticky-privacy-legal.web.app, julianbeck.notion.site's Untag, and the Google
// Sites policies of AI Product Photo Studio and Ai Mock Studio). Leads for a later pass: createacaricatureofme.com and
// bananapie.ai (their terms or privacy pages), aggiii.com (which may operate ai-image-editor.ai beside its listed Nano
// Banana path), PicG on infigate.net (a page without `?p=`), photogen.com.br's own product page, and huhu.ai's beta host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Photo2Tools: Tool[] = defineTools(
  'image',
  [
    // --- Restoration, generators and prompt editors ---
    { id: 'photo-revive-ai', name: 'Photo Revive AI', vendor: 'Photo Revive AI', domains: ['photoreviveai.com'], source: 'https://www.photoreviveai.com/photorevive/terms' }, // terms: enhance, repair and colorize uploaded photos using AI
    { id: 'flux-image-ai', name: 'Flux Image AI', vendor: 'Flux Image AI', domains: ['fluximageai.com'], source: 'https://fluximageai.com/legal/return-and-refund' }, // refund policy: AI-powered image generation services sold as credits
    { id: 'fluxkontextai-ai', name: 'FLUX Kontext AI (fluxkontextai.ai)', vendor: 'fluxkontextai.ai', domains: ['fluxkontextai.ai'], source: 'https://fluxkontextai.ai/refund-policy' }, // refund policy: AI image generation services, subscriptions and credit points
    { id: 'nano-bananapro-com', name: 'Nano Banana Pro (nano-bananapro.com)', vendor: 'nano-bananapro.com', domains: ['nano-bananapro.com'], source: 'https://nano-bananapro.com/en/privacy' }, // privacy: a workbench and AI generation API; prompts, reference images and generated images
    { id: 'gptimage-ai', name: 'GPTImage.ai', vendor: 'GPTImage.ai', domains: ['gptimage.ai'], source: 'https://gptimage.ai/privacy-policy' }, // privacy: an AI-powered image generation platform with several supported image models
    { id: 'ai-image-editor-ai', name: 'AI Image Editor (ai-image-editor.ai)', vendor: 'ai-image-editor.ai', domains: ['ai-image-editor.ai'], source: 'https://ai-image-editor.ai/terms' }, // terms: an AI image editor service, 20 credits a successful edit
    { id: 'pict-ai', name: 'Pict.AI', vendor: 'Pict.AI', domains: ['pict.ai'], source: 'https://pict.ai/blog/how-to-turn-photo-into-painting-with-ai/' }, // vendor guide on its own product: a browser and iOS photo editor and AI art generator on Nano Banana
    { id: 'gptcaricature', name: 'GPT Caricature (gptcaricature.com)', vendor: 'gptcaricature.com', domains: ['gptcaricature.com'], source: 'https://gptcaricature.com/en/tech/chatgpt-caricature-creation-method' }, // article page with its own generator: upload a photo, pick a style, get an AI caricature
    // --- Background removal, upscaling and watermark removal ---
    { id: 'upimg-ai', name: 'UpImg AI', vendor: 'UpImg AI', domains: ['upimg.com.br'], region: 'latam', source: 'https://www.en.upimg.com.br/donate/terms.html' }, // terms (upimg.com.br): AI-assisted background removal and 4K upscaling, no refunds once the AI has run
    { id: 'upscaler-online', name: 'Upscaler.online', vendor: 'Upscaler.online', domains: ['upscaler.online'], source: 'https://upscaler.online/privacy' }, // privacy: AI image upscaling powered by the Replicate API, 10 free upscales a day
    { id: 'watermarkremover-vip', name: 'WatermarkRemoverVIP', vendor: 'WatermarkRemoverVIP', domains: ['watermarkremover.vip'], source: 'https://watermarkremover.vip/privacy' }, // privacy: an AI watermark-removal workspace; uploads pass through AI image-processing providers
    { id: 'unwatermark-cushlabs', name: 'Unwatermark (CushLabs)', vendor: 'CushLabs AI Services', domains: ['unwatermark.cushlabs.ai'], source: 'https://unwatermark.cushlabs.ai/privacy' }, // privacy: watermark removal whose image content goes to third-party processing via an AI analysis API call
    // --- Avatars, figures, paintings and sketches ---
    { id: 'pixel-avatar-generator', name: 'Pixel Avatar Generator', vendor: 'pixelavatargenerator.com', domains: ['pixelavatargenerator.com'], source: 'https://pixelavatargenerator.com//terms-of-service' }, // terms: an AI-powered platform turning photos into pixel-art avatars, sold by credits
    { id: 'anisketch', name: 'AniSketch', vendor: 'AniSketch', domains: ['anisketch.com'], source: 'https://www.anisketch.com/terms' }, // terms: uploaded photos turned into animation-inspired artwork through artificial intelligence
    { id: 'aped-pfp-generator', name: 'APED PFP Generator', vendor: 'APED', domains: ['pfp.aped.wtf'], source: 'https://pfp.aped.wtf/terms' }, // terms: a free AI profile-picture tool for the $APED community that uses Google Gemini
    { id: 'action-figure-trend', name: 'Action Figure Trend', vendor: 'Action Figure Trend', domains: ['actionfiguretrend.com'], source: 'https://www.actionfiguretrend.com/terms' }, // terms: an AI-powered platform that turns photos into custom action-figure designs
    { id: 'ai-miniatur', name: 'AI Miniatur Generator', vendor: 'ai-miniatur.org', domains: ['ai-miniatur.org'], source: 'https://ai-miniatur.org/terms' }, // terms: AI-created miniature-style concept images from uploaded photos, sold by credits
    { id: 'minifigureai', name: 'MiniFigureAI', vendor: 'MiniFigureAI', domains: ['minifigureai.com'], source: 'https://minifigureai.com/terms' }, // terms: AI-generated avatars made by third-party AI providers such as OpenAI
    { id: 'phototopainting', name: 'PhotoToPainting', vendor: 'PhotoToPainting', domains: ['phototopainting.art'], source: 'https://phototopainting.art/privacy' }, // privacy: converts photos into AI-generated artwork with credit packs
    { id: 'rest-of-the-owl', name: 'Rest of the Owl', vendor: 'restoftheowl.app', domains: ['restoftheowl.app'], source: 'https://restoftheowl.app/privacy' }, // privacy: step-by-step sketches generated from uploaded images with OpenAI
    // --- Colouring pages, stickers and memes ---
    { id: 'coloring-magic', name: 'Coloring Magic', vendor: 'Coloring Magic', domains: ['coloringmagic.art'], source: 'https://coloringmagic.art/legal/training-data' }, // training and data page: coloring-book images generated from prompts by OpenAI's API
    { id: 'gencoloring-ai', name: 'GenColoring AI', vendor: 'Haocheng Yang (GenColoring AI)', domains: ['gencoloring.ai'], source: 'https://gencoloring.ai/privacy' }, // privacy: AI-powered coloring-page generation; prompts processed by Google's Imagen API
    { id: 'mooli-kidscolorai', name: 'Mooli (kidscolorai.com)', vendor: 'Mooli', domains: ['kidscolorai.com'], source: 'https://kidscolorai.com/privacy-policy' }, // privacy: the Mooli coloring-page generator; prompts processed by AI providers such as Google Gemini and OpenAI
    { id: 'imagesticker-pro', name: 'ImageSticker.pro', vendor: 'Frejos LLC', domains: ['imagesticker.pro'], source: 'https://imagesticker.pro/legal/terms-of-service.html' }, // terms (Arkansas LLC): AI sticker generation on Google Gemini API models, Pro and Standard credits
    { id: 'sticky-stickies-fun', name: 'Sticky (stickies.fun)', vendor: 'Sticky', domains: ['stickies.fun'], source: 'https://stickies.fun/terms' }, // terms: an AI-powered sticker generator that registers the packs to Telegram
    { id: 'stickeraiart', name: 'StickerAIArt', vendor: 'StickerAIArt', domains: ['stickeraiart.com'], source: 'https://stickeraiart.com/terms-of-service' }, // terms: a web application creating stickers with generative AI from prompts and reference images
    { id: 'memefactory-in', name: 'MemeFactory', vendor: 'MemeFactory', domains: ['memefactory.in'], source: 'https://memefactory.in/privacy' }, // privacy: an AI meme generator; prompts sent to OpenAI, generated memes stored for a while
    // --- Pets and food ---
    { id: 'aipetgenerator', name: 'PetPortrait AI (aipetgenerator.net)', vendor: 'aipetgenerator.net', domains: ['aipetgenerator.net'], source: 'https://www.aipetgenerator.net/privacy-policy' }, // privacy: AI pet portrait, music and 3D-sculpture generation from uploaded pet photos
    { id: 'ai-pet-adventures', name: 'AI Pet Adventures', vendor: 'AI Pet Adventures', domains: ['aipetadventures.com'], source: 'https://aipetadventures.com/data-policy/' }, // data policy: pet photos used to train a custom AI model that renders AI images of the pet
    { id: 'foodphoto-ai', name: 'FoodPhoto.ai', vendor: 'foodphoto.ai', domains: ['foodphoto.ai'], source: 'https://foodphoto.ai/blog/how-we-built-ai-food-photography' }, // vendor blog on its own product: diffusion models that turn amateur food photos into menu-ready images
    // --- Manga, game sprites and characters ---
    { id: 'texttomanga', name: 'Text To Manga (MangaGen)', vendor: 'MangaGen', domains: ['texttomanga.com'], source: 'https://texttomanga.com/blog/maintain-character-consistency-ai-comics' }, // vendor blog on its own product: AI comics with a character bible and agents that check each character
    { id: 'pixie-haus', name: 'Pixie.haus', vendor: 'pixie.haus', domains: ['pixie.haus'], source: 'https://pixie.haus/resources/the-public-gallery-economics-licensing-and-community-assets' }, // vendor resource page: AI-generated pixel art from its own pipeline, AI compute paid by credits
    { id: 'spritecook', name: 'SpriteCook', vendor: 'SpriteCook', domains: ['spritecook.ai'], source: 'https://www.spritecook.ai/blog/creating-pixel-art-assets' }, // vendor blog on its own product: pixel-art game assets generated from a prompt at /create
    { id: 'spritegen-io', name: 'SpriteGen', vendor: 'SpriteGen', domains: ['spritegen.io'], source: 'https://spritegen.io/compare/spritegen-vs-sprite-ai/' }, // vendor comparison page: an AI that draws pixel art directly into a fixed palette grid
    { id: 'chargen-app', name: 'CharacterGen (chargen.app)', vendor: 'CharacterGen', domains: ['chargen.app'], source: 'https://www.chargen.app/legal/copyright' }, // copyright policy: AI-generated characters; CharacterGen keeps the underlying AI technology
    // --- Makeup, styling and memorial photos ---
    { id: 'bellereflect', name: 'BelleReflect', vendor: 'BelleReflect', domains: ['bellereflect.com'], source: 'https://www.bellereflect.com/terms' }, // terms: an AI-powered styling atelier; every makeover preview is produced by an AI model
    { id: 'makeupinsight-us', name: 'MakeupInsight.us', vendor: 'MakeupInsight.us', domains: ['makeupinsight.us'], source: 'https://www.makeupinsight.us/privacy' }, // privacy: an AI-powered makeup analysis tool; AI processing by Google GenAI
    { id: 'lover-snap', name: 'Lover Snap', vendor: 'Lover Snap', domains: ['loversnap.com'], source: 'https://loversnap.com/blog/2026/ai-photo-of-deceased-loved-one' }, // vendor blog on its own product: AI photos of deceased loved ones generated on Black Forest Labs' Flux
  ],
  { checked: CHECKED_C23 },
);
