// Traps beside the rows the twenty-fourth session's fourth Japan pass added (data/regional-c24-japan4.ts): the ordinary
// sites next to each kind of AI tool it added (health, medical and privacy authorities, a doctors' portal, an illustration
// community, office and accounting software, the financial regulator named by the Payment Services Act notice), the
// company site and sibling paths beside the claimed ミャク楽 path, the shared-platform copies and left-out hosts the
// pass read, and sites whose names sit close to the new entries. None of them may classify; every new host and path
// must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24Japan4Tools } from './data/regional-c24-japan4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.mhlw.go.jp/', // the health ministry, beside the clinical tools
  'https://www.med.or.jp/', // the Japan Medical Association, beside the chart and information tools
  'https://www.ppc.go.jp/', // the personal-information commission named in most policies read
  'https://www.fsa.go.jp/', // the financial regulator, beside the Payment Services Act notice
  'https://www.e-gov.go.jp/', // the government portal, met in the searches
  'https://www.pixiv.net/', // an illustration community, beside the image generator
  'https://www.cybozu.com/ja-jp/', // office software, beside the data-structuring service
  'https://www.freee.co.jp/', // accounting software, beside the OCR and data service
  'https://clius.jp/mag/2026/03/06/karte-ai-nyuryoku', // an electronic-chart vendor's article, met in the searches
  'https://medley-cloud.com/ai-terms', // a medical platform whose AI is one feature (as the c20 pass decided)
  'https://intercom.help/clinics/ja/articles/13221641', // a help centre on a shared host, met in the searches
];

const PARENTS = [
  'https://wire-base.com/', // WIREBASE's company site, beside the claimed /myakuraku path
  'https://www.wire-base.com/', // the same company site
  'https://wire-base.com/myakuraku-news', // a sibling path segment that is not the claimed one
  'https://wire-base.com/company', // another path on the company site
];

const SHARED_PLATFORMS = [
  'https://policy-lineai.web.app/terms', // a LINE bot's terms on a shared platform
  'https://lightning-fast-transcription.web.app/terms-of-service.html', // 爆速文字起こし on a shared platform
  'https://voicenote-legal.pages.dev/terms/', // VoiceNote's terms on a shared platform
  'https://terakoya-wpstatic.pages.dev/privacy/index.html', // Terakoya.AI's policy on a shared platform
  'https://tts-site-770.pages.dev/terms', // SoftMotion TTS on a shared platform
  'https://sugata38.github.io/app-docs/shukudai-oshiete/terms.html', // 宿題おしえて on a shared platform
  'https://spec2.github.io/docs/terms-of-service.html', // ShadowingApp on a shared platform
  'https://vistaai2024.github.io/Vista-Movie-lp-main/terms-of-use.html', // an ad-video generator on a shared platform
  'https://cosmic-empanada-81b9ea.netlify.app/terms', // 英作文添削AI on a shared platform
  'https://sites.google.com/view/medical-record-mate/2nd/2nd-settings', // カルテメイト on a shared platform
];

const LEFT_OUT = [
  'https://www.ai-chat-jp.com/tos.html', // AI Chat MIU, a bot that lives inside LINE
  'https://ai-chatchan.com/', // AIチャットちゃん, a LINE bot seen only on its homepage
  'https://labovoice.app/terms-of-service', // a probable phone app
  'https://junmei.app/terms.html', // a fortune app whose AI dialogue is one feature
  'https://flegrowth.co.jp/service/dx-web/kakiage-kun/terms', // trial terms that do not say AI
  'https://laqoot.com/applicationlaqootmini', // form-to-text terms that do not say AI
  'https://koereq.com/terms/serviceuse', // terms that do not say AI
  'https://careadvice.aiyasashii.com/tos/index.html', // terms that do not say AI
  'https://ai-kaiwa.com/qa', // AI only in the product name
  'https://cook-partner-meshitsuji.com/terms', // terms that do not say AI
  'https://www.lesson-arch.com/terms', // terms that do not say AI
  'https://teleport.jp/teleport/terms.html', // terms that do not say AI
  'https://jpcite.com/en/tos.html', // a public-record evidence API beside the listed AutonoMath
  'https://qxai.app/terms/ja', // terms with placeholders
  'https://baikyaku-madoguchi.com/room/terms', // a real-estate company's AI staging page, scope unclear
  'https://camel.co.jp/request-public', // terms on a company site with no product host seen
  'https://www.lignapps.co.jp/aivmtermofservice/', // voice-mail transcription (as the c20 pass decided)
];

const NAMESAKES = [
  'https://www.persta.jp/', // beside Persta.AI (persta.ai)
  'https://persta.com/', // beside Persta.AI (persta.ai)
  'https://www.coekar.jp/', // beside コエカル (coekar.com)
  'https://www.advatec.co.jp/', // a company name close to コエカル's vendor, not read
  'https://tomodoc.com/', // beside ともドク (tomodoc.me)
  'https://www.myakuraku.com/', // beside ミャク楽 (wire-base.com/myakuraku)
];

describe('twenty-fourth-session Japan (fourth pass) traps', () => {
  it('adds 4 rows in the japan region, three by domain and one by path', () => {
    expect(regionalC24Japan4Tools.length).toBe(4);
    expect(regionalC24Japan4Tools.filter((t) => t.domains.length === 1).length).toBe(3);
    expect(regionalC24Japan4Tools.filter((t) => t.urlPrefixes.length === 1).length).toBe(1);
    expect(regionalC24Japan4Tools.every((t) => catalogRegion(t.id) === 'japan')).toBe(true);
  });

  it('classifies every new host and path to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24Japan4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24Japan4Tools));
    expectEachClassifiedAs({
      'https://wire-base.com/myakuraku': 'myakuraku',
      'https://www.wire-base.com/myakuraku/terms-of-use': 'myakuraku',
      'https://info.coekar.com/terms.html': 'coekar',
      'https://www.persta.ai/payment-services-act': 'persta-ai',
      'https://tomodoc.me/': 'tomodoc',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
