// Twenty-fifth session, South Asia pass (2026-12-07, helper `southasia`): AI products made in Pakistan, Bangladesh, Sri
// Lanka or Nepal, or built mainly for users there, that no entry claimed yet, beside the India passes
// (data/regional-c12-india.ts, data/regional-c20-india.ts, data/regional-c22-india2.ts, data/regional-c24-india3.ts)
// and the South-East Asia passes that also took Pakistani, Bangladeshi and Sri Lankan rows (data/regional-c19-sea.ts,
// data/regional-c23-sea3.ts), whose rows are not repeated here. The South Asian rows take the 'india' region, as those
// earlier passes gave their Pakistani, Bangladeshi and Sri Lankan rows (data/regions.ts has no separate region for
// them). Here: from Pakistan, a multilingual AI business-tools platform (Karsaaz AI), an AI receptionist for calls,
// e-mail, web chat and WhatsApp (Receptive AI), an AI WhatsApp auto-reply service from Karachi (V-Architect) and a
// WhatsApp order bot on Anthropic's Claude (OrderBot on commitpk.com); from Bangladesh, a pay-per-use language-model
// chat paid through bKash (Rewamil) and two Bangla transcription services (ShobdoAI on ElevenLabs, yourra.org on
// Gemini); from Sri Lanka, CodeGen's Lia AI chatbot and NirogiAI's care-routing app with AI triage on Anthropic; and
// from Nepal, a Gemini study-content generator for NEB classes 11 and 12 (EduBoost Nepal). Two Indian products met in
// passing are added with the India region (Kaarta's AI employee for Indian businesses, Webclues' ChatWit chatbot
// builder), and six products from elsewhere met in the same searches with their own regions: AI interview and hiring
// platforms (SmartInterviews.AI, Smart Hire), an AI clinic receptionist in the UAE (Receptra AI), a UAE AI résumé
// tailor (ResumePro), a Thai AI language-learning app (Babbly.AI) and an AI persona chat app (Ruvy).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way these vendors
// word their own pages: English anchored on company forms, places and payment rails ("(Private) Limited" and "(Pvt)
// Ltd" with Lahore, Karachi, Islamabad, Dhaka, Colombo and Kathmandu; SECP; PECA 2016; Pakistan's PDPA 2023; Sri
// Lanka's PDPA No. 9 of 2022; Bangladesh's Cyber Security Act 2023; JazzCash, Easypaisa, Safepay, PayFast, bKash,
// Nagad, SSLCommerz, PayHere, eSewa and Khalti refunds) beside AI kinds (Urdu and Bangla chat, MDCAT/FSc, SSC/HSC/BCS,
// O/L and A/L, CSS/PMS and Loksewa tutoring, freelancers' CVs, Daraz listings, WhatsApp and Messenger bots, voice and
// call-centre agents, receptionists, legal AI, health and telemedicine, FBR accounting, Bangla TTS and transcription,
// recruitment), and three queries in Urdu and Bangla. The Urdu and Bangla queries returned news, explainers and
// translated pages of foreign products, as every earlier pass found; queries anchored on laws and regulators returned
// law explainers and the regulators' own pages; queries on payment rails returned the payment providers' terms. The
// rows came from product-kind queries naming a city or "registered in Pakistan", "based in Dhaka", "Sri Lankan startup"
// or Nepal. Every row cites a page with a path on the product's own host (for EduBoost Nepal and Babbly.AI the claimed
// subdomain; for NirogiAI and ShobdoAI a subdomain of the claimed domain) that says in the vendor's words that the
// product answers, replies, transcribes, triages, generates or scores with AI, a language model or a named model
// provider (OpenAI, Anthropic, Gemini, ElevenLabs). Hosts were run through /work/helpers/classify-hosts.mts, names
// grepped in data/ and the other helpers' c25 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 264 hosts the searches returned (vendors, news, regulators,
// payment providers, law firms, agencies, directories and shared hosts alike, in
// /work/helpers/out/southasia-hosts.txt): 21 classified before (8.0%), 39 after (14.8%).
//
// Already listed and left to their entries: Aflatoon AI, PKAILabs, Bizbuddy, BondhuBot, Dolil AI, SriAI, ZehnOra,
// Seraa, InvoiceBridge, KALI-AI (kaliai.app), VoiceAI (voicewithai.in), Awaaz, Tamil AI, INVIAI, Gnius, ExamsTutor AI,
// Brain Pod AI, CreateVision AI, ChattyHiring, TTSMaker and SoundScript.AI.
//
// Doubtful rows. Rewamil's policy (a Dhaka sole operator) never writes "AI": it lists chat sessions with the model
// selected, reasoning settings and token usage, paid from a bKash wallet, which is a language-model chat. yourra.org's
// page names no company, country or product name (the row takes the host's name); it transcribes Bangla and English
// interview audio with Gemini for researchers. OrderBot names no country; it is counted as Pakistani from its host
// (commitpk.com) and its udhaar-style credit ledger, a judgement. Lia's EULA names Sri Lanka only in its business-day
// definition (CodeGen is a Colombo company). NirogiAI's policy is read on its invest. host and names the app, NirogiAI
// (Pvt) Ltd in Colombo 5 and Anthropic as its AI-triage provider; the app routes patients to doctors, so the AI is its
// front door rather than all of it. Karsaaz AI is owned by a UK company and operated by Karsaaz EBS Pvt Ltd in
// Pakistan; its refund page is an Elementor page with stray "Edit Template" labels around a complete policy. EduBoost
// Nepal sits on a developer's subdomain (eduboostnepal.nabint.com.np), claimed alone; the parent is a trap. Babbly.AI's
// policy is read in its Urdu translation; babbly.lab.ai is claimed alone and lab.ai is not read.
//
// Left out. Shared platforms: sites.google.com pages (Phebsoft (Pvt.) Ltd.'s MatchWise AI CV app, AinShikkha O Sheba's
// Smart BCS Preparation with an AI tutor, HSC MCQ Pro; phebsoft.com is a lead), kathasync-frontend.pages.dev
// (KathaSync, AI Bengali/Banglish transcription for Bangladesh: a lead once its own host is seen),
// lekhnesathi.pages.dev and thanujanu.github.io (ICTalk) as before, kaarya-ai.pages.dev, pvp-web-2.pages.dev,
// diwadi.pages.dev, nepmeals-website.pages.dev, vibyapp.blogspot.com, mbs-app.vercel.app, safepaydocs.netlify.app,
// sg-tutor-bots.web.app, two Firebase studio copies of a Bangla "Ai Teacher" app. A host on another company's domain:
// www.jobies.pk.immigarments.com.pk (Jobies.pk, an AI CV builder paid through JazzCash: a lead once jobies.pk is seen).
// Pages with no path: docs.al.mozhii.online (Mozhii AL, an AI Tamil chemistry tutor for Sri Lankan A/L: a lead). Drafts
// and templates: meetpakistan.com (its policy calls itself a template, as before), app.eduko.ai ("Client University",
// as before), new-resume.com ("first draft"), rammojo.com, saanvibot.ujss.in as before. Pages that do not say the
// product uses AI, or only in its name: aiteacher.fit, papergenius.pk, pakelp.com, paktaleem.com, mdcatprep.com,
// bdchat.app, chatalya.com, funneliq.site, bkotipoti.com, apkamuaalij.com, teraitrade.com, messengernepal.com.np,
// nepalihostels.com, describeimage.ai, documentscanner.ai, freeolmocr.com, questionpaper.ai, obsura.com,
// wintermuteai.com, textreader.cc, ttszone.com, getxsnap.com (it humanises AI text but does not say it uses AI),
// katha.family, raamvas.com, serve.chat. General products where AI is one feature: scholarx.pk (a tutoring platform
// with AI-personalised paths), mylawyers.pk (a lawyers' directory and forum with AI legal information: a lead for a
// prefix), mederium.com (telehealth with AI symptom checking), safelanka.lk (a police app with an AI legal assistant),
// prepmdcat.com, mdcathelper.com and edubank.app as before, iidslabs.org (IIDS Labs' site, whose Teacher AID platform
// for Nepali schools is a lead), aljasmilaw.com (a law firm's app), kawach.ai, app.thesmartrecruit.ai,
// jphub.techdestination.com (PSEB's portal chatbot). Phone-only apps as before: aiavatar.com.bd, jokercodes.net
// (Bangla.AI). Agencies, consultancies and R&D showcases: zensebot.com (Lahore), cleverhub.lk, caaqit.com,
// praxiumlabs.com, mindmapdigital.ai, iterosys.com (an in-house Bangla TTS case study: a lead),
// automationintelligence.in, edesy.in's voice-agent docs, goldenfish.ae. Not shown to be AI products of these
// countries, or outside the pass: aitradingstation.com (a lead for a global pass), files.hkhappymobile.com (Chat AI 5
// on a file host), karooli.ai (a waitlist), koshax.com, tatishvili.com, smartretailinsights.com, gcseaitutor.co.uk,
// ai-mentor.com.au as before, hiredrift.in as before, aetiengprocessing.com, res.botcoin.world, datacounterwidget.com.
// Vendors seen only in news or articles: Zehanat AI (DataVault, Karachi), AIAttorney.com.pk, UET's legal assistant,
// Pragya AI, Pencil News.
// Look-alikes: darazsellerhelp.com, daraztoolkit.com and daraz.msjtrader.com (seller-help sites styled after Daraz) are
// traps in lookalikes-c25-southasia.test.ts beside the regulators, payment providers and exam bodies.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const regionalC25SouthasiaTools: Tool[] = defineTools(
  'agents',
  [
    // --- Pakistan ---
    { id: 'karsaaz-ai', name: 'Karsaaz AI', vendor: 'Karsaaz EBS (Pvt) Ltd', category: 'productivity', domains: ['karsaazai.com'], source: 'https://karsaazai.com/refund-policy' }, // refund policy: a multilingual AI platform of business, finance, trade and cybersecurity tools; no refunds once AI tools have produced reports or summaries
    { id: 'receptive-ai', name: 'Receptive AI', vendor: 'Distack Solutions (SMC-Private) Limited', domains: ['getreceptive.com'], source: 'https://getreceptive.com/privacy' }, // privacy (incorporated in Pakistan): an AI receptionist platform answering calls, e-mail, web chat and WhatsApp from a configured knowledge base
    { id: 'v-architect', name: 'V-Architect', vendor: 'V-Architect', domains: ['v-architect.tech'], source: 'https://v-architect.tech/privacy.html' }, // privacy (Karachi): an AI-powered WhatsApp auto-reply service for businesses
    { id: 'orderbot-commitpk', name: 'OrderBot', vendor: 'OrderBot', domains: ['commitpk.com'], source: 'https://commitpk.com/privacy' }, // privacy: merchants' WhatsApp orders parsed by Anthropic's Claude to create orders and replies
    // --- Bangladesh ---
    { id: 'rewamil', name: 'Rewamil', vendor: 'Rewamil', category: 'chat', domains: ['rewamil.com'], source: 'https://rewamil.com/privacy.html' }, // privacy (Dhaka): chat sessions logged with the model selected, reasoning settings and token usage, paid from a bKash wallet
    { id: 'shobdoai', name: 'ShobdoAI', vendor: 'ShobdoAI', category: 'audio', domains: ['shobdoai.com'], source: 'https://api.shobdoai.com/privacy' }, // privacy: a Bangla audio and video transcription service whose files go to ElevenLabs, paid via bKash or Nagad
    { id: 'yourra', name: 'Yourra', vendor: 'Yourra', category: 'audio', domains: ['yourra.org'], source: 'https://yourra.org/privacy' }, // privacy: research interview audio transcribed into Bangla and English transcripts by Google Gemini
    // --- Sri Lanka ---
    { id: 'lia-chatbot', name: 'Lia Chatbot', vendor: 'CodeGen', domains: ['lialive.ai'], source: 'https://lialive.ai/privacy-policy' }, // EULA (Sri Lankan business days): CodeGen licenses Lia, "a fully functioning AI Chat Bot", to client businesses
    { id: 'nirogiai', name: 'NirogiAI', vendor: 'NirogiAI (Pvt) Ltd', category: 'other', domains: ['nirogiai.com'], source: 'https://invest.nirogiai.com/privacy' }, // privacy (Colombo 5): a care-routing app whose AI triage runs on Anthropic before medical officers, specialists and labs
    // --- Nepal ---
    { id: 'eduboost-nepal', name: 'EduBoost Nepal', vendor: 'EduBoost Nepal', category: 'productivity', domains: ['eduboostnepal.nabint.com.np'], source: 'https://eduboostnepal.nabint.com.np/pages/privacy' }, // privacy (Nepal law): a platform for NEB students that generates educational questions and answers with Google Gemini
    // --- India, met in passing ---
    { id: 'kaarta', name: 'Kaarta', vendor: 'Kaarta Platforms Pvt Ltd', domains: ['kaarta.in'], source: 'https://kaarta.in/privacy' }, // privacy: "the AI operating system for Indian businesses", an AI employee working the tools a business connects, with AI model providers
    { id: 'chatwit', name: 'ChatWit', vendor: 'Webclues Infotech', domains: ['chatwit.ai'], source: 'https://www.chatwit.ai/privacy-policy' }, // privacy (Ahmedabad): ChatWit is an AI chatbot builder made in-house by Webclues Infotech
    // --- elsewhere, met in passing ---
    { id: 'smartinterviews-ai', name: 'SmartInterviews.AI', vendor: 'SmartInterviews.AI', category: 'productivity', domains: ['smartinterviews.ai'], source: 'https://smartinterviews.ai/legal-candidate-privacy.html', region: 'global' }, // candidate privacy: an AI-assisted interview platform employers use to evaluate recorded candidates
    { id: 'smart-hire-website', name: 'Smart Hire', vendor: 'Smart Hire', category: 'productivity', domains: ['smarthire.website'], source: 'https://smarthire.website/privacy', region: 'global' }, // privacy: an AI-powered recruitment platform that scores résumés against jobs by semantic analysis
    { id: 'receptra-ai', name: 'Receptra AI', vendor: 'Receptra AI', domains: ['receptra.co'], source: 'https://receptra.co/privacy', region: 'middle-east' }, // privacy (UAE PDPL): Sara, an AI voice receptionist that answers clinic calls and books appointments
    { id: 'resumepro-win', name: 'ResumePro', vendor: 'Spirit Arabia Ventures F.Z.E.', category: 'writing', domains: ['resumepro.win'], source: 'https://www.resumepro.win/terms.html', region: 'middle-east' }, // terms (UAE): an AI-powered résumé customisation, builder, cover-letter and interview-prep service
    { id: 'babbly-ai', name: 'Babbly.AI', vendor: 'Babbly.AI', category: 'chat', domains: ['babbly.lab.ai'], source: 'https://babbly.lab.ai/ur/app-privacy', region: 'southeast-asia' }, // app privacy (Urdu translation; Thailand's PDPA): an AI-based language-learning app with text and voice conversations with its AI
    { id: 'ruvy', name: 'Ruvy', vendor: 'Ruvy', category: 'chat', domains: ['ruvyapp.com'], source: 'https://www.ruvyapp.com/policy/privacy.html', region: 'global' }, // privacy: persona chat rooms whose prompts and messages are used for AI generation, with uploaded and generated images
  ],
  { checked: CHECKED_C25, region: 'india' },
);
