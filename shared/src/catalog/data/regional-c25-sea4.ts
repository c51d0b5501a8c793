// Twenty-fifth session, fourth South-East Asia pass (2026-12-07, helper `sea4`): AI products made in the Philippines,
// Vietnam, Thailand, Indonesia, Malaysia or Singapore, or built mainly for users there, that no entry claimed yet,
// beside the earlier South-East Asia passes (data/regional-c19-sea.ts, data/regional-c21-sea2.ts,
// data/regional-c23-sea3.ts), whose rows are not repeated here. Here: AI legal research for Vietnamese law (Asklaw) and
// for Philippine lawyers (JurisAI); AI-assisted reply drafts for Singapore property agents (Relay); a Thai AI
// marketing studio writing captions and product copy and drawing images (MARKO); a Filipino AI wellness companion
// (StressAId); AI payroll and AI-assisted financial statements for Singapore employers and accountants (AcctTen, Fast
// Statement); a Singapore AI model gateway (inferoute); AI voice and WhatsApp receptionists from Singapore for clinics,
// home-service trades and businesses' phone lines (Connectify AI, Voco, SmartAlex); a Malaysian AI platform taking prompts
// (SkillTrainer AI); and a Singapore-law library of AI-generated characters for advertising (Cast).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Most queries were English and
// worded the way vendors word their own terms, privacy, refund and compliance pages, naming a company form and a data
// law (Pte. Ltd. and UEN with Singapore's PDPA 2012; Sdn. Bhd. and company registration numbers with the PDPA 2010;
// PT with UU PDP / Law No. 27 of 2022; Inc. and SEC registration with the Data Privacy Act of 2012; Co., Ltd. with
// Thailand's PDPA B.E. 2562; Decree 13/2023/ND-CP for Vietnam) beside a kind of product (tutors and exam reviewers,
// Shopee/Lazada/TikTok Shop product photos and copy, live commerce, WhatsApp/LINE/Zalo reply bots, voice receptionists,
// HR and payroll, legal research, accounting, property agents, clinics, mental health, resumes, image and video
// generation, model providers named as sub-processors). Five queries were in Vietnamese, Thai or Indonesian (Zalo OA
// reply bots, IELTS speaking graders, a Thai PDPA privacy notice for AI content, Indonesian SEO writing, Indonesian
// WhatsApp selling assistants): they returned news, explainers, legal commentary and products already listed, as
// the earlier passes found. Three queries anchored on local payment providers (Midtrans/Xendit, PayMongo/GCash,
// Billplz/ToyyibPay/FPX) returned the payment providers' own terms and shops, and no new AI vendor. The English queries
// naming a company form and a model provider or an AI kind (voice receptionists, property agents, legal research,
// accounting and payroll, sub-processor lists) found the rows below. Every row cites a page with a path on the
// product's own host where the vendor says the product answers, drafts, generates, routes, calls or analyses with
// AI, an AI model or a named model provider (OpenAI, Google Vertex AI, Anthropic). Hosts were run through
// /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c25 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 269 hosts the searches returned (vendors, news, law firms,
// ministries, payment providers, agencies and shared hosts alike, in /work/helpers/out/sea4-hosts.txt): 36 classified
// before (13.4%), 50 after (18.6%).
//
// Already listed and left to their entries: ThaiBot, Dewata AI, Sahabat-AI, Sultan AI, IDEAI (ai.ideconnect.id),
// Cekat.AI, Satria's WhatsApp chatbot, ChaseBot, RATU AI, ChatPilot (runchatpilot.com), ThinkOtter, CikguAI, GlocAI,
// Diskarte Negosyante, Capabara, Trợ Lý Page, banhang.ai, PropXAI, Interviewer.AI, Visai's Vocalog, WadWai, WordsAI,
// bestimage.ai, kakak.ai, Chatbot DeAI (Sen), HMV Chatbot AI, bythen, Modellix, Designs.ai, Easy Expense Entry
// (accountants.e-linez.com) and Bot MD (botmd.io; the stored pages also show botmd.com, its resources host, which
// the botmd-io entry does not claim: a lead for that entry, not a new row). miu.ai's privacy policy now calls it an
// AI chatbot platform, but the nineteenth-session test traps miu.ai, so it is left to that pass's decision.
//
// Same names: Voco (voco.live, a Singapore AI receptionist) is another product than Voco (voco.church), so this row is
// "Voco (voco.live)"; Relay (tryrelay.pro) is another product than Relay.app and RelayPlane; Cast (castability.ai)
// carries its host for the same reason. MARKO is claimed on its subdomain marko.sxtech.me alone: the parent sxtech.me
// was not read.
//
// Doubtful rows: Asklaw is cited from its own blog, which describes Asklaw as an AI legal-research tool and how it
// labels every output as AI-generated; the page is a compliance note, not a plan or pricing page. Relay's compliance
// page says it is a software tool that drafts replies for agents and marks drafts AI-assisted; its privacy and pricing
// pages were not read. SkillTrainer AI's PDPA notice lists prompts and queries among the data it takes and says
// anonymised data improve its AI models, but does not say what the platform trains or answers; listed for what the
// notice says, category `other`. Fast Statement's terms define its outputs (financial statements and reports) as
// including AI-assisted outputs: the product is a financial-statement generator for accounting firms in which AI is
// part of the work, not a general accounting suite. Cast names Ability AI Technologies Private Limited and asserts
// copyright under Singapore law, read as a Singapore company; its characters are said to be fully AI-generated or made
// with permission. AcctTen's operator is named only as "AcctTen (acctten.com)"; its policy is written for Singapore
// (CPF, IR8A, ACRA, OneMap) and names Vertex AI and Anthropic for its agentic payroll assistance. inferoute is an AI
// gateway to other companies' models (developer-platform), read from its data-processing agreement.
//
// Left out. Pages that do not say the product uses AI, or say it only in a name: accwisely.com (credit-based
// "generations" from trial balances: a lead), zbguardian.com (Zenbase's voice and text regulatory chatbot for CEA
// agents, prompts and audio, no AI named: a lead), datvizai.com (DatViz Ai, prompt histories only), aibum.id
// (credit-based "automated content generation"), gani.ai (PT Konsultasi Teknologi Legal), jobhone.com, proppalcrm.com
// (Tyto AI Labs' WhatsApp CRM for agents), autokon.id, sapa.sarana.ai, shoptopia.app, recruiterpal.com,
// smart-scoring.com, tutorialxpress.my, sribintangeducation.com, visinowexec.info. Drafts and placeholders: hrsage.ai
// ("Company No. [To be registered]"), optadmin.com and app.acepsle.sg (as before), user-ecommerce.containerverse.dev
// ("[Your Company Name]"), rammojo.com (a billing baseline "before public launch"). UAT and odd hosts:
// uat.batasgpt.com and uat.aiob.app (as before), fast168.autofast.vip (AccessLaw's AI legal chat on another
// company's host), chat.smartaira.tebi.pro (a legal AI chat for an Indonesian regional parliament, an institution's
// own deployment). `?p=` pages: agapai.ph, senti.ai, nineten.ai, syntopia.ai, offered-jobs.com, undercover.co.id,
// myworka.id, 247aihealthcarereceptionist.com.au. General products where AI is one feature: lokerdollar.com (an
// Indonesian job board whose resume builder and job summaries use AI), timeteccloud.com (an HR suite's AI policy),
// propkaki.sg and vietrica.com (as before), jobsunlock.com, gajihub.my, hazkia.id, hris.peoplyee.com,
// onehrm.seccurio.com, asiapayrollhub.com. Agencies, consultancies, schools and firms: unshot.co (AI-assisted creative
// production by project), wgrow.com, buooy.com, resources.tangent9.com, sg-aiaas.com, aitg.com.my, mutiaraa.info,
// singaporeaischool.life, learnaisingapore.one, ailearnsg.one, tunasaim.biz, pertamapartners.com, nokasoft.com,
// eonsr.com, cazimir.com. Vendor blogs and portfolios that do not describe the vendor's own product: getpolaris.my,
// lamanichat-website.pages.dev, level3-ai.com, mampuai.com (a Malaysian AI chatbot vendor: a lead), x0pa.com (AI video
// recruitment, general post: a lead), hirecredible.com, lessonplanph.com and nextguro.ph (Philippine teachers' AI tools
// seen only on blog posts: leads), teacherkitph.com, mariafefischer.com's case study of TAGAP, glided.io (a bare
// homepage). Not in the region or not shown to be: receptra.co (UAE), voicewithai.in and clinicvoice.aivexallp.com
// (India), aiphotoedit.uk (China), productcreativegenerator.com, getphotoai.app, photoshopkungfu.com, aiavatar.fun,
// pons.ai (Hong Kong), lokchat (an Australian company's landing page on pages.dev), jobreports.pages.dev,
// app.openjobai.com. Shared platforms: smarttutor-website.pages.dev, sg-tutor-bots.web.app,
// futureati-site-ph.pages.dev, faceofmind.vercel.app (FaceofMind, a Cebu AI emotional-wellness app: a lead once its
// own host is seen), vstep-writing-xcode-website.pages.dev, lokchat-landing.pages.dev, worksearch-33ha.vercel.app,
// sites.google.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const regionalC25Sea4Tools: Tool[] = defineTools(
  'agents',
  [
    // --- legal research ---
    { id: 'asklaw-vn', name: 'Asklaw', vendor: 'Asklaw', category: 'search', domains: ['asklaw.vn'], source: 'https://asklaw.vn/blog/asklaw-compliance-vietnam-ai-act-pdpl-2026/' }, // vendor blog (Vietnam, AI Act and PDPL 2026): Asklaw as an AI legal-research tool whose every output carries an "AI-generated" label
    { id: 'jurisai-ph', name: 'JurisAI', vendor: 'JurisAI', category: 'search', domains: ['jurisai.ph'], source: 'https://jurisai.ph/public/privacy.html' }, // privacy (Data Privacy Act of 2012): AI-powered legal research, case analysis and analysis of uploaded pleadings for Philippine lawyers
    // --- writing and marketing ---
    { id: 'relay-tryrelay', name: 'Relay (tryrelay.pro)', vendor: 'Relay', category: 'writing', domains: ['tryrelay.pro'], source: 'https://tryrelay.pro/compliance' }, // compliance notes (Singapore, Estate Agents Act): software that drafts replies for CEA-registered agents, drafts marked AI-assisted
    { id: 'marko-sxtech', name: 'MARKO', vendor: 'MARKO', category: 'writing', domains: ['marko.sxtech.me'], source: 'https://marko.sxtech.me/ai-policy' }, // AI usage policy (laws of Thailand): Thai and English captions, campaign plans and product copy from OpenAI GPT-4o models and images from DALL-E, paid in credits
    { id: 'cast-ability', name: 'Cast (castability.ai)', vendor: 'Ability AI Technologies Private Limited', category: 'image', domains: ['castability.ai'], source: 'https://www.castability.ai/copyright-faq' }, // copyright FAQ (Singapore law): licensed characters, fully AI-generated or made with permission, for ads and video productions
    // --- health and wellness ---
    { id: 'stressaid-ph', name: 'StressAId', vendor: 'Morph Tech Inc.', category: 'chat', domains: ['stressaidph.com'], source: 'https://www.stressaidph.com/legal/privacy.html' }, // privacy (Data Privacy Act of 2012): stress self-assessments, mood logs and journals, with AI conversations that deliver AI wellness guidance
    // --- payroll and accounting ---
    { id: 'acctten', name: 'AcctTen', vendor: 'AcctTen', category: 'productivity', domains: ['acctten.com'], source: 'https://acctten.com/privacy-policy' }, // privacy (Singapore PDPA): payroll services with agentic payroll assistance on Google Vertex AI, Anthropic as a backup model
    { id: 'fast-statement', name: 'Fast Statement', vendor: '2ND BRAIN PTE. LTD.', category: 'productivity', domains: ['faststatement.com'], source: 'https://faststatement.com/terms' }, // terms (Singapore company): financial statements and reports generated for accountants, outputs including AI-assisted outputs, paid in credits
    // --- voice and messaging agents ---
    { id: 'connectify-ai', name: 'Connectify AI', vendor: 'Connectify AI', domains: ['connectify.ai'], source: 'https://www.connectify.ai/privacy' }, // privacy (Singapore PDPA): a managed AI phone and WhatsApp assistant for dental and medical clinics, each call opening with an AI notice
    { id: 'voco-live', name: 'Voco (voco.live)', vendor: 'Voco Private Limited', domains: ['voco.live'], source: 'https://www.voco.live/privacy' }, // privacy (incorporated in Singapore, PDPA): an AI-powered receptionist that answers calls and books jobs for home-service businesses
    { id: 'smartalex', name: 'SmartAlex', vendor: 'THERCSGROUP PTE. LTD.', domains: ['getsmartalex.com'], source: 'https://getsmartalex.com/legal/smartalex-telephony-notice' }, // telephony notice (Singapore company): calls placed and received through the platform by AI voice agents (or human agents, or both), recorded and transcribed
    // --- platforms ---
    { id: 'inferoute', name: 'inferoute', vendor: 'YOUTH FIRST SHOW PTE LTD', category: 'developer-platform', domains: ['inferoute.ai'], source: 'https://www.inferoute.ai/dpa' }, // data-processing agreement (Singapore company): the inferoute AI gateway, passing requests to the AI model providers a customer selects
    { id: 'skilltrainer-ai', name: 'SkillTrainer AI', vendor: 'SkillTrainer AI Sdn Bhd', category: 'other', domains: ['skilltrainer.ai'], source: 'https://skilltrainer.ai/pdpa' }, // PDPA notice (Kuala Lumpur): a platform taking user prompts and queries, anonymised data used to improve its AI models
  ],
  { checked: CHECKED_C25, region: 'southeast-asia' },
);
