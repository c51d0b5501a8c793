// Twenty-third session, third South-East Asia pass (2026-12-07, helper `sea3`): AI products made in South-East Asia,
// Australia and New Zealand, Pakistan, Bangladesh and Sri Lanka, or built mainly for their users, that no entry claimed
// yet, beside the nineteenth session's South-East and South Asia pass (data/regional-c19-sea.ts), the twenty-first
// session's second South-East Asia pass (data/regional-c21-sea2.ts) and the India passes (data/regional-c20-india.ts,
// data/regional-c22-india2.ts), whose rows are not repeated here. Here: AI tutors for Singapore's PSLE (PSLE Alex,
// ChatPSLE, PSLE Prep, ThinkOtter), Victoria's VCE (TutorGPT) and Bangladesh's SSC, HSC and BCS exams (Ogroshor); an
// Australian AI resource generator for training organisations and an AI lesson generator for NSW teachers (Lessio); an AI
// legal helper for Australian law (Numbat; LawReach AI, which this pass also met, is listed by the legal2 pass in
// data/long-tail-c23-legal2.ts) and a Sri Lankan AI tax assistant (Tax360's ai. host); AI
// receptionists and chatbots for Australian tradies (TradieConnect AI, Your Offsider, RoshanAI360, TradeLead AI,
// dont-miss.ai); AI case notes for NDIS workers (SRTD); AI bookkeeping for Australian and New Zealand small businesses
// (Book Keeps, bizzme, Agentive's AI employee); Messenger, WhatsApp and shop-chat AI sellers for Bangladeshi,
// Filipino, Indonesian, Malaysian and Pakistani merchants (ChattyMex, e-bot, Sellvrix, ConvaiBD, Elizabeth.ai, Sultan
// AI, ObieChat, Bizbuddy's AI ordering engine); AI marketing and content studios for Malaysian and Indonesian sellers
// (Sgen AI, Jiwa AI, Xerpihan); AI recruiting tools from Singapore and Indonesia (RecruitAICopilot, Karya1); AI health
// concierges from Singapore and Malaysia (Docseek.ai, haihealth.ai); a Singapore AI companion (DearWith); a Filipino AI
// business chat (Diskarte Negosyante); and a Vietnamese AI text-to-speech service (Spoon AI).
//
// Leads. 41 look-ups in the stored `pages` corpus (no other corpus). English queries worded the way vendors word their
// own privacy and terms pages, anchored on company forms and data laws (Pty Ltd and ABN with the Australian Privacy Act
// and APPs, Limited and NZBN with the NZ Privacy Act 2020, Pte. Ltd. and Sdn. Bhd. with the two PDPAs, PT and CV with UU
// PDP, Co., Ltd. with Thailand's PDPA B.E. 2562, Inc. with the Philippine Data Privacy Act, Joint Stock Company with
// Decree 13/2023, (Pvt) Ltd with Sri Lanka's PDPA No. 9 of 2022, Pakistan's PDPA 2023 and SECP) and by kind (PSLE, VCE,
// HSC, SPM, SSC/HSC and board-exam tutors, legal and tax assistants, tradie receptionists, NDIS notes, BAS and GST
// bookkeeping, f-commerce and Shopee/Lazada/TikTok Shop sellers, WhatsApp and LINE bots, recruiting, health, companions,
// Khmer, Tagalog and Vietnamese speech). Four queries in Indonesian, Vietnamese and Thai returned news, explainers and
// products already listed, as the earlier passes found; Cambodian, Thai speech-to-text and Pakistani legal-AI queries
// returned only news, law-firm articles and ordinary policies. Every row cites a page with a path on the product's own
// host (for ObieChat, ChattyMex, e-bot and Tax360 the claimed subdomain; for Agentive its own blog's account of its AI
// employee; for Lessio its course page, which names Lessio beside ChatGPT and Copilot as a large-language-model engine)
// that says in the vendor's words that the product answers, tutors, marks, drafts, replies, calls, scores or generates
// with AI, a language model or a named model provider. Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ first.
//
// Regions. South-East Asian rows take `southeast-asia` (the file's default); Pakistani, Bangladeshi and Sri Lankan rows
// take `india`, as the nineteenth-session pass did for SriAI and ZehnOra; Australian and New Zealand rows take `global`,
// because data/regions.ts has no region for Oceania and the catalog's other Australian rows (AusGrader, StudyPulse,
// Annalise.ai, Process AI) are global.
//
// Already listed and left to their entries: BondhuBot, PKAILabs, AlonChat, BarangayAI, SriAI, Capabara, CikguAI, GlocAI,
// ChatPilot (runchatpilot.com), IDEAI, Dewata AI, Branding AI, VNBOT, LipVoice, EZTalking AI, ThaiBot, NuaAI, INVIAI,
// SpeakPal, ExamsTutor AI, SmartPass (smartpassnursing.com), AusGrader, StudyPulse (vce.studypulse.au), Lyrebird Health,
// Scribing.io, 3L3C and Botpress.
//
// Four subdomains are claimed alone because their parents were not read or are a company's general site:
// obiechat.obieonline.com (ObieOnline), chatty.ecomex.cloud, e-bot.peakbyt.com (peakbyt) and ai.tax360.lk (Tax360.lk's
// tax site). ChatPSLE's policy sits on app.chatpsle.com and names it as the platform; the product domain chatpsle.com
// is claimed. TradeLead AI's policy, read on tradelead-ai.com.au, names tradeleadai.com.au as its website; at the merge
// that host joined the row, on the policy's word.
//
// Measured with /work/helpers/classify-hosts.mts on the 278 hosts the searches returned (vendors, news, law firms,
// ministries, agencies, stores and shared hosts alike, in /work/helpers/out/sea3-hosts.txt): 28 classified before
// (10.1%), 66 after (23.7%).
//
// Same names: Agentive (agentive.au, an Australian AI employee for bookkeeping) shares its name with Agentive
// (goagentive.com, long-tail-c13-a.ts), Agentive (agentivehub.com, long-tail-c10b-lists-3.ts) and Agentive (India)
// (agentive.co.in, regional-c22-india2.ts): other vendors and hosts, so this row is "Agentive (Australia)". An extension
// named "Spoon AI" was left out by extensions-c13.ts; nothing read ties it to spoonai.app.
//
// Doubtful rows: Spoon AI's Vietnamese policy names no company or country, but it is written in Vietnamese for a
// Vietnamese text-to-speech service; Agentive is cited from its own blog, where the founder describes its AI employee
// checking Xero coding and GST; Sellvrix names no country, but verifies bKash and Nagad payments, which exist only in
// Bangladesh; haihealth.ai's AI self-diagnosis reads the iris (iridology), which is listed for what its page says it
// does, not endorsed; Xerpihan also sells human translation and content services beside its AI content studio, whose
// AI agents are the platform's core; DearWith is a Singapore company's AI companion sold worldwide.
//
// Left out. Pages with no path (AU Privacy on auprivacy.helpp.site); placeholders and drafts (app.acepsle.sg's "UEN to be
// added", essaygrader.examforge.com's "[Insert Business Name]", app.wimba.ai's "[Legal Entity Name]" for ceritai,
// talentx.ai's template notes, cybersafe.lk's "[name of organization]", highlevelthai.com as before); staging, sandbox,
// test and dev hosts (staging.thinkel.com.sg, sandbox.orca.truecode-ai.in.th, whose TrueCode LINE and Facebook AI
// chatbot platform at orca.truecode-ai.in.th is a lead, test3.ttsmin.com, www.whatsapp-dev.edwinconsultants.com); bare
// `?p=` pages (mywritingtutor.com.au's NAPLAN AI feedback, a lead for a page with a path; legalassistant.au;
// banglaaigurukul.online; kooru.com; nineten.ai; asistenai.com as before); pages that never say the product uses AI,
// or only in its name (medicalnote.ai, preconsult.ai, ai-mentor.com.au, app.myschoolaihub.com, aisikaso.com, mindwise.so,
// ihearu.app, tisyahustisya.org's legal chatbot, luminang.com, onbajar.com's Mazic Chatbot, app.botkhmer.chousour.com's
// keyword bot, aiaccount.com's guide, smplhr.com, lankatalks.com); pasadoapp.com, whose AI disclosure says its study
// material and app features use no AI; general products where AI is one feature (idasara.org's academy, as the
// twenty-second session decided; tuition.sribintangeducation.com; edubank.app; medelife.onestepmy.com's Gemini
// summaries; talenta.binakognitif.com's optional CV processing; estateos.au; addie.house; g3systems.com.au's AI
// governance platform; boardpilot.ph as before); a company's or shop's own bot (stelixdigital.app, aleasai.com,
// ramenmaster.id, robotiokit.loemdevid.site, jphub.techdestination.com); consultancies, agencies and report services
// (aitearoa.ai, neuralnest.info, nzgpts.xyz's AI brand reports, buildnbloom.io, outsourcingfit.com's custom GPTs);
// NoteWriter AI's security page on an unrelated host (app.charking.store); products outside these regions or naming none
// (bikriagent.com for Nepali sellers, worded as plans: a lead for a South Asia pass; getecommercetools.com;
// listinghelper.cn; tk.mingxingwan.com; snapso.ai; imagecaptiongenerator.org is listed already); vendors seen only on
// their blogs or guides (hirecredible.com, palachat.com, getpolaris.my as before, complyhq.app, billa.au, sabaccountai.com,
// flowworks.com.au, waymouthtech.com, kradigital.site, dojotek.id and talentscreenr.com as before); and shared platforms
// (smarttutor-website.pages.dev, whose homeaitutor.com is a lead; sg-tutor-bots.web.app; tradiesline-website.pages.dev;
// tradie-pilot-ai-web.pages.dev, whose tradiepilot.ai is a lead; xkalaa-landing.pages.dev; instantreceiptsweb.pages.dev;
// lamanichat-website.pages.dev; 22lab-website.pages.dev; a notion.site Shopify app policy; khalidspi.blogspot.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const regionalC23Sea3Tools: Tool[] = defineTools(
  'agents',
  [
    // --- Singapore: PSLE tutors, recruiting, health, companion ---
    { id: 'psle-alex', name: 'PSLE Alex', vendor: 'NoCodeVit Pte Ltd', category: 'chat', domains: ['pslealex.com'], source: 'https://www.pslealex.com/privacy' }, // privacy (Singapore PDPA): an AI tutor for PSLE practice; answers and working sent to Claude by Anthropic for grading and feedback
    { id: 'chatpsle', name: 'ChatPSLE', vendor: 'ChatPSLE', category: 'chat', domains: ['chatpsle.com'], source: 'https://app.chatpsle.com/privacy.html' }, // privacy (Singapore law): a P3-P6 learning platform at app.chatpsle.com with quizzes and AI tutoring, prompts and responses kept
    { id: 'psle-prep-novus', name: 'PSLE Prep', vendor: 'Novus Path Pte Ltd', category: 'chat', domains: ['psleace.com'], source: 'https://www.psleace.com/privacy' }, // privacy: PSLE oral practice with AI-powered speech-to-text, pronunciation scoring and AI-generated feedback
    { id: 'thinkotter', name: 'ThinkOtter', vendor: 'Codelogy Labs Pte Ltd', category: 'chat', domains: ['thinkotter.sg'], source: 'https://thinkotter.sg/privacy.html' }, // privacy (Singapore PDPA): an online tutoring app for children that uses AI to mark answers and give hints
    { id: 'recruitaicopilot', name: 'RecruitAICopilot', vendor: 'RecruitAICopilot', category: 'productivity', domains: ['recruitaicopilot.com'], source: 'https://www.recruitaicopilot.com/privacy' }, // privacy (Singapore PDPA): AI-derived career signals, readiness scores and drafted outreach from LinkedIn profiles recruiters capture
    { id: 'docseek-ai', name: 'Docseek.ai', vendor: 'Docseek.ai', category: 'chat', domains: ['docseek.ai'], source: 'https://www.docseek.ai/privacy' }, // privacy (Singapore PDPA): an AI-powered healthcare concierge whose AI engine answers health questions
    { id: 'dearwith', name: 'DearWith', vendor: 'UNIUME PTE. LTD.', category: 'chat', domains: ['dearwith.ai'], source: 'https://dearwith.ai/privacy.html' }, // privacy (Singapore company): an AI companion product with memory inputs and private conversations
    // --- Malaysia ---
    { id: 'obiechat', name: 'ObieChat', vendor: 'ObieOnline', domains: ['obiechat.obieonline.com'], source: 'https://obiechat.obieonline.com/privacy' }, // privacy (Kuala Lumpur, PDPA 2010): a website chatbot whose replies an AI language-model provider generates from the knowledge base
    { id: 'sgen-ai', name: 'Sgen AI', vendor: 'Sgen AI', category: 'writing', domains: ['sgen.cc'], source: 'https://sgen.cc/privacy' }, // privacy (Malaysia, PDPA 2010): an AI content and automation assistant writing copy, ad angles, landing pages and WhatsApp replies
    { id: 'haihealth', name: 'haihealth.ai', vendor: 'Health AI Technology Sdn. Bhd.', category: 'other', domains: ['haihealth.ai'], source: 'https://haihealth.ai/privacy-policy' }, // privacy (PDPA 2010, Malaysian users only): AI-driven healthcare tools, among them an iridology self-diagnosis from iris photos
    // --- Indonesia ---
    { id: 'sultan-ai', name: 'Sultan AI', vendor: 'PT Akshaya Mulia Asha', domains: ['sultanai.id'], source: 'https://sultanai.id/privacy.html' }, // privacy: AI chatbots trained on a seller's catalogue that answer on WhatsApp, Instagram DM, TikTok DM and Shopee Chat
    { id: 'karya1', name: 'Karya1', vendor: 'PT Metatech Indonesia', category: 'productivity', domains: ['karya1.com'], source: 'https://karya1.com/privacy' }, // privacy (UU PDP): an AI-powered applicant tracking system whose AI model scores CVs against role requirements
    { id: 'jiwa-ai', name: 'Jiwa AI', vendor: 'CV Kudapan Anak Bangsa', category: 'writing', domains: ['jiwa-studio.space'], source: 'https://jiwa-studio.space/privacy' }, // privacy (Jakarta): an AI-powered influencer content platform that analyses a brand and publishes approved posts to Instagram and TikTok
    { id: 'xerpihan', name: 'Xerpihan', vendor: 'PT Xerpihan Kata Digital', category: 'writing', domains: ['xerpihan.com'], source: 'https://www.xerpihan.com/privacy-policy' }, // privacy: Xerpihan Studio's content creation with AI agents taking prompts, chat messages and uploads
    // --- Philippines and Vietnam ---
    { id: 'elizabeth-ai', name: 'Elizabeth.ai', vendor: 'Elizabeth.ai', domains: ['myelizabeth.studio'], source: 'https://www.myelizabeth.studio/privacy' }, // privacy: a Filipino-language AI ordering platform for Philippine micro-businesses selling on Facebook Pages and Messenger
    { id: 'diskarte-negosyante', name: 'Diskarte Negosyante', vendor: 'DISKARTE-NEGOSYANTE', category: 'chat', domains: ['negosyante.online'], source: 'https://negosyante.online/privacy' }, // privacy (Filipino, Data Privacy Act of 2012): AI chat answered through Google Gemini and OpenAI, with a rescue assessment
    { id: 'spoon-ai-tts', name: 'Spoon AI', vendor: 'Spoon AI', category: 'audio', domains: ['spoonai.app'], source: 'https://spoonai.app/privacy.html' }, // privacy (Vietnamese): a text-to-speech service whose input text is kept to improve its AI model
    // --- Pakistan, Bangladesh, Sri Lanka ---
    { id: 'bizbuddy-pk', name: 'Bizbuddy', vendor: 'B&B Technologies', domains: ['bizbuddyco.com'], region: 'india', source: 'https://bizbuddyco.com/privacy.html' }, // privacy (Karachi, PDPA 2023): an AI engine that interprets and routes restaurant orders placed on WhatsApp
    { id: 'ogroshor', name: 'Ogroshor', vendor: 'Ogroshor', category: 'chat', domains: ['ogroshor.com'], region: 'india', source: 'https://www.ogroshor.com/privacy-policy' }, // privacy: an AI-powered exam-preparation platform for Bangladesh (BCS, SSC, HSC) with an AI Tutor
    { id: 'chattymex', name: 'ChattyMex', vendor: 'ChattyMex', domains: ['chatty.ecomex.cloud'], region: 'india', source: 'https://chatty.ecomex.cloud/legal/privacy' }, // privacy (Dhaka): AI-generated replies for merchants on Facebook Messenger, WhatsApp and Instagram
    { id: 'e-bot-peakbyt', name: 'e-bot', vendor: 'peakbyt', domains: ['e-bot.peakbyt.com'], region: 'india', source: 'https://e-bot.peakbyt.com/privacy' }, // privacy (Bangladesh): an AI-powered chatbot for e-commerce pages on social media, OpenAI token counts logged
    { id: 'sellvrix', name: 'Sellvrix', vendor: 'Sellvrix', domains: ['sellvrix.com'], region: 'india', source: 'https://www.sellvrix.com/privacy.html' }, // privacy: AI-powered automated replies on a seller's Facebook Page, bKash and Nagad payments verified
    { id: 'convaibd', name: 'ConvaiBD', vendor: 'VOID IT Solution', domains: ['convaibd.com'], region: 'india', source: 'https://convaibd.com/privacy-policy' }, // privacy: AI-assisted Facebook Messenger replies for businesses in Bangladesh
    { id: 'tax360-ai', name: 'Tax360 AI', vendor: 'Tax360.lk', category: 'search', domains: ['ai.tax360.lk'], region: 'india', source: 'https://ai.tax360.lk/privacy' }, // privacy: conversation and tax inputs processed by AI systems to generate responses
    // --- Australia ---
    { id: 'numbat-ai', name: 'Numbat.ai', vendor: 'Australian AI Company', category: 'search', domains: ['numbat.ai'], region: 'global', source: 'https://numbat.ai/terms' }, // terms (NSW company): an AI-powered legal information assistant whose answers are generated by AI models, not legal advice
    { id: 'ai-resource-generator-au', name: 'AI Resource Generator', vendor: 'AI Resource Generator', category: 'writing', domains: ['airesourcegenerator.com.au'], region: 'global', source: 'https://www.airesourcegenerator.com.au/privacy.html' }, // privacy (APPs): training documents for RTOs generated from training.gov.au unit data by third-party LLMs
    { id: 'lessio', name: 'Lessio', vendor: 'Lessio', category: 'writing', domains: ['lessio.com.au'], region: 'global', source: 'https://www.lessio.com.au/academy/teaching-with-ai' }, // course page: the Lessio generator for NSW teachers, a large language model engine like ChatGPT and Copilot
    { id: 'tutorgpt-au', name: 'TutorGPT', vendor: 'Pivot Time Pty Ltd', category: 'chat', domains: ['tutorgpt.com.au'], region: 'global', source: 'https://www.tutorgpt.com.au/privacy' }, // privacy (APPs): an AI-powered VCE tutoring platform, chat transcripts and AI-generated responses
    { id: 'srtd-tools', name: 'SRTD', vendor: 'SRTD', category: 'writing', domains: ['srtd.tools'], region: 'global', source: 'https://srtd.tools/ai-use-and-limitations' }, // AI use page: LLMs draft NDIS case notes and communications and extract plans and reports
    { id: 'tradieconnect-ai', name: 'TradieConnect AI', vendor: 'TradieConnect AI Pty Ltd', category: 'audio', domains: ['tradieconnect.io'], region: 'global', source: 'https://tradieconnect.io/privacy' }, // privacy (APPs): an AI receptionist answering tradies' calls, with recordings, transcripts and bookings
    { id: 'your-offsider', name: 'Your Offsider', vendor: 'Kaizen ICT Pty Ltd', category: 'audio', domains: ['youroffsider.ai'], region: 'global', source: 'https://www.youroffsider.ai/privacy' }, // privacy (Adelaide): answers tradies' calls, transcribes them and books jobs; the AI's handling improved per account
    { id: 'roshanai360', name: 'RoshanAI360', vendor: 'RoshanAI360', category: 'audio', domains: ['roshanai360.com'], region: 'global', source: 'https://roshanai360.com/privacy-policy' }, // privacy (APPs): AI voice reception, AI voice agents answering callers for tradies
    { id: 'tradelead-ai', name: 'TradeLead AI', vendor: 'TradeLead AI', domains: ['tradelead-ai.com.au', 'tradeleadai.com.au'], region: 'global', source: 'https://www.tradelead-ai.com.au/home/privacy-policy' }, // privacy (APPs): AI-powered chatbots for Western Australian trade businesses, inquiries, bookings and quotes
    { id: 'dont-miss-ai', name: 'dont-miss.ai', vendor: 'dont-miss.ai', category: 'audio', domains: ['dont-miss.ai'], region: 'global', source: 'https://dont-miss.ai/privacy' }, // privacy (Australian law): an AI voice receptionist answering tradies' calls, OpenAI for voice processing
    { id: 'book-keeps', name: 'Book Keeps', vendor: 'Book Keeps', category: 'productivity', domains: ['book-keeps.com'], region: 'global', source: 'https://www.book-keeps.com/privacy' }, // privacy (APPs): receipts read by its AI and transactions sorted by an AI auto-categorisation engine for GST and BAS
    { id: 'agentive-au', name: 'Agentive (Australia)', vendor: 'Agentive', domains: ['agentive.au'], region: 'global', source: 'https://agentive.au/blog/ai-bookkeeper-catches-what-humans-miss' }, // own blog: its AI employee pulled Xero transactions and flagged wrong codes and GST before a BAS
    // --- New Zealand ---
    { id: 'bizzme', name: 'bizzme', vendor: 'bizzme', category: 'productivity', domains: ['bizzme.co.nz'], region: 'global', source: 'https://www.bizzme.co.nz/privacy' }, // privacy (NZ Privacy Act 2020): an AI-powered business advisor for NZ SMEs, documents extracted by Anthropic's Claude, AI chat advice
  ],
  { checked: CHECKED_C23, region: 'southeast-asia' },
);
