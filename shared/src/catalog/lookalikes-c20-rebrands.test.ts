// Traps beside the rows the twentieth session's rebrands pass added (data/long-tail-c20-rebrands.ts): the ordinary
// sites next to each kind of AI tool it added (market news and charting, a messenger, a blogging platform, a
// professional network), the general company sites around its one URL prefix and around the renamed testing cloud it
// reported as an alias, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit
// close to the new entries. None of them may classify; every new host must reach its own entry. Renamed hosts left
// out only for want of a vendor page (jarvis.ai, trywingman.com, ag2.ai and the like) are not pinned here, so a later
// pass that finds the vendor's page can still add them.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20RebrandsTools } from './data/long-tail-c20-rebrands';

const GENERAL_SITES = [
  'https://www.morningstar.com/', // investment research, beside Investment Council and alphai
  'https://www.reuters.com/markets/', // market news, beside alphai's AI-curated news
  'https://www.tradingview.com/', // charting, beside alphai's embedded charts
  'https://www.whatsapp.com/', // a messenger, beside Gnius's WhatsApp assistant
  'https://wordpress.org/', // a blogging platform, beside SEO Vault AI's article rewriting
  'https://www.linkedin.com/', // a professional network, beside the AI headshot generator
  'https://mcdigital.jp/', // MC Digital's company site, the parent of the Tachyon prefix
  'https://www.mcdigital.jp/', // MC Digital's company site, the parent of the Tachyon prefix
  'https://mcdigital.jp/tachyon', // a sibling path that is not the generative-AI service
  'https://testmuai.com/', // TestMu AI (formerly LambdaTest), a general browser-testing cloud
  'https://www.testmuai.com/blog/spartans-summit-2026-recap', // its blog, read for the rename
  'https://www.lambdatest.com/', // the testing cloud's former host; only its KaneAI path is an AI tool
];

const SHARED_PLATFORMS = [
  'https://sites.google.com/view/aigirlfrnd/privacy', // a policy on a shared platform
  'https://noota-io.notion.site/Single-Assistant-Option-2ee4c13ba04980679dcedb39d6f87a25', // a page on a shared platform
  'https://pfcopy-site.pages.dev/help/managing-your-account', // a page on a shared platform
  'https://studyfetch.mintlify.dev/docs/support-pages/accountlogin-management', // a docs copy on a shared platform
  'https://sourcepack-tools.pages.dev/chatarchive/reviewer/', // a page on a shared platform
];

const LEFT_OUT = [
  'https://api.chatai.com/privacy_policy', // a policy that does not say AI
  'https://winclicks.io/privacy-policy', // a policy that does not say AI
  'https://advortexia.com/privacy-policy/', // a policy that does not say AI
  'https://www.profilemagic.ai/glossary', // a glossary that does not say the product uses AI
  'https://syscodein.com/data-policy.html', // a data policy about machine learning on news, not an AI tool page
  'https://www.openingbell.app/privacy', // a learning app that does not say AI
  'https://docs.dmeet.org/lets-get-started/ai-summary', // a meeting platform whose AI is one feature
  'https://support.revenue.io/hc/en-us/articles/34811117887131-Managing-the-Meeting-Assistant-during-a-live-Conversation', // a sales platform whose AI is one feature
  'https://disclosures.optionsai.com/terms-and-conditions', // a broker's analytical tools
  'https://docs.solverox.com/TSAIAgent/appstatusmasterswitch.html', // docs of a general app maker
  'https://docs.hilalsoftware.tools/docs/chatbot/overview/key-concepts/', // docs of a general software maker
  'https://generator.enchantstartup.com/terms', // an unclear product
  'https://dev.openalgo.ai/page/privacy-policy', // a development host with mixed branding
  'https://realignsinc.com/ai-privacy', // a company-wide AI policy
  'https://www.neumar.app/docs/billing/subscriptions', // billing docs an earlier pass also left out
  'https://files.hkhappymobile.com/chatq-ai/privacy/privacy-policy-en.html', // an app maker's file host
  'https://app.infer.studio/privacy', // OpenBell AI's policy, which does not say how AI is used
  'https://www.aljasmilaw.com/privacy-mobile.html', // a law firm's app with an AI feature
  'https://www.cramly.app/legals/privacy-ai', // an app whose AI is one feature
  'https://www.fryingjelly.com/account-old/', // an unclear product
  'https://dominatrixjung.com/privacy-policy-draft-early-stage-version/', // a draft policy of an early project
  'https://www.remova.org/blog/ai-writing-assistant-for-teams', // seen only on its blog
];

const NAMESAKES = [
  'https://www.investmentcouncil.com/', // beside Investment Council (investmentcouncil.io)
  'https://www.mindvisor.com/', // beside Mindvisors (mindvisors.com)
  'https://www.gnius.com/', // beside Gnius (gnius.ai)
  'https://www.goaichat.com/', // beside GO AI Chat (goaichats.com)
  'https://www.aix2.com/', // beside AIx2 (aix2.ai)
  'https://www.chatabot.com/', // beside Chatabot (chatabot.ai)
  'https://www.browserai.com/', // beside BrowserAI (chat-gpt-ia.com)
  'https://www.alphai.com/', // beside alphai (alphai.io)
  'https://www.seovault.com/', // beside SEO Vault AI (seovaultai.com)
  'https://www.headshotcreate.ai/', // beside HeadShotCreate (headshotcreate.com)
];

describe('twentieth-session rebrands traps', () => {
  it('adds 11 rows, each with one domain or one prefix', () => {
    expect(longTailC20RebrandsTools.length).toBe(11);
    expect(longTailC20RebrandsTools.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20RebrandsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite', () => {
    expectEachClassifiedAs({
      'https://www.investmentcouncil.io/privacy': 'investment-council',
      'https://www.mindvisors.com/privacy': 'mindvisors',
      'https://gnius.ai/privacy': 'gnius-ai',
      'https://goaichats.com/privacy': 'go-ai-chat',
      'https://aix2.ai/privacy': 'aix2',
      'https://mcdigital.jp/tachyon_genai/terms': 'tachyon-genai',
      'https://chatabot.ai/faq': 'chatabot-ai',
      'https://chat-gpt-ia.com/legal/terminos': 'browserai-chat-gpt-ia',
      'https://alphai.io/terms': 'alphai-io',
      'https://api.alphai.io/': 'alphai-io',
      'https://mcp.alphai.io/': 'alphai-io',
      'https://seovaultai.com/docs/rewrite-existing-articles-with-ai/': 'seo-vault-ai',
      'https://headshotcreate.com/glossary': 'headshotcreate',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
