// Traps beside the rows the nineteenth session's wrappers pass added (data/long-tail-c19-wrappers.ts): the ordinary
// sites next to single-model AI sites (stock photos, video hosting, the model makers' corporate homes), the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19WrappersTools } from './data/long-tail-c19-wrappers';

const GENERAL_SITES = [
  'https://www.shutterstock.com/', // stock photos, beside the Nano Banana, Seedream and GPT Image sites
  'https://www.pexels.com/', // free stock photos and clips, beside the image and video generators
  'https://vimeo.com/', // video hosting, beside the Veo, Seedance and Wan sites
  'https://www.bytedance.com/', // the corporate home of the Seedance and Seedream maker
  'https://www.kuaishou.com/', // the corporate home of the Kling maker
  'https://www.alibabagroup.com/', // the corporate home of the Wan and Qwen maker
  'https://www.tencent.com/', // the corporate home of the Hunyuan maker
];

const SHARED_PLATFORMS = [
  'https://playsora.vercel.app/terms', // a Sora 2 client on vercel.app
  'https://sora2api-pro.pages.dev/terms', // a Sora 2 API site on pages.dev
  'https://pkm-x9l.pages.dev/reference/minimax-security-privacy', // notes about MiniMax on pages.dev
  'https://somantix-ledger.pages.dev/posts/a-no-training-pledge-at-seedance2-ai-from-a-site-that-won-t-say-who-s-making-it', // a policy tracker on pages.dev
  'https://veo3ai-io-eq5.pages.dev/refund-policy', // a Veo site's refund page on pages.dev
  'https://clipjury.pages.dev/can-you-monetize/hailuo', // a monetisation checker on pages.dev
  'https://seedream-4oz.pages.dev/terms-conditions', // a Seedream site on pages.dev
  'https://flux2-6nl.pages.dev/terms-of-service', // flux-2.studio's terms on pages.dev
  'https://zimage2.pages.dev/en/privacy', // a Z-Image site on pages.dev
  'https://my-text2video-app.pages.dev/refund', // a Sora-named video app on pages.dev
  'https://apiin-one.pages.dev/model/hunyuan-image-3', // a copy of an API marketplace on pages.dev
  'https://voxelforge-1gt.pages.dev/hunyuan-3d.html', // a Hunyuan 3D article on pages.dev
  'https://limeng.mintlify.app/en/ali/text-to-image', // API docs on mintlify.app
  'https://midjourneyes.gitbook.io/product-docs/terminos-de-servicio', // a copy of Midjourney's terms on gitbook.io
  'https://visoth99.github.io/pages/myTestPage.html', // a student page about Midjourney on github.io
];

const LEFT_OUT = [
  'https://qwen3-next.org/terms.html', // terms that name Alibaba as the operator
  'https://www.sorainvite.org/da/legal/terms', // a retailer of Sora invite codes
  'https://seedance20.space/refund.html', // a reseller of Seedance accounts
  'https://www.veo3ai.co/refund-policy', // a refund page that never says the service uses AI
  'https://veo4.dev/te/terms-of-service', // terms that never say the service uses AI
  'https://ghibli.bitcoding.ai/terms-and-conditions.html', // a mobile-only app on its studio's subdomain
  'https://hk.hkhdtp.com/legal/aiportrait-ai-notice.html', // a mobile-only portrait app
  'https://portal.byteplus-demo.com/privacy', // a demo portal
  'https://docs.klingai2.org/kling-ai-terms-of-api-paid-service', // a copy of Kling's own API terms
  'https://deepseekmodel1.org/zh/terms', // a paper-visualisation site, not a chat
];

const NAMESAKES = [
  'https://www.veol.com/', // beside Veol (veol.ai)
  'https://www.magicboat.com/', // beside Magicboat AI (magicboat.net)
  'https://www.lumenfall.com/', // beside Lumenfall (lumenfall.ai)
  'https://www.seedence.com/', // beside seedence2.com
  'https://www.fluxproai.com/', // beside fluxproai.net
  'https://www.wanvideomaker.com/', // beside wanvideomaker.org
  'https://www.image-layered.com/', // beside image-layered.app
  'https://www.gptimagesprompt.net/', // beside gptimagesprompt.com
  'https://www.kimi-k2.com/', // beside kimi-k2.ai and kimi-k2.net
  'https://www.grokimagine.com/', // beside grokimagine.one
  'https://www.flux3ai.com/', // beside flux3ai.net
  'https://www.seedream6.com/', // beside seedream6.net
  'https://www.veo31ai.com/', // beside veo31ai.video
  'https://www.deepseek-v4.com/', // beside deepseek-v4.org
  'https://www.minimaxm2.com/', // beside minimaxm2.io and minimaxm2.site
];

describe('nineteenth-session wrappers traps', () => {
  it('adds 26 rows, each with one domain and no prefix', () => {
    expect(longTailC19WrappersTools.length).toBe(26);
    expect(longTailC19WrappersTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19WrappersTools), { api: true });
  });

  it('classifies the vendor pages the rows cite', () => {
    expectEachClassifiedAs({
      'https://www.veol.ai/privacy-policy': 'veol-ai',
      'https://seedence2.com/privacy-policy': 'seedence2',
      'https://lumenfall.ai/models/alibaba/qwen-image-edit/api': 'lumenfall-ai',
      'https://www.magicboat.net/home/agree/privacy.html': 'magicboat-ai',
      'https://kimi-k2.ai/terms-of-service': 'kimi-k2-ai',
      'https://www.deepseek-v4.org/tos': 'deepseek-v4-org',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
