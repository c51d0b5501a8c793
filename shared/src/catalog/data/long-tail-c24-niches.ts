// Twenty-fourth session, niche consumer and prosumer pass (2026-12-07, helper `niches`): AI products made for one
// narrow kind of user that no entry claimed yet, searched kind by kind as a previous pass suggested. Here: weddings
// (an AI wedding-speech writer on Claude, AI wedding photos), dating (AI dating-profile photo shoots), college sports
// recruiting (an AI email parser for college coaches), churches (an AI sermon-writing assistant), real-estate listing
// photos (generative AI virtual staging), musicians (machine-learning stem separation), pets (AI pet portraits and pet
// videos), personalised gifts (AI-made personalised songs, AI-illustrated children's books, an AI baby-face preview,
// AI avatars), astrology (AI horoscope predictions), fitness (AI workout and diet plans delivered by web and chat
// bots), travel (AI-generated trip plans), genealogy (AI old-photo restoration), tabletop role-playing games (AI
// character portraits for D&D 5E characters and an AI fantasy-character generator), job seekers (AI CV analysis and
// cover letters) and car buyers (AI used-car listing analysis).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. The first 24 were worded like
// vendors' privacy policies, terms and FAQs for each kind in the brief (weddings, dating profiles, student-athlete
// recruiting, car buyers, travel itineraries, bedtime stories, tarot and astrology, dream interpreters, photo
// restoration, plant identification, recipes and meal plans, fitness coaches, pet health, D&D dungeon masters,
// sermons, virtual staging, gift finders, mock interviews, stem separation, fiction writing, eulogies, murder-mystery
// parties, tattoo designs, parking-ticket appeals). Those kinds are mined out in this corpus: of the vendors they
// returned, nearly all were already listed (c16 consumer, c18 companions, c20 lifestyle and careers, c21 personal and
// photo, c23 photo2 and dirs2) or were taken by the concurrent agents4, video4 and verticals passes (Athly AI, Car
// Genius AI, DealSmart AI, StoryNight, Storyori, Whimsley). The last 16 were worded like refund policies ("credits are
// non-refundable once generated", "AI processing costs") for the same kinds, and returned mostly unlisted vendors;
// 19 of the 26 rows come from them. Every row cites a page with a path on the product's own host (for AI Career
// Intelligence, its own subdomain) where the vendor says the product generates, analyses, separates, restores or
// writes with AI, machine-learning models or named model providers. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ and in the other c24 worktrees first.
//
// Measured with /work/helpers/classify-hosts.mts on the 267 hosts the searches returned (vendors, news, blogs,
// regulators, shared hosts alike, in /work/helpers/out/niches-hosts.txt): 69 classified before (25.8%), 95 after
// (35.6%).
//
// Already listed and left to their entries: VowCraftAI and InYourWords.ai (wedding speeches), Itinera Planner,
// Trip Planner AI, Recipe Easy, Cookie Kitchen, Workout AI Planner, AI Plant Doctor, MysticX, AITarotReading.ai, Moi
// Sonnik, Dreami AI, ArtImageHub, Colorize This, Photo Restoration, Colorfix, OldRestore, BetterListing Media,
// ListedRight, Collov, RoomAI on fastaitop.com, Gifting Gifts, FindMyGift, Present Agent, Gifter, GiftConductor,
// Giftie, Guilted, CantoCoach, Mock Interview, InterviewPracticeAI, Prep For Interview, Interwhew, CoverLetter4U,
// ResumeAI (resuma.sarthum.com), ResumeWalk, Luemee, DrHeadshot, BetterPic, Birthday Song Maker, Song4Love, Songly,
// Songira, AISongGen, Solos Music, AI Yard Design, Yard Plan AI, AI Garden Design, AI Landscape Design, PropertyBot,
// MyAgentPlatform, CharGen, Fight My Fine, Folian, Reverie and AI Book Generator. Left as earlier passes left them:
// astrologyapp.ai and blog.pixomaxstudio.com (app-only pages), inkstudioai.com, eliteaiadvantage.com, exegete.church (a
// course), gardenworld.app, oldphotorestoration.org (still only a pages.dev copy). PlanGains and AstralKind stay
// listed (c18 companions), though the pages this pass read now say "Draft — pending legal review" (plangains.com's AI
// disclosure) and "MVP operating draft" (astralkind.com's refund page): a doubt for the lead.
//
// One host is claimed below a parent that was not read: career.technoworks-bots.com (AI Career Intelligence);
// technoworks-bots.com itself stays out and is trapped.
//
// Left out at the checks: FaithStack (faithaistack.com), whose own guide to AI sermon preparation names FaithStack as
// the tool purpose-built for ministry, because the c21 localbiz pass traps the same host as a general guide site.
//
// Doubtful rows: Sofabrain is read from its own compliance page giving the disclosure wording for its generative-AI
// virtual staging and its C2PA-signed exports; Tiny Star Books from the consent page its
// checkout shows (the child's photo becomes AI-illustrated artwork, OpenAI named as a processor), on a storefront
// whose paths look like a hosted shop's but whose host is its own; Luvbyte's refund page speaks of "your AI photos"
// without saying what they are for; Pet Movie AI and LegenDraw are in beta but live; AIWeddingPhoto.com calls itself an
// MVP. ForeverMelody's page address has a double slash as read; the row cites it as read.
//
// Left out. Mobile-only apps whose pages speak of the app alone, as earlier passes decided: dateshotai.com,
// getnostalgia.ai, trainergymai.app, and studio hosts (omniboxes.net, neuralworkshk.com, apps.viksva.com, ftm-it.com,
// somosuno.jp, typesfast.com's CarBuyer, asaptera.com, trainer-gym-ai.iagocavalcante.com). Pages that say AI only in
// the brand or not at all: playmakerai.io, offersecured.com, aitravelguide.co, my-zodiac-ai.com, tailoresumeai.com,
// weddingspeechgenie.com, vowscript.com, dndgen.app, mealmagx.app, astrov.icu, tarosight.com, motorvehiclesai.com (a
// car marketplace with voice search), autoinsight.pro, autora.us's blog, vetgpt.app's blog (not VetGPT of vetgpt.com),
// vetnote.pl's blog, stemsolo.com's acceptable-use policy (models and weights, never AI or machine learning), and
// textbuilder.ai (a review of other tools), and murdermysterygameai.com as the c20 games pass decided. Services where
// AI is a tool inside human work:
// myhouseofsongs.com ("AI tools and human curation"), onceuponayou.net (AI illustrations edited by a team),
// bazitraces.com (manual processing), astro.vedicfeed.com (AI astrologer credits beside live consultations),
// echoforte.com (mastering with one AI service), carveco.com (CAM software with an AI relief tool). Drafts,
// placeholders and staging: storytime.mercadias.com ("Confirm with counsel", "[PRIVACY CONTACT EMAIL]"),
// stemify.space and masteryouraudio.com ([EFFECTIVE_DATE], [SERVICE_NAME]), int.chiamakalilianeze.com
// ([COMPANY NAME]), staging.gifter.now. A page without a path: dating.studio (a lead; its refund text names GPT-4,
// Claude and Gemini).
// `?p=` pages: sportsintel.ai, tarotaiapp.com. Seen only in third-party posts: whodunit.kniberg.com (on blog.crisp.se).
// Shared platforms: recruitiq-app.pages.dev (SelfRecruit.me), aitarot-online.pages.dev, dreimo.pages.dev,
// yumelog-docs.pages.dev, oldphotorestoration-org.pages.dev, plantguard-ai-legal.pages.dev, myink-7yw.pages.dev,
// pardonn.pages.dev, starbind-reports-design.pages.dev, dream-voice-prod.web.app, wackleapps.github.io,
// dealerautopilot.polsia.app, parrotai.crisp.help and sites.google.com app policies: leads for their own hosts
// (selfrecruit.me, aitarot.online, dreimo.app, myink.ai, pardonn, starbind.me). cdn.tadkastudios.com stays a lead as
// the c22 passes left it.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const longTailC24NichesTools: Tool[] = defineTools(
  'productivity',
  [
    // --- Weddings and dating ---
    { id: 'weddingwords', name: 'WeddingWords', vendor: 'Luiz Tanure', category: 'writing', domains: ['weddingwords.app'], region: 'europe', source: 'https://weddingwords.app/en/privacy/' }, // privacy (Germany, GDPR): speech inputs sent to Anthropic's Claude API to generate wedding speeches, then discarded
    { id: 'aiweddingphoto', name: 'AIWeddingPhoto.com', vendor: 'AIWeddingPhoto.com', category: 'image', domains: ['aiweddingphoto.com'], source: 'https://aiweddingphoto.com/legal/privacy-policy' }, // privacy: an AI wedding-photo generation service; uploads shared with third-party AI generation providers
    { id: 'swipe-ready', name: 'Swipe Ready', vendor: 'Swipe Ready', category: 'image', domains: ['swipeready.net'], source: 'https://swipeready.net/terms' }, // terms: an AI-powered service that trains a model on your selfies and generates dating-profile photos
    { id: 'datephotos-ai', name: 'DatePhotos.AI', vendor: 'DatePhotos.AI', category: 'image', domains: ['datephotos.ai'], source: 'https://datephotos.ai/refund' }, // refund policy: refunds for AI-generated photo projects before any photo is downloaded
    { id: 'luvbyte', name: 'Luvbyte', vendor: 'Luvbyte', category: 'image', domains: ['luvbyte.org'], source: 'https://www.luvbyte.org/refunds' }, // refund policy: a 30-day guarantee on your AI-generated photos, regenerated free if they have artifacts
    // --- Sports recruiting, churches, real estate ---
    { id: 'northcore-recruiting', name: 'Northcore', vendor: 'Northcore', domains: ['northcore.app'], source: 'https://www.northcore.app/privacy' }, // privacy: an AI-powered recruiting tool for college coaches whose AI (OpenAI) extracts player data from selected emails
    { id: 'sermondone', name: 'SermonDone', vendor: 'SermonDone', category: 'writing', domains: ['sermondone.com'], source: 'https://sermondone.com/faq' }, // FAQ: AI as a sermon-writing assistant that synthesises information and suggests outlines for pastors
    { id: 'sofabrain', name: 'Sofabrain', vendor: 'Sofabrain', category: 'image', domains: ['sofabrain.com'], source: 'https://sofabrain.com/compliance/virtual-staging-disclosure-language' }, // compliance page: disclosure wording for its generative-AI virtual staging of listing photos, C2PA-signed at export
    // --- Music and songs ---
    { id: 'stemora', name: 'Stemora', vendor: 'Stemora', category: 'audio', domains: ['stemora.app'], source: 'https://stemora.app/terms-of-service' }, // terms: an online service that uses machine-learning models to separate audio into stems such as vocals and instrumentals
    { id: 'forevermelody', name: 'ForeverMelody', vendor: 'ForeverMelody', category: 'audio', domains: ['forevermelody.co.uk'], region: 'europe', source: 'https://www.forevermelody.co.uk//refund' }, // refund policy (UK): personalised songs whose lyrics and audio are created by AI services at order time
    // --- Pets ---
    { id: 'pet-portrait-ai', name: 'Pet Portrait AI (mypet-portrait.com)', vendor: 'Pet Portrait AI', category: 'image', domains: ['mypet-portrait.com'], source: 'https://mypet-portrait.com/refund-policy' }, // refund policy: AI-generated pet portraits sold by subscription and credit packages
    { id: 'funnypetai', name: 'FunnyPetAI', vendor: 'FunnyPetAI', category: 'image', domains: ['funnypetai.com'], source: 'https://www.funnypetai.com/refund' }, // refund policy: an AI-powered pet-portrait generation service; credits used for image generation
    { id: 'pawify-ai', name: 'Pawify AI', vendor: 'Pawify AI', category: 'image', domains: ['pawifyai.com'], source: 'https://pawifyai.com/refund_returns/' }, // refund policy: images the AI generates of your pet in themes and styles after learning its features
    { id: 'pet-movie-ai', name: 'Pet Movie AI', vendor: 'Pet Movie AI', category: 'video', domains: ['petmovie.ai'], source: 'https://petmovie.ai/zh/legal/refund' }, // refund policy (beta): credits for AI video generation; no refunds for dissatisfaction with AI-generated results
    // --- Families, gifts and portraits ---
    { id: 'mystorybooks', name: 'My Story Books', vendor: 'My Story Books', category: 'image', domains: ['mystorybooks.co'], source: 'https://www.mystorybooks.co/FAQ' }, // FAQ: children's photos train an AI model that renders the pictures of a personalised book, model deleted after
    { id: 'tiny-star-books', name: 'Tiny Star Books', vendor: 'Tiny Star Books', category: 'image', domains: ['tinystarbooks.com'], source: 'https://tinystarbooks.com/pages/consent' }, // checkout consent: the child's photo is used to create AI-illustrated artwork for the book, OpenAI named as a processor
    { id: 'previewmybaby', name: 'PreviewMyBaby', vendor: 'PreviewMyBaby', category: 'image', domains: ['previewmybaby.com'], source: 'https://previewmybaby.com/refund-policy' }, // refund policy: custom baby-preview artwork generated with AI technology from the parents' photos
    { id: 'magic-wand-ai', name: 'Magic Wand AI', vendor: 'Magic Wand AI', category: 'image', domains: ['magicwandai.com'], source: 'https://magicwandai.com/refund-policy/' }, // refund policy: AI avatars generated after training a machine-learning model on the user's images
    // --- Astrology, fitness, travel, photo restoration ---
    { id: 'ihoroscopegpt', name: 'iHoroscopeGPT', vendor: 'iHoroscopeGPT', category: 'chat', domains: ['ihoroscopegpt.com'], source: 'https://ihoroscopegpt.com/delivery-cancellation-and-refund/' }, // refund page: AI-generated astrological predictions and AI consultations, no refunds once processed
    { id: 'fitgenie-fit', name: 'FitGenie', vendor: 'FitGenie', category: 'chat', domains: ['fitgenie.fit'], source: 'https://fitgenie.fit/refund-policy' }, // refund policy: AI-powered personalised diet and workout plans and AI access via website, WhatsApp and Telegram bots
    { id: 'tryviago', name: 'Tryviago', vendor: 'Tryviago', domains: ['tryviago.com'], source: 'https://tryviago.com/refunds' }, // refund policy: AI-generated travel plans on a credit system, one free plan a day
    { id: 'memoryrevive', name: 'MemoryRevive', vendor: 'MemoryRevive', category: 'image', domains: ['memory-revive.com'], source: 'https://memory-revive.com/refund' }, // refund policy: an AI-powered photo restoration and colorization service paid in tokens
    // --- Tabletop role-playing games ---
    { id: 'legendraw', name: 'LegenDraw', vendor: 'LegenDraw', category: 'image', domains: ['legendraw.com'], region: 'europe', source: 'https://legendraw.com/terms-and-conditions' }, // terms (public beta, Bonn): artificial intelligence generates a portrait from a D&D Beyond 5E character link
    { id: 'dnd-character-art', name: 'DnD Character Art', vendor: 'DnD Character Art', category: 'image', domains: ['dnd-character-art.com'], source: 'https://dnd-character-art.com/docs' }, // docs: a focused AI image generator for tabletop fantasy character portraits, poses and sheets
    // --- Job seekers and car buyers ---
    { id: 'ai-career-intelligence', name: 'AI Career Intelligence', vendor: 'AI Career Intelligence', category: 'writing', domains: ['career.technoworks-bots.com'], source: 'https://career.technoworks-bots.com/refund-policy' }, // refund policy: CV analysis, ATS feedback, generated cover letters and improved CV drafts (subdomain only)
    { id: 'carwise-app', name: 'CarWise', vendor: 'CarWise', domains: ['carwiseapp.com'], source: 'https://www.carwiseapp.com/refund' }, // refund policy: $4.99 AI-generated vehicle analysis reports with market value and deal evaluation for car buyers
  ],
  { checked: CHECKED_C24 },
);
