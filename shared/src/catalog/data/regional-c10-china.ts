// Tenth regional pass (issue 15, 2026-12-05): Chinese AI sites no entry claimed, read at the pinned commit of the
// "AI 原住民导航" navigation data (ka-pi-ba-la/awesome-ai-tools, `data/navigation.json`; its selection is CC BY 4.0:
// credit "AI 原住民导航", https://github.com/ka-pi-ba-la/awesome-ai-tools). Only facts (name, host) were taken, and a
// host only where the list entry says the site is an AI product (人工智能, AI, 大模型, an intelligent chatbot) and the
// whole host is that product. Checked first, and already matched: the named assistants and model sites of Baidu,
// Alibaba, Tencent, ByteDance, Kuaishou, Zhipu, Moonshot, MiniMax, StepFun, 01.AI, iFlytek, SenseTime, Baichuan and
// DeepSeek with their second hosts. Left out: general sites the list also names (腾讯会议, 问卷星, 幕布, 剪映, 稿定's
// design site), directories and courses, company sites (天壤, 澜舟科技), entries whose text does not say AI (学术猹,
// 元典智库, 发现报告), and hosts the list gives to products already here (`linkfox.com` beside LinkFox AI's
// `ai.linkfox.com`; `koutu.gaoding.com` and `gaoding.art` beside Gaoding AI; `scnet.cn`'s LLM page beside SCNet's
// API), left for their entries' owner.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

const KAPIBALA = listed('kapibala', 'data/navigation.json');

export const regionalC10ChinaTools: Tool[] = defineTools(
  'other',
  [
    // Tencent's AI open platform ("one-stop machine learning platform for AI products").
    { id: 'tencent-ai-open-platform', name: 'Tencent AI Open Platform', vendor: 'Tencent', category: 'developer-platform', domains: ['ai.qq.com'] },
    // Teachers' AI tools.
    { id: 'ai910', name: 'AI师辅 (AI Shifu)', vendor: 'AI师辅', category: 'productivity', domains: ['ai910.cn'] },
    { id: 'ourteacher', name: 'OurTeacher', vendor: 'OurTeacher', category: 'productivity', domains: ['ourteacher.cc'] },
    { id: 'jiuzhang-aixue', name: '九章爱学 (Jiuzhang Aixue)', vendor: '九章爱学', category: 'productivity', domains: ['laoshibang.com'] },
    { id: 'teacherin-ai', name: '超凡老师 (Chaofan Laoshi)', vendor: 'Teacherin', category: 'productivity', domains: ['ai.teacherin.cn'] },
    // AI short drama and comic video generation.
    { id: 'linghuiai', name: '灵绘 (Linghui)', vendor: '灵绘', category: 'video', domains: ['linghuiai.net'] },
    // AI product photography and virtual try-on for e-commerce (the marketing subdomain of k-fashionshop.com).
    { id: 'k-fashionshop-haomai', name: '潮际好麦 (Chaoji Haomai)', vendor: 'K-Fashionshop', category: 'image', domains: ['marketing.k-fashionshop.com'] },
    // AI image editing and inpainting.
    { id: 'magicquill', name: 'MagicQuill', vendor: 'MagicQuill', category: 'image', domains: ['magicquill.art'] },
    { id: 'lxfater-inpaint', name: 'Inpaint (lxfater)', vendor: 'lxfater', category: 'image', domains: ['inpaintweb.lxfater.com'] },
    // Free AI-generated stock images, with one-click generation in the same style.
    { id: 'tuxingren', name: '图星人 (Tuxingren)', vendor: '图星人', category: 'image', domains: ['tuxingren.com'] },
    // Free AI apps (agents, writing, data analysis).
    { id: 'galaxy-future-apps', name: '星汉未来 AI apps', vendor: 'Galaxy Future', category: 'agents', domains: ['apps.galaxy-future.com'] },
    // An AI platform for workflows and content creation (the list links /midjourney).
    { id: 'openflowai', name: 'Openflow', vendor: 'Openflow', category: 'image', domains: ['openflowai.net'] },
    // Intelligent chatbots and AI tools (the list links /member).
    { id: 'ai2a', name: '话知音 (Huazhiyin)', vendor: '话知音', category: 'chat', domains: ['ai2a.com'] },
    // ZAKER's intelligent customer-service robot.
    { id: 'zaker-cc', name: 'ZAKER customer-service robot', vendor: 'ZAKER', category: 'embedded-saas', domains: ['cc.zaker.cn'] },
    // Tongji University's civil-engineering LLM, on its own subdomain.
    { id: 'tongji-civilgpt', name: 'CivilGPT', vendor: 'Tongji University', category: 'chat', domains: ['civilgpt.tongji.edu.cn'] },
    // 博问大模型, a museum LLM (the list links /web/index).
    { id: 'bwenai', name: '博问大模型 (Bowen)', vendor: '博问', category: 'chat', domains: ['bwenai.com'] },
    // 左手医生's open platform for intelligent doctor services (listed under LLMs).
    { id: 'zuoshouyisheng-open', name: '左手医生 open platform', vendor: '左手医生', category: 'developer-platform', domains: ['open.zuoshouyisheng.com'] },
  ],
  { checked: CHECKED_C10, region: 'china', source: KAPIBALA },
);
