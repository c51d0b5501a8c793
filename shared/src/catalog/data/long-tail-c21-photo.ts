// Twenty-first session, photo pass (2026-12-07, helper `photo`): AI photo tools people use at work and at home that the
// catalog still missed, beside the eighteenth session's image pass (data/long-tail-c18-image.ts: generators, editors,
// headshots, removers, upscalers, try-on, staging) and the seventeenth session's ecom pass (data/long-tail-c17-ecom.ts:
// shop product shots and try-on widgets), whose rows are not repeated here. Here: AI headshot and profile-photo
// services (team headshots, a Japanese selfie-to-suit service, Spanish-language profile photos, AI wedding portraits);
// AI hairstyle previews and AI glasses and accessory try-on; AI passport-photo makers; old-photo restoration and
// colourisation services; AI upscalers and photo enhancers (one Romanian, one Chinese, one Spanish-language); AI
// background removal and a Japanese AI photo editor; AI culling, picking and captioning tools for photographers and for
// sorting a photo library; and AI listing-photo tools for estate agents and car dealers.
//
// Leads. 44 look-ups, 43 in the stored `pages` corpus and 1 in `docs`, worded the way vendors word their own privacy
// policies, terms, refund policies, AI-use notices and help pages ("processed by our AI", "sent to Replicate", "Google
// Gemini API", "retrain the AI", "AI-generated results may vary"), by kind of photo tool and in English, German,
// French, Spanish, Portuguese, Japanese and Chinese. The German, French, Portuguese and Chinese queries returned news,
// guides, template policies and content farms only; the Spanish and the Japanese ones found two vendors each. Every row
// cites a page with a path on the product's own host; each page says in the vendor's own words that the product
// restores, enhances, edits, generates, culls, captions or fits with AI, an AI model or a named provider (OpenAI,
// Anthropic Claude, Google Gemini, Replicate, remove.bg and DashScope). Three rows cite the vendor's own blog or SEO
// page where that page describes the vendor's own product (PassportSnap's on-device AI, LightVision's seven culling
// scores, CarPixAI's upload workflow). Hosts were run through /work/helpers/classify-hosts.mts and names grepped in
// data/ first. Already listed and left to their entries: OldRestore, Colorfix (colorsfix.com), Huestoric, ColorizeThis,
// UpRes, Upscale Media, Images Upscale, Upscale8, RemoveAny, AI Background Remover (removebgapp.com), Remove.pictures,
// Image-to-Image AI, AutoEnhance, HairstyleTryOn.org, AI Headshot Pro (aiheadshotgenerator.pro), Business Headshots AI,
// AI Professional Headshots (symplyai), aiheadshots.best, professional-headshots.com, Dr. Headshot, HeadshotsByAI,
// PhotoCV.ai, Photoroom, virtualstaging.art, Imagen, Evoto, Gemini Photo, PhotoFlip AI, Yingtu AI, Animeify, PixelMe
// (pixel-me.tokyo), Sai's ラク写 (app.sai-beauty.jp), trimna, Upuply, chdaoai, Kontext AI and Illustro. One subdomain is
// claimed alone: framecast.jerrizz.com, whose parent is a developer's host that nothing read ties to the headshot
// product. artryon.cn is claimed whole (the try-on page sits on its English-language subdomain, en.artryon.cn).
//
// Measured with /work/helpers/classify-hosts.mts on the 255 hosts the searches returned (vendors, blogs, news, content
// farms, stores and shared hosts alike, /work/helpers/out/photo-hosts.txt; the adult hosts a few queries surfaced are
// left out of it, as the brief asked): 46 classified before (18.0%), 81 (31.8%) after.
//
// Left out. Drafts and template policies (vintagerestorer.app's "draft, review with a lawyer", reframe-ai.de's `[Dein
// Name / Firma]`, bgremove-ai.neltech.uk's draft terms); a development host on traefik.me (RestorAI) and
// artifex-staging.exera.cloud; a bare `?p=` page (imagesupscaler.ai, which also says only "our technology"); pages that
// do not say the product uses AI, or only in its name (aiphotoenhancer.ai's refund policy, remove-bg.ai's terms,
// photorepair.app, asian-beauty-assistant.com, vestaro.ai's comparison of "renders", fittingbox.com's try-on terms,
// virtualtwilights.com's human editors, lightroom-tools.com); phone-only apps on a developer's or another name's site
// (teamsolo.dev's Umax, sansho.fun's anime app, picailens.com's "Presets-for Lightroom"); general products where AI is
// one feature (smarterphoto.gallery's client galleries, visualadvantagemedia.com's real-estate media marketplace);
// vendors seen only on general blog articles or guides (teamshotspro.com, fotolabs.co, proplylens.com, progon.pro,
// snapto.sale, retouchflow.com, snapcorn.com, quickremove.it, looktara.com, id-wizard.com, profilepic.app,
// portrait.ai-biz.app, daftei.com); a photographer's no-AI policy (joet.co.uk), a photographer's review
// (kapture-studio.fr) and a software agency's demo write-up (veroke.com); an AI stock-photo shop (bizphotojapan.com);
// and shared platforms (pages.dev, vercel.app, github.io, notion.site, railway.app, sites.google.com, tally.so and
// blogspot copies), among them copies of products this pass could not tie to a host of their own: Old Photo Restoration
// (oldphotorestoration-org.pages.dev, naming oldphotorestoration.org), bgcut (bgcut.pages.dev, naming
// bgcut.openimages.app), Remove Object (remove-object.pages.dev, naming removeobject.org), RestMemo Photo
// (restmemo-web.pages.dev, naming api.restmemo.app), WorkShot, AI LightLab, MakeupGPT and Frame
// (tryframe-app.pages.dev). Those named hosts are leads for a later pass, as are the vendors seen only on their blogs
// above.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21PhotoTools: Tool[] = defineTools(
  'image',
  [
    // --- AI headshots and profile photos ---
    { id: 'headshot-ai', name: 'Headshot.ai', vendor: 'Headshot.ai', domains: ['headshot.ai'], source: 'https://www.headshot.ai/refund-policy' }, // refund policy: AI-generated headshots, regenerated free before any refund
    { id: 'headshotphoto-io', name: 'HeadshotPhoto.io', vendor: 'HeadshotPhoto.io', domains: ['headshotphoto.io'], source: 'https://www.headshotphoto.io/refund-policy' }, // refund policy: AI-generated professional headshots delivered within hours, AI editing credits
    { id: 'framecast-jerrizz', name: 'Framecast', vendor: 'Framecast', domains: ['framecast.jerrizz.com'], source: 'https://framecast.jerrizz.com/refund' }, // refund policy: an AI headshot generator trained on the user's uploaded photos
    { id: 'photoshooter-team', name: 'Photoshooter.team', vendor: 'Photoshooter.team', domains: ['photoshooter.team'], source: 'https://photoshooter.team/privacy' }, // privacy: AI-powered headshot generation for company teams; originals deleted after processing
    { id: 'freeheadshot-org', name: 'FreeHeadshot.org', vendor: 'FreeHeadshot.org', domains: ['freeheadshot.org'], source: 'https://freeheadshot.org/acceptable-use' }, // acceptable-use policy: uploaded faces pass through Google's Gemini API to make AI headshots
    { id: 'fotoria', name: 'Fotoria', vendor: 'Fotoria', domains: ['fotoria.com'], source: 'https://fotoria.com/es/reembolso' }, // refund policy (Spanish): AI profile photos; the AI is retrained if too few good images come back
    { id: 'luemee', name: 'Luemee', vendor: 'Luemee', domains: ['luemee.com'], source: 'https://luemee.com/refund' }, // refund policy: AI-generated pictures made from the user's input images, redone on request
    { id: 'photopo', name: 'Photopo', vendor: 'Niiza Denshi (新座電子)', domains: ['photopo.xyz'], region: 'japan', source: 'https://photopo.xyz/legal/terms' }, // terms (Japanese): uploaded selfies turned by AI into photos in a suit
    { id: 'lovelit-wedding', name: 'Lovelit', vendor: 'Lovelit', domains: ['lovelitweddingphotography.com'], source: 'https://lovelitweddingphotography.com/privacy' }, // privacy: uploaded photos processed for AI generation of wedding portraits, Replicate inference
    // --- Hairstyle previews and glasses try-on ---
    { id: 'hair-styling-ai', name: 'Hair Styling AI', vendor: 'Vasoo Apps', domains: ['hairstylingai.com'], source: 'https://hairstylingai.com/legal/privacy' }, // privacy: uploaded photos used for AI hairstyle generation, analysis and virtual try-on
    { id: 'hairpreview', name: 'HairPreview', vendor: 'HairPreview', domains: ['hairpreview.app'], source: 'https://www.hairpreview.app/privacy' }, // privacy: AI facial analysis of selfies and AI-generated hairstyle previews
    { id: 'artryon-ai-vision', name: 'AI Vision (artryon.cn)', vendor: 'AI Vision', domains: ['artryon.cn'], region: 'china', source: 'https://en.artryon.cn/privacyPolicyForVirtualTryOn.html' }, // privacy for virtual try-on: AI Vision detects face key points to place the product
    { id: 'lens4web', name: 'Lens4Web', vendor: 'lens4web AR Studio', domains: ['lens4web.com'], source: 'https://lens4web.com/es/privacy' }, // privacy: an AI-powered virtual try-on widget for shops; photos processed by Google's AI
    // --- Passport and ID photos ---
    { id: 'passphoto-labs', name: 'PassPhoto Labs', vendor: 'PassPhoto Labs', domains: ['passphoto-labs.at'], region: 'europe', source: 'https://www.passphoto-labs.at/en/technology/' }, // AI technology page (Austria): deep-learning face detection, background segmentation and biometric checks
    { id: 'passportsnap', name: 'PassportSnap', vendor: 'PassportSnap', domains: ['passportsnap.org'], source: 'https://passportsnap.org/seo/ai-passport-photo-2026.html' }, // product page: on-device AI crops, replaces the background and checks passport-photo rules
    // --- Old-photo restoration and colourisation ---
    { id: 'photo-restoration-org', name: 'AI Photo Restoration (photo-restoration.org)', vendor: 'AI Photo Restoration', domains: ['photo-restoration.org'], source: 'https://photo-restoration.org/refund-policy' }, // refund policy: AI-powered restoration of old photos on credits
    { id: 'restorelens', name: 'RestoreLens', vendor: 'RestoreLens', domains: ['restorelens.com'], source: 'https://www.restorelens.com/en/privacy' }, // privacy: photos routed to third-party AI providers that perform the restoration
    { id: 'thephotorestore', name: 'The Photo Restore', vendor: 'The Photo Restore', domains: ['thephotorestore.com'], source: 'https://www.thephotorestore.com/privacy' }, // privacy: AI-powered restoration and enhancement, photos sent to Replicate
    // --- Upscalers and photo enhancers ---
    { id: 'picupscaler', name: 'PicUpscaler', vendor: 'PicUpscaler', domains: ['picupscaler.com'], source: 'https://picupscaler.com/privacy-policy' }, // privacy: an AI image enhancement service; images processed by its AI algorithms, deleted in 24 hours
    { id: 'imageenhancerapp', name: 'Image Enhancer (imageenhancerapp.com)', vendor: 'GOJO BEST INVEST S.R.L.', domains: ['imageenhancerapp.com'], region: 'europe', source: 'https://imageenhancerapp.com/terms' }, // terms (Romanian company): uploaded images sent to a third-party AI model and returned restored
    { id: 'photoer-ai', name: 'AI Photo Enhancer (photoer.ai)', vendor: 'AI Photo Enhancer', domains: ['photoer.ai'], source: 'https://www.photoer.ai/terms' }, // terms: AI-powered image processing on credits
    { id: 'mejorarcalidaddeimagen', name: 'AI Image Enhancer (mejorarcalidaddeimagen.app)', vendor: 'AI Image Enhancer', domains: ['mejorarcalidaddeimagen.app'], source: 'https://mejorarcalidaddeimagen.app/privacy-policy' }, // privacy (Spanish): an AI-driven image-processing platform, enhancement and background removal
    { id: 'qaimagic', name: 'QAI Magic (qaimagic.website)', vendor: 'QAI Magic', domains: ['qaimagic.website'], region: 'china', source: 'https://qaimagic.website/refund.html' }, // refund policy (Chinese and English): an AI photo clarity-enhancement service paid by WeChat or Alipay
    // --- Background removal and AI photo editing ---
    { id: 'bgremover-org', name: 'BG Remover (bgremover.org)', vendor: 'bgremover.org', domains: ['bgremover.org'], source: 'https://bgremover.org/privacy-policy' }, // privacy: background removal by AI models trained on licensed data before launch
    { id: 'photo-ai-top', name: 'Photo-AI.top', vendor: 'photo-ai.top', domains: ['photo-ai.top'], source: 'https://www.photo-ai.top/privacy.html' }, // privacy: an AI portrait-segmentation tool; images sent to the remove.bg API and Alibaba's DashScope
    { id: 'nanophoto-studio', name: 'NanoPhoto', vendor: 'Divedesign', domains: ['nanophoto-studio.com'], region: 'japan', source: 'https://nanophoto-studio.com/terms' }, // beta terms (Japanese): an AI image-editing service built on n8n and Nano Banana
    // --- Culling, picking and captioning for photographers and photo libraries ---
    { id: 'pictage', name: 'Pictage', vendor: 'Pictage', domains: ['pictage.ai'], source: 'https://pictage.ai/help/how-the-ai-cull-works' }, // help: the AI cull rates each photo 1-3 on sharpness, expression and composition
    { id: 'photo-picker-myphotopicker', name: 'Photo Picker', vendor: 'Photo Picker', domains: ['myphotopicker.com'], source: 'https://www.myphotopicker.com/privacy' }, // privacy: AI groups similar shots; Google Gemini suggests carousel order and captions
    { id: 'shotlist-getshotlist', name: 'Shotlist', vendor: 'Shotlist', domains: ['getshotlist.com'], source: 'https://getshotlist.com/privacy/' }, // privacy: uploaded photos analysed by Anthropic's Claude
    { id: 'lrgenius', name: 'LrGenius', vendor: 'LrGenius', domains: ['lrgenius.com'], source: 'https://lrgenius.com/help/docs/help-cull-photos' }, // help: AI photo culling and best-shot selection for a Lightroom Classic plugin
    { id: 'lightvision-studio', name: 'LightVision', vendor: 'LightVision', domains: ['lightvision.studio'], source: 'https://lightvision.studio/blog/ai-photo-culling-explained' }, // own blog: its AI culling scores each frame on seven named dimensions
    { id: 'searchable-fs', name: 'Searchable FS', vendor: 'Searchable FS', domains: ['searchable-fs.xyz'], source: 'https://searchable-fs.xyz/privacy' }, // privacy: photo captions for search by a local BLIP model or, with consent, OpenAI
    // --- Listing photos for estate agents and car dealers ---
    { id: 'listedright-ai', name: 'ListedRight.ai', vendor: 'ListedRight.ai', domains: ['listedright.ai'], source: 'https://listedright.ai/ai-use' }, // AI use policy: AI tools that generate or modify property listing images
    { id: 'buildmylisting', name: 'BuildMyListing', vendor: 'BuildMyListing', domains: ['buildmylisting.com'], source: 'https://buildmylisting.com/decluttering-photo-removal' }, // product page: AI removes clutter from listing photos, with California AB 723 disclosures
    { id: 'carpixai', name: 'CarPixAI', vendor: 'CarPixAI', domains: ['carpixai.com'], source: 'https://carpixai.com/blog/ai-car-photo-quality-control-checklist-dealers' }, // own blog: AI-edited dealer inventory photos, with its own upload-and-background workflow
  ],
  { checked: CHECKED_C21 },
);
