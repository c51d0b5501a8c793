// Customer-support bots, marketing and small AI-native writing and image tools that the first passes had
// not covered, taken on CHECKED_3 from mahseema/awesome-ai-tools (MIT) README.md at the pinned commit. Only
// products whose whole site is the AI tool: a product on a general site would need a URL prefix instead.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const supportTools: Tool[] = defineTools(
  'agents',
  [
    { id: 'gali-chat', name: 'Gali Chat', vendor: 'Gali Chat', domains: ['galichat.com'] },
    { id: 'gpthelp-ai', name: 'GPTHelp.ai', vendor: 'GPTHelp.ai', domains: ['gpthelp.ai'] },
    { id: 'sitespeakai', name: 'SiteSpeakAI', vendor: 'SiteSpeakAI', domains: ['sitespeak.ai'] },
    { id: 'aidbase', name: 'Aidbase', vendor: 'Aidbase', domains: ['aidbase.ai'] },
    { id: 'starops', name: 'StarOps', vendor: 'Ingenimax', category: 'developer-platform', domains: ['ingenimax.ai'] },
    { id: 'presspulse-ai', name: 'PressPulse AI', vendor: 'PressPulse AI', category: 'productivity', domains: ['presspulse.ai'] },
    { id: 'socialsonic', name: 'Socialsonic', vendor: 'Socialsonic', category: 'writing', domains: ['socialsonic.com'] },
    { id: 'interviews-chat', name: 'Interviews Chat', vendor: 'Interviews Chat', category: 'productivity', domains: ['interviews.chat'] },
    { id: 'resumedive', name: 'ResumeDive', vendor: 'ResumeDive', category: 'writing', domains: ['resumedive.com'] },
    { id: 'ai-wedding-toast', name: 'AI Wedding Toast', vendor: 'AI Wedding Toast', category: 'writing', domains: ['aiweddingtoast.com'] },
    { id: 'fairytailai', name: 'FairyTailAI', vendor: 'FairyTailAI', category: 'writing', domains: ['fairytailai.com'] },
    { id: 'architecture-helper', name: 'Architecture Helper', vendor: 'Architecture Helper', category: 'image', domains: ['architecturehelper.com'] },
    { id: 'room-reinvented', name: 'Room Reinvented', vendor: 'Room Reinvented', category: 'image', domains: ['roomreinvented.com'] },
    { id: 'promptpal', name: 'PromptPal', vendor: 'PromptPal', category: 'other', domains: ['promptpal.net'] },
  ],
  { checked: CHECKED_3, source: listed('mahseema') },
);
