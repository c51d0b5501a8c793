// Traps beside the rows the twenty-fifth session's seventh China pass added (data/regional-c25-china7.ts): the ordinary
// sites next to each kind of AI tool it added (the cyberspace regulator and the filing systems, courts and the judgment
// database, health authorities, the Hong Kong privacy commissioner, seller centres, marketplaces and payment services,
// the academic-paper database, novel platforms, music services, the public-security ministry), the parent of the
// claimed subdomain, and the shared-platform copies, drafts, developer hosts and left-out hosts the pass read. The
// namesakes of two new entries (Dragon AI, WriteNow AI) and the entry sharing KaikouAI's policy text (OralChart) must
// keep reaching their own entries. None of the traps may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC25China7Tools } from './data/regional-c25-china7';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.cac.gov.cn/', // the cyberspace regulator whose filing and labelling rules the queries quoted
  'https://beian.cac.gov.cn/', // the algorithm filing system
  'https://beian.miit.gov.cn/', // the ICP filing system named in site footers
  'https://www.court.gov.cn/', // the Supreme People's Court, beside LVXIN and Legalbots
  'https://wenshu.court.gov.cn/', // the judgment database, beside the legal rows
  'https://www.nhc.gov.cn/', // the health commission, beside KaikouAI and MediLens
  'https://www.chp.gov.hk/', // Hong Kong's Centre for Health Protection, beside DoctorAI
  'https://www.pcpd.org.hk/', // the Hong Kong privacy commissioner named by DoctorAI's policy
  'https://sellercentral.amazon.com/', // the seller centre KIDI works in
  'https://seller.tiktokglobalshop.com/', // the seller centre ListingHelper lists to
  'https://www.taobao.com/', // a marketplace, beside the e-commerce rows
  'https://www.jd.com/', // a marketplace, beside the e-commerce rows
  'https://www.1688.com/', // a wholesale marketplace, beside the e-commerce rows
  'https://www.alipay.com/', // a payment service named in the policies read
  'https://pay.weixin.qq.com/', // a payment service named in the policies read
  'https://www.creem.io/', // the payment provider BanaPic names
  'https://stripe.com/', // a payment provider named in the pages read
  'https://www.cnki.net/', // the academic-paper database, beside the AI-text detector
  'https://www.qidian.com/', // a web-novel platform, beside the novel-writing tools
  'https://fanqienovel.com/', // a web-novel platform, beside the novel-writing tools
  'https://music.163.com/', // a music service, beside Sona
  'https://www.kugou.com/', // a music service, beside Sona
  'https://www.mps.gov.cn/', // the public-security ministry, beside the ID-photo site
  'https://www.youdao.com/', // a dictionary and translation portal, beside Transor
  'https://www.xiaohongshu.com/', // a social platform met in the searches
];

const PARENTS = [
  'https://futurehearai.com/', // parent of the claimed novel.futurehearai.com, not read
];

const SHARED_PLATFORMS = [
  'https://suni-ai-music.vercel.app/privacy', // an AI music app's policy on a shared platform
  'https://circularapk.blogspot.com/2026/04/translate-now-privacy-policy.html', // a translator's policy on a blog host
  'https://sites.google.com/view/homework-ai-privacy-policy/privacy-policy', // a homework app's policy on Google Sites
  'https://telegra.ph/AI-Music-Privacy-Policy-04-17', // an AI music policy on telegra.ph
];

const LEFT_OUT = [
  'http://49.234.3.145:3018/lth/1818web_web/blame/branch/main/public/doc/%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96.html', // 1818AI's policy in a Gitea repository on a bare IP
  'https://ai.qingqingxinyu.com/', // a transcription policy naming "北京xx信息技术有限公司"
  'https://s.huahua777.com/fcwl/help/android/user.html', // an agreement with blank 【】 names
  'http://static.libaizi.com/html/privacy/10173035839518112296_en.html?appName=TuneMe', // "{{appName}}" placeholder
  'https://www.fulijiang.store/static/html/privacy_chatrgznzs6.html', // an app policy on a developer's general host
  'https://tr.jiangshengtech.com/ios_aiTranslator/privacypolicy.html', // an app policy on a developer's host
  'https://www.mooyu.cc/moologprivacy.html', // an app policy on a developer's host
  'https://pages.junying-tech.com/kemengai/privacy_policy_en.html', // an app policy on a developer's pages host
  'https://www.yxappdev.com/h5/privacyEN.html', // an app policy on a developer's host
  'https://bytescolor.com/asset/songflow/songflow_private_ios.html', // an app policy on a developer's host
  'https://www.run1tech.com/privacy/canvasmelody_privacy.html', // an app policy on a developer company's host
  'https://yeoheo.com/admin/login/privacy.html', // a medical chat app's policy that speaks of OCR only
  'https://tqt.weibo.cn/overall/h5.php?id=621', // a weather app's AI helper terms on a big portal
  'https://www.liuhuamall.com/legal/terms-agreement/ai%E6%9C%8D%E5%8A%A1%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96', // a mall's AI tools
  'https://www.termshub.cn/public/version/893', // a policy-tracking site, AI one feature
  'https://photoany.net/docs/privacy.html?lang=fr', // an image tool with one AI cut-out feature
  'https://act.cmcmcdn.com/keniu/agreement/keniubangong-privacy.html', // office templates on a CDN host
  'https://gdpr.ubtrobot.com/smart-pen/custom/privacyPolicySummary-c.html?appname=AidePen', // a handwriting pen app
  'https://skmvp.zyntri.net/privacy', // a pilot host
  'http://llm.putaojie.top/news/RAG/2024072245096.html', // a copy of 53AI's news pages
  'https://www.ai-4good.ai/en/user-service-agreement', // an AI consultancy
  'https://blog.y1yan.com/ai-chat-terms.html', // a personal blog's chat terms
  'https://www.aitop100.cn/agreement_privacy.html', // a directory of AI tools
  'https://www.axdbkk.com/html_3/zaixianxuexi/5044/list/13.html', // a scraped copy of an education app's policy
];

describe('twenty-fifth-session China (china7) traps', () => {
  it('adds 19 rows, each with one domain and no prefix, 12 in the china region and 7 global', () => {
    expect(regionalC25China7Tools.length).toBe(19);
    expect(regionalC25China7Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC25China7Tools.filter((t) => catalogRegion(t.id) === 'china').length).toBe(12);
    expect(regionalC25China7Tools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(7);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC25China7Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC25China7Tools));
    expectEachClassifiedAs({
      'https://www.lvxlaw.com/': 'lvxin-lvxlaw',
      'https://www.medilens.app/privacy-tw.html': 'medilens-app',
      'https://kaikouai.cn/': 'kaikouai',
      'https://doctor-ai.io/': 'doctorai-hk',
      'https://transor.ai/': 'transor-ai',
      'https://sunocools.com/': 'sona-ai-music',
      'https://aipose.ai/': 'aipose-ai',
      'https://legalbots.net/': 'legalbots',
    });
  });

  it('keeps the namesakes on their own entries', () => {
    expectEachClassifiedAs({
      'https://www.dragonai.systems/': 'dragon-ai-systems',
      'https://writenowai.com/': 'writenow-ai',
      'https://oralchart.com/privacy-policy': 'oralchart',
    });
  });

  it('leaves general sites, the parent, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
