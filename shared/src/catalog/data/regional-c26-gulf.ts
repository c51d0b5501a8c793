// Twenty-sixth session, regional pass for the Gulf, Egypt, the Levant and the Maghreb (2026-12-07, helper `gulf`): AI
// products made in Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain, Oman, Egypt, Jordan, Lebanon, Morocco, Tunisia or
// Algeria, or built mainly for Arabic speakers, that no entry claimed yet, beside the earlier Middle-East and Africa
// passes (data/regional-c12-middle-east.ts, data/regional-c18-mea.ts, data/regional-c19-mea2.ts,
// data/regional-c21-mea3.ts, data/regional-c24-mea4.ts, data/regional-c24-turkey.ts, data/regional-c25-israel.ts,
// data/regional-c25-africa2.ts), whose rows are not repeated here. Here: a UAE AI tutor and teacher assistant on Gemini
// (ScoolBot); an AI Dubai property-information chat (dxbpropy.ai); an AI commerce system for Salla and Zid merchants
// that answers on WhatsApp (JawaBee); a Kuwaiti AI media service (Akasi); Arabic speech engines sold as APIs, with
// neural text-to-speech voices and Gulf-dialect speech recognition (SM AI at withsm.ai, Faseeh); an AI assistant for
// Moroccan Darija (DAKAEi.MA) and an AI Darija translator and tutor (TranslatorDarija); an Omani AI answer engine over
// official Omani sources (Omajan) and an Omani academy's bilingual AI lab (Taim AI Lab, claimed as ai.taim.om alone);
// a Dubai AI call-analysis platform (Risala); and a Saudi legal AI model trained on Saudi legislation (Shwra's Mushir).
//
// Leads. 39 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way the brief
// asked: the data laws vendors name in their own legal pages (Saudi PDPL and SDAIA, UAE Federal Decree-Law No. 45 of
// 2021, DIFC Law No. 5 of 2020, ADGM, Egypt's Law No. 151 of 2020, Morocco's loi 09-08 and CNDP, Qatar's Law No. 13 of
// 2016, Jordan's Law No. 24 of 2023, Kuwaiti "W.L.L.", Lebanese "SAL", Tunisian SUARL) beside "AI assistant",
// "generative AI" and "Arabic"; Arabic wording (سياسة الخصوصية، الشروط والأحكام، الاسترداد with الذكاء الاصطناعي,
// تفريغ صوتي, the Saudi dialect); and kinds (Arabic writing, Quran and tafsir AI, Quran-recitation correction, legal AI
// for Saudi and UAE law, Saudization and AI interviews, Dubai real estate, Salla and Zid sellers, WhatsApp and voice
// receptionists, Tawjihi and Thanaweya tutors, homework solvers, medical scribes, dialect transcription, Arabic TTS,
// dubbing and voice cloning, Darija assistants). The law-anchored queries returned law firms, DataGuidance-style
// guides and ministry news almost only; the kind-anchored English queries (Salla/Zid, Darija, Kuwait, Oman, call
// analysis, Arabic TTS) found the rows below. Every row cites a page with a path on the product's own host where the
// vendor says the product answers, generates, transcribes, analyses or speaks with AI, named model providers (Gemini,
// Anthropic, OpenAI, xAI, ElevenLabs) or its own neural or AI models. Hosts were run through
// /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c26 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 241 hosts the searches returned (vendors, news, ministries, law
// firms, agencies, blogs and shared hosts alike, in /work/helpers/out/gulf-hosts.txt): 35 classified before (14.5%),
// 49 after (20.3%; the speech engines count with their docs and api hosts).
//
// Regions. The Gulf rows and the Arabic speech engines take 'middle-east'; the two Darija rows take 'africa', as the
// earlier passes placed Moroccan and Egyptian rows (Factourti, The Learning Mate).
//
// Already listed and left to their entries: Receptra AI (its Sara voice receptionist), Mursalai, ARA, Arlay
// (usearlay.com; its netlify copy was met), i-TalentAI, Raqeb AI, Hafiz Prime, WisQu, Sina (sina.stetholink.app, its
// blog met twice), Xdream, AX AI (ai.gccfuture.com), Twsiat AI, imgc, Gnomi, Soualy, AMSA-AI, iFlytek's MENA platform,
// Dubbix, MultiVoice, Speechmatics, Call Scribe (callscribeai.com, a different product from callscribe.ae).
//
// Doubtful rows: Shwra is read from its own Arabic article on Mushir, which says the company built Mushir in 2023 as an
// interactive AI model over Saudi statutes and regulations; the c18 and c19 passes left shwra.ai out as "blogs only",
// and it is added here because this session's rules count a vendor's post about its own product. SM AI (withsm.ai) and
// Faseeh are read from their API documentation, which names Arabic neural TTS voices and a Gulf-dialect ASR engine (SM)
// and Arabic text-to-speech models (Faseeh), but neither page names a company or country: they take 'middle-east' as
// built for Arabic speakers. TranslatorDarija names no company or country either; it is counted as built for Moroccan
// Darija learners. dxbpropy.ai names no company; it is counted from its Dubai Land Department data and Dubai focus.
// Akasi's policy says only that user content is processed by AI models to produce generated media and documents, under
// Alnukhba Co. of Kuwait. Taim AI Lab is claimed as ai.taim.om alone: taim.om is the academy's course, training and
// consulting site, and the policy names beta.taim.om as a second AI Lab host, which is not claimed (a beta host).
//
// Left out. General products where AI is one feature: lexaidxb.com (LEXAI, a UAE lawyer advertising directory whose
// policy lists AI research and document analysis among its features), siraj.sparkhint.com (a Saudi jobs and courses
// platform with AI matching), www.hadar-ai.com (a Dubai brokerage with AI chat and voice), alig.com.lb (an insurer's app
// with an avatar assistant), elbetron.com (as before), nabdmessaging.com and mowasel (WhatsApp notifications for Salla
// stores, not said to be AI), dubaialta.com (a property portal). Pages that do not say the product uses AI:
// callscribe.ae (its privacy page and DPA describe transcription, diarization and sentiment tags, and its Saudi page
// speaks of dialect ASR models, but never says AI; left as the c18 aliases pass left it: a lead), www.almustashar.io's
// SAR refund page (credits and "consultations", a lead for a Saudi AI consultant), ameen.mobi (Prospair Vision SAL),
// tryada.site, nintendo.sa and alibdaa-allamhadod.com (SDAIA boilerplate on non-AI sites). Placeholders, demos and dev
// hosts: www.omnilisten.esap.ai ("[Insert CR Number]", as zakra.esap.ai before), dev-shamel.lindi.design (SDAIA's
// Shamel terms on a dev host: a lead), dubairedemo.dubaiaihouse.com (Dubaire.ai's Furqan property AI on a demo host: a
// lead), dev.enterprise.voxxhire.com (a UAE AI-interview platform's compliance notes on a dev host: a lead),
// milem.ai/?p=106, fictoralabs.ae/?p=1506 and binali.tysindia.com/?p=626 (`?p=` pages). Hosts that are not the
// product's own: gcc-lexai.0xkaz.com (a GCC legal AI on a developer's personal host), urwhats-plan.pages.dev,
// arlay.netlify.app, quran-chrome-extension-api.vercel.app, main.d2usrequgkljfu.amplifyapp.com, Google Sites policies
// (an Arabic photo-solve homework app on Gemini: a lead once its own host is seen), arabicagenticai.pages.dev,
// ai-in-arabia-v2.pages.dev, a notion.com WhatsApp AI policy. Agencies, consultancies and portfolios: kuwaitai.net,
// ayoob.ai, brainy.om, 50fsecurity.com (its Mizan AI portfolio page), verelsystems.com, azizme.com. Vendor blogs that do
// not describe the vendor's own product: www.zenvoxai.info, www.omago.ai, www.sgon.ai, www.saudihr.ai, www.evalufy.com
// (two posts on AI hiring for Saudization and MENA video interviews: a lead), hosn.om (as before), buraq.ai (as before),
// minwal.ai and notah.ai (as before), answerforme.io, www.voqal.ai. Not shown to be from these countries: trydaleel.app
// (as before), saiaagent.com (an Instagram AI sales assistant run by a named individual: a lead), besmart.ai, owaa.ai,
// aiqo.app (as before), tajweedmate.com and recitid.ai (as before), deen.ai (UK, as before), help.holoolpro.com's Wasf
// extension (AI product titles and descriptions; its country unstated: a lead), hiresai.ai and www.veeza.ai (as before:
// an Egyptian PDPL policy and an Egyptian visa assistant that do not say what the AI does).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const regionalC26GulfTools: Tool[] = defineTools(
  'chat',
  [
    // --- education ---
    { id: 'scoolbot', name: 'ScoolBot', vendor: 'Maseehas Digital FZCO', category: 'productivity', domains: ['scoolbot.com'], source: 'https://scoolbot.com/privacy' }, // privacy (UAE, FZCO): an AI tutor, quiz generator, teacher assistant and wellbeing tutor on Google Gemini, live translation on Deepgram
    // --- real estate and commerce ---
    { id: 'dxbpropy-ai', name: 'dxbpropy.ai', vendor: 'dxbpropy.ai', domains: ['dxbpropy.ai'], source: 'https://dxbpropy.ai/privacy' }, // privacy: an AI-powered Dubai property information service whose users ask the AI questions over DLD market data; Google named as AI model provider
    { id: 'jawabee', name: 'JawaBee', vendor: 'SMW Multitech', category: 'agents', domains: ['jawabee.com'], source: 'https://www.jawabee.com/en/privacy' }, // privacy: an AI-powered commerce operating system for Salla and Zid merchants in the GCC that runs AI automation on WhatsApp conversations and store data
    { id: 'akasi', name: 'Akasi', vendor: 'Alnukhba Co.', category: 'other', domains: ['akasi.app'], source: 'https://www.akasi.app/privacy-policy' }, // privacy (Kuwait): uploaded files and text are processed by AI models to produce generated media and documents, sold by subscription
    // --- Arabic speech ---
    { id: 'sm-ai-withsm', name: 'SM AI (withsm.ai)', vendor: 'SM AI', category: 'audio', domains: ['withsm.ai'], source: 'https://docs.withsm.ai/rest-api' }, // API docs: a neural text-to-speech engine with Arabic voices (Yara, Nouf, Atheer) and an Arabic speech-recognition engine, behind api.withsm.ai
    { id: 'faseeh', name: 'Faseeh', vendor: 'Faseeh', category: 'audio', domains: ['faseeh.ai'], source: 'https://docs.faseeh.ai/api-reference/text-to-speech-post' }, // API reference: generates speech from Arabic text with a chosen model and voice, streamed or as a file
    // --- Darija ---
    { id: 'dakaei-ma', name: 'DAKAEi.MA', vendor: 'DAKAEi.MA', domains: ['dakaei.ma'], region: 'africa', source: 'https://app.dakaei.ma/privacy' }, // privacy: an AI assistant for Moroccan Darija (chat, voice, image, translation) that forwards prompts to Anthropic, OpenAI, xAI, ElevenLabs and Fal
    { id: 'translatordarija', name: 'TranslatorDarija', vendor: 'TranslatorDarija', category: 'translation', domains: ['translatordarija.com'], region: 'africa', source: 'https://translatordarija.com/privacy' }, // privacy: Darija translation and learning with AI (OpenAI GPT-4o and Google Gemini), speech recognition by OpenAI
    // --- Oman ---
    { id: 'omajan', name: 'Omajan', vendor: 'Omajan', category: 'search', domains: ['omajan.com'], source: 'https://omajan.com/legal/privacy' }, // privacy: Omajan Chat answers questions with citations generated by its AI from indexed official Omani sources
    { id: 'taim-ai-lab', name: 'Taim AI Lab', vendor: 'Al Sahl Al-Mumtani SPC (Taim Academy)', domains: ['ai.taim.om'], source: 'https://taim.om/privacy' }, // privacy (Muscat, CR 1251921): ai.taim.om is Taim AI Lab, a bilingual AI training platform connecting students with AI models such as Claude
    // --- calls and legal ---
    { id: 'risala-call-analysis', name: 'Risala', vendor: 'MateRate DXB FZ-LLC', category: 'meeting', domains: ['risala.tech'], source: 'https://risala.tech/terms' }, // terms (Dubai): an AI-powered call-analysis platform that transcribes and analyses call audio with AI, billed by hour pools
    { id: 'shwra-mushir', name: 'Shwra (Mushir)', vendor: 'Shwra', domains: ['shwra.ai'], source: 'https://shwra.ai/ar/blogs/%D9%85%D8%B4%D9%8A%D8%B1' }, // vendor article (Arabic): Shwra built Mushir in 2023 as an interactive AI model on Saudi statutes, amendments and implementing regulations, for lawyers and researchers
  ],
  { checked: CHECKED_C26, region: 'middle-east' },
);
