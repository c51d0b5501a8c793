// Traps beside the rows the twenty-fifth session's fourth customer-support pass added
// (data/long-tail-c25-support4.ts): the ordinary sites next to each kind of AI tool it added (messaging platforms,
// store platforms, help desks and telephony, company registers named in the terms read, hotel and clinic sites), the
// shared-platform copies, drafts and left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
// Dropped in the twenty-seventh session (newtopc): robylon.ai's general guide, once a lead, now classifies because
// robylon.ai is a row (long-tail-c27-newtopc.ts) read from its own product post.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25Support4Tools } from './data/long-tail-c25-support4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.whatsapp.com/', // the messaging platform AutoReply AI and RoboTalk run on
  'https://business.whatsapp.com/', // WhatsApp Business, beside the reply bots
  'https://telegram.org/', // the messenger, beside Telegram Bot App
  'https://core.telegram.org/bots', // Telegram's bot documentation, beside Telegram Bot App
  'https://www.shopify.com/', // the store platform ShopAssist, StoreClerk and noorflows plug into
  'https://www.razorpay.com/', // the payment provider named by AutoReply AI
  'https://www.twilio.com/', // telephony, beside the voice front desk
  'https://www.hetzner.com/', // the host named in ChatbotIQ's sub-processor list
  'https://find-and-update.company-information.service.gov.uk/', // the UK register, beside SimpledAId and Loyalleads
  'https://abr.business.gov.au/', // the Australian business register, beside inGenious AI and iTeri
  'https://www.handelsregister.de/', // the German register, beside ShopAssist and StoreClerk
  'https://or.justice.cz/', // the Czech register, beside Wingbot
  'https://www.zefix.ch/', // the Swiss register, beside SmartChatBot
  'https://www.mca.gov.in/', // the Indian company register, beside Infer Chatbot
  'https://www.booking.com/', // a hotel marketplace, beside ChatBook
  'https://www.opentable.com/', // restaurant bookings, met beside the restaurant phone agents
  'https://www.8returns.com/en/legal/ai-terms', // returns management, AI one feature
  'https://www.centralserver.com/chatbots-terms-of-use/', // a hosting company's own chatbots
  'https://support.jitbit.com/KB/View/64837668-ai-privacy-question', // a help desk with AI features
  'https://www.suptask.com/trust/ai-policy', // a Slack help desk with AI features
  'https://elysium.systems/service-desk/docs/settings/ai-configuration', // a service desk with AI features
  'https://docs.tickiti.com/topic/ai_assistant_staff_guide/', // a help desk with an AI reply assistant
  'https://atender.com/docs/knowledge/knowledge-base/use-ai-to-draft-an-article', // a help desk's knowledge-base editor
  'https://help.salesmessage.com/en/articles/14778039-ai-support-agent', // an SMS platform's agent feature
  'https://support.shippedsuite.com/content/enabling-ai-cx-agent-on-zendesk-support', // a shipping-protection suite
  'https://help.proposaly.io/hc/en-us/articles/36094354710429-Manage-AI-Bot-Knowledge-Base-articles', // proposal software
  'https://www.onwebchat.com/privacy.php?lang=en', // live chat with a GPT-4o bot as one feature
  'https://www.swingaroo.ca/blank', // missed-call texting that says it uses no AI
];

const SHARED_PLATFORMS = [
  'https://comet-toy-6c8.notion.site/Training-a2e98897eb594c3e90a32492acc2322f', // a chatbot's training guide on Notion
  'https://gaudy-copper-e0c.notion.site/Subprocessors-1358211ec9e080bda220d4ac4706b2ed', // ChattyAI's sub-processors
  'https://jiva-ten.vercel.app/privacy', // an Instagram automation's policy on a shared platform
  'https://lending-agent-docs.vercel.app/privacy/sub-processors/', // docs on a shared platform
  'https://aionloop.pages.dev/blog/building-voice-ai-agents-for-business', // HelloCalls' blog on a shared platform
  'https://openchat-landing.pages.dev/privacy.html', // a Telegram assistant's policy on a shared platform
  'https://adasite-main.pages.dev/blog/unpacking-ai-agent-pricing-resolution-based-vs-conversation-based-models', // a copy of a vendor blog
  'https://ideablueprint.pages.dev/blueprints/ai-customer-support-bot/', // a build blueprint on a shared platform
  'https://aigums.pages.dev/guides/ai-customer-support-guide-chatbots-agents-and-automation/', // a guide on a shared platform
  'https://aguidetocloud-plainai.pages.dev/ai-in-your-email.html', // a guide on a shared platform
  'https://intercom.help/bot-space/en/articles/13505726-ai-agent-outcomes', // a vendor's help centre on a shared help host
  'https://davinciai.canny.io/feature-requests', // a feature board on a shared host
];

const LEFT_OUT = [
  'https://verbalise.ai/ivy-ai-receptionist-terms-and-conditions', // "[your company address]"
  'https://emiri.io/en/terms', // an example street as the address
  'https://maxifyshops.com/merchant-terms-of-service/', // "[Your Jurisdiction]"
  'https://aichat.xxxx.website/es/terms-and-conditions', // a draft for lawyer review on an odd host
  'https://chatclient.ai/terms', // terms that do not say AI in the part read
  'https://aiboosters.co.uk/terms_of_service', // terms that do not say AI
  'https://www.fimblefits.com/refunds-cancellations/', // a chatbot refund page that does not say AI
  'https://chatwarden.com/refund-policy', // a credits refund page that does not say what the product does
  'https://www.replyrun.in/legal/meta-policy', // Instagram automation, not said to be AI
  'https://goseny.com/en/ajuda/limites-da-ia', // a customer-service platform, AI one feature
  'https://hotelary.ai/blog/ai-hotel-room-booking-whatsapp/', // a hotel platform, WhatsApp AI one module
  'https://docs.nextaibot.tech/chat-ai', // a messaging platform's chat-AI module
  'https://docs.fliqr.ai/integrations/openai/connect-openai-key', // docs for a product not named on the page
  'https://pivotpoint.biz/terms-of-services', // an agency's chatbot service agreement
  'https://ephratasolutions.com/faq-category/ai-receptionist-and-leadvault/page/3/', // an agency's FAQ
  'https://thinkbot.agency/blog/ai-powered-customer-service-solutions-agent-assist-triage', // an agency's blog
  'https://icerockdev.com/cases/projects/icerock-assistant-gpt', // an agency's case study
  'https://novasolutions.technology/ai-development/services/nlp/ai-chatbot-internal-business-processes.html', // an agency
  'https://www.liamsawyer.com/case-studies/ai-intake', // a personal case study
  'https://sentientarc.com/solutions/ai-agents-for-customer-support', // a solutions page of a consultancy
  'https://www.aiagentics.io/use-cases/customer-support', // a use-case essay
  'https://aitakesaxion.com/call-recording-disclosure', // a call-recording notice of an unclear service
  'https://www.embyr.ai/blog/2023/09/28/empowering-website-conversations', // a tutorial series
  'https://www.supportoasis.com/learn/auto-resolution', // a glossary entry (a lead)
  'https://chatsy.app/blog/complete-guide-building-ai-chatbots', // a general guide
  'https://gojumba.com/blog/what-are-the-limitations-of-ai-receptionists', // a general post (a lead)
  'https://octopusbuilds.com/blog/how-to-build-custom-ai-chatbot-for-customer-support', // a general guide
  'https://kryden.ai/community/what-counts-as-resolved-ai-support-ticket', // a forum thread
  'https://aipromptgear.com/use-cases/ai-agent-cost-per-resolution-for-support-teams/', // a general essay
  'https://bot101.app/sitemap.xml', // seen only at its sitemap address
];

const NAMESAKES = [
  'https://www.trolley.com/', // payouts, beside TrolleyChat (trolleychat.ai)
  'https://noorflows.com/', // the parent of the claimed agent.noorflows.com, not read
  'https://www.frontdesk.com/', // beside frontdesk.care, not read
  'https://www.simplechat.com/', // beside Simple Chat (simple-chat.com), not read
  'https://www.aissist.com/', // beside Aissist (aissist.io), not read
  'https://www.shopassist.com/', // beside ShopAssist (getshopassist.com), not read
  'https://www.storeclerk.com/', // beside StoreClerk (storeclerkai.com), not read
  'https://www.sitemind.com/', // beside Sitemind AI (sitemindai.app), not read
  'https://www.smartchatbot.com/', // beside SmartChatBot (smartchatbot.ch), not read
  'https://www.loyalleads.com/', // beside the Loyalleads chatbot (loyalleads.co.uk), not read
  'https://www.robotalk.com/', // beside RoboTalk (robotalk.me), not read
  'https://www.chatflow.com/', // beside Chat Flow (chat-flow.app), not read
];

describe('twenty-fifth-session fourth customer-support traps', () => {
  it('adds 26 rows, each with one domain and no prefix', () => {
    expect(longTailC25Support4Tools.length).toBe(26);
    expect(longTailC25Support4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('wingbot-ai')).toBe('europe');
    expect(catalogRegion('autoreply-ai-in')).toBe('india');
    expect(catalogRegion('iteri-ai')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25Support4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25Support4Tools));
    expectEachClassifiedAs({
      'http://chatbotiq.eu/subprocessors': 'chatbotiq-eu',
      'https://aichatforbusiness.com/help/help-understanding-credits-billing': 'ai-chat-for-business',
      'https://www.chatref.ai/': 'chatref-ai',
      'https://trolleychat.ai/': 'trolleychat',
      'https://hotelchatbook.com/': 'hotelchatbook',
      'https://www.ingenious.ai/': 'ingenious-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
