// Nineteenth session, second regional pass for the Middle East, Turkey, Iran, Israel and Africa (2026-12-06, pass
// "mea2"): AI products made in those regions or built mainly for their users that the catalog, after the eighteenth
// session's "mea" pass (data/regional-c18-mea.ts), still missed. WhatsApp AI assistants and support agents from Nigeria,
// Kenya and Qatar; Israeli legal-information, website-chat and landing-page tools; an Amharic AI service from Ethiopia;
// an Egyptian AI tutor for IGCSE and Thanaweya Amma; a Kenyan legal-document generator; a Ghanaian AI gateway; a
// Turkish AI translation service; a Moroccan civic co-pilot; a Dubai chat assistant; and iFlytek's open platform for
// the Gulf, run from the UAE with data kept in Saudi Arabia.
//
// Leads. The stored `pages` corpus searched by product kind and region (52 look-ups), worded the way vendors word their
// own terms and privacy policies, in Arabic (الشروط والأحكام، سياسة الخصوصية، ذكاء اصطناعي), Persian (قوانین و مقررات،
// حریم خصوصی، هوش مصنوعی), Turkish (kullanım koşulları, gizlilik politikası, yapay zeka), Hebrew (תנאי שימוש, מדיניות
// פרטיות, בינה מלאכותית), French (Maghreb) and English, and by data-protection law (NDPA, Kenya's DPA 2019, POPIA,
// Egypt's PDPL 151, Saudi PDPL, Qatar PDPPL, Israel's Privacy Protection Law). Every row cites a page, with a path, on
// the product's own host saying in the vendor's words that the product answers, drafts, translates or tutors with AI
// or a named model. Candidate hosts were run through /work/helpers/classify-hosts.mts and the catalog grepped by name
// first; already listed and left to their entries: Assistly (assistly.dev), Jibu AI, CDIAL Indigenius, Soga (Nadhari),
// AX AI (ai.gccfuture.com), Aleema, Trash Chat, Omnibot (Airbot), AI Chat (ai-chat.co.za), Soualy, AIDEVELOPIA,
// ExamsTutor, CampusTutor, Raqeb, Aiyelet, ZeKol, WhaleBiz, chatgbt.ir, GapGPT, TalkBot, Turkish.AI, O.Translator,
// imgc, LAI, Shoppili SmartBot, al-ai.net, Moknah, AI4SmallBusiness and Intella. The Ghanaian gateway sits on
// vindex-ai.amgaptech.com and is claimed alone (amgaptech.com is the company site); iFlytek's MENA platform is claimed
// as ksa.xfyun.com alone (iFlytek's Chinese hosts are listed elsewhere under xfyun.cn).
//
// Measured with /work/helpers/classify-hosts.mts on the 328 hosts the searches returned (vendors, blogs, news sites,
// law firms and shared hosts alike): 47 classified before (14.3%), 62 (18.9%) after.
//
// Doubtful rows: AMSA-AI (amsaai.org) calls itself a civic project, but its page describes an AI co-pilot that drafts
// questions and memos for local elected officials; DXB.AIDRETech's policy describes a chat assistant with model and
// provider selection and credits but does not name its company's country beyond the "DXB" brand.
//
// Left out. Pages with placeholders or drafts (wappbot.cloud's "[URL]" terms, matajir-ai.com, gotcha.co.il,
// usetape.app, the "[insert date]" policy of wenzi.co.za); pages that never say the product uses AI (tamleluya.com's
// transcription beta, veeza.ai, hiresai.ai, mugah.co's Word add-in guide, tzumi.co.il's booking bot, tryada.site,
// adai-ai.com, mail.aisorted.co.za, kaps.co.il's templated terms); hosts on another company's domain
// (nzoka.com.kikodi.com, BotWave's policy on enchemin.org); blogs and guides (blog.ehlan.ai, agentlabs.co.il,
// callscribe.ae, shwra.ai, nabarati.ai); `?p=` pages (chatbawa.com, belong.life, gentrix.ai, aionsentia.com,
// wordian.co); shared platforms (kira-ai.vercel.app, sentinel-automations.pages.dev, kinyaai.up.railway.app, Google
// Sites app policies); general products with an AI feature (WasaaChat, Zenzo Connect, AiQo fitness, adwhats.com.sa,
// BotTii, Dipdux, Thabit AI's compliance tools, the CNTXT data-annotation company); community and research projects
// (dholuo.digital, the Lesotho health chatbot, copilot-community.ai-institute.ma, africanvoices.io); agencies' own bots
// (argm.co.il, altai.digital, dontthinkabout.com's business suite); and trydaleel.app, whose AI search names no country.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const regionalC19Mea2Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Africa: WhatsApp assistants and support agents ---
    { id: 'assistrack-ai', name: 'Assistrack AI', vendor: 'Assistrack AI', domains: ['assistrack.com'], region: 'africa', source: 'https://www.assistrack.com/privacy' }, // privacy (NDPA 2023): a WhatsApp productivity assistant for Nigeria; voice notes transcribed so the assistant can act
    { id: 'zenai-pro', name: 'Zenai', vendor: 'Zenai', category: 'agents', domains: ['zenai.pro'], region: 'africa', source: 'https://zenai.pro/privacy' }, // privacy (laws of Kenya): WhatsApp messages routed through an AI pipeline that generates support replies
    { id: 'chatpilot-ke', name: 'ChatPilot', vendor: 'ChatPilot Ltd', category: 'agents', domains: ['chatpilot.biz'], region: 'africa', source: 'https://www.chatpilot.biz/ai-usage-policy' }, // AI usage policy (Kenya): WhatsApp commerce conversations classified and answered with Claude
    { id: 'amgaptech-ai-gateway', name: 'AmgapTech AI Gateway (Vindex AI)', vendor: 'AmgapTech LTD', category: 'agents', domains: ['vindex-ai.amgaptech.com'], region: 'africa', source: 'https://vindex-ai.amgaptech.com/terms' }, // terms (Ghana): AI chat interfaces, automated support and agentic AI over an API, billed in tokens
    // --- Africa: language, tutoring, legal and civic tools ---
    { id: 'ethiopicai', name: 'EthiopicAI', vendor: 'EthiopicAI', domains: ['ethiopic.io'], region: 'africa', source: 'https://ethiopic.io/tos/ethiopicai-tos-amharic.html' }, // terms in Amharic: AI services, API and apps for Ethiopia under Ethiopian law
    { id: 'project-zenith-eg', name: 'Project Zenith', vendor: 'Project Zenith', domains: ['projectzenith.co'], region: 'africa', source: 'https://projectzenith.co/privacy' }, // privacy (Egypt): AI tutoring mentors for IGCSE and Thanaweya Amma students, powered by the Gemini API
    { id: 'lawfirm-ai-ke', name: 'LawfirmAI', vendor: 'Konye Consultants Limited', category: 'writing', domains: ['lawfirm-ai.co.ke'], region: 'africa', source: 'https://www.lawfirm-ai.co.ke/privacy' }, // privacy (Kenya): AI-generated legal documents and templates for law firms
    { id: 'amsa-ai', name: 'AMSA-AI', vendor: 'AMSA-AI', domains: ['amsaai.org'], region: 'africa', source: 'https://amsaai.org/safeguards/' }, // safeguards (Morocco): an AI co-pilot that drafts questions and memos for local governance, with Arabic and Darija support
    // --- Middle East: Israel ---
    { id: 'dinai-israel', name: 'DinAI Israel', vendor: 'DinAI Israel', domains: ['din-ai.co.il'], region: 'middle-east', source: 'https://din-ai.co.il/legal/privacy' }, // privacy: an AI-powered legal information platform; chat questions and uploaded files analysed by AI
    { id: 'jajahelper', name: 'JajaHelper', vendor: 'JajaSoft', domains: ['jajahelper.com'], region: 'middle-east', source: 'https://jajahelper.com/privacy' }, // privacy (Israeli privacy law): a virtual agent on clients' websites whose replies are generated with OpenAI
    { id: 'page4u-ai', name: 'PAGE4U.AI', vendor: 'PAGE4U.AI', category: 'writing', domains: ['page4u.ai'], region: 'middle-east', source: 'https://page4u.ai/he/legal/privacy' }, // privacy in Hebrew: landing pages whose content is created with Gemini and Claude
    // --- Middle East: Gulf and Turkey ---
    { id: 'halaqa-qa', name: 'Halaqa', vendor: 'Halaqa', category: 'agents', domains: ['halaqa.co'], region: 'middle-east', source: 'https://halaqa.co/legal/privacy?lang=ar' }, // privacy (Qatar): a WhatsApp AI receptionist for clinics, salons and small businesses in the GCC
    { id: 'dxb-aidretech', name: 'DXB.AIDRETech', vendor: 'AIDRETech', domains: ['aidretech.com'], region: 'middle-east', source: 'https://aidretech.com/privacy' }, // privacy: chat prompts and assistant outputs, model and provider selection, paid in credits
    { id: 'iflytek-mena-open-platform', name: 'iFlytek AI Open Platform (MENA)', vendor: 'AIME MENA Technology FZ-LLC', category: 'developer-platform', domains: ['ksa.xfyun.com'], region: 'middle-east', source: 'https://ksa.xfyun.com/doc/platform/privacy.html' }, // privacy: the AI Open Platform for the GCC, Egypt and Jordan, hosted with data stored in Saudi Arabia
    { id: 'transleyt', name: 'Transleyt', vendor: 'AICOOR Bilgi Teknolojileri', category: 'translation', domains: ['transleyt.com'], region: 'middle-east', source: 'https://transleyt.com/en/distance-sales-contract' }, // distance sales contract (Turkey): an artificial-intelligence-supported translation and media-processing service
  ],
  { checked: CHECKED_C19, region: 'middle-east' },
);
