// Long-tail tools: AI search and research.
// Names and hosts taken on CHECKED_2 from the permissively licensed lists in define.ts (LISTS); each
// row cites the exact list file it came from. Rows are ours; no list text was copied.
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed } from './define';

export const longTailSearchTools: Tool[] = defineTools('search', [
  { id: 'boring-report', name: 'Boring Report', vendor: 'Boring Report', domains: ['boringreport.org'], source: listed('filipecalegario') },
  { id: 'citeme', name: 'CiteMe', vendor: 'CiteMe', domains: ['citeme.app'], source: listed('eudk') },
  { id: 'deepdna', name: 'DeepDNA', vendor: 'DeepDNA', domains: ['deepdna.ai'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'detangleai', name: 'DetangleAI', vendor: 'DetangleAI', domains: ['detangle.ai'], source: listed('filipecalegario') },
  { id: 'finchat', name: 'FinChat', vendor: 'FinChat', domains: ['finchat.io'], source: listed('steven2358') },
  { id: 'getpaperfast', name: 'GetPaperFast', vendor: 'GetPaperFast', domains: ['getpaperfast.com'], source: listed('eudk') },
  { id: 'kazimir-ai', name: 'Kazimir.ai', vendor: 'Kazimir.ai', domains: ['kazimir.ai'], source: listed('mahseema') },
  { id: 'paper-brain', name: 'Paper Brain', vendor: 'Paper Brain', domains: ['paperbrain.study'], source: listed('filipecalegario') },
  { id: 'rabbitholes-ai', name: 'RabbitHoles AI', vendor: 'RabbitHoles AI', domains: ['rabbitholes.ai'], source: listed('mahseema') },
  { id: 'scisummary', name: 'SciSummary', vendor: 'SciSummary', domains: ['scisummary.com'], source: listed('filipecalegario') },
  { id: 'telborg', name: 'Telborg', vendor: 'Telborg', domains: ['telborg.com'], source: listed('mahseema') },
], { checked: CHECKED_2 });
