// Twenty-fifth session, second regional pass for Africa (2026-12-07, helper `africa2`): AI products made in Africa or
// built mainly for African users that no entry claimed yet, beside the twenty-third session's Africa pass
// (data/regional-c23-africa.ts) and the Middle East and Africa passes (data/regional-c18-mea.ts, data/regional-c19-mea2.ts,
// data/regional-c21-mea3.ts, data/regional-c24-mea4.ts), whose rows are not repeated here. Here: AI study tools for
// Nigerian JAMB candidates and university students (JambDoctor, StudyHub AI, QuizLens AI), Zambia's ZedExams with its
// Ask Zed study assistant, and Zimbabwe's ministry-run MoPSE Learners Hub on WhatsApp; South African AI career and
// interview tools (CareerAgent, JobSpark); AI health assistants for Nigeria and Cameroon (OgaDoctor's Alex, MediKonnex
// AI Health, Nuwell AI's food and calorie coach); South African AI clinical-documentation assistants (AURALIT-i, Therapy
// Assistant) and, met on the way, Vivalyn MedScribe's South African scribe page; a Nigerian AI legal-research and
// drafting tool (JurisAid); and a Moroccan AI invoice-extraction service taking invoices over WhatsApp (Factourti).
//
// Leads. 35 look-ups, all in the stored `pages` corpus (the brief's limit), counted as they were made. Queries anchored
// on data laws and company forms alone ("(Pty) Ltd" + POPIA, Kenya's DPA 2019, Egypt's Law 151/2020, Morocco's loi
// 09-08, Rwanda's law 058/2021, Uganda's DPPA 2019, Amharic with Telebirr and Chapa) returned law-firm articles,
// regulators' pages, consultants' guides and telecom news almost only, as the c23 pass found; the French queries (CGU,
// SARL Casablanca/Dakar/Abidjan, Orange Money/Wave, Tunisian dialect) returned telecom and payment terms, news and
// agencies, and one row (Factourti). Queries naming a kind of AI product together with an exam, profession or country
// (AI tutor for WAEC/JAMB, BECE/WASSCE, ZIMSEC/UNEB/NECTA, university lecture notes with Paystack; AI health assistant
// under NDPA; AI medical scribe under POPIA and HPCSA; AI mock interviews and CVs in South Africa; AI legal research for
// Nigerian lawyers) found the rest. Several productive queries mostly returned listed tools (ExamsTutor AI, Tueri Prep,
// CampusTutor, Zenai, ChatPilot, AI Chat, MediScribe AI, EthiopicAI, Omnibot, Spitch, Intron, ajala, MogsApp, The AI
// Jurist). Every row cites a page with a path on the product's own host where the vendor says the product answers,
// generates, transcribes, extracts or assesses with AI or a named model (OpenAI, Anthropic's Claude, Whisper). Hosts were
// run through /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c25 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 233 hosts the searches returned (vendors, news, regulators, law
// firms, consultants, telecoms and shared hosts alike, in /work/helpers/out/africa2-hosts.txt): 19 classified before
// (8.2%), 34 after (14.6%).
//
// Already listed and left to their entries: ExamsTutor AI, Tueri Prep (prep.tueri.ng, claimed by c18), CampusTutor,
// Zenai, ChatPilot, AI Chat (ai-chat.co.za), MediScribe AI (South Africa, in the easteu pass), EthiopicAI, Omnibot
// (omni.airbot.cloud), Spitch, Intron's voice docs, ajala, MogsApp, The AI Jurist, Sag-AI, and the earlier passes' left-out
// hosts met again (AceJAMB, which c18 left out as an exam-practice site with an AI feature; jobradarng's drafts;
// goexploreandlearn.com's placeholders; healthgridafrica.ng.calgarypot.ca; nzoka.com.kikodi.com; howzitai.pages.dev;
// ai-mashinani-compass.vercel.app; schoolcbt-dev.pages.dev; kinyaai.up.railway.app; systinfo.ai; webservice.ma;
// artificial-intelligence.org.za; mwakili.com's plain-text Act page; whatbot.sn).
//
// Subdomains claimed alone: 237.medikonnex.com (MediKonnex AI Health's Cameroon site; the root of medikonnex.com was not
// read) and factourti.abrigo.ma (Factourti, published by ABRIGO SARL, whose own host abrigo.ma was not read). JambDoctor's
// notice sits on autopsy.jambdoctor.com and names JambDoctor.com as the controller, so the whole domain is claimed.
//
// Doubtful rows: JambDoctor sells a 30-question JAMB diagnostic whose predicted score and "fix plan" are written by
// Anthropic's Claude; the plan is the paid deliverable, so it is counted (AceJAMB, whose AI gives tips beside question
// practice, stays out as c18 decided). ZedExams is a learning platform for Zambian Grade 4-7 whose policy names an AI
// study assistant (Ask Zed) and AI tools with a generation history; AI is a main part, not the whole. QuizLens AI names no
// country; it is counted as African from billing through Paystack only, with mobile-money credentials, a judgement.
// JobSpark's page is an early-access notice warning that AI interview feedback may be wrong and that some site content is
// illustrative; the AI interview practice itself is what it offers. Therapy Assistant's terms call the service a
// "Clinical Documentation System" for HPCSA-registered professionals; the row takes the host's name. Vivalyn MedScribe's
// page is a South Africa landing page of a vendor whose home country is not stated, so its row keeps the 'global' region.
//
// Left out. Staging and drafts: staging.pasango.com (Pasango, an AI-powered gamified exam-prep platform for Ghanaian
// JHS/SHS students: a lead once its production host is read), juraai.online (a Nigerian legal AI whose policy calls itself
// a placeholder draft), examia.online ("[OPERATOR NAME]"), wenzi.co.za ("[your full name / registered company name]").
// Pages that do not say the product uses AI: metaschoolai.com (Metaschool Ltd's Ghana Act 843 policy: a lead),
// mutyairi.co.zw, aitanzania.online (a school document generator), zeilatech.com's BECE past-questions app, ace-naija.com,
// mathify.co.za, sautikit.com (a Kenyan voice API), gebeyalay.com (a marketplace, not Gebeya Dala), maxicli.com.
// General products where AI is one feature or none: gibirnegari.com (Ethiopian accounting with AI requests), garean.com
// (order management), akilimo.org (IITA's cassava advice built with crop models and machine learning), nile.ng,
// campusassist.com.ng, tabriz.ng (an employer's applicant notice), medi-chat.org and dsokenya.com (human telemedicine),
// jurisciti.com, kenyantutors.com, matric2tertiary.co.za, rayselearning.com. Vendor guides that do not describe the
// vendor's own product: greennotes.co.za's AI-scribe buyer's guide (a lead), doubledownai.co.za's blog,
// jurisaid.ng's blog (its privacy page is cited instead). Products whose country is not shown: botbat.io (an AI chatbot
// company styled "BOTBAT FOR AI APPLICATIONS AND SERVICES CO. L.L.C": a lead), cv.belycan.com (Dr CV), careerintelpro.com.
// A help page on a general software vendor's host: accfinsky.co.za's AI TAXMAN (Sky Software's SARS-query assistant: a
// lead once its own host is seen). A SANA WhatsApp medical-information service for Kenya on aztivate.org that does not say
// it uses AI. Shared platforms: howzitai.pages.dev (Howzit AI, Orbitfin (Pty) Ltd: a lead for howzitai.co.za),
// tax-app-phi.vercel.app (TaxSort), profit-finders-ke.pages.dev, evision-online.web.app (EVisionSA's AI Holland-code
// assessment: a lead), diamondbelema.github.io (EXPO), umarkhemis.github.io (Fasiri's Ugandan-language TTS docs),
// devpost.com's FarmDoc, sites.google.com's Nigerian Constitution & Laws app, kinyaai.up.railway.app.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const regionalC25Africa2Tools: Tool[] = defineTools(
  'other',
  [
    // --- Study and exams ---
    { id: 'jambdoctor', name: 'JambDoctor', vendor: 'JambDoctor.com', domains: ['jambdoctor.com'], source: 'https://autopsy.jambdoctor.com/privacy' }, // privacy (NDPA 2023): a JAMB diagnostic whose personalised fix plans are generated by Anthropic's Claude from the candidate's answers; Paystack billing
    { id: 'studyhub-ai-ng', name: 'StudyHub AI', vendor: 'StudyHub AI', category: 'productivity', domains: ['studyhubai.xyz'], source: 'https://www.studyhubai.xyz/privacy' }, // privacy (NDPA 2023): an AI study companion whose note summaries, flashcards and exam predictions come from Anthropic's Claude; Paystack billing
    { id: 'quizlens-ai', name: 'QuizLens AI', vendor: 'QuizLens AI', category: 'productivity', domains: ['quizlensai.com'], source: 'https://quizlensai.com/privacy' }, // privacy: an AI study platform for university students that turns uploaded materials into AI-generated quizzes, flashcards and study plans; Paystack and mobile money
    { id: 'zedexams', name: 'ZedExams', vendor: 'ZedExams', domains: ['zedexams.com'], source: 'https://zedexams.com/privacy' }, // privacy: a Zambian learning platform for Grade 4-7 with the Ask Zed AI study assistant and AI tools that keep a generation history
    { id: 'mopse-learners-hub', name: 'MoPSE Learners Hub', vendor: 'Ministry of Primary and Secondary Education (Zimbabwe)', category: 'chat', domains: ['learnershub.co.zw'], source: 'https://www.learnershub.co.zw/privacy-policy' }, // privacy (Zimbabwe CDPA 2021): a WhatsApp chatbot for learners with AI-powered learning and wellbeing tools; OpenAI generates the responses
    // --- Careers and interviews ---
    { id: 'careeragent-za', name: 'CareerAgent', vendor: 'CareerAgent', domains: ['careeragent.co.za'], source: 'https://careeragent.co.za/refund' }, // refund policy: a paid AI-powered career assessment for South African students that generates recommendations in one session
    { id: 'jobspark-za', name: 'JobSpark', vendor: 'JobSpark', category: 'productivity', domains: ['jobspark.co.za'], source: 'https://jobspark.co.za/features/early-access' }, // early-access notice: AI interview practice; warns the AI's answers and feedback may be wrong and uses practice data to improve its AI model
    // --- Health assistants ---
    { id: 'ogadoctor', name: 'OgaDoctor', vendor: 'OgaDoctor', category: 'chat', domains: ['ogadoctor.com.ng'], source: 'https://ogadoctor.com.ng/privacy-policy' }, // privacy: the Alex AI Health Assistant chat widget that answers health symptoms and questions on a Nigerian site
    { id: 'medikonnex-ai-health', name: 'MediKonnex AI Health', vendor: 'MediKonnex', category: 'chat', domains: ['237.medikonnex.com'], source: 'https://237.medikonnex.com/privacy' }, // privacy (Cameroon Law 2010/012): an AI-powered health assistant that answers health questions and symptom descriptions
    { id: 'nuwell-ai', name: 'Nuwell AI', vendor: 'Nuwell AI', domains: ['nuwellai.com'], source: 'https://nuwellai.com/privacy-policy' }, // privacy (NDPR): a calorie tracker and food-recommendation service whose AI health features generate meal and fitness suggestions
    // --- Clinical documentation ---
    { id: 'auraliti', name: 'AURALIT-i', vendor: 'AURALIT-i', category: 'meeting', domains: ['auraliti.app'], source: 'https://www.auraliti.app/faqs' }, // FAQ (POPIA, a South African company): an AI assistant that listens to consultations and generates clinical notes, SOAP reports and referral letters
    { id: 'therapy-assistant-za', name: 'Therapy Assistant', vendor: 'Therapy Assistant', category: 'meeting', domains: ['therapyassistant.app'], source: 'https://therapyassistant.app/policies' }, // terms: an AI-powered documentation assistant for HPCSA-registered therapists (voice-to-text notes, AI-assisted drafting), paid in ZAR tokens
    { id: 'vivalyn-medscribe', name: 'Vivalyn MedScribe', vendor: 'Vivalyn Labs', category: 'meeting', domains: ['vivalynlabs.com'], region: 'global', source: 'https://www.vivalynlabs.com/ai-medical-scribe-south-africa' }, // South Africa page: an AI medical scribe that drafts clinical notes from consultations, for POPIA- and HPCSA-bound clinicians
    // --- Legal and business documents ---
    { id: 'jurisaid', name: 'JurisAid', vendor: 'JurisAid', category: 'search', domains: ['jurisaid.ng'], source: 'https://jurisaid.ng/privacy' }, // privacy (NDPR): legal texts and prompts submitted to its AI tools for analysis, drafting, search and comparison; Paystack credits
    { id: 'factourti', name: 'Factourti', vendor: 'ABRIGO SARL', category: 'productivity', domains: ['factourti.abrigo.ma'], source: 'https://factourti.abrigo.ma/fr/cgv' }, // CGV (French, MAD pricing): invoices processed by artificial intelligence (OCR) to extract supplier, amounts, VAT and ICE, sent over WhatsApp
  ],
  { checked: CHECKED_C25, region: 'africa' },
);
