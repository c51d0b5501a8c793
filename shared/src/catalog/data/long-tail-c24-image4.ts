// Twenty-fourth session, fourth image pass (2026-12-07, helper `image4`): the long tail of AI image tools that no entry
// claimed yet, after the image passes before it (image-video.ts, cat-image-video*.ts, lists-c3-image.ts,
// long-tail-image.ts, long-tail-c5-image-tools.ts, long-tail-c18-image.ts, long-tail-c21-photo.ts,
// long-tail-c23-photo2.ts), whose rows and left-out hosts are not repeated. Here: an AI headshot service with a
// preview before payment (InstantHeadshot.ai) and AI portraits and photos of yourself (FrameArto, MakeAiPhotos); an ID
// and passport photo generator (identification.photos); AI architectural, interior and landscape renders
// (threedimensions); anime and original-character art (AnimeGen on animegen.app, AnividAI); AI paper textures
// (PaperTexture.io); an AI colouring-page generator (ColorNest); AI culling and editing for professional photographers
// (FilterPixel, Narrative); AI picture books and cartoon story illustration with consistent characters (Neolemon,
// StoryGenius, Silly Scribe, Story Weaver Studio); AI car photos for dealerships (CarBG); image generation, editing and
// outpainting sites met in Indonesian and Vietnamese (aitryon.art, PixExtender, HiFlux AI); image-to-3D models
// (ModelMyImage); and, met on the way, a multi-model AI platform that sells image generation (GlobalGPT) and an AI music
// generator (MusicAI.ai).
//
// Leads. 40 look-ups (39 in the stored `pages` corpus, 1 in `docs`), counted as they were made. Queries worded the way
// vendors word their own terms, privacy, refund, pricing, licence, FAQ, help and "how it works" pages, kind by kind
// (interior and exterior redesign, facades and paint, gardens and landscapes, tattoos, headshots and selfie-trained
// portraits, logos, app icons and emoji, architecture sketch-to-render, fashion and t-shirt designs, anime characters,
// hairstyles, book and album covers, seamless patterns and textures, passport and ID photos, nail art and jewellery,
// colouring books, photo culling, image translation, storyboards and picture books, invitations and greeting cards, car
// dealership photos, face swap, text- and image-to-3D, image-generation APIs) and in Spanish, German, French, Japanese,
// Portuguese, Russian, Korean, Chinese, Italian, Turkish, Indonesian and Vietnamese. Most vendor pages the searches
// returned were listed already: of the AI image products met on their own pages, about two in three classified before
// this pass. The German, Japanese, Chinese, Korean and Turkish look-ups returned law notes, blogs and listed
// services almost only. Every row cites a page with a path on the product's own host (for Story Weaver Studio its
// claimed app. subdomain) where the vendor says the product generates, edits, culls, renders or illustrates with AI, an
// AI model or named models (Gemini, Flux, Nano Banana, KIE); ten rows cite the vendor's own blog or guide where that
// page describes the vendor's own product (threedimensions, FrameArto, MakeAiPhotos, ColorNest, FilterPixel, Narrative,
// Neolemon, Silly Scribe, Story Weaver Studio, CarBG), as the twenty-third session's photo pass did, and GlobalGPT its
// own hub article. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first; the other
// twenty-fourth-session worktrees' files (/work/wt/*/…/*-c24-*.ts) hold none of these hosts.
//
// Two products read on their own blogs were left out here because earlier passes kept those very pages as traps
// (vendors seen only on their blogs) and listed at the merge, since a vendor's own article about its own product is a
// page with a path on the product's host: RedesAIgn (redesaign.com, whose articles say it redesigns home photos with
// AI; the trap in lookalikes-c19-spaces dropped) and Snapto (snapto.sale, an AI car background remover for
// dealerships; the trap in lookalikes-c21-photo dropped).
//
// Measured with /work/helpers/classify-hosts.mts on the 267 hosts the searches returned (vendors, blogs, news, content
// farms, patent sites, forums, shared hosts alike, in /work/helpers/out/image4-hosts.txt): 87 classified before (32.6%),
// 109 after (40.8%).
//
// Already listed and left to their entries: DesignDraft.ai, AI Interior Studio (aiinteriordesign.io,
// aiinteriorstudio.ai), the AI tattoo generators on aitattoogenerator.fun, aitattoogenerator.me, tattooai.co and
// tattooai.design, AI Headshot Pro, HeadshotsByAI, DrHeadshot, Framecast, HeadshotPro (getheadshot.pro), Headshot.ai,
// Lovart, AI Arch Generator, airender.ai, RenderArchi, Hadaa, NanoFig, CharacterGen, Animeify, Illustro, Flux Kontext AI
// (kontext-ai.com), Image-to-Image AI, PicGen, I'Atelier, GuideGlare, Heritage Pixel, HairstyleTryOn.org, HairstylesAI,
// Hairstyle AI, AI Garden Design, Iconly, AISnapEdit, PixExact, GPT Image 2, PixelForge, Genpic.ai, AI Media Service,
// AI-Photo Pro, InviAI, Jium AI, ArtAIGC, Design on Demand, PrintGen, TextureGenius, AI Wallpaper, JewelryGenDNA,
// NailMuseAI, AI Nail, ai-photogenerator.org, SoReal, Dezgo, Imagine's API, Floniks, CreateVision AI, all-images.ai,
// ModeOn.ai, Spyne, CarPix AI, Deep Image, AI Face Swap (aifaceswaps.app), FaceSwapMaker, Face Swapper, SnapAI,
// Text3D.ai, Picoberry, 3DWebGen, 3D Genesis, 3D AI Studio (3dai.art), the AI image site on ai.mikuapi.org and
// Resofter's AI video creator.
//
// One subdomain is claimed alone: app.letsmakestories.com, where Story Weaver Studio's blog sits; letsmakestories.com
// itself was not read and is a trap. HiFlux AI's terms sit on hiflux.xyz and name hiflux.ai as the service, so both are
// claimed by one row.
//
// Same names: AnimeGen (animegen.app, an anime-art generator on KIE) is not AnimeGen (animegen.jp, AIdeaLab, listed by
// the fourteenth session); Narrative (narrative.so, AI culling for photographers) is not Narrative (narrative-sports.com),
// Narrative (trynarrative.com) nor Narrative BI (narrative.bi).
//
// Doubtful rows: Narrative's page is a blog article, and narrative.so may present other products for photographers
// beside its AI culling and editing. GlobalGPT is read from its own hub article, which says it integrates image models (Nano
// Banana, Sora Image, Ideogram, Flux) beside its chat; earlier passes left it as a lead for want of such a page.
// ModelMyImage's terms describe routed image-to-3D generation and say AI only where they promise not to train AI models
// and route inference to third parties. threedimensions is read from its own blog.
//
// Left out. Adult and undressing services, as the eighteenth session decided: nudify.it, slygen.ai, dejanu.app. Apps
// sold through app stores whose web pages are only store policies: Logico (logico.thematrixapp.com, as the sixteenth and
// eighteenth sessions decided), PhotoID (passportphotoid.com), Passport Photo AI (photoforpassport.app), Ornat
// (ornatai1.com), AI Tattoo Design: InkMaster (ftm-it.com, an app maker's company site), an agency's AI Nail Design app
// (easytech-agency.net). AI as one feature of a broader product: Stocklib's AI-image licence (a stock-photo agency),
// smarterphoto.gallery (client galleries with AI culling as a Pro feature), Zakeke's AI design generator (a product
// customiser), Print It My Way (a print-on-demand app), customemoji.com (a curated emoji collection with an AI bot),
// appicongenerator.org (AI features of an icon tool), greeting-e-cards.com (an e-card site whose cards are made with other
// AI tools), Mewpot (stock music and images). Guides, explainers and glossaries that do not describe the vendor's own
// product, as earlier passes decided for several of them: xportrait.ai, portraitphoto.ai, archigpt.ai, archgee.com,
// archmaster.app, optimaimage.com, patternweaver.ai, property-glow.com, moldaspace.com, drawstory.ai, pxz.ai,
// stytrix.com, caimera.ai, booktranslator.ai, girardai.com, decodem.ai. Pages that do not say AI: genaiwear.com's FAQ,
// 12icon.com's licence, theappiconfactory.com's privacy page ("a third-party generation service"), passportsize.in,
// coloringbus.com's API docs, secondstream.co's generation terms (a platform the page does not name). Test, draft and
// odd hosts: test.web.picturepicker.com (as the sixteenth session decided), labs.simplyscapes.com (draft research notes),
// atlantidacore.com/face-swap (a company site's app disclaimer), passportphotomaker.sbs, visual-foundry.com (met only as a
// WordPress JSON record: a lead). `?p=` pages: happycolorz.de (a German colouring-page generator) and gazai.ai's blog
// (GAZAI, a Japanese AI illustration service): leads. Human services: antinteriordevelopment.com (human interior
// designers), cathysunu.com (a photographer's commissioned portraits). Shared platforms: wackleapps.github.io (TattooGen
// AI), myink-7yw.pages.dev (MyInk.ai, whose own host the searches did not return: a lead), ghliblify-dashboard.vercel.app,
// shiyongshuomingexterior.pages.dev, ai-svg-icon-gen.vercel.app, privacy-nailart.vercel.app, sital-ai-try-on.vercel.app,
// xicon-web.vercel.app, bluequbits.vercel.app, lyven81.github.io, sites.google.com app policies, medium.com and dev.to
// posts (Picverce AI's public API, whose picverce.com docs were not returned: a lead; RoomCraft AI on koushith.in, a
// personal blog). Other leads: imageapiai.com (seen only through its PyPI SDK).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const longTailC24Image4Tools: Tool[] = defineTools(
  'image',
  [
    // --- Headshots, portraits and ID photos ---
    { id: 'instantheadshot-ai', name: 'InstantHeadshot.ai', vendor: 'InstantHeadshot.ai', domains: ['instantheadshot.ai'], source: 'https://instantheadshot.ai/refund' }, // refund policy: AI-generated professional headshots, previewed watermarked before payment, with AI analysis warnings on unsuitable photos
    { id: 'framearto', name: 'FrameArto', vendor: 'FrameArto', domains: ['framearto.com'], source: 'https://www.framearto.com/blog/how-ai-portrait-generation-works' }, // founder's explainer: how the FrameArto AI portrait service turns an uploaded photo into stylised art with diffusion models
    { id: 'makeaiphotos', name: 'MakeAiPhotos', vendor: 'MakeAiPhotos', domains: ['makeaiphotos.com'], source: 'https://www.makeaiphotos.com/blog/how-does-ai-photo-generation-work' }, // vendor article: MakeAiPhotos trains a personal model on your selfies and generates new photos of you with a diffusion model
    { id: 'identification-photos', name: 'AI ID Photo Generator', vendor: 'AI ID Photo Generator', domains: ['identification.photos'], source: 'https://identification.photos/privacy' }, // privacy: uploaded photos are turned into ID photos that meet official requirements through AI (background replacement, sizing)
    // --- Architecture, facades and interiors ---
    { id: 'threedimensions-studio', name: 'threedimensions', vendor: 'threedimensions', domains: ['threedimensions.studio'], source: 'https://threedimensions.studio/blog/ai-architectural-rendering-from-sketches-to-client-ready-visuals' }, // vendor article: an AI architectural rendering studio that turns sketches, model exports and photos into interior, exterior and landscape renders
    // --- Anime, characters and stories ---
    { id: 'animegen-app', name: 'AnimeGen (animegen.app)', vendor: 'AnimeGen', domains: ['animegen.app'], source: 'https://animegen.app/en/privacy' }, // privacy: runs anime-image generations from prompts and reference images on AI model providers (KIE), debiting credits
    { id: 'anividai', name: 'AnividAI', vendor: 'AnividAI', domains: ['anividai.com'], source: 'https://anividai.com/privacy-policy' }, // privacy: an AI-powered anime art platform for original characters, anime images and videos, and chat with the characters
    { id: 'neolemon', name: 'Neolemon', vendor: 'Neolemon', domains: ['neolemon.com'], source: 'https://www.neolemon.com/blog/how-to-create-professional-ai-cartoon-story-illustrations' }, // vendor guide: Neolemon's AI cartoon character generator with editors that keep a character consistent across story illustrations
    { id: 'storygenius', name: 'StoryGenius', vendor: 'StoryGenius', domains: ['storygenius.me'], source: 'https://storygenius.me/docs/storyboard-sections' }, // docs: personalised storybooks whose illustrations and text the AI generates, one StoryCoin per illustration
    { id: 'silly-scribe', name: 'Silly Scribe', vendor: 'Silly Scribe', domains: ['sillyscribe.app'], source: 'https://www.sillyscribe.app/blog/storymaker-consistency' }, // vendor article: AI picture books whose consistent characters are rendered through Google's Gemini Flash image model
    { id: 'story-weaver-studio', name: 'Story Weaver Studio', vendor: 'Story Weaver Studio', domains: ['app.letsmakestories.com'], source: 'https://app.letsmakestories.com/blog/posts/how-ai-is-transforming-childrens-literature' }, // vendor article: AI writes a child's personalised storybook and generates its illustrations with character anchors (subdomain only)
    // --- Textures and colouring pages ---
    { id: 'papertexture-io', name: 'PaperTexture.io', vendor: 'PaperTexture.io', domains: ['papertexture.io'], source: 'https://papertexture.io/terms-of-service' }, // terms: an AI-powered vintage paper texture generator
    { id: 'colornest-ai', name: 'ColorNest', vendor: 'ColorNest', domains: ['colornest.ai'], source: 'https://www.colornest.ai/blog/photo-to-coloring-vs-text-prompt-when-each-works/' }, // vendor guide: its AI coloring-page generator turns a text prompt or a photo into a coloring page for credits
    // --- Photographers and car dealers ---
    { id: 'filterpixel', name: 'FilterPixel', vendor: 'FilterPixel', domains: ['filterpixel.com'], source: 'https://filterpixel.com/blog/ai-culling-and-editing-complete-guide-for-photographers?hs_amp=true' }, // vendor guide: AI photo culling with computer vision and AI editing for high-volume photographers, FilterPixel among the tools
    { id: 'narrative-select', name: 'Narrative (photo culling)', vendor: 'Narrative', domains: ['narrative.so'], source: 'https://narrative.so/blog/ai-photo-culling-vs-ai-photo-editing' }, // vendor article: Narrative's AI culling assesses facial states and sharpness to pick the best frames, beside AI editing
    { id: 'carbg', name: 'CarBG', vendor: 'CarBG', domains: ['carbackground.ai'], source: 'https://carbackground.ai/ai-car-photo-editing' }, // vendor guide: CarBG's AI car photo editing (vehicle detection, segmentation, background and lighting, compositing)
    // --- Image generation and editing sites (non-English pages) ---
    { id: 'aitryon-art', name: 'aitryon.art', vendor: 'aitryon.art', domains: ['aitryon.art'], source: 'https://aitryon.art/id/terms-of-service/' }, // terms (Indonesian): an AI-based media creation platform
    { id: 'pixextender', name: 'PixExtender', vendor: 'PixExtender', domains: ['pixextender.com'], source: 'https://www.pixextender.com/vi//terms-of-service' }, // terms (Vietnamese): an AI-powered SaaS that extends images beyond their borders by outpainting
    { id: 'hiflux-ai', name: 'HiFlux AI', vendor: 'HiFlux AI', domains: ['hiflux.ai', 'hiflux.xyz'], source: 'https://hiflux.xyz/vi/terms' }, // terms (Vietnamese): a free AI image generation and editing platform at hiflux.ai (text-to-image, image-to-image, style transfer, background replacement)
    // --- 3D ---
    { id: 'modelmyimage', name: 'ModelMyImage', vendor: 'ModelMyImage', domains: ['modelmyimage.com'], source: 'https://modelmyimage.com/terms' }, // terms: routed image-to-3D generation for credits, inference routed across third-party systems, uploads not used to train AI models
    // --- Met on the way ---
    { id: 'globalgpt', name: 'GlobalGPT', vendor: 'GlobalGPT', category: 'chat', domains: ['glbgpt.com'], source: 'https://www.glbgpt.com/it/hub/can-i-use-ai-images-for-commercial-use' }, // vendor hub article (Italian): GlobalGPT integrates image models (Nano Banana, Sora Image, Ideogram, Flux) at low cost
    { id: 'redesaign', name: 'RedesAIgn', vendor: 'RedesAIgn', domains: ['redesaign.com'], source: 'https://redesaign.com/blog/ai-backyard-design-generator' }, // vendor blog: its own AI backyard and home-photo redesign generator, paid in AI credits
    { id: 'snapto-sale', name: 'Snapto', vendor: 'Snapto', domains: ['snapto.sale'], source: 'https://www.snapto.sale/blog/car-photo-background-replacement-vs-photoshop' }, // vendor blog: its AI car-photo background replacement for dealerships against editing by hand
    { id: 'musicai-ai', name: 'MusicAI.ai', vendor: 'MusicAI.ai', category: 'audio', domains: ['musicai.ai'], source: 'https://www.musicai.ai/vi/terms' }, // terms (Vietnamese): an AI-powered platform that generates music, lyrics and soundtracks
  ],
  { checked: CHECKED_C24 },
);
