// Traps beside the rows the twenty-sixth session's fifth Japan and Korea pass added (data/regional-c26-jpkr5.ts): the
// ordinary sites next to each kind of AI tool it added (the parent hosts of the claimed subdomains, the exam body,
// job boards, the racing authority, messaging platforms, the eye-care and health bodies, YouTube), the
// shared-platform copies, left-out hosts the pass read, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC26Jpkr5Tools } from './data/regional-c26-jpkr5';
import { catalogRegion } from './data/regions';

const PARENTS = [
  'https://haha-gaku.com/', // 母学アカデミー's own site, parent of the AI chat subdomain
  'https://www.haha-gaku.com/', // the same, with www
  'https://catkawaii.com/', // team catkawaii's host, parent of novel2manga (not read)
  'https://gracetech.biz/', // Gracetech's company site, parent of VIDEO GTstudio
  'https://www.gracetech.biz/', // the same, with www
  'https://lateblu.com/', // parent of クチコピ's subdomain, met again
];

const GENERAL_SITES = [
  'https://www.ipa.go.jp/shiken/', // the IT exam body, beside 過去問記述ラボ
  'https://www.cac.co.jp/', // CAC's corporate site, beside カチメン!
  'https://job.mynavi.jp/', // a job board for students, beside カチメン!
  'https://www.jra.go.jp/', // the racing authority, beside PREMIUM HORSE
  'https://www.netkeiba.com/', // a racing portal, beside PREMIUM HORSE
  'https://line.me/ja/', // the messenger Klaus JP links assistants to
  'https://slack.com/', // the other messenger Klaus JP links to
  'https://www.ppc.go.jp/', // Japan's data-protection commission, met in the searches
  'https://www.pipc.go.kr/', // Korea's data-protection commission, met in the searches
  'https://www.ophthalmology.org/', // an eye-care society, beside Entangle
  'https://www.youtube.com/', // the video site TubeDigest summarises
  'https://www.taxwatch.co.kr/article/tax/2025/12/10/0001', // news on a tax-law AI, met in the searches
  'https://www.fnn.jp/articles/-/808419', // news on AI reservation calls, met in the searches
  'https://it-bengosi.com/?p=60175', // a law firm's column on horse-racing prediction services
  'https://takayama-office.com/?p=4069', // a scrivener's column on AI racing-tip scams
  'https://officeoosawa.jp/it/1358', // a consultant's column on AI job ads
  'https://www.keibapicknavi.com/terms.html', // racing picks from "its own model", not said to be AI
];

const SHARED_PLATFORMS = [
  'https://musubot.pages.dev/tokushoho', // Musubot's legal notice on a shared platform
  'https://gzira-lp.pages.dev/terms', // an AI API gateway's terms on a shared platform
  'https://dreamteller-pi.vercel.app/terms', // an AI storybook's terms on a shared platform
  'https://xicon-web.vercel.app/terms', // terms on a shared platform
  'https://seoandoh-kr.pages.dev/privacy.html', // a transcription app's policy on a shared platform
  'https://monggle-fortune.pages.dev/terms-of-service.html', // a fortune site on a shared platform
  'https://adventurous-country-d08.notion.site/1d2b7446305880449213ddab7afc279e', // 하마룸's consent on notion.site
  'https://bittersweet-fright-73f.notion.site/Terms-of-Use-2e4d32c5b01d809299ddd75eec3c3b98', // Tanz's terms on notion.site
  'https://yseo0128.github.io/pinterview-privacy/', // Pinterview's policy on github.io
  'https://co-mender.herokuapp.com/pages/user-policy', // a human ES-review marketplace on herokuapp
];

const LEFT_OUT = [
  'https://www.teachlex.com/tokushoho', // a legal notice pricing "AI credits", product not described
  'https://dabuun.com/ja/legal', // credits sold through Lemon Squeezy, product not described
  'https://www.tokkyo.ai/terms', // terms that name the product only
  'https://haichi.pairmind.co.jp/terms.html', // furniture-layout terms that do not say AI
  'https://yasanichi-rewrite.jp/terms.html', // easy-Japanese rewriting, not said to be AI
  'https://tuyaku.com/term', // subtitle translation, not said to be AI
  'https://manga-farm.online/terms-of-service', // a manga-making platform, not said to be AI
  'https://realtarot.kr/terms', // a tarot site, not said to be AI
  'https://palja.xyz/terms', // a saju report, not said to be AI
  'https://fortunecookie.kr/terms', // a fortune site, not said to be AI
  'https://dhesy.com/en/terms', // YouTube creator analytics, AI one feature
  'https://keiyaku-daijin.com/page/terms-mcp', // contract management with an MCP connector
  'https://naman.co.kr/', // a mental-health platform
  'https://www.oseyokorea.com/content/privacy', // travel and culture information
  'https://cocotoba.kotone.ne.jp/terms-of-service', // human empathy translation with AI replies
  'https://www.skyroadedu.com/legal/terms', // admissions consulting with AI analysis and consultant review
  'https://myrules.sorovan.com/ja/terms', // a phone app on a developer's host
  'https://inear.io/privacy_term', // an AI English speaking app's consent page
  'https://gpt-ai-chat.emposy-server.com/terms.html', // a bot that lives inside LINE
  'https://ai-tokyobabe.com/terms', // a content site of AI images
  'https://ai-tachie.com/userpolicy', // AI-made stock illustrations
  'https://arui.ai/ko/terms', // a Hong Kong company
  'https://draft00.ai/en/terms', // no country named
  'https://aiduet.app/ja/terms', // no country named
  'https://baikyaku-madoguchi.com/room/terms', // a path on a real-estate company's site
  'https://citadel-ai.com/terms-of-use', // terms that do not say what it does
  'https://bell-blues.com/articles/ai-izakaya-auto-call-harassment-countermeasures', // an industry article
  'https://blog.murfy.ai/ai-paper-writing-guide-ethics-policy', // a blog post on AI paper writing in general
];

const NAMESAKES = [
  'https://www.kizukey.com/', // beside KIZUKEY AI (kizukey.ai)
  'https://www.synquorum.jp/', // beside SynquoRum (synquorum.com)
  'https://www.entangle.com/', // beside Entangle (entanglecare.com)
  'https://www.tubedigest.com/', // beside TubeDigest (tubedigest.ai)
  'https://www.kachimen.com/', // beside カチメン! (kachimen.jp)
  'https://www.premium-horse.jp/', // beside PREMIUM HORSE (premium-horse.com)
  'https://www.kakomon.com/', // beside 過去問記述ラボ (kakomon-lab.jp)
  'https://novel2manga.com/', // beside novel2manga (novel2manga.catkawaii.com)
  'https://studio.gracetech.biz/', // a sibling of the claimed subdomain
  'https://haha-gaku.com/terms.html', // the parent's path that the subdomain's terms page mirrors
];

describe('twenty-sixth-session Japan and Korea (jpkr5) traps', () => {
  it('adds 11 rows, each with one domain and no prefix, in the japan or korea region', () => {
    expect(regionalC26Jpkr5Tools.length).toBe(11);
    expect(regionalC26Jpkr5Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC26Jpkr5Tools.filter((t) => catalogRegion(t.id) === 'japan').length).toBe(8);
    expect(regionalC26Jpkr5Tools.filter((t) => catalogRegion(t.id) === 'korea').length).toBe(3);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC26Jpkr5Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC26Jpkr5Tools));
    expectEachClassifiedAs({
      'https://kakomon-lab.jp/': 'kakomon-kijutsu-lab',
      'https://premium-horse.com/': 'premium-horse',
      'https://tubedigest.ai/': 'tubedigest',
      'https://www.kizukey.ai/': 'kizukey-ai',
      'https://kachimen.jp/term': 'kachimen',
    });
  });

  it('leaves parents, general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...PARENTS, ...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
