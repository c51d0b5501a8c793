// Twenty-second session, second design pass (2026-12-07, helper `design2`): AI design products that no entry claimed
// yet, beside the eighteenth session's design and image passes (long-tail-c18-design.ts, long-tail-c18-image.ts), the
// nineteenth session's spaces and leads passes (long-tail-c19-spaces.ts, long-tail-c19-leads.ts), the twenty-first
// session's photo pass (long-tail-c21-photo.ts) and the older image lists (long-tail-c5-image-tools.ts,
// cat-image-video*.ts), whose rows and left-out hosts were read first and are not repeated. Here: an AI design canvas
// for SVGs and UI components (HeroUI Studio) and a UI-screenshot-to-prompt tool (Prompt Coder); AI fashion and dress
// design (Virtual Fashion, Build-a-Dress) and AI jewellery images (JewelryGenDNA); AI product photography (Product
// Shot Studio, Photoshoot AI, BGCreate); AI mockups (PosterMock AI, JustMock) and App Store screenshot sets composed by
// AI (Nuvex); an AI font generator (AIfonts.art); AI icon, SVG and vector generators and converters (SVG Generator on
// aisvg.im, Iconly, svgapp.ai, Vector Witch, SVGMaker.io, SmartSVG.ai); AI seamless patterns (PatternCanva); an AI
// colour-palette generator; AI interior and kitchen redesign (InteriorAI by DESIGNMINDAI, Kitchen Remodel AI); AI
// packaging layouts on dielines (Pack AI); AI print-on-demand designs (AI Print On Demand); AI wallpapers; a Figma
// plugin that writes component documentation with AI (Systema AI); and an AI design-system generator inside a website
// designer (Flowmo).
//
// Leads. 42 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms,
// commercial licences, credits and pricing pages and help centres, by kind (logo and brand-kit generators, wireframe
// and UI generators, Figma plugins, UX audits, interior, kitchen, garden, virtual staging, floor plans and house plans,
// sketch-to-render, fashion and textile design, seamless patterns, tattoos, icons, SVG and vector illustration, fonts,
// mockups, App Store screenshots, product photography, packaging, PBR textures, jewellery, furniture, footwear,
// T-shirts and print on demand, colour palettes and design tokens, mood boards, wedding invitations), and in German
// (KI Logo Generator, Datenschutzerklärung), Japanese (AI ロゴ作成 利用規約), Spanish (diseño de interiores con IA) and
// French (générateur de logo IA, CGU). The German, Japanese and Spanish look-ups returned law-firm notes, news and
// blogs only; the French one returned logo and image generators already listed. Every row cites a page with a path on
// the product's own host (for Flowmo its help-centre subdomain, for Nuvex a product page) that says in the vendor's
// words that the product generates, converts, renders, redesigns, composes or writes with AI, a language model or named
// model providers. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to their entries:
// LogoFactory, LogoGenGenius, Drawgle, PromptUI, Figmate, NextMark Studio, Maket, Finch3D, LookX, TestFit, Brandmark,
// Logonaut, LOGOMAQ, Produkto, BrandStarter, the AI tattoo generators of c16, Text3D.ai, 3D Genesis, 3D AI (3dai.art),
// 3D Generator AI, Tripo3D, 3D AI Studio, 3DWebGen, PhotoAI (getphotoai.app), ProductShot (productshot.pro), Mock It
// AI, AppScreenStudio, App Preview Kit, AppShots AI, UX Critique, AI Garden Design, AI Virtual Staging
// (aivirtualstaging.pro), Virtual Stage Design, ApplyDesign, AI Kitchen Preview, Rendershop, SketchViz, ArchiVinci, AI
// Arch Generator, AIDesignHouse, Furniture Visualizer, Jewel AI Studio, Burnish Pro, AI Clothes Changers, Sorceress,
// AI Magicx, upuply, I'Atelier, PicGen, Heritage Pixel and the Facade Studio AI web preview.
//
// One subdomain is claimed alone: code.lucids.top (Prompt Coder, operated by FU YUHAN); lucids.top was not read, and
// is a trap in the test. Flowmo's help centre (help.flowmo.ai) describes the AI designer at flowmo.ai, which is claimed
// whole. HeroUI Studio (heroui.studio, NextUI Inc.) is its own host and is not HeroUI Chat (heroui.chat,
// long-tail-c5-vibe-coding.ts): the same company's two products, one row each; heroui.com, the component library, is
// a trap. SVGMaker.io's privacy page was met on dev.svgmaker.io, a development host; the row
// cites the production terms on svgmaker.io.
//
// Measured with /work/helpers/classify-hosts.mts on the 256 hosts the searches returned (vendors, blogs, news, law
// firms, research pages, app-policy hosts and shared hosts alike, in /work/helpers/out/design2-hosts.txt): 57
// classified before (22.3%), 85 after (33.2%).
//
// Same names: Iconly (iconly.ai), an AI icon generator, is not the Iconly icon set (iconly.pro), which is a trap; SVG
// Generator (aisvg.im) and Color Palette Generator (colorpalettegenerator.ai) are generic names, so their rows carry
// the host in the name; InteriorAI of DESIGNMINDAI LTD (designsmindai.com) is not Interior AI (interiorai.com,
// long-tail-vendors.ts). Nothing read ties any of these pairs together.
//
// Doubtful rows: Pack AI designs packaging on uploaded dielines and uses AI (Anthropic) only when the user submits its
// AI brief, but the product is named for it and the brief is its drafting step; Systema AI writes documentation rather
// than designs and sits under `writing`; Build-a-Dress pairs its AI dress designs with seamstresses who make them;
// Photoshoot AI's photoshoots are of people as well as products; AIfonts.art and Vector Witch name no legal entity.
//
// Left out. Mobile-only apps whose pages are app policies, as the c18 and c19 passes decided (T-Shirt Generator on
// tshirtgen.com, Build AI: Dream Home Design on aidreamhome.cc, DropShirt AI on dropshirt.art again, Screen Mockups on
// screenmockups.app, Invity.ai on forvibe.app, InviteMagic on thoughtfulstudios.ai, Visuel again, the Home AI, AI Room
// Design, AI Font Generator, T-Shirt Design AI, AI Food Packaging Maker and AI Wedding Card apps on web.app,
// blogspot.com and sites.google.com, Facade Studio AI's iOS app on curbstudioai.com again); pages that do not say the
// product uses AI in what was read (brand-generator.com's brand kits, brandstylegenerator.com, embellify.com's product
// shots, 12icon.com's licence, appscreenshotmagic.com, appstorescreenshots.ai's ScreenCraft, whose only AI is its
// `.ai`, artfulvector.com's "model inference" on Replicate, furnishar.eu's 3D and AR viewer, weddinginvites.us's
// in-browser editor, whatifby.com's UI concepts on its thisisdev. host); general products whose AI is one feature
// (customfont.app's optional Claude glyph fill in a handwriting-font tool, generato.app's bring-your-own-key AI in a
// Figma data plugin, shirtaki-design-studio.com's Shopify customiser, Zakeke's AI Design Generator, the App Designer
// mode of OpenCharts Spaces, uigel.com's Realistic Icon AI Studio in a UI-kit shop, t-shirt-prints.com, a shop that
// sells AI images, wowcardsai.com, a card service whose admin designs with AI tools); a personal beta
// (mockify.tezsid.me) and a designer's private side project (ptaszynski.me's Spark); vendors seen only on blogs,
// guides or glossaries that do not describe their own product (patternweaver.ai, stagedbyai.com, tigmi.co, snappyit.ai,
// modelia.ai, archgee.com, archmaster.app, stytrix.com, instantinteriorai.com, and skema3d.com, ghostsvg.com,
// housegpts.com and flypost.ai as c18 decided: leads); two posts on vendors' own blogs about their own products that
// the c19 spaces pass left out as blog-only and whose test keeps as traps (Hadaa's on AI landscape design from yard
// photos, hadaa.app; Grix's on AI PBR texture generation, textures.grixai.com): leads for the merge, which may list
// them and drop those traps; an AI packaging-concept platform whose terms sit on
// advancedpremediasolutions.com, a premedia company's site (a lead for a URL prefix once its product path is known);
// secondstream.co's AI generation terms, which do not say what the product is (a lead); MyInk.ai, seen only on a
// pages.dev copy (a lead for myink.ai); pre-launch drafts again (aicolorstory.com, intellirender.com's
// "[COMPANY_NAME]"); `?p=` pages (jewelerstudio.ai, the logo-SaaS theme demo on ai-tools.modeltheme.com); and shared
// platforms (wirestudio-landing.pages.dev, whose own wirestudio.app was not returned: a lead; fontplant.pages.dev,
// brand-studio-ai.pages.dev, instantui.pages.dev, design-md-generator.pages.dev, ai-interior-landing.pages.dev,
// photospro-marketing-production.pages.dev, ai-svg-icon-gen.vercel.app, aiart0011.github.io's LogoWiz).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Design2Tools: Tool[] = defineTools(
  'image',
  [
    // --- UI design, Figma and design systems ---
    { id: 'heroui-studio', name: 'HeroUI Studio', vendor: 'NextUI Inc.', domains: ['heroui.studio'], source: 'https://heroui.studio/legal/terms' }, // terms: an AI-powered canvas that generates SVGs, UI components and design assets from natural-language prompts, on credits
    { id: 'prompt-coder-lucids', name: 'Prompt Coder', vendor: 'FU YUHAN', category: 'coding', domains: ['code.lucids.top'], source: 'https://code.lucids.top/terms' }, // terms: AI-powered analysis of UI screenshots and design images into code prompts for Next.js, React, Vue and Angular
    { id: 'systema-ai', name: 'Systema AI', vendor: 'Systema AI', category: 'writing', domains: ['systema-ai.app'], source: 'https://systema-ai.app/privacy' }, // privacy: a Figma plugin that sends component metadata to OpenAI to write component documentation
    { id: 'flowmo', name: 'Flowmo', vendor: 'Flowmo', category: 'coding', domains: ['flowmo.ai'], source: 'https://help.flowmo.ai/vibe-coding/ai-design-system-generation' }, // help centre: the AI Design System Generator builds colour, type, spacing and component tokens for a Flowmo project from its AI panel
    { id: 'color-palette-generator-ai', name: 'Color Palette Generator (colorpalettegenerator.ai)', vendor: 'Color Palette Generator', domains: ['colorpalettegenerator.ai'], source: 'https://www.colorpalettegenerator.ai/privacy' }, // privacy: prompts and images go to Anthropic Claude (OpenAI as fallback) to generate colour palettes
    // --- Icons, SVG, vectors and fonts ---
    { id: 'aisvg-svg-generator', name: 'SVG Generator (aisvg.im)', vendor: 'SVG Generator', domains: ['aisvg.im'], source: 'https://aisvg.im/terms' }, // terms: an AI-powered SVG icon generation platform from text or website URLs, on credits
    { id: 'iconly-ai', name: 'Iconly (iconly.ai)', vendor: 'Iconly', domains: ['iconly.ai'], source: 'https://iconly.ai/terms' }, // terms: an AI-powered icon generation platform with a library and CDN delivery
    { id: 'svgapp-ai', name: 'svgapp.ai', vendor: 'Felix Mennen', domains: ['svgapp.ai'], source: 'https://svgapp.ai/privacy/' }, // privacy (Germany): creates mascots and images with AI through fal.ai and vectorizes them
    { id: 'vector-witch', name: 'Vector Witch', vendor: 'Vector Witch', domains: ['supervector.io'], source: 'https://supervector.io/privacy' }, // privacy: text prompts go to its AI provider (OpenRouter) to generate SVG vectors
    { id: 'svgmaker-io', name: 'SVGMaker.io', vendor: 'SVGMaker.io', domains: ['svgmaker.io'], source: 'https://svgmaker.io/terms' }, // terms: AI-powered image-to-SVG conversion and SVG editing through natural-language commands
    { id: 'smartsvg-ai', name: 'SmartSVG.ai', vendor: 'SmartSVG.ai', domains: ['smartsvg.ai'], source: 'https://www.smartsvg.ai/legals/terms/' }, // terms (Canada): artificial-intelligence conversion of images to SVG and SVG generation from text prompts
    { id: 'aifonts-art', name: 'AIfonts.art', vendor: 'AIfonts.art', domains: ['aifonts.art'], source: 'https://aifonts.art/privacy' }, // privacy: an AI-powered font generation service that runs uploaded images and handwriting through its AI pipeline
    // --- Patterns, textures and wallpapers ---
    { id: 'patterncanva', name: 'PatternCanva', vendor: 'PatternCanva', domains: ['patterncanva.com'], source: 'https://www.patterncanva.com/commercial-licensing' }, // commercial licence: rights to the AI-generated seamless patterns made on the service
    { id: 'aiwallpaper-me', name: 'AI Wallpaper (aiwallpaper.me)', vendor: 'AI Wallpaper', domains: ['aiwallpaper.me'], source: 'https://aiwallpaper.me/terms-of-service' }, // terms: AI-powered generation of wallpapers from text and reference inputs, released under CC0
    // --- Fashion, jewellery and print on demand ---
    { id: 'virtual-fashion-app', name: 'Virtual Fashion', vendor: 'Virtual Fashion', domains: ['virtualfashion.app'], source: 'https://virtualfashion.app/privacy' }, // privacy: apparel designs made by AI synthesis from uploaded blueprints, with prompts sent to Google Gemini
    { id: 'build-a-dress', name: 'Build-a-Dress', vendor: 'Build-a-Dress', domains: ['build-a-dress.com'], source: 'https://build-a-dress.com/privacy-policy' }, // privacy: an AI-powered dress design platform that generates dress designs from prompts and matches makers
    { id: 'jewelrygendna', name: 'JewelryGenDNA', vendor: 'JewelryGenDNA', domains: ['jewelrygendna.com'], source: 'https://jewelrygendna.com/terms' }, // terms: an AI-powered jewellery image generation platform for merchants and brands, on credits
    { id: 'ai-print-on-demand', name: 'AI Print On Demand', vendor: 'HONNYDO LLC', domains: ['aiprintondemand.com'], source: 'https://www.aiprintondemand.com/privacy' }, // privacy: AI-powered design generation for print-on-demand sellers, with optional own OpenAI, Ideogram or FLUX keys
    // --- Product photography and mockups ---
    { id: 'product-shot-studio', name: 'Product Shot Studio', vendor: 'Damian Prochaska', domains: ['productshot.studio'], source: 'https://productshot.studio/terms-of-service' }, // terms (Poland): an AI-powered product photography tool that turns uploaded product images into studio shots
    { id: 'photoshoot-ai-photoshootlabs', name: 'Photoshoot AI', vendor: 'Photoshoot AI', domains: ['photoshootlabs.com'], source: 'https://www.photoshootlabs.com/terms-of-service' }, // terms: an AI-powered platform that generates professional photoshoots from uploaded images
    { id: 'bgcreate-ai', name: 'BGCreate', vendor: 'BGCreate', domains: ['bgcreate.ai'], source: 'https://bgcreate.ai/terms-of-service' }, // terms: an AI-powered product photography service, on credits
    { id: 'postermock-ai', name: 'PosterMock AI', vendor: 'PosterMock AI', domains: ['postermockai.com'], source: 'https://postermockai.com/privacy.html' }, // privacy: an AI-powered mockup generation service; uploaded artwork goes to OpenAI's API
    { id: 'justmock', name: 'JustMock', vendor: 'JustMock', domains: ['justmock.com'], source: 'https://justmock.com/privacy-policy' }, // privacy: product mockups and pin copy for print-on-demand sellers, with a section on its AI image generation
    { id: 'nuvex-design', name: 'Nuvex', vendor: 'Nuvex', domains: ['nuvex.design'], source: 'https://nuvex.design/ai-app-store-screenshots' }, // product page: App Store screenshots fully composed by AI, a design spec from Anthropic Claude rendered by an OpenAI image model
    { id: 'pack-ai-packai', name: 'Pack AI', vendor: 'Pack AI', domains: ['packai.tech'], source: 'https://packai.tech/privacy' }, // privacy: packaging design on dielines whose AI brief is sent to Anthropic to generate a layout
    // --- Interior, kitchen and landscape ---
    { id: 'interiorai-designmindai', name: 'InteriorAI (designsmindai.com)', vendor: 'DESIGNMINDAI LTD', domains: ['designsmindai.com'], source: 'https://designsmindai.com/privacy' }, // privacy (UK): uploaded room photos and prompts are used to generate and render interior designs
    { id: 'kitchen-remodel-ai', name: 'Kitchen Remodel AI', vendor: 'Kitchen Remodel AI', domains: ['kitchenremodelai.com'], source: 'https://kitchenremodelai.com/privacy-policy' }, // privacy: kitchen photos and prompts go to AI generation providers; a section on AI processing and training
  ],
  { checked: CHECKED_C22 },
);
