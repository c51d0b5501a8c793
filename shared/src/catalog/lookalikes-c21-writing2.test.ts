// Traps beside the rows the twenty-first session's second writing pass added (data/long-tail-c21-writing2.ts): the
// ordinary sites next to each kind of AI writing tool it added (LinkedIn and X, self-publishing and fiction sites,
// screenwriting software, poetry archives, wedding, church and property sites, consumer-advice and postal sites for
// letters, the Shopify app store, a German dictionary, Korean and Japanese portals and book sites, Google Docs), the
// parents of the claimed subdomains and path, the shared-platform copies and the left-out hosts the pass read, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC21Writing2Tools } from './data/long-tail-c21-writing2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.linkedin.com/', // the network, beside the AI LinkedIn ghostwriters
  'https://x.com/', // the network, beside the AI reply writer
  'https://kdp.amazon.com/', // self-publishing, beside the AI book generators
  'https://www.wattpad.com/', // a fiction platform, beside the AI novel tools
  'https://www.scribophile.com/', // a writers' critique site, beside the AI manuscript tools
  'https://www.finaldraft.com/', // screenwriting software, beside the AI screenplay tools
  'https://www.poetryfoundation.org/', // a poetry archive, beside the AI poem explainer
  'https://www.rekhta.org/', // an Urdu poetry archive, beside the AI shayari writer
  'https://www.theknot.com/', // a wedding site, beside the AI speech and vow writers
  'https://www.biblegateway.com/', // a Bible site, beside the AI sermon analyst
  'https://www.citizensadvice.org.uk/', // consumer advice, beside the AI letter writers
  'https://www.royalmail.com/', // the post, beside the AI letter writers
  'https://apps.shopify.com/', // the Shopify app store, beside the AI product-description apps
  'https://www.zillow.com/', // a property portal, beside the AI copy tools
  'https://www.duden.de/', // a German dictionary, beside the German AI proofreader
  'https://docs.google.com/', // Google Docs, beside the Korean AI document assistant
  'https://www.naver.com/', // a Korean portal, beside the Korean AI document assistant
  'https://bookmeter.com/', // a Japanese reading log, beside the AI reading-journal companion
  'https://www.aozora.gr.jp/', // a Japanese e-text library, beside the AI novel-writing app
  'https://allsignal.agency/', // the parent of Wordstead's claimed subdomain
  'https://www.allsignal.agency/', // the parent of Wordstead's claimed subdomain
  'https://banale.in/', // the parent of Shayari AI's claimed subdomain
  'https://www.banale.in/', // the parent of Shayari AI's claimed subdomain
  'https://cartpilot.dev/', // the parent of Vision AI Auto-Describer's claimed subdomain
  'https://pixlerlab-digital.com/', // the studio site around Describely AI's claimed path
  'https://www.pixlerlab-digital.com/', // the studio site around Describely AI's claimed path
  'https://www.pixlerlab-digital.com/privacy', // a sibling path outside Describely AI's claimed path
];

const SHARED_PLATFORMS = [
  'https://fineanmol.github.io/linkedin-ai-reply/privacy-policy.html', // a policy or page on a shared platform
  'https://novikapps-site.pages.dev/ai-product-description-agent/docs.html', // a policy or page on a shared platform
  'https://blog-ai-beta-eight.vercel.app/privacy', // a policy or page on a shared platform
  'https://r03ien.github.io/SummerizeWebpage/privacy.html', // a policy or page on a shared platform
  'https://obituarycraft.pages.dev/privacy', // a policy or page on a shared platform
  'https://ai-rewrite-free-two.vercel.app/', // a policy or page on a shared platform
  'https://speechpolish-site.pages.dev/en/privacy', // a policy or page on a shared platform
  'https://gptool4u-website.pages.dev/posts/new-rules-for-kindle-direct-publishing', // a policy or page on a shared platform
  'https://americaneditor.wordpress.com/tag/public-relations/', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://essayops.com/academic-integrity', // a page that does not say the product uses AI
  'https://screenplaystudio.fun/legal/copyright', // a page that does not say AI
  'https://www.revisiongrade.com/privacy-research-controls', // a page that does not say AI
  'https://www.redaai.com.br/correcao-enem', // AI only in the brand name on the page read
  'https://ottopen.app/privacy', // a manuscript workspace, AI one opt-in feature
  'https://www.betashelf.com/privacy', // a human beta-reader platform, AI one feature
  'https://thefamilymosaic.com/privacy?lang=en', // a family story archive, AI one feature
  'https://georankoptimizer.com/artificial-intelligence-policy/', // a WordPress plugin, AI one feature on the user's key
  'https://www.domaintechnik.at/agb-anhang-6.html', // a website builder's AI annex
  'https://erhardt-itservices.de/datenschutz', // an IT firm's site chat
  'https://www.restaurant-startup.app/generative-ai-terms', // a general app's AI terms
  'https://future-fit.work/ai-tools-datenschutz/', // a workshop toolkit page
  'https://codexo.dev/schreibly/legal/privacy', // a template policy with placeholders
  'https://lovewhatsay.app/privacy', // a draft early-release policy
  'https://dev-kf7x2m.sacraft.ai/terms', // a development host
  'https://marketing.manuscripts.ai/?p=6757', // a bare `?p=` page
  'https://ballotics.site/_softSpeak/privacy.html', // a phone-only app on a developer's site
  'https://power-asset.jp/privacy-policy-for-1click-ai-summary-extension', // an extension policy on a company site
  'https://ai.yourtinytale.com/20260525/how-it-works', // a subdomain whose parent and operator could not be read
  'https://churchai.online/church-staff-ai-guidelines', // a policy generator that does not say AI writes it
  'https://holodream.ai/blog/ai-beta-reader-feedback', // a general article on a blog
  'https://writeloom.app/knowledge/ai-for-authors/what-should-i-check-before-uploading-my-manuscript-to-an-ai-tool', // a general guide
  'https://blog.youbooks.com/amazon-kdp-rules-on-ai-content', // a general article on a blog
  'https://adventuresofbook.com/blog/is-ai-art-safe-for-kids', // a blog page that never names the product
  'https://hellodata.ai/blog/why-realtype.ai/', // a blog about another product
  'https://gohumanize.ai/uk/ethics-statement', // a same-named humanizer nothing ties to the listed GoHumanize
  'https://www.keyfred.com/privacy', // judged out by an earlier pass
  'https://taxpersoft.com/policy/terms.html', // judged out by earlier passes
];

const NAMESAKES = [
  'https://bookgenerator.com/', // beside Book Generator (bookgenerator.net)
  'https://www.authorai.com/', // beside Author AI (author-ai.app)
  'https://www.wordstead.com/', // beside Wordstead
  'https://www.genesiswriter.com/', // beside Genesis Writer (genesiswriter.ai)
  'https://www.yukiecho.jp/', // beside YukiAI NovelEcho (yukiecho.com)
  'https://www.myownchildbook.co.uk/', // beside MyOwnChildBook (myownchildbook.com)
  'https://www.littlestorybook.com/', // beside Little Storybook (littlestorybook.ai)
  'https://www.linkera.com/', // beside Linkera (linkera.ai)
  'https://www.posthub.com/', // beside PostHub (posthub.so)
  'https://www.linkeddraft.ai/', // beside LinkedDraft (linkeddraft.com)
  'https://www.communicate2win.net/', // beside Communicate to Win (communicate2win.com)
  'https://www.screenassist.com/', // beside ScreenAssist (screenassist.ai)
  'https://www.scriptstream.com/', // beside ScriptStream AI (aiscriptstream.com)
  'https://www.inyourwords.com/', // beside InYourWords.ai
  'https://www.vowcraft.com/', // beside VowCraftAI (vowcraftai.com)
  'https://www.sermonanalyst.ai/', // beside Sermon Analyst (sermonanalyst.com)
  'https://www.letterise.com/', // beside Letterise (letterise.co.uk)
  'https://www.onemoreletter.co/', // beside One More Letter (onemoreletter.com)
  'https://www.poetryexplainer.org/', // beside Poetry Explainer (poetryexplainer.com)
  'https://www.shayari.com/', // beside Shayari AI (shayari.banale.in)
  'https://www.tohuman.com/', // beside ToHuman (tohuman.io)
  'https://www.aigohuman.ai/', // beside AIgoHuman (aigohuman.com)
  'https://www.smartarticlebot.ai/', // beside SmartArticleBot (smartarticlebot.com)
  'https://www.serp.ai/', // beside serp.systems
  'https://www.describely.com/', // beside Describely AI (Pixlerlab Digital)
  'https://www.shopgpt.com/', // beside ShopGPT (shopgptpro.com)
  'https://www.cartpilot.com/', // beside Vision AI Auto-Describer (vabpd.cartpilot.dev)
  'https://www.whatimean.de/', // beside WhatImean (whatimean.com)
  'https://www.thinkhelper.com/', // beside ThinkHelper (thinkhelper.kr)
  'https://www.booktalk.com/', // beside BookTalk AI (booktalk-ai.com)
];

describe('twenty-first-session second writing traps', () => {
  it('adds 30 rows, each with one host or one path (LinkedDraft two hosts) and no API host', () => {
    expect(longTailC21Writing2Tools.length).toBe(30);
    expect(
      longTailC21Writing2Tools.every(
        (t) =>
          t.domains.length + t.urlPrefixes.length === (t.id === 'linkeddraft' ? 2 : 1) &&
          t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
    expect(longTailC21Writing2Tools.filter((t) => t.urlPrefixes.length === 1).map((t) => t.id)).toEqual([
      'describely-ai-pixlerlab',
    ]);
    expect(longTailC21Writing2Tools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(22);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21Writing2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs(sourceUrls(longTailC21Writing2Tools));
    expectEachClassifiedAs({
      'https://www.pixlerlab-digital.com/describely-ai/': 'describely-ai-pixlerlab',
      'https://wordstead.allsignal.agency/': 'wordstead',
      'https://shayari.banale.in/': 'shayari-ai-banale',
      'https://vabpd.cartpilot.dev/': 'vision-ai-auto-describer',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
