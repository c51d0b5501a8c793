// Fifth pass over the pinned lists (CHECKED_3): image, video and audio tools that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5MediaTools2: Tool[] = defineTools('image', [
  { id: 'glif', name: 'Glif', vendor: 'Glif', category: 'image', domains: ['glif.app'], source: listed('kostja94', 'INDEX.md') },
  { id: 'intangible', name: 'Intangible', vendor: 'Intangible', category: 'image', domains: ['intangible.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'backflip', name: 'Backflip', vendor: 'Backflip', category: 'image', domains: ['backflip.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'mosaic-video', name: 'Mosaic', vendor: 'Mosaic', category: 'video', domains: ['mosaic.so', 'usemosaic.ai'], source: listed('kostja94', 'INDEX.md') }, // usemosaic.ai: the same YC company (Mosaic, video-editing AI agents; Winter 2025.json gives mosaic.so) in listed('c13ayc', 'responses/W25.json'), CHECKED_C13
  { id: 'vyro', name: 'Vyro', vendor: 'Vyro', category: 'image', domains: ['vyro.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'boldvoice', name: 'BoldVoice', vendor: 'BoldVoice', category: 'audio', domains: ['boldvoice.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'molypix', name: 'MolyPix', vendor: 'MolyPix', category: 'image', domains: ['molypix.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'createbookai', name: 'CreateBookAI', vendor: 'CreateBookAI', category: 'image', domains: ['createbookai.com'], source: listed('kostja94', 'README-CN.md') },
  { id: 'bookbildr', name: 'BookBildr', vendor: 'BookBildr', category: 'image', domains: ['bookbildr.com'], source: listed('kostja94', 'README-CN.md') },
  { id: 'story-com', name: 'Story.com', vendor: 'Story.com', category: 'video', domains: ['story.com'], source: listed('kostja94', 'README-CN.md') },
  { id: 'anoki', name: 'Anoki', vendor: 'Anoki', category: 'video', domains: ['anoki.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'flora-ai', name: 'Flora', vendor: 'Flora', category: 'image', domains: ['florafauna.ai', 'flora.ai'], source: listed('kostja94') }, // flora.ai: FLORA's API docs on developer.flora.ai (https://developer.flora.ai/api/resources/techniques, generation runs and techniques on the FLORA canvas) are the same docs the vendor builds as florafauna-docs, whose project reference (https://florafauna-docs.pages.dev/reference/resources/projects/index.md) calls https://app.flora.ai/api/v1, CHECKED_C18
  { id: 'gencraft', name: 'Gencraft', vendor: 'Gencraft', category: 'image', domains: ['gencraft.com'], source: listed('kostja94') },
  { id: 'spellbrush', name: 'Spellbrush', vendor: 'Spellbrush', category: 'image', domains: ['spellbrush.com'], source: listed('kostja94') },
  { id: 'vmeg', name: 'VMEG', vendor: 'VMEG', category: 'video', domains: ['vmeg.pro', 'vmeg.ai'], source: listed('kostja94') }, // vmeg.ai (2026-12-06, imgvid, CHECKED_C16): VMEG's help centre on that host prices its AI video translation, lip sync, voice cloning and text to speech in credits, https://www.vmeg.ai/help-center/credit-pricing
  { id: 'capsule-video', name: 'Capsule', vendor: 'Capsule', category: 'video', domains: ['capsule.video'], source: listed('kostja94') },
  { id: 'pinscreen', name: 'Pinscreen', vendor: 'Pinscreen', category: 'video', domains: ['pinscreen.com'], source: listed('kostja94') },
  { id: 'in3d', name: 'In3D', vendor: 'In3D', category: 'image', domains: ['in3d.io'], source: listed('kostja94') },
  { id: 'blipcut-video-translator', name: 'BlipCut Video Translator', vendor: 'BlipCut', category: 'video', domains: ['videotranslator.blipcut.com'], source: listed('kostja94') },
  { id: 'wavel', name: 'Wavel', vendor: 'Wavel', category: 'audio', domains: ['wavel.ai'], source: listed('kostja94') },
  { id: 'rotor-videos', name: 'Rotor Videos', vendor: 'Rotor Videos', category: 'video', domains: ['rotorvideos.com'], source: listed('kostja94') },
  { id: 'skyreels', name: 'SkyReels', vendor: 'Skywork', category: 'video', domains: ['skyreels.ai'], source: listed('kostja94') },
  // acestudio.cn: the host listed('clawhome', 'README.en.md') gives for ACE Studio.
  { id: 'ace-studio', name: 'ACE Studio', vendor: 'ACE Studio', category: 'audio', domains: ['acestudio.ai', 'ace-studio.timedomain.cn', 'acestudio.cn'], source: listed('kostja94') }, // ace-studio.timedomain.cn: listed('rvelamen', 'data.json')
  { id: 'aimi', name: 'AiMi', vendor: 'Aimi', category: 'audio', domains: ['aimi.fm'], source: listed('kostja94') },
  { id: 'music-ai', name: 'Music.AI', vendor: 'Moises', category: 'audio', domains: ['music.ai'], source: listed('kostja94') },
  { id: 'dubbing-ai', name: 'Dubbing AI', vendor: 'Dubbing AI', category: 'audio', domains: ['dubbingai.io'], source: listed('kostja94') },
  { id: 'openai-fm', name: 'OpenAI.fm', vendor: 'OpenAI', category: 'audio', domains: ['openai.fm'], source: listed('kostja94') },
  { id: 'willow-voice', name: 'Willow Voice', vendor: 'Willow', category: 'audio', domains: ['willowvoice.com'], source: listed('kostja94') },
  { id: 'wombo', name: 'WOMBO', vendor: 'WOMBO', category: 'image', domains: ['wombo.ai', 'w.ai'], source: listed('kostja94') }, // w.ai: listed('lseuopen', 'Docs/Computer_Vision.md'), whose WOMBO row links www.w.ai
  { id: 'podwise', name: 'Podwise', vendor: 'Podwise', category: 'audio', domains: ['podwise.ai'], source: listed('kostja94') },
  { id: 'doji', name: 'Doji', vendor: 'Doji', category: 'image', domains: ['doji.com'], source: listed('kostja94') },
  { id: 'revery-ai', name: 'Revery AI', vendor: 'Revery AI', category: 'image', domains: ['revery.ai'], source: listed('kostja94') },
  { id: 'reccloud', name: 'RecCloud', vendor: 'Apowersoft', category: 'audio', domains: ['reccloud.com', 'reccloud.cn'], source: listed('kostja94') }, // reccloud.cn: listed('rvelamen', 'data.json') (RecCloud's Chinese name, 录咖)
], { checked: CHECKED_3 });
