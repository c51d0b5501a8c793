// Traps beside the rows the twenty-seventh session's eighth China pass added (data/regional-c27-china8.ts): the ordinary
// sites next to each kind of AI tool it added (counselling platforms, children's audio, course and language-learning
// platforms, the IELTS bodies, marketplaces, short-video and ad platforms, a PPT template site, travel portals, job
// boards, ByteDance's corporate site and GitHub, the Hong Kong privacy commissioner), the parents of the claimed
// subdomains, the shared-platform copies, and the left-out hosts, developer hosts, articles and copies the pass read.
// The namesakes of four new entries (Found, Smallppt, the nannobanana.ai generator, the OpenAI-HK relay) must stay
// unclassified or keep reaching their own entries. None of the traps may classify; every new host must reach its own
// entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC27China8Tools } from './data/regional-c27-china8';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.xinli001.com/', // a counselling platform, beside Aimegoo and Found
  'https://www.jiandanxinli.com/', // a counselling platform, beside Aimegoo and Found
  'https://www.baike.com/', // an encyclopedia, beside the chat with historical characters
  'https://www.ximalaya.com/', // an audio platform, beside TaleTime
  'https://www.kaishustory.com/', // a children's story platform, beside TaleTime
  'https://www.icourse163.org/', // a course platform, beside Soclass
  'https://www.xuetangx.com/', // a course platform, beside Soclass
  'https://www.hujiang.com/', // a language-learning portal, beside 山顶Tutor
  'https://www.shanbay.com/', // a vocabulary app, beside 山顶Tutor
  'https://www.ielts.org/', // the IELTS owners, beside ez4ielts
  'https://ielts.neea.cn/', // the IELTS registration body in China, beside ez4ielts
  'https://www.1688.com/', // a wholesale marketplace, beside the fashion-image generator
  'https://www.douyin.com/', // a short-video platform, beside the video generators
  'https://www.kuaishou.com/', // a short-video platform, beside the video generators
  'https://www.oceanengine.com/', // an ad platform, beside AdMedia AI
  'https://www.1ppt.com/', // a PPT template site, beside Soclass and Smallppt
  'https://www.ctrip.com/', // a travel portal, beside Localike
  'https://www.mafengwo.cn/', // a travel guide site, beside Localike
  'https://www.zhipin.com/', // a job board, beside 智投简历
  'https://www.zhaopin.com/', // a job board, beside 智投简历
  'https://www.51job.com/', // a job board, beside 智投简历
  'https://www.liepin.com/', // a job board, beside 智投简历
  'https://www.bytedance.com/', // ByteDance's corporate site, beside Agent TARS
  'https://github.com/bytedance/UI-TARS-desktop', // the repository whose README links Agent TARS's blog
  'https://www.pcpd.org.hk/', // the Hong Kong privacy commissioner, beside the Hong Kong rows
  'https://www.ird.gov.hk/', // the Hong Kong revenue department (company registrations met)
];

const PARENTS = [
  'https://advichcloud.com/', // parent of the claimed ad-media.advichcloud.com, not read
  'https://www.advichcloud.com/',
  'https://niuyangwl.com/', // parent of the claimed xdp.niuyangwl.com, a studio domain
  'https://www.niuyangwl.com/',
  'https://sme-power.cn/', // parent of the claimed portal.sme-power.cn, not read
  'https://www.sme-power.cn/',
  'https://ax0x.ai/', // parent of the claimed liuren.ax0x.ai, not read
  'https://www.ax0x.ai/',
];

const SHARED_PLATFORMS = [
  'https://sites.google.com/view/musicaigenerator/home/privacy-policy', // an AI music app's policy on Google Sites
  'https://ai-music-force.netlify.app/privacy', // an AI music app's policy on a shared platform
  'https://aiwellflow.pages.dev/terms.html', // a Chinese user agreement on a shared platform
  'https://pawwi.pages.dev/pawwi/privacy?lang=en', // a pet-food scanner's policy on a shared platform
  'https://calbank-home.pages.dev/privacy', // a Ningbo calorie app's policy on a shared platform
  'https://looppass-website.pages.dev/privacy', // an interview app's policy on a shared platform
  'https://web-red-journeys.vercel.app/privacy', // a meeting assistant's policy on a shared platform
  'https://healthieryoulab.github.io/healthieryou-website/privacy.html', // a calorie app's policy on GitHub Pages
  'https://seriensun-sys.github.io/privacy-policy/', // a hotel extension's policy on GitHub Pages
  'https://zxskigg.github.io/privacy/en_US/user-agreement.html', // an app agreement on GitHub Pages
  'https://ai-app-privacy-policy.web.app/privacyPolicy.html', // an AI art app's policy on Firebase hosting
  'https://meeting-note-production.up.railway.app/privacy', // a meeting extension's policy on Railway
  'https://admin-web-248123-6-1418061659.sh.run.tcloudbase.com/privacy.html', // a travel app's policy on CloudBase
];

const LEFT_OUT = [
  'https://bot.aiwa.top/', // AiwaBot's agreement, met on the bare host only
  'https://toy.lindow.ai/privacy.html', // an AI toy's policy on a toy host
  'https://apph5-prod.xidongai.com/en/privacy', // an AI toy app's policy on an H5 host
  'https://ai-jia.ai/?p=1021', // an AI plush's policy on a ?p= page
  'https://www.infunityai.com/xieyi', // a toy maker's policy that does not say AI
  'https://about.cravefill.com/legal/privacy.html', // a device app's policy
  'https://www.metaxsire.com/subscription-agreement', // a toy's subscription agreement
  'https://data.shanhaigame.cn/legal/privacy-en.html', // an app policy on a game studio's data host
  'https://api.xinqudream.com/link/privacypolicy_photoeditor.html', // an app policy on an API host
  'https://muyuapi.mingmingniao.com/policy/privacy-policy-en.html', // an app policy on an API host
  'https://translator.zhowcase.com/docs/en/user-service-agreement.html', // an app agreement on a developer's host
  'https://www.xco-ai.com/travalco', // an app page on a studio's host
  'https://diyixulie.com/policies/geek-translate/membership-agreement/en/index.html', // an app agreement on a developer's host
  'https://policy.sm-erp.cn/privacy-policy.html', // a Shopify app's policy on an individual developer's host
  'https://srgw.newgoai.com/privacyLawgpt.html', // a legal adviser's policy that does not say AI
  'https://www.szhyx.xyz/privacyPolicyF.html', // a face app's policy that does not say AI
  'https://www.tianyuanstore.com/privacy.html', // an app policy that does not say AI
  'https://passptecore.com/privacy', // an exam-practice policy that does not say AI
  'https://flatland.cn/privacy.html', // a guide app's policy that does not say AI
  'https://heysparkai.com/terms', // terms that do not say what the service does
  'https://gelingtech.net/privacy.html', // WhatsApp messaging with AI customer service as one feature
  'https://docs.gitcode.com/en/docs/help/home/protocol/ai-privacy-policy', // a code host's AI assistant agreement
  'https://www.vjsp.net/support/en/clause/UserAgreement.html', // a low-code platform's AI plugin
  'https://bytellar.com.cn/zh/privacy', // a CRM with AI features
  'https://terms.yiruikecorp.com/B612Kaji/AI_Avatar?language=ZH-HANS&country=ALL', // a camera app's AI avatar terms
  'https://animorigo.com/privacy.html', // "[Company Full Name]" placeholders
  'https://www.trips2cn.com/?p=2131', // a ?p= page
  'https://static-cdn-f.mifeng.plus/policy/Aixue/privacy_summary_zh-cn.html', // 蜜蜂AI学's policy on a CDN host (as before)
  'https://zhongli-tech.com/new/b49440881b8d48c0bb98cf75d9134cbb', // an article on Meituan's CatPaw
  'https://m.w3cschool.cn/catpawguides/catpaw-context-overview.html', // a copy of CatPaw's guide
  'https://www.huiyelaw.com/news-4128.html', // a law firm's article on AI comic dramas
  'https://hankunlaw.com/portal/article/index/cid/8/id/9366.html', // a law firm's article on deep synthesis
  'https://blog.csdn.net/sinat_37574187/article/details/147641427', // a blog on AI music
];

describe('twenty-seventh-session China (china8) traps', () => {
  it('adds 18 rows, each with one domain and no prefix, 17 in the china region and 1 global', () => {
    expect(regionalC27China8Tools.length).toBe(18);
    expect(regionalC27China8Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC27China8Tools.filter((t) => catalogRegion(t.id) === 'china').length).toBe(17);
    expect(regionalC27China8Tools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(1);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC27China8Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC27China8Tools));
    expectEachClassifiedAs({
      'https://www.aimegoo.com/': 'aimegoo',
      'https://www.found.fun/privacy.html': 'found-fun',
      'https://localike.cn/': 'localike',
      'https://www.smallppt.com/': 'smallppt',
      'https://openai-hk.com/': 'openai-hk-relay',
      'https://www.easyfashion.ai/': 'easy-fashion-ai',
    });
  });

  it('keeps the namesakes on their own entries', () => {
    expectEachClassifiedAs({
      'https://openai.com/': 'chatgpt',
      'https://chatgpt.com/': 'chatgpt',
      'https://www.nanobanana.com/': 'nano-banana-ai-site',
      'https://huling-ai.site/privacy.html': 'arc-interpreter',
    });
    expectNoneClassified(['https://found.com/', 'https://www.found.com/', 'https://smallpdf.com/']);
  });

  it('leaves general sites, the parents, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
