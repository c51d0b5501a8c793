// Sixteenth session, consumer pass (2026-12-06, issue 15): design and consumer-vertical AI tools the catalog still
// missed: AI logo and brand makers, AI UI generators, AI architecture and interior renderers, AI virtual try-on, AI
// tattoo and hairstyle previews, AI travel planners, AI recipe and meal planners, AI fitness coaches, AI gift finders,
// AI photo restoration, and AI stock, crypto and chart analysis assistants with web apps.
//
// Leads. The stored `pages` corpus searched by product kind (28 look-ups; the last three, for logo makers, budgeting
// and fashion design, returned only blogs), worded the way vendors word their own
// terms of service, privacy policies, FAQs, docs and methodology pages. Every row cites such a page, with a path, on
// the product's own host; each page says in the vendor's words that the product generates or analyses with AI. The
// other c16 files on main (imgvid, verticals, wrappers, prodmeet, chatsearch and the rest) were grepped first; none of
// these products is there. One host went to an existing entry: aiinteriorstudio.ai, the same sole trader's second
// site, on `aiinteriordesign-io` (long-tail-c7-vertical-3.ts).
//
// Measured with /work/helpers/classify-hosts.mts on the 99 hosts the searches returned (vendors, blogs and shared
// hosts alike): 8 classified before (logodiffusion.com, logogengenius.com, homaihq.com, deroomai.com, tripplanner.ai,
// colorizethis.io, aiinteriordesign.io, homedesigns.ai), 59 (59.6%) after.
//
// Left out. Pages that are blogs, glossaries or guides rather than the product's terms or help (archmaster.app,
// roomreveal.ai, aismartdecor.com, archgee.com, inkstudioai.com, apptattoogenieai.com, nailmuseai.com,
// zenith-market-ai.com, snappchart.app, wearview.co, stytrix.com); mobile-only apps whose pages are store terms
// (Logico on thematrixapp.com, TryOn AI on benitoai.com, FitQoach, ChattyFit, Emblemo, AI Nutrition Scan, Home Decor
// Design on tpillars.co, SpaceM AI, HairstyleChange, InkMaster, ProTattoo, and the dating reply apps Rizzly,
// Rizziusz, Datewise and Rizz AI); a staging host (staging.gifter.now), personal or shared hosts (Interior AI on
// timotheduc.com, MyInk on pages.dev, a pages.dev copy of oldphotorestoration.org's policy); tools that are not AI or
// do not say so (Logo Foundry's favicon packs, MealMagX, FinsightAI's rule-based scores, which its own blog says are
// not machine learning); general apps with an AI feature (meal-planner.be, Fuel Nutrition's AI Coach, Peakgevity, The
// Smart Investor, Pulsor's trading journal, Towerflow's terminal); trading bots whose pages do not tie the bot to AI
// or are placeholders (cryptoapi.ai, 0xTGI's pay-s host, gorillaquipster.io); Rizzdle, a daily game with AI
// characters; and shapes.inc, a platform of AI characters (one is an "AI Stock Analyst"), left as a lead for a chat
// pass.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools } from './define';

export const longTailC16ConsumerTools: Tool[] = defineTools(
  'other',
  [
    // --- AI logo, brand and UI design ---
    { id: 'brandstarter-app', name: 'BrandStarter', vendor: 'BrandStarter', category: 'image', domains: ['brandstarter.app'], source: 'https://www.brandstarter.app/terms' }, // terms: generates logo concepts with automated systems ("AI")
    { id: 'produkto-io', name: 'Produkto', vendor: 'Produkto', category: 'image', domains: ['produkto.io'], source: 'https://produkto.io/terms-of-service' }, // terms: "the AI brand identity generator"
    { id: 'drawgle', name: 'Drawgle', vendor: 'Drawgle', category: 'image', domains: ['drawgle.com'], source: 'https://drawgle.com/terms' }, // terms: AI generation of mobile UI screens from prompts and screenshots
    { id: 'promptui-co', name: 'PromptUI', vendor: 'PromptUI', category: 'coding', domains: ['promptui.co'], source: 'https://promptui.co/terms' }, // terms: AI app builder generating code from prompts
    { id: 'designtocodeai', name: 'DesignToCodeAI', vendor: 'DesignToCodeAI', category: 'coding', domains: ['designtocodeai.com'], source: 'https://designtocodeai.com/terms-and-conditions' }, // terms: AI turns designs and prompts into HTML/CSS/JS
    // --- AI architecture and interior rendering ---
    { id: 'renderarchi', name: 'RenderArchi', vendor: 'RenderArchi', category: 'image', domains: ['renderarchi.com'], source: 'https://www.renderarchi.com/en/terms' }, // terms: AI architectural rendering platform
    { id: 'archone-ai', name: 'ArchOne AI', vendor: 'ArchOne AI', category: 'image', domains: ['archoneai.com'], source: 'https://archoneai.com/terms-of-service' }, // terms: AI design visualization for architecture and interiors
    { id: 'ai-arch-generator', name: 'AI Architecture Generator', vendor: 'aiarchgenerator.com', category: 'image', domains: ['aiarchgenerator.com'], source: 'https://aiarchgenerator.com/use-cases/sketch-to-render' }, // product page: sketch to photorealistic render with AI
    { id: 'airender-ai', name: 'airender.ai', vendor: 'airender.ai', category: 'image', domains: ['airender.ai'], source: 'https://airender.ai/terms' }, // terms: AI-powered architectural rendering from 3D screenshots
    { id: 'rendore', name: 'Rendore', vendor: 'Rendore', category: 'image', domains: ['rendore.com'], source: 'https://www.rendore.com/terms' }, // terms: AI architectural rendering from sketches
    // --- AI virtual try-on ---
    { id: 'ai-clothes-changers', name: 'AI Clothes Changer', vendor: 'aiclotheschangers.app', category: 'image', domains: ['aiclotheschangers.app'], source: 'https://aiclotheschangers.app/terms-of-service' }, // terms: AI try-on output from uploaded photos
    { id: 'try-before-wear', name: 'Try Before Wear', vendor: 'Try Before Wear', category: 'image', domains: ['trybeforewear.com'], source: 'https://www.trybeforewear.com/terms' }, // terms: virtual try-on results generated by AI
    { id: 'tryon-api', name: 'TryOn API', vendor: 'TryOn API', category: 'developer-platform', domains: ['tryon-api.com'], source: 'https://tryon-api.com/terms.html' }, // terms: virtual try-on API using AI providers
    // --- AI photo restoration ---
    { id: 'oldrestore', name: 'OldRestore Studio', vendor: 'OldRestore', category: 'image', domains: ['oldrestore.com'], source: 'https://oldrestore.com/terms' }, // terms: AI-generated restoration of old photos
    { id: 'huestoric', name: 'Huestoric', vendor: 'Huestoric', category: 'image', domains: ['huestoric.com'], source: 'https://www.huestoric.com/terms' }, // terms: AI photo restoration, enhancement and colorization
    { id: 'colorsfix', name: 'Colorfix', vendor: 'Colorfix', category: 'image', domains: ['colorsfix.com'], source: 'https://www.colorsfix.com/de/legal/privacy' }, // privacy: AI image restoration, colorization and image-to-animation
    { id: 'restoreclick', name: 'RestoreClick', vendor: 'RestoreClick', category: 'image', domains: ['restore.click'], source: 'https://www.restore.click/terms' }, // terms: AI enhances, colorizes and repairs photos
    // --- AI travel planners ---
    { id: 'ai-journey-planner', name: 'AI Trip Planner (aijourneyplanner.com)', vendor: 'aijourneyplanner.com', category: 'chat', domains: ['aijourneyplanner.com'], source: 'https://aijourneyplanner.com/privacy-policy' }, // privacy: generates itineraries with AI models
    { id: 'aitripplanner-net', name: 'AI Trip Planner (aitripplanner.net)', vendor: 'aitripplanner.net', category: 'chat', domains: ['aitripplanner.net'], source: 'https://aitripplanner.net/privacypolicy' }, // privacy: AI prompts and generated itineraries
    { id: 'gotravels-ai', name: 'GoTravels', vendor: 'GoTravels', category: 'chat', domains: ['gotravels.ai'], source: 'https://www.gotravels.ai/en/privacy' }, // privacy: AI providers generate the itinerary
    { id: 'itinera-planner', name: 'Itinera Planner', vendor: 'Itinera Planner', category: 'chat', domains: ['itineraplanner.com'], source: 'https://itineraplanner.com/ai-transparency' }, // AI policy: conversational AI agents for travel agencies
    // --- AI recipes and meal planning ---
    { id: 'recipe-easy', name: 'Recipe Easy', vendor: 'Recipe Easy', category: 'chat', domains: ['recipe-easy.com'], source: 'https://recipe-easy.com/terms' }, // terms: AI-powered recipe generation
    { id: 'foodieprep-ai', name: 'FoodiePrep', vendor: 'Refactor Consulting', category: 'chat', domains: ['foodieprep.ai'], source: 'https://www.foodieprep.ai/terms-and-conditions' }, // terms: AI-generated recipes and meal plans
    { id: 'chefs-ai', name: 'Chefs AI', vendor: 'Chefs AI', category: 'chat', domains: ['chefs-ai.com'], source: 'https://chefs-ai.com/terms' }, // terms: recipe recommendations generated with Gemini
    { id: 'reciepie', name: 'Reciepie', vendor: 'Reciepie', category: 'chat', domains: ['reciepie.com'], source: 'https://www.reciepie.com/terms-and-conditions' }, // terms: AI-generated cooking recipes
    { id: 'calories-coach', name: 'calories.coach', vendor: 'calories.coach', category: 'chat', domains: ['calories.coach'], source: 'https://calories.coach/privacy' }, // privacy: Gemini estimates calories from meal photos and suggests meals
    // --- AI fitness coaches ---
    { id: 'plan-my-workout', name: 'Workout AI Planner', vendor: 'plan-my-workout.com', category: 'chat', domains: ['plan-my-workout.com'], source: 'https://www.plan-my-workout.com/terms' }, // terms: AI-generated workout plans
    { id: 'body-fitness-ai', name: 'Body Fitness AI', vendor: 'Escape Tech Enterprises', category: 'chat', domains: ['bodyfitnessai.com'], source: 'https://www.bodyfitnessai.com/terms' }, // terms: AI-powered fitness coaching web app
    { id: 'nemei-fitness-ai', name: 'Fitness AI (nemei.app)', vendor: 'nemei.app', category: 'chat', domains: ['nemei.app'], source: 'https://nemei.app/privacy' }, // privacy: AI-powered workout generation
    { id: 'maxfitness-ai', name: 'Max AI (fitness)', vendor: 'Max AI', category: 'chat', domains: ['maxfitness.ai'], source: 'https://www.maxfitness.ai/terms' }, // terms: AI chat assistant and workout builder
    // --- AI gift finders ---
    { id: 'findmygift-ai', name: 'FindMyGift', vendor: 'FindMyGift', category: 'chat', domains: ['findmygift.ai'], source: 'https://findmygift.ai/privacy' }, // privacy: AI-powered gift recommendation chatbot
    { id: 'gifting-gifts', name: 'Gifting Gifts', vendor: 'Simply Practical', category: 'chat', domains: ['gifts.simplypractical.life'], source: 'https://gifts.simplypractical.life/privacy' }, // privacy: AI-powered gift recommendations (subdomain only)
    { id: 'present-agent', name: 'Present Agent', vendor: 'Present Agent', category: 'chat', domains: ['presentagent.vip'], source: 'https://occasions.presentagent.vip/privacy' }, // privacy: gift chat with Gemini and Anthropic models
    { id: 'giftconductor', name: 'GiftConductor', vendor: 'GiftConductor', category: 'chat', domains: ['giftconductor.com'], source: 'https://giftconductor.com/privacy' }, // privacy: AI-powered gift suggestions via OpenAI
    { id: 'giftywow', name: 'GiftyWow', vendor: 'GiftyWow', category: 'chat', domains: ['giftywow.com'], source: 'https://guides.giftywow.com/privacy' }, // privacy: AI gift recommendations from photos
    // --- AI stock and crypto analysis ---
    { id: 'stock-expert-ai', name: 'Stock Expert AI', vendor: 'Stock Expert AI', category: 'search', domains: ['stockexpertai.com'], source: 'https://www.stockexpertai.com/ai-methodology' }, // AI methodology page: model-generated stock dossiers and AI chat
    { id: 'rallies-ai', name: 'Rallies AI', vendor: 'Rallies', category: 'chat', domains: ['rallies.ai'], source: 'https://support.rallies.ai/ai-assistant/how-it-works' }, // help: AI investment research assistant
    { id: 'reduzed-ai-market-analyser', name: 'AI Market Analyser', vendor: 'Reduzed', category: 'search', domains: ['ai.reduzed.com'], source: 'https://ai.reduzed.com/faq' }, // FAQ: AI trading recommendations with GPT news sentiment (subdomain only)
    { id: 'ai-predicted-signals', name: 'AI Predicted Signals', vendor: 'AI Predicted Signals', category: 'search', domains: ['aipredictedsignals.cloud'], source: 'https://www.aipredictedsignals.cloud/legal/terms' }, // terms: AI-powered crypto trading signals on the web
    // --- Second round: interiors, tattoos, hairstyles, chart analysis ---
    { id: 'aidesignhouse', name: 'AIDesignHouse', vendor: 'AIDesignHouse', category: 'image', domains: ['aidesignhouse.io'], source: 'https://www.aidesignhouse.io/terms-of-service' }, // terms: AI room transformation, floor plans and exteriors
    { id: 'interior-aid', name: 'Interior AID', vendor: 'Mikusoft', category: 'image', domains: ['interioraid.app'], source: 'https://interioraid.app/terms' }, // terms: AI room redesign and render-to-photo
    { id: 'ai-tattoo-generator-fun', name: 'AI Tattoo Generator (aitattoogenerator.fun)', vendor: 'aitattoogenerator.fun', category: 'image', domains: ['aitattoogenerator.fun'], source: 'https://aitattoogenerator.fun/privacy' }, // privacy: AI tattoo design generation from prompts
    { id: 'ai-tattoo-generator-me', name: 'AI Tattoo Generator (aitattoogenerator.me)', vendor: 'aitattoogenerator.me', category: 'image', domains: ['aitattoogenerator.me'], source: 'https://aitattoogenerator.me/privacy' }, // privacy: AI generates the tattoo design from the prompt
    { id: 'tattoo-ai-co', name: 'Tattoo AI (tattooai.co)', vendor: 'Tattoo AI', category: 'image', domains: ['tattooai.co'], source: 'https://tattooai.co/privacy' }, // privacy: hosted AI tattoo generator models; nothing ties it to tattooai.net (c7)
    { id: 'hairchange-ai', name: 'HairChange AI', vendor: 'HairChange AI', category: 'image', domains: ['hairchangeai.com'], source: 'https://hairchangeai.com/terms' }, // terms: AI-rendered hairstyle previews from a portrait
    { id: 'hairstyle-try-on-org', name: 'HairstyleTryOn.org', vendor: 'HairstyleTryOn.org', category: 'image', domains: ['hairstyletryon.org'], source: 'https://hairstyletryon.org/terms-of-service' }, // terms: AI hairstyle try-on from uploaded portraits
    { id: 'hairstyle-view', name: 'Hairstyle View', vendor: 'Hairstyle View', category: 'image', domains: ['hairstyleview.com'], source: 'https://hairstyleview.com/terms-of-service' }, // terms: AI hairstyle and haircut previews (SaaS)
    { id: 'hairstylesai-ai', name: 'HairstylesAI', vendor: 'HairstylesAI', category: 'image', domains: ['hairstylesai.ai'], source: 'https://hairstylesai.ai/privacy-policy' }, // privacy: AI hairstyle previews from selfies
    { id: 'path-of-hanzo-ai', name: 'Path of Hanzo AI', vendor: 'Path of Hanzo', category: 'search', domains: ['ai.path-of-hanzo.com'], source: 'https://ai.path-of-hanzo.com/docs/chart-analysis' }, // docs: GPT-4o vision grades uploaded trading charts (subdomain only)
    { id: 'tradingwizard-ai', name: 'TradingWizard.ai', vendor: 'TradingWizard.ai', category: 'search', domains: ['tradingwizard.ai'], source: 'https://docs.tradingwizard.ai/trading-tools/chart-analyzer' }, // docs: AI chart analyzer ("Kai") reads chart screenshots
  ],
  { checked: CHECKED_C16 },
);
