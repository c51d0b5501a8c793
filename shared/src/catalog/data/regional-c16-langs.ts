// Sixteenth-session languages pass (issue 15, helper `langs`, 2026-12-06): AI tools made for markets outside the
// English-speaking world, found by searching the stored `pages` and `docs` corpora in those markets' languages
// (Japanese, Korean, Portuguese, Spanish, French, German, Italian, Dutch, Polish, Turkish, Indonesian, Vietnamese,
// Thai, Arabic, Hebrew and Hindi; Chinese and Russian were left to the earlier passes) by product kind: meeting minutes
// and transcription, writing, business chatbots and agents, image and video generation, education, legal, HR
// (AI interviews), sales agents, text-to-speech and model APIs. Each row cites a page on the product's own host (its
// help centre, documentation, API guide, terms of use or blog) that shows the AI product; nothing is cited from a list.
// Leads and measured recall (/work/helpers/classify-hosts.mts, before -> after this pass): the 198 distinct hosts and
// pages that 52 searches returned classified 57 (28.8%) before and 126 (63.6%) after. Terms-of-use searches met
// mostly services the sixth, twelfth and fifteenth regional passes had already read (in Japanese, Korean, Polish,
// Dutch, Thai, Vietnamese and Indonesian about two thirds of the services found were matched); help-centre, API-doc
// and product-kind searches (meeting minutes, AI interviews, sales agents, text-to-speech APIs) met more misses. The
// misses left are mostly blogs, news and guide sites, general software with an AI feature and third-party pages.
// Given to an existing entry instead: smartshoki.com to `smart-shoki` (its help centre, in regional-c6-terms.ts).
// trashchat.live, a trap in lookalikes-c12-lead.test.ts for want of a page, is now an entry: its terms say what it is.
// Left out: general software whose AI is one feature (Juslead's legal CRM, PerfectIA's PerfectHub CRM, respond.io,
// Aurora Inbox, Whatsbot's WhatsApp platform, WOZTELL, NotionDesk, Voys's telephony, bizcore's and RND Solusi's
// suites, Videfy, Intumit's corporate site, Tilda's and Squarespace's AI assistants, Shopee's chatbot, Septeo's SECIB
// NEO), blogs, consultancies and guides (ai.ingbale.com, asesor.legal, iaescritura.pro, sky-scribe.com,
// summarizemeeting.com, learn2vibe.com, findskill.ai, brixon.ai, 3l3c.ai, growwai.id), pages that do not say the
// product is AI (MeetingFlow's user guide, Lottif's FAQ, Fixfolio's account help, hemat.ai, Pro AI, Kreddo, AIChat's
// messenger, Voisis), a terms page with a placeholder company (QX AI), terms reachable only as a homepage query
// (`/?p=`: HappyColorz, LovinBot), a plain-http terms page (Netbots), a BPO service that pairs AI with operators
// (えらべるAI社員), a mobile-only legal app (Abogado IA), an AI poster print shop (I'Atelier), a staging host
// (picturepicker.com), hosts on a subdomain of another company's domain (Yanki AI's yankitr.com.metnisesecevir.com,
// d.ai-website-builder.org), a product with no name on its terms (starter.a3i.ai), a general-sounding domain
// (info.co.il for INFO AI), products named only in third-party articles (TuTutor, Juribot, Lefebvre Dalloz's GenIA-L),
// third-party sites named after another product or model (crushon-ai.chat, nanobananafree.net, banana-ai.me,
// veo3o1.com) and generic one-model sites (image-to-image-ai.org, picgen.org, aivideomaker.ai, aimusicmaker.ai).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools } from './define';

export const regionalC16LangsTools: Tool[] = defineTools(
  'chat',
  [
    // Japan
    // ProVoXT, VoXT's AI minutes service: its user help shows the minutes editor's AI summary (agenda-by-agenda minutes,
    // key points or a custom prompt) over the transcript of a meeting recording.
    { id: 'provoxt', name: 'ProVoXT', vendor: 'VoXT', category: 'meeting', domains: ['voxt.jp'], source: 'https://support.voxt.jp/provoxt-user/minutes/summary/operation', region: 'japan' },
    // Flat Chat: its administrator manual describes an AI-chatbot inquiry desk (chat rooms with prompt settings, a Q&A
    // knowledge base, escalation of unanswered questions).
    { id: 'flat-chat', name: 'Flat Chat', vendor: 'Flat Chat', domains: ['flat-chat.jp'], source: 'https://flat-chat.jp/manual-admin', region: 'japan' },
    // AI Sakura-san (AIさくらさん), Tifana's generative-AI chatbot for customer and internal help desks; its own
    // article on preparing manuals for a RAG chatbot names the product.
    { id: 'ai-sakura-san', name: 'AI Sakura-san (AIさくらさん)', vendor: 'Tifana.com', domains: ['tifana.ai'], source: 'https://www.tifana.ai/article/aichatbot-article-439', region: 'japan' },
    // SafeAI, SoftCreate's generative-AI chatbot service; only its section of SoftCreate's general site is claimed.
    { id: 'softcreate-safeai', name: 'SafeAI (SoftCreate)', vendor: 'SoftCreate', urlPrefixes: ['softcreate.co.jp/safeai'], source: 'https://www.softcreate.co.jp/safeai/ai-tips/1', region: 'japan' },
    // People XRecruit, PeopleX's conversational AI interviewer for hiring; its code of conduct for candidates in AI
    // interviews.
    { id: 'people-xrecruit', name: 'People XRecruit', vendor: 'PeopleX', category: 'agents', domains: ['xrecruit.jp'], source: 'https://xrecruit.jp/behavioral-guidelines', region: 'japan' },
    // Korea
    // osmu, Agnome's AI service that translates and converts web content from a URL for other platforms, on credits.
    { id: 'osmu', name: 'osmu', vendor: 'Agnome', category: 'translation', domains: ['osmu.app'], source: 'https://osmu.app/ar/terms', region: 'korea' },
    // Carat AI (캐럿): AI content creation (images, video, voice narration, music, podcasts, card news) on credits; its
    // help centre.
    { id: 'carat-ai', name: 'Carat AI (캐럿)', vendor: 'Carat', category: 'video', domains: ['carat.im'], source: 'https://carat.im/docs/en/troubleshooting/usage-plan/what-are-credits-how-to-recharge', region: 'korea' },
    // Brazil
    // LiderHub: its documentation on building the lead-qualification AI agent (an AI SDR) with prompts and actions.
    { id: 'liderhub', name: 'LiderHub', vendor: 'LiderHub', category: 'agents', domains: ['liderhub.ai'], source: 'https://docs.liderhub.ai/agentes/qualificacao', region: 'latam' },
    // Make Talk: its documentation on creating AI agents (system prompt, knowledge base, flows) for sales and support.
    { id: 'make-talk', name: 'Make Talk', vendor: 'Make Talk', category: 'agents', domains: ['maketalk.ai'], source: 'https://docs.maketalk.ai/administradores/flow-builder/criar-agente', region: 'latam' },
    // Germany, Austria, Switzerland
    // myai.art: its terms list AI image, video, music, vector and chat generation on credits.
    { id: 'myai-art', name: 'myai.art', vendor: 'Maciej Suchowski', category: 'image', domains: ['myai.art'], source: 'https://www.myai.art/de/legal/agb', region: 'europe' },
    // GuideGlare, Explicaire's subscription service of generative-AI text and other outputs.
    { id: 'guideglare', name: 'GuideGlare', vendor: 'Explicaire', domains: ['guideglare.com'], source: 'https://guideglare.com/de/nutzungsbedingungen', region: 'europe' },
    // creamAI, creamlabs AI's web platform giving companies' staff AI image generation and editing and other AI tools.
    { id: 'creamai', name: 'creamAI', vendor: 'creamlabs AI', category: 'image', domains: ['creamai.de'], source: 'https://creamai.de/de/terms-and-conditions', region: 'europe' },
    // Geburtstagsname: AI-generated birthday-cake pictures with a name, one credit per image.
    { id: 'geburtstagsname', name: 'Geburtstagsname', vendor: 'Altezo', category: 'image', domains: ['geburtstagsname.de'], source: 'https://www.geburtstagsname.de/agb.html', region: 'europe' },
    // SpeechMind, AI transcription and meeting minutes; its own blog on AI-written minutes.
    { id: 'speechmind', name: 'SpeechMind', vendor: 'SpeechMind', category: 'meeting', domains: ['speechmind.com'], source: 'https://www.speechmind.com/blog/ki-chatgpt-protokollierung', region: 'europe' },
    // chatvise: its documentation on training the website AI chatbot (model choice, business information, scraper).
    { id: 'chatvise', name: 'chatvise', vendor: 'chatvise', domains: ['chatvise.de'], source: 'https://www.chatvise.de/docs/Chatbot-Training', region: 'europe' },
    // ChatReact: its documentation's chatbot wizard for an AI website chatbot in the EU languages.
    { id: 'chatreact', name: 'ChatReact', vendor: 'ChatReact', domains: ['chatreact.ai'], source: 'https://www.chatreact.ai/docs/de/chatbot-wizard', region: 'europe' },
    // ulteh: its blog on the AI website chatbot it builds from a site's own content (a RAG chatbot on an open model).
    { id: 'ulteh', name: 'ulteh', vendor: 'ulteh', domains: ['ulteh.de'], source: 'https://ulteh.de/blog/wie-ich-meinen-eigenen-ki-chatbot-erstellt-habe-die-reise-eines-entwicklers', region: 'europe' },
    // apollo.ai: board-meeting software whose help centre describes the AI step that turns a meeting's transcript into
    // minutes and suggestions.
    { id: 'apollo-ai-board', name: 'apollo.ai', vendor: 'apollo.ai', category: 'meeting', domains: ['apollo.ai'], source: 'https://help.apollo.ai/de/knowledge-base/board-organizer-finalise-transcript', region: 'europe' },
    // Italy, France, Netherlands
    // Ambienta, Meltin Bit's AI image generation on credits or a subscription; only its subdomain is claimed.
    { id: 'meltinbit-ambienta', name: 'Ambienta', vendor: 'Meltin Bit', category: 'image', domains: ['ambienta.meltinbit.com'], source: 'https://ambienta.meltinbit.com/terms', region: 'europe' },
    // All-Images.ai, Weable's AI image generation from text and its bank of AI-generated images.
    { id: 'all-images-ai', name: 'All-Images.ai', vendor: 'Weable', category: 'image', domains: ['all-images.ai'], source: 'https://all-images.ai/it/condizioni-generali-di-vendita/', region: 'europe' },
    // Heritage Pixel: AI image generation, photo restoration, upscaling and image-to-video.
    { id: 'heritage-pixel', name: 'Heritage Pixel', vendor: 'Heritage Pixel', category: 'image', domains: ['heritagepixel.com'], source: 'https://heritagepixel.com/terms', region: 'europe' },
    // NextDash: AI copywriting generated from the user's own content.
    { id: 'nextdash', name: 'NextDash', vendor: 'NextDash', category: 'writing', domains: ['nextdash.ai'], source: 'https://nextdash.ai/algemene-voorwaarden/', region: 'europe' },
    // WBSO GenerAItor: generates Dutch WBSO (R&D tax credit) applications with AI credits.
    { id: 'wbso-generaitor', name: 'WBSO GenerAItor', vendor: 'WBSO GenerAItor', category: 'writing', domains: ['wbsogeneraitor.nl'], source: 'https://wbsogeneraitor.nl/algemene-voorwaarden', region: 'europe' },
    // Skryba: Polish AI transcription of meetings; its own guide to business-meeting transcription.
    { id: 'skryba', name: 'Skryba', vendor: 'Skryba', category: 'meeting', domains: ['skryba.ai'], source: 'https://skryba.ai/transkrypcja-spotkan-biznesowych', region: 'europe' },
    // Promte: Danish AI assistant platform; its documentation on meeting types for the AI-written meeting notes.
    { id: 'promte', name: 'Promte', vendor: 'Promte', domains: ['promte.com'], source: 'https://docs.promte.com/Ops-tning-af-m-detyper-bokse-og-fagtermer-1d19a6ea8b0a81bf9db6c810e422b076', region: 'europe' },
    // Turkey, Middle East, Iran
    // Contety, Creo Yazılım's AI-assisted content creation.
    { id: 'contety', name: 'Contety', vendor: 'Creo Yazılım', category: 'writing', domains: ['contety.com'], source: 'https://contety.com/sozlesmeler/kullanici-sozlesmesi', region: 'middle-east' },
    // contents.gold: AI-written articles bought with credits.
    { id: 'contents-gold', name: 'contents.gold', vendor: 'contents.gold', category: 'writing', domains: ['contents.gold'], source: 'https://contents.gold/kullanici-sozlesmesi', region: 'middle-east' },
    // ModeOn.ai: AI fashion imagery and product-photo enhancement.
    { id: 'modeon-ai', name: 'ModeOn.ai', vendor: 'ModeOn.ai', category: 'image', domains: ['modeon.ai'], source: 'https://www.modeon.ai/terms', region: 'middle-east' },
    // Sanad: Arabic-first AI customer-support assistant for websites; its own setup guide (right-to-left widget, Arabic
    // dialects).
    { id: 'sanad-ai', name: 'Sanad (سند)', vendor: 'Sanad', category: 'agents', domains: ['getsanad.app'], source: 'https://www.getsanad.app/ar/blog/30-minute-setup-arabic-ai-support', region: 'middle-east' },
    // Masari: AI-generated travel itineraries (Arabic), with an API on its business plan.
    { id: 'masari-io', name: 'Masari', vendor: 'Masari.io', category: 'productivity', domains: ['masari.io'], source: 'https://www.masari.io/terms.html', region: 'middle-east' },
    // TalkBot: Persian AI API platform; its text-to-speech API documentation names api.talkbot.ir.
    { id: 'talkbot-ir', name: 'TalkBot', vendor: 'TalkBot', category: 'developer-platform', domains: ['talkbot.ir'], source: 'https://talkbot.ir/text-to-speech-api', region: 'middle-east' },
    // Thailand, India
    // WordsAI: Thai AI article writer (เขียนบทความ) with credits.
    { id: 'wordsai-th', name: 'WordsAI', vendor: 'WordsAI', category: 'writing', domains: ['wordsai.com'], source: 'https://wordsai.com/about-terms-of-use', region: 'southeast-asia' },
    // WadWai, TryBuy Technology (Thailand)'s AI image generation from text prompts.
    { id: 'wadwai', name: 'WadWai', vendor: 'TryBuy Technology (Thailand)', category: 'image', domains: ['wadwai.com'], source: 'https://www.wadwai.com/general-8', region: 'southeast-asia' },
    // WhatsAuto: GPT-4 chatbot that answers incoming WhatsApp messages; its Hindi terms.
    { id: 'whatsauto', name: 'WhatsAuto', vendor: 'WhatsAuto', category: 'agents', domains: ['whatsauto.ai'], source: 'https://whatsauto.ai/hindi/%E0%A4%A8%E0%A4%BF%E0%A4%AF%E0%A4%AE-%E0%A4%8F%E0%A4%B5%E0%A4%82-%E0%A4%B6%E0%A4%B0%E0%A5%8D%E0%A4%A4%E0%A5%87%E0%A4%82/', region: 'india' },
    // Indonesia, Vietnam
    // Merdeka AI: Indonesian AI customer-service chatbots for business; its own blog on context-aware chatbots.
    { id: 'merdeka-ai', name: 'Merdeka AI', vendor: 'Merdeka AI', category: 'agents', domains: ['merdeka-ai.com'], source: 'https://merdeka-ai.com/blog/ai-chatbot-bukan-robot-kaku', region: 'southeast-asia' },
    // PintarX: Indonesian AI chatbot builder; its best-practice docs on the bot's personality and knowledge base.
    { id: 'pintarx', name: 'PintarX', vendor: 'PintarX', category: 'agents', domains: ['pintarx.space'], source: 'https://docs.pintarx.space/docs/best-practices', region: 'southeast-asia' },
    // TopVoxMax: Vietnamese text-to-speech, voice cloning and speech-to-text API; its API documentation.
    { id: 'topvoxmax', name: 'TopVoxMax', vendor: 'TopVoxMax', category: 'audio', domains: ['topvoxmax.com'], source: 'https://topvoxmax.com/docs/api', region: 'southeast-asia' },
    // Openvoice API (chuanweb): Vietnamese text-to-speech API; its guide names the TTS host apiov.chuan.in and the quota
    // endpoint under chuanweb.com/wp-json/openvoice. The rest of chuanweb.com (a web-design business) stays unclaimed.
    { id: 'chuanweb-openvoice', name: 'Openvoice API (chuanweb)', vendor: 'chuanweb', category: 'audio', domains: ['apiov.chuan.in'], urlPrefixes: ['chuanweb.com/wp-json/openvoice'], source: 'https://chuanweb.com/huong-dan-su-dung-api-openvoice', region: 'southeast-asia' },
    // Sold in many languages, found through one of them
    // SeaMeet: AI meeting notes; its Portuguese blog on transcription accuracy and meeting intelligence.
    { id: 'seameet', name: 'SeaMeet', vendor: 'SeaMeet', category: 'meeting', domains: ['seameet.ai'], source: 'https://seameet.ai/pt/blog/are-automated-transcription-services-for-meetings-accurate' },
    // virtualworkforce.ai: AI email agents for logistics teams; its Portuguese guide on voice-to-email with AI.
    { id: 'virtualworkforce-ai', name: 'virtualworkforce.ai', vendor: 'virtualworkforce.ai', category: 'agents', domains: ['virtualworkforce.ai'], source: 'https://virtualworkforce.ai/pt/ia-para-converter-voz-em-email' },
    // imgc AI: DALL-E 3 image generation from text; its Arabic terms.
    { id: 'imgc-ai', name: 'imgc AI', vendor: 'imgc', category: 'image', domains: ['imgc.vip'], source: 'https://imgc.vip/ar/terms' },
    // O.Translator, Office Translator's AI document translation; its Hebrew terms.
    { id: 'o-translator', name: 'O.Translator', vendor: 'Office Translator', category: 'translation', domains: ['otranslator.com'], source: 'https://otranslator.com/he/terms-and-conditions' },
    // Brain Pod AI: AI writer, image and chat suite; its Hindi acceptable-use policy.
    { id: 'brain-pod-ai', name: 'Brain Pod AI', vendor: 'Brain Pod AI', category: 'writing', domains: ['brainpod.ai'], source: 'https://brainpod.ai/hi/%e0%a4%b8%e0%a5%8d%e0%a4%b5%e0%a5%80%e0%a4%95%e0%a4%be%e0%a4%b0%e0%a5%8d%e0%a4%af-%e0%a4%89%e0%a4%aa%e0%a4%af%e0%a5%8b%e0%a4%97-%e0%a4%a8%e0%a5%80%e0%a4%a4%e0%a4%bf' },
    // AI Course Creator, eSkilled's AI course generator; only its subdomain is claimed. Its Hindi terms.
    { id: 'eskilled-ai-course-creator', name: 'AI Course Creator (eSkilled)', vendor: 'eSkilled', category: 'writing', domains: ['aicoursecreator.eskilled.io'], source: 'https://aicoursecreator.eskilled.io/hi/%E0%A4%89%E0%A4%AA%E0%A4%AF%E0%A5%8B%E0%A4%97-%E0%A4%95%E0%A5%80-%E0%A4%B6%E0%A4%B0%E0%A5%8D%E0%A4%A4%E0%A5%87%E0%A4%82/' },
    // SceneStreet: AI images, videos, voice samples and stories on credits; its French terms.
    { id: 'scenestreet', name: 'SceneStreet', vendor: 'SceneStreet', category: 'video', domains: ['scenestreet.xyz'], source: 'https://scenestreet.xyz/fr/terms' },
    // CreateVision AI: image generation (Flux Dev, GPT-5); its Italian terms.
    { id: 'createvision-ai', name: 'CreateVision AI', vendor: 'CreateVision AI', category: 'image', domains: ['createvision.ai'], source: 'https://createvision.ai/it/terms' },
    // Storiko: AI-generated bedtime stories and illustrations; its Polish terms.
    { id: 'storiko', name: 'Storiko', vendor: 'Ivan Vaskov', category: 'writing', domains: ['storiko.com'], source: 'https://storiko.com/pl/terms-of-service' },
    // TalkCut: AI video agent generating consistent multi-shot sequences; its Japanese documentation.
    { id: 'talkcut', name: 'TalkCut', vendor: 'TalkCut', category: 'video', domains: ['talkcut.com'], source: 'https://docs.talkcut.com/ja/creating/elements-to-video' },
    // MoleAPI: OpenAI-compatible LLM API gateway at api.moleapi.com/v1; its Spanish documentation.
    { id: 'moleapi', name: 'MoleAPI', vendor: 'MoleAPI', category: 'developer-platform', domains: ['moleapi.com'], source: 'https://doc.moleapi.com/es-ES/docs/getting-started/basics' },
    // LexiModel (Avyra): OpenAI-compatible chat API at panel.avyra.uk/api/llm/chat; its Spanish API documentation.
    { id: 'avyra-leximodel', name: 'LexiModel (Avyra)', vendor: 'Avyra', category: 'developer-platform', domains: ['avyra.uk'], source: 'https://www.avyra.uk/doc.html' },
    // Edukalia360: AI quiz generation and teaching tools (GPT-4o) for teachers; its Spanish teacher documentation.
    { id: 'edukalia360', name: 'Edukalia360', vendor: 'Edukalia360', category: 'productivity', domains: ['edukalia360.com'], source: 'https://edukalia360.com/docs/teacher.html' },
    // ReelMind: AI video creation platform; its Vietnamese blog on AI transcripts names the platform and its AI director.
    { id: 'reelmind', name: 'ReelMind', vendor: 'ReelMind', category: 'video', domains: ['reelmind.ai'], source: 'https://reelmind.ai/blog/h%C6%B0%E1%BB%9Bng-d%E1%BA%ABn-chi-ti%E1%BA%BFt-t%C3%A1ch-transcript-video-youtube-nhanh-ch%C3%B3ng-b%E1%BA%B1ng-ai' },
    // InviAI: one subscription to 50+ chat models and AI image, video and audio generation, on "diamond" credits; its
    // Korean terms.
    { id: 'inviai', name: 'InviAI', vendor: 'InviAI', domains: ['inviai.com'], source: 'https://inviai.com/ko/terms-of-service' },
    // Prompts.ai (Prompt AI, Inc.): generates text, images and sound from users' inputs; its Arabic terms.
    { id: 'prompts-ai', name: 'Prompts.ai', vendor: 'Prompt AI', category: 'agents', domains: ['prompts.ai'], source: 'https://www.prompts.ai/ar/terms-of-service' },
    // Trash Chat: a site for talking with an AI; its Turkish terms say so (the twelfth-session lead pass left it out for
    // want of such a page).
    { id: 'trash-chat', name: 'Trash Chat', vendor: 'Trash Chat', domains: ['trashchat.live'], source: 'https://trashchat.live/tr/legal/terms-of-service' },
    // aidescribepicture.com: image-description API and app; its Spanish quick start names its API path. A separate site
    // from describepicture.org (`ai-describe-picture`, long-tail-c7-vertical-3.ts); no page ties the two.
    { id: 'aidescribepicture-com', name: 'AI Describe Picture (aidescribepicture.com)', vendor: 'aidescribepicture.com', category: 'image', domains: ['aidescribepicture.com'], source: 'https://www.aidescribepicture.com/es/docs/getting-started/quick-start' },
  ],
  { checked: CHECKED_C16 },
);
