// Traps beside the pages and hosts the tenth regional pass claimed (data/platform-ai-sections-5.ts and
// data/regional-c10-china.ts): the general sites whose AI page is claimed only as a URL prefix, sibling paths that
// merely start the same way, the parents of claimed AI subdomains, and non-AI namesakes. Every one must stay
// unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_BESIDE_PREFIXES = [
  'https://wenku.baidu.com/', // Baidu Wenku's documents; only its AI assistant and Free Canvas pages are claimed
  'https://wenku.baidu.com/view/abc.html',
  'https://wenku.baidu.com/ndlaunch/browse/chatroom', // a sibling path, not a whole segment
  'https://pan.baidu.com/', // Baidu Netdisk; only 简单听记 and its other AI pages are claimed
  'https://pan.baidu.com/embed/player',
  'https://www.feishu.cn/', // Feishu's collaboration suite; only Minutes and the Base AI page are claimed
  'https://www.feishu.cn/product/docs',
  'https://feishu.cn/product/base',
  'https://www.feishu.cn/paid', // the pricing page above the AI sign-up page
  'https://topd.tencent.com/', // Tencent's design platform; only /ai is claimed
  'https://cloud.tencent.com/product/cvm', // Tencent Cloud's servers; only face fusion and other AI products are claimed
  'https://cloud.tencent.com/product/facefusion-pro', // a sibling path
  'https://ke.study.163.com/', // NetEase Cloud Classroom's courses; only the AI painting workshop is claimed
  'https://weread.qq.com/', // WeChat Reading; only its AI skills page is claimed
  'https://weread.qq.com/web/reader/abc',
  'https://openxlab.org.cn/', // OpenXLab's home; only its AI apps gallery is claimed
  'https://openxlab.org.cn/datasets',
  'https://ke.study.163.com/artWorks',
  'https://developer.huawei.com/consumer/cn/', // Huawei's developer site; only HiAI is claimed
  'https://developer.huawei.com/consumer/cn/hms',
  'https://cloud.inspur.com/', // Inspur Cloud; only the Hairuo LLM pages are claimed
  'https://langboat.com/', // Langboat's company site; only its product pages are claimed
  'https://midu.com/', // Midu's site; only 文修 and 蜜巢 are claimed
  'https://midu.com/mlt', // its document-processing page, whose list entry does not say AI
  'https://www.yinxiang.com/', // Yinxiang Biji (Evernote China); only its AI and Evermind pages are claimed
  'https://yinxiang.com/about/',
  'https://yyb.yilantv.com/', // 一览运营宝's operations suite; only its AI image pages are claimed
  'https://kt.fkw.com/', // 凡科快图's image editor; only the AI cut-out page is claimed
  'https://pop-fashion.com/', // a fashion-trends site; only its AI segmentation tool is claimed
  'https://pop-fashion.com/topic/AIdesigndirection', // an article page
  'https://beecut.cn/', // BeeCut's video editor; only the AI watermark remover is claimed
  'https://xiaohe.cn/', // 小荷健康's health site; only the AI doctor page is claimed
  'https://aioclinic.com/', // only the AI assistant pages are claimed
  'https://amz123.com/', // AMZ123's cross-border portal; only /chat is claimed
  'https://amz123.com/chatroom',
  'https://gongwen.thunisoft.com/', // the document site; only the intelligent editor is claimed
  'https://canva.cn/', // Canva China; only its AI pages are claimed
  'https://canva.cn/graphs/mind-maps',
  'https://www.adobe.com/acrobat/', // Acrobat's product pages; only the AI Assistant page is claimed
  'https://www.adobe.com/acrobat/online/pdf-to-word.html',
  'https://www.ibm.com/cloud/', // IBM Cloud; only Watson Text to Speech's page is claimed
  'https://zyro.com/tools/', // Zyro's tools index; only the AI background remover and upscaler are claimed
  'https://zyro.com/tools/logo-maker',
  'https://www.hitpaw.com/', // HitPaw's converters and editors; only the AI watermark remover page is claimed
  'https://www.britannica.com/', // the encyclopaedia; only /chatbot is claimed
  'https://www.britannica.com/science/star-astronomy',
  'https://www.britannica.com/chatbots', // a sibling path
  'https://www.investing.com/pro', // InvestingPro; only the ProPicks AI page (and WarrenAI) are claimed
  'https://www.investing.com/equities/apple-computer-inc',
  'https://artsandculture.google.com/', // Google Arts & Culture; only two AI experiments are claimed
  'https://artsandculture.google.com/experiment/other', // another experiment
  'https://tube.hentaistream.com/', // the tube site; only its AI generator page is claimed
  'https://wanwang.aliyun.com/newdomain/check-gpt', // domain naming, its list entry does not say AI: left out
  'https://fxbaogao.com/aisearch/home', // a report library whose list entry does not say AI: left out
  'https://chineselaw.com/tyjs/index', // a legal search site whose list entry does not say AI: left out
];

const PARENTS_OF_AI_SUBDOMAINS = [
  'https://qq.com/', // ai.qq.com is claimed, not QQ
  'https://www.qq.com/',
  'https://teacherin.cn/', // ai.teacherin.cn is claimed
  'https://k-fashionshop.com/', // marketing.k-fashionshop.com is claimed
  'https://lxfater.com/', // inpaintweb.lxfater.com is claimed
  'https://galaxy-future.com/', // apps.galaxy-future.com is claimed
  'https://www.zaker.cn/', // cc.zaker.cn is claimed, not ZAKER's news app
  'https://www.tongji.edu.cn/', // civilgpt.tongji.edu.cn is claimed, not the university
  'https://zuoshouyisheng.com/', // open.zuoshouyisheng.com is claimed
  'https://aieat.or.th/', // openthaigpt.aieat.or.th is claimed, not the association
  'https://www.etalab.gouv.fr/', // only Albert's API host albert.api.etalab.gouv.fr is claimed
  'https://api.gouv.fr/', // the French government's API catalogue
];

const NAMESAKES = [
  'https://listnr.com/', // LiSTNR, an Australian podcast and radio app (the TTS tool Listnr is listnr.tech)
  'https://www.listnr.com/podcasts',
  'https://xueshucha.youdao.com/', // its list entry does not say AI: left out
  'https://beecut.com/', // not BeeCut's Chinese host
];

describe('tenth regional pass: look-alikes stay unclassified', () => {
  it('classifies none of the general sites, parents and namesakes', () => {
    expectNoneClassified([...GENERAL_BESIDE_PREFIXES, ...PARENTS_OF_AI_SUBDOMAINS, ...NAMESAKES]);
  });

  it('still finds the AI pages and hosts beside them', () => {
    const expected: Record<string, string> = {
      'https://wenku.baidu.com/ndlaunch/browse/chat?x=1': 'baidu-wenku-ai',
      'https://wenku.baidu.com/pcactivity/freeBoard': 'baidu-wenku-free-canvas',
      'https://pan.baidu.com/embed/listennote': 'baidu-netdisk-listennote',
      'https://www.feishu.cn/product/minutes': 'feishu-minutes',
      'https://feishu.cn/paid/ai-register': 'feishu-bitable-ai',
      'https://topd.tencent.com/ai/works': 'tencent-topd-ai',
      'https://ke.study.163.com/artWorks/painting': 'netease-ai-creative-workshop',
      'https://cloud.inspur.com/hairuo/index.html': 'inspur-hairuo',
      'https://www.yinxiang.com/about/yxai-yxbj/': 'yinxiang-ai',
      'https://amz123.com/chat/amz123': 'amz123-chat',
      'https://www.adobe.com/acrobat/generative-ai-pdf.html': 'adobe-acrobat-ai-assistant',
      'https://www.britannica.com/chatbot': 'britannica-chatbot',
      'https://ai.qq.com/': 'tencent-ai-open-platform',
      'https://marketing.k-fashionshop.com/task-data/model/dress-up': 'k-fashionshop-haomai',
      'https://civilgpt.tongji.edu.cn/': 'tongji-civilgpt',
      'https://laoshibang.com/home/index': 'jiuzhang-aixue',
      'https://openthaigpt.aieat.or.th/': 'openthaigpt',
      'https://chat.publicai.co/': 'publicai-inference-utility',
      'https://www.investing.com/pro/propicks/overview': 'investing-propicks-ai',
      'https://artsandculture.google.com/experiment/ZgG5_uTbBgTpIQ': 'google-arts-culture-ai-experiments',
      'https://facemix.app/': 'facemix',
    };
    expectEachClassifiedAs(expected);
  });
});
