// Fourteenth session, lead pass continued (2026-12-06, issue 15): AI image, video, companion and assistant sites from
// ShadowWhisperer/BlockLists' AI list (RAW/AI, the Unlicense; pinned as `c14leadshadow`), which the listsmk helper
// measured first. Of its 97 hosts the catalog classified 53 (54.6%) before these rows. The list names hosts only, so a
// row is taken only where the host itself is a product's name (deepimg.ai, image2video.ai, zeemo.ai); the list's
// general sites (zapier.com, softr.app, replit.dev, hitpaw.com), Google's and Azure's service hosts, CDN and cloud
// function hosts, and hosts whose product could not be told from the name (agentic.ai, agentsdk.ai, avatar.one,
// vsa.ai, linke.ai, lyxi.ai, glowapp.vip, realmrift.online, nd-api.com) were left out. Claude's and Grok's
// user-content hosts (claudeusercontent.com, grokusercontent.com) stay unclaimed like oaiusercontent.com: they serve
// files and frames inside those products, not pages a person visits (lookalikes-c12-blocklists.test.ts).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools, listed } from './define';

const shadow = listed('c14leadshadow', 'RAW/AI');

export const longTailC14Lead2Tools: Tool[] = defineTools(
  'image',
  [
    { id: 'deepimg-ai', name: 'DeepImg', vendor: 'DeepImg', domains: ['deepimg.ai'], source: shadow },
    { id: 'genimg-ai', name: 'GenImg', vendor: 'GenImg', domains: ['genimg.ai'], source: shadow },
    { id: 'visualgpt-io', name: 'VisualGPT', vendor: 'VisualGPT', domains: ['visualgpt.io'], source: shadow },
    { id: 'photoeditorai-io', name: 'Photo Editor AI', vendor: 'Photo Editor AI', domains: ['photoeditorai.io'], source: shadow },
    { id: 'facemagic-ai', name: 'FaceMagic', vendor: 'FaceMagic', domains: ['facemagic.ai'], source: shadow },
    { id: 'ezcreate-ai', name: 'EzCreate', vendor: 'EzCreate', domains: ['ezcreate.ai'], source: shadow },
    { id: 'image2video-ai', name: 'Image2Video', vendor: 'Image2Video', category: 'video', domains: ['image2video.ai'], source: shadow },
    { id: 'mindvideo-ai', name: 'MindVideo', vendor: 'MindVideo', category: 'video', domains: ['mindvideo.ai'], source: shadow },
    { id: 'tomoviee-ai', name: 'Tomoviee', vendor: 'Wondershare', category: 'video', domains: ['tomoviee.ai'], source: shadow },
    { id: 'zeemo-ai', name: 'Zeemo', vendor: 'Zeemo', category: 'video', domains: ['zeemo.ai'], source: shadow }, // AI captions and subtitles
    { id: 'edimakor', name: 'Edimakor', vendor: 'HitPaw', category: 'video', domains: ['edimakor.net'], source: shadow }, // HitPaw's AI video editor; hitpaw.com itself (general software) is not claimed
    { id: 'aireel-net', name: 'AI Reel', vendor: 'AI Reel', category: 'video', domains: ['aireel.net'], source: shadow },
    { id: 'funy-ai', name: 'Funy AI', vendor: 'Funy AI', category: 'video', domains: ['funy.ai'], source: shadow },
    { id: 'joyfun-ai', name: 'JoyFun AI', vendor: 'JoyFun AI', category: 'video', domains: ['joyfun.ai'], source: shadow },
    { id: 'creati-ai', name: 'Creati', vendor: 'Creati', category: 'video', domains: ['creati.ai'], source: shadow },
    { id: 'tapedit-ai', name: 'TapEdit', vendor: 'TapEdit', category: 'video', domains: ['tapedit.ai'], source: shadow },
    { id: 'wanxai-com', name: 'WanxAI', vendor: 'WanxAI', category: 'video', domains: ['wanxai.com'], source: shadow },
    { id: 'easemate-ai', name: 'EaseMate AI', vendor: 'EaseMate AI', category: 'chat', domains: ['easemate.ai'], source: shadow },
    { id: 'chatgpt4rus', name: 'ChatGPT4Rus', vendor: 'ChatGPT4Rus', category: 'chat', domains: ['chatgpt4rus.ru'], region: 'russia', source: shadow }, // a Russian-language ChatGPT access site
    { id: 'polyspeak-ai', name: 'PolySpeak', vendor: 'PolySpeak', category: 'chat', domains: ['polyspeak.ai'], source: shadow },
    { id: 'ifriend-ai', name: 'iFriend AI', vendor: 'iFriend AI', category: 'chat', domains: ['ifriend.ai'], source: shadow }, // an AI companion
    { id: 'aigirlfriend-wtf', name: 'AI Girlfriend (aigirlfriend.wtf)', vendor: 'aigirlfriend.wtf', category: 'chat', domains: ['aigirlfriend.wtf'], source: shadow }, // an AI companion
  ],
  { checked: CHECKED_C14 },
);
