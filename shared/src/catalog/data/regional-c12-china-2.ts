// Twelfth-session Chinese pass (issue 15, 2026-12-06): doocs/awesome-ai, "AI 工具集" (README.md, a hand-kept list of
// Chinese AI tools by task with a short foreign section; MIT licence file at b393a3cf). Only facts (name, host) were
// taken; the rows are ours. All 109 links were classified first: 89 already matched (the assistants, ERNIE, Tongyi,
// Kimi, Hunyuan, Spark, Doubao, Zhipu, Baichuan, 360 AI, AiPPT, iSlide, WPS AI, ChatPPT, ChatExcel, Raccoon, Tingwu,
// iFlyrec, Feishu Minutes and Tencent Meeting AI, Effidit, Xiezuocat, Biling, Metaso, Tiangong, the image, design,
// audio, video and digital-human tools, aiXcoder, MarsCode, CodeArts Snap, Ark, ModelScope ...). Added: four AI tools
// the catalog did not know, two of them as URL prefixes on general sites (an audio platform's novel-writing tool, an
// SEO suite's AI meta generator) and one as a prefix on a design suite's AI page (never the suites' whole domains).
// Left out: general software the list names for its AI features (ProcessOn, EdrawMind, GitMind's parent sites,
// Miaoban, Youdao Cloud Note, CapCut China, Gaoding, Modao, MasterGo, Chuangkit, Pixso, 360 Kuai Jianji), deep-learning
// frameworks' sites (MindSpore, PaddlePaddle), a company's home page named for its model (datagrand.com), a prompt
// guide (promptingguide.ai) and an AI directory (top.aibase.com), which are reading, not tools.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const doocs = listed('doocsawesomeai', 'README.md');

export const regionalC12China2Tools: Tool[] = defineTools(
  'writing',
  [
    // Ximalaya's novel-writing assistant lives under one path of the audio platform's site.
    { id: 'ximalaya-writewise', name: 'WriteWise (Ximalaya)', vendor: 'Ximalaya', urlPrefixes: ['www.ximalaya.com/gatekeeper/write-wise-web'], source: doocs },
    // 5118's AI generator of SEO titles, meta descriptions and keywords; the rest of 5118.com is a keyword-data suite.
    { id: '5118-seometa', name: '5118 SEO Meta Generator', vendor: '5118', urlPrefixes: ['www.5118.com/seometa', '5118.com/seometa'], source: doocs },
    // JsDesign's AI page (text to UI, text to image); js.design itself is a general design tool.
    { id: 'jsdesign-ai', name: 'JsDesign AI (即时 AI)', vendor: 'JsDesign', category: 'presentation', urlPrefixes: ['js.design/ai'], source: doocs },
    // The list names SciPhi's AI search (search.sciphi.ai); the maker's site is AI-first (retrieval and RAG).
    { id: 'sciphi', name: 'SciPhi', vendor: 'SciPhi', category: 'search', domains: ['sciphi.ai'], source: doocs, region: 'global' },
  ],
  { checked: CHECKED_C12, region: 'china' },
);
