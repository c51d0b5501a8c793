// Nineteenth session, South-East and South Asia pass (2026-12-06, helper `sea`): AI products made in or mainly for
// South-East Asia (Indonesia, Malaysia, the Philippines, Vietnam, Myanmar, Singapore) and South Asia (India, Pakistan,
// Bangladesh, Sri Lanka) that no entry claimed yet: Indosat's Sahabat-AI chatbot, a Filipino AI assistant and a
// barangay chatbot, a Sri Lankan AI access platform for students; AI customer-support and sales bots for Messenger,
// Zalo and WhatsApp (Vietnam, the Philippines, Myanmar, Indonesia, Pakistan, Bangladesh) and Straits Interactive's
// Capabara; an Indonesian AI automation platform and a finance-logging bot, a Malaysian WhatsApp-summary platform; a
// Vietnamese AI voice generator; AI tutors and answer graders for Indian exams (UPSC, NEET, CBSE classes 6 to 12), a
// Malaysian AI teaching tool; AI mock-interview and resume tools from India; AI legal helpers for Indian and
// Bangladeshi users and TaxTMI's AI tools section (a prefix on the tax database's host); AI astrology and Bhagavad
// Gita companions from India; and a Pakistani AI mental-health platform.
//
// Leads. 50 look-ups in the stored `pages` corpus, worded the way vendors word their own legal pages: Vietnamese
// (Điều khoản sử dụng, Chính sách bảo mật, Nghị định 13/2023), Indonesian (Syarat dan Ketentuan, Kebijakan Privasi,
// UU PDP), Malay (Dasar Privasi, Terma), Thai (ข้อกำหนดการใช้งาน, นโยบายความเป็นส่วนตัว, PDPA), Hindi, Bengali, Tamil,
// Urdu, Burmese and Khmer, and English anchored on local law (Data Privacy Act of 2012, PDPA 2010 and 2012, DPDP Act
// 2023, Sdn Bhd, PT, Joint Stock Company), by kind: chat assistants, WhatsApp, Zalo, LINE and Messenger bots, AI
// writing, voice and transcription, teachers' lesson-plan makers, exam tutors and answer graders, interview and resume
// tools, legal and tax helpers, astrology and spiritual companions, recruitment, farming, and corporate knowledge bots.
// The native-language queries mostly returned articles, news and services already listed; English queries worded
// around Indian law (DPDP Act, Razorpay) and Malaysian or Indonesian company forms returned most of the new vendors.
// Every row cites a page with a path on the product's own host (for Sahabat-AI, Indosat's privacy notice on its
// assets host, which names sahabat-ai.com as the chatbot's address; for Ashari Cloud, the privacy policy of its maker
// ashari.tech, which names ashari.cloud as its AI automation platform), and each page says in the vendor's words that
// the product answers, generates, scores or replies with AI, a language model or a named AI provider. Hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to their entries:
// Zobite AI, banhang.ai, Viettel AI, Branding AI (branding.genesa.id), AttentionAI's horoscope bot, OneChat.ai, AI FOR
// THAI, Koder.ai, ChaseBot, Satria's WhatsApp chatbot, INVIAI, WhatsAuto, HolySheep, ReelMind, Tutorji, JEE2U,
// SpeakPal, Lessona, SlidesAI, Lilys AI, FlowHunt, O.Translator, Kotori, AISA (ai-serviceagent.com), BALAM AI, Dewata
// AI, Cekat.AI, PrepTalk (calltraai.com), LawWorld, IndiaTax.AI, TaxCorp, Explainables, Classmate AI (6senai), Sarvam,
// Gan.ai and Undetectable AI. Kaanha Saarthi (kaanha.guru, a Krishna chatbot) is a different product from the Kaanha
// AI WhatsApp CRM (kaanha.ai) that the seventeenth session's Asia pass listed.
//
// Measured with /work/helpers/classify-hosts.mts on the 379 hosts the searches returned (vendors, articles, news,
// stores and shared hosts alike): 37 classified before (9.8%), 81 (21.4%) after.
//
// Left out. Pages at a bare `?p=` or `?page_id=` address with no path (Asisten AI's asistenai.com, LovinBot, which two
// earlier passes also left for that reason, GitaQnA on krsh.org, Tek Ino's tek-ino.com, InterviewPrep); a UAT host
// (uat.batasgpt.com, BatasGPT's only page seen; uat.aiob.app); templates and placeholders (KopasAI's `[[TERMS_...]]`
// keys, Pranik's `[Date of Publication]`, Career Lift's support@example.com, deshika.xyz's school template,
// ai-innovation-my.it.com); a waitlist (MessengerMate Pro); pages that never say the product uses AI, or say it only
// in the brand name (line-bot-solution.com, mishu.my, aiflow.sg, miu.ai's terms, abcsales.ai, legalnoticeai.in,
// lawfirmai.in, neetwithai.com, aiastro.live, tuvidaiviet.com, careerkit.site, which names no country either, and
// WAIS on waixwais.uk, whose policies say "AI-powered services" without saying what they do);
// platforms where AI is one feature among human services (AstroKuberChat's human and AI astrologers, Sri Mandir's
// kundli consultations, ShreeKundli's chart software, Live Gita's courses, meetpakistan.com's marketplace, padu.ai's
// custom-bot agency, sg-aiaas.com's RAG services run on clients' own infrastructure, Aleas's own support bot,
// taxhelponline.in's CA chat); phone-only apps (Bangla.AI on jokercodes.net, AI Avatar BD, SolveKar, NEET Prep Easy on
// hlsrtech.com, LekhneSathi, Gita AI: Saathi); AI products made outside the region (AigoAGI, AI BBS, SozAI,
// DocReport's Indian page, Kosmic/AstroGPT on azentiq.ai, which names no country); vendors seen only on their blogs
// (TalentScreenr, RxNote, Nepal AI Hub, iApp's blog); a college's AI self-check platform (aclcselfcheck.online); a
// government farmers' portal (KisanSarathi); and shared platforms (pisobot.vercel.app, the running copy of PisoBot,
// interview-prep-gamma-pink.vercel.app, gita-ai-50ff3.web.app, lekhnesathi.pages.dev, sites.google.com,
// privacypolicy-omeworkai.blogspot.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const regionalC19SeaTools: Tool[] = defineTools(
  'chat',
  [
    // --- South-East Asia: chat assistants ---
    { id: 'sahabat-ai', name: 'Sahabat-AI', vendor: 'Indosat Ooredoo Hutchison', domains: ['sahabat-ai.com'], source: 'https://assets-sahabat-ai.ioh.co.id/privacynpolicy/privacypolicy.html' }, // Indosat's privacy notice for the Sahabat-AI chatbot at sahabat-ai.com: chats and files processed to deliver the service
    { id: 'ask-aiko', name: 'Ask Aiko', vendor: 'Resurgam Technology', domains: ['askaiko.com'], source: 'https://askaiko.com/terms' }, // terms: an AI assistant for Filipinos from a Philippine AI company
    { id: 'barangayai', name: 'BarangayAI', vendor: 'BarangayAI', domains: ['barangayai.com'], source: 'https://barangayai.com/privacy.html' }, // privacy: a chatbot for Filipino barangays powered by Anthropic's AI
    { id: 'capabara', name: 'Capabara AI Assistant', vendor: 'Straits Interactive', domains: ['capabara.com', 'capabara.straitsinteractive.com'], source: 'https://capabara.com/privacy_notice/' }, // data protection notice (Singapore): generative-AI chatbots and tools on the Capabara platform
    // --- South-East Asia: support, sales and automation bots ---
    { id: 'trolypage', name: 'Trợ Lý Page', vendor: 'SkyNet Solution', category: 'agents', domains: ['trolypage.com'], source: 'https://trolypage.com/en/terms-of-service' }, // terms (Vietnam): AI agents that answer customers on Messenger, Instagram and Zalo
    { id: 'pisobot', name: 'PisoBot', vendor: 'PisoBot', category: 'agents', domains: ['pisobot-ai.com'], source: 'https://www.pisobot-ai.com/terms' }, // terms (Philippines, PayMongo): AI chatbot builder for Messenger, replies by Claude
    { id: 'onami-ai', name: 'Onami AI', vendor: 'MMAI Technology', category: 'agents', domains: ['onami.asia'], source: 'https://onami.asia/privacy-policy' }, // privacy (Myanmar): an AI sales agent that takes orders on Facebook Messenger
    { id: 'magga-ai', name: 'Magga AI', vendor: 'Magga AI', category: 'agents', domains: ['maggagenticai.com'], source: 'https://maggagenticai.com/privacy' }, // privacy (Myanmar): AI agents and automation for customer service, sales and operations
    { id: 'ideai', name: 'IDEAI', vendor: 'PT Enigma Cipta Teknologi', category: 'agents', domains: ['ai.ideconnect.id'], source: 'https://ai.ideconnect.id/privacy-policy' }, // privacy (Indonesia): AI omnichannel customer platform, AI chatbot replies on WhatsApp
    { id: 'ashari-cloud', name: 'Ashari Cloud', vendor: 'Ashari Tech', category: 'agents', domains: ['ashari.cloud'], source: 'https://ashari.tech/kebijakan-privasi' }, // privacy (Indonesian): ashari.cloud is its AI automation platform with Gmail and Calendar
    { id: 'dicatetin', name: 'dicatetin', vendor: 'dicatetin', category: 'productivity', domains: ['dicatetin.id'], source: 'https://www.dicatetin.id/privacy' }, // privacy (Indonesian): an AI assistant bot that logs chat messages as transactions in Google Sheets
    { id: 'glocai', name: 'GlocAI', vendor: 'GlocAI Sdn Bhd', category: 'productivity', domains: ['glocai.com'], source: 'https://glocai.com/privacy-policy/' }, // privacy (Malaysia): tasks, reports and summaries generated from WhatsApp chats by its AI platform
    // --- South-East Asia: voice and teaching ---
    { id: 'lipvoice', name: 'LipVoice', vendor: 'Công ty Cổ phần Viễn thông 3G Việt Nam', category: 'audio', domains: ['lipvoice.net'], source: 'https://lipvoice.net/policies/terms-of-service2' }, // terms (Vietnamese): AI voice generation, voice samples in, AI speech out
    { id: 'cikguai', name: 'CikguAI', vendor: 'AIGC Sdn Bhd', category: 'writing', domains: ['cikguai.app'], source: 'https://cikguai.app/privacy' }, // privacy (Malaysia): AI teaching tools that generate content for teachers
    // --- South Asia: chat assistants and companions ---
    { id: 'sriai', name: 'SriAI', vendor: 'SriAI', domains: ['sriai.app'], region: 'india', source: 'https://sriai.app/privacy' }, // privacy (Sri Lanka): AI chat platform for Sri Lankan students, messages sent to Anthropic and others
    { id: 'zehnora', name: 'ZehnOra', vendor: 'ZehnOra (Pvt) Ltd', domains: ['zehnora.pk'], region: 'india', source: 'https://zehnora.pk/privacy' }, // privacy (Pakistan): AI-powered mental-health platform with an AI companion and OpenAI journal analysis
    { id: 'cosmicdasha', name: 'CosmicDasha', vendor: 'CosmicDasha', domains: ['cosmicdasha.com'], region: 'india', source: 'https://www.cosmicdasha.com/privacy' }, // privacy (Razorpay): kundli-based AI readings and chat from Groq, OpenAI or xAI
    { id: 'ai-astro-gpt', name: 'AI Astro GPT', vendor: 'AI Astro GPT', domains: ['aiastrogpt.com'], region: 'india', source: 'https://www.aiastrogpt.com/privacy' }, // privacy: AI astrology with Vedic horas, panchang and chart analytics
    { id: 'punjabi-dharti-ai-kundli', name: 'AI Kundli (Punjabi Dharti)', vendor: 'Punjabi Dharti', domains: ['kundli.punjabidharti.com'], region: 'india', source: 'https://kundli.punjabidharti.com/privacy.php' }, // privacy: kundli questions sent to an AI model through an API
    { id: 'kaanha-saarthi', name: 'Kaanha Saarthi', vendor: 'Kaanha Saarthi', domains: ['kaanha.guru'], region: 'india', source: 'https://app.kaanha.guru/privacy' }, // privacy: a spiritual AI chatbot answering as Krishna from the Bhagavad Gita, Hindi or English
    { id: 'talkkrishna', name: 'talkKrishna', vendor: 'talkKrishna', domains: ['talkkrishna.com'], region: 'india', source: 'https://www.talkkrishna.com/privacy' }, // privacy (Razorpay): AI-generated replies from Krishna for spiritual guidance
    { id: 'krishna-darshan', name: 'Darshan (krishnadarshan.live)', vendor: 'Darshan', domains: ['krishnadarshan.live'], region: 'india', source: 'https://www.krishnadarshan.live/privacy' }, // privacy (UPI): voice calls with an AI persona of Krishna grounded in the Gita
    // --- South Asia: exam tutors and answer graders ---
    { id: 'upsc-answer-check', name: 'UPSC Answer Check', vendor: 'UPSC Answer Check', category: 'other', domains: ['upscanswercheck.com'], region: 'india', source: 'https://www.upscanswercheck.com/legal/privacy' }, // privacy: UPSC answers evaluated by its AI evaluation models
    { id: 'jeetobharat', name: 'JeetoBharat', vendor: 'JeetoBharat', category: 'other', domains: ['jeetobharat.com'], region: 'india', source: 'https://www.jeetobharat.com/privacy' }, // privacy: AI-powered UPSC Mains answer evaluation through Google Gemini
    { id: 'neetsi', name: 'Neetsi', vendor: 'PeasTech AI Solutions', domains: ['neetsi.cloud'], region: 'india', source: 'https://neetsi.cloud/legal/privacy' }, // privacy: NEET practice with an AI tutor, invitation only
    { id: 'gatherai-homework', name: 'GatherAI Smart Homework Solutions', vendor: 'Smart Homework Solutions', domains: ['gatherai.in'], region: 'india', source: 'https://www.gatherai.in/privacy-policy.html' }, // privacy (Razorpay): homework questions answered using AI technology
    { id: 'bodhaka', name: 'Bodhaka BrightChalk', vendor: 'BuoyantWave Learning Technologies', domains: ['bodhaka.org'], region: 'india', source: 'https://bodhaka.org/terms-of-service' }, // terms: AI tutor and solver for NCERT classes 6 to 12
    // --- South Asia: interviews and resumes ---
    { id: 'interviewdosti', name: 'Interview Dosti', vendor: 'Interview Dosti', category: 'other', domains: ['interviewdosti.com'], region: 'india', source: 'https://interviewdosti.com/privacy' }, // privacy: mock interview rounds asked and scored by its AI
    { id: 'mockmind', name: 'MockMind', vendor: 'MockMind', category: 'other', domains: ['mockmind.in'], region: 'india', source: 'https://mockmind.in/privacy' }, // privacy (DPDP Act): AI mock interviews with AI feedback
    { id: 'mockwin', name: 'Mockwin', vendor: 'Mockwin Technologies', category: 'other', domains: ['mockwin.ai'], region: 'india', source: 'https://www.mockwin.ai/privacy-policy' }, // privacy: AI-powered recruitment, mock interview and candidate screening
    { id: 'grezlify', name: 'Grezlify', vendor: 'Grezlify', category: 'writing', domains: ['grezlify.com'], region: 'india', source: 'https://grezlify.com/legal/privacy' }, // privacy (DPDP Act): resume and cover-letter drafts by Anthropic's models
    { id: 'resumegenie-io', name: 'ResumeGenie', vendor: 'ResumeGenie', category: 'writing', domains: ['resumegenie.io'], region: 'india', source: 'https://www.resumegenie.io/privacy' }, // privacy (India): AI tailoring of resumes to a job, logged per AI action
    { id: 'ai-cv-coach', name: 'AI CV Coach', vendor: 'Shunyax Labs', category: 'writing', domains: ['aicvcoach.com'], region: 'india', source: 'https://aicvcoach.com/privacy' }, // privacy (Mumbai): paid resume tools generated by Claude
    { id: 'rezup', name: 'Rezup', vendor: 'Rezup', category: 'writing', domains: ['rezup.in'], region: 'india', source: 'https://www.rezup.in/privacy' }, // privacy (DPDP Act): AI tailoring analysis and AI bullet improvement for resumes
    { id: 'craftmyresume', name: 'CraftMyResume', vendor: 'CraftMyResume Labs', category: 'writing', domains: ['craftmyresume.org'], region: 'india', source: 'https://craftmyresume.org/privacy' }, // privacy (Bengaluru): cover letters and bullet rewrites from DeepSeek or Groq
    // --- South Asia: legal and tax helpers ---
    { id: 'nyaya-saathi', name: 'Nyaya Saathi', vendor: 'Uniqe Corporation', domains: ['legalaidai.in'], region: 'india', source: 'https://www.legalaidai.in/privacy-policy' }, // privacy: AI legal chat processed in real time, legal notices and contracts generated
    { id: 'legalmitra', name: 'LegalMitra', vendor: 'Sanmitra Tech', domains: ['legalmitra.sanmitratech.in'], region: 'india', source: 'https://www.legalmitra.sanmitratech.in/legal/privacy.html' }, // privacy: AI-powered legal assistant, queries sent to Claude and others
    { id: 'simplifylaw', name: 'SimplifyLaw', vendor: 'Tandsol', domains: ['simplifylaw.in'], region: 'india', source: 'https://simplifylaw.in/legal/privacy' }, // privacy: AI legal triage by Google Gemini and AI document generation
    { id: 'legal-setu', name: 'Legal Setu', vendor: 'Legal Setu', domains: ['legalsetu.co.in'], region: 'india', source: 'https://legalsetu.co.in/privacy' }, // privacy: AI-assisted legal information through an AI chat, advocates on booking
    { id: 'mylegalnotice', name: 'My Legal Notice India', vendor: 'My Legal Notice', category: 'writing', domains: ['mylegalnotice.in'], region: 'india', source: 'https://www.mylegalnotice.in/privacy-policy' }, // privacy: legal notices drafted through external AI LLM providers
    { id: 'dolil-ai', name: 'Dolil AI', vendor: 'Dolil AI', category: 'writing', domains: ['dolilai.com'], region: 'india', source: 'https://www.dolilai.com/privacy-policy' }, // privacy (Bangladesh): AI-powered legal document generator
    { id: 'taxtmi-ai', name: 'TaxTMI AI Tools', vendor: 'TaxTMI', category: 'search', urlPrefixes: ['www.taxtmi.com/ai'], region: 'india', source: 'https://www.taxtmi.com/ai/faq' }, // FAQ: AI Search, AI OCR and AI Drafter on the tax-law database, paid in AI credits
    // --- South Asia: support and sales bots ---
    { id: 'pkailabs', name: 'PKAILabs', vendor: 'PKAILabs', category: 'agents', domains: ['pkailabs.io'], region: 'india', source: 'https://pkailabs.io/privacy' }, // privacy (Lahore): WhatsApp Business AI assistants that reply on behalf of businesses
    { id: 'bondhubot', name: 'BondhuBot', vendor: 'Bondhu Labs', category: 'agents', domains: ['bondhubot.com'], region: 'india', source: 'https://bondhubot.com/privacy.html' }, // privacy (Bangladesh): AI-powered customer support on Facebook Messenger
  ],
  { checked: CHECKED_C19, region: 'southeast-asia' },
);
