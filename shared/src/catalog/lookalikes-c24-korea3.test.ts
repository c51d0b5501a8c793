// Traps beside the rows the twenty-fourth session's third Korea pass added (data/regional-c24-korea3.ts): the ordinary
// sites next to each kind of AI tool it added (Korean marketplaces and seller tools, a payment gateway, human
// translation and subtitle services, blog platforms, messengers and portals, job boards, webtoon platforms, video and
// research sites), the shared-platform copies and left-out hosts the pass read, and sites whose names sit close to the
// new entries. No subdomain is claimed alone, so there are no parents to trap. None of them may classify; every new
// host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24Korea3Tools } from './data/regional-c24-korea3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.coupang.com/', // a marketplace, beside the product-photo AI
  'https://smartstore.naver.com/', // Naver's seller stores, beside the product-photo AI
  'https://www.tosspayments.com/', // the payment gateway Linchpin AI's terms name
  'https://quote.isiskorea.com/terms-quote', // a human translation quote service, beside the translation AIs
  'http://subtitlex.com/beta/tiki-index.php?page=terms-and-conditions', // a subtitle marketplace, beside XL8
  'https://www.tistory.com/', // a blog platform, beside the marketing-content AI
  'https://blog.naver.com/', // Naver's blogs, beside the marketing-content AI
  'https://www.kakaocorp.com/', // Kakao's corporate site, beside the character chat (Kakao sign-in)
  'https://www.naver.com/', // the portal
  'https://www.saramin.co.kr/', // a job board, beside the interview coaching
  'https://www.jobkorea.co.kr/', // a job board, beside the interview coaching
  'https://comic.naver.com/', // Naver Webtoon, beside the comic studio
  'https://www.webtoons.com/', // the webtoon platform, beside the comic studio
  'https://www.youtube.com/', // the video site, beside the video creator studio
  'https://www.riss.kr/', // a research-paper database, beside the research agent
  'https://scienceon.kisti.re.kr/', // KISTI's science portal, met in the searches
  'https://www.ncloud-forums.com/', // NAVER Cloud's community forum, met in the searches
  'https://techchat.tosspayments.com/m/1232146288594911323', // the payment gateway's developer community
];

const SHARED_PLATFORMS = [
  'https://physicar-ai-site.pages.dev/legal/consent/cross-border/', // AI Castle's policy on a shared platform
  'https://soanrok.web.app/terms_en.html', // an AI emotional-diary app's terms on a shared platform
  'https://lawcompany.notion.site', // SuperLawyer's terms on a shared platform
  'https://k52524.notion.site/K-oach-Terms-of-Service-2f8a50f0761580338550fad7462a53e4', // K-oach's terms
  'https://pebble-substance-62b.notion.site/Terms-of-Service-3448e29f2185803a8bb4eb7c17ac7eb8', // Soulie's terms
  'https://toonsquare.notion.site/Copyright-2d41932d5c1c47eeb07db7e2ac4b5c36', // Tooning's copyright policy
  'https://keeneat.oopy.io/63b838ea-145e-481b-aaf6-37255fd21ec7', // KEENEAT's terms on a shared platform
  'https://xicon-web.vercel.app/terms', // XICON's terms on a shared platform
  'https://dreamteller-pi.vercel.app/terms', // an AI picture-book generator on a shared platform
  'https://monggle-fortune.pages.dev/terms-of-service.html', // a fortune site on a shared platform
  'https://hanmadi-landing.pages.dev/privacy', // HanMadi's policy on a shared platform
  'https://dty6rw67qdcpv.cloudfront.net/ai-policy/', // tooldi's AI policy on a CDN host
  'https://docs.google.com/document/d/e/2PACX-1vTuw98uco2StO2LibINrI7vvxlt7gz2Yf8E_d9sUSEGR3XEmEfHAm5f1hOjeITSww/pub', // Riiid's terms
];

const LEFT_OUT = [
  'https://momocall.kr/policies/terms-en', // a phone-only app, as an earlier pass decided
  'https://playke.app/terms-of-service', // a phone-only app
  'https://www.lookpickai.com/en/terms', // terms that do not say what the service does
  'https://www.gen-ip.com/en/agree', // terms that name no AI
  'https://findip.ai/en/terms', // a semantic patent-search API whose terms name no AI
  'https://letr.ai/en/term-of-use', // a translation support tool whose terms name no AI
  'https://wetoon.ai/desktop/terms-of-service', // terms that name no AI
  'https://babbage.owlgcorp.com/legal/terms', // a PPTX conversion SaaS, and a draft
  'https://merzing.com/term/term-of-service', // terms that name no AI
  'https://viralpulse.net/en/terms', // AI-generation rules inside a service the terms do not describe
  'https://www.nturn.ai/terms?lang=en', // a draft
  'https://www.callkori.ai/terms-of-service', // a Canadian operator's terms, marked for legal review
  'https://en.universestationery.io/terms_of_service', // story apps with a generative-AI feature
  'https://store.dearu.com/STARS/home/policy/paidServicePolicy', // a fan-messaging service with AI characters as one feature
  'https://yonkmc.com/en/doc/tos', // a clinic's site with an AI booking chatbot
  'https://thewellsam.com/en/doc/tos', // a hospital's site with an AI booking chatbot
  'http://personaai.co.kr/news/view/114', // a column, not a product page
  'https://www.aibeauty.art/en/terms', // an AI image gallery, as an earlier pass decided
  'https://hanasee.com/', // TokiMake's contact mailbox domain, not read
];

const NAMESAKES = [
  'https://www.photio.com/', // beside Photio (photio.io)
  'https://www.linchpin.com/', // beside Linchpin AI (linchpinai.io)
  'https://www.xl8.com/', // beside XL8 (xl8.ai)
  'https://www.autoke.com/', // beside Autoke (autoke.ai)
  'https://www.personax.com/', // beside PeroChat (personaxi.com)
  'https://www.wonderfulcrew.co.kr/', // beside WonderfulCrew (wonderfulcrew.com)
  'https://www.tokimake.com/', // beside TokiMake (tokimake.app)
  'https://www.aoi.com/', // beside AOi (aoi.live)
  'https://www.miniwindow.com/', // beside MiniWindo (miniwindo.com)
  'https://www.nubint.com/', // beside Nubint AI (nubint.ai)
];

describe('twenty-fourth-session Korea traps', () => {
  it('adds 10 rows, each with one domain and no prefix, six in the Korea region', () => {
    expect(regionalC24Korea3Tools.length).toBe(10);
    expect(regionalC24Korea3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC24Korea3Tools.filter((t) => catalogRegion(t.id) === 'korea').map((t) => t.id)).toEqual([
      'photio',
      'linchpin-ai',
      'xl8',
      'autoke',
      'perochat',
      'wonderfulcrew-ai-interview',
    ]);
    expect(regionalC24Korea3Tools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(4);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24Korea3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24Korea3Tools));
    expectEachClassifiedAs({
      'https://www.photio.io/terms-of-service': 'photio',
      'https://docs.photio.io/api/instant': 'photio',
      'https://www.xl8.ai/tos': 'xl8',
      'https://skroll.xl8.ai/': 'xl8',
      'https://www.gentoon.ai/es/terms': 'gentoon-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
