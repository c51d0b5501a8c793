// Twelfth-session pass, lists-d helper (2026-12-06, issue 15): AI agents. (The seven creative tools the second list
// helper handed over from LSeu-Open/AIEnhancedWork were added the same day by the creative pass, long-tail-c12-c-3.ts,
// and are kept there.) Sources read: LSeu-Open/AIEnhancedWork (Docs/*.md, CC0 licence file; the voice, language-practice, slides and
// research tools its earlier reader left for this pass), alternbits/awesome-ai-agents (data/*.yml, MIT licence file) and
// Agenta-AI/awesome-ai-agent-platforms (README.md, CC0 by its License section). Only facts (name, host) were taken; every
// product host these files name was classified with the catalog first, and rows are the AI-first products nothing matched.
// Left out: GitHub repositories (most of both agent lists), a project page on a personal blog, LSeu's general tools
// (Kagi, Brave Search, Semantic Scholar, Connected Papers, Papers, Canva, Pixlr, Luminar, Riverside, a focus timer), and
// the old host of a product already here, handed over rather than added: `www.databerry.ai` (Chaindesk) and `cal.ai` (Cal.ai, claimed by its path on cal.com), with `www.w.ai`
// (WOMBO, from LSeu's Computer_Vision.md).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

export const longTailC12DTools: Tool[] = defineTools(
  'agents',
  [
    // alternbits/awesome-ai-agents: the agents with a site of their own
    { id: 'bloop-ai', name: 'bloop', vendor: 'bloop', category: 'coding', domains: ['bloop.ai'], source: listed('alternbits', 'data/bloop.yml') },
    { id: 'bondai', name: 'BondAI', vendor: 'BondAI', domains: ['bondai.dev'], source: listed('alternbits', 'data/bondai.yml') },
    { id: 'eidolon-ai', name: 'Eidolon', vendor: 'Eidolon AI', category: 'developer-platform', domains: ['eidolonai.com'], source: listed('alternbits', 'data/eidolon.yml') },
    { id: 'fastagency', name: 'FastAgency', vendor: 'FastAgency', category: 'developer-platform', domains: ['fastagency.ai'], source: listed('alternbits', 'data/fastagency.yml') },
    { id: 'gptswarm', name: 'GPTSwarm', vendor: 'GPTSwarm', category: 'developer-platform', domains: ['gptswarm.org'], source: listed('alternbits', 'data/gptswarm.yml') },
    // Agenta-AI/awesome-ai-agent-platforms: the one entry that links a product site rather than a repository
    { id: 'general-input', name: 'General Input', vendor: 'General Input', domains: ['generalinput.com'], source: listed('agentaai') },
  ],
  { checked: CHECKED_C12 },
);
