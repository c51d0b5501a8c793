// Twenty-second session, second India pass (2026-12-07, helper `india2`): AI products made in India, Pakistan, Sri
// Lanka and the rest of South Asia, or built mainly for their users, that no entry claimed yet, beside the twelfth
// session's India list pass (data/regional-c12-india.ts), the nineteenth session's South-East and South Asia pass
// (data/regional-c19-sea.ts) and the twentieth session's India pass (data/regional-c20-india.ts), whose rows are not
// repeated here. Here: Indian voice-AI and agent platforms (a Hindi website voice widget, Gnani's Inya developer docs,
// Agni, VInfer, weya.ai, Agentive's Hindi voice and chat agents, Rootle's voice receptionist for hospitals); AI for D2C
// and clinic front desks (ComAI, AutoCare on repliex.com, AiReply's WhatsApp receptionist for doctors, RxHQ); legal
// drafting (NyayaDraft's consumer complaints, LexNeethi for advocates); tutors and graders (dhimantAI's voice faculty
// for coaching institutes, EduStarship and AILERNOVA for CBSE students, SmartPrep's AI grading for CBSE schools,
// AIXAM's answer evaluation for CA students, SpeechIntel's voice mock interviews); farm advisers (KisanDost on
// WhatsApp, KoroAI, Khetiyaar, Kheti Sahayak); meeting and dictation tools (Dhvanii, Speech2Doc, Svara AI); an AI stock
// researcher for NSE investors (StockLens); AI astrology readings (ApnaAstroAI); a Pakistani AI wellness companion for
// women (Seraa); and a Sri Lankan AI VAT-invoice generator (InvoiceBridge).
//
// Leads. 41 look-ups in the stored `pages` corpus. English queries worded the way vendors word their own legal pages
// ("Data Principal", "Data Fiduciary", DPDP Act 2023, "incorporated under the Companies Act, 2013", "Private Limited",
// "(Pvt) Ltd Colombo", SECP, PECA 2016, Razorpay, GSTIN, RERA, SEBI, ICAI) and by kind (Indic assistants, CA and GST
// tools, JEE/NEET/CBSE/CA/MDCAT tutors, UPSC answer checkers, legal drafting, WhatsApp and voice agents, clinic
// receptionists, AI scribes, farm advice, resume and interview tools, stock research, astrology, spoken English,
// meeting notes, D2C support, RTI drafting, mental health) found every row. Hindi, Urdu, Bengali and Tamil queries
// returned Google's policies, news, explainers and tools already listed (Tamil AI), as the earlier passes found. Every
// row cites a page with a path on the product's own host (for AIXAM the claimed subdomain; for Agni its india. host;
// for Inya its docs. host) that says in the vendor's words that the product answers, drafts, grades, transcribes,
// calls, diagnoses or replies with AI, a language model or a named model provider. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to their entries:
// AskBharat AI, VED Saarthi, Ashan, Indiagram, swaram.live, TaxCorp, IndiaTax.AI, IPT, JEE2U, Tutorji, Neetsi, Kalcend,
// AI Virtual Staff, VoiceAI, GRX10, telecaller.ai, agentnoda, LawWorld, BharatLaw.ai, UPSC Answer Check, Your AI
// Accountant, ReconGST, AutoTally, GST Clarity AI, GST Notice AI, AI Astro GPT, CosmicDasha, Explainables, Hyperleap,
// Basha, PrepTalk (calltraai.com), Interview Dosti, interviewai.coach, PropertiesAI, PKAILabs, BondhuBot, Dolil AI,
// Tamil AI, WhatsAuto, Exam Sankalp, Classmate AI (classmate.6senai.com), Sarvam AI (its sarvam.dev policy host is a
// lead for the Sarvam entry) and Gnani.ai (whose Inya host is added here as its own product).
//
// Measured with /work/helpers/classify-hosts.mts on the 281 hosts the searches returned (vendors, news, blogs,
// ministries, stores and shared hosts alike, in /work/helpers/out/india2-hosts.txt): 49 classified before (17.4%), 79
// after (28.1%).
//
// One subdomain is claimed alone: ca.aishree.com (AIXAM), whose parent aishree.com the searches did not return; the
// parent is a trap. Two rows claim two domains each because the vendor's own page names both: Agni's policy, read on
// india.agnivoice.com, covers its website ravan.ai and app.ravan.ai; ApnaAstroAI's policy, read on apnaastroai.com,
// says the company operates astroai.in.
//
// Same names: Agentive (agentive.co.in, Mannan Technologies' Hindi voice and chat agents) shares its name with Agentive
// (goagentive.com, long-tail-c13-a.ts) and Agentive (agentivehub.com, long-tail-c10b-lists-3.ts); Svara AI
// (svaravoice.com, voice dictation) is not Asvara (asvarainnovation.com, legal AI). The pages describe different
// products from different vendors.
//
// Doubtful rows: Kheti Sahayak ("Farm Helper") and KoroAI (kisaansahayak.com) do not name a country, but both are Hindi
// farm apps whose policies speak of villages, districts and crops; Svara AI and AutoCare (repliex.com) name India only
// through Razorpay, as some twentieth-session rows did; RxHQ is a WhatsApp practice-management platform whose patient
// conversations run through its AI receptionist; Agentive also sells plain cloud telephony beside its two AI agents;
// Inya's cited page is a developer guide to Gnani's Vachana speech API with an LLM analysis step.
//
// Left out. Drafts and placeholders (ekav.in's "placeholder name & email", tattvik.ai's "Draft for review",
// velarapex.com's "[Company Name]", nxtwaveai.com's "Registered Address", lingopeak.xyz's "[Insert date]",
// deshika.xyz's "[SCHOOL-EDIT]" parent FAQ, app.eduko.ai's "Client University", us.airesume.build, mockpe on
// governmentfolders.com, pranik.ai as before); test and dev hosts (phase8test.agrismart.roshiya.com,
// dev-fasthire.xrovo.com's TalScreener, test-interview.hrone.studio as before); bare `?p=` pages (genaipulse.tech,
// cazelabs.com, interviewprep.co.in, wisecoach.pk); pages that do not say the product uses AI, or only in its name
// (neetwithai.com, hlsrtech.com's NEET Prep Easy, naukri360.in, atsdefender.thebrainly.me, speakverse.in,
// gstreco.m2ai.ai's excerpt, indic-engine.com's token compressor, kommonpoll.com, indo.ai, empirical.run's model
// testing, apnadoctor.online's health chatbot); general products where AI is one feature (neet.apollomedskills.com's
// doubt resolution, cbsetest.com's Vidya tutor, caabhyas.com's AI Mentor, catargettestprep.com's doubt solver,
// prepmdcat.com and mdcathelper.com in Pakistan, leadsense.cloud's CRM, propi.in's matching, digidxdoc.com's pathology
// hardware, shreekundli.com as the nineteenth-session pass decided, idasara.org's Sri Lankan academy: a lead); agencies
// and automation services (automationintelligence.in, caaqit.com, main-122.pages.dev); products that name no country or
// sit outside the region (agrosphereapp.com, paramjyotish.com, n-glish.com, brivix-ai.com, larasx.com,
// hindispeakingtutor.in, whose Hindi tutor for children may serve families abroad: a lead); an "AI-driven hospital"
// whose policy reads as a manifesto (rsxhospital.in); a company whose AI platform is not on the cited host
// (predusk.ai's digilekh) and a BFSI AI company whose policy covers only its website (autocortx.ai): leads; vendors
// seen only on blogs, guides or articles (apualegal.com, aiforindianca.com, nibandhai.in, pluxins.com,
// medaicollective.com, yuverse.ai and aktai.app again, workrohr.com, richautomate.in, aibotick.com, filemyrti.com,
// righttoinformation.wiki, nepalaihub.com, clinic.scaleus.in's product draft); shared or borrowed hosts
// (zeus.cognitivesquad.com as the meetings pass decided, aishare.automations247.com,
// interview-prep-gamma-pink.vercel.app for interviewprepai.in, bank-ai-agent-two.vercel.app,
// speakeasy-schooltools.web.app, english-conversation-app.netlify.app, sites.google.com pages, app.notion.com,
// pavkos.github.io).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const regionalC22India2Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Voice AI and agent platforms for Indian businesses ---
    { id: 'voicipher', name: 'Voicipher', vendor: 'Voicipher', category: 'audio', domains: ['voicipher.com'], source: 'https://voicipher.com/privacy-policy' }, // privacy (Razorpay): a website voice widget whose AI assistant speaks Hindi, English and other Indian languages; Sarvam AI transcribes
    { id: 'gnani-inya', name: 'Inya', vendor: 'Gnani.ai', category: 'developer-platform', domains: ['inya.ai'], source: 'https://docs.inya.ai/vachana/use-cases/call-analytics' }, // docs: Gnani's Vachana speech-to-text in 10 Indian languages with sentiment, then an LLM analysis step for call analytics
    { id: 'agni-ravan', name: 'Agni', vendor: 'Ravan Technologies Private Limited', category: 'audio', domains: ['agnivoice.com', 'ravan.ai'], source: 'https://india.agnivoice.com/privacy' }, // privacy (DPDP Act, India-only servers): the Agni voice AI platform at ravan.ai and app.ravan.ai, AI model training section
    { id: 'vinfer', name: 'VInfer', vendor: 'IntelliAgent Innovations Private Limited', category: 'audio', domains: ['vinfer.ai'], source: 'https://vinfer.ai/term-of-use' }, // terms (Bengaluru): the agentic voice automation platform Neuron and the NeuronLens post-call analytics layer
    { id: 'weya-ai', name: 'weya.ai', vendor: 'NEOAMYRA AI SOLUTIONS PRIVATE LIMITED', category: 'agents', domains: ['weya.ai'], source: 'https://www.weya.ai/privacy-policy' }, // privacy: an AI-powered customer experience platform; voice calls and WhatsApp messages with its AI agents
    { id: 'agentive-co-in', name: 'Agentive (India)', vendor: 'Mannan Technologies Private Limited', category: 'agents', domains: ['agentive.co.in'], source: 'https://agentive.co.in/privacy' }, // privacy (New Delhi): an AI chat agent for websites and WhatsApp and an AI voice agent calling in Hindi and English
    { id: 'rootle-ai', name: 'Rootle', vendor: 'Rootle', category: 'audio', domains: ['rootle.ai'], source: 'https://rootle.ai/healthcare-appointment-scheduling-playbook/' }, // own playbook: Rootle's Conversational OS, Voice AI receptionists that book appointments for Indian hospitals and clinics

    // --- AI customer support and receptionists for D2C brands and clinics ---
    { id: 'comai', name: 'ComAI', vendor: 'Com AI Technologies Private Limited', category: 'agents', domains: ['comai.in'], source: 'https://comai.in/privacy-policy' }, // privacy: an AI commerce OS; large language models answer, qualify leads, recover carts and verify COD orders
    { id: 'repliex-autocare', name: 'AutoCare (Repliex)', vendor: 'AutoCare', category: 'agents', domains: ['repliex.com'], source: 'https://www.repliex.com/privacy' }, // privacy (Razorpay): an AI-powered customer care platform for D2C brands; AI responses on WhatsApp, Instagram and email
    { id: 'aireply-in', name: 'AiReply', vendor: 'AiReply Technology', category: 'agents', domains: ['aireply.in'], source: 'https://aireply.in/privacy.html' }, // privacy (Udyam MSME, DPDPA): an AI WhatsApp receptionist and AI-generated content for medical practices
    { id: 'rxhq', name: 'RxHQ', vendor: 'RxHQ', category: 'agents', domains: ['rxhq.in'], source: 'https://rxhq.in/privacy-policy.html' }, // privacy (DPDPA 2023): a WhatsApp-native clinic platform; patients converse with the clinic's AI receptionist

    // --- Legal drafting ---
    { id: 'nyayadraft', name: 'NyayaDraft', vendor: 'NyayaDraft', category: 'writing', domains: ['nyayadraft.in'], source: 'https://nyayadraft.in/privacy-policy' }, // privacy (DPDP Act): an AI-powered drafting service for consumer complaints and legal notices, drafts by GPT-4o-mini
    { id: 'lexneethi-ai', name: 'LexNeethi AI', vendor: 'LexNeethi AI Technologies Pvt. Ltd.', category: 'writing', domains: ['lexneethi.com'], source: 'https://www.lexneethi.com/legal/privacy' }, // privacy (DPDP Act, Bar Council number): AI drafting and research for lawyers, prompts and AI-generated outputs

    // --- Tutors, graders and interview practice ---
    { id: 'dhimantai', name: 'dhimantAI', vendor: 'dhimantAI', domains: ['vidyai.in'], source: 'https://vidyai.in/privacy-policy/' }, // privacy (DPDP Act): a white-labelled, voice-first AI faculty for coaching institutes and schools
    { id: 'edustarship', name: 'EduStarship AI Tutor', vendor: 'EduStarship', domains: ['edustarship.com'], source: 'https://edustarship.com/parental-guidelines.html' }, // parental guidelines (DPDP Act): an AI-powered tutor for CBSE classes 6 to 12, queries and AI responses
    { id: 'ailernova', name: 'AILERNOVA', vendor: 'AILERNOVA Education Private Limited', domains: ['ailernova.com'], source: 'https://ailernova.com/privacy' }, // privacy: an AI-powered CBSE learning platform for students from grade 3
    { id: 'smartprep-cbse', name: 'SmartPrep CBSE', vendor: 'SmartPrep CBSE', category: 'productivity', domains: ['smartprepcbse.com'], source: 'https://smartprepcbse.com/privacy' }, // privacy: teachers generate worksheets and grade typed and handwritten answers with artificial intelligence
    { id: 'aixam-ca', name: 'AIXAM', vendor: 'MindMap Digital Consulting Pvt Ltd', category: 'productivity', domains: ['ca.aishree.com'], source: 'https://ca.aishree.com/legal/privacy' }, // privacy: AI evaluation of CA (ICAI) answer sheets by OpenAI GPT models and an AI mentor
    { id: 'speechintel', name: 'SpeechIntel', vendor: 'SpeechIntel', category: 'audio', domains: ['speechintel.in'], source: 'https://www.speechintel.in/privacy' }, // privacy (AWS Mumbai): voice mock interviews for consultancies' students, AI-generated scores and rubric feedback

    // --- Farm advice ---
    { id: 'kisandost', name: 'KisanDost', vendor: 'Bhartiya AI Pvt. Ltd.', domains: ['bhartiyaai.in'], source: 'https://www.bhartiyaai.in/privacy-policy' }, // privacy (Razorpay): WhatsApp farming advice for Indian farmers, crop diagnosis from photos, its AI advisory
    { id: 'koroai-kisaan', name: 'KoroAI', vendor: 'KoroAI', domains: ['kisaansahayak.com'], source: 'https://kisaansahayak.com/privacy-policy.html' }, // privacy: crop photos sent to Google Gemini or OpenAI for diagnosis; an AI advisor answers farming questions
    { id: 'khetiyaar', name: 'Khetiyaar', vendor: 'Khetiyaar', domains: ['khetiyaar.com'], source: 'https://khetiyaar.com/en/privacy' }, // privacy (DPDP Act): AI crop plans, diagnoses and a chat assistant fed to AI providers
    { id: 'kheti-sahayak', name: 'Kheti Sahayak', vendor: 'Kheti Sahayak', category: 'other', domains: ['khetisahayak.com'], source: 'https://khetisahayak.com/privacy-policy' }, // privacy: crop photos processed by its AI system for disease detection, agricultural advice

    // --- Meetings, dictation and speech ---
    { id: 'dhvanii', name: 'Dhvanii', vendor: 'Dhvanii', category: 'meeting', domains: ['dhvanii.com'], source: 'https://www.dhvanii.com/legal/privacy' }, // privacy (Bengaluru): meeting transcription with AI-written summaries and action items (OpenAI)
    { id: 'speech2doc', name: 'Speech2Doc', vendor: 'SADHGURUSYNAPSE SOLUTIONS LLP', category: 'audio', domains: ['speechtodoc.com'], source: 'https://speechtodoc.com/privacy' }, // privacy: offline AI speech-to-document conversion, on-device Whisper and a bundled model
    { id: 'svara-voice', name: 'Svara AI', vendor: 'Svara AI', category: 'audio', domains: ['svaravoice.com'], source: 'https://svaravoice.com/privacy-policy.html' }, // privacy (Razorpay): an AI-powered voice dictation app; text processed by its AI models

    // --- Finance, astrology, wellness, invoicing ---
    { id: 'stocklens-investgence', name: 'StockLens', vendor: 'StockLens', category: 'search', domains: ['investgence.com'], source: 'https://www.investgence.com/privacy' }, // privacy (Razorpay): an AI-powered stock research and analysis platform for NSE and global markets
    { id: 'apnaastroai', name: 'ApnaAstroAI', vendor: 'ApnaAstroAI Technologies Pvt. Ltd.', domains: ['apnaastroai.com', 'astroai.in'], source: 'https://www.apnaastroai.com/privacy-policy' }, // privacy (Razorpay, Indian law): astrological readings; anonymised data improves its AI models
    { id: 'seraa', name: 'Seraa', vendor: 'Seraa', domains: ['seraa.me'], source: 'https://www.seraa.me/privacy' }, // privacy (Pakistan, PECA 2016): an AI-powered women's wellness platform; chats in English or Roman Urdu with Seraa's AI
    { id: 'invoicebridge-lk', name: 'InvoiceBridge', vendor: 'InvoiceBridge', category: 'productivity', domains: ['invoicebridge.lk'], source: 'https://www.invoicebridge.lk/terms' }, // terms (Sri Lanka): VAT-compliant invoices generated with the help of an AI model
  ],
  { checked: CHECKED_C22, region: 'india' },
);
