// Eighteenth session, design pass (2026-12-06, issue 15): AI design tools the catalog still missed, beyond the
// sixteenth session's consumer pass (long-tail-c16-consumer.ts): AI interior and room redesign, garden and exterior
// visualisers, AI virtual staging for listings, AI architecture and house renders, text- and image-to-3D model
// generators, AI logo makers, AI icon and app-icon generators, AI mockup and product-image generators, AI tattoo,
// nail and hairstyle previews, AI virtual try-on of clothes and AI outfit stylists, and an AI pitch-deck maker.
//
// Leads. The stored `pages` corpus searched by product kind (55 look-ups), worded the way vendors word their own
// terms, privacy policies, licences, AI-use policies and docs, in English, French, German, Spanish, Portuguese,
// Italian, Japanese, Chinese, Korean and Russian. Every row cites a page, with a path, on the product's own host (or
// its vendor's); each page says in the vendor's words that the product generates, redesigns, renders or previews
// with AI (several name Gemini, OpenAI, 302.ai or Replicate). Candidate hosts were run through
// /work/helpers/classify-hosts.mts and the catalog grepped by name first; hosts already listed were left to their
// entries, and the c16 consumer pass's left-out list was respected (its mobile-only apps, pages.dev copies and blogs
// stay out). NailMuseAI, left out in c16 because only its blog was met, is added here from its privacy policy. Three
// subdomains are claimed alone: app.road2.app (PropStage's workspace; nothing read ties the parent road2.app to it),
// figma.aidesigntools.icu (the icon generator's Figma plugin and site; the parent was not read) and
// roomify.mvisualsonline.com (Roomify; the parent was not read). DecorAI of Rocket Digital Limited is claimed on its
// six hosts (decoraihome.com with its web app, decorai.digital, decorai.live, decoraiapp.com, and its German sites
// wohnungdesign.de and kiraumgestaltung.de, whose terms name the app); the catalog's older `decorai` row
// (decorai.io, from a list) could not be tied to it and is left alone.
//
// Measured with /work/helpers/classify-hosts.mts on the 335 hosts the searches returned (vendors, blogs, news sites and
// shared hosts alike): 52 classified before (15.5%), 98 (29.3%) after.
//
// Left out. Hosts already in the catalog (Logo Diffusion, LogoGenGenius, RenderArchi, airender.ai, ArchOne AI,
// Rendore, AI Arch Generator, 3D AI Studio, the tattoo and hairstyle sites of c16, AIDesignHouse, HomeDesigns AI,
// DesignDraft, Figmate, NextMark Studio, slidict.io, SlideFlair, Illustro, Presentations.AI, Site Machine, Generous,
// Legasite, Design on Demand, PrintGen, Mock It AI, ProductShot, aiinteriordesign.io and its second site); blogs,
// guides and glossaries rather than the product's own terms or help (decoraihome.com's blog was replaced by the
// vendor's policies above; rendershop.ai's blog by its privacy policy; airenovation.io, re-design.app, decory.ai,
// housegpts.com, skema3d.com, stageview.io, twohundred.ai, flypost.ai, ghostsvg.com, archigpt.ai,
// aichangeclothes.com, buildmygraphic.com's guide, roomai.fastaitop.com's guide, reflectmind.com); mobile-only apps
// whose pages are store policies (Logico, Emblemo, SpaceM AI, AI LookTrial, Visuel, InkSight, Nailux, Nail Try On,
// AI Nail Design, AI Stickers, the hairstyle and font apps on sites.google.com, InkMaster, DropShirt); pages that do
// not say the tool uses AI (Logo Foundry's favicon packs, Aireframes' policy, Emblemo's terms, tatts.ai, INK on
// aitattoo-design.app, tattoo.ai's policy, pitches.ai's design terms, GoPresent's AUP, DeckSmith, Mockups Generator,
// MockupPlacer, Renderdoor and Render Pro, which are human studios, PatternTile, App Icon Factory's "generation
// service", the non-AI icon exporters appicon.site and appicon.yako-labs.dev); template or pre-launch drafts with
// placeholders (intellirender.com, mydecksmith.com, aicolorstory.com, stylepromptstudio.com, dev.posterstudio.ai, a
// logo-SaaS theme demo on ai-tools.modeltheme.com); staging or personal hosts (staging.roomverse.de,
// tattoo-generator-stage.lusites.xyz, Interior AI on timotheduc.com, cuneytemir.com); AI site builders that host
// users' sites on their own domain (promptpage.site); general products with an AI feature (slidesgo.com,
// savefetch.com, stocklib.es, Tooldi's AI policy on a CloudFront host, appicongenerator.org, whose policy speaks
// only of the AI features of its icon tool); apps on hosts that do not read as the product's own (OutfitStudio on
// devbingo.xyz, Stylister on astaspasta.com); a policy of a Chrome extension kept on an app studio's host
// (apps15.com); a docs page only on a shared GitBook (luw.ai); and shared platforms (sites.google.com, notion.so,
// web.app, vercel.app, pages.dev, github.io, blogspot.com copies, among them Outfit Styler's placeholder AI
// disclosure and ailogogenerator.online's policy on pages.dev).
//
// Found by the image pass too and kept once, in that pass's file (merge, 2026-12-06): PropStage (app.road2.app),
// Virtual Designer AI, Hairstyle AI (hairstylebyai.online), DressesUp (dressesup.org) and ChangeOutfit (changeoutfit.app).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18DesignTools: Tool[] = defineTools(
  'presentation',
  [
    // --- AI interior, room and garden redesign ---
    { id: 'ai-design-interiors', name: 'AI Interior Design (aidesigninteriors.com)', vendor: 'AI Interior Design', category: 'image', domains: ['aidesigninteriors.com'], source: 'https://www.aidesigninteriors.com/privecypolice' }, // privacy: AI-generated room previews and photo-based redesigns of interiors, exteriors and gardens
    { id: 'roomvision-ai', name: 'RoomVision AI', vendor: 'RoomVision AI', category: 'image', domains: ['tryroomvision.com'], source: 'https://www.tryroomvision.com/privacy' }, // privacy: an uploaded room photo is passed to an AI image model to produce redesigns
    { id: 'aura-home-ai', name: 'Aura Home AI', vendor: 'Aura Home AI', category: 'image', domains: ['myaurahomeai.com'], source: 'https://www.myaurahomeai.com/privacy' }, // privacy: room photos processed in real time by its AI provider 302.ai to generate designs
    { id: 'planterior-ai', name: 'Planterior.ai', vendor: 'Planterior.ai', category: 'image', domains: ['planterior.ai'], region: 'europe', source: 'https://www.planterior.ai/terms' }, // terms: AI-powered interior design turning floor plans and room photos into visualisations (EU law)
    { id: 'ai-garden-design', name: 'AI Garden Design', vendor: 'AI Garden Design', category: 'image', domains: ['aigardendesign.org'], source: 'https://www.aigardendesign.org/terms-of-service' }, // terms: SaaS that uses AI to generate garden and landscape design images
    { id: 'interiores-ai', name: 'Interiores AI', vendor: 'Interiores AI', category: 'image', domains: ['interiores-ai.com'], source: 'https://interiores-ai.com/en/privacy' }, // privacy: a SaaS processing uploaded images and prompts with AI for interior designs
    { id: 'decora-ai-club', name: 'Decora AI', vendor: 'Decora AI', category: 'image', domains: ['decora.club'], source: 'https://www.decora.club/privacy' }, // privacy: AI-powered interior design service generating design variations from uploaded room photos
    { id: 'decorai-rocket-digital', name: 'DecorAI (decoraihome.com)', vendor: 'Rocket Digital Limited', category: 'image', domains: ['decoraihome.com', 'decorai.digital', 'decorai.live', 'decoraiapp.com', 'wohnungdesign.de', 'kiraumgestaltung.de'], source: 'https://www.decorai.digital/privacy-policy' }, // privacy: web app at app.decoraihome.com whose room redesigns run on OpenAI's API; wohnungdesign.de/agb and decorai.live/privacy name the same app and vendor
    { id: 'room-ai-airoomdecor', name: 'Room AI (airoomdecor.app)', vendor: 'Room AI', category: 'image', domains: ['airoomdecor.app'], source: 'https://airoomdecor.app/docs/pattern' }, // its API docs: Pattern AI, one of its design models, generates seamless textures from text
    { id: 'roomify-mvisuals', name: 'Roomify (roomify.mvisualsonline.com)', vendor: 'Roomify', category: 'image', domains: ['roomify.mvisualsonline.com'], source: 'https://roomify.mvisualsonline.com/terms' }, // terms: an AI-powered interior design service that transforms room photos (subdomain only)
    // --- AI virtual staging, architecture and house renders ---
    { id: 'ai-virtual-staging-pro', name: 'AI Virtual Staging (aivirtualstaging.pro)', vendor: 'aivirtualstaging.pro', category: 'image', domains: ['aivirtualstaging.pro'], source: 'https://aivirtualstaging.pro/privacy' }, // privacy: AI-powered virtual staging SaaS and API for property photos
    { id: 'rendershop', name: 'Rendershop', vendor: 'Rendershop', category: 'image', domains: ['rendershop.ai'], source: 'https://rendershop.ai/privacy-policy' }, // privacy: AI-powered rendering and design tools for visual content and architectural spaces
    { id: '1render', name: '1render', vendor: '1render', category: 'image', domains: ['1render.ru'], region: 'russia', source: 'https://1render.ru/en/terms' }, // terms: paid AI visualisation of houses generated with Google Gemini
    { id: 'exai-uk', name: 'ExAI', vendor: 'ExAI', category: 'image', domains: ['exai.uk'], source: 'https://www.exai.uk/llms-full.txt' }, // its llms-full.txt documentation: a web app generating AI visualisations of home exteriors and interiors
    // --- AI 3D model generators ---
    { id: '3d-genesis', name: '3D Genesis', vendor: '3D Genesis', category: 'image', domains: ['3dgenesis.app'], source: 'https://www.3dgenesis.app/terms' }, // terms: AI-powered platform generating 3D models from text
    { id: '3dai-art', name: '3D AI (3dai.art)', vendor: '3D AI', category: 'image', domains: ['3dai.art'], source: 'https://www.3dai.art/en/ai-acceptable-use-policy' }, // AI acceptable-use policy for its AI 3D model generation
    { id: 'text3d-ai', name: 'Text3D.ai', vendor: 'Text3D.ai', category: 'image', domains: ['text3d.ai'], source: 'https://www.text3d.ai/3d-Commercial-License' }, // commercial licence: AI-generated 3D models from text, image and multiview inputs
    { id: '3d-generator-ai', name: '3D Generator AI', vendor: 'Undefined Ventures OÜ', category: 'image', domains: ['3dgeneratorai.com'], region: 'europe', source: 'https://3dgeneratorai.com/terms' }, // terms: AI-powered platform generating 3D models from text and images
    { id: '3dwebgen', name: '3DWebGen', vendor: '3DWebGen', category: 'image', domains: ['3dwebgen.com'], source: 'https://3dwebgen.com/terms' }, // terms: AI image-to-3D and text-to-3D generation
    // --- AI logo, icon, mockup and product-image makers ---
    { id: 'logonaut', name: 'Logonaut', vendor: 'Logonaut', category: 'image', domains: ['logonaut.app'], region: 'europe', source: 'https://logonaut.app/fr/terms-of-service' }, // terms (French): an AI-powered logo generation service (Czech sole trader)
    { id: 'logomaq', name: 'LOGOMAQ', vendor: 'LOGOMAQ', category: 'image', domains: ['logomaq.com'], source: 'https://logomaq.com/fr/legal/terms-of-service' }, // terms (French): the service uses AI to generate and refine logos
    { id: 'ailogocreator', name: 'AILogoCreator', vendor: 'AILogoCreator', category: 'image', domains: ['ailogocreator.io'], source: 'https://ailogocreator.io/ko/terms' }, // terms (Korean): a web interface providing an AI-assisted logo creation service
    { id: 'logofactory-ai', name: 'LogoFactory', vendor: 'LogoFactory, Inc.', category: 'image', domains: ['logofactory.ai'], source: 'https://www.logofactory.ai/privacy' }, // privacy: logos generated and refined from a brand brief through AI model providers (its "AI models & training" section)
    { id: 'ai-app-icon-studio', name: 'AI App Icon Studio', vendor: 'AI App Icon Studio', category: 'image', domains: ['aiappiconstudio.com'], source: 'https://www.aiappiconstudio.com/en/privacy' }, // privacy: app icons generated by AI from text prompts, paid in "Diamonds"
    { id: 'appiconkitchen', name: 'AppIconKitchen', vendor: 'AppIconKitchen', category: 'image', domains: ['appiconkitchen.com'], source: 'https://www.appiconkitchen.com/privacy-policy' }, // privacy: an AI-powered app icon generation service using AI model and inference providers
    { id: 'aidesigntools-figma', name: 'AI Design Tools (figma.aidesigntools.icu)', vendor: 'Meigen Creative L.L.C.', category: 'image', domains: ['figma.aidesigntools.icu'], source: 'https://figma.aidesigntools.icu/user-agreement-en.html' }, // terms: vector icons generated by AI, AI background removal, through Figma plugins and the site (subdomain only)
    { id: 'iphone-mockups', name: 'iPhone Mockups (iphone-mockups.com)', vendor: 'iphone-mockups.com', category: 'image', domains: ['iphone-mockups.com'], source: 'https://iphone-mockups.com/terms' }, // terms: AI-powered image and mockup generation paid in "AI renders"
    { id: 'product-creative-generator', name: 'Product Creative Generator', vendor: 'Product Creative Generator', category: 'image', domains: ['productcreativegenerator.com'], source: 'https://productcreativegenerator.com/zh/terms' }, // terms (Chinese): e-commerce image sets generated from product photos through AI generation providers
    // --- AI tattoo, nail and hairstyle previews ---
    { id: 'deep-stencil', name: 'Deep Stencil', vendor: 'Deep Stencil', category: 'image', domains: ['deepstencil.com'], source: 'https://deepstencil.com/en/terms' }, // terms: web platform that uses generative AI for tattoo designs, try-on previews and stencils
    { id: 'nailmuseai', name: 'NailMuseAI', vendor: 'NailMuseAI', category: 'image', domains: ['nailmuseai.com'], source: 'https://nailmuseai.com/privacy-policy' }, // privacy: a credit-based AI nail design generator and gallery
    { id: 'ainail-design', name: 'AI Nail (ainail.design)', vendor: 'AI Nail', category: 'image', domains: ['ainail.design'], source: 'https://ainail.design/privacy' }, // privacy: nail-design image generation through AI generation and moderation infrastructure
    // --- AI virtual try-on of clothes ---
    { id: 'lookvera', name: 'Lookvera', vendor: 'Lookvera', category: 'image', domains: ['lookvera.com'], source: 'https://www.lookvera.com/privacy' }, // privacy: virtual try-on and fashion generation processed by its AI infrastructure providers
    { id: 'tryyourlook', name: 'AI Virtual Try-On (tryyourlook.online)', vendor: 'tryyourlook.online', category: 'image', domains: ['tryyourlook.online'], source: 'https://www.tryyourlook.online/privacy' }, // privacy: person and clothing photos processed by an AI model to generate try-on results
    { id: 'ai-outfit-stylist', name: 'AI Outfit Stylist', vendor: 'AI Outfit Stylist', category: 'image', domains: ['aioutfitstylist.com'], source: 'https://www.aioutfitstylist.com/privacy' }, // privacy: outfit suggestions generated by AI model providers from wardrobe photos
    { id: 'stylecatch-ai', name: 'StyleCatch AI', vendor: 'StyleCatch AI', category: 'image', domains: ['stylecatch.app'], source: 'https://stylecatch.app/terms-of-service' }, // terms: web app with an AI wardrobe, AI model creation and AI-generated virtual try-on images
    // --- AI presentation and pitch decks ---
    { id: 'deckwizard', name: 'DeckWizard', vendor: 'DeckWizard Pty Ltd', domains: ['deckwizard.ai'], source: 'https://www.deckwizard.ai/terms' }, // terms: an AI-powered pitch-deck creation service (Australia)
  ],
  { checked: CHECKED_C18 },
);
