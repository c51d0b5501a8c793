// Traps beside the rows the twenty-eighth session's sixth Japan and Korea pass added (data/regional-c28-jpkr6.ts): the
// parent host of the claimed subdomain, the ordinary sites next to each kind of AI tool it added (procurement and
// trade portals, job boards, an e-document archive, news sites), the shared-platform copies and left-out hosts the
// pass read. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC28Jpkr6Tools } from './data/regional-c28-jpkr6';
import { catalogRegion } from './data/regions';

const PARENTS = [
  'https://azttract-view.org/', // the parent of Az楽's azraku-lp. host, not read
];

const GENERAL_SITES = [
  'https://www.kkj.go.jp/', // Japan's public-procurement notice portal, met beside the proposal and minutes tenders
  'https://hrtech.rikunabi.com/tensyokuscout/guideline/', // a job site's scout-service terms, no AI
  'https://www.workin.kr/sub/useterms_en.php', // a Korean job-search site
  'https://nowjob.co.kr/home/site_policy', // a Korean job-information site
  'https://koreajoblist.com/bbs/register.php', // a job-listing board
  'https://president.globalwindow.org/etc/useRule.jsp', // KOTRA's business portal, beside the export queries
  'https://www.d-datazone.co.kr/', // Douzone's certified e-document archive, beside the document tools
  'https://www.pro1.co.kr/', // a bid-information service, beside the tender queries
  'https://lfind.kr/statutes/1302_2_1_1', // a legal-information guide
  'https://donga.com/news/article/all/20220502/113177779/1', // news on AI interviews
  'https://zdnet.co.kr/view/?no=20220802085019', // news on the procurement service's AI tool
  'https://iotnews.jp/ai/267731', // an article on daily sales reports with generative AI
  'https://fb-scene.com/', // a restaurant-trade article on menu translation
  'https://www.designyasan.com/', // a design studio's blog on multilingual menus
];

const SHARED_PLATFORMS = [
  'https://legalbase-lp.pages.dev/terms', // Legalbase's terms on a shared platform
  'https://kashi-links.pages.dev/strategy/distribution-artifacts/A2-privacy-1pager', // a one-pager on a shared platform
  'https://tokyo-prime-estate-ai-lp-global.pages.dev/en/terms.html', // terms on a shared platform
  'https://voicenote-legal.pages.dev/terms/', // an app's terms on a shared platform
  'https://neurolinx-angular.vercel.app/privacy-policy', // Keytalk AI's policy on a shared platform
  'https://woozy-quicksand-79f.notion.site/2ed3b20d197380b9b572fa437d80d534', // 질문하마's terms on a shared platform
  'https://delightful-sturgeon-15f.notion.site/Privacy-Policy-1dab668d2c9380c1be96fc94b404066e', // GIMG's policy
  'https://kind-walkover-f46.notion.site/Privacy-Policy-226566b53c5b8047b3fbe2eb75c4106f', // AI Tegen Test's policy
];

const LEFT_OUT = [
  'https://kaijiseikyuu.jp/terms', // a lawyer-matching site whose AI scoring is one step
  'https://graphic.fan/policy/privacy', // a fan platform whose AI comment translation is one feature
  'https://help.cr-support.jp/', // a recruiting suite's help centre; its job-ad generator is one feature
  'https://www.meetbot.dev/ja/terms', // a public draft of terms
  'https://www.fukushima-katsuo.shop/', // a dashi maker's shop whose blog hosts a chatbot's terms
];

describe('twenty-eighth-session Japan and Korea (jpkr6) traps', () => {
  it('adds 5 rows, each with one domain and no prefix, in the japan or korea region', () => {
    expect(regionalC28Jpkr6Tools.length).toBe(5);
    expect(regionalC28Jpkr6Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC28Jpkr6Tools.filter((t) => catalogRegion(t.id) === 'japan').length).toBe(2);
    expect(regionalC28Jpkr6Tools.filter((t) => catalogRegion(t.id) === 'korea').length).toBe(3);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC28Jpkr6Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC28Jpkr6Tools));
    expectEachClassifiedAs({
      'https://mx.esgohq.com/terms': 'esgo',
      'https://connex-t.com/privacy-policy': 'gnom-geniein',
      'https://www.accunote.ai/privacy-en.html': 'accunote',
    });
  });

  it('leaves the parent, general sites, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([...PARENTS, ...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
