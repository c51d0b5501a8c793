// Twenty-first session, third regional pass for the Arab world, Israel, Iran and Sub-Saharan Africa (2026-12-07, helper
// `mea3`): AI products made in those regions or built mainly for their users that no entry claimed yet, beside the
// eighteenth session's "mea" pass (data/regional-c18-mea.ts) and the nineteenth session's "mea2" pass
// (data/regional-c19-mea2.ts), whose rows are not repeated here. Here: a UAE legal-information platform with an AI
// assistant on UAE legislation and case law (Nexala); WhatsApp and web AI agents for GCC clinics, restaurants, real-estate
// agencies and other businesses (Mursalai, Rafeeq Agent, Aisales, ARA); an Ajman voice-agent platform (Dialog AI); a
// Dubai AI audio-guide studio (Wavlo); a Saudi photo app on Araby.ai's AI processing (Xdream); a Saudi bilingual AI
// scribe for physicians (Sina); a Saudi in-Kingdom gateway to AI model providers (DataSitr); Saudi AI-assisted learning
// tools (Saudi Genius); an Israeli embeddable AI assistant (Redbo); an Egyptian AI exam-grading platform (The Learning
// Mate); an AI tutor for displaced Sudanese children (Amal Madrassa); a Nigerian AI-powered business platform for SMEs
// (VendorOS AI); and a WhatsApp selling service for African merchants whose replies are written by AI (AHIWA).
//
// Leads. 45 look-ups in the stored `pages` corpus. Queries in Arabic (سياسة الخصوصية، شروط الاستخدام، ذكاء اصطناعي,
// Tawjihi and Thanaweya tutors, Arabic transcription), Hebrew (תנאי שימוש, מדיניות פרטיות, בינה מלאכותית, WhatsApp bots,
// legal AI), Persian (قوانین و مقررات، هوش مصنوعی) and French (CGU, Maroc, Sénégal, Côte d'Ivoire, loi 09-08) returned
// news, ministry guidance and listed products almost only. English queries worded the way vendors word their own
// pages, anchored on local company forms ("FZ-LLC", "FZCO", "L.L.C.", "Ltd Israel", "Nigeria Limited", "(Pty) Ltd")
// and data laws (Saudi PDPL, UAE Federal Decree-Law No. 45 of 2021, NDPA, POPIA, Kenya's Data Protection Act, Ghana's
// Act 843, Egypt's Law 151, Israel's Privacy Protection Law) and on kinds (clinic WhatsApp agents, AI receptionists,
// voice agents, legal AI for UAE and Saudi law, zakat/VAT and ZATCA accounting, AI scribes, CV tools, Islamic Q&A,
// Arabic dubbing and speech-to-text, WAEC/JAMB and CAPS tutors, farming advice, Swahili/Yoruba/Amharic tools) found
// every row below. Law-anchored queries for Kenya, Ghana and South Africa returned law-firm and consultancy articles,
// not vendors. Every row cites a page with a path on the product's own host (for Rafeeq Agent its api. host, for AHIWA
// its gratuit. host, both under the claimed domain; for Sina the claimed subdomain), and each page says in the vendor's
// words that the product answers, replies, calls, grades, transcribes, generates or routes with AI, a language model
// or named model providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
// Already listed and left to their entries: DXB.AIDRETech, iFlytek's MENA open platform, AIDEVELOPIA, Aqari, al-ai.net,
// Hafiz Prime, WisQu, AI Chat (ai-chat.co.za), O.Translator, imgc, TheTranscriber, Aiyelet, WhaleBiz, DinAI Israel,
// Yotzer, MarketLed, Intella, MogsApp, DEXA (dexagpt.ng), Abokiwise, JobAI24, i-TalentAI, Raqeb AI, JSA Craziness,
// PropertiesAI, ChatGBT.ir, TalkBot, Next-Gen Tutor, Gnomi, Dubbix (qorden.ai), MultiVoice, Legal AI (legal-ai.pl),
// LegalAI (ailegalassistant.cloud), The AI Jurist, Ondoku and Fish Audio.
//
// One subdomain is claimed alone: sina.stetholink.app, the only host of Sina the searches returned; its parent
// stetholink.app was not read, so only the scribe's host is claimed. Rafeeq Agent's page sits on api.rafeeqagent.com and
// AHIWA's terms on gratuit.ahiwa.africa (which name www.ahiwa.africa as the platform); the whole product domains are
// claimed. VendorOS AI's policy, read on vendoros-ai.com, says the platform runs on vendoros-ai.vercel.app, a shared host
// that is not claimed.
//
// Measured with /work/helpers/classify-hosts.mts on the 299 hosts the searches returned (vendors, news, ministries,
// law firms, agencies, stores and shared hosts alike, in /work/helpers/out/mea3-hosts.txt): 35 classified before
// (11.7%), 51 after (17.1%).
//
// Same names: ARA (araai.io), an AI receptionist for GCC clinics and restaurants, shares its name with Ara (ara.so,
// long-tail-c14-ycleads.ts), a cloud coding agent; the two pages describe different products from different vendors.
//
// Doubtful rows: Amal Madrassa is a free platform run with NGOs for displaced Sudanese children, but its terms describe
// an operating product whose AI tutor ("Owl Teacher", on OpenAI) is the service's core; Aisales names its operator as
// Aigentry FZ-LLC with a Dubai registration still planned; Xdream's policy has a blank "last updated" line but names
// Araby.ai and Saudi Arabia, with no placeholder.
//
// Left out. A staging host (staging.chatzaki.com: ZAKI, an Arab-world AI assistant of Nova Nuggets L.L.C., Dubai, whose
// production pages the searches did not return: a lead); pages with placeholders or drafts (zakra.esap.ai's
// "[Insert CR Number]", cloud.masar.systems' "[LEGAL ENTITY]" draft, abokiwise.ai's "[Insert Date]", which is listed
// anyway); `?p=` pages (gentrix.ai, chatbawa.com, civiqli.com, milem.ai, gmcsco.com, kabbizlegal.com); pages that do not
// say the product uses AI, or only in its name (go.maybel.io, as the c17 pass found; aijobsuae.ae; luxai.ae's concierge
// page; whatbot.sn; selwyze.ai's data-protection page; salestor.ai and legaltech.systems, whose Israeli policies define
// AI but never say the product uses it: leads for a pass that reads more of their pages; affiracle.com; raamvas.com's
// "AI Healthcare MVP", which says only "automated systems"); general products where AI is one feature (gemmafind.com's
// recommendations, newhigheducation.com's AI Tutor inside its Ghanaian tutor app, skylightchat.com's WhatsApp API
// platform, bayt.com, elbetron.com and fasalqa.com as earlier passes decided); vendors seen only on blogs, guides or
// research pages (buraq.ai, blog.ehlan.ai and callscribe.ae again, ai4docs.ai's Arabic scribe, which names no country,
// hosn.om, infiniteware.com's Historian paper, silentiuminsights.com's Paperman posts for South African learners,
// annota8.ai, getmyai.ai, zanii.agency, amdholding.com, nordicai.pro, majleads.com, actualize.pro,
// ateamsoftsolutions.com, operayde.com, finyki.com, vijosak.com, 3l3c.ai, sateachers.co.za, blog.systinfo.ai: leads);
// agencies and consultancies (greenplansolutions.com's Dubai salon bot, skysoftconnections.com's WhatsApp intent agent
// for Dynamics 365, whose country the page does not name, sitect.co.za, aivolution.co.za, doubledownai.co.za,
// aiguide.co.za, gemis.tech, aiautomation.ng, vizion-ai.ae, webservice.ma and artificial-intelligence.org.za as before);
// products from outside these regions (deen.ai, a UK WhatsApp assistant answering from published fatwas with Claude: a
// lead for a global pass; islamify.ai in Germany; islamiq.co.uk in Pakistan, whose policy still has "[DEV CONFIRM]"
// notes; nanour.co in the UK); madad-ai.com, an index about AI rather than an AI tool; a civic complaint portal
// (smartcomplaint.aiforghana.com); ziqara.com, whose AI knowledge platform names no country; Qasam's terms, read again
// on nikrad.cloudyhost.org rather than ghasaam.ir, as the c18 pass decided; and shared platforms (arlay.netlify.app,
// Arlay's AI clinic assistant, whose own arlay.app the searches did not return: a lead; amiramprep-app.netlify.app, an
// Israeli exam-prep app with an optional AI coach; sabahrafrontline-mvp1.web.app, a Ras Al Khaimah CV editor on Gemini;
// lala-healthcare.pages.dev; ai-in-arabia-v2.pages.dev; sentinel-automations.pages.dev; islamify-landing.pages.dev;
// kira-ai.vercel.app; ai-mashinani-compass.vercel.app; an amplifyapp.com mufti app; amer-k.github.io's FatwaAI).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const regionalC21Mea3Tools: Tool[] = defineTools(
  'agents',
  [
    // --- Gulf: legal AI, WhatsApp and web AI agents, voice agents ---
    { id: 'nexala-ai', name: 'Nexala AI', vendor: 'Lex Hub AI Internet Content Provider L.L.C S.O.C', category: 'search', domains: ['nexala.ai'], source: 'https://nexala.ai/terms.html' }, // terms (UAE mainland): UAE legislation and case-law hubs with an AI-based assistant at hub.nexala.ai; not legal advice
    { id: 'mursalai', name: 'Mursalai', vendor: 'Mursalai', domains: ['mursalai.com'], source: 'https://mursalai.com/privacy' }, // privacy (bilingual): an AI-powered WhatsApp chatbot for GCC medical clinics that books appointments and answers patients
    { id: 'rafeeq-agent', name: 'Rafeeq Agent', vendor: 'Rafeeq Agent', domains: ['rafeeqagent.com'], source: 'https://api.rafeeqagent.com/privacy-security' }, // privacy and security overview (Saudi PDPL): AI-powered customer engagement agents on WhatsApp, Instagram, LinkedIn, web, voice and video
    { id: 'aisales-ae', name: 'Aisales', vendor: 'Aigentry FZ-LLC', domains: ['aisales.ae'], source: 'https://aisales.ae/privacy' }, // privacy (Dubai): an AI sales-agent platform for real-estate agencies on their website and WhatsApp Business number; data in Azure UAE North
    { id: 'ara-ai-receptionist', name: 'ARA', vendor: 'ARA', category: 'audio', domains: ['araai.io'], source: 'https://araai.io/en/privacy' }, // privacy (PDPL and UAE law): an AI receptionist that answers calls for GCC clinics and restaurants, with transcripts and booking
    { id: 'dialog-ai-voice', name: 'Dialog AI', vendor: 'Creator Economy Consulting F.Z.E.', category: 'audio', domains: ['dialog.ltd'], source: 'https://dialog.ltd/terms' }, // terms (Ajman Free Zone): AI-powered voice agents that handle inbound and outbound calls for clients, billed per call
    { id: 'wavlo', name: 'Wavlo', vendor: 'UPAURA SERVICES - FZCO', category: 'audio', domains: ['wavlo.io'], source: 'https://wavlo.io/fr/terms' }, // terms (Dubai Silicon Oasis): audio-guide production with script writing, automated translation and AI voice synthesis
    // --- Saudi Arabia: images, clinical scribe, AI gateway, learning ---
    { id: 'xdream-ai', name: 'Xdream', vendor: 'Araby.ai', category: 'image', domains: ['xdream.ai'], source: 'https://xdream.ai/privacy-policy' }, // privacy (Saudi Arabia): an app whose uploaded photos and face data are processed by AI for enhancement
    { id: 'sina-stetholink', name: 'Sina', vendor: 'Sina Clinical Team', category: 'meeting', domains: ['sina.stetholink.app'], source: 'https://sina.stetholink.app/blog/ai-medical-scribes-reduce-physician-burnout-saudi-arabia' }, // vendor blog on its own product: an AI medical scribe for Saudi physicians writing bilingual SOAP notes for NPHIES claims
    { id: 'datasitr', name: 'DataSitr', vendor: 'DataSitr', category: 'developer-platform', domains: ['datasitr.com'], source: 'https://www.datasitr.com/subprocessors' }, // sub-processors (Saudi PDPL): an in-Kingdom gateway to AI model providers that tenants configure (Groq, STC SambaNova, HUMAIN)
    { id: 'saudi-genius', name: 'Saudi Genius', vendor: 'Saudi Genius', category: 'other', domains: ['saudigenius.com'], source: 'https://www.saudigenius.com/privacy' }, // privacy (PDPL): a provider of AI-assisted learning tools, in demo and beta
    // --- Israel ---
    { id: 'redbo-ai', name: 'Redbo', vendor: 'Redbo Ltd.', domains: ['redbo.ai'], source: 'https://redbo.ai/en/data-processing/' }, // data-processing policy (Israeli Privacy Protection Law): an embeddable widget whose AI features answer from customers' connected sources
    // --- Africa: Egypt, Sudan, Nigeria, francophone West Africa ---
    { id: 'the-learning-mate', name: 'The Learning Mate', vendor: 'The Learning Mate', category: 'productivity', domains: ['thelearningmate.com'], region: 'africa', source: 'https://thelearningmate.com/terms-and-conditions' }, // terms (Cairo): an AI-powered platform that grades uploaded exams and writes feedback and annotated PDFs
    { id: 'amal-madrassa', name: 'Amal Madrassa', vendor: 'Amal Madrassa', category: 'chat', domains: ['amalschool.org'], region: 'africa', source: 'https://amalschool.org/terms' }, // terms: AI-powered tutoring for displaced Sudanese children on the Sudanese curriculum; the Owl Teacher tutor runs on OpenAI
    { id: 'vendoros-ai', name: 'VendorOS AI', vendor: 'VendorOS AI', category: 'productivity', domains: ['vendoros-ai.com'], region: 'africa', source: 'https://www.vendoros-ai.com/privacy' }, // privacy (NDPA 2023): an AI-powered business management platform for Nigerian SMEs, with WhatsApp customer conversations
    { id: 'ahiwa', name: 'AHIWA', vendor: 'AHIWA', domains: ['ahiwa.africa'], region: 'africa', source: 'https://gratuit.ahiwa.africa/terms' }, // terms (French): a WhatsApp service for African sellers whose replies to buyers are generated by AI from the seller's catalogue
  ],
  { checked: CHECKED_C21, region: 'middle-east' },
);
