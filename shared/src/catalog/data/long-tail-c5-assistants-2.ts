// Fifth pass over the pinned lists (CHECKED_3): assistants, AI search and agents that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5AssistantsTools2: Tool[] = defineTools('chat', [
  { id: 'autoresponder-ai', name: 'AutoResponder.ai', vendor: 'AutoResponder.ai', category: 'chat', domains: ['autoresponder.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'heeyo', name: 'Heeyo AI', vendor: 'Heeyo', category: 'chat', domains: ['heeyo.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'clado', name: 'Clado AI', vendor: 'Clado', category: 'search', domains: ['clado.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'upstudy-cameramath', name: 'Upstudy (CameraMath)', vendor: 'Upstudy', category: 'chat', domains: ['cameramath.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'math-gpt-org', name: 'MathGPT', vendor: 'MathGPT', category: 'chat', domains: ['math-gpt.org'], source: listed('kostja94', 'INDEX.md') },
  { id: 'bluefish-ai', name: 'Bluefish', vendor: 'Bluefish', category: 'search', domains: ['bluefishai.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'scrunch-ai', name: 'Scrunch AI', vendor: 'Scrunch AI', category: 'search', domains: ['scrunchai.com', 'scrunch.ai', 'scrunch.com'], source: listed('kostja94', 'INDEX.md') }, // scrunch.ai: listed('estevecastells'); scrunch.com: listed('trakkraisearch', 'README.md'); Scrunch's privacy page https://scrunch.com/privacy (read CHECKED_C12) is served from it
  { id: 'evertune', name: 'Evertune', vendor: 'Evertune', category: 'search', domains: ['evertune.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'pryon', name: 'Pryon', vendor: 'Pryon', category: 'search', domains: ['pryon.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'chaton', name: 'ChatOn', vendor: 'AIBY', category: 'chat', domains: ['chaton.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'nova-ai-chat', name: 'Nova A.I.', vendor: 'Nova', category: 'chat', domains: ['novaapp.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'endex', name: 'Endex', vendor: 'Endex', category: 'agents', domains: ['endex.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'paradigm-ai', name: 'Paradigm', vendor: 'Paradigm', category: 'agents', domains: ['paradigmai.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'lessie-ai', name: 'Lessie AI', vendor: 'Lessie AI', category: 'search', domains: ['lessie.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'mainfunc', name: 'MainFunc', vendor: 'MainFunc', category: 'agents', domains: ['mainfunc.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'terrakotta', name: 'Terrakotta', vendor: 'Terrakotta', category: 'agents', domains: ['terrakotta.ai'], source: listed('kostja94', 'README-CN.md') },
  // `apriora` (apriora.ai) was removed in the fifteenth-session re-check: Apriora renamed itself Alex, and apriora.ai is on
  // `alex-com` (long-tail-c13-a-2.ts).
  { id: 'gemsouls', name: 'Gemsouls', vendor: 'Gemsouls', category: 'chat', domains: ['mygemsouls.com'], source: listed('kostja94') },
  { id: 'syllable', name: 'Syllable', vendor: 'Syllable', category: 'agents', domains: ['syllable.ai'], source: listed('kostja94') },
  { id: 'marr-labs', name: 'Marr Labs', vendor: 'Marr Labs', category: 'agents', domains: ['marrlabs.com'], source: listed('kostja94') },
  { id: 'samaya-ai', name: 'Samaya AI', vendor: 'Samaya AI', category: 'search', domains: ['samaya.ai'], source: listed('kostja94') },
  { id: 'tinyfish', name: 'TinyFish', vendor: 'TinyFish', category: 'agents', domains: ['tinyfish.ai'], source: listed('kostja94') },
  { id: 'develop-health', name: 'Develop Health', vendor: 'Develop Health', category: 'agents', domains: ['develophealth.ai'], source: listed('kostja94') },
  { id: 'thoughtful-ai', name: 'Thoughtful', vendor: 'Thoughtful AI', category: 'agents', domains: ['thoughtful.ai'], source: listed('kostja94') },
  { id: 'kastle-ai', name: 'Kastle AI', vendor: 'Kastle', category: 'agents', domains: ['kastle.ai'], source: listed('kostja94') },
  { id: 'kea-ai', name: 'Kea', vendor: 'Kea', category: 'agents', domains: ['kea.ai'], source: listed('kostja94') },
  { id: 'voiceplug', name: 'VoicePlug', vendor: 'VoicePlug', category: 'agents', domains: ['voiceplug.ai'], source: listed('kostja94') },
  { id: 'arini', name: 'Arini', vendor: 'Arini', category: 'agents', domains: ['arini.ai'], source: listed('kostja94') },
  { id: 'hyro', name: 'Hyro', vendor: 'Hyro', category: 'agents', domains: ['hyro.ai'], source: listed('kostja94') },
  { id: 'infinitus', name: 'Infinitus', vendor: 'Infinitus', category: 'agents', domains: ['infinitus.ai'], source: listed('kostja94') },
  { id: 'assort-health', name: 'Assort Health', vendor: 'Assort Health', category: 'agents', domains: ['assorthealth.com'], source: listed('kostja94') },
  { id: 'happyrobot', name: 'HappyRobot', vendor: 'HappyRobot', category: 'agents', domains: ['happyrobot.ai'], source: listed('kostja94') },
  { id: 'avoca', name: 'Avoca', vendor: 'Avoca', category: 'agents', domains: ['avoca.ai'], source: listed('kostja94') },
  { id: 'otto-travel-agent', name: 'Otto', vendor: 'Otto', category: 'agents', domains: ['ottotheagent.com'], source: listed('kostja94') },
  { id: 'voicepanel', name: 'Voicepanel', vendor: 'Voicepanel', category: 'agents', domains: ['voicepanel.com'], source: listed('kostja94') },
], { checked: CHECKED_3 });
