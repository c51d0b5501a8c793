// Traps beside the rows the eighteenth session's customer-support pass added (data/long-tail-c18-support.ts): the
// help desks, CRMs, messaging platforms and stores next to each kind of AI support tool, the parents of the claimed
// subdomains, the shared-platform copies, the staging hosts and the left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18SupportTools } from './data/long-tail-c18-support';

const GENERAL_SITES = [
  'https://www.zendesk.com/', // a help desk with AI add-ons, beside the AI support agents
  'https://support.zendesk.com/hc/en-us/articles/6059285322522-Overview-of-OpenAI-within-Zendesk-Services', // its AI feature notes
  'https://docs.gorgias.com/en-US/how-gorgias-ai-agent-works-1997817', // an e-commerce help desk's AI agent, left out
  'https://www.hubspot.com/', // a CRM whose service hub has an AI chatbot, left out
  'https://www.intercom.com/', // the messenger and help desk behind Fin, whose entry is fin.ai
  'https://support.freshdesk.com/support/solutions/articles/50000002338-introduction-to-email-ai-agent', // Freshdesk's email AI agent, left out
  'https://www.whatsapp.com/business/', // the messaging channel the WhatsApp bots run on
  'https://discord.com/', // the chat platform the Discord support bots run on
  'https://wordpress.org/plugins/', // the plugin directory, beside the WordPress AI chatbot
  'https://www.shopify.com/', // the store platform, beside the Shopify support agents
  'https://respond.io/', // an omnichannel inbox with AI features, left out by the sixteenth session
  'https://support.jitbit.com/KB/View/64837668-ai-privacy-question', // a help desk with optional AI replies, left out
  'https://docs.tickiti.com/topic/ai_assistant_staff_guide/', // a help desk with a Draft with AI button, left out
  'https://www.suptask.com/trust/ai-policy', // a Slack ticketing tool with AI features, left out
  'https://www.sdesk.app/help/how-ai-assist-works', // a Shopify help desk with an AI copilot, left out
  'https://www.bureau24.fr/conditions-commerciales-générales-traitement-des-chats', // a phone-answering firm's chat add-on
  'https://ebuero.de/agb-chat-bearbeitung', // the same firm's German chat add-on terms
  'https://botsailor.com/policy/reseller', // a WhatsApp chatbot builder's reseller terms, AI only one integration
  'https://dasgroupllc.com/', // parent of the claimed resolveai-zendesk.dasgroupllc.com
  'https://polenest.com/', // parent of the claimed reply.polenest.com
  'https://omnibots.ai/', // parent of the claimed assist.omnibots.ai
];

const SHARED_PLATFORMS = [
  'https://echosage.vercel.app/help-center/features/knowledge-management', // a chatbot builder's help centre on vercel.app
  'https://getaillm.vercel.app/terms', // an AI-visibility tool on vercel.app
  'https://thankyou-autosolve-gpt-zendesk.pages.dev/terms', // a Zendesk auto-solve app on pages.dev
  'https://askvault-docs.pages.dev/trust/ai-safety/', // a support bot's docs on pages.dev
  'https://breakground-docs.pages.dev/docs/dashboard-guide/chat-widget/chat-widget-overview', // a widget's docs copy on pages.dev
  'https://gosqo-site.pages.dev/resources/privacy-policy', // a Shopify assistant's policy on pages.dev
  'https://gaudy-copper-e0c.notion.site/Subprocessors-1358211ec9e080bda220d4ac4706b2ed', // ChattyAI's subprocessors on notion.site
  'https://policy-lineai.web.app/terms', // a LINE AI bot's terms on web.app
];

const LEFT_OUT = [
  'https://chatbot.eyratech.com/company/terms-of-service', // terms still reading "[COMPANY NAME]"
  'https://velarapex.com/privacy.html', // a policy still reading "[Company Name]"
  'https://avantbit.de/agb', // terms with a placeholder "Musterstraße 123" address
  'https://terms.aichatservices.co', // a done-for-you setup service hosted on Chatbase
  'https://www.targetfirst.com/cgu-ia', // an integrator, left out by the seventeenth session
  'https://public.staging.botweaver.fr/politique-de-confidentialite', // a staging host
  'https://welo-dev.mundt-it.de/agb', // a development host
  'https://staging.tinfiz.com/docs/ai/knowledge-base', // a staging host
  'https://hivelink.info/terms', // an internal corporate chatbot's terms, product unclear
  'https://backend.chat/legal/subprocessors', // a subprocessor list that does not show the product is AI
  'https://gptagent.ai/privacy-policy', // a generic chatbot policy whose name clashes with `gptagent`
  'https://www.thoptec.com/chat', // one company's own website bot
  'https://helmsly.io/blog/ai-for-customer-service', // a blog post, not the product's terms or docs
  // mailon.ai became a row in the aliases pass, which found its own terms
  'https://www.tuneaibot.com/?p=343', // a ?p= page
  'https://www.pluginforthat.com/plugin/aspired-chatbot', // a plugin directory
];

const NAMESAKES = [
  'https://www.botsupport.com/', // beside BotSupport.ai
  'https://www.resply.com/', // beside Resply
  'https://www.apoyo.com/', // beside Apoyo (heyapoyo.com)
  'https://www.airmailer.com/', // beside Airmailer
  'https://www.snapit.com/', // beside SnapIT Agent
  'https://www.billy.com/', // beside Billy (billy.chat)
  'https://www.mindchat.com/', // beside MindChat
  'https://www.ridge.com/', // beside RidgeHQ
  'https://www.protodesk.com/', // beside Protodesk
  'https://www.chatboots.net/', // beside Chatboots
  'https://www.leadiosa.io/', // beside Leadiosa
];

describe('eighteenth-session customer-support traps', () => {
  it('adds 40 rows, each with one domain and no prefix', () => {
    expect(longTailC18SupportTools.length).toBe(40);
    expect(longTailC18SupportTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18SupportTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://api.chatboz.com/api/v1/terms-of-use': 'chatboz',
      'https://docs.usezuhile.com/platform/ai-agent': 'zuhile',
      'https://docs.resply.io/ai/how-it-works': 'resply',
      'https://docs.heyapoyo.com/knowledge-base': 'apoyo-heyapoyo',
      'https://docs.totebot.ai/dashboard/help-desk': 'totebot',
      'https://docs.7en.ai/docs/build-your-agent/escalation': '7en-ai',
      'https://docs.assist.omnibots.ai/agent/suggestions': 'omnibots-agent-assist',
      'https://resolveai-zendesk.dasgroupllc.com/privacy': 'resolveai-zendesk-das',
      'https://reply.polenest.com/privacy': 'replyguru',
      'https://app.actdeskai.com/privacy': 'actdesk-ai',
      'https://docs.ultimo-bots.com/getting-started/how-it-works': 'ultimo-bots',
      'https://docs.ecosysteme.ai/fr/articles/11675879-respect-de-la-vie-privee-donnees-personnelles':
        'ecosysteme-ai',
      'https://www.airmailer.app/docs/ai-agent/overview': 'airmailer',
      'https://atiendeia.com/ai-disclaimer': 'atiendeia',
      'https://whatssale.online/terms': 'whatsapp-ai-sales',
      'https://www.shukatsu.ai/terms': 'shukatsu-soudan-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
