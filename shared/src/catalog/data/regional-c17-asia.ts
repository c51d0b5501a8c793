// Seventeenth session, Asia pass (2026-12-06, issue 15, helper `asia`): AI products made for Asian users that no
// entry claimed yet: Chinese and Taiwanese image, writing, companion and agent sites; Japanese AI fortune-telling,
// English-conversation tutors, image makers, translation and in-house FAQ bots; Korean AI interior, blog-drafting,
// lyric, resume-coaching and voice tools; Indian chatbots in Indian languages, AI tutors and WhatsApp AI
// assistants; and a few image, chat and AI-interview sites whose policies are published in Asian languages.
//
// Leads. The stored `pages` corpus, 55 look-ups, worded the way vendors word their own legal pages in Chinese
// (用户协议, 隐私政策, 服務條款), Japanese (利用規約, プライバシーポリシー), Korean (이용약관, 개인정보처리방침),
// Indonesian, Vietnamese, Thai and Indian English, by kind: AI writing and drawing, chat and companions, meeting
// minutes, fortune-telling, English tutors, interview prep, voice and music, customer-support bots, WhatsApp
// assistants. Every row cites the page it was read on, with a path, on the product's own host (or its maker's),
// and that page says in the vendor's words that the product answers, generates or scores with AI. Every host was
// run through classify-hosts.mts and grepped in data/ before it was added; regional passes ran before, so most
// vendor pages these searches returned were already entries.
//
// Measured with /work/helpers/classify-hosts.mts on the 339 hosts the searches returned (vendors, blogs, news and
// shared hosts alike): 40 (11.8%) classified before, 87 (25.7%) after. At the merge, JobSecretary, which the HR pass
// had added the same day, was kept there and taken out here: 48 → 47 rows.
//
// Left out. Blogs, news and guides rather than a product's own page (ai-no-chikara.com, gijiroku-ai-lab.com,
// xiaofamaoai.com's article, mynw.cn, craftai.jp, hongbly.com, richautomate.in and many more); shared platforms
// (dreamteller-pi.vercel.app, xicon-web.vercel.app, aiwellflow.pages.dev, way-app.zeabur.app, lailaichat.pages.dev,
// policy-lineai.web.app, several notion.site pages); a UAT host (us.web.uat.prepmetowork.ai); bots that live only
// inside LINE (日記精靈 on diarypal.cc, AIイラストくん) and store-only phone apps (mimilog,
// AImage, BeautyAI, Atelier, KWD's 4-koma maker, AI Triple Chat on qutrit.space, 自分ルール, junmei); general sites
// whose AI is one feature (OBC's accounting suite, restaurant-startup.app, STORES, 千库网's js.588ku.com, 天气通,
// chati.ai's WhatsApp suite, Kawamura's and Science's translation pages, 福島鰹's だしAI, setunet.com's reseller
// page); pages that do not say the product is AI (要約さん on youyaku3.com, hemat.ai, ChatPPT's privacy page on
// chatppt.com, mourax.net, 추억의 노래, aiinterviewmaster.com, adall.co.kr, Saaya's acceptable-use page on saaya.ai,
// ContentKit's chatbot policy on app.contentkit.me, z-image.ai's refund policy); InterviewPrep (interviewprep.co.in),
// whose policy sits at a bare ?p= address with no path; templates with the owner's name left
// blank (qingningai.com, qxai.app, saanvibot.ujss.in, us.airesume.build); a self-hosted page on a non-standard port
// (www.tamao.fun:5277, whose ppt. host is already an entry); taxpersoft.com, whose AI blog tool may be one program
// of a wider software shop; Intumit, left out by the sixteenth regional pass as a corporate site; AI products made
// outside Asia that happen to publish Asian-language pages (Photomatic AI, Frenglish, whatssale.online);
// playturbo.cn, the China host of PlayTurbo, whose entry (playturbo.com) lives in another pass's file and
// is left for a merge; and shared chat transcripts on chat01.ai.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const regionalC17AsiaTools: Tool[] = defineTools(
  'other',
  [
    // --- China and Taiwan ---
    { id: 'aihuahuaer', name: 'AI画画儿 (AI Huahuaer)', vendor: 'AI画画儿', category: 'image', domains: ['aihuahuaer.com'], source: 'https://aihuahuaer.com/privacy', region: 'china' }, // privacy: stores the prompts users type and the images the service draws from them
    { id: 'siliville', name: 'SiliVille (硅基小镇)', vendor: 'SiliVille', category: 'agents', domains: ['siliville.com'], source: 'https://global.siliville.com/legal/terms', region: 'china' }, // terms: a community whose posts and trades are written by LLM-driven agents users connect
    { id: 'deepspaceai-mijims', name: 'DeepSpaceAi', vendor: 'DeepSpaceAi', category: 'chat', domains: ['ai.mijims.cn'], source: 'https://ai.mijims.cn/terms.php', region: 'china' }, // user agreement: chat on DeepSeek, MiniMax and Kimi models plus text-to-image (subdomain only; parent not read)
    { id: 'huanguncle', name: '小皇叔 (Huang Uncle)', vendor: '小皇叔', category: 'writing', domains: ['huanguncle.com'], source: 'https://huanguncle.com/terms', region: 'china' }, // terms: an adults-only platform where AI writes fiction from the user's prompts
    { id: 'bapixel', name: 'BaPixel', vendor: 'bapixel.win', category: 'image', domains: ['bapixel.win'], source: 'https://bapixel.win/terms', region: 'china' }, // bilingual terms: sells points that generate AI pixel-art character sprites
    { id: 'smartavatar-net', name: 'SmartAvatar', vendor: 'SmartAvatar', category: 'image', domains: ['smartavatar.net'], source: 'https://smartavatar.net/ko/terms-of-service', region: 'china' }, // terms: an AI avatar generator with Chinese ethnic-minority and travel styles, paid by points
    { id: 'ghibliblog-studio', name: 'Ghibli AI Studio (ghibliblog.com)', vendor: 'ghibliblog.com', category: 'image', domains: ['ghibliblog.com'], source: 'https://www.ghibliblog.com/ko/legal/payments-refund', region: 'china' }, // payments policy: subscriptions to AI style conversion, paid by card, Alipay or WeChat Pay
    { id: 'tarotlens-catop', name: 'TarotLens', vendor: 'TarotLens', domains: ['tarot.catop.top'], source: 'https://tarot.catop.top/ai-content', region: 'china' }, // AI content terms: tarot readings written by Doubao, with Qwen for search and speech (subdomain only)
    { id: 'guidingstar-ai', name: 'GuidingStar (指南星)', vendor: 'GuidingStar', category: 'chat', domains: ['guidingstar.ai'], source: 'https://guidingstar.ai/legal', region: 'china' }, // Taiwanese terms: an AI content and interaction platform whose replies are AI-generated, for entertainment
    { id: 'stickerai-studio', name: 'StickerAI Studio', vendor: 'StickerAI Studio', category: 'image', domains: ['stickerstudio.xyz'], source: 'https://stickerstudio.xyz/terms.html', region: 'china' }, // Taiwanese terms: AI draws LINE sticker sets, paid by points
    // --- Japan ---
    { id: 'ai-uranai-ai', name: 'AI占いアイ (AI Uranai Ai)', vendor: 'AIプロダクション', domains: ['ai-uranai.ai'], source: 'https://ai-uranai.ai/terms', region: 'japan' }, // terms: AIプロダクション's AI fortune-telling service, whose replies give way to the terms where they conflict
    { id: 'aiastro-io', name: 'aiAstro', vendor: 'aiAstro', domains: ['aiastro.io'], source: 'https://aiastro.io/terms', region: 'japan' }, // terms: astrology and Four Pillars consulting delivered by AI, with its limits stated
    { id: 'aikaiwa-axcxept', name: 'オンラインAI英会話 (aikaiwa.net)', vendor: 'Axcxept', domains: ['aikaiwa.net'], source: 'https://aikaiwa.net/lterms', region: 'japan' }, // terms: English conversation lessons with a virtual AI teacher
    { id: 'neotutor', name: 'NeoTutor', vendor: 'NeoTutor', domains: ['neo-tutor.com'], source: 'https://www.neo-tutor.com/terms', region: 'japan' }, // terms: AI conversation practice, pronunciation and grammar checks for English learners
    { id: 'speakl-speakroot', name: 'SpeakL (スピークエル)', vendor: 'アルタビスタライズ', domains: ['speakroot.com'], source: 'https://speakroot.com/kiyaku.html', region: 'japan' }, // terms: the service is English conversation with AI only
    { id: 'office-chieko-san', name: 'オフィスの知恵子さん (Office Chieko-san)', vendor: 'ai-chie.com', category: 'chat', domains: ['ai-chie.com'], source: 'https://ai-chie.com/terms', region: 'japan' }, // terms: an in-house FAQ bot that generates answers with AI from registered knowledge
    { id: 'ai-tencho', name: 'AI店長のおすすめ (AI Tencho)', vendor: 'AI店長のおすすめ', category: 'image', domains: ['ai-tencho.com'], source: 'https://ai-tencho.com/privacy', region: 'japan' }, // privacy: keeps users' uploaded photos and the images the service generates from them
    { id: 'ai-schliemann', name: 'AIシュリーマン (AI Schliemann)', vendor: 'WIP Japan', category: 'translation', domains: ['ai-translate.com'], source: 'https://ai-translate.com/terms', region: 'japan' }, // terms: website and content translation done by AI rather than human translators
    { id: 'your-ai-gmo', name: 'Your-AI', vendor: 'GMO UniteX', category: 'chat', domains: ['your-ai.net'], source: 'https://your-ai.net/terms_of_use.html', region: 'japan' }, // terms: prompts in, generated output back, with optional customer training data
    // --- Korea ---
    { id: 'roomincube', name: 'RoomInCube', vendor: '우주코드 (Woojoo Code)', category: 'image', domains: ['roomincube.com'], source: 'https://www.roomincube.com/terms', region: 'korea' }, // terms: an AI interior service that generates room images
    { id: 'voicefactory-kr', name: '보이스팩토리 (Voice Factory)', vendor: '보이스팩토리', category: 'audio', domains: ['voicefactory.co.kr'], source: 'https://www.voicefactory.co.kr/privacy', region: 'korea' }, // privacy: TTS voice generation and voice cloning paid by points
    { id: 'postdrafter', name: 'PostDrafter', vendor: 'PostDrafter', category: 'writing', domains: ['postdrafter.com'], source: 'https://postdrafter.com/en/terms', region: 'korea' }, // terms: AI turns photos, voice and notes into Naver Blog and Tistory drafts
    { id: 'suno-helper-pro', name: 'Suno Helper Pro', vendor: 'Suno Helper Pro', category: 'writing', domains: ['suno-helper.com'], source: 'https://suno-helper.com/terms-of-service.html', region: 'korea' }, // terms: AI writes Korean ballad and K-pop lyrics through the user's Gemini key
    // --- India ---
    { id: 'askbharat-ai', name: 'AskBharat AI', vendor: 'Eteroni', category: 'chat', domains: ['askbharatai.com'], source: 'https://askbharatai.com/privacy', region: 'india' }, // privacy: a chatbot in 11 Indian languages answering from government data, with voice queries
    { id: 'bharatvoice-praggya', name: 'BharatVoice', vendor: 'BharatVoice', category: 'embedded-saas', domains: ['praggyaai.in'], source: 'https://praggyaai.in/pages/privacy.html', region: 'india' }, // privacy: AI-generated replies to a business's WhatsApp customers from its uploaded documents
    { id: 'hitavu', name: 'Hitavu', vendor: 'Hitavu', category: 'chat', domains: ['hitavu.app'], source: 'https://www.hitavu.app/privacy', region: 'india' }, // privacy: a voice-first AI companion grounded in Hindu dharma, on web and mobile
    { id: 'ashan-ai', name: 'Ashan', vendor: 'Ashan', category: 'chat', domains: ['ashan.info'], source: 'https://www.ashan.info/privacy-policy', region: 'india' }, // privacy: an AI chatbot built for India's regional languages, text and voice
    { id: 'currystudio', name: 'CurryStudio', vendor: 'AI for Good', domains: ['curry.studio'], source: 'https://curry.studio/currystudio_aup.html', region: 'india' }, // acceptable use: an AI learning platform on Anthropic, OpenAI and Google models, under Indian law
    { id: 'classmate-ai-6senai', name: 'Classmate AI', vendor: '6senai', domains: ['classmate.6senai.com', 'classmateai.in'], source: 'https://classmate.6senai.com/terms', region: 'india' }, // classmateai.in (twentieth session, leads pass): the same Claude tutor policy, https://classmateai.in/privacy. Terms: Claude-written tutoring for Indian Class 8-10 students (subdomain only; parent not read); its terms name a website and app, no browser extension, so not the Classmate AI extension in extensions-4.ts
    { id: 'shikshapal', name: 'ShikshaPal', vendor: 'ShikshaPal', domains: ['shikshapal.com'], source: 'https://www.shikshapal.com/terms.html', region: 'india' }, // terms: an AI tutor for Class 6-12 students in India, warning the AI can be wrong
    { id: 'ai-virtual-staff', name: 'AI Virtual Staff', vendor: 'AI Virtual Staff', category: 'embedded-saas', domains: ['aivirtualstaff.co.in'], source: 'https://aivirtualstaff.co.in/privacy-policy', region: 'india' }, // privacy: an AI platform for building WhatsApp chatbots
    { id: 'kalcend', name: 'Kalcend', vendor: 'Kalcend', category: 'embedded-saas', domains: ['kalcend.com'], source: 'https://kalcend.com/privacy', region: 'india' }, // privacy: WhatsApp campaigns answered by an AI assistant on OpenAI retrieval, under the DPDP Act
    // --- Southeast Asia ---
    { id: 'branding-ai-genesa', name: 'Branding AI', vendor: 'Genesa', category: 'image', domains: ['branding.genesa.id'], source: 'https://branding.genesa.id/privacy', region: 'southeast-asia' }, // Indonesian privacy: generates logos, palettes, articles and videos with AI (subdomain only)
    // --- Sites whose policies are published in Asian languages ---
    { id: 'aigc-it', name: 'aigc.it', vendor: 'aigc.it', category: 'image', domains: ['aigc.it'], source: 'https://aigc.it/zh/privacy' }, // Chinese privacy: an AI image generation service that processes prompts and generated images
    { id: 'glmimage-shop', name: 'GLM Image (glmimage.shop)', vendor: 'glmimage.shop', category: 'image', domains: ['glmimage.shop'], source: 'https://glmimage.shop/zh/privacy' }, // Chinese privacy: an independent AI image site that calls GLM for generation
    { id: 'aiartools', name: 'Aiartools', vendor: 'Aiartools', category: 'image', domains: ['aiartools.com'], source: 'https://aiartools.com/zh/terms' }, // Chinese terms: AI-driven editing and style transformation of uploaded images
    { id: 'eclipsedesires', name: 'Eclipse Desires (My Muse)', vendor: 'Eclipse Desires', category: 'chat', domains: ['eclipsedesires.com'], source: 'https://www.eclipsedesires.com/stories/help' }, // bilingual FAQ: turns story characters into AI companions ("My Muse") for points
    { id: 'ai-character-chat', name: 'AI-Character.chat', vendor: 'AI-Character.chat', category: 'chat', domains: ['ai-character.chat'], source: 'https://ai-character.chat/zh-TW/terms-of-service' }, // terms: tools to build, customise and chat with AI characters
    { id: 'characteraigc', name: 'AI Character Generator (characteraigc.com)', vendor: 'characteraigc.com', category: 'image', domains: ['characteraigc.com'], source: 'https://characteraigc.com/ko/privacy' }, // Korean privacy: generates anime and 3D character images with AI
    { id: 'musicmaker-im', name: 'MusicMaker.IM', vendor: 'MusicMaker.IM', category: 'audio', domains: ['musicmaker.im'], source: 'https://musicmaker.im/ko/commercial-license/' }, // Korean licence: rights to music made by the site's AI tools
    { id: 'bestimage-ai', name: 'bestimage.ai', vendor: 'bestimage.ai', category: 'image', domains: ['bestimage.ai'], source: 'https://bestimage.ai/th/terms-of-service' }, // Thai terms: a platform that makes images and videos with AI
    { id: 'imagecaptiongenerator-org', name: 'Image Caption Generator', vendor: 'imagecaptiongenerator.org', category: 'image', domains: ['imagecaptiongenerator.org'], source: 'https://imagecaptiongenerator.org/id/privacy' }, // Indonesian privacy: writes captions for uploaded images and trains its AI models with consent
    { id: 'chatpenny', name: 'Penny (chatpenny.co)', vendor: 'Penny', category: 'chat', domains: ['chatpenny.co'], source: 'https://chatpenny.co/th/privacy' }, // Thai privacy: conversations with Penny, whose data is not used to train AI models
    { id: 'chatzy-ai', name: 'Chatzy', vendor: 'Chatzy', category: 'chat', domains: ['chatzy.ai'], source: 'https://www.chatzy.ai/platform-guidelines' }, // guidelines: the services run on generative AI and may be wrong
    { id: 'interviewai-coach', name: 'interviewai.coach', vendor: 'GarudAgniAI', category: 'meeting', domains: ['interviewai.coach', 'garudagniai.com'], source: 'https://app.garudagniai.com/legal/privacy' }, // privacy: mock and live interviews transcribed and evaluated by AI
    { id: 'gandivai', name: 'GandivAI', vendor: 'GandivAI', domains: ['gandivai.com'], source: 'https://gandivai.com/privacy' }, // privacy: an AI interview platform that writes questions and assesses answers
    { id: 'kaanha-ai', name: 'Kaanha AI', vendor: 'Kaanha AI', category: 'embedded-saas', domains: ['kaanha.ai'], source: 'https://kaanha.ai/terms' }, // terms: WhatsApp CRM whose chatbot replies come from third-party AI, with a disclosure
  ],
  { checked: CHECKED_C17 },
);
