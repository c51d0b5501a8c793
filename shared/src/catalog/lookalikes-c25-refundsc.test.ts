// Traps beside the rows the twenty-fifth session's refund-wording pass C added (data/long-tail-c25-refundsc.ts): the
// ordinary sites next to each kind of AI tool it added (frameworks and test tools beside the coding helpers, payment
// gateways and merchants of record named on the refund pages, messaging and telephony platforms beside the chatbot and
// phone agents, a property portal beside Immo-Agenten, WordPress and WooCommerce beside the plugins, a spreadsheet help
// page, an SEO suite, a VPS host beside the agent hosts, Apple's product-page guide beside AppMockup), the parents of
// the claimed subdomain and path, and the shared-platform copies, drafts, development hosts, general products,
// agencies, news posts and guides the pass read and left out. None of them may classify; every new host and the one
// path must reach their own entries.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25RefundscTools } from './data/long-tail-c25-refundsc';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://angular.dev/', // the framework, beside Angularize.dev
  'https://www.selenium.dev/', // browser automation, beside AutoRunner.ai
  'https://junit.org/', // the Java test framework, beside JAIPilot
  'https://www.cashfree.com/', // the gateway named by CodeDeBhai
  'https://razorpay.com/', // the gateway named in the Indian refund pages met
  'https://www.paddle.com/', // the merchant of record named by SheetSolver AI and getleadit.xyz
  'https://dodopayments.com/', // the payment provider named by AppMockup
  'https://www.whatsapp.com/', // the channel of Watsy and the hosted agents
  'https://telegram.org/', // a channel of the hosted agents
  'https://www.twilio.com/', // the telephony provider named by Immo-Agenten
  'https://www.vonage.com/', // telephony, beside the AI phone agents
  'https://www.immobilienscout24.de/', // a property portal, beside Immo-Agenten
  'https://wordpress.org/plugins/', // the plugin directory, beside the WordPress plugins
  'https://woocommerce.com/', // the store plugin SleekAI reads orders from
  'https://support.google.com/docs/answer/46977', // spreadsheet function help, beside SheetSolver AI
  'https://moz.com/', // an SEO suite, beside the SEO plugins
  'https://www.hetzner.com/', // a VPS host, beside unOpen.AI and the OpenClaw hosts
  'https://developer.apple.com/app-store/product-page/', // the App Store's screenshot guide, beside AppMockup
];

const PARENTS = [
  'https://sleekwp.com/', // SleekWP's plugin shop; only its /ai path is SleekAI
  'https://mauimarketers.com/', // the marketing agency whose agent.mauimarketers.com is claimed alone
];

const SHARED_PLATFORMS = [
  'https://uni-docs-staging.pages.dev/billing/refunds/', // a staging docs copy on a shared platform
  'https://codebrae.pages.dev/refund.html', // an app builder's policy on a shared platform
  'https://structurify.pages.dev/refund-policy', // an extraction tool's policy on a shared platform
  'https://policyfile.pages.dev/', // a concierge pilot's page on a shared platform
  'https://deeplogo.vercel.app/refund', // a template policy on a shared platform
  'https://schema-lens.vercel.app/cancellation-and-refunds', // a policy on a shared platform
  'https://bob-e-ai-docs.gitbook.io/resources/overview/pricing-and-plans/auto-billing', // docs on a shared platform
  'https://lety.gitbook.io/lety-docs/precios-y-creditos/cobros-automaticos', // docs on a shared platform
  'https://studio--studio-7223462362-9feef.us-central1.hosted.app/refund', // a policy on a shared app host
];

const LEFT_OUT = [
  'https://bikriai.expert/i/refund-policy/', // "{platform_name}" placeholders
  'https://easymvp.io/refund-policy', // support@yourcompany.com
  'https://decalyst.com/legal/billing-support', // "[legal-entity-name]" placeholders
  'https://devnextapiany.mexxxxai.win/refund-policy', // a development host
  'https://docs.heyy.io/quick-start/settings/billing', // an inbox product, AI one feature
  'https://www.citapro.app/en/help/ai-agent/manage-ai-credits', // scheduling software, AI one feature
  'https://v1.smartsell.africa/fr/help/ai-credits/', // a commerce suite's assistant credits
  'https://documentation.notice.studio/tokens-vf84n4rc41', // a site builder's AI add-on tokens
  'https://api.mailoutly.app/pages/refund.html', // email campaigns with some AI generation
  'https://docs.alpessniper.io/subscription/billing', // a subscription page that does not say what the AI does
  'https://www.fimblefits.com/refunds-cancellations/', // a chatbot service not said to be AI
  'https://www.luxisdesign.io/refund-policy', // a web agency's maintenance and blogging services
  'https://www.michiganseo.net/refund', // an SEO agency's autoblogging service
  'https://ainotworking.com/refund-policy', // paid human reviews of broken AI-built apps
  'http://www.btmug.com/legal/no-refund.html', // another company's host carrying callthe.bot's policy
  'https://jsonscraper.com/uk/refund-policy', // a scraper, not said to be AI
  'https://totalautomation.xyz/refund_returns', // a browser-automation extension, not said to be AI
  'https://sheetsconnect.com/refund-policy', // a Google Sheets API service
  'https://www.metals-api.com/refund', // a market-data API
  'https://support.scrapehero.com/portal/en/kb/articles/can-i-get-a-refund-for-a-charge', // a scraping service's help
  'https://socialprooforders.com/credits-terms-of-service', // test-order credits for stores
  'https://support.loadimpact.com/knowledgebase/articles/173833', // load-test credits
  'https://pdfcrowd.com/forum/archive/read/?3,307', // a PDF API's forum
  'https://help.livereacting.com/en/pricing-prior-to-july-2024/do-you-roll-remaining-credits-over-the-next-month', // live streaming
  'https://analystmonk.com/refund-policy', // data subscriptions
  'https://www.datareports.online/refund.html', // data reports
  'https://athletegate.in/cancellation-policy', // a Razorpay template policy
  'https://pictopreserve.com/refund-cancellation-policy', // a Razorpay subscription policy
  'https://cognizesoft.com/cancellation-refund-policy/', // a web design company
  'https://deignify.in/refund-and-cancellation-policy', // a Razorpay template with "[X]" blanks
];

const NEWS_AND_GUIDES = [
  'https://devactivity.com/insights/decoding-ai-billing-why-malfunctioning-copilot-still-charges-you-and-how-to-secure-refunds',
  'https://umatechnology.org/how-to-refund-chatgpt',
  'https://returnpolicyfinder.com/',
  'https://www.joinchargeback.com/refunds/how-to-get-an-openai-refund-careerchoiceusa-com',
  'https://status.audit.id/vendor/openai',
  'https://www.wakemeup.fr/optimiser-lusage-de-lia-pour-traiter-des-newsletters-sans-exploser-les-limites-de-credits/',
  'https://pctechmag.com/',
  'https://sbhn.g1b.me/item/47701121',
  'https://aiproductivity.ai/news/ai-credits-refund-mistakes-debate/',
];

const INDIA = new Set(['codedebhai', 'angularize-dev', 'appmockup-generator']);
const EUROPE = new Set(['swiftask', 'immo-agenten']);

describe('twenty-fifth-session refund-wording pass C traps', () => {
  it('adds 30 rows: 29 with one domain, SleekAI with one path; three in India, two in Europe', () => {
    expect(longTailC25RefundscTools.length).toBe(30);
    const oneDomain = longTailC25RefundscTools.filter(
      (t) => t.domains.length === 1 && t.urlPrefixes.length === 0,
    );
    expect(oneDomain.length).toBe(29);
    const sleekai = longTailC25RefundscTools.find((t) => t.id === 'sleekai');
    expect(sleekai?.domains).toEqual([]);
    expect(sleekai?.urlPrefixes).toEqual(['sleekwp.com/ai']);
    expect(
      longTailC25RefundscTools.every(
        (t) => catalogRegion(t.id) === (INDIA.has(t.id) ? 'india' : EUROPE.has(t.id) ? 'europe' : 'global'),
      ),
    ).toBe(true);
  });

  it('classifies every new host and the path to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25RefundscTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25RefundscTools));
    expectEachClassifiedAs({
      'https://angularize.dev/': 'angularize-dev',
      'http://autorunner.ai/refund-policy': 'autorunner-ai',
      'https://www.swiftask.ai/': 'swiftask',
      'https://sleekwp.com/ai/': 'sleekai',
      'https://www.texttotest.com/refund-policy/': 'texttotest',
      'https://www.watsy.app/': 'watsy',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and news unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...PARENTS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NEWS_AND_GUIDES,
    ]);
  });
});
