// Twenty-seventh session, eighth China pass (2026-12-07, helper `china8`): the long tail of AI products from mainland
// China and Hong Kong that no entry claimed yet, and second hosts of the big companies, beside the earlier Chinese
// files (regional-china.ts, regional-china-2.ts, regional-c5-china.ts, regional-c10-china.ts, regional-c12-china.ts,
// regional-c12-china-2.ts, regional-c19-china.ts, regional-c21-china2.ts, regional-c21-chinabig.ts,
// regional-c23-china6.ts, regional-c25-china7.ts), whose rows and queries are not repeated here. Hong Kong stays under
// the region value 'china', as in those files. Here: AI companions and emotional-support chat (a psychological AI
// platform that cites the PRC's generative-AI and anthropomorphic-interaction measures, a chat app with historical and
// mythical characters on DeepSeek, a Hong Kong companion chat); AI for children and learners (an AI bedtime-story app
// with voice cloning from Beijing, an AI courseware-to-slides generator, an AI language tutor from Wenshan, an IELTS
// practice site with AI scoring); AI image, video and slide makers (an AI fashion-image generator from Shenzhen, an
// ad-content platform's AI image and video studio, an image-to-video app from Guangzhou, a credit-based AI video and
// music generator of a Chinese holding company, a Hong Kong AI PPT maker); an AI tour guide on an LLM with speech in
// and out; an AI job-matching site; an AI platform for small firms; a Hong Kong OpenAI-compatible API relay; and one
// second host of a big company: ByteDance's Agent TARS, the multimodal AI agent's own site (agent-tars.com). One row
// names no operator country and carries region 'global' (an AI personality and metaphysics site, in Chinese).
//
// Leads. 37 look-ups, counted as made: 34 `search` calls in the stored `pages` corpus (3 of them did not answer; one of
// those queries was run again and is counted again), 2 in `docs` (JoyCode and Agent TARS) and 1 `find_files` (the Agent
// TARS docs site's sources in bytedance/UI-TARS-desktop); no `read_file` or `fetch`. Before any look-up, about 390
// hosts of the big companies' AI products and of the long tail were run through /work/helpers/classify-hosts.mts
// (ByteDance, Tencent, Alibaba and Ant, Baidu, Kuaishou, Meituan, JD, Xiaomi, iFlytek, SenseTime, Zhipu, Moonshot,
// MiniMax, StepFun, 01.AI, Baichuan, Kunlun, Meitu, NetEase, 360, Kingsoft, Xiaohongshu, Zhihu; writing, PPT, image,
// video, music, digital-human, customer-service, coding, legal, medical and education tools): most were listed. The
// misses were mostly general products (processon.com, mastergo.com, js.design, kdocs.cn, dingtalk.com, feishu.cn,
// zhihu.com, juejin.cn, kujiale.com, chuangkit.com, 818ps.com, meiqia.com, udesk.cn, pkulaw.com, zuoyebang.com),
// hardware makers (rokid.com, xreal.com, keyirobot.com, haivivi.com, folotoy.com), corporate sites (mobvoi.com,
// deepwise.com, infervision.com, xiaoi.com, byai.com, leyantech.com) and guessed hosts; the big companies' AI coding
// IDEs and agents not yet claimed (Meituan's CatPaw, JD's JoyCode; NetEase's CodeMaker was not searched) returned only articles, a
// w3cschool copy of CatPaw's guide, Marketplace extensions of other makers and a JoyCode API-relay package, no vendor
// page, and stay leads. Chinese queries worded as vendors word their pages (数字人 用户协议 形象克隆 深度合成, AI音乐 用户协议 积分 会员, AI律师
// 服务协议, AI漫剧 算力 积分, 会员自动续费服务协议, 算法机制机理 公示, AI生成合成内容 显式标识 隐式标识) returned law firms, news, SEO farms and regulators' text
// only, as the china7 pass found. What worked were bilingual shapes ("隐私政策 Privacy Policy" with a kind: companionship
// and emotional support, spoken-English practice, diet photos, travel planning, AI notes, legal drafting, simultaneous
// interpretation, customer-service bots) and English queries with a Chinese company form and city by kind (music,
// digital humans, PPT, AI customer service, image and video generation, AI toys, mock interviews, meeting minutes, Hong
// Kong Limited). Every row cites a page with a path on the claimed host (for Agent TARS its blog post, whose source
// file is in ByteDance's repository and which ByteDance's README links) in which the vendor says the product generates,
// answers, scores, plans or guides with AI, a large model or a named model provider (DeepSeek, Volcano Engine's
// Seedream, Doubao). Hosts were run through classify-hosts, names grepped in data/ and the other helpers' c27 files
// checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 217 hosts the searches returned (vendors, news, SEO farms, law
// firms, regulators, directories and shared hosts alike, in /work/helpers/out/china8-hosts.txt): 38 classified before
// (17.5%), 56 after (25.8%).
//
// Met and left to their entries: All Voice Lab (its Chinese host allvoicelab.cn, 趣丸千音 of Shanghai Lingguang Zhaxian,
// carries the same product's policy: a second host for the merger to add to all-voice-lab), SlidesKey, AiPhotoEdit,
// Jobbot, CantoCoach, MochingCode (qingyunmeihui.com), Me.bot, DoctorAI, 牛道, AI画画儿, Carry AI, Pons, KIDI, 53AI-Brain,
// Aiartools, 语法校园, 之马·助研, WriteFlow, 灵感之书, EclipseDesires, neobund, Ai Go Code and Arc Interpreter (huling-ai.site,
// whose privacy page came back beside the terms page the china2 pass cites). 蜜蜂AI学's policy summary came back on its
// CDN host again (static-cdn-f.mifeng.plus) and 1818AI's on a bare-IP git server again; both stay leads.
//
// Subdomains claimed alone, each because its parent was not read or is a company site: ad-media.advichcloud.com
// (AdMedia AI on an ad company's cloud host), xdp.niuyangwl.com (小灯泡AI on its Guangzhou studio's domain),
// portal.sme-power.cn (SME Power's portal) and liuren.ax0x.ai (the metaphysics site).
//
// Doubtful rows: Smallppt's terms (Quick Little Steps Limited, Hong Kong) name its services Smallppt AI Chat, AI PDF
// and AI Reading rather than describe a model; 智投简历's blog post calls its matching an AI system while describing TF-IDF
// and cosine similarity; ez4ielts names its operator only as "neurjin" and is counted as Chinese because its Chinese
// text prevails and it lists a PRC-style personal-information collection list; 山顶Tutor's policy sits on its company's
// domain (shandingxueju.cn), which carries only that app; Found says it is deployed in Hong Kong without naming a
// company and speaks of models and prompts rather than "AI"; nannobanana.ai's name echoes Google's Nano Banana model,
// but its agreement names its own company (Genea China Holdings Limited) and its own generators; the OpenAI-HK relay
// (openai-hk.com) is not OpenAI, and its docs say it forbids serving end users in mainland China directly.
//
// Left out. Pages with no path (AiwaBot, 广州艾瓦智能科技's AI sales bot whose agreement was met on the bare host bot.aiwa.top:
// a lead); AI toys and hardware apps whose policies sit on app or H5 hosts (Walulu on toy.lindow.ai, AI Tom Bud / AI童伴
// on apph5-prod.xidongai.com, AIjia's plush on a ?p= page of ai-jia.ai, INFUNITY's toys, cravefill's device app,
// metaxsire.com's "toy resonance"); app policies on developer, API or game-studio hosts (VitaBite on
// data.shanhaigame.cn, Health Life on api.xinqudream.com, ZhiLing Notes on muyuapi.mingmingniao.com, a translator on
// translator.zhowcase.com, TravelCo on the studio host xco-ai.com, Geek Translate on diyixulie.com, a Shopify
// customer-service app on policy.sm-erp.cn: leads); pages that do not say the product uses AI or say it in the name
// only (大牛法律顾问 on srgw.newgoai.com, a lead; 幻影秀 on szhyx.xyz; 音千束 on tianyuanstore.com; passptecore.com; flatland.cn's
// guide app; heysparkai.com); general products where AI is one feature (Geling Tech's WhatsApp messaging with AI
// customer service on gelingtech.net, a lead; GitCode's AI assistant agreement on docs.gitcode.com; VJSP's AI code
// plugin on vjsp.net; bytellar.com.cn's CRM; liuhuamall.com again; B612's AI avatar terms on terms.yiruikecorp.com); a
// template with placeholders (animorigo.com's "[Company Full Name]"); products not shown to be from these regions
// (yoyosound.ai, musicgo.cc, generatemusic.net, wabotai.com, viberot.com, ghibliblog.com, moonart.art,
// beardremover.com, aigc.it, mockinterview.info, easenote.app, voicenote.paperpai.com); a ?p= page (trips2cn.com); and
// shared platforms (sites.google.com, netlify.app, pages.dev, vercel.app, github.io, web.app, railway.app and
// tcloudbase.com copies).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const regionalC27China8Tools: Tool[] = defineTools(
  'chat',
  [
    // --- companions and emotional support ---
    { id: 'aimegoo', name: 'Aimegoo', vendor: 'Aimegoo', domains: ['aimegoo.com'], source: 'https://aimegoo.com/en/legal/privacy' }, // privacy (PIPL, the Interim Measures for Generative AI Services and for AI Anthropomorphic Interactive Services): a platform of psychological and emotional AI interaction
    { id: 'shenliao-yinjianlaile', name: '神聊 (Shenliao)', vendor: '神聊', domains: ['yinjianlaile.com'], source: 'https://yinjianlaile.com/privacy.html' }, // privacy (Chinese): text and picture chat with virtual characters (gods, emperors) whose dialogue goes to DeepSeek's LLM API
    { id: 'found-fun', name: 'Found (found.fun)', vendor: 'Found', domains: ['found.fun'], source: 'https://found.fun/privacy.html' }, // privacy (deployed in Hong Kong): companion-style conversation and emotional support, with system replies, voice input and model and prompt tuning
    // --- children, learners and exams ---
    { id: 'taletime-online', name: 'TaleTime', vendor: 'Beijing Baigu Technology Co., Ltd. (北京百鼓科技)', category: 'audio', domains: ['taletime.online'], source: 'https://taletime.online/privacy.html' }, // privacy (Beijing): an AI story-creation app for children whose stories can be read in a parent's cloned voice
    { id: 'soclass-ai', name: 'Soclass', vendor: 'Soclass', category: 'presentation', domains: ['soclassai.com'], source: 'https://soclassai.com/privacy-policy' }, // privacy (Chinese, Alipay): AI courseware generation and explanation from uploaded PDF lecture notes, downloadable as PPT
    { id: 'shanding-tutor', name: '山顶Tutor (Shanding Tutor)', vendor: 'Shanding Xueju Education Consulting (Wenshan) Co., Ltd.', category: 'productivity', domains: ['shandingxueju.cn'], source: 'https://shandingxueju.cn/terms' }, // terms (bilingual): a language-learning app whose core is conversation with an AI tutor by text or voice
    { id: 'ez4ielts', name: 'ez4ielts', vendor: 'neurjin', category: 'productivity', domains: ['ez4ielts.com'], source: 'https://ez4ielts.com/privacy' }, // privacy (Chinese text prevails): IELTS practice with intelligent scoring and feedback, answers used to train AI scoring and feedback models
    // --- image, video and slides ---
    { id: 'easy-fashion-ai', name: 'Easy Fashion', vendor: 'Shenzhen Zhonghuan Technology Co., Ltd. (深圳众幻科技)', category: 'image', domains: ['easyfashion.ai'], source: 'https://easyfashion.ai/privacy' }, // privacy (Shenzhen): an AI image-generation service from reference images and prompts, paid in credits
    { id: 'admedia-ai', name: 'AdMedia AI', vendor: 'AdMedia AI', category: 'image', domains: ['ad-media.advichcloud.com'], source: 'https://ad-media.advichcloud.com/terms-of-service.html' }, // terms (PRC law): an AI-powered content platform for image and video generation and material management, paid in credits
    { id: 'xiaodengpao-ai', name: '小灯泡AI (Xiaodengpao AI)', vendor: 'Guangzhou Niuyang Network Technology Co., Ltd. (广州杻阳网络科技)', category: 'video', domains: ['xdp.niuyangwl.com'], source: 'https://xdp.niuyangwl.com/privacy_ios.html' }, // privacy (iOS): image-to-video generation, the chosen photos used to generate AI videos and covers
    { id: 'nannobanana-ai', name: 'AI Generator (nannobanana.ai)', vendor: 'Genea China Holdings Limited', category: 'video', domains: ['nannobanana.ai'], source: 'https://nannobanana.ai/membership-agreement' }, // membership agreement: AI image-to-video and story videos, AI song generation and AI talking-head videos, with U Coin credits
    { id: 'smallppt', name: 'Smallppt', vendor: 'Quick Little Steps Limited', category: 'presentation', domains: ['smallppt.com'], source: 'https://smallppt.com/terms-conditions.html' }, // terms (Hong Kong law): Smallppt on web, desktop and mobile with Smallppt AI Chat, AI PDF and AI Reading
    // --- travel, jobs and work ---
    { id: 'localike', name: 'Localike', vendor: 'Localike', category: 'other', domains: ['localike.cn'], source: 'https://www.localike.cn/privacy-policy.html' }, // privacy (Chinese): a trip-guide app whose LLM generates personalised tour commentary and replies, with speech recognition and synthesis
    { id: 'zhitou-jianli', name: '智投简历 (Zhitou Jianli)', vendor: '智投简历', category: 'productivity', domains: ['zhitoujianli.com'], source: 'https://zhitoujianli.com/blog/ai-job-matching-technology-explained' }, // vendor blog: its AI matching system parses an uploaded resume and ranks thousands of jobs by match within seconds
    { id: 'sme-power', name: 'SME Power', vendor: 'Zhongwei Empowerment Digital Studio (众微赋能数字化工作室)', category: 'productivity', domains: ['portal.sme-power.cn'], source: 'https://portal.sme-power.cn/privacy' }, // privacy (bilingual): an AI platform for small firms, AI conversations billed in tokens and points, uploaded documents, semantic caching
    // --- agents and developer platforms ---
    { id: 'agent-tars', name: 'Agent TARS', vendor: 'ByteDance', category: 'agents', domains: ['agent-tars.com'], source: 'https://agent-tars.com/blog/2025-06-25-introducing-agent-tars-beta.html' }, // vendor blog (linked from bytedance/UI-TARS-desktop's README): a multimodal AI agent with GUI agent and vision, shipped as a CLI and Web UI on multimodal LLMs
    { id: 'openai-hk-relay', name: 'OpenAI-HK', vendor: 'OpenAI-HK', category: 'developer-platform', domains: ['openai-hk.com'], source: 'https://f.openai-hk.com/docs/en/privacy.html' }, // terms (docs): an API proxy to AI models with an account pool and per-token billing, not for serving end users in mainland China
    // --- no operator country named ---
    { id: 'liuren-ax0x', name: 'AI 小六壬 (liuren.ax0x.ai)', vendor: 'ax0x.ai', category: 'other', region: 'global', domains: ['liuren.ax0x.ai'], source: 'https://liuren.ax0x.ai/legal/privacy-policy' }, // privacy (Chinese and English): an AI personality-assessment and metaphysics platform (AI MBTI, dream reading, astrology, BaZi, Xiaoliuren)
  ],
  { checked: CHECKED_C27, region: 'china' },
);
