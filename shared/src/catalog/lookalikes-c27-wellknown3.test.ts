// Traps beside the row the twenty-seventh session's third well-known pass added (data/long-tail-c27-wellknown3.ts):
// the general parent hosts of the AI products on the brief's list (Google, Baidu, Yandex, VK, Walmart, Amazon, Zoom,
// HubSpot, Zoho, Salesforce, Atlassian, Microsoft's MSN, Ecosia, Qwant, Naver, Yahoo! JAPAN, Huawei, vivo, OPPO,
// Volcano Engine, Tencent Cloud, Ant Group, NTT, NEC, Jio, the Barcelona Supercomputing Center, Semrush, Hostinger,
// GSA, GovTech and Ai2), the vendor pages read on corporate hosts, news and copies the searches returned, and sites
// whose names sit close to the new entry. None of them may classify; the new subdomain must reach its own entry, and
// the listed entries the pass met keep theirs. The real AI hosts the pass could not source (whisk.google.com,
// mixboard.google.com, flow.google.com, horizons.hostinger.com and the leads in the data file's header) are
// deliberately not trapped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC27Wellknown3Tools } from './data/long-tail-c27-wellknown3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.google.com/', // the parent of Whisk's, Mixboard's and Flow's google.com hosts
  'https://scholar.google.com/', // Google Scholar, the parent of Scholar Labs' path
  'https://www.baidu.com/', // the parent of the Baidu hosts on the brief's list
  'https://ya.ru/', // Yandex's search, the parent of ya.ru/neuro
  'https://yandex.ru/', // Yandex's portal
  'https://mail.ru/', // VK's portal, the parent of marusia.mail.ru and ai.mail.ru
  'https://www.walmart.com/', // the shop, beside Sparky
  'https://corporate.walmart.com/', // Walmart's corporate site
  'https://www.amazon.com/', // the shop, beside Rufus
  'https://www.aboutamazon.com/', // Amazon's news site
  'https://zoom.us/', // Zoom, beside AI Companion
  'https://www.zoom.com/', // Zoom's site
  'https://library.zoom.com/zoom-workplace/ai-companion/custom-ai-companion-explainer/user-experience', // Zoom's library page, met in the searches
  'https://www.hubspot.com/', // HubSpot, beside Breeze
  'https://www.zoho.com/', // Zoho, beside Zia
  'https://www.salesforce.com/', // Salesforce, beside Einstein
  'https://www.atlassian.com/', // Atlassian, beside Rovo
  'https://home.atlassian.com/', // Atlassian's home, the parent of the brief's Rovo path
  'https://www.msn.com/', // Microsoft's news portal, beside Copilot
  'https://www.ecosia.org/', // the search engine, beside its AI chat
  'https://www.qwant.com/', // the search engine, beside its AI answers
  'https://www.naver.com/', // Naver's portal, beside HyperCLOVA X
  'https://www.yahoo.co.jp/', // Yahoo! JAPAN, beside its AI chat search
  'https://consumer.huawei.com/', // Huawei's consumer site, beside Celia
  'https://www.huaweicloud.com/', // Huawei Cloud, beside Pangu
  'https://www.vivo.com/', // vivo, beside BlueLM
  'https://www.oppo.com/', // OPPO, beside Xiaobu
  'https://www.volcengine.com/', // Volcano Engine, beside HiAgent
  'https://cloud.tencent.com/', // Tencent Cloud, beside LKE and ADP
  'https://www.antgroup.com/', // Ant Group, beside LingGuang
  'https://www.ntt.com/', // NTT, beside tsuzumi
  'https://www.nec.com/', // NEC, beside cotomi
  'https://www.jio.com/', // Jio, beside JioBrain
  'https://www.bsc.es/', // the Barcelona Supercomputing Center, beside Salamandra
  'https://www.semrush.com/', // Semrush, beside ContentShake
  'https://www.hostinger.com/', // Hostinger, beside Horizons
  'https://www.gsa.gov/', // GSA, beside USAi
  'https://www.tech.gov.sg/', // GovTech, beside AIBots
  'https://www.mddi.gov.sg/newsroom/mddi-s-response-to-pq-on-progress-of-adopting-ai-tools-within-public-service', // the ministry's answer naming AIBots, without its host
  'https://allen.ai/', // Ai2's short domain, the parent of scholarqa.allen.ai
  'https://allenai.org/', // Ai2's site
  'https://allenai.org/blog/ai2-scholarqa', // Ai2's post the row cites, on Ai2's corporate host
  'https://www.semanticscholar.org/', // Ai2's academic search engine, beside ScholarQA
  'https://arxiv.org/html/2504.10861v1', // Ai2's paper on ScholarQA, on the preprint server
  'https://amazon.science/blog/the-technology-behind-amazons-genai-powered-shopping-assistant-rufus', // Amazon's science blog on Rufus
];

const NEWS_AND_COPIES = [
  'https://www.infotoday.eu/Articles/News/Featured-News/Ai2-introduces-Ai2-ScholarQA-167819.aspx', // news copy of Ai2's post
  'https://chatpaper.com/paper/177144?from=subpath-venues', // a paper summary site
  'https://fedscoop.com/gsa-usai-tool-code-development-agencies', // news on USAi
  'https://www.nextgov.com/artificial-intelligence/2026/02/gsa-aims-publish-results-usai-program-official-says/411439/', // news on USAi
  'https://govinsider.asia/intl-en/article/governments-role-important-to-ensure-use-of-ai-for-public-good-says-govtech-cto', // news on GovTech's AI tools
  'https://www.azoma.ai/insights/walmart-sparky-agentic-ai-retail-shopping-assistant', // a vendor's article on Sparky
  'https://www.paz.ai/blog/walmart-sparky-agent-discovery-shelf', // a vendor's blog on Sparky
  'https://www.kellogg.northwestern.edu/academics-research/research/detail/2026/walmarts-sparky-agentic-ai-and-the-future-of-shopping/', // a business-school case
  'https://gadgetbond.com/google-scholar-labs-ai-academic-research', // news on Scholar Labs
  'https://www.ndtvprofit.com/amp/technology/scholar-labs-all-about-googles-upgraded-academic-search-engine-for-smarter-ai-led-research', // news on Scholar Labs
  'https://www.rbc.ru/technology_and_media/28/10/2025/68ffa3bc9a7947eb5a664902', // news on Yandex's Alice AI
  'https://probiv.my/threads/jandeks-zapustil-poiskovyj-servis-na-osnove-ii-nejro.152516', // a forum copy of the Neuro launch news
  'https://l7test.education.yandex.uz/journal/neiropoisk', // Yandex's education journal on a test host
  'https://sostav.ru/publication/marusya-69239.html', // news on Marusia
  'https://www.taiwan-panorama.com/en/Articles/Details?CatId=9&Guid=3779865c-9ca2-4e9d-999a-6f1a5a52e9be', // a magazine article on TAIDE
  'https://t3n.de/news/ecosia-warum-die-oekologische-suchmaschine-einen-ki-chatbot-plant-1592086/', // news on Ecosia's AI chat
  'https://ketanjoshi.co/2025/12/14/ecosias-green-ai-false-hope-for-corrosive-tech', // a blog on Ecosia's AI
  'https://www.skills.sh/hostinger/hostinger-agent-skills/horizons', // a skills directory's copy of Hostinger's skill
  'https://ngocthien.one/huong-dan-su-dung-zoom-ai-companion-tren-web', // a reseller's guide to AI Companion on the web
];

const SHARED_PLATFORMS = [
  'https://rentlivecdclaws.pages.dev/128256.html', // a copy of Hostinger's hosting agreement on a shared platform
  'https://gamege-rssgamegeschiedenisnl.site.transip.me/p/i/', // a feed reader's copy of Amazon's Rufus article
];

const NAMESAKES = [
  'https://scholarqa.com/', // beside Ai2 ScholarQA (scholarqa.allen.ai)
  'https://www.scholarqa.com/', // beside Ai2 ScholarQA (scholarqa.allen.ai)
];

describe('twenty-seventh-session third well-known (wellknown3) traps', () => {
  it('adds 1 row, a subdomain with no prefix, in the global region', () => {
    expect(longTailC27Wellknown3Tools.length).toBe(1);
    expect(
      longTailC27Wellknown3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0),
    ).toBe(true);
    expect(longTailC27Wellknown3Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Wellknown3Tools), { api: true });
  });

  it('classifies the claimed subdomain, and keeps the listed entries the pass met on their own hosts', () => {
    expectEachClassifiedAs({
      'https://scholarqa.allen.ai/': 'ai2-scholarqa',
      'https://scholarqa.allen.ai/chat': 'ai2-scholarqa',
      'https://asta.allen.ai/': 'asta-ai2',
      'https://playground.allenai.org/': 'ai2-playground',
      'https://labs.google/fx/tools/whisk': 'whisk',
      'https://labs.google/mixboard': 'google-mixboard',
      'https://wenxiaoyan.com/': 'ernie-bot',
      'https://www.lingguang.com/': 'ant-lingguang',
      'https://clova-x.naver.com/': 'clova-x',
      'https://alice.yandex.ru/': 'yandex-alice',
      'https://www.zoho.com/zia': 'zoho-zia',
      'https://rovo.atlassian.com/': 'atlassian-rovo',
      'https://www.hubspot.com/products/artificial-intelligence': 'hubspot-breeze',
      'https://www.zoom.com/en/products/ai-assistant/': 'zoom-ai-companion',
      'https://developers.hostinger.com/api/horizons/v1/websites': 'hostinger-horizons',
      'https://fusionbrain.ai/': 'kandinsky',
      'https://opentyphoon.ai/': 'typhoon',
    });
  });

  it('leaves general parents, vendor pages on corporate hosts, news, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...NEWS_AND_COPIES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
