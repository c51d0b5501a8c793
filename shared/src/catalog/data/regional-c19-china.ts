// Nineteenth session, China pass (2026-12-06, helper `china`): Chinese AI products the catalog still missed, with
// Taiwan and Hong Kong products under the same region value ('china'), as regions.ts has no value of their own. The
// catalog already held 1,352 Chinese entries, so nearly every big-company assistant, image and video host, coding tool
// and model platform the searches named was listed before (a check of about 200 well-known hosts of Baidu, Alibaba,
// Tencent, ByteDance, Kuaishou, iFlytek, SenseTime, Zhipu, Moonshot, MiniMax, StepFun, Baichuan and others found only
// a few gaps, and the stored pages held no vendor page for any of them). What is left here is the long tail: an AI
// resume writer and a job-seeking assistant, an AI slide generator, SenseTime's model-as-a-service console, a research
// assistant and a large-model assistant on subdomains of general sites, two model-API resellers and an aggregation
// open platform, a Hong Kong text-to-video model API, a Taiwanese AI agent platform, two agent platforms, and a Hong
// Kong AI learning platform.
//
// Leads. 44 look-ups in the stored `pages` corpus, worded the way vendors word their own 用户协议, 隐私政策, 服务条款
// and 生成式人工智能服务 notices, by product kind (AI assistants, writing, 论文, 简历, PPT, 编程, 客服, 数字人, 视频,
// 绘画, 搜索, 会议纪要, 翻译, 法律, 健康, 漫剧, 电商 images, 降AIGC, API 中转 and 大模型 API 开放平台), by product name
// for the big vendors' gaps (秒哒, 纳米AI, 点点, CodeFlicker), in Traditional Chinese for Taiwan and Hong Kong, and in
// English for Chinese companies' English-language terms ("Technology Co., Ltd."). Chinese-worded queries mostly
// returned articles, SEO farms and news; the English-worded and Traditional-Chinese ones found most of the rows. Every
// row cites a page with a path on the product's own host that says in the vendor's words that the product is an AI
// service, generates with a large model, or resells model APIs. Hosts were run through /work/helpers/classify-hosts.mts
// and names grepped in data/ first. Already listed and left to their entries: 好简历 (haojianli.me), SlidesPilot,
// Gitee AI, LaplaceAI, AI-Character.chat, 指南星 GuidingStar, 53AI-Brain, HarryAI, ChatSlide, 神马中转 (whatai.cc),
// OhMyGPT, AIhubMix, KOTORI, neobund.com, and the big vendors' hosts named in articles (yige.baidu.com and others).
// Three rows claim a subdomain alone because the parent is a general or company site: newdoor.jxxqtech.com (牛道),
// zhuyan.zhimawork.com (之马·助研) and robot.360eol.com (AI小智); open.dieyuyun.com (无量 AI) likewise.
//
// Measured with /work/helpers/classify-hosts.mts on the 228 hosts the searches returned (vendors, articles, stores and
// shared hosts alike): 16 classified before (7.0%), 30 (13.2%) after.
//
// Left out. Articles, SEO farms and spam pages (the great majority of what the Chinese queries returned); sites seen
// only in articles or skill directories, left as leads (好写作AI haoxiezuo.cn, 课件帮 kejian365.com, AceDataCloud,
// QbiAI on lawinsider.com, 小发猫's article site xiaofamaoai.com, which an earlier pass also left out); general products
// where AI is one feature (天气通's AI helper on tqt.weibo.cn, liuhuamall.com's AI tools, cter.tw's AI service policy,
// archive.tw's AI question box, GitCode's AI assistant, iSlash's AI node, Alphora Insights, the AIO school platform,
// Tmxmall's machine-translation engines, 2pptx's optional DeepSeek step, Minduck's built-in AI services); pages that
// never say the product uses AI (猎小助 liexiaozhu.com, 面试牛牛 mianshinn.com, 小哆睿问 smart-ruiwen.com, imyppt.com,
// junahan.com, aid.daxue.cloud, codecc.dev, easycoda.cn, and EasyClaw's terms.easyclaw.work, which an eighteenth-session
// pass also left out); consultancies (ai-4good.ai); app-only products whose policies sit on app or studio hosts
// (外语喵 on xshoow.com, AI Nexus, Nexora on jiacheng.center, NN-家族 on beambox.cn, ChatGenius on jiuzhuapp.top,
// VideoGen on nablaai.cn, LocalPPT, EasyPPT on bingdage.cn, AiPPT on peiyinapp.com, Learner on learnerhk.com); a
// preview host (preview.unlockinsight.xyz); a chip maker's docs host for its image and video cloud (docs.chipltech.com,
// whose product host the page does not name); a personal studio (aulama.org); a PPT tool on a port (tamao.fun:5277)
// and jiu96.com's Base URL, a bare IP address that no entry can claim; a MaaS docs page whose vendor the page never names (maas.wwcsp.com); a
// Midjourney-API page on apifox (ohmygpt's docs host); and shared platforms (pages.domolo.cn's 纳米AI policy,
// way-app.zeabur.app, aiwellflow.pages.dev, hf.yi-lab.net's Space mirror, an OBS bucket on myhuaweicloud.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const regionalC19ChinaTools: Tool[] = defineTools(
  'chat',
  [
    // --- Assistants and agent platforms ---
    { id: 'ai-xiaozhi-360eol', name: 'AI小智 (AI Xiaozhi)', vendor: 'Nanjing 360 Network Information Technology', domains: ['robot.360eol.com'], source: 'https://robot.360eol.com/robot/homePage/privacyPolicy?l=en_US' }, // privacy: a large-language-model platform product relying on models such as DeepSeek
    { id: 'maiagent', name: 'MaiAgent', vendor: 'MaiAgent', category: 'agents', domains: ['maiagent.ai'], source: 'https://docs.maiagent.ai/meeting-records/meeting-records' }, // docs (Traditional Chinese, Taiwan): the platform's meeting records transcribe and summarise with AI assistants
    { id: 'acosmi', name: 'Acosmi', vendor: 'Xiezhua group', category: 'agents', domains: ['acosmi.com'], source: 'https://acosmi.com/en/docs/legal/ai-disclaimer' }, // AI notice: its web agent, Agent Studio and Crab Code use large language models to produce text, code and media
    { id: 'agentos-tybbtech', name: 'AgentOS', vendor: 'Beijing Tianyi Baobao Digital Technology', category: 'agents', domains: ['tybbtech.com'], source: 'https://www.tybbtech.com/en/user-agreement' }, // user agreement: a universal AI agent client with a built-in AI assistant and MCP skills
    // --- Research, writing, slides and careers ---
    { id: 'zhima-zhuyan', name: '之马·助研 (Zhima Zhuyan)', vendor: 'Zhimawork', category: 'search', domains: ['zhuyan.zhimawork.com'], source: 'https://zhuyan.zhimawork.com/web/privacy.php' }, // privacy: AI services for researchers, integrating GPT, DeepSeek and other large models by API
    { id: 'slideskey', name: 'SlidesKey (Spark AI)', vendor: 'Linggan Intelligent Technology', category: 'presentation', domains: ['slideskey.com'], source: 'https://slideskey.com/ai_service_policy.html' }, // AI service agreement: an AI synthesis service on third-party models that generates and continues content
    { id: 'offerlab-ltd', name: 'OfferLab', vendor: 'OfferLab', category: 'writing', domains: ['offerlab.ltd'], source: 'https://www.offerlab.ltd/terms.html' }, // terms: an AI resume optimisation and generation tool that analyses and rewrites resumes against a job description
    { id: 'niudao-jxxqtech', name: '牛道·产品求职助手 (Niudao)', vendor: 'Hangzhou Yaowu Shuzhi Technology', category: 'writing', domains: ['newdoor.jxxqtech.com'], source: 'https://newdoor.jxxqtech.com/terms' }, // user agreement: AI resume optimisation and an AI-driven mock interview for product-manager jobs
    { id: 'padlearn', name: '派學 PadLearn', vendor: 'LittleP AI Limited', category: 'other', domains: ['padlearn.ai'], source: 'https://padlearn.ai/terms.html' }, // terms (Hong Kong): an AI learning platform with AI grading and AI mock exam papers for the DSE
    // --- Model platforms and API resellers ---
    { id: 'sensecore-maas', name: 'SenseCore (万象 Model as a Service)', vendor: 'SenseTime', category: 'developer-platform', domains: ['sensecore.cn'], source: 'https://console.sensecore.cn/micro/help/en/docs/model-as-a-service/AI_Studio/API/AMS_Openapi/resourceprovider/' }, // help: the 万象 model development platform's model-inference API
    { id: 'wuliang-ai-dieyuyun', name: '无量 AI Open Platform (Wuliang)', vendor: 'Dieyuyun Technology (Shenzhen)', category: 'developer-platform', domains: ['open.dieyuyun.com'], source: 'https://open.dieyuyun.com/en/legal/terms.html' }, // terms: multi-model AI aggregation, large-language-model API access and billing
    { id: 'alltkn', name: 'ALLTKN', vendor: 'ALLTKN', category: 'developer-platform', domains: ['alltkn.com'], source: 'https://alltkn.com/solutions/ai-api-zhongzhuan-platform' }, // its solution page: an OpenAI-compatible gateway reselling GPT, Claude, Gemini and DeepSeek models
    { id: 'jiu96', name: '九六数字 (Jiu96)', vendor: 'Jiu96', category: 'developer-platform', domains: ['jiu96.com'], source: 'https://jiu96.com/docs.html' }, // API docs: create an API key, top up, and call the Claude API from Claude Code and other clients
    { id: 'carryai', name: 'CarryAI', vendor: 'Hongkong Carry Intelligence Limited', category: 'video', domains: ['carryai.ai'], source: 'https://carryai.ai/privacy' }, // privacy (Hong Kong): a text- and image-to-video large-model API service
  ],
  { checked: CHECKED_C19, region: 'china' },
);
