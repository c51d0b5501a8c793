// Traps beside the rows the twenty-third session's third customer-support pass added
// (data/long-tail-c23-support3.ts): the ordinary sites next to each kind of tool it added (help desks, messaging
// platforms, website builders and plugin directories, telephony, Discord and Telegram, rental and hotel software, a
// ticket-analytics neighbour), the parents of the claimed subdomains and the hosts the cited pages name but the pass did
// not claim, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
// Listed since: aptide.ai (Aptide, a generative-AI service for Norwegian municipalities) by the twenty-fourth session's Nordics pass; its privacy notice is no longer a trap.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC23Support3Tools } from './data/long-tail-c23-support3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.zendesk.com/', // a help desk, beside the ticket analytics and support agents
  'https://www.freshworks.com/freshdesk/', // a help desk, beside the AI support agents
  'https://www.helpscout.com/', // a help desk, beside the help-article writer
  'https://business.whatsapp.com/', // the WhatsApp Business platform, beside the WhatsApp AI replies
  'https://telegram.org/', // the messenger, beside the Telegram bot service
  'https://core.telegram.org/bots', // Telegram's bot platform, beside the Telegram bot service
  'https://discord.com/', // the chat platform, beside the Discord support bots
  'https://wordpress.org/plugins/', // the plugin directory, beside the WordPress chatbot plugins
  'https://woocommerce.com/', // the shop plugin, beside the WooCommerce chatbot plugin
  'https://www.wix.com/', // a website builder, beside the website chat agents
  'https://www.twilio.com/', // telephony APIs, beside the voice agents
  'https://www.hostaway.com/', // a rental PMS, beside the guest-reply drafting
  'https://www.airbnb.com/', // a rental marketplace, beside the guest-reply drafting
  'https://help.hospitable.com/en/articles/10977601-ai-auto-replies-for-guest-messages', // a PMS's AI feature, left out
  'https://stripe.com/', // a payment provider the policies name
  'https://supabase.com/', // a database provider the policies name
  'https://www.veltez.com/', // the parent of veltez AI's claimed subdomain
  'https://veltez.com/', // the parent of veltez AI's claimed subdomain
  'https://silkhorizon.uz/', // the parent of the claimed Telegram bot host
  'https://www.silkhorizon.uz/', // the parent of the claimed Telegram bot host
  'https://byvbd.com/', // BYV's other site, named in the policy but not claimed
  'https://apexweb.hu/', // Apex Chatbot's operator's web studio, not claimed
];

const SHARED_PLATFORMS = [
  'https://sensai-website.pages.dev/privacy.html', // a policy on a shared platform
  'https://voicecallingai-site.pages.dev/privacy', // a policy on a shared platform
  'https://praveg-production.pages.dev/dpdp.html', // a policy on a shared platform
  'https://agentbuildops-com.pages.dev/blog/privacy-first-ai-support-a-guide-for-operations-teams', // a shared platform
  'https://neuralconfig.pages.dev/privacy/strandcalls/', // a policy on a shared platform
  'https://helperagent.pages.dev/privacy.html', // a policy on a shared platform
  'https://yourgpt-website-nq2nsb92x-officialrohitjoshis-projects.vercel.app/blog/general/gaming-customer-support-ai-agent', // a shared platform
  'https://hckrnws.vercel.app/item/35388929', // a page on a shared platform
  'https://ai-receptionist-app--ai-receptionist-cb48a.us-central1.hosted.app/privacy', // a policy on a shared platform
  'https://supportprep-ai-git-4fvmhnrbna-ew.a.run.app/privacy', // a policy on a shared platform
  'https://bob-e-ai-docs.gitbook.io/resources/overview/pricing-and-plans/auto-billing', // docs on a shared platform
  'https://policy-lineai.web.app/terms', // terms on a shared platform
];

const LEFT_OUT = [
  'https://voiceops.net/privacy', // a draft policy with "[Company Name]"
  'https://repliox.chat/privacy', // a policy with a pre-launch note
  'https://docently.org/privacy.html', // a policy with "[DATE]"
  'https://researcher.center/legal/privacy', // a placeholder policy
  'https://www.ailaunch.co.uk/refund-policy', // a refund policy with "[Insert Contact Information]"
  'https://alteregobot.com/gdpr.php', // a policy with a "TODO" tax id
  'https://worldofselene.com/privacy-policy-2', // a policy with "[To be inserted]"
  'https://ueli-dev.com/en/legal/datenschutz', // beta legal texts that call themselves templates
  'https://agenized.com/data-processing-agreement', // a DPA whose privacy policy still has placeholders: a lead
  'https://www.isineva.com/?p=350', // a bare `?p=` page
  'https://haaba.hu/?p=621', // a bare `?p=` page
  'https://helppilot.xyz/privacy', // a policy that does not say AI in the excerpt read
  'https://www.guestreply.ai/privacy-policy', // a policy that says AI only in the brand name
  'https://fastsupportdesk.com/legal/privacy', // a policy that does not say AI
  'https://www.hoverbot.ai/trust-center/data-handling', // a trust page that does not say AI
  'https://supportontelegram.com/privacy/bot', // a bot policy that does not say AI
  'https://freigh.ai/product/tracking-agent', // a product page that says AI only in the brand name
  'https://docs.ticketcord.net/ai/translation', // a Discord ticket bot with AI features
  'https://nura24.com/docs/user-guide/ai-tools/language-translate', // a help desk's AI feature
  'https://tgsupportbot.com/privacy', // a Telegram support inbox with an optional ChatGPT integration
  'https://docs.scnx.xyz/de/docs/support-bot/ai-faq/messages-and-templates/', // a Discord bot platform's AI FAQ module
  'https://theymes.theymes.com/hc/en/guides/articles/using-collector-1', // a player-support help centre's GenAI feature
  'https://atender.com/docs/knowledge/knowledge-base/use-ai-to-draft-an-article', // a help desk's AI drafting feature
  'https://scheduling.studio/privacy-for-ai-voice', // a scheduling product's voice agent
  'https://www.datafirefly.com/en/documentation/agent-ia-service-client/', // a plugin shop's documentation page
  'https://raplsworks.com/rapls-ai-chatbot-free-manual-en', // a plugin maker's general site
  'https://www.thoptec.com/chat', // one business's own chatbot
  'https://www.generali.ch/it/note-legali/condizioni-utilizzo-chat', // an insurer's own chatbot
  'https://vizor.helpshift.com/hc/ru/5-klondike-adventures/faq/4057-how-does-the-ai-support-bot-work/?p=web', // one studio's bot
  'https://webindexer.app/chat-privacy-policy', // one site's own chat
  'https://bev.email/privacy', // a general email assistant
  'https://www.tapy.to/terms/ai-politikasi', // web analytics
  'https://chatric.ai/dpa', // a marketing data platform
  'https://www.aulinq.com/en/privacy', // an unclear assistant runtime
  'https://livesmart.video/knowledge-base/privacy-policy', // an inventory-search plugin
  'https://77aiagency.com/blog/ai-customer-service-quality-scoring', // an agency's blog
  'https://www.bevisibleonlinesolutions.com/coaching', // an agency
  'https://lisboasoftware.com.br/politica-privacidade', // a software house's WhatsApp robot, AI optional
  'https://ai-businessservices.com/privacy', // an agency
  'https://www.zyndra.ai/en/blog/gdpr-och-ai-kundservice-sa-valjer-svenska-foretag-en-saker-ai-plattform', // a guide only
  'https://www.akira-agent.com/blog/gdpr-safe-ai-agents-sweden-service-business-checklist', // a guide only
  'https://www.intochat.ai/en/blog/swiss-fadp-chatbot-compliance', // a guide only
  'https://supp.support/blog/support-quality-assurance-ai', // a guide only
  'https://www.skolbot.ai/en-US/blog/train-ai-chatbot-school-data', // a guide only: a lead
  'https://debales.ai/blog/ai-customer-support-for-logistics-the-operator-s-guide-to-automating-track-and-trace-exceptions', // a guide only
  'https://multimail.dev/industries/transportation-logistics', // an industry page
  'https://sitebot24.com/es/blog/rgpd-chatbot-proteccion-datos', // a guide only, as before
  'https://matrixgo.ai/como-implementar-agentes-whatsapp-em-conformidade-com-lgpd', // a guide only, as before
  'https://owlish.bot/blog/ai-customer-support-data-privacy.md', // a guide only
  'https://www.weixiaoduo.com/plugins/zh-hk/axiachat-ai', // a plugin mirror
  'https://www.pluginforthat.com/plugin/aspired-chatbot', // a plugin directory
  'https://dai.is.it/', // d-ai, read only on its home page: a lead
  'https://www.inarisolutions.tech/terms-and-conditions-custpilot-en', // CustPilot's terms for one client: a lead
];

const NAMESAKES = [
  'https://www.verlingo.de/', // beside Verlingo (verlingo.com)
  'https://www.byv.com/', // beside BYV Widget-Builder (docsqa.com)
  'https://www.docsqa.ai/', // beside BYV Widget-Builder (docsqa.com)
  'https://www.usedocs.com/', // beside usedocs.app
  'https://www.knowchat.com/', // beside KnowChat (knowchat.pro)
  'https://www.sitesupport.com/', // beside SiteSupport.ai
  'https://www.automatesupport.com/', // beside Automate Support (automatesupport.ai)
  'https://www.support.chat/', // beside Supports.chat
  'https://www.apexchatbot.ai/', // beside Apex Chatbot (apexchatbot.com)
  'https://www.chatdirect.com/', // beside ChatDirect (chatdirect.ca)
  'https://www.inboxweave.ai/', // beside InboxWeave (inboxweave.com)
  'https://www.ciseassist.ai/', // beside the Support AI Dashboard (ciseassist.com)
  'https://www.blueagent.com/', // beside BlueAgent (blueagent.co)
  'https://www.respondo.com/', // beside RespondoAI (respondoai.com)
  'https://www.livechatagent.com/', // beside Live Chat Agent (livechatagent.ai)
  'https://www.wpiko.net/', // beside WPiko Chatbot (wpiko.com)
  'https://www.ticketly.com/', // beside TicketlyAI (ticketlyai.com)
  'https://www.thothsupport.com/', // beside Thoth (thothsupport.dev)
  'https://www.andromeda.com/', // beside Andromeda Operations (andromedaoperations.com)
  'https://www.helpguide.org/', // beside HelpGuides (helpguides.app)
  'https://www.supportintel.com/', // beside Support Intelligence (supportintel.se)
  'https://www.dimora.com/', // beside Dimora AI (dimora.ai)
];

describe('twenty-third-session customer-support (support3) traps', () => {
  it('adds 23 rows, each with one domain and no prefix, four of them regional', () => {
    expect(longTailC23Support3Tools.length).toBe(23);
    expect(longTailC23Support3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC23Support3Tools.filter((t) => catalogRegion(t.id) !== 'global').length).toBe(4);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Support3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC23Support3Tools));
    expectEachClassifiedAs({
      'https://docs.thothsupport.dev/': 'thoth-support',
      'https://api.supports.chat/': 'supports-chat',
      'https://ai.veltez.com/': 'veltez-ai',
      'https://app.knowchat.pro/': 'knowchat-pro',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
