// Fifth pass over the pinned lists (CHECKED_3): coding, developer platforms and business tools that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5BuildersTools2: Tool[] = defineTools('productivity', [
  { id: 'zyphra', name: 'Zyphra', vendor: 'Zyphra', category: 'developer-platform', domains: ['zyphra.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'trickle', name: 'Trickle', vendor: 'Trickle', category: 'coding', domains: ['trickle.so'], source: listed('kostja94', 'INDEX.md') },
  { id: 'readdy', name: 'Readdy', vendor: 'Readdy', category: 'coding', domains: ['readdy.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'narrative-bi', name: 'Narrative BI', vendor: 'Narrative BI', category: 'productivity', domains: ['narrative.bi'], source: listed('kostja94', 'INDEX.md') },
  { id: 'eachlabs', name: 'EachLabs', vendor: 'Each Labs', category: 'developer-platform', domains: ['eachlabs.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'gmi-cloud', name: 'GMI Cloud', vendor: 'GMI Cloud', category: 'developer-platform', domains: ['gmicloud.ai'], apiEndpoints: ['api.gmi-serving.com'], source: listed('kostja94', 'INDEX.md') }, // api.gmi-serving.com: listed('vercelai', 'packages/gmicloud/src/gmicloud-provider.ts')
  { id: 'memobase', name: 'Memobase', vendor: 'Memobase', category: 'developer-platform', domains: ['memobase.io'], source: listed('kostja94', 'INDEX.md') },
  { id: 'memories-ai', name: 'Memories.ai', vendor: 'Memories.ai', category: 'developer-platform', domains: ['memories.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'supermemory', name: 'Supermemory', vendor: 'Supermemory', category: 'developer-platform', domains: ['supermemory.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'sensei-ai-interview', name: 'Sensei AI', vendor: 'Sensei AI', category: 'productivity', domains: ['senseicopilot.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'verve-ai-copilot', name: 'Verve AI', vendor: 'Verve AI', category: 'productivity', domains: ['vervecopilot.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'superannotate', name: 'SuperAnnotate', vendor: 'SuperAnnotate', category: 'developer-platform', domains: ['superannotate.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'coactive', name: 'Coactive', vendor: 'Coactive', category: 'developer-platform', domains: ['coactive.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'dataloop', name: 'Dataloop', vendor: 'Dataloop', category: 'developer-platform', domains: ['dataloop.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'datachat', name: 'DataChat', vendor: 'DataChat', category: 'productivity', domains: ['datachat.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'datagpt', name: 'DataGPT', vendor: 'DataGPT', category: 'productivity', domains: ['datagpt.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'kater', name: 'Kater', vendor: 'Kater', category: 'productivity', domains: ['kater.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'gretel', name: 'Gretel', vendor: 'Gretel', category: 'developer-platform', domains: ['gretel.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'tonic-ai', name: 'Tonic.ai', vendor: 'Tonic.ai', category: 'developer-platform', domains: ['tonic.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'stagehand', name: 'Stagehand', vendor: 'Browserbase', category: 'developer-platform', domains: ['stagehand.dev'], source: listed('kostja94', 'INDEX.md') },
  { id: 'contextual-ai', name: 'Contextual AI', vendor: 'Contextual AI', category: 'developer-platform', domains: ['contextual.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'evalyze', name: 'Evalyze', vendor: 'Evalyze', category: 'productivity', domains: ['evalyze.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'codedesign-ai', name: 'CodeDesign', vendor: 'CodeDesign', category: 'coding', domains: ['codedesign.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'wegic', name: 'Wegic', vendor: 'Wegic', category: 'coding', domains: ['wegic.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'symbl-ai', name: 'Symbl', vendor: 'Symbl.ai', category: 'developer-platform', domains: ['symbl.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'fieldy', name: 'Fieldy', vendor: 'Fieldy', category: 'meeting', domains: ['fieldy.ai'], source: listed('kostja94') },
  { id: 'quil', name: 'Quil', vendor: 'Quil', category: 'meeting', domains: ['quil.ai'], source: listed('kostja94') },
  { id: 'siro', name: 'Siro', vendor: 'Siro', category: 'meeting', domains: ['siro.ai'], source: listed('kostja94') },
  { id: 'leadbeam', name: 'Leadbeam', vendor: 'Leadbeam', category: 'meeting', domains: ['leadbeam.ai'], source: listed('kostja94') },
  { id: 'winn-ai', name: 'Winn AI', vendor: 'Winn AI', category: 'meeting', domains: ['winn.ai'], source: listed('kostja94') },
  { id: 'cal-ai-calories', name: 'Cal AI', vendor: 'Cal AI', category: 'productivity', domains: ['calai.app'], source: listed('kostja94') },
  { id: 'navina', name: 'Navina', vendor: 'Navina', category: 'productivity', domains: ['navina.ai'], source: listed('kostja94') },
  { id: 'picturethis', name: 'PictureThis', vendor: 'Glority', category: 'productivity', domains: ['picturethisai.com'], source: listed('kostja94') },
  { id: 'plantin', name: 'Plantin', vendor: 'Plantin', category: 'productivity', domains: ['myplantin.com'], source: listed('kostja94') },
], { checked: CHECKED_3 });
