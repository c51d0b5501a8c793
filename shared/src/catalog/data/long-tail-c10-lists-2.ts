// Tenth long-tail pass (2026-12-05, issue 15), continued: the rest of clawhome/awesome-ai-toolbox (the CC0 mirror of
// topxai.cn; see long-tail-c10-lists.ts for the licence, what was read and what was left out). This file: assistants
// and agents, office and note-taking, coding, education and translation, AI-content detection and deepfake detection,
// research, marketing, support, legal and health tools. Pages of general sites (DingTalk, Feishu, Tencent Cloud,
// Volcano Engine, tokfinity.com) are claimed as URL prefixes only; subdomains of large portals (Baidu, Tencent, Youdao,
// iFlytek, People's Daily) are claimed as that subdomain only.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

const CLAWHOME = listed('clawhome', 'README.en.md');

export const longTailC10ListsTools2: Tool[] = defineTools(
  'other',
  [
    // Assistants and agents.
    { id: 'dangbei-ai', name: '当贝AI', vendor: '当贝', category: 'chat', region: 'china', domains: ['ai.dangbei.com'] },
    { id: 'memu-bot', name: 'memU Bot', vendor: 'memU', category: 'agents', domains: ['memu.bot'] },
    { id: 'tabbit-browser', name: 'Tabbit', vendor: '北京酷讯互动科技', category: 'agents', region: 'china', domains: ['tabbit-ai.com', 'tabbitbrowser.com'] }, // tabbitbrowser.com, Tabbit's AI-native browser site: listed('awesomemac') and the site's own page https://go.tabbitbrowser.com/browser-with-page-summarization (neither names the maker), CHECKED_C12
    { id: 'tipkay', name: 'TipKay', vendor: 'TipKay', category: 'agents', region: 'china', domains: ['tipkay.com'] },
    { id: 'workany-ai', name: 'WorkAny', vendor: 'WorkAny', category: 'agents', domains: ['workany.ai'] },
    { id: 'yuanqi-ai-bot', name: '元气AI Bot', vendor: '北京灵豹智能科技', category: 'agents', region: 'china', domains: ['yuanqiai.net'] },
    { id: 'xunfei-loomy', name: 'Loomy', vendor: 'iFlytek', category: 'agents', region: 'china', domains: ['loomy.xunfei.cn'] },
    { id: 'qwenwork', name: '千问办公 QwenWork', vendor: 'Alibaba', category: 'productivity', region: 'china', domains: ['qwenwork.cn'] },
    { id: 'turix-ngtech', name: 'TuriX', vendor: '深圳新升代科技', category: 'agents', region: 'china', domains: ['ngtechai.com'] },
    { id: 'evomap', name: 'EvoMap', vendor: 'EvoMap', category: 'agents', domains: ['evomap.ai'] },
    { id: 'happycapy', name: 'Happycapy', vendor: 'Happycapy', category: 'agents', domains: ['happycapy.ai'] },
    { id: 'laiye', name: '来也科技', vendor: 'Laiye', category: 'agents', region: 'china', domains: ['laiye.com'] },
    { id: 'matrix-build', name: 'Matrix', vendor: 'Matrix', category: 'agents', domains: ['matrix.build'] },
    { id: 'moxt-ai', name: 'Moxt', vendor: 'Moxt', category: 'agents', domains: ['moxt.ai'] },
    { id: 'bloome-im', name: 'Bloome', vendor: 'Bloome', category: 'agents', domains: ['bloome.im'] },
    { id: 'deepzero', name: 'DeepZero', vendor: 'DeepZero', category: 'agents', region: 'china', domains: ['deepzero.com'] },
    { id: 'playabl-ai', name: 'Playabl', vendor: 'Playabl', category: 'coding', domains: ['playabl.ai'] },
    { id: 'tencent-zaohua', name: '造化工坊', vendor: 'Tencent', category: 'chat', region: 'china', domains: ['zaohua.qq.com'] },
    // Platforms for building agents and calling models.
    { id: 'dingtalk-ai-page', name: 'DingTalk AI', vendor: 'Alibaba', category: 'embedded-saas', region: 'china', urlPrefixes: ['www.dingtalk.com/ai'] },
    { id: 'tencent-adp', name: '腾讯云智能体开发平台', vendor: 'Tencent', category: 'developer-platform', region: 'china', urlPrefixes: ['cloud.tencent.com/product/adp'] },
    { id: 'volcengine-hiagent', name: 'HiAgent', vendor: 'Volcano Engine', category: 'developer-platform', region: 'china', urlPrefixes: ['www.volcengine.com/product/hiagent'] },
    { id: 'volcengine-promptpilot', name: 'PromptPilot', vendor: 'Volcano Engine', category: 'developer-platform', region: 'china', domains: ['promptpilot.volcengine.com'] },
    { id: 'shuyan-ai', name: '数眼智能', vendor: '数眼智能', category: 'developer-platform', region: 'china', domains: ['shuyanai.com'] },
    { id: 'infinigence-ai', name: 'Infinigence AI 无问芯穹', vendor: 'Infinigence AI', category: 'developer-platform', region: 'china', domains: ['infinigence-ai.com'] },
    { id: 'runninghub', name: 'RunningHub', vendor: 'RunningHub', category: 'image', region: 'china', domains: ['runninghub.cn'] },
    { id: 'ilivedata', name: '云上曲率 LiveData', vendor: 'iLiveData', category: 'developer-platform', region: 'china', domains: ['ilivedata.com'] },
    { id: 'arcsoft-vision', name: 'ArcSoft Vision', vendor: 'ArcSoft', category: 'developer-platform', region: 'china', domains: ['ai.arcsoft.com.cn'] },
    { id: 'tupu-tech', name: '图普科技', vendor: 'Tupu Tech', category: 'developer-platform', region: 'china', domains: ['tuputech.com'] },
    // Office, notes and meetings.
    { id: 'biaodaren', name: '标达人', vendor: '和通智能', category: 'writing', region: 'china', domains: ['biaodaren.manaont.com'] },
    { id: 'bufancv', name: '不繁简历', vendor: '深圳市异步涌现科技', category: 'writing', region: 'china', domains: ['bufancv.com'] },
    { id: 'sourcetable', name: 'Sourcetable', vendor: 'Sourcetable', category: 'productivity', domains: ['sourcetable.com'] },
    { id: 'syqz-agent', name: '数以轻舟Agent', vendor: '北京乾策数智科技', category: 'productivity', region: 'china', domains: ['syqzai.com'] },
    { id: 'cleft-notes', name: 'Cleft', vendor: 'Cleft', category: 'productivity', domains: ['cleftnotes.com'] },
    { id: 'dedao-biji', name: 'Get笔记 (得到大脑)', vendor: '得到', category: 'productivity', region: 'china', domains: ['biji.com'] },
    { id: 'dinox', name: 'Dinox', vendor: 'Dinox', category: 'productivity', region: 'china', domains: ['dinox.info'] },
    { id: 'ideashell', name: 'ideaShell 闪念贝壳', vendor: 'ideaShell', category: 'productivity', region: 'china', domains: ['ideashell.com'] },
    { id: 'iflynote', name: '讯飞语记', vendor: 'iFlytek', category: 'productivity', region: 'china', domains: ['iflynote.com'] },
    { id: 'litesight', name: '轻析 LiteSight', vendor: 'LiteSight', category: 'productivity', region: 'china', domains: ['litesight.cn'] },
    { id: 'miaoji-duo', name: '喵记多', vendor: 'mojidoc', category: 'productivity', region: 'china', domains: ['miao.mojidoc.com'] },
    { id: 'marmos', name: 'marmos', vendor: 'Tencent', category: 'productivity', region: 'china', domains: ['marmos.qq.com'] },
    { id: 'domery', name: 'Domery', vendor: 'Domery', category: 'productivity', region: 'china', domains: ['domery.cn'] },
    // Coding and app builders.
    { id: 'atoms-dev', name: 'Atoms', vendor: 'Atoms', category: 'coding', domains: ['atoms.dev'] },
    { id: 'daimax', name: '袋马', vendor: '袋马', category: 'coding', region: 'china', domains: ['daimax.cn'] },
    { id: 'tokfinity-infcode', name: 'InfCode', vendor: '词元无限 Tokfinity', category: 'coding', region: 'china', urlPrefixes: ['www.tokfinity.com/infcode'] },
    { id: 'maiya-ai', name: '麦芽AI', vendor: '麦芽AI', category: 'coding', region: 'china', domains: ['myaifast.com'] },
    { id: 'monkeycode-ai', name: 'MonkeyCode', vendor: 'MonkeyCode', category: 'coding', region: 'china', domains: ['monkeycode-ai.com'] },
    { id: 'qmuse', name: 'QMuse', vendor: 'QMuse', category: 'coding', region: 'china', domains: ['qmuse.cn'] },
    // Education and research.
    { id: 'tencent-learnbuddy', name: 'LearnBuddy', vendor: 'Tencent', category: 'other', region: 'china', domains: ['learningbuddy.tencent.com'] },
    { id: 'pangzhengboyin', name: '庞征博引', vendor: '庞征博引', category: 'search', region: 'china', domains: ['pangzhengboyin.com'] },
    { id: 'xueersi-shensi', name: '深思AI (学而思)', vendor: 'TAL Education', category: 'chat', region: 'china', domains: ['ask.mathcn.com'] },
    { id: 'squirrel-ai', name: '松鼠AI', vendor: 'Squirrel AI', category: 'other', region: 'china', domains: ['songshuai.com'] },
    { id: 'youdao-xiaop', name: '有道小P', vendor: 'NetEase Youdao', category: 'chat', region: 'china', domains: ['xiaop.youdao.com'] },
    { id: 'qiewenpaper', name: '切问学术', vendor: '切问学术', category: 'search', region: 'china', domains: ['qiewenpaper.com'] },
    { id: 'biaoda-me', name: '表答', vendor: '表答', category: 'agents', region: 'china', domains: ['biaoda.me'] },
    { id: 'qcc-agent', name: '企查查 Agent 平台', vendor: 'Qichacha', category: 'developer-platform', region: 'china', domains: ['agent.qcc.com'] },
    { id: 'iwencai', name: '问财', vendor: '同花顺', category: 'search', region: 'china', domains: ['iwencai.com'] },
    // AI-content and deepfake detection.
    { id: 'aigc-x', name: 'AIGC-X', vendor: "People's Daily Online", category: 'writing', region: 'china', domains: ['aigcx.people.cn'] },
    { id: 'deepware-ai', name: 'Deepware', vendor: 'Deepware', category: 'other', domains: ['deepware.ai'] },
    { id: 'getreal-security', name: 'GetReal Security', vendor: 'GetReal Security', category: 'other', domains: ['getrealsecurity.com'] },
    { id: 'illuminarty', name: 'Illuminarty', vendor: 'Illuminarty', category: 'image', domains: ['illuminarty.ai'] },
    // pangramlabs.com: the host textsight/awesome-ai-detection gives for Pangram (listed('textsight')).
    { id: 'pangram', name: 'Pangram', vendor: 'Pangram Labs', category: 'writing', domains: ['pangram.com', 'pangramlabs.com'] },
    { id: 'realai-cn', name: '瑞莱智慧 RealAI', vendor: 'RealAI', category: 'other', region: 'china', domains: ['real-ai.cn', 'realai.ai'] }, // realai.ai: 瑞莱智慧 at www.realai.ai in listed('pingpigchina', 'src/data/projects.json') line 2624, CHECKED_C13
    { id: 'reality-defender', name: 'Reality Defender', vendor: 'Reality Defender', category: 'other', domains: ['realitydefender.com'] },
    { id: 'ruijian-ai', name: '睿鉴AI', vendor: 'Ruijian AI', category: 'other', region: 'china', domains: ['ruijianai.com'] },
    { id: 'wenge-ai', name: '中科闻歌', vendor: '中科闻歌', category: 'developer-platform', region: 'china', domains: ['wenge.com'] },
    // Marketing and sales.
    { id: 'kleo-so', name: 'Kleo', vendor: 'Kleo', category: 'writing', domains: ['kleo.so'] },
    { id: 'maxaeo', name: 'MaxAEO', vendor: '增势智能', category: 'search', region: 'china', domains: ['maxaeo.cn'] },
    { id: 'ribbi-ai', name: 'Ribbi', vendor: 'Somasole', category: 'image', domains: ['ribbi.ai'] },
    // rilla.ai: the host kostja94/awesome-ai-tools' INDEX.md gives for Rilla (listed('kostja94', 'INDEX.md')).
    { id: 'rilla', name: 'Rilla', vendor: 'Rilla', category: 'meeting', domains: ['rilla.com', 'rilla.ai'] },
    // Customer support and voice agents.
    { id: 'juzibot', name: '句子互动 Juzibot', vendor: 'Juzibot', category: 'agents', region: 'china', domains: ['juzibot.com'] },
    { id: 'yiwise', name: '一知智能 Yiwise', vendor: 'Yiwise', category: 'agents', region: 'china', domains: ['yiwise.com'] },
    { id: 'zhuiyi', name: '追一科技', vendor: 'Zhuiyi', category: 'agents', region: 'china', domains: ['zhuiyi.ai'] },
    // Legal.
    { id: 'evisort', name: 'Evisort', vendor: 'Workday', category: 'other', domains: ['evisort.com'] },
    { id: 'legalon', name: 'LegalOn', vendor: 'LegalOn Technologies', category: 'other', domains: ['legalontech.com'] },
    { id: 'lexcat', name: 'Lexcat', vendor: 'Lexcat', category: 'other', region: 'china', domains: ['lexcat.cn'] },
    { id: 'powerlaw-ai', name: '幂律智能 PowerLaw AI', vendor: 'PowerLaw', category: 'other', region: 'china', domains: ['milvzhineng.cn'] },
    { id: 'yuandian-ailaw', name: '元典', vendor: '通力 Thunis', category: 'other', region: 'china', domains: ['yuandian.ailaw.cn'] },
    // Health.
    { id: 'buoy-health', name: 'Buoy Health', vendor: 'Buoy Health', category: 'chat', domains: ['buoyhealth.com'] },
    { id: 'iflytek-xiaoyi', name: '讯飞晓医', vendor: 'iFlytek', category: 'chat', region: 'china', domains: ['chatdr.iflyhealth.com'] },
    { id: 'infervision', name: '推想医疗 Infervision', vendor: 'Infervision', category: 'other', region: 'china', domains: ['infervision.com'] },
    { id: 'tencent-miying', name: '腾讯觅影', vendor: 'Tencent', category: 'other', region: 'china', domains: ['miying.qq.com'] },
    { id: 'uii-ai', name: '联影智能', vendor: 'United Imaging Intelligence', category: 'other', region: 'china', domains: ['uii-ai.com'] },
    { id: 'wisediag', name: 'WiseDiag 智臻', vendor: '智臻科技', category: 'chat', region: 'china', domains: ['wisediag.com'] },
  ],
  { checked: CHECKED_C10, source: CLAWHOME },
);
