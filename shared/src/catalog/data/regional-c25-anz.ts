// Twenty-fifth session, regional pass for Australia and New Zealand (2026-12-07, helper `anz`): AI products made in
// Australia or New Zealand, or built mainly for users there, that no entry claimed yet, beside the twenty-third
// session's South-East Asia pass (data/regional-c23-sea3.ts), whose Australian and New Zealand rows (TutorGPT,
// TradieConnect AI, Your Offsider, RoshanAI360, Numbat.ai, bizzme, Agentive and others) are not repeated here.
// Region: data/regions.ts has no region for Oceania, so every row takes 'global', as the catalog's other Australian and
// New Zealand rows do (regional-c23-sea3.ts, AusGrader, Annalise.ai, Process AI).
// Here: AI voice receptionists for Australian trades and clinics and for New Zealand allied-health clinics (Office Voice
// on ServiceM8, Jubilee Voice, HealthReceptionist.ai, FlowLeads); AI website chatbots sold from Australia (Chatcot,
// YepAi); AI recruiting platforms that score and rank candidates (AIWorkerz, Skilio Hire, Yelm); legal AI for
// Australian lawyers and the public (Light String Labs' contract drafter, Lawg by CoeusX, LEAP's LawY on OpenAI) and a
// compliance assistant for New Zealand real-estate agents (Owl AI); AI writing tools (WriteNow AI on OpenAI, PostLAC's
// social posts, EZ-Resume's resumes and cover letters, SiteArmour's safe work method statements); an AI quote tool for
// Australian residential builders (Struxo Quotes); an AI ad-compliance checker (ClearAd); a homeschool learning log that
// maps activities to curriculum outcomes with Gemini (Learning Log); a GP consult-note app for New Zealand on Deepgram
// and OpenAI (ConsultAI NZ); a te reo Māori translator and explainer on OpenAI (Reo Chat); real-time AI translation of
// video calls (VideoTranslator); AI property tools for New Zealand and Australian landlords, investors and agents
// (Proppi, PropZy on Claude, Innora Property); an AI platform for New Zealand financial advisers (Twio); and an AI
// voice wellbeing protocol for moments of stress (SteadySelf).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way Australian
// and New Zealand vendors word their own pages: company forms and registry numbers ("Pty Ltd", ACN/ABN, "Limited" with
// NZBN, a "sole trader" with an ABN), the data laws (Privacy Act 1988 (Cth) and the APPs, the New Zealand Privacy Act
// 2020 and its IPPs, the Health Information Privacy Code), the Australian Consumer Law in refund clauses and the Fair
// Trading and Consumer Guarantees Acts, beside AI kinds (medical and allied-health scribes, listing copy and virtual
// staging, tradies' quoting and receptionists, bookkeeping and tax, tutors for HSC/NAPLAN/NCEA, recruiting, website
// chatbots, legal drafting, meeting notes, images and headshots, marketing posts, NDIS notes, visas, teachers' tools,
// clinics' voice agents, te reo Māori, resumes, grants, advisers' file notes, restaurants' phone orders, property
// management, tenders, wellbeing, video and Shopify copy, SWMS). As earlier passes found, the queries naming a company
// form with a kind of product found vendors; the ones naming only the law (Privacy Act with AI) returned consultancies'
// guides, regulators, practices' AI-use notices and law firms. Every row cites a page with a path on the product's own
// host where the vendor says the product generates, answers, scores, drafts, translates or analyses with AI, a language
// model or a named model provider. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and
// the other helpers' c25 files checked first (none were present when this pass was written).
//
// Measured with /work/helpers/classify-hosts.mts on the 256 hosts the searches returned (vendors, regulators, news,
// practices, law firms, agencies, directories and shared hosts alike, in /work/helpers/out/anz-hosts.txt): 35
// classified before (13.7%), 63 after (24.6%).
//
// Already listed and left to their entries: TradieConnect AI, Your Offsider, RoshanAI360, TutorGPT, AusGrader, Lessio,
// Numbat.ai, LawReach AI, bizzme, Process AI, Agentive (its pages.dev copy is a trap here), JobScreener AI, Sapia.ai,
// Respondable AI, BotSupport.ai, PM Friend, Lyrebird Health, Scribing.io, Peacify, therappai, Datum Notes, and, not from
// the region, PropStage, ListedRight.ai, Better Listing Media, Avatarli, PodThis, BusyOtter, OrderFlow AI, PayOrder,
// NannaBanana, Nanofig, profilephoto.me and the Shopify SEO apps (Bulk SEO Agent, AI Bulk Product SEO, ShopGPT,
// selfspark's Product Descriptions AI).
//
// Doubtful rows: Struxo Quotes is claimed as its subdomain alone (quotes.struxo.com), because its terms speak of "AI
// outputs generated through the Platform" for Australian residential builders while struxo.com, Buildpayz Pty Ltd's
// main site, was not read. ConsultAI NZ's privacy page sits on clinicpro.co.nz and names ConsultAI NZ as the app; the
// host is claimed on that page's word, without reading the rest of the site. PropZy is a property-portfolio service
// whose policy lists AI features (a portfolio agent, document extraction and loan review on Claude through Amazon
// Bedrock) beside its records; it is listed for the AI assistant at its centre, a judgement. Twio's terms define "AI
// Output" from the platform's AI features (summaries, extraction, drafts) for New Zealand financial advice providers;
// the rest of the product was not read. Learning Log's generative-AI policy is a Wix page on its own host. PostLAC is an
// Australian sole trader's service with a bilingual Chinese and English policy; it is counted as Australian from its
// ABN. Chatcot's terms name no person or ABN, only an Australian sole trader. Yelm's policy names Pacific Data Pty Ltd
// and its "AI-powered recruitment platform" without naming the product; the name is taken from the host.
//
// Left out. Placeholders and drafts: aitaxagentpro.com.au ("[Your Business Pty Ltd]", as before), audienceout.com ("[Your
// Company Name]" for an AI speech coach registered in New Zealand), syntra-aisolutions.com (VoyceForge's policy with
// drafting notes left in), getpolicypacks.com ("ABN 00 000 000 000"), eatapp.com.au ("ABN to be confirmed"),
// essaygrader.examforge.com (as before). Pages with `?p=` only: myvisago.com (an Australian migration chatbot: a lead),
// 247aihealthcarereceptionist.com.au (Dr Reddy AI Automation's healthcare receptionist: a lead), mywritingtutor.com.au
// (as before), legalassistant.au (as before). Pages that do not say the product uses AI, or only in a name:
// maiscribe.com.au (mAIscribe's privacy speaks of transcribing consultations: a lead for a page that says AI),
// medicalnote.ai (as before), academy.tinyore.com, pocket-mentor.com.au, togetherai.com and togetherai.co ("algorithms"),
// kinemat.ai (listing videos from a URL: a lead), tenpod.com.au, autofetch.ai, autoapply.com.au and jobmaster.com.au
// (tailored documents without saying AI: leads), taxbot.ai, deductau.com, dittocom.com (Ditto Plus AI Limited's
// chatbot terms), cartoonai.io, aphotoi.com. General products where AI is one feature: ozpath.au (a student-visa app
// with the OzPal chatbot), gotax.com.au, app.taxtracker.com.au (Jazhi's BAS categorisation), trialaccounts.com.au (its
// Trial AI module: a lead), natronz.com (NZ Chat's optional AI), lawlux.com.au (a law firm's Lixo AI).
// Vendor blogs and guides that do not describe the vendor's own AI product: waboom.ai (AI receptionists for NZ and AU
// clinics: a lead for a product page), dinelineai.com (AI phone ordering for Australian restaurants: a lead),
// finlogica.com.au and advisewell.co (advisers' AI risk: leads), lessoncreator.com.au (AI lesson planning: a lead),
// fluxhire.ai, zemly.ai, tenderbuilt.com.au, upgraded.au, tyronebaena.com, billa.au (as before), enterprisedna.co.
// A shop's or firm's own bot: chat.simplyprobate.co.nz (a probate firm's OpenAI chatbot). Agencies, consultancies and
// guides: cornerstoneaipartners.com, neuralnest.info and nzgpts.xyz (as before), aitearoa.ai (as before), squareai.com.au,
// automationbuilders.ai, deedreams.co.nz, kiwiagentai.co.nz (templates and prompts), buildnbloom.io (as before),
// theaicommand.com, anitech.ai, pipehq.co.nz, alfamedlink.com, ibrs.com.au. Practices and businesses describing their own
// use of AI tools: posity.au, unfurlpsychology.com.au, bodysensepsychology.com.au, beachbreakot.com.au, davidpatrick.au,
// bradmclean.com.au, victoriaclark.com, mmvc.com.au, crunchaccounting.co.nz, tradiecontractco.com.au, growmore.one and
// growmoreglobalvisa.com, onboard.nz. Shared platforms: NDIScribe's policy on a cloudfront.net host (ndiscribe.com is a
// lead), ApplyKit's policy on notion.site (applykit.com.au is a lead), Myaccountant's on ma-global-website.pages.dev
// (myaccountant.com.au's Anthropic document extraction is a lead), tradiesline-website.pages.dev and
// tradie-pilot-ai-web.pages.dev (as before), www-agentive-city.pages.dev, eduagent-au.pages.dev, mcc-docs.pages.dev, a
// replit.dev TradeOS blog, web-red-journeys.vercel.app, a railway.app meeting-notes policy and a gohighlevel.com preview
// of Ai-AutoMATE Pty Ltd's terms. Not from the region or not shown to be: ailucius.com (as before), listedright.ai and
// betterlistingmedia.com (listed), app.road2.app (listed), respondableai.com (listed), datumnotes.com (listed),
// rapporteur.digitransactai.com, headshot and Shopify apps from elsewhere.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const regionalC25AnzTools: Tool[] = defineTools(
  'productivity',
  [
    // --- voice receptionists for trades and clinics ---
    { id: 'office-voice', name: 'Office Voice', vendor: 'Four Mile Pty Ltd', category: 'audio', domains: ['office-voice.com'], source: 'https://office-voice.com/legal/privacy' }, // privacy (ABN given): an AI voice product for Australian trade and service businesses that answers and makes calls and writes results back to ServiceM8 jobs
    { id: 'jubilee-voice', name: 'Jubilee Voice', vendor: 'Jubilee Voice Pty Ltd', category: 'audio', domains: ['jubileevoice.ai'], source: 'https://www.jubileevoice.ai/privacy-policy' }, // privacy (APPs, ACN given): AI-powered voice assistant services, automated phone answering, call transcription and calendar and CRM automation, Cliniko for clinics
    { id: 'healthreceptionist-ai', name: 'HealthReceptionist.ai', vendor: 'HealthReceptionist.ai Pty Ltd', category: 'audio', domains: ['healthreceptionist.ai'], source: 'https://healthreceptionist.ai/privacy' }, // privacy (Australian Privacy Act): a virtual receptionist AI service that books GP appointments by voice or chat and transcribes calls in real time
    { id: 'flowleads-nz', name: 'FlowLeads', vendor: 'FlowLeads Limited', category: 'audio', domains: ['flowleads.co.nz'], source: 'https://flowleads.co.nz/privacy-policy.html' }, // privacy (NZ company, Privacy Act 2020): an AI-powered virtual receptionist for allied health clinics that handles booking calls and writes call summaries
    // --- website chatbots ---
    { id: 'chatcot', name: 'Chatcot', vendor: 'Chatcot', category: 'agents', domains: ['chatcot.com'], source: 'https://chatcot.com/resources/terms' }, // terms (an Australian sole trader): a platform to build, train and deploy AI-powered chatbots on websites with a code snippet
    { id: 'yepai', name: 'YepAi', vendor: 'YepAi Pty Ltd', category: 'agents', domains: ['yepai.io'], source: 'https://yepai.io/terms-and-conditions' }, // terms (ACN given, Australian Consumer Law): access to AI chatbots and virtual assistants for customers' websites, with an AI disclaimer clause
    // --- recruiting ---
    { id: 'aiworkerz', name: 'AIWorkerz', vendor: 'AIWorkerz Pty Ltd', domains: ['aiworkerz.com'], source: 'https://aiworkerz.com/privacy.html' }, // privacy: an Australian AI-powered recruitment automation platform with AI-generated candidate scores, assessments and competency tests
    { id: 'skilio-hire', name: 'Skilio Hire', vendor: 'OneStop IT Talents Pty Ltd', domains: ['skilio.com.au'], source: 'https://skilio.com.au/privacy/' }, // privacy (APPs, ABN given): an AI-assisted recruitment platform whose AI system writes match scores, skills gaps and a shortlist recommendation for each CV
    { id: 'yelm-au', name: 'Yelm', vendor: 'Pacific Data Pty Ltd', domains: ['yelm.com.au'], source: 'https://www.yelm.com.au/privacy-policy' }, // privacy: an AI-powered recruitment platform processing CVs, interview recordings and transcripts and behavioural assessments
    // --- legal ---
    { id: 'light-string-labs', name: 'Light String Labs', vendor: 'Light String Labs Pty Ltd', category: 'writing', domains: ['lightstringlab.com'], source: 'https://lightstringlab.com/ToUs' }, // terms (ACN given): a large-language-model application for lawyers admitted in Australia that drafts and reviews commercial contracts
    { id: 'lawg-coeusx', name: 'Lawg', vendor: 'CoeusX Pty Ltd', category: 'chat', domains: ['coeusx.ai'], source: 'https://coeusx.ai/terms' }, // terms (ABN given): a legal-information service on Australian law and tax, with a Chrome extension, answering with AI-generated content from AI model providers
    { id: 'lawy', name: 'LawY', vendor: 'LawY Pty Ltd', category: 'chat', domains: ['lawy.ai'], source: 'https://lawy.ai/terms-conditions' }, // terms (LEAP's): an AI-powered platform answering legal professionals' family-law queries with OpenAI's model, verified by lawyers
    { id: 'owl-ai-nz', name: 'Owl AI', vendor: 'Utogi Ltd', category: 'chat', domains: ['owlai.co.nz'], source: 'https://owlai.co.nz/terms' }, // terms (NZ company): an AI-powered compliance assistant for licensed real-estate agents and branch managers under New Zealand's Real Estate Agents Act
    // --- writing and content ---
    { id: 'writenow-ai', name: 'WriteNow AI', vendor: 'WriteNow AI', category: 'writing', domains: ['writenowai.com'], source: 'https://writenowai.com/terms-of-use/' }, // terms (ABN given): a writing app at app.writenowai.com and an Outlook add-in that use OpenAI's services
    { id: 'postlac', name: 'PostLAC', vendor: 'PostLAC', category: 'writing', domains: ['postlac.com'], source: 'https://www.postlac.com/privacy-policy' }, // privacy (an Australian sole trader, ABN given): an AI-powered SaaS for content generation and social-media automation
    { id: 'ez-resume', name: 'EZ-Resume', vendor: 'EZ-Resume', category: 'writing', domains: ['ez-resume.xyz'], source: 'https://ez-resume.xyz/privacy' }, // privacy (APPs): an Australian business providing AI-powered resume and cover-letter generation, with AI usage counters
    { id: 'sitearmour', name: 'SiteArmour', vendor: 'SiteArmour', category: 'writing', domains: ['sitearmour.com.au'], source: 'https://sitearmour.com.au/disclaimer' }, // disclaimer: an AI-assisted tool whose third-party AI models draft safe work method statements for Australian tradespeople, with voice input
    { id: 'clearad-ai', name: 'ClearAd', vendor: 'ClearAd Pty Ltd', category: 'other', domains: ['clearad.ai'], source: 'https://clearad.ai/privacy' }, // privacy (APPs): uploaded ads (images, videos, text, URLs) are analysed by its AI engine for compliance checking
    // --- building, property and finance ---
    { id: 'struxo-quotes', name: 'Struxo Quotes', vendor: 'Buildpayz Pty Ltd', domains: ['quotes.struxo.com'], source: 'https://quotes.struxo.com/policies/terms-of-service' }, // terms (ABN given): a quoting platform for licensed Australian residential builders and trades whose AI outputs are calibrated for residential construction
    { id: 'proppi', name: 'Proppi', vendor: 'ProppiAI Limited', domains: ['proppi.ai'], source: 'https://www.proppi.ai/security/' }, // security page: property documents for NZ and Australian landlords read with third-party AI (OCR, classification, entity extraction, conversational search)
    { id: 'propzy', name: 'PropZy', vendor: 'PropZy Pty Ltd', domains: ['propzy.com.au'], source: 'https://propzy.com.au/privacy' }, // privacy (APPs, ACN given): a property-portfolio service with an AI assistant on web chat and WhatsApp and a portfolio agent, extraction and loan review on Claude
    { id: 'innora-property', name: 'Innora Property', vendor: 'Innora Technology NZ Limited', domains: ['innora.properties'], source: 'https://www.innora.properties/terms' }, // terms (NZBN given, Auckland): an AI-powered property-intelligence platform for New Zealand with AI-generated reports and listing descriptions
    { id: 'twio-ai', name: 'Twio', vendor: 'Twio Technologies Ltd', domains: ['twio.ai'], source: 'https://www.twio.ai/terms' }, // terms (NZ company): a platform for New Zealand financial advice providers whose AI features produce summaries, classifications, extractions and drafts
    // --- education, health and wellbeing ---
    { id: 'learning-log-au', name: 'Learning Log', vendor: 'OneSkill AI Pty Ltd', domains: ['learninglog.com.au'], source: 'https://www.learninglog.com.au/genai-policy' }, // generative-AI policy (ACN given): an app recording children's learning that uses Google Gemini to suggest curriculum outcomes and key learning areas and draft summaries
    { id: 'consultai-nz', name: 'ConsultAI NZ', vendor: 'ClinicPro', category: 'meeting', domains: ['clinicpro.co.nz'], source: 'https://www.clinicpro.co.nz/privacy-info' }, // privacy notice: consultation audio transcribed by Deepgram and turned into GP notes by OpenAI's note-generation AI, under the Health Information Privacy Code
    { id: 'steadyself', name: 'SteadySelf', vendor: 'SteadySelf Pty Ltd', category: 'chat', domains: ['steadyself.ai'], source: 'https://www.steadyself.ai/terms-conditions' }, // terms (ACN given): a voice-activated AI wellbeing protocol for stress or panic whose responses are AI-generated voice and text
    // --- translation ---
    { id: 'reo-chat', name: 'Reo Chat', vendor: 'Reo Chat', category: 'translation', domains: ['reo.chat'], source: 'https://reo.chat/privacy' }, // privacy (NZ Privacy Act 2020): messages translated between te reo Māori and English and explained for learners by OpenAI
    { id: 'videotranslator-ai', name: 'VideoTranslator', vendor: 'VideoTranslatorAI Pty Ltd', category: 'translation', domains: ['videotranslator.ai'], source: 'https://videotranslator.ai/en/terms-of-use' }, // terms (ABN given): SaaS AI for real-time multilingual teleconferencing and text translation
  ],
  { checked: CHECKED_C25, region: 'global' },
);
