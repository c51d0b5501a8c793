// Twentieth session, India pass (2026-12-07, helper `india`): AI products made in or mainly used in India, Pakistan,
// Bangladesh, Sri Lanka and Nepal that no entry claimed yet, beside the twelfth session's India pass
// (data/regional-c12-india.ts) and the nineteenth session's South-East and South Asia pass (data/regional-c19-sea.ts),
// whose rows are not repeated here. Here: AI for Indian accountants and SMEs (GST notice replies and explanations, GST
// reconciliation, AI bank-statement categorisation and a Tally agent, an AI tax copilot for chartered accountants, an
// invoice input-tax-credit classifier); AI WhatsApp, Instagram and website bots for Indian, Pakistani and Sri Lankan
// businesses, two WhatsApp property assistants and a site-visit intelligence tool for real estate; AI voice and
// telecalling agents for Indian call centres; AI tutors, exam-practice and UPSC answer-evaluation tools and a teachers'
// AI paper generator; AI legal chatbots for Pakistani law; an AI-native HRMS; an Indian multi-provider AI chat site;
// a Hindi-named AI transcription service; AI listing writers for Meesho sellers; AI astrology report services; an AI
// resume generator; and AI clinic assistants for Indian doctors.
//
// Leads. 41 look-ups in the stored `pages` corpus, worded the way vendors word their own legal pages: English anchored
// on Indian law and payment rails ("Digital Personal Data Protection Act 2023", "Data Fiduciary", "Grievance Officer",
// Razorpay, GSTIN, Private Limited, LLP) and on Pakistani, Bangladeshi, Sri Lankan and Nepali company forms and laws
// (PECA 2016, PDPA No. 9 of 2022, Individual Privacy Act 2018), by kind (GST and accounting AI, WhatsApp AI bots, voice
// and telecalling agents, JEE, NEET, UPSC and CBSE tutors, legal AI, HR and recruiting, resume and interview tools,
// astrology, dubbing, e-commerce listings, clinic software), and in Hindi, Tamil, Bengali and Urdu. The native-language
// queries returned news, explainers and listed products only. Every row cites a page with a path on the product's own
// host (for IPT, Avya ChatBot and Neuro Care India, the claimed subdomain; for Respondly, its app host), and each page
// says in the vendor's words that the product drafts, answers, classifies, evaluates, calls or replies with AI, a
// language model or a named AI provider. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in
// data/ first. Already listed and left to their entries: Kalcend, AI Virtual Staff, Mentigo, UPSC Answer Check,
// VoiceAI (voicewithai.in), GandivAI, AskBharat AI, Ashan, Tamil AI, VED Saarthi, Talapatram (AskYogi), PKAILabs,
// BondhuBot, Dolil AI, SriAI, IndiaTax.AI, TaxTMI's AI tools, CosmicDasha, Punjabi Dharti's AI kundli, ResumeBuildAI,
// ResumeGenie, ResumeATS (godlogic.in), ShikshaPal, Bodhaka, Explainables, LawWorld, Responn, Student Intelligence,
// PrepTalk (calltraai.com), Interview Dosti, interviewai.coach, DubbStudio, T1Dub, StudyNova, TutorAI, Tewtor,
// Capabara and InterMind. Three subdomains are claimed
// alone because their parents are a general firm's or a clinic network's site: ipt.smartaccountants.in (IPT),
// chat.avya.lk (Avya ChatBot) and app.mydoctor.ltd (Neuro Care India).
//
// Measured with /work/helpers/classify-hosts.mts on the 250 hosts the searches returned (vendors, articles, news,
// stores and shared hosts alike, in /work/helpers/out/india-hosts.txt): 42 classified before (16.8%), 84 (33.6%)
// after.
//
// Left out. Templates and placeholders, as the nineteenth-session pass did (TalentSeva's `[Platform Name]`, Accountrix
// AI's `[to be set on publication]`, eksana's blank data-controller name, Pranik's `[Name of DPO to be inserted]`,
// SaanviBot's `[YOUR_LEGAL_COMPANY_NAME]`, ProLearn's `[COMPANY_LEGAL_NAME]`, Career Lift's support@example.com,
// AI Resume Build's template); development, staging and test hosts (dev.complysmartai.com, dev.taxshiftai.com,
// test-interview.hrone.studio, dev.v1.incruiter.com); pages at a bare `?p=` address
// (interviewprep.co.in, Caze Labs' HireSense); phone-only apps (AI Caption Studio, AI Avatar BD, Bangla.AI, the
// Kaabharat translator on a record label's site, TrueNotes on nobilitybpm.com); AI products with no named country or
// made outside the region (Kosmic/AstroGPT on azentiq.ai, as the nineteenth-session pass also decided, Chola AI
// Textbook, getecommercetools.com); pages that do not say the product uses
// AI, or only in its name (AasanKhata, Auto-Tally on app.zerolagautomation.com, AI Interview Master,
// RealtyConnect's chat, Killi, poddubstudio.com, AskTranslator, SmartRecruit's candidate app, the UnderStand UPSC
// score predictor); general products where AI is one feature (AstroKuberChat's human and AI astrologers, Sri Mandir's
// kundli consultations, the Zesmack Meesho shipping optimiser, LKG for Hospital's voice module, greytHR, Tally, the
// Bodo Okhrang dictionary); a student resume-screening project (hiredrift.in); a sole trader's own support bot (Aleas); vendors seen only on their blogs or articles (BharatLaw.ai, NyayAI, Niyam AI,
// juniorlawyer.in, Patient Square's AI scribe, Medoriax, Glomiq, YuVerse, Texla Culture, CozyHR, DigitalCallers,
// AktAI, Praxium Labs, Nepal AI Hub); and shared platforms (pages.dev, vercel.app, netlify.app, web.app, notion.site
// and blogspot copies).
// At the merge: bharatlaw.ai was listed by the leads3 pass from its own page; its trap was dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const regionalC20IndiaTools: Tool[] = defineTools(
  'chat',
  [
    // --- GST, accounting and tax AI for Indian businesses and chartered accountants ---
    { id: 'gst-notice-ai', name: 'GST Notice AI', vendor: 'GST Notice AI', category: 'productivity', domains: ['gstnoticeai.com'], source: 'https://gstnoticeai.com/privacy-policy' }, // privacy: an AI-powered GST notice response platform for CA firms, AI response drafts
    { id: 'your-ai-accountant', name: 'Your AI Accountant', vendor: 'Tax One Advisory (OPC) Pvt. Ltd.', category: 'productivity', domains: ['youraiaccountant.in'], source: 'https://youraiaccountant.in/privacy' }, // privacy (DPDP Act): bank transactions categorised with OpenAI's GPT models and synced to Tally
    { id: 'gst-clarity-ai', name: 'GST Clarity AI', vendor: 'GST Clarity AI', category: 'productivity', domains: ['gstclarityai.in'], source: 'https://gstclarityai.in/privacy' }, // privacy: uploaded GST notices read by OCR, then explained by OpenAI's language model
    { id: 'recongst', name: 'ReconGST', vendor: 'ReconGST', category: 'productivity', domains: ['recongst.in'], source: 'https://www.recongst.in/privacy-policy' }, // privacy: an AI-powered GST reconciliation platform; invoice data scrubbed before third-party LLMs
    { id: 'autotally', name: 'AutoTally', vendor: 'Turbosoft Technologies', category: 'agents', domains: ['autotally.in'], source: 'https://autotally.in/privacy' }, // privacy: a SaaS product that connects an AI agent to Tally Prime; uploaded documents sent for AI processing
    { id: 'tax-sahayogi', name: 'Tax Sahayogi', vendor: 'Sahayogi One Private Limited', category: 'productivity', domains: ['taxsahayogi.in'], source: 'https://taxsahayogi.in/privacy' }, // privacy: an AI-powered tax copilot for chartered accountants; queries and notices go to its AI advisory tools
    { id: 'ipt-smart-accountants', name: 'Invoice Processing Tool (IPT)', vendor: 'Smart Accountants', category: 'productivity', domains: ['ipt.smartaccountants.in'], source: 'https://ipt.smartaccountants.in/terms' }, // terms: OCR of GST invoices and an AI-driven assessment of input tax credit eligibility
    // --- WhatsApp, Instagram and website AI bots for businesses ---
    { id: 'chatorbit', name: 'ChatOrbit', vendor: 'ChatOrbit', category: 'agents', domains: ['chatorbit.ai'], source: 'https://www.chatorbit.ai/privacy-policy.html' }, // privacy (DPDPA, Indian grievance officer): WhatsApp automation with AI-generated messages disclosed to end users
    { id: 'peedi-ai', name: 'Peedi', vendor: 'Peedi AI Solutions LLP', category: 'agents', domains: ['peedi.io'], source: 'https://peedi.io/privacy-policy' }, // privacy: AI-powered automation, WhatsApp bots that onboard businesses and sell products
    { id: 'smartchat-solutions', name: 'SmartChat Solutions', vendor: 'SmartChat Solutions', category: 'agents', domains: ['smartchatsolutions.co.in'], source: 'https://www.smartchatsolutions.co.in/privacy-policy' }, // privacy: a WhatsApp AI assistant that answers a business's customers and captures leads
    { id: 'replyinn', name: 'ReplyInn', vendor: 'ReplyInn', category: 'agents', domains: ['replyinn.in'], source: 'https://www.replyinn.in/privacy' }, // privacy (India): an AI-powered customer messaging platform for WhatsApp and Instagram
    { id: 'botrelic', name: 'Botrelic', vendor: 'Repsoft Technologies Private Limited', category: 'agents', domains: ['botrelic.com'], source: 'https://www.botrelic.com/privacy-policy' }, // privacy (Hyderabad): an AI chatbot and automation SaaS platform
    { id: 'yourchatbot-in', name: 'YourChatbot', vendor: 'Exact Match', category: 'agents', domains: ['yourchatbot.in'], source: 'https://yourchatbot.in/privacy-policy.html' }, // privacy (Indian sole proprietorship): uploaded documents form the knowledge base of your AI chatbot
    { id: 'aflatoon-ai', name: 'Aflatoon AI', vendor: 'Aflatoon AI (Private) Limited', category: 'agents', domains: ['aflatoon.ai'], source: 'https://aflatoon.ai/legal/privacy' }, // privacy (Islamabad): a WhatsApp Business AI chatbot platform
    { id: 'avya-chatbot', name: 'Avya ChatBot', vendor: 'Avya', category: 'agents', domains: ['chat.avya.lk'], source: 'https://chat.avya.lk/privacy-policy' }, // privacy (Sri Lanka): a custom AI chatbot that answers from uploaded business documents
    // --- Real estate ---
    { id: 'propertiesai-in', name: 'PropertiesAI', vendor: 'PropertiesAI', category: 'agents', domains: ['propertiesai.in'], source: 'https://www.propertiesai.in/privacy.html' }, // privacy: a WhatsApp property search AI agent; messages processed by Google Gemini
    { id: 'respondly', name: 'Respondly', vendor: 'Respondly', category: 'agents', domains: ['therespondly.com'], source: 'https://app.therespondly.com/privacy' }, // privacy (Razorpay): an AI WhatsApp assistant that qualifies property leads, AI-generated replies
    { id: 'visitoriq', name: 'VisitorIQ', vendor: 'VisitorIQ', category: 'productivity', domains: ['visitoriq.in'], source: 'https://www.visitoriq.in/privacy-policy.html' }, // privacy: an AI-based real estate site-visit intelligence platform built in India
    // --- Voice and telecalling agents ---
    { id: 'telecaller-ai', name: 'telecaller.ai', vendor: 'telecaller.ai', category: 'audio', domains: ['telecaller.ai'], source: 'https://www.telecaller.ai/legal/privacy' }, // privacy (Hyderabad, TRAI and DPDP): call recordings and transcripts generated by its AI agents
    { id: 'op26x', name: 'OP26X', vendor: 'OP26X', category: 'audio', domains: ['op26x.in'], source: 'https://www.op26x.in/privacy' }, // privacy: AI calling services; conversational responses from OpenAI and Anthropic models
    { id: 'agentnoda', name: 'agentnoda', vendor: 'KSVARAMP Voice Tech Private Limited', category: 'audio', domains: ['agentnoda.ai'], source: 'https://www.agentnoda.ai/in/privacy' }, // privacy (Chennai, DPDP Act): outbound and inbound call audio, transcripts and AI-generated summaries
    { id: 'conversai-labs', name: 'ConversAI Labs', vendor: 'ConversAI Labs', category: 'audio', domains: ['conversailabs.com'], source: 'https://www.conversailabs.com/privacy' }, // privacy: an AI-powered voice agent platform for calls and lead qualification
    { id: 'grx10', name: 'GRX10', vendor: 'GRX10', category: 'audio', domains: ['grx10.com'], source: 'https://grx10.com/technology/' }, // technology: code-switched Hinglish conversational voice AI over Indian telephony
    { id: 'nestvoice-ai', name: 'NestVoice AI', vendor: 'NextInfinity Technologies Private Limited', category: 'audio', domains: ['nestvoiceai.com'], source: 'https://nestvoiceai.com/legal/terms-of-service/' }, // terms (GST): AI voice automation services and AI voice agents
    { id: 'salesix-ai', name: 'Salesix AI', vendor: 'Salesix AI Technologies Private Limited', category: 'audio', domains: ['salesix.ai'], source: 'https://salesix.ai/terms-conditions' }, // terms (India): an artificial intelligence-driven voice automation platform and AI voice agents
    // --- Exam tutors and teachers' tools ---
    { id: 'prepassist-in', name: 'PrepAssist', vendor: 'PrepAssist Technologies', domains: ['prepassist.in'], source: 'https://prepassist.in/privacy' }, // privacy: AI evaluation pipelines and RAG for UPSC preparation, handwritten essays evaluated
    { id: 'exam-sankalp', name: 'Exam Sankalp', vendor: 'Exam Sankalp', domains: ['examsankalp.in'], source: 'https://www.examsankalp.in/terms' }, // terms: AI-powered practice tests of AI-generated questions for SSC, UPSC, banking, JEE and NEET
    { id: 'vidhyaai', name: 'VidhyaAI', vendor: 'VidhyaAI', domains: ['vidhyaai.app'], source: 'https://vidhyaai.app/privacy' }, // privacy (DPDP Act): an AI-powered platform explaining school textbooks to grades 1 to 8
    { id: 'aistea', name: 'AISTeA', vendor: 'AISTeA', domains: ['aistea.in'], source: 'https://www.aistea.in/privacy.html' }, // privacy (DPDP Act): homework photos and chats sent to its AI features, AI study plans and quiz grading
    { id: 'gyandootai', name: 'GyandootAI', vendor: 'GyandootAI Private Limited', category: 'writing', domains: ['gyandootai.com'], source: 'https://gyandootai.com/privacy' }, // privacy: an AI-powered content platform generating papers for Indian teachers
    // --- Legal AI (Pakistan) ---
    { id: 'pakistan-lawbot', name: 'Pakistan LawBot', vendor: 'LawBot', category: 'search', domains: ['pakistanlawbot.com'], source: 'https://pakistanlawbot.com/privacy' }, // privacy (PECA 2016): the LawBot platform and its AI-powered services, lawyer matching
    { id: 'paklawassist', name: 'PakLawAssist', vendor: 'PakLawAssist', category: 'search', domains: ['paklawassist.com'], source: 'https://paklawassist.com/privacy-policy/' }, // privacy: a legal chatbot agent whose chats improve its AI models
    // --- HR ---
    { id: 'ziantrix', name: 'Ziantrix', vendor: 'Ziantrix AI Technologies Private Limited', category: 'embedded-saas', domains: ['ziantrix.com'], source: 'https://ziantrix.com/ai-usage-transparency' }, // AI usage notice: an AI-native HRMS; AI retrieves, summarises, classifies and drafts HR responses
    // --- Chat, transcription and content ---
    { id: 'indiagram', name: 'Indiagram', vendor: 'Indiagram', domains: ['indiagram.in'], source: 'https://indiagram.in/privacy' }, // privacy: chat messages sent to AI providers (Google Gemini, Groq, OpenRouter) for responses
    { id: 'bolo-aur-likho', name: 'Bolo Aur Likho', vendor: 'Vikas Omprakash Goyal', category: 'audio', domains: ['boloaurlikho.com'], source: 'https://boloaurlikho.com/privacy' }, // privacy: an AI-powered audio transcription service, OpenAI Whisper and GPT-4o-mini summaries
    { id: 'listmyproduct', name: 'ListMyProduct', vendor: 'ListMyProduct.in', category: 'writing', domains: ['listmyproduct.in'], source: 'https://www.listmyproduct.in/pages/privacy.html' }, // privacy (Razorpay): AI product titles and descriptions from images via OpenAI GPT-4o Vision
    { id: 'ecomrtx', name: 'EcomRTX', vendor: 'EcomRTX', category: 'writing', domains: ['ecomrtx.com'], source: 'https://www.ecomrtx.com/privacy-policy' }, // privacy: an AI-powered listing automation platform for Meesho sellers
    // --- Astrology ---
    { id: 'vedic-ai', name: 'Vedic AI', vendor: 'Vedic AI', domains: ['vedicai.co.in'], source: 'https://vedicai.co.in/privacy' }, // privacy and AI policy: proprietary AI engines for Vedic astrology, consultations and AI responses
    { id: 'vedacortex', name: 'VedaCortex', vendor: 'VedaCortex', category: 'writing', domains: ['vedacortex.in'], source: 'https://vedacortex.in/privacy' }, // privacy (DPDP Act): birth charts interpreted by the Google Gemini API into reports
    // --- Resume ---
    { id: 'aurevix', name: 'Aurevix', vendor: 'Aurevix', category: 'writing', domains: ['aurevix.app'], source: 'https://www.aurevix.app/privacy' }, // privacy (DPDP Act first): an AI-powered resume generation platform
    // --- Health ---
    { id: 'medpilot-ai', name: 'MedPilot AI', vendor: 'MedPilot AI', category: 'productivity', domains: ['medpilotai.in'], source: 'https://www.medpilotai.in/dpdp-compliance.html' }, // DPDP page: a clinic platform whose AI features write summaries and draft replies
    { id: 'neuro-care-india', name: 'Neuro Care India', vendor: 'Neuro Care India', category: 'productivity', domains: ['app.mydoctor.ltd'], source: 'https://app.mydoctor.ltd/privacy' }, // privacy (DPDP Act): AI-assisted clinical reasoning, provisional diagnoses and referral notes for doctors
  ],
  { checked: CHECKED_C20, region: 'india' },
);
