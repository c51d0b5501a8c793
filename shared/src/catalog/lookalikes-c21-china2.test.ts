// Traps beside the rows the twenty-first session's second China pass added (data/regional-c21-china2.ts): the ordinary
// sites next to each kind of AI tool it added (Chinese and global marketplaces and seller centres, WeChat and WeCom,
// clouds and payment services, the regulators named in the policies, a photo-app maker, social and developer sites,
// smart-glasses makers, an almanac and a brokerage beside the BaZi readers and the quant lab), the shared-platform
// copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC21China2Tools } from './data/regional-c21-china2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.taobao.com/', // a marketplace, beside the cross-border AI listing tool
  'https://www.douyin.com/', // a video platform the listing tool publishes to
  'https://sellercentral.amazon.com/', // a seller centre, beside the AI listing tool
  'https://seller-us.tiktok.com/', // a seller centre, beside the AI listing tool
  'https://www.1688.com/', // a wholesale marketplace, beside the AI product-image tools
  'https://work.weixin.qq.com/', // WeCom, beside the AI customer-service system
  'https://weixin.qq.com/', // WeChat, beside the AI customer-service system
  'https://www.aliyun.com/', // a cloud named in the policies (its AI sections have their own entries)
  'https://www.volcengine.com/', // a cloud named in the policies (its AI sections have their own entries)
  'https://www.alipay.com/', // a payment service named in the policies
  'https://pay.weixin.qq.com/', // a payment service named in the policies
  'https://www.paypal.com/', // a payment service named in the policies
  'https://www.cac.gov.cn/', // the regulator whose model filings the policies mention
  'https://beian.miit.gov.cn/', // the ICP filing site linked from Chinese sites' footers
  'https://www.pcpd.org.hk/', // Hong Kong's privacy commissioner, beside the Hong Kong AI video site
  'https://www.gov.hk/', // the Hong Kong government portal
  'https://www.meitu.com/', // a photo-app maker's general site, beside the AI photo restorer
  'https://www.xiaohongshu.com/', // a social platform, beside the AI image tools
  'https://www.zhihu.com/', // a Q&A site, beside the AI assistants
  'https://www.csdn.net/', // a developer community, beside the coding platform and API relays
  'https://gitee.com/', // a code host, beside the coding platform
  'https://www.xreal.com/', // a smart-glasses maker, beside the AI interpreter
  'https://www.rokid.com/', // a smart-glasses maker, beside the AI interpreter
  'https://www.jd.com/', // a marketplace, beside the AI listing tool
  'https://www.tmall.com/', // a marketplace, beside the AI listing tool
  'https://www.bilibili.com/', // a video platform, beside the AI video tools
  'https://www.huangli.com/', // an almanac site, beside the BaZi readers
  'https://www.eastmoney.com/', // a financial portal, beside the assistant's quant lab
  'https://www.joinquant.com/', // a quant platform, beside the assistant's quant lab
];

const SHARED_PLATFORMS = [
  'https://ai-app-privacy-policy.web.app/privacyPolicy.html', // a policy on a shared platform
  'https://itransbook.pages.dev/privacy', // a policy on a shared platform
  'https://aiwellflow.pages.dev/terms.html', // a policy on a shared platform
  'https://nizouyun.pages.dev/privacy-en.html', // a policy on a shared platform
  'https://smallgame-study.pages.dev/info/privacy/', // a policy on a shared platform
  'https://babechat.vercel.app/policy/privacy-policy', // a policy on a shared platform
  'https://kreafolk.netlify.app/hoki-https-sites.google.com/simeng.org/privacy-policy', // a copied policy on a shared platform
  'https://liyoncso-theone.github.io/Liyon-Global/privacy.html?lang=en', // a policy on a shared platform
  'https://ysrlearn.github.io/tutori-app-privacy', // a policy on a shared platform
  'https://lethe123.blogspot.com/2026/03/privacy-policy-for-search-assistant.html', // a policy on a shared platform
  'https://sites.google.com/view/ai-nexus-privacy-policy', // a policy on a shared platform
  'https://sites.google.com/view/video-photo-privacy/home', // a policy on a shared platform
  'https://sites.google.com/view/privacypolicy-aiphotoenhancer/home', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://bazitraces.com/privacy', // AI only in the brand name
  'https://powerwriter.ai/en/privacy', // a policy that does not say AI
  'https://www.lingkongai.com/legal-agreement', // AI only in the brand name
  'https://goai.space/page?language=fr&type=privacy-policy', // AI only in the brand name
  'https://www.aiwritingpal.com/page/privacy', // a policy that does not say AI
  'https://endto.net/privacy', // a policy that does not say AI
  'https://www.meetingmin.com/page/aimeet/VIPen.html', // a membership agreement that does not say AI
  'https://cosyai.cn/en/privacy-policy', // a learning-service policy that does not say AI
  'https://yuantsy.com/example', // a command runner with no AI decisions
  'https://aogen.ai/tos/policy', // a policy with bracketed placeholders
  'http://ai.qingqingxinyu.com/', // a policy naming 北京xx信息技术有限公司, a placeholder
  'https://lingmirror.com.cn/privacy.html', // a template notice
  'https://www.ezbot.cloud/privacy.html', // a template notice
  'https://app.easyaicode.xyz/legal.html', // a private-testing template
  'https://preview.unlockinsight.xyz/privacy', // a preview host
  'https://www.voiceaitech.com/en/about/policy/', // an AI company's corporate site
  'https://www.hitpaw.com/company/hitpaw-video-enhancer-mac-app-store-privacy-policy.html', // a general software maker's policy page
  'https://www.liuhuamall.com/legal/terms-agreement/ai%E6%9C%8D%E5%8A%A1%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96', // a shop whose AI tools are one feature
  'https://aiiy.cn/privacy-policy', // a resource site with AI tools as one feature
  'https://niuinfo.com/?p=13747', // collaboration tools, a bare `?p=` page
  'https://www.eyingbao.net/en/news/ziyuanzhongxin/', // a marketing suite's articles
  'https://sm.mzcms.com/', // a developer's build notes for a WeCom bot
  'http://www.palmmob.cn/yinsi/luyinyinsien.html', // an app policy on a developer's site
  'https://videoapi.z-codex.com/doc?docId=52', // an app policy on an API host
  'https://cdn.transsion-os.com/tripartiteCallSummary/en/TC.html', // a phone feature's terms on a CDN host
  'http://49.234.3.145:3018/lth/1818web_web/src/commit/c9878b7f1abff2e837896c03dc11279bf104bacf/public/doc/%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96.html', // a policy on a bare-IP git server
  'https://sanju.cc/privacy.html', // an app whose policy names no product
  'https://www.aimiaowu.com/privacy.html', // an app whose policy names no product
  'http://www.fulijiang.store/static/html/privacy_chatrgznzs6.html', // an app policy on an unrelated host
  'https://kartjim.cn/docs/chatweave/privacy-policy', // an app policy on a developer's personal site
  'https://www.someet.fun/agreement.html', // a companion app naming no operator country
  'https://aimiappweb.com/terms/', // a companion app naming no operator country
  'https://resource.aidolchat.com/Aidol/service.html', // a companion app naming no operator country
  'https://musicgo.cc/user_agreement.html', // a music app naming no operator country
  'https://heart-mula.com/terms', // a music site naming no operator country
  'https://genki.ivmagic.com/terms', // an e-commerce platform naming no operator country
  'https://www.aivideoa.com/index.php?information_id=3&route=information%2Finformation%2Fagree', // a policy naming no product
  'https://clipjet.app/zh/terms', // a video site naming no operator country
  'https://apiclaude.org/terms?lang=zh', // an API reseller naming no operator country
  'https://www.j-chan.com/privacy-en.html', // a BaZi app whose policy names no product
  'https://www.genievideo.app/veo-privacy.html', // a video app naming no operator country
  'https://vidu-studio.com/privacy-policy/', // Vidu's policy copied onto another site
  'https://ai.shxybar.com/refund', // a refund page only
  'https://kztllrnavtexbq6w1vuhqtgbc.teknologiinformatika.eu.org/blog/mhz-user-agreement', // a blog on a free eu.org subdomain
];

const NAMESAKES = [
  'https://www.zhongshicai.com/', // beside ZHONGSHICAI (zhongshicai.cn)
  'https://www.hiliphoto.cn/', // beside Hili PhotoEnhance (hiliphoto.com)
  'https://www.singularitypixel.com/', // beside Singularity Pixel (singularity-pixel.com)
  'https://www.artaigc.com/', // beside 必定AI (artaigc.cn)
  'https://www.deepcutapi.cn/', // beside DeepCut (deepcutapi.com)
  'https://www.gpt-hk.net/', // beside GPT HK (gpt-hk.com)
  'https://www.commerceos.com/', // beside CommerceOS (commerceos.site)
  'https://www.qingyunmeihui.cn/', // beside MochingCode (qingyunmeihui.com)
  'https://www.mochingcode.com/', // beside MochingCode
  'https://www.chinawhapi.cn/', // beside ChinaWHAPI (chinawhapi.com)
  'https://www.aibridge-api.cn/', // beside AIBridge API (aibridge-api.com)
  'https://www.icodeeasy.com/', // beside I Code Easy (icodeeasy.cc)
  'https://www.agentstashlab.cn/', // beside AgentStashLab (agentstashlab.com)
  'https://www.devapikey.cn/', // beside NexusAPI (devapikey.com)
  'https://www.i7dc.cn/', // beside i7Relay (i7dc.com)
  'https://www.aijiakefu.cn/', // beside Aijia Customer Service (aijiakefu.com)
  'https://www.aiyuan.com/', // beside AIYuan.AI (aiyuan.ai)
  'https://www.inyu.com/', // beside INYU (inyu.space)
  'https://www.huling-ai.com/', // beside Arc Interpreter (huling-ai.site)
  'https://www.meridianproto.cn/', // beside Meridian Proto (meridianproto.com)
  'https://www.bazireport.cn/', // beside BaziReport (bazireport.com)
  'https://www.soulchart.com/', // beside SoulChart (soulchart.cc)
  'https://www.reckoned.com/', // beside Reckoned (reckoned.app)
];

describe('twenty-first-session second China traps', () => {
  it('adds 22 rows, each with one domain and no prefix, all but the two BaZi readers in the china region', () => {
    expect(regionalC21China2Tools.length).toBe(22);
    expect(regionalC21China2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const global = regionalC21China2Tools.filter((t) => catalogRegion(t.id) !== 'china').map((t) => t.id);
    expect(global.sort()).toEqual(['reckoned-app', 'soulchart']);
    expect(global.every((id) => catalogRegion(id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC21China2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite', () => {
    expectEachClassifiedAs(sourceUrls(regionalC21China2Tools));
  });

  it('classifies the second hosts added to listed entries at the merge, and not the rest of baidu.com', () => {
    expectEachClassifiedAs({
      'https://yiyanapp.baidu.com/talk/recharge-rule': 'ernie-bot',
      'https://keevx.com/agreement/PersonalInformationCollectionList': 'keevx-baidu',
      'https://www.keevx.com/': 'keevx-baidu',
    });
    expectNoneClassified(['https://www.baidu.com/', 'https://yiyanapp-baidu.com/', 'https://keevx.net/']);
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
