// Traps beside the rows the nineteenth session's Japan and Korea pass added (data/regional-c19-jpkr.ts): the ordinary
// sites next to each kind of tool (human tutoring, freelance writing, lawyer Q&A, stock photos, job boards, web novels,
// business chat), the parents of the subdomains and prefix claimed alone, the shared-platform copies and left-out hosts
// the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must
// reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC19JpkrTools } from './data/regional-c19-jpkr';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.rarejob.com/', // English lessons with human tutors, beside the AI chat tutors
  'https://www.lancers.jp/', // human freelance writers, beside the AI article writers
  'https://www.kmong.com/', // a Korean freelance marketplace, beside the AI review and blog writers
  'https://www.bengo4.com/', // lawyer Q&A by people, beside Lawfree
  'https://pixta.jp/', // stock photos, beside the AI image generators
  'https://www.saramin.co.kr/', // a Korean job board, beside the AI writing tools
  'https://www.munpia.com/', // a Korean web-novel platform, beside Seosa
  'https://www.chatwork.com/', // business chat, beside the corporate AI chatbots
  'https://anique.jp/', // Anique's own site; only ai.anique.jp (AI lain) is claimed
  'https://onemake.dev/', // the studio host; only relay.onemake.dev is claimed
  'https://vibed-lab.com/', // the studio host; only vora.vibed-lab.com is claimed
  'https://www.albert2005.co.jp/', // ALBERT's company site; only the /sugures prefix is claimed
  'https://www.albert2005.co.jp/company/', // a sibling path on ALBERT's site
];

const SHARED_PLATFORMS = [
  'https://seoandoh-kr.pages.dev/privacy.html', // a Korean transcription app's policy on pages.dev
  'https://livesuggest-web.pages.dev/ko/consent', // a live-suggestion tool on pages.dev
  'https://monggle-fortune.pages.dev/terms-of-service.html', // a saju site on pages.dev
  'https://physicar-ai-site.pages.dev/legal/consent/cross-border/', // an AI chat's consent page on pages.dev
  'https://voicenote-legal.pages.dev/terms/', // a voice-memo app's terms on pages.dev
  'https://terakoya-wpstatic.pages.dev/terms/index.html', // a Japanese AI school's terms on pages.dev
  'https://picture-5q1.pages.dev/privacy-policy.html', // an AI image app's policy on pages.dev
  'https://dreamteller-pi.vercel.app/terms', // an AI storybook on vercel.app
  'https://neurolinx-angular.vercel.app/privacy-policy', // a Korean AI vendor's policy on vercel.app
  'https://ghliblify-dashboard.vercel.app/privacy-policy', // an anime image generator on vercel.app
  'https://cosmic-empanada-81b9ea.netlify.app/terms', // an English-essay checker on netlify.app
  'https://policy-lineai.web.app/terms', // a LINE policy bot's terms on web.app
  'https://lightning-fast-transcription.web.app/terms-of-service.html', // a transcription app on web.app
  'https://h-k-nyosu.github.io/MemoMaru/terms-of-service.html', // a voice-memo app on github.io
  'https://cleioapp.github.io/privacy-policy-en/', // a recorder app on github.io
  'https://glimmer-router-871.notion.site/2c59e8c82a4080bebb1ff863f09a9cc4', // a translation app's terms on notion.site
  'https://k52524.notion.site/K-oach-Terms-of-Service-2f8a50f0761580338550fad7462a53e4', // a Korean chat tutor on notion.site
  'https://labuchat.notion.site/Privacy-Policy-2d6f0151608c80bfb448df991ceea0c9', // a voice-chat service on notion.site
  'https://pictoria-share.wraptas.site/25e808ee27358024a6dddb6bf74df1f5', // a desktop AI character's terms on wraptas.site
];

const LEFT_OUT = [
  'https://qxai.app/terms/en', // terms with a placeholder date
  'https://myoho-g.co.jp/', // a policy read only under a ?p= address
  'https://youyaku3.com/en/legal/terms', // terms that never say the service uses AI
  'https://www.koriai.com/terms-en/', // terms that never say the service uses AI
  'https://loveydovey.ai/128beda6-e490-80d8-9ad1-c31aa78806e0', // terms that never say the service uses AI
  'https://www.tkita.ai/docs/service', // terms that never say the service uses AI
  'https://hojokin-kensaku.jp/terms', // a subsidy search whose terms never say AI
  'https://teamlog.hearing-lab.jp/terms_en', // voice recognition with no word of AI
  'https://infinity-transcribe.com/term-of-use', // transcription with no word of AI
  'https://touchizen.com/transnote/terms.html', // a front end of Google's translation API
  'https://translator-pro.sapsaldog.com/en/terms', // PDF translation with no word of AI
  'https://sinsatalk.com/terms', // saju consultations with no word of AI
  'https://fortunecookie.kr/terms', // fortune content with no word of AI
  'https://palja.xyz/terms', // saju analysis with no word of AI
  'https://realtarot.kr/terms', // tarot readings with no word of AI
  'https://momocall.kr/policies/terms-en', // a phone-only app
  'https://playtag.ai/sub/pop_terms.html', // a phone-only app
  'https://www.studyless.app/en/privacy', // a phone app
  'https://auto-camera.mobi/terms', // a phone app
  'https://kortress.com/ko/apps/kophoto/terms-of-use', // an app studio's page for one app
  'https://junmei.app/terms.html', // a phone app
  'https://mimilog.im/terms.html', // a phone app, as earlier passes decided
  'https://taxpersoft.com/policy/terms.html', // one program of several, as earlier passes decided
  'https://microcms.io/en/ai-terms', // a CMS with an AI feature
  'https://en.submit.ne.jp/ai-agreement', // a form service with an AI feature
  'https://stores.fun/legal/ai-terms', // a shop platform's inquiry AI
  'https://corp.obc.co.jp/ai-guideline', // accounting software's AI feature
  'https://www.restaurant-startup.app/generative-ai-terms', // a restaurant app's AI feature
  'https://photowidget.net/sv/ai-painting-agreement', // a widget app's AI painting
  'https://www.oppalang.com/en/help-center/virtual-tutor-policy', // an AI section of a tutoring platform
  'https://help.bun-ken.net/terms-ai-assist', // a writing checker's AI assist
  'https://setunet.com/ai-kiyaku/', // a reseller's copy of another chatbot's terms
  'https://aroza-inc.com/src/terms', // a SaaS and contract-development page together
  'https://www.aibeauty.art/en/terms', // a gallery of AI images, not a tool
  'https://jpcite.com/en/tos.html', // a data API that feeds AI, not an AI tool
  'https://anyaneko.com/pdf-upload-terms-rag', // an operator the page does not name
  'https://hivelink.info/terms', // a region the page does not give
  'https://www.thinkchan.com/terms', // terms naming another host (PhotoMe.kr)
  'https://myeonginai.kr/blog/general/ai-naming-accuracy', // seen only on its blog
  'https://blog.vora.im/2f0270ba-ff57-815d-b264-c60bc5542f32', // a policy on a blog host
  'https://ailex.co.jp/archives/165', // a news post
  'https://netscape.co.jp/post/justyai_tos', // a third party's copy of another service's terms
  'https://www.silmaril.io/en/projects/tenx/terms', // a studio page for one project
];

const NAMESAKES = [
  'https://www.seosa.com/', // beside Seosa (seosa.ink)
  'https://www.onebot.com/', // beside OneBot (onebot.cloud)
  'https://www.colortone.com/', // beside ColorTone (colortone.kr)
  'https://www.imagefactory.com/', // beside ImageFactory (imagefactory.co.kr)
  'https://www.recoris.com/', // beside RECORiS (recoris.jp)
  'https://www.codens.com/', // beside Codens (codens.ai)
  'https://www.airem.com/', // beside AIRem (airem.ai)
  'https://www.kotoro.com/', // beside Kotoro (kotoro.click)
  'https://www.lawfree.com/', // beside Lawfree (lawfree.ai)
  'https://www.ailike.com/', // beside AILIKE.ME
  'https://www.knowleful.com/', // beside Knowleful Chat (knowleful.jp)
  'https://www.overtone.com/', // beside Overtone (overtone-translate.com)
  'https://www.wrks.com/', // beside WorksAI (wrks.ai)
  'https://www.myeongam.kr/', // beside 명감재 (myeongam.com)
];

describe('nineteenth-session Japan and Korea traps', () => {
  it('adds 33 rows, each with one domain or one prefix', () => {
    expect(regionalC19JpkrTools.length).toBe(33);
    expect(regionalC19JpkrTools.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
    expect(regionalC19JpkrTools.filter((t) => catalogRegion(t.id) === 'japan').length).toBe(19);
    expect(regionalC19JpkrTools.filter((t) => catalogRegion(t.id) === 'korea').length).toBe(14);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC19JpkrTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.wrks.ai/policies/model-providers-policies': 'wrks-ai',
      'https://chat.ailike.me/privacy_en': 'ailike-me',
      'https://help.knowleful.jp/hc/ja/articles/5002080308894': 'knowleful-chat',
      'https://lp.ai-pioneers.asia/term-of-use': 'ai-pioneers-asia',
      'https://www.albert2005.co.jp/sugures/policy_en/': 'sugures-albert',
      'https://ai.anique.jp/en/terms': 'ai-lain-anique',
      'https://relay.onemake.dev/en/privacy/': 'onemake-relay',
      'https://vora.vibed-lab.com/terms_ko.html': 'vora-vibed-lab',
      'https://guardbot.co.kr/privacy/en': 'k-chat-guardbot',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
