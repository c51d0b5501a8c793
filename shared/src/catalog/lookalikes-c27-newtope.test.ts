// Traps beside the rows the twenty-seventh session's newtop pass `newtope` added (data/long-tail-c27-newtope.ts): the
// ordinary sites next to an AI photo generator (stock-photo libraries) and an AI cloud (GPU makers, server vendors,
// the supercomputer list), the namesakes and shared-platform copies the searches met, and the chunk's hosts triaged
// by name as gambling, "AI trading" sign-up pages or general businesses. None of them may classify; every new host
// must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27NewtopeTools } from './data/long-tail-c27-newtope';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.shutterstock.com/', // a stock-photo library, beside PhotoGPT AI
  'https://unsplash.com/', // a free photo library, beside PhotoGPT AI
  'https://www.pexels.com/', // a free photo library, beside PhotoGPT AI
  'https://www.nvidia.com/', // the GPU maker, beside HPC-AI Tech's cloud
  'https://www.supermicro.com/', // a server vendor, beside HPC-AI Tech's cloud
  'https://www.top500.org/', // the supercomputer list, beside HPC-AI Tech's cloud
  'https://www.agrippa.investments/p/ai-hpc', // an investment newsletter's note on AI and HPC, met in the searches
  'https://www.envisioning.com/vocab/hpc-high-performance-compute', // a glossary entry on HPC, met in the searches
];

const SHARED_PLATFORMS = [
  'https://zerobillion.notion.site/imageGPT-206353ad8845808e9267c02c41c4e473', // an AI photo editor's policy on a shared platform
  'https://lexara.pages.dev/', // a legal-AI demo on a shared platform, met beside lexygpt.com
];

const NAMESAKES = [
  'https://gemexp.net/pages/term-of-service', // GemX, a Shopify A/B-testing app, beside gemx-ai.com
  'https://www.gemx.app/about/tos/', // GEMxAPP, a social app, beside gemx-ai.com
  'https://zillaf-sv.com/policy.html', // a messenger, beside zillagpt.com
];

const TRIAGED_BY_NAME = [
  'https://agptek.com/', // an electronics brand
  'https://gptelecomprovedor.net.br/', // an internet provider
  'https://gptoys.gr/', // a toy shop
  'https://thegptnews.com/', // a news site
  'https://chatgptruinedmylife.com/', // a blog
  'https://dagotogel-ai.com/', // gambling
  'https://istana777-ai.org/', // gambling
  'https://mandala77gpt.com/', // gambling
  'https://ufagpt.win/', // gambling
  'https://quantum-ai.fr/', // an "AI trading" sign-up page
  'https://trading-gpt-system.com/', // an "AI trading" sign-up page
  'https://veltrion-ai-system.com/', // an "AI trading" sign-up page
  'https://ai-chain-trader.com/', // an "AI trading" sign-up page
];

describe('twenty-seventh-session newtope traps', () => {
  it('adds 2 rows, each with one domain and no prefix, in their regions', () => {
    expect(longTailC27NewtopeTools.length).toBe(2);
    expect(longTailC27NewtopeTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('photogpt-ai')).toBe('global');
    expect(catalogRegion('hpc-ai-cloud')).toBe('southeast-asia');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27NewtopeTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27NewtopeTools));
    expectEachClassifiedAs({
      'https://www.photogptai.com/': 'photogpt-ai',
      'https://platform.photogptai.com/docs/api-reference': 'photogpt-ai',
      'https://www.hpc-ai.com/': 'hpc-ai-cloud',
    });
  });

  it('leaves general sites, shared platforms, namesakes and triaged hosts unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES, ...TRIAGED_BY_NAME]);
  });
});
