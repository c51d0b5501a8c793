// A third batch for the weakest categories of issue 15: marketing tools for AI-search visibility, SEO writing,
// ad-creative analytics, carousel, logo and vector generators, animation, support analytics and browser agents.
// Each row cites the vendor's own pricing or product page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C10 } from './define';

export const catMarketingTools2: Tool[] = defineTools(
  'writing',
  [
    { id: 'athenahq', name: 'AthenaHQ', vendor: 'AthenaHQ', domains: ['athenahq.ai'], source: listed('estevecastells'), checked: CHECKED_3 },
    { id: 'profound-ai-visibility', name: 'Profound', vendor: 'Profound', domains: ['tryprofound.com'], source: listed('kostja94'), checked: CHECKED_3 },
    { id: 'rightblogger', name: 'RightBlogger', vendor: 'RightBlogger', domains: ['rightblogger.com'], source: 'https://rightblogger.com/blog/will-ai-replace-bloggers', checked: CHECKED_3 }, // RightBlogger's own blog, stored copy read (on AI content tools for bloggers), served from rightblogger.com
    { id: 'hunch-ads', name: 'Hunch', vendor: 'Hunch', category: 'image', domains: ['hunchads.com'], source: 'https://www.hunchads.com/pricing', checked: CHECKED_3 },
    { id: 'segwise', name: 'Segwise', vendor: 'Segwise', category: 'image', domains: ['segwise.ai'], source: 'https://segwise.ai/blog/understanding-creative-intelligence-examples-insights', checked: CHECKED_3 }, // Segwise's own blog, stored copy read: AI-driven creative intelligence for mobile-game ads, served from segwise.ai
    { id: 'superads', name: 'Superads', vendor: 'Superads', category: 'image', domains: ['superads.ai'], source: 'https://help.superads.ai/categories/getting-started/articles/what-are-superads-scores-and-how-they-work', checked: CHECKED_3 }, // Superads' own help centre, stored copy read: its ad-performance reporting and Superads Scores, on help.superads.ai (2026-12-05)
    { id: 'logo-diffusion', name: 'Logo Diffusion', vendor: 'Logo Diffusion', category: 'image', domains: ['logodiffusion.com'], source: listed('stimqq'), checked: CHECKED_3 },
    { id: 'svg-io', name: 'SVG.io', vendor: 'SVG.io', category: 'image', domains: ['svg.io'], source: 'https://svg.io/pricing', checked: CHECKED_3 },
    { id: 'cascadeur', name: 'Cascadeur', vendor: 'Nekki', category: 'video', domains: ['cascadeur.com'], source: 'https://cascadeur.com/help/getting_started/scenes', checked: CHECKED_3 },
    { id: 'lang-ai', name: 'Lang.ai', vendor: 'Lang.ai', category: 'agents', domains: ['lang.ai'], source: 'https://github.com/lang-ai/docs/blob/4dd4697540dec1299f1e862a32d6afe7b939d23d/source/index.html.md', checked: CHECKED_3 }, // Lang.ai's own API reference: "the first unsupervised AI for language understanding", at lang.ai with its console and API on lang.ai subdomains
    { id: 'notte', name: 'Notte', vendor: 'Notte', category: 'agents', domains: ['notte.cc'], source: 'https://github.com/nottelabs/notte/blob/caf891985c81e8728ce3836a4fd19442fe565eef/README.md', checked: CHECKED_3 },
    { id: 'magai', name: 'Magai', vendor: 'Magai', category: 'chat', domains: ['magai.co'], source: 'https://help.magai.co/en/articles/11560249-how-many-messages-can-i-send-with-my-subscription-plan', checked: CHECKED_3 }, // Magai's own help centre, stored copy read: chat with many AI models (GPT, Claude, Gemini, Llama) on one word balance, on help.magai.co (2026-12-05)
    { id: 'aicarousels', name: 'aiCarousels', vendor: 'aiCarousels', category: 'image', domains: ['aicarousels.com'], source: listed('tiorai', 'data/ai-tools.csv'), checked: CHECKED_3 },
    { id: 'postnitro', name: 'PostNitro', vendor: 'PostNitro', category: 'image', domains: ['postnitro.ai'], source: 'https://postnitro.ai/docs/embed/api/initiate/generate', checked: CHECKED_3 }, // PostNitro's own API docs, stored copy read: AI generation of social carousels (embed-api.postnitro.ai), served from postnitro.ai
    { id: 'roomsgpt', name: 'RoomsGPT', vendor: 'RoomsGPT', category: 'image', domains: ['roomsgpt.io'], source: 'https://www.roomsgpt.io/pricing', checked: CHECKED_3 },
    { id: 'tubeonai', name: 'TubeOnAI', vendor: 'TubeOnAI', domains: ['tubeonai.com'], source: 'https://help.tubeonai.com/en/article/auto-summarization-ma7ypu', checked: CHECKED_3 }, // TubeOnAI's own help centre, stored copy read: automatic AI summaries of new videos from subscribed channels, on help.tubeonai.com (2026-12-05)
    { id: 'writerzen', name: 'WriterZen', vendor: 'WriterZen', domains: ['writerzen.net'], source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 },
  ],
  { checked: CHECKED_3 },
);
