// Eighteenth session, image pass (2026-12-06): AI image tools the catalog still missed. Text-to-image generators and
// all-in-one AI image editors, comic and character generators, AI headshot, portrait, dating-photo and avatar
// generators, pet-portrait generators, background and watermark removers, upscalers, product-photo and fashion-model
// generators, virtual try-on and hairstyle try-on tools, AI virtual staging for property listings, two image-model API
// resellers, and AI image-understanding tools (alt-text writers, image-to-prompt describers, a face-analysis service).
//
// Leads. The stored `pages` corpus searched by product kind (53 look-ups), worded the way vendors word their own terms,
// privacy policies, refund policies, help centres and API docs, in English, German, French, Spanish, Italian,
// Portuguese, Polish, Turkish, Russian, Indonesian, Japanese, Chinese and Korean. Every row cites a page, with a path,
// on the product's own host (or its vendor's); each page says in the vendor's words that the product generates,
// edits, describes or analyses images with AI, an AI model or a named model provider (OpenAI, Gemini, fal.ai,
// Replicate, Flux, Azure AI, Claude). Candidate hosts were run through /work/helpers/classify-hosts.mts and the catalog
// grepped by name first. Three hosts are claimed alone because their parents are not the AI product, or nothing read
// ties the parent to it: headshot.symplyai.io, ai-photo.pandastudio.store (a Shopify app's host) and app.road2.app
// (PropStage); ai.wcagworkflow.com likewise. Rows taken up from earlier passes' notes: Apiframe (the sixteenth imgvid
// pass found no vendor page; its own docs are now cited), COMICPAD (the thirteenth pass could not tie a host to it;
// its own tool page on comicpad.app now does), and image-to-image-ai.org, picgen.org and pawsnapai.com (left by the
// sixteenth langs and seventeenth euro passes as generic or outside their kinds; each one's own terms show it running
// AI image generation).
//
// Measured with /work/helpers/classify-hosts.mts on the 338 hosts the searches returned (vendors, blogs, news sites and
// shared hosts alike): 70 classified before (20.7%), 120 (35.5%) after.
//
// Left out. Blogs, guides, glossaries and explainers rather than the product's own terms or help, even where the vendor
// is an AI image tool (xportrait.ai, aiportrait.studio, facioshots.com, portraitphoto.ai, theheadshotsai.com,
// profileperfectai.com, headshotbyai.com, pixshop.art, babygen.app, predictmybaby.com, makeemoji.com, deepvortexai.art,
// texttomanga.com, paintedco.com, pawzyprint.com, pixpawai.com's glossary, magiceraser.live's academy,
// carbackground.ai's explainer, snapbar.com, pons.ai, bewerbungsfoto-ai.de, selfiepro.fr, fotosprofissionais.com,
// blog.pixomaxstudio.com, rewarx.com, aichangeclothes.com, erasio.app, renderivo.com); pages that never say the product
// uses AI (removingbackground.io, facefantasy.net, tatts.ai, aitattoo-design.app, passportphotool.com, passportsize.in,
// photoresto.art, mosaicremoval.com, backgrounderase.com's help, coloringbus.com, characteros.net, headshotphoto.io's
// team docs); mobile-only apps (auto-camera.mobi, kortress.com's KoPhoto, photoforpassport.app, passportphotoid.com,
// ai-image-editor.app, canvaspell.com, tellow.ai, hk.hkhdtp.com, and the apps on sites.google.com, coolapp8.com,
// fastlove.top and cloudfront.net); Discord bots (pepperai.jreij.info, jackey.elixpo.com, nicebots.xyz, slashbot.xyz);
// event photo-booth rentals and agencies (wesmilebooth.nl, comwrap.com); general products with an AI feature
// (carveco.com, koucles.com's try-on, stocklib.es, coca-cola.com's Y3000 camera, masquerading.com,
// infiniteuploads.com's Imajinn); backend and compute platforms whose image endpoint is one feature (docs.insforge.dev,
// docs.morphware.com); adult or undressing services (nudify.it, slygen.ai, dejanu.app); drafts, placeholders and
// pre-launch pages (bgremove-ai.neltech.uk, freeheadshot.app); AI stock-image shops (ai-tachie.com); thinkchan.com,
// whose terms are for PhotoMe.kr (a host of its own); upscale-media.ai ("Upscale Media", possibly the catalog's
// upscale.media), left for an alias check; staging hosts (artifex-staging.exera.cloud); and shared platforms
// (pages.dev, vercel.app, railway.app, netlify.app, github.io, blogspot.com, notion.site, sites.google.com, a
// mintlify.com project page), including copies of products kept here (ai-character-studio-…vercel.app beside
// aiportraitlab.app).
//
// Leads for other entries (products already listed under another host): docs.flora.ai (Flora, `flora-ai`,
// florafauna.ai).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18ImageTools: Tool[] = defineTools(
  'image',
  [
    // --- Text-to-image generators, AI image editors and comic generators ---
    { id: 'costumeplay-ai', name: 'CostumePlay AI', vendor: 'CostumePlay', domains: ['costumeplay.ai'], source: 'https://costumeplay.ai/license' }, // content licence: images generated with AI on the platform belong to the user; not used for training
    { id: 'image-to-image-ai-org', name: 'Image-to-Image AI (image-to-image-ai.org)', vendor: 'image-to-image-ai.org', domains: ['image-to-image-ai.org'], source: 'https://image-to-image-ai.org/fr/terms-of-service' }, // terms (French): AI text-to-image, image-to-image, photo restoration and background removal
    { id: 'picgen-org', name: 'PicGen (picgen.org)', vendor: 'PicGen', domains: ['picgen.org'], source: 'https://www.picgen.org/fr-FR/terms' }, // terms (French): an AI image-generation service
    { id: 'qolaba', name: 'Qolaba', vendor: 'Qolaba', domains: ['qolaba.ai'], source: 'https://docs.qolaba.ai/api-platform/face-avatar' }, // API docs: Face Avatar model generates images that keep a reference face consistent
    { id: 'nanofig', name: 'NanoFig (nanofig.fyi)', vendor: 'nanofig.fyi', domains: ['nanofig.fyi'], source: 'https://www.nanofig.fyi/privacy' }, // privacy: AI image generation of character figures from uploads, analysed with Google Gemini
    { id: 'anypic-app', name: 'AnyPic', vendor: 'AnyPic', domains: ['anypic.app'], region: 'china', source: 'https://www.anypic.app/en/refund' }, // refund policy: AI-generated images and videos; credits returned when OpenAI or Kling reject a request
    { id: 'pictuai', name: 'PictuAI', vendor: 'PictuAI', domains: ['pictuai.com'], source: 'https://www.pictuai.com/refund' }, // refund policy: AI image-generation service, refunds for failed generations
    { id: 'aiimage-editor-org', name: 'Ai Image Editor (aiimage-editor.org)', vendor: 'aiimage-editor.org', domains: ['aiimage-editor.org'], source: 'https://aiimage-editor.org/privacy-policy' }, // privacy: AI image generator and editor powered by Gemini 2.5 Flash
    { id: 'ai-image-editor-io', name: 'AI Image Editor (ai-image-editor.io)', vendor: 'ai-image-editor.io', domains: ['ai-image-editor.io'], source: 'https://ai-image-editor.io/privacy-policy' }, // privacy: all-in-one AI image generation, upscaling, restoration, editing and video platform
    { id: 'imageeditorai-org', name: 'Image Editor AI (imageeditorai.org)', vendor: 'imageeditorai.org', domains: ['imageeditorai.org'], source: 'https://imageeditorai.org/privacy-policy' }, // privacy: AI platform to create and edit images from text prompts, remove backgrounds and upscale
    { id: 'goodpic-ai', name: 'GoodPic (goodpic.ai)', vendor: 'goodpic.ai', domains: ['goodpic.ai'], source: 'https://goodpic.ai/privacy' }, // privacy: Replicate and other model providers run the AI generation from uploaded photos
    { id: 'yimeta-ai', name: 'Yimeta AI', vendor: 'Yimeta', domains: ['yimeta.ai'], source: 'https://yimeta.ai/api-doc/text-to-sketch' }, // API docs: AI coloring-page (sketch) generator endpoint, credits per call
    { id: 'comicpad', name: 'COMICPAD', vendor: 'COMICPAD', domains: ['comicpad.app'], source: 'https://www.comicpad.app/comic-panel-generator' }, // its comic-panel generator page: AI panels and pages in 11 art styles with consistent characters
    // --- Image-model API resellers ---
    { id: 'apiframe', name: 'Apiframe', vendor: 'Apiframe', category: 'developer-platform', domains: ['apiframe.ai'], source: 'https://docs.apiframe.ai/my-account/image-credits' }, // docs: image credits for Imagine, Faceswap, Upscale, Inpaint, Flux, Ideogram and AI Photos calls through its API
    { id: 'spikelabs-ai', name: 'Spike Labs (spikelabs.ai)', vendor: 'Spike Labs', category: 'developer-platform', domains: ['spikelabs.ai'], source: 'https://spikelabs.ai/api-reference/image/generate-image' }, // API reference: generate images from a text prompt with a secret API key
    // --- AI headshots, portraits, avatars and pet portraits ---
    { id: 'aiheadshots-best', name: 'AI Headshots (aiheadshots.best)', vendor: 'Aiheadshots.best', domains: ['aiheadshots.best'], source: 'https://www.aiheadshots.best/privacy.html' }, // privacy: AI-powered headshot generation from uploaded photos
    { id: 'symplyai-headshots', name: 'AI Professional Headshots (headshot.symplyai.io)', vendor: 'SymplyAI', domains: ['headshot.symplyai.io'], source: 'https://headshot.symplyai.io/privacy-policy' }, // privacy: hosted service turning uploaded selfies into AI headshots (subdomain only)
    { id: 'professional-headshots-com', name: 'AI Professional Headshot Generator (professional-headshots.com)', vendor: 'professional-headshots.com', domains: ['professional-headshots.com'], source: 'https://professional-headshots.com/privacy-policy' }, // privacy: AI headshot generation with clothing and background references
    { id: 'business-headshots-ai', name: 'Business Headshots AI (business-headshots.ai)', vendor: 'business-headshots.ai', domains: ['business-headshots.ai'], source: 'https://business-headshots.ai/terms-of-use' }, // terms: AI-produced business headshots from uploaded photos, paid in credits
    { id: 'facepic-app', name: 'FacePic', vendor: 'FacePic', domains: ['facepic.app'], source: 'https://facepic.app/info/terms-and-conditions' }, // terms: AI photo generation of headshots, dating-app and casual photos from uploads
    { id: 'datingshootphoto', name: 'DatingShootPhoto', vendor: 'DatingShootPhoto', domains: ['datingshootphoto.com'], source: 'https://datingshootphoto.com/privacy-policy.html' }, // privacy: the Google Gemini API generates dating-photo packs from the user's references
    { id: 'linkedin-ai-enhancer', name: 'LinkedIn AI Enhancer (linkedinaiheadshot.com)', vendor: 'Digital Apps LLC', domains: ['linkedinaiheadshot.com'], source: 'https://linkedinaiheadshot.com/privacy' }, // privacy: app and website whose AI provider turns selfies into headshot packs
    { id: 'aiportraitlab', name: 'AI Portrait Studio (aiportraitlab.app)', vendor: 'aiportraitlab.app', domains: ['aiportraitlab.app'], source: 'https://aiportraitlab.app/privacy' }, // privacy: portrait generations sent to external AI model providers with the user's references
    { id: 'anumi-app', name: 'Anumi', vendor: 'Anumi', domains: ['anumi.app'], source: 'https://anumi.app/refund' }, // refund policy: AI anime avatars, credits refunded when the AI returns nothing
    { id: 'petportraitapp', name: 'Pet Portrait App (petportraitapp.com)', vendor: 'petportraitapp.com', domains: ['petportraitapp.com'], source: 'https://www.petportraitapp.com/ai-pet-portrait' }, // its AI pet-portrait page: the model restyles the pet photo while keeping the animal's identity
    { id: 'pawsnapai', name: 'PawSnap AI', vendor: 'PawSnap AI', domains: ['pawsnapai.com'], source: 'https://pawsnapai.com/pl/terms' }, // terms (Polish): AI image generation turning pet photos into portraits, relying on external AI providers
    // --- Background and watermark removers, upscalers, product and fashion photos ---
    { id: 'remove-pictures', name: 'Remove.pictures', vendor: 'Remove.pictures', domains: ['remove.pictures'], source: 'https://remove.pictures/terms' }, // terms: AI-powered background removal, object removal and background replacement
    { id: 'removeany-app', name: 'RemoveAny', vendor: 'RemoveAny', domains: ['removeany.app'], source: 'https://removeany.app/en/terms-of-service.html' }, // terms: AI smart image processing (cutouts, background and watermark removal), paid in credits
    { id: 'removebgapp', name: 'AI Background Remover (removebgapp.com)', vendor: 'removebgapp.com', domains: ['removebgapp.com'], source: 'https://removebgapp.com/privacy' }, // privacy: fal.ai AI models remove the backgrounds of uploaded images
    { id: 'chdaoai', name: 'Chdao AI watermark remover (chdaoai.com)', vendor: 'chdaoai.com', domains: ['chdaoai.com'], region: 'china', source: 'https://www.chdaoai.com/zh/terms-of-service' }, // terms (Chinese): AI-driven image watermark and logo removal on credit plans
    { id: 'images-upscale-com', name: 'Images Upscale', vendor: 'Images Upscale', domains: ['images-upscale.com'], source: 'https://images-upscale.com/en/privacy' }, // privacy: image upscaling and tools run through AI model providers
    { id: 'upscale8', name: 'Upscale8', vendor: 'Upscale8', domains: ['upscale8.com'], source: 'https://upscale8.com/en/privacy' }, // privacy: image and video enhancement with AI model weights run in the browser
    { id: 'image-describe-background-studio', name: 'AI Background Studio (image-describe.com)', vendor: 'image-describe.com', domains: ['image-describe.com'], source: 'https://image-describe.com/background/privacy' }, // privacy: AI generates professional backgrounds for uploaded product images
    { id: 'pandastudio-product-photo-ai', name: 'Product Photo Studio AI (ai-photo.pandastudio.store)', vendor: 'pandastudio.store', domains: ['ai-photo.pandastudio.store'], source: 'https://ai-photo.pandastudio.store/privacy' }, // privacy: Shopify app generating product photos from store images (subdomain only)
    { id: 'studiomodela', name: 'Modela AI', vendor: 'Modela AI', domains: ['studiomodela.com'], source: 'https://www.studiomodela.com/privacy-policy' }, // privacy: AI-powered fashion product-image generation from garment images
    // --- Virtual try-on and hairstyle try-on ---
    { id: 'changeoutfit-app', name: 'ChangeOutfit', vendor: 'ChangeOutfit', domains: ['changeoutfit.app'], source: 'https://www.changeoutfit.app/terms' }, // terms: AI outfit-transformation web app for uploaded photos
    { id: 'dressesup-org', name: 'DressesUp (dressesup.org)', vendor: 'dressesup.org', domains: ['dressesup.org'], source: 'https://www.dressesup.org/privacy' }, // privacy: try-on results generated through AI generation APIs
    { id: 'aiclotheschanger-org', name: 'AI Clothes Changer (aiclotheschanger.org)', vendor: 'aiclotheschanger.org', domains: ['aiclotheschanger.org'], source: 'https://www.aiclotheschanger.org/legal/privacy' }, // privacy: Outfit Anyone-powered AI virtual try-on; not aiclotheschangers.app (`ai-clothes-changers`)
    { id: 'hairstylebyai-online', name: 'Hairstyle AI (hairstylebyai.online)', vendor: 'hairstylebyai.online', domains: ['hairstylebyai.online'], source: 'https://www.hairstylebyai.online/privacy-policy' }, // privacy: selfies sent to AI generation providers for hairstyle previews
    { id: 'myhairstyleai', name: 'HairStyle AI (myhairstyleai.com)', vendor: 'myhairstyleai.com', domains: ['myhairstyleai.com'], source: 'https://myhairstyleai.com/privacy' }, // privacy: AI-generated hairstyle previews from selfies, app and website
    // --- AI virtual staging for property listings ---
    { id: 'propstage', name: 'PropStage', vendor: 'PropStage', domains: ['app.road2.app', 'propstage.app'], source: 'https://app.road2.app/terms' }, // terms: AI virtual staging of vacant listing photos (subdomain only); propstage.app added in the nineteenth session: its privacy policy (https://propstage.app/privacy) says PropStage stages listing photos with Google's image-generation services
    { id: 'virtual-designer-ai', name: 'Virtual Designer AI', vendor: 'Virtual Designer AI', domains: ['virtualdesigner.work'], source: 'https://virtualdesigner.work/terms' }, // terms: AI-powered virtual staging of empty rooms, paid in tokens
    { id: 'virtualstaging-art', name: 'VirtualStaging.art', vendor: 'VirtualStaging.art', domains: ['virtualstaging.art'], source: 'https://www.virtualstaging.art/refunds' }, // refund policy: render credits refunded when the AI model cannot process an image
    // --- Image understanding: alt text, image-to-prompt, face analysis ---
    { id: 'aidescribeimage', name: 'AI Describe Image (aidescribeimage.com)', vendor: 'aidescribeimage.com', domains: ['aidescribeimage.com'], source: 'https://aidescribeimage.com/privacy' }, // privacy: third-party AI vision providers write alt text, captions and bullets for uploads
    { id: 'wcagworkflow-ai-alt-text', name: 'WCAG Workflow AI Alt Text', vendor: 'WCAG Workflow', domains: ['ai.wcagworkflow.com'], source: 'https://ai.wcagworkflow.com/privacy' }, // privacy: AI alt-text service on Microsoft Azure AI (subdomain only)
    { id: 'image-description-generator', name: 'AI Image Description Generator (image-description-generator.com)', vendor: 'image-description-generator.com', domains: ['image-description-generator.com'], source: 'https://image-description-generator.com/privacy-policy' }, // privacy: AI image analysis through the Replicate API
    { id: 'imageprompt-tools', name: 'AI Image Describer (imageprompt.tools)', vendor: 'AI Image Describer', domains: ['imageprompt.tools'], source: 'https://imageprompt.tools/privacy' }, // privacy: AI Image Describer Chrome extension and site
    { id: 'alttextai-io', name: 'AltText.AI (alttextai.io)', vendor: 'alttextai.io', domains: ['alttextai.io'], source: 'https://alttextai.io/privacy' }, // privacy: images sent to Anthropic Claude or OpenAI GPT-4V to write alt text; not AltText.ai's extension (`alttext-ai-extension`)
    { id: 'visionprompter', name: 'VisionPrompter', vendor: 'VisionPrompter', domains: ['visionprompter.com'], source: 'https://visionprompter.com/privacy' }, // privacy: AI-powered image-to-prompt generation through AI vision models
    { id: 'facerating-net', name: 'FaceRating', vendor: 'FaceRating Korea', category: 'other', domains: ['facerating.net'], region: 'korea', source: 'https://facerating.net/terms' }, // terms (Korean): AI-based analysis and scoring of uploaded face photos
  ],
  { checked: CHECKED_C18 },
);
