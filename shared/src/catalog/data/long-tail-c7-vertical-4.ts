// Seventh long-tail pass (2026-12-05), by vertical, continued: agents from TiorAI's CC BY 4.0 AI agents list
// (sidra-ai-development/outreach-tiora-ai-agents, README.md; credit TiorAI; only facts were used, each row is our own).
// Most of what it names is already here; these are the hosts no entry claimed. Frameworks and libraries (Strands
// Agents, MetaGPT) and general SaaS it names for an AI feature (Hex) were left out.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const AGENTS_LIST = listed('tioraiagents');

export const longTailC7VerticalTools4: Tool[] = defineTools(
  'agents',
  [
    { id: 'unify-gtm', name: 'Unify', vendor: 'Unify', domains: ['unifygtm.com'], source: AGENTS_LIST },
    { id: 'qualified-piper', name: 'Qualified', vendor: 'Qualified', domains: ['qualified.com'], source: AGENTS_LIST },
    { id: 'openserv', name: 'OpenServ', vendor: 'OpenServ', domains: ['openserv.ai'], source: AGENTS_LIST },
    { id: 'arcade-dev', name: 'Arcade', vendor: 'Arcade', category: 'developer-platform', domains: ['arcade.dev'], source: AGENTS_LIST },
  ],
  { checked: CHECKED_3 },
);
