// Traps beside the hosts and pages the eighth long-tail pass took from Rvelamen/Awesome-AI-Tools
// (data/long-tail-c8-lists*.ts): the general platforms whose AI page is claimed only as a URL prefix, the parent
// companies of claimed AI subdomains, and namesakes of new hosts. Every one must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_BESIDE_PREFIXES = [
  'https://meeting.tencent.com/', // Tencent Meeting; only its /ai page is the AI assistant
  'https://meeting.tencent.com/download/',
  'https://photo.baidu.com/', // Baidu's photo storage; only /photasy is the AI canvas
  'https://www.zcool.com.cn/', // a design community; only /ailab is its AI generator
  'https://boardmix.cn/', // a whiteboard; only /ai-whiteboard is claimed
  'https://www.edrawsoft.cn/edrawmax/', // Edraw's diagram editor; only its /ai page is claimed
  'https://www.yingdao.com/', // an RPA vendor; only /ai-power is claimed
  'https://wj.qq.com/', // Tencent's survey tool; only /ai is the AI survey generator
  'https://so.csdn.net/so/search?q=x', // CSDN search; only /chat is C Zhidao
  'https://www.animiz.cn/', // animation software; only /microvideo is claimed
  'https://www.135editor.com/', // a WeChat article editor; only /ai_editor is claimed
  'https://www.modaiyun.com/', // an architecture model library; only /mdy/ai is claimed
  'https://spline.design/', // a 3D design tool; only /ai is claimed
  'https://wukong.com/', // ByteDance's former Q&A site; only /tool is the chat assistant
  'https://www.gaituya.com/', // an image-editing tool site; only /aiimg is claimed
  // Beside the prefixes taken from "AI 原住民导航" (long-tail-c8-lists-4..6.ts).
  'https://meiqia.com/', // a customer-service SaaS; only /ai-bot is its AI agent page
  'https://lingxing.com/', // a cross-border e-commerce ERP; only /chatgpt is claimed
  'https://echotik.live/', // TikTok shop analytics; only /tool/ai is claimed
  'https://cx.wanfangdata.com.cn/', // Wanfang's plagiarism check; only /aigc-check detects AI text
  'https://matrix.tencent.com/', // Tencent's security lab; only /ai-detect is the AI detector
  'https://paperyy.com/', // a plagiarism checker; only /page/aigc is claimed
  'https://developers.vivo.com/', // vivo's developer portal; only the BlueLM page is claimed
  'https://fabrie.cn/', // a design whiteboard; only /ai is claimed
  'https://hellofont.cn/', // a font service; only /font-design-ai is claimed
  'https://ubrand.com/', // a brand-design shop; only /ai-logo-generator is claimed
  'https://music.douyin.com/', // Douyin's music site; only /studio is the AI music tool
];

const PARENTS_OF_AI_SUBDOMAINS = [
  'qq.com',
  'docs.qq.com',
  'taobao.com', // agi.taobao.com is Wanxiang Yingzao
  'jd.com', // ling.jd.com and ling-deco.jd.com are claimed
  'alipay.com', // codefuse.alipay.com and idesign.alipay.com are claimed
  'so.com', // chacha.so.com is 360 Zhitu
  '360.com',
  'huawei.com', // xiaoyi.huawei.com is claimed
  '163.com',
  'music.163.com', // xstudio.music.163.com is claimed
  'ximalaya.com',
  'mthreads.com', // Moore Threads, a GPU maker; maliang.mthreads.com is claimed
  'gitlab.cn', // JiHu GitLab; coderider.gitlab.cn is claimed
  'baai.ac.cn',
  'cloud.baidu.com', // Baidu AI Cloud's portal; yinian, xiling and gbi subdomains are claimed
  'xinpianchang.com', // a video community; trans.xinpianchang.com is claimed
  'maoyan.com', // a ticketing site; shenbi.maoyan.com is claimed
  'wondershare.cn',
  'douyin.com',
  'jianying.com', // CapCut China's site; jimeng and xyq subdomains are claimed
  'cnki.net', // the CNKI library; its aiplus, xai and aicheck subdomains are claimed
  'youdao.com',
  'baidu.com',
  'dingtalk.com', // wukong.dingtalk.com is claimed
  'aliyun.com',
  '10086.cn', // China Mobile; jiutian.10086.cn is claimed
  '5118.com', // an SEO data site; wyc.5118.com is its AI rewriter
  'chanmama.com', // a short-video data platform; ai.chanmama.com is claimed
  'wanfangdata.com.cn',
];

// Beside the second hosts the alias pass of issue 15 added to existing entries from these lists' records: the
// general sites around the claimed pages and subdomains, and namesakes left out.
const BESIDE_ALIASES = [
  'https://www.canva.cn/', // Canva China; only /magic (Magic Studio) is claimed
  'https://www.canva.cn/templates/',
  'https://cloud.tencent.com/product/', // Tencent Cloud's product pages; only /product/acc is the code assistant
  'https://cloud.tencent.com/product/cvm',
  'https://cn.bing.com/', // Bing China's search; only /create and /translator are claimed
  'https://cn.bing.com/search?q=x',
  'meitu.com', // Meitu's site; kaipai. and wink. are claimed
  'www.meitu.com',
  'jinaai.cn', // Jina AI's Chinese site; only its promptperfect. subdomain is claimed
  'timedomain.cn', // ACE Studio's maker; only ace-studio. is claimed
  'www.iflytek.com', // iFlytek's site; paper. and paperlogin. are the research assistant
  'capcut.cn', // Jianying, a general video editor: no entry claims it
  'lanzidian.cn', // a naming tool that shares its name with Lanzidian's AI job search (lanzidian.com)
];

const NAMESAKES = [
  'quest.com', // Quest Software; Quest AI (design to code) is quest.ai
  'super.com', // a travel and savings app; Super.AI is super.ai
  'xmind.app', // Xmind's mind-mapping app; Xmind AI is xmind.ai
  'timely.com',
];

describe('look-alikes beside the eighth long-tail pass', () => {
  it('leaves general platforms, parent companies and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_BESIDE_PREFIXES,
      ...PARENTS_OF_AI_SUBDOMAINS,
      ...BESIDE_ALIASES,
      ...NAMESAKES,
    ]);
  });

  it('still finds the AI pages beside them', () => {
    const expected: Record<string, string> = {
      'https://meeting.tencent.com/ai': 'tencent-meeting-ai',
      'https://photo.baidu.com/photasy/home': 'baidu-photasy',
      'https://www.zcool.com.cn/ailab': 'zcool-ai-lab',
      'https://wj.qq.com/ai/generate.html': 'tencent-wj-ai',
      'https://so.csdn.net/chat': 'csdn-c-zhidao',
      'https://wukong.com/tool': 'bytedance-xiaowukong',
      'https://agi.taobao.com/': 'wanxiang-yingzao',
      'https://xiaoyi.huawei.com/chat': 'huawei-xiaoyi',
      'https://quest.ai/': 'quest-ai',
      'https://meiqia.com/ai-bot': 'meiqia-ai-bot',
      'https://matrix.tencent.com/ai-detect': 'matrix-tencent-ai-detect',
      'https://music.douyin.com/studio': 'music-douyin-studio',
      'https://aiplus.cnki.net/': 'aiplus-cnki',
      // Second hosts the alias pass added to existing entries.
      'https://www.canva.cn/magic': 'canva-magic-studio',
      'https://cloud.tencent.com/product/acc': 'tencent-cloud-code-assistant',
      'https://cn.bing.com/create': 'bing-image-creator',
      'https://cn.bing.com/translator': 'microsoft-translator',
      'https://kaipai.meitu.com/': 'kaipai',
      'https://wink.meitu.com/': 'wink',
      'https://promptperfect.jinaai.cn/': 'jina-ai',
      'https://ace-studio.timedomain.cn/': 'ace-studio',
      'https://paperlogin.iflytek.com/': 'iflytek-paper',
      'https://haiyi.art/': 'seaart',
      'https://monica.cn/': 'monica-extension',
      'https://qoder.com.cn/qoderwork': 'qoder',
    };
    expectEachClassifiedAs(expected);
  });
});
