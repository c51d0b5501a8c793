// Eighteenth session, regional pass for India, the Middle East, Turkey and Africa (2026-12-06, pass "mea"): AI products
// made in those regions or built mainly for their languages that the catalog still missed. Indian assistants and voice
// agents for Indian languages, Indian legal-drafting tools, JEE/CBSE tutors and a Telugu writing checker; Persian and
// Hebrew assistants, Israeli transcription, translation, therapy-notes and WhatsApp-agent services; Saudi and Emirati
// tools for recruiting, policy drafting, real-estate sales, delivery-dispute inspection and Arabic speech recognition;
// Turkish generative-video, Instagram-reply and website-builder services; African exam tutors (WAEC/JAMB), Swahili
// and Somali voice assistants and a Kenyan AI platform. A few products of other kinds found on the way are kept too
// (ForgeFile's document automation, WhatsGPT, Bonti, the Quran-memorisation coach Hafiz Prime, WisQu).
//
// Leads. The stored `pages` corpus searched by product kind and region (48 look-ups), worded the way vendors word their
// own terms, privacy policies and AI policies, in Hindi, Arabic, Turkish, Hebrew, Persian, Swahili, Urdu, French and
// English. Every row cites a page, with a path, on the product's own host or its vendor's, saying in the vendor's words
// that the product drafts, answers, transcribes, translates, interviews or designs with AI or a named model. Candidate
// hosts were run through /work/helpers/classify-hosts.mts and the catalog grepped by name first; already listed and
// left to their entries: InviAI, LAI, Shoppili SmartBot, al-ai.net, O.Translator, TalkBot, AskBharat, Ashan, Turkish.AI,
// Chatbots Africa, KolWrite, Yotzer, DataProphet, AfriBot, BharatVoice, Kalcend, JEE2U, imgc, a3i, prompts.ai, Sarvam,
// Speechmatics. Subdomains claimed alone because their parents are not the AI product: vedsaarthi.vediautodevops.com (a
// DevOps consultancy's assistant), boli.singularraritylabs.com (a studio's voice assistant), raqeb.amjad.sa (an IT
// company's delivery-dispute tool) and prep.tueri.ng (the exam-prep side of a Nigerian education company that also runs
// a career-guidance site). Munsit's terms sit on app.munsit.com and Tamloot's on trust.tamloot.cc; the whole product
// domains are claimed. WisQu's policy is published by its developer on mlunit.com; only wisqu.ai is claimed.
//
// Measured with /work/helpers/classify-hosts.mts on the 323 hosts the searches returned (vendors, blogs, news sites and
// shared hosts alike): 28 classified before (8.7%), 80 (24.8%) after.
//
// Left out. Blogs and news pages, even on a vendor's own host (shwra.ai's Mushir articles, rakhshai.com's Kourosh
// announcement, notah.ai, buttercut.ai, zoupyu.com, callscribe.ae's dialect guide, minwal.ai); `?p=` pages (milem.ai,
// gentrix.ai, qematt.com, binali.tysindia.com, crushon-ai.chat); a plain-http page (netbots.ir, already noted by the
// sixteenth pass); staging and test hosts (test.somya.ai, stage.mentigo.in); shared platforms
// (ai-mashinani-compass.vercel.app, schoolcbt-dev.pages.dev, amer-k.github.io's FatwaAI, mugah.vercel.app,
// sentinel-automations.pages.dev, livesuggest-web.pages.dev, quran-chrome-extension-api.vercel.app, an amplifyapp.com
// mufti app, nikrad.cloudyhost.org's copy of Qasam's terms, deep-assistant.github.io); pages with placeholder companies
// or drafts (talktomahak.com, goexploreandlearn.com, saanvibot.ujss.in, afrilingua.ai, yotzer-style private betas such
// as judaro.com); hosts on another company's domain (yankitr.com.metnisesecevir.com, mail.aithra.info for
// aithra.online); pages that never say the product uses AI (legroom.ai's terms, docslm.com, avhos.com,
// traductordarija.com, boten.biz, connectop.co.il, cognitabusinessbots.com, neetwithai.com, 2utor.net); general products
// with an AI feature (FigWay's Dalil, Siraj's job matching, Tapy analytics, Elbetron, AceJAMB, Tuition.in, Sankofa Twi,
// Fas'al, Mushaf Al-Qari, a law firm's app, Carbondeck, Kimisuite); consultancies and agencies (artificial-intelligence.org.za,
// aiethiqlab.com, after-graphic.com, webservice.ma, hoc.ae, Golden Fish's AI disclaimer on mind.com/goldenfish.ae);
// community data projects (nlp.snapwre.com, africanvoices.io); and the Kaabharat translator, whose policy sits on a
// record label's site.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const regionalC18MeaTools: Tool[] = defineTools(
  'other',
  [
    // --- India: assistants, voice, legal, education, writing ---
    { id: 'tamil-ai-app', name: 'Tamil AI', vendor: 'Kirishankerpro', category: 'chat', domains: ['tamilai.app'], region: 'india', source: 'https://tamilai.app/en/legal' }, // privacy: an AI chat assistant in Tamil beside a Tamil news reader
    { id: 'talapatram-askyogi', name: 'Talapatram (AskYogi)', vendor: 'Talapatram', category: 'chat', domains: ['talapatram.ai'], region: 'india', source: 'https://talapatram.ai/privacy' }, // privacy: the AskYogi AI assistant's answers are generated through the Groq API; data kept in Mumbai
    { id: 'ved-saarthi', name: 'VED Saarthi', vendor: "VED'IAUTODEVOPS Consulting Services LLP", category: 'chat', domains: ['vedsaarthi.vediautodevops.com'], region: 'india', source: 'https://www.vedsaarthi.vediautodevops.com/privacy' }, // privacy: chat, voice and image generation forwarded to OpenAI (GPT-5.2, Whisper, GPT Image 1)
    { id: 'asvara-legal-ai', name: 'Asvara (PleadSmart, AI Court Room)', vendor: 'Asvara Private Limited', domains: ['asvarainnovation.com'], region: 'india', source: 'https://www.asvarainnovation.com/policies/terms' }, // terms: legal AI services PleadSmart, Docbare and AI Court Room from an Indian legal-tech company
    { id: 'lawworld-ai', name: 'LawWorld.ai', vendor: 'Smart AI Technology Solutions', domains: ['lawworld.ai'], region: 'india', source: 'https://lawworld.ai/terms' }, // terms: AI-assisted legal research, drafting and translation tools (Bengaluru); AI-generated content disclaimer
    { id: 'lexodesk', name: 'LexoDesk', vendor: 'Tesatech Corporation Private Limited', domains: ['lexodesk.com'], region: 'india', source: 'https://lexodesk.com/terms' }, // terms: output generated by the LexoDesk AI engine; warns of LLM hallucinations (Pune)
    { id: 'swaram-live', name: 'swaram', vendor: 'Pattern AI Labs (Nexbillion Labs)', category: 'audio', domains: ['swaram.live'], region: 'india', source: 'https://swaram.live/privacy.html' }, // privacy: a real-time Malayalam voice API that answers streamed audio with spoken responses
    { id: 'boli-voice-assistant', name: 'Boli', vendor: 'Singular Rarity Labs', category: 'audio', domains: ['boli.singularraritylabs.com'], region: 'india', source: 'https://boli.singularraritylabs.com/terms.html' }, // consent notice: a voice assistant in Indian languages; audio transcribed by Sarvam AI, recordings used to train its models
    { id: 'voicewithai', name: 'VoiceAI (voicewithai.in)', vendor: 'Nadrel Technologies', category: 'audio', domains: ['voicewithai.in'], region: 'india', source: 'https://voicewithai.in/privacy' }, // privacy: an AI phone receptionist booking appointments; Sarvam AI speech and Claude responses
    { id: 'tutorji', name: 'Tutorji', vendor: 'Tutorji', domains: ['tutorji.in'], region: 'india', source: 'https://tutorji.in/policy' }, // privacy: a GPT-based doubt-solver for JEE physics, chemistry and maths, with a Chrome extension
    { id: 'tryexplainables', name: 'Explainables', vendor: 'Explainables', domains: ['tryexplainables.com'], region: 'india', source: 'https://tryexplainables.com/privacy' }, // privacy: AI-powered explanations for CBSE classes 6-10
    { id: 'student-intelligence-ai', name: 'Student Intelligence', vendor: 'Keizerworks LLP', domains: ['studentintelligence.ai'], region: 'india', source: 'https://studentintelligence.ai/privacy' }, // privacy: an AI tutor for Indian students (CBSE, ICSE, state boards); third-party AI providers listed
    { id: 'responn', name: 'Responn', vendor: 'Dhinker AI Labs Private Limited', category: 'agents', domains: ['responn.com'], region: 'india', source: 'https://responn.com/terms' }, // terms: a conversational AI platform answering on WhatsApp, Instagram and Telegram
    { id: 'gotelugu', name: 'GoTelugu', vendor: 'GoTelugu.in', category: 'writing', domains: ['gotelugu.in'], region: 'india', source: 'https://gotelugu.in/terms' }, // terms: an AI-powered Telugu writing, grammar, rewrite and translation platform

    // --- Iran and Israel: Persian and Hebrew assistants, transcription, translation, agents ---
    { id: 'dojomleh', name: 'DoJomleh (2Sentences)', vendor: 'DoJomleh', category: 'productivity', domains: ['dojomleh.ir'], region: 'middle-east', source: 'https://dojomleh.ir/fa/terms-of-use' }, // terms (Persian): an AI summarisation platform for YouTube and Telegram content
    { id: 'chatgbt-ir', name: 'ChatGBT.ir', vendor: 'ChatGBT.ir', category: 'chat', domains: ['chatgbt.ir'], region: 'middle-east', source: 'https://chatgbt.ir/privacy-policy' }, // privacy (Persian): stores users' conversations with its chatbots and uses them to improve its AI algorithms
    { id: 'teachback-app', name: 'TeachBack', vendor: 'TeachBack', domains: ['teachback.app'], region: 'middle-east', source: 'https://teachback.app/terms' }, // terms (Hebrew): an AI learning tool where students explain topics to an AI persona and get assessed
    { id: 'lingrow', name: 'Lingrow', vendor: 'Simultaneous On Air Ltd', category: 'translation', domains: ['lingrow.org'], region: 'middle-east', source: 'https://www.lingrow.org/legal-1' }, // privacy: an AI-based multilingual translation and transcription platform using AI speech APIs
    { id: 'zekol', name: 'ZeKol', vendor: 'Merhav Technologies', category: 'audio', domains: ['zekol.io'], region: 'middle-east', source: 'https://zekol.io/en/legal/privacy' }, // privacy: a Hebrew-speaking AI voice agent trained on a site owner's pages
    { id: 'lametapel', name: 'Lametapel', vendor: 'Lametapel', category: 'meeting', domains: ['lametapel.com'], region: 'middle-east', source: 'https://lametapel.com/privacy/en/' }, // privacy: therapy-session transcription, summaries and clinical records generated with Gemini
    { id: 'aiyelet', name: 'Aiyelet', vendor: 'Lucon Labs', category: 'agents', domains: ['aiyelet.co'], region: 'middle-east', source: 'https://aiyelet.co/privacy.html' }, // privacy (Hebrew and English): an AI-powered WhatsApp assistant that replies to a business's customers
    { id: 'tamloot', name: 'Tamloot', vendor: 'Tamloot', category: 'meeting', domains: ['tamloot.cc'], region: 'middle-east', source: 'https://trust.tamloot.cc/en/privacy' }, // privacy: an Israeli AI-powered relationship-intelligence platform for coaches and therapists' sessions
    { id: 'whalebiz', name: 'WhaleBiz', vendor: 'Whale Biz Ltd.', category: 'agents', domains: ['whale.co.il'], region: 'middle-east', source: 'https://whale.co.il/en/terms' }, // terms: AI agents for businesses on WhatsApp and other channels, billed per AI message
    { id: 'chatoptic', name: 'Chatoptic', vendor: 'Chatoptic Ltd.', domains: ['chatoptic.com'], region: 'middle-east', source: 'https://www.chatoptic.com/terms' }, // terms: a generative-engine-optimisation service that checks how brands appear in ChatGPT, Gemini, Claude and Perplexity
    { id: 'thetranscriber', name: 'TheTranscriber', vendor: 'Web-Appli', category: 'audio', domains: ['thetranscriber.net'], source: 'https://thetranscriber.net/ru/%D1%82%D0%B5%D1%80%D0%BC%D0%B8%D0%BD%D1%8B' }, // terms: an application based on AI technology that transcribes uploaded audio

    // --- Saudi Arabia and the Emirates ---
    { id: 'raqeb-ai', name: 'Raqeb AI', vendor: 'Amjad IT Co.', domains: ['raqeb.amjad.sa'], region: 'middle-east', source: 'https://raqeb.amjad.sa/en/terms' }, // terms: inspects restaurants' delivery-order photos with AI and prepares dispute packages
    { id: 'jsa-craziness', name: 'JSA Craziness', vendor: 'JSA Craziness', domains: ['craziness-ai.sa.com'], region: 'middle-east', source: 'https://craziness-ai.sa.com/terms' }, // terms: a Saudi platform of AI generation tools, with rules on AI-generated content
    { id: 'mstra-ai', name: 'Mstra AI', vendor: 'Sahar Abdulaziz Al-Ghalayini IT Company', category: 'image', domains: ['mstra.ai'], region: 'middle-east', source: 'https://mstra.ai/en/terms' }, // terms: automated design from uploaded content based on AI; warns of AI hallucinations
    { id: 'syasa', name: 'Syasa', vendor: 'Syasa', category: 'writing', domains: ['syasa.sa'], region: 'middle-east', source: 'https://www.syasa.sa/terms' }, // terms: generates draft corporate policies with AI for organisations under Saudi regulations
    { id: 'munsit', name: 'Munsit', vendor: 'CNTXT FZCO', category: 'audio', domains: ['munsit.com'], region: 'middle-east', source: 'https://app.munsit.com/ar/terms' }, // terms: Arabic speech recognition and transcription by CNTXT's proprietary AI models
    { id: 'aqari-ai', name: 'Aqari', vendor: 'Aqari FZ-LLC', category: 'agents', domains: ['tryaqari.ai'], region: 'middle-east', source: 'https://www.tryaqari.ai/terms' }, // terms: an AI sales and operations platform for GCC real-estate developers, powered by the OpenAI API
    { id: 'i-talentai', name: 'i-TalentAI', vendor: 'i-TalentAI', domains: ['i-talentai.com'], region: 'middle-east', source: 'https://i-talentai.com/privacy' }, // privacy: AI interview assessments with AI-generated transcripts and scores (Riyadh)
    { id: 'jobai24-saudicv', name: 'JobAI24 (saudicv.org)', vendor: 'JobAI24', category: 'writing', domains: ['saudicv.org'], region: 'middle-east', source: 'https://saudicv.org/privacy' }, // privacy: AI-generated CV analyses, enhancements and interview simulations for the Saudi market
    { id: 'seratk', name: 'Seratk', vendor: 'Seratk', domains: ['seratk.com'], region: 'middle-east', source: 'https://seratk.com/en/privacy' }, // privacy: CVs scored by advanced AI models for the Saudi job market
    { id: 'truechance', name: 'TrueChance', vendor: 'TrueChance', domains: ['true-chance.com'], region: 'middle-east', source: 'https://www.true-chance.com/en/privacy-policy' }, // privacy: AI-powered voice interviews, evaluation and talent matching (Riyadh)

    // --- Turkey ---
    { id: 'parthenius-ai-studio', name: 'Parthenius AI Studio', vendor: 'Generative AI Teknoloji A.Ş.', category: 'video', domains: ['aistudio.works'], region: 'middle-east', source: 'https://aistudio.works/terms-of-service' }, // terms: creating AI-generated videos in its apps
    { id: 'tulparai', name: 'TulparAI', vendor: 'TulparAI', category: 'writing', domains: ['yerlivaai.com.tr'], region: 'middle-east', source: 'https://yerlivaai.com.tr/terms' }, // terms: OpenAI-based replies to Instagram DMs and social posts; AI disclaimer
    { id: 'zekiya', name: 'Zekiya', vendor: 'Zekiya', domains: ['zekiya.com'], region: 'middle-east', source: 'https://zekiya.com/kullanim-kosullari.php?setlang=en' }, // terms: an AI site-setup assistant, a 24/7 AI visitor assistant and AI-generated ad copy

    // --- Africa ---
    { id: 'busara-ai', name: 'Busara.ai', vendor: 'Busara.ai Ltd', domains: ['busara.ai'], region: 'africa', source: 'https://busara.ai/terms-and-conditions' }, // terms: AI-powered software and services from a Kenyan company
    { id: 'ssebowa-ai', name: 'Ssebowa AI', vendor: 'Ssebowa', category: 'chat', domains: ['ssebowa.ai'], region: 'africa', source: 'https://ssebowa.ai/term.html' }, // terms of use: the Ssebowa AI virtual friend
    { id: 'examstutor-ai', name: 'ExamsTutor AI', vendor: 'ExamsTutor AI Limited', domains: ['examstutor.ai'], region: 'africa', source: 'https://examstutor.ai/privacy' }, // privacy: AI-powered WAEC, NECO and JAMB preparation with AI-generated analytics
    { id: 'campustutor-ng', name: 'CampusTutor', vendor: 'Tekora Global Ltd', domains: ['campustutor.ng'], region: 'africa', source: 'https://campustutor.ng/privacy' }, // privacy: an AI-powered learning platform for Nigerian tertiary students, with AI chat
    { id: 'tueri-prep', name: 'Tueri Prep', vendor: 'Tueri Educational Services', domains: ['prep.tueri.ng'], region: 'africa', source: 'https://tueri.ng/privacy' }, // privacy: names prep.tueri.ng as AI-powered exam preparation for WAEC, JAMB and NECO
    { id: 'afta-ai', name: 'AFTA AI', vendor: 'AFTA AI', category: 'audio', domains: ['aftaai.com'], region: 'africa', source: 'https://aftaai.com/privacy' }, // privacy: Somali speech recognition, speech synthesis and text intelligence (AFTA Voices, AFTA Lex)
    { id: 'fahan-app', name: 'Fahan', vendor: 'AWO Logistics LLC', category: 'translation', domains: ['fahanapp.com'], region: 'africa', source: 'https://fahanapp.com/privacy-policy' }, // privacy: a real-time AI voice translation app, Somali among its languages
    { id: 'soga-nadhari', name: 'Soga (Nadhari AI Lab)', vendor: 'Nadhari AI Lab', category: 'audio', domains: ['nadhari.ai'], region: 'africa', source: 'https://app.nadhari.ai/privacy' }, // privacy: a Swahili voice assistant on OpenAI transcription and language models

    // --- Others found on the way ---
    { id: 'anrak-legal', name: 'AnrakLegal', vendor: 'AnrakLegal', domains: ['anrak.legal'], source: 'https://anrak.legal/terms' }, // terms: AI legal research, drafting and Court Mode hearing transcription, with an API
    { id: 'chatkyc', name: 'ChatKYC', vendor: 'Oganiru Advisory Ltd.', domains: ['chatkyc.ai'], source: 'https://chatkyc.ai/articles/acceptable-use-policy' }, // acceptable-use policy: AI agents that draft compliance documents and research regulations
    { id: 'forgefile', name: 'ForgeFile', vendor: 'ForgeFile LLC', category: 'productivity', domains: ['forgefile.com'], source: 'https://forgefile.com/ar-sa/terms' }, // terms: AI-powered document translation, transcription, OCR and summarisation on OpenAI, Anthropic and others
    { id: 'whatsgpt-me', name: 'WhatsGPT', vendor: 'WhatsGPT', category: 'chat', domains: ['whatsgpt.me'], source: 'https://www.whatsgpt.me/terms-of-use' }, // terms: AI answers on WhatsApp delivered through OpenAI and the WhatsApp cloud API
    { id: 'bonti', name: 'Bonti', vendor: 'Bonti', category: 'agents', domains: ['bonti.co'], source: 'https://www.bonti.co/terms' }, // terms: a platform for creating and deploying AI-powered chatbots with knowledge bases
    { id: 'hafiz-prime', name: 'Hafiz Prime', vendor: 'Hafiz Prime', domains: ['hafizprime.com'], source: 'https://hafizprime.com/ai-ethics/' }, // AI ethics page: an AI Quran Coach on Gemini 1.5 Flash with a DeepSeek fallback
    { id: 'wisqu', name: 'WisQu', vendor: 'WisQu', category: 'chat', domains: ['wisqu.ai'], source: 'https://mlunit.com/privacy/wisqu' }, // privacy: the WisQu Islamic chatbot at chat.wisqu.ai answers with AI-generated responses
  ],
  { checked: CHECKED_C18 },
);
