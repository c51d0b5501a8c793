// Look-alikes beside the hosts the twelfth-session fetch pass (fetch-f) took from
// AlonzoLeeeooo/awesome-text-to-image-studies, jianzhnie/awesome-text-to-video, Yutong-Zhou-cv/Awesome-Text-to-Image and hitcslj/Awesome-AIGC-3D (data/long-tail-c12-ff.ts): every new
// host classifies to its own entry; the review blogs, stock-photo and model makers' pages those lists name beside the
// products, and label-boundary look-alikes of the new hosts, stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_SITES_LISTED_BESIDE_AI = [
  'https://aiunpacking.com/review/runway/',
  'https://www.buildfastwithai.com/blogs/seedance-2-bytedance-ai-video-2026',
  'https://images.unsplash.com/photo-1',
  'https://cocodataset.org/',
  'https://laion.ai/',
  'https://www.manning.com/',
];

const LABEL_BOUNDARY = [
  'https://seedance.tv.example.com/',
  'https://vadoo.com/',
  'https://vadoo.tv.example.com/',
  'https://fastimage.com/',
  'https://nanoimage.com/',
  'https://gempix2.com/',
  'https://gempix.site/',
  'https://aiart-generator.com/',
  'https://art-generator.art/',
  'https://loremachine.com/',
  'https://sudo.com/',
  'https://pseudo.ai/',
  'https://www.volcengine.com/',
  'https://text2art.ai.example.com/',
  'https://computervisionart.com/pieces2021/aphantasia/',
  'https://towardsdatascience.com/how-i-built-an-ai-text-to-art-generator-a0c0f6d6f59f',
];

const EXPECTED: Record<string, string> = {
  'https://aiart-generator.art/': 'aiart-generator-art',
  'https://nanoimage.art/': 'nano-image-art',
  'https://www.nanoimage.art/pricing': 'nano-image-art',
  'https://fastimage.ai/': 'fast-image-ai',
  'https://gempix2.site/': 'gempix2',
  'https://www.seedance.tv/': 'seedance-tv',
  'https://vadoo.tv/': 'vadoo-ai',
  'https://app.vadoo.tv/': 'vadoo-ai',
  'https://seed.bytedance.com/en/seedance': 'seedance',
  'https://www.morphstudio.com/': 'morph-studio',
  'https://www.loremachine.world/login': 'lore-machine',
  'https://text2art.com/': 'text2art',
  'https://www.sudo.ai/': 'sudo-ai',
  'https://www.sudowrite.com/': 'sudowrite',
};

describe('look-alikes beside the twelfth-session fetch pass, image and video lists (fetch-f)', () => {
  it('finds every new host and page', () => {
    expectEachClassifiedAs(EXPECTED);
  });

  it('leaves general sites and label look-alikes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_LISTED_BESIDE_AI, ...LABEL_BOUNDARY]);
  });
});
