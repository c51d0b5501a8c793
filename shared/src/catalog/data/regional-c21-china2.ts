// Twenty-first session, second China pass (2026-12-07, helper `china2`): Chinese AI products and AI hosts of Chinese
// platforms that no entry claimed yet, beside the nineteenth session's China pass (data/regional-c19-china.ts) and the
// earlier Chinese files (regional-china.ts, regional-china-2.ts, regional-c5-china.ts, regional-c10-china.ts,
// regional-c12-china.ts, regional-c12-china-2.ts), whose rows are not repeated here. Hong Kong and Taiwan stay under the
// same region value ('china'). Here: an AI content-generation platform for video, images and virtual humans; an AI photo
// restorer and an AI media-creation platform from Beijing and Shanghai companies; an image plugin platform built on
// Jimeng; AI product-image and listing tools for cross-border sellers; an AI-native desktop coding platform; six model
// API relays and gateways sold to Chinese developers or selling Chinese models abroad; an AI-native customer-service
// system for WeCom teams; a bilingual AI assistant with a quant lab; a real-time AI interpreter for smart glasses; a
// Chinese AI chat app (映语); a bilingual prompt-and-credits platform; a Hong Kong AI video site; and three AI
// BaZi (Four Pillars) readers, two of which name no operator country (region 'global' on those rows).
//
// Leads. First about 240 hosts the big vendors' AI products are known to use (Baidu's ERNIE, 文小言, 秒哒, 文库, 千帆,
// 曦灵 and 客悦; Alibaba's 通义/千问, 万相, 百炼, 夸克, 灵码 and Qoder; Kuaishou's Kling, 可图 and StreamLake; ByteDance's
// 豆包, 即梦, 扣子, 火山方舟, Trae and 小云雀; Tencent's 元宝, 混元, 元器, ima, CodeBuddy and 智能体开发平台; iFlytek's 星火,
// 智文 and iFlyCode; Zhipu, Moonshot/Kimi, MiniMax/海螺/星野, StepFun, SenseTime, 360, Meitu, and about 100 long-tail and
// 出海 products of Chinese teams) were run through /work/helpers/classify-hosts.mts (files china2-known.txt and
// china2-known2.txt in /work/helpers/out): 153 of 182 and 41 of 55 were already listed. What was missing were mostly
// sections of general sites (wenku.baidu.com beyond its chat path, quark.cn, xiling.baidu.com, keyue.cloud.baidu.com,
// lke.cloud.tencent.com and adp.cloud.tencent.com, codebuddy.tencent.com, xinghuo.iflytek.com, chat.360.cn,
// bot.360.com, boardmix.cn beyond its AI path) and a few product hosts (synclub.ai, printidea.art, youyan.xyz,
// xiaoduoai.com, xverse.cn, gaga.art, vidqu.ai, tenorshare.ai, pixcut.wondershare.com); the stored pages held no
// vendor page for any of them, so none could be claimed. Then 42 look-ups in the stored `pages` corpus (one in `docs`):
// Chinese queries worded like 用户协议, 隐私政策, 帮助中心, 算法备案 and 生成式人工智能 notices by kind (写作, PPT, 小说,
// 客服, 数字人, AI 绘画, 文库 AI, 元象), which returned articles, SEO farms and news almost only; English queries naming
// Chinese company forms and cities ("Technology Co., Ltd.", Hangzhou, Shanghai, Guangzhou, Shenzhen, Hong Kong
// Limited) by kind (video, photo, coding, companions, transcription, music, e-commerce, tutoring, search, customer
// service); bilingual queries in the shape of Chinese-and-English legal pages ("隐私政策 / Privacy Policy", "以中文版本为准",
// the PRC "Personal Information Collection List"), which found most of the rows; Traditional Chinese for Taiwan; and
// names of 出海 products (Sand AI, HitPaw). Every row cites a page with a path on the product's own host that says in the
// vendor's words that the product generates, answers, interprets or relays with AI, a large model or a named model
// provider. Hosts were run through classify-hosts and names grepped in data/ first.
//
// Already listed and left to their entries: AiPPT on peiyinapp.com's policy host, ChatSlide, SlidesPilot, Carry AI,
// neobund, AgentOS (tybbtech.com), HarryAI, wisemodel, 胜算云 Router, KOTORI, 指南星, Product Creative Generator,
// AnimationAI, Wan22AI, 万兴天幕 ToMoviee, Veo 3.1 AI (veo3o1.com), CharFriend, iWaifu, Coquette, MAGI (sand.ai), Vidu,
// 01.AI, AI 小智 (360eol), 之马·助研, AnyHop AI, aiproxynode, Z.ai's ZCode, Baidu Comate and the big vendors' hosts above.
// Second hosts of listed products, added to their entries at the merge: yiyanapp.baidu.com (文小言's web host; its 言粒充值协议
// at /talk/recharge-rule describes image-to-video in 文小言) for ernie-bot; keevx.com (its Personal Information
// Collection List describes intelligent dialogue and model training) for keevx-baidu; aigocode.com (Ai Go Code by
// ZIMACODE LLC, AI developer tools) may be the aigocode entry's product on a second host, not confirmed.
// No subdomain or URL prefix is claimed alone: every row claims its product's registrable domain.
//
// Measured with /work/helpers/classify-hosts.mts on the 236 hosts the searches returned (vendors, articles, news,
// stores and shared hosts alike, in /work/helpers/out/china2-hosts.txt): 30 classified before (12.7%), 52 (22.0%)
// after.
//
// Left out. Articles, SEO farms, news and copied pages (the great majority of what the Chinese queries returned); pages
// that say AI only in the brand name or not at all (Bazi AI on bazitraces.com, powerwriter.ai, LingKong AI on
// lingkongai.com, GoAI on goai.space, 智写助手 on aiwritingpal.com, endto.net, meetingmin.com, cosyai.cn, a desktop
// command runner on yuantsy.com); placeholders and templates (aogen.ai's bracketed dates and product name,
// ai.qingqingxinyu.com's 北京xx信息技术有限公司, lingmirror.com.cn and ezbot.cloud's template notices, easyaicode.xyz's
// private-testing template); test and preview hosts (companion-test.lingyiwanwu.com, preview.unlockinsight.xyz); a
// corporate site an earlier pass left out and keeps as a trap (Intumit, intumit.com); AI companies' corporate sites
// (Voice AI on voiceaitech.com, as the twelfth-session pass did for sensetime.com and iflytek.com); general products
// where AI is one feature (HitPaw's policy pages on hitpaw.com, liuhuamall.com, aiiy.cn, niuinfo.com, eyingbao.net,
// the WeCom CS build notes on sm.mzcms.com, palmmob.cn); app-only products whose pages sit on a developer, CDN or API
// host or name no product (ClipAI on videoapi.z-codex.com, Speech To Text on palmmob.cn, Transsion's call summary on
// cdn.transsion-os.com, the 1818AI policy on a bare IP git server, a Suzhou studio's picture-to-English app on sanju.cc,
// an AI mistake-notebook app on aimiaowu.com, Chat人工智能助手 on fulijiang.store, 涌言 on a developer's site
// kartjim.cn); AI products with no Chinese operator named and no other sign of a Chinese team, left as leads for a
// later pass (AIMate on someet.fun, AIMI on aimiappweb.com, Aidol on resource.aidolchat.com, MusicGo AI on musicgo.cc,
// HeartMuLa on heart-mula.com, Genki-AI on genki.ivmagic.com, aivideoa.com, clipjet.app, ApiClaude on apiclaude.org,
// j-chan.com's BaZi app, genievideo.app); a Vidu policy copied onto vidu-studio.com; the refund page only of
// ai.shxybar.com; a blog on a shared-looking eu.org subdomain (MHZ AI); and shared platforms (pages.dev, vercel.app,
// netlify.app, web.app, github.io, blogspot and sites.google.com copies).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const regionalC21China2Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Image, video and media generation ---
    { id: 'zhongshicai', name: 'ZHONGSHICAI', vendor: 'ZHONGSHICAI', category: 'video', domains: ['zhongshicai.cn'], source: 'https://www.zhongshicai.cn/privacy.html' }, // privacy: an AI content generation platform for AI video, AI images, virtual humans and one-click replacement
    { id: 'hili-photoenhance', name: 'Hili PhotoEnhance', vendor: 'Beijing Hanliang Technology Co., Ltd.', category: 'image', domains: ['hiliphoto.com'], source: 'https://hiliphoto.com/privacyenglish.html' }, // privacy page: AI algorithms colourise black-and-white photos, repair old photos and sharpen blurred ones
    { id: 'singularity-pixel', name: 'Singularity Pixel', vendor: 'Shanghai Qidian Pixel Information Technology Co., Ltd.', category: 'image', domains: ['singularity-pixel.com'], source: 'https://singularity-pixel.com/privacy' }, // privacy (Shanghai): websites, apps and APIs for AI-based media creation and processing
    { id: 'biding-ai', name: '必定AI', vendor: '必定AI', category: 'image', domains: ['artaigc.cn'], source: 'https://artaigc.cn/blog/painting' }, // product page: its AI Paint plugin makes text-to-image and image-to-image pictures through Jimeng (Volcano Engine), billed in credits
    { id: 'deepcut-api', name: 'DeepCut', vendor: 'DeepCut', category: 'image', domains: ['deepcutapi.com'], source: 'https://www.deepcutapi.com/privacy.html' }, // privacy: an AI image generation service on ByteDance Seedream and Alibaba qwen-image, prompts drafted by DeepSeek, data processed in China
    { id: 'gpt-hk', name: 'GPT HK', vendor: 'GPT HK', category: 'video', domains: ['gpt-hk.com'], source: 'https://gpt-hk.com/privacy' }, // privacy (Hong Kong PDPO): AI video generation for Hong Kong users, prompts sent to providers such as Google, bring-your-own-key
    // --- Cross-border e-commerce ---
    { id: 'commerceos', name: 'CommerceOS', vendor: 'CommerceOS', category: 'productivity', domains: ['commerceos.site'], source: 'https://commerceos.site/legal/terms' }, // terms: AI-generated product images, videos, copy, SEO and translations published to Amazon, Shopify, TikTok Shop, Taobao and Douyin
    // --- Coding, model APIs and relays ---
    { id: 'mochingcode', name: 'MochingCode (天章墨青)', vendor: 'Jinan Qingyun Meihui Network Technology Co., Ltd.', category: 'coding', domains: ['qingyunmeihui.com'], source: 'https://www.qingyunmeihui.com/terms.html' }, // terms: an AI-native desktop development platform, AI chat and code generation over several models, terminal and file actions
    { id: 'chinawhapi', name: 'ChinaWHAPI', vendor: 'ChinaWHAPI', category: 'developer-platform', domains: ['chinawhapi.com'], source: 'https://www.chinawhapi.com/blog/customer-service-ai' }, // guide on its own site: customer-service bots built on Chinese models (Qwen) through its global API gateway
    { id: 'aibridge-api', name: 'AIBridge API', vendor: 'AIBridge', category: 'developer-platform', domains: ['aibridge-api.com'], source: 'https://aibridge-api.com/privacy.html' }, // privacy: an API service forwarding PII-cleaned prompts to DeepSeek, Qwen, Zhipu GLM and Moonshot Kimi
    { id: 'i-code-easy', name: 'I Code Easy', vendor: 'I Code Easy', category: 'developer-platform', domains: ['icodeeasy.cc'], source: 'https://icodeeasy.cc/terms/' }, // terms (English and Chinese): API relay and AI tooling for third-party model providers, Moonshot, Zhipu, MiniMax and DeepSeek among them
    { id: 'agentstashlab', name: 'AgentStashLab', vendor: 'AgentStashLab', category: 'developer-platform', domains: ['agentstashlab.com'], source: 'https://www.agentstashlab.com/terms' }, // terms: Claude API access for Claude Code and other tools, balances topped up in yuan
    { id: 'nexusapi-devapikey', name: 'NexusAPI', vendor: 'NexusAPI', category: 'developer-platform', domains: ['devapikey.com'], source: 'https://devapikey.com/terms.html' }, // terms (English and Chinese): an independent GPT API relay with a compatibility and billing layer for upstream models
    { id: 'i7relay', name: 'i7Relay', vendor: 'i7Relay', category: 'developer-platform', domains: ['i7dc.com'], source: 'https://i7dc.com/terms' }, // terms (Chinese): an AI model relay platform for Claude, GPT and Gemini APIs
    // --- Assistants, customer service and learning ---
    { id: 'aijia-kefu', name: 'Aijia Customer Service', vendor: 'Aijia Customer Service', category: 'agents', domains: ['aijiakefu.com'], source: 'https://www.aijiakefu.com/en/docs/private-domain-ai-native-service-blueprint' }, // docs: an AI-native service operations system for WeChat and WeCom teams, AI understanding, low-risk execution, human review
    { id: 'aiyuan-ai', name: 'AIYuan.AI (园园AI)', vendor: 'AIYuan.AI', domains: ['aiyuan.ai'], source: 'https://aiyuan.ai/privacy' }, // privacy (Chinese and English): conversations with its AI assistant and AI-generated strategy code in a quant lab
    { id: 'inyu-space', name: 'INYU (映语)', vendor: 'INYU', domains: ['inyu.space'], source: 'https://inyu.space/privacy.html' }, // privacy (Chinese and English): de-identified inputs sent to registered third-party large language models for replies
    { id: 'arc-interpreter', name: 'Arc Interpreter', vendor: 'Arc Interpreter', category: 'translation', domains: ['huling-ai.site'], source: 'https://huling-ai.site/terms.html' }, // terms (Chinese): an AI real-time Chinese-English voice interpreter on third-party AI models, meeting notes, paired smart glasses
    { id: 'meridian-proto', name: 'Meridian Proto', vendor: 'Meridian Proto', category: 'other', domains: ['meridianproto.com'], source: 'https://www.meridianproto.com/privacy' }, // privacy (Chinese and English): prompts, uploaded documents and drawings turned into generated outputs, metered in compute credits
    // --- BaZi (Four Pillars) readers ---
    { id: 'bazireport', name: 'BaziReport', vendor: 'BaziReport', category: 'other', domains: ['bazireport.com'], source: 'https://www.bazireport.com/privacy' }, // privacy (Chinese and English): AI-assisted BaZi narrative reports drafted by Google Gemini, Zhipu GLM or Groq
    { id: 'soulchart', name: 'SoulChart', vendor: 'SoulChart', category: 'other', region: 'global', domains: ['soulchart.cc'], source: 'https://soulchart.cc/privacy' }, // privacy: Four Pillars charts interpreted by DeepSeek into an AI reading
    { id: 'reckoned-app', name: 'Reckoned', vendor: 'Reckoned', category: 'other', region: 'global', domains: ['reckoned.app'], source: 'https://www.reckoned.app/privacy' }, // privacy: derived BaZi chart context sent to Anthropic's Claude and other AI models for readings and Guanyin lot dialogues
  ],
  { checked: CHECKED_C21, region: 'china' },
);
