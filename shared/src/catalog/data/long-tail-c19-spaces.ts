// Nineteenth session, spaces pass (2026-12-06, helper `spaces`): AI for 3D and physical spaces and products that the
// catalog still missed, beyond the eighteenth session's design pass (data/long-tail-c18-design.ts). Here: text- and
// image-to-3D model generators and 3D-generation APIs, an AI renderer for STL files, AI texture and trim-sheet
// generators, AI sprite, pixel-art and game-asset generators, an AI tabletop-game generator, AI floor-plan and
// sketch-to-3D tools, AI architecture and SketchUp renderers, an AI facade preview, AI room, kitchen and furniture
// visualisers (several of them widgets for furniture shops), AI garden and landscape design, AI virtual staging and
// real-estate listing tools, an AI apparel-design platform, AI jewellery photography and an AI tattoo designer.
//
// Leads. 53 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their own terms,
// privacy policies, refund and acceptable-use policies, AI disclosures and API docs (3D generation, STL, textures,
// sprites, skyboxes, floor plans, CAD assistants, architecture renders, exteriors, interiors, kitchens, furniture,
// gardens, virtual staging, listing descriptions, try-on, nails, hair, tattoos, textiles, sneakers, jewellery,
// packaging), and in Chinese, Japanese, Korean, German, French and Spanish (those returned mostly articles, patents
// and services already listed; the French one led to Propilia, Homer Stage and immoMatch). Every row cites a page with
// a path on the product's own host (for TrimSheetFast, the FAQ on its billing subdomain; for the 3D APIs, their docs
// or console hosts); each page says in the vendor's words that the product generates, renders, stages or designs
// with AI, a named model (Claude, Gemini, OpenAI image models, Replicate, FLUX) or an AI provider. Hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to their
// entries: 3D Genesis, 3D AI Studio, 3DWebGen, 3D Generator AI, 3dai.art, Text3D.ai, MakerForge 3D Studio, Tripo,
// SEELE, Lovart, AI Arch Generator, ArchOne AI, AIDesignHouse, HomeDesignsAI, aiinteriordesign.io (and its
// aiinteriorstudio.ai), Roomantic, RoomInCube, RenderShop, ExAI, AI Property Writer, ListingWizard, EstatePro,
// Better Listing Media (met again on visualadvantagestudio.com, whose AI disclosure names the same company), AI
// Virtual Staging (aivirtualstaging.pro), Virtual Designer, My Agent Platform, virtualstaging.art, AI Clothes
// Changers, DressesUp, LookVera, TryYourLook, the hairstyle and nail sites (HairstyleTryOn.org, Hairstyle AI,
// HairstylesAI, HairChange AI, AI Nail, NailMuseAI), Tattoo AI (tattooai.co), AI Tattoo Generator (.fun), Burnish
// Pro, Leo AI, Mock It AI, Product Creative Generator and I'Atelier. PropStage, which the c18 design pass claimed on
// app.road2.app, was met again on propstage.app; that host is left as an alias lead for its entry, not a new row.
//
// Two subdomains are claimed alone: facade.housesdesign.org (the web preview of Facade Studio AI; the parent was not
// read) and gensprite.p5ina.dev (GenSprite, run by one developer on his own domain). AI Furniture is one row on its
// two hosts: furniture-ai.com's policy and aifurniture.app's, which says it operates that site and the `furniture-ai`
// Shopify app. AI Garden Design on aigardendesign.app is a row of its own beside the c18 row for aigardendesign.org:
// the two sites name different stacks (this one Replicate, Polar and a mobile app) and nothing read ties them, so its
// name carries its host. Sprite-AI (sprite-ai.art, a pixel-art sprite generator) shares a name with the c13 row for
// sprite.ai, taken from Antler's portfolio list; nothing read ties the two, so both stay.
//
// Measured with /work/helpers/classify-hosts.mts on the 305 hosts the searches returned (vendors, articles, patents,
// stores and shared hosts alike): 56 classified before (18.4%), 102 (33.4%) after.
//
// Left out. Mobile-only apps whose pages are store policies (FloorPlan AI on finder.rent, Facade Studio AI's iOS app on
// curbstudioai.com, Garden Vision, YardGuardian, AI Garden Design: Landscape on gunaydinappstudio.com, Home Decor
// Design on tpillars.co, AI Nail Design on easytech-agency.net, Nailux, Sneaker Lab and the hairstyle apps on
// sites.google.com); pages with placeholders or drafts (imagetostl.pro's `support@your-domain.com` template, Joisk's
// draft generative terms, BuildMate's draft policy on kephalabs.com, Trivox's "local prototype" page); pages that do
// not say the product uses AI in what was read (rellow.co, designtorender.com, Cybever's 3D-EnGen licence,
// 3dgenerator.art, Kleiders' licensing page, which speaks of designs generated from prompts but never of AI); general
// products where AI is one feature (Smart Tools for Revit, the Happy Factory garden planner's plant tips, STL-AI
// inside STLFLIX's help centre); products on hosts that are not their own (HOQI's terms on the CDN host
// cdn1.gomlai.com, the SXCAD AI Assistant extension on xdvietnam.com, the Ai Virtual Try On extension on apps15.com,
// jewelerstudio.ai, whose policy was met only at a `?p=` address); a staging host (staging.shoetracker.ai); a real-
// estate lead-qualification chatbot outside this kind (NoviaMind); vendors seen only on their blogs, guides or essays,
// left as leads (Hadaa, RedesAIgn, Dreamzar, Grix textures, Adstronaut, Optima Image, Homezia, RenderAI, Space Remodel
// on getroomai.com, rndrs.ai, Rendero, Rendervi, Archfine, ArchigenAI, AI Smart Decor, PatternWeaver, Property Glow,
// LiftMyPlace, Elite AI Advantage, VayuAI CAD, 42rows, Tashvi, Modelia); and shared platforms (pages.dev, vercel.app,
// github.io, zeabur.app, itch.io, sites.google.com and notion.so copies).
// At the merge (2026-12-06) this pass's test stopped trapping noviamind.ai, which it had read and left out as a
// real-estate chatbot outside its kind: the sales pass lists NoviaMind from its own terms.
//
// Later: the twentieth session's lifestyle pass listed Garden Vision (gardenvision.app) from its privacy policy (an AI
// product's own site counts even when the product runs in an app); its trap here was dropped then.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const longTailC19SpacesTools: Tool[] = defineTools(
  'image',
  [
    // --- Text- and image-to-3D generators and an AI renderer for 3D files ---
    { id: '3dly-app', name: '3dly', vendor: '3dly', domains: ['3dly.app'], source: 'https://3dly.app/terms-of-service' }, // terms: an AI-powered image-to-3D model service
    { id: 'create3d-io', name: 'Create3D.io', vendor: 'Create3D.io', domains: ['create3d.io'], source: 'https://www.create3d.io/refund' }, // refund policy: on-demand AI 3D model generation from text prompts and images
    { id: 'magicobj', name: 'MagicObj', vendor: 'MagicObj', domains: ['magicobj.com'], source: 'https://magicobj.com/privacy' }, // privacy: a 3D generation service; prompts and images go to Replicate for AI inference
    { id: 'stl2image', name: 'STL2Image', vendor: 'STL2Image', domains: ['stl2image.com'], source: 'https://stl2image.com/terms' }, // terms: an AI-powered tool that makes photorealistic images from STL and OBJ files
    // --- 3D-generation APIs ---
    { id: 'suzanne3d', name: 'Suzanne 3D', vendor: 'Suzanne', category: 'developer-platform', domains: ['suzanne3d.com'], apiEndpoints: ['api.suzanne3d.com'], source: 'https://console.suzanne3d.com/documentation/text-to-3d' }, // API docs: text-to-3D jobs on its `sculptor` generation model, GLB/OBJ/STL out
    { id: 'metakraft-spark-3d', name: 'Metakraft Spark 3D', vendor: 'Metakraft', category: 'developer-platform', domains: ['metakraft.ai'], apiEndpoints: ['api.metakraft.ai'], source: 'https://docs.metakraft.ai/docs/spark-3d/3d-model-generation/generate' }, // API docs: generate a 3D model from a prompt or an image
    { id: 'x3d-studios', name: 'X3D Studios', vendor: 'X3D Studios', domains: ['x3dstudios.com'], source: 'https://www.x3dstudios.com/api-docs' }, // API docs: text-to-3D on engines such as Trellis, Tripo, Hunyuan, Meshy and Rodin, with a print-readiness check
    { id: 'triverse-ai', name: 'Triverse', vendor: 'Triverse', category: 'developer-platform', domains: ['triverse.ai'], apiEndpoints: ['api.triverse.ai'], source: 'https://docs.triverse.ai/api-endpoints/text-to-3d' }, // API docs: generate textured 3D models and meshes from natural-language prompts
    // --- AI textures, sprites and game assets ---
    { id: 'texturegenius', name: 'TextureGenius', vendor: 'TextureGenius', domains: ['texturegenius.com'], source: 'https://texturegenius.com/terms' }, // terms: a gallery of AI-generated textures and custom texture generation from keywords
    { id: 'texturesfast', name: 'TexturesFast', vendor: 'TexturesFast', domains: ['texturesfast.com'], source: 'https://texturesfast.com/faq/how-does-ai-texturing-work' }, // FAQ: generative models turn prompts and references into tileable PBR materials
    { id: 'trimsheetfast', name: 'TrimSheetFast', vendor: 'TrimSheetFast', domains: ['trimsheetfast.com'], source: 'https://billing.trimsheetfast.com/faq/what-is-an-ai-texture-generator' }, // FAQ: an AI texture generator that makes trim-sheet atlases from described materials
    { id: 'ai-sprite-sheet-generator', name: 'AI Sprite Sheet Generator', vendor: 'aispritesheetgenerator.org', domains: ['aispritesheetgenerator.org'], source: 'https://aispritesheetgenerator.org/terms-of-service' }, // terms: an AI-powered platform for game character sprites and animations
    { id: 'sprite-ai-art', name: 'Sprite-AI', vendor: 'Sprite-AI', domains: ['sprite-ai.art'], source: 'https://www.sprite-ai.art/legal' }, // terms: AI-powered pixel-art sprite generation paid in tokens
    { id: 'sprixen', name: 'Sprixen', vendor: 'Sprixen', domains: ['sprixen.com'], source: 'https://sprixen.com/privacy' }, // privacy: sprites and game assets generated with Google Gemini
    { id: 'gensprite', name: 'GenSprite', vendor: 'Timur Turatbekov', domains: ['gensprite.p5ina.dev'], source: 'https://gensprite.p5ina.dev/terms' }, // terms: an AI-powered platform for sprites, PBR textures and 8-direction character rotations
    { id: 'assets-studio-app', name: 'Assets Studio', vendor: 'Assets Studio', domains: ['assets-studio.app'], source: 'https://assets-studio.app/legal' }, // legal notice: AI-assisted game assets made with OpenAI image and language models
    { id: 'pixelme-tokyo', name: 'PixelMe', vendor: 'PixelMe', domains: ['pixel-me.tokyo'], source: 'https://pixel-me.tokyo/ru/privacy' }, // privacy: pixel-art conversion through third-party AI (the Gemini API)
    { id: 'gridbrush-ai-lab', name: 'GridBrush AI Lab', vendor: 'GridBrush AI Lab', domains: ['gridbrush-ai-lab.com'], source: 'https://gridbrush-ai-lab.com/privacy.html' }, // privacy: an AI game-development platform whose neural networks generate levels, narratives and art
    { id: 'shakespiel', name: 'Shakespiel', vendor: 'Shakespiel', category: 'other', domains: ['shakespiel.com'], source: 'https://shakespiel.com/legal/privacy' }, // privacy: prompts go to model providers to generate game rules, images and printables
    // --- Floor plans, architecture and exteriors ---
    { id: 'sketch2space', name: 'Sketch2Space', vendor: 'Sketch2Space', domains: ['sketch2space.com'], source: 'https://sketch2space.com/privacy.html' }, // privacy: floor-plan sketches to 3D scenes; sketches are analysed with Anthropic's Claude API
    { id: 'floorpln', name: 'Floorpln', vendor: 'Floorpln', domains: ['floorpln.com'], source: 'https://www.floorpln.com/privacy' }, // privacy: AI-powered floor-plan generation for residential builders
    { id: 'architerior-ai', name: 'Architerior AI', vendor: 'Architerior AI', domains: ['architeriorai.com'], source: 'https://architeriorai.com/privacy' }, // privacy: floor plans and room photos analysed by AI into design briefs, renders and panoramas
    { id: 'sketchviz', name: 'SketchViz', vendor: 'SketchViz', domains: ['sketchviz.app'], source: 'https://sketchviz.app/privacy' }, // privacy: an AI-powered service turning SketchUp renders into photorealistic images
    { id: 'autoshoot-ch', name: 'Autoshoot', vendor: 'Autoshoot', domains: ['autoshoot.ch'], source: 'https://autoshoot.ch/privacy' }, // privacy: renders generated from uploaded photos by its AI provider
    { id: 'facade-studio-ai-web', name: 'Facade Studio AI (web preview)', vendor: 'Facade Studio AI', domains: ['facade.housesdesign.org'], source: 'https://facade.housesdesign.org/privacy' }, // privacy: facade photos go to the Facade Studio AI render proxy for an exterior concept
    // --- Rooms, kitchens and furniture ---
    { id: 'homerestyler', name: 'HomeRestyler', vendor: 'HomeRestyler', domains: ['homerestyler.app'], source: 'https://homerestyler.app/terms' }, // terms: an AI-powered interior design tool that redesigns room photos
    { id: 'ai-kitchen-preview', name: 'AI Kitchen Preview', vendor: 'AI Kitchen Preview', domains: ['aikitchenpreview.com'], source: 'https://aikitchenpreview.com/acceptable-use' }, // acceptable use: kitchen remodel previews; prompts are screened before they reach the image model
    { id: 'ai-furniture-visualiser', name: 'AI Furniture', vendor: 'AI Furniture', domains: ['furniture-ai.com', 'aifurniture.app'], source: 'https://furniture-ai.com/privacy' }, // privacy: a room visualiser widget for furniture shops; images go to Google Gemini or similar AI
    { id: 'furnitureviz', name: 'FurnitureViz', vendor: 'Andalus AI', domains: ['furnitureviz.ca'], source: 'https://www.furnitureviz.ca/privacy' }, // privacy: room and product photos are sent to Gemini to generate the visualisation
    { id: 'furniture-gpt', name: 'Furniture GPT', vendor: 'Furniture GPT', domains: ['furnituregpt.tech'], region: 'india', source: 'https://furnituregpt.tech/privacy' }, // privacy: room photos analysed by Claude and visualised by Gemini/Imagen
    { id: 'furniture-visualizer', name: 'Furniture Visualizer', vendor: 'Barber London Design Ltd', domains: ['furniturevisualizer.com'], region: 'europe', source: 'https://www.furniturevisualizer.com/terms' }, // terms: credits for its AI generation tools
    { id: 'furnishot', name: 'Furnishot', vendor: 'Furnishot', domains: ['furnishot.com'], source: 'https://www.furnishot.com/privacy' }, // privacy: image generation and editing from uploaded references, run by model-execution providers
    // --- Gardens and landscapes ---
    { id: 'ai-garden-design-app', name: 'AI Garden Design (aigardendesign.app)', vendor: 'AI Garden Design', domains: ['aigardendesign.app'], source: 'https://www.aigardendesign.app/privacy' }, // privacy: garden redesigns from uploaded photos, generated through Replicate
    { id: 'ai-landscape-design-info', name: 'AI Landscape Design', vendor: 'AI Landscape Design', domains: ['ailandscapedesign.info'], source: 'https://ailandscapedesign.info/privacy' }, // privacy: an AI-powered landscape design platform paid in credits
    // --- Virtual staging and real-estate listings ---
    { id: 'st8ge', name: 'ST8GE', vendor: 'ST8GE', domains: ['st8ge.app'], source: 'https://st8ge.app/disclosures' }, // disclosures: every render is AI-generated virtual staging with a "Virtually Staged" badge
    { id: 'propilia', name: 'Propilia', vendor: 'Propilia', domains: ['propilia.app'], region: 'europe', source: 'https://propilia.app/tos' }, // terms: virtual home staging for listings using AI-based image generation
    { id: 'homer-stage', name: 'Homer Stage', vendor: 'MENTAT', domains: ['homerstage.com'], region: 'europe', source: 'https://www.homerstage.com/privacy-policy' }, // privacy: an AI virtual decoration service; room photos in, AI-generated images out
    { id: 'virtual-stage-design', name: 'Virtual Stage Design', vendor: 'Virtual Stage Design, Inc.', domains: ['virtualstagedesign.com'], source: 'https://www.virtualstagedesign.com/ja/legal/privacy' }, // privacy: property images and prompts in, AI-generated staging outputs back
    { id: 'staging-wizard', name: 'Staging Wizard', vendor: 'Staging Wizard', domains: ['stagingwizard.com'], source: 'https://www.stagingwizard.com/privacy' }, // privacy: an AI-powered virtual staging platform; photos processed by Google Gemini
    { id: 'roomsthatsell', name: 'RoomsThatSell', vendor: 'RoomsThatSell', domains: ['roomsthatsell.com'], source: 'https://www.roomsthatsell.com/privacy' }, // privacy: a virtual staging platform returning AI-generated staged versions of uploads
    { id: 'immomatch-ai', name: 'immoMatch.ai', vendor: 'HairVibes GmbH', category: 'other', domains: ['immomatch.ai'], region: 'europe', source: 'https://www.immomatch.ai/fr/cgv.html' }, // terms (French): AI property valuation, AI-written listings and virtual staging
    { id: 'immobiliareai', name: 'ImmobiliareAI', vendor: 'ImmobiliareAI', category: 'writing', domains: ['immobiliareai.org'], region: 'europe', source: 'https://immobiliareai.org/privacy.html' }, // privacy: a WordPress plugin writing property descriptions with AI through the OpenAI API
    // --- Fashion, jewellery and tattoos ---
    { id: 'textile-harmony', name: 'Textile Harmony', vendor: 'Textile Harmony', domains: ['textileharmony.online'], source: 'https://textileharmony.online/legal/aup' }, // acceptable use: an apparel design platform with AI fit and AI imagery features
    { id: 'jewel-ai-studio', name: 'Jewel AI Studio', vendor: 'Jewel AI Studio', domains: ['jewelaistudio.com'], source: 'https://jewelaistudio.com/safety-design-preservation' }, // AI safety page: AI restyles backgrounds, models and lighting around the uploaded jewellery
    { id: 'tattooflash-art', name: 'TattooFlash', vendor: 'TattooFlash', domains: ['tattooflash.art'], source: 'https://tattooflash.art/acceptable-use' }, // acceptable use: AI-assisted tattoo design on third-party generation infrastructure
  ],
  { checked: CHECKED_C19 },
);
