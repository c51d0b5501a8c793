// Traps beside the twenty-seventh session's third rebrands pass (data/long-tail-c27-rebrands3.ts): the renamed host it
// adds to an existing entry (shuttleai.app to ShuttleAI) and the two hosts of its one row (Zylon, with PrivateGPT's
// docs host) must each reach their entry; the ordinary sites beside them (code and package hosts, pull requests,
// blogs and wikis on the renamed products), the shared-platform copies, the hosts left out
// for the merger or as unconfirmed renames, the news, naming and redirect pages the searches returned, and sites whose
// names sit close to the renamed products must not classify.
// Session 28 merge: hyperbolic.ai is no longer trapped. Hyperbolic's own Hugging Face page points to hyperbolic.ai and
// app.hyperbolic.ai, so the host is likely the vendor's; no page on it was read, so it is left as a lead, not listed.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Rebrands3Tools } from './data/long-tail-c27-rebrands3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://github.com/zylon-ai/private-gpt', // PrivateGPT's repository on a general code host
  'https://github.com/imartinez/privateGPT', // its earlier repository
  'https://pypi.org/project/openai/', // the SDK ShuttleAI's docs tell users to install
  'https://github.com/LibreChat-AI/librechat.ai/pull/119', // the pull request recording ShuttleAI's move
  'https://github.com/fmhy/edit/pull/5707', // the pull request naming Snapgen AI's move
  'https://blog.csdn.net/lovechris00/article/details/145066947', // a blog post on PrivateGPT
  'https://techloghub.com/open-source/privategpt-open-source-private-ai-chatbot-for-offline-document-analysis', // a blog
  'https://www.tianapi.com/article/254', // an API vendor's domain-change notice
  'https://developer.close.com/api/overview/changelog/2019/2/22', // a CRM's base-URL change note
  'https://docs.confirmo.net/docs/confirmo-domains', // a payment service's domain-migration page
  'https://docs.tryterra.co/help-center/help-topics/data-api-sdk/api-endpoints-errors-and-migrations/migrate-to-new-api-infrastructure', // an API migration note
  'https://tolinku.com/blog/domain-migration-deep-links/', // a deep-link vendor's migration guide
  'https://robotomail.com/blog/how-can-i-change-domain-name', // a mail vendor's domain-change guide
  'https://www.protocol.com/workplace/how-to-change-company-name', // news on company renames
  'https://9to5google.com/2023/11/07/google-bard-name/', // news on the Bard name
  'https://moneynewswatch.com/the-new-name-for-chatgpt', // news on chat.com
  'https://mattmazur.com/category/emergent-mind/page/2/', // the maker's personal blog, beside Emergent Mind
  'https://www.digitaltrends.com/mobile/this-ai-necklace-is-one-of-the-weirdest-wearables-ive-ever-seen/', // news on Friend
  'https://nysun.com/article/based-hardware-announces-yet-another-ai-pendant', // news on Omi
  'https://www.analyticsvidhya.com/blog/2022/02/weaviate-towards-the-new-era-of-vector-search-engines', // a blog on Weaviate
  'https://aiwiki.ai/wiki/pytorch_lightning/raw', // a wiki page on PyTorch Lightning
  'https://saturncloud.io/blog/getting-started-with-saturn-cloud-on-crusoe', // a data-science platform's post on Crusoe
  'https://www.binance.com/en/square/post/12731678927601', // an exchange's feed post on Hyperbolic
  'https://docs.cloud.google.com/gemini-enterprise-agent-platform/vertex-ai-name-changes', // a general cloud's rename table
];

const SHARED_PLATFORMS = [
  'https://infinitelexicon.pages.dev/REDIRECT', // a glossary on a shared platform
  'https://all-global-news.pages.dev/this-ai-powered-art-app-lets-you-paint-pictures-with-words', // news on a shared platform
  'https://queuestorm-nine.vercel.app/', // a demo on a shared platform
  'https://gen-ai-app-flame.vercel.app/privacy', // an app policy on a shared platform
  'https://omni-etk.pages.dev/privacy', // a video generator's policy on a shared platform
  'https://hypersave.pages.dev/terms', // a compute broker's draft terms on a shared platform
  'https://bitcointrader2022.blogspot.com/2024/10/a-deep-dive-into-ai-brand-names.html', // a blog on a shared platform
];

const LEFT_OUT = [
  'https://crusoecloud.com/', // Crusoe's product host: pinned unclaimed by lookalikes.test.ts (for the merger)
  'https://basedhardware.com/', // Omi's maker's host: no page on it read (for the merger)
  'https://learngpt.com/', // Emergent Mind's former name: current holder not read
  'https://snapgen.ai/', // Snapgen AI: only a pull request names the move
  'https://geminigen.ai/', // Snapgen AI's former host, likewise
  'https://phindai.org/', // said in an issue to be Phind's new home; reads as a lookalike
  'https://jane.ai/', // Capacity's former name: no vendor page on it
  'https://usespeak.com/', // Speak's former host: no vendor page on it
  'https://doublicat.com/', // Reface's former name: no vendor page on it
  'https://generallyintelligent.com/', // Imbue's former name: no vendor page on it
  'https://semi.technology/', // Weaviate's former company: no vendor page on it
  'https://pytorchlightning.ai/', // Lightning AI's former host: no vendor page on it
  'https://aisense.com/', // Otter.ai's company name: no vendor page on it
  'https://characterhub.org/', // Chub's former host: no vendor page on it
  'https://replicate.ai/', // Replicate's early host: no vendor page on it
  'https://verifai.ai/', // a 2020 rename, status unknown
  'https://inzone.ai/', // VerifAI's former name
  'https://thewebco.ai/', // Datalead AI's new name (left out before)
  'https://treasure.ai/', // Treasure Data's new name: a customer-data platform
  'https://www.treasuredata.com/', // its former host
];

const NAMESAKES = [
  'https://www.zylo.com/', // a SaaS-management company, beside Zylon
  'https://zyrabit.com/whitepaper', // another on-premise AI vendor, beside Zylon, not read as a row
  'https://privategpt.me/', // a chat that names no country (left out by the twenty-first session), beside PrivateGPT
  'https://www.shuttle.dev/', // a Rust hosting platform, beside ShuttleAI
  'https://shuttle.com/', // beside ShuttleAI
  'https://hyper.ai/fr/terms', // an AI news and compute site, beside Hyperbolic
  'https://www.hyperionlabs.xyz/terms-and-conditions', // digital-asset accounting, beside Hyperbolic
];

describe('twenty-seventh-session third rebrands traps', () => {
  it('adds one row claiming two hosts and no prefix, in the global region', () => {
    expect(longTailC27Rebrands3Tools.length).toBe(1);
    expect(longTailC27Rebrands3Tools[0]!.domains).toEqual(['zylon.ai', 'privategpt.dev']);
    expect(longTailC27Rebrands3Tools[0]!.urlPrefixes.length).toBe(0);
    expect(catalogRegion('zylon')).toBe('global');
    expect(catalogRegion('shuttleai')).toBe('global');
  });

  it('classifies every new host to its own entry, and the renamed host added to ShuttleAI to ShuttleAI', () => {
    expectEachClassifiedAs(
      {
        ...ownUrls(longTailC27Rebrands3Tools),
        'https://shuttleai.app/': 'shuttleai',
        'https://www.shuttleai.app/': 'shuttleai',
      },
      { api: true },
    );
  });

  it("classifies the cited page, the docs hosts and ShuttleAI's pages on both hosts", () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Rebrands3Tools));
    expectEachClassifiedAs({
      'https://docs.privategpt.dev/overview/welcome/introduction': 'zylon',
      'https://www.zylon.ai/': 'zylon',
      'https://docs.shuttleai.app/getting-started/making-requests': 'shuttleai',
      'https://shuttleai.com/': 'shuttleai',
      'https://docs.shuttleai.com/api-reference/introduction': 'shuttleai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
