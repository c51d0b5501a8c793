// Tenth pass (issue 15, 2026-12-05): AI sections of general platforms, mostly Chinese ones, claimed as URL prefixes on
// the vendor's exact host (never the whole site). Each row was read at the pinned commit of a list already in `LISTS`:
// the "AI 原住民导航" navigation data (ka-pi-ba-la/awesome-ai-tools, `data/navigation.json`, CC BY 4.0: credit
// "AI 原住民导航", https://github.com/ka-pi-ba-la/awesome-ai-tools), Rvelamen's Chinese AI tools list (`data.json`,
// MIT) and Stevo's AI blocklist (MIT). A row was taken only when its list entry says the page is an AI product
// (人工智能, AI, 大模型, speech recognition); where a list names the page both with and without `www.`, both prefixes
// are listed. Left out: pages whose entry does not say AI (发现报告's report search, 阿里云's domain naming page,
// 元典智库's legal search, Adobe Express's and Picsart's background removers), campaign and affiliate redirect pages,
// and general product pages (腾讯文档, 钉钉, 剪映, ProcessOn). Pages the lists give to products already here were left for
// their entries' owner (see the pass's report): Baidu Qianfan's `cloud.baidu.com/product/wenxinworkshop`, Tencent
// TokenHub's product page, JetBrains Junie's `www.jetbrains.com/junie`, CodeArts Snap's and IntelliCode's pages,
// Whimsical's `ai-mind-maps`, Canva's China image generator and Meta AI's thread in Messenger.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

const KAPIBALA = listed('kapibala', 'data/navigation.json');
const RVELAMEN = listed('rvelamen', 'data.json');
const STEVO = listed('stevoisiakai', 'GenAI-Blocklist.txt');

export const platformAiSectionTools5: Tool[] = defineTools(
  'embedded-saas',
  [
    // ---- Baidu ----
    // 百度文库AI助手 (Rvelamen, "based on ERNIE Bot"; the same page in the AI 原住民导航 data).
    { id: 'baidu-wenku-ai', name: 'Baidu Wenku AI assistant', vendor: 'Baidu', category: 'writing', urlPrefixes: ['wenku.baidu.com/ndlaunch/browse/chat'], source: RVELAMEN, region: 'china' },
    // 自由画布, Baidu Wenku's and Baidu Netdisk's AI whiteboard (Rvelamen).
    { id: 'baidu-wenku-free-canvas', name: 'Baidu Free Canvas (自由画布)', vendor: 'Baidu', category: 'productivity', urlPrefixes: ['wenku.baidu.com/pcactivity/freeBoard'], source: RVELAMEN, region: 'china' },
    // 简单听记, Baidu Netdisk's AI speech-to-text and meeting-minutes tool (both lists).
    { id: 'baidu-netdisk-listennote', name: 'Baidu Netdisk Jiandan Tingji (简单听记)', vendor: 'Baidu', category: 'meeting', urlPrefixes: ['pan.baidu.com/embed/listennote'], source: RVELAMEN, region: 'china' },
    // ---- ByteDance (Feishu) ----
    // 飞书妙记: meeting minutes from speech recognition (www. in Rvelamen, bare host in the AI 原住民导航 data).
    { id: 'feishu-minutes', name: 'Feishu Minutes (飞书妙记)', vendor: 'ByteDance', category: 'meeting', urlPrefixes: ['www.feishu.cn/product/minutes', 'feishu.cn/product/minutes'], source: RVELAMEN, region: 'china' },
    // 飞书多维表格's AI workflow sign-up page ("AI 工作流", with DeepSeek R1 for writing, analysis and images).
    { id: 'feishu-bitable-ai', name: 'Feishu Base AI (飞书多维表格 AI)', vendor: 'ByteDance', category: 'productivity', urlPrefixes: ['www.feishu.cn/paid/ai-register', 'feishu.cn/paid/ai-register'], source: RVELAMEN, region: 'china' },
    // ---- Tencent ----
    // 腾讯设计开放平台's generative-AI section (AI 原住民导航).
    { id: 'tencent-topd-ai', name: 'Tencent TOPD AI', vendor: 'Tencent', category: 'image', urlPrefixes: ['topd.tencent.com/ai'], source: KAPIBALA, region: 'china' },
    // Tencent Cloud's face fusion service page (AI 原住民导航, under AI face swap).
    { id: 'tencent-cloud-facefusion', name: 'Tencent Cloud Face Fusion', vendor: 'Tencent Cloud', category: 'image', urlPrefixes: ['cloud.tencent.com/product/facefusion'], source: KAPIBALA, region: 'china' },
    // ---- NetEase ----
    // 网易AI创意工坊 on NetEase Cloud Classroom: Stable Diffusion painting (both lists).
    { id: 'netease-ai-creative-workshop', name: 'NetEase AI Creative Workshop (网易AI创意工坊)', vendor: 'NetEase', category: 'image', urlPrefixes: ['ke.study.163.com/artWorks/painting'], source: RVELAMEN, region: 'china' },
    // WeChat Reading's official AI assistant skills page (AI 原住民导航, under agent skills).
    { id: 'weread-ai-skills', name: 'WeChat Reading AI assistant skills', vendor: 'Tencent', category: 'agents', urlPrefixes: ['weread.qq.com/r/weread-skills'], source: KAPIBALA, region: 'china' },
    // OpenXLab's gallery of AI applications (AI 原住民导航).
    { id: 'openxlab-apps', name: 'OpenXLab apps', vendor: 'OpenXLab', category: 'developer-platform', urlPrefixes: ['openxlab.org.cn/apps'], source: KAPIBALA, region: 'china' },
    // ---- Huawei, Inspur, Langboat, Midu ----
    // HiAI, Huawei's AI development platform for mobile apps (AI 原住民导航).
    { id: 'huawei-hiai', name: 'Huawei HiAI', vendor: 'Huawei', category: 'developer-platform', urlPrefixes: ['developer.huawei.com/consumer/cn/hiai'], source: KAPIBALA, region: 'china' },
    // 浪潮海若大模型 (the list links /hairuo/index.html).
    { id: 'inspur-hairuo', name: 'Inspur Hairuo LLM (浪潮海若)', vendor: 'Inspur', category: 'developer-platform', urlPrefixes: ['cloud.inspur.com/hairuo'], source: KAPIBALA, region: 'china' },
    // 澜舟智会: transcription and analysis of meeting recordings (Langboat's Mengzi pages are their own entries).
    { id: 'langboat-minutes', name: 'Langboat Zhihui (澜舟智会)', vendor: 'Langboat', category: 'meeting', urlPrefixes: ['langboat.com/portal/minutes'], source: KAPIBALA, region: 'china' },
    // 文修 (AI proofreading and polishing) and 蜜巢 (a government-affairs LLM) on Midu's site.
    { id: 'midu-wenxiu', name: 'Midu Wenxiu (文修)', vendor: 'Midu', category: 'writing', urlPrefixes: ['midu.com/wenxiu'], source: KAPIBALA, region: 'china' },
    { id: 'midu-michao', name: 'Midu Michao (蜜巢)', vendor: 'Midu', category: 'chat', urlPrefixes: ['midu.com/michao'], source: KAPIBALA, region: 'china' },
    // ---- Other Chinese sites' AI pages ----
    // 印象AI, Yinxiang Biji's (Evernote China's) AI features, and 印象图记, its AI mind maps (www. in Rvelamen,
    // the bare host in the AI 原住民导航 data).
    { id: 'yinxiang-ai', name: 'Yinxiang AI (印象AI)', vendor: 'Yinxiang Biji', category: 'productivity', urlPrefixes: ['www.yinxiang.com/about/yxai-yxbj', 'yinxiang.com/about/yxai-yxbj'], source: RVELAMEN, region: 'china' },
    { id: 'yinxiang-evermind', name: 'Yinxiang Evermind (印象图记)', vendor: 'Yinxiang Biji', category: 'productivity', urlPrefixes: ['www.yinxiang.com/product/evermind', 'yinxiang.com/product/evermind'], source: RVELAMEN, region: 'china' },
    // 一览运营宝's text-to-image and image-to-image page.
    { id: 'yilan-yunyingbao-ai', name: 'Yilan Yunyingbao AI images (一览运营宝)', vendor: 'Yilan', category: 'image', urlPrefixes: ['yyb.yilantv.com/vam/manage/ai'], source: KAPIBALA, region: 'china' },
    // 凡科快图's AI cut-out page.
    { id: 'fkw-kuaitu-koutu', name: 'Fanke Kuaitu AI cut-out (凡科快图)', vendor: 'Fanke', category: 'image', urlPrefixes: ['kt.fkw.com/koutu.html'], source: KAPIBALA, region: 'china' },
    // POP服装趋势网's AI background removal tool.
    { id: 'pop-fashion-ai-segment', name: 'POP Fashion AI background removal', vendor: 'POP Fashion', category: 'image', urlPrefixes: ['pop-fashion.com/imagetool/hdSegment'], source: KAPIBALA, region: 'china' },
    // 蜜蜂剪辑's AI watermark remover (the editor itself, beecut.cn, stays unclaimed).
    { id: 'beecut-watermark-remover', name: 'BeeCut AI watermark remover', vendor: 'BeeCut', category: 'image', urlPrefixes: ['beecut.cn/online-watermark-remover'], source: KAPIBALA, region: 'china' },
    // 小荷健康's AI medical assistant.
    { id: 'xiaohe-ai-doctor', name: 'Xiaohe AI doctor (小荷健康)', vendor: 'Xiaohe Health', category: 'chat', urlPrefixes: ['xiaohe.cn/home/doctor'], source: KAPIBALA, region: 'china' },
    // 全诊通's LLM medical-records assistant (the list links /ai_assistant/introduction).
    { id: 'aioclinic-ai-assistant', name: 'Quanzhentong AI assistant (全诊通)', vendor: 'Quanzhentong', category: 'writing', urlPrefixes: ['aioclinic.com/ai_assistant'], source: KAPIBALA, region: 'china' },
    // Chat123, AMZ123's cross-border chatbot (the list links /chat/amz123).
    { id: 'amz123-chat', name: 'Chat123', vendor: 'AMZ123', category: 'chat', urlPrefixes: ['amz123.com/chat'], source: KAPIBALA, region: 'china' },
    // 万象公文's intelligent-writing editor on Thunisoft's government-document site.
    { id: 'thunisoft-gongwen-ai', name: 'Wanxiang Gongwen intelligent editor (万象公文)', vendor: 'Thunisoft', category: 'writing', urlPrefixes: ['gongwen.thunisoft.com/IntelligentEditor'], source: KAPIBALA, region: 'china' },
    // Canva China's AI resume builder.
    { id: 'canva-cn-ai-resume-builder', name: 'Canva AI resume builder (China)', vendor: 'Canva', category: 'writing', urlPrefixes: ['canva.cn/ai-resume-builder'], source: KAPIBALA, region: 'china' },
    // ---- Global vendors' AI pages in the same lists ----
    { id: 'adobe-acrobat-ai-assistant', name: 'Acrobat AI Assistant', vendor: 'Adobe', category: 'writing', urlPrefixes: ['www.adobe.com/acrobat/generative-ai-pdf.html'], source: RVELAMEN },
    { id: 'ibm-watson-text-to-speech', name: 'IBM Watson Text to Speech', vendor: 'IBM', category: 'audio', urlPrefixes: ['www.ibm.com/cloud/watson-text-to-speech'], source: RVELAMEN },
    { id: 'zyro-ai-background-remover', name: 'Zyro AI Background Remover', vendor: 'Hostinger', category: 'image', urlPrefixes: ['zyro.com/tools/image-background-remover'], source: RVELAMEN },
    { id: 'zyro-ai-image-upscaler', name: 'Zyro AI Image Upscaler', vendor: 'Hostinger', category: 'image', urlPrefixes: ['zyro.com/tools/image-upscaler'], source: RVELAMEN },
    { id: 'hitpaw-watermark-remover', name: 'HitPaw AI Watermark Remover', vendor: 'HitPaw', category: 'image', urlPrefixes: ['www.hitpaw.com/remove-watermark.html'], source: RVELAMEN },
    // Britannica's chatbot: the list's section header names the page and blocks its chat API (lines 518-519).
    { id: 'britannica-chatbot', name: 'Britannica chatbot', vendor: 'Encyclopaedia Britannica', category: 'chat', urlPrefixes: ['www.britannica.com/chatbot'], source: STEVO },
    // Investing.com's "Stocks Picked by AI" link in its navbar, beside WarrenAI (lines 2313-2315).
    { id: 'investing-propicks-ai', name: 'Investing.com ProPicks AI', vendor: 'Investing.com', category: 'productivity', urlPrefixes: ['www.investing.com/pro/propicks'], source: STEVO },
    // Google Arts & Culture's ArtRemix and Poem Postcards experiments (lines 1724-1727).
    { id: 'google-arts-culture-ai-experiments', name: 'Google Arts & Culture AI experiments (ArtRemix, Poem Postcards)', vendor: 'Google', category: 'image', urlPrefixes: ['artsandculture.google.com/experiment/2gFc5DkygEURfw', 'artsandculture.google.com/experiment/ZgG5_uTbBgTpIQ'], source: STEVO },
    // A hentai tube's "Create AI" generator page (lines 5011-5012).
    { id: 'hentaistream-create-ai', name: 'HentaiStream Create AI', vendor: 'HentaiStream', category: 'image', urlPrefixes: ['tube.hentaistream.com/createai'], source: STEVO },
    // The site an "AI Undress tag" links to (lines 4814-4815): the whole host.
    { id: 'facemix', name: 'Facemix', vendor: 'Facemix', category: 'image', domains: ['facemix.app'], source: STEVO },
  ],
  { checked: CHECKED_C10 },
);
