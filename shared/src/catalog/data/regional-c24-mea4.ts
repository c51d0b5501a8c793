// Twenty-fourth session, fourth regional pass for the Middle East (2026-12-07, helper `mea4`): AI products made in the
// Gulf, Saudi Arabia, the UAE, Israel, Turkey or Iran, or built mainly for Arabic, Hebrew, Turkish or Persian speakers,
// that no entry claimed yet, beside the twelfth session's Persian list (data/regional-c12-middle-east.ts) and the
// "mea", "mea2" and "mea3" passes (data/regional-c18-mea.ts, data/regional-c19-mea2.ts, data/regional-c21-mea3.ts),
// whose rows are not repeated here. Here: a Saudi AI feasibility-study writer (Arshedni); an AI concierge for customer
// service in MENA and Arabic deployments (Eshal); an Israeli WhatsApp assistant that turns Hebrew natural-language
// messages into Home Assistant commands through language models (Homi); Turkish AI coffee-fortune and dream-reading
// services (Bi Kahve, RUYAN); a Turkish WhatsApp-chat analyser with its own machine-learning model (WC Analyzer); and a
// Persian prompt-to-image Telegram bot (Hooshran).
//
// Leads. 40 look-ups (36 in the stored `pages` corpus, 4 in `docs`), counted as they were made. Queries in Arabic
// (سياسة الخصوصية، الشروط والأحكام، ذكاء اصطناعي, tutors, dream interpretation, "we use AI providers such as OpenAI"),
// Hebrew (מדיניות פרטיות, תנאי שימוש, בינה מלאכותית, transcription, CV builders, Bagrut tutors), Turkish (gizlilik
// politikası, KVKK, aydınlatma metni, kullanım koşulları, yapay zeka asistanı, YKS/LGS coaches, legal assistants,
// Trendyol sellers, kahve falı, rüya tabiri), Persian (حریم خصوصی، قوانین و مقررات، هوش مصنوعی, speech-to-text, image
// generation, Telegram bots) and English (Arabic writing, speech and OCR, Jais/ALLaM/Fanar chat apps, Etimad tenders,
// Saudi PDPL, UAE Federal Decree-Law 45, Egyptian and Gulf voice agents, Quran recitation). The native-language privacy
// and terms queries returned news, law-firm articles, ministry guidance and products earlier passes listed almost
// only; the `docs` corpus returned Hugging Face model cards and agent skills. The consumer niches (Turkish fortune and
// dream apps) and English PDPL and CX queries found the rows below. Every row cites a page with a path on the product's
// own host where the vendor says the product answers, generates, interprets or analyses with AI, a machine-learning
// model, or named model providers (OpenAI, Azure OpenAI, LLM providers). Hosts were run through
// /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c24 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 245 hosts the searches returned (vendors, news, ministries,
// law firms, agencies, model hubs and shared hosts alike, in /work/helpers/out/mea4-hosts.txt): 33 classified before
// (13.5%), 40 after (16.3%).
//
// Already listed and left to their entries: TeachBack, Kitappai, Netfone's AI Agent, al-ai.net, Aiyelet, PAGE4U.AI,
// O.Translator, TheTranscriber, imgc, ChatGBT.ir, TalkBot, GapGPT, AI-Kar, Hooshio, Turkish.AI, Aleema, Trash Chat,
// Hafiz Prime, Saudi Genius, Jais (inceptionai.ai), HUMAIN, Core42, K2 Think and Falcon. Jais's live demo at arabic-gpt.ai is named only on Hugging Face model cards (a shared platform), not on a
// page of its own host: a lead to add to the inception-jais entry once its own page is read.
//
// Doubtful rows: Hooshran's guide page describes writing prompts, sizes and styles to make images with its Telegram
// bot without using the word AI; WC Analyzer's KVKK notice says chats are analysed and anonymised patterns kept to
// improve its machine-learning model, without describing the analysis further; Eshal is read from its own glossary,
// whose entries say what the Eshal product does; Homi's AI is the language-model step that turns messages into
// Home Assistant actions.
//
// Left out. Mobile-only apps whose pages speak of the app alone, or pages on a developer's general or legal host:
// lunatarot.com.tr (a trap since the c22 companions pass), dreamovy.com (an iOS dream app that names KVKK beside GDPR
// and CCPA but no country), codebiy.com's Rüya Defteri, mustafaevleksiz.com's SoruX (an AI YKS question generator on
// Vertex AI), legal.dodeyazilim.com's Dream Insight AI. Hosts that may be development copies: d.ai-website-builder.org
// (a Hebrew AI website builder's terms: a lead once its production host is seen). Pages that do not say the product
// uses AI: kahvefalin.com, falcieva.com (as before), info.co.il's INFO AI terms, ai-vrit.co.il, resumake.co.il,
// tyttamisabet.com. General products where AI is one feature: pashut.me (Israeli small-business bookkeeping with an AI
// assistant), app.retail-media.co.il (SEO analytics), ingilizcesinavi.com (an exam-prep site with AI practice tools),
// alpha-theory's driving-theory app, elbetron.com and gemmafind.com as earlier passes decided. Vendor blogs that do not describe the vendor's own product: tryhala.ai and
// vorel.ai (Arabic voice agents, Lebanon and Jordan by their examples: leads), leenai.ai's PDPL guide (a lead),
// gptgram.ir. Products from outside these regions or not shown to be from them: tajweedmate.com and recitid.ai (Quran
// recitation with speech recognition: leads for a global pass), coffeeprophet.net (an Austrian GmbH), chatrefy.cv,
// ailucius.com (tender writing with city pages worldwide). Placeholders: asascrm.com ("__TODO_LEGAL_ENTITY_EN__").
// Agencies, consultancies and personal sites: khaamcreative.com, halalautomations.com, ensignksa.com, wordian.co,
// ahmedayoutty.com, amdholding.com and nordicai.pro as before. A host on another company's domain:
// pdate.ceremeet.com's Cere Chatbot agreement (Cerebrum Teknoloji of Ankara, an OpenAI-backed chatbot: a lead once its
// own host is seen). Shared platforms: acayemre.github.io's DreamLens, alpha-theory.vercel.app,
// karinca-support.vercel.app, visionary-pika-4928f7.netlify.app, e8013585.github.io's Saudify, creatrixe.pages.dev,
// veritonixwebsite.pages.dev, amiramprep-app.netlify.app. Vendors seen only in news: Kumru (VNGRS), Fanar (QCRI) and
// Kaave Falı: leads.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24Mea4Tools: Tool[] = defineTools(
  'agents',
  [
    // --- Gulf: business planning and customer service ---
    { id: 'arshedni', name: 'Arshedni', vendor: 'Arshedni', category: 'productivity', domains: ['arshedni.com'], source: 'https://arshedni.com/en/privacy' }, // privacy (Saudi PDPL, Riyadh): the user describes a business idea to an AI assistant and the service generates feasibility-study reports in Arabic and English
    { id: 'eshal-ai', name: 'Eshal', vendor: 'Eshal', domains: ['eshal.ai'], source: 'https://eshal.ai/glossary/' }, // vendor glossary: the Eshal product is an AI concierge whose agents execute customer-service workflows, with MENA and Arabic deployments
    // --- Israel ---
    { id: 'homi-whatsapp', name: 'Homi', vendor: 'Homi (Shay Namir)', domains: ['talktohomi.com'], source: 'https://www.talktohomi.com/he/privacy' }, // privacy (Hebrew, Israeli law): a WhatsApp bot whose natural-language messages are analysed by OpenAI or other LLM providers and turned into Home Assistant actions
    // --- Turkey ---
    { id: 'bi-kahve', name: 'Bi Kahve', vendor: 'KUTAY YAZILIM MÜHENDİSLİK', category: 'other', domains: ['bikahveapp.com'], source: 'https://bikahveapp.com/en/privacy.html' }, // privacy (KVKK): uses artificial intelligence to generate coffee-fortune readings from photos of the cup
    { id: 'ruyan-dream', name: 'RUYAN', vendor: 'RUYAN (Tolga Yürükakan)', category: 'other', domains: ['ruyan.app'], source: 'https://ruyan.app/en/privacy/' }, // privacy (KVKK): dream texts sent to an AI engine (Azure OpenAI) that writes the interpretation; meditations from Vertex AI
    { id: 'wc-analyzer', name: 'WC Analyzer', vendor: 'Exludio', category: 'productivity', domains: ['wcanalyzer.com'], source: 'https://www.wcanalyzer.com/kvkk' }, // KVKK notice: uploaded WhatsApp chats are analysed and anonymised patterns kept to improve its machine-learning model
    // --- Iran ---
    { id: 'hooshran', name: 'Hooshran', vendor: 'Hooshran', category: 'image', domains: ['hooshran.com'], source: 'https://hooshran.com/guide' }, // guide (Persian): a Telegram bot that makes images from Persian or English prompts with size and style options
  ],
  { checked: CHECKED_C24, region: 'middle-east' },
);
