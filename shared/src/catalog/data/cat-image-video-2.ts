// Lip-sync, avatar and AI video-personalisation tools, photo-retouching and upscaling models, game-asset
// ideation, a writing assistant and support and document-agent platforms, found in a last pass over the
// categories of issue 15. Each row cites the vendor's own pricing or platform page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C12 } from './define';

export const catImageVideoTools2: Tool[] = defineTools(
  'video',
  [
    { id: 'cliptalk', name: 'ClipTalk', vendor: 'ClipTalk', domains: ['cliptalk.pro'], source: 'https://cliptalk.pro/pricing', checked: CHECKED_3 },
    { id: 'deepreel', name: 'Deepreel', vendor: 'Deepreel', domains: ['deepreel.com'], source: 'https://www.deepreel.com/pricing', checked: CHECKED_3 },
    { id: 'lipdub-ai', name: 'LipDub AI', vendor: 'LipDub AI', domains: ['lipdub.ai'], source: 'https://lipdub.readme.io/reference/selective-dubbing', checked: CHECKED_3 }, // LipDub's own API reference (on its readme.io docs), stored copy read: AI lip-dubbing of video shots through api.lipdub.ai, under the row's host
    { id: 'personate-ai', name: 'Personate', vendor: 'Personate AI', domains: ['personate.ai'], source: 'https://www.personate.ai/pricing', checked: CHECKED_3 },
    { id: 'puppetry', name: 'Puppetry', vendor: 'Puppetry', domains: ['puppetry.com'], source: 'https://beta.puppetry.com/glossary', checked: CHECKED_3 }, // Puppetry's own AI video glossary, stored copy read: it turns a photo into a talking-head video with AI lip sync (LivePortrait and Wav2Lip) and 500+ AI voices, served from beta.puppetry.com (2026-12-05)
    { id: 'sync-so', name: 'sync.', vendor: 'Sync Labs', domains: ['sync.so', 'synclabs.so'], source: 'https://github.com/Rudrabha/Wav2Lip/blob/5c90fa9b4a2c2a37d0b4ebf7633ac41534eb9941/README.md', checked: CHECKED_3 },
    { id: 'evoto', name: 'Evoto', vendor: 'Evoto', category: 'image', domains: ['evoto.ai'], source: listed('stimqq'), checked: CHECKED_3 },
    { id: 'retouch4me', name: 'Retouch4me', vendor: 'Retouch4me', category: 'image', domains: ['retouch4me.com'], source: listed('stimqq'), checked: CHECKED_3 },
    { id: 'instatext', name: 'InstaText', vendor: 'InstaText', category: 'writing', domains: ['instatext.io'], source: 'https://instatext.io/pricing', checked: CHECKED_3 },
    { id: 'mava', name: 'Mava', vendor: 'Mava', category: 'agents', domains: ['mava.app'], source: 'https://www.mava.app/blog/what-permissions-do-you-need-to-grant-the-mava-discord-bot', checked: CHECKED_3 },
    { id: 'sema4-ai', name: 'Sema4.ai', vendor: 'Sema4.ai', category: 'agents', domains: ['sema4.ai'], source: listed('zijianni'), checked: CHECKED_3 },
    { id: 'instabase', name: 'Instabase AI Hub', vendor: 'Instabase', category: 'agents', domains: ['instabase.com'], source: 'https://github.com/instabase/instabase-sdk-py/blob/24b4fa0f12ef39b75e0bf4e3ca645d08c39a7da7/README.md', checked: CHECKED_3 },
    { id: 'avaturn', name: 'Avaturn', vendor: 'Avaturn', category: 'image', domains: ['avaturn.me'], source: 'https://github.com/avaturn/sdk-example/blob/8ceb850f4bee9b9407f5b6672a82f9ef1e185372/README.md', checked: CHECKED_3 },
    { id: 'ludo-ai', name: 'Ludo.ai', vendor: 'Ludo.ai', category: 'image', domains: ['ludo.ai'], source: listed('aliammari1'), checked: CHECKED_3 },
    { id: 'upscalepics', name: 'UpscalePics', vendor: 'UpscalePics', category: 'image', domains: ['upscalepics.com'], source: listed('rvelamen'), checked: CHECKED_3 }, // README and data.json at the pinned commit: Upscalepics, an online image upscaler, at upscalepics.com
    { id: 'aitubo', name: 'Aitubo', vendor: 'Aitubo', category: 'image', domains: ['aitubo.com'], source: 'https://aitubo.com/pricing/', checked: CHECKED_3 },
    { id: 'storykit', name: 'Storykit', vendor: 'Storykit', domains: ['storykit.io'], source: 'https://storykit.io/blog/how-to-write-better-video-scripts-with-the-help-of-content-data', checked: CHECKED_3 }, // Storykit's own blog, stored copy read (its VP Product on Slide Intentions in its video automation platform), on storykit.io (2026-12-05)
    { id: 'nova-ai-video', name: 'Nova A.I.', vendor: 'Nova A.I.', domains: ['wearenova.ai'], source: listed('whoisdsmith', 'AI-Bookmarks/AI-Tools-Cheatsheet/Video-Editor.md'), checked: CHECKED_C12 }, // Nova A.I. at wearenova.ai
    { id: 'gooey-ai', name: 'Gooey.AI', vendor: 'Gooey.AI', category: 'agents', domains: ['gooey.ai'], source: listed('stimqq'), checked: CHECKED_3 },
  ],
  { checked: CHECKED_3 },
);
