// Tenth long-tail pass (2026-12-05, issue 15), from a list the catalog had not read: clawhome/awesome-ai-toolbox, the
// open mirror of the Chinese AI tools directory topxai.cn (README.en.md: 793 tools in 23 categories, each with its
// official website; the same records as data/tools.json and data/tools.csv). Its README's badge and License section
// put the list content under CC0 1.0 ("The list content is released under CC0 1.0 (./LICENSE)"); the stored copy read
// holds no LICENSE text (the index keeps no CC0 licence files: steven2358's pinned one is missing too) and no snapshot
// could be fetched, so the licence rests on the README's own statement at the pinned commit, as TiorAI's did. Only facts
// (a product's name and its host) were taken; each row is our own. Every website the README names was classified against
// the catalog by script (exact host, parent and child); about 180 matched nothing, and a record became a row when its
// description says the product is AI and the site is the product's own. Left out: general SaaS with an AI feature
// (design suites such as Chuangkit, Gaoding, JsDesign, MasterGo, Modao, Pixso and Tuguaishou, Pixlr, BI tools, CRMs,
// note and bookmark apps such as Cubox, mymind and Qingk, diet, travel and wardrobe apps), plagiarism checkers whose
// AIGC check is one service among many (CNKI, Gezida, VIP, Wanfang), leaderboards and benchmarks (Artificial Analysis,
// LLM Stats, SuperBench, RunThisLLM), repository-to-prompt packers (Gitingest, Repomix), marketing-data and social
// placement platforms, AI drug-discovery companies' corporate sites, hardware (FoloToy), generic-word hosts
// (preview.io, nile.app, flowmusic.app, a site only named after Google's Flow Music), and hosts of products already here,
// left for aliases: www.lovart.art (Lovart), acestudio.cn (ACE Studio), agent.minimax.cn (MiniMax Agent), clawd.bot
// (OpenClaw), spellbook.com (Spellbook), sanalabs.com (Sana), www.lingxi.cn (WPS Lingxi), faceplusplus.com.cn (Face++), codefuse.io (CodeFuse) and luchentech.com (the parent
// of a claimed HPC-AI host). This file: writing, image, video, design and audio tools.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

const CLAWHOME = listed('clawhome', 'README.en.md');

export const longTailC10ListsTools: Tool[] = defineTools(
  'other',
  [
    // Writing.
    { id: 'danqingmiaobi', name: '丹青妙笔', vendor: '华文智言', category: 'writing', region: 'china', domains: ['danqingmiaobi.com'] },
    { id: 'laper-ai', name: 'Laper', vendor: 'Laper', category: 'writing', region: 'china', domains: ['laper.ai'] },
    { id: 'maomaochong-thesis', name: '茅茅虫论文', vendor: '茅茅虫', category: 'writing', region: 'china', domains: ['mmc.cc'] },
    { id: 'pitaya-writer', name: '火龙果写作', vendor: '火龙果', category: 'writing', region: 'china', domains: ['mypitaya.com'] },
    { id: 'supernovelist-36ma', name: '超级小说家', vendor: '超级小说家', category: 'writing', region: 'china', domains: ['36ma.com'] },
    { id: 'xinhua-miaobi', name: '新华妙笔', vendor: '新华社 / 博特智能', category: 'writing', region: 'china', domains: ['miaobi.xinhuaskl.com'] },
    { id: 'paibanxiaoxing', name: '排版小星', vendor: '排版小星', category: 'writing', region: 'china', domains: ['paibanxiaoxing.com'] },
    { id: 'xiangpi-ai', name: '小橡皮AI', vendor: '小橡皮', category: 'writing', region: 'china', domains: ['xiangpiai.cn'] },
    { id: 'caiyun-xiaomeng', name: '彩云小梦', vendor: '彩云科技', category: 'writing', region: 'china', domains: ['if.caiyunai.com'] },
    // Image.
    { id: 'zhitu-360', name: '360智图', vendor: '360', category: 'image', region: 'china', domains: ['tu.360.cn'] },
    { id: 'jiaodian-ai', name: '蕉点AI', vendor: '蕉点AI', category: 'image', region: 'china', domains: ['jiaodianai.com'] },
    { id: 'miaohui-ai', name: '秒绘AI', vendor: '上海愿象信息科技', category: 'image', region: 'china', domains: ['miaohuiai.cc'] },
    { id: 'miguo-ai', name: '米粿AI', vendor: '米粿AI', category: 'image', region: 'china', domains: ['miguo.ai'] },
    { id: 'pixpix', name: 'PixPix', vendor: 'PixPix', category: 'image', region: 'china', domains: ['pixpix.com'] },
    { id: 'scidraw-ai', name: 'SciDraw AI', vendor: 'SciDraw', category: 'image', region: 'china', domains: ['sci-draw.com'] },
    { id: 'tugaigai', name: '图改改', vendor: '图改改', category: 'image', region: 'china', domains: ['tugaigai.com'] },
    { id: 'v2fun', name: 'V2Fun', vendor: 'V2Fun', category: 'image', region: 'china', domains: ['v2fun.art'] },
    { id: 'wuli-art', name: '呜哩AI', vendor: '呜哩', category: 'image', region: 'china', domains: ['wuli.art'] },
    { id: 'lingvisions', name: '灵图AI', vendor: '灵图科技', category: 'image', region: 'china', domains: ['lingvisions.com'] },
    { id: 'dresswise-ai', name: 'DressWise', vendor: 'DressWise', category: 'image', domains: ['dresswise.ai'] },
    { id: 'decoratly', name: 'Decoratly', vendor: 'Decoratly', category: 'image', domains: ['decoratly.com'] },
    { id: 'flyker-ai', name: 'Flyker AI', vendor: '厦门飞客科技', category: 'image', region: 'china', domains: ['flykerai.com'] },
    { id: 'sengine-ai', name: 'Sengine AI', vendor: '深圳生境科技', category: 'image', region: 'china', domains: ['s-engine.com.cn'] },
    // Video and digital humans.
    { id: 'bairimeng-ai', name: '白日梦AI', vendor: '白日梦AI', category: 'video', region: 'china', domains: ['aibrm.com'] },
    { id: 'baidu-huixiang', name: '绘想', vendor: 'Baidu', category: 'video', region: 'china', domains: ['huixiang.baidu.com'] },
    { id: 'juhuo-ai', name: '剧火AI', vendor: '剧火AI', category: 'video', region: 'china', domains: ['juhuo.cn'] },
    { id: 'likechengpian', name: '立刻成片', vendor: '立刻成片', category: 'video', region: 'china', domains: ['lickv.com'] },
    { id: 'lumen-flow', name: 'Lumen Flow', vendor: 'Lumen Flow', category: 'video', region: 'china', domains: ['lumenflow.net'] },
    { id: 'luxreal-ai', name: 'LuxReal', vendor: 'LuxReal', category: 'video', region: 'china', domains: ['luxreal.ai'] },
    { id: 'mvland', name: 'MVLAND', vendor: 'MVLAND', category: 'video', region: 'china', domains: ['mvland.cn'] },
    { id: 'oiiyao', name: 'Oiiyao 千影万音', vendor: 'Oiiyao', category: 'video', region: 'china', domains: ['oiiyao.com'] },
    { id: 'pixmax-cn', name: 'Pixmax', vendor: 'Pixmax', category: 'video', region: 'china', domains: ['pixmax.cn'] },
    { id: 'seavideo', name: '海艺剧场', vendor: 'SeaArt', category: 'video', region: 'china', domains: ['seavideo.tv'] },
    { id: 'sensetime-seko', name: 'Seko', vendor: 'SenseTime', category: 'video', region: 'china', domains: ['seko.sensetime.com'] },
    { id: 'tomoviee-cn', name: '万兴天幕 ToMoviee', vendor: 'Wondershare', category: 'video', region: 'china', domains: ['tomoviee.cn'] },
    { id: 'xianchou-ai', name: '献丑AI', vendor: '献丑', category: 'video', region: 'china', domains: ['xianchou.com'] },
    { id: 'zaoju-art', name: '造剧', vendor: '造剧', category: 'video', region: 'china', domains: ['zaoju.art'] },
    { id: 'xmov-ai', name: '魔珐科技 Xmov', vendor: 'Xmov', category: 'video', region: 'china', domains: ['xmov.ai'] },
    // Design.
    { id: 'miora-design', name: 'Miora', vendor: 'Miora', category: 'presentation', domains: ['miora.design'] },
    { id: 'narraland', name: 'NarraLand', vendor: 'NarraLand', category: 'presentation', region: 'china', domains: ['narraland.com'] },
    { id: 'omma-build', name: 'Omma', vendor: 'Spline', category: 'coding', domains: ['omma.build'] },
    { id: 'open-design-ai', name: 'Open Design', vendor: 'Open Design', category: 'presentation', domains: ['open-design.ai'] },
    { id: 'pagepop-cn', name: 'PagePop', vendor: 'PagePop', category: 'image', region: 'china', domains: ['pagepop.cn'] },
    { id: 'swishy-ai', name: 'Swishy', vendor: 'Swishy', category: 'video', domains: ['swishy.ai'] },
    { id: 'tavafa', name: 'Tavafa 塔维法', vendor: 'Tavafa', category: 'image', region: 'china', domains: ['tavafa.com'] },
    // Music, voice and speech.
    { id: 'chordmate', name: 'Chordmate', vendor: 'LazyComposer', category: 'audio', region: 'china', domains: ['chordmate.lazycomposer.com'] },
    { id: 'nafy-ai', name: 'Nafy AI', vendor: 'Nafy AI', category: 'audio', domains: ['nafy.ai'] },
    { id: 'yinchao-ai', name: '音潮', vendor: '音潮', category: 'audio', region: 'china', domains: ['yinchaoyongxian.com'] },
    { id: 'yinshu-ai', name: '音述AI', vendor: '音述AI', category: 'audio', region: 'china', domains: ['yinshu.me'] },
    { id: 'netease-bageshuo', name: '网易叭哥说', vendor: 'NetEase Youdao', category: 'audio', region: 'china', domains: ['bug.youdao.com'] },
    { id: 'databaker', name: 'DataBaker 标贝科技', vendor: 'DataBaker', category: 'audio', region: 'china', domains: ['data-baker.com'] },
    { id: 'douge-dub', name: '逗哥配音', vendor: '逗哥配音', category: 'audio', region: 'china', domains: ['douge.com'] },
    { id: 'freetts', name: 'FreeTTS', vendor: 'FreeTTS', category: 'audio', domains: ['freetts.com'] },
    { id: 'speechma', name: 'Speechma', vendor: 'Speechma', category: 'audio', domains: ['speechma.com'] },
    { id: 'wusheng-ai', name: '无声AI (Reecho)', vendor: '无声AI', category: 'audio', region: 'china', domains: ['wusound.cn'] },
    { id: 'selecttranslate', name: '精挑翻译', vendor: '精挑翻译', category: 'translation', region: 'china', domains: ['selecttranslate.com'] },
    { id: 'zhiyun-translator', name: '知云文献翻译', vendor: '知云', category: 'translation', region: 'china', domains: ['zhiyunwenxian.cn'] },
  ],
  { checked: CHECKED_C10, source: CLAWHOME },
);
