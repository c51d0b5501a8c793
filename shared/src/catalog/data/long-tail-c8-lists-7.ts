// Eighth long-tail pass (2026-12-05), two smaller lists: hihelloluigi/awesome-ai-tools (CC0 licence file) and
// linxiaotutututu1123/awesome-ai-tools, a fork of mahseema's list (MIT licence file) holding tools added upstream after
// the commit of mahseema's list pinned here. Only facts (name, host) were taken; each row is our own. Most of what the
// first names is general SaaS described as "using AI" (CRMs, help desks, CI, bookkeeping, schedulers), left out; of the
// AI-native products it names, windsurf.ai and scribbl.ai are second hosts of products already here: windsurf.ai was
// added to Windsurf by the alias pass; scribbl.ai stays out (Scribbl's own pages are on scribbl.co, none read on .ai).
// One more row comes from LiNoah/awesome-ai-agent-products (CC0), whose other hosts are here already or are not AI.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const LUIGI = listed('hihelloluigi');
const LINX = listed('linxiaotutututu1123');
const LINOAH = listed('linoah');

export const longTailC8ListsTools7: Tool[] = defineTools(
  'other',
  [
    {
      id: 'copycoder',
      name: 'Copycoder',
      vendor: 'Copycoder',
      category: 'coding',
      domains: ['copycoder.ai'],
      source: LUIGI,
    },
    { id: 'ailira', name: 'Ailira', vendor: 'Ailira', domains: ['ailira.com'], source: LUIGI },
    {
      id: 'legalsifter',
      name: 'LegalSifter',
      vendor: 'LegalSifter',
      domains: ['legalsifter.com'],
      source: LUIGI,
    },
    { id: 'loio', name: 'Loio', vendor: 'Loio', category: 'writing', domains: ['loio.com'], source: LUIGI },
    {
      id: 'kosmik',
      name: 'Kosmik',
      vendor: 'Kosmik',
      category: 'presentation',
      domains: ['kosmik.app'],
      source: LINX,
    },
    {
      id: 'perch-reader',
      name: 'Perch Reader',
      vendor: 'Perch',
      category: 'productivity',
      domains: ['perch.app'],
      source: LINX,
    },
    { id: 'fynk', name: 'fynk', vendor: 'fynk', domains: ['fynk.com'], source: LINX },
    {
      id: 'diallink-ai-voice-agents',
      name: 'DialLink AI Voice Agents',
      vendor: 'DialLink',
      category: 'agents',
      domains: ['diallink.com'],
      source: LINX,
    },
    {
      id: 'cleo-ai',
      name: 'Cleo',
      vendor: 'Cleo AI',
      category: 'chat',
      domains: ['web.meetcleo.com', 'meetcleo.com'], // www.meetcleo.com ("AI assistant for personal finance management"): listed('danielrosehill', 'categories/financial-agents.md'), CHECKED_C12
      source: LINOAH,
    },
  ],
  { checked: CHECKED_3 },
);
