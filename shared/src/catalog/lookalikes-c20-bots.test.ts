// Traps beside the rows the twentieth session's bots pass added (data/long-tail-c20-bots.ts): the ordinary sites next
// to each kind of AI chatbot builder and AI receptionist (messaging apps, website builders and stores, telephony and
// PBX providers, booking, CRM and practice software), the parents of the two claimed subdomains, the shared-platform
// copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
//
// gptchatbot.it dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20BotsTools } from './data/long-tail-c20-bots';

const GENERAL_SITES = [
  'https://www.whatsapp.com/business', // the messaging app, beside the WhatsApp AI reply bots
  'https://www.instagram.com/', // the social network, beside the Instagram DM bots
  'https://www.messenger.com/', // the messaging app, beside the Messenger chatbot
  'https://wordpress.org/plugins/', // the plugin directory, beside the WordPress AI chatbots
  'https://www.shopify.com/', // a store builder, beside the website chat widgets
  'https://www.twilio.com/', // telephony APIs, beside the AI receptionists
  'https://www.ringcentral.com/', // business telephony, beside the AI phone agents
  'https://www.3cx.com/', // a PBX, beside AI4CALL
  'https://www.sipgate.de/', // German telephony, beside the German AI phone assistants
  'https://www.placetel.de/', // German telephony, beside the German AI phone assistants
  'https://www.calendly.com/', // scheduling, beside the booking receptionists
  'https://www.opentable.com/', // restaurant reservations, beside VoiceHub
  'https://www.servicetitan.com/', // trades software, beside Nbound and Better Call
  'https://www.clio.com/', // legal practice software, beside the intake receptionists
  'https://www.dentrix.com/', // dental practice software, beside empfang.online
  'https://www.hubspot.com/', // a CRM, beside the lead-capture bots
  'https://www.zendesk.com/', // a help desk, beside the support chat widgets
  'https://www.notion.so/', // a wiki, beside the knowledge-base bots
  'https://netfone.com.tr/', // the parent of AI Agent's claimed subdomain
  'https://www.netfone.com.tr/', // the parent of AI Agent's claimed subdomain
  'https://marcablanca.org/', // the parent of MBC Chatbots Platform's claimed subdomain
  'https://www.marcablanca.org/', // the parent of MBC Chatbots Platform's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://ai-receptionist-app--ai-receptionist-cb48a.us-central1.hosted.app/privacy', // a policy on a shared platform
  'https://reception-portal.pages.dev/privacy-policy.html', // a policy on a shared platform
  'https://helperagent.pages.dev/privacy.html', // a policy on a shared platform
  'https://shopgeist.vercel.app/privacy', // a policy on a shared platform
  'https://jiva-ten.vercel.app/privacy', // a policy on a shared platform
  'https://ai-product-finder.fly.dev/privacy', // a policy on a shared platform
  'https://ai-stylist-9c7in.ondigitalocean.app/privacy', // a policy on a shared platform
  'https://aibotkit.gitbook.io/documentation/channels-and-integrations/telegram.md', // docs on a shared platform
  'https://szl.wordpress.org/plugins/aspired-chatbot', // a plugin page on a shared platform
];

const LEFT_OUT = [
  'https://groath.ai/en/blog/ai-chatbot-for-real-estate', // seen only on its blog
  'https://dialpal.ai/blog/hipaa-ai-phone-system', // seen only on its blog
  'https://www.fono24.it/blog/gdpr-ai-telefonica', // seen only on its blog
  'https://frai.es/it/blog/cos-e-un-chatbot-whatsapp', // an agency's blog
  'https://myntailabs.com/work/hvac-ai-front-desk', // an agency's case study
  'https://botzy.app/terminos-uso', // terms that do not say AI
  'https://mobibot.nl/privacy', // a policy that does not say AI
  'https://moyahost.ai/nl/privacy-policy/', // a policy that does not say AI
  'https://replio.cc/privacy', // a rules-based auto-reply tool with optional AI
  'https://botxon.chat/data-deletion', // a page that does not say AI
  'https://frontwell.app/privacy', // a draft policy with placeholders
  'https://repliox.chat/privacy', // a pre-launch policy
  'https://webindexer.app/chat-privacy-policy', // a site's own chat feature
  'https://www.thoptec.com/chat', // a business's own chatbot
  'https://afterthoughtai.com/subprocessors', // an unclear product
  'https://staging.agents247.app/privacy', // a staging host
  'https://dev.govforms.au/privacy', // a development host
  'https://voicehub.tech/documentation/whitelabeling', // white-label docs that do not say AI
  'https://chateeze.com.au/privacy-policy', // a done-for-you bot service
  'https://bot101.app/sitemap.xml', // seen only at its sitemap address
];

const NAMESAKES = [
  'https://www.mysitegpt.com/', // beside MySiteGPT Assistant
  'https://www.chatwithyoursite.ai/', // beside Chat With Your Site
  'https://www.chatraj.ai/', // beside ChatRaj (chatraj.com)
  'https://www.chatlab.ai/', // beside ChatLab (chatlab.com)
  'https://www.williechat.nl/', // beside WillieChat
  'https://www.chatbotplatform.com/', // beside Chatbot Platform (chatbotplatform.io)
  'https://www.marcablanca.com/', // beside MBC Chatbots Platform
  'https://www.biel.com/', // beside Biel.ai
  'https://www.chatwize.com/', // beside Chatwize (chatwize.ai)
  'https://www.wpassistant.com/', // beside WP Assistant (wpassistant.ai)
  'https://www.wpsearch.com/', // beside AI Search (wp-search.ai)
  'https://www.wpaichatbot.net/', // beside Limb AI Chatbot (wpaichatbot.com)
  'https://www.instareply.com/', // beside InstaReplAI
  'https://www.gptmybiz.com/', // beside GPTMyBiz (gptmybiz.ai)
  'https://www.tracefy.com/', // beside Tracefy (tracefy.com.br)
  'https://www.whatsja.com.br/', // beside WhatsJá (whatsja.com)
  'https://www.vectorspace.com/', // beside Vectorspace (vectorspace.digital)
  'https://www.agentesvirtuales.com/', // beside Agentes Virtuales MX
  'https://www.pesan.ai/', // beside Pesan AI (pesan-ai.app)
  'https://www.netfone.com/', // beside AI Agent (Netfone)
  'https://www.bettercall.com/', // beside Better Call (bettercallapp.com)
  'https://www.receptionists.com/', // beside receptionists (receptionists.io)
  'https://www.aireception.com/', // beside AI Reception (aireception.biz)
  'https://www.nbound.com/', // beside Nbound (nbound.io)
  'https://www.receptify.com/', // beside Receptify (receptify.io)
  'https://www.hithere.com/', // beside Hi There AI
  'https://www.aussieai.com.au/', // beside Aussie AI Agency
  'https://www.smartcall.com/', // beside SmartCall AI (smartcalltech.com)
  'https://www.fonio.com/', // beside fonio (fonio.ai)
  'https://www.vokaro.com/', // beside Vokaro (vokaro.net)
  'https://www.empfang.de/', // beside empfang.online
  'https://www.voicehub.com/', // beside VoiceHub (voicehub-ai.com)
  'https://www.ai4call.it/', // beside AI4CALL (ai4call.com)
  'https://www.bookio.com/', // beside Bookio (bookio.ai)
  'https://www.hmsovereign.co.uk/', // beside HMS Sovereign (hmsovereign.com)
  'https://www.buildvoice.com/', // beside BuildVoiceAI
  'https://www.lyyli.com/', // beside Lyyli (lyyli.ai)
  'https://www.lanatrack.com.mx/', // beside Lana Track (lanatrack.com)
];

describe('twentieth-session bots traps', () => {
  it('adds 38 rows, each with one domain and no prefix', () => {
    expect(longTailC20BotsTools.length).toBe(38);
    expect(longTailC20BotsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20BotsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their docs subdomains', () => {
    expectEachClassifiedAs({
      'https://aiagent.netfone.com.tr/privacy': 'netfone-ai-agent',
      'https://bots.marcablanca.org/terms': 'mbc-chatbots-platform',
      'https://docs.chatbotplatform.io/bots': 'chatbot-platform-io',
      'https://docs.biel.ai/integrations/custom-gpt': 'biel-ai',
      'https://guide.chatwize.ai/api-usage-example-chatbot': 'chatwize',
      'https://docs.fonio.ai/Technisches/Aufzeichnung': 'fonio-ai',
      'https://doc.hmsovereign.com/docs/platform/whitelabel': 'hms-sovereign',
      'https://docs.buildvoiceai.com/docs/clients': 'buildvoiceai',
      'https://instareplai.com/ai-terms/': 'instareplai',
      'https://www.receptionists.io/privacy-policy': 'receptionists-io',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
