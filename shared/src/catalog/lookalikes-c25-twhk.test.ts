// Traps beside the rows the twenty-fifth session's Taiwan, Hong Kong and Macau pass added
// (data/regional-c25-twhk.ts): the ordinary sites next to each kind of AI tool it added (the privacy regulators of Hong
// Kong, Macau and Taiwan's digital ministry, LINE's own terms, property portals, the case-law databases, the hospital
// authority, the tax office and the accountants' magazine, the exam and education bodies, a restaurant guide, a job
// bank, the insurance regulator, the stock exchange and a marketplace, news articles), the shared-platform copies,
// dev host and left-out pages the pass read, agencies' and law firms' articles, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC25TwhkTools } from './data/regional-c25-twhk';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.pcpd.org.hk/english/artificial_intelligence/index.html', // Hong Kong's privacy regulator, named in every PDPO policy read
  'https://www.gpdp.gov.mo/index.php?m=content&c=index&a=print_news&catid=198', // Macau's data-protection bureau
  'https://www.moda.gov.tw/', // Taiwan's digital ministry
  'https://terms2.line.me/line_tw_privacy_policy?lang=zh-Hant', // LINE Taiwan's policy, beside the LINE bots
  'https://terms.line.me/line_LINEChatPlus?lang=en', // LINE's own chat terms, beside Kuzu, Genibuilder and BotSphere
  'https://www.house730.com/en-us/help/privacypolicy/', // a Hong Kong property portal, met in the searches
  'https://www.foneproperty.com/en/member-tos-page', // a Hong Kong property portal, met in the searches
  'https://www.hklii.hk/', // Hong Kong's free case-law database, beside AI Paralegal
  'https://judgment.judicial.gov.tw/', // Taiwan's judgment search, beside AgreeGold
  'https://www.info.gov.hk/gia/general/202605/27/P2026052700493.htm', // a Legislative Council reply on legal AI
  'https://www.ha.org.hk/', // the Hospital Authority, beside Micromeet
  'https://scmp.com/news/hong-kong/health-environment/article/3299464/hong-kong-public-hospitals-harness-ai-drafting-medical-reports', // news
  'https://www.ird.gov.hk/', // the tax office, beside Accrew
  'https://aplus.hkicpa.org.hk/2026-issue-2-harnessing-ai-in-accountingguidelines-for-the-use-of-generative-ai-by-employees/', // the accountants' magazine
  'https://www.hkeaa.edu.hk/', // the DSE exam body, beside Dimension Space
  'https://www.edb.gov.hk/', // the education bureau, beside Dimension Space
  'https://www.openrice.com/', // a restaurant guide, beside ChefBear
  'https://www.104.com.tw/', // a job bank, beside OfferOtter
  'https://interview.tw/privacy-policy', // an interview-experience site whose policy does not say AI
  'https://www.ia.org.hk/', // the insurance regulator, met in the searches
  'https://clic.org.hk/en/topics/insurance/how_can_I_get_an_insurance_policy/insurtech/q3', // a legal-information page
  'https://udn.com/news/story/6885/9104622', // news on an essay-marking system
  'https://ithelp.ithome.com.tw/articles/10384813', // a developer community's article
  'https://www.twse.com.tw/', // the stock exchange, beside the stock tools met
  'https://www.shopee.tw/', // a marketplace, beside the e-commerce queries
  'https://www.nownews.com/news/6748029', // news
  'https://www.etnet.com.hk/www/tc/news/topic_news_detail.php?category=hongkongaffairs&newsid=150344&page=2', // news
  'https://www.stheadline.com/', // news
];

const SHARED_PLATFORMS = [
  'https://way-app.zeabur.app/static/agreement_1.html', // a terms page on a shared platform
  'https://smartclinic-ai.pages.dev/privacy-policy', // SmartClinic AI HK's policy on a shared platform (as before)
  'https://aequilex.pages.dev/terms.html', // AequiLex's terms on a shared platform (as before)
  'https://sui-bi.pages.dev/terms.html', // a Taiwanese meeting-notes app's terms on a shared platform
  'https://cyber-tarot-landing.pages.dev/', // a tarot service's terms on a shared platform
  'https://ziyuan-legal.pages.dev/terms', // a Zi Wei app's terms on a shared platform
  'https://cloud-studios.pages.dev/privacy-apps', // an app maker's policy on a shared platform
  'https://sites.google.com/view/privacypolicy-ai-video/home', // an app policy on Google Sites
  'https://tally.so/r/44jVVr', // an app policy on a form host
];

const LEFT_OUT = [
  'https://broadmed.tw/terms.html', // a dialysis-record app whose functions are not said to be AI
  'https://wealthstoryline.com/terms.html', // a financial-planning tool that does not say AI
  'https://synergymar.tech/privacy', // a property marketplace that does not say AI
  'https://hkpropertyresearchltd.com/en/privacy-policy', // a property research company
  'https://dev.ycsecretary.com/en/privacy', // a development host (as before)
  'https://oneflash.hk/en/blog/whatsapp-ai-chatbot-new-customer-enquiry-hong-kong', // an agency's blog
  'https://www.hksoka.com/en/blog/whatsapp-ai-hong-kong.html', // an agency's blog
  'https://www.ud.hk/en/insight/article/2026-05-01-whatsapp-ai-hk-sme-guide', // an agency's guide
  'https://asteratek.com/blog/ai-customer-service-hong-kong.html?lang=zh', // an agency's blog
  'https://www.awlawyers.co/blog/generative-ai-terms-of-service-hong-kong-business', // a law firm's article
  'https://www.aipogeo.com/blog/using-ai-in-hong-kong/', // an SEO agency's article
  'https://hkg.dgmgr.com/blog/pdpo-ai-compliance-hong-kong/', // an integration partner's article
  'https://technine.io/en/pcpd-ai-privacy-compliance-hk-business', // an agency's article
  'https://www.imagity.com.hk/', // a video production house
  'https://www.pertamapartners.com/insights/hong-kong-ai-regulations-2026', // a consultancy's article
  'https://forms-legal.com/hong-kong/business/policies/ai-acceptable-use-policy-hong-kong', // a legal template
  'https://www.translatewisely.com/transcribing-qa/', // a human transcription agency
];

const NAMESAKES = [
  'https://www.kuzudb.com/', // a graph database, beside Kuzu (kuzu.tw)
  'https://words.hk/', // a Cantonese dictionary, beside cantonese.ai and Canto AI
];

describe('twenty-fifth-session Taiwan and Hong Kong traps', () => {
  it('adds 17 rows, each with one domain and no prefix, in the china region but for two global ones', () => {
    expect(regionalC25TwhkTools.length).toBe(17);
    expect(regionalC25TwhkTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC25TwhkTools.filter((t) => catalogRegion(t.id) === 'china').length).toBe(15);
    expect(regionalC25TwhkTools.filter((t) => catalogRegion(t.id) === 'global').map((t) => t.id)).toEqual([
      'genibuilder',
      'botsphere',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC25TwhkTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC25TwhkTools));
    expectEachClassifiedAs({
      'https://docs.asgard-ai.com/docs/developer-reference/examples/knowledge-base-query': 'asgard-ai',
      'https://www.gliastar.com/': 'gliastar',
      'https://www.accrew.ai/': 'accrew',
      'https://cantonese.ai/': 'cantonese-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
