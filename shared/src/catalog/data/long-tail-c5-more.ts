// Fifth pass, last batch (CHECKED_3): AI tools named by four more pinned lists (an AI design-tools list, an AI
// education list, and chid's fork of mahseema's list, which carries tools added after the mahseema commit pinned in
// LISTS). Kept only when the host is the AI product itself, or as a URL prefix its own page on a general site.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5MoreTools: Tool[] = defineTools('productivity', [
  { id: 'flint-k12', name: 'Flint', vendor: 'Flint', category: 'chat', domains: ['flintk12.com'], source: listed('kaynxu') },
  { id: 'merlyn-mind', name: 'Merlyn', vendor: 'Merlyn Mind', category: 'agents', domains: ['merlyn.org'], source: listed('kaynxu') },
  { id: 'edthena-ai-coach', name: 'Edthena AI Coach', vendor: 'Edthena', category: 'chat', urlPrefixes: ['www.edthena.com/ai-coach-for-teachers', 'edthena.com/ai-coach-for-teachers'], source: listed('kaynxu') },
  { id: 'cognii', name: 'Cognii', vendor: 'Cognii', category: 'chat', domains: ['cognii.com'], source: listed('kaynxu') },
  { id: 'google-learn-about', name: 'Google Learn About', vendor: 'Google', category: 'search', urlPrefixes: ['learning.google.com/experiments/learn-about'], source: listed('kaynxu') },
  { id: 'ai-chat-studio', name: 'AI Chat Studio', vendor: 'CodeStorez', category: 'chat', domains: ['aichatstudio.codestorez.com'], source: listed('chid') },
  { id: 'citedify', name: 'Citedify', vendor: 'Citedify', category: 'search', domains: ['citedify.com'], source: listed('chid', 'marketing.md') },
  { id: 'notably', name: 'Notably', vendor: 'Notably', category: 'productivity', domains: ['notably.ai'], source: listed('timurtek') },
  { id: 'quizverse', name: 'QuizVerse', vendor: 'QuizVerse', category: 'productivity', domains: ['quizverse.world'], source: listed('kaynxu') },
  { id: 'kira-learning', name: 'Kira Learning', vendor: 'Kira Learning', category: 'productivity', domains: ['kiralearning.com'], source: listed('kaynxu') },
  { id: 'ofoxai', name: 'OfoxAI', vendor: 'OfoxAI', category: 'developer-platform', domains: ['ofox.ai'], source: listed('chid') },
  { id: 'personaresearch', name: 'PersonaResearch', vendor: 'PersonaResearch', category: 'productivity', domains: ['personaresearch.dev'], source: listed('chid', 'marketing.md') },
  { id: 'banani', name: 'Banani', vendor: 'Banani', category: 'image', domains: ['banani.co'], source: listed('timurtek') },
  { id: 'bylo-ai', name: 'Bylo AI', vendor: 'Bylo', category: 'image', domains: ['bylo.ai'], source: listed('chid', 'IMAGE.md') },
  { id: 'clearcrowds', name: 'ClearCrowds', vendor: 'ClearCrowds', category: 'image', domains: ['clearcrowds.com'], source: listed('chid', 'IMAGE.md') },
  { id: 'remove-glasses-glare', name: 'RemoveGlassesGlare', vendor: 'RemoveGlassesGlare', category: 'image', domains: ['removeglassesglare.com'], source: listed('chid', 'IMAGE.md') },
  { id: 'image2prompts', name: 'Image2Prompts', vendor: 'Image2Prompts', category: 'image', domains: ['image2prompts.com'], source: listed('chid', 'IMAGE.md') },
  { id: 'artimagehub', name: 'ArtImageHub', vendor: 'ArtImageHub', category: 'image', domains: ['artimagehub.com'], source: listed('chid', 'IMAGE.md') },
  { id: 'myheritage-photo-enhancer', name: 'MyHeritage Photo Enhancer', vendor: 'MyHeritage', category: 'image', urlPrefixes: ['www.myheritage.com/photo-enhancer', 'myheritage.com/photo-enhancer'], source: listed('chid', 'IMAGE.md') },
  { id: 'century-tech', name: 'CENTURY', vendor: 'CENTURY Tech', category: 'productivity', domains: ['century.tech'], source: listed('kaynxu'), region: 'europe' },
  { id: 'agenta', name: 'Agenta', vendor: 'Agenta', category: 'developer-platform', domains: ['agenta.ai'], source: listed('chid'), region: 'europe' },
  { id: 'chalkie', name: 'Chalkie', vendor: 'Chalkie', category: 'writing', domains: ['chalkie.ai'], source: listed('kaynxu') },
  { id: 'nolej', name: 'Nolej', vendor: 'Nolej', category: 'writing', domains: ['nolej.io'], source: listed('kaynxu') },
  { id: 'mindsmith', name: 'Mindsmith', vendor: 'Mindsmith', category: 'writing', domains: ['mindsmith.ai'], source: listed('kaynxu') },
  { id: 'aiassistworks', name: 'AiAssistWorks', vendor: 'AiAssistWorks', category: 'writing', domains: ['aiassistworks.com'], source: listed('chid', 'marketing.md') },
], { checked: CHECKED_3 });
