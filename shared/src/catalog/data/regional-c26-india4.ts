// Twenty-sixth session, fourth India pass (2026-12-07, helper `india4`): AI products made in India or built mainly for
// Indian users that no entry claimed yet, beside the twelfth session's India list pass (data/regional-c12-india.ts),
// the twentieth session's India pass (data/regional-c20-india.ts), the twenty-second session's second India pass
// (data/regional-c22-india2.ts) and the twenty-fourth session's third India pass (data/regional-c24-india3.ts), whose
// rows are not repeated here. Here: astrology and kundli products whose readings come from AI (CosmicCues' AI Kundali
// reports, Astrozent, AstroReeti's Reeti AI); exam preparation (PrepGuru.AI, Spardha AI for Maharashtra's MPSC, police
// and talathi exams, ExamCoach AI's multilingual tutor); hiring (HireStrike's AI interviews and evaluation reports);
// health (Bharat Swasth's AI-read medical reports); consumer complaints (Nyay360's AI-drafted complaint letters); AI
// video for creators and brands (AIcreators for YouTube channels, ViralAi, TrueFan AI's Studio dubbing); fashion
// imagery and try-on (Ayna's AI apparel photoshoots, VDrape, DEZN.ai, Attira); property valuation (BannaAI); and AI
// receptionists and callers for Indian businesses (Dvaarik AI on WhatsApp, BookAIClinic, Naadham, QuotaHit).
//
// Leads. 39 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way Indian
// vendors word their own legal pages ("Private Limited", "Pvt. Ltd.", "Digital Personal Data Protection Act, 2023",
// "DPDP", "Information Technology Act, 2000", "Grievance Officer", Razorpay, GSTIN, Udyam) beside AI, AI-generated,
// LLM, by kind: kundli and guna-milan astrology, JEE/NEET/UPSC/CBSE/SSC/MPSC tutors and graders, legal AI for Indian
// law and consumer complaints, GST and income-tax notices, CA audit assistants, bookkeeping and Tally, agritech crop
// advice, health reports and AI scribes, HR, payroll and résumé screening, WhatsApp bots and AI receptionists, AI
// calling under TRAI rules, AI video and dubbing in Indian languages, Indic TTS and translation, real estate, matrimony
// and fashion try-on; and in Hindi ("गोपनीयता नीति", "कृत्रिम बुद्धिमत्ता", "एआई द्वारा उत्पन्न") and Tamil
// ("தனியுரிமைக் கொள்கை", "செயற்கை நுண்ணறிவு"). The Hindi and Tamil queries returned news and explainers only; the
// English queries anchored on Indian law found the rows below, as the earlier India passes found. Every row cites a
// page with a path on the product's own host where the vendor says the product reads, generates, answers, evaluates,
// calls or replies with AI, a language model or a named model provider. Hosts were run through
// /work/helpers/classify-hosts.mts, and names grepped in data/ and in the other helpers' c26 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 261 hosts the searches returned (vendors, news, blogs,
// regulators, directories and shared hosts alike, in /work/helpers/out/india4-hosts.txt): 55 classified before (21.1%),
// 77 after (29.5%).
//
// Already listed and left to their entries: ApnaAstroAI, the Punjabi Dharti AI kundli subdomain, CosmicDasha,
// Explainables, UPSC Answer Check, JeetoBharat, ReconGST, GST Notice AI, GST Clarity AI, Your AI Accountant, AutoTally,
// LexNeethi AI, LawWorld, Legal Setu, AskBharat AI, Ashan, KALI-AI, VED Saarthi, Indiagram, ChatOrbit, AI Virtual
// Staff, Kalcend, AiReply, AutoReply AI, Mentigo (its stage host was met), ComAI, PropertiesAI, Kheti Sahayak, KoroAI
// (kisaansahayak.com), KisanDost (bhartiyaai.in), Cultagrix, Neetsi, ProfileRoaster, ResumeAI (resuma.sarthum.com),
// Sarvam, Gan.ai, Caller Digital, and, not Indian, Tewtor, TutorAI, texthors, SoundScript, MultiVoice, Dubbix and
// GandivAI.
//
// Doubtful rows: Naadham is read from a support page on its AI caller's TRAI calling window and AI disclosure (an
// Indian number in the example), which names no company; QuotaHit and TrueFan AI are read from their own blogs, where
// the founder calls QuotaHit an AI sales department for Indian SMBs and TrueFan names its Studio as the platform for
// dubbing at scale; Nyay360's notice names a US-style LLC ("Wealth Building Academy LLC") but prices complaints in ₹
// and drafts them under Indian consumer law; BookAIClinic is run by a Delhi LLP and bills through Lemon Squeezy, its
// support e-mail on cliniczon.ai (not read, not claimed); Spardha AI is run by one person in Sangamner, not yet
// incorporated; VDrape's policy (on vdrape.com) says the platform is served at visualvastra.com, and both hosts are
// claimed; Astrozent's policy carries the tagline "AI-only. No human ops" and speaks of improving its AI models;
// ExamCoach AI names India only through its .in host, classes and multilingual tutor.
//
// Left out. Placeholders and drafts: talentseva.com ("[Platform Name]"), saanvibot.ujss.in
// ("[YOUR_LEGAL_COMPANY_NAME]"), talktomahak.com ("[LEGAL ENTITY NAME]"), pranik.ai's doctor consent notice ("[Date of
// Publication]"), xfactorupsc.com (an AI answer-evaluation platform whose privacy contact is privacy@example.com: a
// lead once filled in), propertypointers.com ("[Registered Office Address]"), bizlumoai.com ("[REPLACE: registered
// company name]"), raamvas.com ("AI Healthcare MVP"). Test, stage, demo and ?p= pages: test-interview.hrone.studio,
// dev.v1.incruiter.com, phase8test.agrismart.roshiya.com, demo-landandhome.mobiloitte.io, interviewprep.co.in's policy
// (a ?p= page: a lead), krishigk.com, aiinterview.in. Pages that do not say the product uses AI, or only in its name:
// neetwithai.com, labaisistant.com (a lab-report reader in Hindi, Malayalam and Marathi: a lead), aiugc.ad,
// examcrackai.com, prepsarthiai.com, currentiasprep.com, aidigitalhealth.com, yourhealthbuddy.in, resumio.ai's payment
// terms, reelgenix.com, pingal.virbhumi.com, app.thesmartrecruit.ai, chat.realtyconnect.tech ("chat assistant" only),
// ailaysa.com's terms (human translation and post-editing services: a lead for its AI platform). General products where
// AI is one feature: upscclearcut.com (a UPSC platform with a Gemini doubt helper), neetcodex.com,
// neet.apollomedskills.com as before, sanxam.com (AI writes its question bank; users never talk to it), primedin.ai
// (video hosting), propcapital.ai and propleadindia.com (property portals), vivah.vip and swayamvar.live (matrimony
// portals with AI matching: the latter calls itself AI-powered, a judgement), meetpeopleos.com (HRMS),
// lkgforhospital.com (hospital software), databus.co's SchoolDeck, kundli-guide.srimandir.com (human astrologers),
// shaye.co.in (a fashion label's try-on), qulfruits.com's FarmIT (an orchard-installation company's app),
// agent.myresellerhub.com. Apps on a developer's or company's general host: hlsrtech.com's NEET Prep Easy,
// guldarlabs.com's MedZ, aihealth.sampharmabr45.in. Agencies, consultancies and services: surtaistudio.com,
// automationintelligence.in, ginfomedia.in, softechinfra.com, matterlabs.in (AI installs for law firms: a lead),
// wedding-studio.dulhanworld.in. Vendor blogs that do not describe the vendor's own product: ondial.ai and vyora.ai
// (TRAI rules for AI calling), rusom-ai.com (an income-tax notice guide: a lead), clarivisintelligence.com,
// nestai.chirai.dev (private AI for CA firms: a lead), patientsquare.com's Indian-language scribe post (a global clinic
// platform). Not shown to be Indian: mrigai.com (an AI try-on app naming Myntra, no country: a lead). Shared platforms:
// myaiseva-frontend-build.pages.dev (MYAISEVA's AI astrology policy for dineshai.com: a lead once its own host is
// read), prokai-official.vercel.app, upscainotes.pages.dev (for upscainotes.in: a lead), kaagzaat.pages.dev,
// giftrix-ai-agent.…workers.dev, sites.google.com, app.notion.com. ICAI's CAGPT (ai.icai.org/cagpt) was met only in a
// consultancy's blog; its own page was not read (a lead for a URL-prefix entry on ai.icai.org). NeuralGarage's
// VisualDub was met only in news.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const regionalC26India4Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Astrology and kundli ---
    { id: 'cosmiccues', name: 'CosmicCues', vendor: 'CosmicCues (OPC) Private Limited', category: 'other', domains: ['cosmiccues.com'], source: 'https://cosmiccues.com/info/Privacy%20Policy' }, // privacy (DPDPA, IT Act, GST): an AI-based platform for Vedic astrology whose AI Kundali reports are generated from birth details
    { id: 'astrozent', name: 'Astrozent', vendor: 'Astrozent', category: 'other', domains: ['astrozent.com'], source: 'https://www.astrozent.com/privacy' }, // privacy (DPDPA, Razorpay, WATI): an "AI-only" astrology service generating kundli and horoscope reports, with its own AI models
    { id: 'astroreeti', name: 'AstroReeti', vendor: 'Intellara Technologies Private Limited', category: 'other', domains: ['astroreeti.com'], source: 'https://astroreeti.com/terms' }, // terms: Vedic astrology apps with Reeti Chat, an AI assistant governed by its own section of terms and disclaimers

    // --- Exams and tutoring ---
    { id: 'prepguru-ai', name: 'PrepGuru.AI', vendor: 'PrepGuru.AI', category: 'productivity', domains: ['prepguru.ai'], source: 'https://prepguru.ai/policies/termsandconditions.html' }, // terms: an AI-based test-prep platform run by a company registered in New Delhi
    { id: 'spardha-ai', name: 'Spardha AI', vendor: 'Spardha AI', domains: ['spardhaai.in'], source: 'https://www.spardhaai.in/privacy-policy' }, // privacy (DPDP Act, Razorpay): quizzes, doubt answers and answer evaluation for Maharashtra's MPSC, police and talathi aspirants, processed by Anthropic, Google and Sarvam
    { id: 'examcoach-ai', name: 'ExamCoach AI', vendor: 'ExamCoach AI', domains: ['examcoachai.in'], source: 'https://examcoachai.in/privacy-policy' }, // privacy: a multilingual AI tutor answering students' questions and generating quizzes, notes and question papers by class and subject

    // --- Hiring ---
    { id: 'hirestrike', name: 'HireStrike', vendor: 'AuraInterview Technologies Private Limited', category: 'productivity', domains: ['hirestrikecareer.com'], source: 'https://www.hirestrikecareer.com/privacy' }, // privacy (DPDPA 2023): an AI-powered career and recruitment platform with recorded interviews and AI-generated evaluation reports

    // --- Health and consumer complaints ---
    { id: 'bharat-swasth', name: 'Bharat Swasth', vendor: 'TechSpeak Solutions', category: 'other', domains: ['bharatswasth.com'], source: 'https://www.bharatswasth.com/privacy-policy' }, // privacy: medical reports uploaded by app, WhatsApp or Telegram are OCR-read and analysed, with AI-generated results and regional health recommendations
    { id: 'nyay360', name: 'Nyay360', vendor: 'Wealth Building Academy LLC', category: 'writing', domains: ['nyay360.com'], source: 'https://www.nyay360.com/ai-disclaimer' }, // AI notice: consumer complaint letters drafted with Anthropic and OpenAI models, ₹99 to unlock a complaint

    // --- Video for creators and brands ---
    { id: 'aicreators-cloud', name: 'AIcreators', vendor: 'Ganakys Codilla Apps (OPC) Private Limited', category: 'video', domains: ['aicreators.cloud'], source: 'https://aicreators.cloud/privacy' }, // privacy (DPDP Act, GSTIN, Razorpay): videos, images, scripts and narration generated with AI and published to the user's YouTube channels
    { id: 'viralai-in', name: 'ViralAi', vendor: 'ViralAi', category: 'video', domains: ['viralai.in'], source: 'https://viralai.in/privacy' }, // privacy (Cashfree, phone OTP): an AI video-generation service whose prompts and references go to BytePlus's model
    { id: 'truefan-ai', name: 'TrueFan AI', vendor: 'TrueFan AI', category: 'video', domains: ['truefan.ai'], source: 'https://www.truefan.ai/blogs/video-dubbing-accuracy-metrics' }, // own blog: Studio by TrueFan AI for AI dubbing and localisation of video into Indian languages at scale

    // --- Fashion imagery and try-on ---
    { id: 'ayna-studio', name: 'Ayna Studio', vendor: 'Ayna AI Pvt. Ltd.', category: 'image', domains: ['getayna.com'], source: 'https://www.getayna.com/legal/terms' }, // terms (Bangalore): an AI content-generation platform for apparel photoshoots from flatlays or on-model shots, with custom AI models
    { id: 'vdrape', name: 'VDrape', vendor: 'Visual Vastra Technologies', category: 'image', domains: ['vdrape.com', 'visualvastra.com'], source: 'https://www.vdrape.com/privacy' }, // privacy (DPDPA, IT Act): AI virtual garment try-on images generated with Google Gemini and labelled AI-generated
    { id: 'dezn-ai', name: 'DEZN.ai', vendor: 'DEZN AI', category: 'image', domains: ['dezn.ai'], source: 'https://dezn.ai/terms' }, // terms (DPDP Act): a B2B AI fashion-design assistant generating fashion images and designs for designers' clients
    { id: 'attira', name: 'Attira', vendor: 'Tricore Technologies Private Limited', category: 'other', domains: ['attira.org'], source: 'https://attira.org/terms.html' }, // terms (laws of India): an AI-powered wardrobe and styling app with AI outfit recommendations and virtual try-on

    // --- Property ---
    { id: 'bannaai', name: 'BannaAI', vendor: 'BannaAI RealtyTech Private Limited', category: 'other', domains: ['bannaai.com'], source: 'https://www.bannaai.com/privacy' }, // privacy (DPDPA, IT Act, DPIIT startup): an AI-powered real-estate valuation platform with WhatsApp services

    // --- Receptionists and callers for businesses ---
    { id: 'dvaarik-ai', name: 'Dvaarik AI', vendor: 'Dvaarik AI', category: 'agents', domains: ['dvaarik.com'], source: 'https://www.dvaarik.com/privacy' }, // privacy (Hyderabad, Razorpay): an AI receptionist that books appointments with a business's customers over WhatsApp
    { id: 'bookaiclinic', name: 'BookAIClinic', vendor: 'SnapHyr LLP', category: 'agents', domains: ['bookaiclinic.com'], source: 'https://bookaiclinic.com/privacy' }, // privacy (Delhi NCR LLP): an AI phone receptionist for dental and paediatric clinics, conversations handled by Anthropic
    { id: 'naadham-ai', name: 'Naadham', vendor: 'Naadham', category: 'agents', domains: ['naadham.ai'], source: 'https://naadham.ai/support/how-naadham-keeps-outbound-calls-compliant' }, // support page: a clinic AI calling agent that states it is an AI on every outbound call, within TRAI calling hours in India
    { id: 'quotahit', name: 'QuotaHit', vendor: 'QuotaHit', category: 'agents', domains: ['quotahit.com'], source: 'https://www.quotahit.com/blog/trai-compliance-ai-calling-india-2026' }, // founder's blog: QuotaHit, an AI sales department with AI calling agents for Indian SMBs, under TRAI rules
  ],
  { checked: CHECKED_C26, region: 'india' },
);
