// Twenty-first session, second South-East Asia pass (2026-12-07, helper `sea2`): AI products made in or mainly used in
// Vietnam, Indonesia, Thailand, the Philippines, Malaysia, Singapore, Taiwan and Hong Kong that no entry claimed yet,
// beside the nineteenth session's South-East and South Asia pass (data/regional-c19-sea.ts) and the earlier regional
// files (c12, c14, c15, c16, c17), whose rows are not repeated here. Here: chat assistants and AI portals from the
// Philippines, Taiwan and Vietnam; AI reply agents for Zalo Official Accounts, WhatsApp, LINE and web chat sold to
// Vietnamese, Malaysian and Hong Kong businesses and to Vietnamese aesthetic clinics; a Singapore voice-agent platform;
// AI bookkeeping for Singapore SMEs; legal and tax assistants for Singapore and Philippine users and a Philippine
// document-analysis platform; AI medical and veterinary scribes from Singapore; AI tools for Singapore property agents
// and a Hong Kong AI property search; AI English tutors from Vietnam; an AI transcription service and three AI
// fortune-telling services written in traditional Chinese.
//
// Leads. 45 look-ups in the stored `pages` corpus, about half in Vietnamese, Thai, Indonesian, Malay and traditional
// Chinese ("chính sách bảo mật trợ lý AI", "kebijakan privasi kecerdasan buatan", "นโยบายความเป็นส่วนตัว AI แชทบอท",
// "隱私權政策 人工智慧", "私隱政策 人工智能"), the rest in English worded the way vendors word their legal pages and anchored on local
// company forms and laws (Pte. Ltd., Sdn. Bhd., PT, Co., Ltd., Limited, Inc.; PDPA 2010 and 2012, the Data Privacy Act
// of 2012, Decree 13/2023, UU PDP, the PDPO), by kind: Zalo, LINE and WhatsApp shop bots, Shopee and Lazada seller
// tools, exam tutors, legal, tax and bookkeeping assistants, clinic scribes, voice agents, transcription, marketing
// copy, property tools and fortune-telling; no Tagalog query was tried, the Philippine vendors came from English ones.
// As in the nineteenth session, the native-language queries returned mostly news, explainers, courses and listed
// products; the English queries naming a local company form or law returned most of the new vendors. Every row cites a
// page with a path on the product's own host (for MyAlly, AutoBooks and Easy Expense Entry, the claimed subdomain; for
// Knoon, its own blog's case study of its AI agents; for Cheppy, its documentation host), and each page says in the
// vendor's words that the product answers, drafts, extracts, transcribes, scribes or reads with AI, a language model or
// a named AI provider. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Three
// traditional-Chinese services that name no country (Audio Transcriber on audiorescues.com, Aurellar AI, 遇見予路) are
// counted here because their pages are written for Taiwan or Hong Kong readers only; Aurellar's terms use Hong Kong
// wording. GlowBot's policy calls itself a working draft but names its service and has no placeholders.
//
// Already listed and left to their entries: VNPT's virtual-assistant platform (smartbot.vnpt.vn), Viettel AI,
// Sahabat-AI, Ashari Cloud, Penny (chatpenny.co), GuidingStar, GlocAI, Visai's Vocalog, ThaiBot, NuaAI, Clienta.ai,
// Jetschool's AI coach, SeaMeet, OneBot (onebot.cloud), BarangayAI, StickerAI Studio, MaiAgent, WordsAI, AttentionAI's
// horoscope bot, WadWai, Branding AI (branding.genesa.id), Dewata AI, KOTORI, Meeting.ai (Bahasalab), PropertiesAI and
// ExamsTutor AI. ChatPilot (runchatpilot.com, Malaysia) is a different product from the Kenyan ChatPilot
// (chatpilot.biz) the nineteenth session's Middle East and Africa pass listed: other operator, other host, other
// country.
//
// Three subdomains are claimed alone because their parents are a company's general site: myally.pentatech.com.my
// (Pentagon Technology), autobook.clanai.sg (Clan AI) and accountants.e-linez.com (E-Stream Pte Ltd).
//
// Measured with /work/helpers/classify-hosts.mts on the 294 hosts the searches returned (vendors, articles, news,
// stores and shared hosts alike, in /work/helpers/out/sea2-hosts.txt): 28 classified before (9.5%), 57 (19.4%) after.
//
// Left out. LittleBoss, an AI bookkeeping bot on LINE from Taiwan, because its only page seen is the root of its terms
// host (terms.littlebossapp.com), which the catalog does not take as a source; a lead for a page with a path. Templates
// and placeholders (OpsAdmin on optadmin.com, High Level Thai, ParseSpot); development, UAT, staging and test hosts
// (uat.batasgpt.com, uat.aiob.app, dev.ycsecretary.com, whose Olivia insurance assistant for Hong Kong is a lead,
// staging.tutoraisat.com, testing.healthbridgeai.com, landing.audyno.dev.bahasalab.com, zelda-vocabulary.vnit.dev); a
// personal proof of concept (theeta.net); pages that never say what the AI does or say AI only in the name (newai.vn,
// classfunc.com's generic AI policy, aisensum.com, valsea.ai's voice API, vinhtech.xyz, ai-expertads.com, KaoJai.ai,
// Whats AI Pro on wa.caht.ai, QuizAI on quizai.myaccess.ph, Quantum Bot, the UPCAT and PassLET reviewers, Enspire,
// GENGO on vietedu.net, Train-Test, Ewerclass, Centvoice); general products where AI is one feature (NetShop.my,
// PrepMaster, BoardPilot, VietRica, Propkaki, MedicalMet, MediTour, the oSave finance app on finctory.com, e-invoice
// services, a trading company's AI policy on cter.tw); a company's own support bot (Stelix's Sembang); consultancies,
// schools and portals (Mutiara AI, Teratai AI, AITG, Learn AI, kkm.my); a chatbot policy on an unrelated host
// (phunuthanhdat.vn); an agency's case study (REPCONN's JusAsk for the Law Society of Singapore); AI products whose
// pages name no country (SellerPilot AI on pilot.neosura.com, Chatie on chatie.oceaninnov.com, HoEasy, LifeTag,
// CantoAI, OralChart, VietBridge AI, AI Shop Agent on ai.mark-flow.com) or another one (TAOBOY, Australia; a Shopify
// app on policy.sm-erp.cn); vendors seen only on their blogs or articles (AIRAI, LexCentra, Minh Luat, Polaris, AlatWA,
// Sprout, Lynqra, Level3 AI, Parami AI's Lucy, 3L3C, Dojotek, Dialogg, Yano.AI on dev.to, the "AI Tra Cứu Luật" project
// of Decom Stars, SurveySensum's SensAI in news); and shared platforms (pages.dev, zeabur.app, notion.site,
// sites.google.com and dev.to copies, among them SmartClinic AI HK's WhatsApp clinic assistant and LaiLai Chat, both
// leads if they move to their own hosts). Intumit, ContentKit's chatbot, Alphora Insights and archive.tw's AI question
// box stay out as earlier passes decided.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const regionalC21Sea2Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Chat assistants and AI portals ---
    { id: 'blas-ai', name: 'BLAS AI', vendor: 'TAVARA Holdings OPC', domains: ['aiblas.app'], source: 'https://aiblas.app/privacy' }, // privacy (Philippine Data Privacy Act, NPC Advisory 2024-04): conversations with AI "heroes", processing disclosed as AI
    { id: 'intellizab', name: 'IntelliZab', vendor: 'IntelliZab', domains: ['intellizab.com'], source: 'https://intellizab.com/privacy' }, // privacy (users in Taiwan, PDPA): prompts, conversations and model outputs handled by the service
    { id: 'aicommerce-vn', name: 'AiCommerce', vendor: 'AiCommerce Artificial Intelligence Joint Stock Company', domains: ['aicommerce.vn'], source: 'https://aicommerce.vn/privacy' }, // privacy (Ho Chi Minh City company): a platform and services built around AI assistants
    // --- Reply agents for Zalo, WhatsApp, LINE and web chat ---
    { id: 'vnbot', name: 'VNBOT', vendor: 'VNBOT Technology', category: 'agents', domains: ['vnbot.vn'], source: 'https://vnbot.vn/en/privacy-policy' }, // privacy (servers in Vietnam): chatbots on Zalo OA and Messenger, OpenAI embeddings, AI answer quality
    { id: 'hmv-chatbot-ai', name: 'HMV Chatbot AI', vendor: 'HMV Chatbot AI', category: 'agents', domains: ['hmvapp.com'], source: 'https://hmvapp.com/en/privacy.html' }, // privacy (Decree 13/2023): tenants' chatbots trained on uploaded documents answer on Zalo OA and Messenger
    { id: 'glowbot-vn', name: 'GlowBot', vendor: 'GlowBot', category: 'agents', domains: ['glowbot.vn'], source: 'https://www.glowbot.vn/privacy' }, // privacy: an AI service answering and booking for Vietnamese aesthetic clinics on their Zalo OA and Facebook Page
    { id: 'chatlyst', name: 'Chatlyst', vendor: 'Effex Technologies Limited', category: 'agents', domains: ['chatlyst.io'], source: 'https://chatlyst.io/en/privacy-policy' }, // privacy (Hong Kong PDPO): a generative-AI customer-service SaaS with AI bots on WhatsApp, email and web chat
    { id: 'bizmind-hk', name: 'BizMind', vendor: 'Infinity Intelligence Tech Limited', category: 'agents', domains: ['biz-mind.ai'], source: 'https://biz-mind.ai/en/pdpo.html' }, // PDPO statement (Hong Kong): a knowledge-base AI platform whose model training leaves users' content out
    { id: 'myally-pentatech', name: 'MyAlly', vendor: 'Pentagon Technology', category: 'agents', domains: ['myally.pentatech.com.my'], source: 'https://myally.pentatech.com.my/zh/privacy-policy/' }, // privacy (Malaysian PDPA): a WhatsApp B2B AI assistant that reads and answers business messages with AI
    { id: 'chatpilot-my', name: 'ChatPilot', vendor: 'ChatPilot', category: 'agents', domains: ['runchatpilot.com'], source: 'https://www.runchatpilot.com/privacy' }, // privacy (Malaysian PDPA): an AI-powered inbox across WhatsApp, Instagram, Messenger, TikTok and Telegram
    { id: 'chatboss-my', name: 'ChatBoss', vendor: 'I.T.FURTHER ENTERPRISE', category: 'agents', domains: ['chatboss.my'], source: 'https://chatboss.my/privacy' }, // privacy (Johor sole trader): a WhatsApp AI sales assistant whose replies come from Google Gemini
    // --- Voice ---
    { id: 'otaru-ai', name: 'Otaru AI', vendor: 'Otaru AI Pte. Ltd.', category: 'audio', domains: ['otaruai.com'], source: 'https://otaruai.com/privacy-policy' }, // privacy (Singapore PDPA): an AI voice-agent platform answering and placing calls for businesses
    // --- Bookkeeping and accounting ---
    { id: 'snapbook-ai', name: 'snapbook.ai', vendor: 'snapbook.ai', category: 'productivity', domains: ['snapbook.ai'], source: 'https://snapbook.ai/privacy.html' }, // privacy (Singapore PDPA): receipts and invoices read with AI into bookkeeping records
    { id: 'autobooks-clanai', name: 'AutoBooks', vendor: 'Clan AI', category: 'productivity', domains: ['autobook.clanai.sg'], source: 'https://autobook.clanai.sg/privacy-policy' }, // privacy (Singapore PDPA): bills extracted from email for Xero with the AI provider and model a workspace sets
    { id: 'easy-expense-entry', name: 'Easy Expense Entry', vendor: 'E-Stream Pte Ltd', category: 'productivity', domains: ['accountants.e-linez.com'], source: 'https://accountants.e-linez.com/en/privacy.html' }, // privacy: receipts and invoices turned into ledger entries by AI, LLM token usage logged
    { id: 'knoon', name: 'Knoon', vendor: 'Knoon', category: 'agents', domains: ['knoon.ai'], source: 'https://blog.knoon.ai/how-a-singapore-contractor-firm-uses-ai-agents-to-reduce-bookkeeping-work' }, // own blog: a Singapore contractor's receipts handled by Knoon's AI agents
    // --- Legal and tax ---
    { id: 'lawcrew-ai', name: 'LawCrew.AI', vendor: 'Lawcrew.AI', category: 'productivity', domains: ['lawcrew.ai'], source: 'https://lawcrew.ai/privacy' }, // privacy (Singapore PDPA): legal matters and documents sent to an AI sub-processor, not used for training
    { id: 'askonward', name: 'AskOnward', vendor: 'Smart I.T Solutions Inc.', category: 'search', domains: ['askonward.app'], source: 'https://askonward.app/privacy' }, // privacy (Philippine corporation): an AI assistant explaining the BIR tax rulebook
    { id: 'libertasian', name: 'LIBERTASIAN', vendor: 'LIBERTASIAN Inc.', category: 'search', domains: ['libertasian.com'], source: 'https://libertasian.com/privacy' }, // privacy (Philippine Data Privacy Act): AI-driven analysis of uploaded documents, model runs logged per query
    // --- Clinics ---
    { id: 'betterclinic', name: 'BetterClinic', vendor: 'BetterClinic Pte Ltd', category: 'productivity', domains: ['betterclinic.ai'], source: 'https://www.betterclinic.ai/privacy-policy' }, // privacy (Singapore PDPA and Philippine DPA): an ambient AI medical scribe writing consultation notes
    { id: 'brobyvets', name: 'BrobyVets', vendor: 'Broby Pte. Ltd.', category: 'productivity', domains: ['brobyvets.com'], source: 'https://brobyvets.com/privacy' }, // privacy (Singapore and Malaysian PDPA): an AI scribe and clinical documentation platform for veterinarians
    // --- Property ---
    { id: 'propxai', name: 'PropXAI', vendor: 'PropXAI', category: 'agents', domains: ['propxai.ai'], source: 'https://propxai.ai/privacy' }, // privacy: an AI platform for Singapore property agents, AI chatbots on WhatsApp and Telegram and AI-written posts
    { id: 'homeable-hk', name: 'Homeable', vendor: 'Homeable', category: 'search', domains: ['snailbutler.com'], source: 'https://www.snailbutler.com/en/privacy-policy' }, // privacy (Hong Kong PDPO): an AI-powered property search tool with a chatbot
    // --- Tutors ---
    { id: 'eztalking-ai', name: 'EZTalking AI', vendor: 'EZTalking Vietnam', domains: ['eztalking.vn'], source: 'https://eztalking.vn/privacy.html' }, // privacy: an AI learning platform with an AI tutor and AI pronunciation feedback
    { id: 'cheppy', name: 'Cheppy', vendor: 'Cheppy Development Team', domains: ['cheppy.ai'], source: 'https://cgi.cheppy.ai/en/docs/chinh-sach-quyen-rieng-tu' }, // privacy (Vietnamese law): an English-learning app built on artificial intelligence, speaking practice scored
    // --- Transcription ---
    { id: 'audiorescues', name: 'Audio Transcriber', vendor: 'AudioRescues', category: 'audio', domains: ['audiorescues.com'], source: 'https://audiorescues.com/terms' }, // terms (traditional Chinese): hard recordings turned into text with AI, AI speaker labels and silence removal
    // --- Fortune-telling ---
    { id: 'aurellar-ai', name: 'Aurellar AI', vendor: 'Aurellar AI', domains: ['aurellar.ai'], source: 'https://aurellar.ai/terms' }, // terms (traditional Chinese and English, beta): AI-generated Zi Wei Dou Shu and face readings
    { id: 'nissen-hk', name: '尼森智算命理', vendor: '尼森智算命理', domains: ['nissen.com.hk'], source: 'https://www.nissen.com.hk/terms' }, // terms (Hong Kong): an AI-assisted BaZi analysis system and AI readings
    { id: 'meetyulu', name: '遇見予路', vendor: '遇見予路', domains: ['meetyulu.com'], source: 'https://meetyulu.com/Privacy' }, // privacy (traditional Chinese): BaZi readings with the user's AI conversations recorded
  ],
  { checked: CHECKED_C21, region: 'southeast-asia' },
);
