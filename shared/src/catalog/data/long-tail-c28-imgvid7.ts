// Twenty-eighth session, seventh image-and-video pass (2026-12-08, helper `imgvid7`): AI image and video tools that no
// entry claimed yet, after the image and video passes before it (image-video.ts, cat-image-video*.ts,
// lists-c3-image.ts, long-tail-image.ts, long-tail-video.ts, long-tail-c5-image-tools.ts, long-tail-c16-imgvid.ts,
// long-tail-c18-image.ts, long-tail-c18-video.ts, long-tail-c21-photo.ts, long-tail-c22-video3.ts,
// long-tail-c23-photo2.ts, long-tail-c24-image4.ts, long-tail-c24-video4.ts, long-tail-c26-imgvid5.ts,
// long-tail-c27-imgvid6.ts), whose queries, rows and left-out hosts are not repeated. The general niches of the brief
// (headshots, clippers, face swap, virtual staging, hairstyles, colouring pages, nails, wedding portraits) came back
// almost wholly listed, so this pass went by trade instead, where small vendors sell AI images and videos to one kind
// of business: car dealers and wrap shops (Dealer Vision Pro's background replacement, CarPhotoWizard, Car AI's photo
// enhancer, WrapStudio AI, Tesla Wrap Designer), dentists (AI Smile Simulator, SmileMirror, Smileproof), remodelling
// and pool contractors (VisualBuild, BEDRHome, USAIPools), jewellers (JewelGen, Diatech Studio), estate agents
// (Lumai's and RevReels' photo-to-video tours, PropertyVideos.ai), churches (LyrClip's sermon clips) and funeral homes
// (FuneralSlides), plus one general AI image generator and editor (PhotoCen).
//
// Leads. 37 look-ups, all in the stored `pages` corpus, counted as they were made: the brief's headshot, clipper,
// face-swap and virtual-staging queries; sketch-to-render architecture; hairstyle try-on; motion capture from video;
// dealership car photos; restaurant food photos; on-model fashion images; colouring pages; memorial tribute videos;
// dental smile simulation; garden design; hair-transplant previews; house paint visualisers; sermon clips; listing
// photo-to-video tours; book trailers; lyric videos; rhinoplasty previews; nail art; QR-code art; seamless textures;
// Czech terms; avatar prospecting videos; jewellery renders; print-on-demand designs; packaging mockups; makeup try-on;
// whiteboard explainers; wedding portraits; car wraps; kitchen and bath remodels; eyewear try-on; pool renders; and
// personalised children's books.
//
// Measured with /work/helpers/classify-hosts.mts on the 253 hosts the searches returned (vendors, blogs, news, law
// and research pages, shared hosts alike, in /work/helpers/out/imgvid7-hosts.txt): 84 classified before (33.2%),
// 103 after (40.7%).
//
// Already listed and left to their entries (met on the way): aiheadshots.ai, thestudiogo.io, professional-headshots.com,
// clipai.app, clipengine.tv, clipscraft.com, clippilot.app, aivirtualstaging.pro, virtualstagedesign.com,
// roomsthatsell.com, stagify.ai, virtualdesigner.work, stagingwizard.com, face-swapper.org, faceswapmaker.com,
// aifaceswaps.app, airender.ai, renderarchi.com, rendore.com, archoneai.com, aidesignhouse.io, ai.cadbull.com,
// hairstyletryon.org, hairstylesai.ai, myhairstyleai.com, deepmotion.com, developers.move.ai, foodphoto.ai,
// restaurantai.me, docs.claid.ai, studio.apiway.ai, image2coloring.art, colorgenpro.com, aigardendesign.app/.org,
// sermon-clips.com, maggi.homes, musictovideo.im, lyrictomelodyai.com, nailmuseai.com, ainail.design, texturegenius.com,
// papertexture.io, aiwallpaper.me, jewelrygendna.com, burnishpro.com, jewelaistudio.com, printgen.ai,
// designondemand.art, rendershop.ai, kitchenremodelai.com, tryroomvision.com, aiweddingphoto.com, tinystarbooks.com,
// mystorybooks.co, coreaivideo.com, kb.pictory.ai and others.
//
// Doubtful rows. Diatech Studio, USAIPools and PropertyVideos.ai are read from their own blogs, each describing its
// own product's AI generation (Diatech Studio's jewellery workflow, USAIPools' satellite-photo pool inpainting,
// PropertyVideos.ai's vision-AI prompts for image-to-video clips), as the fifth and sixth image passes admitted
// vendors' own blogs; the eighteenth video pass had left propertyvideos.ai as a "blogs only" lead. They are the rows
// to drop first if the stricter reading is preferred. BEDRHome matches homeowners with contractors, but its first step
// is the AI-generated remodel preview its policy describes. FuneralSlides' AI (Anthropic's Claude) writes the
// slideshow's text, captions and structure rather than its pictures; the writing7 pass met it too, and the merge kept
// its row there (data/long-tail-c28-writing7.ts, as a presentation tool). SmileMirror calls itself a beta. Smileproof names
// only the UAE's and Saudi Arabia's health-data laws as the local rules its dentists follow, hence region middle-east.
// JewelGen and Diatech Studio are claimed on their subdomains only (jewelgen.vihaze.in, studio.diatech.ai): nothing read
// says what vihaze.in is (trapped as a parent not read), and diatech.ai is left unclassified and untrapped. VisualBuild's
// policy on visualbuild.ca says it covers the iOS app and the visualbuild.app website, so both hosts are claimed.
// RevReels' legal page was stored at its http:// address and is cited at https://.
//
// Left out. Drafts and placeholders: artifex-staging.exera.cloud (a staging host), videopilotai.com ("legal placeholder
// required"), intellirender.com (`[COMPANY_NAME]`), freeheadshot.app (early access, no uploads yet), coloringsheetai.com
// (an "implementation draft", as before), getgloe.app's "Draft — outline in progress" blog, roomfy.cz (Czech AI
// virtual staging whose terms still read "[např. 3]": a lead), konohaslot78.net ("TBD … placeholder"), liveproperty.io
// (as before), backyardpoolai.com (a `?p=` page). Pages that do not say the product uses AI: mycarshowroom.co.uk
// ("automated image processing"), oncemore.pet, realms.tv's video addendum, bitethesmile.com's smile simulation docs
// and smileprevue.com's blog (leads), aimocap.net (AI only in the name), designtorender.com (as the c19 spaces pass
// decided). Blogs and guides that do not describe the vendor's own product: portrait.ai-biz.app, churchsocial.ai,
// content.poolify.ai, makeover.so, totokonoha.org, libronauts.com, storys.dev, storypicbooks.com, workflowlab.dev,
// blog.artzone.ai (leads), and the news, law and research pages. Hosts that earlier passes left out or trapped and
// that this pass met again on the same kind of page: aismartdecor.com (its own blog about renovation AI, trapped by
// the c19 spaces pass: a lead for the merge), rewarx.com, gardenworld.app, colorpages.app, atlantidacore.com,
// facefantasy.net. General products where AI is one feature: haircostcalculator.com (a hair-transplant cost calculator
// with an AI simulation: a lead), memorialbuilder.com (a human-led studio), teachboard.app (listed). A namesake left to
// the merge: propstage.ai's blog names "PropStage.ai's Pool Renovation visualizer" while the catalog's `propstage`
// entry holds app.road2.app and propstage.app; whether propstage.ai is the same vendor was not read. Mobile apps and
// developers' pages: the nail, eyewear, hairstyle and makeup apps on cuneytemir.com, easytech-agency.net, cherrbay.com,
// creativdigital.ro, ourinnovation.app and sites.google.com, and the shared-platform policies (pages.dev, vercel.app,
// github.io, notion.site, web.app, webflow.io, tally.so). Out of the pass's categories: aimusicservice.com and
// voicedrop.ai (voice conversion and cloning: leads for an audio pass).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Imgvid7Tools: Tool[] = defineTools(
  'image',
  [
    // --- car dealers and wrap shops ---
    { id: 'dealer-vision-pro', name: 'Dealer Vision Pro', vendor: 'Dealer Vision Pro', domains: ['dealervisionpro.com'], source: 'https://dealervisionpro.com/privacy' }, // privacy: an AI-powered vehicle photo background replacement service for dealerships, with an API
    { id: 'carphotowizard', name: 'CarPhotoWizard', vendor: 'CarPhotoWizard', domains: ['carphotowizard.com'], source: 'https://carphotowizard.com/landing/termsofservice' }, // terms: listing enhancement with AI-powered image processing and video post-generation; images, descriptions and videos generated by its AI models
    { id: 'car-ai-fixaphoto', name: 'Car AI (fixaphoto.app)', vendor: 'Car AI', domains: ['fixaphoto.app'], source: 'https://www.fixaphoto.app/terms' }, // terms: an AI-powered photo enhancement service for automotive images
    { id: 'wrapstudio-ai', name: 'WrapStudio AI', vendor: 'WrapStudio AI', domains: ['wrapstudio.ai'], source: 'https://wrapstudio.ai/privacy' }, // privacy: vehicle wrap designs generated from prompts and reference photos sent to fal.ai, Replicate and OpenRouter, paid in credits
    { id: 'tesla-wrap-designer', name: 'Tesla Wrap Designer', vendor: 'LouisV Studio', domains: ['tesla-wrap.net'], source: 'https://tesla-wrap.net/terms-of-service' }, // terms: credits for AI generation; AI outputs generated automatically from prompts, free-credit results shown in a community gallery
    // --- dentists ---
    { id: 'ai-smile-simulator', name: 'AI Smile Simulator', vendor: 'AI Smile Simulator', domains: ['aismilesimulator.com'], source: 'https://aismilesimulator.com/privacy-image-policy/' }, // privacy: upload a photo and generate an AI-based smile simulation preview
    { id: 'smilemirror', name: 'SmileMirror', vendor: 'SmileMirror', domains: ['smilemirror.ai'], source: 'https://site.smilemirror.ai/privacy-policy/' }, // privacy: cosmetic dentistry smile simulations made with AI image generation (beta)
    { id: 'smileproof', name: 'Smileproof', vendor: 'Smileproof', domains: ['smileproof.ai'], region: 'middle-east', source: 'https://app.smileproof.ai/privacy' }, // privacy: a chairside tool that sends a patient photo to a cloud AI service and returns a cosmetic smile preview
    // --- builders and remodellers ---
    { id: 'visualbuild', name: 'VisualBuild', vendor: 'VisualBuild', domains: ['visualbuild.ca', 'visualbuild.app'], source: 'https://www.visualbuild.ca/privacy' }, // privacy: a contractor tool that turns a house photo into a photoreal AI-generated after image (iOS app and visualbuild.app)
    { id: 'bedrhome', name: 'BEDRHome', vendor: 'VisionXLab', domains: ['bedrhome.com'], source: 'https://bedrhome.com/privacy' }, // privacy: kitchen and bathroom remodel previews generated by AI from uploaded photos, then a matched contractor
    { id: 'usaipools', name: 'USAIPools', vendor: 'USAIPools', domains: ['usaipools.com'], source: 'https://usaipools.com/blog/before-after-ai-pool-renders/' }, // own blog: its AI finds a satellite or street image of an address and inpaints a photorealistic pool
    // --- jewellers ---
    { id: 'jewelgen-vihaze', name: 'JewelGen', vendor: 'JewelGen', domains: ['jewelgen.vihaze.in'], source: 'https://jewelgen.vihaze.in/terms' }, // terms: an AI SaaS whose credits pay for GPU generation of jewellery images and videos
    { id: 'diatech-studio', name: 'Diatech Studio', vendor: 'Diatech', domains: ['studio.diatech.ai'], source: 'https://studio.diatech.ai/blog/edfae-the-complete-guide-t' }, // own blog: its AI jewellery design workflow renders pieces from text, sketches or photos, places them on models and makes product videos
    // --- general image generation ---
    { id: 'photocen', name: 'PhotoCen', vendor: 'PhotoCen', domains: ['photocen.com'], source: 'https://photocen.com/ai-disclaimer.php' }, // AI disclaimer: PhotoCen uses AI models to generate and modify images from prompts and style parameters
    // --- video ---
    { id: 'lyrclip', name: 'LyrClip', vendor: 'Florenzo Technologies', category: 'video', domains: ['lyrclip.com'], source: 'https://lyrclip.com/terms' }, // terms: church content teams upload videos, get AI-powered transcripts and render vertical clips from them
    { id: 'lumai-video', name: 'Lumai', vendor: 'Lumai', category: 'video', domains: ['lumainow.com'], source: 'https://www.lumainow.com/terms' }, // terms: property photos turned into video tours by AI generation, credits refunded when a generation fails
    { id: 'revreels', name: 'RevReels', vendor: 'RevReels', category: 'video', domains: ['revreels.com'], source: 'https://revreels.com/legal' }, // legal centre: listing photos turned into video clips with automated tools including AI; 1 credit = 1 image-to-video clip
    { id: 'propertyvideos-ai', name: 'PropertyVideos.ai', vendor: 'PropertyVideos.ai', category: 'video', domains: ['propertyvideos.ai'], source: 'https://propertyvideos.ai/blogs/how-ai-real-estate-videos-feel-human' }, // own blog: a vision AI describes each listing photo before an AI video model animates it
  ],
  { checked: CHECKED_C28 },
);
