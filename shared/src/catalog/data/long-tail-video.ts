// Long-tail tools: Video generation and editing.
// Names and hosts taken on CHECKED_2 from the permissively licensed lists in define.ts (LISTS); each
// row cites the exact list file it came from. Rows are ours; no list text was copied.
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed } from './define';

export const longTailVideoTools: Tool[] = defineTools('video', [
  { id: 'ai-video-creator', name: 'AI Video Creator', vendor: 'AI Video Creator', domains: ['aivideocreator.com'], source: listed('eudk') },
  { id: 'askvideo', name: 'AskVideo', vendor: 'AskVideo', domains: ['askvideo.ai'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'based-ai', name: 'Based AI', vendor: 'Based AI', domains: ['basedlabs.ai'], source: listed('mahseema') },
  { id: 'clipspeedai', name: 'ClipSpeedAI', vendor: 'ClipSpeedAI', domains: ['clipspeed.ai'], source: listed('eudk') },
  { id: 'clipwing', name: 'Clipwing', vendor: 'Clipwing', domains: ['clipwing.pro'], source: listed('filipecalegario') },
  { id: 'content-studio-ai', name: 'Content Studio AI', vendor: 'Content Studio AI', domains: ['contentstudioai.com'], source: listed('filipecalegario') },
  { id: 'deep-art-effects', name: 'Deep Art Effects', vendor: 'Deep Art Effects', domains: ['deeparteffects.com'], source: listed('eudk') },
  { id: 'framepack', name: 'FramePack', vendor: 'FramePack', domains: ['framepack.video'], source: listed('filipecalegario') },
  { id: 'glio', name: 'Glio', vendor: 'Glio', domains: ['glio.io'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'glitchai', name: 'GlitchAI', vendor: 'GlitchAI', domains: ['glitchai.com'], source: listed('eudk') },
  { id: 'heyvid', name: 'HeyVid', vendor: 'HeyVid', domains: ['heyvid.ai'], source: listed('eudk') },
  { id: 'infinity-ai', name: 'Infinity AI', vendor: 'Infinity AI', domains: ['infinity.ai'], source: listed('filipecalegario') },
  { id: 'keyla-ai', name: 'Keyla.AI', vendor: 'Keyla.AI', domains: ['keyla.ai'], source: listed('filipecalegario') },
  { id: 'maxvideoai', name: 'MaxVideoAI', vendor: 'MaxVideoAI', domains: ['maxvideoai.com'], source: listed('eudk') },
  { id: 'melies', name: 'Melies', vendor: 'Melies', domains: ['melies.co'], source: listed('filipecalegario') },
  { id: 'neural-frames', name: 'neural frames', vendor: 'neural frames', domains: ['neuralframes.com'], source: listed('filipecalegario') },
  { id: 'recast-studio', name: 'Recast Studio', vendor: 'Recast Studio', domains: ['recast.studio'], source: listed('filipecalegario') },
  { id: 'rephrase-ai', name: 'Rephrase.ai', vendor: 'Rephrase.ai', domains: ['rephrase.ai'], source: listed('eudk') },
  { id: 'rosebud-ai', name: 'Rosebud AI', vendor: 'Rosebud AI', domains: ['rosebud.ai'], source: listed('eudk') },
  { id: 'seedance', name: 'Seedance', vendor: 'ByteDance', domains: ['seed.bytedance.com'], source: listed('eudk') },
  { id: 'shortskit-ai', name: 'ShortsKit.ai', vendor: 'ShortsKit.ai', domains: ['shortskit.ai'], source: listed('eudk') },
  { id: 'shortvideogen', name: 'ShortVideoGen', vendor: 'ShortVideoGen', domains: ['shortgen.video'], source: listed('mahseema') },
  { id: 'sisif', name: 'Sisif', vendor: 'Sisif', domains: ['sisif.ai'], source: listed('mahseema') },
  { id: 'storyshort-ai', name: 'Storyshort.ai', vendor: 'Storyshort.ai', domains: ['storyshort.ai'], source: listed('mahseema', 'marketing.md') },
  { id: 'topview', name: 'TopView', vendor: 'TopView', domains: ['topview.ai'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'tubeprompter', name: 'TubePrompter', vendor: 'TubePrompter', domains: ['tubeprompter.com'], source: listed('eudk') },
  { id: 'twelve-labs', name: 'Twelve Labs', vendor: 'Twelve Labs', domains: ['twelvelabs.io'], source: listed('filipecalegario') },
  { id: 'ugcfast', name: 'UGCFast', vendor: 'UGCFast', domains: ['ugcfast.ai'], source: listed('eudk') },
  { id: 'uneeq-digital-humans', name: 'UneeQ Digital Humans', vendor: 'UneeQ', domains: ['digitalhumans.com'], source: listed('filipecalegario') },
  { id: 'video-background-remover', name: 'Video Background Remover', vendor: 'Video Background Remover', domains: ['videobackgroundremover.org'], source: listed('eudk') },
  { id: 'videogen', name: 'VideoGen', vendor: 'VideoGen', domains: ['videogen.io'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'viidx-ai', name: 'Viidx AI', vendor: 'Viidx AI', domains: ['viidx.com'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'viral-clips', name: 'Viral Clips', vendor: 'Viral Clips', domains: ['viralclips.video'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'wisecut', name: 'Wisecut', vendor: 'Wisecut', domains: ['wisecutvideo.com', 'wisecut.video'], source: listed('eudk') },
], { checked: CHECKED_2 });
