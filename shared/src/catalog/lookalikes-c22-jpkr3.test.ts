// Traps beside the rows the twenty-second session's third Japan and Korea pass added (data/regional-c22-jpkr3.ts): the
// ordinary sites next to each kind of AI tool it added (CRMs and sales platforms, a business chat, LINE's business site,
// an SEO suite and web analytics, a shop POS, a help-desk suite, website and social platforms, Korean payment and
// messaging sites, a video-meeting service), the parent of the one claimed subdomain, the shared-platform copies and the
// left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every new
// host must reach its own entry.
// Listed since: Photio (photio.io), by the twenty-fourth session's korea3 pass from its API docs on docs.photio.io;
// the trap on its terms was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC22Jpkr3Tools } from './data/regional-c22-jpkr3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.salesforce.com/jp/', // a CRM, beside the sales-meeting AI tools that push to it
  'https://www.hubspot.jp/', // a CRM and marketing suite, beside the sales and marketing AI tools
  'https://www.chatwork.com/', // a Japanese business chat, beside the AI chatbot
  'https://www.linebiz.com/jp/', // LINE's business site, beside the AI chatbot and SNS post writer
  'https://www.zendesk.co.jp/', // a help-desk suite, beside the customer-support AI chatbot
  'https://www.semrush.com/', // an SEO suite Moreee draws on, beside the SEO writing tool
  'https://analytics.google.com/', // web analytics, beside the AI keyword engine
  'https://airregi.jp/', // a shop POS, beside the store-camera analytics AI
  'https://www.instagram.com/', // a social platform, beside the SNS post writer
  'https://business.google.com/', // Google Business Profile, beside the SNS post writer
  'https://www.wordpress.com/', // a website platform, beside the SEO writing tools
  'https://zoom.us/', // a video-meeting service, beside the meeting and interview AI tools
  'https://www.bellface.co.jp/', // an online sales-meeting company, beside bellSalesAI
  'https://toss.im/', // a Korean payment app autome bills through
  'https://telegram.org/', // the messenger autome's assistant runs on
  'https://www.kakaocorp.com/', // a Korean messaging company, beside the Korean AI assistant
  'https://www.cafe24.com/', // a Korean shop-hosting platform met in the searches
  'https://arsaga.jp/', // the parent of Arsaga's claimed subdomain
  'https://www.arsaga.jp/', // the parent of Arsaga's claimed subdomain
  'https://stop-harassment.arsaga.jp/', // a sibling of the claimed subdomain, not seen in the searches
];

const SHARED_PLATFORMS = [
  'https://livesuggest-web.pages.dev/ja/terms', // a policy or page on a shared platform
  'https://policy-lineai.web.app/terms', // a policy or page on a shared platform
  'https://dreamteller-pi.vercel.app/terms', // a policy or page on a shared platform
  'https://k52524.notion.site/K-oach-Terms-of-Service-2f8a50f0761580338550fad7462a53e4', // a policy or page on a shared platform
  'https://glimmer-router-871.notion.site/2c59e8c82a4080bebb1ff863f09a9cc4', // a policy or page on a shared platform
  'https://cosmic-empanada-81b9ea.netlify.app/terms', // a policy or page on a shared platform
  'https://shotoka-web.pages.dev/en/terms', // a policy or page on a shared platform
  'https://physicar-ai-site.pages.dev/legal/consent/cross-border/', // a policy or page on a shared platform
  'https://hanrui-japan.pages.dev/terms.html', // a policy or page on a shared platform
  'https://mayai-chan.notion.site/7fc38882dd0046e9bb590ef304039f03', // a policy or page on a shared platform
  'https://handbook-v2-olive.vercel.app/purpose/commercial-use-image-generation-ai-utilization', // a page on a shared platform
  'https://slashpage.com/veluga-policy/qpv5x42788q75mkyn3dw', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://wellbies.com.sg/Policy/terms.html', // SalesBuddy's terms on a Singapore company site, region unclear
  'https://igness.ai/terms/blaze', // Blaze's terms on a company site not read
  'https://www.sendenkaigi.com/info/kikaku-ai-guide', // a planning tool's terms on a publisher's site
  'https://www.tokmentor.kr/privacy?lang=en', // a phone-only app
  'https://howacha.net/app/TermsOfUse_en.html', // a phone-only app
  'https://delightcorp.com/pages/business-delight-assistant-terms-of-service', // terms that do not say AI
  'https://actionbridge.io/en-GB/legal/terms', // terms that do not say AI
  'https://www.moica.ai/en-us/term-of-service', // terms that do not say AI
  'https://hlab.im/service', // terms that do not say AI
  'https://www.frompt.app/privacy', // a policy that does not say the product uses AI
  'https://talkcar.co.kr/terms-en', // terms that do not say AI
  'https://aidb.cc/docs/terms-of-service', // terms that do not say AI
  'https://crm.damoacrm.com/main/term_service', // a CRM whose terms do not say AI
  'https://www.riftcompany.ai/terms', // contact-centre consulting whose terms do not say AI
  'https://www.typerlab.ai/privacy.html', // a policy with placeholder dates
  'https://hangukin.ai/en/privacy', // a policy marked as a draft
  'https://focalize.jp/help/ai-extraction', // an AI feature inside a CRM
  'https://www.sprocket.bz/policy-for-use-of-ai.html', // a CX platform's AI policy
  'https://seoulstart.com/privacy', // a guide site with one AI tool
  'https://www.oseyokorea.com/content/privacy', // a culture portal with AI curation
  'https://en.worksap.co.jp/terms/hue-erp/lease/chatbot/latest.html', // a chatbot on an ERP vendor's site
  'https://m-go.asia/terms', // a consultancy
  'https://ezaitranslate.com/ko/privacy-policy', // an AI translator that names no country
];

const NAMESAKES = [
  'https://www.supporthub.com/', // beside SupportHub AI (supporthub-ai.app)
  'https://www.postsupporter.jp/', // beside PostSupporter (postsupporter.com)
  'https://www.easywriter.com/', // beside easy writer by AI (easy-writer.jp)
  'https://www.moreee.com/', // beside Moreee (moreee.ai)
  'https://www.aikeyword.com/', // beside AIキーワード (ai-keyword.jp)
  'https://www.miseban.com/', // beside ミセバンAI (misebanai.com)
  'https://www.nexalog.com/', // beside Nexalog (nexaflow.io)
  'https://www.nexaflow.com/', // beside Nexalog (nexaflow.io)
  'https://www.bellsales.com/', // beside bellSalesAI (bell-sales.ai)
  'https://www.speria.com/', // beside Speria (speria.jp)
  'https://www.autome.com/', // beside autome (auto-me.app)
];

describe('twenty-second-session Japan and Korea (jpkr3) traps', () => {
  it('adds 11 rows, each with one domain and no prefix, in the japan or korea region', () => {
    expect(regionalC22Jpkr3Tools.length).toBe(11);
    expect(regionalC22Jpkr3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC22Jpkr3Tools.every((t) => ['japan', 'korea'].includes(catalogRegion(t.id) ?? ''))).toBe(
      true,
    );
    expect(regionalC22Jpkr3Tools.filter((t) => catalogRegion(t.id) === 'korea').length).toBe(1);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC22Jpkr3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.supporthub-ai.app/privacy': 'supporthub-ai',
      'https://postsupporter.com/terms.html': 'postsupporter',
      'https://www.easy-writer.jp/service/kiyaku.html': 'easy-writer-by-ai',
      'https://moreee.ai/service/index': 'moreee-ai',
      'https://ai-keyword.jp/terms-conditions/': 'ai-keyword-jp',
      'https://misebanai.com/privacy.html': 'misebanai',
      'https://nexaflow.io/terms': 'nexalog',
      'https://support.bell-sales.ai/faqs/672589608c7b9b4ebdf7ce55': 'bellsalesai',
      'https://speria.jp/terms': 'speria-jp',
      'https://lp.stop-harassment.arsaga.jp/terms_of_use.html': 'arsaga-mendan-ai',
      'https://www.auto-me.app/terms': 'autome-app',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
