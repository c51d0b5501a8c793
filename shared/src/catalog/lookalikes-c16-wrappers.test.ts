// Traps beside the rows the sixteenth session's wrappers pass added (data/long-tail-c16-wrappers.ts): AI generation
// and chat sites named after a model they do not own. The model makers' own hosts must keep their own entries; the
// general site beside the one URL prefix, the parents of the subdomains claimed, the models' repositories on shared
// platforms, and sites that share a name with a model or a row (or use it for something that is not an AI tool) must
// stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16WrappersTools } from './data/long-tail-c16-wrappers';

const GENERAL_SITES = [
  'https://coinis.com/', // advertising network; only its AI model API pages are claimed
  'https://coinis.com/modelsx', // a prefix matches whole path segments only
  'https://photonmark.com/', // the parent of PhotonMark Veo's subdomain
  'https://www.photonmark.com/',
  'https://grok4.app/', // the parent of the Grok 4 chat subdomain
  'https://marswave.ai/', // ListenHub's maker; only its API host is claimed beside listenhub.ai
];

const SHARED_PLATFORMS = [
  'https://github.com/deepseek-ai/DeepSeek-V3', // the models' own repositories
  'https://github.com/Wan-Video/Wan2.2',
  'https://github.com/QwenLM/Qwen-Image',
  'https://flux2-6nl.pages.dev/terms-of-service', // wrapper pages on shared hosting, left out
  'https://playsora.vercel.app/terms',
  'https://sora2ai.zeabur.app/refund',
];

const NOT_AI_TOOLS = [
  'https://www.sorainvite.org/', // sells Sora invitation codes; generates nothing
  'https://qwen.co.com/', // a static reference site about Qwen
  'https://deepseekmodel1.org/', // visualisations of DeepSeek's papers
  'https://x-grok.net/', // a crypto token named after Grok
  'https://wananimate.app/', // educational pages about Wan Animate
];

const NAMESAKES = [
  'https://www.veo.co/', // Veo, the sports camera, beside the Veo 3 sites
  'https://www.ghibli.jp/', // Studio Ghibli itself, beside the Ghibli-style generators
  'https://www.bananarepublic.com/', // beside the Nano Banana sites
  'https://banana.com/',
  'https://www.flux.ai/', // beside the Flux Kontext sites
  'https://www.kino.de/', // a film guide, beside KINO
  'https://www.kling.com/',
];

describe('sixteenth-session wrappers traps', () => {
  it('adds 112 one-domain rows (one with an API host), one two-domain row and one prefix row', () => {
    expect(longTailC16WrappersTools.length).toBe(114);
    const prefixRows = longTailC16WrappersTools.filter((t) => t.urlPrefixes.length > 0);
    expect(prefixRows.map((t) => t.id)).toEqual(['coinis-models']);
    const domainRows = longTailC16WrappersTools.filter((t) => t.domains.length > 0);
    expect(domainRows.length).toBe(113);
    expect(domainRows.filter((t) => t.domains.length === 1).length).toBe(112);
  });

  it('classifies every new host and prefix to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16WrappersTools), { api: true });
  });

  it('classifies pages on the new hosts, and keeps the model makers on their own entries', () => {
    expectEachClassifiedAs(
      {
        'https://www.nano-banana.ai/terms-of-service': 'nano-banana-ai-dashed',
        'https://geminiphoto.ai/docs/pricing-and-subscription/billing-faq': 'geminiphoto-ai',
        'https://www.infinitetalkai.org/refund': 'infinitetalkai-org',
        'https://vowo.ai/refund-policy': 'veo-3-video-generator',
        'https://coinis.com/models/openai/sora-2': 'coinis-models',
        'https://docs.sunoapi.com/ai-music-api-credits-usage-guide': 'sunoapi-com',
        'https://blog.laozhang.ai/ru/posts/nano-banana-pro-api-guide': 'laozhang-ai',
        'https://api.marswave.ai/openapi/v1/video-generation/generate': 'listenhub',
        'https://gemini.google.com/app': 'gemini',
        'https://openai.com/': 'chatgpt',
        'https://sora.chatgpt.com/': 'sora',
        'https://klingai.com/': 'kling',
        'https://hailuoai.video/': 'hailuo',
        'https://chat.deepseek.com/': 'deepseek',
        'https://grok.com/': 'grok',
        'https://chat.qwen.ai/': 'qwen',
        'https://suno.com/': 'suno',
        'https://bfl.ai/': 'black-forest-labs',
        'https://wan.video/': 'wan-video',
        'https://www.seedance.ai/': 'seedance-ai',
        'https://nanobanana.com/': 'nano-banana-ai-site',
        'https://gempix2.site/': 'gempix2',
        'https://thesorawatermarkremover.com/': 'sora-watermark-remover',
      },
      { api: true },
    );
  });

  it('leaves general sites, shared platforms, non-AI sites and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NOT_AI_TOOLS, ...NAMESAKES]);
  });
});
