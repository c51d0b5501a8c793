// Twenty-fourth session, verticals pass (2026-12-07, helper `verticals`): AI products built for one kind of small
// business that no entry claimed yet, after the sixteenth- and eighteenth-session verticals passes, the twenty-first
// local-business pass and the twenty-third health, legal, property and HR passes. Here: AI receptionists and front
// desks for dental practices (an Australian one on OpenAI, a UK one, a US dental communication platform), med spas and
// clinics, beauty and nail salons (an Instagram-DM receptionist on Anthropic's Claude, a nail-salon phone agent on
// Vapi), HVAC companies and UK restaurants taking phone orders; AI intake and dispatch for roofers and home-service
// trades (an AI dispatcher that books into ServiceTitan, roofing intake automation, machine-learning estimating for
// contractors, AI roof grading from photos); an AI agent platform for gyms and AI programming for personal trainers;
// AI damage detection on salvage-car photos for UK traders; real-time AI translation of church services; and an AI
// pet-memorial companion.
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way vendors word
// their own terms, privacy policies, AI disclaimers and pricing pages, by vertical: dental and veterinary receptionists,
// scribes, x-ray analysis and insurance verification; salon, spa, med-spa and barbershop booking agents; dealership BDC
// and service agents, repair-shop answering, vehicle-listing copy and collision estimates; restaurant phone ordering,
// menus and review replies; estimators, dispatchers and receptionists for roofing, HVAC, plumbing, cleaning, moving,
// lawn, pest and pool companies; fitness studios and personal trainers; sermons and church translation; obituaries and
// eulogies; insurance-agency quoting and renewals; bookkeeping and CPA firms; and German, Spanish and French wordings
// for dental practices and restaurants. The stored pages are well mined for these kinds: most vendor hits were listed
// already (DentalBoost.AI, DealerAutoPilot, DealSmart AI, Dealer On Call, AI Pro Capital, VetNotes, Tandem Health,
// BiteBot, Voz AI, Bite Buddy, AI Beauty Receptionist, AgentZap, AutoShop Voice AI, Trades Reception, SermonCoach,
// Sermon Analyst, Ministerio AI, intusell, VoiceFleet, Answering Agent, VocaIQ, Carte AI, empfang.online, MedSpaOS, The
// Intelligent Agent, KUDO, Wordly, Restaurant Reputation Tools, Review Manager, autofill, TrainersEdge, Fitness AI
// (nemei.app), Velyn Dental, iAlacarte, pomni.life, PestLine AI, KaiCalls), and the bare x-ray, bookkeeping, CPA,
// insurance and sermon queries returned research papers, regulators' guidance and consultancies' articles. Every row
// cites a page with a path on the product's own host where the vendor says the product answers, books, drafts,
// grades, detects or translates with AI, machine learning or a named model provider. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ and in the other helpers' worktrees first.
//
// Measured with /work/helpers/classify-hosts.mts on the 266 hosts the searches returned (vendors, blogs, news,
// regulators, papers and shared hosts alike, in /work/helpers/out/verticals-hosts.txt): 41 classified before (15.4%),
// 59 after (22.2%).
//
// Regions: the UK rows (SmileDesk, OrderBrain, CarMargin) are 'europe', as the twenty-third UK pass set them;
// DentalReception's .com.au row keeps 'global', as the Australian rows of the twenty-third passes do.
//
// Doubtful rows, read from vendors' own blogs or guides that describe their own product rather than from terms:
// Keepme (its blog on guardrails names Keepme's Antares agents, trained on club data), Contractor AI (a blog on how
// "Contractor AI" estimates with machine learning), Tradesly (a blog on its AI Dispatcher that books into ServiceTitan),
// AI TrainerPro (a blog on AI-assisted programming from a trainer profile) and Voco (a guide to AI church translation
// that names Voco's glossary and offers its trial). SurfaceGrade's terms are on app.surfacegrade.com; the row claims
// surfacegrade.com, the product's own name, whose root page was not read. PolishLine's policy sits on
// appointmentiq.shop, whose name differs from the product's; only that domain is claimed.
//
// Left out. Placeholders and drafts: dental.angelspok.com ("[CAPTAIN: LEGAL ENTITY NAME ...]"), dentraxai.com
// ("[ADDRESS]"), frontwell.app ("[DATE]", "first draft for internal and legal review"), bookchairside.com ("[TODO:
// legal entity name]"), menugaze.com and tasteem.com ("[Company Name]"), mirinteractive.net, forge-ai.store ("[Effective
// date — TBD]"), aireviewresponder.dev (contact@yourdomain.com), frontdeskglobal.com's TheAutoReply disclosure ("to be
// reviewed by counsel before public deployment"), autoshopcalls.com's statement of work (a template with "[Insert legal
// business name]"). Staging, demo and dev hosts: staging.evercrestai.com and staging-hooks.evercrestai.com (a plumbing
// missed-call AI; a lead for its production host), staging.kitchen, dev.churchtranslator.ai (left out before),
// contractorwebdev.com (a demonstration site), vehicle-sales.ivin-dev.com, ai-menu-landing.scalenow.dev. `?p=` pages:
// bookingbee.ai (an AI voice receptionist for salons: a lead), visionaryai.ca and yorkveterinaryhospital.ca (VisionaryAI's
// veterinary intake), oracoreai.com (an ambient AI scribe for dentists, whose other pages are blogs, as earlier passes
// found), chmeetings.com, sermonshots.com. Pages that never say the product uses AI, or only in its name:
// getdentalai.com ("scheduling intelligence"), bdcautomation.com, roof-gauge.com ("automated" damage assessment),
// datacar.co.il, reviewreplier.app, bindpilot.ai's agent docs, voxsagents.com, repondia.com. General products where AI
// is one feature: pet-chart.com and flow.vet (veterinary practice software), api.vetincloud.com (a veterinary management
// system's AI chat), repair-receipts.com (shop invoicing), synergyagent.ai (Detail Companion), menuiq.ai (a digital menu
// with AI allergen identification), restaurantplatforms.com, funeralhq.com (funeral software's obituary assistant),
// getsquire.com (barbershop software), booker-ai.net (a booking app with an AI chat), appilyfit.com (gym software),
// roofforge.app (a roofing app whose AI disclaimer counts GPS geometry among its AI features), lotbarrier.com and
// dealeressential.com (as before), smilesys.com.mx, dentalhub.pro, miagendaprofesional.com, gethaircut.app,
// bookedbarber.com, haircutnow.com, autoat.org (a repair marketplace), app-memorial.zaiportal.com, honoryou.com.
// Agencies, consultancies and done-for-you builds: roofingaisystems.online, garagegrowthlab.com, wiseaiagency.com,
// usmarttec.com, omni.studio, inferensys.com, capefearagents.com, genesee-ai.com, glacierlakepartners.com,
// navicade.pages.dev, opsrev.ai, nerova.ai, aiclientbuilder.com (an AI receptionist sold as a done-for-you service: a
// lead), pointzeroai.com, jayporelabs.com, paxrel.com, treetopgrowthstrategy.com (which names fitagentic.ai, seen
// nowhere else), projects.beckerz.com, ltimindtree.com. Vendors seen only in blogs or guides that do not describe their
// own product: instanexus.io, getaira.io and session.care (as before), ainora.lt, thethinkingrobot.com, btrwrkai.com,
// calldispatcher.com, higrovi.com (Hi Agent, whose glossary also sits on hi-agent.vercel.app), roofing.riptideai.co,
// roofmanager.ca, aireceptionisthomeservices.com, mybonnie.ai, insurai.net, groath.ai, useflai.com, useclearline.com,
// qoreai.com, getautorelay.com, addenda.ai, firmadapt.com, getmedivox.com (Medivox, whose medivox.ai earlier passes left
// out), smartdentalbot.com and novachatia.com (as before), loquira.com and livesunday.ai (as before), churchai.online (a
// church AI-policy generator whose page never says AI drafts it), exegete.church (a course), krasa.ai: leads. Shared
// platforms: dealerautopilot.polsia.app, restaurant-revolution-docs-dev.pages.dev, legacy-code.pages.dev,
// nextunit-pro.pages.dev, mcc-docs.pages.dev, autoreviewlab.pages.dev, heyeduardo.pages.dev, axiomsovereign.pages.dev,
// hi-agent.vercel.app, a replit.dev host (TradeOS's AI estimating), apify.com, dev.to. Single businesses' own notices
// (keycityvet.com's AI-scribe consent, aieapearlcitydentalcare.com, westhillchurch.ca), spam mirrors and papers.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const longTailC24VerticalsTools: Tool[] = defineTools(
  'agents',
  [
    // --- Dental practices, med spas and clinics ---
    { id: 'dentalreception-au', name: 'DentalReception', vendor: 'DentalReception', category: 'audio', domains: ['dentalreception.com.au'], source: 'https://dentalreception.com.au/terms-of-service' }, // terms: AI-powered virtual receptionist services for dental practices (phone answering, booking, call summaries), responses generated by third-party AI providers including OpenAI
    { id: 'smiledesk', name: 'SmileDesk', vendor: 'SmileDesk Ltd', category: 'audio', domains: ['smiledesk.ai'], region: 'europe', source: 'https://www.smiledesk.ai/terms' }, // terms: AI-powered receptionist services for dental and orthodontic practices that answer calls and book appointments
    { id: 'dentiva', name: 'Dentiva', vendor: 'Dentiva', category: 'audio', domains: ['dentiva.ai'], source: 'https://www.dentiva.ai/terms-of-use.html' }, // terms: AI-supported communication infrastructure for dental practices (call answering, scheduling, recall, intake, transcripts)
    { id: 'medspa-ai-employee', name: 'MedSpa AI Employee', vendor: 'MedSpa-AiEmployee', category: 'audio', domains: ['medspa-aiemployee.com'], source: 'https://medspa-aiemployee.com/privacy-policy' }, // privacy: artificial-intelligence-powered call handling and appointment booking built for medical spas and aesthetic clinics
    { id: 'health-reception', name: 'Health Reception', vendor: 'Health Reception', category: 'audio', domains: ['healthreception.com'], source: 'https://healthreception.com/terms-of-use' }, // terms: an AI-powered communication tool that handles clinics' calls, intake and booking, optionally in English and Vietnamese
    // --- Salons, restaurants and HVAC: receptionists and order-takers ---
    { id: 'vibereception', name: 'VibeReception', vendor: 'VibeReception', domains: ['vibereception.com'], source: 'https://vibereception.com/privacy-policy' }, // privacy: an AI-powered receptionist for beauty salons whose Instagram DM replies are generated by Anthropic's Claude API
    { id: 'polishline', name: 'PolishLine', vendor: 'PolishLine', category: 'audio', domains: ['appointmentiq.shop'], source: 'https://www.appointmentiq.shop/privacy' }, // privacy: an AI receptionist service for nail salons that books by phone, with Vapi as its voice AI provider
    { id: 'orderbrain', name: 'OrderBrain', vendor: 'OrderBrain', category: 'audio', domains: ['orderbrain.ai'], region: 'europe', source: 'https://orderbrain.ai/legal/aup' }, // acceptable-use policy: an automated phone agent that takes orders and reservations for UK restaurants, with AI models and voice personas
    { id: 'the-call-taker', name: 'The Call Taker', vendor: 'The Call Taker', category: 'audio', domains: ['thecalltaker.com'], source: 'https://thecalltaker.com/terms.html' }, // terms: an AI-powered virtual receptionist for HVAC companies that answers calls 24/7 and sends call summaries
    // --- Home services, roofing and contractors ---
    { id: 'tradesly', name: 'Tradesly', vendor: 'Tradesly', category: 'audio', domains: ['tradesly.ai'], source: 'https://www.tradesly.ai/blog/how-ai-dispatcher-transforms-lead-generation-for-home-service-businesses-in-2026' }, // vendor blog: its AI Dispatcher answers home-service calls and books appointments straight into ServiceTitan
    { id: 'lh-agent', name: 'LH Agent', vendor: 'LH Agent', domains: ['lhagent.net'], source: 'https://lhagent.net/privacy' }, // privacy and terms: AI-powered intake automation for roofing companies (missed calls, lead qualification, scheduling, AI-generated owner tasks)
    { id: 'contractor-ai', name: 'Contractor AI', vendor: 'Contractor AI', category: 'productivity', domains: ['contractorai.work'], source: 'https://contractorai.work/blog/how-contractor-ai-works' }, // vendor blog: software that uses machine-learning algorithms to produce contractors' estimates in about 60 seconds
    { id: 'surfacegrade', name: 'SurfaceGrade', vendor: 'SurfaceGrade', category: 'image', domains: ['surfacegrade.com'], source: 'https://app.surfacegrade.com/terms' }, // terms: AI-assisted roof grading and reports from uploaded roof images
    // --- Fitness ---
    { id: 'keepme', name: 'Keepme', vendor: 'Keepme', domains: ['keepme.ai'], source: 'https://www.keepme.ai/blog/ai-agent-platform-guardrails-for-gyms-what-operators-must-demand' }, // vendor blog: Keepme's Antares AI agents for gyms book tours, qualify leads and answer calls, trained on club-specific data
    { id: 'ai-trainerpro', name: 'AI TrainerPro', vendor: 'AI TrainerPro', category: 'productivity', domains: ['ai-trainerpro.com'], source: 'https://ai-trainerpro.com/blog/ai-workout-programming.html' }, // vendor blog: AI-assisted session programming for personal trainers from a trainer profile and client histories
    // --- Vehicles, churches and memorials ---
    { id: 'carmargin', name: 'CarMargin', vendor: 'CarMargin', category: 'image', domains: ['carmargin.co.uk'], region: 'europe', source: 'https://carmargin.co.uk/features/damage-detection/' }, // feature page: an AI vision pass over salvage-lot photos scores damage per panel and flags structural red flags
    { id: 'voco-church', name: 'Voco', vendor: 'Voco', category: 'translation', domains: ['voco.church'], source: 'https://voco.church/learn/ai-church-translation' }, // vendor guide: real-time AI translation of church services (speech recognition, machine translation), with Voco's glossary for church vocabulary
    { id: 'tailecho', name: 'Tailecho', vendor: 'Tailecho', category: 'chat', domains: ['tailecho.com'], source: 'https://tailecho.com/terms-of-service' }, // terms: a digital pet memorial with an AI companion, a large language model built from the owner's memories (OpenAI, Anthropic)
  ],
  { checked: CHECKED_C24 },
);
