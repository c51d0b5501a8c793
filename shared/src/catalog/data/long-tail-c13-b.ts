// Thirteenth-session list pass, lists-b helper (2026-12-06, issue 15): creative tools (image, video, voice and music,
// design, 3D), no-code AI app builders and agent platforms, from lists no earlier pass had pinned. Sources read, each at
// the commit pinned in `LISTS`: fengxiaolonger/awesome-ai-video-tools (README.md; CC0 by its License section),
// stark-ydq/awesome-ai-music (README.md, a copy of Full-Vibe/awesome-ai-music; CC0 by its License section) and
// ishandutta2007/Awesome-AI-Agent-Deployment-Platform (README.md; MIT licence file). Only facts (name, host) were
// taken; every product host these files name was classified with the catalog first (recall 80.4%, 50.0% and 88.9% of
// hosts), and rows are the AI-first products nothing matched. Stack AI's second host `stackai.com` was handed to the
// existing `stack-ai` entry instead of a new row.
// Left out: general editors and suites whose AI is one feature (CapCut, Clipchamp, Filmora, FlexClip, Renderforest,
// Canva's and Adobe's video editors, HitPaw's enhancer page, Loom, Tella, Screen Studio), caption and visualiser tools
// not presented as AI products (Zubtitle, Vizzy), Nova AI (the listed `nova.ai` host could not be confirmed as the
// product's own), Kling's API docs on a shared document host (`docs.qingque.cn`), guides and leaderboards
// (stable-diffusion-art.com, artificialanalysis.ai), project pages on github.io; focus-sound and ambient apps that are
// not AI generators (Brain.fm, Focus@Will, Noisli, myNoise, LifeAt), Amper on Shutterstock's site (discontinued), audio
// libraries and research sites in the music list; and the payment rail Voidly in ishandutta2007/awesome-ai-apis (read,
// MIT, recall 89.5%, nothing taken).
// Also read with no rows taken (hosts all matched, or none were AI products): richawo/ai-notes (MIT; 86.7%),
// Turkish-AI-Community/awesome-ai-tools (MIT; 71.4%, the misses are general sites), wildminder/awesome-ai-music (no
// licence for the list text; not used), and the agent lists biao52, Supersynergy, lokeswaran-aj and peterfei
// awesome-ai-agents(-cn) (MIT), whose links are GitHub projects, protocols and documentation rather than products.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools, listed } from './define';

const feng = listed('c13bfengvideo');
const music = listed('c13bstarkmusic');

export const longTailC13BTools: Tool[] = defineTools(
  'video',
  [
    // fengxiaolonger/awesome-ai-video-tools: "All-in-One Platforms" and "APIs & Developer Tools"
    { id: 'modelslab', name: 'ModelsLab', vendor: 'ModelsLab', category: 'developer-platform', domains: ['modelslab.com'], source: feng },
    { id: 'comfy-deploy', name: 'ComfyDeploy', vendor: 'ComfyDeploy', category: 'developer-platform', domains: ['comfydeploy.com'], source: feng },
    // stark-ydq/awesome-ai-music: "Focus & Productivity Music"
    { id: 'workmusic-ai', name: 'workmusic.ai', vendor: 'FullVibeAI', category: 'audio', domains: ['workmusic.ai'], source: music },
  ],
  { checked: CHECKED_C13 },
);
