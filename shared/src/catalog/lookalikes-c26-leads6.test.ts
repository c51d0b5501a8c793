// Traps beside the rows the twenty-sixth session's leads6 pass added (data/long-tail-c26-leads6.ts): the ordinary sites
// next to each kind of AI tool it added (messaging platforms the bots run on, store and blogging platforms beside the
// copy generators, stock exchanges beside the stock scores, bar associations beside the legal drafter, telephony
// companies beside the phone agents), the shared-platform and CDN copies, left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry. The traps
// that older tests kept on these products are dropped from those files and listed in the data file's header.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26Leads6Tools } from './data/long-tail-c26-leads6';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://telegram.org/', // the messenger Greeko, Kot Tarot, Taroko and NumeroAI run in
  'https://core.telegram.org/bots/webapps', // Telegram's Mini App docs, beside Greeko
  'https://www.whatsapp.com/', // the channel miu.ai, MINA AI and genyios answer on
  'https://www.shopify.com/', // a store platform, beside WriteText.ai and merchi.ai
  'https://woocommerce.com/', // a store plugin, beside WriteText.ai
  'https://wordpress.org/plugins/', // the plugin directory, beside WPBLOGS.AI
  'https://www.nasdaq.com/', // a stock exchange, beside AI Stock Platform
  'https://www.sec.gov/edgar/search/', // filings search, beside AI Stock Platform
  'https://www.dsa.gr/', // the Athens Bar Association, beside Legal AI (Greek lawyers)
  'https://www.houzz.com/', // a home-design marketplace, beside SpaceM AI
  'https://www.twilio.com/en-us/voice', // a telephony API, beside AgentPhone
  'https://www.stripe.com/', // the payment processor several policies name
  'https://chromewebstore.google.com/', // the store the extensions are listed in
];

const SHARED_PLATFORMS = [
  'https://howzitai.pages.dev/popia/', // Howzit AI's POPIA notice on a shared platform
  'https://d2awqhiqdymj37.cloudfront.net/privacy', // NDIScribe's policy on a CDN host
  'https://static-cdn-f.mifeng.plus/policy/Aixue/privacy_summary_zh-cn.html', // 蜜蜂AI学's policy summary on a CDN host
  'https://envoyai.framer.website/legal/aup', // another Envoy's policy on a shared platform
  'https://modelbridge-api-site.pages.dev/legal/terms.html', // a draft gateway policy on a shared platform
  'https://chirag127.github.io/WebPage-Chatter/privacy-policy.html', // a page-chat extension's policy on a shared platform
  'https://third-timpani-86b.notion.site/Privacy-Policy-for-Page-AI-Assistant-2ec03a7d16e08079bd93c425a0898a83', // an extension's policy on a shared platform
  'https://soft31.com/proxy.php?url=https%3A%2F%2Fiterationlayer.com%2Fchangelog', // a proxy copy of Iteration Layer's changelog
];

const LEFT_OUT = [
  'https://aid.daxue.cloud/en/argeement', // an agreement that does not say AI
  'https://haoba.cloud/', // the parent of chatpage.haoba.cloud, not read
  'https://pc.am/', // the parent of webai.pc.am, not read
  'https://newtabber.com/chat', // a new-tab page whose chat sidebar is one feature
  'https://docs.letterbucket.com/account/api-keys', // a newsletter platform's AI assistant
  'https://krti.in/tnc.html', // cloud services, not AI; a namesake of Krutrim
  'https://howzit.club/privacy-policy', // an events app, a namesake of Howzit AI
  'https://omnuslaw.com/privacy-policy', // law-firm case management
  'https://www.omnilegislation.com/data-processing', // legal monitoring, not said to be AI
  'https://support.mips.com.au/home/ai-scribes-fact-sheet', // an indemnity insurer's fact sheet
  'https://mmvc.com.au/artificial-intelligence-ai', // a clinic's notice on AI scribes
];

const NAMESAKES = [
  'https://envoy.com/', // the workplace platform, beside Envoy (AI support email) on byenvoy.com
  'https://www.miu.edu/', // a university, beside miu.ai
  'https://www.merchi.co/', // a print-commerce platform, beside merchi.ai
  'https://greeko.com/', // beside Greeko (greeko.online)
  'https://lawyerai.com/', // beside Legal AI (lawyerai.online)
  'https://writetext.com/', // beside WriteText.ai
  'https://www.lingobear.com/', // beside Lingo Bear (lingo-bear.com)
  'https://kraytis.com/', // beside Kraytis (kraytis.ai)
  'https://mina.com/', // beside MINA AI (mymina.ai)
  'https://taroko.com/', // beside Taroko (taroko.online)
];

describe('twenty-sixth-session leads6 traps', () => {
  it('adds 26 rows, each with one domain and no prefix, in the regions its header gives', () => {
    expect(longTailC26Leads6Tools.length).toBe(26);
    expect(longTailC26Leads6Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regionOf = (id: string) => catalogRegion(id);
    expect(['greeko', 'lawyerai-online', 'iteration-layer'].every((id) => regionOf(id) === 'europe')).toBe(
      true,
    );
    expect(['miu-ai', 'mina-ai'].every((id) => regionOf(id) === 'southeast-asia')).toBe(true);
    expect(regionOf('spacem-ai')).toBe('india');
    expect(regionOf('lingo-bear')).toBe('china');
    expect(regionOf('genyios')).toBe('middle-east');
    expect(regionOf('taroko')).toBe('russia');
    expect(longTailC26Leads6Tools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(17);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26Leads6Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, and the pages the dropped traps named', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26Leads6Tools));
    expectEachClassifiedAs({
      'https://modkie.com/en/terms-of-use': 'modkie',
      'https://iterationlayer.com/blog/document-to-markdown-api': 'iteration-layer',
      'https://api.iterationlayer.com/document-to-markdown/v1/convert': 'iteration-layer',
      'https://miu.ai/terms-and-conditions': 'miu-ai',
      'https://lawyerai.online/privacy': 'lawyerai-online',
      'https://aistockplatform.com/privacy': 'ai-stock-platform',
      'https://portal.kraytis.ai/': 'kraytis',
      'https://docs.agentphone.to/': 'agentphone',
      'https://writetext.ai/knowledge-base/installation/what-happens-when-i-change-my-store-domain-writetext-ai-help':
        'writetext-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
