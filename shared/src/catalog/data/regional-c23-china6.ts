// Twenty-third session, sixth China pass (2026-12-07, helper `china6`): AI products from mainland China, Hong Kong and
// Taiwan that no entry claimed yet, beside the earlier Chinese files (regional-china.ts, regional-china-2.ts,
// regional-c5-china.ts, regional-c10-china.ts, regional-c12-china.ts, regional-c12-china-2.ts, regional-c19-china.ts,
// regional-c21-china2.ts, regional-c21-chinabig.ts), whose rows are not repeated here. Hong Kong stays under the region
// value 'china', as in those files. Most rows are Hong Kong products the earlier passes had not reached: three AI
// learning tools for Hong Kong pupils and schools (an AI tutor and homework grader, AI essay and oral feedback for
// schools, a DSE-style exam-paper generator on Claude), an AI photo-to-video app, an AI Cantonese subtitle generator, a
// generative-AI multimedia platform from the Science Park, an AI platform under the PDPO, a maker of local AI chat
// applications and HKUST's InvestLM generative-AI platform. From the mainland: an AI translation app from Shenzhen and
// two AI image sites whose terms are governed by PRC law. Two more rows name no operator country and carry region
// 'global': Hitem3D (an image-to-3D generator whose terms name its company only as "Mathmagic") and Amouree (an AI
// companion app open only to users in Hong Kong, Taiwan, Australia, Canada, New Zealand and Singapore).
//
// Leads. 43 look-ups (41 in the stored `pages` corpus, 2 in `docs`). The brief's leads first, one query each:
// synclub.ai, gaga.art, vidqu.ai, pixcut.wondershare.com and xinghuo.iflytek.com returned no page of their own (other
// companion, video, face-swap and background-removal sites, and Spark articles that name xinghuo.xfyun.cn, already the
// iflytek-spark entry's host); tenorshare.ai returned only pixpretty.tenorshare.ai's privacy page again, which does not
// say AI, plus Tenorshare's general utility terms on tenorshare.com, 4ddig.tenorshare.com and passfab.com;
// codebuddy.tencent.com was not searched again (the twenty-second session's leads pass found only the listed
// copilot.tencent.com and codebuddy.ai). All seven stay leads. About 230 more hosts of Chinese AI products known by
// name (出海 image, video, companion, agent, coding, search, audio and office tools) were run through
// /work/helpers/classify-hosts.mts first: all but a handful were listed. Then queries worded the way vendors word their
// own pages: the PRC's generative-AI Interim Measures, "Co., Ltd." with cities (Chengdu, Wuhan, Nanjing, Suzhou,
// Xiamen, Hefei, Xi'an, Shenzhen, Guangzhou, Beijing, Hangzhou), PRC-law clauses, Chinese policy wording (第三方大模型,
// 生成式人工智能服务备案), API-relay and agent docs, Claude Code relays, Wondershare and iMyFone products, and by kind (music,
// translation, PPT, coding, photo apps); these found two rows and otherwise listed products (Nexhina, Meridian, 无量 AI,
// XuanTu, AI风月, DeepSpaceAi, HarryAI, API易, Crazyrouter, QuickRouter, 老张API, RemoveAny, Fococlipping, 3D AI, MagicObj,
// StickerAI Studio, Chatbox, PopAi, PadLearn, EssayHero, GitMind CN, HitPaw AI, Fotor, TopMediai, the mikuapi AI image
// site). Hong Kong queries anchored on the PDPO (Cap. 486), "Limited", Kowloon and the Science Park, by kind (DSE
// tutoring, school essay feedback, Cantonese transcription, companions, WhatsApp agents, legal AI, AI platforms), found
// most rows; Taiwan queries (個人資料保護法, 統一編號, Taipei City) found only listed products, shared hosts and LittleBoss, which
// an earlier pass left out. Every row cites a page with a path on the claimed host (for Hitem3D its static. subdomain)
// that says in the vendor's words that the product tutors, grades, generates, subtitles, translates or chats with AI, a
// named model or generative AI; CantoSub AI's is the vendor's own blog post on its product. Hosts were run through
// classify-hosts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 270 hosts the searches returned (vendors, articles, agencies,
// regulators, stores and shared hosts alike, in /work/helpers/out/china6-hosts.txt): 53 classified before (19.6%), 68
// (25.2%) after.
//
// One subdomain is claimed alone: investlm.hkust.edu.hk, because its parent is a university. Amouree's privacy page
// (amouree.net/app/privacy-policy.html) was a trap of the twenty-first session's chinabig pass ("a small AI companion
// app, another pass's kind"); the product is now listed from its own terms, so that trap should be dropped at the
// merge. pons.ai was left out by the eighteenth session's image pass, which met only its explainer; its terms came back
// here.
//
// Doubtful rows: Hitem3D's terms write the company as "[Mathmagic]", in brackets, but name it and the product plainly,
// so it is kept, with region 'global' since no country is named; Software Tailor's terms cover local (on-device) AI
// apps, so visits to its site are downloads and account pages rather than a cloud chat; OrbReg AI's privacy page
// describes an AI platform without naming its domain of use.
//
// Left out. MIOMIO (miomio.pro, a Hong Kong Telegram bot for AI images and videos) because its policy still has the
// placeholder contact "support@yourdomain.com"; app-only products whose policies sit on developer, file or company
// hosts (ChatLulu on service.aimeox.com, ChatQ AI on files.hkhappymobile.com, AI Voice Translate on
// privacy.truejoytech.com, AI Portrait Studio on hk.hkhdtp.com, AI Magic Avatar on zhyunke.com, IMGart on
// mobile.safenlp.com, TapSpend on jajapp.com); pages that do not say the product uses AI or name no operator country
// (aimuin.com's music terms, zingasong.com, chat-pic.ai, anyface.app, floatcamellia.com, EduQ AI on eduq-ai.com:
// leads); general products where AI is one feature (HitPaw's and Tenorshare's utility terms, GitMind's AIGC annex on
// gitmind.com, an AML portal, an accounting service named "City AI", a web IDE on adacpp.com, the AIO school platform,
// Learner and Minduck's AI annex on app.minduck.com, as the nineteenth-session pass decided); AI courses rather than
// tools (myaiacademy.ai, genesislearning.ai); products outside these regions (sageio.net's meeting translator,
// deepmagic.art in Singapore); agencies' and law firms' articles (React, OneFlash, UD, Soka, Asteratek, DOOD, AW
// Lawyers, AIPO GEO); Parami AI's Cantonese use-case page, a trap of the twenty-first session's sea2 pass; and shared
// platforms (AequiLex, a Hong Kong legal AI, on aequilex.pages.dev: a lead for its own host; personaX by Tensor Art HK
// on personax-legal.vercel.app; synchrorate.pages.dev, way-app.zeabur.app, sparklect.notion.site,
// wondershot-website.pages.dev and the vercel.app, pages.dev, web.app, netlify.app, blogspot and sites.google.com
// copies).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const regionalC23China6Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Hong Kong: education ---
    { id: 'tutor-wong', name: 'Tutor Wong (補習天王)', vendor: 'ACTASA GROUP LIMITED', category: 'chat', domains: ['tutorwong.com'], source: 'https://tutorwong.com/en/privacy' }, // privacy (PDPO): an AI-powered learning platform with AI-graded homework photos, an AI tutor and AI-generated worksheets for K1-S6 pupils
    { id: 'essai-hk', name: 'ESSAi', vendor: 'ESSAITECH SOLUTIONS LIMITED', category: 'productivity', domains: ['essai.hk'], source: 'https://www.essai.hk/privacy' }, // privacy (PDPO, EDB AI guidance): AI teaching tools for Hong Kong schools that generate feedback on student essays and oral recordings
    { id: 'exam-king-hk', name: 'Exam King', vendor: 'Sprout Garden Learning Limited', category: 'productivity', domains: ['examkinghk.com'], source: 'https://www.examkinghk.com/privacy.html' }, // privacy (Tuen Mun): practice exam papers and feedback generated with Anthropic Claude (Haiku/Sonnet) by grade, publisher and unit
    // --- Hong Kong: media, subtitles, generative platforms ---
    { id: 'ai-portra', name: 'AI PORTRA', vendor: 'Hong Kong Rest Technology Co., Limited', category: 'video', domains: ['brportar.com'], source: 'https://www.brportar.com/privacy-policy' }, // privacy: AI generation, image animation, AI photo restoration, text-to-video and image-to-video from uploaded photos
    { id: 'cantosub-ai', name: 'CantoSub AI', vendor: 'Liminal AI Limited', category: 'audio', domains: ['cantosubai.com'], source: 'https://cantosubai.com/blog/cantonese-ai-language-soul' }, // vendor blog on its own product: AI subtitles for Cantonese video from a Hong Kong start-up, handling Cantonese-English code-switching
    { id: 'pons-ai', name: 'Pons', vendor: 'Pons Company Limited', category: 'image', domains: ['pons.ai'], source: 'https://www.pons.ai/terms' }, // terms (Hong Kong Science Park): a generative AI SaaS where text prompts and uploaded images generate text, images, audio, video and 3D assets
    { id: 'orbreg-ai', name: 'OrbReg AI', vendor: 'Astro Gold Co Limited', category: 'other', domains: ['orbreg.ai'], source: 'https://www.orbreg.ai/privacy-policy' }, // privacy (PDPO): the OrbReg AI platform, whose users enter text, images and documents into its AI models and tools
    { id: 'software-tailor', name: 'Software Tailor', vendor: 'Software Tailor HK Limited', category: 'chat', domains: ['softwaretailor.com'], source: 'https://www.softwaretailor.com/TermsAndConditions.html' }, // terms: local AI applications, chatbots with function-calling features and other AI tools
    { id: 'investlm-hkust', name: 'InvestLM', vendor: 'The Hong Kong University of Science and Technology', category: 'chat', domains: ['investlm.hkust.edu.hk'], source: 'https://investlm.hkust.edu.hk/privacy-policy.html' }, // PICS (PDPO): the InvestLM Generative AI Platform, with accounts registered for organisations
    // --- Mainland China ---
    { id: 'sitranslate', name: 'SITranslate', vendor: 'Shenzhen Xunyin Haosheng Technology Co., Ltd', category: 'translation', domains: ['sitranslate.tech'], source: 'https://sitranslate.tech/policy-google-play' }, // privacy: AI-powered translation with voice recognition, text-to-speech and translation in its app and website
    { id: 'sixcolor-pixpi', name: 'SixColor', vendor: 'SixColor', category: 'image', domains: ['pixpi.art'], source: 'https://pixpi.art/terms-conditions?lang=en' }, // terms (PRC law): an AI image generation product on diffusion-model technology that turns uploaded photos into styled images
    { id: 'aiphotoedit-uk', name: 'AiPhotoEdit', vendor: 'AiPhotoEdit', category: 'image', domains: ['aiphotoedit.uk'], source: 'https://aiphotoedit.uk/service.html' }, // terms (PRC law): a credit-based AI image and video generation platform on generative models
    // --- No operator country named ---
    { id: 'hitem3d', name: 'Hitem3D', vendor: 'Mathmagic', category: 'image', region: 'global', domains: ['hitem3d.ai'], source: 'https://static.hitem3d.ai/website/docs/Terms-of-Use.html' }, // terms: text, images and video turned into AI-driven 2D/3D content (models, textures) by its proprietary 2D/3D model
    { id: 'amouree', name: 'Amouree', vendor: 'SyncTide Network Technology Limited', category: 'chat', region: 'global', domains: ['amouree.net'], source: 'https://amouree.net/app/terms-of-service.html' }, // terms: a companion app built around AI conversational features, open to users in Hong Kong, Taiwan, Australia, Canada, New Zealand and Singapore
  ],
  { checked: CHECKED_C23, region: 'china' },
);
