// Twenty-third session, regional pass for Africa (2026-12-07, helper `africa`): AI products made in Africa or built
// mainly for African users that no entry claimed yet, beside the eighteenth, nineteenth and twenty-first sessions'
// Middle East and Africa passes (data/regional-c18-mea.ts, data/regional-c19-mea2.ts, data/regional-c21-mea3.ts), whose
// rows are not repeated here. Here: AI tutors and marking for South African CAPS/NSC and Kenyan CBC learners (CAT
// Mentor, Darasa Live, Mwalimu App, Elimu Bora, ExamMark), a South African AI career-guidance tool (Thandi) and two CV
// and interview tools (ITSAGO AI, AK035's CV tool); Kenyan, Nigerian and livestock farm advisers (ShambaIQ, CropSentry,
// FarmPaddy); South African and Nigerian AI receptionists and voice agents (ReceptionAI, VoiceReceptionist.co.za, Magana
// AI, Ekaette); WhatsApp AI agents for Ghanaian and Moroccan businesses and a Ghanaian MoMo assistant (Kassa AI, Replyk,
// PrestoQ); a Nigerian WhatsApp finance assistant for small businesses (BizPulse); a Ugandan legal-research AI
// (Wakilii); and a Nigerian multi-bot AI assistant app (Bamaja).
//
// Leads. 40 look-ups in the stored `pages` corpus (the brief's limit). Queries anchored only on data laws (NDPA 2023,
// POPIA, Kenya's Data Protection Act 2019, Ghana's Act 843, Egypt's Law 151, Morocco's loi 09-08, Rwanda's law
// 058/2021, Uganda's DPPA 2019, Tanzania's PDPA 2022, Senegal's loi 2008-12) returned law-firm articles, regulators'
// pages and news almost only, as the earlier passes found; French (CGU, FCFA, Wolof, Darija) and Arabic (Egyptian
// Thanaweya, سياسة الخصوصية) queries returned news, telecom terms and listed products. English queries worded the way
// vendors word their own policies, naming a kind of product (AI tutor for CBC/KCSE or CAPS/NSC, AI marking, crop
// doctor, AI receptionist, voice agent in Yoruba/Hausa/Pidgin, WhatsApp assistant for Ghanaian or Nigerian businesses,
// AI legal research) together with a country or company form ("(Pty) Ltd", "Limited"), found every row. Every row
// cites a page with a path on the product's own host (for CAT Mentor, Mwalimu App, PrestoQ and Magana AI the claimed
// subdomain), and each page says in the vendor's words that the product tutors, marks, answers, diagnoses, calls,
// replies or generates with AI or named model providers. Hosts were run through /work/helpers/classify-hosts.mts and
// names grepped in data/ and in the other c23 worktrees first: no clash.
//
// Measured with /work/helpers/classify-hosts.mts on the 268 hosts the searches returned (vendors, news, regulators,
// law firms, blogs and shared hosts alike, in /work/helpers/out/africa-hosts.txt): 21 classified before (7.8%), 40
// after (14.9%; the two URL prefixes do not reach the bare hosts listed).
//
// Already listed and left to their entries: ChatPilot, AI Chat (ai-chat.co.za), ExamsTutor AI, Juahaki AI, DexaGPT,
// AbokiWise, CipherSense and CropSense, EthiopicAI, AIDEVELOPIA, Omnibot (Airbot), WhatsApp AI Sales (whatssale.online),
// CropCare AI (trycropcareai.com), and the earlier passes' left-out
// hosts met again (selwyze.ai, newhigheducation.com, smartcomplaint.aiforghana.com, mail.aisorted.co.za, whatbot.sn,
// zenzoconnect.com, civiqli.com's `?p=` page, kira-ai.vercel.app, the agencies' POPIA articles).
//
// Subdomains claimed alone because the parent is a company site, not the AI product: catmentor.aolc.tech (AOLC's
// CAT Mentor), mwalimu.tufeafrica.com (the Mwalimu App), q.prestoghana.com (PrestoQ) and magana.devit.i.ng (Magana AI).
// Two AI sections are claimed as URL prefixes: itsago.app/prep, where ITSAGO AI's policy sits (the root of itsago.app
// was not read), and ak035.co.za/cvtools, the CV tool of Abridged Knowledge 035, whose site is otherwise not an AI tool.
//
// Doubtful rows: Thandi calls itself beta software, but its legal pages name a registered company and an operating
// AI career-guidance service for schools; FarmPaddy's policy also covers a loan-status portal for the same farmers,
// but the Animal AI question service is what the site offers; CropSentry's detector is an image classifier, not a
// language model, but its policy calls it AI-powered and trains it on uploaded leaves; Elimu Bora's policy framework
// calls the whole platform AI-powered without naming a model.
//
// Left out. Pages with placeholders or drafts (wakili.pro's "PVT-XXXXXX", zentrya.co.za's "{Registered company name}",
// adwumagh.com's "[LEGAL ENTITY NAME]" draft, momosense.app's "[INSERT DPC REGISTRATION NUMBER]", jobradarng.com's and
// collegecbt.ewinproject.org's "review before launch" drafts, zeltra.app, voiceinsights' draft on pages.dev); a staging
// host (staging.nija.africa: Nija, a pan-African multi-model chat hosted in Cape Town, a lead for its production host);
// a homepage without a path (ntivoedtech.co.za's Langa Assess, on Google Vertex AI: a lead); a `?p=` page
// (navolet.com); a policy on another company's host (casgir.com for Tally AI Limited's tallyai.ng;
// healthgridafrica.ng.calgarypot.ca for HealthGrid Africa's triage AI in Hausa, Yoruba, Igbo and Pidgin: leads);
// pages that say AI only in the brand name (usevoiceagent.ai, EqualyzAI's VoiceAgents: a lead) or do not say the
// product uses AI (mwakili.com's plain-text Act page, though the press calls M-Wakili a legal AI chatbot: a lead;
// easyhire.ng; capskit.co.za); general products where AI is one feature (school.ditshego-ventures.co.za's study
// platform, shambacare.com's farm marketplace, xhosadev.com's job platform, aftermatricapp.co.za, careerlinkafrica.com,
// zoboledger.com's bookkeeping, buychat.ng's marketplace, momoneyo.com's crowdfunding, rdv.efalit.com's appointment
// booking with an AI assistant page); an agency (woblar.com, which builds custom agents); a vendor blog that describes
// the market, not its product (maraba.ai); products whose pages name no country (mthandizi.com's Mthandizi Pro, a
// Chichewa-named AI assistant for organisations: a lead; app.doctorji.net;
// docs.palysales.com; dragonai.systems); a Delaware company's policy read on a host that names another brand
// (voicenta.com for Vozante); and shared platforms (cropaite-landing.pages.dev and gweens-agritech.pages.dev, Kenyan
// crop-disease apps; coruscating-sunflower-c52554.netlify.app, a CBC tutor; agrisphere-fram.netlify.app;
// matricbaseprivate.netlify.app; automarking.netlify.app; opti-site-tau.vercel.app).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const regionalC23AfricaTools: Tool[] = defineTools(
  'other',
  [
    // --- Education: CAPS/NSC and CBC tutors, AI marking, careers and CVs ---
    { id: 'cat-mentor-aolc', name: 'CAT Mentor', vendor: 'AOLC (Pty) Ltd', category: 'chat', domains: ['catmentor.aolc.tech'], source: 'https://www.catmentor.aolc.tech/privacy.php' }, // privacy (POPIA): an AI tutor for Grade 10-12 CAT learners; chat messages are sent to OpenAI to generate the tutoring responses
    { id: 'darasa-live', name: 'Darasa Live', vendor: 'Darasa Live', category: 'chat', domains: ['darasalive.com'], source: 'https://darasalive.com/safeguarding' }, // safeguarding page (Kenya DPA 2019): an AI tutor for Kenyan Grade 1-9 learners that stays on KICD CBC topics, in English or Kiswahili
    { id: 'mwalimu-app-tufe', name: 'Mwalimu App', vendor: 'Mwalimu App', category: 'productivity', domains: ['mwalimu.tufeafrica.com'], source: 'https://mwalimu.tufeafrica.com/ai-policy' }, // AI policy: lessons and curricula generated by AI behind guardrails, AI marking with a human-review band, a Kenya AI policy fit
    { id: 'elimu-bora-africa', name: 'Elimu Bora', vendor: 'Elimu Bora', domains: ['elimubora.africa'], source: 'https://elimubora.africa/safety-privacy-accessibility-policy-framework' }, // policy framework (Kenya DPA 2019, Children's Act 2022): an AI-powered learning platform for students, parents, teachers and schools
    { id: 'exammark-ai', name: 'ExamMark', vendor: 'ExamMark', category: 'productivity', domains: ['aigrading.co.za'], source: 'https://aigrading.co.za/trust' }, // trust page (POPIA): AI marking of school scripts overnight into annotated PDFs, signed off by subject experts
    { id: 'thandi-ai', name: 'Thandi', vendor: 'THANDI AI (PTY) LTD', domains: ['thandi.online'], source: 'https://www.thandi.online/legal/disclaimers' }, // disclaimers: an AI-powered career-guidance tool for South African learners whose university recommendations come from AI predictions
    { id: 'itsago-ai-prep', name: 'ITSAGO AI', vendor: 'ITSAGO AI', category: 'productivity', urlPrefixes: ['itsago.app/prep'], source: 'https://www.itsago.app/prep/privacy' }, // privacy (POPIA): a South African AI-powered interview-preparation and CV-optimisation app; CV rewriting and coaching by Anthropic Claude
    { id: 'ak035-cv-tool', name: 'AK035 CV Tool', vendor: 'Untrapped Holdings 035 (Pty) Ltd', category: 'writing', urlPrefixes: ['ak035.co.za/cvtools'], source: 'https://ak035.co.za/cvtools/privacy-policy.php' }, // privacy (POPIA): Abridged Knowledge 035's CV tool sends the details given to OpenRouter to create, review, improve or tailor a CV
    // --- Farming advisers ---
    { id: 'shambaiq', name: 'ShambaIQ', vendor: 'Polycar Limited', category: 'chat', domains: ['shambaiq.com'], source: 'https://shambaiq.com/privacy' }, // privacy (Kenya DPA 2019): Plant Doctor photo diagnoses and the Ask Agronomist chat (Shamba Mshauri) run on Google Gemini
    { id: 'cropsentry', name: 'CropSentry', vendor: 'CropSentry Ltd', domains: ['cropsentry.site'], source: 'https://www.cropsentry.site/privacy' }, // privacy: a Nigerian company's AI-powered crop-disease detection from leaf photos, which may train its models
    { id: 'farmpaddy', name: 'FarmPaddy', vendor: 'Fast Forward Livestock Venture Studio', category: 'chat', domains: ['farmpaddy.com'], source: 'https://www.farmpaddy.com/privacy' }, // privacy: an Animal AI that answers livestock farmers' questions, with photos or voice, localised to their state and LGA
    // --- Voice agents and AI receptionists ---
    { id: 'receptionai-za', name: 'ReceptionAI', vendor: 'ReceptionAI (Pty) Ltd', category: 'audio', domains: ['receptionai.co.za'], source: 'https://receptionai.co.za/privacy' }, // privacy (POPIA): an AI receptionist answering businesses' calls; Vapi, Deepgram and Anthropic among the sub-processors
    { id: 'voicereceptionist-za', name: 'VoiceReceptionist.co.za', vendor: 'VoiceReceptionist.co.za', category: 'audio', domains: ['voicereceptionist.co.za'], source: 'https://www.voicereceptionist.co.za/privacy' }, // privacy (POPIA): an AI voice-receptionist platform for South African businesses; live calls answered by Google Gemini
    { id: 'magana-ai', name: 'Magana AI', vendor: 'Magana AI', category: 'audio', domains: ['magana.devit.i.ng'], source: 'https://magana.devit.i.ng/legal/privacy' }, // privacy (NDPR): a voice AI platform operated from Lagos whose agents handle calls, with post-call AI analysis on Anthropic and Deepgram
    { id: 'ekaette', name: 'Ekaette', vendor: 'Baci Technologies Limited', category: 'audio', domains: ['ekaette.site'], source: 'https://ekaette.site/privacy.html' }, // privacy (NDPA 2023): an AI-powered customer-service assistant by voice, text and SMS that takes bookings and orders
    // --- WhatsApp AI agents and assistants for businesses ---
    { id: 'kassa-ai', name: 'Kassa AI', vendor: 'Kassa AI', category: 'agents', domains: ['kassaai.com'], source: 'https://kassaai.com/privacy-policy/' }, // privacy: a WhatsApp AI assistant for Ghanaian businesses answering customers, taking orders and bookings in Twi, Ga, Ewe and English
    { id: 'replyk', name: 'Replyk', vendor: 'Replyk', category: 'agents', domains: ['replyk.io'], source: 'https://www.replyk.io/glossary/' }, // glossary: AI Sales Agents on WhatsApp, Instagram and Messenger that confirm COD orders for Moroccan merchants in Darija
    { id: 'prestoq', name: 'PrestoQ', vendor: 'PrestoQ', category: 'agents', domains: ['q.prestoghana.com'], source: 'https://q.prestoghana.com/privacy_policy' }, // privacy (Ghana Act 843): an AI assistant on WhatsApp that starts and confirms MoMo transactions
    { id: 'bizpulse-ng', name: 'BizPulse', vendor: 'The Tosin Ilesanmi Data Academy', category: 'productivity', domains: ['mybizpulse.app'], source: 'https://mybizpulse.app/privacy' }, // privacy (NDPA 2023): a WhatsApp-native finance assistant for small businesses; Gemini parses messages, Claude writes insights and coaching
    // --- Legal research and general assistants ---
    { id: 'wakilii', name: 'Wakilii', vendor: 'Wakilii', category: 'search', domains: ['wakilii.org'], source: 'https://wakilii.org/privacy' }, // privacy (Uganda DPPA 2019): legal questions answered with cited answers by AI models and third-party model providers
    { id: 'bamaja', name: 'Bamaja', vendor: 'Bamaja Integrated Online Services', category: 'chat', domains: ['bamaja.online'], source: 'https://bamaja.online/privacy.html' }, // privacy: a Lagos "Nigerian AI Assistant" app of AI image generation (PixBot), news chat (NaijaBot) and learning and mentor bots
  ],
  { checked: CHECKED_C23, region: 'africa' },
);
