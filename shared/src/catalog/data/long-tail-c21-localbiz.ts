// Twenty-first session, pass `localbiz` (2026-12-07, helper `localbiz`): AI tools made for one trade among local and
// service businesses that the catalog still missed, beside the twentieth session's bots pass (data/long-tail-c20-bots.ts,
// general chatbot builders and AI receptionists), the eighteenth session's support and verticals passes and the
// twentieth session's industry and clinic passes, none of whose rows is repeated here. Here: AI phone-reservation and
// ordering agents and AI menu writers for restaurants, a consumer AI that phones restaurants to book, AI guest concierges
// for hosts and rentals; AI review-reply drafters for Google Business Profile and an AI GBP post writer; AI phone
// receptionists, lead responders and an AI BDC for car dealers and auto repair shops, and an AI estimate reviewer for
// collision shops; AI receptionists, lead texters, a roof estimator and an HVAC advice assistant for HVAC, plumbing,
// roofing, pest control, cleaning and German trades; AI receptionists for beauty salons, med spas, dental and veterinary practices and Mexican consultorios,
// an AI DM assistant for gyms and a Brazilian AI front desk for clinics; and an AI driving-theory tutor.
//
// Leads. 44 look-ups in the stored `pages` corpus, worded the way such vendors word their privacy policies, terms, AI
// disclosures, help pages and Google-API data-use pages ("AI-powered phone receptionist for auto repair shops", "review
// text is sent to OpenAI and Anthropic to draft a reply", "guest messages are processed by Claude", "KI-Telefonannahme",
// "agente de IA para WhatsApp y llamadas"), by trade (restaurants, hotels and rentals, review replies and GBP posts, car
// dealers, repair and body shops, HVAC, plumbing, roofing, pest control, cleaning, salons, med spas, dental, veterinary,
// gyms, churches, property managers, driving schools, tutoring centres) and in German, French, Spanish, Portuguese,
// Italian, Dutch and Japanese. The French, Italian, Dutch and Japanese queries returned news, trade-press articles,
// general reservation software and already-listed products, and the church, tutoring and property-management queries
// returned policy guides, articles and vendors' blogs only; none of those gave a row. Every row cites a page with a path
// on the product's own host (for MechLine AI and Agentes24, their app and dashboard hosts; for the Roof Estimator, its
// claimed subdomain) that says in the vendor's words that the product answers, books, drafts, replies, estimates or
// tutors with AI, a language model or a named model provider. Six rows cite the vendor's own blog where that page
// describes the vendor's own product (VoiceFleet, AgentZap, I&O AI, CallCover, Triagefy and intusell), as the
// twenty-first session's legal pass did; the eighteenth-session support pass had left intusell.com out as "blog only",
// but no test trapped it. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries: BusyOtter, PayOrder, OrderFlow AI, Speako, SmartServe AI, HostPal,
// GuestSaga, VoiceHub (voicehub-ai.com), AI店長のおすすめ (ai-tencho.com), RentalRelay, Mara's review replies, AI
// Sakura-san (tifana.ai), WatX, AutoGBP SEO, Voz AI (lavozai.com), Atendus, IA First Brasil, WhatsBot GPT, Better Call
// (bettercallapp.com), Transcription Solutions, Segreteria Zen, empfang.online, VocaIQ, Sainer, AI Netherlands, Haven
// (usehaven.ai) and Alva's AIオペレーター (alva.company/ai-ops). Bite the Menu (app.bitethemenu.com) was left out by the
// eighteenth-session verticals pass as a menu and POS app where AI is one feature; its prompt docs do not change that.
//
// Maestro, Kardesler SRLS's restaurant reservation assistant on mymaestro.app, is a different product from the catalog's
// `maestro` (runmaestro.ai, listed among agent tools) and is named apart, as the eighteenth-session support pass named
// Botify on mybotify.ai apart.
//
// One subdomain is claimed alone: estimate.riptideai.co (Riptide AI's Roof Estimator), because its parent is the site of
// Riptide AI Consulting, not the product. RestaurantAI keeps its own domain and also the path ofolabs.net/restaurantai,
// where its developer's site carries the product's privacy policy.
//
// Measured with /work/helpers/classify-hosts.mts on the 286 hosts the searches returned (vendors, blogs, trade press,
// news, law and agency sites and shared hosts alike, in /work/helpers/out/localbiz-hosts.txt): 26 classified before
// (9.1%), 71 after (24.8%).
//
// Left out. Pages that do not say the product uses AI, or only in its name (swingaroo.ca's missed-call texter, which
// says it uses no AI; admin.orderer.io; implenta.com, as the c20 bots pass found; roofera.ai; roofreportpro.ai;
// greotech.com's GBReplAi; toreta.in's 予約番; restaurant-board.com; restomatik.fr; restaurant.maxdundee.com;
// bookline.io's mobility policy; bdcautomation.com's text policy; prolandscaping.ai's SMS policy; docs.namsec.es;
// vortile.com; meupedija.com.br; galaxbotai.it; yohaco.store; dashboard.guest-concierge.ai's staff-app policy;
// lessonbuddy.co.uk); template and draft pages (frontdeskglobal.com's TheAutoReply disclosure "to be reviewed by counsel
// before public deployment", autoshopcalls.com's statement of work with `[Insert legal business name]`,
// tasteem.com's `[COMPANY NAME]`, ai-menu-landing.scalenow.dev, welo-dev.mundt-it.de, churchai.online's draft preview,
// bizpilo.com, which keeps real customer data blocked until a pilot); staging, beta and shared-platform hosts
// (staging.evercrestai.com and staging-hooks.evercrestai.com, beta.drivzu.com, DealerAutoPilot's policy copy on
// polsia.app, an AI Receptionist app on hosted.app, pages.dev, webflow.io and imblogs.net copies); pages at a bare `?p=`
// address (bookingbee.ai, oncallhomes.com, robotshelper.com, visionaryai.ca's veterinary intake addendum); general
// products where AI is one feature (Respo on respo.autoreserve.com, Zavo's reservations, Reserver, One2One's sensAI
// menu, Detail Companion on synergyagent.ai, PDR Business, BizProfile's GBP suite, Lodgestory, Hosteeva, HjemStay's
// guidebook, Bookinda's salon software, ActiKidz's class reports, Lumè CRM, roofingsalesacademy.ai); agencies and
// done-for-you builds (garagegrowthlab.com, roofingaisystems.online, goldenhorizons.io, usmarttec.com,
// wiseaiagency.com, luupagency.com, businessaissist.com, dynalord.com, abemon.es); single businesses' own AI assistants
// (sudburyheat.ca, smartconstructionmn.com, d4driving.co.uk, coastwidedriving.com.au, westhillchurch.ca,
// smartouchcleaning.com); a portfolio demo (tradebot.alexturner-portfolio.com) and an AI knowledge-base text
// (f.enterprize-ai.com); products outside this pass's kind (MenuMe's consumer menu filter, MyTutor's student tutor,
// Driver Ed Consultants); and articles, guides and trade press. Leads not tried, for a later pass: ReadMenuAI
// (readmenuai.com, whose AI terms never say what the product does), DoctrineGuard (doctrineguard.ai, a waitlist),
// Drivzu (drivzu.com, seen only on its beta host), fitagentic.ai (seen only in an article on treetopgrowthstrategy.com),
// and vendors seen only on blogs or guides that do not describe their own product: Nerova (nerova.ai), InstaNexus,
// AIRA (getaira.io), Kaufast, Session (session.care), CallSphere (callsphere.ai, callsphere.tech), MaxMembers,
// nutripy.io, localseo.ai, gmbmantra.ai, GetAutoRelay, Lethub, Castellan, Propel (propelhq.io), TutorLucid and
// flutch.ai.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21LocalbizTools: Tool[] = defineTools(
  'agents',
  [
    // --- Restaurants: phone reservations and orders, menus ---
    { id: 'astrorant', name: 'Astrorant', vendor: 'Astrorant', domains: ['astrorant.it'], region: 'europe', source: 'https://astrorant.it/de/privacy' }, // privacy (German page, Italian vendor): phone reservations for restaurants and pizzerias handled by a voice AI agent
    { id: 'horecahub', name: 'HorecaHub', vendor: 'HorecaHub', domains: ['horecahub.ai'], region: 'europe', source: 'https://www.horecahub.ai/en/voorwaarden' }, // terms (Dutch, Amsterdam): an AI platform whose chat, e-mail and voice functions talk to restaurant guests; credits for LLM processing
    { id: 'maestro-reservations', name: 'Maestro (mymaestro.app)', vendor: 'Kardesler SRLS', domains: ['mymaestro.app'], region: 'europe', source: 'https://www.mymaestro.app/en/privacy' }, // privacy (Rome): an AI-powered reservation assistant for restaurants answering by voice and WhatsApp
    { id: 'reserobo', name: 'Reserobo', vendor: 'Reserobo', domains: ['reserobo.com'], region: 'japan', source: 'https://www.reserobo.com/terms' }, // terms (Japanese sole proprietor): an AI phone reservation system for restaurants
    { id: 'reservai-eu', name: 'ReservAI', vendor: 'ReservAI', domains: ['reservai.eu'], region: 'europe', source: 'https://www.reservai.eu/privacy' }, // privacy (Romania): an AI chat assistant that phones restaurants to make a diner's reservation; call transcripts kept
    { id: 'carte-ai', name: 'Carte AI', vendor: 'Carte AI', category: 'writing', domains: ['carte-ai.com'], source: 'https://carte-ai.com/privacy-policy' }, // privacy: restaurants and chefs generate and edit menus with AI; prompts and generated drafts processed
    { id: 'restaurantai-me', name: 'RestaurantAI', vendor: 'RestaurantAI (ofolabs)', category: 'image', domains: ['restaurantai.me'], urlPrefixes: ['ofolabs.net/restaurantai'], region: 'europe', source: 'https://restaurantai.me/legal/privacy' }, // privacy (Kiel): restaurant menu pages with AI-enhanced food images and 3D models, AI jobs billed in credits
    // --- Hotels, rentals and hosts ---
    { id: 'guestguy', name: 'GuestGuy', vendor: 'GuestGuy', domains: ['guestguy.com'], source: 'https://www.guestguy.com/legal/ai-usage' }, // AI usage page: guest questions on a property's stay page answered by Anthropic's Claude acting as concierge
    { id: 'heyconcierge', name: 'HeyConcierge', vendor: 'HeyConcierge AS', domains: ['heyconcierge.io'], region: 'europe', source: 'https://www.heyconcierge.io/legal/terms' }, // terms (Tromsø): an AI guest concierge chatbot for hosts on Telegram and WhatsApp, powered by Anthropic Claude
    // --- Review replies and Google Business Profile ---
    { id: 'replyaide', name: 'ReplyAide', vendor: 'ReplyAide', category: 'writing', domains: ['replyaide.com'], source: 'https://replyaide.com/policies/privacy-policy' }, // privacy: AI-assisted reply drafts for local businesses' Google reviews with owner approval
    { id: 'reviewflo-ai', name: 'ReviewFloAI', vendor: 'ReviewFloAI', category: 'writing', domains: ['reviewflo.ai'], source: 'https://www.reviewflo.ai/data-usage.html' }, // Google data-use page: review text sent to OpenAI and Anthropic to draft suggested replies
    { id: 'replykit', name: 'ReplyKit', vendor: 'ReplyKit', category: 'writing', domains: ['usereplykit.com'], source: 'https://usereplykit.com/google-data-usage' }, // Google data-use page: Google Business Profile review replies drafted by Anthropic's Claude
    { id: 'review-manager-io', name: 'Review Manager', vendor: 'Review Manager', category: 'writing', domains: ['reviewmanager.io'], source: 'https://reviewmanager.io/privacy' }, // privacy: AI-driven review responses; review text sent to OpenAI and other LLM providers
    { id: 'restaurant-reputation-tools', name: 'Restaurant Reputation Tools', vendor: 'Restaurant Reputation Tools', category: 'writing', domains: ['restaurant-reputation-tools.fr'], region: 'europe', source: 'https://restaurant-reputation-tools.fr/how-it-works' }, // how it works (EU-hosted): restaurants' Google review replies drafted with Anthropic's Claude API
    { id: 'gbp-poster', name: 'GBP Poster', vendor: 'GBP Poster', category: 'writing', domains: ['gbppost.com'], source: 'https://gbppost.com/help/creating-posts' }, // help: a blog URL summarised by AI powered by Claude into a Google Business Profile post
    // --- Car dealers, repair and body shops ---
    { id: 'autoshop-voice-ai', name: 'AutoShop Voice AI', vendor: 'AutoShop Voice AI', domains: ['autoshopvoice.com'], source: 'https://autoshopvoice.com/privacy' }, // privacy: an AI-powered phone receptionist for auto repair shops with AI call summaries
    { id: 'mechline-ai', name: 'MechLine AI', vendor: 'MechLine AI', domains: ['mechlineai.com'], source: 'https://app.mechlineai.com/privacy' }, // privacy (app host): AI-handled phone calls and intake for auto repair shops
    { id: 'dealer-on-call', name: 'Dealer On Call', vendor: 'Dealer On Call', domains: ['dealeroncall.com'], source: 'https://www.dealeroncall.com/privacy.html' }, // privacy: an AI phone receptionist for car dealerships on Vapi, AI-generated call summaries
    { id: 'ai-lead-respond', name: 'AI Lead Respond', vendor: 'AI Lead Respond', category: 'writing', domains: ['aileadrespond.com'], source: 'https://aileadrespond.com/privacy.php' }, // privacy: AI-powered reply generation for automotive dealerships' customer messages
    { id: 'dealerautopilot', name: 'DealerAutoPilot', vendor: 'DealerAutoPilot LLC', domains: ['dealerautopilotai.com'], source: 'https://dealerautopilotai.com/privacy' }, // privacy: an AI-powered BDC platform; buyers and service customers talk to its AI assistant Eve
    { id: 'ai-pro-capital', name: 'AI Pro Capital', vendor: 'AI PRO CAPITAL LLC', domains: ['aiprocapital.com'], source: 'https://aiprocapital.com/privacy' }, // privacy: AI-powered voice and messaging automation for automotive dealerships
    { id: 'collision-repair-ai', name: 'Collision Repair AI (CRAIG)', vendor: 'Collision Repair AI', category: 'productivity', domains: ['collisionrepairai.com'], source: 'https://collisionrepairai.com/privacy.html' }, // privacy: uploaded collision estimates analysed by its AI systems (CRAIG)
    // --- Home services and trades ---
    { id: 'ask-your-hvac-pro', name: 'Ask Your HVAC Pro', vendor: 'Ask Your HVAC Pro', category: 'chat', domains: ['askyourhvacpro.com'], source: 'https://askyourhvacpro.com/privacy' }, // privacy: an HVAC AI assistant; messages and photos sent to OpenAI, code lookups on Vertex AI
    { id: 'roofflow-ai', name: 'RoofFlow AI', vendor: 'RoofFlow AI', domains: ['roof-flow.net'], source: 'https://roof-flow.net/privacy' }, // privacy: SMS replies to a roofing business's leads generated by an automated AI system
    { id: 'roofrep-ai', name: 'RoofRep AI', vendor: 'Quick Spark Digital LLC', domains: ['roofrep.ai'], source: 'https://roofrep.ai/terms' }, // terms: AI call answering and lead qualification for roofing companies, on OpenAI
    { id: 'riptide-roof-estimator', name: 'Roof Estimator (Riptide AI)', vendor: 'Riptide AI Consulting LLC', category: 'productivity', domains: ['estimate.riptideai.co'], source: 'https://estimate.riptideai.co/privacy' }, // privacy: AI-suggested roof line items from estimate inputs and damage reports
    { id: 'diepen-ai', name: 'diepen.ai Digitale Rezeption', vendor: 'LNDR UG (haftungsbeschränkt)', domains: ['diepen.ai'], region: 'europe', source: 'https://diepen.ai/agb' }, // terms (Duisburg): KI-Telefonannahme and enquiry qualification for Handwerksbetriebe
    { id: 'pestline-ai', name: 'PestLine AI', vendor: 'Flair Technologies Ltd', domains: ['pestlineai.com'], source: 'https://www.pestlineai.com/privacy' }, // privacy: an AI receptionist answering calls, texts and web enquiries for pest control companies
    { id: 'answerperfect', name: 'AnswerPerfect', vendor: 'AnswerPerfect', domains: ['answerperfect.com'], source: 'https://answerperfect.com/cleaning-secretary' }, // product page: an AI secretary answering and booking calls for cleaning companies
    { id: 'gulf-coast-reception', name: 'Gulf Coast Reception', vendor: 'Gulf Coast Reception LLC', domains: ['gulfcoastreception.ai'], source: 'https://gulfcoastreception.ai/privacy/' }, // privacy: an AI-powered phone receptionist for HVAC, plumbing and garage-door companies
    { id: 'trades-reception', name: 'Trades Reception', vendor: 'Trades Reception', domains: ['tradesreception.com'], source: 'https://tradesreception.com/privacy' }, // privacy: tradespeople's calls answered and jobs booked by AI; OpenAI and Anthropic named
    { id: 'callcover-embedai', name: 'CallCover (Embed AI)', vendor: 'Embed AI', domains: ['embedai.co.nz'], source: 'https://www.embedai.co.nz/blog/ai-triage-veterinary-clinics' }, // own blog (New Zealand): voice AI call triage, the architecture of its CallCover for trades and clinics
    // --- Salons, med spas, clinics, vets and gyms ---
    { id: 'ai-beauty-receptionist', name: 'AI Beauty Receptionist', vendor: 'AI Beauty Receptionist', domains: ['beautyai.ink'], source: 'https://beautyai.ink/terms' }, // terms: an AI receptionist for beauty salons' Instagram DMs, AI-generated replies and draft bookings
    { id: 'agentzap', name: 'AgentZap', vendor: 'AgentZap', domains: ['agentzap.ai'], source: 'https://agentzap.ai/blog/hipaa-compliant-ai-answering-for-dentrix-practices-what-to-look-for-2026' }, // own blog: its AI receptionist for Dentrix dental practices and how it handles PHI
    { id: 'medspaos', name: 'MedSpaOS', vendor: 'MedSpaOS', domains: ['medspaos.ai'], source: 'https://www.medspaos.ai/privacy' }, // privacy: an AI-powered front desk for medical spas by phone, SMS, WhatsApp and web chat
    { id: 'agentes24', name: 'Agentes24', vendor: 'Agentes24', domains: ['agentes24.net'], region: 'latam', source: 'https://dashboard.agentes24.net/docs/configurar-agente' }, // docs (Mexican Spanish): configuring its AI agent that books patients by WhatsApp and phone for consultorios
    { id: 'kaicalls', name: 'KaiCalls', vendor: 'KaiCalls', domains: ['kaicalls.com'], source: 'https://www.kaicalls.com/solutions/packs/dental' }, // product page: the prompt rules and eval calls of its AI receptionist pack for dental practices
    { id: 'triagefy', name: 'Triagefy', vendor: 'Triagefy', domains: ['triagefy.io'], region: 'latam', source: 'https://triagefy.io/blog/inteligencia-artificial-clinicas' }, // own blog (Brazil): Triagefy's administrative AI answers, qualifies and books clinic patients on WhatsApp
    { id: 'voicefleet', name: 'VoiceFleet', vendor: 'VoiceFleet', domains: ['voicefleet.ai'], source: 'https://voicefleet.ai/us/blog/ai-receptionist-veterinary-clinics-united-states-urgent-after-hours-calls-2026-05-29' }, // own blog: an AI receptionist for local service businesses, here veterinary clinics
    { id: 'iando-ai', name: 'I&O AI', vendor: 'I&O AI', domains: ['iando.ai'], source: 'https://iando.ai/blog/veterinary-appointment-prescription-refill-call-handling-roi' }, // own blog: its AI answers veterinary clinics' calls and sorts bookings, refills and escalations
    { id: 'intusell', name: 'intusell', vendor: 'intusell', domains: ['intusell.com'], region: 'middle-east', source: 'https://intusell.com/blog/spor-salonu-intusell-kullanimi?lang=en' }, // own blog (Turkish slugs): gyms train intusell's AI to answer Instagram and WhatsApp members and book classes
    { id: 'audioconcierge-restsiz', name: 'AudioConcierge', vendor: 'restsiz.ai', domains: ['restsiz.ai'], region: 'europe', source: 'https://www.restsiz.ai/privacy' }, // privacy (Ireland): an AI WhatsApp receptionist that books appointments for small businesses; OpenAI named
    // --- Driving schools ---
    { id: 'ernie-ai-driving', name: 'Ernie AI Driving Instructor', vendor: 'Ernie AI (Ernest & Co Accountants Ltd)', category: 'chat', domains: ['ernieaidriving.co.uk'], region: 'europe', source: 'https://ernieaidriving.co.uk/privacy' }, // privacy (England): an AI tutor for learner drivers powered by Anthropic's Claude
  ],
  { checked: CHECKED_C21 },
);
