// Traps beside the rows the twenty-sixth session's usage-pricing pass added (data/long-tail-c26-pricing.ts): the
// ordinary sites next to each kind of AI tool it added (telephony and booking services, help desks and CRMs, Shopify and
// WhatsApp, ad platforms, email marketing, stock photos, payment services in India and Argentina), namesakes of the new
// names, the explainers, glossaries and agencies the searches returned, the shared-platform copies, the staging hosts,
// and the left-out hosts whose pages are general products with an AI feature or never say AI. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26PricingTools } from './data/long-tail-c26-pricing';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.twilio.com/', // telephony, beside the AI phone agents
  'https://www.plivo.com/', // telephony named by Bolti
  'https://www.exotel.com/', // telephony named by Bolti
  'https://www.ringcentral.com/', // business phone, beside the receptionists
  'https://www.vonage.com/', // business phone, beside the receptionists
  'https://calendly.com/', // booking links, beside the appointment-booking agents
  'https://help.signpost.com/why-is-my-bill-higher-than-usual', // human receptionists billed by the minute
  'https://www.zendesk.com/', // a help desk, beside the support agents
  'https://www.intercom.com/', // a help desk, beside the support agents
  'https://www.gorgias.com/', // an e-commerce help desk, beside Supportify and Rep AI
  'https://support.freshdesk.com/support/solutions/articles/50000002338-introduction-to-email-ai-agent', // a help desk's AI feature
  'https://crmsupport.freshworks.com/support/solutions/articles/50000002338-introduction-to-email-ai-agent', // the same
  'https://www.shopify.com/', // the store platform Supportify and Rep AI run on
  'https://apps.shopify.com/', // the app store, not a product host
  'https://business.whatsapp.com/', // WhatsApp Business, beside the sales agents
  'https://help.aisensy.com/en/articles/5988009-whatsapp-conversational-credits', // a WhatsApp platform's message credits
  'https://support.wati.io/pt-BR/articles/12829730-entendendo-o-add-on-co-pilot-de-ia', // a WhatsApp platform's AI add-on
  'https://www.hubspot.com/', // a CRM, beside the sales agents
  'https://blog.hubspot.es/service/creditos-ia-hubspot-guia', // a CRM's AI-credit guide
  'https://www.salesforce.com/', // a CRM, beside the sales agents
  'https://www.apollo.io/', // a sales database, beside The Reply Agent
  'https://www.gohighlevel.com/', // a marketing CRM, beside autoch.at
  'https://ads.google.com/', // the ad platform PromotiAI manages
  'https://www.facebook.com/', // the ad platform PromotiAI manages
  'https://mailchimp.com/', // email marketing, beside Embellish
  'https://newsletter2go-help-en.sendinblue.com/product-and-payment/products/difference-between-prepaid-subscription-packages.html', // email credits, not AI
  'https://en.directmailmac.com/support/article/420-how-autoresponder-emails-are-billed', // email credits, not AI
  'https://www.mangomint.com/learn/marketing-credits/', // marketing-email credits, not AI
  'https://help.metricool.com/how-to-create-posts-with-metricools-ai-text-generator-sv0j8', // social scheduling with an AI feature
  'https://www.shutterstock.com/', // stock photos, beside the image generators
  'https://help.autoscout24.ch/hc/de/articles/35732023282194-How-do-AI-Studio-credits-work', // a car marketplace's photo credits
  'https://www.razorpay.com/', // payments in India, beside Bolti
  'https://www.mercadopago.com.ar/', // payments in Argentina, beside Laburen
  'https://wordpress.org/', // the CMS beside the writing tools
  'https://learn.microsoft.com/en-us/answers/questions/584662/what-characters-are-billabling-in-text-to-speech', // a cloud Q&A page
  'https://docs.byteplus.com/en/docs/byteplus-media-live/ai_dubbing', // a cloud's live-stream feature
  'https://help.aliyun.com/en/document_detail/3026326.html', // a cloud's ad-creative product page
  'https://www.wolframalpha.com/', // a computational engine met in the searches
];

const NAMESAKES = [
  'https://bolti.com/', // not Bolti's .co.in host
  'https://supportify.com/', // not getsupportify.ai
  'https://nextphone.com/', // not getnextphone.com
  'https://callbird.com/', // not callbirdai.com
  'https://charmloop.com/', // not charmloop.ai
  'https://allwrite.com/', // not getallwrite.com
  'https://embellish.com/', // not getembellish.com
  'https://pamba.com/', // not pamba.app
  'https://socialctl.com/', // not socialctl.xyz
  'https://makeclip.com/', // not makeclipai.com
  'https://agentcontainer.com/', // not agentcontainer.co
  'https://imagecrafts.com/', // not imagecrafts.app
  'https://govideo.com/', // a video-messaging company, not govideoai.com
  'https://promoti.com/', // not promotiai.com
  'https://fotovyn.ai/', // not fotovyn.com
  'https://laburen.com.ar/', // not laburen.com
  'https://photosshoot.ai/', // not photosshoot.com
  'https://replyagent.com/', // not thereplyagent.com
  'https://chatsupport.com/', // not chatsupportbot.com
  'https://clarami.com/', // not claramiai.com
  'https://autochat.com/', // not autoch.at
];

const NEWS_AND_EXPLAINERS = [
  'https://aipromptgear.com/use-cases/ai-agent-cost-per-resolution-for-support-teams/',
  'https://www.thewitn.com/glossary/per-resolution-pricing',
  'https://feedman.me/posts/wWlNo',
  'https://empirium.io/faq/how-voice-ai-agents-work',
  'https://wiszniewsky.pl/en/blog/voice-ai-agents-how-to-build-phone-bot',
  'https://www.thedeveloperscore.com/blog/cost-running-ai-voice-agents-aws',
  'https://www.solumize.com/what-is-ai-sdr-agent',
  'https://hlmii.com/pricing', // pay per held appointment with human callers
  'https://getforward.xyz/glossary/',
  'https://pulserevops.com/knowledge/q08',
  'https://www.toolcolumn.com/learn/ai-video-pricing-credits-vs-minutes',
  'https://jarvistips.com/how-credits-work',
  'https://nietos-ai.com/how-to-optimize-openai-usage-with-bring-your-own-key',
  'https://www.rewarx.com/blogs/real-cost-ai-photography-ecommerce-2026',
  'https://thefocuscraft.com/the-25-per-image-era-is-over-how-ai-replaces-e-commerce-photography',
  'https://winenfood.com/ai-image-generator-pricing-models-explained',
  'https://toolsranks.com/etudes/ai-generators-billing-models-2026',
  'https://www.sipoch.com/en/question/300630022935395/answer/30019424123006',
  'https://on10solutions.com/blog/automated-appointment-booking',
  'https://michaelheredia.com/blog/ai-agents-for-appointment-booking-small-business/',
  'https://blakeagency.co/blog/voice-ai-appointment-booking',
  'https://noveltylab.io/resources/blog/ai-review-response-automation',
  'https://replaypilot.online/blog/ai-review-management-complete-guide',
  'https://aiportway.com/posts/2026-03-30-ai-agents-customer-support',
  'https://www.autolayersystems.com/blog/ai-customer-service-automation',
  'https://requesthunt.com/request/j97cezhx7xtaz572arwcm7k6b184r2mj',
  'https://githubissues.com/ctrl-space-labs/gendox-core/306',
  'https://doublepost.link/guild/1066739690436313158/thread/1274395708669038732/p/1274395713488294092/',
];

const SHARED_PLATFORMS = [
  'https://bob-e-ai-docs.gitbook.io/resources/overview/pricing-and-plans/message-credits-explained',
  'https://whatsnap.gitbook.io/whatsnap-docs/ai-agents/pricing',
  'https://hero-marketer-support-docs.pages.dev/plans-and-billing/how-credits-work',
  'https://adasite-main.pages.dev/blog/unpacking-ai-agent-pricing-resolution-based-vs-conversation-based-models',
  'https://pfcopy-site.pages.dev/help/getting-started-with-credits',
  'https://caramel-knowledge-hub.pages.dev/billing/ai-credits/',
  'https://appifire-docs.pages.dev/free-plan-credits',
  'https://symphonycore-docs.pages.dev/synced/operations/sops/ghl-ai-review-response-sop',
  'https://htxautomations.pages.dev/blog/how-ai-receptionist-books-appointments.html',
  'https://illumify.neetokb.com/articles/understanding-ai-credits', // a copy of Embellish's help on a shared KB host
  'https://gogs.wangxunai.cn/wxcz_admin/agency-swarm-cn-git/src/master/docs/platform/how-credits-work.mdx',
];

const LEFT_OUT = [
  'https://www.qa.neurawrite.ai/documentation/getting-started/word-credits', // a QA host
  'https://app.qa.neurawrite.ai/documentation/getting-started/word-credits', // a QA host
  'https://staging.convortai.com/docs/plans-wallet-source-values', // a staging host
  'https://preview.sois.ai/resources/ai-credits-and-usage-based-pricing/', // a preview host
  'https://blogaizer.reconqueringmed.com/docs/credits', // blogAIzer's docs on another company's host
  'http://help.getredo.com/en/articles/11673216-ai-resolution-pricing', // returns and commerce, AI one feature
  'https://productfruits.com/blog/resolution-pricing-for-ai', // product adoption, AI one feature
  'https://deskwoot.com/blog/ai-in-customer-service-2026-guide', // a help desk
  'https://help.notiondesk.so/en/articles/understanding-ai-chatbot-resolutions-and-billing', // a help desk
  'https://help.businesschat.io/en/articles/11931194-understanding-ai-bot-billing', // business messaging
  'https://postmyplatter.com/help/captions/caption-credits', // social posting with AI captions
  'https://www.poster.ly/docs/billing/credits', // social scheduling with AI credits
  'https://docs.picnie.com/knowledgebase/article/understanding-credits-and-usage-limits-0gyd', // design automation
  'https://www.feedom.io/ai-credits', // product feeds
  'https://app.bizprofile.app/docs/how-ai-reply-drafts-work', // review management
  'https://support.hexia.app/en/?p=1160', // review management
  'https://panel.resellportal.com/docs/software-usage/review-inbox-and-ai-responder', // reseller software
  'https://help.artlist.io/hc/en-us/articles/33182634848925-AI-Toolkit-Understanding-AI-credits-for-voiceover', // stock media
  'https://docs.cabi.chat/en/O6-pricing.html', // per-meeting charges, no AI said
  'https://popnie.com/docs/account-management/word-count', // word counts, no AI said
  'https://support.aiacquisition.com/articles/how-lead-scraping-credits-work-2qwda', // lead-sourcing credits
  'https://cal53.calculator.city/?p=121551', // a calculator page
];

describe('twenty-sixth-session usage-pricing traps', () => {
  it('adds 23 rows, each with one domain and no prefix; 1 in India, 1 in Latin America', () => {
    expect(longTailC26PricingTools.length).toBe(23);
    expect(longTailC26PricingTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regions = longTailC26PricingTools.map((t) => catalogRegion(t.id));
    expect(regions.filter((r) => r === 'india').length).toBe(1);
    expect(regions.filter((r) => r === 'latam').length).toBe(1);
    expect(regions.filter((r) => r === 'global').length).toBe(21);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26PricingTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26PricingTools));
    expectEachClassifiedAs({
      'https://docs.autocalls.ai/white-label/chat-service-pricing': 'autocalls-ai',
      'https://docs.autocalls.ai/getting-started/understanding-billing': 'autocalls-ai',
      'https://www.bolti.co.in/': 'bolti',
      'http://pamba.app/api': 'pamba-app',
      'https://chatsupportbot.com/': 'chatsupportbot',
      'https://getembellish.com/': 'embellish-email',
      'https://laburen.com/': 'laburen',
      'https://charmloop.ai/': 'charmloop',
    });
  });

  it('leaves general sites, namesakes, explainers, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...NAMESAKES,
      ...NEWS_AND_EXPLAINERS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
    ]);
  });
});
