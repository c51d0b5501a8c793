// Twenty-fourth session, third India pass (2026-12-07, helper `india3`): AI products made in India or built mainly for
// Indian users that no entry claimed yet, beside the twelfth session's India list pass (data/regional-c12-india.ts),
// the twentieth session's India pass (data/regional-c20-india.ts) and the twenty-second session's second India pass
// (data/regional-c22-india2.ts), whose rows are not repeated here. Here: legal AI for Indian law (Lit Law, JurixAI's
// research and drafting platform with its data in India, Judiro's drafting assistant for advocates); AI for chartered
// accountants and taxpayers (The Finance Laboratory's income-tax litigation drafts, 49Tax's Gemini-read Form 16 and ITR
// files); AI voice agents for Indian lenders (Caller Digital, ThinnestAI's NBFC collections agents); WhatsApp and
// personal assistants (Ankvidhi's WhatsApp business assistants, MySmartAssistant); interview, résumé and study-abroad
// tools (HireEdge, ClearRound, MockMate AI, ProfileRoaster, AI SOP Maker, Gradsurge); tutors and graders (Anvisha for
// classes 3 to 5, Testkaaro's handwritten-answer checking, AI Ready School's products for schools); health (Medic24
// AI's chatbot and report reader, Praktice.ai's hospital assistant, Aakhyān's discharge-summary voice notes, Zivo
// Health, AYUSHA AI's Prakriti assessment); insurance claims help (Insurance Guard); a companion (Sarayu); a devotional
// AI (Shiv Darshan); and Chetana, a scam checker on a locally run language model.
//
// Leads. 38 look-ups in the stored `pages` corpus, counted as they were made. Queries worded the way vendors word their
// own legal pages ("Private Limited", "Pvt. Ltd.", "incorporated under the Companies Act, 2013", DPDP Act 2023, "Data
// Fiduciary", Information Technology Act, Razorpay, prices in ₹, GST, Bar Council, ICAI, SEBI, RBI Fair Practices Code,
// IRDAI, MCA/ROC) and by kind (Indic assistants, GST and ITR tools, CA litigation, legal research and drafting,
// JEE/NEET/UPSC/NEET PG/CBSE tutors, voice and telecalling agents, NBFC collections, call QA, WhatsApp assistants, AI
// scribes and health chatbots, résumé, interview and SOP tools, Hindi and Telugu writing, TTS, Ayurveda, devotional
// chat, insurance, real estate, company-secretary compliance). Queries about Indian LLMs, "India's own ChatGPT",
// festival images and two named products (Jurisphere, CaseMine) returned news, explainers and tools already listed, as
// the earlier India passes found. Every row cites a page with a path on the product's own host (for Chetana the claimed
// subdomain) that says in the vendor's words that the product answers, drafts, evaluates, calls, extracts, analyses or
// replies with AI, a language model or a named model provider. Hosts were run through /work/helpers/classify-hosts.mts,
// names grepped in data/ and the other c24 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 247 hosts the searches returned (vendors, news, blogs,
// journals, regulators and shared hosts alike, in /work/helpers/out/india3-hosts.txt): 49 classified before (19.8%), 77
// after (31.2%).
//
// Already listed and left to their entries: Legal Setu, LexNeethi AI, LawWorld, BharatLaw.ai, TaxCorp, IndiaTax.AI,
// TaxTMI's AI tools, IPT, Your AI Accountant, AutoTally, Tutorji, JEE2U, Neetsi, UPSC Answer Check, telecaller.ai,
// VoiceAI (voicewithai.in), agentnoda, OP26X, Kalcend, PrepTalk (calltraai.com), Interview Dosti, PropertiesAI,
// AskBharat AI, Talapatram, Svara AI, Bodhaka, Student Intelligence, ShikshaPal, Explainables, VidhyaAI, GyandootAI,
// Exam Sankalp, GoTelugu, ResumeAI (resuma.sarthum.com), LendingIQ, Awaaz, Gnani's Inya, Agni (india.agnivoice.com) and
// Sarvam (its web.sarvam.dev policy host stays a lead for the Sarvam entry), beside global entries the searches met (AI
// Teacher Assistant on ta.starlingtek.net, VidSeeds, InviAI, Dyscribe, Gnius).
//
// One subdomain is claimed alone: chetana.activemirror.ai (Chetana, an independent project whose policy names one
// developer); activemirror.ai itself was not read and is a trap.
//
// Same names: MockMate AI is read on sanviora.online, whose privacy policy names MockMate AI as the operator of the
// site; Lit Law's site is lex.live (Wasserstoff Innovation & Learning Labs); JurixAI's site is jurixoneai.com.
//
// Doubtful rows: MySmartAssistant names India only through its "Private Limited" operator and WhatsApp reminders;
// ClearRound, ProfileRoaster and 49Tax name India through Razorpay, ₹ prices or the income-tax portal; Shiv Darshan and
// AYUSHA AI are Hindu devotional and Ayurveda products whose pages read name no country; Aakhyān is a cancer centre's
// research service that sends AI-extracted discharge instructions as WhatsApp voice notes; AI Ready School is read from
// its own blog ("we have been building AI for schools", 30+ schools across India); Caller Digital and ThinnestAI are
// read from their own product and pricing pages for Indian lenders; Judiro's and AYUSHA AI's pages were stored at http
// addresses and are cited at https.
//
// Left out. Drafts, placeholders and demos (app.bizboozt.com's "DRAFT for review", jurissetu.com's "[Company Name]",
// resumecareerai.com's "[Your CIN]", bankmatch.accountrixai.com as before, tattvik.ai and deshika.xyz as before,
// dzreward.online's "just a Demo", closerr.app's "DND registry simulation", dev.ayuradhar.ai and the dev and test hosts
// earlier passes named); general products where AI is one feature (lawsathi.in's practice management, quickmanager.in's
// accounting, smartledger.ai's accounting, neet.apollomedskills.com, insuraj.ai.in's insurance CRM, cosecoffice.com's
// company-secretarial software, bodhiraai.com's school platform with an AI doubt solver, qb.medlearno.in's question
// bank, pathscheduler.pathexor.in's NEET PG planner, ayurconnect.com's Ayurveda directory, innovatorshub.co's
// telemedicine app, literacycoach.online's coaching app, propi.in as before); pages that do not say the product uses
// AI, or only in its name (jeevibe.com, carescribe.health, lawfirmai.in, jurisphere.ai's privacy statement,
// sainterview.in, getcomplai.com, smartledger.ai, asktranslator.com, indo.ai, taxhelponline.in, jobhirepro.in's refund
// page with another site's e-mail, onlinekotha.com, kaiakar.in, zahraia.com, voislabs.com's glossary); mobile apps on a
// developer's site (hormonia.in's DocScribe, as the c23 health pass decided, khush-desai.in's MediScript); products
// that name no country or sit outside the region (hireinterviewai.com, mysop.io, aically.com,
// vashist.centrodeayurveda.com, voiceovermaker.com, scriptwritr.com, hindispeakingtutor.in as before); vendors seen
// only on their blogs or in articles (yuverse.ai and aktai.app again, gistly.ai's Hinglish QA post, doggu.space,
// ituring.ai, paperdemy.com, callquants.us, whose AI voice agent is one part of a call platform, appitsoftware.com,
// richautomate.in, aiforindianca.com, which names Accountooze, Febi and Accomation, apualegal.com,
// medaicollective.com); agencies and consultancies (softechinfra.com, alamedadev.com, ibosstechsolutions.com);
// bhashiniservices.com, whose "Bhashini.ai" voices may be the government's Bhashini or a namesake (a lead for the
// Bhashini entry); and shared platforms (pages.dev, vercel.app, notion.site, blogspot, sites.google.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24India3Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Legal AI for Indian law ---
    { id: 'lit-law', name: 'Lit Law', vendor: 'Wasserstoff Innovation & Learning Labs Private Limited', domains: ['lex.live'], source: 'https://lex.live/terms' }, // terms: an artificial intelligence-based service platform in the legal domain in India, offered at www.lex.live
    { id: 'jurixai', name: 'JurixAI', vendor: 'JurixAI', category: 'search', domains: ['jurixoneai.com'], source: 'https://www.jurixoneai.com/privacy' }, // privacy (IT Act, data stored in India): an AI-powered legal research and drafting platform; case files analysed with AI and NLP
    { id: 'judiro-ai', name: 'Judiro AI', vendor: 'Judiro AI', category: 'writing', domains: ['judiro.com'], source: 'https://judiro.com/privacy/' }, // privacy (Advocates Act, DPDP Act): a legal drafting assistant for advocates that uses large language models

    // --- Chartered accountants and taxpayers ---
    { id: 'the-finance-laboratory', name: 'The Finance Laboratory', vendor: 'Radha Emporium', category: 'productivity', domains: ['thefinancelaboratory.com'], source: 'https://www.thefinancelaboratory.com/terms' }, // terms: an AI-powered platform for Indian CAs' income-tax litigation; parses notices, AI-assisted strategy and draft submissions
    { id: '49tax', name: '49Tax', vendor: '49Tax', category: 'productivity', domains: ['49tax.ai'], source: 'https://49tax.ai/privacy' }, // privacy (Razorpay): Form 16 and other uploads read by Google Gemini AI to build portal-ready ITR JSON files

    // --- Voice agents for Indian lenders and businesses ---
    { id: 'caller-digital', name: 'Caller Digital', vendor: 'Caller Digital', category: 'audio', domains: ['caller.digital'], source: 'https://www.caller.digital/voice-ai-pricing-india' }, // vendor guide: Caller Digital's voice AI for Indian BFSI collections, sold per minute or per outcome
    { id: 'thinnest-ai', name: 'ThinnestAI', vendor: 'ThinnestAI', category: 'audio', domains: ['thinnest.ai'], source: 'https://www.thinnest.ai/industries/nbfc-collections-voice-ai' }, // product page: voice AI agents for NBFC EMI collection calls with RBI Fair Practices Code defaults, about ₹4 a minute

    // --- WhatsApp and personal assistants ---
    { id: 'ankvidhi', name: 'Ankvidhi', vendor: 'Ankvidhi Technologies', category: 'agents', domains: ['ankvidhi.com'], source: 'https://ankvidhi.com/privacy-policy' }, // privacy (IT Act, users in India): an AI-powered business automation tool offering WhatsApp-based assistants
    { id: 'mysmartassistant', name: 'MySmartAssistant', vendor: 'AIVO Technologies Private Limited', category: 'productivity', domains: ['mysmartassistant.ai'], source: 'https://www.mysmartassistant.ai/terms' }, // terms: an AI-powered assistant that classifies, summarises and searches documents with Gemini and OpenAI and sends WhatsApp reminders

    // --- Interview, résumé and study-abroad tools ---
    { id: 'hireedge-in', name: 'HireEdge', vendor: 'LPoint', category: 'productivity', domains: ['hireedge.in'], source: 'https://www.hireedge.in/privacy-policy' }, // privacy (Razorpay, college TPOs): interview questions generated from the résumé and answers evaluated by OpenAI and other AI providers
    { id: 'clearround-ai', name: 'ClearRound', vendor: 'ClearRound.ai', category: 'productivity', domains: ['clearround.ai'], source: 'https://clearround.ai/privacy' }, // privacy (Razorpay): an AI-powered interview preparation platform; mock interviews, ATS scores and an AI assistant
    { id: 'mockmate-ai', name: 'MockMate AI', vendor: 'MockMate AI', category: 'productivity', domains: ['sanviora.online'], source: 'https://sanviora.online/privacy.html' }, // privacy (Razorpay, AWS in India): interview answers analysed by Anthropic's model for AI-generated feedback reports
    { id: 'profileroaster', name: 'ProfileRoaster', vendor: 'ProfileRoaster', category: 'writing', domains: ['profileroaster.in'], source: 'https://profileroaster.in/refund' }, // refund policy (₹499/₹999, Razorpay): an AI pipeline that analyses and rewrites LinkedIn profiles and résumés
    { id: 'ai-sop-maker', name: 'AI SOP Maker', vendor: 'Graded Overseas Consultants Pvt Ltd', category: 'writing', domains: ['aisopmaker.com'], source: 'https://www.aisopmaker.com/terms' }, // terms: an AI-powered Statement of Purpose generator for Indian students applying abroad, priced in INR with GST
    { id: 'gradsurge', name: 'Gradsurge', vendor: 'Gradsurge Technologies Private Limited', domains: ['gradsurge.com'], source: 'https://gradsurge.com/privacy-policy.html' }, // privacy: an AI-powered study-abroad guidance platform; AI interaction data, SOPs and essays

    // --- Tutors, graders and schools ---
    { id: 'anvisha-ai', name: 'Anvisha.ai', vendor: 'Anvisha.ai', domains: ['anvishaai.com'], source: 'https://www.anvishaai.com/privacy' }, // privacy (Razorpay, servers in India): AI explanations for children in classes 3 to 5, answers generated by Groq and Google Gemini
    { id: 'testkaaro', name: 'Testkaaro', vendor: 'Testkaaro.com', category: 'productivity', domains: ['testkaaro.com'], source: 'https://www.testkaaro.com/privacy-policy' }, // privacy (IT Act, DPDPA, Razorpay): an AI-powered platform that checks students' handwritten descriptive answers
    { id: 'ai-ready-school', name: 'AI Ready School', vendor: 'AI Ready School', category: 'productivity', domains: ['aireadyschool.com'], source: 'https://www.aireadyschool.com/blog/5-areas-where-ai-creates-maximum-impact-in-schools-and-3-where-it-should-not' }, // own blog: builds AI for schools, deployed in 30+ schools across India with 20,000+ students

    // --- Health ---
    { id: 'medic24-ai', name: 'Medic24 AI', vendor: 'AM24 Labs', domains: ['medic24.io'], source: 'https://www.medic24.io/privacy' }, // privacy (DPDPA, Razorpay): AI-powered medical information; health queries to an AI chatbot, images and lab reports for AI analysis
    { id: 'praktice-ai', name: 'Praktice.ai', vendor: 'Praktice.ai', category: 'agents', domains: ['praktice.ai'], source: 'https://www.praktice.ai/terms-and-conditions-columbia-asia' }, // terms: the healthcare AI patient-experience company behind Aditi, an AI assistant booking appointments for Columbia India Hospitals
    { id: 'aakhyan-health', name: 'Aakhyān', vendor: 'Silchar Cancer Centre', category: 'other', domains: ['aakhyan.health'], source: 'https://aakhyan.health/privacy' }, // privacy (DPDPA): de-identified discharge summaries processed by AI, instructions sent to patients as WhatsApp voice messages
    { id: 'zivo-health', name: 'Zivo Health', vendor: 'Dhanvantari AI Lab Private Limited', category: 'other', domains: ['zivohealth.ai'], source: 'https://www.zivohealth.ai/privacy-policy.html' }, // privacy: apps for nutrition, vitals and well-being with personalised AI-driven health insights
    { id: 'ayusha-ai', name: 'AYUSHA AI', vendor: 'AYUSHA AI', category: 'other', domains: ['ayusha.ai'], source: 'https://ayusha.ai/articles/ai-prakriti-analysis' }, // founder's article: an AI-guided Prakriti assessment whose AI synthesis drives Ayurvedic diet, yoga and therapy plans

    // --- Insurance, companions, devotion and safety ---
    { id: 'insurance-guard-in', name: 'Insurance Guard', vendor: 'Insurance Guard', domains: ['insuranceguard.in'], source: 'https://www.insuranceguard.in/privacy' }, // privacy (IT Act, IRDAI): AI tools and an AI chat assistant reading uploaded policies, bills and claim letters
    { id: 'sarayu-ai', name: 'Sarayu', vendor: 'Sarayu', domains: ['sarayuai.com'], source: 'https://www.sarayuai.com/privacy' }, // privacy (DPDP Act, Razorpay): a companion-AI app with text chats and voice calls with two AI personas
    { id: 'shiv-darshan', name: 'Shiv Darshan', vendor: 'Shiv Darshan', domains: ['shivdarshan.com'], source: 'https://shivdarshan.com/journal/ai-and-devotion/' }, // own journal: a devotional app with a real-time AI conversational layer (TALK) for Shaiva practice
    { id: 'chetana-activemirror', name: 'Chetana', vendor: 'Paul Desai', category: 'other', domains: ['chetana.activemirror.ai'], source: 'https://chetana.activemirror.ai/privacy' }, // privacy (DPDP Act, Mumbai): an AI-powered scam detection tool built in India whose primary LLM runs on its own servers (subdomain only)
  ],
  { checked: CHECKED_C24, region: 'india' },
);
