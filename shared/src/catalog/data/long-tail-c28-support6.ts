// Twenty-eighth session, sixth customer-support pass (2026-12-08, helper `support6`): AI receptionists, chat and voice
// agents and ticket assistants sold to one trade that no entry claimed yet, beside the earlier support passes
// (data/cat-support.ts, data/long-tail-support.ts, data/long-tail-c18-support.ts, data/long-tail-c21-support2.ts,
// data/long-tail-c23-support3.ts, data/long-tail-c25-support4.ts, data/long-tail-c27-support5.ts and the
// support-marketing files), whose queries and rows are not repeated here. Here: dental practices (DentzAI's website
// chat on OpenAI, CleverAnswerAI's phone receptionist); pet-care businesses (PawChats, Pawfluence); moving companies
// (MovingCompany.bot); home-service trades (Seely AI Solutions) and small businesses in general (Voice Call Service,
// AnswerSmith in the UK); restaurants' phone orders (VoiceClutch); leasing and insurance lead replies (EasyLeaseFlow,
// LeadsHello); local government (Civic AI Navigator's chat and phone agent, Polimorphic's AI search for residents);
// Shopify returns and order questions (DocMind, Response.dev's returns agent, ShopGuide); cannabis retail (BakedBot);
// behavioural-health admissions (DIAL3D); credit unions (Glide's document-collection agent); and, met on the way, AI
// voice-agent platforms (Converzium, CallmeAI, Call0) and an AI digest of school emails for parents (SchoolParent.ai).
//
// Leads. 37 look-ups, all in the stored `pages` corpus, counted as they were made. Queries were worded as small vendors
// word their legal and help pages, one trade at a time (some the earlier passes had named too, in other words): dental
// receptionists, restaurant phone orders and AI hosts, leasing agents, veterinary virtual receptionists, insurance
// agencies, auto repair service advisors, roofing and pest control, hotel concierges, utilities, chiropractic and
// physical therapy, SMS opt-in pages ("Message frequency varies … Reply STOP") for salons, pet grooming and boarding,
// wedding venues, martial-arts and dance studios, moving companies and locksmiths, solar, landscaping and garage doors,
// city halls and counties, K-12 front offices, Shopify returns and WISMO, plastic surgery and dermatology, powersports
// and marine dealers, a Portuguese query for Brazilian dental clinics, addiction-treatment admissions, cannabis
// dispensaries, tutoring and music schools, HOAs, cleaning and junk removal, TikTok Shop and Walmart sellers, credit
// unions, car washes, real estate agents, medical billing and audiology; the last two look-ups checked Call2Me and
// Polimorphic by name. As the earlier passes found, the category is well mined: most vendors met were listed already
// (the twenty-first session's local-business pass reached most trades first), trade-named generic queries returned
// guides, agencies' blogs and listed vendors, and the privacy-policy queries worded "provides an AI-powered … service
// for <trade>" found most rows. Every row cites a page with a path on the product's own host (for BakedBot its app
// subdomain, for ShopGuide its blog subdomain; for Civic AI Navigator, Glide and ShopGuide the vendor's own post about
// its own product) where the vendor says the product answers, books, replies, summarises or searches with AI, a
// language model or a named model provider. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in
// data/ and in the other helpers' c28 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 225 hosts the searches returned (vendors, blogs, agencies,
// directories, news, regulators and shared hosts alike, in /work/helpers/out/support6-hosts.txt): 49 classified before
// (21.8%), 74 after (32.9%).
//
// Already listed and left to their entries: Dealer On Call, DealerAutoPilot (dealerautopilotai.com), AutoShop Voice,
// MechLine AI, AutoIntelligent, AI Pro Capital, Gulf Coast Reception, AnswerCove, The Call Taker, Better Call, Close
// The Call, AnswerPerfect, Trades Reception, AI Beauty Receptionist, Health Reception, Studio Jovo, Bite Buddy,
// BusyOtter, PayOrder, DialTone, Acuity (unitiproperty.com), Rentalot, ResProAI, Haven, HostPal, HeyConcierge,
// GuestGuy, InsurifyAI, Robylon AI, Lorikeet, 3L3C, CallSphere (callsphere.ai, callsphere.tech), VocaIQ, VoiceFleet,
// Eva AI, KaiCalls, Chatref, Aijia Customer Service, AI ChatterVox, ConversAI Labs, Agent AI
// (agent.aisoftwareservices.ro), CallsForMe, Call My Agent, Effigov, SimplyAsk, Tars and Simbie AI. Met again and left
// out as the earlier passes decided: hotelai.io (AI only in the name), voxsagents.com, nerova.ai, ai.morsl.ai and
// localgrow.ai (guides and blogs).
//
// Doubtful rows, kept. Pawfluence's legal name is Pawfluence Agency LLC, but its policy describes its own AI phone
// assistant service for pet businesses and the recordings of pet owners' calls with "our AI assistants", not work done
// for clients. DIAL3D is cited from its glossary of behavioural-health admissions terms, whose page header names "Avery
// — DIAL3D's chat agent" and whose entries define the AI voice, chat and SMS agents of an admit line; its fuller guide
// was met only on dial3d-preview.pages.dev (a shared platform, left out). Polimorphic is cited from a Government
// Technology article republished on its own polimorphic.ai host, which names Polimorphic's AI-powered natural-language
// search for residents; its polimorphic.com blog (met first) speaks of the county customers' chatbot questions, so both
// hosts are claimed. Seely AI Solutions' policy was read at http and is cited at https. CleverAnswerAI's privacy policy
// sits at /terms.html on its host. Glide is named "Glide Document Collection Agent" apart from the catalog's Glide
// (useglide.ai), a different product. SchoolParent.ai summarises school emails for parents with OpenAI rather than
// answering a business's customers ('productivity'); Converzium, CallmeAI and Call0 are general voice-agent platforms
// met in the searches, not trade products.
//
// Left out. Placeholders, drafts, demo and staging hosts: dental.angelspok.com (its terms keep a legal-entity
// placeholder, as three earlier passes trapped), staging.batohi.com (DentzAI's text on a staging host),
// opendental.flatcap.ai (a demo of FlatCap.AI's voice agent), aifrontdesk.org ("DRAFT — pending … counsel review"),
// amffrontdesk.com (a per-client policy template read with `?client_id=demo`), frontwell.app and chatbot.eyratech.com
// (as before), hostvo.ai (as before), www.mirinteractive.net ("[Your Company Name]"), convonook.com and
// callagent007.com (pages behind `?p=`), staging.callplusai.com (as before). Single businesses' own assistants:
// tmanorth.com (a martial-arts club's chatbot), the Brazilian dental clinics' WhatsApp terms. Pages that do not say the
// product uses AI: pawscheduler.app (an "automated" SMS scheduling assistant), rainesai.com's SMS consent page,
// callintel.app (it relays AI transcripts made by the customer's VoIP provider), www.swingaroo.ca (as before). General
// products where AI is one feature: openchairpro.com (salon software, as before), www.hoaoperations.com (as before),
// www.agencyengine.app and www.policytek.com (insurance CRMs), voipx3.ai (a VoIP carrier's AI policy), bloomz.com,
// docs.timelish.com, servyodonto.servytecnologia.com.br, molaris.com.br, TikTok Shop's own chat assistant. Agencies and
// consultancies: futuremanlabs.com, creditunionwebsolutions.com, go.aizenmedia.com (Aizen Media's voice widget),
// wiseaiagency.com, capefearagents.com, blueshirtmedia.com, conversionsystem.com, readlaboratories.com,
// tutor.qbitloop.com. Personal and shared hosts: tradebot.alexturner-portfolio.com, dial3d-preview.pages.dev,
// smartclinicreception.pages.dev, ghasi-docs-portal.pages.dev, aiforedu.pages.dev, the hosted.app receptionist (as
// before), www.bookiva.themesforwebsite.com (as before), asas.art.br. Blogs, guides and glossaries that do not say the
// writer's own product uses AI (leads for a later pass that reads their policies): gangboxai.com, dolfyn.ai,
// madeforbuilders.com, enumsol.com, calljolt.com, justreva.com, tryainora.com, intellivizz.ai, botphonic.ai, toxcel.ai,
// supermia.ai, biclaw.app, osforyour.business, sparksbox.com, gigawatt.ai, vijan.ai, agilux.net, expertailabs.ai,
// lewiscrook.com, aicallagents.net, picocrate.com, call2me.app (its clinic guide ends in "Start free", but no page read
// says what Call2Me's product is), cognetryx.com, bluesagedata.com, aisoft.app, betaquick.com, medpb.com. Leads:
// InsuranceGrokBot, an AI sales assistant for insurance agents whose policy names insurancegrokbot.click but was read
// on omnisconn.com; AutoReplai's Shopify policy-sync help page (met without an address); diariaspromocionais.com.br,
// whose policy describes an AI service-automation tool under an unrelated name.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Support6Tools: Tool[] = defineTools(
  'agents',
  [
    // --- dental, medical and behavioural-health front desks ---
    { id: 'dentzai', name: 'DentzAI', vendor: 'DentzAI', category: 'chat', domains: ['dentzai.com'], source: 'https://dentzai.com/privacy' }, // privacy: a chat assistant for dental practices' websites, trained on the practice's site; "Our AI is provided by OpenAI"
    { id: 'cleveranswerai', name: 'CleverAnswerAI', vendor: 'CleverAnswerAI', domains: ['cleveranswerai.com'], source: 'https://cleveranswerai.com/terms.html' }, // privacy (at /terms.html): AI Receptionist services for dental practices, with call recordings and transcripts of patients' conversations with the AI
    { id: 'dial3d', name: 'DIAL3D', vendor: 'DIAL3D', domains: ['dial3d.ai'], source: 'https://www.dial3d.ai/resources/glossary' }, // glossary: AI voice, chat and SMS agents for behavioural-health admit lines; header names "Avery — DIAL3D's chat agent"
    // --- pet care, moving, home services and small businesses ---
    { id: 'pawchats', name: 'PawChats', vendor: 'PawChats', domains: ['pawchats.com'], source: 'https://pawchats.com/privacy' }, // privacy: a managed AI front desk for pet-care businesses; chat and voice transcripts, responses generated by AI model providers
    { id: 'pawfluence', name: 'Pawfluence', vendor: 'Pawfluence Agency LLC', domains: ['pawfluence.ai'], source: 'https://www.pawfluence.ai/privacy-policy' }, // privacy: AI phone assistant services for pet-industry businesses, recording pet owners' calls with its AI assistants
    { id: 'movingcompany-bot', name: 'MovingCompany.bot', vendor: 'MovingCompany.bot', domains: ['movingcompany.bot'], source: 'https://movingcompany.bot/privacy' }, // privacy: AI chatbot, voice agent and booking automation services exclusively for moving companies
    { id: 'seely-ai-solutions', name: 'Seely AI Solutions', vendor: 'Seely AI Solutions LLC', domains: ['seelyaisolutions.com'], source: 'https://seelyaisolutions.com/privacy' }, // privacy: an AI-powered appointment-booking service for HVAC and plumbing firms whose AI voice assistant answers customers' calls
    { id: 'voice-call-service', name: 'Voice Call Service', vendor: 'Voice Call Service', domains: ['voicecallservice.com'], source: 'https://www.voicecallservice.com/privacy-policy.html' }, // privacy: an AI-powered answering service that processes and routes businesses' calls, messages and appointments
    { id: 'answersmith', name: 'AnswerSmith', vendor: 'AnswerSmith', region: 'europe', domains: ['answersmith.co.uk'], source: 'https://answersmith.co.uk/privacy' }, // privacy (UK): an AI phone receptionist service; callers' recordings, transcripts and automated summaries
    { id: 'voiceclutch', name: 'VoiceClutch', vendor: 'VoiceClutch', domains: ['voiceclutch.com'], source: 'https://www.voiceclutch.com/privacy-policy' }, // privacy: an AI phone assistant service for restaurant orders; calls between customers and its AI system are recorded
    // --- leasing, insurance and credit unions ---
    { id: 'easyleaseflow', name: 'EasyLeaseFlow', vendor: 'EasyLeaseFlow', domains: ['easyleaseflow.com'], source: 'https://easyleaseflow.com/privacy-policy' }, // privacy: an AI-powered lead-automation platform for property managers that generates personalised responses to property inquiries
    { id: 'leadshello', name: 'LeadsHello', vendor: 'LeadsHello', domains: ['leadshello.com'], source: 'https://leadshello.com/privacy' }, // privacy: an AI-powered lead-engagement service for insurance agents, texting and calling their leads
    { id: 'glide-document-collection-agent', name: 'Glide Document Collection Agent', vendor: 'Glide', domains: ['withglide.com'], source: 'https://withglide.com/blog/how-we-build-ai-agents-that-credit-unions-can-actually-trust' }, // own post: the principles of Glide's AI Document Collection Agent, which calls and emails credit-union members
    // --- local government ---
    { id: 'civic-ai-navigator', name: 'Civic AI Navigator', vendor: 'Civic AI Navigator', domains: ['civicnavigator.ai'], source: 'https://www.civicnavigator.ai/article/introducing-civic-voice-247-ai-phone-agent-local-government' }, // own post: Civic Voice, an AI phone agent answering residents from the same knowledge base as its website chatbot
    { id: 'polimorphic', name: 'Polimorphic', vendor: 'Polimorphic', category: 'search', domains: ['polimorphic.ai', 'polimorphic.com'], source: 'https://www.polimorphic.ai/articles/governments-become-more-natural-with-search-tools' }, // own host: Polimorphic's AI-powered natural-language search answers residents from the government's own website
    // --- e-commerce returns and order questions, cannabis retail ---
    { id: 'docmind-shopify-support', name: 'DocMind', vendor: 'DocMind', domains: ['docmind.com.au'], source: 'https://www.docmind.com.au/shopify-returns-and-wismo-support' }, // product page: an AI agent answering Shopify stores' order-tracking and return-policy questions from approved content
    { id: 'response-dev', name: 'Response.dev', vendor: 'Response.dev', domains: ['response.dev'], source: 'https://www.response.dev/agents/returns' }, // product page: an AI commerce agent resolving return, exchange and warranty threads with RMAs and labels
    { id: 'shopguide', name: 'ShopGuide', vendor: 'ShopGuide', domains: ['yourshopguide.com'], source: 'https://blog.yourshopguide.com/blog/automate-shopify-returns-billing-agentic-commerce' }, // own blog: the ShopGuide AI agent processes Shopify returns, refunds and billing issues through the Admin API
    { id: 'bakedbot', name: 'BakedBot', vendor: 'BakedBot AI LLC', domains: ['bakedbot.ai'], source: 'https://app.bakedbot.ai/privacy' }, // privacy (app host): an agentic commerce platform with AI-powered tools for cannabis brands and dispensaries
    // --- met on the way: voice-agent platforms and a parents' email digest ---
    { id: 'converzium', name: 'Converzium', vendor: 'Converzium Inc.', domains: ['goconverzium.com'], source: 'https://www.goconverzium.com/privacy' }, // privacy: an artificial-intelligence-powered conversational platform whose outputs are AI-generated
    { id: 'callmeai', name: 'CallmeAI', vendor: 'Baseworks Technologies Private Limited', region: 'india', domains: ['callmeai.ai'], source: 'https://www.callmeai.ai/terms' }, // terms: a cloud voice-agent platform to call via AI, transcribe and analyse calls
    { id: 'call0', name: 'Call0', vendor: 'Call0 Inc.', domains: ['call0.ai'], source: 'https://www.call0.ai/privacy' }, // privacy: AI voice-agent call handling with AI-generated transcripts, summaries and sentiment, plus WhatsApp and email channels
    { id: 'schoolparent-ai', name: 'SchoolParent.ai', vendor: 'SchoolParent.ai', category: 'productivity', domains: ['schoolparent.ai'], source: 'https://www.schoolparent.ai/privacy-policy' }, // privacy: AI-generated summaries of parents' school emails (OpenAI) and an "Ask Q&A" over them
  ],
  { checked: CHECKED_C28 },
);
