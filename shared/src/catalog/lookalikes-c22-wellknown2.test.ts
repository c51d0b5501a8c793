// Traps beside the rows the twenty-second session's second well-known pass added (data/long-tail-c22-wellknown2.ts):
// the ordinary sites next to each kind of AI tool it added (shops, Shopify and its help-desk apps, procurement and
// accounting software, blog platforms, image stock, OpenAI's GitHub organisation), the left-out hosts and pages the
// pass read (Tana, Google AI's overview site, drafts and pages without a product name, developers' sites, a help
// centre of a general product), shared-platform copies, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry, and the namesakes already listed keep theirs.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Wellknown2Tools } from './data/long-tail-c22-wellknown2';

const GENERAL_SITES = [
  'https://www.amazon.com/', // a shop, beside the AI shopping assistants
  'https://www.zalando.com/', // a fashion shop, beside Daydream
  'https://www.asos.com/', // a fashion shop, beside Daydream
  'https://www.pinterest.com/', // a visual discovery site, beside Daydream
  'https://www.shopify.com/', // the shop platform, beside Figu Chat
  'https://apps.shopify.com/', // Shopify's app store, beside Figu Chat
  'https://www.gorgias.com/', // a Shopify help desk, beside Figu Chat
  'https://www.coupa.com/', // procurement software, beside Kru.ai
  'https://quickbooks.intuit.com/', // accounting software, beside Kru.ai
  'https://wordpress.com/', // a blog platform, beside Hot Metal
  'https://ghost.org/', // a blog platform, beside Hot Metal
  'https://medium.com/', // a blog platform, beside Hot Metal
  'https://www.shutterstock.com/', // image stock, beside AI Figure Generator
  'https://github.com/openai', // OpenAI's GitHub organisation, beside the gpt-oss playground
];

const SHARED_PLATFORMS = [
  'https://daydaydress-web.pages.dev/privacy', // a try-on app's policy on a shared platform
  'https://carepathiq-marketing.pages.dev/blog/post-4', // a page on a shared platform
  'https://kruthakgpu.taile6ab4e.ts.net/privacy', // a policy on a Tailscale host
  'https://qwenlm.github.io/', // a model blog on a shared platform
  'https://lovable.app/', // the user-app host of an AI app builder
];

const LEFT_OUT = [
  'https://tana.inc/help/working-with-ai', // a notes tool with AI features, as earlier passes judged
  'https://tana.inc/learn/features/chat', // a notes tool with AI features, as earlier passes judged
  'https://tana.inc/docs/meeting-agent', // a notes tool with AI features, as earlier passes judged
  'https://ai.google/', // Google AI's overview site, unclaimed like cloud.google.com/ai
  'https://ai.google/responsibility/principles/', // Google AI's overview site, unclaimed like cloud.google.com/ai
  'https://doranchat.com/terms.html', // draft terms with a "[LEGAL ENTITY NAME]" placeholder
  'https://kulram.com/en/privacy/', // a pending policy
  'https://www.get-dream.ai/legal/privacy', // no product name on its page
  'https://roleplaying.zone/privacy', // no product or operator named
  'https://exp.daydreamers.app/privacy.html', // an experimental subdomain
  'https://www.obsoftsolutions.com/privacy-policy-dailywear', // an app's policy on its developer's site
  'https://help.creativeforce.io/en/articles/15089738-dreem-outfit-building', // an AI connector inside a general product
  'https://docs.altohealth.io/guides/decision-trees', // rule-based clinical pathways
  'https://figura.chat/terms-of-service', // terms that do not say AI
  'https://figg.life/terms', // a social platform
  'https://www.theresanaiforthat.com/', // an AI-tool directory, not an AI tool
];

const NAMESAKES = [
  'https://daydream.com/', // beside Daydream (daydream.ing)
  'https://www.daydream.com/', // beside Daydream (daydream.ing)
  'https://kru.com/', // beside Kru.ai (kru.ai)
  'https://www.figu.com/', // beside Figu Chat (figu.ai)
  'https://www.hotmetal.com/', // beside Hot Metal (hotmetalapp.com)
  'https://www.chatyshop.net/', // beside ChatyShop (chatyshop.com)
];

describe('twenty-second-session second well-known (wellknown2) traps', () => {
  it('adds 7 rows, each with one domain and no prefix', () => {
    expect(longTailC22Wellknown2Tools.length).toBe(7);
    expect(
      longTailC22Wellknown2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Wellknown2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, and keeps the listed namesakes on their own entries', () => {
    expectEachClassifiedAs({
      'https://gpt-oss.com/': 'gpt-oss-playground',
      'https://daydream.ing/legal/terms-of-service': 'daydream-shopping',
      'https://daydream.ing/legal/privacy-policy': 'daydream-shopping',
      'https://www.chatyshop.com/privacy': 'chatyshop',
      'https://kru.ai/kru-privacy/': 'kru-ai',
      'https://figu.ai/terms': 'figu-chat',
      'https://docs.hotmetalapp.com/writing/chat-panel': 'hot-metal',
      'https://aifiguregenerator.co/legal/terms-of-service': 'ai-figure-generator',
      'https://daydream.ai/': 'daydream-ai',
      'https://krut.ai/privacy': 'krut-ai',
      'https://help.openai.com/en/articles/11870455-openai-open-weight-models-gpt-oss': 'chatgpt',
      'https://ai.meta.com/llama/': 'llama',
      'https://playground.allenai.org/': 'ai2-playground',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
